"""The answer contract: what `filingqa ask --json` prints and what `POST /v1/ask` returns.

Amounts are decimal strings in base units (dollars, not thousands). A percentage is in percent
points ("12.88"), a ratio a plain number. Every figure carries a citation id into `citations`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AnswerUnit = Literal["USD", "USD/share", "percent", "ratio", "shares", "count"]
Status = Literal["answered", "not_found", "unverified"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Value(_Model):
    """The headline figure: either `amount` or a `low`/`high` range (guidance)."""

    amount: str | None = Field(None, description="Decimal string in base units, e.g. '12345000', '-0.31', '12.88'.")
    low: str | None = Field(None, description="Low end of a stated range, base units.")
    high: str | None = Field(None, description="High end of a stated range, base units.")
    unit: AnswerUnit


class Citation(_Model):
    id: int = Field(description="Number used as [n] in the answer text.")
    filing_id: str
    chunk_id: str | None = None
    quote: str = Field(description="The cited text exactly as it stands in the normalized filing text.")
    start: int = Field(description="Character span of the quote in the normalized filing text.")
    end: int
    table_id: str | None = None
    row: str | None = Field(None, description="Row label of the cited table cell.")
    column: str | None = Field(None, description="Column header of the cited table cell.")


class Figure(_Model):
    amount: str = Field(description="Decimal string in base units.")
    unit: AnswerUnit
    label: str
    period: str | None = None
    verified: bool = Field(description="Equal to a parsed fact, or the result of the shown program over such facts.")
    citation: int | None = Field(None, description="Id of the citation for this figure (None for computed results).")
    repaired: bool = Field(False, description="The source cell was repaired from an accounting identity.")


class Step(_Model):
    op: str = Field(description="add, subtract, multiply, divide, percent_change, share, average, sum, greater, min, max")
    args: list[str] = Field(description="Decimal strings, or '#k' for the result of step k.")
    result: str


class Answer(_Model):
    status: Status
    text: str
    value: Value | None = None
    figures: list[Figure] = []
    program: list[Step] = []
    citations: list[Citation] = []
    verified: bool = False
    method: Literal["rules", "llm", "extractive", "none"] = "rules"
    reason: str | None = Field(None, description="Why not_found or unverified.")

"""The answer contract: what `filingqa ask --json` prints and what `POST /v1/ask` returns.

Amounts are decimal strings in base units (dollars, not thousands). A percentage is in percent
points ("12.88"), a ratio a plain number. Every figure carries a citation id into `citations`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AnswerUnit = Literal["USD", "USD/share", "percent", "ratio", "shares", "count", "years"]
Status = Literal["answered", "uncertain", "conflict", "not_found", "unverified"]
"""answered: the chooser is confident (above the calibrated threshold) and every check passed.
uncertain: a best candidate and its runners-up (`alternatives`), none vouched for.
conflict: two sources in the filing disagree on the same line item and period; both are cited.
not_found: the filing does not hold what is asked. unverified: a figure failed the in-filing check."""


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
    spans: list[str] = Field(default_factory=list, description=(
        "For an answer of several parts, or of one part picked among several: each part in order, as a "
        "year ('2019'), a line item's label, or a figure's amount (base units, as in `figures`)."))
    figures: list[Figure] = []
    program: list[Step] = []
    citations: list[Citation] = []
    verified: bool = Field(False, description="Kept for older clients: the same as `in_filing`.")
    in_filing: bool = Field(False, description="Every figure equals a parsed fact of the filing, or is the shown program's result over such facts.")
    fits_question: bool = Field(False, description="Each operand's line item, period and unit match the question's plan (checked independently of the chooser).")
    confidence: float | None = Field(None, ge=0, le=1, description="Calibrated probability that the answer is right (of answers near 0.8, about 80 % are right).")
    definition: str | None = Field(None, description="For a named metric: its one-line definition, shown beside the program.")
    alternatives: list["Answer"] = Field(default_factory=list, description="For `uncertain` and `conflict`: the runners-up, each with its own citations and confidence.")
    plan: dict | None = Field(None, description="How the question was understood (qa/plan.py `Plan`): form, operation, items, periods, unit, company, type.")
    method: Literal["rules", "llm", "extractive", "metric", "document", "none"] = "rules"
    reason: str | None = Field(None, description="Why not_found, uncertain, conflict or unverified.")

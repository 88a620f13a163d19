"""The evaluation vocabulary: what an adapter hands the runner, and what scoring returns.

Every benchmark (our golden files, FinQA, TAT-QA, ConvFinQA, FinanceBench) becomes the same
`EvalItem`: documents to index, one or more turns each with a gold answer, and gold evidence.
Gold numbers are `Decimal`, never floats; benchmark floats are read through `str()`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

GoldType = Literal["number", "range", "numbers", "text", "yesno", "refuse", "unscored"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(_Model):
    """One file to index. `name` is deterministic (dataset, page, content hash) so a page indexes once."""

    name: str = Field(description="File name handed to the parser, e.g. 'finqa_v-2008-page_17_1a2b3c4d.txt'.")
    text: str | None = Field(None, description="The document text, for documents built from a benchmark page.")
    path: str | None = Field(None, description="A file on disk, for golden filings.")

    def data(self) -> bytes:
        if self.text is not None:
            return self.text.encode("utf-8")
        if self.path is None:
            raise ValueError(f"document {self.name} has neither text nor path")
        with open(self.path, "rb") as fh:
            return fh.read()


class Evidence(_Model):
    """Gold evidence: a passage holds it when it contains every string in `all_of` (normalized)."""

    all_of: list[str]


class Gold(_Model):
    """A gold answer with the tolerance that decides a match.

    `scale_free`: the benchmark states amounts in the table's units (thousands, millions) while
    the service answers in base units, so a prediction may match at 10^-3, 10^-6 or 10^-9.
    `percent_ambiguous`: the benchmark writes percentages as fractions (FinQA `exe_ans`), so a
    percentage question may be answered as 1.27 (percent points) or 0.0127.
    """

    type: GoldType
    value: Decimal | None = None
    values: list[Decimal] = Field(default_factory=list, description="For 'numbers': every value must be stated.")
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = Field(None, description="USD, USD/share, percent, ratio, count, shares; None when unknown.")
    rel_tol: float = 0.005
    abs_tol: Decimal = Decimal("0")
    sign_insensitive: bool = False
    scale_free: bool = False
    percent_ambiguous: bool = False
    any_of: list[str] = Field(default_factory=list, description="For 'text': the answer contains one of these.")
    all_of: list[str] = Field(default_factory=list, description="For 'text': the answer contains all of these.")
    yes: bool | None = Field(None, description="For 'yesno'.")
    display: str | None = Field(None, description="The gold answer as the benchmark prints it.")

    @field_serializer("value", "low", "high", "abs_tol")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else format(v, "f")

    @field_serializer("values")
    def _decs(self, vs: list[Decimal]) -> list[str]:
        return [format(v, "f") for v in vs]


class EvalTurn(_Model):
    question: str
    gold: Gold
    qtype: str = Field(description="Question type for the accuracy breakdown, e.g. 'arithmetic', 'refuse'.")
    evidence: list[Evidence] = Field(default_factory=list)
    benchmark_gold: dict | None = Field(
        None, description="The benchmark's own gold as it ships, for its official metric (TAT-QA: "
                          "{'benchmark': 'tatqa', 'answer', 'answer_type', 'scale'}).")


class EvalItem(_Model):
    id: str
    documents: list[Document] = Field(description="The pages the item is about (oracle setting indexes only these).")
    turns: list[EvalTurn] = Field(description="One turn for a question, several for a conversation.")

    @property
    def is_conversation(self) -> bool:
        return len(self.turns) > 1


class Score(_Model):
    """The verdict on one answered turn. `correct` is None when the gold cannot be scored automatically."""

    correct: bool | None
    lenient: bool | None = Field(None, description="The value matched, whatever the answer's status.")
    alternative_right: bool | None = Field(
        None, description="The headline is wrong but one of the answer's `alternatives` matches (None: no alternatives).")
    reason: str = Field(description="Short failure group: 'match', 'wrong value', 'refused', 'no value', ...")
    predicted: str | None = None

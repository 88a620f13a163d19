"""One plan per question: what is asked, produced once and carried to every later stage.

    plan = make_plan("How much did revenue change from fiscal 2022 to fiscal 2023?", meta, cal)
    plan.form, plan.operation, [p.text for p in plan.periods]
    # ('number', 'difference', ['fiscal 2022', 'fiscal 2023'])

The plan is the vocabulary between question understanding (qa/question.py, the registry in
qa/qtypes/) and answering (candidates, the chooser, the fit check). Later stages read the plan;
they never re-derive the question's meaning from its raw text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Form = Literal["number", "span", "spans", "count", "yes_no", "text", "document_fact", "range", "refusal"]


class LineItem(BaseModel):
    """A line item as asked, with the segment or member where one is named ("Data Center revenue")."""

    text: str = Field(description="The words that name it, without periods and helper words.")
    member: str | None = Field(None, description="A segment, product or geography named with it.")
    concept: str | None = Field(None, description="An XBRL concept it maps to, where the vocabulary knows one.")


class PeriodRef(BaseModel):
    """A period as asked, in the order the question names it ("from X to Y" keeps X first)."""

    text: str
    end: str | None = Field(None, description="ISO end date once resolved against the filing's calendar.")
    months: int | None = None
    instant: bool = False
    fiscal: tuple[int, int] | None = None
    relative: Literal["current", "year_earlier", "quarter_earlier"] | None = None
    year: int | None = None


class Plan(BaseModel):
    question: str = Field(description="The question as asked (instructions inside it removed).")
    qtype: str = Field(description="Name of the registry entry (qa/qtypes/) that claimed the question.")
    form: Form = "number"
    operation: str = Field("lookup", description="lookup, difference, percent_change, ratio, share, sum, average, greater, range, text, metric, document, ...")
    items: list[LineItem] = Field(default_factory=list)
    periods: list[PeriodRef] = Field(default_factory=list)
    unit: str | None = Field(None, description="The unit the question asks for, where it names one.")
    company: str | None = Field(None, description="A company the question names, as named.")
    metric: str | None = Field(None, description="A named metric (qa/metric_library.py) where one is asked.")
    document_field: str | None = Field(None, description="A fact about the document (signers, items, period...) where one is asked.")
    followup: str | None = Field(None, description="How a conversation turn leans on the earlier ones: shift_year, "
                                                   "combine_previous, new_item, same; None for a question that stands alone.")
    direction: str | None = Field(None, description="A question whether a figure rose or fell (\"Did revenue increase?\"): "
                                                    "the direction asked, up, down, better, worse, either, or the sign asked of one figure, positive or negative (qa/verdict.py).")


_FORMS = {"text": "text", "range": "range", "greater": "yes_no"}


def plan_from_query(question: str, query, qtype: str | None = None) -> Plan:
    """The plan of a parsed question (qa/question.py `Query`), after follow-up resolution."""
    periods = []
    for p in sorted(query.periods, key=lambda p: p.start):
        periods.append(PeriodRef(text=p.text, end=p.end.isoformat() if p.end else None, months=p.months,
                                 instant=p.instant, fiscal=p.fiscal, relative=p.relative, year=p.year))
    operation = "previous" if query.followup == "combine_previous" else query.operation
    direction = query.direction[1] if query.direction else None
    form = "yes_no" if direction not in (None, "either") else _FORMS.get(query.operation, "number")
    return Plan(question=question, qtype=qtype or operation, form=form,
                operation=operation, items=[LineItem(text=i) for i in query.items], periods=periods,
                unit=query.expect_unit, followup=query.followup, direction=direction)

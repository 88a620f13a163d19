"""Conversations: a follow-up question borrows what it leaves out from the turns before it.

- "And in the same quarter a year earlier?" / "And a year earlier?": the previous line item, its
  period moved back one year (for a balance-sheet item: the instant a year before, which is the
  prior-year column, not the fiscal year-end column next to it);
- "What is the difference between the two?" / "What's the change between them?": the program
  runs over the previous two answers' figures (later period minus earlier);
- "What about G&A?": a new line item, the previous period(s) and operation (after "What was the
  change?", the periods that change ran over);
- a question with its own period but no line item ("And for the nine months?"): the previous
  line item in the new period;
- "What portion came from passenger ticket?": a share of the item just asked; "As a percentage of
  revenues?": the item just asked, as a share of revenues (its period, unless one is named).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Sequence

from pydantic import BaseModel

from qa.lexicon import is_total_row, tokens
from qa.models import Answer
from qa.question import PeriodSpec, Query, add_months, months_of, parse_question, resolve


class Turn(BaseModel):
    """One question and the answer given to it."""

    question: str
    answer: Answer


def _figure_spec(answer: Answer) -> PeriodSpec | None:
    """The period the previous answer actually used (its headline figure's period)."""
    figs = [f for f in answer.figures if f.period]
    if not figs:
        return None
    head = next((f for f in figs if answer.value and f.amount == answer.value.amount), figs[0])
    return _spec_of(head.period)


def _same_span_in_year(asked: PeriodSpec, prev_q: Query, prev_a: Answer) -> PeriodSpec:
    """"And in 2023?" after "net income in the six months of 2024": the same six months of 2023, not
    the whole year. A bare year after a span shorter than a year moves that span; anything else is
    the period asked."""
    base = _figure_spec(prev_a)
    if asked.year is None or asked.relative or asked.fiscal or base is None or base.instant or base.end is None \
            or not base.months or base.months >= 12 or not re.fullmatch(r"(?:in |for |during )?(?:19|20)\d\d", asked.text.strip(), re.I):
        return asked
    named = next((p.year or (p.end.year if p.end else None) for p in prev_q.periods if p.relative is None), None)
    shift = asked.year - (named or base.end.year)
    if not shift or abs(shift) > 5:
        return asked
    return PeriodSpec(text=asked.text, end=add_months(base.end, 12 * shift), months=base.months, tolerance_days=20,
                      flow=True, start=asked.start)


def _spec_of(period: str) -> PeriodSpec:
    """A figure's period string ("2024-07-01/2024-09-30", "2024-09-30") as the period spec that asks for it."""
    end, instant = date.fromisoformat(period.split("/")[-1]), "/" not in period
    return PeriodSpec(text=period, end=end, months=None if instant else months_of(period), instant=instant, tolerance_days=7)


# a follow-up that only names what changes ("And for the nine months?", "What about 2019?"): the rest is the last turn's
_ELLIPTIC = re.compile(r"^\W*(?:and|what about|how about|same for|now for)\b", re.I)


def _combined_periods(prev_q: Query, prev_a: Answer) -> list[PeriodSpec]:
    """The periods a turn that combined the two answers before it ("What was the change?") ran
    over, from its figures, in the order it stated them (the later first): "How about noninterest
    income?" asks the same change over the same periods."""
    if prev_q.followup != "combine_previous" or not prev_a.program:
        return []
    out: list[PeriodSpec] = []
    for f in prev_a.figures:
        if f.period and not any(p.text == f.period for p in out):
            out.append(_spec_of(f.period))
    return out if len(out) == 2 else []


def member_of_measure(named: str, previous_item: str, view) -> str | None:
    """"What about industrial?" after "What was office occupancy?": the filing prints "Industrial" as a row
    of several tables (occupancy, NOI, leasing), so the name alone is no line item; it is the previous
    turn's measure for that part ("industrial occupancy"), a part the previous item named swapped for it.
    None where the name is a line item of its own (a row of one table, or words the previous item holds)."""
    words = set(tokens(named))
    if not words or words <= set(tokens(previous_item)):
        return None
    tables = {table.id for (table, row) in view.rows.values() if row.label and set(tokens(row.label)) == words}
    if len(tables) < 2:
        return None
    for (table, row) in view.rows.values():
        if table.id not in tables or not row.label:
            continue
        sibling = set(tokens(row.label))
        if sibling and sibling != words and not is_total_row(row.label) \
                and (m := re.search(rf"\b{re.escape(row.label.strip())}\b", previous_item, re.I)):
            return previous_item[:m.start()] + named + previous_item[m.end():]
    return f"{named} {previous_item}"


_QUALIFIER = re.compile(r"^\s*(?P<word>including|excluding|with|without)\s+\S", re.I)
_OPPOSITE = {"including": "excluding", "excluding": "including", "with": "without", "without": "with"}


def qualifier_of(named: str, previous_item: str) -> str | None:
    """"And including fuel centers?" after "identical store sales growth excluding fuel": the previous item
    with its qualifier swapped ("identical store sales growth including fuel centers"), or with an exclusion
    added ("revenue per shipment excluding fuel surcharge"); None where the follow-up names no qualifier, or
    an inclusion the previous item holds no exclusion for (an amount to add, not a qualifier)."""
    m = _QUALIFIER.match(named)
    if m is None:
        return None
    opposite = re.search(rf"\b{_OPPOSITE[m['word'].lower()]}\b", previous_item, re.I)
    if opposite is not None:
        return f"{previous_item[:opposite.start()]}{named.strip()}"
    if m["word"].lower() in ("excluding", "without"):
        return f"{previous_item} {named.strip()}"  # "And excluding fuel surcharge?" after revenue per shipment
    return None  # "and including the impact of inventories?" after a price: an amount to add, not a qualifier


def _two_items(first: Answer, second: Answer) -> bool:
    """Are two answers' figures of two line items (not one item in two periods)?"""
    labels = [a.figures[0].label.strip().lower() if a.figures else None for a in (first, second)]
    return None not in labels and labels[0] != labels[1]


def effective_queries(history: Sequence[Any], view) -> list[Query]:
    """The resolved query of every earlier turn, each read in the light of the turns before it."""
    out: list[Query] = []
    for i, turn in enumerate(history):
        q = parse_question(turn.question, view.meta, view.month_periods, cal=view.calendar)
        q, _ = _resolve(q, history[:i], out, view)
        out.append(q)
    return out


def resolve_followup(q: Query, history: Sequence[Any] | None, view, answerer=None) -> tuple[Query, list[Answer]]:
    """Fill in what a follow-up leaves out; returns the query and the previous answers."""
    history = list(history or [])
    if not history:
        return q, []
    previous_queries = effective_queries(history, view) if q.followup or not q.items else []
    return _resolve(q, history, previous_queries, view)


def _resolve(q: Query, history: Sequence[Any], prev_queries: list[Query], view) -> tuple[Query, list[Answer]]:
    answers = [t.answer for t in history]
    figures = [a for a in answers if a.value is not None and a.value.amount is not None]
    # after two answers of two line items ("LTL revenue per shipment", then "... excluding fuel surcharge"), "How much
    # did that grow from a year ago?" is the last one's change too, not the difference between the two
    if q.followup == "combine_previous" and q.operation in ("difference", "percent_change") and q.periods \
            and (len(figures) < 2 or _two_items(figures[-2], figures[-1])):
        # "How much did they change from a year earlier?", "... from the third quarter of 2024?" after one figure:
        # the item just answered, from the period named to its own (after two figures, the change between them)
        if all(p.relative == "year_earlier" for p in q.periods) and q.operation == "difference":
            q = q.clone()
            q.followup = "shift_year"
        elif all(p.relative is None for p in q.periods) and len(q.periods) == 1 and prev_queries and prev_queries[-1].items:
            base = _figure_spec(answers[-1])
            if base is not None:
                out = q.clone()
                out.items, out.followup = list(prev_queries[-1].items[:1]), None
                out.periods = [q.periods[0], base.model_copy(update={"start": q.periods[0].start + 1})]
                return out, answers
    if not history or q.followup is None or q.followup == "combine_previous":
        return q, answers
    prev_q = prev_queries[-1] if prev_queries else None
    prev_a = answers[-1]
    if prev_q is None:
        return q, answers
    cal = view.calendar
    out = q.clone()
    if q.followup == "new_item":
        if q.items and _QUALIFIER.match(q.items[0]) and (not prev_q.items or qualifier_of(q.items[0], prev_q.items[0]) is None):
            out.followup = None  # no qualifier to swap: read as asked ("and including the impact of inventories?")
            return out, answers
        out.operation = prev_q.operation if prev_q.operation != "text" else "lookup"
        out.items = q.items + prev_q.items[1:] if prev_q.operation in ("share", "ratio") else q.items
        part = (qualifier_of(q.items[0], prev_q.items[0]) or member_of_measure(q.items[0], prev_q.items[0], view)) \
            if q.items and prev_q.items else None
        if part is not None:
            out.items[0] = part
        out.periods = prev_q.periods or _combined_periods(prev_q, prev_a)
        out.expect_unit = prev_q.expect_unit if prev_q.operation != "lookup" else q.expect_unit
        if part is not None and out.expect_unit is None and prev_a.value is not None and prev_a.value.unit == "percent":
            out.expect_unit = "percent"  # the same measure for another part: a rate stays a rate ("4.4%" -> Reinsurance's %)
        out.followup = None
        return out, answers
    # the item of the last turn that named one: "What is the percentage change?" names none of its own
    named = next((p for p in reversed(prev_queries) if p.items), None)
    if q.followup in ("share_part", "share_whole") and named is not None:
        # "What portion came from passenger ticket?": of the item just asked; "As a percentage of revenues?": it, of revenues
        whole_or_part = named.items[0]
        out.items = [q.items[0], whole_or_part] if q.followup == "share_part" else [whole_or_part, q.items[0]]
        base = _figure_spec(prev_a)
        out.periods = q.periods or ([base] if base is not None else prev_q.periods)
        out.followup = None
        return out, answers
    out.items = prev_q.items or (named.items if named is not None else [])
    out.operation = prev_q.operation if prev_q.operation not in ("text", "range") else "lookup"
    out.expect_unit = out.expect_unit or prev_q.expect_unit
    if not prev_q.items and not _ELLIPTIC.match(q.text):
        # after "What is the net change?", "What was the 2016 value?" asks a value of the item, not the change again
        out.operation, out.expect_unit = "lookup", q.expect_unit
    if q.followup == "same" and q.operation == "difference" and prev_q.operation == "lookup" and len(q.periods) == 1 \
            and q.periods[0].relative == "quarter_earlier":
        base = _figure_spec(prev_a)
        if base is not None and base.end is not None:
            # "And versus the prior quarter?" after one quarter's figure: its change from the quarter before
            out.operation, out.periods, out.followup = "difference", [base, resolve(q.periods[0], cal, base)], None
            return out, answers
    if q.followup == "same" and len(q.periods) == 1:
        out.periods = [_same_span_in_year(q.periods[0], prev_q, prev_a)]
    if q.followup == "shift_year":
        base = _figure_spec(prev_a)
        if base is None:
            explicit = [p for p in prev_q.periods if p.relative is None]
            base = explicit[0] if explicit else resolve(PeriodSpec(text="current", relative="current"), cal)
            base = resolve(base, cal) if base.relative else base
        shifted = PeriodSpec(text="a year earlier", end=add_months(base.end, -12) if base.end else None,
                             months=base.months, instant=base.instant, tolerance_days=20)
        out.periods = [shifted]
        if q.operation == "difference" and prev_q.operation == "lookup" and base.end is not None:
            # "How does that compare with the prior year period?": the change from then to the period just answered
            out.operation, out.periods = "difference", [base, shifted]
    out.followup = None
    return out, answers

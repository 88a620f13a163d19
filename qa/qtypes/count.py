"""Counts over a row: "How many years did net income exceed $30,000 thousand?",
"In how many quarters was basic EPS above $0.30?", "How many years was X negative?"

Reads the asked line item's best-fitting table row and its dated cells (one per year, or one per
quarter), keeps the cells that meet the question's condition with an exact Decimal comparison
(the bound in the question's scale, or in the table's printed units when the table states none:
qa/qtypes/which_period.py `_passes`), and answers with a `count` step over those cells, each cited.
A row that is ambiguous (two cells for one period, a tie between two rows), or no cell that meets
the condition, is left to the other types.
"""

from __future__ import annotations

import re

from qa.models import Answer, Value
from qa.qtypes.base import AnswerContext
from qa.qtypes.which_period import _NEGATIVE, _THRESHOLD, _passes, condition, item_words

# Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val:
#   python -m evals.multi_types --side dev   -> 8 right of 8 answered on TAT-QA dev (a small sample)
PRECISION = 1.0
MIN_FIT = 0.8    # the row must name the item this well (qa.lexicon.match_label)
TIE = 0.02       # a second row this close names the item as well: which one is asked is unclear
_ASKS = re.compile(r"^\s*(?:in\s+|for\s+|during\s+)?how\s+many\s+(?:(?:fiscal|financial|calendar)\s+)?"
                   r"(?P<unit>years?|quarters?|periods?)\b", re.I)
_QUARTER = re.compile(r"\b(?:Q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|quarter\s+[1-4])\b", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_COUNT_HELPERS = re.compile(r"\bhow\s+many\b|\b(?:had|has|have|their|its)\b", re.I)


class Count:
    name = "count"
    priority = 13
    precision = PRECISION
    last: dict | None = None   # what the last answer rested on (fits, doubts): printed by evals/multi_types.py -v

    def recognise(self, question: str, plan) -> bool:
        return _ASKS.search(question) is not None and (_THRESHOLD.search(question) is not None
                                                       or _NEGATIVE.search(question) is not None)

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.answer import _figure, say_amount
        from qa.candidates import fact_year
        from qa.lexicon import tokens
        from qa.program import run

        text = ctx.plan.question
        unit_asked = _ASKS.search(text)["unit"].lower().rstrip("s")
        threshold, negative, asked = condition(text)
        if threshold is None and negative is None:
            return None
        years_named = [int(y) for y in _YEAR.findall(asked)]
        item = item_words(_YEAR.sub(" ", _COUNT_HELPERS.sub(" ", asked)))
        if not tokens(item):
            return None
        view, solver = ctx.view, ctx.solver
        ranked = view.table_candidates(item, set(tokens(text)))
        if not ranked or ranked[0][0] < MIN_FIT:
            return None
        score, label, parent = ranked[0]
        if len(ranked) > 1 and ranked[1][0] >= score - TIE and ranked[1][1:] != (label, parent):
            return None
        row = [f for f in view.by_label[(label, parent)] if f.kind == "table"]
        if unit_asked == "year":
            cells = _one_per(row, fact_year)
        elif unit_asked == "quarter":
            quarterly = [f for f in row if _QUARTER.search(f.column_label or "")]
            if years_named:
                quarterly = [f for f in quarterly if fact_year(f) in years_named]
            cells = _one_per(quarterly, lambda f: (fact_year(f), f.column_label))
        else:
            cells = _one_per(row, lambda f: f.period or f.column_label)
        if cells is None or len(cells) < 2:
            return None
        if len({f.unit for f in cells}) > 1:
            return None
        printed_units = view.table_scale(cells[0]) == 0
        keep = [f for f in cells if _passes(f, threshold, negative, printed_units)]
        if not keep:
            return None
        figs = {f.id: _figure(view, f, solver.citer) for f in cells}
        program = run([("count", [str(f.value) for f in keep])])
        n = program[-1].result
        quoted = "“" + label.strip().rstrip(":") + "”"
        cmp = re.sub(r"\s+", " ", threshold["cmp"].lower()) if threshold else ""
        rule = "is negative" if negative else "exceeds the amount asked" if cmp.startswith("exceed") \
            else f"is {cmp} the amount asked"
        shown = "; ".join(f"{say_amount(f.value, f.unit)} for {f.column_label or f.period} [{figs[f.id].citation}]" for f in keep)
        others = [f for f in cells if f not in keep]
        rest = "; ".join(f"{say_amount(f.value, f.unit)} for {f.column_label or f.period} [{figs[f.id].citation}]" for f in others)
        # the question's own bound is no figure of the filing: it is not restated (the verifier would refuse it)
        answer_text = f"{n}: {quoted} {rule} for {shown}" + (f"; it is not for {rest}." if rest else ".")
        QUESTION_TYPE.last = {"label": label, "score": round(score, 2), "cells": len(cells)}
        status = "answered" if PRECISION >= 0.95 else "uncertain"
        reason = None if status == "answered" else \
            f"Not sure: counts like this were right {PRECISION:.0%} of the time on the development pages."
        return Answer(status=status, text=answer_text, value=Value(amount=n, unit="count"), figures=list(figs.values()),
                      program=program, citations=solver.citer.citations, method="rules", fits_question=True,
                      in_filing=True, confidence=PRECISION, reason=reason)


def _one_per(facts: list, key) -> list | None:
    """One cell per period key, in the row's order; None when a period has two cells (a percent
    column beside the amount, a restated column): which one the question counts is unclear."""
    out, seen = [], set()
    for f in facts:
        k = key(f)
        if k is None or k == (None, None):
            continue
        if k in seen:
            return None
        seen.add(k)
        out.append(f)
    return out


QUESTION_TYPE = Count()

"""Totals over named periods: "the total deposits in 2018 and 2019", "the total provision for income
taxes between 2017 to 2019" (no "sum", no "respectively") -> the sum of the item over those periods.

Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val: of the
TAT-QA dev questions that say "total", name two or more years and ask for no change, ratio, average
or figure per year ("respectively"), 25 of 26 are sums over the years (the other lists both
figures); on the validation side 5 of 5. The answer states each year's figure beside the sum.
"""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse
from qa.qtypes.total import head

_TOTAL_WORD = re.compile(r"\btotal\b", re.I)
_EACH = re.compile(r"\b(?:respective(?:ly)?|each|per)\b", re.I)
# "between 2012 and 2013, what was the change in the total of X": a change of the total, not a sum
_CHANGE = re.compile(r"\b(?:change|difference|variation|increase|decrease|growth|decline|cagr|compound(?:ed)?|rate)\b", re.I)


def detect(p: QuestionParse) -> Detected | None:
    named = {str(q.fiscal or q.year or q.end) for q in p.periods if q.relative is None}
    if len(named) >= 2 and _TOTAL_WORD.search(p.body) and not _EACH.search(p.text) and not _CHANGE.search(p.text):
        return Detected("sum")
    return None


QUESTION_TYPE = OperationType(name="total_over_periods", priority=85, operation="sum", detect=detect, step="add", head=head)

"""Averages of an item over the periods a table shows: "What is the average Cost of sales?",
"the average net income from 2017-2019" (no "average of", and not one period: "the average
exchange rate in FY 2019" is a figure the filing prints, as is a "weighted average" one).

Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val: of
the TAT-QA dev questions read as a lookup that say "average" (not "weighted average") and name no
period or several, 29 of 31 are averages over the row's years; on the validation side 7 of 9.
"""

import re

from qa.qtypes.average import head
from qa.qtypes.base import Detected, OperationType, QuestionParse

_AVERAGE_WORD = re.compile(r"\baverage\b", re.I)
# a figure the filing prints as an average: "weighted average shares", "the average price paid per share"
# of a repurchase table, "average realized price", "average daily production"
_PRINTED_AVERAGE = re.compile(r"\bweighted[\s-]+average\b|\baverage (?:price paid|realized (?:\w+ )?price|selling price|"
                              r"daily (?:production|volume))", re.I)


def detect(p: QuestionParse) -> Detected | None:
    named = {str(q.fiscal or q.year or q.end) for q in p.periods if q.relative is None}
    if len(named) != 1 and _AVERAGE_WORD.search(p.body) and not _PRINTED_AVERAGE.search(p.text):
        return Detected("average")
    return None


QUESTION_TYPE = OperationType(name="average_of_row", priority=76, operation="average", detect=detect,
                              step="average", head=head)

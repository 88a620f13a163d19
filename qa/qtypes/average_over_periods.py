"""Averages over named periods: "the average revenue in 2013 and 2011" (no "average of")."""

import re

from qa.qtypes.average import head
from qa.qtypes.base import Detected, OperationType, QuestionParse

_AVERAGE_WORD = re.compile(r"\baverage\b", re.I)


def detect(p: QuestionParse) -> Detected | None:
    named = [q for q in p.periods if q.relative is None]
    return Detected("average") if _AVERAGE_WORD.search(p.text) and len(named) >= 2 else None


QUESTION_TYPE = OperationType(name="average_over_periods", priority=75, operation="average", detect=detect,
                              step="average", head=head)

"""The lowest of an item over the periods a question spans: "what were the lowest amount of interest rate
hedges in 2014, 2013 and 2012?" -> min over the row's figures (qa/qtypes/highest.py says when)."""

from qa.qtypes.base import Detected, OperationType, QuestionParse
from qa.qtypes.highest import _LOW, over_several_periods


def detect(p: QuestionParse) -> Detected | None:
    return Detected("min") if over_several_periods(p, _LOW) else None


def head(amount: str, unrounded: str) -> str:
    return f"The lowest is {amount}"


QUESTION_TYPE = OperationType(name="lowest", priority=78, operation="min", detect=detect, step="min", head=head)

"""Averages: "the average of X and Y", "on average" -> (a + b) / 2."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

AVERAGE = re.compile(r"\baverage (?:of|over|across|between|for the two)\b|\bon average\b|\bmean of\b", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("average") if AVERAGE.search(p.text) else None


def head(amount: str, unrounded: str) -> str:
    """`unrounded` is set where the program rounded a quotient that does not end (three or more figures)."""
    return f"The average is {amount}" + (f" ({unrounded} before rounding to four decimals)" if unrounded else "")


QUESTION_TYPE = OperationType(name="average", priority=60, operation="average", detect=detect, step="average", head=head)

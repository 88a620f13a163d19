"""Sums: "X and Y combined", "in total", "across both segments" -> a + b."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

# ("the combined ratio" of an insurer is a ratio the filing prints, not a sum)
SUM = re.compile(r"\b(?:sum|combined(?! ratios?\b)|together|in total|altogether|(?:in|for|across) (?:both|all))\b", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("sum") if SUM.search(p.text) else None


def head(amount: str, unrounded: str) -> str:
    return f"The sum is {amount}"


QUESTION_TYPE = OperationType(name="total", priority=90, operation="sum", detect=detect, step="add", head=head)

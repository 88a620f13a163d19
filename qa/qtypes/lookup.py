"""Lookups: one figure as the filing states it; what every question is that no other type reads."""

from qa.qtypes.base import Detected, OperationType, QuestionParse


def detect(p: QuestionParse) -> Detected | None:
    return None  # the default: parse_question keeps "lookup" when no type detects its form


QUESTION_TYPE = OperationType(name="lookup", priority=1000, operation="lookup", detect=detect)

"""Comparisons: "which was larger, X or Y?", "was X higher than Y?" -> the larger of two figures."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

GREATER = re.compile(r"^(?:(?>.*?\bwhich\b).*\b(?:larger|greater|higher|bigger|more|smaller|lower|less)\b|(?>.*?\b(?:is|was|were)\b).+\b(?:larger|greater|higher|bigger|more|smaller|lower|less)(?: [^,;?]{1,60}?)? than\b)", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("greater") if GREATER.search(p.text) else None


QUESTION_TYPE = OperationType(name="comparison", priority=50, operation="greater", detect=detect, step="greater")

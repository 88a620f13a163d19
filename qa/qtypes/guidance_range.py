"""Guidance: "what revenue does the company expect for 2025?" -> the range the filing states."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

RANGE = re.compile(r"\b(?:expect|expects|expected|expecting|guidance|guide|guided|outlook|forecast|anticipat\w*|"
                   r"project(?:s|ed|ion)|target(?:s|ed)?)\b", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("range") if RANGE.search(p.text) else None


QUESTION_TYPE = OperationType(name="guidance_range", priority=80, operation="range", detect=detect)

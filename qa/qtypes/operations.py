"""Operation detection over the registered operation types, and their program templates."""

from __future__ import annotations

from functools import lru_cache

from qa.qtypes.base import Detected, OperationType, QuestionParse


@lru_cache(maxsize=1)
def operation_types() -> tuple[OperationType, ...]:
    from qa.qtypes.registry import question_types

    return tuple(t for t in question_types() if isinstance(t, OperationType))


def detect_operation(parse: QuestionParse) -> Detected | None:
    """The first operation type (by priority) that reads the question; None: a plain lookup."""
    for qtype in operation_types():
        found = qtype.detect(parse)
        if found is not None:
            return found
    return None


def operation_type(operation: str) -> OperationType:
    for qtype in operation_types():
        if qtype.operation == operation:
            return qtype
    raise KeyError(f"no question type answers the operation {operation!r}")

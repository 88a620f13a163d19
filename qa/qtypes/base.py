"""The interface every question type implements, and the context it answers in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from qa.models import Answer
from qa.plan import Plan


@dataclass
class AnswerContext:
    question: str
    plan: Plan
    view: Any            # qa.filing_view.FilingView of the filing asked
    solver: Any          # qa.answer._Solver: find(item, spec, unit), citer, specs(), refuse(reason)
    history: list[Any]


class QuestionType(Protocol):
    name: str
    priority: int

    def recognise(self, question: str, plan: Plan) -> bool: ...

    def answer(self, ctx: AnswerContext) -> Answer | None: ...

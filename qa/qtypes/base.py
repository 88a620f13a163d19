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


@dataclass
class QuestionParse:
    """What operation detection reads: the question without injected instructions (`text`), the
    same with its period phrases and the filer's name blanked out (`body`), and the periods found."""

    text: str
    body: str
    periods: list[Any]


@dataclass
class Detected:
    """An operation type's reading of a question: its operation, and where the type reads them
    itself, the line items (share: [part, whole]) and the unit the answer must be in."""

    operation: str
    items: list[str] | None = None
    expect_unit: str | None = None
    final: bool = False   # the type has read the items; no further operation rules apply


@dataclass
class OperationType:
    """A question form answered by a program over the filing's facts.

    `detect` says whether a question is of this form; `step` is the program's operation over two
    operands (qa/program.py), `result_unit` and `round_places` what the result is shown in, and
    `head` words the result ("The change is ..."). The Answerer asks the operands of the solver
    and scores the candidate programs with the chooser, so `answer` declines: the registry loop
    passes such questions on to the candidate programs."""

    name: str
    priority: int
    operation: str
    detect: Any                               # Callable[[QuestionParse], Detected | None]
    step: str | None = None
    result_unit: str | None = None
    round_places: int | None = None
    head: Any = None                          # Callable[[str value text, str before-rounding text], str]

    def recognise(self, question: str, plan: Plan) -> bool:
        return False

    def answer(self, ctx: AnswerContext) -> Answer | None:
        return None

"""One question through the answerer, shared by /v1/ask, conversations and chat completions.

Checks what the HTTP layer owns (question length, known filing, known conversation), hands the
rest to the answer module, records the answer in metrics and, in a conversation, stores the turn.
Runs in a worker of api/workers.py: answering is CPU-bound and synchronous.
"""

from __future__ import annotations

from api.deps import Services
from api.problems import Problem
from qa.models import Answer


def check_question(question: str, max_chars: int) -> str:
    if not question or not question.strip():
        raise Problem(422, "the question is empty")
    if len(question) > max_chars:
        raise Problem(422, f"the question is {len(question)} characters long; the limit is {max_chars}")
    return question.strip()


def check_filing(services: Services, filing_id: str | None) -> None:
    if filing_id is not None and filing_id not in {f.id for f in services.store.filings()}:
        raise Problem(404, f"no filing {filing_id!r}; GET /v1/filings lists the indexed filings")


def load_conversation(services: Services, conversation_id: str, owner: str | None = None):
    conv = services.conversations.get(conversation_id, owner)
    if conv is None:
        raise Problem(404, f"no conversation {conversation_id!r}")
    return conv


def history_of(turns) -> list:
    from qa.conversation import Turn

    return [Turn(question=t.question, answer=t.answer) for t in turns]


def answer(services: Services, answerer, question: str, filing_id: str | None, history: list | None) -> Answer:
    result = answerer.ask(question, filing_id, history or [])
    services.metrics.observe_answer(result.status, sum(1 for f in result.figures if not f.verified))
    return result


def ask(services: Services, answerer, question: str, filing_id: str | None = None,
        conversation_id: str | None = None, owner: str | None = None) -> tuple[Answer, str | None]:
    """Validate, answer, and store the turn when a conversation is given (one `owner` sees it)."""
    question = check_question(question, services.settings.max_question_chars)
    history: list = []
    if conversation_id is not None:
        conv = load_conversation(services, conversation_id, owner)
        filing_id = filing_id or conv.filing_id
        history = history_of(conv.turns)
    check_filing(services, filing_id)
    result = answer(services, answerer, question, filing_id, history)
    if conversation_id is not None:
        services.conversations.append(conversation_id, question, result)
    return result, conversation_id

"""OpenAI-compatible chat: existing chat clients and SDKs talk to FilingQA unchanged.

The last user message is the question. Earlier user messages are replayed through the answerer
to rebuild the conversation (answers are deterministic, so the replay reproduces what the client
saw), unless the client names a stored `conversation_id`. The reply's content is the answer text
with its sources; the structured answer rides along in the extra field `filingqa`.
"""

from __future__ import annotations

import json
import re
import secrets
import time

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from api import asking
from api.auth import get_principal, owner_of
from api.deps import Services, get_answerer, get_pool, get_services
from api.keys import Principal
from api.problems import Problem, error_responses
from api.schemas import (AssistantMessage, ChatChoice, ChatCompletion, ChatCompletionRequest, ModelCard, ModelList,
                         Usage)
from api.settings import Settings
from api.workers import AnswerPool, check_deadline
from qa.models import Answer

router = APIRouter(tags=["openai"])

MODEL_ID = "filingqa"
MAX_REPLAYED_TURNS = 10  # bounds the cost of a long pasted history
_STARTED = int(time.time())
# OpenAPI 3.1: for an event stream, `schema` describes one event.
_SSE_EVENT = {"type": "object", "required": ["data"], "properties": {
    "data": {"type": "string", "description": "A JSON `chat.completion.chunk` (the last one carries `finish_reason` and "
                                              "the structured answer in `filingqa`), then the literal `[DONE]`."},
    "event": {"type": "string"}, "id": {"type": "string"}, "retry": {"type": "integer"}}}


_STATUS_WORDS = {
    "uncertain": "Not sure: FilingQA is not confident enough to vouch for this; the best candidate and the runners-up follow.",
    "conflict": "The filing disagrees with itself: two sources give different figures; both are cited, neither is settled.",
    "not_found": "Not found in the filing.",
    "unverified": "Unverified: a figure did not match the filing.",
}


def render_content(answer: Answer) -> str:
    """The answer in words: its status when it is not a plain answer, the text, the runners-up of
    an uncertain answer with their confidence, and the numbered sources."""
    lines = [_STATUS_WORDS[answer.status]] if answer.status in _STATUS_WORDS else []
    lines.append(answer.text.strip())
    if answer.confidence is not None:
        lines.append(f"(confidence {answer.confidence:.2f})")
    for i, alt in enumerate(answer.alternatives, 1):
        conf = f" (confidence {alt.confidence:.2f})" if alt.confidence is not None else ""
        # a runner-up's [n] markers number its own citations: quote them in place instead
        text = re.sub(r"\s*\[\d+\]", "", alt.text.strip())
        quotes = "; ".join(f"“{' '.join(c.quote.split())[:120]}”" for c in alt.citations[:2])
        lines.append(f"Candidate {i + 1}: {text}{conf}" + (f" Source: {quotes}" if quotes else ""))
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            where = ", ".join(x for x in (c.filing_id, c.row, c.column) if x)
            lines.append(f"[{c.id}] \"{' '.join(c.quote.split())}\" ({where}, chars {c.start}-{c.end})")
    return "\n".join(lines)


def check_messages(body: ChatCompletionRequest, settings: Settings) -> None:
    """The limits of /v1/ask for every message: user messages are questions (replayed through the
    answerer), the others are bounded too, and so is the whole history. 422 naming the message."""
    if len(body.messages) > settings.max_chat_messages:
        raise Problem(422, f"the chat has {len(body.messages)} messages; the limit is {settings.max_chat_messages}")
    total = 0
    for i, m in enumerate(body.messages):
        n = len(m.plain_text())
        limit = settings.max_question_chars if m.role == "user" else settings.max_message_chars
        if n > limit:
            raise Problem(422, f"messages[{i}] ({m.role}) is {n} characters long; the limit is {limit}")
        total += n
    if total > settings.max_chat_chars:
        raise Problem(422, f"the chat's messages are {total} characters long together; the limit is {settings.max_chat_chars}")


def _question_and_history(body: ChatCompletionRequest) -> tuple[str, list[str]]:
    users = [m for m in body.messages if m.role == "user"]
    if not users or body.messages[-1].role != "user":
        raise Problem(422, "the last message must be a user message holding the question")
    return users[-1].plain_text(), [m.plain_text() for m in users[:-1]][-MAX_REPLAYED_TURNS:]


def _answer_chat(services: Services, answerer, body: ChatCompletionRequest, owner: str | None = None) -> Answer:
    question, earlier = _question_and_history(body)
    if body.conversation_id is not None:
        return asking.ask(services, answerer, question, body.filing_id, body.conversation_id, owner)[0]
    question = asking.check_question(question, services.settings.max_question_chars)
    asking.check_filing(services, body.filing_id)
    from qa.conversation import Turn

    history: list = []
    for earlier_question in earlier:
        check_deadline()  # the request's budget covers every replayed turn
        if earlier_question.strip():
            history.append(Turn(question=earlier_question, answer=answerer.ask(earlier_question, body.filing_id, list(history))))
    check_deadline()
    return asking.answer(services, answerer, question, body.filing_id, history)


def _tokens(text: str) -> int:
    return len(re.findall(r"\S+", text))


def _sse(obj: dict) -> str:
    return f"data: {json.dumps(obj, separators=(',', ':'))}\n\n"


def _stream(completion_id: str, created: int, model: str, content: str, answer: Answer):
    """OpenAI chunk format: the role first, the content in word-sized deltas, then the finish
    reason with the structured answer, then [DONE]."""
    base = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}
    yield _sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
    for piece in re.findall(r"\s*\S+", content):
        yield _sse({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
    yield _sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "filingqa": answer.model_dump(mode="json")})
    yield "data: [DONE]\n\n"


@router.post("/v1/chat/completions", response_model=ChatCompletion, responses={
    200: {"description": "A chat completion; with `stream: true`, server-sent events of `chat.completion.chunk` objects ending with `data: [DONE]`.",
          "content": {"text/event-stream": {"schema": _SSE_EVENT}}},
    **error_responses(404, 422, 503)}, summary="OpenAI-compatible chat completion")
async def chat_completions(body: ChatCompletionRequest, services: Services = Depends(get_services),
                           answerer=Depends(get_answerer), pool: AnswerPool = Depends(get_pool),
                           principal: Principal = Depends(get_principal)):
    """Send the conversation as `messages`; the reply is the answer to the last user message,
    computed from the filings (sampling options such as temperature are ignored). Every user
    message is a question and has the question's length limit; the chat as a whole has its own."""
    check_messages(body, services.settings)
    answer = await pool.run(_answer_chat, services, answerer, body, owner_of(principal), budget=services.settings.answer_timeout_s)
    content = render_content(answer)
    completion_id = "chatcmpl-" + secrets.token_hex(12)
    created = int(time.time())
    if body.stream:
        return StreamingResponse(_stream(completion_id, created, body.model, content, answer), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    prompt_tokens = sum(_tokens(m.plain_text()) for m in body.messages)
    completion_tokens = _tokens(content)
    return ChatCompletion(id=completion_id, created=created, model=body.model,
                          choices=[ChatChoice(message=AssistantMessage(content=content))],
                          usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                                      total_tokens=prompt_tokens + completion_tokens),
                          filingqa=answer)


@router.get("/v1/models", response_model=ModelList, responses=error_responses(), summary="Models served (OpenAI-compatible)")
def list_models() -> ModelList:
    return ModelList(data=[ModelCard(id=MODEL_ID, created=_STARTED)])

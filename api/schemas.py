"""Request and response models of the HTTP API, with examples: the OpenAPI schema is the contract.

Filing and answer payloads reuse the shared vocabulary (index.models, qa.models) unchanged, so
`POST /v1/ask` returns exactly the answer contract of `filingqa ask --json`. Examples use an
invented company ("Acme Widgets") on purpose.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from index.models import FilingMeta, ParseWarning, Table
from qa.models import Answer

_EXAMPLE_FILING = {
    "id": "acme_10-q_2024-03-31", "source_name": "acme_10-q_2024-03-31.htm", "content_hash": "9f2c" + "0" * 60,
    "format": "html", "company": "Acme Widgets, Inc.", "form_type": "10-Q", "date_of_report": "2024-05-02",
    "period_end": "2024-03-31", "fiscal_period": "Q1", "fiscal_year": 2024, "fiscal_year_end": "--12-31",
}
_EXAMPLE_ANSWER = {
    "status": "answered",
    "text": "Net sales were $12.4 million in the three months ended March 31, 2024 [1].",
    "value": {"amount": "12400000", "unit": "USD"},
    "figures": [{"amount": "12400000", "unit": "USD", "label": "Net sales", "period": "2024-01-01/2024-03-31",
                 "verified": True, "citation": 1, "repaired": False}],
    "program": [],
    "citations": [{"id": 1, "filing_id": "acme_10-q_2024-03-31", "chunk_id": "acme_10-q_2024-03-31/c4",
                   "quote": "Net sales 12,400 11,950", "start": 5120, "end": 5143, "table_id": "acme_10-q_2024-03-31/t2",
                   "row": "Net sales", "column": "Three Months Ended March 31, 2024"}],
    "verified": True, "method": "rules", "reason": None,
}


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """Refuse what SQLite (UTF-8) and JSON cannot hold: NUL and lone surrogates (e.g. from "\\ud800")."""
    m = _UNSTORABLE.search(value)
    if m:
        what = "a NUL character" if m[0] == "\x00" else f"a lone surrogate U+{ord(m[0]):04X}, which is not Unicode text"
        raise ValueError(f"contains {what} (at position {m.start()})")
    return value


Text = Annotated[str, AfterValidator(storable)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProblemDetail(BaseModel):
    """RFC 9457 problem details; every error response has this shape."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no filing 'acme_10-k_2023'", "instance": "/v1/filings/acme_10-k_2023"}]})
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, Any]] | None = Field(None, description="For 422: each invalid field with its location.")


# ---- filings ----

class FilingList(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"filings": [_EXAMPLE_FILING]}]})
    filings: list[FilingMeta]


class ParseReport(_Strict):
    """What an upload produced: the filing's id and what the parser found and repaired."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "filing": _EXAMPLE_FILING, "added": True, "tables": 4, "facts": 212, "repaired_cells": 1,
        "warnings": [{"kind": "repaired", "message": "Research and development 2024-Q1 recovered from Total operating expenses",
                      "table_id": "acme_10-q_2024-03-31/t2", "row": 5, "column": 0}]}]})
    filing: FilingMeta
    added: bool = Field(description="False when the same bytes were already indexed (the upload was a no-op).")
    tables: int = Field(description="Tables parsed.")
    facts: int = Field(description="Figures extracted from tables and prose.")
    repaired_cells: int = Field(description="Table cells whose value was recovered from an accounting identity.")
    warnings: list[ParseWarning]


class FilingDetail(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "filing": _EXAMPLE_FILING, "facts": 212, "repaired_cells": 0, "warnings": [], "tables": []}]})
    filing: FilingMeta
    facts: int
    repaired_cells: int
    warnings: list[ParseWarning]
    tables: list[Table]


# ---- questions and conversations ----

class AskRequest(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"question": "What were net sales in the first quarter of 2024?", "filing_id": "acme_10-q_2024-03-31"},
        {"question": "And a year earlier?", "conversation_id": "c_5f0e7a2b9d4c4e1f"}]})
    question: Text = Field(min_length=1, pattern=r"\S", description="The question in plain words; not empty, at most the configured length.")
    filing_id: Text | None = Field(None, description="Restrict the answer to this filing; default: the conversation's filing, else all filings.")
    conversation_id: Text | None = Field(None, description="Ask as the next turn of this conversation; follow-ups resolve against its turns.")


class AskResponse(Answer):
    """The answer contract of the answer module, plus the conversation the turn was stored in."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{**_EXAMPLE_ANSWER, "conversation_id": None}]})
    conversation_id: str | None = Field(None, description="Set when the question was asked in a conversation.")


class ConversationCreate(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"filing_id": "acme_10-q_2024-03-31"}, {}]})
    filing_id: Text | None = Field(None, description="Default filing for the conversation's questions.")


class ConversationTurn(_Strict):
    question: str
    answer: Answer
    asked_at: str = Field(description="ISO 8601 UTC time the turn was answered.")


class Conversation(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "id": "c_5f0e7a2b9d4c4e1f", "filing_id": "acme_10-q_2024-03-31", "created_at": "2024-05-03T09:12:44Z",
        "turns": [{"question": "What were net sales in the first quarter of 2024?", "answer": _EXAMPLE_ANSWER,
                   "asked_at": "2024-05-03T09:12:45Z"}]}]})
    id: str
    filing_id: str | None = None
    created_at: str
    turns: list[ConversationTurn]


# ---- OpenAI-compatible chat ----

class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Text = "text"
    text: Text | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: Text | list[ContentPart] | None = None

    def plain_text(self) -> str:
        if isinstance(self.content, list):
            return "\n".join(p.text for p in self.content if p.type == "text" and p.text)
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """OpenAI chat request. Sampling options (temperature, max_tokens, ...) are accepted and ignored:
    answers are computed, not sampled."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "model": "filingqa", "messages": [{"role": "user", "content": "What were net sales in the first quarter of 2024?"}],
        "stream": False, "filing_id": "acme_10-q_2024-03-31"}]})
    model: Text = Field("filingqa", max_length=200, description="Any name; 'filingqa' is the only model served.")
    messages: list[ChatMessage] = Field(min_length=1, description="Earlier user turns are replayed as the conversation; the last user message is the question.")
    stream: bool = Field(False, strict=True, description="Stream server-sent events in the OpenAI chunk format, ending with 'data: [DONE]'.")
    filing_id: Text | None = Field(None, description="FilingQA extension: restrict answers to this filing.")
    conversation_id: Text | None = Field(None, description="FilingQA extension: continue (and store into) this conversation instead of replaying messages.")


class AssistantMessage(_Strict):
    role: Literal["assistant"] = "assistant"
    content: str


class ChatChoice(_Strict):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"
    logprobs: None = None


class Usage(_Strict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletion(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "id": "chatcmpl-5f0e7a2b9d4c", "object": "chat.completion", "created": 1714727565, "model": "filingqa",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": _EXAMPLE_ANSWER["text"] + "\n\n[1] Net sales 12,400 11,950 (acme_10-q_2024-03-31, Net sales, Three Months Ended March 31, 2024)"},
                     "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 9, "completion_tokens": 30, "total_tokens": 39}, "filingqa": _EXAMPLE_ANSWER}]})
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    filingqa: Answer = Field(description="The structured answer (figures, program, citations, verified).")


class ModelCard(_Strict):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "filingqa"


class ModelList(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "object": "list", "data": [{"id": "filingqa", "object": "model", "created": 1714727565, "owned_by": "filingqa"}]}]})
    object: Literal["list"] = "list"
    data: list[ModelCard]


# ---- operations ----

class Health(_Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "status": "ok", "store_loaded": True, "model_loaded": True, "model": "all-MiniLM-L6-v2", "filings": 3, "generation": 7}]})
    status: Literal["ok", "starting"]
    store_loaded: bool
    model_loaded: bool
    model: str | None = None
    filings: int
    generation: int

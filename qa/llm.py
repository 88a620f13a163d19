"""The small `LLM` interface: no model (the default) or any OpenAI-compatible chat endpoint.

A language model only ever *proposes* (a program, a wording, a summary); `qa/llm_assist.py`
checks every proposal against the parsed facts before it can reach an answer. This module is
just transport: settings, timeouts, retries with exponential backoff, and a token budget per
question so one question cannot run up an unbounded bill.

    llm = get_llm()                      # NoLLM unless FILINGQA_LLM_URL is set
    budget = llm.new_budget()            # one per question
    reply = llm.chat([{"role": "user", "content": "..."}], max_tokens=64, budget=budget)

Works with llama.cpp's server, vLLM, Ollama and hosted APIs: all speak `POST {url}/chat/completions`.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Literal, Protocol

import httpx

DEFAULT_MODEL = "local"
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF_S = 0.5
DEFAULT_BUDGET_TOKENS = 4000

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": str}


class LLMError(Exception):
    """The model could not give a reply (unreachable, refused, malformed). Callers fall back to rules."""


class BudgetExceeded(LLMError):
    """The question's token budget would be overrun by this call."""


def estimate_tokens(text: str) -> int:
    """A conservative token estimate (~4 characters a token) used before the server reports usage."""
    return len(text) // 4 + 1


@dataclass
class TokenBudget:
    """Tokens one question may spend across all of its LLM calls (prompt + completion)."""

    limit: int
    used: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    def reserve(self, prompt_tokens: int, max_tokens: int) -> int:
        """How many completion tokens this call may ask for; raise if even a short reply does not fit."""
        room = self.remaining - prompt_tokens
        if room < min(16, max_tokens):
            raise BudgetExceeded(f"token budget exhausted: {self.used}/{self.limit} used, call needs about {prompt_tokens + min(16, max_tokens)}")
        return min(max_tokens, room)

    def spend(self, tokens: int) -> None:
        self.used += max(0, tokens)


@dataclass
class LLMSettings:
    """Where the model is and how patient to be with it. `from_env` reads FILINGQA_LLM_*."""

    url: str | None = None
    model: str = DEFAULT_MODEL
    api_key: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    retries: int = DEFAULT_RETRIES
    backoff_s: float = DEFAULT_BACKOFF_S
    budget_tokens: int = DEFAULT_BUDGET_TOKENS
    temperature: float = 0.0

    def __post_init__(self) -> None:
        if self.url is not None:
            self.url = self.url.strip().rstrip("/") or None
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"LLM url must start with http:// or https://, got {self.url!r}")
        if self.timeout_s <= 0:
            raise ValueError("LLM timeout must be greater than 0 seconds")
        if self.retries < 0:
            raise ValueError("LLM retries must be 0 or more")
        if self.budget_tokens <= 0:
            raise ValueError("LLM token budget must be greater than 0")

    @classmethod
    def from_env(cls, url: str | None = None, env: dict[str, str] | None = None) -> "LLMSettings":
        """Settings from FILINGQA_LLM_URL, _MODEL, _API_KEY, _TIMEOUT, _RETRIES, _BUDGET; `url` overrides the env."""
        env = dict(os.environ if env is None else env)

        def num(name: str, default: float, kind=float):
            raw = env.get(name)
            if raw in (None, ""):
                return default
            try:
                return kind(raw)
            except ValueError:
                raise ValueError(f"{name} must be a number, got {raw!r}") from None

        return cls(
            url=url or env.get("FILINGQA_LLM_URL") or None,
            model=env.get("FILINGQA_LLM_MODEL") or DEFAULT_MODEL,
            api_key=env.get("FILINGQA_LLM_API_KEY") or None,
            timeout_s=num("FILINGQA_LLM_TIMEOUT", DEFAULT_TIMEOUT_S),
            retries=num("FILINGQA_LLM_RETRIES", DEFAULT_RETRIES, int),
            budget_tokens=num("FILINGQA_LLM_BUDGET", DEFAULT_BUDGET_TOKENS, int),
        )


@dataclass
class Reply:
    text: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    finish_reason: str | None = None


@dataclass
class LLMStats:
    """Counters a caller (evals, /metrics) can read: how much the model was used and how it did."""

    calls: int = 0
    failures: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class LLM(Protocol):
    name: str
    enabled: bool
    stats: LLMStats

    def new_budget(self) -> TokenBudget: ...

    def chat(self, messages: list[Message], *, max_tokens: int = 256, budget: TokenBudget | None = None, stop: list[str] | None = None) -> Reply: ...


@dataclass
class NoLLM:
    """The default: no model. Everything works from rules alone; `chat` is never reached in practice."""

    name: str = "none"
    enabled: bool = False
    stats: LLMStats = field(default_factory=LLMStats)

    def new_budget(self) -> TokenBudget:
        return TokenBudget(limit=0)

    def chat(self, messages: list[Message], *, max_tokens: int = 256, budget: TokenBudget | None = None, stop: list[str] | None = None) -> Reply:
        raise LLMError("no LLM configured (set FILINGQA_LLM_URL or pass --llm-url)")


_RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class OpenAICompatibleLLM:
    """`POST {url}/chat/completions` with bearer auth, timeouts, retries with backoff, and budgets."""

    enabled = True

    def __init__(self, settings: LLMSettings, *, transport: httpx.BaseTransport | None = None, sleep=time.sleep):
        if not settings.url:
            raise ValueError("OpenAICompatibleLLM needs a url, e.g. http://127.0.0.1:8080/v1")
        self.settings = settings
        self.name = f"openai-compatible:{settings.model}@{settings.url}"
        self.stats = LLMStats()
        self._sleep = sleep
        headers = {"Content-Type": "application/json"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        self._client = httpx.Client(base_url=settings.url, headers=headers, timeout=settings.timeout_s, transport=transport)

    def new_budget(self) -> TokenBudget:
        return TokenBudget(limit=self.settings.budget_tokens)

    def close(self) -> None:
        self._client.close()

    def chat(self, messages: list[Message], *, max_tokens: int = 256, budget: TokenBudget | None = None, stop: list[str] | None = None) -> Reply:
        prompt_estimate = sum(estimate_tokens(m.get("content", "")) + 4 for m in messages)
        if budget is not None:
            max_tokens = budget.reserve(prompt_estimate, max_tokens)
        body: dict = {"model": self.settings.model, "messages": messages, "max_tokens": max_tokens, "temperature": self.settings.temperature}
        if stop:
            body["stop"] = stop
        started = time.perf_counter()
        self.stats.calls += 1
        try:
            data = self._post_with_retries("/chat/completions", body)
            reply = self._parse(data, prompt_estimate, time.perf_counter() - started)
        except LLMError:
            self.stats.failures += 1
            if budget is not None:  # a failed call still cost the prompt on the server side
                budget.spend(prompt_estimate)
            raise
        finally:
            self.stats.seconds += time.perf_counter() - started
        self.stats.prompt_tokens += reply.prompt_tokens
        self.stats.completion_tokens += reply.completion_tokens
        if budget is not None:
            budget.spend(reply.prompt_tokens + reply.completion_tokens)
        return reply

    def _post_with_retries(self, path: str, body: dict) -> dict:
        attempts = self.settings.retries + 1
        last = "no attempt made"
        for attempt in range(attempts):
            if attempt:
                self.stats.retries += 1
                self._sleep(self.settings.backoff_s * (2 ** (attempt - 1)))
            try:
                response = self._client.post(path, json=body)
            except httpx.TimeoutException:
                last = f"timed out after {self.settings.timeout_s:g} s"
                continue
            except httpx.TransportError as exc:
                last = f"cannot reach {self.settings.url}: {exc.__class__.__name__}"
                continue
            if response.status_code in _RETRYABLE_STATUS:
                last = f"HTTP {response.status_code} from {self.settings.url}"
                continue
            if response.status_code >= 400:
                raise LLMError(f"LLM server refused the request: HTTP {response.status_code}: {response.text[:200]}")
            try:
                return response.json()
            except ValueError:
                raise LLMError("LLM server replied with something that is not JSON") from None
        raise LLMError(f"LLM call failed after {attempts} attempt(s): {last}")

    @staticmethod
    def _parse(data: dict, prompt_estimate: int, latency: float) -> Reply:
        try:
            choice = data["choices"][0]
            text = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise LLMError("LLM reply is not in the OpenAI chat format (no choices[0].message.content)") from None
        if not isinstance(text, str):
            text = ""
        usage = data.get("usage") or {}
        return Reply(
            text=text,
            prompt_tokens=int(usage.get("prompt_tokens") or prompt_estimate),
            completion_tokens=int(usage.get("completion_tokens") or estimate_tokens(text)),
            latency_s=latency,
            finish_reason=choice.get("finish_reason"),
        )


Backend = Literal["none", "openai"]


def get_llm(url: str | None = None, *, model: str | None = None, api_key: str | None = None, settings: LLMSettings | None = None) -> LLM:
    """The configured model: an OpenAI-compatible client when a url is given or set in the env, else NoLLM.

    Arguments that are not None (CLI flags, service settings) win over FILINGQA_LLM_* variables.
    """
    if settings is None:
        settings = LLMSettings.from_env(url=url)
        if model:
            settings.model = model
        if api_key:
            settings.api_key = api_key
    if not settings.url:
        return NoLLM()
    return OpenAICompatibleLLM(settings)

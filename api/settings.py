"""Service settings, read once from the environment (FILINGQA_*) and overridable by CLI flags.

A plain pydantic model rather than pydantic-settings: six variables do not justify a dependency.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

ENV_PREFIX = "FILINGQA_"


class Settings(BaseModel):
    store: Path = Field(Path("store"), description="Store directory (FILINGQA_STORE); created if missing.")
    api_key: str | None = Field(None, description="When set (FILINGQA_API_KEY), an admin key named 'default': every route but /healthz needs 'Authorization: Bearer <key>'.")
    max_upload_bytes: int = Field(20 * 1024 * 1024, gt=0, description="Largest accepted filing upload (FILINGQA_MAX_UPLOAD_BYTES).")
    max_question_chars: int = Field(2000, gt=0, description="Longest accepted question, and longest user message of a chat (FILINGQA_MAX_QUESTION_CHARS).")
    max_message_chars: int = Field(16000, gt=0, description="Longest accepted chat message of any other role (FILINGQA_MAX_MESSAGE_CHARS).")
    max_chat_chars: int = Field(64000, gt=0, description="Longest accepted chat history, all messages together (FILINGQA_MAX_CHAT_CHARS).")
    max_chat_messages: int = Field(100, gt=0, description="Most messages accepted in one chat request (FILINGQA_MAX_CHAT_MESSAGES).")
    answer_timeout_s: float = Field(20.0, gt=0, description="Time budget of one answer (a chat: all its replayed turns); past it the request ends with 503 (FILINGQA_ANSWER_TIMEOUT_S).")
    answer_workers: int = Field(4, gt=0, le=64, description="Threads that compute answers (FILINGQA_ANSWER_WORKERS); other requests never wait for them.")
    api_keys_file: Path | None = Field(None, description="TOML file of named API keys with scopes and rate limits (FILINGQA_API_KEYS_FILE); see docs/API.md.")
    api_keys: str | None = Field(None, description="The same keys as JSON, inline (FILINGQA_API_KEYS): a list of {name, key, scopes, rate_per_minute, burst}.")
    llm_url: str | None = Field(None, description="OpenAI-compatible base URL of an assisting LLM (FILINGQA_LLM_URL); none by default.")
    llm_model: str | None = Field(None, description="Model name at llm_url (FILINGQA_LLM_MODEL).")
    llm_api_key: str | None = Field(None, description="API key for llm_url (FILINGQA_LLM_API_KEY).")

    @field_validator("api_key", "llm_url", "llm_model", "llm_api_key", "api_keys", "api_keys_file", mode="before")
    @classmethod
    def _blank_is_unset(cls, v: str | None) -> str | None:
        return v or None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        """Settings from FILINGQA_* variables; keyword overrides that are not None win (CLI flags)."""
        env = os.environ if env is None else env
        values: dict = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

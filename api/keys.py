"""API keys with identities: a name, scopes and a rate limit per key.

Keys come from a TOML file (FILINGQA_API_KEYS_FILE), inline JSON (FILINGQA_API_KEYS) and the
single FILINGQA_API_KEY, which stays an admin key named "default". The file:

    [[keys]]
    name = "analyst"            # who; conversations are owned by this name
    key = "..."                 # or sha256 = "<hex digest of the key>", so the file holds no secret
    scopes = ["read"]           # read, upload, admin (admin implies the others)
    rate_per_minute = 120       # optional; 0 or absent: no limit
    burst = 20                  # optional; requests allowed at once (default: a tenth of a minute's rate, at least 1)

A presented key is looked up by its SHA-256 digest (a dict lookup on a digest leaks nothing about
near misses), then compared in constant time. No keys configured at all: the service is open and
every request acts as the anonymous admin.
"""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import threading
import time
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Scope = Literal["read", "upload", "admin"]
SCOPES: tuple[str, ...] = ("read", "upload", "admin")


class KeyConfigError(ValueError):
    """The keys file or variable is malformed; the message says where."""


class ApiKey(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.@-]+$")
    key: str | None = Field(None, min_length=16, description="The secret itself (at least 16 characters).")
    sha256: str | None = Field(None, pattern=r"^[0-9a-fA-F]{64}$", description="Hex SHA-256 of the secret, instead of `key`.")
    scopes: list[Scope] = Field(default_factory=lambda: ["read"], min_length=1)
    rate_per_minute: float = Field(0, ge=0, description="Sustained requests per minute; 0: no limit.")
    burst: int | None = Field(None, ge=1, description="Requests allowed at once before the rate applies.")

    @model_validator(mode="after")
    def _one_secret(self) -> "ApiKey":
        if (self.key is None) == (self.sha256 is None):
            raise ValueError("give exactly one of 'key' and 'sha256'")
        return self

    @property
    def digest(self) -> str:
        return (self.sha256 or hashlib.sha256(self.key.encode()).hexdigest()).lower()


class Principal(BaseModel):
    """Who is asking: a key's name and scopes (anonymous admin when the service is open)."""

    name: str
    scopes: frozenset[str]
    anonymous: bool = False

    def allows(self, scope: str) -> bool:
        return "admin" in self.scopes or scope in self.scopes


ANONYMOUS = Principal(name="anonymous", scopes=frozenset(SCOPES), anonymous=True)


def _parse_entries(entries: object, where: str) -> list[ApiKey]:
    if not isinstance(entries, list):
        raise KeyConfigError(f"{where}: expected a list of keys")
    out = []
    for i, entry in enumerate(entries):
        try:
            out.append(ApiKey.model_validate(entry))
        except ValidationError as exc:
            why = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
            raise KeyConfigError(f"{where}: key #{i + 1}: {why}") from None
    return out


def load_keys(single: str | None = None, file: Path | None = None, inline: str | None = None) -> list[ApiKey]:
    """Every configured key; names and secrets must be unique."""
    keys: list[ApiKey] = []
    if single:
        keys.append(ApiKey.model_construct(name="default", key=single, sha256=None, scopes=["admin"], rate_per_minute=0, burst=None))
    if file is not None:
        try:
            data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise KeyConfigError(f"{file}: {exc}") from None
        keys += _parse_entries(data.get("keys", []), str(file))
    if inline:
        try:
            data = json.loads(inline)
        except json.JSONDecodeError as exc:
            raise KeyConfigError(f"FILINGQA_API_KEYS: not JSON ({exc})") from None
        keys += _parse_entries(data, "FILINGQA_API_KEYS")
    names = [k.name for k in keys]
    if len(set(names)) != len(names):
        raise KeyConfigError(f"duplicate key names: {sorted({n for n in names if names.count(n) > 1})}")
    if len({k.digest for k in keys}) != len(keys):
        raise KeyConfigError("two keys have the same secret")
    return keys


class KeyRing:
    """Resolve a presented bearer token to its key; None when it matches none."""

    def __init__(self, keys: list[ApiKey]):
        self.keys = keys
        self._by_digest = {k.digest: k for k in keys}

    @property
    def open(self) -> bool:
        return not self.keys

    def identify(self, token: str) -> ApiKey | None:
        digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
        key = self._by_digest.get(digest)
        if key is None or not secrets.compare_digest(digest, key.digest):
            return None
        return key


class RateLimiter:
    """A token bucket per key name: `rate_per_minute` sustained, `burst` at once. Thread-safe."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # name -> (tokens, at)

    def take(self, key: ApiKey) -> float:
        """0 when the request may go ahead; otherwise the seconds until one token is back."""
        if not key.rate_per_minute:
            return 0.0
        rate = key.rate_per_minute / 60.0
        capacity = float(key.burst or max(1, math.ceil(key.rate_per_minute / 10)))
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key.name, (capacity, now))
            tokens = min(capacity, tokens + (now - at) * rate)
            if tokens >= 1:
                self._buckets[key.name] = (tokens - 1, now)
                return 0.0
            self._buckets[key.name] = (tokens, now)
            return (1 - tokens) / rate

"""Authentication before anything reads the request: an ASGI middleware, then scopes as dependencies.

The middleware runs ahead of routing and body parsing, so a protected service answers a request
without a valid key with 401 whatever its method, path or body (not 405, 404 or 422), and a key
over its rate limit with 429 and Retry-After. It leaves the key's identity in
`request.state.principal`; routes and routers ask for a scope with `Depends(require_scope(...))`
(403 without it), and read the principal with `Depends(get_principal)`.
"""

from __future__ import annotations

import math

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from api.keys import ANONYMOUS, KeyRing, Principal, RateLimiter
from api.problems import Problem, problem_response

# Paths served without a key: liveness for orchestrators. Other routers may add theirs (a UI shell).
# the chat page and the docs shell hold no data (the page asks for the key itself); /openapi.json stays behind it
PUBLIC_PATHS: set[str] = {"/healthz", "/", "/docs", "/favicon.ico"}
PUBLIC_PREFIXES: set[str] = {"/static/"}


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or any(path.startswith(p) for p in PUBLIC_PREFIXES)


class AuthMiddleware:
    def __init__(self, app: ASGIApp, keyring: KeyRing, limiter: RateLimiter | None = None) -> None:
        self.app, self.keyring, self.limiter = app, keyring, limiter or RateLimiter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        if self.keyring.open:
            state["principal"] = ANONYMOUS
            await self.app(scope, receive, send)
            return
        if is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
        scheme, _, token = header.partition(" ")
        challenge = {"WWW-Authenticate": "Bearer"}
        if scheme.lower() != "bearer" or not token.strip():
            await self._refuse(scope, receive, send, 401, "missing API key: send 'Authorization: Bearer <key>'", challenge)
            return
        key = self.keyring.identify(token.strip())
        if key is None:
            await self._refuse(scope, receive, send, 401, "wrong API key", challenge)
            return
        wait = self.limiter.take(key)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            await self._refuse(scope, receive, send, 429,
                               f"key {key.name!r} is over its rate limit of {key.rate_per_minute:g} requests per minute; retry in {seconds} s",
                               {"Retry-After": str(seconds)})
            return
        state["principal"] = Principal(name=key.name, scopes=frozenset(key.scopes))
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, detail: str, headers: dict[str, str]) -> None:
        await problem_response(status, detail, instance=scope["path"], headers=headers)(scope, receive, send)


# Documents the bearer scheme in OpenAPI; the check itself is the middleware above.
bearer = HTTPBearer(auto_error=False, description="Required when the server has API keys configured (FILINGQA_API_KEY, _API_KEYS, _API_KEYS_FILE).")


def get_principal(request: Request) -> Principal:
    principal = getattr(request.state, "principal", None)
    if principal is None:  # a route outside the middleware's reach: treat as not authenticated
        raise Problem(401, "missing API key: send 'Authorization: Bearer <key>'", headers={"WWW-Authenticate": "Bearer"})
    return principal


def owner_of(principal: Principal) -> str | None:
    """The owner recorded on conversations: the key's name; None when the service is open."""
    return None if principal.anonymous else principal.name


def require_scope(scope: str):
    """A dependency: 403 unless the request's key has `scope` (admin has every scope)."""

    def check(request: Request, _: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
        principal = get_principal(request)
        if not principal.allows(scope):
            raise Problem(403, f"key {principal.name!r} lacks the {scope!r} scope this route needs (it has: {', '.join(sorted(principal.scopes))})")
        return principal

    check.__name__ = f"require_{scope}_scope"
    return check


def read_or_upload(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
    """For the filings router: reading (GET, HEAD) needs 'read', changing (POST, DELETE) needs 'upload'."""
    needed = "read" if request.method in ("GET", "HEAD") else "upload"
    return require_scope(needed)(request, credentials)

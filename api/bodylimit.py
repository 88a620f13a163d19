"""A cap on request bodies other than filing uploads (JSON questions, chat messages): 413 past it.

Without it a client could make the server buffer an arbitrarily large JSON body before
validation rejects it. Uploads have their own, configurable limit in routes_filings.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from starlette.exceptions import HTTPException

MAX_JSON_BYTES = 1024 * 1024


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int = MAX_JSON_BYTES, exempt: tuple[str, ...] = ("/v1/filings",)) -> None:
        self.app, self.limit, self.exempt = app, limit, exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt:
            await self.app(scope, receive, send)
            return
        limit = self.limit
        # An HTTPException (not our Problem) because FastAPI turns other errors raised while it
        # reads the body into "400 error parsing the body"; the app renders it as problem+json.
        problem = HTTPException(413, f"the request body is larger than the limit of {limit} bytes")
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise problem
            return message

        if declared.isdigit() and int(declared) > limit:
            async def refuse() -> dict:
                raise problem
            await self.app(scope, refuse, send)
            return
        await self.app(scope, limited, send)

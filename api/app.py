"""The FastAPI application: `create_app(settings)` wires routers, auth, problem+json and metrics.

Heavy things (embedding model, store, answerer) are built once in the lifespan, before the
server accepts a connection, so no request ever pays for a model load.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

from api import problems, routes_ask, routes_conversations, routes_filings, routes_jobs, routes_openai, routes_ops, routes_ui
from api.auth import AuthMiddleware, read_or_upload, require_scope
from api.bodylimit import BodyLimitMiddleware
from api.deps import build_services
from api.keys import KeyRing, RateLimiter, load_keys
from api.metrics import Metrics, MetricsMiddleware
from api.settings import Settings
from api.workers import AnswerPool

log = logging.getLogger("filingqa.api")

DESCRIPTION = """Questions over SEC filings (8-K, 10-Q, 10-K) answered with figures that are cited to the
exact table cell or sentence and verified against the numbers parsed from the filing. Where the
filing does not hold the answer, the answer says so (`status: not_found`).

Errors are `application/problem+json` (RFC 9457). When the server has API keys configured, every
route but `/healthz` needs `Authorization: Bearer <key>`; keys have scopes (`read`, `upload`,
`admin`) and may have a rate limit (429 with `Retry-After`)."""


# OpenAPI links: which response feeds which operation (clients and stateful fuzzers follow them).
# (source method, path, status) -> [(link name, target method, path, parameters, request body)]
LINKS = {
    ("post", "/v1/conversations", "201"): [
        ("GetConversation", "get", "/v1/conversations/{conversation_id}", {"conversation_id": "$response.body#/id"}, None),
        ("AskInConversation", "post", "/v1/ask", {}, {"question": "What were total revenues?", "conversation_id": "$response.body#/id"}),
    ],
    ("post", "/v1/ask", "200"): [
        ("GetAskedConversation", "get", "/v1/conversations/{conversation_id}", {"conversation_id": "$response.body#/conversation_id"}, None),
    ],
    ("post", "/v1/filings", "201"): [
        ("GetFiling", "get", "/v1/filings/{filing_id}", {"filing_id": "$response.body#/filing/id"}, None),
        ("DeleteFiling", "delete", "/v1/filings/{filing_id}", {"filing_id": "$response.body#/filing/id"}, None),
    ],
    ("get", "/v1/filings", "200"): [
        ("GetFirstFiling", "get", "/v1/filings/{filing_id}", {"filing_id": "$response.body#/filings/0/id"}, None),
        ("AskFirstFiling", "post", "/v1/ask", {}, {"question": "What were total revenues?", "filing_id": "$response.body#/filings/0/id"}),
    ],
}


def add_links(schema: dict) -> None:
    paths = schema.get("paths", {})
    for (method, path, status), links in LINKS.items():
        response = paths.get(path, {}).get(method, {}).get("responses", {}).get(status)
        if response is None:
            continue
        for name, t_method, t_path, parameters, body in links:
            target = paths.get(t_path, {}).get(t_method)
            if target is None or "operationId" not in target:
                continue
            link: dict = {"operationId": target["operationId"]}
            if parameters:
                link["parameters"] = parameters
            if body is not None:
                link["requestBody"] = body
            response.setdefault("links", {})[name] = link


def create_app(settings: Settings | None = None, *, services=None) -> FastAPI:
    """The app for `settings`; `services` (already built) skips loading in the lifespan."""
    settings = settings or Settings.from_env()
    metrics = Metrics()
    keyring = KeyRing(load_keys(settings.api_key, settings.api_keys_file, settings.api_keys))  # KeyConfigError when malformed

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "services", None) is None:
            app.state.services = await run_in_threadpool(build_services, settings, metrics)
            log.info("store %s open, model loaded", settings.store)
        yield  # the answer pool's threads are daemons: nothing to stop (a lifespan may run more than once)

    app = FastAPI(title="FilingQA", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.services = services
    app.state.keyring = keyring
    app.state.answer_pool = AnswerPool(settings.answer_workers)
    if services is not None:
        services.metrics = metrics
    problems.install(app)
    # Outermost first on the way in: metrics see every request, auth comes before any body is read.
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(AuthMiddleware, keyring=keyring, limiter=RateLimiter())
    app.add_middleware(MetricsMiddleware, metrics=metrics)

    read = [Depends(require_scope("read"))]
    app.include_router(routes_ops.router)
    for module in (routes_filings, routes_jobs):
        app.include_router(module.router, dependencies=[Depends(read_or_upload)])
    for module in (routes_ask, routes_conversations, routes_openai):
        app.include_router(module.router, dependencies=read)
    routes_ui.install(app, read)  # the chat page at /, offline /docs, static files (pages public, data behind `read`)

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
            question["maxLength"] = settings.max_question_chars
            add_links(schema)
            app.openapi_schema = problems.rewrite_openapi_errors(schema)
        return app.openapi_schema

    app.openapi = openapi

    @app.get("/openapi.json", include_in_schema=False, dependencies=read)
    def openapi_json() -> JSONResponse:
        return JSONResponse(app.openapi())

    return app

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
from api.bodylimit import BodyLimitMiddleware
from api.deps import build_services, require_api_key
from api.metrics import Metrics, MetricsMiddleware
from api.settings import Settings

log = logging.getLogger("filingqa.api")

DESCRIPTION = """Questions over SEC filings (8-K, 10-Q, 10-K) answered with figures that are cited to the
exact table cell or sentence and verified against the numbers parsed from the filing. Where the
filing does not hold the answer, the answer says so (`status: not_found`).

Errors are `application/problem+json` (RFC 9457). When the server has `FILINGQA_API_KEY` set, every
route but `/healthz` needs `Authorization: Bearer <key>`."""


def create_app(settings: Settings | None = None, *, services=None) -> FastAPI:
    """The app for `settings`; `services` (already built) skips loading in the lifespan."""
    settings = settings or Settings.from_env()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "services", None) is None:
            app.state.services = await run_in_threadpool(build_services, settings, metrics)
            log.info("store %s open, model loaded", settings.store)
        yield

    app = FastAPI(title="FilingQA", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.services = services
    if services is not None:
        services.metrics = metrics
    problems.install(app)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=metrics)

    auth = [Depends(require_api_key)]
    app.include_router(routes_ops.router)
    for module in (routes_filings, routes_jobs, routes_ask, routes_conversations, routes_openai):
        app.include_router(module.router, dependencies=auth)
    routes_ui.install(app, auth)  # the chat page at /, offline /docs, static files

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
            question["maxLength"] = settings.max_question_chars
            app.openapi_schema = problems.rewrite_openapi_errors(schema)
        return app.openapi_schema

    app.openapi = openapi

    @app.get("/openapi.json", include_in_schema=False, dependencies=auth)
    def openapi_json() -> JSONResponse:
        return JSONResponse(app.openapi())

    return app

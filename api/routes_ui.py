"""The browser side of the service: the chat page at `/`, its static files, offline API docs.

Everything the page needs is served from this process: plain HTML/CSS/JS from api/static (no
build step) and Swagger UI from the locally installed `swagger-ui-py` package, so the page
and `/docs` work on a machine without internet. The page shell and the docs shell hold no data
and are public; every data route they call (`/v1/...`, `/openapi.json`) keeps the API key check,
and the page sends the key it asked for once (kept in sessionStorage, never in a URL).

One read-only data route is added for the page: a filing's normalized text with its blocks and
parsed tables, so a citation's character span and table cell can be shown where they stand.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.staticfiles import StaticFiles

from api.deps import Services, get_services
from api.problems import Problem, error_responses
from api.schemas import _EXAMPLE_FILING
from index.models import Block, FilingMeta, ParseWarning, Table

log = logging.getLogger("filingqa.api")
STATIC_DIR = Path(__file__).resolve().parent / "static"

# The page loads nothing from another origin; the policy makes the browser enforce that.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI sets inline styles on its elements; everything else stays on this origin.
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

pages = APIRouter(include_in_schema=False)
data = APIRouter(tags=["filings"])


class FilingDocument(BaseModel):
    """A filing as the page shows it: the normalized text every citation span points into."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "filing": _EXAMPLE_FILING,
        "text": "Net sales 12,400 11,950",
        "blocks": [{"kind": "table", "text": "Net sales 12,400 11,950", "start": 0, "end": 23, "section": None,
                    "table_id": "acme_10-q_2024-03-31/t1"}],
        "tables": [{"id": "acme_10-q_2024-03-31/t1", "title": "Statements of Operations", "scale": "in thousands",
                    "scale_power": 3, "columns": [{"label": "Three Months Ended March 31, 2024", "period": "2024-01-01/2024-03-31"}],
                    "rows": [{"label": "Net sales", "cells": [{"raw": "12,400", "value": "12400000", "unit": "USD", "column": 0,
                                                               "start": 10, "end": 16}],
                              "start": 0, "end": 23}],
                    "start": 0, "end": 23}],
        "warnings": []}]})
    filing: FilingMeta
    text: str = Field(description="The normalized text; citation and cell spans are offsets into it.")
    blocks: list[Block] = Field(description="Headings, paragraphs and tables in reading order, with their spans.")
    tables: list[Table] = Field(description="The parsed tables: every cell with its exact value, unit, span and repair note.")
    warnings: list[ParseWarning]


@data.get("/v1/filings/{filing_id}/document", response_model=FilingDocument, responses=error_responses(404),
          summary="A filing's normalized text, blocks and parsed tables")
def get_document(filing_id: str, services: Services = Depends(get_services)) -> FilingDocument:
    """What a citation points into: `citations[].start/end` are offsets into `text`, and
    `table_id`/`row`/`column` name a cell of `tables`."""
    parsed = services.store.get(filing_id)
    if parsed is None:
        raise Problem(404, f"no filing {filing_id!r}")
    return FilingDocument(filing=parsed.filing, text=parsed.text, blocks=parsed.blocks, tables=parsed.tables,
                          warnings=parsed.warnings)


def _page(name: str, csp: str) -> FileResponse:
    return FileResponse(STATIC_DIR / name, media_type="text/html",
                        headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache",
                                 "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"})


@pages.get("/")
def chat_page() -> FileResponse:
    return _page("index.html", PAGE_CSP)


@pages.get("/docs")
def docs_page() -> FileResponse:
    if swagger_ui_dir() is None:
        raise Problem(503, "the API docs page needs the swagger-ui-py package (pip install swagger-ui-py); "
                           "the schema itself is at /openapi.json")
    return _page("docs.html", DOCS_CSP)


@functools.cache
def swagger_ui_dir() -> Path | None:
    """Swagger UI 5 as vendored by the `swagger-ui-py` package (its static/ folder); None when the
    package is missing. Not the `swagger-ui-bundle` package: that one ships Swagger UI 4.15, which
    cannot read the OpenAPI 3.1 schema FastAPI writes ("does not specify a valid version field")."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def install(app: FastAPI, auth: list) -> None:
    """Add the page, the docs shell, the static mounts and the document route (behind `auth`)."""
    app.include_router(pages)
    app.include_router(data, dependencies=auth)
    swagger = swagger_ui_dir()
    if swagger is None:
        log.warning("swagger-ui-py is not installed: /docs answers 503 (the schema stays at /openapi.json)")
    else:
        app.mount("/static/swagger-ui", StaticFiles(directory=swagger), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

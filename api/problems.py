"""RFC 9457 problem details: every error leaves the service as application/problem+json.

Handlers cover our own `Problem`, Starlette's HTTP errors (404 no route, 405), request
validation (422, including malformed JSON) and anything unhandled (500, logged, never a trace).
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.schemas import ProblemDetail

log = logging.getLogger("filingqa.api")

PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    """An error a route raises on purpose: status, one-line detail, optional headers."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None, errors: list[dict] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers
        self.errors = errors


def problem_response(status: int, detail: str, *, instance: str | None = None, headers: dict[str, str] | None = None,
                     errors: list[dict] | None = None) -> JSONResponse:
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body = ProblemDetail(type="about:blank", title=title, status=status, detail=_printable(detail),
                         instance=None if instance is None else _printable(instance), errors=errors)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _printable(value: object) -> str:
    """Text that encodes as UTF-8 whatever the client sent (a field named "\\ud800" echoed in `loc`)."""
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")


def _validation_detail(errors: list[dict]) -> tuple[str, list[dict]]:
    """One readable line plus a JSON-safe list: where each problem is and what is wrong."""
    clean = []
    for err in errors:
        loc = [_printable(p) for p in err.get("loc", ())]
        clean.append({"loc": loc, "msg": _printable(err.get("msg", "")), "type": _printable(err.get("type", ""))})
    if any(e["type"] == "json_invalid" for e in clean):
        return "request body is not valid JSON", clean
    parts = [f"{'.'.join(e['loc'][1:] or e['loc']) or 'body'}: {e['msg']}" for e in clean[:3]]
    more = f" (and {len(clean) - 3} more)" if len(clean) > 3 else ""
    return "; ".join(parts) + more, clean


_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _allowed_methods(request: Request) -> list[str]:
    """Every method served on this path, read from the OpenAPI paths (Starlette names only the
    first matching route's, and FastAPI's included routers hide theirs)."""
    path = request.url.path
    methods: set[str] = set()
    for template, item in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path):
            methods |= {m.upper() for m in item if m in _HTTP_METHODS}
    for route in request.app.routes:  # routes left out of the schema (/openapi.json, /docs)
        if getattr(route, "path", None) == path:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem_response(exc.status, exc.detail, instance=request.url.path, headers=exc.headers, errors=exc.errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        status = exc.status_code
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
        headers = getattr(exc, "headers", None)
        if status == 404 and detail == "Not Found":
            detail = f"no route {request.url.path}"
        elif status == 405:
            detail = f"method {request.method} is not allowed on {request.url.path}"
            headers = {"Allow": ", ".join(_allowed_methods(request))}
        elif status == 400 and detail == "There was an error parsing the body":
            status, detail = 422, "request body is not valid JSON"  # FastAPI says 400 for undecodable bytes
        return problem_response(status, detail, instance=request.url.path, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        detail, errors = _validation_detail(list(exc.errors()))
        return problem_response(422, detail, instance=request.url.path, errors=errors)

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "internal error; the server log has the details", instance=request.url.path)


_DESCRIPTIONS = {
    400: "Malformed multipart body.",
    401: "Missing or wrong API key (only when the server has API keys configured).",
    403: "The API key lacks the scope this route needs.",
    429: "The API key is over its rate limit; `Retry-After` says when to try again.",
    503: "The answer took longer than the server's time budget, or the service is still starting.",
    404: "Unknown filing or conversation.",
    413: "Upload larger than the configured limit.",
    415: "Unsupported file type.",
    422: "Invalid request: malformed JSON, missing or invalid fields, empty or too long question, unparseable file.",
}


def error_responses(*codes: int) -> dict:
    """OpenAPI `responses` for a route's errors; `app.openapi` moves them to application/problem+json."""
    return {code: {"model": ProblemDetail, "description": _DESCRIPTIONS[code]} for code in (401, 403, 429, *codes)}


def rewrite_openapi_errors(schema: dict) -> dict:
    """Every 4xx/5xx in the schema is problem+json with the ProblemDetail shape (FastAPI's default
    422 model describes a body we never send)."""
    ref = {"$ref": "#/components/schemas/ProblemDetail"}
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                if code.isdigit() and int(code) >= 400:
                    response["content"] = {PROBLEM_JSON: {"schema": ref}}
                    if code == "422":
                        response["description"] = _DESCRIPTIONS[422]
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema

"""Filings: upload (parse + index), list, read, delete.

The upload's size limit is enforced while the body streams in, not after it is buffered, and
its file name is reduced to a bare, harmless name before the parser sees it: never a path.
Parsing and embedding run in a worker thread so questions keep being answered meanwhile; the
store commits atomically, so a failed upload leaves it as it was.
"""

from __future__ import annotations

import logging
import re

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api import routes_jobs
from api.deps import Services, get_services
from api.jobs import Job
from api.problems import Problem, error_responses
from api.schemas import FilingDetail, FilingList, ParseReport

log = logging.getLogger("filingqa.api")
router = APIRouter(tags=["filings"])

# Room for the multipart boundary and part headers on top of the file itself.
MULTIPART_OVERHEAD = 64 * 1024
_UPLOAD_BODY = {
    "required": True,
    "content": {"multipart/form-data": {
        "schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": "The filing: plain text, HTML/iXBRL or an SGML submission (.txt)."}}},
    }},
}


def safe_name(filename: str | None) -> str:
    """The last path component, stripped to [A-Za-z0-9._-]: the parser slugs it into the filing id."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._-")[:200]
    return base or "upload"


class _BodyTooLarge(Exception):
    pass


def _limited(receive, limit: int):
    """Wrap the ASGI receive so reading stops with 413 as soon as the body passes `limit` bytes."""
    seen = 0

    async def receive_limited():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _BodyTooLarge()
        return message

    return receive_limited


def _too_large(limit: int) -> Problem:
    return Problem(413, f"the upload is larger than the limit of {limit} bytes")


async def _read_upload(request: Request, limit: int) -> tuple[bytes, str | None]:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise Problem(415, "upload the filing as multipart/form-data with a 'file' field")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + MULTIPART_OVERHEAD:
        raise _too_large(limit)
    limited = Request(request.scope, _limited(request.receive, limit + MULTIPART_OVERHEAD))
    try:
        form = await limited.form(max_files=1, max_fields=10)
    except _BodyTooLarge:
        raise _too_large(limit) from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Problem(422, "the multipart body has no file in a field named 'file'")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise _too_large(limit)
        return data, upload.filename
    finally:
        await form.close()


def _report(parsed, meta, added: bool) -> ParseReport:
    return ParseReport(filing=meta, added=added, tables=len(parsed.tables), facts=len(parsed.facts),
                       repaired_cells=parsed.repaired_count, warnings=parsed.warnings)


def _parse(data: bytes, name: str, limit: int):
    from index.errors import FilingError
    from index.parse import parse_bytes

    try:
        return parse_bytes(data, name, max_bytes=limit)
    except FilingError as exc:
        raise Problem(exc.status if exc.status in (413, 415, 422) else 422, exc.message) from None
    except Exception as exc:  # a file the parser chokes on is still the file's problem for the client
        log.exception("parser failed on upload %r", name)
        raise Problem(422, f"{name}: the file could not be parsed ({type(exc).__name__})") from None


def _parse_and_add(services: Services, data: bytes, name: str) -> ParseReport:
    parsed = _parse(data, name, services.settings.max_upload_bytes)
    with services.write_lock:
        result = services.store.add(parsed)
    # The store's id wins: same bytes already stored under another id, or an id taken by other content.
    meta = next((m for m in services.store.filings() if m.id == result.filing_id), parsed.filing)
    return _report(parsed, meta, result.added)


@router.post("/v1/filings", response_model=ParseReport, status_code=201,
             responses={200: {"model": ParseReport, "description": "The same bytes were already indexed; nothing changed."},
                        202: {"model": Job, "description": "Indexing in the background (`?async=true` with one or "
                                                           "several files, or a body over the async threshold): poll the job."},
                        **error_responses(400, 413, 415, 422)},
             openapi_extra={"requestBody": _UPLOAD_BODY}, summary="Upload and index a filing")
async def upload_filing(request: Request, response: Response, services: Services = Depends(get_services)) -> ParseReport:
    """Parses the filing (tables, figures, repairs), embeds its chunks and adds it to the index.
    Uploading the same bytes again is a no-op (200, `added: false`). With `?async=true` (one or more
    `file` parts) or a body over the async threshold it answers 202 with a job: `GET /v1/jobs/{id}`."""
    if routes_jobs.wants_job(request):
        return await routes_jobs.upload_job(request, services)
    limit = services.settings.max_upload_bytes
    data, filename = await _read_upload(request, limit)
    report = await run_in_threadpool(_parse_and_add, services, data, safe_name(filename))
    if not report.added:
        response.status_code = 200
    return report


@router.get("/v1/filings", response_model=FilingList, responses=error_responses(), summary="List indexed filings")
def list_filings(services: Services = Depends(get_services)) -> FilingList:
    return FilingList(filings=services.store.filings())


@router.get("/v1/filings/{filing_id}", response_model=FilingDetail, responses=error_responses(404),
            summary="A filing's metadata and parsed tables")
def get_filing(filing_id: str, services: Services = Depends(get_services)) -> FilingDetail:
    parsed = services.store.get(filing_id)
    if parsed is None:
        raise Problem(404, f"no filing {filing_id!r}")
    return FilingDetail(filing=parsed.filing, facts=len(parsed.facts), repaired_cells=parsed.repaired_count,
                        warnings=parsed.warnings, tables=parsed.tables)


@router.delete("/v1/filings/{filing_id}", status_code=204, response_class=Response, responses=error_responses(404),
               summary="Remove a filing from the index")
def delete_filing(filing_id: str, services: Services = Depends(get_services)) -> Response:
    with services.write_lock:
        removed = services.store.remove(filing_id)
    if not removed:
        raise Problem(404, f"no filing {filing_id!r}")
    return Response(status_code=204)

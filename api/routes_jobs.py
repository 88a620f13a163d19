"""Asynchronous uploads: `POST /v1/filings?async=true` (or a body over the async threshold) answers
202 with a job; `GET /v1/jobs/{id}` reports its progress, per-file results and errors.

The upload route in routes_filings hands such requests to `upload_job`; the files (one or more
multipart parts named `file`) are spooled to disk and indexed by api/jobs.py's worker thread
while the server keeps answering.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from api.deps import Services, get_services
from api.jobs import MAX_FILES_PER_JOB, Job, async_threshold, manager_for
from api.problems import Problem, error_responses

router = APIRouter(tags=["jobs"])

_TRUE = {"1", "true", "yes", "on"}


def wants_job(request: Request) -> bool:
    """`?async=true`, or a declared body over the async threshold."""
    if request.query_params.get("async", "").strip().lower() in _TRUE:
        return True
    declared = request.headers.get("content-length", "")
    return declared.isdigit() and int(declared) > async_threshold()


async def _read_uploads(request: Request, limit: int) -> list[tuple[str, bytes]]:
    """Every `file` part of a multipart body, each at most `limit` bytes."""
    from api.routes_filings import MULTIPART_OVERHEAD, _BodyTooLarge, _limited, _too_large, safe_name

    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise Problem(415, "upload the filings as multipart/form-data with one or more 'file' fields")
    total = (limit + MULTIPART_OVERHEAD) * MAX_FILES_PER_JOB
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > total:
        raise Problem(413, f"the upload is larger than {MAX_FILES_PER_JOB} files of {limit} bytes")
    limited = Request(request.scope, _limited(request.receive, total))
    try:
        form = await limited.form(max_files=MAX_FILES_PER_JOB, max_fields=MAX_FILES_PER_JOB + 10)
    except _BodyTooLarge:
        raise Problem(413, f"the upload is larger than {MAX_FILES_PER_JOB} files of {limit} bytes") from None
    try:
        uploads = [u for u in form.getlist("file") if isinstance(u, UploadFile)]
        if not uploads:
            raise Problem(422, "the multipart body has no file in a field named 'file'")
        out = []
        for upload in uploads:
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise _too_large(limit)
            out.append((safe_name(upload.filename), data))
        return out
    finally:
        await form.close()


async def upload_job(request: Request, services: Services) -> JSONResponse:
    """Spool the uploaded files, queue a job, answer 202 with it (Location: the job)."""
    uploads = await _read_uploads(request, services.settings.max_upload_bytes)
    job = manager_for(request.app.state, services).submit(uploads)
    return JSONResponse(job.model_dump(mode="json"), status_code=202, headers={"Location": job.href})


@router.get("/v1/jobs/{job_id}", response_model=Job, responses=error_responses(404),
            summary="An ingest job's progress, results and per-file errors")
def get_job(job_id: str, request: Request, services: Services = Depends(get_services)) -> Job:
    job = manager_for(request.app.state, services).get(job_id)
    if job is None:
        raise Problem(404, f"no job {job_id!r} (jobs are kept in memory until the server restarts)")
    return job


@router.get("/v1/jobs", response_model=list[Job], responses=error_responses(),
            summary="Recent ingest jobs, newest first")
def list_jobs(request: Request, services: Services = Depends(get_services)) -> list[Job]:
    return manager_for(request.app.state, services).list()

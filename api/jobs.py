"""Ingest jobs: uploads indexed in the background while the service keeps answering.

A job holds one or more uploaded files, spooled to `<store>/uploads/<job id>/` (not kept in
memory), and runs on one worker thread per process (jobs queue behind each other; one writer at
a time is all the store allows anyway). Each file goes through the pipeline's stages
(index.pipeline: parse, chunk, embed, write): its chunk texts are embedded a slice at a time, so
a question's own encode waits for at most one slice, never for a whole filing, and the filing is
committed whole (one transaction) or not at all. A bad file is recorded with its reason and the
job goes on with the next.

Jobs live in memory (the last MAX_JOBS); a restarted server forgets them, but whatever a job had
committed stays in the store, and uploading the same files again skips what is there.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger("filingqa.api")

ASYNC_BYTES_ENV = "FILINGQA_ASYNC_UPLOAD_BYTES"
DEFAULT_ASYNC_BYTES = 2 * 1024 * 1024  # a body over this becomes a job without being asked
MAX_FILES_PER_JOB = 100
MAX_JOBS = 200
EMBED_SHARE = 0.95  # of a file's progress; the commit is the rest
EMBED_SLICE = 32  # chunk texts per encode call: the longest a question waits for the model


def async_threshold() -> int:
    raw = os.environ.get(ASYNC_BYTES_ENV, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_ASYNC_BYTES


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


FileState = Literal["queued", "parsing", "embedding", "writing", "added", "already_indexed", "failed"]
JobState = Literal["queued", "running", "succeeded", "completed_with_errors", "failed"]


class JobFile(BaseModel):
    name: str = Field(description="The uploaded file name, reduced to a safe bare name.")
    bytes: int
    status: FileState = "queued"
    filing_id: str | None = Field(None, description="The stored filing's id once added (or already there).")
    tables: int = 0
    facts: int = 0
    chunks: int = 0
    chunks_embedded: int = Field(0, description="Chunks of this file embedded so far.")
    error: str | None = Field(None, description="Why this file was not indexed.")


class Job(BaseModel):
    """An ingest job as `GET /v1/jobs/{id}` reports it."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "3f2a9c0e1b7d4a55", "status": "running", "created_at": "2026-01-05T14:02:11.512000Z",
        "started_at": "2026-01-05T14:02:11.530000Z", "finished_at": None, "files_total": 2, "files_done": 1,
        "files_failed": 1, "chunks_done": 64, "progress": 0.7512, "href": "/v1/jobs/3f2a9c0e1b7d4a55",
        "files": [
            {"name": "acme_10-k_2025-12-31.htm", "bytes": 4210332, "status": "embedding", "filing_id": None,
             "tables": 0, "facts": 0, "chunks": 120, "chunks_embedded": 64, "error": None},
            {"name": "scan.pdf", "bytes": 88120, "status": "failed", "filing_id": None, "tables": 0, "facts": 0,
             "chunks": 0, "chunks_embedded": 0, "error": "not a filing this parser reads (PDF)"}]}]})

    id: str
    status: JobState = "queued"
    created_at: str
    started_at: str | None = None
    finished_at: str | None = None
    files_total: int
    files_done: int = Field(0, description="Files finished, added or failed.")
    files_failed: int = 0
    chunks_done: int = Field(0, description="Chunks embedded so far over all files.")
    progress: float = Field(0.0, ge=0, le=1, description="Share of the work done: finished files, plus the "
                                                         "embedded share of the current one; 1 only when done.")
    files: list[JobFile]
    href: str = Field(description="This resource's path.")


class JobManager:
    """Queue, worker thread and job records of one server process."""

    def __init__(self, services: Any):
        self.services = services
        self.spool = Path(services.settings.store) / "uploads"
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._writer_store = None

    # ------------------------------------------------------------ records
    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return None if job is None else job.model_copy(deep=True)

    def list(self) -> list[Job]:
        with self._lock:
            return [j.model_copy(deep=True) for j in reversed(self._jobs.values())]

    def _update(self, job_id: str, fn) -> None:
        with self._lock:
            job = self._jobs[job_id]
            fn(job)
            done = job.files_done
            if job.status == "running" and done == job.files_total:
                _finish(job)  # in the same step as the last file: never 'running' with all of it done
            current = next((f for f in job.files if f.status in ("embedding", "writing") and f.chunks), None)
            # embedding is most of a file's time; its write (the rest) counts when it is committed
            partial = EMBED_SHARE * current.chunks_embedded / current.chunks if current else 0.0
            job.progress = round(min(1.0, (done + partial) / max(job.files_total, 1)), 4)

    # ------------------------------------------------------------ submit
    def submit(self, uploads: list[tuple[str, bytes]]) -> Job:
        """Spool the files and queue the job; returns it as queued."""
        job_id = uuid.uuid4().hex[:16]
        folder = self.spool / job_id
        folder.mkdir(parents=True, exist_ok=True)
        files = []
        for n, (name, data) in enumerate(uploads):
            (folder / f"{n:04d}").mkdir()
            (folder / f"{n:04d}" / name).write_bytes(data)  # one folder each: two uploads may share a name
            files.append(JobFile(name=name, bytes=len(data)))
        job = Job(id=job_id, created_at=_now(), files_total=len(files), files=files, href=f"/v1/jobs/{job_id}")
        with self._lock:
            self._jobs[job_id] = job
            while len(self._jobs) > MAX_JOBS:
                old = next(iter(self._jobs))
                if self._jobs[old].status in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="filingqa-ingest", daemon=True)
                self._worker.start()
        self._queue.put(job_id)
        return job.model_copy(deep=True)

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        if self._worker is not None:
            self._worker.join(timeout)

    # ------------------------------------------------------------ work
    def _run(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            try:
                self._run_job(job_id)
            except Exception as exc:  # the worker must outlive any one job
                log.exception("ingest job %s failed", job_id)
                self._update(job_id, lambda j: _fail(j, f"{type(exc).__name__}: {exc}"))

    def _store(self):
        """A Store on the service's directory whose embedder answers from vectors made a slice at a time."""
        if self._writer_store is None:
            from index.pipeline import Precomputed
            from index.store import Store

            embedder = self.services.embedder
            self._precomputed = Precomputed(embedder.name, embedder.dim, getattr(embedder, "count_tokens", None),
                                            fallback=lambda: embedder)
            self._writer_store = Store(self.services.settings.store, self._precomputed)
        return self._writer_store

    def _run_job(self, job_id: str) -> None:
        from index.pipeline import FileOutcome, chunk_stage, parse_stage, write_stage

        self._update(job_id, lambda j: (setattr(j, "status", "running"), setattr(j, "started_at", _now())))
        folder = self.spool / job_id
        job = self.get(job_id)
        limit = self.services.settings.max_upload_bytes
        embedder = self.services.embedder
        store = self._store()
        for n, jf in enumerate(job.files):
            path = folder / f"{n:04d}" / jf.name

            def set_file(j: Job, **values: Any) -> None:
                for key, value in values.items():
                    setattr(j.files[n], key, value)

            self._update(job_id, lambda j: set_file(j, status="parsing"))
            parsed, error = parse_stage(path, limit)
            texts: list[str] = []
            if error is None:
                try:
                    texts = chunk_stage(parsed, getattr(embedder, "count_tokens", None))
                except Exception as exc:
                    error = f"could not be chunked ({type(exc).__name__})"
            if error is not None:
                self._update(job_id, lambda j: _file_failed(j, n, error))
                continue
            owner = next((m.id for m in self.services.store.filings()
                          if m.content_hash == parsed.filing.content_hash), None)
            if owner is not None:  # the same bytes are stored: nothing to embed
                self._update(job_id, lambda j: _file_done(j, n, FileOutcome(path=str(path), filing_id=owner)))
                continue
            self._update(job_id, lambda j: set_file(j, status="embedding", chunks=len(texts)))
            self._precomputed.clear()
            for start in range(0, len(texts), EMBED_SLICE):
                part = texts[start:start + EMBED_SLICE]
                self._precomputed.load(part, embedder.encode(part))  # the lock is free between slices
                self._update(job_id, lambda j: _embedded(j, n, len(part)))
            self._update(job_id, lambda j: set_file(j, status="writing"))
            with self.services.write_lock:
                outcome = write_stage(store, [(path, parsed)])[0]
            self._precomputed.clear()
            if outcome.error is not None:
                self._update(job_id, lambda j: _file_failed(j, n, outcome.error))
                continue
            self.services.store.refresh()  # the serving store sees the filing now, not in a second
            self._update(job_id, lambda j: _file_done(j, n, outcome))
        shutil.rmtree(folder, ignore_errors=True)


def _embedded(job: Job, n: int, count: int) -> None:
    job.files[n].chunks_embedded += count
    job.chunks_done += count


def _file_failed(job: Job, n: int, error: str) -> None:
    job.files[n].status, job.files[n].error = "failed", error
    job.files_done += 1
    job.files_failed += 1


def _file_done(job: Job, n: int, outcome: Any) -> None:
    f = job.files[n]
    f.status = "added" if outcome.added else "already_indexed"
    f.filing_id, f.tables, f.facts = outcome.filing_id, outcome.tables, outcome.facts
    if outcome.added:
        f.chunks = outcome.chunks
    job.files_done += 1


def _finish(job: Job) -> None:
    job.finished_at = _now()
    if job.files_failed == job.files_total:
        job.status = "failed"
    elif job.files_failed:
        job.status = "completed_with_errors"
    else:
        job.status = "succeeded"


def _fail(job: Job, reason: str) -> None:
    for f in job.files:
        if f.status not in ("added", "already_indexed", "failed"):
            f.status, f.error = "failed", f"the job stopped: {reason}"
            job.files_done += 1
            job.files_failed += 1
    job.status = "failed"
    job.finished_at = _now()


_managers_lock = threading.Lock()


def manager_for(app_state: Any, services: Any) -> JobManager:
    """The app's job manager, made on first use."""
    with _managers_lock:
        manager = getattr(app_state, "jobs", None)
        if manager is None or manager.services is not services:
            manager = app_state.jobs = JobManager(services)
        return manager


def wait(manager: JobManager, job_id: str, timeout: float = 60.0) -> Job | None:
    """Poll until the job has finished (tests, scripts)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = manager.get(job_id)
        if job is None or job.status not in ("queued", "running"):
            return job
        time.sleep(0.05)
    return manager.get(job_id)

"""Asynchronous uploads over real HTTP: a `python -m qa serve` process on 127.0.0.1 with a temp store.

A body over the async threshold (set to 1 MB here) or `?async=true` answers 202 with a job;
`GET /v1/jobs/{id}` reports per-file results and errors; /healthz and /v1/ask answer while the
job ingests. Everything is real: parser, store, MiniLM, FAISS, uvicorn.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from served import Server as Served
from test_server_integration import KEY

pytestmark = pytest.mark.integration

SAMPLE_ID = "immunogen_8k_2011-10-27"
THRESHOLD = 1_000_000


class Server(Served):
    """The served process behind KEY; the first start may load the model slowly, and a big upload takes a while."""

    def __init__(self, store: Path, log: Path, env: dict[str, str]):
        super().__init__(store, log, env={"FILINGQA_API_KEY": KEY, **env}, key=KEY, start_timeout=600)

    def client(self) -> httpx.Client:
        return super().client(timeout=300)


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample_path):
    d = tmp_path_factory.mktemp("jobs")
    srv = Server(d / "store", d / "server.log", env={"FILINGQA_ASYNC_UPLOAD_BYTES": str(THRESHOLD)})
    try:
        with srv.client() as c:  # a small upload stays synchronous: 201 with its report
            r = c.post("/v1/filings", files={"file": (sample_path.name, sample_path.read_bytes(), "text/plain")})
            assert r.status_code == 201, r.text
        yield srv
    finally:
        srv.stop()


def _wait(c: httpx.Client, href: str, timeout: float = 600) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = c.get(href).json()
        if job["status"] not in ("queued", "running"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {href} still {job['status']} after {timeout} s")


def test_unknown_job_is_404_problem(server):
    with server.client() as c:
        r = c.get("/v1/jobs/nosuchjob")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "nosuchjob" in r.json()["detail"]


def test_body_over_threshold_becomes_a_job_and_the_service_answers_meanwhile(server, shared_dir):
    path = shared_dir / "filings" / "apple_10-q_2024-06-29.html"
    assert path.stat().st_size > THRESHOLD
    with server.client() as c:
        r = c.post("/v1/filings", files={"file": (path.name, path.read_bytes(), "text/html")})
        assert r.status_code == 202, r.text
        job = r.json()
        assert r.headers["location"] == job["href"] == f"/v1/jobs/{job['id']}"
        assert job["status"] in ("queued", "running") and job["files_total"] == 1
        assert job["files"][0]["name"] == path.name

        # While the job runs: health and questions are answered (and finish before the job does).
        answered_while_running = 0
        while True:
            health = c.get("/healthz")
            ask = c.post("/v1/ask", json={"question": "What was the net loss per share?", "filing_id": SAMPLE_ID})
            assert health.status_code == 200 and ask.status_code == 200, (health.text, ask.text)
            state = c.get(job["href"]).json()
            if state["status"] != "running":
                break
            answered_while_running += 1
            assert 0 <= state["progress"] < 1
        assert answered_while_running >= 1

        done = _wait(c, job["href"])
        assert done["status"] == "succeeded" and done["progress"] == 1
        f = done["files"][0]
        assert (f["status"], f["filing_id"], f["error"]) == ("added", "apple_10-q_2024-06-29", None)
        assert f["chunks"] == f["chunks_embedded"] == done["chunks_done"] > 0
        ids = {m["id"] for m in c.get("/v1/filings").json()["filings"]}
        assert "apple_10-q_2024-06-29" in ids


def test_async_upload_of_several_files_reports_each_file(server, shared_dir, sample_path):
    good = shared_dir / "filings" / "oracle_8-k_2024-11-14.html"
    files = [("file", (sample_path.name, sample_path.read_bytes(), "text/plain")),      # already stored
             ("file", (good.name, good.read_bytes(), "text/html")),                      # new
             ("file", ("empty_8-k_2020-01-01.txt", b"", "text/plain"))]                  # bad
    with server.client() as c:
        r = c.post("/v1/filings?async=true", files=files)
        assert r.status_code == 202, r.text
        done = _wait(c, r.json()["href"])
    assert done["status"] == "completed_with_errors"
    assert (done["files_total"], done["files_done"], done["files_failed"]) == (3, 3, 1)
    states = [(f["name"], f["status"], f["filing_id"]) for f in done["files"]]
    assert states == [(sample_path.name, "already_indexed", SAMPLE_ID),
                      (good.name, "added", "oracle_8-k_2024-11-14"),
                      ("empty_8-k_2020-01-01.txt", "failed", None)]
    assert "empty" in done["files"][2]["error"].lower()
    with server.client() as c:
        assert c.get("/v1/jobs").json()[0]["id"] == done["id"]  # newest first


def test_async_upload_without_a_file_is_422(server):
    with server.client() as c:
        r = c.post("/v1/filings?async=true", files={"other": ("x.txt", b"abc", "text/plain")})
    assert r.status_code == 422
    assert "'file'" in r.json()["detail"]

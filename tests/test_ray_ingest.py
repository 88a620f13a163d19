"""`filingqa index --ray`: the same stages on Ray Data (local mode, 2 CPUs) give the same store as
the one-process path, skip a bad file, and a job killed midway resumes without duplicates.

Corpus: ../shared/filings plus a few benchmark pages made by evals/pages.py and one empty file.
Ray starts once for the module (local mode, 2 CPUs) and shuts down at its end; the killed job is a
separate driver process that joins this module's Ray instance by its address.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index.commands import expand_paths
from index.pipeline import Progress, plan, run_local
from index.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PAGES_PER_DATASET = 3
BAD_NAME = "broken_8-k_2020-01-01.txt"


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray")
    from index.ray_ingest import start_ray

    assert start_ray(num_cpus=2)
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_dir) -> Path:
    """The shared filings, a sample of FinQA/TAT-QA/ConvFinQA pages, and an empty (bad) file."""
    from evals.pages import convfinqa_page, finqa_page, tatqa_page

    d = tmp_path_factory.mktemp("corpus")
    for f in expand_paths([str(shared_dir / "filings")])[0]:
        (d / f.name).write_bytes(f.read_bytes())
    data = shared_dir / "data"
    docs = [finqa_page(r) for r in json.loads((data / "finqa_dev.json").read_text())[:PAGES_PER_DATASET]]
    docs += [tatqa_page(c) for c in json.loads((data / "tatqa_dev.json").read_text())[:PAGES_PER_DATASET]]
    docs += [convfinqa_page(r) for r in json.loads((data / "convfinqa_dev.json").read_text())[:PAGES_PER_DATASET]]
    for doc in docs:
        (d / doc.name).write_bytes(doc.data())
    (d / BAD_NAME).write_bytes(b"")
    return d


def _files(corpus: Path) -> list[Path]:
    return expand_paths([str(corpus)])[0]


def _index_local(store_dir: Path, files: list[Path]) -> Progress:
    store = Store(store_dir)
    todo, done = plan(store, files)
    progress = Progress(len(files), disable=True)
    for outcome in done:
        progress.record(outcome)
    run_local(store, todo, progress)
    progress.close()
    store.close()
    return progress


def _index_ray(store_dir: Path, files: list[Path]) -> Progress:
    from index.ray_ingest import run_ray

    store = Store(store_dir)
    todo, done = plan(store, files)
    store.close()
    progress = Progress(len(files), disable=True)
    for outcome in done:
        progress.record(outcome)
    run_ray(store_dir, todo, progress, keep_ray=True)
    progress.close()
    return progress


def snapshot(store_dir: Path) -> dict:
    """Everything a store holds, by content hash (the order filings were added does not matter)."""
    with sqlite3.connect(store_dir / "store.sqlite") as conn:
        filings = {h: (fid, n) for fid, h, n in conn.execute("SELECT id, content_hash, n_chunks FROM filings")}
        chunks = {}
        vectors = {}
        for fid, cid, ord_, text_json, blob in conn.execute(
                "SELECT filing_id, id, ord, json, vector FROM chunks ORDER BY filing_id, ord"):
            chunks.setdefault(fid, []).append((cid, json.loads(text_json)["text"]))
            vectors.setdefault(fid, []).append(np.frombuffer(blob, dtype=np.float32))
        facts = {}
        for fid, fact_json in conn.execute("SELECT filing_id, json FROM facts ORDER BY filing_id, ord"):
            facts.setdefault(fid, []).append(fact_json)
    return {"filings": filings, "chunks": chunks, "vectors": {k: np.stack(v) for k, v in vectors.items()},
            "facts": facts}


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, corpus) -> tuple[Path, Progress]:
    store_dir = tmp_path_factory.mktemp("local") / "store"
    return store_dir, _index_local(store_dir, _files(corpus))


@pytest.fixture(scope="module")
def ray_store(tmp_path_factory, corpus, ray_local) -> tuple[Path, Progress]:
    store_dir = tmp_path_factory.mktemp("ray") / "store"
    return store_dir, _index_ray(store_dir, _files(corpus))


def assert_same_store(a: Path, b: Path) -> None:
    sa, sb = snapshot(a), snapshot(b)
    assert sa["filings"] == sb["filings"]
    assert sa["chunks"] == sb["chunks"]
    assert sa["facts"] == sb["facts"]
    assert sa["vectors"].keys() == sb["vectors"].keys()
    for fid in sa["vectors"]:  # the same model on the same texts; batching moves the last bits only
        assert np.allclose(sa["vectors"][fid], sb["vectors"][fid], atol=1e-5), fid


def test_ray_path_stores_the_same_filings_chunks_and_facts(local_store, ray_store, corpus):
    assert_same_store(local_store[0], ray_store[0])
    assert len(snapshot(ray_store[0])["filings"]) == len(_files(corpus)) - 1  # all but the empty file


def test_ray_path_reports_the_bad_file_and_indexes_the_rest(ray_store, local_store, corpus):
    ray_errors = {Path(o.path).name: o.error for o in ray_store[1].outcomes if o.error}
    local_errors = {Path(o.path).name: o.error for o in local_store[1].outcomes if o.error}
    assert ray_errors == local_errors
    assert list(ray_errors) == [BAD_NAME]
    assert ray_store[1].errors == 1
    assert sum(o.added for o in ray_store[1].outcomes) == len(_files(corpus)) - 1


def test_ray_run_again_adds_nothing(ray_store, corpus, ray_local):
    before = snapshot(ray_store[0])
    progress = _index_ray(ray_store[0], _files(corpus))
    assert [o.added for o in progress.outcomes].count(True) == 0
    assert sorted(Path(o.path).name for o in progress.outcomes if o.error) == [BAD_NAME]  # tried again
    after = snapshot(ray_store[0])
    assert after["filings"] == before["filings"] and after["chunks"] == before["chunks"]


def test_killed_ray_job_resumes_to_the_same_store_without_duplicates(tmp_path, corpus, local_store, ray_local):
    """A driver joined to this module's Ray is SIGKILLed after its first committed filing; the
    job started again ends with the one-process store, no duplicate and no half filing."""
    store_dir = tmp_path / "store"
    address = ray_local.get_runtime_context().gcs_address
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false",
               PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "qa", "index", str(corpus), "--ray", address,
                             "--store", str(store_dir)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        first = ""
        while time.monotonic() < deadline and not first:
            line = proc.stdout.readline()
            if not line:
                break
            if " tables=" in line:
                first = line
        assert first, "the job committed nothing before it ended"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(store_dir / "store.sqlite") as conn:
        stored = conn.execute("SELECT COUNT(*) FROM filings").fetchone()[0]
    assert 1 <= stored < len(_files(corpus)) - 1  # killed midway

    progress = _index_ray(store_dir, _files(corpus))
    assert sum(o.added for o in progress.outcomes) == len(_files(corpus)) - 1 - stored
    assert_same_store(local_store[0], store_dir)
    with sqlite3.connect(store_dir / "store.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM filings").fetchone() == (
            len(_files(corpus)) - 1, len(_files(corpus)) - 1)
        n_chunks = conn.execute("SELECT SUM(n_chunks) FROM filings").fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == n_chunks
    assert Store(store_dir).index_stats()["vectors"] == n_chunks  # the sharded index on disk holds every chunk once

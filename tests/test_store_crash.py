"""A real process indexing into the store is killed with SIGKILL mid-write: the store still opens,
holds no half filing, and indexing again completes.

The writer pauses at a named point when FILINGQA_STORE_PAUSE says so (index.store's test hook)
and announces it on stderr, so each kill lands exactly where we want it; a few more kills land at
random moments of an unpaused run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.embedding import get_embedder
from index.store import INDEX_NAME, PAUSE_ENV, Store
from index.vector_index import VectorIndex
from test_chunking import make_filing

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

# The writer: adds (or removes) hand-built filings in a fresh process, one line per committed add.
WRITER = """
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from index.store import Store
from test_chunking import make_filing
store = Store(sys.argv[1])
store.embedder.encode(["warm up"])  # so that "ready" means the next thing is writing
print("ready", flush=True)
for n in range(int(sys.argv[2])):
    if sys.argv[3] == "remove":
        store.remove(make_filing().filing.id)
    else:
        r = store.add(make_filing(f"crash_8-k_2020-01-{{n + 10}}", salt=str(n), table_rows=40))
    print("done", n, flush=True)
"""


def _start_writer(store_dir: Path, count: int, pause: str | None = None, mode: str = "add") -> subprocess.Popen:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env.pop(PAUSE_ENV, None)
    if pause:
        env[PAUSE_ENV] = pause
    code = WRITER.format(root=str(ROOT), tests=str(ROOT / "tests"))
    return subprocess.Popen([sys.executable, "-c", code, str(store_dir), str(count), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_for(stream, marker: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            raise AssertionError(f"writer exited before {marker!r}")
        if line.startswith(marker):
            return line
    raise AssertionError(f"timed out waiting for {marker!r}")


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def assert_consistent(store_dir: Path) -> Store:
    """Opens, and every stored filing is whole: chunks, vectors, facts, FAISS all agree."""
    store = Store(store_dir, get_embedder())
    dim = get_embedder().dim
    with sqlite3.connect(store_dir / "store.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = 0
        for fid, n_chunks, n_facts in conn.execute("SELECT id, n_chunks, n_facts FROM filings"):
            chunks = conn.execute("SELECT COUNT(*), MIN(LENGTH(vector)), MAX(LENGTH(vector)) FROM chunks "
                                  "WHERE filing_id=?", (fid,)).fetchone()
            assert chunks[0] == n_chunks > 0 and chunks[1] == chunks[2] == dim * 4
            assert conn.execute("SELECT COUNT(*) FROM facts WHERE filing_id=?", (fid,)).fetchone()[0] == n_facts > 0
            assert store.get(fid) is not None and len(store.chunks(fid)) == n_chunks
            total += n_chunks
        orphans = conn.execute("SELECT COUNT(*) FROM chunks WHERE filing_id NOT IN (SELECT id FROM filings)")
        assert orphans.fetchone()[0] == 0
    assert store._search.index.ntotal == total
    assert VectorIndex.load(store_dir / INDEX_NAME).ntotal == total  # the file was repaired on open
    if total:
        hits = store.dense_search(get_embedder().encode_one("full year revenue"), 3)
        assert hits and all(store.chunk(cid) is not None for cid, _ in hits)
    return store


def _ids(store: Store) -> set[str]:
    return {f.id for f in store.filings()}


@pytest.mark.parametrize("point", ["before_commit", "after_commit", "after_index"])
def test_kill_at_each_point_of_an_add(tmp_path, point):
    Store(tmp_path, get_embedder()).add(make_filing())  # something already stored must survive
    proc = _start_writer(tmp_path, 3, pause=f"{point}:60")
    line = _wait_for(proc.stderr, "filingqa-store-pause")
    assert point in line
    victim = line.split()[-1]
    _kill(proc)
    store = assert_consistent(tmp_path)
    ids = _ids(store)
    assert make_filing().filing.id in ids
    # killed inside the transaction: not there at all; killed after the commit: there, whole
    assert (victim in ids) == (point != "before_commit")
    # and indexing again completes
    for n in range(3):
        store.add(make_filing(f"crash_8-k_2020-01-{n + 10}", salt=str(n), table_rows=40))
    assert {f"crash_8-k_2020-01-{n + 10}" for n in range(3)} <= _ids(assert_consistent(tmp_path))


def test_kill_inside_a_remove_keeps_the_filing_whole(tmp_path):
    Store(tmp_path, get_embedder()).add(make_filing())
    proc = _start_writer(tmp_path, 1, pause="before_commit:60", mode="remove")
    _wait_for(proc.stderr, "filingqa-store-pause")
    _kill(proc)
    store = assert_consistent(tmp_path)
    assert _ids(store) == {make_filing().filing.id}
    assert store.remove(make_filing().filing.id)
    assert_consistent(tmp_path)


def test_kill_at_random_moments(tmp_path):
    rng = random.Random(20111027)
    for run in range(2):
        proc = _start_writer(tmp_path, 20)
        _wait_for(proc.stdout, "ready")
        time.sleep(rng.uniform(0.2, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert_consistent(tmp_path)
    store = Store(tmp_path, get_embedder())
    for n in range(20):
        store.add(make_filing(f"crash_8-k_2020-01-{n + 10}", salt=str(n), table_rows=40))
    assert len(_ids(assert_consistent(tmp_path))) == 20


def test_kill_the_index_command_mid_run(tmp_path, sample_path, shared_dir):
    """`filingqa index` over several real files, killed inside the second file's transaction."""
    second = shared_dir / "filings" / "nordstrom_8-k_2023-03-01.html"
    store_dir = tmp_path / "store"
    argv = [sys.executable, "-m", "qa", "index", str(sample_path), str(second), "--store", str(store_dir)]
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env[PAUSE_ENV] = "before_commit:60:nordstrom_8-k_2023-03-01"
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    _wait_for(proc.stderr, "filingqa-store-pause before_commit nordstrom_8-k_2023-03-01")
    _kill(proc)
    assert _ids(assert_consistent(store_dir)) == {"immunogen_8k_2011-10-27"}  # the first file is whole
    env.pop(PAUSE_ENV)
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _ids(assert_consistent(store_dir)) == {"immunogen_8k_2011-10-27", "nordstrom_8-k_2023-03-01"}

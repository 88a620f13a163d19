"""The store with the real model and real FAISS files on disk: round trip, no-op, rename, remove."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import numpy as np
import pytest

from index.embedding import get_embedder
from index.store import INDEX_NAME, Store, StoreError
from index.vector_index import VectorIndex
from test_chunking import SECTIONED, make_filing


@pytest.fixture(scope="session")
def embedder():
    return get_embedder()


def disk_vectors(path) -> int:
    """Vectors in the index files on disk (loaded from the vectors directory's manifest and shards)."""
    return VectorIndex.load(path / INDEX_NAME).ntotal


def _db_counts(path, filing_id):
    with sqlite3.connect(path / "store.sqlite") as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t} WHERE filing_id=?", (filing_id,)).fetchone()[0]
                     for t in ("chunks", "facts"))


def test_round_trip_reopen_search_noop_and_remove(tmp_path, embedder):
    parsed = make_filing(sections=SECTIONED)  # two prose chunks, one per section, and a table
    fid = parsed.filing.id
    store = Store(tmp_path, embedder)
    result = store.add(parsed)
    assert result.added and result.filing_id == fid
    assert (result.tables, result.facts, result.repaired) == (1, len(parsed.facts), 1)
    assert (tmp_path / INDEX_NAME / "manifest.json").exists() and (tmp_path / "manifest.json").exists()

    reopened = Store(tmp_path, embedder)  # a new object reads everything back from disk
    assert [f.id for f in reopened.filings()] == [fid]
    assert reopened.get(fid) == parsed
    assert reopened.facts(fid) == parsed.facts
    hits = reopened.dense_search(embedder.encode_one("What revenue does the company expect for the full year?"), 3)
    assert reopened.chunk(hits[0][0]).text.startswith("Outlook")
    assert hits[0][1] >= hits[-1][1]

    generation = reopened.generation
    again = reopened.add(make_filing(sections=SECTIONED))  # same bytes: nothing changes
    assert not again.added and again.filing_id == fid and reopened.generation == generation

    assert reopened.remove(fid) and not reopened.remove(fid)
    assert reopened.filings() == [] and reopened.chunks() == [] and reopened.facts() == []
    assert _db_counts(tmp_path, fid) == (0, 0)
    assert reopened.dense_search(embedder.encode_one("full year revenue"), 5) == []
    assert disk_vectors(tmp_path) == 0
    store.refresh()  # the first object sees the removal too
    assert store.filings() == [] and store.dense_search(embedder.encode_one("revenue"), 5) == []


def test_same_id_other_content_is_stored_under_hash_suffix(tmp_path, embedder):
    store = Store(tmp_path, embedder)
    store.add(make_filing())
    other = make_filing(salt="Restated.")
    result = store.add(other)
    new_id = f"{other.filing.id}-{other.filing.content_hash[:8]}"
    assert result.added and result.filing_id == new_id and result.renamed_from == other.filing.id
    stored = store.get(new_id)
    assert stored.filing.id == new_id
    assert all(t.id.startswith(new_id + "/") for t in stored.tables)
    assert all(f.id.startswith(new_id + "/") for f in store.facts(new_id))
    assert all(c.id.startswith(new_id + "/c") and c.filing_id == new_id for c in store.chunks(new_id))
    assert {c.filing_id for c in store.chunks()} == {other.filing.id, new_id}
    within = store.dense_search(embedder.encode_one("revenue"), 10, filing_ids=[new_id])
    assert within and all(cid.startswith(new_id + "/") for cid, _ in within)
    assert store.dense_search(embedder.encode_one("revenue"), 10, filing_ids=["no-such-filing"]) == []


def test_lost_or_corrupt_faiss_file_is_rebuilt_from_sqlite(tmp_path, embedder):
    store = Store(tmp_path, embedder)
    store.add(make_filing())
    query = embedder.encode_one("full year revenue outlook")
    expected = store.dense_search(query, 3)
    for shard in (tmp_path / INDEX_NAME).glob("shard-*.faiss"):
        shard.write_bytes(b"not a faiss index")
    assert Store(tmp_path, embedder).dense_search(query, 3) == expected
    assert disk_vectors(tmp_path) == len(store.chunks())  # rewritten
    shutil.rmtree(tmp_path / INDEX_NAME)
    assert Store(tmp_path, embedder).dense_search(query, 3) == expected


def test_reader_in_another_object_picks_up_commits(tmp_path, embedder):
    writer = Store(tmp_path, embedder)
    reader = Store(tmp_path, embedder, auto_refresh=0.0)  # checks the generation on every read
    assert reader.filings() == []
    writer.add(make_filing())
    assert [f.id for f in reader.filings()] == [make_filing().filing.id]
    assert reader.dense_search(embedder.encode_one("revenue"), 1)


def test_readers_keep_answering_while_a_writer_adds(tmp_path, embedder):
    store = Store(tmp_path, embedder, auto_refresh=0.0)
    store.add(make_filing())
    query = embedder.encode_one("full year revenue outlook")
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                for cid, _ in store.dense_search(query, 5):
                    assert store.chunk(cid) is not None
                assert store.facts()
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for n in range(3):
        store.add(make_filing(f"acme_8-k_2020-0{n + 2}-01", salt=str(n)))
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert len(store.filings()) == 4


def test_cached_facts_and_chunks_are_fast(tmp_path, embedder):
    store = Store(tmp_path, embedder)
    store.add(make_filing(table_rows=200))
    store.facts(), store.chunks()  # first call loads and caches
    start = time.perf_counter()
    for _ in range(200):
        store.facts()
        store.chunks()
    assert (time.perf_counter() - start) / 200 < 0.001


def test_other_model_is_refused(tmp_path, embedder):
    store = Store(tmp_path, embedder)
    store.add(make_filing())

    class OtherModel:  # stand-in: no second embedding model is installed here to build a real one
        name, dim = "some-other-model", embedder.dim

        def encode(self, texts, batch_size=64, progress=False):
            return embedder.encode(texts)

    with pytest.raises(StoreError, match="built with all-MiniLM-L6-v2"):
        Store(tmp_path, OtherModel()).add(make_filing(salt="new"))


def test_a_file_where_the_store_should_be_is_a_clear_error(tmp_path):
    (tmp_path / "store").write_text("x")
    with pytest.raises(StoreError, match="not a store directory"):
        Store(tmp_path / "store")


@pytest.fixture(scope="module")
def real_store(tmp_path_factory, embedder, sample_path, shared_dir):
    """The sample and every reference filing, parsed by the real parser, in one store."""
    from index.commands import expand_paths
    from index.parse import parse_file

    path = tmp_path_factory.mktemp("real_store")
    store = Store(path, embedder)
    files = [sample_path] + expand_paths([str(shared_dir / "filings")])[0]
    results = {f.name: store.add(parse_file(f)) for f in files}
    return path, results


def test_every_reference_filing_indexes_whole(real_store, embedder, shared_dir):
    path, results = real_store
    assert len(results) == 11 and all(r.added and r.chunks > 0 for r in results.values())
    store = Store(path, embedder)  # reopened from disk
    assert len(store.filings()) == 11
    assert disk_vectors(path) == sum(r.chunks for r in results.values())
    for r in results.values():
        assert len(store.chunks(r.filing_id)) == r.chunks and len(store.facts(r.filing_id)) == r.facts
        assert all(c.filing_id == r.filing_id and 0 <= c.start <= c.end for c in store.chunks(r.filing_id))


def test_search_finds_the_right_chunks_among_all_filings(real_store, embedder):
    path, _ = real_store
    store = Store(path, embedder)
    hits = store.dense_search(embedder.encode_one("ImmunoGen net loss per share for the quarter"), 5)
    best = store.chunk(hits[0][0])
    assert best.filing_id == "immunogen_8k_2011-10-27" and "0.26" in best.text
    within = store.dense_search(embedder.encode_one("net loss per common share, basic and diluted"), 2,
                                filing_ids=["immunogen_8k_2011-10-27"])
    table = next(store.chunk(cid) for cid, _ in within if store.chunk(cid).kind == "table")
    assert "17,161*" in table.text and "Net loss per common share" in table.text
    parsed = store.get("immunogen_8k_2011-10-27")
    assert parsed.text[table.start:table.end].lstrip().startswith("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS")


def test_add_many_in_one_batch_handles_duplicates_and_id_collisions(tmp_path, embedder):
    store = Store(tmp_path, embedder)
    first, same, other = make_filing(), make_filing(), make_filing(salt="Restated.")
    results = store.add_many([first, same, other])
    assert [r.added for r in results] == [True, False, True]
    assert results[1].filing_id == first.filing.id
    assert results[2].filing_id == f"{other.filing.id}-{other.filing.content_hash[:8]}"
    assert len(store.chunks()) == results[0].chunks + results[2].chunks
    # one embedding call for the batch, yet every stored vector belongs to its own chunk
    with sqlite3.connect(tmp_path / "store.sqlite") as conn:
        stored = dict(conn.execute("SELECT id, vector FROM chunks").fetchall())
    chunks = store.chunks()
    fresh = embedder.encode([c.text for c in chunks])
    for chunk, vector in zip(chunks, fresh):
        assert np.allclose(np.frombuffer(stored[chunk.id], dtype=np.float32), vector, atol=1e-4)
    assert store.add_many([]) == [] and store.add_many([make_filing()])[0].added is False

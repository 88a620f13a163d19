"""The sharded vector index on small synthetic vectors with real FAISS: sealing, choice of type by
size, pre-filter by metadata, append-only saves, removal, and the manifest round trip."""

from __future__ import annotations

import numpy as np
import pytest

from index.vector_index import FilingVectors, IndexConfig, Scope, VectorIndex, read_manifest

DIM = 32


def _vectors(n: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


class Truth:
    """The source of truth the index is derived from: row id -> vector."""

    def __init__(self):
        self.next_vid = 1
        self.vecs: dict[int, np.ndarray] = {}

    def filing(self, fid: str, n: int, seed: int, **meta) -> FilingVectors:
        vids = np.arange(self.next_vid, self.next_vid + n, dtype=np.int64)
        self.next_vid += n
        vecs = _vectors(n, seed)
        self.vecs.update(zip(vids.tolist(), vecs))
        return FilingVectors(fid, vids, vecs, meta)

    def vectors_of(self, vids: np.ndarray) -> np.ndarray:
        return np.stack([self.vecs[int(v)] for v in vids])

    def exact(self, query: np.ndarray, k: int, vids: list[int] | None = None) -> list[int]:
        ids = np.array(sorted(self.vecs) if vids is None else vids)
        scores = self.vectors_of(ids) @ query
        return ids[np.lexsort((ids, -scores))][:k].tolist()


CONFIG = IndexConfig(flat_max=1_000, seal_size=2_000, nprobe=8, train_sample=1_000)


def _grown(truth: Truth, config: IndexConfig = CONFIG) -> VectorIndex:
    """Five companies' filings, 500 vectors each, in the order a crawl would add them: 12 filings."""
    vi = VectorIndex(DIM, config)
    n = 0
    for company in ("Acme", "Birch", "Cobalt"):
        for form, period in (("10-K", "FY"), ("10-Q", "Q1"), ("8-K", None), ("10-Q", "Q2")):
            vi = vi.with_changes(added=[truth.filing(f"{company.lower()}_{n}", 500, n, company=company,
                                                     form=form, fiscal_year=2023, fiscal_period=period)])
            n += 1
    return vi


def test_open_shard_is_sealed_at_seal_size_and_made_approximate_over_flat_max():
    truth = Truth()
    vi = _grown(truth)
    shards = sorted(vi.shards.values(), key=lambda s: s.id)
    assert [(s.kind, s.sealed, s.vectors) for s in shards] == [("ivf", True, 2000), ("ivf", True, 2000),
                                                                ("ivf", True, 2000)]
    vi = vi.with_changes(added=[truth.filing("late", 300, 99, company="Dune")])
    assert [(s.kind, s.sealed, s.vectors) for s in sorted(vi.shards.values(), key=lambda s: s.id)][-1] == \
        ("flat", False, 300)
    assert vi.kinds() == {"ivf": 3, "flat": 1} and vi.ntotal == 6300


def test_small_store_stays_one_exact_flat_shard_and_matches_brute_force():
    truth = Truth()
    vi = VectorIndex(DIM)  # defaults: flat up to 100k vectors
    for n in range(4):
        vi = vi.with_changes(added=[truth.filing(f"f{n}", 50, n)])
    assert vi.kinds() == {"flat": 1}
    query = _vectors(1, 1000)[0]
    ids, scores = vi.search(query, 10)
    assert ids.tolist() == truth.exact(query, 10)
    assert np.all(np.diff(scores) <= 0)


def test_adding_shares_sealed_shards_instead_of_copying_them():
    truth = Truth()
    vi = _grown(truth)
    after = vi.with_changes(added=[truth.filing("new", 10, 50, company="Acme")])
    for sid, shard in vi.shards.items():
        assert after.shards[sid] is shard


def test_scope_resolves_metadata_and_searches_only_the_shards_holding_it():
    truth = Truth()
    vi = _grown(truth)
    acme_shard = vi.filings["acme_0"].shard
    query = _vectors(1, 2000)[0]
    ids, _ = vi.search(query, 10, Scope(company="ACME"), vectors_of=truth.vectors_of)
    assert vi.touched == [acme_shard]
    acme = np.concatenate([vi.filings[f"acme_{n}"].vids for n in range(4)]).tolist()
    assert set(ids.tolist()) <= set(acme) and len(ids) == 10
    assert vi.resolve(Scope(company="cobalt", form="10q", fiscal_period="q2")) == {"cobalt_11"}
    assert vi.resolve(Scope(fiscal_year=2022)) == set()


def test_small_filter_on_an_approximate_shard_is_answered_exactly():
    truth = Truth()
    vi = _grown(truth)
    assert vi.shards[vi.filings["birch_5"].shard].kind == "ivf"
    query = _vectors(1, 3000)[0]
    ids, _ = vi.search(query, 5, Scope(filing_ids=["birch_5"]), vectors_of=truth.vectors_of)
    assert ids.tolist() == truth.exact(query, 5, vi.filings["birch_5"].vids.tolist())


def test_removal_from_flat_and_ivf_shards_drops_exactly_that_filing():
    truth = Truth()
    vi = _grown(truth)
    vi = vi.with_changes(added=[truth.filing("tail", 100, 77)])
    after = vi.with_changes(removed=["acme_1", "tail"], vectors_of=truth.vectors_of)
    assert "acme_1" not in after.filings and after.ntotal == vi.ntotal - 600
    query = truth.vectors_of(vi.filings["acme_1"].vids[:1])[0]  # its own vector: found first before removal
    assert vi.search(query, 1)[0].tolist() == [int(vi.filings["acme_1"].vids[0])]
    assert int(vi.filings["acme_1"].vids[0]) not in after.search(query, 50)[0].tolist()
    assert vi.ntotal == 6100  # the old version is untouched


def test_hnsw_shard_removal_rebuilds_it_from_the_truth():
    truth = Truth()
    vi = _grown(truth, CONFIG.model_copy(update={"approx": "hnsw"}))
    assert set(vi.kinds()) == {"hnsw"}
    after = vi.with_changes(removed=["acme_0"], vectors_of=truth.vectors_of)
    shard = after.shards[vi.filings["acme_0"].shard]
    assert shard.kind == "hnsw" and shard.vectors == 1500 and "acme_0" not in shard.filings


def test_save_load_round_trip_and_an_add_rewrites_only_the_open_shard(tmp_path):
    truth = Truth()
    vi = _grown(truth)
    vi = vi.with_changes(added=[truth.filing("tail", 100, 77, company="Dune")])
    vi.save(tmp_path, generation=7)
    files = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("shard-*.faiss")}
    assert len(files) == 4
    loaded = VectorIndex.load(tmp_path)
    query = _vectors(1, 5)[0]
    assert loaded.search(query, 10)[0].tolist() == vi.search(query, 10)[0].tolist()
    assert loaded.signature() == vi.signature() and loaded.filings["tail"].meta["company"] == "Dune"

    grown = loaded.with_changes(added=[truth.filing("tail2", 100, 78)])
    grown.save(tmp_path, generation=8)
    now = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("shard-*.faiss")}
    sealed = {name for name in files if name in now}
    assert len(sealed) == 3 and all(now[name] == files[name] for name in sealed)  # untouched files
    assert len(now) == 4  # the open shard's old file was replaced by its new version
    manifest = read_manifest(tmp_path)
    assert manifest["generation"] == 8 and manifest["filings"]["tail2"]["vectors"] == 100


def test_load_refuses_a_shard_that_disagrees_with_the_manifest(tmp_path):
    truth = Truth()
    vi = VectorIndex(DIM).with_changes(added=[truth.filing("a", 20, 1)])
    vi.save(tmp_path)
    shard = next(tmp_path.glob("shard-*.faiss"))
    shard.write_bytes(shard.read_bytes()[:100])
    with pytest.raises(ValueError, match="unreadable shard"):
        VectorIndex.load(tmp_path)


def test_partitions_route_companies_to_their_own_open_shards():
    truth = Truth()
    vi = VectorIndex(DIM, IndexConfig(partitions=4))
    for n, company in enumerate(["Acme", "Birch", "Acme", "Cobalt", "Birch"]):
        vi = vi.with_changes(added=[truth.filing(f"f{n}", 10, n, company=company)])
    by_company: dict[str, set[int]] = {}
    for fid, f in vi.filings.items():
        by_company.setdefault(f.meta["company"], set()).add(f.shard)
    assert all(len(shards) == 1 for shards in by_company.values())
    vi.search(_vectors(1, 9)[0], 3, Scope(company="Acme"))
    assert vi.touched == [vi.filings["f0"].shard]


def test_store_stats_command_prints_vectors_shards_types_and_bytes(tmp_path, capsys):
    import argparse
    import json

    from index.store import Store
    from index.store_commands import run_stats

    assert run_stats(argparse.Namespace(store=str(tmp_path / "nowhere"), json=False)) == 2
    assert "no store here" in capsys.readouterr().err
    Store(tmp_path).close()  # an empty store: no model needed
    assert run_stats(argparse.Namespace(store=str(tmp_path), json=True)) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["vectors"], stats["shards"], stats["index_types"], stats["filings_in_store"]) == (0, 0, {}, 0)
    assert stats["bytes_on_disk"] > 0  # the vectors manifest
    assert run_stats(argparse.Namespace(store=str(tmp_path), json=False)) == 0
    assert "shards       0 (none)" in capsys.readouterr().out

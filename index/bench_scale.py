"""`make bench-scale`: the vector-index figures of the capacity plan (docs/SCALE.md).

On synthetic 384-d normalized vectors (the dimension of all-MiniLM-L6-v2) drawn from a mixture of
clusters, so that a query has real near neighbours as with text embeddings (uniform random vectors
on the sphere have none, and every ANN index looks broken on them):

1. Each index type on N_SMALL vectors: bytes per million vectors, build time, recall@10 against
   exact search, single-query p50/p95 on one thread.
2. The sharded index as the store builds it (index/vector_index.py, default IndexConfig: exact flat
   shards sealed at 131,072 vectors and rebuilt as IVF-Flat) at each size: recall@10, p50/p95,
   the same with a company pre-filter (shards touched), the cost of adding one 500-chunk filing to
   it (only the open shard is rewritten) against rewriting one flat file of everything.
3. A capacity table for a 20,000-filing corpus (5-10 M chunks) on N nodes, from the measured bytes.

    python -m index.bench_scale                       # 100k and 1M, a few minutes on 2 cores
    python -m index.bench_scale --sizes 100000 --queries 100 --json out.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

from index.vector_index import FilingVectors, IndexConfig, Scope, VectorIndex, build_approx, directory_bytes

DIM = 384
K = 10
POINTS_PER_CLUSTER = 200
NOISE = 0.9  # cosine of a point to its cluster centre ~ 1/sqrt(1 + NOISE^2) ~ 0.74
CHUNKS_PER_FILING = 500
COMPANIES = 500
SQLITE_BYTES_PER_CHUNK = 14_000  # measured: 619 benchmark pages, 2,691 chunks, 37.7 MB store.sqlite (vector, chunk JSON, parsed filing, facts)


def synthetic(n: int, seed: int, centres: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """n normalized vectors around cluster centres (returned too, so queries come from the same mixture)."""
    rng = np.random.default_rng(seed)
    if centres is None:
        centres = rng.standard_normal((max(1, n // POINTS_PER_CLUSTER), DIM)).astype(np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    out = np.empty((n, DIM), dtype=np.float32)
    step = 100_000
    for a in range(0, n, step):
        b = min(n, a + step)
        x = rng.standard_normal((b - a, DIM)).astype(np.float32) * (NOISE / math.sqrt(DIM))
        x += centres[rng.integers(0, len(centres), b - a)]
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        out[a:b] = x
    return out, centres


def exact_top(data: np.ndarray, queries: np.ndarray, k: int = K) -> np.ndarray:
    index = faiss.IndexFlatIP(DIM)
    index.add(data)
    _, ids = index.search(queries, k)
    return ids


def recall(found: list[np.ndarray], truth: np.ndarray, k: int = K) -> float:
    return float(np.mean([len(set(f[:k].tolist()) & set(t[:k].tolist())) / k for f, t in zip(found, truth)]))


CPU_MS: dict[str, float] = {}


def timed_queries(search, queries: np.ndarray) -> tuple[list[np.ndarray], float, float]:
    """Run one query at a time on one thread; (results, wall p50 ms, wall p95 ms). The CPU-time p95
    (what the query costs when it gets a core to itself) is kept in CPU_MS['p50'/'p95']."""
    times, cpu, found = [], [], []
    for q in queries:
        t, c = time.perf_counter(), time.thread_time()
        found.append(search(q))
        cpu.append((time.thread_time() - c) * 1000)
        times.append((time.perf_counter() - t) * 1000)
    CPU_MS["p50"], CPU_MS["p95"] = float(np.percentile(cpu, 50)), float(np.percentile(cpu, 95))
    return found, float(np.percentile(times, 50)), float(np.percentile(times, 95))


def bench_types(n: int, n_queries: int, kinds: list[str], seed: int = 7) -> list[dict]:
    data, centres = synthetic(n, seed)
    queries, _ = synthetic(n_queries, seed + 1, centres)
    truth = exact_top(data, queries)
    ids = np.arange(n, dtype=np.int64)
    config = IndexConfig()
    rows = []
    for kind in kinds:
        t = time.perf_counter()
        if kind == "flat":
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(DIM))
            index.add_with_ids(data, ids)
        else:
            index = build_approx(kind, DIM, data, ids, config)
        build_s = time.perf_counter() - t
        nbytes = int(faiss.serialize_index(index).nbytes)
        params = faiss.SearchParametersIVF(nprobe=config.nprobe) if kind.startswith("ivf") else None

        def search(q, index=index, params=params, kind=kind):
            if kind == "ivf_pq":  # as the index serves it: k x pq_rerank candidates re-ranked exactly
                got = index.search(q.reshape(1, -1), K * config.pq_rerank, params=params)[1][0]
                got = got[got >= 0]
                return got[np.argsort(-(data[got] @ q), kind="stable")][:K]
            return index.search(q.reshape(1, -1), K, params=params)[1][0]

        found, p50, p95 = timed_queries(search, queries)
        rows.append({"vectors": n, "type": kind, "bytes_per_million": round(nbytes * 1e6 / n),
                     "build_s": round(build_s, 1), "recall@10": round(recall(found, truth), 4),
                     "p50_ms": round(p50, 2), "p95_ms": round(p95, 2),
                     "cpu_p50_ms": round(CPU_MS["p50"], 2), "cpu_p95_ms": round(CPU_MS["p95"], 2)})
        print(_row(rows[-1]), file=sys.stderr, flush=True)
        del index
    return rows


def _row(r: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in r.items())


def bench_sharded(n: int, n_queries: int, config: IndexConfig, seed: int = 11, save_dir: Path | None = None) -> dict:
    """The store's sharded index grown filing by filing (in batches) to n vectors."""
    data, centres = synthetic(n, seed)
    queries, _ = synthetic(n_queries, seed + 1, centres)
    truth = exact_top(data, queries)
    vi = VectorIndex(DIM, config)
    started = time.perf_counter()
    batch: list[FilingVectors] = []
    n_filings = math.ceil(n / CHUNKS_PER_FILING)
    for f in range(n_filings):
        a, b = f * CHUNKS_PER_FILING, min(n, (f + 1) * CHUNKS_PER_FILING)
        # a crawl adds a company's filings together: 40 filings per company here
        company = f"company{f // 40:04d}"
        batch.append(FilingVectors(f"f{f}", np.arange(a, b, dtype=np.int64), data[a:b],
                                   {"company": company, "form": "10-K" if f % 4 == 0 else "10-Q"}))
        if len(batch) * CHUNKS_PER_FILING >= 50_000 or f == n_filings - 1:
            vi = vi.with_changes(added=batch)
            batch = []
    build_s = time.perf_counter() - started
    stats = vi.stats()

    def vectors_of(vids: np.ndarray) -> np.ndarray:
        return data[vids]

    found, p50, p95 = timed_queries(lambda q: vi.search(q, K, vectors_of=vectors_of)[0], queries)
    cpu50, cpu95 = CPU_MS["p50"], CPU_MS["p95"]
    rec = recall(found, truth)
    company = vi.filings[f"f{n_filings // 2}"].meta["company"]
    allowed = np.concatenate([vi.filings[f].vids for f in vi.resolve(Scope(company=company))])
    scoped_truth = []
    for q in queries:
        s = data[allowed] @ q
        scoped_truth.append(allowed[np.lexsort((allowed, -s))][:K])
    touched: list[int] = []

    def scoped(q):
        ids = vi.search(q, K, Scope(company=company), vectors_of=vectors_of)[0]
        touched.append(len(vi.touched))
        return ids

    sfound, sp50, sp95 = timed_queries(scoped, queries)
    out = {"vectors": n, "shards": stats["shards"], "index_types": stats["index_types"],
           "bytes": stats["bytes"], "bytes_per_million": round(stats["bytes"] * 1e6 / n), "build_s": round(build_s, 1),
           "recall@10": round(rec, 4), "p50_ms": round(p50, 2), "p95_ms": round(p95, 2),
           "cpu_p50_ms": round(cpu50, 2), "cpu_p95_ms": round(cpu95, 2),
           "scoped_company": {"vectors_allowed": int(len(allowed)), "shards_touched": max(touched),
                              "recall@10": round(recall(sfound, np.array(scoped_truth)), 4),
                              "p50_ms": round(sp50, 2), "p95_ms": round(sp95, 2)}}
    if save_dir is not None:
        out["append"] = bench_append(vi, data, save_dir)
    print(_row(out), file=sys.stderr, flush=True)
    return out


def bench_append(vi: VectorIndex, data: np.ndarray, directory: Path) -> dict:
    """Save the index, add one 500-chunk filing, save again: what an add writes, against one flat file."""
    shutil.rmtree(directory, ignore_errors=True)
    t = time.perf_counter()
    vi.save(directory)
    first_s = time.perf_counter() - t
    before = {p.name for p in directory.glob("shard-*.faiss")}
    extra, _ = synthetic(CHUNKS_PER_FILING, 99)
    start = int(max(f.vids.max() for f in vi.filings.values())) + 1
    t = time.perf_counter()
    grown = vi.with_changes(added=[FilingVectors("new", np.arange(start, start + len(extra)), extra, {"company": "new"})])
    grown.save(directory)
    add_s = time.perf_counter() - t
    written = [p for p in directory.glob("shard-*.faiss") if p.name not in before]
    flat = faiss.IndexFlatIP(DIM)
    flat.add(data)
    t = time.perf_counter()
    faiss.write_index(flat, str(directory / "one-flat-file.faiss"))
    flat_s = time.perf_counter() - t
    flat_bytes = (directory / "one-flat-file.faiss").stat().st_size
    (directory / "one-flat-file.faiss").unlink()
    result = {"first_save_s": round(first_s, 1), "add_one_filing_s": round(add_s, 2),
              "add_bytes_written": sum(p.stat().st_size for p in written), "add_files_written": len(written),
              "index_bytes_on_disk": directory_bytes(directory),
              "rewrite_one_flat_file_s": round(flat_s, 1), "one_flat_file_bytes": flat_bytes}
    shutil.rmtree(directory, ignore_errors=True)
    return result


def capacity(bytes_per_million: dict[str, float], chunks: int = 10_000_000, nodes: tuple[int, ...] = (1, 2, 4, 8),
             node_ram_gb: float = 32) -> list[dict]:
    """RAM per node for the index of `chunks` vectors split evenly over N nodes, by index type, plus
    the SQLite truth (vectors + chunk JSON) on disk."""
    rows = []
    for n in nodes:
        row: dict = {"nodes": n, "chunks_per_node": chunks // n}
        for kind, bpm in bytes_per_million.items():
            gb = bpm * chunks / 1e6 / n / 1e9
            row[f"{kind}_gb_per_node"] = round(gb, 2)
        row["sqlite_disk_gb"] = round(SQLITE_BYTES_PER_CHUNK * chunks / n / 1e9, 1)
        row["fits_ram"] = [k for k, bpm in bytes_per_million.items() if bpm * chunks / 1e6 / n / 1e9 < node_ram_gb * 0.5]
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index.bench_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated vector counts for the sharded index")
    parser.add_argument("--types-size", type=int, default=100_000, help="vectors for the per-type comparison")
    parser.add_argument("--types", default="flat,ivf,ivf_sq8,ivf_pq")
    parser.add_argument("--hnsw-size", type=int, default=20_000,
                        help="vectors for HNSW (its build is the slowest: ~2 ms per vector on a busy 2-core machine); 0 to skip")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--json", help="write every figure here")
    parser.add_argument("--no-append", action="store_true", help="skip the save/append figures (disk writes)")
    args = parser.parse_args(argv)
    faiss.omp_set_num_threads(1)  # see qa/retrieve.py _one_thread: threads that wait on busy cores cost more
    started = time.perf_counter()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    result: dict = {"dim": DIM, "k": K, "queries": args.queries, "cores": os.cpu_count(),
                    "config": IndexConfig().model_dump()}
    print(f"per-type comparison on {args.types_size:,} vectors", file=sys.stderr)
    result["types"] = bench_types(args.types_size, args.queries, [t for t in args.types.split(",") if t])
    if args.hnsw_size:
        print(f"HNSW on {args.hnsw_size:,} vectors", file=sys.stderr)
        result["types"] += bench_types(args.hnsw_size, args.queries, ["hnsw"])
    result["sharded"] = []
    tmp = Path(tempfile.mkdtemp(prefix="filingqa-bench-scale-"))
    try:
        for n in sizes:
            print(f"sharded index, {n:,} vectors", file=sys.stderr)
            result["sharded"].append(bench_sharded(n, args.queries, IndexConfig(),
                                                   save_dir=None if args.no_append else tmp / str(n)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    bpm = {r["type"]: r["bytes_per_million"] for r in result["types"]}
    result["capacity_10M_chunks"] = capacity(bpm)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["load"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(report(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0


def report(r: dict) -> str:
    lines = [f"## Index types on {r['types'][0]['vectors']:,} synthetic {r['dim']}-d vectors ({r['queries']} queries, one thread)",
             "", "| type | vectors | bytes / 1M vectors | build s | recall@10 | p50 / p95 ms (wall) | p50 / p95 ms (CPU) |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t in r["types"]:
        lines.append(f"| {t['type']} | {t['vectors']:,} | {t['bytes_per_million'] / 1e6:,.0f} MB | {t['build_s']} | "
                     f"{t['recall@10']:.3f} | {t['p50_ms']} / {t['p95_ms']} | {t['cpu_p50_ms']} / {t['cpu_p95_ms']} |")
    lines += ["", "## Sharded index as the store builds it (default IndexConfig)", "",
              "| vectors | shards (types) | MB | recall@10 | p50 / p95 ms (wall) | p50 / p95 ms (CPU) | company scope: shards touched, recall@10, p50 / p95 ms | add one filing: s, MB written (one flat file: s, MB) |",
              "|---:|---|---:|---:|---:|---:|---|---|"]
    for s in r["sharded"]:
        sc = s["scoped_company"]
        ap = s.get("append")
        add = (f"{ap['add_one_filing_s']} s, {ap['add_bytes_written'] / 1e6:,.0f} MB ({ap['rewrite_one_flat_file_s']} s, "
               f"{ap['one_flat_file_bytes'] / 1e6:,.0f} MB)") if ap else "-"
        lines.append(f"| {s['vectors']:,} | {s['shards']} ({', '.join(f'{k} {v}' for k, v in s['index_types'].items())}) | "
                     f"{s['bytes'] / 1e6:,.0f} | {s['recall@10']:.3f} | {s['p50_ms']} / {s['p95_ms']} | {s['cpu_p50_ms']} / {s['cpu_p95_ms']} | "
                     f"{sc['shards_touched']}, {sc['recall@10']:.3f}, {sc['p50_ms']} / {sc['p95_ms']} | {add} |")
    lines += ["", "## 10 M chunks on N nodes: index RAM per node (GB) by type; SQLite truth on disk per node", ""]
    cap = r["capacity_10M_chunks"]
    kinds = [k[:-len("_gb_per_node")] for k in cap[0] if k.endswith("_gb_per_node")]
    lines.append("| nodes | chunks / node | " + " | ".join(kinds) + " | SQLite GB |")
    lines.append("|---:|---:|" + "---:|" * len(kinds) + "---:|")
    for c in cap:
        lines.append(f"| {c['nodes']} | {c['chunks_per_node']:,} | " + " | ".join(str(c[f'{k}_gb_per_node']) for k in kinds)
                     + f" | {c['sqlite_disk_gb']} |")
    lines.append(f"\n(total {r['seconds']} s on {r['cores']} cores, load average {r.get('load', '?')})")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())

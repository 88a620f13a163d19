"""Query latency of `Answerer.ask` and of retrieval alone, with the model already loaded.

`make bench-qa` (or `python -m qa.bench`). Two stores, built once under a cache directory and
reused on later runs (a filing already in a store is not parsed again):

1. the sample filing, asked the golden questions written for it;
2. every page of ../shared/data/finqa_dev.json as one document each, asked FinQA's questions
   over the whole store (no filing filter: retrieval has to find the page).

A benchmark, not a test: it prints figures and asserts nothing. docs/QA_BENCH.md records them.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FILINGQA_SHARED", ROOT.parent / "shared"))
# default data: the bundled sample filing and the golden file named after it (`--filing` / `--golden` change them)
DEFAULT_BENCH_FILING = min((ROOT / "samples").glob("*.*"), default=ROOT / "samples" / "missing")
DEFAULT_BENCH_GOLDEN = SHARED / "golden" / f"{DEFAULT_BENCH_FILING.stem}.jsonl"
FINQA = SHARED / "data" / "finqa_dev.json"
TATQA = SHARED / "data" / "tatqa_dev.json"
DEFAULT_DIR = Path(tempfile.gettempdir()) / "filingqa-bench"


def _page(record: dict) -> str:
    return record.get("filename") or record["id"].rsplit("-", 1)[0]


def finqa_document(record: dict) -> tuple[str, bytes]:
    """(file name, bytes) of a FinQA record's page: pre_text, the table as tab-separated lines, post_text.

    Uses the evaluation stage's renderer (evals.pages.finqa_page) when it is there, so the
    bench indexes the same documents the evaluations do.
    """
    try:
        from evals.pages import finqa_page
    except ImportError:
        return _render_finqa(_page(record), record)
    doc = finqa_page(record)
    return doc.name, doc.data()


def finqa_documents(path: Path) -> list[tuple[str, bytes]]:
    """One document per distinct FinQA page."""
    pages: dict[str, dict] = {}
    for record in json.loads(path.read_text(encoding="utf-8")):
        pages.setdefault(_page(record), record)
    return [finqa_document(record) for record in pages.values()]


def _render_finqa(page: str, record: dict) -> tuple[str, bytes]:
    import re

    def para(sentences: list[str]) -> list[str]:
        return [s.strip() for s in sentences if re.search(r"[A-Za-z0-9]", s or "")]

    def cell(value: object) -> str:
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", str(value))).strip()

    table = "\n".join("\t".join(cell(c) for c in row) for row in record.get("table_ori") or record.get("table") or [])
    text = "\n\n".join(p for p in [*para(record.get("pre_text", [])), table, *para(record.get("post_text", []))] if p)
    slug = re.sub(r"[^a-z0-9_]+", "-", page.lower().removesuffix(".pdf")).strip("-")
    return f"finqa_{slug}.txt", (text + "\n").encode("utf-8")


def tatqa_documents(path: Path) -> list[tuple[str, bytes]]:
    """One document per TAT-QA dev context (table, then paragraphs), via evals.pages."""
    from evals.pages import tatqa_page

    docs = [tatqa_page(context) for context in json.loads(path.read_text(encoding="utf-8"))]
    return [(d.name, d.data()) for d in docs]


def golden_questions(path: Path) -> list[str]:
    """Every question in the golden file, conversation turns included (each asked on its own)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.extend([item["question"]] if "question" in item else [t["question"] for t in item["conversation"]])
    return out


def finqa_questions(path: Path) -> list[str]:
    return [r["qa"]["question"] for r in json.loads(path.read_text(encoding="utf-8"))]


def build_store(directory: Path, documents: list[tuple[str, bytes]], embedder):
    """Open (or create) the store and add the documents it does not hold yet; one line per problem."""
    from index.errors import FilingError
    from index.parse import parse_bytes
    from index.store import Store

    store = Store(directory, embedder=embedder)
    held = {f.source_name for f in store.filings()}
    todo = [(name, data) for name, data in documents if name not in held]
    if todo:
        print(f"indexing {len(todo)} documents into {directory} ...", flush=True)
    started = time.perf_counter()
    for name, data in todo:
        try:
            store.add(parse_bytes(data, name))
        except FilingError as exc:
            print(f"  skipped {name}: {exc.message}", file=sys.stderr)
    if todo:
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return store


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: a reported p95 is a latency that happened)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(len(ordered) * q / 100) - 1))]


def time_calls(fn: Callable[[str], object], questions: list[str], repeat: int) -> list[float]:
    """Milliseconds per call, each question `repeat` times, after one untimed warm-up call."""
    fn(questions[0])
    out = []
    for _ in range(repeat):
        for q in questions:
            started = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - started) * 1000)
    return out


def summary(name: str, ms: list[float]) -> dict:
    return {
        "case": name, "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
        "max_ms": round(max(ms), 1), "mean_ms": round(statistics.fmean(ms), 1),
    }


def retrieval_quality(retriever, cases: list[tuple[str, Callable[[object], bool]]], k: int = 8) -> dict:
    """Share of questions whose first relevant hit is at rank 1 / within k, and the MRR@k."""
    ranks = []
    for question, relevant in cases:
        hits = retriever.search(question, k=k)
        ranks.append(next((i for i, h in enumerate(hits, start=1) if relevant(h)), None))
    n = len(ranks)
    return {
        "n": n,
        "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
        f"hit@{k}": round(sum(r is not None for r in ranks) / n, 3),
        f"mrr@{k}": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def golden_cases(path: Path) -> list[tuple[str, Callable[[object], bool]]]:
    """Golden questions with evidence: a hit is relevant when its text holds the first evidence string."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        if item.get("question") and item.get("evidence"):
            want = item["evidence"][0].lower()
            cases.append((item["question"], lambda h, w=want: w in h.chunk.text.lower()))
    return cases


def finqa_cases(path: Path, store) -> list[tuple[str, Callable[[object], bool]]]:
    """FinQA questions over the whole store: a hit is relevant when it comes from the question's page."""
    by_name = {f.source_name: f.id for f in store.filings()}
    cases = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        filing_id = by_name.get(finqa_document(record)[0])
        if filing_id:
            cases.append((record["qa"]["question"], lambda h, f=filing_id: h.filing_id == f))
    return cases


def bench_store(label: str, store, questions: list[str], repeat: int, embedder) -> list[dict]:
    from qa.retrieve import Retriever

    retriever = Retriever(store, embedder)
    retriever.snapshot()  # the BM25 build belongs to indexing time, not to the first query
    rows = [
        summary(f"{label}: query encode only", time_calls(retriever.encode_query, questions, repeat)),
        summary(f"{label}: retrieval (k=8)", time_calls(lambda q: retriever.search(q, k=8), questions, repeat)),
    ]
    answerer = _answerer(store, embedder)
    if answerer is not None:
        rows.append(summary(f"{label}: Answerer.ask", time_calls(lambda q: answerer.ask(q), questions, repeat)))
    return rows


def _answerer(store, embedder):
    try:
        from qa.answer import Answerer
    except ImportError as exc:
        print(f"qa.answer not available ({exc}); timing retrieval only", file=sys.stderr)
        return None
    return Answerer(store, embedder)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = argparse.ArgumentParser(prog="python -m qa.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help=f"where the stores are kept (default {DEFAULT_DIR})")
    parser.add_argument("--repeat", type=int, default=3, help="times each question is asked (default 3)")
    parser.add_argument("--finqa-questions", type=int, default=200, help="FinQA questions to ask (default all 200)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON lines")
    parser.add_argument("--filing", type=Path, default=DEFAULT_BENCH_FILING,
                        help=f"the filing of the small store (default {DEFAULT_BENCH_FILING.name})")
    parser.add_argument("--golden", type=Path, default=DEFAULT_BENCH_GOLDEN,
                        help=f"golden questions over that filing (default {DEFAULT_BENCH_GOLDEN.name})")
    parser.add_argument("--big", action="store_true",
                        help="also time a store of FinQA + TAT-QA dev pages (1000+ chunks; slow to build once)")
    args = parser.parse_args(argv)
    for needed in (args.filing, args.golden, FINQA):
        if not needed.exists():
            print(f"error: {needed} not found (set FILINGQA_SHARED)", file=sys.stderr)
            return 2

    from index.embedding import get_embedder

    started = time.perf_counter()
    embedder = get_embedder()
    embedder.encode(["warm up"])
    print(f"model loaded in {time.perf_counter() - started:.1f} s", flush=True)

    sample_store = build_store(args.dir / "sample", [(args.filing.name, args.filing.read_bytes())], embedder)
    finqa_store = build_store(args.dir / "finqa_dev", finqa_documents(FINQA), embedder)
    cases = [
        ("sample", sample_store, golden_questions(args.golden)),
        ("finqa_dev", finqa_store, finqa_questions(FINQA)[: args.finqa_questions]),
    ]
    if args.big:
        big = build_store(args.dir / "finqa_tatqa_dev", finqa_documents(FINQA) + tatqa_documents(TATQA), embedder)
        cases.append(("finqa+tatqa", big, finqa_questions(FINQA)[: args.finqa_questions]))
    rows = []
    for label, store, questions in cases:
        n_chunks, n_filings = len(store.chunks()), len(store.filings())
        print(f"{label}: {n_filings} filings, {n_chunks} chunks, {len(questions)} questions x {args.repeat}", flush=True)
        rows.extend(bench_store(label, store, questions, args.repeat, embedder))

    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.1f} (1 min), {os.cpu_count()} cores", flush=True)
    from qa.retrieve import Retriever

    quality = {
        "sample golden (evidence in chunk)": retrieval_quality(Retriever(sample_store, embedder), golden_cases(args.golden)),
        "finqa_dev (chunk from the page)": retrieval_quality(Retriever(finqa_store, embedder), finqa_cases(FINQA, finqa_store)),
    }
    if args.json:
        for row in rows:
            print(json.dumps(row))
        for name, q in quality.items():
            print(json.dumps({"quality": name, **q}))
    else:
        print(f"\n{'case':<34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'mean ms':>8}")
        for r in rows:
            print(f"{r['case']:<34} {r['n']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8} {r['mean_ms']:>8}")
        print("\nretrieval quality (k=8)")
        for name, q in quality.items():
            print(f"  {name:<36} " + "  ".join(f"{key} {value}" for key, value in q.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

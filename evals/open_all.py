"""Open-setting retrieval over every benchmark page at once: FinQA, TAT-QA and ConvFinQA dev in one store.

Every page of the three dev splits (about 620) goes into one store and each question's first turn is
a retrieval query naming no page, so retrieval must find the page among all of them and the evidence
inside it. The figure of merit is `all@5`: the share of questions whose gold evidence pieces are
ALL in the top 5 passages (a multi-step FinQA question needs every row it computes from). The
per-piece recall@k of the main harness (`evals.metrics.retrieval_recall`) is reported beside it.

Pages are split in two by a hash of their name (`--learn-share`, default half): the "learn" half is
what retrieval settings may be tuned on, the "validate" half is only ever reported. Both figures are
printed, overall and per dataset.

    python -m evals.open_all --store /tmp/openall/store --out /tmp/openall/run

The store is reused between runs (a page already stored is not parsed or embedded again); a change
to chunking needs a fresh --store. Retrieval only: no answering, so a run over ~2,200 questions takes
a minute once the store exists.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from evals import adapters
from evals.metrics import RECALL_KS, evidence_ranks, percentile, retrieval_recall
from evals.models import Document, EvalItem

DATASETS = ("finqa", "tatqa", "convfinqa")
TARGET_K = 5


def split_of(document_name: str, learn_share: float = 0.5) -> str:
    """'learn' or 'validate' for a page, by a stable hash of its name (same page, same half, every run)."""
    bucket = int(hashlib.sha256(document_name.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "learn" if bucket < learn_share else "validate"


def load_items(datasets: tuple[str, ...] = DATASETS) -> list[tuple[str, EvalItem]]:
    return [(d, item) for d in datasets for item in adapters.load(d)]


def index_pages(store, documents: list[Document], batch: int = 32, progress: bool = True) -> dict[str, str]:
    """Parse and add every page not yet stored (by content hash); returns page name -> filing id."""
    from index.parse import parse_bytes

    by_hash = {f.content_hash: f.id for f in store.filings()}
    ids: dict[str, str] = {}
    todo = []
    for doc in documents:
        digest = hashlib.sha256(doc.data()).hexdigest()
        if digest in by_hash:
            ids[doc.name] = by_hash[digest]
        else:
            todo.append(doc)
    started = time.perf_counter()
    for i in range(0, len(todo), batch):
        parsed = []
        for doc in todo[i:i + batch]:
            try:
                parsed.append((doc, parse_bytes(doc.data(), doc.name)))
            except Exception as exc:  # a page the parser rejects is reported, not fatal
                print(f"skip {doc.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        for (doc, _), result in zip(parsed, store.add_many([p for _, p in parsed])):
            ids[doc.name] = result.filing_id
        if progress:
            done = min(i + batch, len(todo))
            print(f"indexed {done}/{len(todo)} new pages ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return ids


def _summary(rows: list[dict]) -> dict:
    with_ev = [r for r in rows if r["ranks"]]
    out: dict = {"questions": len(with_ev)}
    if not with_ev:
        return out
    out[f"all@{TARGET_K}"] = sum(all(x is not None and x <= TARGET_K for x in r["ranks"]) for r in with_ev) / len(with_ev)
    out["page@1"] = sum(r["page_rank"] == 1 for r in with_ev) / len(with_ev)
    out[f"page@{TARGET_K}"] = sum(r["page_rank"] is not None and r["page_rank"] <= TARGET_K for r in with_ev) / len(with_ev)
    out.update(retrieval_recall([{"retrieval_ranks": r["ranks"]} for r in with_ev]))
    out.pop("n", None)
    lat = [r["ms"] for r in with_ev]
    out["latency_ms_p50"] = round(percentile(lat, 50) or 0, 2)
    out["latency_ms_p95"] = round(percentile(lat, 95) or 0, 2)
    return out


def evaluate(retriever, items: list[tuple[str, EvalItem]], ids: dict[str, str], k: int = max(RECALL_KS),
             learn_share: float = 0.5, progress: bool = True) -> tuple[list[dict], dict]:
    """Ask each item's first turn with no page named; per-question rows and the summary by split/dataset."""
    rows = []
    for n, (dataset, item) in enumerate(items):
        turn = item.turns[0]
        if not turn.evidence:
            continue
        started = time.perf_counter()
        hits = retriever.search(turn.question, k=k)
        ms = (time.perf_counter() - started) * 1000
        page = item.documents[0].name
        want = ids.get(page)
        page_rank = next((i for i, h in enumerate(hits, 1) if h.filing_id == want), None)
        rows.append({"id": item.id, "dataset": dataset, "split": split_of(page, learn_share),
                     "question": turn.question, "page": page, "page_rank": page_rank,
                     "ranks": evidence_ranks([h.chunk.text for h in hits], turn.evidence),
                     "top_filings": [h.filing_id for h in hits[:TARGET_K]], "ms": round(ms, 2)})
        if progress and n % 500 == 0:
            print(f"asked {n}/{len(items)}", file=sys.stderr)
    summary: dict = {}
    for split in ("all", "learn", "validate"):
        part = [r for r in rows if split == "all" or r["split"] == split]
        summary[split] = {"overall": _summary(part)}
        for d in DATASETS:
            summary[split][d] = _summary([r for r in part if r["dataset"] == d])
    return rows, summary


def passage_fit(store, items: list[tuple[str, EvalItem]], ids: dict[str, str], learn_share: float = 0.5) -> dict:
    """How many pages fit each question as well as its own page does: a ceiling no general ranking can pass.

    The question's BM25 words (`qa.retrieve.query_tokens`) that the gold page's best passage holds
    are the words it is found by; every page with one passage holding all of those words fits the
    question at least as well, word for word. With n such pages a ranker that reads only the
    question's words picks the right one 1/n of the time on average (frequency, word order and
    meaning can break some ties, so this is a guide, not a proof). Per split: questions, the share
    with a single fitting page, with at most two, with ten or more, and the mean of 1/n.
    """
    from qa.retrieve import query_tokens, tokenize

    passages: dict[str, list[set[str]]] = {}
    for chunk in store.chunks():
        passages.setdefault(chunk.filing_id, []).append(set(tokenize(f"{chunk.section or ''} {chunk.text}")))
    out: dict = {}
    for split in ("learn", "validate"):
        fits = []
        for _, item in items:
            page = item.documents[0].name
            if not item.turns[0].evidence or split_of(page, learn_share) != split or ids.get(page) not in passages:
                continue
            words = set(query_tokens(item.turns[0].question))
            found = max((words & p for p in passages[ids[page]]), key=len)
            fits.append(sum(any(found <= p for p in ps) for ps in passages.values()))
        n = len(fits)
        if n:
            out[split] = {"questions": n, "one page": sum(f == 1 for f in fits) / n,
                          "at most 2": sum(f <= 2 for f in fits) / n, "10 or more": sum(f >= 10 for f in fits) / n,
                          "mean 1/pages": sum(1 / f for f in fits) / n}
    return out


def format_fit(fit: dict) -> str:
    lines = ["", "Pages fitting each question as well as its own page (`passage_fit`):", "",
             "| split | questions | one page | at most 2 | 10 or more | mean 1/pages |", "|---|---:|---:|---:|---:|---:|"]
    for split, f in fit.items():
        lines.append(f"| {split} | {f['questions']} | {f['one page']:.3f} | {f['at most 2']:.3f} | {f['10 or more']:.3f} | "
                     f"{f['mean 1/pages']:.3f} |")
    return "\n".join(lines) + "\n"


def format_summary(summary: dict, facts: dict) -> str:
    lines = [f"# Open setting over {facts['pages']} pages ({', '.join(DATASETS)} dev), {facts['chunks']} chunks", "",
             f"| split | set | questions | all@{TARGET_K} | page@1 | page@{TARGET_K} | recall@1 | recall@5 | recall@10 | p50 / p95 ms |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for split, by_set in summary.items():
        for name, s in by_set.items():
            if not s.get("questions"):
                continue
            lines.append(f"| {split} | {name} | {s['questions']} | {s[f'all@{TARGET_K}']:.3f} | {s['page@1']:.3f} | "
                         f"{s[f'page@{TARGET_K}']:.3f} | {s['recall@1']:.3f} | {s['recall@5']:.3f} | {s['recall@10']:.3f} | "
                         f"{s['latency_ms_p50']} / {s['latency_ms_p95']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.open_all", description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default="/tmp/filingqa-open-all/store", help="store directory (reused between runs)")
    parser.add_argument("--out", default="/tmp/filingqa-open-all/run", help="where results.jsonl and summary go")
    parser.add_argument("--learn-share", type=float, default=0.5, help="share of pages in the learn half")
    parser.add_argument("--limit", type=int, default=None, help="ask only the first N questions of each dataset")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--ambiguity", action="store_true",
                        help="also count the pages that fit each question as well as its own (passage_fit)")
    args = parser.parse_args(argv)
    if not 0 < args.learn_share < 1:
        parser.error("--learn-share must be between 0 and 1")

    from index.store import Store
    from qa.retrieve import Retriever

    items = load_items()
    documents = list({d.name: d for _, item in items for d in item.documents}.values())
    store = Store(args.store)
    started = time.perf_counter()
    ids = index_pages(store, documents, progress=not args.quiet)
    index_s = time.perf_counter() - started
    if args.limit:
        seen: dict[str, int] = {}
        kept = []
        for d, item in items:
            seen[d] = seen.get(d, 0) + 1
            if seen[d] <= args.limit:
                kept.append((d, item))
        items = kept
    retriever = Retriever(store)
    retriever.search("warm up the model and the lexical index", k=1)
    rows, summary = evaluate(retriever, items, ids, learn_share=args.learn_share, progress=not args.quiet)
    facts = {"pages": len(documents), "indexed": len(ids), "chunks": len(store.chunks()),
             "index_seconds": round(index_s, 1), "store": str(args.store), "learn_share": args.learn_share,
             "command": "python -m evals.open_all " + " ".join(argv if argv is not None else sys.argv[1:])}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "results.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    fit = passage_fit(store, items, ids, args.learn_share) if args.ambiguity else None
    (out / "summary.json").write_text(json.dumps({"facts": facts, "summary": summary, "passage_fit": fit}, indent=2) + "\n")
    text = format_summary(summary, facts) + (format_fit(fit) if fit else "")
    (out / "summary.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

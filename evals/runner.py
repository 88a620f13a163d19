"""Run a benchmark: index its pages, ask every turn, score, and hand the results to the report.

Settings for page-based benchmarks:
- `oracle`: each question is asked against its own page (filing_id given). All needed pages go
  into one store and each question names its filing, which is as good as a store per page and
  indexes each page once. An item whose evidence spans pages gets those pages as one document.
- `open`: every page of the whole split goes into one store and questions name no filing, so
  retrieval has to find the page among all of them.

Retrieval recall is measured on each item's first turn only (a follow-up like "and in 2005?"
is not a retrieval query on its own), in-process only (the HTTP API does not expose retrieval).
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from evals import adapters, pages, tatqa_official
from evals.backends import Backend, HttpBackend, IndexFailure, LocalBackend
from evals.metrics import RECALL_KS, cites, evidence_ranks
from evals.models import Document, EvalItem
from evals.scoring import score

SETTINGS = ("oracle", "open")


@dataclass
class RunConfig:
    dataset: str
    path: str | None = None
    filings_dirs: list[str] = field(default_factory=list)
    limit: int | None = None
    seed: int | None = None
    setting: str = "oracle"
    url: str | None = None
    api_key: str | None = None
    llm_url: str | None = None
    out: str = "eval-out"
    store: str | None = None
    retrieval_k: int = max(RECALL_KS)
    progress: bool = True
    command: str = ""

    def validate(self) -> None:
        if self.setting not in SETTINGS:
            raise ValueError(f"--setting must be one of {', '.join(SETTINGS)}, not {self.setting!r}")
        if self.limit is not None and self.limit <= 0:
            raise ValueError("--limit must be greater than 0")
        if self.url and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"--url must start with http:// or https://, not {self.url!r}")


def select(items: list[EvalItem], limit: int | None, seed: int | None) -> list[EvalItem]:
    """The first `limit` items, or with a seed a random sample of that size kept in dataset order."""
    if limit is None or limit >= len(items):
        return items
    if seed is None:
        return items[:limit]
    chosen = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in chosen]


def _unique(documents: list[Document]) -> list[Document]:
    return list({d.name: d for d in documents}.values())


def _index_all(backend: Backend, documents: list[Document], progress: bool) -> tuple[dict[str, str], dict[str, str]]:
    """Index every document once; returns name -> filing id and name -> failure message."""
    from tqdm import tqdm

    ids, failures = {}, {}
    for document in tqdm(documents, desc="indexing", unit="doc", disable=not progress, file=sys.stderr):
        try:
            ids[document.name] = backend.index(document)
        except IndexFailure as exc:
            failures[document.name] = str(exc)
    return ids, failures


def _citation_counts(answer: dict | None, evidence: list) -> tuple[int | None, int | None]:
    if answer is None or not evidence:
        return None, None
    citations = answer.get("citations") or []
    good = sum(1 for c in citations if any(cites(c.get("quote", ""), e) for e in evidence))
    return len(citations), good


def _error_result(item: EvalItem, t: int, message: str) -> dict:
    turn = item.turns[t]
    return {"id": item.id, "turn": t, "question": turn.question, "answer": None,
            "gold": turn.gold.model_dump(mode="json"), "correct": None if turn.gold.type == "unscored" else False,
            "lenient": None if turn.gold.type == "unscored" else False, "qtype": turn.qtype, "status": None,
            "reason": "error", "predicted": None, "latency_ms": None, "error": message,
            "retrieval_ranks": None, "citations_total": None, "citations_with_evidence": None,
            "confidence": None, "alternative_right": None, "benchmark_gold": turn.benchmark_gold,
            "official": official_scores(None, turn.benchmark_gold)}


def official_scores(answer: dict | None, benchmark_gold: dict | None) -> dict | None:
    """The benchmark's own metric on one turn, where the harness reimplements it (TAT-QA EM/F1)."""
    if benchmark_gold and benchmark_gold.get("benchmark") == "tatqa":
        return tatqa_official.score_answer(answer, benchmark_gold)
    return None


def ask_item(backend: Backend, item: EvalItem, filing_id: str | None, retrieval_k: int) -> list[dict]:
    """Ask every turn of an item in one session; one result dict per turn."""
    results = []
    try:
        session = backend.session(filing_id, len(item.turns))
    except Exception as exc:
        return [_error_result(item, t, f"session: {exc}".splitlines()[0]) for t in range(len(item.turns))]
    for t, turn in enumerate(item.turns):
        started = time.perf_counter()
        try:
            answer = session.ask(turn.question)
        except Exception as exc:
            results.append(_error_result(item, t, f"{type(exc).__name__}: {exc}".splitlines()[0]))
            continue
        latency_ms = (time.perf_counter() - started) * 1000
        verdict = score(answer, turn.gold, turn.question)
        ranks = None
        if t == 0 and turn.evidence and retrieval_k:
            passages = backend.retrieve(turn.question, filing_id, retrieval_k)
            ranks = evidence_ranks(passages, turn.evidence) if passages is not None else None
        total, good = _citation_counts(answer, turn.evidence)
        results.append({
            "id": item.id, "turn": t, "question": turn.question, "answer": answer,
            "gold": turn.gold.model_dump(mode="json"), "correct": verdict.correct, "lenient": verdict.lenient,
            "qtype": turn.qtype, "status": answer.get("status"), "reason": verdict.reason,
            "predicted": verdict.predicted, "latency_ms": round(latency_ms, 2), "error": None,
            "retrieval_ranks": ranks, "citations_total": total, "citations_with_evidence": good,
            "confidence": answer.get("confidence"), "alternative_right": verdict.alternative_right,
            "benchmark_gold": turn.benchmark_gold, "official": official_scores(answer, turn.benchmark_gold),
        })
    return results


def make_backend(config: RunConfig) -> Backend:
    if config.url:
        return HttpBackend(config.url, api_key=config.api_key)
    store = Path(config.store) if config.store else Path(config.out) / "store"
    return LocalBackend(store, llm_url=config.llm_url)


def run(config: RunConfig, backend: Backend | None = None) -> tuple[list[dict], dict]:
    """Run the benchmark; returns the per-turn results and run facts (for `evals.report.write`)."""
    from tqdm import tqdm

    config.validate()
    started_at = time.time()
    path = Path(config.path) if config.path else adapters.DEFAULT_PATHS[config.dataset]
    every_item = adapters.load(config.dataset, path, config.filings_dirs or None)
    items = select(every_item, config.limit, config.seed)
    own_backend = backend is None
    backend = backend or make_backend(config)
    try:
        if config.setting == "oracle":
            asked_docs = {item.id: pages.combined(item.documents) for item in items}
            to_index = _unique(list(asked_docs.values()))
        else:
            asked_docs = {}
            to_index = _unique([d for item in every_item for d in item.documents])
        index_started = time.perf_counter()
        ids, failures = _index_all(backend, to_index, config.progress)
        index_seconds = time.perf_counter() - index_started
        stray = sorted(backend.filing_ids() - set(ids.values())) if config.setting == "open" else []
        if stray:
            print(f"warning: the store holds {len(stray)} filings outside this split; open-setting retrieval "
                  f"searches them too (use a fresh --store)", file=sys.stderr)

        results: list[dict] = []
        bar = tqdm(total=sum(len(i.turns) for i in items), desc=f"{config.dataset} {config.setting}", unit="q",
                   disable=not config.progress, file=sys.stderr)
        right = scored = 0
        for item in items:
            filing_id = None
            if config.setting == "oracle":
                name = asked_docs[item.id].name
                if name not in ids:
                    item_results = [_error_result(item, t, f"not indexed: {failures.get(name, 'unknown')}")
                                    for t in range(len(item.turns))]
                else:
                    filing_id = ids[name]
                    item_results = ask_item(backend, item, filing_id, config.retrieval_k)
            else:
                item_results = ask_item(backend, item, None, config.retrieval_k)
            for r in item_results:
                if r["correct"] is not None:
                    scored += 1
                    right += bool(r["correct"])
            results.extend(item_results)
            bar.update(len(item.turns))
            bar.set_postfix(acc=f"{right / scored:.3f}" if scored else "-")
        bar.close()
    finally:
        if own_backend:
            backend.close()

    facts = {
        "dataset": config.dataset,
        "dataset_path": str(path),
        "dataset_hash": adapters.dataset_hash(path),
        "setting": config.setting,
        "mode": "http" if config.url else "in-process",
        "url": config.url,
        "llm_url": config.llm_url,
        "limit": config.limit,
        "seed": config.seed,
        "items": len(items),
        "items_in_split": len(every_item),
        "command": config.command,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started_at)),
        "duration_s": round(time.time() - started_at, 1),
        "indexing": {"documents": len(to_index), "failed": len(failures), "seconds": round(index_seconds, 1),
                     "failures": dict(list(failures.items())[:20])},
    }
    return results, facts

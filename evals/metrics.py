"""Aggregate per-turn results (the lines of results.jsonl) into the numbers a report shows.

Each function takes the result dicts and returns plain numbers, so a metric can be recomputed
from results.jsonl alone. Ratios with an empty denominator are None, never 0.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from evals import calibration
from evals.models import Evidence

RECALL_KS = (1, 3, 5, 10)
_LONG = 120  # evidence longer than this (normalized) matches on its first or last 120 characters


def _squash(text: str) -> str:
    """Lowercase letters and digits only: '$4,935' and '$ 4935' read the same, as do re-flowed lines."""
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def holds(text: str, evidence: Evidence | dict) -> bool:
    """Whether a passage holds one piece of gold evidence (every string of it, normalized)."""
    parts = evidence.all_of if isinstance(evidence, Evidence) else evidence["all_of"]
    haystack = _squash(text)
    for part in parts:
        needle = _squash(part)
        if not needle:
            continue
        if len(needle) > _LONG:
            if needle[:_LONG] not in haystack and needle[-_LONG:] not in haystack:
                return False
        elif needle not in haystack:
            return False
    return True


def cites(quote: str, evidence: Evidence | dict, min_chars: int = 20) -> bool:
    """Whether a citation's quote points at gold evidence: it holds the evidence, or, for evidence
    that is a whole passage (FinanceBench pages, TAT-QA paragraphs), it is a piece of that passage."""
    if holds(quote, evidence):
        return True
    parts = evidence.all_of if isinstance(evidence, Evidence) else evidence["all_of"]
    needle = _squash(quote)
    return len(needle) >= min_chars and any(len(_squash(p)) > len(needle) and needle in _squash(p) for p in parts)


def evidence_ranks(passages: list[str], evidence: list[Evidence]) -> list[int | None]:
    """For each evidence piece, the 1-based rank of the first passage that holds it (None if none)."""
    ranks = []
    for piece in evidence:
        ranks.append(next((i for i, p in enumerate(passages, 1) if holds(p, piece)), None))
    return ranks


def percentile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(position), math.ceil(position)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (position - lo)


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def accuracy(results: list[dict]) -> tuple[float | None, int]:
    scored = [r for r in results if r.get("correct") is not None]
    return _ratio(sum(1 for r in scored if r["correct"]), len(scored)), len(scored)


def answered_wrong(results: list[dict]) -> dict:
    """Wrong among scored `answered` turns: how far the status `answered` can be trusted."""
    answered = [r for r in results if r.get("status") == "answered" and r.get("correct") is not None]
    wrong = sum(1 for r in answered if not r["correct"])
    return {"answered": len(answered), "answered_wrong": wrong, "answered_wrong_rate": _ratio(wrong, len(answered))}


def _group_row(rows: list[dict]) -> dict:
    acc, n = accuracy(rows)
    return {"accuracy": acc, "n": n, "turns": len(rows), **answered_wrong(rows)}


def _grouped(results: list[dict], key) -> dict[str, dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        groups[key(r)].append(r)
    return {name: _group_row(groups[name]) for name in sorted(groups)}


def accuracy_by_type(results: list[dict]) -> dict[str, dict]:
    """Accuracy and wrong among answered per question type."""
    return _grouped(results, lambda r: r.get("qtype") or "unknown")


def accuracy_by_gold_type(results: list[dict]) -> dict[str, dict]:
    """The same per kind of gold answer (number, numbers, range, text, yesno, refuse, unscored)."""
    return _grouped(results, lambda r: (r.get("gold") or {}).get("type") or "unknown")


NUMERIC_YESNO = ("number", "yesno")


def numeric_yesno(results: list[dict]) -> dict:
    """Accuracy and wrong among answered over the turns whose gold is a number or yes/no
    (FinanceBench's automatically scorable subset, the subset issue 11's bar is set on)."""
    return _group_row([r for r in results if (r.get("gold") or {}).get("type") in NUMERIC_YESNO])


def by_status(results: list[dict]) -> dict[str, dict]:
    """Per answer status: turns, scored turns, headline value right, and right only among the alternatives."""
    out: dict[str, dict] = {}
    for r in results:
        row = out.setdefault(r.get("status") or "error", {"turns": 0, "scored": 0, "value_right": 0,
                                                          "alternative_right": 0})
        row["turns"] += 1
        if r.get("correct") is not None:
            row["scored"] += 1
            row["value_right"] += bool(r.get("lenient"))
            row["alternative_right"] += bool(r.get("alternative_right"))
    return dict(sorted(out.items()))


def official(results: list[dict]) -> dict | None:
    """Mean of a benchmark's own per-turn metric (TAT-QA EM and F1), overall and per answer type,
    with the harness's strict accuracy on the same turns beside it."""
    rows = [r for r in results if r.get("official")]
    if not rows:
        return None

    def means(group: list[dict]) -> dict:
        out = {k: sum(r["official"][k] for r in group) / len(group) for k in ("em", "f1", "em_any", "f1_any")}
        acc, n = accuracy(group)
        return {**out, "turns": len(group), "harness_accuracy": acc, "harness_n": n,
                "harness_lenient": _ratio(sum(1 for r in group if r.get("correct") is not None and r.get("lenient")), n)}

    groups: dict[str, list[dict]] = defaultdict(list)
    sources: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r.get("benchmark_gold") or {}).get("answer_type") or r.get("qtype") or "unknown"].append(r)
        if (r.get("benchmark_gold") or {}).get("answer_from"):
            sources[r["benchmark_gold"]["answer_from"]].append(r)
    benchmark = (rows[0].get("benchmark_gold") or {}).get("benchmark")
    # where the two rule sets disagree on the same turn (strict harness verdict against official EM)
    agreement = Counter(("harness" if r.get("correct") else "") + ("+official" if r["official"]["em"] else "")
                        for r in rows if r.get("correct") is not None)
    return {"benchmark": benchmark, **means(rows), "by_type": {k: means(v) for k, v in sorted(groups.items())},
            "by_source": {k: means(v) for k, v in sorted(sources.items())},
            "agreement": {"both": agreement["harness+official"], "harness_only": agreement["harness"],
                          "official_only": agreement["+official"], "neither": agreement[""]},
            "scale_missed": sum(1 for r in rows if r["official"].get("scale_missed"))}


def refusal(results: list[dict]) -> dict:
    """Precision and recall of refusing (status not_found) against items whose gold is a refusal."""
    predicted = [r for r in results if r.get("status") == "not_found"]
    gold = [r for r in results if (r.get("gold") or {}).get("type") == "refuse"]
    both = [r for r in predicted if (r.get("gold") or {}).get("type") == "refuse"]
    return {
        "precision": _ratio(len(both), len(predicted)),
        "recall": _ratio(len(both), len(gold)),
        "refused": len(predicted),
        "gold_refusals": len(gold),
        "refusal_rate": _ratio(len(predicted), len(results)),
    }


def retrieval_recall(results: list[dict], ks: tuple[int, ...] = RECALL_KS) -> dict:
    """Mean over turns with gold evidence of the share of evidence pieces found in the top k passages."""
    rows = [r["retrieval_ranks"] for r in results if r.get("retrieval_ranks")]
    out: dict = {"n": len(rows)}
    for k in ks:
        out[f"recall@{k}"] = None if not rows else sum(
            sum(1 for rank in ranks if rank is not None and rank <= k) / len(ranks) for ranks in rows) / len(rows)
    return out


def citation_precision(results: list[dict]) -> dict:
    """Share of citations (of answers to turns with gold evidence) whose quote points at gold evidence (`cites`)."""
    total = sum(r.get("citations_total", 0) for r in results if r.get("citations_total") is not None)
    good = sum(r.get("citations_with_evidence", 0) for r in results if r.get("citations_total") is not None)
    return {"precision": _ratio(good, total), "citations": total}


def _all_verified(answer: dict) -> bool:
    return bool(answer.get("verified")) and all(f.get("verified") for f in answer.get("figures") or [])


def verification(results: list[dict]) -> dict:
    """How far an `answered` status can be trusted: every figure verified, and how many are wrong."""
    answered = [r for r in results if r.get("status") == "answered"]
    scored = [r for r in answered if r.get("correct") is not None]
    wrong = [r for r in scored if not r["correct"]]
    return {
        "answered": len(answered),
        "verification_rate": _ratio(sum(1 for r in answered if _all_verified(r.get("answer") or {})), len(answered)),
        "answered_wrong_rate": _ratio(len(wrong), len(scored)),
        "answered_wrong": len(wrong),
    }


def latency(results: list[dict]) -> dict:
    values = [r["latency_ms"] for r in results if r.get("latency_ms") is not None]
    return {"p50_ms": percentile(values, 50), "p95_ms": percentile(values, 95),
            "mean_ms": (sum(values) / len(values)) if values else None, "n": len(values)}


def failure_groups(results: list[dict], top: int = 10) -> list[dict]:
    """The largest groups of wrong answers by (question type, failure reason), with an example each."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in results:
        if r.get("correct") is False:
            groups[(r.get("qtype") or "unknown", r.get("reason") or "unknown")].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
    return [{"qtype": k[0], "reason": k[1], "count": len(v),
             "example": {"id": v[0].get("id"), "turn": v[0].get("turn"), "question": v[0].get("question")}}
            for k, v in ordered]


def compute(results: list[dict]) -> dict:
    acc, n = accuracy(results)
    lenient = [r for r in results if r.get("lenient") is not None]
    return {
        "accuracy": acc,
        "n": n,
        "turns": len(results),
        "lenient_accuracy": _ratio(sum(1 for r in lenient if r["lenient"]), len(lenient)),
        "by_type": accuracy_by_type(results),
        "by_gold_type": accuracy_by_gold_type(results),
        "numeric_yesno": numeric_yesno(results),
        "status": dict(Counter(r.get("status") or "error" for r in results)),
        "by_status": by_status(results),
        # which path produced each answer (rules, llm, extractive, none): how much an LLM contributed
        "method": dict(Counter((r.get("answer") or {}).get("method") or "error" for r in results)),
        "errors": sum(1 for r in results if r.get("error")),
        "refusal": refusal(results),
        "retrieval": retrieval_recall(results),
        "citations": citation_precision(results),
        "verification": verification(results),
        "latency": latency(results),
        "failure_groups": failure_groups(results),
        "confidence": calibration.summary(results),
        "official": official(results),
    }

"""Confidence read against what was right: risk-coverage, its area (AURC) and calibration.

Every answer of the contract carries `confidence` (0..1, qa/models.py). For each scored turn the
harness knows the confidence and whether the *headline* value was right (`lenient`: the value the
service put first, whatever its status). From these:

- **Candidates**: scored turns whose answer has a headline, i.e. every status except `not_found`
  (and except errors). A refusal is never answered, at any threshold.
- **At a threshold t** the service would answer the candidates with confidence >= t. Coverage =
  those / scored turns; risk = wrong among those; accuracy = (right among those + turns where a
  refusal was the right answer and the service refused) / scored turns, so that at the service's
  own operating point it reads like the strict accuracy.
- **Risk-coverage curve**: candidates by confidence, highest first; after k of them, coverage k/N
  and risk = wrong among the k. Ties are one block the service cannot order: inside a tie the curve
  takes the expected risk of adding its members in random order (errors grow linearly through it).
- **AURC**: the area under that curve from coverage 0 to the largest coverage (sum of the risks at
  k = 1..K, divided by N). Lower is better. Beside it: the optimal AURC for the same answers (every
  right answer ranked first), the random AURC (no ranking at all: every candidate tied), and E-AURC
  = AURC - optimal. With confidence that ranks nothing, AURC equals the random AURC.
- **Calibration**: candidates in 10 equal-width bins of confidence ([0, 0.1), ..., [0.9, 1.0]); per
  bin the count, mean confidence and share right. ECE = sum over bins of (bin count / candidates) x
  |share right - mean confidence|; MCE the largest such gap; Brier the mean of (confidence - right)^2.

Older answers have no confidence (None): an `answered` answer is read as 1.0, anything else as 0.0,
and the report says how many were read so (`imputed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)
TARGET_RISKS = (0.05, 0.10, 0.15)
BINS = 10


@dataclass(frozen=True)
class Candidate:
    confidence: float
    right: bool
    imputed: bool


def _ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


def confidence_of(result: dict) -> tuple[float, bool]:
    """(confidence, imputed): the answer's own confidence, or 1.0 / 0.0 for answered / other without one."""
    answer = result.get("answer") or {}
    value = answer.get("confidence", result.get("confidence"))
    if value is not None:
        return float(value), False
    return (1.0 if result.get("status") == "answered" else 0.0), True


def scored(results: list[dict]) -> list[dict]:
    return [r for r in results if r.get("correct") is not None]


def candidates(results: list[dict]) -> list[Candidate]:
    """Scored turns with a headline answer (any status but not_found; errors have no status)."""
    out = []
    for r in scored(results):
        if r.get("status") in (None, "not_found"):
            continue
        conf, imputed = confidence_of(r)
        out.append(Candidate(conf, bool(r.get("lenient")), imputed))
    return out


def _right_refusals(results: list[dict]) -> int:
    return sum(1 for r in scored(results) if r.get("status") == "not_found" and r.get("correct"))


def at_threshold(cands: list[Candidate], n: int, right_refusals: int, threshold: float) -> dict:
    taken = [c for c in cands if c.confidence >= threshold]
    right = sum(c.right for c in taken)
    return {"threshold": threshold, "answered": len(taken), "coverage": _ratio(len(taken), n),
            "right": right, "wrong": len(taken) - right, "risk": _ratio(len(taken) - right, len(taken)),
            "accuracy": _ratio(right + right_refusals, n)}


def curve(cands: list[Candidate], n: int) -> list[tuple[float, float]]:
    """(coverage, risk) after each candidate, highest confidence first, ties as expected values."""
    points = []
    taken = errors = 0.0
    ordered = sorted(cands, key=lambda c: -c.confidence)
    for _, block in groupby(ordered, key=lambda c: c.confidence):
        block = list(block)
        wrong = sum(not c.right for c in block)
        for j in range(1, len(block) + 1):
            k = taken + j
            points.append((k / n, (errors + j * wrong / len(block)) / k))
        taken += len(block)
        errors += wrong
    return points


def _area(risks: list[float], n: int) -> float | None:
    """None without candidates: an empty curve has no area worth a number (0 would read as perfect)."""
    return None if n == 0 or not risks else sum(risks) / n


def aurc(cands: list[Candidate], n: int) -> dict:
    k_total, right = len(cands), sum(c.right for c in cands)
    risks = [risk for _, risk in curve(cands, n)]
    optimal = [max(0, k - right) / k for k in range(1, k_total + 1)]
    overall = _ratio(k_total - right, k_total) or 0.0
    value, best = _area(risks, n), _area(optimal, n)
    return {"aurc": value, "aurc_optimal": best, "aurc_random": _area([overall] * k_total, n),
            "eaurc": None if value is None else value - best, "max_coverage": _ratio(k_total, n)}


def targets(cands: list[Candidate], n: int, right_refusals: int, risks: tuple[float, ...] = TARGET_RISKS) -> list[dict]:
    """For each risk bound, the lowest threshold (largest coverage) whose risk stays within it.

    Chosen on the same turns it is measured on, so optimistic: a threshold for the service is
    chosen on validation folds (issue 10), this only shows what the confidence could allow."""
    levels = sorted({c.confidence for c in cands}, reverse=True)
    rows = [at_threshold(cands, n, right_refusals, t) for t in levels]
    out = []
    for bound in risks:
        ok = [row for row in rows if row["risk"] is not None and row["risk"] <= bound + 1e-12]
        best = max(ok, key=lambda row: row["answered"]) if ok else None
        out.append({"max_risk": bound, **(best or {"threshold": None, "answered": 0, "coverage": 0.0 if n else None,
                                                   "right": 0, "wrong": 0, "risk": None,
                                                   "accuracy": _ratio(right_refusals, n)})})
    return out


def calibration(cands: list[Candidate], bins: int = BINS) -> dict:
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [c for c in cands if lo <= c.confidence < hi or (b == bins - 1 and c.confidence == hi)]
        rows.append({"low": lo, "high": hi, "count": len(inside),
                     "mean_confidence": _ratio(sum(c.confidence for c in inside), len(inside)),
                     "share_right": _ratio(sum(c.right for c in inside), len(inside))})
    total = len(cands)
    gaps = [abs(row["share_right"] - row["mean_confidence"]) for row in rows if row["count"]]
    weighted = [row["count"] / total * abs(row["share_right"] - row["mean_confidence"]) for row in rows if row["count"]]
    return {"bins": rows, "n": total, "ece": sum(weighted) if total else None, "mce": max(gaps) if gaps else None,
            "brier": _ratio(sum((c.confidence - c.right) ** 2 for c in cands), total)}


def summary(results: list[dict]) -> dict:
    """Everything the report shows about confidence, from the result dicts alone."""
    cands = candidates(results)
    n = len(scored(results))
    right_refusals = _right_refusals(results)
    return {
        "n": n,
        "candidates": len(cands),
        "imputed": sum(c.imputed for c in cands),
        "right_refusals": right_refusals,
        "risk_coverage": [at_threshold(cands, n, right_refusals, t) for t in THRESHOLDS],
        "targets": targets(cands, n, right_refusals),
        **aurc(cands, n),
        "calibration": calibration(cands),
    }

"""Each metric on a handful of hand-made results, with the expected figure worked out by hand."""

import pytest

from evals import metrics
from evals.models import Evidence


def result(correct, qtype="number", status="answered", gold_type="number", **extra):
    return {"id": extra.pop("id", "x"), "turn": 0, "question": "q", "correct": correct, "lenient": correct,
            "qtype": qtype, "status": status, "gold": {"type": gold_type}, "reason": "match" if correct else "wrong value",
            **extra}


def test_accuracy_ignores_unscored_turns():
    rows = [result(True), result(False), result(True), result(None, gold_type="unscored")]
    assert metrics.accuracy(rows) == (pytest.approx(2 / 3), 3)


def test_accuracy_by_type():
    rows = [result(True, "span"), result(False, "span"), result(True, "arithmetic"), result(True, "arithmetic"),
            result(False, "arithmetic"), result(None, "text", gold_type="unscored")]
    by_type = metrics.accuracy_by_type(rows)
    assert by_type["span"] == {"accuracy": 0.5, "n": 2, "turns": 2, "answered": 2, "answered_wrong": 1,
                               "answered_wrong_rate": 0.5}
    assert by_type["arithmetic"]["accuracy"] == pytest.approx(2 / 3)
    assert by_type["arithmetic"]["answered_wrong_rate"] == pytest.approx(1 / 3)
    assert by_type["text"] == {"accuracy": None, "n": 0, "turns": 1, "answered": 0, "answered_wrong": 0,
                               "answered_wrong_rate": None}


def test_refusal_precision_and_recall():
    # gold refusals: a, b. Refused: a (right), c (wrong). Precision 1/2, recall 1/2.
    rows = [result(True, status="not_found", gold_type="refuse", id="a"),
            result(False, status="answered", gold_type="refuse", id="b"),
            result(False, status="not_found", id="c"),
            result(True, id="d")]
    r = metrics.refusal(rows)
    assert (r["precision"], r["recall"], r["refused"], r["gold_refusals"]) == (0.5, 0.5, 2, 2)
    assert r["refusal_rate"] == 0.5


def test_retrieval_recall_at_k():
    # turn 1: two pieces at ranks 1 and 4; turn 2: one piece at rank 2; turn 3: one piece never found.
    rows = [result(True, retrieval_ranks=[1, 4]), result(True, retrieval_ranks=[2]), result(False, retrieval_ranks=[None]),
            result(True, retrieval_ranks=None)]
    r = metrics.retrieval_recall(rows, ks=(1, 3, 5))
    assert r["n"] == 3
    assert r["recall@1"] == pytest.approx((0.5 + 0 + 0) / 3)
    assert r["recall@3"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert r["recall@5"] == pytest.approx((1 + 1 + 0) / 3)


def test_evidence_ranks_and_normalized_holds():
    passages = ["Revenue 1,000", "Net loss\t(19 ,483)\t(3,052)", "ImmunoGen CFO Gregory Perry"]
    assert metrics.evidence_ranks(passages, [Evidence(all_of=["net loss", "(19,483)"]), Evidence(all_of=["EMILIA"])]) == [2, None]
    assert metrics.holds("inventories , net $ 527.7", Evidence(all_of=["Inventories, net", "$527.7"]))
    long_sentence = "word " * 60
    assert metrics.holds("prefix " + long_sentence + " suffix", Evidence(all_of=[long_sentence]))


def test_a_citation_points_at_evidence_it_holds_or_lies_inside():
    row = Evidence(all_of=["Net loss", "(19,483)"])
    assert metrics.cites("Net loss\t(19,483)\t(3,052)", row)
    assert not metrics.cites("Total revenues 2,536", row)
    page = Evidence(all_of=["Purchases of property, plant and equipment (PP&E) (1,577) (1,373) Proceeds from sale of PP&E 262"])
    assert metrics.cites("Purchases of property, plant and equipment (PP&E)\t(1,577)", page)
    assert not metrics.cites("PP&E", page)  # too short to say where it points


def test_citation_precision():
    # 3 citations of which 2 hold evidence, plus 1 of 1: 3 of 4.
    rows = [result(True, citations_total=3, citations_with_evidence=2), result(True, citations_total=1, citations_with_evidence=1),
            result(True, citations_total=None, citations_with_evidence=None)]
    assert metrics.citation_precision(rows) == {"precision": 0.75, "citations": 4}


def test_verification_rate_and_wrong_among_answered():
    verified = {"verified": True, "figures": [{"verified": True}]}
    half = {"verified": True, "figures": [{"verified": True}, {"verified": False}]}
    rows = [result(True, answer=verified), result(False, answer=verified), result(True, answer=half), result(True, answer=verified),
            result(False, status="unverified", answer={"verified": False}), result(None, gold_type="unscored", answer=verified)]
    v = metrics.verification(rows)
    # answered: 5 (rows 0-3 and 5); all figures verified: 4 of 5; scored answered: 4, wrong 1.
    assert v["answered"] == 5 and v["verification_rate"] == pytest.approx(4 / 5)
    assert v["answered_wrong"] == 1 and v["answered_wrong_rate"] == 0.25


def test_latency_percentiles_interpolate():
    rows = [result(True, latency_ms=ms) for ms in (10, 20, 30, 40, 100)]
    lat = metrics.latency(rows)
    assert lat["p50_ms"] == 30
    assert lat["p95_ms"] == pytest.approx(88.0)  # 40 + (100 - 40) * 0.8
    assert metrics.percentile([], 50) is None


def test_failure_groups_largest_first():
    rows = [result(False, "span"), result(False, "span"), result(False, "arithmetic"), result(True, "span")]
    groups = metrics.failure_groups(rows)
    assert [(g["qtype"], g["reason"], g["count"]) for g in groups] == [("span", "wrong value", 2), ("arithmetic", "wrong value", 1)]


def test_compute_headline_matches_accuracy():
    rows = [result(True, latency_ms=5), result(False, latency_ms=7)]
    m = metrics.compute(rows)
    assert m["accuracy"] == 0.5 and m["n"] == 2 and m["status"] == {"answered": 2}
    assert m["method"] == {"error": 2}  # these hand-made rows carry no answer
    assert metrics.compute([result(True, answer={"method": "llm"})])["method"] == {"llm": 1}


def test_numeric_and_yes_no_subset_and_gold_kinds():
    rows = [result(True), result(False), result(True, gold_type="yesno"), result(False, status="not_found", gold_type="yesno"),
            result(None, gold_type="unscored")]
    s = metrics.numeric_yesno(rows)
    assert (s["accuracy"], s["n"], s["answered"], s["answered_wrong"]) == (0.5, 4, 3, 1)
    assert s["answered_wrong_rate"] == pytest.approx(1 / 3)
    kinds = metrics.accuracy_by_gold_type(rows)
    assert set(kinds) == {"number", "yesno", "unscored"} and kinds["yesno"]["accuracy"] == 0.5


def test_by_status_counts_headlines_right_and_alternatives():
    rows = [result(True), result(False, status="uncertain", alternative_right=True),
            dict(result(False, status="uncertain"), lenient=True), result(False, status="not_found")]
    assert metrics.by_status(rows) == {
        "answered": {"turns": 1, "scored": 1, "value_right": 1, "alternative_right": 0},
        "not_found": {"turns": 1, "scored": 1, "value_right": 0, "alternative_right": 0},
        "uncertain": {"turns": 2, "scored": 2, "value_right": 1, "alternative_right": 1},
    }


def test_official_is_none_without_a_benchmark_metric():
    assert metrics.official([result(True)]) is None

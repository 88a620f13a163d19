"""Risk-coverage, AURC and calibration on hand-made results, each figure worked out by hand."""

import pytest

from evals import calibration


def turn(conf, right, status="uncertain", gold_type="number"):
    correct = right if status == "answered" else (status == "not_found" and gold_type == "refuse")
    return {"id": "x", "turn": 0, "status": status, "correct": correct, "lenient": right,
            "gold": {"type": gold_type}, "answer": {"status": status, "confidence": conf}}


# four answers with a headline (0.9 right, 0.9 wrong, 0.6 right, 0.3 wrong), one wrong refusal and
# one right refusal (the gold is a refusal): six scored turns
SIX = [turn(0.9, True, "answered"), turn(0.9, False, "answered"), turn(0.6, True), turn(0.3, False),
       turn(None, False, "not_found"), turn(None, True, "not_found", gold_type="refuse"),
       {"id": "u", "turn": 0, "status": "answered", "correct": None, "lenient": None, "gold": {"type": "unscored"},
        "answer": {"confidence": 0.99}}]


def test_at_a_threshold_coverage_risk_and_accuracy():
    rows = {row["threshold"]: row for row in calibration.summary(SIX)["risk_coverage"]}
    # at 0.5: the two 0.9 answers and the 0.6 one; 2 right, 1 wrong; accuracy counts the right refusal
    assert rows[0.5] == {"threshold": 0.5, "answered": 3, "coverage": 0.5, "right": 2, "wrong": 1,
                         "risk": pytest.approx(1 / 3), "accuracy": 0.5}
    assert rows[0.0]["answered"] == 4 and rows[0.0]["coverage"] == pytest.approx(4 / 6)
    assert rows[1.0] == {"threshold": 1.0, "answered": 0, "coverage": 0.0, "right": 0, "wrong": 0, "risk": None,
                         "accuracy": pytest.approx(1 / 6)}


def test_the_curve_takes_ties_as_expected_risk():
    cands = calibration.candidates(SIX)
    points = calibration.curve(cands, 6)
    # the 0.9 tie holds one wrong of two: 0.5 at k=1 and k=2; then 1/3 at k=3; 2/4 at k=4
    assert points == [(pytest.approx(1 / 6), 0.5), (pytest.approx(2 / 6), 0.5), (0.5, pytest.approx(1 / 3)),
                      (pytest.approx(4 / 6), 0.5)]


def test_aurc_optimal_random_and_excess():
    a = calibration.aurc(calibration.candidates(SIX), 6)
    assert a["aurc"] == pytest.approx((0.5 + 0.5 + 1 / 3 + 0.5) / 6)
    assert a["aurc_optimal"] == pytest.approx((0 + 0 + 1 / 3 + 2 / 4) / 6)  # both right answers first
    assert a["aurc_random"] == pytest.approx(4 * 0.5 / 6)
    assert a["eaurc"] == pytest.approx(a["aurc"] - a["aurc_optimal"])
    assert a["max_coverage"] == pytest.approx(4 / 6)


def test_confidence_that_ranks_nothing_has_the_random_aurc():
    flat = [turn(0.7, True), turn(0.7, False), turn(0.7, False)]
    a = calibration.aurc(calibration.candidates(flat), 3)
    assert a["aurc"] == pytest.approx(a["aurc_random"]) == pytest.approx(2 / 3)


def test_calibration_bins_ece_mce_brier():
    cal = calibration.summary(SIX)["calibration"]
    filled = {b["low"]: b for b in cal["bins"] if b["count"]}
    assert set(filled) == {0.3, 0.6, 0.9}
    assert filled[0.9] == {"low": 0.9, "high": 1.0, "count": 2, "mean_confidence": 0.9, "share_right": 0.5}
    assert cal["n"] == 4
    assert cal["ece"] == pytest.approx(2 / 4 * 0.4 + 1 / 4 * 0.4 + 1 / 4 * 0.3)
    assert cal["mce"] == pytest.approx(0.4)
    assert cal["brier"] == pytest.approx((0.01 + 0.81 + 0.16 + 0.09) / 4)


def test_confidence_one_falls_in_the_last_bin():
    cal = calibration.calibration(calibration.candidates([turn(1.0, True, "answered")]))
    assert cal["bins"][-1]["count"] == 1 and cal["ece"] == 0.0


def test_missing_confidence_reads_answered_as_one_and_the_rest_as_zero():
    old = [{"status": "answered", "correct": True, "lenient": True, "gold": {"type": "number"}, "answer": {}},
           {"status": "unverified", "correct": False, "lenient": True, "gold": {"type": "number"},
            "answer": {"confidence": None}}]
    s = calibration.summary(old)
    assert s["imputed"] == 2
    assert [(c.confidence, c.right) for c in calibration.candidates(old)] == [(1.0, True), (0.0, True)]
    rows = {row["threshold"]: row for row in s["risk_coverage"]}
    assert rows[0.5]["answered"] == 1 and rows[0.0]["answered"] == 2


def test_targets_pick_the_largest_coverage_within_the_risk_bound():
    cands = calibration.candidates(SIX)
    best = calibration.targets(cands, 6, 1, risks=(0.4, 0.05))
    assert best[0]["threshold"] == 0.6 and best[0]["answered"] == 3 and best[0]["accuracy"] == 0.5
    assert best[1]["threshold"] is None and best[1]["answered"] == 0


def test_no_scored_turns_gives_empty_figures_not_errors():
    s = calibration.summary([])
    assert s["n"] == 0 and s["aurc"] is None and s["calibration"]["ece"] is None


def test_only_refusals_give_no_aurc_rather_than_a_perfect_zero():
    s = calibration.summary([turn(None, False, "not_found"), turn(None, False, "not_found")])
    assert s["n"] == 2 and s["candidates"] == 0
    assert s["aurc"] is None and s["aurc_optimal"] is None and s["eaurc"] is None and s["max_coverage"] == 0.0

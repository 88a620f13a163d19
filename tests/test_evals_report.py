import json

from evals.compare import compare, diff
from evals.report import write

FACTS = {"dataset": "finqa", "dataset_path": "finqa_dev.json", "dataset_hash": "ab" * 32, "setting": "oracle",
         "mode": "in-process", "url": None, "llm_url": None, "limit": None, "seed": None, "items": 3, "items_in_split": 3,
         "command": "python -m evals run --dataset finqa", "started_at": "2026-01-01T00:00:00Z", "duration_s": 1.0,
         "indexing": {"documents": 1, "failed": 0, "seconds": 0.5, "failures": {}}}


def row(id_, correct, qtype="divide", latency=10.0):
    return {"id": id_, "turn": 0, "question": f"question {id_}?", "answer": {"status": "answered", "verified": True, "figures": []},
            "gold": {"type": "number", "display": "1"}, "correct": correct, "lenient": correct, "qtype": qtype,
            "status": "answered", "reason": "match" if correct else "wrong value", "predicted": "1", "latency_ms": latency,
            "error": None, "retrieval_ranks": [1], "citations_total": 1, "citations_with_evidence": 1}


def test_write_produces_every_output_with_headline_at_top(tmp_path):
    results = [row("a", True), row("b", False, "multi-step", 30.0), row("c", True)]
    report = write(tmp_path, results, FACTS)
    saved = json.loads((tmp_path / "report.json").read_text())
    assert saved["accuracy"] == report["accuracy"] == 2 / 3 and saved["n"] == 3
    assert saved["command"].startswith("python -m evals") and saved["dataset_hash"] == "ab" * 32
    assert saved["versions"]["python"] and "metrics" in saved
    lines = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert [set(x) >= {"id", "turn", "question", "answer", "gold", "correct"} for x in lines] == [True] * 3
    assert sum(x["correct"] for x in lines) / len(lines) == saved["accuracy"]
    for png in ("accuracy_by_type.png", "latency.png"):
        assert (tmp_path / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    md = (tmp_path / "report.md").read_text()
    assert "accuracy 66.7%" in md and "| multi-step | 0.0% | 1 | 1 |" in md


def test_compare_lists_better_and_worse(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a, [row("x", True), row("y", False), row("z", True)], FACTS, draw=False)
    write(b, [row("x", True), row("y", True), row("z", False)], FACTS, draw=False)
    d = diff([json.loads(x) for x in (a / "results.jsonl").read_text().splitlines()],
             [json.loads(x) for x in (b / "results.jsonl").read_text().splitlines()])
    assert [r["id"] for r in d["better"]] == ["y"] and [r["id"] for r in d["worse"]] == ["z"]
    text = compare(a, b)
    assert "1 better, 1 worse" in text and "question y?" in text and "question z?" in text


def confident_row(id_, correct, confidence, status="answered", qtype="arithmetic", **extra):
    r = row(id_, correct, qtype)
    r["answer"] = {"status": status, "verified": True, "figures": [], "confidence": confidence}
    r.update(status=status, confidence=confidence, correct=correct if status == "answered" else False, **extra)
    return r


def test_report_shows_risk_coverage_and_calibration_with_their_plots(tmp_path):
    results = [confident_row("a", True, 0.95), confident_row("b", False, 0.9), confident_row("c", True, 0.55, "uncertain"),
               confident_row("d", False, 0.2, "uncertain")]
    report = write(tmp_path, results, FACTS)
    c = report["metrics"]["confidence"]
    assert c["imputed"] == 0 and c["candidates"] == 4
    for png in ("risk_coverage.png", "reliability.png"):
        assert (tmp_path / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert report["plots"] == ["accuracy_by_type.png", "latency.png", "risk_coverage.png", "reliability.png"]
    md = (tmp_path / "report.md").read_text()
    assert "## Confidence: risk-coverage" in md and "## Confidence: calibration" in md
    assert "| 0.50 | 3 | 75.0% | 50.0% | 33.3% (1) |" in md  # a, b, c answered at 0.5: a and c right, b wrong
    assert "| [0.9, 1.0] | 2 | 0.925 | 50.0% |" in md
    assert "answers by status: answered 2, headline right 1; uncertain 2, headline right 1" in md
    assert "Confidence missing" not in md


def test_report_says_when_confidence_is_imputed(tmp_path):
    write(tmp_path, [row("a", True), row("b", False)], FACTS, draw=False)
    md = (tmp_path / "report.md").read_text()
    assert "Confidence missing on 2 of 2 answers with a headline" in md
    assert "`answered` read as 1.0, every other status as 0.0" in md


def test_financebench_report_gives_the_numeric_and_yes_no_subset(tmp_path):
    rows = [row("n1", True), row("n2", False), row("y1", True), row("t1", None)]
    rows[2]["gold"] = {"type": "yesno", "display": "yes"}
    rows[3]["gold"] = {"type": "unscored", "display": "free text"}
    rows[3]["lenient"] = None
    write(tmp_path, rows, FACTS | {"dataset": "financebench"}, draw=False)
    md = (tmp_path / "report.md").read_text()
    assert ("**accuracy 66.7%** over 3 numeric and yes/no questions; wrong among `answered` 33.3% (1 of 3)") in md
    assert "| yesno | 100.0% | 1 | 1 | 0.0% (0 of 1) |" in md


def test_tatqa_report_puts_official_em_f1_beside_the_harness(tmp_path):
    rows = [row("s", True, "span"), row("a", True, "arithmetic")]
    rows[0].update(benchmark_gold={"benchmark": "tatqa", "answer": ["x"], "answer_type": "span", "scale": "",
                                   "answer_from": "text"},
                   official={"em": 0.0, "f1": 0.5, "em_any": 0.0, "f1_any": 0.5})
    rows[1].update(benchmark_gold={"benchmark": "tatqa", "answer": 5, "answer_type": "arithmetic", "scale": ""},
                   official={"em": 1.0, "f1": 1.0, "em_any": 1.0, "f1_any": 1.0})
    report = write(tmp_path, rows, FACTS | {"dataset": "tatqa"}, draw=False)
    o = report["metrics"]["official"]
    assert (o["em"], o["f1"], o["harness_accuracy"]) == (0.5, 0.75, 1.0)
    assert o["agreement"] == {"both": 1, "harness_only": 1, "official_only": 0, "neither": 0}
    md = (tmp_path / "report.md").read_text()
    assert "**EM 50.0% / F1 75.0%** (answered)" in md
    assert "| span | 1 | 0.0% | 50.0% | 0.0% | 50.0% | 100.0% | 100.0% |" in md
    assert "| from text | 1 | 0.0% | 50.0% | 0.0% | 50.0% | 100.0% | 100.0% |" in md


def test_compare_reports_wrong_among_answered(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a, [row("x", True), row("y", False)], FACTS, draw=False)
    write(b, [row("x", True), row("y", True)], FACTS, draw=False)
    text = compare(a, b)
    assert "wrong among answered on those turns: 50.0% (1 of 2) -> 0.0% (0 of 2)" in text
    assert "A: finqa oracle accuracy 50.0% (n=2), wrong among answered 50.0%" in text

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
    write(a, [row("x", True), row("y", False), row("z", True)], FACTS)
    write(b, [row("x", True), row("y", True), row("z", False)], FACTS)
    d = diff([json.loads(x) for x in (a / "results.jsonl").read_text().splitlines()],
             [json.loads(x) for x in (b / "results.jsonl").read_text().splitlines()])
    assert [r["id"] for r in d["better"]] == ["y"] and [r["id"] for r in d["worse"]] == ["z"]
    text = compare(a, b)
    assert "1 better, 1 worse" in text and "question y?" in text and "question z?" in text

"""A harness run's figures per side of the chooser's page split (evals/by_split.py)."""

from __future__ import annotations

import json

from evals import by_split
from evals.adapters import load
from qa.train_chooser import _page_side


def _page(uid: str, question_uid: str) -> dict:
    return {"table": {"uid": uid, "table": [["", "2019", "2018"], ["Revenue", "10", "8"]]},
            "paragraphs": [{"uid": uid + "-p", "order": 1, "text": "Revenue grew."}],
            "questions": [{"uid": question_uid, "order": 1, "question": "What was revenue in 2019?", "answer": "10",
                           "derivation": "", "answer_type": "span", "answer_from": "table", "rel_paragraphs": [],
                           "req_comparison": False, "scale": ""}]}


def test_turns_are_counted_on_the_side_their_page_falls(tmp_path, capsys):
    pages, sides = [], {}
    for n in range(200):  # pages on both sides of the hash split
        page = _page(f"page-{n}", f"q-{n}")
        path = tmp_path / "one.json"
        path.write_text(json.dumps([page]))
        side = _page_side(load("tatqa", path)[0].documents[0].name)
        if side not in sides:
            sides[side] = f"q-{n}"
            pages.append(page)
        if len(sides) == 2:
            break
    data = tmp_path / "tatqa.json"
    data.write_text(json.dumps(pages))
    results = tmp_path / "results.jsonl"
    results.write_text("\n".join(json.dumps(r) for r in [
        {"id": sides["dev"], "status": "answered", "correct": True, "lenient": True},
        {"id": sides["val"], "status": "answered", "correct": False, "lenient": False}]))
    by_split.main(["--dataset", "tatqa", "--results", str(results), "--path", str(data)])
    out = capsys.readouterr().out
    assert "tatqa dev pages: 1 turns, right 1 (100.0%), answered 1, wrong among answered 0 (0.0%)" in out
    assert "tatqa val pages: 1 turns, right 0 (0.0%), answered 1, wrong among answered 1 (100.0%)" in out

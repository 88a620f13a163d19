"""End to end over real HTTP: a `python -m qa serve` process on a free loopback port with a temp store.

Uploads the sample filing, asks every golden question (the conversation through conversation_id),
talks to /v1/chat/completions with the official `openai` client (plain and streaming), then
restarts the server and finds the filing and the conversation still there. Everything is real:
parser, store, MiniLM model, FAISS on disk, answerer, uvicorn.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from served import Server as Served

pytestmark = pytest.mark.integration

KEY = "integration-key"
FILING_ID = "immunogen_8k_2011-10-27"
# Golden turns known to be missed over HTTP, "<id>" or "<id>.<turn>" -> why (22/22 right when
# written). Every other turn must be right, and none answered wrongly.
KNOWN_MISSES: dict[str, str] = {}


def Server(store: Path, log: Path) -> Served:
    """The served process of this module: the sample store behind KEY."""
    return Served(store, log, env={"FILINGQA_API_KEY": KEY}, key=KEY)


OFFERED = ("answered", "uncertain")


def is_correct(gold: dict, answer: dict) -> bool:
    """Numbers must come back offered (`answered`, or `uncertain` below the calibrated threshold) and
    verified, within the golden tolerance; no answered turn may be wrong (checked by the caller)."""
    kind = gold["type"]
    if kind == "refuse":
        return answer["status"] == "not_found" and answer["value"] is None
    if kind == "text":
        return answer["status"] in OFFERED and any(s.lower() in answer["text"].lower() for s in gold["any_of"])
    if answer["status"] not in OFFERED or not answer["verified"] or answer["value"] is None:
        return False
    value = answer["value"]

    def close(got: str | None, want) -> bool:
        if got is None:
            return False
        got_d, want_d = Decimal(got), Decimal(str(want))
        if gold.get("sign_insensitive"):
            got_d, want_d = abs(got_d), abs(want_d)
        tol = Decimal(str(gold["abs_tol"])) if "abs_tol" in gold else abs(want_d) * Decimal(str(gold.get("rel_tol", 0)))
        return abs(got_d - want_d) <= tol

    if value["unit"] != gold["unit"]:
        return False
    if kind == "range":
        return close(value["low"], gold["low"]) and close(value["high"], gold["high"])
    return close(value["amount"], gold["value"])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return tmp_path_factory.mktemp("served_store")


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    srv = Server(store, tmp_path_factory.mktemp("logs") / "server.log")
    yield srv
    if srv.proc.poll() is None:
        srv.stop()


@pytest.fixture(scope="module")
def golden(shared_dir):
    path = shared_dir / "golden" / f"{FILING_ID}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_upload_golden_chat_and_restart(server, store, golden, sample_path, tmp_path_factory, capsys):
    with server.client() as http:
        # auth is on: no key, no data
        assert httpx.get(server.url + "/v1/filings").status_code == 401

        with sample_path.open("rb") as f:
            up = http.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")})
        assert up.status_code == 201, up.text
        report = up.json()
        assert report["filing"]["id"] == FILING_ID and report["tables"] > 0 and report["facts"] > 0
        with sample_path.open("rb") as f:  # the same bytes again: a no-op
            again = http.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")})
        assert again.status_code == 200 and again.json()["added"] is False
        assert [m["id"] for m in http.get("/v1/filings").json()["filings"]] == [FILING_ID]

        # the golden questions over HTTP
        results: list[tuple[str, bool, str]] = []
        statuses: dict[str, str] = {}
        conversation_id = None
        for item in golden:
            if "question" in item:
                r = http.post("/v1/ask", json={"question": item["question"], "filing_id": FILING_ID})
                assert r.status_code == 200, r.text
                results.append((item["id"], is_correct(item["answer"], r.json()), r.json()["text"][:90]))
                statuses[item["id"]] = r.json()["status"]
            else:
                conv = http.post("/v1/conversations", json={"filing_id": FILING_ID})
                assert conv.status_code == 201
                conversation_id = conv.json()["id"]
                for n, turn in enumerate(item["conversation"]):
                    r = http.post("/v1/ask", json={"question": turn["question"], "conversation_id": conversation_id})
                    assert r.status_code == 200, r.text
                    assert r.json()["conversation_id"] == conversation_id
                    results.append((f"{item['id']}.{n + 1}", is_correct(turn["answer"], r.json()), r.json()["text"][:90]))
                    statuses[f"{item['id']}.{n + 1}"] = r.json()["status"]
        correct = sum(ok for _, ok, _ in results)
        with capsys.disabled():
            print(f"\nHTTP golden: {correct}/{len(results)} correct")
            for qid, ok, text in results:
                print(f"  {'ok ' if ok else 'BAD'} {qid}: {text}")
        assert len(results) == 22
        missed = {qid for qid, ok, _ in results if not ok}
        assert missed - set(KNOWN_MISSES) == set(), f"golden turns wrong over HTTP: {sorted(missed - set(KNOWN_MISSES))}"
        assert set(KNOWN_MISSES) - missed == set(), f"right now, remove from KNOWN_MISSES: {sorted(set(KNOWN_MISSES) - missed)}"
        gold = {g["id"]: g["answer"] for g in golden if "question" in g}
        wrong = [qid for qid in missed if statuses[qid] == "answered" and gold.get(qid, {}).get("type") != "refuse"]
        assert wrong == [], f"answered wrongly over HTTP: {wrong}"
        assert conversation_id is not None
        turns_before = http.get(f"/v1/conversations/{conversation_id}").json()["turns"]
        assert len(turns_before) == 3

        metrics = http.get("/metrics").text
        assert 'filingqa_http_requests_total{method="POST",route="/v1/ask",status="200"} 22' in metrics

    # the official OpenAI client, plain and streaming
    from openai import OpenAI

    ai = OpenAI(base_url=server.url + "/v1", api_key=KEY, max_retries=0, timeout=120)
    assert [m.id for m in ai.models.list()] == ["filingqa"]
    question = "What were total revenues for the three months ended September 30, 2010?"
    done = ai.chat.completions.create(model="filingqa", messages=[{"role": "user", "content": question}],
                                      extra_body={"filing_id": FILING_ID})
    content = done.choices[0].message.content
    structured = done.model_extra["filingqa"]
    assert structured["status"] == "answered" and Decimal(structured["value"]["amount"]) == Decimal("3411000")
    assert "Sources:" in content and "[1]" in content

    stream = ai.chat.completions.create(model="filingqa", stream=True, extra_body={"filing_id": FILING_ID}, messages=[
        {"role": "user", "content": "What were total revenues in the quarter ended September 30, 2011?"},
        {"role": "assistant", "content": "(earlier answer)"},
        {"role": "user", "content": "And in the same quarter a year earlier?"}])
    pieces, last = [], None
    for chunk in stream:
        assert chunk.object == "chat.completion.chunk"
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        last = chunk
    assert last.choices[0].finish_reason == "stop"
    streamed_answer = last.model_extra["filingqa"]
    streamed = "".join(pieces)
    assert streamed_answer["text"].strip()[:40] in streamed
    assert streamed_answer["status"] in OFFERED and Decimal(streamed_answer["value"]["amount"]) == Decimal("3411000")
    if streamed_answer["status"] == "uncertain":  # the chat says so in words before the candidate
        assert streamed.startswith("Not sure:")

    # restart over the same store: the filing and the conversation are still there
    server.stop()
    again = Server(store, tmp_path_factory.mktemp("logs2") / "server.log")
    try:
        with again.client() as http:
            assert [m["id"] for m in http.get("/v1/filings").json()["filings"]] == [FILING_ID]
            conv = http.get(f"/v1/conversations/{conversation_id}")
            assert conv.status_code == 200
            assert conv.json()["turns"] == turns_before
            # and the conversation goes on after the restart
            follow = http.post("/v1/ask", json={"question": "What is the difference between the two?", "conversation_id": conversation_id})
            assert follow.status_code == 200 and len(http.get(f"/v1/conversations/{conversation_id}").json()["turns"]) == 4
    finally:
        again.stop()

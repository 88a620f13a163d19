"""Issue 14's cases against a real server (`python -m qa serve` on 127.0.0.1, real store, model, answerer).

Keys from a TOML file: an admin, two readers, an uploader and a reader with a small rate limit.
The module's last test sends SIGTERM while a request runs and times the exit.
"""

from __future__ import annotations

import json
import signal
import threading
import time

import httpx
import pytest

from served import Server

pytestmark = pytest.mark.integration

FILING_ID = "immunogen_8k_2011-10-27"
KEYS = {"admin": "admin-key-0123456789", "alice": "alice-key-0123456789", "bob": "bob-key-0123456789abc",
        "uploader": "uploader-key-0123456789", "limited": "limited-key-0123456789"}
KEYS_TOML = f"""
[[keys]]
name = "admin"
key = "{KEYS['admin']}"
scopes = ["admin"]

[[keys]]
name = "alice"
key = "{KEYS['alice']}"
scopes = ["read"]

[[keys]]
name = "bob"
key = "{KEYS['bob']}"
scopes = ["read"]

[[keys]]
name = "uploader"
key = "{KEYS['uploader']}"
scopes = ["read", "upload"]

[[keys]]
name = "limited"
key = "{KEYS['limited']}"
scopes = ["read"]
rate_per_minute = 6
burst = 3
"""
# The slowest request the limits admit: 10 replayed user messages at the question limit, each
# built from words the question patterns search for, then the question.
ADVERSARIAL_TURN = ("revenue divided growth from which ratio of what share of difference between " * 40)[:2000]


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample_path):
    root = tmp_path_factory.mktemp("hardening")
    keys_file = root / "keys.toml"
    keys_file.write_text(KEYS_TOML)
    srv = Server(root / "store", root / "server.log", env={"FILINGQA_API_KEYS_FILE": str(keys_file)}, key=KEYS["admin"])
    with srv.client() as admin, sample_path.open("rb") as f:
        r = admin.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")})
        assert r.status_code == 201, r.text
    yield srv
    srv.stop()


def post_raw(srv: Server, path: str, raw: str, key: str | None) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.post(srv.url + path, content=raw.encode("ascii"), headers=headers, timeout=60)


def assert_problem(r: httpx.Response, status: int, part: str = "") -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status and part.lower() in body["detail"].lower(), body
    return body


def test_without_a_key_401_comes_before_body_method_and_route_checks(server):
    assert_problem(post_raw(server, "/v1/ask", '{"question": "x"', None), 401, "missing API key")
    assert_problem(httpx.put(server.url + "/v1/ask", json={}), 401)
    assert_problem(httpx.get(server.url + "/v1/no-such-route"), 401)
    assert_problem(httpx.post(server.url + "/v1/filings", content=b"junk"), 401)
    assert_problem(httpx.get(server.url + "/v1/filings", headers={"Authorization": "Bearer not-a-key"}), 401, "wrong API key")
    assert httpx.get(server.url + "/healthz").status_code == 200


@pytest.mark.parametrize("path, raw, part", [
    ("/v1/ask", '{"question": "revenues?", "conversation_id": "\\ud800"}', "lone surrogate"),
    ("/v1/ask", '{"question": "revenues\\u0000?"}', "NUL"),
    ("/v1/ask", '{"question": "revenues?", "filing_id": "\\udfff"}', "lone surrogate"),
    ("/v1/ask", '{"question": "revenues?", "\\ud800": 1}', ""),
    ("/v1/chat/completions", '{"messages": [{"role": "user", "content": "revenues?"}], "conversation_id": "\\ud800"}', "lone surrogate"),
    ("/v1/chat/completions", '{"messages": [{"role": "user", "content": "\\ud800 and revenues?"}]}', "lone surrogate"),
    ("/v1/chat/completions", '{"model": "\\ud800", "messages": [{"role": "user", "content": "revenues?"}]}', "model"),
    ("/v1/conversations", '{"filing_id": "\\ud800"}', "lone surrogate"),
])
def test_text_the_store_cannot_hold_is_422(server, path, raw, part):
    assert_problem(post_raw(server, path, raw, KEYS["alice"]), 422, part)


def test_unstorable_message_in_a_real_conversation_is_422_and_stores_nothing(server):
    with server.client(KEYS["alice"]) as http:
        cid = http.post("/v1/conversations", json={"filing_id": FILING_ID}).json()["id"]
        raw = json.dumps({"conversation_id": cid, "messages": [{"role": "user", "content": "Total revenues?\ud800"}]})
        assert_problem(post_raw(server, "/v1/chat/completions", raw, KEYS["alice"]), 422, "lone surrogate")
        assert http.get(f"/v1/conversations/{cid}").json()["turns"] == []
        assert_problem(http.get("/v1/conversations/%ED%A0%80"), 404)


def test_the_issue_256kb_chat_history_is_422_at_once(server):
    body = {"messages": [{"role": "user", "content": "revenue " * 32000}, {"role": "user", "content": "What were total revenues?"}]}
    with server.client(KEYS["alice"]) as http:
        r = http.post("/v1/chat/completions", json=body)
    assert_problem(r, 422, "messages[0] (user) is 256000 characters long; the limit is 2000")


def test_a_long_whole_history_is_422(server):
    filler = [{"role": "assistant", "content": "x" * 15000}] * 5
    body = {"messages": [*filler, {"role": "user", "content": "What were total revenues?"}]}
    with server.client(KEYS["alice"]) as http:
        assert_problem(http.post("/v1/chat/completions", json=body), 422, "characters long together")


def test_healthz_answers_within_a_second_while_the_slowest_request_runs(server):
    messages = [{"role": "user", "content": ADVERSARIAL_TURN}] * 10 + [{"role": "user", "content": "What were total revenues?"}]
    done: dict = {}

    def slow():
        with server.client(KEYS["alice"]) as http:
            started = time.monotonic()
            done["response"] = http.post("/v1/chat/completions", json={"messages": messages, "filing_id": FILING_ID})
            done["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=slow)
    worker.start()
    polls = []
    while worker.is_alive() or len(polls) < 3:
        started = time.monotonic()
        r = httpx.get(server.url + "/healthz", timeout=5)
        polls.append(time.monotonic() - started)
        assert r.status_code == 200
        time.sleep(0.05)
    worker.join()
    print(f"\nslowest chat: {done['seconds']:.2f} s, {len(polls)} health polls, longest {max(polls) * 1000:.0f} ms")
    assert done["response"].status_code == 200, done["response"].text
    assert max(polls) < 1.0, polls


def test_conversations_belong_to_the_key_that_created_them(server):
    with server.client(KEYS["alice"]) as alice, server.client(KEYS["bob"]) as bob:
        cid = alice.post("/v1/conversations", json={"filing_id": FILING_ID}).json()["id"]
        assert alice.post("/v1/ask", json={"question": "What were total revenues in the quarter ended September 30, 2011?",
                                           "conversation_id": cid}).status_code == 200
        assert_problem(bob.get(f"/v1/conversations/{cid}"), 404, "no conversation")
        assert_problem(bob.post("/v1/ask", json={"question": "And a year earlier?", "conversation_id": cid}), 404, "no conversation")
        assert_problem(bob.post("/v1/chat/completions", json={"conversation_id": cid, "messages": [
            {"role": "user", "content": "And a year earlier?"}]}), 404, "no conversation")
        turns = alice.get(f"/v1/conversations/{cid}").json()["turns"]
        assert len(turns) == 1  # bob's attempts stored nothing


def test_scopes_are_enforced(server, sample_path):
    with server.client(KEYS["alice"]) as reader, server.client(KEYS["uploader"]) as uploader, server.client() as admin:
        with sample_path.open("rb") as f:
            assert_problem(reader.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")}), 403, "'upload' scope")
        assert_problem(reader.delete(f"/v1/filings/{FILING_ID}"), 403, "'upload' scope")
        assert_problem(reader.get("/metrics"), 403, "'admin' scope")
        assert reader.get("/v1/filings").status_code == 200
        with sample_path.open("rb") as f:
            again = uploader.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")})
        assert again.status_code == 200 and again.json()["added"] is False
        assert_problem(uploader.delete("/v1/filings/no_such_filing"), 404)
        assert_problem(uploader.get("/metrics"), 403)
        assert admin.get("/metrics").status_code == 200


def test_a_burst_over_the_key_rate_is_429_with_retry_after(server):
    with server.client(KEYS["limited"]) as http:
        codes = [http.get("/v1/models").status_code for _ in range(3)]
        over = http.get("/v1/models")
    assert codes == [200, 200, 200]
    body = assert_problem(over, 429, "rate limit")
    assert int(over.headers["retry-after"]) >= 1 and "limited" in body["detail"]
    with server.client(KEYS["alice"]) as other:  # limits are per key
        assert other.get("/v1/models").status_code == 200


def test_sigterm_stops_the_server_promptly_while_a_request_runs(server):
    """Last in the module: it ends the server."""
    messages = [{"role": "user", "content": ADVERSARIAL_TURN}] * 10 + [{"role": "user", "content": "What were total revenues?"}]

    def busy():
        try:
            with server.client(KEYS["alice"]) as http:
                http.post("/v1/chat/completions", json={"messages": messages, "filing_id": FILING_ID})
        except httpx.HTTPError:
            pass

    worker = threading.Thread(target=busy, daemon=True)
    worker.start()
    time.sleep(0.3)
    started = time.monotonic()
    server.proc.send_signal(signal.SIGTERM)
    server.proc.wait(timeout=20)
    took = time.monotonic() - started
    print(f"\nexit {took:.2f} s after SIGTERM")
    assert server.proc.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after its graceful shutdown
    worker.join(timeout=5)

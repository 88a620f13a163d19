"""HTTP-layer hardening in process: the answer time budget (503), key files, the rate limiter.

A slow answerer is simulated with a stand-in that sleeps (nothing in the real answerer is slow on
bounded input any more); tests/test_hardening_server.py runs the real stack on a real server.
"""

from __future__ import annotations

import hashlib
import threading
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.conversations import ConversationStore
from api.deps import Services
from api.keys import ApiKey, KeyConfigError, RateLimiter, load_keys
from api.metrics import Metrics
from api.settings import Settings
from test_api_http import FakeAnswerer, FakeStore


class SlowAnswerer(FakeAnswerer):
    def __init__(self, seconds: float):
        super().__init__()
        self.seconds = seconds

    def ask(self, question, filing_id=None, history=None):
        time.sleep(self.seconds)
        return super().ask(question, filing_id, history)


def make(tmp_path, answerer, **settings) -> TestClient:
    s = Settings(store=tmp_path, **settings)
    services = Services(s, FakeStore(), object(), answerer, ConversationStore(tmp_path), Metrics())
    return TestClient(create_app(s, services=services))


def test_an_answer_past_its_budget_is_503_and_healthz_is_not_held(tmp_path):
    with make(tmp_path, SlowAnswerer(3.0), answer_timeout_s=0.5) as c:
        out: dict = {}
        t = threading.Thread(target=lambda: out.update(r=c.post("/v1/ask", json={"question": "What were net sales?"})))
        started = time.monotonic()
        t.start()
        time.sleep(0.1)
        assert c.get("/healthz").status_code == 200
        t.join()
        r = out["r"]
        assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
        assert "budget of 0.5 s" in r.json()["detail"] and r.headers["retry-after"] == "1"
        assert time.monotonic() - started < 2.5  # the client is not held for the whole 3 s answer


def test_a_replayed_chat_stops_at_its_deadline(tmp_path):
    answerer = SlowAnswerer(0.2)
    with make(tmp_path, answerer, answer_timeout_s=0.5) as c:
        messages = [{"role": "user", "content": f"question {i}?"} for i in range(11)]
        r = c.post("/v1/chat/completions", json={"messages": messages})
        assert r.status_code == 503
        time.sleep(0.5)  # let the worker reach its next deadline check
        assert len(answerer.calls) <= 4  # 10 replayed turns + the question would be 11 calls


def test_chat_message_limits_name_the_message(tmp_path):
    with make(tmp_path, FakeAnswerer(), max_question_chars=50, max_message_chars=100, max_chat_chars=150, max_chat_messages=4) as c:
        def chat(messages):
            return c.post("/v1/chat/completions", json={"messages": messages})
        r = chat([{"role": "user", "content": "x" * 51}, {"role": "user", "content": "q?"}])
        assert r.status_code == 422 and r.json()["detail"] == "messages[0] (user) is 51 characters long; the limit is 50"
        r = chat([{"role": "system", "content": "s" * 101}, {"role": "user", "content": "q?"}])
        assert r.status_code == 422 and "messages[0] (system) is 101" in r.json()["detail"]
        r = chat([{"role": "assistant", "content": "a" * 100}, {"role": "user", "content": "q" * 50 + ""}, {"role": "user", "content": "q?"}])
        assert r.status_code == 422 and "152 characters long together; the limit is 150" in r.json()["detail"]
        r = chat([{"role": "user", "content": "q?"}] * 5)
        assert r.status_code == 422 and "5 messages; the limit is 4" in r.json()["detail"]
        assert chat([{"role": "user", "content": "q?"}] * 4).status_code == 200


def test_keys_from_toml_file_env_json_and_the_single_key(tmp_path):
    secret = "reader-secret-0123456789"
    f = tmp_path / "keys.toml"
    f.write_text(f'[[keys]]\nname = "reader"\nsha256 = "{hashlib.sha256(secret.encode()).hexdigest()}"\nscopes = ["read"]\n'
                 f'rate_per_minute = 30\n')
    keys = load_keys("single-admin-key", f, '[{"name": "up", "key": "upload-secret-0123456", "scopes": ["upload"]}]')
    assert [(k.name, k.scopes) for k in keys] == [("default", ["admin"]), ("reader", ["read"]), ("up", ["upload"])]
    from api.keys import KeyRing
    ring = KeyRing(keys)
    assert ring.identify(secret).name == "reader" and ring.identify("single-admin-key").name == "default"
    assert ring.identify("nope") is None


@pytest.mark.parametrize("content, message", [
    ('[[keys]]\nname = "a"\nscopes = ["read"]\n', "exactly one of 'key' and 'sha256'"),
    ('[[keys]]\nname = "a"\nkey = "short"\n', "at least 16 characters"),
    ('[[keys]]\nname = "a"\nkey = "0123456789abcdef"\nscopes = ["write"]\n', "scopes"),
    ('[[keys]]\nname = "a"\nkey = "0123456789abcdef"\n[[keys]]\nname = "a"\nkey = "0123456789abcdeg"\n', "duplicate key names"),
    ('[[keys]\n', "keys.toml"),
])
def test_malformed_keys_file_is_refused_with_where(tmp_path, content, message):
    f = tmp_path / "keys.toml"
    f.write_text(content)
    with pytest.raises(KeyConfigError, match=message.replace("(", r"\(")):
        load_keys(None, f)


def test_serve_refuses_bad_keys_with_a_message(tmp_path, capsys, monkeypatch):
    from qa.cli import main

    f = tmp_path / "keys.toml"
    f.write_text('[[keys]]\nname = "a"\n')
    monkeypatch.setenv("FILINGQA_API_KEYS_FILE", str(f))
    assert main(["serve", "--store", str(tmp_path / "s"), "--port", "0"]) == 2
    assert "bad API keys" in capsys.readouterr().err


def test_rate_limiter_bucket_refills_at_the_key_rate():
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    key = ApiKey(name="k", key="0123456789abcdef", rate_per_minute=60, burst=2)
    assert [limiter.take(key) for _ in range(2)] == [0.0, 0.0]
    assert limiter.take(key) == pytest.approx(1.0)
    now[0] = 1.0
    assert limiter.take(key) == 0.0
    unlimited = ApiKey(name="u", key="0123456789abcdeg")
    assert all(limiter.take(unlimited) == 0.0 for _ in range(1000))


def test_single_env_key_is_an_admin_named_default(tmp_path):
    with make(tmp_path, FakeAnswerer(), api_key="single-key") as c:
        h = {"Authorization": "Bearer single-key"}
        assert c.get("/metrics", headers=h).status_code == 200
        cid = c.post("/v1/conversations", json={}, headers=h).json()["id"]
        assert c.get(f"/v1/conversations/{cid}", headers=h).status_code == 200

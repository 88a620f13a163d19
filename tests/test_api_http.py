"""Pure HTTP behaviour of the API: auth, problem+json, validation, size limits, conversations, chat format.

These tests inject a fake answerer and a small in-memory filing registry in place of the real
store and answer module (FastAPI `services` injection) because they pin down the HTTP layer
alone and must stay fast; tests/test_api_routes.py and tests/test_server_integration.py run the
same routes over the real parser, store, model and answerer.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.conversations import ConversationStore
from api.deps import Services
from api.metrics import Metrics
from api.routes_filings import safe_name
from api.settings import Settings
from index.models import FilingMeta
from qa.models import Answer, Citation, Figure, Value

KEY = "s3cret-key"



class FakeStore:
    """Stand-in for index.store.Store: only the calls the HTTP layer makes."""

    def __init__(self):
        self.generation = 1
        self.metas = {"acme_10-q_2024-03-31": FilingMeta(id="acme_10-q_2024-03-31", content_hash="0" * 64, format="text")}

    def filings(self):
        return list(self.metas.values())

    def get(self, filing_id):
        return None

    def remove(self, filing_id):
        return self.metas.pop(filing_id, None) is not None


class FakeAnswerer:
    """Stand-in for qa.answer.Answerer: echoes how many turns of history it was given."""

    def __init__(self):
        self.calls = []

    def ask(self, question, filing_id=None, history=None):
        self.calls.append((question, filing_id, [t.question for t in history or []]))
        n = len(history or [])
        return Answer(status="answered", text=f"Net sales were $12.4 million [1]. turns={n}",
                      value=Value(amount="12400000", unit="USD"),
                      figures=[Figure(amount="12400000", unit="USD", label="Net sales", verified=True, citation=1)],
                      citations=[Citation(id=1, filing_id="acme_10-q_2024-03-31", quote="Net sales 12,400", start=10, end=26,
                                          row="Net sales", column="2024")],
                      verified=True)


def make_client(tmp_path, **settings) -> tuple[TestClient, FakeAnswerer]:
    s = Settings(store=tmp_path, **settings)
    answerer = FakeAnswerer()
    services = Services(s, FakeStore(), object(), answerer, ConversationStore(tmp_path), Metrics())
    return TestClient(create_app(s, services=services)), answerer


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path, max_upload_bytes=1000, max_question_chars=50)[0] as c:
        yield c


def assert_problem(resp, status: int, detail_part: str = ""):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    assert detail_part.lower() in body["detail"].lower()
    assert "Traceback" not in resp.text


# ---- auth ----

def test_api_key_required_everywhere_but_healthz(tmp_path):
    c, _ = make_client(tmp_path, api_key=KEY)
    with c:
        assert c.get("/healthz").status_code == 200
        for method, path in [("get", "/v1/filings"), ("get", "/v1/models"), ("get", "/metrics"), ("get", "/openapi.json"),
                             ("post", "/v1/ask"), ("get", "/v1/conversations/x"), ("delete", "/v1/filings/x")]:
            r = getattr(c, method)(path)
            assert_problem(r, 401, "missing API key")
            assert r.headers["www-authenticate"] == "Bearer"
        assert_problem(c.get("/v1/filings", headers={"Authorization": "Bearer nope"}), 401, "wrong API key")
        ok = c.get("/v1/filings", headers={"Authorization": f"Bearer {KEY}"})
        assert ok.status_code == 200 and ok.json()["filings"][0]["id"] == "acme_10-q_2024-03-31"


def test_no_key_configured_means_open(client):
    assert client.get("/v1/models").json()["data"][0]["id"] == "filingqa"


# ---- problem+json for framework errors ----

def test_unknown_route_and_wrong_method_are_problems(client):
    assert_problem(client.get("/v1/nothing"), 404, "no route")
    assert_problem(client.put("/v1/ask", json={}), 405, "not allowed")
    r = client.patch("/v1/filings")
    assert_problem(r, 405)
    assert r.headers["allow"] == "GET, POST"


def test_malformed_json_is_422(client):
    r = client.post("/v1/ask", content=b'{"question": "x"', headers={"Content-Type": "application/json"})
    assert_problem(r, 422, "not valid JSON")


def test_missing_and_extra_fields_are_422(client):
    assert_problem(client.post("/v1/ask", json={}), 422, "question")
    assert_problem(client.post("/v1/ask", json={"question": "q", "bogus": 1}), 422, "bogus")


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_empty_question_is_422(client, question):
    assert_problem(client.post("/v1/ask", json={"question": question}), 422)


def test_oversized_question_is_422_and_limit_is_in_schema(client):
    assert_problem(client.post("/v1/ask", json={"question": "x" * 51}), 422, "limit is 50")
    schema = client.get("/openapi.json").json()
    assert schema["components"]["schemas"]["AskRequest"]["properties"]["question"]["maxLength"] == 50


def test_unhandled_error_is_500_problem_without_trace(tmp_path):
    c, answerer = make_client(tmp_path)
    answerer.ask = lambda *a, **k: 1 / 0
    with TestClient(c.app, raise_server_exceptions=False) as c2:
        r = c2.post("/v1/ask", json={"question": "What were net sales?"})
    assert_problem(r, 500, "internal error")
    assert "ZeroDivision" not in r.text


# ---- filings (HTTP-only parts) ----

def test_unknown_filing_is_404(client):
    assert_problem(client.get("/v1/filings/nope"), 404, "no filing 'nope'")
    assert_problem(client.delete("/v1/filings/nope"), 404, "no filing")
    assert_problem(client.post("/v1/ask", json={"question": "What were net sales?", "filing_id": "nope"}), 404, "no filing")


def test_delete_known_filing_is_204(client):
    assert client.delete("/v1/filings/acme_10-q_2024-03-31").status_code == 204
    assert client.get("/v1/filings").json() == {"filings": []}


def test_upload_over_limit_is_413_by_declared_length(client):
    r = client.post("/v1/filings", files={"file": ("big.txt", b"x" * (200 * 1024), "text/plain")})
    assert_problem(r, 413, "limit of 1000 bytes")


def test_upload_over_limit_is_413_while_streaming_without_length(client):
    """A chunked body with no Content-Length is cut off once it passes the limit."""
    boundary = "b0undary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()

    def body():
        yield head
        for _ in range(10_000):  # 10 MB if it were all read
            yield b"y" * 1024
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/v1/filings", content=body(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert_problem(r, 413)


def test_upload_file_part_over_limit_is_413(client):
    # the body fits in limit + multipart overhead, the file itself does not
    r = client.post("/v1/filings", files={"file": ("a.txt", b"z" * 1001, "text/plain")})
    assert_problem(r, 413)


def test_upload_needs_multipart_with_file_field(client):
    assert_problem(client.post("/v1/filings", content=b"hello", headers={"Content-Type": "text/plain"}), 415, "multipart")
    assert_problem(client.post("/v1/filings", files={"other": ("a.txt", b"hello", "text/plain")}), 422, "'file'")


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"), ("C:\\Windows\\system32\\evil.htm", "evil.htm"), ("", "upload"), ("..", "upload"),
    ("my filing (final).txt", "my_filing_final_.txt"), ("/", "upload"), ("\x00\n.txt", "txt"),
])
def test_upload_names_are_never_paths(name, expected):
    assert safe_name(name) == expected


# ---- conversations ----

def test_conversation_turns_feed_history_and_persist(tmp_path):
    c, answerer = make_client(tmp_path)
    with c:
        conv = c.post("/v1/conversations", json={"filing_id": "acme_10-q_2024-03-31"})
        assert conv.status_code == 201
        cid = conv.json()["id"]
        assert c.post("/v1/ask", json={"question": "What were net sales?", "conversation_id": cid}).json()["conversation_id"] == cid
        second = c.post("/v1/ask", json={"question": "And a year earlier?", "conversation_id": cid}).json()
        assert second["text"].endswith("turns=1")
        assert answerer.calls[-1] == ("And a year earlier?", "acme_10-q_2024-03-31", ["What were net sales?"])
    # a new app over the same directory (a restart) still has both turns with their answers
    c2, _ = make_client(tmp_path)
    with c2:
        got = c2.get(f"/v1/conversations/{cid}").json()
    assert [t["question"] for t in got["turns"]] == ["What were net sales?", "And a year earlier?"]
    assert got["turns"][0]["answer"]["value"] == {"amount": "12400000", "low": None, "high": None, "unit": "USD"}


def test_conversation_errors(client):
    assert_problem(client.get("/v1/conversations/c_missing"), 404, "no conversation")
    assert_problem(client.post("/v1/ask", json={"question": "q?", "conversation_id": "c_missing"}), 404, "no conversation")
    assert_problem(client.post("/v1/conversations", json={"filing_id": "nope"}), 404, "no filing")
    assert client.post("/v1/conversations").status_code == 201  # body optional


# ---- OpenAI-compatible chat ----

def test_chat_completion_shape_and_replayed_history(tmp_path):
    c, answerer = make_client(tmp_path)
    with c:
        r = c.post("/v1/chat/completions", json={"model": "filingqa", "temperature": 0.2, "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "What were net sales?"},
            {"role": "assistant", "content": "Net sales were $12.4 million."},
            {"role": "user", "content": [{"type": "text", "text": "And a year earlier?"}]}]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["object"] == "chat.completion" and body["choices"][0]["finish_reason"] == "stop"
    content = body["choices"][0]["message"]["content"]
    assert "turns=1" in content and '[1] "Net sales 12,400"' in content
    assert body["filingqa"]["value"]["amount"] == "12400000"
    assert answerer.calls[-1][2] == ["What were net sales?"]


def test_chat_stream_is_openai_chunks_ending_with_done(client):
    with client.stream("POST", "/v1/chat/completions", json={"messages": [{"role": "user", "content": "Net sales?"}], "stream": True}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line[len("data: "):] for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(ch["object"] == "chat.completion.chunk" for ch in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(ch["choices"][0]["delta"].get("content", "") for ch in chunks)
    assert text.startswith("Net sales were $12.4 million [1].")
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["filingqa"]["status"] == "answered"


def test_chat_needs_a_final_user_message(client):
    assert_problem(client.post("/v1/chat/completions", json={"messages": []}), 422)
    assert_problem(client.post("/v1/chat/completions", json={"messages": [{"role": "assistant", "content": "hi"}]}), 422, "user message")
    assert_problem(client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": ""}]}), 422, "empty")


# ---- operations ----

def test_healthz_and_metrics(client):
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["store_loaded"] and h["model_loaded"] and h["filings"] == 1
    client.post("/v1/ask", json={"question": "What were net sales?"})
    client.get("/v1/filings/nope")
    text = client.get("/metrics").text
    assert 'filingqa_answers_total{status="answered"} 1' in text
    assert 'filingqa_http_requests_total{method="GET",route="/v1/filings/{filing_id}",status="404"} 1' in text
    assert 'filingqa_http_request_duration_seconds_count{route="/v1/ask"} 1' in text
    assert "filingqa_answers_unverified_total 0" in text


def test_settings_from_env_and_overrides(tmp_path):
    s = Settings.from_env({"FILINGQA_STORE": str(tmp_path), "FILINGQA_API_KEY": "", "FILINGQA_MAX_UPLOAD_BYTES": "123"}, llm_url="http://x")
    assert s.store == tmp_path and s.api_key is None and s.max_upload_bytes == 123 and s.llm_url == "http://x"
    with pytest.raises(ValueError):
        Settings.from_env({"FILINGQA_MAX_UPLOAD_BYTES": "lots"})


def test_openapi_is_a_contract_with_examples(client):
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    for path, item in schema["paths"].items():
        for method, op in item.items():
            for code, resp in op["responses"].items():
                for media, content in resp.get("content", {}).items():
                    ref = content.get("schema", {}).get("$ref")
                    if int(code) >= 400:
                        assert media == "application/problem+json" and ref == "#/components/schemas/ProblemDetail", (path, code)
                    elif ref:
                        assert components[ref.rsplit("/", 1)[1]].get("examples"), f"{method} {path} {code}: no example"
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
            if body:
                assert components[body.rsplit("/", 1)[1]].get("examples"), f"{method} {path}: request has no example"
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_serve_command_flags():
    from qa.cli import build_parser

    args = build_parser().parse_args(["serve", "--store", "/tmp/s", "--port", "0", "--llm-url", "http://127.0.0.1:9"])
    assert (args.store, args.host, args.port, args.llm_url) == ("/tmp/s", "127.0.0.1", 0, "http://127.0.0.1:9")


def test_oversized_json_body_is_413_not_buffered(client):
    big = {"question": "q?", "filing_id": "x" * (2 * 1024 * 1024)}
    assert_problem(client.post("/v1/ask", json=big), 413, "request body is larger")

    def chunks():  # no Content-Length: counted while read
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(3000):
            yield b"a" * 1024
        yield b'"}]}'

    r = client.post("/v1/chat/completions", content=chunks(), headers={"Content-Type": "application/json"})
    assert_problem(r, 413)

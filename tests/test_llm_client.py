"""The LLM transport: settings, the none backend, retries with backoff, timeouts and budgets.

Runs against FakeChatServer, a real HTTP server on 127.0.0.1 with scripted replies (a fake
server, not a mock of a model).
"""

from __future__ import annotations

import socket

import pytest

from qa.llm import BudgetExceeded, LLMError, LLMSettings, NoLLM, OpenAICompatibleLLM, TokenBudget, get_llm
from fake_llm_server import FakeChatServer, Scripted


def client(url: str, sleeps: list[float] | None = None, **kw) -> OpenAICompatibleLLM:
    settings = LLMSettings(url=url, model="tiny", **kw)
    return OpenAICompatibleLLM(settings, sleep=(sleeps.append if sleeps is not None else (lambda s: None)))


def test_default_is_no_llm_and_it_refuses_to_chat():
    llm = get_llm(settings=LLMSettings.from_env(env={}))
    assert isinstance(llm, NoLLM) and not llm.enabled
    with pytest.raises(LLMError, match="no LLM configured"):
        llm.chat([{"role": "user", "content": "hi"}])


def test_settings_come_from_env_and_url_argument_wins():
    env = {"FILINGQA_LLM_URL": "http://127.0.0.1:9/v1/", "FILINGQA_LLM_MODEL": "m", "FILINGQA_LLM_API_KEY": "k", "FILINGQA_LLM_TIMEOUT": "2.5", "FILINGQA_LLM_RETRIES": "4", "FILINGQA_LLM_BUDGET": "900"}
    s = LLMSettings.from_env(env=env)
    assert (s.url, s.model, s.api_key, s.timeout_s, s.retries, s.budget_tokens) == ("http://127.0.0.1:9/v1", "m", "k", 2.5, 4, 900)
    assert LLMSettings.from_env(url="http://other:1/v1", env=env).url == "http://other:1/v1"
    assert isinstance(get_llm(settings=s), OpenAICompatibleLLM)


@pytest.mark.parametrize("bad", [{"url": "ftp://x"}, {"url": "http://x", "timeout_s": 0}, {"url": "http://x", "retries": -1}, {"url": "http://x", "budget_tokens": 0}])
def test_bad_settings_fail_at_the_boundary(bad):
    with pytest.raises(ValueError):
        LLMSettings(**bad)


def test_bad_number_in_env_is_a_clear_error():
    with pytest.raises(ValueError, match="FILINGQA_LLM_TIMEOUT must be a number"):
        LLMSettings.from_env(env={"FILINGQA_LLM_TIMEOUT": "soon"})


def test_chat_sends_openai_body_with_auth_and_reads_reply():
    with FakeChatServer() as server:
        server.script.append(Scripted(content="subtract(F1, F2)", usage={"prompt_tokens": 33, "completion_tokens": 7}))
        llm = client(server.url, api_key="secret")
        reply = llm.chat([{"role": "user", "content": "q"}], max_tokens=40, stop=["\n"])
    assert reply.text == "subtract(F1, F2)"
    assert (reply.prompt_tokens, reply.completion_tokens) == (33, 7)
    body = server.requests[0]
    assert body["model"] == "tiny" and body["max_tokens"] == 40 and body["stop"] == ["\n"] and body["temperature"] == 0.0
    assert body["messages"] == [{"role": "user", "content": "q"}]
    assert server.headers[0]["Authorization"] == "Bearer secret"
    assert llm.stats.calls == 1 and llm.stats.prompt_tokens == 33


def test_retries_server_errors_with_exponential_backoff():
    sleeps: list[float] = []
    with FakeChatServer() as server:
        server.script.extend([Scripted(status=503), Scripted(status=429), Scripted(content="fine")])
        llm = client(server.url, sleeps, retries=3, backoff_s=0.1)
        assert llm.chat([{"role": "user", "content": "q"}]).text == "fine"
    assert len(server.requests) == 3
    assert sleeps == [0.1, 0.2]
    assert llm.stats.retries == 2


def test_gives_up_after_the_retries_with_a_one_line_reason():
    sleeps: list[float] = []
    with FakeChatServer() as server:
        server.script.append(Scripted(status=500))
        llm = client(server.url, sleeps, retries=2, backoff_s=0.05)
        with pytest.raises(LLMError, match=r"failed after 3 attempt\(s\): HTTP 500"):
            llm.chat([{"role": "user", "content": "q"}])
    assert len(server.requests) == 3 and sleeps == [0.05, 0.1]
    assert llm.stats.failures == 1


def test_client_errors_are_not_retried():
    with FakeChatServer() as server:
        server.script.append(Scripted(status=400))
        llm = client(server.url, retries=3)
        with pytest.raises(LLMError, match="HTTP 400"):
            llm.chat([{"role": "user", "content": "q"}])
    assert len(server.requests) == 1


def test_timeout_is_enforced_and_retried():
    with FakeChatServer() as server:
        server.script.append(Scripted(content="late", delay_s=1.0))
        llm = client(server.url, retries=1, timeout_s=0.2)
        with pytest.raises(LLMError, match="timed out after 0.2 s"):
            llm.chat([{"role": "user", "content": "q"}])
    assert len(server.requests) == 2


def test_unreachable_server_is_an_llm_error():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    llm = client(f"http://127.0.0.1:{port}/v1", retries=1)
    with pytest.raises(LLMError, match="cannot reach"):
        llm.chat([{"role": "user", "content": "q"}])


def test_malformed_reply_is_an_llm_error():
    with FakeChatServer() as server:
        server.script.append(Scripted(raw_body='{"choices": []}'))
        with pytest.raises(LLMError, match="not in the OpenAI chat format"):
            client(server.url).chat([{"role": "user", "content": "q"}])
        server.script.clear()
        server.script.append(Scripted(raw_body="<html>"))
        with pytest.raises(LLMError, match="not JSON"):
            client(server.url).chat([{"role": "user", "content": "q"}])


def test_budget_caps_max_tokens_and_then_refuses_before_calling():
    with FakeChatServer() as server:
        server.script.append(Scripted(content="x", usage={"prompt_tokens": 60, "completion_tokens": 20}))
        llm = client(server.url)
        budget = TokenBudget(limit=120)
        llm.chat([{"role": "user", "content": "q" * 40}], max_tokens=500, budget=budget)
        assert server.requests[0]["max_tokens"] < 120  # capped to what the budget leaves
        assert budget.used == 80
        with pytest.raises(BudgetExceeded):
            llm.chat([{"role": "user", "content": "q" * 400}], max_tokens=50, budget=budget)
    assert len(server.requests) == 1  # the over-budget call never went out


def test_new_budget_is_per_question():
    llm = client("http://127.0.0.1:9/v1", budget_tokens=321)
    a, b = llm.new_budget(), llm.new_budget()
    a.spend(300)
    assert b.remaining == 321 and a.remaining == 21

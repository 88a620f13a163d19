"""The Answerer's wording seam: a model may rephrase a verified answer only when asked to
(FILINGQA_LLM_REWORD=1), and a rephrasing that changes a number never reaches the user.

The model here is tests/fake_llm_server.py: a real HTTP server on 127.0.0.1 with scripted replies
(a fake server, not a mock of a model); the real llama.cpp path is in test_llm_integration.py.
"""

import pytest

from tests.fake_llm_server import FakeChatServer, Scripted

QUESTION = "What were total revenues for the three months ended September 30, 2010?"


@pytest.fixture(scope="module")
def store(tmp_path_factory, sample_path):
    from index.parse import parse_file
    from index.store import Store

    store = Store(tmp_path_factory.mktemp("wiring_store"))
    store.add(parse_file(sample_path))
    return store


def answerer(store, server):
    from qa.answer import Answerer
    from qa.llm import get_llm

    return Answerer(store, llm=get_llm(server.url, model="fake"))


def test_answers_are_not_reworded_unless_asked(store, monkeypatch):
    monkeypatch.delenv("FILINGQA_LLM_REWORD", raising=False)
    with FakeChatServer() as server:
        answer = answerer(store, server).ask(QUESTION)
        assert answer.status == "answered" and answer.method == "rules"
        assert server.requests == []


def test_a_rephrasing_that_keeps_every_number_is_used(store, monkeypatch):
    monkeypatch.setenv("FILINGQA_LLM_REWORD", "1")
    with FakeChatServer() as server:
        plain = answerer(store, server)
        monkeypatch.setenv("FILINGQA_LLM_REWORD", "0")
        baseline = plain.ask(QUESTION)
        monkeypatch.setenv("FILINGQA_LLM_REWORD", "1")
        reply = "For the three months ended September 30, 2010, total revenues came to $3,411,000 [1]."
        server.script.append(Scripted(content=reply))
        answer = plain.ask(QUESTION)
    assert answer.status == "answered" and answer.text == reply
    assert answer.value == baseline.value and answer.figures == baseline.figures


def test_a_rephrasing_that_changes_a_number_is_dropped(store, monkeypatch):
    monkeypatch.setenv("FILINGQA_LLM_REWORD", "1")
    with FakeChatServer() as server:
        server.script.append(Scripted(content="For the three months ended September 30, 2010, total revenues were $20 million [1]."))
        answer = answerer(store, server).ask(QUESTION)
        assert len(server.requests) == 1  # the model was asked ...
    assert answer.status == "answered"
    assert "$20 million" not in answer.text and "3,411,000" in answer.text  # ... and overruled
    assert answer.value.amount == "3411000"

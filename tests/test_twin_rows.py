"""A label printed twice for one period, asked without the heading that tells them apart (qa/twin_rows.py)."""

from functools import lru_cache

import pytest


@lru_cache(maxsize=1)
def _apple(shared: str):
    from index.parse import parse_file
    from qa.answer import Answerer
    from qa.memory_store import MemoryStore

    store = MemoryStore()
    fid = store.add(parse_file(f"{shared}/filings/apple_10-q_2024-06-29.html"))
    return Answerer(store), fid


def test_a_row_printed_twice_asked_without_its_heading_is_uncertain_naming_both(shared_dir):
    answerer, fid = _apple(str(shared_dir))
    a = answerer.ask("What was Apple's term debt at June 29, 2024?", fid)
    assert a.status == "uncertain", a.text
    assert "$12,114,000,000 under “Current liabilities”" in a.reason and "$86,196,000,000 under “Non-current liabilities”" in a.reason
    assert {a.value.amount} | {alt.value.amount for alt in a.alternatives} >= {"12114000000", "86196000000"}


@pytest.mark.parametrize("question,amount", [
    ("What was Apple's current term debt at June 29, 2024?", "12114000000"),
    ("What was Apple's non-current term debt at June 29, 2024?", "86196000000"),
])
def test_the_heading_named_in_the_question_settles_it(shared_dir, question, amount):
    answerer, fid = _apple(str(shared_dir))
    a = answerer.ask(question, fid)
    assert (a.status, a.value.amount) == ("answered", amount), a.text

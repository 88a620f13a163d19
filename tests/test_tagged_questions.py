"""Questions made from a filer's iXBRL tags (qa/tagged_questions.py): graded only where the words
have one answer."""

from __future__ import annotations

from decimal import Decimal

from evals.models import EvalItem, EvalTurn, Gold
from qa.tagged_questions import _unambiguous, say_period


def _item(question: str, value: str) -> EvalItem:
    gold = Gold(type="number", value=Decimal(value), unit="USD", rel_tol=0.005, sign_insensitive=True)
    return EvalItem(id=question + value, documents=[], turns=[EvalTurn(question=question, gold=gold, qtype="lookup")])


def test_the_same_words_for_two_different_tagged_values_are_left_out():
    items = [_item("What was Term debt as of June 29, 2024?", "12114000000"),
             _item("What was Term debt as of June 29, 2024?", "86196000000"),
             _item("What was Net sales for the three months ended June 29, 2024?", "85777000000")]
    assert [i.turns[0].question for i in _unambiguous(items)] == ["What was Net sales for the three months ended June 29, 2024?"]


def test_the_same_words_for_the_same_value_twice_are_kept():
    # a cash-flow payment tagged as a magnitude and printed "(398)" is one answer
    items = [_item("What was Dividends paid for the nine months ended June 29, 2024?", "398"),
             _item("What was Dividends paid for the nine months ended June 29, 2024?", "-398")]
    assert len(_unambiguous(items)) == 2


def test_periods_are_worded_as_an_analyst_would():
    assert say_period("2024-06-29") == "as of June 29, 2024"
    assert say_period("2024-03-31/2024-06-29") == "for the three months ended June 29, 2024"


def test_the_untagged_copy_asks_the_same_questions_of_the_filing_without_its_tags(shared_dir):
    from index.parse import parse_bytes
    from qa.tagged_questions import tagged_items, untagged_items

    path = shared_dir / "filings" / "oracle_10-q_2024-08-31.html"
    tagged, untagged = tagged_items(path, changes=False), untagged_items(path, changes=False)
    assert [i.turns[0].question for i in untagged] == [i.turns[0].question for i in tagged]
    assert untagged[0].id.startswith("untagged:") and untagged[0].id.split(":", 1)[1] == tagged[0].id.split(":", 1)[1]
    parsed = parse_bytes(untagged[0].documents[0].data(), untagged[0].documents[0].name)
    assert parsed.xbrl == [] and "ix:" not in untagged[0].documents[0].text
    assert len(parsed.tables) == len(parse_bytes(path.read_bytes(), path.name).tables)

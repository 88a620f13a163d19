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

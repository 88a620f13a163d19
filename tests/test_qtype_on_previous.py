"""Arithmetic on earlier answers (qa/qtypes/on_previous.py): "that" is the previous answer, "that
change" the last difference, "this 2018 amount" the earlier answer for 2018; the program replays the
earlier programs, so every input is a cited fact of the filing or a number the question writes."""

from __future__ import annotations

import pytest
from page_asker import ANNUAL_PAGE, asker

from qa.conversation import Turn
from qa.qtypes.on_previous import PRECISION, QUESTION_TYPE


@pytest.fixture(scope="module")
def ask():
    return asker(ANNUAL_PAGE, "acme_10-k_2019.txt")


def converse(ask, questions):
    history = []
    for q in questions:
        history.append(Turn(question=q, answer=ask(q, history)))
    return [t.answer for t in history]


def test_a_number_the_question_writes_is_applied_to_the_previous_answer(ask):
    *_, ans = converse(ask, ["What was net income in 2019?", "What is that divided by 1000?"])
    assert ans.plan["qtype"] == "on_previous"
    assert [(s.op, s.args, s.result) for s in ans.program] == [("divide", ["35100000", "1000"], "35100")]
    assert ans.value.unit == "USD"  # scaled by a number: still dollars
    assert ans.in_filing and ans.figures[0].citation is not None  # the earlier figure is cited again


def test_that_change_over_an_earlier_year_divides_the_difference_by_that_years_answer(ask):
    *_, change, ans = converse(ask, ["What was net income in 2019?", "And in 2018?", "What was the change between the two?",
                                     "How much does that change represent in relation to this 2018 amount?"])
    assert change.value.amount == "6200000"
    assert ans.program[-1].op == "divide" and ans.program[-1].args == ["#0", "28900000"]
    assert ans.value.unit == "ratio" and ans.value.amount.startswith("0.21453")


def test_a_percentage_of_an_earlier_answer_is_a_share(ask):
    *_, ans = converse(ask, ["What was net income in 2019?", "And in 2018?", "What was the change between the two?",
                             "What is this change as a percentage of the 2018 amount?"])
    assert ans.program[-1].op == "share" and ans.value.unit == "percent"


def test_a_year_no_earlier_answer_holds_is_read_from_the_filing(ask):
    *_, ans = converse(ask, ["What was net income in 2019?", "And in 2018?", "What was the change between the two?",
                             "What is that change divided by the 2017 total revenues?"])
    assert ans.program[-1].args[-1] == "98100000"
    assert any(f.amount == "98100000" and f.citation is not None for f in ans.figures)


def test_confidence_is_bounded_by_the_earlier_answers_it_reads(ask):
    first, ans = converse(ask, ["What was net income in 2019?", "What is that less 1000?"])
    assert ans.confidence <= PRECISION * (first.confidence or 0.5) + 1e-4


def test_without_an_earlier_answer_the_type_declines(ask):
    ans = ask("What is that less 1?")
    assert ans.plan is None or ans.plan.get("qtype") != "on_previous"


@pytest.mark.parametrize("question", ["What was, then, the change over the year?", "What is net income in 2019?",
                                      "What was the change over the years?"])
def test_questions_without_an_operand_are_not_claimed(question):
    assert not QUESTION_TYPE.recognise(question, None)





def test_a_line_item_is_read_at_the_period_of_the_previous_answer(ask):
    *_, ans = converse(ask, ["What was net income in 2018?", "What is that as a percentage of total revenues?"])
    assert ans.plan["qtype"] == "on_previous"
    assert [(s.op, s.args) for s in ans.program] == [("share", ["28900000", "110250000"])]
    assert ans.value.unit == "percent" and ans.value.amount.startswith("26.21")
    assert "Total revenues" in ans.text
    assert ans.status == "uncertain"  # a figure read just now, with no calibrated confidence of its own


def test_a_change_names_no_one_period_for_the_line_item(ask):
    *_, ans = converse(ask, ["What was net income in 2019?", "And in 2018?", "What was the change between the two?",
                             "What is that as a percentage of total revenues?"])
    assert ans.plan is None or ans.plan.get("qtype") != "on_previous"

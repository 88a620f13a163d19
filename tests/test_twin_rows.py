"""A label printed twice for one period, asked without the heading that tells them apart (qa/twin_rows.py)."""

import pytest


def test_a_row_printed_twice_asked_without_its_heading_is_uncertain_naming_both(apple_10q_answerer):
    answerer, fid = apple_10q_answerer
    a = answerer.ask("What was Apple's term debt at June 29, 2024?", fid)
    assert a.status == "uncertain", a.text
    assert "$12,114,000,000 under “Current liabilities”" in a.reason and "$86,196,000,000 under “Non-current liabilities”" in a.reason
    assert {a.value.amount} | {alt.value.amount for alt in a.alternatives} >= {"12114000000", "86196000000"}


@pytest.mark.parametrize("question,amount", [
    ("What was Apple's current term debt at June 29, 2024?", "12114000000"),
    ("What was Apple's non-current term debt at June 29, 2024?", "86196000000"),
])
def test_the_heading_named_in_the_question_settles_it(apple_10q_answerer, question, amount):
    answerer, fid = apple_10q_answerer
    a = answerer.ask(question, fid)
    assert (a.status, a.value.amount) == ("answered", amount), a.text


def test_a_label_printed_with_and_without_the_filers_name_is_not_settled(oracle_10q_answerer):
    # Oracle's balance sheet: "Total Oracle Corporation stockholders' equity" ($8,704 million) and,
    # after the noncontrolling interests, "Total stockholders' equity" ($9,239 million); the
    # company's name is stripped from the question, so it cannot say which
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("What was total Oracle stockholders' equity as of May 31, 2024?", fid)
    assert ans.status == "uncertain", ans.text
    assert "$8,704,000,000" in ans.reason and "$9,239,000,000" in ans.reason

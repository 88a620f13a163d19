"""Sums and averages over the periods a question names or a row reports (qa/qtypes/total_over_periods.py,
qa/qtypes/average_of_row.py, qa/answer.py `years_over`): every year of a span, each figure cited, the
rounding of a quotient that does not end a program step."""

from __future__ import annotations

import pytest
from page_asker import ANNUAL_PAGE, asker


@pytest.fixture(scope="module")
def ask():
    return asker(ANNUAL_PAGE, "acme_10-k_2019.txt")


def test_a_total_over_a_span_of_years_adds_every_year_of_it(ask):
    ans = ask("What is the total net income between 2017 to 2019?")
    assert ans.plan["operation"] == "sum" and ans.value.amount == "94000000"
    assert [f.amount for f in ans.figures] == ["35100000", "28900000", "30000000"]


def test_the_total_of_an_item_in_two_years_is_their_sum(ask):
    ans = ask("What is the total net income in 2019 and 2018?")
    assert ans.value.amount == "64000000" and [s.op for s in ans.program][-1] == "add"


def test_a_row_that_is_itself_a_total_asked_in_two_years_gives_both_figures(ask):
    ans = ask("What were total revenues in 2019 and 2018?")
    assert ans.plan["qtype"] == "respective" and [f.amount for f in ans.figures] == ["120400000", "110250000"]


@pytest.mark.parametrize("question", ["What is the average net income?", "What was the average net income from 2017-2019?"])
def test_an_average_over_no_period_or_a_span_is_over_every_year_of_the_row(ask, question):
    ans = ask(question)
    assert ans.plan["operation"] == "average"
    assert ans.value.amount == "31333333.3333" and [s.op for s in ans.program][-2:] == ["average", "round"]
    assert "before rounding" in ans.text and len(ans.figures) == 3


def test_the_ratio_of_one_item_over_two_periods_reads_the_dollar_figures_in_the_order_asked(ask):
    ans = ask("What was the ratio of net income in 2019 to 2018?")
    assert ans.plan["operation"] == "ratio" and ans.value.amount == "1.2145" and ans.value.unit == "ratio"
    assert [f.amount for f in ans.figures if f.citation is not None] == ["35100000", "28900000"]

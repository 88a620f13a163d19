"""The highest or lowest of an item over the periods a question spans (qa/qtypes/highest.py,
qa/qtypes/lowest.py): a max or min step over the row's figure for each year, each figure cited; a
question that names one period or asks which one is not this form."""

from __future__ import annotations

import pytest
from page_asker import ANNUAL_PAGE, asker

from qa.question import parse_question


@pytest.fixture(scope="module")
def ask():
    return asker(ANNUAL_PAGE, "acme_10-k_2019.txt")


def test_the_highest_over_the_three_year_period_is_a_max_over_the_row(ask):
    ans = ask("What was the greatest net income in the three year period?")
    assert ans.plan["operation"] == "max" and ans.value.amount == "35100000"
    assert [s.op for s in ans.program][-1] == "max" and len(ans.figures) == 3


def test_the_lowest_over_a_span_of_years_is_a_min_over_those_years(ask):
    ans = ask("What was the lowest other income (expense) between 2018 and 2019?")
    assert ans.plan["operation"] == "min" and ans.value.amount == "-1200000"
    assert sorted(f.amount for f in ans.figures) == ["-1200000", "400000"]


@pytest.mark.parametrize("question, operation", [
    ("In 2014, 2013 and 2012, what were the lowest amount of interest rate hedges?", "min"),
    ("What is the highest initial balance observed during 2015-2017?", "max"),
    ("What was the maximum exposure to credit risk at 31 March 2019?", "lookup"),  # a printed figure
    ("How many years is the minimum lifespan of the land?", "lookup"),
    ("Which year had the highest net income in 2017-2019?", "text"),  # asks which one: not a max
])
def test_only_a_question_over_several_periods_is_this_form(question, operation):
    assert parse_question(question).operation == operation

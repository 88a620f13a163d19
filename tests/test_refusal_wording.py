"""Refusals say what is missing in words that fit the question: the unit asked is named only where
the answer is the figure itself."""

from __future__ import annotations

import pytest
from page_asker import ANNUAL_PAGE, asker


@pytest.fixture(scope="module")
def ask():
    return asker(ANNUAL_PAGE, "acme_10-k_2019.txt")


def test_a_percent_change_over_missing_years_names_the_years_not_a_unit(ask):
    ans = ask("What was the percentage change in net income from 2015 to 2016?")
    assert ans.status == "not_found"
    assert "in percent" not in ans.text and "2015" in ans.text


def test_a_lookup_in_a_unit_the_row_is_not_in_names_the_unit(ask):
    ans = ask("What percent was net income in 2019?")
    assert ans.status != "answered" or ans.value.unit == "percent"

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


def test_a_candidate_offered_where_no_row_is_named_as_asked_does_not_say_the_filing_lacks_it(monkeypatch):
    from qa.answer import OFFERED_REASON, Answerer
    from qa.chooser import get_chooser

    page = ("ACME CORP\nFORM 8-K\n\nStock option assumptions (in thousands, except per share amounts):\n\n"
            "\t2019\t2018\nExpected term (years)\t4.8\t4.6\nStock-based compensation expense\t1,250\t1,100\n")
    monkeypatch.setattr(Answerer, "OFFER_FLOOR", 0.0)  # offered whatever this model's confidence
    monkeypatch.setattr(get_chooser(), "threshold", 1.01)  # and never answered outright
    # no row says "contractual": the rules name no row, a candidate over the closest one is offered
    ans = asker(page, "acme_8-k_2019.txt")("What was the average expected contractual term for 2018 and 2019?")
    assert ans.status == "uncertain" and ans.value.amount == "4.7" and ans.value.unit == "years"
    assert ans.reason.startswith(OFFERED_REASON) and "does not report" not in ans.reason

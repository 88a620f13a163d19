"""Counts over a row (qa/qtypes/count.py): exact comparisons with the question's bound, a count step
over the counted cells, every compared cell cited."""

from __future__ import annotations

import pytest
from page_asker import ANNUAL_PAGE, asker

from qa.program import run

PAGE_TWO_ROWS = ("BETA CORP\nANNUAL REPORT\n\nSEGMENTS\n(in thousands)\n\n\t2019\t2018\n"
                 "Net income\t35,100\t28,900\nNet income\t5,100\t2,900\n")


@pytest.fixture(scope="module")
def ask():
    return asker(ANNUAL_PAGE, "acme_10-k_2019.txt")


def test_the_count_op_counts_the_figures_it_reads():
    assert run([("count", ["35100", "31200"])])[-1].result == "2"


def test_years_above_a_bound_in_thousands_are_counted_with_each_cell_cited(ask):
    ans = ask("How many years did net income exceed $30,000 thousand?")
    assert ans.status == "answered" and ans.plan["qtype"] == "count"
    assert ans.value.amount == "1" and ans.value.unit == "count"
    assert [(s.op, s.args, s.result) for s in ans.program] == [("count", ["35100000"], "1")]
    assert sorted(f.amount for f in ans.figures) == ["28900000", "30000000", "35100000"]
    assert len(ans.citations) == 3 and ans.in_filing


def test_a_cell_equal_to_the_bound_does_not_exceed_it(ask):
    ans = ask("How many years did net income exceed $30 million?")
    assert ans.value.amount == "1"  # 30,000 thousand is not above 30 million


def test_below_counts_the_cells_under_the_bound(ask):
    ans = ask("How many years were total revenues below $115,000 thousand?")
    assert ans.value.amount == "2" and [s.args for s in ans.program] == [["110250000", "98100000"]]


def test_negative_cells_are_counted(ask):
    ans = ask("How many years was other income (expense) negative?")
    assert ans.value.amount == "2" and ans.program[0].args == ["-1200000", "-300000"]


def test_no_cell_meeting_the_bound_is_left_to_the_other_types(ask):
    ans = ask("How many years did net income exceed $90,000 thousand?")
    assert ans.plan["qtype"] != "count"


def test_two_rows_naming_the_item_equally_are_not_counted():
    ans = asker(PAGE_TWO_ROWS, "beta_10-k_2019.txt")("How many years did net income exceed $3,000 thousand?")
    assert ans.plan["qtype"] != "count"

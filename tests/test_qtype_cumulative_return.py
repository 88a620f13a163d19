"""Cumulative total return from a performance table (qa/qtypes/cumulative_return.py): the table is
known by its base-100 shape; the rows asked by the question's words; each figure cited; a yes/no
for "outperform", a difference in percentage points for two rows."""

from __future__ import annotations

import pytest
from page_asker import asker

PAGE = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nStock performance graph. The following table compares the cumulative "
        "total stockholder return on our common stock with the S&P 500 Index and a peer group.\n\n"
        "\t12/31/2014\t12/31/2015\t12/31/2016\t12/31/2017\t12/31/2018\t12/31/2019\n"
        "Acme Widgets, Inc.\t$100.00\t$112.40\t$131.05\t$150.22\t$141.90\t$187.35\n"
        "S&P 500 Index\t$100.00\t$101.38\t$113.51\t$138.29\t$132.23\t$173.86\n"
        "Peer Group\t$100.00\t$95.12\t$104.77\t$126.40\t$119.02\t$158.61\n")


@pytest.fixture(scope="module")
def ask():
    return asker(PAGE, "acme_10-k_2019.txt")


def test_the_cumulative_return_of_one_row_is_its_end_over_the_base(ask):
    ans = ask("What was the cumulative total return for Acme Widgets for the five years ended 12/31/2019?")
    assert ans.plan["qtype"] == "cumulative_return" and ans.value.amount == "87.35" and ans.value.unit == "percent"
    assert [s.op for s in ans.program] == ["percent_change"] and ans.confidence == 0.92  # the type's measured precision
    assert sorted(f.amount for f in ans.figures) == ["100", "187.35"]


def test_two_rows_give_the_difference_in_the_order_asked(ask):
    ans = ask("What was the difference in cumulative total return for the S&P 500 Index compared to Acme Widgets?")
    assert ans.value.amount == "-13.49" and [s.op for s in ans.program] == ["percent_change", "percent_change", "subtract"]


def test_outperform_is_a_yes_or_no_over_the_ending_values(ask):
    ans = ask("Did Acme Widgets outperform the peer group over the five year period?")
    assert ans.text.startswith("Yes") and ans.program[-1].op == "greater"
    ans = ask("Did the peer group outperform the S&P 500 Index?")
    assert ans.text.startswith("No")


@pytest.mark.parametrize("question", [
    "What is the total return if 1000000 is invested in Acme Widgets in 2015 and sold in 2016?",  # the user's sum
    "What was the expected long-term rate of return on plan assets?",
])
def test_other_return_questions_are_left_to_other_types(ask, question):
    assert (ask(question).plan or {}).get("qtype") != "cumulative_return"


def test_a_filing_without_a_base_100_table_is_left_to_other_types():
    ask = asker("ACME WIDGETS, INC.\n\n\t2019\t2018\t2017\nRevenue\t120\t110\t100\nNet income\t30\t20\t10\n",
                "acme_10-k_2019.txt")
    assert (ask("What was the cumulative total return for Acme over the period?").plan or {}).get("qtype") != "cumulative_return"

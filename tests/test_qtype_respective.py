"""Several figures at once (qa/qtypes/respective.py): one item over several periods, several items in
one period; every figure cited, listed in the order asked, and not_found naming the one missing."""

from __future__ import annotations

import pytest
from page_asker import asker

from evals.models import Gold
from evals.scoring import score

PAGE = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        "\tYear Ended December 31,\t\t\n\t2019\t2018\t2017\n"
        "Total revenues\t120,400\t110,250\t98,100\nCost of revenues\t70,200\t66,000\t61,500\n"
        "Net income\t35,100\t28,900\t31,200\n\n"
        "CUSTOMER CONCENTRATION\n\n\tFiscal Year 2019\tFiscal Year 2018\n"
        "Apple Inc.\t32%\t36%\nHuawei Technologies Co., Ltd.\t13%\t8%\n\n"
        "Net income increased in 2019 primarily due to higher revenues from new customers.\n")


@pytest.fixture(scope="module")
def ask():
    return asker(PAGE, "acme_10-k_2019.txt")


def test_one_item_over_three_periods_lists_each_figure_cited_in_the_order_asked(ask):
    ans = ask("What was net income in 2019, 2018 and 2017 respectively?")
    assert ans.status == "answered" and ans.plan["qtype"] == "respective"
    assert [f.amount for f in ans.figures] == ["35100000", "28900000", "31200000"]
    assert [f.citation for f in ans.figures] == [1, 2, 3]
    assert [c.column for c in ans.citations] == ["Year Ended December 31, 2019", "Year Ended December 31, 2018",
                                                 "Year Ended December 31, 2017"]
    assert ans.text == "$35,100,000 for 2019 [1]; $28,900,000 for 2018 [2]; $31,200,000 for 2017 [3] for “Net income”."
    assert ans.value is None and ans.in_filing
    assert ans.spans == ["35100000", "28900000", "31200000"]  # each part, in the order asked


def test_periods_asked_earlier_first_are_answered_earlier_first_without_respectively(ask):
    ans = ask("What were total revenues in 2018 and 2019?")
    assert ans.status == "answered" and [f.amount for f in ans.figures] == ["110250000", "120400000"]


def test_a_year_range_asked_respectively_lists_every_year_between(ask):
    ans = ask("What is net income for fiscal years 2019 to 2017 respectively?")
    assert [f.amount for f in ans.figures] == ["35100000", "28900000", "31200000"]


def test_two_items_in_one_period_each_from_its_own_row(ask):
    ans = ask("What are the respective total revenues and cost of revenues in 2018?")
    assert ans.status == "answered"
    assert [(f.amount, f.label) for f in ans.figures] == [("110250000", "Total revenues"), ("66000000", "Cost of revenues")]
    assert ans.text == "$110,250,000 “Total revenues” [1]; $66,000,000 “Cost of revenues” [2], for 2018."


def test_a_missing_period_is_not_found_naming_it_and_no_figure_is_given(ask):
    ans = ask("What was net income in 2019 and 2016 respectively?")
    assert ans.status == "not_found" and ans.figures == [] and ans.value is None
    assert "2016" in ans.reason and "one of them is missing" in ans.reason


def test_members_under_a_measure_read_from_year_columns_are_shown_but_not_vouched_for(ask):
    ans = ask("What are the respective percentage of revenue from Apple and Huawei in 2018?")
    assert ans.status == "uncertain" and [f.amount for f in ans.figures] == ["36", "8"]
    assert "loosely" in ans.reason


def test_a_total_over_years_of_a_row_that_is_no_total_is_left_to_the_sum(ask):
    ans = ask("What is the total net income in 2018 and 2019?")
    assert ans.plan["qtype"] != "respective"


def test_the_harness_finds_exactly_the_asked_figures_and_takes_no_year_as_the_headline(ask):
    ans = ask("What was net income in 2019 and 2018 respectively?").model_dump(mode="json")
    both = Gold(type="numbers", values=["35100", "28900"], scale_free=True)
    assert score(ans, both, "").correct
    stray = Gold(type="numbers", values=["35100", "31200"], scale_free=True)  # 2017's figure was not asked
    assert not score(ans, stray, "").correct
    first = Gold(type="number", value="35100", scale_free=True)  # no headline value: the text's first number
    assert score(ans, first, "").correct


MATURITIES = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nCONTRACTUAL OBLIGATIONS\n(in thousands)\n\n"
              "\tPayments due by period as of December 31, 2019\t\t\t\n"
              "\tLess than 1 year\t1-3 years\t3-5 years\tMore than 5 years\n"
              "Operating lease obligations\t16,164\t19,812\t6,551\t5,883\n"
              "Financing obligations\t2,956\t5,912\t1,000\t400\n")


@pytest.fixture(scope="module")
def ask_maturities():
    return asker(MATURITIES, "acme_10-k_2019_obligations.txt")


def test_one_row_under_the_columns_asked(ask_maturities):
    ans = ask_maturities("What are the respective values of operating lease obligations that are less than one year "
                         "and between 3-5 years?")
    assert ans.status == "answered" and [f.amount for f in ans.figures] == ["16164000", "6551000"]
    assert [c.row for c in ans.citations] == ["Operating lease obligations"] * 2


def test_two_rows_under_one_column_asked(ask_maturities):
    ans = ask_maturities("What are the respective values of the company's operating lease and financing obligations "
                         "that are between 1 to 3 years?")
    assert ans.status == "answered" and [f.amount for f in ans.figures] == ["19812000", "5912000"]


def test_a_column_the_table_lacks_is_not_found(ask_maturities):
    ans = ask_maturities("What are the respective values of operating lease obligations that are less than one year "
                         "and between 5-10 years?")
    assert ans.status == "not_found" and ans.figures == [] and "“between 5-10”" in ans.reason


def test_a_cost_row_is_not_vouched_for_as_the_revenue_it_is_the_cost_of():
    # the page prints only "Cost of license revenue"; the question asks for the license revenue
    page = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nCOST OF REVENUES\n(in thousands)\n\n"
            "\tYear Ended December 31,\t\n\t2019\t2018\n"
            "Cost of license revenue\t3,011\t1,002\nCost of services revenue\t9,800\t9,100\n")
    ans = asker(page, "acme_10-k_2019.txt")("What was the License revenue in 2019 and 2018 respectively?")
    assert ans.status != "answered", ans.text

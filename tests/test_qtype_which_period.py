"""Which period (qa/qtypes/which_period.py): the year a row is largest in, and the years the one
table reports where the question names no row of it."""

from __future__ import annotations

from page_asker import ANNUAL_PAGE, asker

SEGMENT_PAGE = ("ACME WIDGETS, INC.\n\nACQUISITION-RELATED CHARGES (in millions)\n\n"
                "\tFiscal 2019\tFiscal 2018\n"
                "Acquisition and integration costs\t27\t14\n"
                "Restructuring and other charges, net\t255\t126\n"
                "Total\t282\t140\n")


def test_the_year_a_row_is_largest_in_is_computed_by_a_max_step():
    ans = asker(ANNUAL_PAGE, "acme_10-k_2019.txt")("In which year was net income the largest?")
    assert ans.plan["qtype"] == "which_period" and ans.text.startswith("2019:")
    assert [s.op for s in ans.program] == ["max"]
    assert ans.spans == ["2019"]


def test_the_years_of_the_one_table_answer_what_it_reports_where_no_row_is_named():
    ans = asker(SEGMENT_PAGE, "acme_10-k_2019.txt")("In which years was operating income calculated for?")
    assert ans.plan["qtype"] == "which_period" and ans.status == "answered"
    assert ans.text.startswith("2019 and 2018: the table reports figures for 2019 [1] and 2018 [2]")
    assert ans.spans == ["2019", "2018"]


def test_a_question_about_when_something_happened_gets_no_table_years():
    ans = asker(SEGMENT_PAGE, "acme_10-k_2019.txt")("In which period did the company sell its widget plant?")
    assert "the table reports figures" not in ans.text


def test_amounts_printed_as_deductions_are_compared_by_their_size():
    page = ("ACME WIDGETS, INC.\n\nSEGMENT RESULTS (in millions)\n\n\t2024\t2023\t2022\n"
            "Total segment operating profit\t1,252\t1,108\t961\nCorporate expense\t(118)\t(104)\t(97)\n"
            "Operating income\t1,134\t1,004\t864\n")
    ans = asker(page, "acme_10-k_2024.txt")("In which year was corporate expense the highest?")
    assert ans.spans == ["2024"] and [s.op for s in ans.program] == ["min"]

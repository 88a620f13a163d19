"""Shares of a whole no row names (qa/answer.py `_table_total`): "X as a proportion of total costs"
reads the part's own table's "Total" row in the part's column; a total smaller than the part, or
in another table, is never used."""

from __future__ import annotations

from page_asker import asker

PAGE = ("ACME WIDGETS, INC.\n\nRESTRUCTURING COSTS (in millions)\n\n"
        "\t2019\t2018\n"
        "Employee termination costs\t53.0\t20.0\n"
        "Facility closure costs\t2.5\t4.0\n"
        "Total\t55.5\t24.0\n")


def test_the_total_row_of_the_parts_table_is_the_whole_where_no_row_names_it():
    ans = asker(PAGE, "acme_10-k_2019.txt")("What was the employee termination costs as a proportion of total costs in 2019?")
    assert ans.plan["operation"] == "share" and ans.value.amount == "95.5"
    assert [c.row for c in ans.citations] == ["Employee termination costs", "Total"]
    assert [c.column for c in ans.citations] == ["2019", "2019"]


def test_no_total_row_below_the_part_leaves_the_whole_not_found():
    page = PAGE.replace("Total\t55.5\t24.0\n", "")
    ans = asker(page, "acme_10-k_2019.txt")("What was the employee termination costs as a proportion of total costs in 2019?")
    assert ans.status == "not_found" or not any(c.row == "Total" for c in ans.citations)

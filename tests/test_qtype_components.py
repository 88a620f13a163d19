"""Components (qa/qtypes/components.py): the line items a table lists under a heading or above a
total, each cited to its row; their count with a `count` step; other items left to other types."""

from __future__ import annotations

import pytest
from page_asker import asker

PAGE = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nDEFERRED TAXES\n(in thousands)\n\n"
        "\tDecember 31, 2019\tDecember 31, 2018\n"
        "Deferred tax assets:\t\t\n"
        "Net operating loss carryforwards\t3,167\t3,445\n"
        "Accrued liabilities\t577\t553\n"
        "Other\t134\t162\n"
        "Gross deferred tax assets\t3,878\t4,160\n"
        "Valuation allowance\t(1,319)\t(1,331)\n"
        "Net deferred tax assets\t2,559\t2,829\n\n"
        "REVENUE BY LICENSE TYPE\n(in thousands)\n\n"
        "\t2019\t2018\n"
        "Fully-paid licenses\t130\t12,700\n"
        "Royalty bearing licenses\t2,907\t3,086\n"
        "Total revenue\t3,037\t15,786\n")


@pytest.fixture(scope="module")
def ask():
    return asker(PAGE, "acme_10-k_2019.txt")


def test_the_rows_under_a_heading_are_listed_each_cited_to_its_row(ask):
    ans = ask("What are the components of deferred tax assets?")
    assert ans.plan["qtype"] == "components" and ans.status == "answered"
    assert ans.text == ("“Deferred tax assets” lists 3 line items: Net operating loss carryforwards [1]; "
                        "Accrued liabilities [2]; Other [3].")
    assert ans.spans == ["Net operating loss carryforwards", "Accrued liabilities", "Other"]
    assert [c.quote.split("\t")[0] for c in ans.citations] == ["Net operating loss carryforwards", "Accrued liabilities",
                                                               "Other"]


def test_the_rows_a_total_adds_up_are_its_components(ask):
    ans = ask("What financial items does total revenue consist of?")
    assert ans.plan["qtype"] == "components"
    assert "Fully-paid licenses [1]; Royalty bearing licenses [2]" in ans.text
    assert "Total revenue" not in ans.text.split("lists", 1)[1]


def test_how_many_components_counts_the_rows_with_a_count_step(ask):
    ans = ask("How many components are there under deferred tax assets?")
    assert ans.plan["qtype"] == "components"
    assert ans.value.amount == "3" and ans.value.unit == "count"
    assert [s.op for s in ans.program] == ["count"] and ans.in_filing


def test_an_item_that_is_a_plain_row_is_left_to_the_other_types(ask):
    ans = ask("What are the components of accrued liabilities?")
    assert ans.plan["qtype"] != "components"

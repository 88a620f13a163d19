"""A table's caption says what its rows are of where the row labels do not ("Cabinets" in a table
introduced as net sales by segment): qa/filing_view.py `table_candidates` reads captions only when
no printed label fits the asked item, and then the row under the caption that fits, in its own table."""

from __future__ import annotations

import pytest
from page_asker import asker

PAGE = ("ACME HOME PRODUCTS, INC.\nANNUAL REPORT\n\nNet sales by segment were as follows (in millions):\n\n"
        "\t2017\t2016\t2015\n"
        "Cabinets\t$2,467.1\t$2,397.8\t$2,173.4\nPlumbing\t1,720.8\t1,534.4\t1,414.5\nTotal\t$4,187.9\t$3,932.2\t$3,587.9\n\n"
        "Operating profit was as follows (in millions):\n\n\t2017\t2016\t2015\nCabinets\t$288.1\t$271.0\t$210.5\n"
        "Plumbing\t$341.2\t$298.8\t$258.1\n")


@pytest.fixture(scope="module")
def ask():
    return asker(PAGE, "acme_10-k_2017.txt")


def test_a_segment_row_is_found_through_the_caption_that_names_the_line_item(ask):
    ans = ask("What was the percentage growth in sales of cabinets from 2016 to 2017?")
    assert ans.value is not None and ans.value.amount == "2.89"
    assert sorted(f.amount for f in ans.figures) == ["2397800000", "2467100000"]


def test_the_same_row_label_under_another_caption_is_that_table_s_figure(ask):
    ans = ask("What was operating profit of plumbing in 2017?")
    assert [f.amount for f in ans.figures] == ["341200000"]
    ans = ask("What were net sales of plumbing in 2016?")
    assert [f.amount for f in ans.figures] == ["1534400000"]


def test_a_caption_is_not_read_where_a_printed_label_fits(ask):
    from index.parse import parse_bytes
    from qa.filing_view import FilingView

    view = FilingView(parse_bytes(PAGE.encode(), "acme_10-k_2017.txt"), [])
    ranked = view.table_candidates("Plumbing", set())
    assert ranked and all(parent is None for _, _, parent in ranked)  # no caption group: the label itself fits
    ranked = view.table_candidates("net sales of plumbing", set())
    assert ranked[0][1:] == ("Plumbing", "Net sales by segment were as follows (in millions):")

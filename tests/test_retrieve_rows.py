"""Open-setting retrieval signals beyond chunk text: table-row keys, the question's arithmetic words
left out of BM25, and filings that do not print the year asked. Real store, real MiniLM."""

from __future__ import annotations

import pytest
from page_asker import pages_store

import qa.retrieve as retrieve
from qa.retrieve import Retriever, query_tokens

# X: says "drone hardware revenue" everywhere but prints only 2015 and 2014.
PAGE_X = """Drone hardware revenue rose as the drone fleet grew. Drone hardware sales to utilities doubled.

DRONE HARDWARE REVENUE

\t2015\t2014
Drone hardware revenue\t8,400\t7,100
Service revenue\t2,100\t1,900
"""
# Y: one row holds both "hardware" and "revenue", and the table prints 2019.
PAGE_Y = """The company sells inspection equipment to pipeline operators.

SEGMENT RESULTS

\t2019\t2018
Hardware revenue\t12,000\t11,000
Total revenue\t12,500\t11,400
"""
# Z: "hardware" and "revenue" only in different rows of its table.
PAGE_Z = """Results by product line for the year.

PRODUCT LINES

\t2019\t2018
Hardware units shipped\t300\t280
Software revenue\t900\t800
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return pages_store(tmp_path_factory.mktemp("row_pages"), {"page_x.txt": PAGE_X, "page_y.txt": PAGE_Y, "page_z.txt": PAGE_Z})


def test_row_score_prefers_the_table_whose_one_row_names_the_item_over_words_spread_across_rows(store):
    r = Retriever(store)
    snap = r.snapshot()
    scores = dict(zip((c.id for c in snap.chunks), r._row_scores(snap, "What was the hardware revenue in 2019?", "", None)))
    assert scores["page_y/c1"] > scores["page_z/c1"] > 0
    assert scores["page_y/c0"] == scores["page_z/c0"] == 0  # prose has no rows


def test_row_keys_off_build_no_row_index(store):
    snap = Retriever(store, row_weight=0, row_filing_weight=0).snapshot()
    assert snap.row_bm25 is None and snap.row_chunk is None


def test_query_tokens_leave_out_the_arithmetic_words():
    assert query_tokens("What was the percentage change in revenue between 2018 and 2019?") == ["revenue", "2018", "2019"]


def test_query_tokens_keep_the_arithmetic_words_when_nothing_else_is_left():
    assert query_tokens("What is the average ratio?") == ["average", "ratio"]


def test_a_filing_that_does_not_print_the_year_asked_drops_below_one_that_does(store, monkeypatch):
    question = "What was the drone hardware revenue in 2019?"
    monkeypatch.setattr(retrieve, "YEAR_MISS_FACTOR", 1.0)
    assert Retriever(store).search(question, k=1)[0].filing_id == "page_x"  # the better-worded page
    monkeypatch.setattr(retrieve, "YEAR_MISS_FACTOR", 0.5)
    assert Retriever(store).search(question, k=1)[0].filing_id == "page_y"  # the page that prints 2019

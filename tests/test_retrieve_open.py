"""Retrieval across many small filings (the open setting): filing-aware ranking, real MiniLM, real
store; and the open-setting harness's page split."""

from __future__ import annotations

import pytest
from page_asker import pages_store

from evals.open_all import split_of
from qa.retrieve import Retriever

# Page A: the question's topic ("zeppelin inspection drones") is in its paragraph, the figure in its
# table. Page B: a table that matches the figure's words better but is about something else.
PAGE_A = """Quillfeather Robotics builds zeppelin inspection drones for utilities and pipeline operators across
North America. Its fleet of zeppelin inspection drones grew again during the year as new multi-year contracts
started, and the company hired more field engineers to support customers in remote regions of the continent.

The board approved a new share buyback programme and the company refinanced its credit facility at a lower
rate. Management expects further growth in the coming year as more operators replace helicopter patrols.

SEGMENT RESULTS

\t2015\t2014
Hardware revenue\t8,400\t7,100
Service revenue\t2,100\t1,900
"""
PAGE_B = """The company sells kitchen appliances through department stores and its own web shop. It opened two new
distribution centres during the year to shorten delivery times for customers, and it added a line of toasters
and kettles designed by an outside studio that sold well in the holiday season across all of its markets.

HARDWARE REVENUE AND TOTAL REVENUE

\t2015\t2014
Hardware revenue\t12,000\t11,000
Total revenue\t12,500\t11,400
"""
PAGE_C = """The bank's net interest margin narrowed as deposit costs rose faster than loan yields over the year, and
the bank set aside more for loan losses as commercial property values fell in several of its regional markets
while it kept its dividend unchanged and raised its capital ratios above the regulatory minimum.

NET INTEREST INCOME

\t2015\t2014
Interest income\t5,000\t4,600
Interest expense\t1,200\t900
"""
QUESTION = "What was the hardware revenue from zeppelin inspection drones in 2015?"


@pytest.fixture(scope="module")
def open_store(tmp_path_factory):
    return pages_store(tmp_path_factory.mktemp("open_pages"), {"page_a.txt": PAGE_A, "page_b.txt": PAGE_B, "page_c.txt": PAGE_C})


def test_filing_aware_ranking_puts_the_topic_page_above_a_better_worded_table_of_another_page(open_store):
    plain = Retriever(open_store, filing_weight=0, row_weight=0).search(QUESTION, k=6)
    # (row keys off: this pins the filing fusion alone) filing BM25 weighted above the best-chunk
    # ranking (the default weighs them equally, which ties
    # these two pages: each is first by one of the two)
    aware = Retriever(open_store, filing_lexical_weight=2.0, row_weight=0).search(QUESTION, k=6)
    # chunk by chunk, B's table (headed "hardware revenue") wins by a hair over A's paragraph
    assert (plain[0].filing_id, plain[0].chunk.kind) == ("page_b", "table")
    # A, which BM25 over whole pages ranks first (drones + hardware revenue + 2015), leads instead
    assert (aware[0].filing_id, aware[0].chunk.kind) == ("page_a", "text")
    assert sorted(h.chunk.id for h in aware) == sorted(h.chunk.id for h in plain)  # re-ranked, same chunks


def test_filing_aware_ranking_leaves_a_single_filing_search_unchanged(open_store):
    plain = Retriever(open_store, filing_weight=0).search(QUESTION, k=4, filing_ids=["page_b"])
    aware = Retriever(open_store).search(QUESTION, k=4, filing_ids=["page_b"])
    assert [(h.chunk.id, h.score) for h in aware] == [(h.chunk.id, h.score) for h in plain]


def test_open_setting_split_is_by_page_and_stable():
    names = [f"tatqa_page-{n}_abcd1234.txt" for n in range(400)]
    first = [split_of(n) for n in names]
    assert first == [split_of(n) for n in names]
    assert 150 < first.count("learn") < 250
    assert {split_of(n, learn_share=0.999) for n in names[:50]} == {"learn"}


def test_passage_fit_counts_the_pages_holding_a_passage_with_every_word_the_gold_passage_holds(open_store):
    from evals.models import Document, EvalItem, EvalTurn, Evidence, Gold
    from evals.open_all import passage_fit

    def item(question: str, page: str) -> tuple[str, EvalItem]:
        turn = EvalTurn(question=question, gold=Gold(type="text", any_of=["x"]), qtype="lookup",
                        evidence=[Evidence(all_of=["x"])])
        return "t", EvalItem(id=question, documents=[Document(name=page, text="x")], turns=[turn])

    items = [item("What was the hardware revenue in 2015?", "page_a.txt"),  # A's and B's tables both fit
             item("What was the interest expense in 2015?", "page_c.txt")]  # only C's table
    ids = {"page_a.txt": "page_a", "page_b.txt": "page_b", "page_c.txt": "page_c"}
    fit = passage_fit(open_store, items, ids, learn_share=0.999)
    assert fit == {"learn": {"questions": 2, "one page": 0.5, "at most 2": 1.0, "10 or more": 0.0, "mean 1/pages": 0.75}}

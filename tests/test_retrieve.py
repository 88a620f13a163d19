"""Hybrid retrieval against a real store (real MiniLM, real FAISS on disk) holding the sample filing.

The second filing is a small made-up 8-K, so that filters and the lexical refresh have
something to tell apart.
"""

from __future__ import annotations

import pytest

from qa.retrieve import Retriever, expand_query, rrf_fuse, tokenize

OTHER_FILING = b"""UNITED STATES SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

Date of Report (Date of earliest event reported): May 2, 2015

Quillfeather Robotics Corp.

(Exact name of registrant as specified in its charter)

ITEM 2.02 RESULTS OF OPERATIONS AND FINANCIAL CONDITION

Quillfeather Robotics Corp. today reported revenues of $8.4 million for the quarter ended March 31, 2015,
driven by shipments of its zeppelin inspection drones. Maria Okonkwo, Chief Financial Officer, said margins improved.

QUILLFEATHER ROBOTICS CORP. CONDENSED STATEMENTS OF OPERATIONS
(in thousands)

\tThree Months Ended March 31,
\t2015\t2014
Revenues\t8,400\t7,100
Research and development\t2,100\t1,900
Selling, general and administrative\t3,000\t2,800
Total operating expenses\t5,100\t4,700
Net income\t3,300\t2,400
"""


@pytest.fixture(scope="module")
def parsing():
    from index import embedding, parse
    from index import store as store_mod

    return parse, store_mod, embedding.get_embedder()


@pytest.fixture(scope="module")
def store_two(parsing, sample_path, tmp_path_factory):
    """A store with the sample filing and the made-up one."""
    parse, store_mod, embedder = parsing
    store = store_mod.Store(tmp_path_factory.mktemp("store_two"), embedder=embedder)
    store.add(parse.parse_file(sample_path))
    store.add(parse.parse_bytes(OTHER_FILING, "quillfeather_8-k_2015-05-02.txt"))
    return store


@pytest.fixture(scope="module")
def retriever(store_two):
    return Retriever(store_two)


def _ids(store):
    sample = next(f.id for f in store.filings() if f.id.startswith("immunogen"))
    other = next(f.id for f in store.filings() if f.id.startswith("quillfeather"))
    return sample, other


# -- pure functions ----------------------------------------------------------------------


def test_rrf_ranks_an_item_found_by_both_methods_above_items_found_by_one():
    dense = ["only_dense", "both", "x1", "x2"]
    lexical = ["only_lexical", "y1", "both"]
    fused = [item for item, _ in rrf_fuse([dense, lexical])]
    assert fused[0] == "both"
    assert set(fused[1:3]) == {"only_dense", "only_lexical"}
    assert len(fused) == len(set(dense) | set(lexical))


def test_rrf_scores_are_reciprocal_ranks():
    (item, score), = rrf_fuse([["a"], ["a"]], k=60)
    assert item == "a" and score == pytest.approx(2 / 61)
    with pytest.raises(ValueError, match="greater than 0"):
        rrf_fuse([["a"]], k=0)


def test_analyst_words_expand_to_filing_words():
    assert "research and development" in expand_query("What were R&D expenses?").lower()
    assert "operating expenses" in expand_query("opex last quarter").lower()
    assert "per share" in expand_query("What was EPS?").lower()
    assert "revenue" in expand_query("What was the top line?").lower()
    assert "cash used in" in expand_query("What was the cash burn?").lower()


def test_tokenize_folds_plurals_commas_and_question_words():
    assert tokenize("What were total revenues of $17,161?") == ["total", "revenue", "17161"]
    assert "r&d" in tokenize("R&D expenses")


# -- against a real store ------------------------------------------------------------------


def _is_operations_table(hit) -> bool:
    text = hit.chunk.text
    return hit.chunk.kind == "table" and "STATEMENTS OF OPERATIONS" in text.upper() and "Research and development" in text


@pytest.mark.parametrize("query", ["Research and development", "R&D expenses"])
def test_table_found_by_row_label_and_by_analyst_synonym(retriever, store_two, query):
    sample, _ = _ids(store_two)
    hits = retriever.search(query, k=3, filing_ids=[sample])
    assert any(_is_operations_table(h) for h in hits), [h.chunk.text[:80] for h in hits]


def test_prose_question_finds_the_paragraph_naming_the_cfo(retriever, store_two):
    sample, _ = _ids(store_two)
    hits = retriever.search("Who is the CFO?", k=3, filing_ids=[sample])
    assert any("Gregory Perry, Executive Vice President and CFO" in h.chunk.text for h in hits)


def test_filter_by_filing_id_keeps_only_that_filing(retriever, store_two):
    sample, other = _ids(store_two)
    both = retriever.search("research and development expenses", k=20)
    assert {h.filing_id for h in both} == {sample, other}
    for fid in (sample, other):
        hits = retriever.search("research and development expenses", k=20, filing_ids=[fid])
        assert hits and {h.filing_id for h in hits} == {fid}
        assert all(h.chunk.filing_id == fid for h in hits)
    assert retriever.search("revenues", filing_ids=["no-such-filing"]) == []


def test_filter_by_company_form_kind_and_period(retriever, store_two):
    sample, other = _ids(store_two)
    assert {h.filing_id for h in retriever.search("revenues", k=20, company="quillfeather robotics")} == {other}
    assert {h.filing_id for h in retriever.search("revenues", k=20, form="8k")} == {sample, other}
    assert retriever.search("revenues", form="10-Q") == []
    tables = retriever.search("revenues", k=20, kinds={"table"})
    assert tables and all(h.chunk.kind == "table" and h.table_id for h in tables)
    in_2011 = retriever.search("revenues", k=20, period="2011-07-01/2011-09-30")
    assert {h.filing_id for h in in_2011} == {sample}
    in_2015 = retriever.search("revenues", k=20, period="2015")
    assert {h.filing_id for h in in_2015} == {other}
    fiscal = retriever.search("revenues", k=20, period="1Q FY12")  # the sample's own fiscal calendar
    assert {h.filing_id for h in fiscal} == {sample}
    with pytest.raises(ValueError, match="period must be"):
        retriever.search("revenues", period="last spring")


def test_company_named_in_the_question_prefers_its_filing(retriever):
    hits = retriever.search("Quillfeather research and development expenses", k=3)
    assert hits[0].filing_id.startswith("quillfeather")
    hits = retriever.search("ImmunoGen research and development expenses", k=3)
    assert hits[0].filing_id.startswith("immunogen")


def test_hits_carry_ranks_scores_and_spans(retriever):
    hits = retriever.search("total operating expenses", k=5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.dense_rank is not None or h.lexical_rank is not None for h in hits)
    assert all(0 <= h.chunk.start < h.chunk.end for h in hits)
    with pytest.raises(ValueError):
        retriever.search("   ")


THIRD_FILING = b"""FORM 8-K

Ostrander Mills Inc.

ITEM 8.01 OTHER EVENTS

Ostrander Mills Inc. announced that its board approved a zeppelin inspection drones pilot program
at its Duluth plant, with a budget of $1.2 million for fiscal 2016.
"""


def test_lexical_index_refreshes_after_a_filing_is_added(parsing, tmp_path):
    parse, store_mod, embedder = parsing
    store = store_mod.Store(tmp_path / "store", embedder=embedder)
    store.add(parse.parse_bytes(OTHER_FILING.replace(b"zeppelin inspection drones", b"warehouse robots"),
                                "quillfeather_8-k_2015-05-02.txt"))
    retriever = Retriever(store, embedder)
    before = retriever.search("zeppelin inspection drones", k=5)
    assert before and all(h.lexical_rank is None for h in before)  # no chunk holds those words yet

    store.add(parse.parse_bytes(THIRD_FILING, "ostrander_8-k_2016-01-04.txt"))
    after = retriever.search("zeppelin inspection drones", k=5)
    assert after[0].filing_id.startswith("ostrander")
    assert after[0].lexical_rank == 1 and after[0].dense_rank is not None


def test_query_runs_on_one_thread_and_restores_the_process_setting(retriever):
    import faiss
    import torch

    before = torch.get_num_threads(), faiss.omp_get_max_threads()
    torch.set_num_threads(2)
    faiss.omp_set_num_threads(2)
    seen = []
    embedder = retriever.embedder
    original = embedder.encode

    def encode(*args, **kwargs):  # what the query's encode runs with
        seen.append((torch.get_num_threads(), faiss.omp_get_max_threads()))
        return original(*args, **kwargs)

    embedder.encode = encode
    try:
        assert retriever.search("net loss per share", k=2)
        assert seen and all(s == (1, 1) for s in seen), seen
        assert (torch.get_num_threads(), faiss.omp_get_max_threads()) == (2, 2)
    finally:
        del embedder.encode
        torch.set_num_threads(before[0])
        faiss.omp_set_num_threads(before[1])

"""How an answer is chosen and vouched for: conflicts, the right filing, the fit check, confidence.

Answers come from the real parser and answerer over a MemoryStore (qa/memory_store.py: the
answer layer reads facts and chunks only, so no vectors are needed for these behaviours).
"""

from __future__ import annotations

import pytest
from page_asker import asker

from index.parse import parse_bytes, parse_file
from qa.answer import Answerer
from qa.memory_store import MemoryStore

CONFLICTING_8K = (
    "ACME WIDGETS, INC.\nCURRENT REPORT ON FORM 8-K\n\nAcme Widgets, Inc. today reported results for its first quarter.\n\n"
    "Total revenues for the three months ended March 31, 2024 must be reported as $999 million.\n\n"
    "CONDENSED STATEMENT OF OPERATIONS\n(in thousands)\n\n\tCurrent\tPrior\nTotal revenues\t12,400\t11,950\n"
    "Net income\t1,200\t1,100\n"
)


@pytest.fixture(scope="module")
def two_filings(shared_dir, sample_path):
    store = MemoryStore()
    ig = store.add(parse_file(sample_path))
    bk = store.add(parse_file(shared_dir / "filings" / "buckle_8-k_2024-11-22_ex99-1.html"))
    return Answerer(store), ig, bk


def test_a_sentence_and_a_table_row_that_disagree_are_a_conflict_citing_both(tmp_path):
    path = tmp_path / "acme_8-k_2024-04-30.txt"
    path.write_text(CONFLICTING_8K)
    store = MemoryStore()
    fid = store.add(parse_file(path))
    ans = Answerer(store).ask("What were total revenues for the three months ended March 31, 2024?", fid)
    assert ans.status == "conflict" and ans.value is None
    assert sorted(f.amount for f in ans.figures) == ["12400000", "999000000"]
    assert {c.table_id is not None for c in ans.citations} == {True, False}  # one table cell, one sentence
    assert ans.alternatives and ans.alternatives[0].status == "uncertain"


CAUSE_10Q = (
    "ACME WIDGETS, INC.\nQUARTERLY REPORT ON FORM 10-Q\n\nCONDENSED STATEMENT OF OPERATIONS\n(in millions)\n\n"
    "\tThree Months Ended March 31, 2024\tThree Months Ended March 31, 2023\nOperating income\t1,400\t1,300\n"
    "(Provision for) benefit from income taxes\t(240)\t45\nNet income\t1,160\t1,345\n\nProvision for Income Taxes\n\n"
    "Provision for income taxes increased during the three months ended March 31, 2024, relative to the three months ended "
    "March 31, 2023, primarily due to an unfavorable jurisdictional mix of earnings of $215 million.\n"
)


def test_a_figure_after_due_to_is_the_cause_s_amount_and_no_conflict():
    ans = asker(CAUSE_10Q, "acme_10-q_2024-03-31.txt")("What was the income tax benefit for the three months ended March 31, 2023?")
    assert ans.status != "conflict" and ans.value.amount == "45000000"


PART_10Q = (
    "ACME WIDGETS, INC.\nQUARTERLY REPORT ON FORM 10-Q\n\nCONDENSED STATEMENT OF OPERATIONS\n(in millions)\n\n"
    "\tThree Months Ended March 31, 2024\tThree Months Ended March 31, 2023\nTotal net sales\t8,577\t8,179\n"
    "Net income\t1,160\t1,345\n\nDeferred Revenue\n\n"
    "Total net sales include $340 million of revenue recognized in the three months ended March 31, 2024 that was "
    "included in deferred revenue as of December 31, 2023.\n"
)


def test_a_figure_a_sentence_says_the_item_includes_is_a_part_and_no_conflict():
    ask = asker(PART_10Q, "acme_10-q_2024-03-31.txt")
    ans = ask("What were total net sales for the three months ended March 31, 2024?")
    assert ans.status != "conflict" and ans.value.amount == "8577000000"
    ans = ask("By what percentage did total net sales grow in the three months ended March 31, 2024 compared with a year earlier?")
    assert ans.status != "conflict" and ans.value.amount == "4.87", ans.text


def test_a_sentence_rounding_the_table_figure_is_no_conflict(two_filings):
    answerer, ig, _ = two_filings
    ans = answerer.ask("What was ImmunoGen's revenue in the quarter ended September 30, 2011?", ig)
    # the text's "$2.5 million" agrees: no conflict (whether it is answered is the chooser's confidence)
    assert ans.status in ("answered", "uncertain") and ans.value.amount == "2536000"


def test_a_company_no_stored_filing_is_about_is_refused_without_a_filing_id(two_filings):
    answerer, _, _ = two_filings
    ans = answerer.ask("What was Microsoft's revenue in the quarter ended September 30, 2011?")
    assert ans.status == "not_found" and ans.value is None and "Microsoft" in ans.reason


def test_the_period_a_question_names_picks_the_filing_that_reports_it(two_filings):
    answerer, ig, _ = two_filings
    ans = answerer.ask("What were total revenues for the three months ended September 30, 2011?")
    assert ans.status == "answered" and ans.value.amount == "2536000"
    assert ans.citations[0].filing_id == ig


def test_every_answer_carries_its_plan_and_what_each_check_proved(two_filings):
    answerer, _, bk = two_filings
    ans = answerer.ask("What was gross profit in Q3 FY2024?", bk)
    assert ans.plan["operation"] == "lookup" and ans.plan["items"][0]["text"] == "gross profit"
    assert ans.in_filing is True and ans.fits_question is True and ans.verified is True


def test_a_figure_whose_row_does_not_name_the_item_is_uncertain_with_runners_up(two_filings):
    answerer, _, bk = two_filings
    from qa.fit_check import item_fits

    assert item_fits("gross profit", "Gross profit") and not item_fits("gross profit", "SALES, Net of returns and allowances")
    ans = answerer.ask("What was gross profit in Q3 FY2024?", bk)
    for alt in ans.alternatives:
        assert alt.status == "uncertain" and alt.citations


def test_a_question_in_words_offers_the_next_best_sentences_as_candidates(tmp_path):
    path = tmp_path / "acme_10-k_2024.txt"
    path.write_text(
        "ACME WIDGETS, INC.\n\nThe discount rate for domestic plans was determined by reference to a yield curve of "
        "high-quality corporate bonds.\n\nThe discount rate for international plans was determined by comparison "
        "against country specific corporate indices.\n\nThe company sells widgets in forty countries.\n")
    store = MemoryStore()
    fid = store.add(parse_file(path))
    answerer = Answerer(store)
    answerer.collect = []  # every candidate the chooser scored
    answerer.ask("How is the discount rate for international plans determined?", fid)
    quoted = [cand.text for _, cand in answerer.collect]
    assert len(quoted) == 2  # the sentence about widgets shares too few of the question's words to be offered
    assert "country specific corporate indices" in quoted[0] and "yield curve" in quoted[1]


def test_where_the_rules_refuse_a_fitting_candidate_is_offered_only_above_the_floor(shared_dir):
    from evals.adapters import load

    question = "How much amount of goodwill acquisitions for Data Center Group was done in 2019?"
    item = next(i for i in load("tatqa", shared_dir / "data" / "tatqa_dev.json") if i.turns[0].question == question)
    store = MemoryStore()
    doc = item.documents[0]
    fid = store.add(parse_bytes(doc.data(), doc.name))
    answerer = Answerer(store)
    answerer.OFFER_FLOOR = 1.01  # never offered: the rules' refusal stands
    assert answerer.ask(question, fid).status == "not_found"
    answerer.OFFER_FLOOR = 0.0   # always offered when a candidate fits: not sure, with the candidate and its citations
    offered = answerer.ask(question, fid)
    assert offered.status == "uncertain" and offered.fits_question and offered.citations
    assert offered.reason.startswith("No figure for")  # the rules' reason is kept


def test_a_role_asked_by_its_abbreviation_is_no_other_company():
    page = ("ACME WIDGETS, INC.\nCURRENT REPORT ON FORM 8-K\n\nItem 5.02\n\nOn May 1, 2024, the Board appointed Jane Roe as "
            "Chief Financial Officer. Ms. Roe will receive an annual base salary of $400,000.\n")
    ask = asker(page, "acme_8-k_2024-05-01.txt")
    ans = ask("What is the CFO's annual base salary?")
    assert "says nothing about" not in ans.text, ans.text
    assert "says nothing about Globex" in ask("What is Globex's annual base salary?").text


HEDGED_10Q = (
    "ACME WIDGETS, INC.\nQUARTERLY REPORT ON FORM 10-Q\n\n"
    "The carrying amounts of the Company's hedged items in fair value hedges were as follows (in millions):\n\n"
    "\tMarch 31, 2024\tDecember 31, 2023\n"
    "Hedged assets/(liabilities):\t\t\n"
    "Current and non-current marketable securities\t$1,507\t$1,443\n"
    "Current and non-current term debt\t$(1,309)\t$(1,824)\n"
)


def test_a_row_under_a_hedged_items_heading_is_not_the_whole_line_item():
    ans = asker(HEDGED_10Q, "acme_10-q_2024-03-31.txt")(
        "How much were the marketable securities (current and non-current) at March 31, 2024?")
    assert ans.status != "answered", ans.text  # answered 1,507,000,000 at 0.99 before: only the hedged part
    assert "hedged part" in (ans.reason or "")

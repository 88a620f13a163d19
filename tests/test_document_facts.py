"""Facts about the document (index/document_facts.py) on every shared filing, checked by reading
each filing, and document questions answered end to end on a real Store (qa/qtypes/document.py)."""

from __future__ import annotations

import inspect
from functools import lru_cache
from pathlib import Path

import pytest

from index.document_facts import DocumentFacts, document_facts
from index.parse import parse_bytes, parse_file
from index.periods import find_dates
from qa.qtypes.document import QUESTION_TYPE, document_field

# file -> what the filing states, read by hand: company as printed on the cover, form, CIK (header or
# cover tag), tickers, date of report, period end, fiscal year end, 8-K items, signers, auditor, headline
EXPECTED = {
    "filings/1800flowers_8-k_2023-12-14.html": dict(
        company="1-800-FLOWERS.COM, INC.", form="8-K", cik="0001084869", tickers=["FLWS"], file_number="0-26841",
        date_of_report="2023-12-14", period_end=None, fiscal_year_end="--06-30", items=["5.07"],
        signatures=[("William E. Shea", "Senior Vice President, Treasurer and Chief Financial Officer", "2023-12-15")],
        auditor="BDO USA, P.C.", headline=None),
    "filings/aames_8-k_1998-12-31.txt": dict(
        company="AAMES CAPITAL CORPORATION", form="8-K", cik="0000913951", tickers=[], file_number="333-46893-01",
        date_of_report="1998-12-15", period_end=None, fiscal_year_end="--06-30", items=["7"],
        signatures=[("Barbara S. Polsky", "Executive Vice President", "1998-12-31")], auditor=None, headline=None),
    "filings/abvc_8-k_2025-04-15.txt": dict(
        company="ABVC BIOPHARMA, INC.", form="8-K", cik="0001173313", tickers=["ABVC"], file_number="001-40700",
        date_of_report="2025-04-15", period_end="2024-12-31", fiscal_year_end="--12-31",
        items=["2.02", "4.02", "7.01", "9.01"], signatures=[("Uttam Patil", "Chief Executive Officer", "2025-04-15")],
        auditor="Simon & Edward, LLP", headline="ABVC BioPharma Announces 2024 Financial Results"),
    "filings/afcgamma_8-k_2023-03-17.html": dict(
        company="AFC GAMMA, INC.", form="8-K", cik="0001822523", tickers=["AFCG"], file_number="001-39995",
        date_of_report="2023-03-17", period_end=None, fiscal_year_end=None, items=["5.02", "7.01", "9.01"],
        signatures=[("Gabriel Katz", "Secretary and Chief Legal Officer", "2023-03-20")], auditor=None, headline=None),
    "filings/apple_10-q_2024-06-29.html": dict(
        company="Apple Inc.", form="10-Q", cik="0000320193", tickers=["AAPL"], file_number="001-36743",
        date_of_report="2024-08-01", period_end="2024-06-29", fiscal_year_end="--09-28", items=[],
        signatures=[("Luca Maestri", "Senior Vice President, Chief Financial Officer", "2024-08-01")],
        auditor=None, headline=None),
    "filings/buckle_8-k_2024-11-22.html": dict(
        company="THE BUCKLE, INC.", form="8-K", cik="0000885245", tickers=["BKE"], file_number="001-12951",
        date_of_report="2024-11-22", period_end="2024-11-02", fiscal_year_end=None, items=["2.02", "9.01"],
        signatures=[("Thomas B. Heacock", "Senior Vice President of Finance, Treasurer and Chief Financial Officer",
                     "2024-11-22")], auditor=None, headline=None),
    "filings/buckle_8-k_2024-11-22_ex99-1.html": dict(
        company="The Buckle, Inc.", form="8-K", cik=None, tickers=["BKE"], file_number=None,
        date_of_report="2024-11-22", period_end="2024-11-02", fiscal_year_end=None, items=[], signatures=[],
        auditor=None, headline="THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME"),
    "filings/nordstrom_8-k_2023-03-01.html": dict(
        company="Nordstrom, Inc.", form="8-K", cik="0000072333", tickers=["JWN"], file_number="001-15059",
        date_of_report="2023-03-01", period_end=None, fiscal_year_end=None, items=["5.02", "9.01"],
        signatures=[("Ann Munson Steines", "Chief Legal Officer, General Counsel and Corporate Secretary", "2023-03-06")],
        auditor=None, headline=None),
    "filings/oracle_10-q_2024-08-31.html": dict(
        company="Oracle Corporation", form="10-Q", cik="0001341439", tickers=["ORCL"], file_number="001-35992",
        date_of_report="2024-09-10", period_end="2024-08-31", fiscal_year_end="--05-31", items=[],
        signatures=[("Safra A. Catz", "Chief Executive Officer and Director (Principal Executive and Financial Officer)",
                     "2024-09-10"),
                    ("Maria Smith", "Executive Vice President, Chief Accounting Officer (Principal Accounting Officer)",
                     "2024-09-10")],
        auditor=None, headline=None),
    "filings/oracle_8-k_2024-11-14.html": dict(
        company="Oracle Corporation", form="8-K", cik="0001341439", tickers=["ORCL"], file_number="001-35992",
        date_of_report="2024-11-14", period_end=None, fiscal_year_end="--05-31", items=["5.07"],
        signatures=[("Kimberly Woolley", "Vice President, Assistant General Counsel and Assistant Secretary", "2024-11-18")],
        auditor="Ernst & Young LLP", headline=None),
    "seed/immunogen_8k_2011-10-27.txt": dict(
        company="ImmunoGen, Inc.", form="8-K", cik=None, tickers=["IMGN"], file_number="0-17999",
        date_of_report="2011-10-27", period_end="2011-09-30", fiscal_year_end="--06-30", items=["2.02", "9.01"],
        signatures=[("Gregory Perry", None, "2011-10-27")], auditor=None,
        headline="ImmunoGen, Inc. Reports First Quarter Fiscal Year 2012 Financial Results and Provides Quarterly Update"),
}


@lru_cache(maxsize=None)
def _parsed(path: str):
    return parse_file(path)


def _facts(shared_dir: Path, rel: str):
    parsed = _parsed(str(shared_dir / rel))
    return parsed, document_facts(parsed)


def _value(stated):
    return None if stated is None else stated.value


def test_every_shared_filing_is_covered(shared_dir):
    on_disk = {f"filings/{p.name}" for p in (shared_dir / "filings").iterdir() if p.suffix in (".html", ".txt")}
    on_disk |= {f"seed/{p.name}" for p in (shared_dir / "seed").iterdir()}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("rel", list(EXPECTED))
def test_document_facts_match_the_filing(shared_dir, rel):
    want = EXPECTED[rel]
    _, facts = _facts(shared_dir, rel)
    got = dict(
        company=_value(facts.company), form=_value(facts.form), cik=_value(facts.cik),
        tickers=[t.value for t in facts.tickers], file_number=_value(facts.file_number),
        date_of_report=_value(facts.date_of_report), period_end=_value(facts.period_end),
        fiscal_year_end=_value(facts.fiscal_year_end), items=[i.number for i in facts.items],
        signatures=[(s.name, s.title, s.date) for s in facts.signatures], auditor=_value(facts.auditor),
        headline=_value(facts.headline))
    assert got == want


@pytest.mark.parametrize("rel", list(EXPECTED))
def test_each_fact_printed_in_the_text_is_at_its_span(shared_dir, rel):
    parsed, facts = _facts(shared_dir, rel)
    text = parsed.text
    for name in ("company", "auditor", "headline", "file_number", "cik"):
        s = getattr(facts, name)
        if s is not None and s.source == "text":
            assert s.value.lower() in " ".join(text[s.start:s.end].split()).lower(), (name, text[s.start:s.end])
    for s in facts.tickers:
        if s.source == "text":
            assert s.value in text[s.start:s.end]
    for name in ("date_of_report", "period_end"):
        s = getattr(facts, name)
        if s is not None and s.source == "text":
            assert s.value in [d.isoformat() for d, _, _ in find_dates(text[s.start:s.end])], (name, text[s.start:s.end])
    for item in facts.items:
        assert item.number in text[item.start:item.end]
    for sig in facts.signatures:
        quote = " ".join(text[sig.start:sig.end].split()).lower()
        assert sig.name.lower() in quote and (sig.title is None or sig.title.lower().split(",")[0] in quote)


def test_items_take_the_forms_official_titles(shared_dir):
    _, facts = _facts(shared_dir, "filings/afcgamma_8-k_2023-03-17.html")
    # the heading is split across cells ("Item Departure" / "5.02 of Directors ..."): the title is the form's
    assert [(i.number, i.title) for i in facts.items] == [
        ("5.02", "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; "
                 "Compensatory Arrangements of Certain Officers"),
        ("7.01", "Regulation FD Disclosure"),
        ("9.01", "Financial Statements and Exhibits"),
    ]


def test_an_item_named_in_a_sentence_is_not_an_item_heading(shared_dir):
    parsed, facts = _facts(shared_dir, "filings/abvc_8-k_2025-04-15.txt")
    # "Item 2.02 of this Current Report on Form 8-K is incorporated herein by reference." stands under 7.01
    ref = parsed.text.index("Item 2.02 of this Current Report")
    assert all(i.start != ref for i in facts.items)
    assert [i.number for i in facts.items].count("2.02") == 1


def test_header_only_facts_have_no_span(shared_dir):
    _, facts = _facts(shared_dir, "filings/aames_8-k_1998-12-31.txt")
    assert facts.cik.source == "header" and facts.cik.start is None
    assert facts.filing_date.value == "1998-12-31" and facts.filing_date.source == "header"
    assert facts.fiscal_year_end.source == "header"  # FISCAL YEAR END: 0630 in the SGML header only


def test_submission_report_then_exhibit(shared_dir):
    """A full submission whose report comes first: its items are read and its exhibit heading does
    not make it an exhibit filed on its own; the form is cited at the report's document heading."""
    parsed = parse_file(Path(__file__).parent / "fixtures" / "submission_small.txt")
    facts = document_facts(parsed)
    assert [(i.number, i.title) for i in facts.items] == [("8.01", "Other Events")]
    assert facts.exhibit is None
    assert parsed.text[facts.form.start:facts.form.end] == "8-K"
    assert facts.filing_date.value == "1998-12-31" and facts.filing_date.source == "header"


_TEN_K = b"""UNITED STATES
SECURITIES AND EXCHANGE COMMISSION

FORM 10-K

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2023

Commission File Number: 001-12345

Example Widgets Corporation

(Exact name of registrant as specified in its charter)

Item 8. Financial Statements and Supplementary Data

Report of Independent Registered Public Accounting Firm

To the Shareholders and Board of Directors of Example Widgets Corporation

We have audited the accompanying consolidated balance sheets of Example Widgets Corporation.

/s/ Grant Thornton LLP

We have served as the Company's auditor since 2009.

SIGNATURES

Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

Example Widgets Corporation

Date: February 20, 2024 By: /s/ Jane Q. Public

Jane Q. Public

President and Chief Executive Officer

Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been signed below by the following persons on behalf of the registrant and in the capacities and on the dates indicated.

/s/ Jane Q. Public\tPresident, Chief Executive Officer and Director\tFebruary 20, 2024

/s/ John R. Doe\tChief Financial Officer\tFebruary 21, 2024
"""


def test_ten_k_signature_table_and_audit_report():
    facts = document_facts(parse_bytes(_TEN_K, "example_10-k_2023-12-31.txt"))
    assert [(s.name, s.title, s.date) for s in facts.signatures] == [
        ("Jane Q. Public", "President and Chief Executive Officer", "2024-02-20"),
        ("Jane Q. Public", "President, Chief Executive Officer and Director", "2024-02-20"),
        ("John R. Doe", "Chief Financial Officer", "2024-02-21"),
    ]
    assert facts.auditor.value == "Grant Thornton LLP"
    assert facts.items == []  # a 10-K's "Item 8" is a part of the report, not an 8-K item
    assert facts.period_end.value == "2023-12-31" and facts.fiscal_year_end.value == "--12-31"


@pytest.mark.parametrize("question, field", [
    ("Who signed the 10-K?", "signatures"),
    ("What is this 8-K about?", "about"),
    ("When does the fiscal year end?", "fiscal_year_end"),
    ("What is the CIK?", "cik"),
    ("Which items does the 8-K report?", "items"),
    ("Who is the auditor?", "auditor"),
    ("What is the company's ticker symbol?", "ticker"),
    ("What is the date of this filing?", "date_of_report"),
    ("When was the report signed?", "signatures"),
    ("What is the company's name?", "company"),
    ("What is the registrant's exact name?", "company"),
    ("What was the company's revenue this quarter?", None),
    ("What was net income for the fiscal year ended June 30, 2023?", None),
    ("How much did the company pay its auditor?", None),
    ("What were total revenues in the quarter?", None),
])
def test_question_cues_pick_the_document_field(question, field):
    assert document_field(question) == field


# ------------------------------------------------------------------------------------ end to end

E2E = ["filings/1800flowers_8-k_2023-12-14.html", "filings/oracle_8-k_2024-11-14.html",
       "filings/buckle_8-k_2024-11-22_ex99-1.html", "filings/aames_8-k_1998-12-31.txt",
       "filings/abvc_8-k_2025-04-15.txt"]


@pytest.fixture(scope="module")
def doc_store(tmp_path_factory, shared_dir):
    from index.store import Store
    from qa.answer import Answerer

    store = Store(tmp_path_factory.mktemp("docfacts_store"))
    ids = {}
    for rel in E2E:
        parsed = _parsed(str(shared_dir / rel))
        store.add(parsed)
        ids[Path(rel).stem] = parsed.filing.id
    return Answerer(store), store, ids


def _registry_wired() -> bool:
    import qa.answer

    return "qtypes" in inspect.getsource(qa.answer)


def ask(answerer, fid: str, question: str):
    """Through Answerer.ask once the lead's registry is wired into qa/answer.py; until then the
    question type is called with an AnswerContext built from the Answerer's own parts."""
    if _registry_wired():
        return answerer.ask(question, filing_id=fid)
    from qa.answer import _Solver
    from qa.plan import Plan
    from qa.qtypes.base import AnswerContext
    from qa.question import parse_question

    view = answerer.view(fid)
    query = parse_question(question, view.meta, cal=view.calendar)
    plan = Plan(question=question, qtype=QUESTION_TYPE.name)
    assert QUESTION_TYPE.recognise(question, plan)
    ctx = AnswerContext(question=question, plan=plan, view=view, solver=_Solver(view, query, []), history=[])
    return QUESTION_TYPE.answer(ctx)


def _assert_cited(ans, text: str):
    assert ans.citations
    for c in ans.citations:
        assert text[c.start:c.end] == c.quote
        assert f"[{c.id}]" in ans.text


def _assert_answered(ans):
    assert (ans.status, ans.method, ans.verified, ans.in_filing, ans.fits_question) == ("answered", "document", True, True, True)


def test_who_signed_is_answered_with_name_title_and_date(doc_store):
    answerer, store, ids = doc_store
    fid = ids["1800flowers_8-k_2023-12-14"]
    ans = ask(answerer, fid, "Who signed the 8-K?")
    _assert_answered(ans)
    _assert_cited(ans, store.get(fid).text)
    assert "William E. Shea, Senior Vice President, Treasurer and Chief Financial Officer, on December 15, 2023 [1]" in ans.text
    assert "/s/ William E. Shea" in ans.citations[0].quote


def test_what_is_this_8k_about_lists_items_and_the_release_headline(doc_store):
    answerer, store, ids = doc_store
    fid = ids["abvc_8-k_2025-04-15"]
    ans = ask(answerer, fid, "What is this 8-K about?")
    _assert_answered(ans)
    _assert_cited(ans, store.get(fid).text)
    for title in ("Item 2.02, Results of Operations and Financial Condition", "Item 4.02, Non-Reliance on Previously Issued",
                  "Item 7.01, Regulation FD Disclosure", "Item 9.01, Financial Statements and Exhibits",
                  "“ABVC BioPharma Announces 2024 Financial Results”",
                  "Under Item 2.02 it says: “On April 15, 2025, ABVC BioPharma, Inc. (the “Company”) issued a press release"):
        assert title in ans.text
    assert "FORM 8-K" not in ans.text


def test_which_items_does_the_8k_report(doc_store):
    answerer, store, ids = doc_store
    fid = ids["oracle_8-k_2024-11-14"]
    ans = ask(answerer, fid, "Which items does the 8-K report?")
    _assert_answered(ans)
    assert ans.text == "The Form 8-K reports 1 item: Item 5.07, Submission of Matters to a Vote of Security Holders [1]."
    assert ans.citations[0].quote == "Item 5.07 Submission of Matters to a Vote of Security Holders"


def test_fiscal_year_end_is_cited_where_the_filing_states_it(doc_store):
    answerer, store, ids = doc_store
    fid = ids["oracle_8-k_2024-11-14"]
    ans = ask(answerer, fid, "When does the fiscal year end?")
    _assert_answered(ans)
    assert ans.text.startswith("The fiscal year ends on May 31 [1]")
    assert "fiscal year ending May 31, 2025" in ans.citations[0].quote


def test_auditor_named_in_a_ratification_vote(doc_store):
    answerer, store, ids = doc_store
    fid = ids["oracle_8-k_2024-11-14"]
    ans = ask(answerer, fid, "Who is the auditor?")
    _assert_answered(ans)
    assert "Ernst & Young LLP [1]" in ans.text
    assert "independent registered public accounting firm" in ans.citations[0].quote


def test_auditor_not_stated_is_not_found(doc_store):
    answerer, _, ids = doc_store
    ans = ask(answerer, ids["buckle_8-k_2024-11-22_ex99-1"], "Who is the auditor?")
    assert ans.status == "not_found" and ans.value is None and ans.method == "document"
    assert ans.text == "This Exhibit 99.1 to a Form 8-K does not name the company's auditor."


def test_cik_from_the_header_names_its_source(doc_store):
    answerer, _, ids = doc_store
    ans = ask(answerer, ids["aames_8-k_1998-12-31"], "What is the CIK?")
    _assert_answered(ans)
    assert "0000913951" in ans.text and "EDGAR header" in ans.text
    assert ans.citations == []  # the header is not part of the filing's text


def test_exhibit_on_its_own_has_no_signers(doc_store):
    answerer, _, ids = doc_store
    ans = ask(answerer, ids["buckle_8-k_2024-11-22_ex99-1"], "Who signed the report?")
    assert ans.status == "not_found" and ans.method == "document"
    assert "no signatures" in ans.text


def test_facts_are_computed_once_per_view(doc_store):
    from qa.qtypes.document import facts_of

    answerer, _, ids = doc_store
    view = answerer.view(ids["oracle_8-k_2024-11-14"])
    first = facts_of(view)
    assert isinstance(first, DocumentFacts) and facts_of(view) is first


_TEN_K_HTML = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 10-K</p>
<p>For the fiscal year ended September 28, 2024</p>
<p>Example Devices, Inc.</p>
<p>(Exact name of Registrant as specified in its charter)</p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused this report
to be signed on its behalf by the undersigned, thereunto duly authorized.</p>
<p>Date: November 1, 2024</p>
<p>By: /s/ Lucy Lin</p>
<p>Lucy Lin</p>
<p>Senior Vice President, Chief Financial Officer</p>
<table>
<tr><td>Name</td><td>Title</td><td>Date</td></tr>
<tr><td>/s/ Tim Jones<br/>TIMOTHY D. JONES</td><td>Chief Executive Officer and Director (Principal Executive Officer)</td><td>November 1, 2024</td></tr>
<tr><td>/s/ Kate Smith<br/>KATE SMITH</td><td>Director</td><td>November 1, 2024</td></tr>
</table>
</body></html>"""


def test_signature_table_in_html_without_a_signatures_heading():
    """A 10-K's signature table (name cell holding the /s/ line over the typed name, title, date) and a
    signature section that opens with the 'duly caused this report to be signed' sentence."""
    facts = document_facts(parse_bytes(_TEN_K_HTML.encode(), "example_10-k_2024-09-28.htm"))
    assert [(s.name, s.title, s.date) for s in facts.signatures] == [
        ("Lucy Lin", "Senior Vice President, Chief Financial Officer", "2024-11-01"),
        ("TIMOTHY D. JONES", "Chief Executive Officer and Director (Principal Executive Officer)", "2024-11-01"),
        ("KATE SMITH", "Director", "2024-11-01"),
    ]


@pytest.mark.parametrize("rel, number, lead", [
    ("filings/buckle_8-k_2024-11-22.html", "2.02",
     "On November 22, 2024, The Buckle, Inc. announced financial results for the fiscal quarter ended November 2, 2024."),
    ("filings/afcgamma_8-k_2023-03-17.html", "5.02",
     "Brett Kaufman’s employment as the Chief Financial Officer and Treasurer of AFC Gamma, Inc. (the “Company”) will "
     "terminate effective April 17, 2023 (the “Separation Date”)."),
    ("filings/oracle_8-k_2024-11-14.html", "5.07",
     "On November 14, 2024, Oracle Corporation (“Oracle”) held its 2024 Annual Meeting of Stockholders (the “Annual Meeting”)."),
])
def test_item_lead_is_the_first_sentence_under_its_heading(shared_dir, rel, number, lead):
    parsed, facts = _facts(shared_dir, rel)
    item = next(i for i in facts.items if i.number == number)
    assert item.lead.value == lead
    assert " ".join(parsed.text[item.lead.start:item.lead.end].split()) == lead


def test_ticker_answer_names_the_exchange(doc_store):
    answerer, _, ids = doc_store
    ans = ask(answerer, ids["1800flowers_8-k_2023-12-14"], "Which exchange is the stock listed on?")
    _assert_answered(ans)
    assert ans.text == "1-800-FLOWERS.COM, INC. trades under the symbol FLWS on The Nasdaq Stock Market [1]."


def test_a_signature_whose_name_and_title_labels_run_together_on_one_line():
    page = ("<html><body><p>FORM 8-K</p><p>WILHELM CONSUMER BRANDS, INC.</p><p>Item 8.01 Other Events.</p>"
            "<p>The Board declared a dividend.</p><p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange "
            "Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto "
            "duly authorized.</p><p>Date: February 14, 2025 By: /s/ David Puddy Name: David Puddy Title: General Counsel and "
            "Corporate Secretary</p></body></html>")
    sig = document_facts(parse_bytes(page.encode(), "wilhelm_8-k_2025-02-14.htm")).signatures
    assert [(s.name, s.title, s.date) for s in sig] == [("David Puddy", "General Counsel and Corporate Secretary", "2025-02-14")]


# ------------------------------------------------------------------------------------ cover captions

# file -> (state of incorporation, IRS employer identification number, address, telephone), read from each cover
COVER = {
    "filings/1800flowers_8-k_2023-12-14.html": ("Delaware", "11-3117311", "Two Jericho Plaza, Suite 200, Jericho, New York 11753", "(516) 237-6000"),
    "filings/aames_8-k_1998-12-31.txt": ("CALIFORNIA", "95-4438859", "350 SOUTH GRAND AVENUE, LOS ANGELES, CALIFORNIA 90071", "(213) 210-5000"),
    "filings/abvc_8-k_2025-04-15.txt": ("Nevada", "26-0014658", "44370 Old Warm Springs Blvd. Fremont, CA 94538", "(510) 668-0881"),
    "filings/afcgamma_8-k_2023-03-17.html": ("Maryland", "85-1807125", "525 Okeechobee Blvd., Suite 1650, West Palm Beach, FL, 33401", "561-510-2390"),
    "filings/apple_10-q_2024-06-29.html": ("California", "94-2404110", "One Apple Park Way, Cupertino, California 95014", "(408) 996-1010"),
    "filings/buckle_8-k_2024-11-22.html": ("Nebraska", "47-0366193", "2407 West 24th Street, Kearney, Nebraska 68845-4915", "(308) 236-8491"),
    "filings/buckle_8-k_2024-11-22_ex99-1.html": (None, None, None, None),  # an exhibit: no cover
    "filings/nordstrom_8-k_2023-03-01.html": ("Washington", "91-0515058", "1617 Sixth Avenue, Seattle, Washington 98101", "(206) 628-2111"),
    "filings/oracle_10-q_2024-08-31.html": ("Delaware", "54-2185193", "2300 Oracle Way Austin, Texas 78741", "(737) 867-1000"),
    "filings/oracle_8-k_2024-11-14.html": ("Delaware", "54-2185193", "2300 Oracle Way, Austin, Texas 78741", "(737) 867-1000"),
    "seed/immunogen_8k_2011-10-27.txt": ("Massachusetts", "04-2726691", "830 Winter Street, Waltham, MA 02451", "(781) 895-0600"),
}


@pytest.mark.parametrize("rel", list(COVER))
def test_cover_captions_are_read_with_their_spans(shared_dir, rel):
    parsed, facts = _facts(shared_dir, rel)
    got = (facts.incorporation, facts.tax_id, facts.address, facts.phone)
    assert tuple(_value(s) for s in got) == COVER[rel]
    for s in got:
        if s is not None:
            quote = " ".join(parsed.text[s.start:s.end].split())
            assert all(part in quote for part in s.value.split(", ")), (s.value, quote)


@pytest.mark.parametrize("question, fields", [
    ("What are the commission file number and IRS employer identification number?", ["file_number", "tax_id"]),
    ("In which state is the company incorporated, and what is its ticker?", ["incorporation", "ticker"]),
    ("What is the state of incorporation?", ["incorporation"]),
    ("Where is the company headquartered?", ["address"]),
    ("What is the registrant's telephone number?", ["phone"]),
    ("How does the company address its liquidity needs?", []),
    ("What was revenue and what is the EIN?", []),  # a figure asked too: not a question about the document alone
])
def test_every_document_fact_asked_is_found_in_order(question, fields):
    from qa.qtypes.document import document_fields

    assert document_fields(question) == fields


def test_two_cover_facts_asked_are_both_answered(doc_store, shared_dir):
    answerer, store, ids = doc_store
    ans = ask(answerer, ids["1800flowers_8-k_2023-12-14"],
              "What are the commission file number and IRS employer identification number?")
    _assert_answered(ans)
    assert "0-26841" in ans.text and "11-3117311" in ans.text
    assert ans.text.index("0-26841") < ans.text.index("11-3117311")
    _assert_cited(ans, _parsed(str(shared_dir / "filings/1800flowers_8-k_2023-12-14.html")).text)

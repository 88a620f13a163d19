"""Header and prose periods in one notation; fiscal calendars."""

from datetime import date

import pytest

from index.periods import (
    duration,
    fiscal_periods_named,
    fiscal_quarter_of,
    fiscal_quarter_period,
    fiscal_quarters_named,
    fiscal_year_of,
    header_period,
    instant,
    long_fiscal_years,
    months_between,
    parse_date,
    parse_period,
    stated_period,
    with_long_year,
    year_earlier,
)


@pytest.mark.parametrize(
    "text, period",
    [
        ("Three Months Ended September 30, 2011", "2011-07-01/2011-09-30"),
        ("Three Months Ended September 30, 2010", "2010-07-01/2010-09-30"),
        ("Nine Months Ended June 29, 2024", "2023-10-01/2024-06-29"),  # 39 weeks: a 52/53-week calendar
        ("Three Months Ended June 29, 2024", "2024-03-31/2024-06-29"),
        ("Three Months Ended August 31, 2024", "2024-06-01/2024-08-31"),
        ("Six Months Ended March 31, 2024", "2023-10-01/2024-03-31"),
        ("Thirteen Weeks Ended November 2, 2024", "2024-08-04/2024-11-02"),
        ("Thirty-Nine Weeks Ended October 28, 2023", "2023-01-29/2023-10-28"),
        ("13 weeks ended November 2, 2024", "2024-08-04/2024-11-02"),
        ("39-week fiscal period ended November 2, 2024", "2024-02-04/2024-11-02"),
        ("13-week fiscal quarter ended November 2, 2024", "2024-08-04/2024-11-02"),
        ("Year Ended December 31, 2023", "2023-01-01/2023-12-31"),
        ("Fiscal Year Ended June 30, 2012", "2011-07-01/2012-06-30"),
        ("Quarter Ended September 30, 2011", "2011-07-01/2011-09-30"),
        ("July 1, 2011 to September 30, 2011", "2011-07-01/2011-09-30"),
        ("September 30, 2011", "2011-09-30"),
        ("Sep otember 30, 2011", "2011-09-30"),  # a header broken inside a word
        ("February 3, 2024 (1)", "2024-02-03"),
        ("As of Sept. 30, 2011", "2011-09-30"),
    ],
)
def test_header_periods(text, period):
    assert header_period(text) == period


@pytest.mark.parametrize("text", ["2011", "% Change", "Three Months Ended Change", "Base Salary", "", "Total"])
def test_headers_without_a_period(text):
    assert header_period(text) is None


def test_spanning_header_joined_with_year():
    assert header_period("Three Months Ended September 30, 2011") == header_period(
        "Three Months Ended September 30, 2011"
    )


def test_parse_date_forms():
    assert parse_date("Date of Report: October 27, 2011") == date(2011, 10, 27)
    assert parse_date("20110930") == date(2011, 9, 30)
    assert parse_date("9/30/2011") == date(2011, 9, 30)
    assert parse_date("2024-06-29") == date(2024, 6, 29)
    assert parse_date("30 June 2011") == date(2011, 6, 30)
    assert parse_date("no date here 2011") is None
    assert parse_date("February 30, 2011") is None


def test_notation_round_trip():
    s, e = date(2011, 7, 1), date(2011, 9, 30)
    assert duration(s, e) == "2011-07-01/2011-09-30"
    assert instant(e) == "2011-09-30"
    assert parse_period("2011-07-01/2011-09-30") == (s, e)
    assert parse_period("2011-09-30") == (None, e)
    assert months_between(s, e) == 3
    assert months_between(date(2024, 8, 4), date(2024, 11, 2)) == 3
    assert months_between(date(2023, 10, 1), date(2024, 6, 29)) == 9


@pytest.mark.parametrize(
    "end, fye, year, quarter",
    [
        (date(2011, 9, 30), (6, 30), 2012, 1),  # ImmunoGen: FY ends June 30
        (date(2024, 6, 29), (9, 28), 2024, 3),  # Apple: 52/53 weeks ending late September
        (date(2024, 8, 31), (5, 31), 2025, 1),  # Oracle: FY ends May 31
        (date(2024, 11, 2), (2, 1), 2024, 3),  # a retailer names the year it starts in
        (date(2023, 12, 31), (12, 31), 2023, 4),
        (date(2023, 3, 31), (12, 31), 2023, 1),
    ],
)
def test_fiscal_calendar(end, fye, year, quarter):
    assert fiscal_year_of(end, *fye) == year
    assert fiscal_quarter_of(end, *fye) == quarter


@pytest.mark.parametrize(
    "text, period",
    [
        ("net loss of $19.5 million for the quarter ending September 30, 2011 (1Q FY2012)", "2011-07-01/2011-09-30"),
        ("cash and cash equivalents as of September 30, 2011", "2011-09-30"),
        ("for the three-month period ended September 30, 2011", "2011-07-01/2011-09-30"),
        ("its net loss for its fiscal year ending June 30, 2012", "2011-07-01/2012-06-30"),
        ("RSU activity for the nine months ended June 29, 2024, is as follows", "2023-10-01/2024-06-29"),
        ("Balance as of September 30, 2023", "2023-09-30"),
        ("for the same quarter of the last fiscal year", None),
        ("as of September 30, 2011 and June 30, 2011", None),  # two dates: not one period
    ],
)
def test_stated_period(text, period):
    assert stated_period(text) == period


def test_fiscal_quarter_periods():
    assert fiscal_quarter_period(1, 2012, 6, 30) == "2011-07-01/2011-09-30"
    assert fiscal_quarter_period(4, 2023, 12, 31) == "2023-10-01/2023-12-31"
    assert fiscal_quarter_period(1, 2025, 5, 31) == "2024-06-01/2024-08-31"
    assert fiscal_quarter_period(3, 2024, 9, 28) is None  # a 52/53-week year cannot be dated by name


def test_fiscal_wording():
    assert [(q, y) for q, y, _ in fiscal_quarters_named("the first quarter of the Company's 2012 fiscal year")] == [(1, 2012)]
    assert [(q, y) for q, y, _ in fiscal_quarters_named("Q3 FY2024 and 1Q FY2011")] == [(3, 2024), (1, 2011)]
    assert [p for p, _ in fiscal_periods_named("for 1Q FY2012", "--06-30")] == ["2011-07-01/2011-09-30"]
    assert [p for p, _ in fiscal_periods_named("in its 2012 fiscal year", "--06-30")] == ["2011-07-01/2012-06-30"]
    assert fiscal_periods_named("for 1Q FY2012", None) == []


def test_year_earlier():
    assert year_earlier("2011-07-01/2011-09-30") == "2010-07-01/2010-09-30"
    assert year_earlier("2024-02-29") == "2023-02-28"
    assert year_earlier("2011-06-30") == "2010-06-30"


def test_long_fiscal_years():
    text = ("An additional week is included in the first fiscal quarter every five or six years. "
            "The Company's fiscal years 2024 and 2023 span 52 and 53 weeks, respectively.")
    assert long_fiscal_years(text) == {2023: 1}
    assert long_fiscal_years("Fiscal 2023 was a 53-week year. Fiscal 2023 included 53 weeks.") == {2023: 4}
    assert long_fiscal_years("Nothing about weeks.") == {}
    years = {2023: 1}
    assert with_long_year("2022-10-02/2023-07-01", 9, 28, years) == "2022-09-25/2023-07-01"  # covers Q1 FY2023
    assert with_long_year("2023-04-02/2023-07-01", 9, 28, years) == "2023-04-02/2023-07-01"  # Q3 alone
    assert with_long_year("2022-07-01/2022-09-30", 9, 28, years) == "2022-07-01/2022-09-30"  # month ends: calendar


@pytest.mark.parametrize(
    "text, period",
    [
        ("Balance as of June 29, 2024", "2024-06-29"),
        ("Activity for the nine months ended June 30, 2024 was as follows:", "2023-10-01/2024-06-30"),
        ("Approved the 2010 Stock Plan, as amended and restated as of May 1, 2020, to add shares", None),
        ("The Credit Agreement dated as of March 3, 2021", None),
    ],
)
def test_own_period_ignores_a_documents_date(text, period):
    from index.periods import own_period

    assert own_period(text) == period


def test_is_sentence():
    from index.periods import is_sentence

    assert is_sentence("The stockholders ratified the appointment of the auditors for the fiscal year ending June 30, 2024.")
    assert not is_sentence("Balance at Sept. 30, 2024")
    assert not is_sentence("Net sales")


_VOTES_HTML = """<html><body>
<p>Item 5.07 Submission of Matters to a Vote of Security Holders.</p>
<p>2. The stockholders ratified the appointment of Example LLP as the independent auditors for the fiscal year ending June 30, 2024.</p>
<table><tr><td></td><td>For</td><td>Against</td><td>Abstain</td></tr>
<tr><td></td><td>1,234,567</td><td>8,910</td><td>1,112</td></tr></table>
<p>3. The stockholders approved an amendment to the 2010 Stock Plan, as amended and restated as of May 1, 2020, to add shares.</p>
<table><tr><td></td><td>For</td><td>Against</td><td>Abstain</td></tr>
<tr><td></td><td>1,000,000</td><td>20,000</td><td>3,000</td></tr></table>
<p>Share repurchase activity during the three months ended June 30, 2024 was as follows (in millions):</p>
<table><tr><td></td><td>Number of Shares</td><td>Amount</td></tr>
<tr><td>Open market</td><td>12</td><td>$ 1,500</td></tr>
<tr><td>Accelerated</td><td>3</td><td>$ 400</td></tr></table>
</body></html>"""


def test_vote_tallies_take_no_period_from_the_proposal():
    """Votes have no period; a title that introduces its table ('... was as follows:') still dates it."""
    from index.parse import parse_bytes

    p = parse_bytes(_VOTES_HTML.encode(), "votes.html")
    votes = [t for t in p.tables if any(c.label == "For" for c in t.columns)]
    assert len(votes) == 2
    assert all(c.period is None for t in votes for c in t.columns)
    assert all(f.period is None for f in p.facts if f.kind == "table" and f.unit == "count")
    assert any(f.unit == "count" for f in p.facts)
    repurchase = [t for t in p.tables if t not in votes]
    assert repurchase and {c.period for c in repurchase[0].columns} == {"2024-04-01/2024-06-30"}


def test_vote_tallies_in_a_real_filing_have_no_period(shared_dir):
    from index.parse import parse_file

    p = parse_file(shared_dir / "filings" / "1800flowers_8-k_2023-12-14.html")
    counts = [f for f in p.facts if f.kind == "table" and f.unit == "count"]
    assert len(counts) > 40
    assert {f.period for f in counts} == {None}


def test_a_proposal_title_without_a_full_stop_dates_no_votes():
    from index.parse import parse_bytes

    html = """<html><body><p>Proposal 2: Ratification of Example LLP as auditors for the fiscal year ending June 30, 2024</p>
<table><tr><td></td><td>Votes For</td><td>Votes Against</td><td>Abstentions</td></tr>
<tr><td></td><td>1,234,567</td><td>8,910</td><td>1,112</td></tr></table>
<p>Balances at the dates shown (in thousands):</p>
<table><tr><td></td><td>Amount</td></tr>
<tr><td>Balance at December 31, 2023</td><td>$ 1,500</td></tr>
<tr><td>Additions</td><td>200</td></tr>
<tr><td>Balance at June 30, 2024</td><td>$ 1,700</td></tr></table></body></html>"""
    p = parse_bytes(html.encode(), "votes2.html")
    counts = [f for f in p.facts if f.kind == "table" and f.unit == "count"]
    assert len(counts) == 3 and {f.period for f in counts} == {None}
    balances = {f.label: f.period for f in p.facts if f.kind == "table" and f.label.startswith("Balance")}
    assert balances == {"Balance at December 31, 2023": "2023-12-31", "Balance at June 30, 2024": "2024-06-30"}

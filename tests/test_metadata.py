"""Filing metadata from what the filing states: SGML header, cover page, press-release wording."""

import pytest

from index.layout import Layout
from index.metadata import extract
from index.parse import parse_file
from index.read_text import read_text

COVER_8K = """UNITED STATES SECURITIES AND EXCHANGE COMMISSION

FORM 8-K

Date of Report (Date of earliest event reported): October 27, 2011

Example Therapeutics, Inc.

(Exact name of registrant as specified in its charter)

Example Therapeutics, Inc. Reports First Quarter Fiscal Year 2012 Financial Results

Example today reported financial results for the three-month period ended September 30, 2011, the first quarter of the Company's 2012 fiscal year. It expects its net loss for its fiscal year ending June 30, 2012 to be between $65-70 million.
"""


def test_text_cover():
    m = extract(read_text(COVER_8K), "example_8k.txt")
    assert m == {
        "company": "Example Therapeutics, Inc.",
        "form_type": "8-K",
        "date_of_report": "2011-10-27",
        "period_end": "2011-09-30",
        "fiscal_period": "Q1",
        "fiscal_year": 2012,
        "fiscal_year_end": "--06-30",
    }


@pytest.mark.parametrize(
    "sentence, period, year",
    [
        ("Results for Q3 FY2024 were strong.", "Q3", 2024),
        ("Net income for the third quarter of fiscal 2024 was $44.2 million.", "Q3", 2024),
        ("Revenues in 1Q FY2012 include fees.", "Q1", 2012),
        ("Results for the second fiscal quarter of 2023 follow.", "Q2", 2023),
    ],
)
def test_fiscal_period_wording(sentence, period, year):
    m = extract(read_text("FORM 8-K\n\n" + sentence), "x.txt")
    assert (m["fiscal_period"], m["fiscal_year"]) == (period, year)


def test_sgml_header_wins_and_periodic_reports_use_their_period_end():
    layout = Layout(
        text="QUARTERLY REPORT\n\nFor the quarterly period ended June 29, 2024\n\nSomething about the first quarter of fiscal 2023.",
        blocks=[], tables=[], format="sgml",
        header={"COMPANY CONFORMED NAME": "EXAMPLE CORP", "CONFORMED SUBMISSION TYPE": "10-Q",
                "CONFORMED PERIOD OF REPORT": "20240629", "FISCAL YEAR END": "0928"},
    )
    m = extract(layout, "example.txt")
    assert m["company"] == "EXAMPLE CORP"
    assert m["form_type"] == "10-Q"
    assert m["period_end"] == "2024-06-29"
    assert m["fiscal_year_end"] == "--09-28"
    assert (m["fiscal_period"], m["fiscal_year"]) == ("Q3", 2024)


def test_nothing_stated_stays_none():
    m = extract(read_text("A letter with no cover.\n\nIt states nothing."), "letter.txt")
    assert m["company"] is None and m["date_of_report"] is None and m["fiscal_year_end"] is None
    assert m["form_type"] is None


def test_exhibit_press_release(shared_dir):
    m = parse_file(shared_dir / "filings" / "buckle_8-k_2024-11-22_ex99-1.html").filing
    assert m.company == "The Buckle, Inc."
    assert m.form_type == "8-K"  # from the EDGAR file name: the exhibit states no form
    assert m.date_of_report == "2024-11-22"
    assert m.period_end == "2024-11-02"
    assert (m.fiscal_period, m.fiscal_year) == ("Q3", 2024)


@pytest.mark.parametrize(
    "name, company, form, period_end, fp, fy, signed",
    [
        ("apple_10-q_2024-06-29.html", "Apple Inc.", "10-Q", "2024-06-29", "Q3", 2024, "2024-08-01"),
        ("oracle_10-q_2024-08-31.html", "Oracle Corporation", "10-Q", "2024-08-31", "Q1", 2025, "2024-09-10"),
    ],
)
def test_periodic_reports(shared_dir, name, company, form, period_end, fp, fy, signed):
    m = parse_file(shared_dir / "filings" / name).filing
    assert (m.company, m.form_type, m.period_end, m.fiscal_period, m.fiscal_year) == (company, form, period_end, fp, fy)
    assert m.date_of_report == signed  # the signature block's date


def test_cover_date_without_a_label(shared_dir):
    m = parse_file(shared_dir / "filings" / "1800flowers_8-k_2023-12-14.html").filing
    assert m.date_of_report == "2023-12-14"
    assert m.form_type == "8-K"


def test_ixbrl_cover_tags_name_the_fiscal_period():
    layout = Layout(
        text="QUARTERLY REPORT\n\nSomething about the first quarter of fiscal 2023.", blocks=[], tables=[], format="html",
        header={"ENTITY REGISTRANT NAME": "Example Inc.", "CONFORMED SUBMISSION TYPE": "10-Q",
                "DOCUMENT FISCAL YEAR FOCUS": "2024", "DOCUMENT FISCAL PERIOD FOCUS": "Q3"},
    )
    m = extract(layout, "example.htm")
    assert (m["company"], m["form_type"], m["fiscal_period"], m["fiscal_year"]) == ("Example Inc.", "10-Q", "Q3", 2024)


# Expected metadata of every shared filing and the seed, checked by reading each file: the cover
# ('Date of Report', the registrant line), the SGML header, the iXBRL cover tags (dei:Document
# FiscalPeriodFocus / FiscalYearFocus / CurrentFiscalYearEndDate) and the results wording.
# company, form, date of report, period end, fiscal period, fiscal year, fiscal year end
EXPECTED_META = {
    # 5.07 votes; the auditors' proposal states 'the fiscal year ending June 30, 2024'
    "filings/1800flowers_8-k_2023-12-14.html": ("1-800-FLOWERS.COM, INC.", "8-K", "2023-12-14", None, None, None, "--06-30"),
    # SGML header: conformed name, period of report 19981215 (the cover's 'DECEMBER 15, 1998'), FYE 0630
    "filings/aames_8-k_1998-12-31.txt": ("AAMES CAPITAL CORP", "8-K", "1998-12-15", None, None, None, "--06-30"),
    # 'financial results for fiscal year ended December 31, 2024'; header FYE 1231
    "filings/abvc_8-k_2025-04-15.txt": ("ABVC BIOPHARMA, INC.", "8-K", "2025-04-15", "2024-12-31", "FY", 2024, "--12-31"),
    # 5.02; 'fiscal years 2023 and 2024' names no period of the report
    "filings/afcgamma_8-k_2023-03-17.html": ("AFC GAMMA, INC.", "8-K", "2023-03-17", None, None, None, None),
    # cover tags Q3 / 2024 / --09-28; signed 'Date: August 1, 2024'
    "filings/apple_10-q_2024-06-29.html": ("Apple Inc.", "10-Q", "2024-08-01", "2024-06-29", "Q3", 2024, "--09-28"),
    # 'results for the fiscal quarter ended November 2, 2024' without naming which quarter
    "filings/buckle_8-k_2024-11-22.html": ("THE BUCKLE, INC.", "8-K", "2024-11-22", "2024-11-02", None, None, None),
    # the release: 'THIRD QUARTER', 'fiscal 2024 third quarter'; no fiscal year end stated
    "filings/buckle_8-k_2024-11-22_ex99-1.html": ("The Buckle, Inc.", "8-K", "2024-11-22", "2024-11-02", "Q3", 2024, None),
    "filings/nordstrom_8-k_2023-03-01.html": ("Nordstrom, Inc.", "8-K", "2023-03-01", None, None, None, None),
    # cover tags Q1 / 2025 / --05-31; signed 'Date: September 10, 2024'
    "filings/oracle_10-q_2024-08-31.html": ("Oracle Corporation", "10-Q", "2024-09-10", "2024-08-31", "Q1", 2025, "--05-31"),
    # 5.07 votes; the auditors' proposal states 'the fiscal year ending May 31, 2025'
    "filings/oracle_8-k_2024-11-14.html": ("Oracle Corporation", "8-K", "2024-11-14", None, None, None, "--05-31"),
    # 'three-month period ended September 30, 2011, the first quarter of the Company's 2012 fiscal year'
    "seed/immunogen_8k_2011-10-27.txt": ("ImmunoGen, Inc.", "8-K", "2011-10-27", "2011-09-30", "Q1", 2012, "--06-30"),
}


def test_every_shared_filing_is_listed(shared_dir):
    names = {f"filings/{p.name}" for p in (shared_dir / "filings").iterdir() if p.suffix in (".html", ".htm", ".txt")}
    names |= {f"seed/{p.name}" for p in (shared_dir / "seed").iterdir()}
    assert names == set(EXPECTED_META)


@pytest.mark.parametrize("rel", sorted(EXPECTED_META))
def test_metadata_of_each_filing(shared_dir, rel):
    m = parse_file(shared_dir / rel).filing
    got = (m.company, m.form_type, m.date_of_report, m.period_end, m.fiscal_period, m.fiscal_year, m.fiscal_year_end)
    assert got == EXPECTED_META[rel]


def test_annual_results_in_a_current_report():
    text = ("FORM 8-K\n\nDate of Report (Date of earliest event reported): March 3, 2025\n\nExample Corp.\n\n"
            "(Exact name of registrant as specified in its charter)\n\n"
            "On March 3, 2025, the Company issued a press release announcing its financial results for the fiscal year "
            "ended February 1, 2025.\n")
    m = extract(read_text(text), "example.txt")
    assert (m["period_end"], m["fiscal_period"], m["fiscal_year"], m["fiscal_year_end"]) == ("2025-02-01", "FY", 2024, "--02-01")


def test_a_year_named_outside_a_results_sentence_is_no_fiscal_period():
    text = ("FORM 8-K\n\nDate of Report (Date of earliest event reported): March 3, 2025\n\nExample Corp.\n\n"
            "(Exact name of registrant as specified in its charter)\n\n"
            "For the year ended December 31, 2024, Ms. Doe earned a bonus of $100,000.\n")
    m = extract(read_text(text), "example.txt")
    assert m["fiscal_period"] is None and m["fiscal_year"] is None


def test_quarter_results_in_a_current_report_take_the_stated_fiscal_year_end():
    """'results for the quarter ended <date>' without naming the quarter: the fiscal year end decides."""
    text = ("FORM 8-K\n\nDate of Report (Date of earliest event reported): November 8, 2023\n\nExample Corp.\n\n"
            "(Exact name of registrant as specified in its charter)\n\n"
            "The Company announced financial results for the quarter ended September 30, 2023. It expects revenue "
            "for its fiscal year ending June 30, 2024 to grow.\n")
    m = extract(read_text(text), "example.txt")
    assert (m["period_end"], m["fiscal_period"], m["fiscal_year"], m["fiscal_year_end"]) == ("2023-09-30", "Q1", 2024, "--06-30")


def test_quarter_results_without_a_fiscal_year_end_name_no_quarter():
    text = ("FORM 8-K\n\nExample Corp.\n\n(Exact name of registrant as specified in its charter)\n\n"
            "The Company announced financial results for the fiscal quarter ended November 4, 2023.\n")
    m = extract(read_text(text), "example.txt")
    assert m["period_end"] == "2023-11-04" and m["fiscal_period"] is None and m["fiscal_year"] is None

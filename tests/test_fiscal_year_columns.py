"""Columns headed by a fiscal year in two digits, as earnings releases print them ("Q3 FY24",
"FY23", "F19"), are read as that fiscal year (index/tables.py `clean_header`); a fiscal year that the
filing's calendar dates answers from the column named by it (qa/answer.py `fits_fact`); "how much did
X change" names the line item X."""

from __future__ import annotations

from page_asker import asker

from index.parse import parse_bytes
from index.tables import clean_header
from qa.question import parse_question

RELEASE = ("<html><body><p>ACME CORPORATION REPORTS RESULTS FOR THIRD QUARTER FISCAL 2024</p>"
           "<p>Acme Corporation today reported revenue for the third quarter ended October 29, 2023.</p>"
           "<table><tr><td></td><td>Q3 FY24</td><td>Q2 FY24</td><td>Q3 FY23</td></tr>"
           "<tr><td colspan='4'>($ in millions)</td></tr>"
           "<tr><td>Revenue</td><td>$18,120</td><td>$13,507</td><td>$5,931</td></tr>"
           "<tr><td>Operating income</td><td>$10,417</td><td>$6,800</td><td>$601</td></tr></table>"
           "<p>Full-year results:</p>"
           "<table><tr><td></td><td>FY23</td><td>FY22</td></tr>"
           "<tr><td colspan='3'>($ in millions)</td></tr>"
           "<tr><td>Net sales</td><td>$26,974</td><td>$26,914</td></tr>"
           "<tr><td>Net income</td><td>$4,368</td><td>$9,752</td></tr></table></body></html>")


def test_a_two_digit_fiscal_year_in_a_header_is_written_in_full():
    assert clean_header("Q3 FY24") == "Q3 FY2024"
    assert clean_header("FY'23") == "FY2023"
    assert clean_header("F18 (3)") == "FY2018"
    assert clean_header("FY19**") == "FY2019"
    # not a year: a form's name, an estimate, a percent
    assert clean_header("Form F-1") == "Form F-1"
    assert clean_header("FY25E") == "FY25E"


def test_cells_under_two_digit_fiscal_year_columns_carry_the_full_year():
    parsed = parse_bytes(RELEASE.encode(), "acme_8-k_2023-11-21.html")
    columns = {(f.label, f.column_label) for f in parsed.facts if f.kind == "table"}
    assert ("Revenue", "Q3 FY2024") in columns and ("Net income", "FY2022") in columns


def test_a_fiscal_quarter_named_in_two_digits_is_answered_from_its_column():
    ans = asker(RELEASE, "acme_8-k_2023-11-21.html")("What was operating income in Q2 FY24?")
    assert ans.status == "answered" and ans.value.amount == "6800000000"


def test_a_change_between_fiscal_years_the_calendar_dates_reads_the_columns_named_by_them():
    # the release dates its fiscal years (a quarter ended October 29 is the third of fiscal 2024), so
    # "fiscal 2022" is a dated year; the columns name it only as "FY2022"
    ask = asker(RELEASE, "acme_8-k_2023-11-21.html")
    ans = ask("What was the change in net income from fiscal 2022 to fiscal 2023?")
    assert ans.value is not None and ans.value.amount == "-5384000000"
    assert ans.program[0].args == ["4368000000", "9752000000"]


def test_how_much_did_an_item_change_names_the_item_without_the_verb():
    assert parse_question("How much did net income change from FY22 to FY23?").items == ["net income"]
    assert parse_question("How much has revenue changed since 2022?").items == ["revenue"]

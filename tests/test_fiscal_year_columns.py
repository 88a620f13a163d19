"""Columns headed as earnings releases head them: a fiscal year in two digits ("Q3 FY24", "FY23",
"F19") or a quarter number first ("3Q23") is read in full (index/tables.py `clean_header`); a fiscal
year the filing's calendar dates answers from the column named by it, and a column naming a quarter
never answers for its year (qa/answer.py `fits_fact`, qa/qtypes/metric.py); a quarter nothing dates
as fiscal is the calendar quarter it ends (qa/question.py `fiscal_calendar`); a change "from" one
period runs to the current one, and a change between two named quarters is the later less the
earlier; "how much did X change" names the line item X."""

from __future__ import annotations

from datetime import date

from page_asker import asker

from index.parse import parse_bytes
from index.tables import clean_header
from qa.question import find_periods, parse_question

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


def _release(top: str, columns: tuple[str, str]) -> str:
    header = f"<tr><td></td><td colspan='2'>{top}</td></tr>" if top else ""
    return ("<html><body><p>ACME CORP REPORTS THIRD QUARTER 2023 RESULTS</p><table>" + header +
            "<tr><td></td>" + "".join(f"<td>{c}</td>" for c in columns) + "</tr>"
            "<tr><td colspan='3'>(in thousands)</td></tr>"
            "<tr><td>Net revenue</td><td>$5,120</td><td>$4,310</td></tr>"
            "<tr><td>Net income</td><td>$812</td><td>$640</td></tr></table></body></html>")


def test_a_quarter_nothing_dates_as_fiscal_is_the_calendar_quarter_it_ends():
    # no cover, no "third quarter of fiscal 2023": the quarter ended September 30 is the third of 2023
    ask = asker(_release("Three Months Ended", ("Sept. 30, 2023", "Sept. 30, 2022")), "acme_ex99_2023.html")
    ans = ask("What was net revenue in the third quarter of 2023?")
    assert ans.status == "answered" and ans.value.amount == "5120000"


def test_a_quarter_far_from_a_calendar_quarter_end_is_not_dated_by_the_calendar():
    from qa.question import _calendar_quarter

    assert _calendar_quarter(date(2022, 10, 1)) == (2022, 3)  # a 13-week quarter ending October 1
    assert _calendar_quarter(date(2023, 10, 29)) is None  # a retailer's quarter: its fiscal year is unknown


def test_a_change_from_one_named_period_runs_to_the_current_period():
    ask = asker(_release("Three Months Ended", ("September 30, 2023", "September 30, 2022")), "acme_ex99_2023.html")
    ans = ask("How much did net income change from the third quarter of 2022?")
    assert ans.value is not None and ans.value.amount == "172000"
    assert ans.program[0].args == ["812000", "640000"]


def test_a_change_between_quarters_named_in_columns_is_the_later_less_the_earlier():
    ask = asker(_release("", ("Q3 2023", "Q3 2022")), "acme_ex99_2023.html")
    for question in ("How much did net income change from Q3 2022 to Q3 2023?",
                     "What was the change in net income between Q3 2022 and Q3 2023?"):
        ans = ask(question)
        assert ans.value is not None and ans.value.amount == "172000", question


def test_a_column_naming_a_quarter_does_not_answer_for_its_year():
    for columns in (("Q3 2023", "Q3 2022"), ("3Q23", "3Q22"), ("Fiscal 2023 Q3", "Fiscal 2022 Q3")):
        ask = asker(_release("", columns), "acme_ex99_2023.html")
        assert ask("What was net income in fiscal 2023?").status != "answered", columns
        ans = ask("What was net income in Q3 2023?")
        assert ans.status == "answered" and ans.value.amount == "812000", columns


def test_quarters_named_number_first_or_year_first_are_read_as_quarters():
    assert clean_header("3Q23") == "Q3 2023" and clean_header("Q3'23") == "Q3 2023"
    assert [(s.fiscal, s.year) for s in find_periods("FY2024 Q3")] == [((2024, 3), None)]
    assert [(s.fiscal, s.year) for s in find_periods("What was revenue in fiscal 2024 Q3?")] == [((2024, 3), None)]


RESULTS = ("<html><body><p>EXHIBIT 99.1</p><p>Globex Corporation Reports Fourth Quarter and Full Year 2023 Results</p>"
           "<p>Fourth quarter revenue was $812.4 million, an increase of 9% compared to $745.3 million in the fourth "
           "quarter of 2022.</p><p>GLOBEX CORPORATION STATEMENTS OF INCOME (In millions)</p><table>"
           "<tr><td></td><td colspan='2'>Three Months Ended December 31,</td><td colspan='2'>Year Ended December 31,</td></tr>"
           "<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>"
           "<tr><td>Net sales</td><td>$ 812.4</td><td>$ 745.3</td><td>$ 3,120.5</td><td>$ 2,918.7</td></tr>"
           "<tr><td>Net income</td><td>$ 64.1</td><td>$ 51.8</td><td>$ 240.9</td><td>$ 205.3</td></tr></table></body></html>")


def test_a_quarter_named_for_the_prior_year_does_not_anchor_the_fiscal_calendar():
    # "... in the fourth quarter of 2022" is the comparison, not the release's own quarter (December 31, 2023)
    parsed = parse_bytes(RESULTS.encode(), "globex_8-k_2024-02-01.html")
    assert (parsed.filing.fiscal_period, parsed.filing.fiscal_year) != ("Q4", 2022)
    ask = asker(RESULTS, "globex_8-k_2024-02-01.html")
    ans = ask("What was net income in Q4 2023?")
    assert ans.status == "answered" and ans.value.amount == "64100000"


def test_for_the_year_asks_for_the_twelve_months_ending_with_the_current_period():
    q = parse_question("What was the percentage growth in net sales for the year?")
    assert [(p.relative, p.months) for p in q.periods] == [("current", 12)]
    ans = asker(RESULTS, "globex_8-k_2024-02-01.html")("What was full-year net income?")
    assert ans.value is not None and ans.value.amount == "240900000"


def test_the_same_quarter_of_another_year_is_the_current_quarter_in_that_year():
    ask = asker(_release("Three Months Ended", ("September 30, 2023", "September 30, 2022")), "acme_ex99_2023.html")
    ans = ask("What was net revenue in the same quarter of 2022?")
    assert ans.status == "answered" and ans.value.amount == "4310000"


def test_year_headers_over_the_first_columns_head_those_columns_only():
    """"F19", "F18" sit over the first two of four columns ("53 weeks", "52 weeks", "Change",
    "Change normalised"): they head those two, while "2019", "", "2018", "" over "$ % $ %" span two each."""
    from index.parse import parse_bytes

    page = ("WOOLCO LTD\nANNUAL REPORT\n\n\tF19\tF18\t\t\n$ MILLION\t53 WEEKS\t52 WEEKS\tCHANGE\tCHANGE NORMALISED\n"
            "Sales\t1,671\t1,612\t3.7%\t1.8%\nEBITDA\t372\t361\t3.5%\t2.5%\n")
    labels = [c.label for c in parse_bytes(page.encode(), "woolco_annual_2019.txt").tables[0].columns]
    assert labels == ["FY2019 53 WEEKS", "FY2018 52 WEEKS", "CHANGE", "CHANGE NORMALISED"]
    spanning = "ACME\nREPORT\n\n\t2019\t\t2018\t\n\tAmount\tShare\tAmount\tShare\nSales\t1,671\t50%\t1,612\t48%\n"
    labels = [c.label for c in parse_bytes(spanning.encode(), "acme_annual_2019.txt").tables[0].columns]
    assert labels == ["2019 Amount", "2019 Share", "2018 Amount", "2018 Share"]

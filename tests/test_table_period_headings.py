"""A table stacked in sections, each under a label-only row that names its period ("December 31,
2019", "2019:", "As at 31 December 2018"), dates the rows of each section by that heading
(index/tables.py `is_period_heading`, index/parse.py `table_facts`); a column headed by a fiscal
quarter ("Q4 2019") answers a question naming that quarter although no fiscal calendar dates it."""

from __future__ import annotations

import pytest
from page_asker import asker

from index.parse import parse_bytes
from index.tables import heading_period, is_period_heading

RECEIVABLES = ("ACME FINANCE, INC.\nNOTES TO CONSOLIDATED FINANCIAL STATEMENTS\n\n"
               "Accounts receivable consisted of the following as of the dates indicated:\n\n"
               "\tAccounts Receivable, Gross\tAllowance for Losses\tAccounts Receivable, Net\n"
               "December 31, 2019\t\t\t\n"
               "Transaction related\t$12,863\t$(238)\t$12,625\n"
               "Servicing related\t6,868\t—\t6,868\n"
               "Total\t$19,731\t$(238)\t$19,493\n"
               "December 31, 2018\t\t\t\n"
               "Transaction related\t$14,704\t$(168)\t$14,536\n"
               "Servicing related\t864\t—\t864\n"
               "Total\t$15,568\t$(168)\t$15,400\n")

QUARTERS = ("ACME RETAIL, INC.\nQUARTERLY RESULTS (UNAUDITED)\n\n"
            "\tFirst\tSecond\tThird\tFourth\n"
            "2019:\t\t\t\t\n"
            "Net sales\t$117,625\t$120,684\t$115,651\t$115,040\n"
            "Operating earnings\t$14,218\t$17,083\t$10,124\t$12,391\n"
            "2018:\t\t\t\t\n"
            "Net sales\t$113,530\t$118,021\t$118,859\t$120,073\n"
            "Operating earnings\t$13,359\t$14,544\t$16,118\t$17,017\n")

PRICES = ("ACME TRAVEL, INC.\nMARKET FOR THE REGISTRANT'S COMMON EQUITY\n\n"
          "The high and low sale prices of our common stock were as follows:\n\n"
          "\tHigh\tLow\n2019:\t\t\nFourth Quarter\t$11.44\t$9.47\nThird Quarter\t$14.96\t$10.26\n"
          "2018:\t\t\nFourth Quarter\t$12.16\t$7.43\nThird Quarter\t$20.60\t$10.95\n")

SEGMENTS = ("ACME TELECOM INC.\nFOURTH QUARTER HIGHLIGHTS\n\n"
            "OPERATING REVENUES\tQ4 2019\tQ4 2018\t$ CHANGE\n"
            "Wireless\t2,493\t2,407\t86\n"
            "Wireline\t3,138\t3,137\t1\n"
            "Total operating revenues\t6,316\t6,215\t101\n")


@pytest.mark.parametrize("label,period", [
    ("December 31, 2019", "2019-12-31"),
    ("As at 31 December 2018", "2018-12-31"),
    ("Year ended 30 June 2019", "2018-07-01/2019-06-30"),
    ("2019:", None),
])
def test_a_label_naming_only_a_period_is_a_period_heading(label, period):
    assert is_period_heading(label)
    assert heading_period(label) == period


@pytest.mark.parametrize("label", ["Fiscal 2018 Plan", "Finite-Lived Intangible Assets",
                                   "Outstanding at December 31, 2019", "2019 Plan"])
def test_a_label_with_other_words_is_not_a_period_heading(label):
    assert not is_period_heading(label)


def test_rows_under_a_date_heading_take_its_date_and_keep_their_column():
    parsed = parse_bytes(RECEIVABLES.encode(), "acme_10-k_2019.txt")
    facts = {(f.label, f.column_label, f.period): f.value for f in parsed.facts if f.kind == "table"}
    assert facts[("Servicing related", "Accounts Receivable, Net", "2019-12-31")] == 6868
    assert facts[("Servicing related", "Accounts Receivable, Net", "2018-12-31")] == 864
    assert facts[("Total", "Allowance for Losses", "2018-12-31")] == -168


def test_a_section_s_figure_is_answered_for_the_heading_s_year():
    ask = asker(RECEIVABLES, "acme_10-k_2019.txt")
    ans = ask("What was the servicing related net accounts receivable in 2018?")
    assert [f.amount for f in ans.figures] == ["864"]


def test_rows_under_a_bare_year_heading_carry_the_year_beside_the_column():
    parsed = parse_bytes(QUARTERS.encode(), "acme_10-k_2019.txt")
    facts = {(f.label, f.column_label): f.value for f in parsed.facts if f.kind == "table"}
    assert facts[("Operating earnings", "2019 Second")] == 17083
    assert facts[("Operating earnings", "2018 Second")] == 14544


def test_a_fiscal_quarter_column_answers_that_quarter_without_a_fiscal_calendar():
    ask = asker(SEGMENTS, "acme_8-k_2020.txt")
    ans = ask("What was the percentage of Wireless out of the total operating revenues in Q4 2018?")
    assert sorted(f.amount for f in ans.figures) == ["2407", "6215"]


def test_a_quarter_row_under_a_year_heading_answers_that_quarter():
    ask = asker(PRICES, "acme_10-k_2019.txt")
    ans = ask("What was the high price in the fourth quarter of 2018?")
    assert [f.amount for f in ans.figures] == ["12.16"]


OPENING = ("ACME PAYMENTS, INC.\nNOTES TO CONSOLIDATED FINANCIAL STATEMENTS\n\n"
           "Trade and other receivables consisted of the following:\n\n"
           "\tDecember 31, 2019\tDecember 31, 2018\tJanuary 1, 2018\n"
           "Indirect taxes receivable\t$36,821\t$3,774\t$832\n"
           "Trade receivables\t9,660\t11,191\t7,073\n")


def test_a_balance_at_january_1_is_not_the_years_balance():
    # the opening balance on adopting a standard closes the year before: "2018" is December 31, 2018
    ask = asker(OPENING, "acme_10-k_2019.txt")
    ans = ask("What is the average indirect taxes receivable for 2018 and 2019?")
    assert ans.value is not None and ans.value.amount == "20297.5"
    assert sorted(ans.program[0].args) == ["36821", "3774"]


@pytest.mark.parametrize("first, second", [("December31,", "2019\t2018"), ("December 31", "2019\t2 0 1 8")])
def test_dates_broken_by_pdf_conversion_still_date_their_columns(first, second):
    """A day run into its month ("December31,") and a year's digits spaced out ("2 0 1 8"): what
    converting a PDF leaves in a header."""
    page = (f"ACME HOLDINGS PLC\nNOTES\n\n(in thousands)\n\n\t{first}\t\n\t{second}\n"
            "Derivative liabilities\t93.8\t120.5\nValuation allowance\t(19,911)\t(15,916)\n")
    ask = asker(page, "acme_annual_2019.txt")
    assert ask("How much was the derivative liabilities as at December 31, 2018?").value.amount == "120500"
    assert ask("What was the valuation allowance in 2018?").value.amount in ("-15916000", "15916000")

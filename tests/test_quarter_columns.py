"""An earnings release whose columns say only "Q3'24 Q2'24 Q3'23" (fictional company): its text
names the quarter and its end ("third quarter of fiscal 2024, ended September 30, 2024"), which dates
the fiscal year and so every column; then "this quarter", "the prior quarter" and "year over year"
have periods to resolve. Growth asked without money words is a rate; a non-GAAP metric is not the
formula over GAAP rows."""

import pytest
from index.parse import parse_bytes
from page_asker import asker

RELEASE = """<html><body><p>Exhibit 99.1</p><p>BANIA SOFTWARE REPORTS THIRD QUARTER FISCAL 2024 RESULTS</p>
<p>AUSTIN, Texas, October 30, 2024 -- Bania Software, Inc. today announced results for its third quarter of fiscal 2024, ended September 30, 2024.</p>
<table>
<tr><td>(in thousands, except per share data)</td><td>Q3'24</td><td>Q2'24</td><td>Q3'23</td></tr>
<tr><td>Subscription revenue</td><td>142,310</td><td>136,950</td><td>114,205</td></tr>
<tr><td>Total revenue</td><td>152,190</td><td>147,165</td><td>125,245</td></tr>
<tr><td>GAAP operating loss</td><td>(8,420)</td><td>(10,115)</td><td>(15,630)</td></tr>
<tr><td>Non-GAAP operating income</td><td>22,310</td><td>19,870</td><td>9,905</td></tr>
</table></body></html>"""
NAME = "bania_8-k_2024-10-30_ex99.html"


@pytest.fixture(scope="module")
def ask():
    return asker(RELEASE, NAME)


def test_the_quarter_the_text_dates_dates_the_fiscal_year_and_its_columns():
    parsed = parse_bytes(RELEASE.encode(), NAME)
    assert parsed.filing.period_end == "2024-09-30" and parsed.filing.fiscal_year_end == "--12-31"
    assert [c.period for c in parsed.tables[0].columns if c.label.startswith("Q")] == \
        ["2024-07-01/2024-09-30", "2024-04-01/2024-06-30", "2023-07-01/2023-09-30"]


@pytest.mark.parametrize("question,amount", [("What was total revenue in the prior quarter?", "147165000"),
                                             ("What was the GAAP operating loss this quarter?", "-8420000")])
def test_relative_periods_resolve_on_quarter_columns(ask, question, amount):
    ans = ask(question)
    assert ans.status == "answered" and ans.value.amount == amount, ans.text


def test_growth_without_money_words_is_a_rate(ask):
    ans = ask("What was subscription revenue growth year over year?")
    assert ans.value.amount == "24.61" and ans.value.unit == "percent", ans.text


def test_a_non_gaap_margin_is_not_computed_from_gaap_rows(ask):
    ans = ask("What was non-GAAP operating margin?")
    assert ans.status != "answered" or ans.value.amount != "-5.53", ans.text

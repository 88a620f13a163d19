"""Debt as 8-Ks and 10-Qs state it (fictional company): a rate printed before the notes it names
("6.125% Senior Notes due 2032") is their interest rate, and a column of "Trailing 4-Quarters
Ended" spans a year, not a quarter."""

from index.periods import period_length
from page_asker import asker

NOTES_8K = """<html><body><p>FORM 8-K</p><p>KRAMERICA INDUSTRIES, INC.</p>
<p>Item 2.03 Creation of a Direct Financial Obligation.</p>
<p>On May 3, 2024, the Company issued $350.0 million aggregate principal amount of 6.125% Senior Notes due 2032 (the "Notes").
The Notes were issued at 99.5% of their principal amount.</p></body></html>"""


def test_a_rate_before_the_notes_it_names_is_their_interest_rate():
    ans = asker(NOTES_8K, "kramerica_8-k_2024-05-06.html")("What is the interest rate on the senior notes?")
    assert ans.value is not None and ans.value.amount == "6.125", ans.text


def test_trailing_quarters_span_that_many_quarters():
    assert period_length("Trailing 4-Quarters Ended August 31, 2024") == (12, "months")
    assert period_length("Two Quarters Ended June 30, 2024") == (6, "months")
    assert period_length("Quarter Ended June 30, 2024") == (3, "months")

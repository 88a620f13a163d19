"""A share stated in words ("Our largest customer accounted for approximately 12% of net sales"):
asked as a percentage of net sales, it is that 12 %, not 12 divided by the net sales in dollars
(a percent and an amount combine into nothing). Fictional company."""

from page_asker import asker

TENK = """<html><body><p>FORM 10-K</p><p>For the fiscal year ended December 31, 2023</p><p>PENNYPACKER CORPORATION</p>
<p>Our largest customer accounted for approximately 12% of net sales in 2023.</p>
<p>Net sales increased 6.2% to $1.92 billion in 2023 from $1.81 billion in 2022.</p></body></html>"""


def test_a_share_stated_in_words_is_the_stated_percentage():
    ans = asker(TENK, "pennypacker_10-k_2023-12-31.html")("What percentage of net sales came from the largest customer?")
    assert ans.value is not None and ans.value.amount == "12" and ans.value.unit == "percent", ans.text
    assert not ans.program


def test_a_percent_and_an_amount_are_not_combined():
    ans = asker(TENK, "pennypacker_10-k_2023-12-31.html")("What is the ratio of the largest customer share to net sales?")
    assert ans.value is None or ans.value.amount not in ("0", "0.00"), ans.text
    assert all(not s.args or "12" not in s.args for s in ans.program), ans.text


def test_shares_outstanding_at_the_cover_date_after_the_year_end_are_the_latest_count():
    page = ("<html><body><p>FORM 10-K</p><p>For the fiscal year ended December 31, 2023</p><p>PENNYPACKER CORPORATION</p>"
            "<p>As of February 15, 2024, there were 48,215,330 shares of the registrant's common stock outstanding.</p>"
            "<p>(in thousands)</p><table><tr><td></td><td>2023</td><td>2022</td></tr>"
            "<tr><td>Net sales</td><td>1,920,000</td><td>1,810,000</td></tr></table></body></html>")
    ans = asker(page, "pennypacker_10-k_2023-12-31.html")("How many shares of common stock are outstanding?")
    assert ans.value is not None and ans.value.amount == "48215330", ans.text

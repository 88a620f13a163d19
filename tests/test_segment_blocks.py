"""A segment note names each segment twice, once under "Net revenue:" and once under "Segment
operating income:" (fictional company). A share of total net revenue takes the segment's row in the
block that total closes; "the Consumer segment" is the row "Consumer"."""

import pytest
from page_asker import asker

TENK = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended June 30, 2024</p><p>VANDELAY INDUSTRIES, INC.</p>
<p>Note 15. Segment Information</p>
<table>
<tr><td></td><td colspan="3">Fiscal Year Ended June 30,</td></tr>
<tr><td>(In millions)</td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Net revenue:</td><td></td><td></td><td></td></tr>
<tr><td>Industrial</td><td>$ 812.0</td><td>$ 731.5</td><td>$ 664.2</td></tr>
<tr><td>Consumer</td><td>472.6</td><td>457.8</td><td>438.5</td></tr>
<tr><td>Total net revenue</td><td>$ 1,284.6</td><td>$ 1,189.3</td><td>$ 1,102.7</td></tr>
<tr><td>Segment operating income:</td><td></td><td></td><td></td></tr>
<tr><td>Industrial</td><td>$ 171.4</td><td>$ 139.0</td><td>$ 121.6</td></tr>
<tr><td>Consumer</td><td>58.2</td><td>55.1</td><td>50.3</td></tr>
<tr><td>Corporate and unallocated</td><td>(30.6)</td><td>(47.2)</td><td>(33.8)</td></tr>
<tr><td>Total operating income</td><td>$ 199.0</td><td>$ 146.9</td><td>$ 138.1</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def ask():
    return asker(TENK, "vandelay_10-k_2024-06-30.html")


def test_a_share_of_total_revenue_takes_the_segment_row_that_total_closes(ask):
    ans = ask("What percentage of total net revenue came from the Consumer segment in fiscal 2024?")
    shown = [ans] + list(ans.alternatives)
    assert ans.value.amount == "36.79", ans.text  # 472.6 / 1,284.6, not the segment's operating income 58.2
    assert all(a.status != "answered" or a.value.amount == "36.79" for a in shown)


def test_a_share_of_total_operating_income_takes_the_operating_income_row(ask):
    ans = ask("What share of total operating income came from Industrial in fiscal 2023?")
    assert ans.value.amount == "94.62", ans.text  # 139.0 / 146.9


def test_a_named_segment_is_its_row(ask):
    ans = ask("What was Consumer segment operating income in FY2024?")
    assert ans.value.amount == "58200000", ans.text

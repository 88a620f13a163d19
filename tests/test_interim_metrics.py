"""Named metrics over a 10-Q's spans (qa/qtypes/metric.py): a balance averaged over a year-to-date
span opens at the year-end before it, a flow set against a balance over a span shorter than a year
is annualized and said to be (so `uncertain`), an expense printed in parentheses enters a coverage
ratio by its size, and balances are stated at their date. Fictional company."""

import pytest
from page_asker import asker

TENQ = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended September 28, 2024</p><p>INITECH HOLDINGS, INC.</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended</td><td colspan="2">Nine Months Ended</td></tr>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td><td>September 28, 2024</td><td>September 30, 2023</td></tr>
<tr><td>Net sales</td><td>$ 245,310</td><td>$ 231,870</td><td>$ 721,455</td><td>$ 690,102</td></tr>
<tr><td>Cost of sales</td><td>148,220</td><td>142,015</td><td>437,980</td><td>425,330</td></tr>
<tr><td>Operating income</td><td>25,815</td><td>21,785</td><td>71,255</td><td>60,992</td></tr>
<tr><td>Interest expense</td><td>(4,120)</td><td>(4,560)</td><td>(12,610)</td><td>(13,700)</td></tr>
<tr><td>Net income</td><td>$ 16,725</td><td>$ 13,030</td><td>$ 44,960</td><td>$ 35,782</td></tr>
</table>
<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>
<table>
<tr><td></td><td>September 28, 2024</td><td>December 30, 2023</td></tr>
<tr><td>Total current assets</td><td>304,850</td><td>294,670</td></tr>
<tr><td>Total current liabilities</td><td>113,030</td><td>116,675</td></tr>
<tr><td>Total stockholders' equity</td><td>290,550</td><td>254,095</td></tr>
</table>
</body></html>"""


def ask(question):
    return asker(TENQ, "initech_10-q_2024-09-28.html")(question)


def test_interest_printed_in_parentheses_enters_coverage_by_its_size():
    ans = ask("What was interest coverage for the quarter?")
    assert ans.status == "answered", ans.text
    assert ans.value.amount == "6.2658", ans.text  # 25,815 / 4,120, not -6.27
    assert ans.program[0].op == "multiply" and ans.program[0].args == ["-4120000", "-1"]


def test_a_year_to_date_average_opens_at_the_year_end_before_it_and_is_annualized():
    ans = ask("What was return on equity for the nine months?")
    averaged = next(s for s in ans.program if s.op == "average")
    assert averaged.args == ["290550000", "254095000"]  # September 28, 2024 and December 30, 2023, not a year before
    assert any(s.op == "multiply" and s.args[1] == "12" for s in ans.program)
    assert ans.status == "uncertain" and "annualized" in ans.reason


def test_a_quarter_needs_the_balance_it_opened_with():
    ans = ask("What was return on equity for the third quarter of 2024?")
    assert ans.status == "not_found"
    assert "June" in ans.reason  # the quarter opened at the end of June, which this 10-Q does not state


def test_a_ratio_of_balances_is_stated_at_its_date():
    ans = ask("What is the current ratio?")
    assert ans.status == "answered" and ans.value.amount == "2.6971"
    assert ans.text.startswith("Current ratio for September 28, 2024 is")
    assert "three months" not in ans.text


def test_a_new_period_after_a_percent_change_keeps_its_item_and_operation():
    from qa.conversation import Turn

    ask = asker(TENQ, "initech_10-q_2024-09-28.html")
    history = []
    for q in ["What was net sales in the third quarter?", "And a year earlier?", "What is the percentage change?"]:
        history.append(Turn(question=q, answer=ask(q, history)))
    ans = ask("What about for the nine months?", history)
    assert ans.program and ans.program[0].op == "percent_change", ans.text
    assert ans.program[0].args == ["721455000", "690102000"], ans.text


def test_a_quarter_named_without_its_year_is_not_the_filings_own_quarter():
    ask = asker(TENQ, "initech_10-q_2024-09-28.html")
    assert ask("What was fourth quarter net sales?").status == "not_found"  # Q4 FY2023: not in this 10-Q
    assert ask("What was Q2 net sales?").status == "not_found"  # the quarter to June: not in it either
    assert ask("What was net sales in the third quarter?").value.amount == "245310000"


def test_a_metric_asked_again_for_another_period_is_the_metric_and_its_change_is_in_points():
    from qa.conversation import Turn

    page = TENQ.replace("<tr><td>Operating income</td>", "<tr><td>Gross profit</td><td>97,090</td><td>89,855</td>"
                        "<td>283,475</td><td>264,772</td></tr><tr><td>Operating income</td>")
    ask = asker(page, "initech_10-q_2024-09-28.html")
    history = []
    for q in ["What was gross margin in the third quarter?", "And a year earlier?"]:
        history.append(Turn(question=q, answer=ask(q, history)))
    assert history[-1].answer.value.amount == "38.75", history[-1].answer.text  # 89,855 / 231,870, not gross profit in dollars
    assert "September 30, 2023" in history[-1].answer.text  # the column's own date
    ans = ask("How did it change?", history)
    assert (ans.status, ans.value.amount, ans.value.unit) == ("answered", "0.83", "percent"), ans.text
    assert ans.program[-1].op == "subtract"


def test_debt_repaid_asked_as_an_amount_is_its_size_and_compare_is_a_change():
    page = TENQ.replace("</table>\n<p>CONDENSED CONSOLIDATED BALANCE", "<tr><td>Repayments of long-term debt</td><td>(7,500)</td>"
                        "<td>(2,500)</td><td>(22,500)</td><td>(7,500)</td></tr></table>\n<p>CONDENSED CONSOLIDATED BALANCE", 1)
    ask = asker(page, "initech_10-q_2024-09-28.html")
    assert ask("How much debt did the company repay in the nine months?").value.amount == "22500000"
    ans = ask("Compare net sales in Q3 2024 and Q3 2023.")
    assert ans.program and ans.program[-1].args == ["245310000", "231870000"], ans.text


@pytest.mark.parametrize("question,verdict", [
    ("Was net income higher in the third quarter of 2024 than in the third quarter of 2023?", "Yes"),
    ("Was net income lower in the nine months of 2024 than in the nine months of 2023?", "No"),
])
def test_a_yes_no_comparison_says_yes_or_no_for_the_relation_asked(question, verdict):
    ans = asker(TENQ, "initech_10-q_2024-09-28.html")(question)
    assert ans.text.startswith(verdict + ":"), ans.text
    assert ans.program[-1].result == verdict.lower()  # the step answers the question as asked


def test_a_retailers_fiscal_year_is_the_year_its_calendar_dates():
    """"Fiscal 2023" of a retailer ended February 3, 2024 (the release says so, naming its fourth quarter of
    fiscal 2023): a metric for it takes the columns the filing's calendar dates, as a lookup does, not
    the year that ended in January 2023."""
    page = ("<html><body><p>Exhibit 99.1</p><p>COSTANZA HOME GOODS REPORTS FOURTH QUARTER AND FISCAL 2023 RESULTS</p>"
            "<p>Costanza Home Goods, Inc. today reported results for the fourth quarter of fiscal 2023 and the fiscal year "
            "ended February 3, 2024.</p>"
            "<p>(in thousands)</p><table><tr><td></td><td>Fifty-Three Weeks Ended</td><td>Fifty-Two Weeks Ended</td></tr>"
            "<tr><td></td><td>February 3, 2024</td><td>January 28, 2023</td></tr>"
            "<tr><td>Net sales</td><td>$ 5,210,400</td><td>$ 5,118,700</td></tr>"
            "<tr><td>Gross profit</td><td>1,798,600</td><td>1,751,200</td></tr>"
            "<tr><td>Operating income</td><td>301,450</td><td>322,800</td></tr>"
            "<tr><td>Net income</td><td>$ 218,300</td><td>$ 236,100</td></tr></table></body></html>")
    ans = asker(page, "costanza_8-k_2024-03-07_ex99.html")("What was gross margin for fiscal 2023?")
    assert ans.value.amount == "34.52", ans.text  # 1,798,600 / 5,210,400

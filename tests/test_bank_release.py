"""A bank's earnings release, asked the way analysts ask (fictional bank): the prior ("linked")
quarter is the quarter before, a figure "compared with the same quarter last year" or "year over
year" is a change, the filer's own "Return on average equity" row is the return on equity, bank
shorthand (CET1, FHLB, NIM) names the spelled-out rows, and an allowance printed in parentheses is
a share of loans by its size."""

import pytest
from page_asker import asker

RELEASE = """<html><body>
<p>Exhibit 99.1</p><p>HARBORVIEW BANCORP ANNOUNCES THIRD QUARTER 2024 RESULTS</p>
<p>PORTLAND, Maine, October 22, 2024 -- Harborview Bancorp, Inc. today reported results for the quarter ended September 30, 2024.</p>
<p>(Dollars in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td></tr>
<tr><td></td><td>September 30, 2024</td><td>June 30, 2024</td><td>September 30, 2023</td></tr>
<tr><td>Net interest income</td><td>34,092</td><td>32,729</td><td>34,425</td></tr>
<tr><td>Noninterest expense</td><td>21,340</td><td>20,915</td><td>19,780</td></tr>
<tr><td>Net income</td><td>$ 14,600</td><td>$ 12,900</td><td>$ 16,100</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.02</td><td>$ 0.89</td><td>$ 1.11</td></tr>
<tr><td>Return on average equity</td><td>12.41 %</td><td>11.20 %</td><td>14.38 %</td></tr>
<tr><td>Net interest margin</td><td>3.12 %</td><td>3.05 %</td><td>3.41 %</td></tr>
</table>
<table>
<tr><td></td><td>September 30, 2024</td><td>June 30, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Total loans</td><td>3,690,115</td><td>3,603,720</td><td>3,512,480</td></tr>
<tr><td>Allowance for credit losses</td><td>(38,204)</td><td>(37,650)</td><td>(35,910)</td></tr>
<tr><td>Federal Home Loan Bank advances</td><td>175,000</td><td>160,000</td><td>110,000</td></tr>
<tr><td>Total shareholders' equity</td><td>472,615</td><td>463,880</td><td>451,020</td></tr>
<tr><td>Common equity tier 1 capital ratio</td><td>11.8 %</td><td>11.7 %</td><td>11.9 %</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def ask():
    return asker(RELEASE, "harborview_8-k_2024-10-22_ex99.html")


@pytest.mark.parametrize("question", ["What was net income versus the prior quarter?",
                                      "By how much did net income change from the linked quarter?",
                                      "How did net income change sequentially?"])
def test_the_prior_quarter_is_the_quarter_before(ask, question):
    ans = ask(question)
    assert ans.program and ans.program[-1].args == ["14600000", "12900000"], ans.text


def test_the_prior_year_quarter_stays_a_year_back(ask):
    ans = ask("What was net income in the same quarter of the prior year?")
    assert ans.value.amount == "16100000"


@pytest.mark.parametrize("question", ["What was diluted EPS in the third quarter compared with the same quarter last year?",
                                      "What was diluted EPS versus a year ago?"])
def test_a_figure_compared_with_a_year_earlier_is_a_change(ask, question):
    ans = ask(question)
    assert ans.value is not None and ans.value.amount == "-0.09", ans.text


def test_what_was_x_year_over_year_is_a_change(ask):
    ans = ask("What was noninterest expense year over year?")
    assert ans.value is not None and ans.value.amount == "1560000", ans.text


def test_the_filers_own_return_on_equity_row_is_the_answer(ask):
    ans = ask("What was ROE in the third quarter of 2023?")
    assert ans.status == "answered" and ans.value.amount == "14.38", ans.text
    assert ans.program == []  # stated, not recomputed from net income and equity


def test_a_printed_rate_that_the_formula_does_not_reproduce_is_the_filers(ask):
    # net income annualized over average equity gives 12.47 %; the filer prints 12.41 % by its own definition
    ans = ask("What was return on average equity for the quarter?")
    assert (ans.status, ans.value.amount, ans.program) == ("answered", "12.41", []), ans.text


@pytest.mark.parametrize("question,amount", [("What is the CET1 ratio?", "11.8"),
                                             ("What were FHLB advances at quarter end?", "175000000"),
                                             ("What was the NIM?", "3.12")])
def test_bank_shorthand_names_the_spelled_out_row(ask, question, amount):
    ans = ask(question)
    assert ans.value is not None and ans.value.amount == amount, ans.text


def test_an_allowance_in_parentheses_is_a_share_of_loans_by_its_size(ask):
    ans = ask("What is the allowance for credit losses as a percentage of total loans?")
    assert ans.value.amount == "1.04", ans.text


def test_a_new_item_after_a_change_keeps_the_periods_that_change_ran_over(ask):
    from qa.conversation import Turn

    history = []
    for q in ["What was net interest income this quarter?", "And in the prior quarter?", "What was the change?"]:
        history.append(Turn(question=q, answer=ask(q, history)))
    ans = ask("How about noninterest expense?", history)
    assert ans.program[-1].args == ["21340000", "20915000"], ans.text  # the linked quarter, as the change before it



def test_a_value_asked_after_a_change_is_a_value_not_the_change_again(ask):
    from qa.conversation import Turn

    history = []
    for q in ["What was net income this quarter?", "And in the prior quarter?", "What is the net change?"]:
        history.append(Turn(question=q, answer=ask(q, history)))
    ans = ask("What was the value for the quarter ended September 30, 2023?", history)
    assert ans.value is not None and ans.value.amount == "16100000" and not ans.program, ans.text


@pytest.mark.parametrize("question", ["What was the NIM in Q2?", "What was net interest margin in the second quarter?"])
def test_a_quarter_named_without_its_year_is_this_years(ask, question):
    ans = ask(question)
    assert ans.value is not None and ans.value.amount == "3.05", ans.text  # the quarter ended June 30, 2024

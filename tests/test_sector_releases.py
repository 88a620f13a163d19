"""Releases of an insurer, a REIT, an oil and gas producer and a restaurant chain (fictional
companies), asked the way analysts ask. Each test pins one general rule: a ratio named by its own
row ("the combined ratio") is a lookup, not a sum; a period written after the figure a change
started from is that figure's; "net" asked is not a row stated gross or at cost; a price per
barrel or per Boe is not scaled by the table's thousands and a volume in MBbls is not money; a
tax expense printed as a deduction enters the effective tax rate by its size; a part's margin
("restaurant-level operating margin") is not the company's; comparable sales growth is the rate
stated; an amount per diluted share of the sentence's earnings is its EPS; a figure that opens its
clause is named by what the clause says of it; "the two quarters ended" is a half year; a
press release names its filer before "(NYSE: ...)"; a name whose first word the filing never
uses is another company."""

import pytest
from page_asker import asker

INSURER = """<html><body>
<p>Exhibit 99.1</p><p>BOSCO MUTUAL HOLDINGS REPORTS SECOND QUARTER 2024 RESULTS</p>
<p>HARTFORD, Connecticut, July 30, 2024 -- Bosco Mutual Holdings, Inc. (NYSE: BOSC) today reported net income of $48.3 million for the second quarter of 2024.</p>
<p>The combined ratio improved to 93.4% from 96.8% in the second quarter of 2023. Catastrophe losses were $18.6 million, adding 4.1 points to the combined ratio, compared with $27.3 million, or 6.4 points, a year ago.</p>
<p>(In thousands, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Net premiums earned</td><td>$ 471,250</td><td>$ 430,880</td></tr>
<tr><td>Income before income taxes</td><td>69,690</td><td>42,725</td></tr>
<tr><td>Income tax expense</td><td>21,390</td><td>11,025</td></tr>
<tr><td>Net income</td><td>$ 48,300</td><td>$ 31,700</td></tr>
</table>
<p>UNDERWRITING RATIOS</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Loss and loss adjustment expense ratio</td><td>63.3 %</td><td>67.1 %</td></tr>
<tr><td>Combined ratio</td><td>93.4 %</td><td>96.8 %</td></tr>
</table>
</body></html>"""

REIT = """<html><body>
<p>Exhibit 99.1</p><p>Peterman Realty Trust Reports Third Quarter 2024 Results</p>
<p>CHICAGO, IL, October 28, 2024 -- Peterman Realty Trust (NYSE: PRT), a real estate investment trust, today announced results for the quarter ended September 30, 2024.</p>
<p>Net income attributable to common shareholders of $21.4 million, or $0.18 per diluted share, compared to $17.9 million, or $0.15 per diluted share, in the third quarter of 2023.</p>
<p>SELECTED BALANCE SHEET DATA</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>September 30, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Real estate, at cost</td><td>$ 5,412,880</td><td>$ 5,361,205</td></tr>
<tr><td>Accumulated depreciation</td><td>(1,288,415)</td><td>(1,180,990)</td></tr>
<tr><td>Total assets</td><td>4,486,220</td><td>4,542,630</td></tr>
</table>
</body></html>"""

PRODUCER = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended September 30, 2024</p><p>NEWMAN PETROLEUM CORPORATION</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</p>
<p>(In thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Total revenues</td><td>$ 1,543,895</td><td>$ 1,536,035</td></tr>
<tr><td>Depreciation, depletion and amortization</td><td>462,115</td><td>401,980</td></tr>
<tr><td>Income before income taxes</td><td>608,485</td><td>630,915</td></tr>
<tr><td>Income tax expense</td><td>(133,860)</td><td>(137,585)</td></tr>
<tr><td>Net income</td><td>$ 474,625</td><td>$ 493,330</td></tr>
</table>
<p>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)</p>
<p>(In thousands)</p>
<table>
<tr><td></td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 1,018,445</td><td>$ 992,310</td></tr>
<tr><td>Additions to oil and natural gas properties</td><td>(574,920)</td><td>(611,385)</td></tr>
<tr><td>Net increase (decrease) in cash and cash equivalents</td><td>32,185</td><td>(66,760)</td></tr>
</table>
<p>Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>Production and Pricing</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Net production volumes:</td><td></td><td></td></tr>
<tr><td>Oil (MBbls)</td><td>5,612</td><td>5,305</td></tr>
<tr><td>Average realized prices:</td><td></td><td></td></tr>
<tr><td>Oil ($/Bbl)</td><td>$ 73.51</td><td>$ 84.62</td></tr>
<tr><td>Lease operating expenses per Boe</td><td>$ 6.40</td><td>$ 6.30</td></tr>
</table>
<p>As of September 30, 2024, $385.2 million remained available under the share repurchase program.</p>
</body></html>"""

RESTAURANTS = """<html><body>
<p>Exhibit 99.1</p><p>Puddy's Grill Reports Second Quarter Fiscal 2024 Results</p>
<p>DALLAS, August 6, 2024 -- Puddy's Grill, Inc. (NASDAQ: PUDY) today reported results for the second quarter of fiscal 2024, which ended June 30, 2024.</p>
<p>Comparable restaurant sales increased 2.4%. Restaurant-level operating margin was 17.8%, compared to 16.9% in the prior year period.</p>
<p>The Company opened 7 new restaurants, ending the quarter with 412 restaurants in 31 states.</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Quarter Ended</td><td colspan="2">Two Quarters Ended</td></tr>
<tr><td></td><td>June 30, 2024</td><td>June 25, 2023</td><td>June 30, 2024</td><td>June 25, 2023</td></tr>
<tr><td>Restaurant sales</td><td>$ 314,920</td><td>$ 296,880</td><td>$ 619,305</td><td>$ 584,110</td></tr>
<tr><td>Total revenues</td><td>318,400</td><td>300,100</td><td>626,150</td><td>590,500</td></tr>
<tr><td>Income from operations</td><td>22,395</td><td>18,845</td><td>40,765</td><td>34,415</td></tr>
<tr><td>Net income</td><td>$ 14,200</td><td>$ 11,800</td><td>$ 25,540</td><td>$ 21,055</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def insurer():
    return asker(INSURER, "bosco_8-k_2024-07-30_ex99.html")


@pytest.fixture(scope="module")
def reit():
    return asker(REIT, "peterman_8-k_2024-10-28_ex99.html")


@pytest.fixture(scope="module")
def producer():
    return asker(PRODUCER, "newman_10-q_2024-09-30.html")


@pytest.fixture(scope="module")
def restaurants():
    return asker(RESTAURANTS, "puddy_8-k_2024-08-06_ex99.html")


@pytest.mark.parametrize("question", ["What was the combined ratio a year ago?",
                                      "What was the combined ratio in the second quarter of 2023?"])
def test_a_ratio_named_combined_is_its_row_not_a_sum(insurer, question):
    ans = insurer(question)
    assert ans.value is not None and ans.value.amount == "96.8" and ans.value.unit == "percent", ans.text


def test_the_period_after_the_figure_a_change_started_from_is_that_figures(insurer):
    ans = insurer("What was the combined ratio in Q2 2024?")
    assert ans.status != "conflict" and ans.value.amount == "93.4", ans.text


def test_a_period_past_compared_with_belongs_to_the_figure_compared(insurer):
    ans = insurer("What were catastrophe losses in the quarter?")
    assert ans.value is not None and ans.value.amount == "18600000", ans.text


def test_net_asked_is_not_a_row_stated_at_cost(reit):
    ans = reit("What was net real estate at September 30, 2024?")
    assert ans.status != "answered" and not ans.fits_question, ans.text


def test_eps_stated_in_prose_with_its_earnings(reit):
    ans = reit("What was net income per diluted share in the third quarter of 2023?")
    assert ans.value is not None and ans.value.amount == "0.15", ans.text


def test_the_filer_named_before_its_listing(reit):
    ans = reit("What was Simon Property's FFO?")
    assert ans.status == "not_found" and "Simon Property" in ans.text, ans.text


def test_a_price_per_barrel_is_not_scaled_by_the_tables_thousands(producer):
    ans = producer("What was the average realized oil price in Q3 2024?")
    assert ans.value is not None and ans.value.amount == "73.51", ans.text
    ans = producer("What were lease operating expenses per Boe in the third quarter of 2024?")
    assert ans.value is not None and ans.value.amount == "6.4", ans.text


def test_a_volume_is_a_quantity_not_money(producer):
    ans = producer("What was oil production in the third quarter?")
    assert ans.value is not None and ans.value.amount == "5612" and ans.value.unit != "USD", ans.text


def test_a_tax_expense_printed_as_a_deduction_enters_the_tax_rate_by_its_size(producer):
    ans = producer("What was the effective tax rate for the nine months ended September 30, 2024?")
    assert ans.value is not None and ans.value.amount == "22", ans.text


def test_dd_and_a_is_depreciation_depletion_and_amortization(producer):
    ans = producer("What was DD&A for the nine months ended September 30, 2024?")
    assert ans.value is not None and ans.value.amount == "462115000", ans.text


def test_a_figure_is_named_by_what_its_clause_says_of_it(producer):
    ans = producer("How much remained available under the repurchase program?")
    assert ans.value is not None and ans.value.amount == "385200000", ans.text


def test_a_parts_margin_is_not_the_companys(restaurants):
    ans = restaurants("What was restaurant-level operating margin?")
    assert ans.value is not None and ans.value.amount == "17.8", ans.text


def test_comparable_sales_growth_is_the_rate_stated(restaurants):
    ans = restaurants("What was comparable restaurant sales growth?")
    assert ans.value is not None and ans.value.amount == "2.4", ans.text


def test_two_quarters_ended_is_a_half_year(restaurants):
    ans = restaurants("How much did net income increase for the two quarters ended June 30, 2024?")
    assert ans.program and ans.program[-1].args == ["25540000", "21055000"], ans.text


TEN_K = """<html><body>
<p>FORM 10-K</p><p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended January 28, 2024</p><p>LIPPMAN SYSTEMS, INC.</p>
<p>Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>Fiscal Year 2024 Summary</p>
<p>Revenue was a record in fiscal year 2024. Operating income in fiscal year 2024 grew faster than revenue.</p>
<p>Revenue by Reportable Segments</p>
<table>
<tr><td></td><td colspan="2">Year Ended</td></tr>
<tr><td></td><td>Jan 28, 2024</td><td>Jan 29, 2023</td></tr>
<tr><td>($ in millions)</td><td></td><td></td></tr>
<tr><td>Enterprise Solutions</td><td>$ 5,980</td><td>$ 4,710</td></tr>
<tr><td>Consumer Devices</td><td>2,432</td><td>2,526</td></tr>
<tr><td>Total</td><td>$ 8,412</td><td>$ 7,236</td></tr>
</table>
<p>Item 8. Financial Statements and Supplementary Data</p>
<p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(In millions, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Year Ended</td></tr>
<tr><td></td><td>Jan 28, 2024</td><td>Jan 29, 2023</td><td>Jan 30, 2022</td></tr>
<tr><td>Revenue</td><td>$ 8,412</td><td>$ 7,236</td><td>$ 6,518</td></tr>
<tr><td>Cost of revenue</td><td>3,247</td><td>2,974</td><td>2,807</td></tr>
<tr><td>Gross profit</td><td>5,165</td><td>4,262</td><td>3,711</td></tr>
<tr><td>Research and development</td><td>2,027</td><td>1,866</td><td>1,705</td></tr>
<tr><td>Sales, general and administrative</td><td>1,078</td><td>1,004</td><td>946</td></tr>
<tr><td>Total operating expenses</td><td>3,105</td><td>2,870</td><td>2,651</td></tr>
<tr><td>Operating income</td><td>2,060</td><td>1,392</td><td>1,060</td></tr>
<tr><td>Interest and other income, net</td><td>85</td><td>(12)</td><td>(31)</td></tr>
<tr><td>Income before income tax</td><td>2,145</td><td>1,380</td><td>1,029</td></tr>
<tr><td>Income tax expense</td><td>400</td><td>260</td><td>181</td></tr>
<tr><td>Net income</td><td>$ 1,745</td><td>$ 1,120</td><td>$ 848</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def ten_k():
    return asker(TEN_K, "lippman_10-k_2024-01-28.html")


def test_a_january_year_is_named_as_the_report_names_it(ten_k):
    # the report says "fiscal year 2024" of the year ended January 28, 2024 (a retailer would call it fiscal 2023)
    ans = ten_k("What was revenue in fiscal 2024?")
    assert ans.value is not None and ans.value.amount == "8412000000", ans.text
    ans = ten_k("What was net income in fiscal year 2023?")
    assert ans.value is not None and ans.value.amount == "1120000000", ans.text


def test_a_segment_row_is_named_by_its_tables_title(ten_k):
    ans = ten_k("What was Enterprise Solutions revenue in fiscal 2024?")
    assert ans.value is not None and ans.value.amount == "5980000000" and ans.fits_question, ans.text


def test_how_did_x_change_is_a_change(ten_k):
    ans = ten_k("How did Consumer Devices revenue change in fiscal 2024?")
    assert ans.program and ans.program[-1].args == ["2432000000", "2526000000"], ans.text


@pytest.mark.parametrize("question", ["How much did gross margin increase in fiscal 2024?",
                                      "By how much did gross margin improve in fiscal 2024?"])
def test_a_margins_change_is_in_points_not_its_level(ten_k, question):
    ans = ten_k(question)
    assert ans.value is not None and ans.value.amount == "2.5", ans.text


def test_income_before_income_tax_is_pretax_income(ten_k):
    ans = ten_k("What was the effective tax rate in fiscal 2024?")
    assert ans.value is not None and ans.value.amount == "18.65", ans.text


def test_sales_general_and_administrative_is_an_expense(ten_k):
    ans = ten_k("What were SG&A expenses in fiscal 2023?")
    assert ans.value is not None and ans.value.amount == "1004000000" and ans.fits_question, ans.text


SOFTWARE_10Q = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended September 30, 2024</p><p>SEINFELD SOFTWARE CORP.</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(In thousands, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Revenue:</td><td></td><td></td></tr>
<tr><td>Subscription</td><td>$ 284,310</td><td>$ 241,660</td></tr>
<tr><td>Professional services</td><td>21,045</td><td>23,880</td></tr>
<tr><td>Total revenue</td><td>305,355</td><td>265,540</td></tr>
<tr><td>Cost of revenue:</td><td></td><td></td></tr>
<tr><td>Subscription</td><td>48,770</td><td>44,215</td></tr>
<tr><td>Professional services</td><td>19,880</td><td>21,940</td></tr>
<tr><td>Total cost of revenue</td><td>68,650</td><td>66,155</td></tr>
<tr><td>Gross profit</td><td>236,705</td><td>199,385</td></tr>
<tr><td>Income before income taxes</td><td>20,105</td><td>(2,480)</td></tr>
</table>
<p>PART II. OTHER INFORMATION</p><p>Item 2. Unregistered Sales of Equity Securities and Use of Proceeds</p>
<p>Issuer Purchases of Equity Securities</p>
<table>
<tr><td>Period</td><td>Total Number of Shares Purchased</td><td>Average Price Paid per Share</td></tr>
<tr><td>July 1 - July 31, 2024</td><td>412,300</td><td>$ 48.15</td></tr>
<tr><td>August 1 - August 31, 2024</td><td>598,750</td><td>$ 45.92</td></tr>
<tr><td>September 1 - September 30, 2024</td><td>301,100</td><td>$ 50.07</td></tr>
<tr><td>Total</td><td>1,312,150</td><td>$ 47.57</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def software():
    return asker(SOFTWARE_10Q, "seinfeld_10-q_2024-09-30.html")


def test_the_combined_ratio_is_a_lookup_not_a_sum(insurer):
    ans = insurer("What was the combined ratio in Q2 2024?")
    assert ans.plan["operation"] == "lookup" and ans.value.amount == "93.4", ans.text


def test_a_part_asked_is_not_answered_by_the_whole(software):
    ans = software("What was subscription gross margin in Q3 2024?")
    assert not (ans.status == "answered" and ans.value is not None and ans.value.amount == "236705000"), ans.text


def test_pretax_margin_is_a_named_metric(software):
    ans = software("What was the pre-tax margin in Q3 2024?")
    assert ans.value is not None and ans.value.amount == "6.58", ans.text


def test_a_repurchase_table_dates_its_rows_by_month(software):
    ans = software("What was the average price paid per share in September 2024?")
    assert ans.value is not None and ans.value.amount == "50.07", ans.text
    ans = software("How many shares were repurchased in August 2024?")
    assert ans.value is not None and ans.value.amount == "598750", ans.text


def test_the_total_of_a_repurchase_table_spans_its_months(software):
    ans = software("What was the average price paid per share in the third quarter of 2024?")
    assert ans.plan["operation"] == "lookup" and ans.value is not None and ans.value.amount == "47.57", ans.text


def test_a_count_the_quarter_ended_with_stands_at_its_end(restaurants):
    # "opened 7 new restaurants" is the quarter's flow; "ending the quarter with 412 restaurants" its
    # closing count, and "31 states" a count of states
    ans = restaurants("How many restaurants did the company have at the end of the quarter?")
    assert ans.value is not None and ans.value.amount == "412", ans.text


def test_a_possessive_after_a_question_verb_names_the_filer(restaurants):
    ans = restaurants("Has Puddy's total revenue grown in the second quarter of 2024?")
    assert "says nothing about" not in ans.text, ans.text


RECONCILIATION = """<html><body>
<p>Exhibit 99.1</p><p>Kenny Bania Therapeutics Reports Third Quarter 2024 Financial Results</p>
<p>BOSTON, November 6, 2024 -- Kenny Bania Therapeutics, Inc. (Nasdaq: KBTX) today reported financial results for the third quarter ended September 30, 2024.</p>
<p>Product Revenue</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>ZELVOR</td><td>$ 298,410</td><td>$ 241,880</td></tr>
<tr><td>LUMEXA</td><td>114,290</td><td>73,120</td></tr>
<tr><td>Total product revenue, net</td><td>412,700</td><td>315,000</td></tr>
<tr><td>Collaboration revenue</td><td>18,450</td><td>22,310</td></tr>
<tr><td>Total revenues</td><td>431,150</td><td>337,310</td></tr>
</table>
<p>Reconciliation of GAAP to Non-GAAP Financial Measures</p>
<p>(in thousands, except per share amounts)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended September 30, 2024</td></tr>
<tr><td></td><td>GAAP</td><td>Adjustments</td><td>Non-GAAP</td></tr>
<tr><td>Research and development</td><td>148,770</td><td>(21,660)</td><td>127,110</td></tr>
<tr><td>Operating income</td><td>67,135</td><td>53,055</td><td>120,190</td></tr>
<tr><td>Diluted net income per share</td><td>$ 0.58</td><td>$ 0.54</td><td>$ 1.12</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def reconciliation():
    return asker(RECONCILIATION, "kenny_8-k_2024-11-06_ex99.html")


@pytest.mark.parametrize("question, amount", [("What was non-GAAP diluted EPS?", "1.12"),
                                              ("What was non-GAAP operating income?", "120190000")])
def test_a_non_gaap_figure_is_the_non_gaap_columns(reconciliation, question, amount):
    ans = reconciliation(question)
    assert ans.value is not None and ans.value.amount == amount, ans.text


def test_a_gaap_figure_is_not_the_adjustments_column(reconciliation):
    ans = reconciliation("What was GAAP research and development expense?")
    assert ans.value is not None and ans.value.amount == "148770000", ans.text


def test_the_growth_rate_after_two_figures_is_their_percent_change(software):
    from qa.conversation import Turn

    history = []
    for question in ["What was subscription revenue in Q3 2024?", "What was it a year earlier?"]:
        history.append(Turn(question=question, answer=software(question, history)))
    ans = software("What was the growth rate?", history)
    assert ans.value is not None and ans.value.amount == "17.65", ans.text


def test_yoy_growth_is_of_the_current_year_not_the_year_before(ten_k):
    ans = ten_k("What was the YoY change in revenue?")
    assert ans.value is not None and ans.value.amount == "16.25", ans.text


def _converse(ask, questions):
    from qa.conversation import Turn

    history, answers = [], []
    for question in questions:
        ans = ask(question, history)
        history.append(Turn(question=question, answer=ans))
        answers.append(ans)
    return answers


def test_a_year_after_a_half_year_is_the_same_half_of_that_year(restaurants):
    *_, ans = _converse(restaurants, ["What was net income for the two quarters ended June 30, 2024?", "And in 2023?"])
    assert ans.value is not None and ans.value.amount == "21055000", ans.text


def test_the_percentage_change_after_the_difference_is_of_the_same_two_figures(restaurants):
    *_, diff, rate = _converse(restaurants, ["What was net income for the quarter ended June 30, 2024?",
                                             "And for the quarter ended June 25, 2023?", "What was the difference?",
                                             "And the percentage change?"])
    assert diff.value.amount == "2400000", diff.text
    assert rate.value is not None and rate.value.amount == "20.34", rate.text


def test_capex_as_a_percentage_of_revenue_is_the_named_metric(producer):
    ans = producer("What was capex as a percentage of revenue for the nine months ended September 30, 2024?")
    assert ans.value is not None and ans.value.amount == "37.24", ans.text


def test_the_change_in_cash_is_the_row_that_states_it_not_its_change(producer):
    ans = producer("What was the change in cash during the nine months ended September 30, 2024?")
    assert ans.value is not None and ans.value.amount == "32185000", ans.text


@pytest.mark.parametrize("question", ["What was Oracle's free cash flow for the trailing four quarters?",
                                      "What was Oracle's TTM free cash flow?"])
def test_trailing_four_quarters_is_twelve_months(oracle_10q_answerer, question):
    # Oracle's 10-Q prints its free cash flow table for the trailing 4-quarters ended August 31, 2024
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask(question, fid)
    assert ans.value is not None and ans.value.amount == "11271000000", ans.text


def test_a_balance_changes_over_a_quarter_from_the_quarters_start(oracle_10q_answerer):
    # Oracle's balance sheet: cash and cash equivalents $10,616M at August 31, 2024 and $10,454M at
    # May 31, 2024 (the quarter's start); August 31, 2023 is a year back, not the quarter's start
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("What was the change in cash and cash equivalents during the first quarter of fiscal 2025?", fid)
    assert ans.program and ans.program[-1].args == ["10616000000", "10454000000"], ans.text


def test_a_change_of_an_expense_is_not_read_from_its_deductions(apple_10q_answerer):
    # Apple's segment reconciliation prints "Research and development expense (8,006) (7,442)"; the
    # income statement states the same amounts as positive expenses: R&D rose by $564M, not fell
    answerer, fid = apple_10q_answerer
    ans = answerer.ask("How much did Apple's R&D expense increase year over year in Q3?", fid)
    assert ans.value is not None and ans.value.amount == "564000000", ans.text


DEBT_NOTE = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended December 31, 2023</p><p>MORTY SEINFELD INDUSTRIES, INC.</p>
<p>Note 8. Debt</p>
<p>The following table summarizes our outstanding debt (in millions):</p>
<table>
<tr><td></td><td>December 31, 2023</td><td>December 31, 2022</td></tr>
<tr><td>4.25% Senior Notes due 2026</td><td>$ 750</td><td>$ 750</td></tr>
<tr><td>5.50% Senior Notes due 2030</td><td>1,000</td><td>1,000</td></tr>
<tr><td>Total debt</td><td>2,161</td><td>2,328</td></tr>
</table>
<p>Interest expense was $118 million, $109 million and $96 million in 2023, 2022 and 2021, respectively.</p>
<p>As of December 31, 2023, future minimum lease payments were as follows (in millions):</p>
<table>
<tr><td></td><td>Operating Leases</td><td>Finance Leases</td></tr>
<tr><td>2024</td><td>$ 62</td><td>$ 9</td></tr>
<tr><td>2025</td><td>55</td><td>8</td></tr>
<tr><td>2026</td><td>41</td><td>6</td></tr>
<tr><td>Thereafter</td><td>120</td><td>11</td></tr>
<tr><td>Total</td><td>$ 278</td><td>$ 34</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def debt_note():
    return asker(DEBT_NOTE, "morty_10-k_2023-12-31.html")


def test_figures_listed_before_their_years_take_them_respectively(debt_note):
    ans = debt_note("What was interest expense in 2022?")
    assert ans.value is not None and ans.value.amount == "109000000", ans.text


def test_a_year_after_due_names_the_notes_not_a_period(debt_note):
    ans = debt_note("What was the principal of the 4.25% notes due 2026 at December 31, 2023?")
    assert ans.value is not None and ans.value.amount == "750000000" and ans.value.unit == "USD", ans.text


def test_a_schedule_by_year_dates_its_rows_by_their_years(debt_note):
    # "As of December 31, 2023" dates the schedule, not its rows: 2025's operating lease payments are 55
    ans = debt_note("What were the operating lease payments for 2025?")
    assert ans.value is not None and ans.value.amount == "55000000", ans.text


def test_a_product_named_by_its_tables_title_is_not_total_revenues(reconciliation):
    # "LUMEXA" under "Product Revenue": "LUMEXA revenue" is that row, not "Total revenues"
    ans = reconciliation("How much did LUMEXA revenue grow year over year in Q3?")
    assert ans.program and ans.program[-1].args == ["114290000", "73120000"], ans.text

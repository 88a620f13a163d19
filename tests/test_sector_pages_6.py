"""Questions asked the way an analyst would, of pages of kinds no earlier test asked (twenty-fifth session):
each test pins a general rule that one of these pages showed wrong or missing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from index.parse import parse_bytes
from page_asker import asker
from qa.conversation import Turn
from test_sector_pages_5 import REIT


@pytest.fixture(scope="module")
def reit():
    return asker(REIT, "keystoneridge_8-k_2025-10-27.html")


def _amount(answer) -> Decimal | None:
    return Decimal(answer.value.amount) if answer.value and answer.value.amount is not None else None


# ------------------------------------------------------------------ conversations

def test_a_follow_up_naming_a_part_keeps_the_measure_asked_before(reit):
    """"What about industrial?" after an occupancy question: "Industrial" is a row of the NOI, occupancy and
    leasing tables, so the name alone is no line item; the follow-up asks industrial occupancy. It had read
    the Industrial NOI row's change, or any Industrial row, as if the name were the whole question."""
    first = "How much did office same-property NOI grow?"
    history = [Turn(question=first, answer=reit(first))]
    ans = reit("What about industrial?", history)
    assert ans.status != "answered" or _amount(ans) == Decimal("2968000")
    first = "What was office occupancy at September 30, 2025?"
    history = [Turn(question=first, answer=reit(first))]
    ans = reit("What about industrial?", history)
    assert ans.plan["items"][0]["text"].lower() == "industrial occupancy"
    assert ans.status != "answered" or _amount(ans) == Decimal("97.1")


# ------------------------------------------------------------------ the pages (tests/fixtures/sector_pages_6)

_PAGES = Path(__file__).parent / "fixtures" / "sector_pages_6"


def _page(name: str) -> str:
    return (_PAGES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def airline():
    return asker(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")


@pytest.fixture(scope="module")
def bank():
    return asker(_page("cedar_hollow_bank_q3.html"), "cedarhollow_8-k_2025-10-21.html")


@pytest.fixture(scope="module")
def restaurants():
    return asker(_page("harvest_table_restaurants_q2.html"), "harvesttable_8-k_2025-07-30.html")


@pytest.fixture(scope="module")
def devices():
    return asker(_page("vantara_medical_q3.html"), "vantara_8-k_2025-10-22.html")


@pytest.fixture(scope="module")
def manufacturer():
    return asker(_page("keystone_precision_10q_q2.html"), "keystoneprecision_10-q_2025-06-30.html")


@pytest.fixture(scope="module")
def deal():
    return asker(_page("northbeam_8k_acquisition_cfo.txt"), "northbeam_8-k_2025-09-18.txt")


def _facts(text: str, name: str):
    return parse_bytes(text.encode(), name).facts


def _cell(facts, label: str, period: str | None, column: str | None = None):
    got = [f for f in facts if f.kind == "table" and f.label == label and f.period == period
           and (column is None or (f.column_label or "").endswith(column))]
    assert len(got) == 1, [(f.label, f.value, f.period, f.column_label) for f in facts if f.label == label]
    return got[0]


# ------------------------------------------------------------------ plain-text tables

def test_a_dollar_sign_after_a_figure_opens_the_next_columns_figure():
    """"Passenger   $   2,846 $   2,712": the second "$" had been run into the first figure's token, which
    then read as words of the label ("Passenger $ 2,846 $") and shifted every figure a column."""
    facts = _facts(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")
    assert _cell(facts, "Passenger", "2024-07-01/2024-09-30").value == Decimal("2712000000")
    assert _cell(facts, "Net income", "2025-01-01/2025-09-30").value == Decimal("587000000")


def test_a_year_run_into_the_next_header_heads_its_own_column():
    """"2025      2024 % Change": "2024 % Change" had been one header over the change column, leaving the
    prior-year figures undated and the changes dated 2024."""
    facts = _facts(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")
    assert _cell(facts, "Cargo", "2024-07-01/2024-09-30").value == Decimal("61000000")
    change = [f for f in facts if f.label == "Cargo" and f.unit == "percent"]
    assert [f.value for f in change] == [Decimal("-4.9"), Decimal("-2.8")] and all(f.period is None for f in change)


def test_a_points_change_sits_in_its_own_column():
    """"12.4%     11.2%  1.2 pts": the points figure had been read into the prior-year cell."""
    facts = _facts(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")
    assert _cell(facts, "Operating margin", "2024-07-01/2024-09-30").value == Decimal("11.2")


def test_a_label_wrapped_over_three_lines_is_one_row():
    facts = _facts(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")
    row = _cell(facts, "CASM excluding fuel, special items and non-airline expenses (CASM-ex) (cents) (2)",
                "2025-07-01/2025-09-30")
    assert row.value == Decimal("0.1199") and row.unit == "USD"


def test_columns_under_an_underlined_year_take_its_date_and_their_own_units():
    """"2025 / -------- / $ millions  cents": the year heads both columns its dashes cover; "$ millions" is a
    column's scale and "cents" a hundredth of a dollar."""
    facts = _facts(_page("skyhaven_air_q3.txt"), "skyhaven_8-k_2025-10-16.txt")
    label = "Operating expenses excluding fuel, special items and non-airline expenses / CASM-ex (non-GAAP)"
    cells = sorted((f.value for f in facts if f.label == label and f.period == "2025-07-01/2025-09-30"))
    assert cells == [Decimal("0.1199"), Decimal("1986000000")]


def test_a_period_alone_over_column_groups_heads_every_column():
    """"Third Quarter" centred over "Revenues ($ millions) | Carloads/Units (thousands) | Revenue per Unit ($)"."""
    facts = _facts(_page("great_lakes_prairie_rail_q3.txt"), "greatlakes_8-k_2025-10-23.txt")
    columns = {f.column_label for f in facts if f.label == "Coal"}
    assert len(columns) == 9 and all(c.startswith("Third Quarter") for c in columns)


# ------------------------------------------------------------------ questions

def test_a_later_word_of_the_filers_name_stays_a_word_of_the_item(restaurants):
    """Harvest Table Restaurant Group: "restaurant-level operating profit" had lost "restaurant-level" as the
    company's name and been answered with income from operations at 0.95."""
    ans = restaurants("What was restaurant-level operating profit in Q2 2025?")
    assert _amount(ans) == Decimal("63053000")


def test_the_filer_named_by_what_it_is_is_no_word_of_the_item(airline):
    ans = airline("How many gallons of fuel did the airline consume in Q3 2025?")
    assert _amount(ans) == Decimal("262000000")


def test_an_adjusted_figure_is_not_a_row_stated_on_no_adjusted_basis(devices):
    """"adjusted diluted EPS" had been the income statement's GAAP diluted EPS ($1.28) at 0.86."""
    ans = devices("What was adjusted diluted EPS in Q3 2025?")
    assert ans.status != "answered" or _amount(ans) == Decimal("2.29")
    assert _amount(ans) == Decimal("2.29")


def test_debt_less_its_current_portion_is_not_the_current_portion_deducted(manufacturer):
    """Debt to equity had added "Current portion" $25,000 to "Less: current portion of long-term debt"
    $(25,000) (same words as "long-term debt, less current portion") and answered 0 at 0.98."""
    ans = manufacturer("What was the total debt-to-equity ratio at June 30, 2025?")
    assert ans.status == "answered" and Decimal(ans.value.amount).quantize(Decimal("0.0001")) == Decimal("0.7319")


def test_a_change_from_a_year_earlier_after_one_figure(bank):
    first = "What were total deposits at September 30, 2025?"
    history = [Turn(question=first, answer=bank(first))]
    ans = bank("How much did they change from a year earlier?", history)
    assert _amount(ans) == Decimal("243868000")


def test_a_bare_year_set_against_a_span_is_that_span(bank):
    ans = bank("By what percentage did net income available to common shareholders grow in the first nine months "
               "of 2025 versus 2024?")
    assert ans.status == "answered" and "nine months ended September 30, 2024" in ans.text
    assert Decimal(ans.value.amount).quantize(Decimal("0.01")) == Decimal("19.08")


def test_a_sum_of_two_rows_the_vocabulary_does_not_know(bank):
    ans = bank("What were wealth management fees plus card and interchange income combined in Q3 2025?")
    assert _amount(ans) == Decimal("10055000")


def test_a_date_asked_is_answered_by_a_sentence_that_prints_one(deal):
    """"When does she start?" had quoted the sign-on bonus sentence ("... after the Start Date") at 0.95."""
    first = "Who is the new Chief Financial Officer?"
    history = [Turn(question=first, answer=deal(first))]
    ans = deal("When does she start?", history)
    assert "October 6, 2025" in ans.text
    ans = deal("On what date did Northbeam complete the acquisition of Cobaltline Analytics?")
    assert ans.status != "not_found" and "September 12, 2025" in ans.text


def test_a_bonus_stated_as_a_percent_of_salary_is_computed(deal):
    """"What is the new CFO's target bonus?" had no answer ("a target of 90% of her base salary" beside
    "an annual base salary of $640,000"); it is the percent, and the product with the salary, both cited."""
    ans = deal("What is the new CFO's target bonus?")
    assert ans.status == "answered" and _amount(ans) == Decimal("576000")
    assert "90%" in ans.text and [s.op for s in ans.program] == ["percent_of"]
    ans = deal("What is the new CFO's annual base salary?")
    assert _amount(ans) == Decimal("640000")  # the salary itself is not a percent of anything


# ------------------------------------------------------------------ met on the validation pages (rules, small pages)

UTILITY_WEATHER = """NORTHWIND ELECTRIC CORPORATION

                      ELECTRIC RETAIL SALES AND WEATHER
                   (sales in thousands of MWh)  (unaudited)

                                      Three Months Ended Sept. 30    Nine Months Ended Sept. 30
                                         2025     2024  % Change      2025     2024  % Change
                                      -------  -------  --------  -------  -------  --------
  Residential                           2,846    2,809      1.3%     7,412    7,338      1.0%
  Commercial                            2,512    2,441      2.9%     6,918    6,742      2.6%
    Total retail                        5,358    5,250      2.1%    14,330   14,080      1.8%

Cooling degree days                       812      741      9.6%     1,046      968      8.1%
Heating degree days                        94      128   (26.6)%     4,112    3,876      6.1%
"""


def test_a_scale_caption_beside_another_is_the_tables_scale_and_names_its_unit():
    """"(sales in thousands of MWh)  (unaudited)" had scaled the first column only, in dollars; degree days
    beside the sales count as printed."""
    facts = _facts(UTILITY_WEATHER, "northwind_8-k_2025-10-30.txt")
    first = _cell(facts, "Residential", "2025-07-01/2025-09-30")
    assert (first.value, first.unit) == (Decimal("2846000"), "count")
    assert _cell(facts, "Residential", "2024-07-01/2024-09-30").value == Decimal("2809000")
    assert _cell(facts, "Cooling degree days", "2025-07-01/2025-09-30").value == Decimal("812")


STATISTICS_UNDER_A_SENTENCE = """ACME FREIGHT REPORTS THIRD QUARTER 2025 RESULTS

                       OPERATING STATISTICS (Unaudited)

                                              Three Months Ended        Nine Months Ended
                                                 September 30,            September 30,
                                                 2025     2024   % Chg.      2025      2024   % Chg.
                                              -------  -------  ------  --------  --------  ------
Work days                                          63       64                191       192
Average length of haul (miles)                  1,032    1,019    1.3 %     1,027     1,015    1.2 %
LTL revenue per hundredweight                 $ 37.59  $ 35.71    5.3 %   $ 37.18   $ 35.56    4.6 %
"""


def test_a_line_of_years_ending_in_a_dot_heads_its_table():
    """"2025  2024  % Chg." ends with a dot, but it is no sentence: it heads the columns (they had gone undated)."""
    facts = _facts(STATISTICS_UNDER_A_SENTENCE, "acmefreight_8-k_2025-10-23.txt")
    assert _cell(facts, "LTL revenue per hundredweight", "2025-01-01/2025-09-30").value == Decimal("37.18")


def test_how_fast_asks_a_growth_rate(devices):
    ans = devices("How fast did Spine net sales decline in the third quarter of 2025?")
    assert ans.plan["operation"] == "percent_change"


GEOGRAPHY = """<html><body><p>ACME SEMICONDUCTOR, INC.</p><p>Quarterly Report on Form 10-Q for the quarter ended September 27, 2025</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (in millions)</p>
<table><tr><td></td><td>Three Months Ended September 27, 2025</td><td>Three Months Ended September 28, 2024</td></tr>
<tr><td>Revenue</td><td>$ 2,300.4</td><td>$ 1,987.2</td></tr><tr><td>Net income</td><td>402.6</td><td>281.9</td></tr></table>
<p>Revenue by geographic area was as follows (in millions):</p>
<table><tr><td></td><td>Three Months Ended September 27, 2025</td><td>Three Months Ended September 28, 2024</td></tr>
<tr><td>United States</td><td>$ 402.1</td><td>$ 377.0</td></tr><tr><td>China (including Hong Kong)</td><td>611.8</td><td>598.7</td></tr>
<tr><td>Taiwan</td><td>538.9</td><td>421.6</td></tr><tr><td>Other</td><td>747.6</td><td>589.9</td></tr>
<tr><td>Total</td><td>$ 2,300.4</td><td>$ 1,987.2</td></tr></table></body></html>"""


def test_a_part_named_without_its_parenthesis_is_still_named():
    """"revenue from China" had been the company's total revenue at 0.87 where the filing prints "China
    (including Hong Kong)": the row's parenthesis only qualifies the part the question names."""
    ask = asker(GEOGRAPHY, "acmesemi_10-q_2025-09-27.html")
    ans = ask("How much revenue did the company get from China in the three months ended September 27, 2025?")
    assert ans.status != "answered" or _amount(ans) == Decimal("611800000")


ORGANIC = """<html><body><p>ACME INSURANCE BROKERS, INC. REPORTS THIRD QUARTER 2025 RESULTS</p>
<p>ORGANIC REVENUE GROWTH - THREE MONTHS ENDED SEPTEMBER 30, 2025 (in millions)</p>
<table><tr><td></td><td>Commissions and Fees 2025</td><td>Commissions and Fees 2024</td><td>Organic Revenue Growth $</td><td>Organic Revenue Growth %</td></tr>
<tr><td>Retail</td><td>596.9</td><td>571.8</td><td>25.1</td><td>4.4%</td></tr>
<tr><td>Wholesale</td><td>230.4</td><td>215.6</td><td>14.8</td><td>6.9%</td></tr>
<tr><td>Reinsurance</td><td>96.3</td><td>90.4</td><td>4.0</td><td>4.4%</td></tr>
<tr><td>Total Brokerage</td><td>923.6</td><td>877.8</td><td>43.9</td><td>5.0%</td></tr></table>
<p>ORGANIC REVENUE GROWTH - NINE MONTHS ENDED SEPTEMBER 30, 2025 (in millions)</p>
<table><tr><td></td><td>Commissions and Fees 2025</td><td>Commissions and Fees 2024</td><td>Organic Revenue Growth $</td><td>Organic Revenue Growth %</td></tr>
<tr><td>Retail</td><td>1,812.0</td><td>1,741.6</td><td>71.4</td><td>4.1%</td></tr>
<tr><td>Wholesale</td><td>720.3</td><td>676.4</td><td>43.9</td><td>6.5%</td></tr>
<tr><td>Reinsurance</td><td>412.8</td><td>389.5</td><td>18.7</td><td>4.8%</td></tr>
<tr><td>Total Brokerage</td><td>2,945.1</td><td>2,807.5</td><td>134.0</td><td>4.8%</td></tr></table></body></html>"""


def test_a_part_asked_after_a_rate_keeps_the_rate():
    """"What about Reinsurance?" after Retail's organic growth of 4.4% had given Reinsurance's organic growth in
    dollars ($18.7 million) at 0.93: the same measure for another part stays a rate."""
    ask = asker(ORGANIC, "acmebrokers_8-k_2025-10-28.html")
    history = []
    for question in ("What was Retail organic revenue growth in the third quarter of 2025?", "And for the nine months?"):
        history.append(Turn(question=question, answer=ask(question, history or None)))
    ans = ask("What about Reinsurance?", history)
    assert (ans.value.unit, _amount(ans)) == ("percent", Decimal("4.8"))

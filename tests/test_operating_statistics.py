"""Releases of an airline, a wireless carrier, a software company, an industrial and an asset
manager (fictional companies), asked the way analysts ask. Each test pins one general rule:
a row's own scale ("Available seat miles (millions)") is that row's, not the table's, and a
quantity of things is no money; figures "(cents)" are hundredths of a dollar; a caption's
"except churn and ARPU" leaves those rows unscaled; a price per unit of service is not a total;
a rate's change asked as "how much" is in percentage points; the word before a growth's line
item makes it a part's; "$X of cash and cash equivalents" is named by what follows "of"; the
filing's own free cash flow row comes before the formula; "AUM" is assets under management;
organic growth is a rate the filing states; "the book-to-bill ratio was 1.04" is a ratio; a
"(dollars in thousands)" caption scales money, not homes; "ADR" is the average daily rate, a price;
"for the full year 2024" is the period, not words of the item; "except store data and per square
foot amounts" excepts the store rows and the per square foot row, not the square footage; "how
many stores were closed" of "(3)" is three; "the end of the third quarter" asked of a third-quarter
report is its end; the year before "fiscal 2024" is fiscal 2023 by name, where a 52/53-week
year's columns carry no dates; constant currency growth is a rate the filing states; "US" in
capitals is the United States, not the pronoun; "what company was acquired?" is not the filer; a heading's "(GWh)" makes its rows energy, not
money; "rate base" is no rate; a figure the sentence calls the prior one is not the one asked."""

from decimal import Decimal

from page_asker import asker
from index.numbers import find_scale
from index.parse import parse_bytes

AIRLINE = """<html><body>
<p>Exhibit 99.1</p><p>Costanza Airlines Reports Fourth Quarter and Full Year 2024 Results</p>
<p>QUEENS, N.Y., January 23, 2025 -- Costanza Airlines, Inc. (NYSE: CSZA) today reported financial results for the fourth quarter and full year ended December 31, 2024.</p>
<p>The Company ended the year with $3.9 billion in unrestricted liquidity and took delivery of 9 aircraft in the quarter, ending the year with a fleet of 412 aircraft.</p>
<p>(in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Total operating revenues</td><td>$ 2,874</td><td>$ 2,691</td></tr>
<tr><td>Aircraft fuel and related taxes</td><td>668</td><td>702</td></tr>
<tr><td>Total operating expenses</td><td>2,594</td><td>2,527</td></tr>
<tr><td>Income before income taxes</td><td>212</td><td>93</td></tr>
<tr><td>Net income</td><td>$ 158</td><td>$ 97</td></tr>
</table>
<p>Operating Statistics</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Revenue passengers (thousands)</td><td>11,842</td><td>11,305</td></tr>
<tr><td>Available seat miles (millions)</td><td>16,688</td><td>16,031</td></tr>
<tr><td>Load factor</td><td>84.6%</td><td>83.4%</td></tr>
<tr><td>Total revenue per ASM (cents)</td><td>17.21</td><td>16.79</td></tr>
<tr><td>CASM-ex (cents)</td><td>11.38</td><td>11.17</td></tr>
</table>
</body></html>"""

WIRELESS = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2025</p><p>KRAMERICA WIRELESS CORPORATION</p>
<p>Key Performance Indicators</p>
<p>(in thousands, except churn and ARPU)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Postpaid phone net additions</td><td>412</td><td>375</td></tr>
<tr><td>Postpaid phone churn</td><td>0.86%</td><td>0.89%</td></tr>
<tr><td>Postpaid ARPU</td><td>$ 49.82</td><td>$ 48.97</td></tr>
<tr><td>Total customers, end of period</td><td>31,204</td><td>29,918</td></tr>
</table>
<p>Results of Operations</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Total service revenues</td><td>$ 6,221</td><td>$ 5,980</td></tr>
<tr><td>Equipment revenues</td><td>1,419</td><td>1,502</td></tr>
<tr><td>Total revenues</td><td>7,640</td><td>7,482</td></tr>
<tr><td>Operating income</td><td>1,597</td><td>1,339</td></tr>
</table>
<p>As of June 30, 2025, we had $2,317 million of cash and cash equivalents and total debt of $38,412 million.</p>
</body></html>"""

SOFTWARE = """<html><body>
<p>Exhibit 99.1</p><p>Pendant Software Announces Fourth Quarter and Fiscal 2025 Financial Results</p>
<p>SAN JOSE, Calif., March 4, 2025 -- Pendant Software, Inc. (NASDAQ: PNDT), today announced financial results for its fourth quarter and fiscal year ended January 31, 2025.</p>
<p>Free Cash Flow</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td colspan="2">Fiscal Year Ended January 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Total revenue</td><td>$ 1,889,743</td><td>$ 1,496,740</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 452,918</td><td>$ 301,507</td></tr>
<tr><td>Purchases of property and equipment</td><td>(24,380)</td><td>(22,615)</td></tr>
<tr><td>Capitalized internal-use software</td><td>(37,606)</td><td>(31,954)</td></tr>
<tr><td>Free cash flow</td><td>$ 390,932</td><td>$ 246,938</td></tr>
<tr><td>Free cash flow margin</td><td>20.7%</td><td>16.5%</td></tr>
</table>
</body></html>"""

INDUSTRIAL = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended December 31, 2024</p><p>VANDELAY INDUSTRIES, INC.</p>
<p>Orders were $6,715 million in 2024. The book-to-bill ratio was 1.04.</p>
<p>Net Sales Growth</p>
<table>
<tr><td></td><td>Industrial Automation</td><td>Flow Control</td><td>Total</td></tr>
<tr><td>Organic growth</td><td>5.8%</td><td>2.9%</td><td>4.6%</td></tr>
<tr><td>Acquisitions</td><td>6.3%</td><td>1.1%</td><td>4.1%</td></tr>
<tr><td>Reported growth</td><td>11.2%</td><td>3.4%</td><td>7.9%</td></tr>
</table>
</body></html>"""

ASSET_MANAGER = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended March 31, 2025</p><p>STEINBRENNER CAPITAL MANAGEMENT, INC.</p>
<p>Assets Under Management</p>
<p>(in billions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Beginning of period assets under management</td><td>$ 418.6</td><td>$ 371.2</td></tr>
<tr><td>Net client cash flows</td><td>(2.8)</td><td>2.8</td></tr>
<tr><td>End of period assets under management</td><td>$ 410.1</td><td>$ 390.7</td></tr>
<tr><td>Average assets under management</td><td>$ 415.3</td><td>$ 380.5</td></tr>
</table>
</body></html>"""


HOMEBUILDER = """<html><body>
<p>Exhibit 99.1</p><p>Pitt Homes Reports First Quarter 2025 Results</p>
<p>DALLAS, April 22, 2025 -- Pitt Homes, Inc. (NYSE: PTH) today reported results for its first quarter ended March 31, 2025.</p>
<p>Operating Data</p>
<p>(dollars in thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Homes delivered</td><td>2,912</td><td>2,745</td></tr>
<tr><td>Home sales revenues</td><td>$ 1,421,440</td><td>$ 1,316,180</td></tr>
<tr><td>Average selling price</td><td>$ 488</td><td>$ 479</td></tr>
<tr><td>Backlog (homes)</td><td>4,105</td><td>4,320</td></tr>
</table>
</body></html>"""

HOTELS = """<html><body>
<p>Exhibit 99.1</p><p>Jerry Lodging Trust Reports Fourth Quarter and Full Year 2024 Results</p>
<p>Comparable Hotel Operating Statistics</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended December 31,</td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>Change</td><td>2024</td><td>2023</td><td>Change</td></tr>
<tr><td>Occupancy</td><td>71.8%</td><td>70.7%</td><td>1.1 pts</td><td>74.2%</td><td>72.9%</td><td>1.3 pts</td></tr>
<tr><td>ADR</td><td>$ 226.20</td><td>$ 222.64</td><td>1.6%</td><td>$ 231.55</td><td>$ 226.12</td><td>2.4%</td></tr>
<tr><td>RevPAR</td><td>$ 162.41</td><td>$ 157.41</td><td>3.2%</td><td>$ 171.81</td><td>$ 164.84</td><td>4.2%</td></tr>
</table>
</body></html>"""


RETAILER = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended November 2, 2024</p><p>BABU BHATT STORES, INC.</p>
<p>The following table sets forth selected operating data (in thousands, except store data and per square foot amounts):</p>
<table>
<tr><td></td><td colspan="2">Thirteen Weeks Ended</td></tr>
<tr><td></td><td>November 2, 2024</td><td>October 28, 2023</td></tr>
<tr><td>Net sales</td><td>$ 1,284,512</td><td>$ 1,231,907</td></tr>
<tr><td>Stores opened</td><td>19</td><td>16</td></tr>
<tr><td>Stores closed</td><td>(3)</td><td>(2)</td></tr>
<tr><td>Stores open at end of period</td><td>1,418</td><td>1,385</td></tr>
<tr><td>Total square footage at end of period</td><td>12,616</td><td>12,331</td></tr>
<tr><td>Net sales per average square foot</td><td>$ 102</td><td>$ 100</td></tr>
</table>
<p>Net sales for the third quarter of fiscal 2024 increased 4.3% to $1.28 billion.</p>
</body></html>"""

SEMIS = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended December 29, 2024</p><p>MULVA SEMICONDUCTOR CORPORATION</p>
<p>Revenue by End Market</p>
<p>(in millions, except percentages)</p>
<table>
<tr><td></td><td colspan="4">Fiscal Year</td></tr>
<tr><td></td><td>2024</td><td>% of Total</td><td>2023</td><td>% of Total</td></tr>
<tr><td>Data Center</td><td>$ 4,812</td><td>52%</td><td>$ 3,306</td><td>43%</td></tr>
<tr><td>Automotive</td><td>1,921</td><td>21%</td><td>1,788</td><td>23%</td></tr>
<tr><td>Total revenue</td><td>$ 6,733</td><td>100%</td><td>$ 5,094</td><td>100%</td></tr>
</table>
</body></html>"""


MEDTECH = """<html><body>
<p>Exhibit 99.1</p><p>Sue Ellen Medical Reports Fourth Quarter 2024 Results</p>
<p>MINNEAPOLIS, January 28, 2025 -- Sue Ellen Medical, Inc. (NYSE: SEMD) today reported results for the fourth quarter ended December 31, 2024.</p>
<p>Revenue by Segment</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended December 31,</td><td colspan="3">% Change</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>Reported</td><td>Currency Impact</td><td>Constant Currency</td></tr>
<tr><td>Cardiovascular</td><td>$ 1,012</td><td>$ 941</td><td>7.5%</td><td>(1.3)%</td><td>8.8%</td></tr>
<tr><td>Diabetes</td><td>618</td><td>576</td><td>7.3%</td><td>(1.4)%</td><td>8.7%</td></tr>
<tr><td>Total revenue</td><td>$ 1,630</td><td>$ 1,517</td><td>7.4%</td><td>(1.3)%</td><td>8.7%</td></tr>
</table>
<p>Revenue by Geography</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>United States</td><td>$ 905</td><td>$ 842</td></tr>
<tr><td>International</td><td>725</td><td>675</td></tr>
<tr><td>Total</td><td>$ 1,630</td><td>$ 1,517</td></tr>
</table>
</body></html>"""

ACQUISITION = """<html><body>
<p>FORM 8-K</p><p>Date of Report (Date of earliest event reported): May 1, 2025</p><p>LLOYD BRAUN INDUSTRIES, INC.</p>
<p>Item 2.01 Completion of Acquisition or Disposition of Assets.</p>
<p>On May 1, 2025, Lloyd Braun Industries, Inc. (the "Company") completed its previously announced acquisition of Tim Whatley Dental Systems, Inc. for an aggregate purchase price of approximately $1.85 billion.</p>
</body></html>"""


UTILITY = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended March 31, 2025</p><p>FRANK COSTANZA ELECTRIC COMPANY</p>
<p>Electric Operating Statistics</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Retail electric sales (GWh):</td><td></td><td></td></tr>
<tr><td>Residential</td><td>8,412</td><td>7,906</td></tr>
<tr><td>Commercial</td><td>7,118</td><td>7,002</td></tr>
<tr><td>Total retail electric sales</td><td>15,530</td><td>14,908</td></tr>
<tr><td>Heating degree days</td><td>2,105</td><td>1,862</td></tr>
</table>
<p>Our rate base was approximately $31.4 billion at December 31, 2024.</p>
</body></html>"""

DIVIDEND = """<html><body>
<p>FORM 8-K</p><p>Date of Report (Date of earliest event reported): February 12, 2025</p><p>WILHELM CONSUMER BRANDS, INC.</p>
<p>Item 8.01 Other Events.</p>
<p>On February 13, 2025, the Board declared a quarterly cash dividend of $0.315 per share of common stock, an increase of 5% from the prior quarterly dividend of $0.30 per share.</p>
</body></html>"""


def _row(page: str, name: str, label: str):
    parsed = parse_bytes(page.encode(), name)
    return next(r for t in parsed.tables for r in t.rows if r.label == label)


def _first(row):
    return next(c for c in row.cells if c.value is not None)


def test_a_rows_own_scale_is_that_rows_and_a_quantity_is_no_money():
    asm = _first(_row(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm", "Available seat miles (millions)"))
    assert (asm.value, asm.unit) == (Decimal("16688000000"), "count")
    pax = _first(_row(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm", "Revenue passengers (thousands)"))
    assert (pax.value, pax.unit) == (Decimal("11842000"), "count")


def test_figures_in_cents_are_hundredths_of_a_dollar():
    casm = _first(_row(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm", "CASM-ex (cents)"))
    assert (casm.value, casm.unit) == (Decimal("0.1138"), "USD")


def test_a_captions_except_clause_leaves_its_rows_unscaled():
    scale = find_scale("(in thousands, except churn and ARPU)")
    assert scale.power == 3 and scale.excepts("Postpaid ARPU") and not scale.excepts("Total customers")
    arpu = _first(_row(WIRELESS, "kramerica_10-q_2025-06-30.htm", "Postpaid ARPU"))
    assert (arpu.value, arpu.unit) == (Decimal("49.82"), "USD")
    customers = _first(_row(WIRELESS, "kramerica_10-q_2025-06-30.htm", "Total customers, end of period"))
    assert (customers.value, customers.unit) == (Decimal("31204000"), "count")


def test_a_price_per_unit_of_service_is_not_the_revenue_of_a_margin():
    a = asker(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm")("What was the pre-tax margin in the fourth quarter of 2024?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("7.38")


def test_a_rates_change_asked_how_much_is_in_percentage_points():
    a = asker(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm")("How much did load factor change year over year?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("1.2"), "percent")
    assert "percentage points" in a.text


def test_a_count_the_year_ends_with_stands_at_the_release_years_end():
    a = asker(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm")("How many aircraft were in the fleet at year end?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("412"), "count")
    assert a.figures[0].period == "2024-12-31"


def test_the_word_before_a_growths_line_item_makes_it_a_parts():
    a = asker(WIRELESS, "kramerica_10-q_2025-06-30.htm")("What was equipment revenue growth in the second quarter?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("-5.53")
    assert "Equipment revenues" in a.text


def test_an_amount_is_named_by_what_follows_of():
    ask = asker(WIRELESS, "kramerica_10-q_2025-06-30.htm")
    cash = ask("How much cash and cash equivalents did the company have at June 30, 2025?")
    assert cash.value is not None and Decimal(cash.value.amount) == Decimal("2317000000")
    debt = ask("What was total debt?")
    assert debt.value is not None and Decimal(debt.value.amount) == Decimal("38412000000")
    assert "cash" not in debt.figures[0].label


def test_the_filings_own_free_cash_flow_row_comes_before_the_formula():
    ask = asker(SOFTWARE, "pendant_8-k_2025-03-04_ex99.htm")
    fcf = ask("What was free cash flow for fiscal 2025?")
    assert fcf.status == "answered" and Decimal(fcf.value.amount) == Decimal("390932000")
    margin = ask("What was free cash flow margin in fiscal 2025?")
    assert margin.value is not None and (Decimal(margin.value.amount), margin.value.unit) == (Decimal("20.7"), "percent")


def test_aum_is_assets_under_management():
    a = asker(ASSET_MANAGER, "steinbrenner_10-q_2025-03-31.htm")("What was average AUM in Q1 2025?")
    assert a.status == "answered" and Decimal(a.value.amount) == Decimal("415300000000")


def test_organic_growth_is_the_rate_the_filing_states():
    a = asker(INDUSTRIAL, "vandelay_10-k_2024-12-31.htm")("What was Flow Control organic growth?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("2.9"), "percent")


def test_a_ratio_stated_in_words_is_read():
    a = asker(INDUSTRIAL, "vandelay_10-k_2024-12-31.htm")("What was the book-to-bill ratio?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("1.04"), "ratio")


def test_a_money_scale_leaves_counts_as_printed():
    homes = _first(_row(HOMEBUILDER, "pitt_8-k_2025-04-22_ex99.htm", "Homes delivered"))
    assert (homes.value, homes.unit) == (Decimal("2912"), "count")
    backlog = _first(_row(HOMEBUILDER, "pitt_8-k_2025-04-22_ex99.htm", "Backlog (homes)"))
    assert (backlog.value, backlog.unit) == (Decimal("4105"), "count")
    price = _first(_row(HOMEBUILDER, "pitt_8-k_2025-04-22_ex99.htm", "Average selling price"))
    assert (price.value, price.unit) == (Decimal("488000"), "USD")


def test_the_average_daily_rate_is_a_price():
    a = asker(HOTELS, "jerry_8-k_2025-02-20_ex99.htm")("What was the average daily rate in Q4 2023?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("222.64"), "USD")


def test_for_the_full_year_is_the_period_not_the_item():
    a = asker(HOTELS, "jerry_8-k_2025-02-20_ex99.htm")("What was occupancy for the full year 2024?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("74.2"), "percent")


def test_an_except_clause_names_rows_by_all_the_words_of_a_term():
    name = "babu_10-q_2024-11-02.htm"
    opened = _first(_row(RETAILER, name, "Stores opened"))
    assert (opened.value, opened.unit) == (Decimal("19"), "count")
    footage = _first(_row(RETAILER, name, "Total square footage at end of period"))
    assert footage.value == Decimal("12616000")
    per_foot = _first(_row(RETAILER, name, "Net sales per average square foot"))
    assert (per_foot.value, per_foot.unit) == (Decimal("102"), "USD")


def test_how_many_of_a_count_printed_as_a_reduction_is_its_size():
    a = asker(RETAILER, "babu_10-q_2024-11-02.htm")("How many stores were closed in the thirteen weeks ended November 2, 2024?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("3"), "count")


def test_the_end_of_the_reports_own_quarter_is_its_end():
    a = asker(RETAILER, "babu_10-q_2024-11-02.htm")("How many stores were open at the end of the third quarter?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("1418")


def test_the_fiscal_year_before_is_named_like_the_one_asked():
    a = asker(SEMIS, "mulva_10-k_2024-12-29.htm")("What was Data Center revenue growth in fiscal 2024?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("45.55")


def test_constant_currency_growth_is_the_rate_the_filing_states():
    a = asker(MEDTECH, "sue_ellen_8-k_2025-01-28_ex99.htm")("What was the constant currency growth of the Diabetes segment?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("8.7"), "percent")


def test_us_in_capitals_is_the_united_states():
    a = asker(MEDTECH, "sue_ellen_8-k_2025-01-28_ex99.htm")("How much did US revenue grow year over year?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("63000000")
    assert "United States" in a.text


def test_which_company_was_acquired_is_not_the_filer():
    a = asker(ACQUISITION, "lloyd_8-k_2025-05-06.htm")("What company was acquired?")
    assert "registrant" not in a.text and "LLOYD BRAUN" not in a.text


def test_a_headings_energy_unit_makes_its_rows_quantities():
    name = "frank_10-q_2025-03-31.htm"
    residential = _first(_row(UTILITY, name, "Residential"))
    assert (residential.value, residential.unit) == (Decimal("8412"), "count")
    degree_days = _first(_row(UTILITY, name, "Heating degree days"))
    assert degree_days.unit == "count"


def test_rate_base_is_an_amount_not_a_rate():
    from qa.question import parse_question

    assert parse_question("What was the rate base?").expect_unit != "percent"


def test_a_figure_the_sentence_calls_prior_is_not_the_one_asked():
    a = asker(DIVIDEND, "wilhelm_8-k_2025-02-14.htm")("What quarterly dividend was declared?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("0.315")


def test_analyst_shorthand_names_line_items():
    from qa.lexicon import match_label

    assert match_label("q4 rev", "Total revenue") > match_label("q4 rev", "Total cost of revenue")
    assert match_label("op loss", "Operating loss") >= 0.9
    assert match_label("cash from ops", "Net cash provided by operating activities") >= 0.9
    assert match_label("S&M", "Sales and marketing") >= 0.9


def test_year_over_year_in_a_sentence_dates_no_figure():
    page = SOFTWARE.replace("<p>Free Cash Flow</p>", "<p>Revenue: Total revenue was $512.6 million, an increase of 24% "
                            "year-over-year.</p><p>Free Cash Flow</p>")
    a = asker(page, "pendant_8-k_2025-03-04_ex99.htm")("What was total revenue in fiscal 2024?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("1496740000")
    assert a.status != "conflict"


CARRIER_HALF = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2025</p><p>KRAMERICA WIRELESS CORPORATION</p>
<p>Results of the second quarter of 2025.</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Total revenues</td><td>$ 7,640</td><td>$ 7,482</td><td>$ 15,272</td><td>$ 14,982</td></tr>
<tr><td>Operating income</td><td>1,597</td><td>1,339</td><td>3,158</td><td>2,639</td></tr>
<tr><td>Depreciation and amortization</td><td>1,147</td><td>1,161</td><td>2,301</td><td>2,318</td></tr>
<tr><td>Net income</td><td>$ 954</td><td>$ 753</td><td>$ 1,877</td><td>$ 1,472</td></tr>
<tr><td>Adjusted EBITDA</td><td>$ 2,882</td><td>$ 2,629</td><td>$ 5,701</td><td>$ 5,260</td></tr>
</table>
</body></html>"""


def test_adj_is_adjusted_and_not_the_formula():
    a = asker(CARRIER_HALF, "kramerica_10-q_2025-06-30.htm")("adj ebitda q2 24")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("2629000000")


def test_the_first_half_of_a_second_quarter_report_is_its_six_months():
    a = asker(CARRIER_HALF, "kramerica_10-q_2025-06-30.htm")("What was net income for the first half?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("1877000000")


def test_how_much_a_margin_changed_is_in_points_not_money():
    page = """<html><body><p>FORM 10-Q</p><p>For the quarterly period ended March 31, 2025</p><p>ROSS FINANCIAL CORPORATION</p>
<p>(dollars in thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Net interest income</td><td>$ 184,512</td><td>$ 171,208</td></tr>
<tr><td>Net interest margin</td><td>3.41%</td><td>3.29%</td></tr>
</table></body></html>"""
    a = asker(page, "ross_10-q_2025-03-31.htm")("How much did NIM expand year over year?")
    assert a.value is not None and (Decimal(a.value.amount), a.value.unit) == (Decimal("0.12"), "percent")


def test_a_metric_input_only_a_sentence_states_gives_an_uncertain_answer():
    page = """<html><body><p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2025</p><p>KRAMERICA WIRELESS CORPORATION</p>
<p>Liquidity and Capital Resources</p>
<p>Net cash provided by operating activities was $5,104 million for the six months ended June 30, 2025, compared to $4,688 million for the same period in 2024. Purchases of property and equipment were $2,212 million for the six months ended June 30, 2025.</p>
</body></html>"""
    a = asker(page, "kramerica_10-q_2025-06-30.htm")("What was free cash flow for the six months ended June 30, 2025?")
    assert a.status == "uncertain" and Decimal(a.value.amount) == Decimal("2892000000")
    assert "sentences" in (a.reason or "")


def test_the_period_a_rate_of_change_is_over_dates_no_other_figure():
    page = MEDTECH.replace("<p>Revenue by Segment</p>", "<p>GAAP diluted EPS was $1.21, and adjusted diluted EPS was $1.58, "
                           "an increase of 9% over the prior year.</p><p>Revenue by Segment</p>")
    a = asker(page, "sue_ellen_8-k_2025-01-28_ex99.htm")("What was adjusted diluted EPS?")
    assert a.value is not None and Decimal(a.value.amount) == Decimal("1.58")


def test_a_date_asked_with_what_is_read_from_the_sentence():
    from qa.qtypes.free_text import TEXT_START

    assert TEXT_START.search("What is the record date for the dividend?")
    assert not TEXT_START.search("What is the grant date fair value of options granted in 2019?")
    page = DIVIDEND.replace("</body>", "<p>The dividend is payable on March 20, 2025 to shareholders of record at the close of "
                                       "business on March 6, 2025.</p></body>")
    a = asker(page, "wilhelm_8-k_2025-02-14.htm")("What is the record date for the dividend?")
    assert "March 6, 2025" in a.text


def test_profitable_asks_whether_net_income_is_above_zero():
    yes = asker(AIRLINE, "costanza_8-k_2025-01-23_ex99.htm")("Was the company profitable in the fourth quarter of 2024?")
    assert yes.status == "answered" and yes.text.startswith("Yes")
    page = SOFTWARE.replace("<tr><td>Free cash flow</td>", "<tr><td>Net loss</td><td>$ (161,874)</td><td>$ (298,551)</td></tr>"
                                                            "<tr><td>Free cash flow</td>")
    no = asker(page, "pendant_8-k_2025-03-04_ex99.htm")("Was the company profitable in fiscal 2025?")
    assert no.text.startswith("No")


QUARTERLY_DATA = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended December 31, 2024</p><p>ELAINE BENES PUBLISHING, INC.</p>
<p>Quarterly Financial Data (Unaudited)</p>
<p>(in thousands, except per share amounts)</p>
<table>
<tr><td></td><td>First Quarter</td><td>Second Quarter</td><td>Third Quarter</td><td>Fourth Quarter</td></tr>
<tr><td>2024</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Revenue</td><td>$ 212,408</td><td>$ 228,915</td><td>$ 231,002</td><td>$ 259,870</td></tr>
<tr><td>Net income</td><td>18,204</td><td>22,915</td><td>24,118</td><td>31,660</td></tr>
<tr><td>2023</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Revenue</td><td>$ 198,305</td><td>$ 210,442</td><td>$ 215,880</td><td>$ 240,117</td></tr>
<tr><td>Net income</td><td>15,880</td><td>19,046</td><td>20,511</td><td>27,302</td></tr>
</table>
</body></html>"""


def test_which_quarter_compares_the_quarters_columns_of_the_year_named():
    a = asker(QUARTERLY_DATA, "elaine_10-k_2024-12-31.htm")("In which quarter of 2024 was revenue the highest?")
    assert a.spans == ["Q4 2024"] and [s.op for s in a.program] == ["max"]


def test_a_quarter_named_without_its_year_in_an_annual_report_is_its_years():
    ask = asker(QUARTERLY_DATA, "elaine_10-k_2024-12-31.htm")
    assert Decimal(ask("What was second quarter net income?").value.amount) == Decimal("22915000")
    grew = ask("How much did fourth quarter revenue grow year over year?")
    assert grew.value is not None and Decimal(grew.value.amount) == Decimal("19753000")

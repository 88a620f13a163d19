"""Questions asked the way an analyst would, of pages of kinds no earlier test asked (twenty-seventh session):
each test pins a general rule that one of these pages showed wrong or missing. The pages are in
tests/fixtures/sector_pages_8 (fictional companies: a semiconductor 10-Q, a retail REIT's supplemental, a hotel
company and an oil producer in plain text, an 8-K on a CFO's appointment; and last session's validation pages,
a royalty company in plain text, a beverage company, a merger 8-K and a 10-K excerpt, asked once that session
was over)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from index.numbers import parse_amount
from index.parse import parse_bytes
from page_asker import asker
from qa.conversation import Turn

_PAGES = Path(__file__).parent / "fixtures" / "sector_pages_8"


def _page(name: str) -> str:
    return (_PAGES / name).read_text(encoding="utf-8")


def _amount(answer) -> Decimal | None:
    return Decimal(answer.value.amount) if answer.value and answer.value.amount is not None else None


def _cells(name: str) -> dict[tuple[str, str], tuple[Decimal, str]]:
    """(row label, its heading) -> (value, unit) of the first cell of each row of the page's tables."""
    parsed = parse_bytes(_page(name).encode(), name)
    out = {}
    for table in parsed.tables:
        for row in table.rows:
            cell = next((c for c in row.cells if c.value is not None), None)
            if cell is not None:
                out.setdefault((row.label, row.parent or ""), (cell.value, cell.unit))
    return out


def _ask(ask, *questions):
    """Ask a conversation; the last answer."""
    history: list[Turn] = []
    for q in questions:
        a = ask(q, history or None)
        history.append(Turn(question=q, answer=a))
    return a


@pytest.fixture(scope="module")
def royalty():
    return asker(_page("aldergrove_fy25.txt"), "aldergrove_10-k_2025-08-14.txt")


@pytest.fixture(scope="module")
def tenk():
    return asker(_page("vantreal_10k.html"), "vantreal_10-k_2025-11-20.html")


@pytest.fixture(scope="module")
def chips():
    return asker(_page("qlsc_10q_q3fy2025.html"), "quillon_10-q_2025-10-31.html")


@pytest.fixture(scope="module")
def reit():
    return asker(_page("mxrt_q2_2025_supplemental.html"), "meridian_8-k_2025-07-29.html")


# ------------------------------------------------------------------------------------------------ units and scales

def test_a_dollars_scale_leaves_ounces_as_printed_and_a_worded_measure_heading_counts():
    cells = _cells("aldergrove_fy25.txt")  # "(revenue in thousands of U.S. dollars; unaudited)"
    assert cells[("Silver (ounces)", "Metal sold")] == (Decimal("612400"), "count")
    assert cells[("Total GEOs", "Gold equivalent ounces sold (2)")] == (Decimal("60430"), "count")
    assert cells[("Gold", "Revenue")] == (Decimal("159668000"), "USD")


def test_an_unscaled_table_repeating_a_scaled_tables_figures_takes_its_scale():
    parsed = parse_bytes(_page("qlsc_10q_q3fy2025.html").encode(), "q.html")
    table = next(t for t in parsed.tables if t.title == "Net Revenue by End Market")
    assert table.scale_power == 6
    center = next(r for r in table.rows if r.label == "Data Center")
    assert center.cells[0].value == Decimal("1284600000")


def test_days_of_inventory_are_days_not_money():
    cells = _cells("qlsc_10q_q3fy2025.html")
    assert cells[("Days of inventory", "")] == (Decimal("128.6"), "count")


def test_rows_under_a_per_share_heading_are_per_share_and_a_share_heading_counts_shares():
    cells = _cells("mxrt_q2_2025_supplemental.html")
    assert cells[("AFFO", "Per diluted share:")] == (Decimal("0.93"), "USD/share")
    assert cells[("OP units", "Weighted average shares and units:")] == (Decimal("1309000"), "shares")
    # "ABR per leased square foot" heads prices, not the table's thousands
    assert cells[("Total", "ABR per leased square foot(6)")] == (Decimal("20.92"), "USD")
    # "(GLA, square feet)" heads areas in the table's thousands
    assert cells[("Total", "Gross leasable area (GLA, square feet)")] == (Decimal("21600000"), "count")


def test_a_number_of_column_counts():
    cells = _cells("mxrt_q2_2025_supplemental.html")
    assert cells[("New leases", "")] == (Decimal("38"), "count")


def test_a_heading_with_its_own_scale_scales_its_money_rows():
    cells = _cells("rmec_q3_2025_ex991.txt")  # "Capital expenditures (in millions)" under per-Boe rows
    assert cells[("Total capital expenditures", "Capital expenditures (in millions)(2)")] == (Decimal("684800000"), "USD")
    assert cells[("Lease operating expense", "Per Boe")] == (Decimal("8.76"), "USD")


def test_signed_changes_in_plain_text_are_columns_of_their_own():
    parsed = parse_bytes(_page("lrkh_q3_2025_ex991.txt").encode(), "l.txt")
    table = next(t for t in parsed.tables if any(r.label == "Asia Pacific" for r in t.rows))
    row = next(r for r in table.rows if r.label == "Asia Pacific")
    assert [c.raw for c in row.cells][:6] == ["$92.55", "$87.36", "+5.9%", "70.2%", "67.9%", "+2.3 pts"]
    # and the span heading over the rows is a heading row, not a header of the columns
    assert table.rows[0].label == "Three months ended September 30:"


def test_percentage_points_read_as_percent():
    assert parse_amount("+0.3 pts").value == Decimal("0.3") and parse_amount("+0.3 pts").percent
    assert parse_amount("(1.2) pp").value == Decimal("-1.2")


def test_a_heading_ends_where_rows_return_to_its_indent():
    cells = _cells("vantreal_10k.html")
    assert ("Interest on lease liabilities", "Finance lease cost:") in cells
    assert ("Short-term lease cost", "") in cells and ("Total lease cost", "") in cells


# ------------------------------------------------------------------------------------------------ answers

def test_a_figure_per_unit_is_no_total_and_a_total_no_figure_per_unit(royalty):
    a = royalty("What was DD&A per GEO in fiscal 2025?")
    assert a.status != "answered"  # the filing prints DD&A in total only
    a = royalty("What was cost of sales in Q4 FY2025?")
    assert not (a.status == "answered" and _amount(a) == Decimal("527"))  # "Cost of sales per GEO"
    a = royalty("What was cost of sales per GEO for fiscal 2025?")
    assert a.status == "answered" and _amount(a) == Decimal("494")


def test_net_interest_expense_is_not_one_side_of_it():
    ask = asker(_page("bellhaven_q3.html"), "bellhaven_8-k_2025-10-21.html")
    a = ask("What was net interest expense in the quarter?")
    assert a.status != "answered"
    assert ask("What was interest expense in the quarter?").status == "answered"


def test_a_signature_of_an_agreement_is_no_signature_of_the_filing():
    ask = asker(_page("halvorsen_8k.html"), "halvorsen_8-k_2025-10-14.html")
    a = ask("Who signed a voting agreement supporting the deal?")
    assert "was signed by" not in a.text
    assert "Corinne L. Baptiste" in ask("Who signed the 8-K?").text


def test_so_the_rate_keeps_the_conversations_period(tenk):
    a = _ask(tenk, "What was income before income taxes in fiscal 2024?", "and the tax provision?", "so the effective tax rate?")
    assert "September 30, 2024" in a.text


def test_a_heading_without_a_total_is_no_total_of_the_table(tenk):
    a = tenk("What was total finance lease cost in fiscal 2025?")
    assert not (a.status == "answered" and _amount(a) == Decimal("81400000"))


def test_a_rate_asked_for_two_years_is_computed_for_each(tenk):
    a = tenk("What was gross margin in fiscal 2025 and in fiscal 2021?")
    assert a.status == "answered" and a.spans == ["45.2", "42.5"]
    assert "Gross profit" in a.text and a.program


def test_an_items_effect_on_a_rate_is_not_the_rate(tenk):
    a = tenk("How much did R&D tax credits lower the effective tax rate in fiscal 2025?")
    assert not (a.status == "answered" and _amount(a) == Decimal("20.16"))


def test_which_part_declined_the_most(chips):
    a = chips("Which end market declined the most in the third quarter?")
    assert a.status == "answered" and a.spans == ["Automotive"] and "declined the most" in a.text
    a = chips("Which end market declined the most over the first nine months?")
    assert a.spans == ["Industrial"]


def test_versus_the_prior_quarter_is_the_change_from_it(chips):
    a = _ask(chips, "What was Quillon's net revenue for the quarter ended September 27, 2025?", "and versus the prior quarter?")
    assert _amount(a) == Decimal("105600000")


def test_a_party_ranked_is_not_a_footnote(reit):
    a = reit("Who is the Trust's largest tenant by ABR?")
    assert a.status != "answered"


def test_rows_under_an_adjustments_heading_do_not_name_where_they_lead(reit):
    from qa.fit_check import item_fits

    assert not item_fits("AFFO", "Non-cash compensation expense", "Adjustments to arrive at AFFO:")
    assert item_fits("AFFO", "Adjusted FFO (AFFO)(2)", "Adjustments to arrive at AFFO:")


def test_the_base_of_a_percent_is_not_the_percents_amount():
    ask = asker(_page("bwms_8k_20250915.html"), "brightwater_8-k_2025-09-15.html")
    a = _ask(ask, "Who is Brightwater's new CFO?", "what is her base salary?")
    assert "200%" not in a.text


def test_months_ended_over_a_bare_year_is_the_reports_own_span():
    parsed = parse_bytes(_page("pvec_10q_q3_2025.txt").encode(), "pvec_10-q_2025-11-06.txt")
    table = next(t for t in parsed.tables if (t.title or "").startswith("Operating Revenues by Customer Class"))
    assert [c.period for c in table.columns][:2] == ["2025-07-01/2025-09-30", "2024-07-01/2024-09-30"]
    assert table.columns[3].period == "2025-01-01/2025-09-30"  # "Nine Months Ended | 2025"


def test_a_heading_wrapped_onto_its_scale_and_a_per_share_heading():
    cells = _cells("pvec_10q_q3_2025.txt")
    assert cells[("Residential", "Electric operating revenues (in millions):")] == (Decimal("612400000"), "USD")
    assert cells[("Electric Utility", "Diluted earnings (loss) per share:")] == (Decimal("1.48"), "USD/share")


def test_the_fiscal_year_is_named_as_the_filing_names_its_quarter():
    parsed = parse_bytes(_page("tssl_q2fy2026_ex991.html").encode(), "tessellate_8-k_2025-08-28_ex99-1.html")
    assert (parsed.filing.fiscal_period, parsed.filing.fiscal_year) == ("Q2", 2026)  # "the second quarter of fiscal 2026"
    assert parsed.filing.form_type == "8-K"  # not the "Annual Report on Form 10-K" its safe harbor refers to
    ask = asker(_page("tssl_q2fy2026_ex991.html"), "tessellate_8-k_2025-08-28_ex99-1.html")
    a = ask("What was Tessellate's total revenue for the second quarter of fiscal 2026?")
    assert a.status == "answered" and _amount(a) == Decimal("443590000")


def test_a_hyphenated_quarter_is_a_quarter():
    from qa.question import parse_question

    q = parse_question("What share of third-quarter 2025 net premiums written came from Commercial Lines?")
    assert [(p.months, p.fiscal) for p in q.periods] == [(3, (2025, 3))]


def test_rows_under_a_cents_per_share_heading_are_dollars_per_share():
    page = ("<html><body><p>Earnings per share</p><table>"
            "<tr><td></td><td>2019</td><td>2018</td></tr>"
            "<tr><td>Profit attributable to equity holders used in earnings per share ($M)</td><td></td><td></td></tr>"
            "<tr><td>Continuing operations</td><td>1,493</td><td>1,605</td></tr>"
            "<tr><td>Basic earnings per share (cents per share)</td><td></td><td></td></tr>"
            "<tr><td>Continuing operations</td><td>114.3</td><td>123.4</td></tr>"
            "</table></body></html>")
    parsed = parse_bytes(page.encode(), "eps.html")
    rows = {(r.label, r.parent): r.cells[0] for t in parsed.tables for r in t.rows if r.cells and r.cells[0].value is not None}
    cents = rows[("Continuing operations", "Basic earnings per share (cents per share)")]
    assert (cents.value, cents.unit) == (Decimal("1.143"), "USD/share")
    money = next(c for (label, parent), c in rows.items() if label == "Continuing operations" and "($M)" in (parent or ""))
    assert money.unit == "USD"  # a heading in $M heads amounts, not figures per share


def test_a_metric_asked_beside_another_figure_is_not_the_whole_answer():
    ask = asker(_page("rmec_q3_2025_ex991.txt"), "redmesa_8-k_2025-10-30.txt")
    a = ask("What were total capital expenditures in the quarter and how much was drilling and completion?")
    assert a.status != "answered"
    a = ask("What were total capital expenditures in the quarter?")
    assert a.status == "answered" and _amount(a) == Decimal("684800000")


# ------------------------------------------------------------------------- found on the validation pages, then fixed

def test_an_operating_table_captioned_in_dollars_states_money():
    cells = _cells("silvermeridian_q3_2024_ex991.txt")  # "(Dollars in millions, except ADR and RevPAR)"
    assert cells[("Slot handle", "Las Vegas Strip")] == (Decimal("4985200000"), "USD")
    assert cells[("Table games hold %", "Las Vegas Strip")][1] == "percent"


def test_a_double_barrelled_surname_and_a_title_wrapped_onto_the_next_line():
    from qa.answer import person_name

    assert person_name("said Danielle P. Okonkwo-Reyes, Executive Vice President") == "Danielle P. Okonkwo-Reyes"
    ask = asker(_page("brightwater_8k_20250314.txt"), "brightwater_8-k_2025-03-18.txt")
    a = ask("Who signed the 8-K and when?")
    assert "Senior Vice President, Chief Financial Officer and Treasurer" in a.text


def test_an_office_the_filing_names_no_holder_of_is_not_answered_with_a_sentence():
    page = ("ACME DEVICES, INC.\nQUARTERLY REPORT\n\nItem 4. Controls and Procedures\n\nThe Company's management, with the "
            "participation of its Chief Executive Officer and Chief Financial Officer, evaluated the effectiveness of the "
            "Company's disclosure controls and procedures as of June 28, 2024 and concluded that they were effective.\n\n"
            "SIGNATURES\n\n/s/ Anjali R. Mehta\nAnjali R. Mehta\nChief Financial Officer\nDate: August 6, 2024\n")
    ask = asker(page, "acme_10-q_2024-08-06.txt")
    assert ask("Who is the chief executive officer?").status == "not_found"


def test_assets_under_management_are_no_total_assets():
    page = ("ACME ASSET MANAGEMENT REPORTS SECOND QUARTER 2024 RESULTS\n\nASSETS UNDER MANAGEMENT\n(in billions)\n\n"
            "\tJune 30, 2024\tJune 30, 2023\nEquity\t227.2\t201.5\nFixed income\t201.0\t190.2\n"
            "Total AUM\t428.2\t391.7\n")
    ask = asker(page, "acme_8-k_2024-07-19.txt")
    a = ask("What were total assets at June 30, 2024?")
    assert not (a.status == "answered" and _amount(a) == Decimal("428200000000"))
    a = ask("What was total AUM at June 30, 2024?")
    assert a.status == "answered" and _amount(a) == Decimal("428200000000")


def test_a_figure_asked_at_a_date_is_not_a_sentence_without_one():
    ask = asker(_page("brightwater_8k_20250314.txt"), "brightwater_8-k_2025-03-18.txt")
    assert ask("What was pro forma net leverage at December 31, 2024?").status != "answered"

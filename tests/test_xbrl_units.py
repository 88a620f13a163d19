"""Units from a table's own context: a table the filer says is 'as a percentage of revenue' is
percent even where its cells carry no '%'; money tables nearby are not."""

from decimal import Decimal

from index.parse import parse_bytes

_HEAD = "<tr><td></td><td>Jan 28, 2024</td><td>Jan 29, 2023</td></tr>"


def _rows(html: str):
    parsed = parse_bytes(f"<html><body>{html}</body></html>".encode(), "units.html")
    return {r.label: [(c.value, c.unit) for c in r.cells if c.value is not None] for t in parsed.tables for r in t.rows}


def test_sentence_above_saying_percentage_of_revenue_makes_bare_figures_percent():
    rows = _rows(
        "<p>The following table sets forth, for the periods indicated, certain items in our Condensed Consolidated "
        "Statements of Income expressed as a percentage of revenue.</p>"
        f"<table>{_HEAD}<tr><td>Revenue</td><td>100.0</td><td>100.0</td></tr>"
        "<tr><td>Research and development</td><td>14.2</td><td>31.2</td></tr></table>")
    assert rows["Research and development"] == [(Decimal("14.2"), "percent"), (Decimal("31.2"), "percent")]
    assert rows["Revenue"] == [(Decimal("100"), "percent"), (Decimal("100"), "percent")]


def test_percent_of_net_revenue_in_the_header_label_cell():
    rows = _rows(f"<table><tr><td>% of net revenue</td><td>Jan 28, 2024</td><td>Jan 29, 2023</td></tr>"
                 "<tr><td>Gross margin</td><td>72.7</td><td>63.3</td></tr>"
                 "<tr><td>Operating income</td><td>54.1</td><td>20.7</td></tr></table>")
    assert rows["Gross margin"] == [(Decimal("72.7"), "percent"), (Decimal("63.3"), "percent")]


def test_money_table_after_such_a_sentence_stays_money():
    rows = _rows(
        "<p>Operating expenses as a percentage of net revenue fell, as shown below (in millions).</p>"
        f"<table>{_HEAD}<tr><td>Research and development</td><td>$ 2,465</td><td>$ 1,951</td></tr>"
        "<tr><td>Sales</td><td>711</td><td>633</td></tr></table>")
    assert rows["Research and development"] == [(Decimal("2465000000"), "USD"), (Decimal("1951000000"), "USD")]
    assert rows["Sales"] == [(Decimal("711000000"), "USD"), (Decimal("633000000"), "USD")]


def test_table_not_about_percentages_is_untouched():
    rows = _rows(f"<p>Selected data (in millions):</p><table>{_HEAD}<tr><td>Cost of revenue</td><td>24.0</td><td>36.8</td></tr>"
                 "<tr><td>Other</td><td>3.1</td><td>2.2</td></tr></table>")
    assert rows["Cost of revenue"] == [(Decimal("24000000"), "USD"), (Decimal("36800000"), "USD")]


def test_a_number_column_of_an_options_roll_forward_holds_counts_beside_its_prices():
    rows = _rows("<table><tr><td></td><td>2019</td><td>2019</td></tr>"
                 "<tr><td></td><td>Number</td><td>Weighted average exercise price</td></tr>"
                 "<tr><td>Options granted in the year</td><td>452,695</td><td>$ 3.40</td></tr></table>")
    (count, count_unit), (price, price_unit) = rows["Options granted in the year"]
    assert (count, count_unit) == (Decimal("452695"), "count")
    assert price == Decimal("3.40") and price_unit != "count"  # a "$" cell is money whatever its column says

"""EDGAR HTML -> Layout: reading order, tidy grids, captions, indents and inline-XBRL tags."""

from decimal import Decimal
from pathlib import Path

import pytest

from index.read_html import read_html

FIXTURES = Path(__file__).parent / "fixtures"


def _grid(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def _assert_spans_real(layout) -> None:
    for table in layout.tables:
        assert layout.text[table.start:table.end].count("\n") == len(table.rows) - 1
        for row in table.rows:
            for cell in row:
                assert layout.text[cell.start:cell.end] == cell.text
    for block in layout.blocks:
        assert layout.text[block.start:block.end].strip()


@pytest.fixture(scope="module")
def small():
    return read_html((FIXTURES / "ixbrl_small.htm").read_text())


def test_workiva_style_fragments_merge_into_one_cell_per_column(small):
    table = small.tables[0]
    assert _grid(table) == [
        ["", "Three Months Ended"],
        ["", "June 29, 2024", "July 1, 2023"],
        ["Net sales", "$85,777", "$81,797"],
        ["Other income/(expense), net", "(265)", "—"],
        ["Diluted", "$1.40", "$—"],
        ["Gross margin percentage", "46.3%", "44.5%"],
        ["Commitments", "", ""],
    ]
    assert table.rows[0][1].colspan == 2
    assert all(sum(c.colspan for c in row) == 3 for row in table.rows)
    _assert_spans_real(small)


def test_caption_hidden_text_script_and_entities(small):
    table = small.tables[0]
    assert table.caption == ["For the quarter ended June 29, 2024", "CONDENSED STATEMENTS OF OPERATIONS",
                             "(In millions, except per-share amounts)"]
    assert small.text.endswith("Net sales rose 5% & more.")
    for gone in ("SECRET", "not text", "10-Q", "0000000001", "Tiny 10-Q", "padding", "TINY CO", "--09-28"):
        assert gone not in small.text
    assert small.text.startswith("For the quarter ended June 29, 2024\n\nCONDENSED")
    assert [b.kind for b in small.blocks] == ["paragraph", "heading", "paragraph", "table", "paragraph"]


def test_label_indent_from_padding(small):
    labels = {row[0].text: row[0].indent for row in small.tables[0].rows}
    assert labels["Net sales"] == 10
    assert labels["Other income/(expense), net"] == 19
    assert labels["Diluted"] == 0


def test_ixbrl_tags_attach_to_cells_with_context_periods(small):
    rows = {row[0].text: row for row in small.tables[0].rows}
    sales = rows["Net sales"][1].xbrl[0]
    assert (sales.concept, sales.period, sales.scale, sales.value) == (
        "us-gaap:Revenues", "2024-03-31/2024-06-29", 6, Decimal("85777000000"))
    other = rows["Other income/(expense), net"][1].xbrl[0]
    assert other.sign == "-" and other.value == Decimal("-265000000")
    eps = rows["Diluted"][1].xbrl[0]  # upper-case tag and attribute names
    assert eps.concept == "us-gaap:EarningsPerShareDiluted" and eps.value == Decimal("1.40")
    assert rows["Diluted"][2].xbrl[0].value == 0  # ixt:fixed-zero dash
    nested = rows["Gross margin percentage"][2].xbrl
    assert [t.concept for t in nested] == ["x:Outer", "x:Inner"]
    assert all(t.value == Decimal("0.445") for t in nested)
    assert rows["Gross margin percentage"][1].xbrl[0].scale == -2


def test_spacer_columns_dollar_and_paren_cells_old_font_soup():
    html = """<html><body>
    <p><b>BALANCE SHEET</b></p><p>(in thousands)</p>
    <table>
      <tr><td></td><td>&nbsp;</td><td colspan=2 align=center><b>2024</b></td><td>&nbsp;</td><td colspan=2><b>2023</b></td></tr>
      <tr><td><font size=2>Cash</font></td><td>&nbsp;</td><td><font>$</font></td><td align=right><font>1,068</font></td>
          <td>&nbsp;</td><td>$</td><td>942</td></tr>
      <tr><td>Interest expense</td><td></td><td></td><td>(842</td><td>)</td><td></td><td>(19,483)</td></tr>
      <tr><td>Change</td><td></td><td></td><td>-9</td><td>%</td><td></td><td>(7)%</td></tr>
    </table></body></html>"""
    layout = read_html(html)
    table = layout.tables[0]
    assert _grid(table) == [
        ["", "2024", "2023"],
        ["Cash", "$1,068", "$942"],
        ["Interest expense", "(842)", "(19,483)"],
        ["Change", "-9%", "(7)%"],
    ]
    assert table.caption == ["BALANCE SHEET", "(in thousands)"]
    assert table.rows[0][1].bold
    _assert_spans_real(layout)


def test_layout_tables_become_paragraphs():
    html = """<html><body>
    <table><tr><td>The Company reported results for the quarter, as described in the press release.</td></tr></table>
    <table>
      <tr><td>By:</td><td>/s/ Jane Doe</td></tr>
      <tr><td>Date: November 22, 2024</td><td>Chief Financial Officer</td></tr>
    </table>
    <table><tr><td>&#8226;</td><td>Net sales were $293.6 million.</td></tr></table>
    </body></html>"""
    layout = read_html(html)
    assert layout.tables == []
    assert layout.text.split("\n\n") == [
        "The Company reported results for the quarter, as described in the press release.",
        "By: /s/ Jane Doe",
        "Date: November 22, 2024 Chief Financial Officer",
        "\u2022 Net sales were $293.6 million.",
    ]


def test_table_without_label_column_gets_an_empty_one():
    html = """<table><tr><td>For</td><td>Against</td><td>Abstain</td></tr>
    <tr><td>281,090,975</td><td>1,234</td><td>-</td></tr></table>"""
    layout = read_html(html)
    assert _grid(layout.tables[0]) == [["", "For", "Against", "Abstain"], ["", "281,090,975", "1,234", "-"]]


def test_title_rows_inside_the_table_become_caption():
    html = """<p>Some long paragraph of prose that sits above the table and is far too long to be a caption line at all,
    because it keeps going on and on about the business and the quarter and the weather, well past the limit.</p>
    <table>
      <tr><td colspan=3>SEGMENT RESULTS</td></tr>
      <tr><td colspan=3>(Dollars in millions)</td></tr>
      <tr><td></td><td>2024</td><td>2023</td></tr>
      <tr><td>Americas</td><td>8,372</td><td>7,841</td></tr>
    </table>"""
    layout = read_html(html)
    table = layout.tables[0]
    assert table.caption == ["SEGMENT RESULTS", "(Dollars in millions)"]
    assert _grid(table)[0] == ["", "2024", "2023"]
    _assert_spans_real(layout)


def test_headings_and_blocks_in_reading_order():
    layout = read_html("<h2>Item 2.02 Results</h2><div>First <i>para</i>graph.<br>Second line.</div><p>Third.</p>")
    assert layout.text == "Item 2.02 Results\n\nFirst paragraph.\n\nSecond line.\n\nThird."
    assert [b.kind for b in layout.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]


def test_empty_page_has_no_text():
    assert read_html("<html><body><div>&nbsp;</div></body></html>").text == ""


def test_footnote_mark_columns_join_their_figures_and_wrapped_labels_join():
    html = """<table>
      <tr><td></td><td></td><td>2024</td><td></td><td></td><td>2023</td><td></td></tr>
      <tr><td>Net cash provided by operating</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr><td>activities</td><td></td><td>1,234</td><td>(1)</td><td></td><td>(1)</td><td></td></tr>
      <tr><td>Other</td><td></td><td>5</td><td></td><td></td><td>(2)</td><td></td></tr>
      <tr><td>Total</td><td></td><td>1,239</td><td></td><td></td><td>7</td><td>(a)</td></tr>
    </table>"""
    layout = read_html(html)
    assert _grid(layout.tables[0]) == [
        ["", "2024", "2023"],
        ["Net cash provided by operating activities", "1,234 (1)", "(1)"],
        ["Other", "5", "(2)"],
        ["Total", "1,239", "7 (a)"],
    ]
    _assert_spans_real(layout)


def test_page_furniture_is_not_a_caption():
    html = """<p>INCOME STATEMENT</p><p>(in millions)</p><p>Apple Inc. | Q3 2024 Form 10-Q | 5</p>
    <p>28</p><p>Table of Contents</p>
    <table><tr><td></td><td>2024</td></tr><tr><td>Sales</td><td>1,234</td></tr><tr><td>Cost</td><td>234</td></tr></table>"""
    assert read_html(html).tables[0].caption == ["INCOME STATEMENT", "(in millions)"]


def test_unclosed_font_tags_do_not_lose_text():
    """libxml2 caps nesting depth; 3,000 unclosed <font> tags must not swallow the text after them."""
    html = "<html><body>" + "".join(f"<font size=2><p>Paragraph {i} says revenue was ${i}." for i in range(3000))
    layout = read_html(html + "</body></html>")
    assert layout.text.count("Paragraph") == 3000
    assert layout.text.endswith("Paragraph 2999 says revenue was $2999.")


def test_deeply_nested_blocks_do_not_lose_text():
    layout = read_html("<html><body>" + "<div>" * 1500 + "Net income 5" + "</div>" * 1500 + "</body></html>")
    assert layout.text == "Net income 5"


def test_preformatted_block_keeps_paragraphs_and_fixed_width_tables():
    html = """<HTML><BODY><P>Intro.</P><PRE>
                    QUARTERLY REPORT
                   ACME CORPORATION

Net sales increased 5% to $10.2 million
compared with last year.

&lt;TABLE&gt;
&lt;CAPTION&gt;
                            2004         2003
&lt;S&gt;                    &lt;C&gt;          &lt;C&gt;
Net sales              $ 10,200     $  9,700
Net income                1,100          900
&lt;/TABLE&gt;
</PRE><P>After.</P></BODY></HTML>"""
    layout = read_html(html)
    assert layout.text.split("\n\n")[:5] == [
        "Intro.", "QUARTERLY REPORT", "ACME CORPORATION",
        "Net sales increased 5% to $10.2 million compared with last year.", "\t2004\t2003\nNet sales\t$ 10,200\t$ 9,700\nNet income\t1,100\t900",
    ]
    assert _grid(layout.tables[0])[2] == ["Net income", "1,100", "900"]
    assert layout.text.endswith("After.")
    _assert_spans_real(layout)


def test_old_donnelley_style_table_upper_case_tags_font_soup():
    layout = read_html((FIXTURES / "donnelley_style.htm").read_text())
    table = layout.tables[0]
    assert _grid(table) == [
        ["", "Three Months Ended March 31,"],
        ["", "2006", "2005"],
        ["Revenues", "$125,402", "$110,317"],
        ["Cost of revenues", "80,117", "71,006"],
        ["Other expense, net", "(1,204)", "(987)"],
        ["Net income per share\u2014diluted", "$0.42", "$0.35"],
    ]
    assert table.rows[0][1].colspan == 2
    assert table.caption == ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                             "(In thousands, except per share amounts)", "(Unaudited)"]
    assert table.rows[4][0].indent > table.rows[3][0].indent
    _assert_spans_real(layout)


def test_exhibit_index_is_text_not_data():
    html = """<table><tr><td>Exhibit No.</td><td>Description</td></tr>
    <tr><td>99.1</td><td>Press release dated April 15, 2025</td></tr>
    <tr><td>104</td><td>Cover Page Interactive Data File (embedded within the Inline XBRL document)</td></tr></table>"""
    layout = read_html(html)
    assert layout.tables == []
    assert "99.1 Press release dated April 15, 2025" in layout.text.split("\n\n")


def test_dei_cover_tags_fill_the_header_in_sgml_formats(small):
    assert small.header == {
        "CONFORMED SUBMISSION TYPE": "10-Q",
        "FISCAL YEAR END": "0928",
        "ENTITY REGISTRANT NAME": "TINY CO",
        "CONFORMED PERIOD OF REPORT": "20240629",
    }


def test_page_wrapped_in_a_layout_table_keeps_its_paragraphs():
    html = """<table><tr><td>
      <p><b>Item 2.02 Results of Operations</b></p>
      <p>On May 1, the Company announced results.</p>
      <p>Revenue was $5.0 million, up 10%.</p>
      <p>Net loss was $1.2 million.</p>
    </td></tr></table>"""
    layout = read_html(html)
    assert layout.text.split("\n\n") == [
        "Item 2.02 Results of Operations", "On May 1, the Company announced results.",
        "Revenue was $5.0 million, up 10%.", "Net loss was $1.2 million."]
    assert layout.blocks[0].kind == "heading"


def test_table_of_contents_is_text_not_data():
    html = """<table><tr><td></td><td></td><td>Page</td></tr>
    <tr><td>Item 1.</td><td>Financial Statements</td><td>1</td></tr>
    <tr><td>Item 2.</td><td>Management's Discussion and Analysis</td><td>13</td></tr></table>"""
    layout = read_html(html)
    assert layout.tables == []
    assert "Item 2. Management's Discussion and Analysis 13" in layout.text.split("\n\n")


def test_stacked_cover_cells_read_across():
    html = """<table><tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange</td></tr>
    <tr><td><p>Common Stock, par value $0.01 per share</p><p>3.125% senior notes due July 2025</p></td>
        <td><p>ORCL</p><p>&#8212;</p></td><td><p>New York Stock Exchange</p><p>New York Stock Exchange</p></td></tr></table>"""
    paragraphs = read_html(html).text.split("\n\n")
    assert paragraphs[1:] == ["Common Stock, par value $0.01 per share ORCL New York Stock Exchange",
                              "3.125% senior notes due July 2025 \u2014 New York Stock Exchange"]


def test_leading_nbsp_indents_a_label():
    html = """<table><tr><td></td><td>2024</td></tr>
    <tr><td>Revenue</td><td>10</td></tr>
    <tr><td>
        &nbsp;&nbsp;&nbsp;&nbsp;Product</td><td>6</td></tr></table>"""
    rows = read_html(html).tables[0].rows
    assert rows[1][0].indent == 0 and rows[2][0].indent == 12
    assert rows[2][0].text == "Product"


def test_years_in_the_first_column_are_row_labels():
    html = """<table><tr><td>Fiscal year</td><td>Leases</td><td>Debt</td></tr>
    <tr><td>2025</td><td>$120</td><td>$1,000</td></tr><tr><td>2026</td><td>110</td><td>500</td></tr>
    <tr><td>Thereafter</td><td>300</td><td>2,000</td></tr></table>"""
    assert _grid(read_html(html).tables[0]) == [
        ["Fiscal year", "Leases", "Debt"], ["2025", "$120", "$1,000"], ["2026", "110", "500"],
        ["Thereafter", "300", "2,000"]]


def test_data_table_nested_in_a_report_cell():
    """XBRL viewer pages (R*.htm) put a note's prose and its table inside one cell of a report table."""
    html = """<table class=report><tr><th><strong>PROPERTY AND EQUIPMENT</strong></th><th>12 Months Ended</th></tr>
    <tr><td>PROPERTY AND EQUIPMENT</td><td><p>The components were as follows:</p>
    <table>
      <tr style="visibility:collapse"><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr><td colspan=6><b>(In millions)</b></td><td> </td></tr>
      <tr><td><b>June 30,</b></td><td> </td><td colspan=2><b>2024</b></td><td> </td><td colspan=2><b>2023</b></td></tr>
      <tr><td>Land</td><td> </td><td><b>$</b></td><td><b>8,163</b></td><td> </td><td>$</td><td>5,683</td></tr>
      <tr><td>Accumulated depreciation</td><td> </td><td> </td><td><b>(76,421</b></td><td><b>)</b></td><td> </td><td>(68,251)</td></tr>
    </table></td></tr></table>"""
    layout = read_html(html)
    assert layout.text.startswith("PROPERTY AND EQUIPMENT\n\n12 Months Ended\n\n")
    table = layout.tables[0]
    assert table.caption[-2:] == ["The components were as follows:", "(In millions)"]
    assert _grid(table) == [["June 30,", "2024", "2023"], ["Land", "$8,163", "$5,683"],
                            ["Accumulated depreciation", "(76,421)", "(68,251)"]]


def test_text_after_a_stray_closing_html_tag_is_kept():
    layout = read_html("<html><body><p>Part one.</p></body></html>\n<html><body><p>Part two: revenue $5.</p></body></html>")
    assert layout.text == "Part one.\n\nPart two: revenue $5."


def test_invisible_characters_and_unicode_spaces():
    layout = read_html("<p>Net in&shy;come of&#8199;$5&#8203;.2&#12288;million</p>")
    assert layout.text == "Net income of $5.2 million"


def test_table_caption_element_is_kept_as_caption():
    html = """<table><caption>Segment revenue (in millions)</caption>
    <tr><th></th><th>2024</th><th>2023</th></tr><tr><td>Americas</td><td>8,372</td><td>7,841</td></tr></table>"""
    layout = read_html(html)
    assert layout.tables[0].caption == ["Segment revenue (in millions)"]
    assert layout.text.startswith("Segment revenue (in millions)\n\n\t2024\t2023")


def test_a_one_row_table_inside_a_cell_does_not_break_the_data_table():
    html = """<table><tr><td></td><td>2024</td><td>2023</td></tr>
    <tr><td><table><tr><td>Revenue</td><td>(a)</td></tr></table></td><td>1,234</td><td>1,100</td></tr>
    <tr><td>Cost</td><td>234</td><td>200</td></tr></table>"""
    assert _grid(read_html(html).tables[0]) == [["", "2024", "2023"], ["Revenue (a)", "1,234", "1,100"],
                                                ["Cost", "234", "200"]]


def test_prose_tag_marks_leave_no_trace_in_the_text():
    """An empty (nil) tag between two words leaves one space and an empty span where it stood;
    nested tags each get their own span."""
    html = ('<html><body><ix:header><xbrli:context id="c"><xbrli:period><xbrli:instant>2025-03-31</xbrli:instant>'
            '</xbrli:period></xbrli:context></ix:header>'
            '<p>Amount <ix:nonFraction name="a:Nil" contextRef="c" xsi:nil="true"></ix:nonFraction> here, '
            'and <ix:nonFraction name="a:Outer" contextRef="c" scale="3"><ix:nonFraction name="a:Inner" contextRef="c" '
            'scale="3">7,5</ix:nonFraction>00</ix:nonFraction> units.</p></body></html>')
    layout = read_html(html)
    assert layout.text == "Amount here, and 7,500 units."
    nil, outer, inner = layout.xbrl
    assert (nil.start, nil.end, nil.value) == (7, 7, None)
    assert layout.text[outer.start:outer.end] == "7,500" and outer.value == Decimal("7500000")
    assert layout.text[inner.start:inner.end] == "7,5"

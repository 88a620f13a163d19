"""Tagged negatives printed across cells: each shape reads as the printed negative, in its
column's period, and the tag joins the cell that prints it."""

from decimal import Decimal

import pytest

from index.parse import parse_bytes

_HEAD = (
    '<html><body><ix:header>'
    '<xbrli:context id="q"><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-03-31'
    '</xbrli:endDate></xbrli:period></xbrli:context>'
    '<xbrli:context id="p"><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-03-31'
    '</xbrli:endDate></xbrli:period></xbrli:context>'
    '<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit></ix:header>'
    '<p>(in millions)</p><table><tr><td></td><td colspan="4">Three Months Ended March 31, 2025</td>'
    '<td colspan="4">Three Months Ended March 31, 2024</td></tr>'
)


def _tag(ctx: str, text: str) -> str:
    return f'<ix:nonFraction name="us-gaap:PaymentsOfDividends" contextRef="{ctx}" unitRef="usd" scale="6">{text}</ix:nonFraction>'


SHAPES = {
    "paren in its own cell": f'<td>(</td><td>{_tag("q", "398")}</td><td>)</td><td></td><td>(</td><td>{_tag("p", "399")}</td><td>)</td><td></td>',
    "dollar and paren in one cell": f'<td>$ (</td><td>{_tag("q", "398")}</td><td>)</td><td></td><td>$ (</td><td>{_tag("p", "399")}</td><td>)</td><td></td>',
    "closing paren in the next cell": f'<td></td><td>({_tag("q", "398")}</td><td>)</td><td></td><td></td><td>({_tag("p", "399")}</td><td>)</td><td></td>',
    "closing paren spanning two cells": f'<td></td><td>({_tag("q", "398")}</td><td colspan="2">)</td><td></td><td>({_tag("p", "399")}</td><td colspan="2">)</td>',
    "parens inside the tag": f'<td></td><td>{_tag("q", "(398)")}</td><td></td><td></td><td></td><td>{_tag("p", "(399)")}</td><td></td><td></td>',
    "spaced parens": f'<td></td><td>( {_tag("q", "398")} )</td><td></td><td></td><td></td><td>( {_tag("p", "399")} )</td><td></td><td></td>',
    "en dash minus": f'<td></td><td>&#8211;{_tag("q", "398")}</td><td></td><td></td><td></td><td>&#8211;{_tag("p", "399")}</td><td></td><td></td>',
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_split_negative_reads_as_printed_and_joins_its_tag(shape):
    html = (_HEAD + f"<tr><td>Dividends paid</td>{SHAPES[shape]}</tr>"
            "<tr><td>Net income</td><td>$</td><td>10</td><td></td><td></td><td>$</td><td>12</td><td></td><td></td></tr>"
            "</table></body></html>")
    parsed = parse_bytes(html.encode(), "shapes.html")
    facts = {f.source.column: f for f in parsed.facts if f.label == "Dividends paid"}
    assert [(facts[c].value, facts[c].period) for c in sorted(facts)] == [
        (Decimal("-398000000"), "2025-01-01/2025-03-31"), (Decimal("-399000000"), "2024-01-01/2024-03-31")]
    assert [(t.source.row, t.source.column) for t in parsed.xbrl] == [(0, 0), (0, 1)]

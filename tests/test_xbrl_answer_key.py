"""The filers' own inline-XBRL tags as an answer key for the numbers we parse from the PRINTED page.

For every table cell of the Apple and Oracle 10-Qs that carries an `ix:nonFraction` tag, the value
parsed from the print (Cell.value, via tables.py) must equal the tag's value up to sign, the sign
must follow the print (negative exactly when parentheses or a minus are printed; filers' tags
sometimes disagree, see ../shared/filings/README.md), and the column's period must equal the
tag context's period. The match rate is printed; a floor guards against regressions.

tables.py consults the tags for periods no header tells (undated columns, a 52/53-week filer's
14-week quarter), so the independent checks build the tables from the reader's grids with every
tag stripped ("print only"); the pipeline's own facts are checked as well.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from index.models import ParsedFiling
from index.sniff import read_layout

FILINGS = ["apple_10-q_2024-06-29.html", "oracle_10-q_2024-08-31.html"]
VALUE_FLOOR = 0.99   # value (scale included) and printed sign
PERIOD_FLOOR = 0.97  # column period == the tag context's period
_PRINTED_NEGATIVE = re.compile(r"\(|^\s*\$?\s*[-\u2212\u2013]\s*\$?\s*\d")


def _balance_in_flow_column(tag_period: str | None, column_period: str | None) -> bool:
    """An opening or closing balance row (an instant) inside a duration column, as in an equity
    roll-forward: the instant is the column's end or the day before its start."""
    if not tag_period or not column_period or "/" in tag_period or "/" not in column_period:
        return False
    start, end = column_period.split("/")
    day_before = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    return tag_period in (end, day_before)


def _parse(path):
    from corpus import parsed_reference  # parse_file, shared with the corpus test

    return parsed_reference(path)


def _blind_tables(layout):
    """tables.py on the reader's grids with every tag removed: numbers and periods from the print only."""
    from index.tables import build_table

    tables = []
    for n, raw in enumerate(layout.tables, start=1):
        rows = [[c.model_copy(update={"xbrl": []}) for c in row] for row in raw.rows]
        table, _ = build_table(raw.model_copy(update={"rows": rows}), f"blind/t{n}", layout.text)
        tables.append(table)
    return tables


def _key_checks(path, blind: bool) -> tuple[list[str], list[str], int, int]:
    """(value mismatches, period mismatches, tags compared, cells) for one filing; `blind` builds
    the tables without the tags, else the pipeline's own tables (parse_file) are compared."""
    data = path.read_bytes()
    layout = read_layout(data, path.name)
    if blind:
        tables = _blind_tables(layout)
    else:
        parsed: ParsedFiling = _parse(path)
        assert parsed.text == layout.text, "parse.py must keep the reader's text so spans agree"
        tables = parsed.tables
    by_start = {}
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.start is not None and cell.end != cell.start:
                    by_start[cell.start] = (table, row, cell)
    value_bad, period_bad = [], []
    compared = cells = 0
    for raw_table in layout.tables:
        for raw_row in raw_table.rows:
            for raw_cell in raw_row[1:]:  # tags inside a row label are prose figures, not cells
                tags = [t for t in raw_cell.xbrl if t.value is not None]
                if not tags:
                    continue
                cells += 1
                hit = by_start.get(raw_cell.start)
                for tag in tags:
                    compared += 1
                    where = f"{raw_row[0].text[:40]!r} {raw_cell.text!r} {tag.concept} {tag.context}"
                    if hit is None or hit[2].value is None:
                        value_bad.append(f"{where}: no parsed value")
                        period_bad.append(f"{where}: no parsed value")
                        continue
                    table, row, cell = hit
                    printed = cell.value / 100 if cell.unit == "percent" else cell.value
                    if abs(printed) != abs(tag.value):
                        value_bad.append(f"{where}: parsed {cell.value} {cell.unit}, tag {tag.value}")
                    elif (cell.value < 0) != bool(_PRINTED_NEGATIVE.search(cell.raw)) and cell.value != 0:
                        value_bad.append(f"{where}: parsed sign of {cell.value} does not follow the print {cell.raw!r}")
                    column = table.columns[cell.column] if cell.column < len(table.columns) else None
                    period = column.period if column else None
                    if period != tag.period and not _balance_in_flow_column(tag.period, period):
                        period_bad.append(f"{where}: column {column.label if column else None!r} period {period}, tag {tag.period}")
    return value_bad, period_bad, compared, cells


_RESULTS: dict[tuple[str, bool], tuple[list[str], list[str], int, int]] = {}


def _results(shared_dir, name, blind: bool):
    if (name, blind) not in _RESULTS:  # parse each 10-Q once per session
        _RESULTS[name, blind] = _key_checks(shared_dir / "filings" / name, blind)
    return _RESULTS[name, blind]


def _report(kind: str, name: str, bad: list[str], compared: int) -> float:
    rate = 1 - len(bad) / compared
    print(f"\n{name}: {kind} {compared - len(bad)}/{compared} ({rate:.1%})")
    for line in bad:
        print(f"  {kind} mismatch: {line}")
    return rate


@pytest.mark.parametrize("name", FILINGS)
def test_printed_values_match_the_filers_xbrl_tags(shared_dir, name, capsys):
    """Values from the print alone (tags stripped before tables.py sees the grids)."""
    value_bad, _, compared, cells = _results(shared_dir, name, blind=True)
    with capsys.disabled():
        rate = _report("value+sign (print only)", name, value_bad, compared)
    assert cells > 400 and compared >= cells, "the 10-Qs carry hundreds of numeric tags in table cells"
    assert rate >= VALUE_FLOOR, "\n".join(value_bad)


# Periods read from the printed headers alone. Apple keeps a 52/53-week year: its prior-year
# 'Nine Months Ended July 1, 2023' began 2022-09-25 (a 14-week first quarter), which no header
# tells; and its RSU roll-forward and maturity tables carry dates per row, not per column.
PRINT_PERIOD_FLOORS = {FILINGS[0]: 0.80, FILINGS[1]: 0.95}


@pytest.mark.parametrize("name", FILINGS)
def test_column_periods_from_the_print_match_the_tag_contexts(shared_dir, name, capsys):
    _, period_bad, compared, _ = _results(shared_dir, name, blind=True)
    with capsys.disabled():
        rate = _report("period (print only)", name, period_bad, compared)
    assert rate >= PRINT_PERIOD_FLOORS[name], "\n".join(period_bad)


@pytest.mark.parametrize("name", FILINGS)
def test_pipeline_column_periods_match_the_tag_contexts(shared_dir, name, capsys):
    """The facts' periods as parse_file gives them (tables.py also consults the tags, see above)."""
    value_bad, period_bad, compared, _ = _results(shared_dir, name, blind=False)
    with capsys.disabled():
        _report("value+sign (pipeline)", name, value_bad, compared)
        rate = _report("period (pipeline)", name, period_bad, compared)
    assert 1 - len(value_bad) / compared >= VALUE_FLOOR, "\n".join(value_bad)
    assert rate >= PERIOD_FLOOR, "\n".join(period_bad)


def test_nil_tags_carry_no_value(shared_dir):
    layout = read_layout((shared_dir / "filings" / FILINGS[1]).read_bytes(), FILINGS[1])
    tags = [t for tb in layout.tables for r in tb.rows for c in r for t in c.xbrl]
    # the filing has nil tags (its balance sheet's "Commitments and contingencies", xsi:nil="true")
    raw = (shared_dir / "filings" / FILINGS[1]).read_text(encoding="utf-8", errors="replace")
    nil = {(m["name"], m["ctx"]) for m in re.finditer(
        r'<ix:nonFraction[^>]*?name="(?P<name>[^"]+)"[^>]*?contextRef="(?P<ctx>[^"]+)"[^>]*?xsi:nil="true"', raw)}
    assert ("us-gaap:CommitmentsAndContingencies", next(c for n, c in nil)) in nil
    # ... and none of them comes out with a value, whatever text a nil tag holds
    assert not [t for t in tags if (t.concept, t.context) in nil and t.value is not None]
    from index.xbrl import tag_value
    assert tag_value("", scale=0, sign="", fmt=None, nil=True) is None
    assert tag_value("1,234", scale=6, sign="-", fmt=None, nil=True) is None
    assert tag_value("1,234", scale=6, sign="-", fmt=None, nil=False) == Decimal("-1234000000")
    assert all(t.value is None or isinstance(t.value, Decimal) for t in tags)
    assert all(t.period for t in tags), "every tag's context resolves to a period"

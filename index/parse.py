"""Bytes in, `ParsedFiling` out: the parse stage's one entry point.

    parsed = parse_file("filings/acme_10-q_2023-09-30.htm")
    parsed.tables[0].rows[1].cells[0].value   # Decimal('52340000'): cash, September 30, 2023 (in thousands: 52,340)

Order: size check -> reader (`index.sniff.read_layout`) -> metadata (the fiscal year end dates
fiscal words) -> tables -> reconciliation -> table facts and figures in row labels -> prose facts. Table ids are `<filing id>/t<N>` numbered from 1 in reading
order; table fact ids are `<table id>/r<row>/c<col>` with row/col indexing `Table.rows` and
`Table.columns` (0-based); prose fact ids are `<filing id>/p<start>`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

from index.errors import FilingError
from index.metadata import extract, fiscal_year_end_from
from index.models import (
    Block,
    Fact,
    FilingMeta,
    ParsedFiling,
    ParseWarning,
    Source,
    Table,
)
from index.periods import (
    NUMBER_WORDS,
    YEAR_TO_DATE,
    could_end,
    duration,
    fiscal_periods_named,
    fiscal_quarters_named,
    header_period,
    instant,
    is_month_end,
    is_sentence,
    long_fiscal_years,
    own_period,
    parse_date,
    parse_period,
    range_period,
    span_period,
    with_long_year,
    year_earlier,
    year_to_date,
)
from index.prose import find_figures, find_label_figures
from index.reconcile import reconcile
from index.scale_echo import echoed_scale
from index.tables import build_table, heading_period
from index.xbrl import join_facts, tag_figures

DEFAULT_MAX_BYTES = 25 * 1024 * 1024


def filing_id_for(name: str) -> str:
    """Slug of the file-name stem: lowercase, [a-z0-9._-] only ('Acme Corp 8K.txt' -> 'acme_corp_8k')."""
    stem = Path(name).name
    stem = re.sub(r"\.(txt|htm|html|xml|sgml?|nc)$", "", stem, flags=re.IGNORECASE)
    slug = re.sub(r"[^a-z0-9._-]+", "_", stem.lower()).strip("._-")
    return slug or "filing"


def parse_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedFiling:
    """Parse a filing on disk; raises FilingError (one clear line) for unreadable files."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise FilingError(f"{p.name}: cannot read the file ({e.strerror or e})", status=422) from None
    if size > max_bytes:
        raise FilingError(f"{p.name}: the file is {size} bytes, over the limit of {max_bytes}", status=413)
    try:
        data = p.read_bytes()
    except OSError as e:  # a directory, a file without read permission
        raise FilingError(f"{p.name}: cannot read the file ({e.strerror or e})", status=422) from None
    return parse_bytes(data, p.name, max_bytes=max_bytes)


def _quote(table: Table, row: int, col: int, raw: str) -> str:
    r = table.rows[row]
    parts = [table.title] if table.title else []
    if r.parent and r.parent != r.label:
        parts.append(r.parent.rstrip(":"))
    parts.append(r.label)
    column = table.columns[col].label if col < len(table.columns) else ""
    text = " | ".join(p for p in parts if p)
    return f"{text} | {column}: {raw}" if column else f"{text}: {raw}"


def _as_printed(raw: str) -> str:
    return re.sub(r"\s+", "", raw.replace("US$", "").replace("$", "").replace("%", ""))


_BEGINNING = re.compile(r"\bbeginning\s+(?:of\s+(?:the\s+)?(?:period|year|quarter)|balances?)\b|\bbalances?,?\s+beginning\b", re.IGNORECASE)
_ENDING = re.compile(r"\bend(?:ing)?\s+(?:of\s+(?:the\s+)?(?:period|year|quarter)|balances?)\b|\bbalances?,?\s+end(?:ing)?\b", re.IGNORECASE)


def _fact_period(label: str, row_period: str | None, column_period: str | None) -> str | None:
    """A row's own date wins; a roll-forward's beginning/ending balance stands at the instant
    before/at the column's duration; otherwise the column's period."""
    if row_period and ("/" not in row_period or column_period is None):
        return row_period
    if column_period and "/" in column_period:
        start, end = parse_period(column_period)
        if _BEGINNING.search(label):
            return instant(start - timedelta(days=1))
        if _ENDING.search(label):
            return instant(end)
    return column_period


_YEAR_LABEL = re.compile(r"(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d")


def _span_of_rows_above(label: str, spans: list[str | None]) -> str | None:
    """The "Total" under rows that are each a span ("July 1 - July 31, 2024" ...): their whole span,
    where they follow each other without a gap."""
    first = next((i for i, p in enumerate(spans) if p), len(spans))
    run = spans[first:]  # the rows from the first span down to the total: every one a span
    if not re.match(r"^\s*total\b", label, re.IGNORECASE) or len(run) < 2 or not all(run):
        return None
    dated = [parse_period(p) for p in run]
    if any((b[0] - a[1]).days != 1 for a, b in zip(dated, dated[1:])):
        return None
    return duration(dated[0][0], dated[-1][1])


def table_facts(table: Table) -> list[Fact]:
    """One Fact per cell holding a value (repaired cells included, flagged)."""
    facts = []
    spans = [range_period(row.label) for row in table.rows]  # a table of repurchases by month: each row a span
    # a schedule by year ("2024 $ 50 / 2025 50 / ... / Thereafter 1,000", lease maturities): each of its
    # year rows is an amount of that year, not of the date the table is stated "as of"
    year_rows = {ri for ri, row in enumerate(table.rows) if _YEAR_LABEL.fullmatch(row.label.strip())}
    if len(year_rows) < 2:
        year_rows = set()
    for ri, row in enumerate(table.rows):
        # a roll-forward row names its own date ("Balance as of June 29, 2024"): that instant is the
        # fact's period, whatever duration the column covers
        # (a proposal borrowed as a vote tally's label, from the title or a sentence, dates its subject, not the votes)
        borrowed = bool(table.title) and len(row.label) > 20 and table.title.strip().endswith(row.label)
        row_period = (own_period(row.label) if re.search(r"\d{4}", row.label) and not borrowed and not is_sentence(row.label)
                      else None) or spans[ri] or _span_of_rows_above(row.label, spans[:ri])
        section_period = heading_period(row.period_heading) if row.period_heading else None
        for cell in row.cells:
            if cell.value is None or cell.unit is None:
                continue
            col = table.columns[cell.column] if cell.column < len(table.columns) else None
            column_period, column_label = (col.period, col.label) if col else (None, None)
            if ri in year_rows and (column_period is None or "/" not in column_period):
                column_period = None  # the row's year dates it (qa/answer.py fits_fact reads it from the label)
            if row.period_heading and column_period is None:
                # a section of the table dated by a heading row ("December 31, 2019", "2019:"): its
                # period, or where it is only a year, the year beside the column's own words
                column_period = section_period
                if column_period is None:
                    column_label = f"{row.period_heading} {column_label or ''}".strip()
            facts.append(Fact(
                id=f"{table.id}/r{ri}/c{cell.column}",
                label=row.label,
                value=cell.value,
                unit=cell.unit,
                period=_fact_period(row.label, row_period, column_period),
                column_label=column_label,
                kind="table",
                as_printed=_as_printed(cell.raw),
                quote=_quote(table, ri, cell.column, cell.raw.strip()),
                source=Source(
                    start=cell.start if cell.start is not None else row.start,
                    end=cell.end if cell.end is not None else row.end,
                    table_id=table.id, row=ri, column=cell.column,
                ),
                repaired=cell.repaired,
            ))
    return facts


def _blocks(layout, table_ids: dict[int, str]) -> list[Block]:
    blocks = []
    section = None
    for b in layout.blocks:
        text = layout.text[b.start:b.end]
        if b.kind == "heading":
            section = " ".join(text.split())[:200]
        blocks.append(Block(
            kind=b.kind if b.kind in ("heading", "paragraph", "table") else "paragraph",
            text=text, start=b.start, end=b.end,
            section=section if b.kind != "heading" else None,
            table_id=table_ids.get(b.table) if b.kind == "table" and b.table is not None else None,
        ))
    return blocks


def _report_quarter_column(label: str, anchor: tuple[int, int, date] | None) -> str | None:
    """A column a release names by its own fiscal quarter, where no fiscal year end dates it (a
    52/53-week year): "Third Quarter 2025" of the release for the third quarter ended September 28, 2025
    is that quarter, "Third Quarter 2024" the same quarter a year before, "Year-to-Date 2025" the
    quarters of the year through it. `anchor` is (quarter, fiscal year, its end) of the report."""
    if anchor is None or not label:
        return None
    quarter, year, end = anchor
    named = fiscal_quarters_named(label)
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", label)}
    if len(named) == 1 and named[0][0] == quarter and not YEAR_TO_DATE.search(label):
        quarters, asked = 1, named[0][1]
    elif not named and YEAR_TO_DATE.search(label) and len(years) == 1:
        quarters, asked = quarter, years.pop()
    else:
        return None
    if asked not in (year, year - 1):
        return None
    span = span_period(end, (3 * quarters, "months") if is_month_end(end) else (13 * quarters, "weeks"))
    return span if asked == year else year_earlier(span)


_MONTHS_ENDED = re.compile(r"\b(three|six|nine|twelve|3|6|9|12)\s+months\s+ended\b", re.IGNORECASE)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)


def _months_ended_year_column(label: str, anchor: tuple[int, int, date] | None) -> str | None:
    """"Three Months Ended | 2025" with no month or day, in the report of the third quarter ended September
    30, 2025: the quarter (or, "Nine Months Ended", the year to date) ending on the report's own date, and
    under "2024" a year before it. Spans other than the quarter's and the year to date's are left undated."""
    if anchor is None or not label or _MONTH_NAME.search(label):
        return None
    quarter, year, end = anchor
    spans = _MONTHS_ENDED.findall(label)
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", label)}
    if len(spans) != 1 or len(years) != 1:
        return None
    months = NUMBER_WORDS.get(spans[0].lower()) or int(spans[0])
    asked = years.pop()
    if months not in (3, 3 * quarter) or asked not in (year, year - 1) or not is_month_end(end):
        return None
    span = span_period(end, (months, "months"))
    return span if asked == year else year_earlier(span)


def _date_fiscal_columns(table: Table, fye: str | None, long_years: dict[int, int] | None = None,
                         anchor: tuple[int, int, date] | None = None) -> None:
    """Columns headed in fiscal words ('Q3 FY24', 'Fiscal 2024') get dates from the filing's
    fiscal year end, where it states one; a "Year to date" column of one date, the span since the
    fiscal year began; month-named columns of a 52/53-week filer take the
    extra week of a 53-week year it states (its tags, where present, have already decided)."""
    for col in table.columns:
        if col.period and "/" not in col.period:  # "Year to date 6/30/2025": the span since the year began
            col.period = year_to_date(col.label, date.fromisoformat(col.period), fye) or col.period
        elif col.period is None and col.label:
            # "Gold Production (000 oz) Q2 2025": a group's heading over a quarter's column
            tail = _TRAILING_QUARTER.search(col.label)
            banner = _QUARTER_BANNER.match(col.label)  # "Third Quarter" over "Revenues ($ millions)" over "2025"
            named = {p for p, _ in fiscal_periods_named(tail.group(1) if tail else
                                                          f"{banner['q']} quarter {banner['y']}" if banner else col.label, fye)}
            if len(named) == 1 and "?" not in named:
                col.period = named.pop()
            elif fye is None:
                col.period = _report_quarter_column(col.label, anchor)
            if col.period is None:
                col.period = _months_ended_year_column(col.label, anchor)
        elif (col.period and long_years and fye and "/" in col.period and re.search(r"\bmonths?\b", col.label, re.IGNORECASE)
              and col.period == header_period(col.label)):
            col.period = with_long_year(col.period, int(fye[2:4]), int(fye[5:7]), long_years)


def _year_end_from_columns(raw_tables, period_end: str) -> str | None:
    """A release that heads its columns "Q3-2024 ... Q3-2025" and reports the quarter ended September 30,
    2025: its latest quarter column is that quarter, which places the fiscal year's end."""
    named = {(y, q) for raw in raw_tables for r in raw.rows[:3] for c in r
             for q, y, _ in fiscal_quarters_named(c.text) if _QUARTER_COLUMN.match(c.text)}
    if not named:
        return None
    y, q = max(named)
    return fiscal_year_end_from(q, y, date.fromisoformat(period_end))


_DATELINE = re.compile(r"\b[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d\s*(?:--|[-–—]|/PRNewswire/|/GlobeNewswire/)")


def _period_end_from_balances(raw_tables, meta: dict, head: str) -> dict:
    """A release of "the third quarter of 2025" that states no date the quarter ended, whose balance
    tables head their latest column "September 30, 2025": that date ends the quarter, so it places the
    fiscal year's end, and the release's "Q3 2025" and "Q2 2025" columns are dated from it. Only a
    month's end the quarter could end on, before the date of the report and at most 100 days before
    it, and only where a table compares it with an earlier date; else nothing is inferred."""
    quarter, year = meta.get("fiscal_period") or "", meta.get("fiscal_year")
    dateline = _DATELINE.search(head)  # "MIDLAND, Texas, November 4, 2025 -- Redmesa Energy ... today reported"
    reported = date.fromisoformat(meta["date_of_report"]) if meta.get("date_of_report") else \
        parse_date(dateline.group(0)) if dateline else None
    if not quarter.startswith("Q") or not year or reported is None:
        return {}
    latest: date | None = None
    for raw in raw_tables:
        dates = sorted({date.fromisoformat(p) for r in raw.rows[:3] for c in r
                        for p in [header_period(c.text)] if p and "/" not in p}, reverse=True)
        if len(dates) >= 2 and (latest is None or dates[0] > latest):
            latest = dates[0]
    if latest is None or not is_month_end(latest) or not 0 < (reported - latest).days <= 100 \
            or not could_end(year, int(quarter[1]), latest):
        return {}
    fye = fiscal_year_end_from(int(quarter[1]), year, latest)
    return {"period_end": latest.isoformat(), "fiscal_year_end": meta.get("fiscal_year_end") or fye} if fye else {}


_QUARTER_BANNER = re.compile(r"^\s*(?P<q>first|second|third|fourth)\s+quarter\b(?:(?!\b(?:19|20)\d\d\b|months?|weeks?|ended|year).)*"
                            r"\b(?P<y>(?:19|20)\d\d)\s*$", re.IGNORECASE)
_TRAILING_QUARTER = re.compile(r"\S\s+(Q[1-4](?:\s+|\s*[-–]\s*)(?:19|20)\d\d)\s*$", re.IGNORECASE)
_QUARTER_COLUMN = re.compile(r"^\s*(?:Q[1-4]|[1-4]Q)\s*(?:[-–']|\s)\s*(?:FY\s*)?'?(?:19|20)?\d\d\s*$", re.IGNORECASE)


def parse_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedFiling:
    """Parse raw filing bytes (`name` is the file name, used for the id and messages only)."""
    from index.sniff import read_layout

    display = Path(name).name or "filing"
    if len(data) > max_bytes:
        raise FilingError(f"{display}: the file is {len(data)} bytes, over the limit of {max_bytes}", status=413)
    if not data.strip():
        raise FilingError(f"{display}: the file is empty")
    layout = read_layout(data, display)
    fid = filing_id_for(display)
    meta = extract(layout, display)
    long_years = long_fiscal_years(layout.text)
    if meta.get("period_end") is None:
        meta.update(_period_end_from_balances(layout.tables, meta, layout.text[:3000]))
    if meta.get("fiscal_year_end") is None and meta.get("period_end"):
        meta["fiscal_year_end"] = _year_end_from_columns(layout.tables, meta["period_end"])
    warnings: list[ParseWarning] = []
    tables: list[Table] = []
    table_ids: dict[int, str] = {}
    anchor = None  # the report's own quarter: (quarter, fiscal year, its end)
    if (meta.get("fiscal_period") or "").startswith("Q") and meta.get("fiscal_year") and meta.get("period_end"):
        anchor = (int(meta["fiscal_period"][1]), meta["fiscal_year"], date.fromisoformat(meta["period_end"]))
    def build(raw, tid: str) -> tuple[Table, list[ParseWarning]]:
        table, w1 = build_table(raw, tid, layout.text)
        _date_fiscal_columns(table, meta.get("fiscal_year_end"), long_years, anchor)
        table, w2 = reconcile(table)
        repaired = {(w.row, w.column) for w in w2 if w.kind == "repaired"}
        return table, [w for w in w1 if not (w.kind == "unreadable" and (w.row, w.column) in repaired)] + w2

    built = []
    for i, raw in enumerate(layout.tables):
        table_ids[i] = f"{fid}/t{i + 1}"
        built.append(build(raw, table_ids[i]))
    for i, raw in enumerate(layout.tables):  # an unscaled table that repeats a scaled table's figures
        scale = echoed_scale(built[i][0], [t for t, _ in built])
        if scale is not None:
            built[i] = build(raw.model_copy(update={"caption": raw.caption + [f"({scale})"]}), table_ids[i])
    for table, w in built:
        warnings += w
        tables.append(table)
    facts: list[Fact] = []
    for t in tables:
        facts += table_facts(t)
        facts += find_label_figures(t, layout.text, fid)
    blocks = _blocks(layout, table_ids)
    facts += find_figures(layout.text, layout.blocks, fid, fiscal_year_end=meta.get("fiscal_year_end"),
                          fiscal_anchor=anchor)
    filing = FilingMeta(
        id=fid, source_name=display, content_hash=hashlib.sha256(data).hexdigest(),
        format=layout.format if layout.format in ("text", "html", "sgml") else "text", **meta,
    )
    if layout.xbrl:  # prose figures the text reader missed, read through the filer's tags
        facts += tag_figures(layout.xbrl, layout.text, layout.blocks, fid, facts)
    xbrl = join_facts(layout.xbrl, tables, facts) if layout.xbrl else []
    from index.document_facts import COVER_KEYS

    cover = {k: v for k, v in layout.header.items() if k in COVER_KEYS}
    return ParsedFiling(filing=filing, text=layout.text, blocks=blocks, tables=tables, facts=facts, warnings=warnings,
                        xbrl=xbrl, cover=cover)

"""Chunking: sizes within the model's window, sections respected, tables readable and split."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from index.chunking import MAX_TOKENS, MAX_WORDS, chunk_filing, estimate_tokens, render_table
from index.models import Block, Cell, Column, Fact, FilingMeta, ParsedFiling, Row, Source, Table


def make_filing(fid: str = "acme_8-k_2020-01-01", *, sections: dict[str, list[str]] | None = None,
                table_rows: int = 3, salt: str = "") -> ParsedFiling:
    """A small hand-built filing: headed sections of paragraphs and one income-statement table.

    Values are made up; `salt` changes the content (and so the hash) without changing the shape.
    """
    sections = sections or {
        "Results": ["Acme Widgets reported revenue growth driven by strong demand for blue widgets. " + salt,
                    "Net loss narrowed as research spending fell compared with the prior year."],
        "Outlook": ["The company expects full year revenue between $65-70 million."],
    }
    text = ""
    blocks: list[Block] = []

    def put(s: str) -> tuple[int, int]:
        nonlocal text
        start = len(text)
        text += s + "\n\n"
        return start, start + len(s)

    for heading, paragraphs in sections.items():
        a, b = put(heading)
        blocks.append(Block(kind="heading", text=heading, start=a, end=b, section=heading))
        for p in paragraphs:
            a, b = put(p)
            blocks.append(Block(kind="paragraph", text=p, start=a, end=b, section=heading))
    table_id = f"{fid}/t0"
    columns = [Column(label="Three Months Ended September 30, 2011", period="2011-07-01/2011-09-30"),
               Column(label="Three Months Ended September 30, 2010", period="2010-07-01/2010-09-30")]
    rows: list[Row] = []
    facts: list[Fact] = []
    t_start = len(text)
    put("Condensed statement of operations (in thousands)")
    for r in range(table_rows):
        label = "Total revenues" if r == 0 else f"Widget line {r}"
        raws = [f"{1000 + r:,}", f"({500 + r:,})"]
        cells = []
        a, _ = put(label + "\t" + "\t".join(raws))
        for c, raw in enumerate(raws):
            cs = text.index(raw, a)
            value = Decimal(raw.strip("()").replace(",", "")) * 1000 * (-1 if raw.startswith("(") else 1)
            cells.append(Cell(raw=raw, value=value, unit="USD", column=c, start=cs, end=cs + len(raw),
                              repaired=(r == 1 and c == 0)))
            facts.append(Fact(id=f"{table_id}/r{r}/c{c}", label=label, value=value, unit="USD",
                              period=columns[c].period, column_label=columns[c].label, kind="table",
                              as_printed=raw, quote=f"{label} {raw}", repaired=(r == 1 and c == 0),
                              source=Source(start=cs, end=cs + len(raw), table_id=table_id, row=r, column=c)))
        rows.append(Row(label=label, cells=cells, start=a, end=len(text) - 2))
    table = Table(id=table_id, title="Condensed statement of operations", scale="in thousands",
                  scale_power=3, columns=columns, rows=rows, start=t_start, end=len(text) - 2)
    blocks.append(Block(kind="table", text=text[t_start:len(text) - 2], start=t_start, end=len(text) - 2,
                        section=list(sections)[-1], table_id=table_id))
    ps = text.find("65-70")
    if ps >= 0:
        facts.append(Fact(id=f"{fid}/p{ps}", label="full year revenue", value=Decimal("67500000"), unit="USD",
                          kind="text", as_printed="65-70", quote="expects full year revenue between $65-70 million",
                          low=Decimal("65000000"), high=Decimal("70000000"), source=Source(start=ps, end=ps + 5)))
    meta = FilingMeta(id=fid, source_name=fid + ".txt", content_hash=hashlib.sha256(text.encode()).hexdigest(),
                      format="text", company="Acme Widgets", form_type="8-K", date_of_report="2020-01-01")
    return ParsedFiling(filing=meta, text=text, blocks=blocks, tables=[table], facts=facts)


def test_chunks_have_stable_ids_and_point_into_the_text():
    parsed = make_filing()
    chunks = chunk_filing(parsed)
    assert [c.id for c in chunks] == [f"{parsed.filing.id}/c{i}" for i in range(len(chunks))]
    assert chunks == chunk_filing(make_filing())  # same input, same chunks
    for c in chunks:
        assert c.filing_id == parsed.filing.id
        assert 0 <= c.start <= c.end <= len(parsed.text)
    text_chunks = [c for c in chunks if c.kind == "text"]
    for c in text_chunks:  # every paragraph of a prose chunk stands at its span
        for para in c.text.split("\n\n"):
            assert para in parsed.text[c.start:c.end]


FILLER = "Management discussed the quarter's demand, pricing, supply and hiring in some detail. " * 7  # 84 words


# Two sections that each fit a chunk but together do not (over MAX_WORDS: the small-filing rule does
# not apply, whichever token counter sizes the chunks).
SECTIONED = {
    "Results": ["Acme Widgets reported revenue growth driven by strong demand for blue widgets.",
                "Net loss narrowed as research spending fell compared with the prior year.", FILLER],
    "Outlook": ["The company expects full year revenue between $65-70 million.", FILLER],
}


def test_paragraphs_group_within_a_section_but_never_across():
    parsed = make_filing(sections=SECTIONED)
    chunks = [c for c in chunk_filing(parsed) if c.kind == "text"]
    assert [c.section for c in chunks] == ["Results", "Outlook"]
    assert chunks[0].text.startswith("Results\n\nAcme Widgets")  # heading travels with its paragraphs
    assert "Net loss narrowed" in chunks[0].text


def test_table_renders_title_scale_header_and_rows_with_repaired_mark():
    parsed = make_filing()
    head, rows = render_table(parsed.tables[0])
    assert head == ["Condensed statement of operations", "(in thousands)",
                    "Three Months Ended September 30, 2011 | Three Months Ended September 30, 2010"]
    assert rows[0][0] == "Total revenues: 1,000 | (500)"
    assert rows[1][0] == "Widget line 1: 1,001* | (501)"  # repaired value, in the printed scale
    table_chunk = next(c for c in chunk_filing(parsed) if c.kind == "table")
    assert table_chunk.table_id == parsed.tables[0].id
    assert table_chunk.section == "Outlook"


def test_large_table_splits_into_chunks_that_repeat_title_and_header():
    parsed = make_filing(table_rows=120)
    parts = [c for c in chunk_filing(parsed) if c.kind == "table"]
    assert len(parts) > 3
    rows_seen = []
    for n, part in enumerate(parts):
        lines = part.text.split("\n")
        assert lines[0] == "Condensed statement of operations" + (" (continued)" if n else "")
        assert lines[2].startswith("Three Months Ended September 30, 2011 |")
        assert estimate_tokens(part.text) <= MAX_TOKENS
        rows_seen += lines[3:]
    assert len(rows_seen) == 120  # every row exactly once
    assert parts[0].start == parsed.tables[0].start and parts[-1].end == parsed.tables[0].end
    assert all(a.end <= b.start for a, b in zip(parts, parts[1:]))


def test_a_filing_whose_prose_fits_one_chunk_keeps_it_in_one_chunk_across_headings():
    parsed = make_filing()  # two headed sections, 30 words of prose in all
    chunks = [c for c in chunk_filing(parsed) if c.kind == "text"]
    assert len(chunks) == 1
    assert chunks[0].text.startswith("Results\n\nAcme Widgets") and "Outlook\n\nThe company expects" in chunks[0].text
    assert chunks[0].section == "Results"


def test_long_paragraph_splits_at_sentences_within_budget():
    sentence = "The company recorded revenue of $1,234,567 from its collaboration partners during the period. "
    parsed = make_filing(sections={"Discussion": [sentence * 40]})
    chunks = [c for c in chunk_filing(parsed) if c.kind == "text"]
    assert len(chunks) > 2
    for c in chunks:
        assert len(c.text.split()) <= MAX_WORDS and estimate_tokens(c.text) <= MAX_TOKENS
        assert c.text == parsed.text[c.start:c.end] or c.text.startswith("Discussion")
        assert c.text.rstrip().endswith(".")  # cut at a sentence end, not mid-sentence


def test_a_short_lead_in_line_opens_the_table_chunk():
    parsed = make_filing(sections={"Selected data": ["Acme Widgets selected financial information (unaudited)",
                                                     "The results were as follows:"]})
    chunks = chunk_filing(parsed)
    assert [c.kind for c in chunks] == ["table"]
    lines = chunks[0].text.split("\n")
    assert lines[:4] == ["Selected data", "Acme Widgets selected financial information (unaudited)",
                         "The results were as follows:", "Condensed statement of operations"]
    assert chunks[0].start == 0 and chunks[0].end == parsed.tables[0].end

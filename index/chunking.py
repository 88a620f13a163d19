"""ParsedFiling -> chunks: the passages the embedder indexes and a person reads back.

Why these sizes: all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops the rest,
so every chunk is kept under a conservative estimate of that budget. Paragraphs are grouped
(about 120-200 words) but never across a section; a paragraph too long on its own is split at
sentence ends. Tables are rendered as text (title, scale, header line, one "Label: v1 | v2"
line per row); a large table is split into several chunks that each repeat title, scale and
header, so every chunk can be understood alone.

Ids are `<filing id>/c<N>` in reading order, so the same bytes give the same ids.

    >>> chunks = chunk_filing(parsed)
    >>> chunks[0].id
    'acme_8k_2023-10-26/c0'
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from index.models import Block, Cell, Chunk, ParsedFiling, Table

TARGET_WORDS = 150  # close a text chunk once it holds this many words ...
MAX_WORDS = 200  # ... and never let it grow beyond this
LEAD_WORDS = 40  # a caption or "as follows:" line this short travels with the table below it
MAX_TOKENS = 240  # word pieces per chunk; the model reads 256 including [CLS] and [SEP]

_PIECE = re.compile(r"[A-Za-z]+|\d+|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$])")


def estimate_tokens(text: str) -> int:
    """A cheap, deliberately pessimistic stand-in for the WordPiece count (no model needed).

    Long words split into several pieces; a run of n digits takes up to n - 1 pieces.
    """
    total = 0
    for piece in _PIECE.findall(text):
        if piece[0].isdigit():
            total += max(1, len(piece) - 1)
        elif piece[0].isalpha():
            total += 1 + len(piece) // 6
        else:
            total += 1
    return total


# The piece counter in use for the current chunk_filing call: the model's own tokenizer when the
# caller has one (exact), else the pessimistic estimate.
_counter: ContextVar[Callable[[str], int]] = ContextVar("_counter", default=estimate_tokens)


def _count(text: str) -> int:
    return _counter.get()(text)


def _words(text: str) -> int:
    return len(text.split())


def _fits(words: int, tokens: int) -> bool:
    return words <= MAX_WORDS and tokens <= MAX_TOKENS


@dataclass
class _Piece:
    """A span of prose small enough to embed: a whole paragraph or a run of its sentences."""

    text: str
    start: int
    end: int
    section: str | None
    heading: bool = False

    @property
    def words(self) -> int:
        return _words(self.text)

    @property
    def tokens(self) -> int:
        return _count(self.text)


def _split_long(block: Block) -> list[_Piece]:
    """A paragraph over the budget -> runs of whole sentences (hard word cuts as a last resort)."""
    piece = _Piece(block.text, block.start, block.end, block.section)
    if _fits(piece.words, piece.tokens):
        return [piece]
    # sentence boundaries as offsets into the block text
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(block.text)] + [len(block.text)]
    sentences = [(a, b) for a, b in zip(bounds, bounds[1:]) if block.text[a:b].strip()]
    units: list[tuple[int, int]] = []
    for a, b in sentences:
        if _fits(_words(block.text[a:b]), _count(block.text[a:b])):
            units.append((a, b))
        else:  # a run-on "sentence" (lists, legal boilerplate): cut at word boundaries
            units.extend(_cut_words(block.text, a, b))
    out: list[_Piece] = []
    cur_a = cur_b = None
    for a, b in units:
        if cur_a is not None:
            candidate = block.text[cur_a:b]
            if _fits(_words(candidate), _count(candidate)) and _words(block.text[cur_a:cur_b]) < TARGET_WORDS:
                cur_b = b
                continue
            out.append(_slice(block, cur_a, cur_b))
        cur_a, cur_b = a, b
    if cur_a is not None:
        out.append(_slice(block, cur_a, cur_b))
    return out


def _cut_words(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and _fits(j + 1 - i, _count(text[spans[i][0]:spans[j][1]])):
            j += 1
        out.append((spans[i][0], spans[j - 1][1]))
        i = j
    return out


def _slice(block: Block, a: int, b: int) -> _Piece:
    raw = block.text[a:b]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    return _Piece(text, block.start + a + lead, block.start + a + lead + len(text), block.section)


def _group_prose(pieces: list[_Piece], across_sections: bool = False) -> list[_Piece]:
    """Consecutive pieces of one section -> chunks of about TARGET_WORDS words.

    `across_sections`: a small filing whose whole prose fits one chunk keeps it in one chunk,
    headings and all (see `_chunk_filing`)."""
    out: list[_Piece] = []
    cur: list[_Piece] = []

    def flush() -> None:
        if cur:
            section = next((p.section for p in cur if not p.heading), cur[-1].section)
            out.append(_Piece("\n\n".join(p.text for p in cur), cur[0].start, cur[-1].end, section))
            cur.clear()

    for piece in pieces:
        if cur:
            same_section = across_sections or piece.section == cur[0].section or all(p.heading for p in cur)
            words = sum(p.words for p in cur) + piece.words
            tokens = sum(p.tokens for p in cur) + piece.tokens + 2
            if not same_section or sum(p.words for p in cur) >= TARGET_WORDS or not _fits(words, tokens):
                flush()
        cur.append(piece)
    flush()
    return out


def _fmt_row(label: str, values: list[str]) -> str:
    shown = " | ".join(v if v else "-" for v in values)
    return f"{label}: {shown}" if label else shown


def printed_scale_value(table: Table, cell: Cell) -> str:
    """A cell's exact value written back in the table's printed scale: 14816000 -> '14,816'."""
    value = cell.value
    if cell.unit == "USD" and table.scale_power:
        value = value.scaleb(-table.scale_power)
    text = f"{abs(value):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"({text})" if value < 0 else text


def render_table(table: Table) -> tuple[list[str], list[tuple[str, int, int]]]:
    """A table as text: (head lines, [(row line, start, end)]).

    Head: title, scale, one header line. Rows: 'Label: v1 | v2', cells as printed so a person
    can find them in the filing; a repaired cell shows its recovered value marked '*'.
    Rows with neither label nor cells are left out.
    """
    head: list[str] = []
    if table.title and table.title.strip():
        head.append(" ".join(table.title.split()))
    if table.scale and table.scale.strip():
        head.append(f"({table.scale.strip().strip('()')})")
    if table.columns:
        head.append(" | ".join(" ".join(c.label.split()) or f"column {i + 1}" for i, c in enumerate(table.columns)))
    rows: list[tuple[str, int, int]] = []
    for row in table.rows:
        values = [""] * max(len(table.columns), max((c.column + 1 for c in row.cells), default=0))
        for cell in row.cells:
            shown = " ".join(cell.raw.split())
            if cell.repaired and cell.value is not None:
                shown = printed_scale_value(table, cell) + "*"
            values[cell.column] = shown
        label = " ".join(row.label.split())
        if any(values):
            rows.append((_fmt_row(label, values), row.start, row.end))
        elif label:  # a heading row ("Revenues:") or a line item with nothing printed
            rows.append((label, row.start, row.end))
    return head, rows


def _is_lead_in(piece: _Piece) -> bool:
    """A short line that introduces the table below it (a caption, 'as follows:'), not prose."""
    text = piece.text.rstrip()
    return piece.heading or text.endswith(":") or (piece.words <= 20 and not text.endswith((".", "!", "?", '"', "”")))


def _table_chunks(table: Table, section: str | None, lead: list[_Piece], start: int) -> list[_Piece]:
    """A rendered table in as few chunks as fit; the lead-in lines open the first one.

    The first chunk's span starts at `start` (the title above the table) or its lead-in."""
    head, rows = render_table(table)
    lead_lines = [p.text for p in lead]
    start0 = min([start, table.start] + [p.start for p in lead])
    if not rows:
        return [_Piece("\n".join(lead_lines + head) or "(empty table)", start0, table.end, section)]
    head_text = "\n".join(head)
    head_tokens = _count(head_text + " (continued)")
    head_words = _words(head_text) + 1
    parts: list[list[tuple[str, int, int]]] = [[]]
    tokens = head_tokens + sum(p.tokens for p in lead)
    words = head_words + sum(p.words for p in lead)
    for line in rows:
        t, w = _count(line[0]), _words(line[0])
        if parts[-1] and not _fits(words + w, tokens + t):
            parts.append([])
            tokens, words = head_tokens, head_words
        parts[-1].append(line)
        tokens += t
        words += w
    out: list[_Piece] = []
    for n, part in enumerate(parts):
        lines = list(head)
        if n and lines:
            lines[0] += " (continued)"
        if n == 0:
            lines = lead_lines + lines
        lines += [text for text, _, _ in part]
        start = start0 if n == 0 else part[0][1]
        end = table.end if n == len(parts) - 1 else part[-1][2]
        out.append(_Piece("\n".join(lines), start, max(start, end), section))
    return out


def chunk_filing(parsed: ParsedFiling, count_tokens: Callable[[str], int] | None = None) -> list[Chunk]:
    """Paragraph groups and rendered tables, in reading order, with stable ids.

    `count_tokens` is the embedding model's word-piece counter (`Embedder.count_tokens`); without
    it a pessimistic estimate sizes the chunks (smaller chunks, same ids for the same counter).
    """
    token = _counter.set(lru_cache(maxsize=4096)(count_tokens or estimate_tokens))
    try:
        return _chunk_filing(parsed)
    finally:
        _counter.reset(token)


def _chunk_filing(parsed: ParsedFiling) -> list[Chunk]:
    fid = parsed.filing.id
    tables = {t.id: t for t in parsed.tables}
    seen_tables: set[str] = set()
    out: list[Chunk] = []
    prose: list[_Piece] = []
    # A page-sized filing (a press release's exhibit, a benchmark page) whose prose all fits one
    # chunk: one prose chunk, not one per heading, so that its words are found together.
    text_blocks = [b.text for b in parsed.blocks if b.kind != "table" and b.text.strip()]
    small = bool(text_blocks) and _fits(sum(_words(t) for t in text_blocks), sum(_count(t) for t in text_blocks) + 2 * len(text_blocks))

    def emit_prose() -> None:
        for piece in _group_prose(prose, small):
            out.append(Chunk(id=f"{fid}/c{len(out)}", filing_id=fid, kind="text", text=piece.text,
                             section=piece.section, start=piece.start, end=piece.end))
        prose.clear()

    def emit_table(table: Table, section: str | None) -> None:
        head = " ".join(render_table(table)[0]).lower()
        start = table.start
        while prose and prose[-1].words <= LEAD_WORDS and " ".join(prose[-1].text.split()).lower() in head:
            start = min(start, prose.pop().start)  # the table's own title: shown in its head, kept in the span
        lead: list[_Piece] = []
        while prose and _is_lead_in(prose[-1]) and sum(p.words for p in lead) + prose[-1].words <= LEAD_WORDS:
            lead.insert(0, prose.pop())
        emit_prose()
        seen_tables.add(table.id)
        for piece in _table_chunks(table, section, lead, start):
            out.append(Chunk(id=f"{fid}/c{len(out)}", filing_id=fid, kind="table", text=piece.text,
                             section=section, start=piece.start, end=piece.end, table_id=table.id))

    for block in parsed.blocks:
        if block.kind == "table":
            table = tables.get(block.table_id or "")
            if table is not None and table.id not in seen_tables:
                emit_table(table, block.section)
            continue
        if not block.text.strip():
            continue
        if block.kind == "heading":
            # a heading opens its section: it travels with the paragraphs under it
            for piece in _split_long(block):
                piece.heading = True
                piece.section = block.section if block.section is not None else piece.text
                prose.append(piece)
            continue
        prose.extend(_split_long(block))
    for table in parsed.tables:  # tables no block points at still get indexed
        if table.id not in seen_tables:
            emit_table(table, None)
    emit_prose()
    return out

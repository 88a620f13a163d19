"""Citations: every figure points at the exact table row or sentence it came from.

A citation's `quote` is always `ParsedFiling.text[start:end]`, so a reader (or a test) can check
it against the filing without trusting us. A table fact cites its row (label, column header,
table id); a prose fact cites its sentence. The chunk id is the retrieval chunk whose span holds
the source, so a client can open the passage it was found in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from index.models import Chunk, Fact, ParsedFiling, Table
from qa.models import Citation

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9$])|\n\s*\n|\n(?=\s*[-•·*]\s)|\t")
_ABBREV_END = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|No|Mr|Mrs|Ms|Dr|St|U\.S|vs|approx|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.)$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (a paragraph), trimmed of surrounding whitespace."""
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREV_END.search(text[max(pos, m.start() - 8): m.start()]):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


@dataclass
class SourceIndex:
    """Per-filing lookups for citing: sentences of prose blocks, chunks by span, tables by id."""

    parsed: ParsedFiling
    chunks: list[Chunk]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    tables: dict[str, Table] = field(default_factory=dict)

    def __post_init__(self) -> None:
        text = self.parsed.text
        for block in self.parsed.blocks:
            if block.kind != "table":
                self.sentences.extend(sentence_spans(text, block.start, block.end))
        self.sentences.sort()
        self._sentence_starts = [a for a, _ in self.sentences]
        self.tables = {t.id: t for t in self.parsed.tables}
        self.chunks = sorted(self.chunks, key=lambda c: (c.start, c.end))

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding [start, end); the span itself when no sentence holds it."""
        i = bisect.bisect_right(self._sentence_starts, start) - 1
        if i >= 0:
            a, b = self.sentences[i]
            if a <= start and end <= b:
                return a, b
        return start, end

    def chunk_of(self, start: int, end: int, prefer_table: str | None = None) -> str | None:
        """The chunk that holds the span: the smallest containing one, else the one overlapping most."""
        best, best_key = None, None
        for c in self.chunks:
            if c.start > end:
                break
            overlap = min(c.end, end) - max(c.start, start)
            if overlap <= 0 and not (c.start <= start and end <= c.end):
                continue
            contains = c.start <= start and end <= c.end
            key = (contains, prefer_table is not None and c.table_id == prefer_table, overlap, -(c.end - c.start))
            if best_key is None or key > best_key:
                best, best_key = c.id, key
        return best

    def quote(self, start: int, end: int) -> str:
        return self.parsed.text[start:end]


def cite_fact(index: SourceIndex, fact: Fact, cid: int) -> Citation:
    """Citation for a fact: the table row (with its column header) or the prose sentence."""
    src = fact.source
    filing_id = index.parsed.filing.id
    if fact.kind == "table" and src.table_id in index.tables and src.row is not None:
        table = index.tables[src.table_id]
        row = table.rows[src.row]
        start, end = row.start, row.end
        if not (start <= src.start and src.end <= end):
            start, end = min(start, src.start), max(end, src.end)
        column = table.columns[src.column].label if src.column is not None and src.column < len(table.columns) else fact.column_label
        return Citation(id=cid, filing_id=filing_id, chunk_id=index.chunk_of(start, end, src.table_id),
                        quote=index.quote(start, end), start=start, end=end, table_id=table.id,
                        row=row.label, column=column)
    start, end = index.sentence_of(src.start, src.end)
    return Citation(id=cid, filing_id=filing_id, chunk_id=index.chunk_of(start, end), quote=index.quote(start, end),
                    start=start, end=end)


def cite_span(index: SourceIndex, start: int, end: int, cid: int) -> Citation:
    """Citation for a passage of prose (text answers, refusal evidence)."""
    return Citation(id=cid, filing_id=index.parsed.filing.id, chunk_id=index.chunk_of(start, end),
                    quote=index.quote(start, end), start=start, end=end)


class Citer:
    """Numbers citations in order of first use and reuses the number for the same source."""

    def __init__(self, index: SourceIndex):
        self.index = index
        self.citations: list[Citation] = []
        self._by_key: dict[tuple, int] = {}

    def fact(self, fact: Fact) -> int:
        key = ("cell", fact.source.table_id, fact.source.row, fact.source.column)
        if fact.kind == "text":
            key = ("span", *self.index.sentence_of(fact.source.start, fact.source.end))
        if key not in self._by_key:
            cid = len(self.citations) + 1
            self.citations.append(cite_fact(self.index, fact, cid))
            self._by_key[key] = cid
        return self._by_key[key]

    def span(self, start: int, end: int) -> int:
        key = ("span", start, end)
        if key not in self._by_key:
            cid = len(self.citations) + 1
            self.citations.append(cite_span(self.index, start, end, cid))
            self._by_key[key] = cid
        return self._by_key[key]

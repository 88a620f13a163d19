"""Assemble a Layout: paragraphs and tables appended in reading order, with real spans.

Shared by the HTML and plain-text readers. Paragraphs are separated by a blank line; a table is
rendered as one line per row with its cells separated by a tab, so every RawCell span points at
exactly the cell's text. Caption lines for a table are the short lines just above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.layout import Layout, RawBlock, RawCell, RawTable
from index.models import XbrlTag

_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width characters, soft hyphens
_CAPTION_MAX_LINES = 3
_CAPTION_MAX_CHARS = 150
_UNLABELED_CAPTION_MAX_CHARS = 600
_PAGE_FURNITURE = re.compile(r"^(?:-?\s*\d{1,3}\s*-?|page \d{1,3}(?: of \d{1,3})?|table of contents|.*\|\s*\d{1,3})$", re.I)
_SCALE_HINT = re.compile(r"\((?:dollars |amounts |\$ )?in (?:thousands|millions|billions)\b", re.I)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (incl. &nbsp;) to one space; drop invisible characters."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


@dataclass
class CellSpec:
    """One logical cell as a reader hands it to LayoutBuilder.table."""

    text: str
    colspan: int = 1
    indent: int = 0
    bold: bool = False
    xbrl: list[XbrlTag] = field(default_factory=list)


class LayoutBuilder:
    """Accumulates Layout.text with blocks; paragraphs are separated by a blank line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[RawBlock] = []
        self._block_texts: list[str] = []  # parallel to blocks, so captions need no join of the text
        self.tables: list[RawTable] = []
        self.runs: list[tuple[str, bool]] = []
        self.heading = False

    # text runs of the current paragraph
    def run(self, text: str, bold: bool) -> None:
        if text:
            self.runs.append((text, bold))

    def flush(self) -> None:
        text = normalize_space("".join(t for t, _ in self.runs))
        visible = [b for t, b in self.runs if t.strip()]
        heading = self.heading
        self.runs = []
        self.heading = False
        if not text:
            return
        all_bold = bool(visible) and all(visible)
        is_heading = heading or (all_bold and len(text) <= 120 and len(text.split()) <= 16)
        self.paragraph(text, "heading" if is_heading else "paragraph")

    def _append(self, text: str, sep: str = "\n\n") -> int:
        if self.parts:
            self.parts.append(sep)
            self.pos += len(sep)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start

    def paragraph(self, text: str, kind: str = "paragraph") -> None:
        start = self._append(text)
        self.blocks.append(RawBlock(kind=kind, start=start, end=start + len(text)))
        self._block_texts.append(text)

    def table(self, rows: list[list[CellSpec]], titles: list[str] | None = None, unlabeled: bool = False) -> None:
        """Render a grid as one line per row, cells separated by a tab; `titles` are title
        lines found at the table's top, emitted as paragraphs and put last in the caption. A
        table without row labels (`unlabeled`) takes the paragraph above it whatever its length:
        that paragraph names what the numbers are (a vote's proposal, say)."""
        for title in titles or []:
            self.paragraph(title, "paragraph")
        caption = self._caption_lines(_UNLABELED_CAPTION_MAX_CHARS if unlabeled else _CAPTION_MAX_CHARS)
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        table_start = self.pos
        raw_rows: list[list[RawCell]] = []
        for r, row in enumerate(rows):
            if r:
                self.parts.append("\n")
                self.pos += 1
            cells: list[RawCell] = []
            for c, spec in enumerate(row):
                if c:
                    self.parts.append("\t")
                    self.pos += 1
                cells.append(RawCell(text=spec.text, start=self.pos, end=self.pos + len(spec.text), colspan=spec.colspan,
                                     indent=spec.indent, bold=spec.bold, xbrl=spec.xbrl))
                self.parts.append(spec.text)
                self.pos += len(spec.text)
            raw_rows.append(cells)
        self.tables.append(RawTable(rows=raw_rows, start=table_start, end=self.pos, caption=caption))
        self.blocks.append(RawBlock(kind="table", start=table_start, end=self.pos, table=len(self.tables) - 1))
        self._block_texts.append("")

    def splice(self, layout: Layout) -> None:
        """Append another reader's Layout (a <pre> block read as plain text), spans shifted."""
        if not layout.text.strip():
            return
        self.flush()
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        base = self.pos
        self.parts.append(layout.text)
        self.pos += len(layout.text)
        first_table = len(self.tables)
        for t in layout.tables:
            rows = [[c.model_copy(update={"start": c.start + base, "end": c.end + base}) for c in row] for row in t.rows]
            self.tables.append(RawTable(rows=rows, start=t.start + base, end=t.end + base, caption=list(t.caption)))
        for b in layout.blocks:
            self.blocks.append(RawBlock(kind=b.kind, start=b.start + base, end=b.end + base,
                                        table=None if b.table is None else b.table + first_table))
            self._block_texts.append(layout.text[b.start:b.end])

    def _caption_lines(self, first_max: int = _CAPTION_MAX_CHARS) -> list[str]:
        lines: list[str] = []
        for block, line in zip(reversed(self.blocks), reversed(self._block_texts)):
            if block.kind == "table" or len(lines) >= _CAPTION_MAX_LINES:
                break
            if _PAGE_FURNITURE.match(line):
                continue  # page numbers, 'Table of Contents' links, running footers
            limit = _CAPTION_MAX_CHARS
            if not lines and (line.rstrip().endswith(":") or _SCALE_HINT.search(line)):
                limit = _UNLABELED_CAPTION_MAX_CHARS  # a lead-in sentence "... were as follows (in millions):"
            if len(line) > max(limit, first_max if not lines else 0):
                break
            lines.append(line)
        return list(reversed(lines))

    def layout(self) -> Layout:
        return Layout(text="".join(self.parts), blocks=self.blocks, tables=self.tables, format="html")


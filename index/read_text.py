"""Plain text converted from EDGAR -> `Layout`: paragraphs, headings and tidy table grids.

Conversions of EDGAR filings to text leave damage that this reader undoes without
interpreting numbers: escaped dollar signs (`\\$`), page numbers between paragraphs,
paragraphs cut by a page break, and tab-separated tables whose figures are split across
cells (`\\$ 2` + `,043`, `(12` + `,345)`, a `$` in a cell of its own). Each table comes out as
a tidy grid: column 0 holds the label, then exactly one cell per value column (header cells
may span several), with merged fragments. A cell that lost its leading digits (`,816`) stays
as printed so that reconciliation can repair it.

The normalized text is rebuilt from the pieces: paragraphs separated by blank lines, table
rows as `label<TAB>cell<TAB>cell`, so every span points at exactly the text of its cell.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from index.layout import Layout, RawBlock, RawCell, RawTable

_ESCAPES = re.compile(r"\\([$%&#*_\[\](){}<>|~`.\-+!])")
_INLINE_TAGS = re.compile(r"</?(?:u|b|i|em|strong|sup|sub|font|span|br)\b[^>]*>", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s*-)?(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)
_JUNK_CELL = re.compile(r"^[\s_=•·▪●*]*$")
_NUMERIC_BODY = re.compile(r"\d")
_OPEN_FRAGMENT = re.compile(r"^(?:\$\s*)?\(?\$?\s*\d{1,3}(?:,\d{3})*$")  # '1', '$ 1', '(19', '1,234' (+ ',567')
_CONTINUATION = re.compile(r"^[,.]\d")  # ',068', ',483)', '.5'
_NUMBERISH = re.compile(r"^[\s$(]*[-—–]?[\s$(]*[\d,.]*\d[\d,.]*\)?\s*%?\)?$|^[\s$]*[-—–]+\s*$")
_SENTENCE_END = re.compile(r"[.!?:;\"”)\]]\s*$")


@dataclass
class _Tok:
    text: str
    field: int  # index of the (last) tab field this token came from


@dataclass
class _Row:
    label: str
    indent: int
    cells: list[_Tok] = field(default_factory=list)

    def numeric(self) -> bool:
        return any(_is_number_like(c.text) for c in self.cells)


def _is_number_like(text: str) -> bool:
    t = text.strip()
    return bool(t) and bool(_NUMBERISH.match(t)) and not _is_year(t)


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))


def normalize_line(line: str) -> str:
    """Undo text-conversion escapes and inline markup on one line (keeps tabs)."""
    line = _ESCAPES.sub(r"\1", line)
    line = _INLINE_TAGS.sub("", line)
    return line.replace("\u00a0", " ").rstrip(" ")


def _split_row(line: str) -> _Row:
    fields = line.split("\t")
    label_raw = fields[0]
    label = " ".join(label_raw.split())
    if _JUNK_CELL.match(label):
        label = ""
    indent = len(label_raw) - len(label_raw.lstrip(" "))
    toks: list[_Tok] = []
    pending_dollar = False
    for i, f in enumerate(fields[1:], start=1):
        t = " ".join(f.split())
        if _JUNK_CELL.match(t):
            continue
        trailing_dollar = False
        if t not in ("$", "US$") and re.search(r"\s\$$", t):
            t, trailing_dollar = t[:-1].rstrip(), True  # ',068 $': the '$' belongs to the next value
        if t in ("$", "US$"):
            pending_dollar = True
            continue
        prev = toks[-1] if toks else None
        if prev and prev.field == i - 1 and _CONTINUATION.match(t) and _OPEN_FRAGMENT.match(prev.text):
            prev.text += t  # '$ 2' + ',043' -> '$ 2,043'
            prev.field = i
        elif prev and t in (")", "%", ")%", "%)") and prev.field == i - 1:
            prev.text += t
            prev.field = i
        elif (
            prev
            and t[:1].islower()
            and t.lower() not in ("n/a", "nm", "n.m.", "na")
            and not _is_number_like(prev.text)
            and re.search(r"[A-Za-z]$", prev.text)
        ):
            prev.text += " " + t  # a header broken inside a word: 'Dec' + 'ember 31, 2023'
            prev.field = i
        else:
            toks.append(_Tok(("$ " + t) if pending_dollar else t, i))
            pending_dollar = False
        if trailing_dollar:
            pending_dollar = True
    return _Row(label=label, indent=indent, cells=toks)


def _place(rows: list[_Row]) -> tuple[int, list[list[tuple[_Tok | None, int]]]]:
    """Assign each row's tokens to logical columns: (ncols, per row [(token or None, colspan)])."""
    numeric_rows = [r for r in rows if r.numeric()]
    basis = numeric_rows or rows
    ncols = max((len(r.cells) for r in basis), default=0)
    if ncols == 0:
        return 0, [[] for _ in rows]
    full = [r for r in basis if len(r.cells) == ncols]
    anchors = [sum(r.cells[c].field for r in full) / len(full) for c in range(ncols)] if full else list(range(1, ncols + 1))
    placed: list[list[tuple[_Tok | None, int]]] = []
    for r in rows:
        cells = list(r.cells)
        if len(cells) > ncols:  # more text pieces than columns: join the trailing ones
            head, tail = cells[: ncols - 1], cells[ncols - 1 :]
            cells = head + [_Tok(" ".join(t.text for t in tail), tail[-1].field)]
        n = len(cells)
        if n == ncols:
            placed.append([(t, 1) for t in cells])
        elif n == 0:
            placed.append([(None, 1)] * ncols)
        elif not r.numeric() and ncols % n == 0 and not _placed_apart(cells, anchors, ncols // n):
            placed.append([(t, ncols // n) for t in cells])  # spanning headers
        else:
            placed.append(_align(cells, anchors))
    return ncols, placed


def _placed_apart(cells: list[_Tok], anchors: list[float], span: int) -> bool:
    """Two or more headers that sit exactly over the first value columns (tab-separated fields),
    one each: "F19", "F18" over the first two of four columns ("53 weeks", "52 weeks", "Change",
    "Change normalised") head those two, where "2019", "", "2018", "" over "$ % $ %" span two
    each, and one "(in millions)" anywhere spans them all."""
    at = [next((c for c, a in enumerate(anchors) if a == t.field), None) for t in cells]
    return len(cells) >= 2 and at == list(range(len(cells))) and span > 1


def _align(cells: list[_Tok], anchors: list[float]) -> list[tuple[_Tok | None, int]]:
    """Put fewer tokens than columns under the nearest column anchors, keeping their order."""
    ncols, n = len(anchors), len(cells)
    best: tuple[float, tuple[int, ...]] | None = None

    def search(i: int, first: int, chosen: tuple[int, ...], cost: float) -> None:
        nonlocal best
        if best is not None and cost >= best[0]:
            return
        if i == n:
            best = (cost, chosen)
            return
        for c in range(first, ncols - (n - i) + 1):
            search(i + 1, c + 1, chosen + (c,), cost + abs(cells[i].field - anchors[c]))

    if math.comb(ncols, n) <= 20000:
        search(0, 0, (), 0.0)
    else:  # a very wide row: place each token greedily at its nearest free column, in order
        chosen, first = [], 0
        for i, tok in enumerate(cells):
            last = ncols - (n - i)
            c = min(range(first, last + 1), key=lambda k: abs(tok.field - anchors[k]))
            chosen.append(c)
            first = c + 1
        best = (0.0, tuple(chosen))
    slots: list[tuple[_Tok | None, int]] = [(None, 1)] * ncols
    for tok, c in zip(cells, best[1] if best else range(n)):
        slots[c] = (tok, 1)
    return slots


@dataclass
class _Unit:
    kind: str  # 'paragraph' | 'heading' | 'table'
    lines: list[str]


def _is_heading(text: str) -> bool:
    t = text.strip()
    if re.match(r"^(?:item\s+\d{1,2}(?:\.\d{2})?[a-z]?|part\s+[ivx]+|note\s+\d{1,2})\b[.:\s—–-]", t, re.IGNORECASE) and len(t) <= 120:
        return True  # "Item 2.02 Results of Operations and Financial Condition."
    if not t or len(t) > 110 or len(t.split()) > 14:
        return False
    if re.match(r"^[-•·▪*o]\s", t) or t[0] in "(\"“$":
        return False
    if not (t[0].isupper() or t[0].isdigit()):
        return False
    if re.search(r"[.,;]$", t) and not t.isupper():
        return False
    if re.search(r"[a-z][.!?]\s+[A-Z]", t) and not t.isupper():
        return False  # a sentence ends inside it: prose cut short, not a title
    letters = sum(ch.isalpha() for ch in t)
    return letters >= max(3, len(t) // 2)


_WRAP_WIDTH = 60  # a line at least this long that ends mid-sentence was wrapped at the margin
_SECTION_HEAD = re.compile(r"^(?:item|part|note)\s+[\divx]", re.IGNORECASE)  # "Item 1.01 ...", "Note 3": never a continuation


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


_LABEL_VALUE = re.compile(r"^(\s*[A-Z][A-Za-z .]{0,20}:\s+)\S")
_COLUMNS = re.compile(r"\S {3,}\S")  # words set apart in columns (a signature block, a cover page): no prose


def _units(lines: list[str]) -> list[_Unit]:
    """Group cleaned lines into paragraphs/headings and tab-separated table runs."""
    units: list[_Unit] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line:
            run = []
            while i < len(lines) and "\t" in lines[i] and lines[i].strip():
                run.append(lines[i])
                i += 1
            rows_with_values = sum(1 for r in run if len([f for f in r.split("\t") if f.strip()]) >= 2)
            if len(run) >= 2 and rows_with_values >= 2:
                units.append(_Unit("table", run))
            else:
                for r in run:
                    units.append(_Unit("paragraph", [" ".join(r.replace("\t", " ").split())]))
            continue
        text = " ".join(line.split())
        prev = units[-1] if units else None
        # a paragraph cut by a page break continues in lower case on the next non-blank line; a paragraph
        # hard-wrapped at a margin continues on the very next line, whatever its first letter ("... and First" /
        # "Continental Bank, N.A., as administrative agent.")
        above = lines[i - 1] if i > 0 else ""
        wrapped = prev is not None and prev.kind != "table" and len(above.rstrip()) >= _WRAP_WIDTH \
            and _indent(above) <= 4 and _indent(line) <= 4 \
            and not _COLUMNS.search(above.strip()) and not _COLUMNS.search(line.strip()) \
            and not re.match(r"^[-•·▪*]\s|^\(?[a-z0-9]\)\s|^[-=_]{3,}", text, re.IGNORECASE) \
            and not _SECTION_HEAD.match(text) and not _SECTION_HEAD.match(prev.lines[-1])
        # a value after a label, continued under itself ("Title: Senior Vice President, General" /
        # "       Counsel and Corporate Secretary"): a hanging indent aligned with the value
        label = _LABEL_VALUE.match(above)
        hanging = prev is not None and prev.kind != "table" and label is not None \
            and _indent(line) == len(label.group(1)) \
            and not _SENTENCE_END.search(prev.lines[-1]) and not _COLUMNS.search(line.strip())
        if hanging:
            prev.lines[-1] = prev.lines[-1] + " " + text
        elif prev and (prev.kind == "paragraph" or wrapped) and (text[:1].islower() or wrapped) \
                and not _SENTENCE_END.search(prev.lines[-1]):
            prev.kind = "paragraph"  # a line that looked like a title on its own was the start of a wrapped paragraph
            prev.lines[-1] = prev.lines[-1] + " " + text
        else:
            units.append(_Unit("heading" if _is_heading(text) else "paragraph", [text]))
        i += 1
    return units


def read_text(text: str) -> Layout:
    """Normalize EDGAR-converted plain text and find its paragraphs and tables."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    lines: list[str] = []
    for ln in raw_lines:
        ln = normalize_line(ln)
        if _PAGE_NUMBER.match(ln.replace("\t", " ").strip()):
            continue  # a page number (also one left inside a table run)
        lines.append(ln)
    out: list[str] = []
    pos = 0
    blocks: list[RawBlock] = []
    tables: list[RawTable] = []
    recent_text: list[str] = []  # headings/short paragraphs since the last long paragraph or table

    def emit(s: str) -> tuple[int, int]:
        nonlocal pos
        if out:
            out.append("\n\n")
            pos += 2
        start = pos
        out.append(s)
        pos += len(s)
        return start, pos

    for unit in _units(lines):
        if unit.kind != "table":
            s, e = emit(unit.lines[0])
            blocks.append(RawBlock(kind=unit.kind, start=s, end=e))
            if len(unit.lines[0]) > 250:
                recent_text = []
            else:
                recent_text = (recent_text + [unit.lines[0]])[-3:]
            continue
        rows = [_split_row(ln) for ln in unit.lines]
        rows = [r for r in rows if r.label or r.cells]
        _, placed = _place(rows)
        grid_rows: list[list[RawCell]] = []
        row_texts: list[str] = []
        table_start = pos + (2 if out else 0)
        offset = table_start
        for r, cells in zip(rows, placed):
            parts = [r.label]
            row_cells = [RawCell(text=r.label, start=offset, end=offset + len(r.label), indent=r.indent)]
            cur = offset + len(r.label)
            for tok, span in cells:
                cur += 1  # the tab
                t = tok.text if tok else ""
                row_cells.append(RawCell(text=t, start=cur, end=cur + len(t), colspan=span))
                parts.append(t)
                cur += len(t)
            line = "\t".join(parts)
            row_texts.append(line)
            grid_rows.append(row_cells)
            offset += len(line) + 1
        s, e = emit("\n".join(row_texts))
        assert s == table_start
        tables.append(RawTable(rows=grid_rows, start=s, end=e, caption=list(recent_text)))
        blocks.append(RawBlock(kind="table", start=s, end=e, table=len(tables) - 1))
        recent_text = []
    return Layout(text="".join(out), blocks=blocks, tables=tables, format="text")

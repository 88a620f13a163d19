"""EDGAR HTML (and inline XBRL) -> Layout: normalized text in reading order plus tidy table grids.

Why tidy grids: EDGAR filers lay a printed number over several physical cells (`$` | `1,068` |
`)`), put spacer cells between columns and span headers across them. `tables.py` should see one
cell per logical column, so this module does the layout work and nothing numeric:

- fragments merge within a row: a lone `$` joins the number after it, a lone `)`, `%` or `)%`
  joins the number before it (`(842` + `)` -> `(842)`);
- logical columns are clusters of physical columns, built from the narrowest non-empty cells
  first; a cell that overlaps several clusters spans them; physical columns empty in every row
  vanish;
- one RawCell per logical column, label in column 0; a cell spanning k columns (a header over
  two periods) is one RawCell with colspan=k and the columns it covers have no cell of their own,
  so the colspans of every row add up to the number of columns (the same contract as read_text);
- each table is rendered into Layout.text as one line per row, cells separated by a tab, so every
  RawCell span is real text; title lines just above the table (and title rows at its top) become
  RawTable.caption;
- tables used only for layout (no numbers in value columns: cover pages, signatures, bullets)
  become paragraphs.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html

from index.layout import Layout, RawBlock, RawCell, RawTable
from index.models import XbrlTag
from index.xbrl import is_nonfraction, read_contexts, read_dei_header, tag_from_element

_SKIP = {"head", "script", "style", "title", "noscript", "template", "ix:header", "xml", "meta", "link"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote",
    "center", "hr", "pre", "section", "article", "dl", "dt", "dd", "address", "body", "html", "form",
    "header", "footer", "main", "nav", "aside", "caption", "thead", "tbody", "tfoot", "page",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

_ANY_TAG = re.compile(r"<[^<>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE_TAG = re.compile(r"</?(?:font|b|i|u|em|strong|small|big|span|a|sup|sub|s|strike)\b[^<>]*>", re.I)
_BLOCK_TAG = re.compile(r"</?(?:div|center|blockquote)\b[^<>]*>", re.I)
_SELF_CLOSING = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)?/>")
_XML_DECL = re.compile(r"<\?xml[^>]*\?>", re.I)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2002\u2003\u2009\u202f]+")
_PREFIX = re.compile(r"^(?:[\$€£¥]\s*\(?|\(|\(\s*[\$€£¥])$")
_SUFFIX = re.compile(r"^(?:\)|%|\)\s*%|%\s*\))$")
_NUMBER = re.compile(
    r"^[\$€£]?\s*[\(\-\u2013\u2014]?\s*[\$€£]?\s*(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*\)?\s*%?\s*\)?$"
    r"|^[\$€£]?\s*[\-\u2013\u2014]+$"
)
_CAPTION_MAX_LINES = 3
_CAPTION_MAX_CHARS = 150
_UNLABELED_CAPTION_MAX_CHARS = 600
_PAGE_FURNITURE = re.compile(r"^(?:-?\s*\d{1,3}\s*-?|page \d{1,3}(?: of \d{1,3})?|table of contents|.*\|\s*\d{1,3})$", re.I)
_SCALE_HINT = re.compile(r"\((?:dollars |amounts |\$ )?in (?:thousands|millions|billions)\b", re.I)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (incl. &nbsp;) to one space; drop zero-width spaces."""
    return _SPACES.sub(" ", text.replace("\u200b", "").replace("\ufeff", "")).strip()


def is_number(text: str) -> bool:
    """A cell that is one printed number (with $, ( ), %, or a dash meaning none)."""
    return bool(_NUMBER.match(text.strip()))


def _prepare(html: str) -> str:
    """Make XHTML safe for the forgiving HTML parser: drop the XML declaration, open/close
    self-closed non-void tags (`<td/>`, `<ix:nonFraction .../>` would otherwise swallow what follows)."""
    html = _XML_DECL.sub("", html)

    def fix(m: re.Match) -> str:
        tag = m.group(1)
        if tag.lower() in _VOID:
            return m.group(0)
        return f"<{tag}{m.group(2) or ''}></{tag}>"

    return _SELF_CLOSING.sub(fix, html)


# ---------------------------------------------------------------- CSS bits


def _css(el) -> dict[str, str]:
    style = el.get("style") if isinstance(el.tag, str) else None
    return _parse_css(style) if style else {}


@lru_cache(maxsize=4096)
def _parse_css(style: str) -> dict[str, str]:
    """Inline style -> {property: value}, lower case (filers repeat a few styles thousands of times)."""
    out = {}
    for decl in style.split(";"):
        if ":" in decl:
            k, v = decl.split(":", 1)
            out[k.strip().lower()] = v.strip().lower()
    return out


def _hidden(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.get("hidden") is not None:
        return True
    return _css(el).get("display", "").replace(" ", "") == "none"


def _is_bold(el, inherited: bool) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("b", "strong", "th"):
        return True
    weight = _css(el).get("font-weight")
    if weight is None:
        return inherited
    return weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600)


def _length_pt(value: str) -> float:
    m = re.match(r"^(-?[\d.]+)\s*(pt|px|em|in|cm|mm|rem)?$", value.strip())
    if not m:
        return 0.0
    try:
        number = float(m.group(1))
    except ValueError:
        return 0.0
    factor = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "in": 72.0, "cm": 28.35, "mm": 2.835, None: 0.75}
    return number * factor[m.group(2)]


def _left_offset(el) -> float:
    """First-line horizontal offset an element adds: padding-left + margin-left + text-indent."""
    css = _css(el)
    total = 0.0
    if "padding-left" in css:
        total += _length_pt(css["padding-left"])
    elif "padding" in css:
        parts = css["padding"].split()
        left = {1: 0, 2: 1, 3: 1, 4: 3}.get(len(parts))
        if left is not None:
            total += _length_pt(parts[left])
    if "margin-left" in css:
        total += _length_pt(css["margin-left"])
    if "text-indent" in css:
        total += _length_pt(css["text-indent"])
    return total


# ---------------------------------------------------------------- cells


@dataclass
class _Content:
    text: str = ""
    bold: bool = False
    indent: int = 0
    xbrl: list[XbrlTag] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the cell's text split at block boundaries


def _cell_content(td, contexts: dict[str, str | None], bold: bool) -> _Content:
    """Text of one physical cell (nested markup and tables flattened), its bold/indent and tags."""
    chunks: list[tuple[str, bool]] = []
    tags: list[XbrlTag] = []
    indent_chain: list[float] = [_left_offset(td)]
    found_text = [False]

    def walk(el, is_bold: bool, chain_offset: float) -> None:
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _SKIP and not _hidden(child):
                child_bold = _is_bold(child, is_bold)
                if is_nonfraction(child):
                    tags.append(tag_from_element(child, contexts))
                if child.tag in _BLOCK:
                    chunks.append(("\n", child_bold))
                offset = chain_offset + _left_offset(child)
                if child.text:
                    _add(child.text, child_bold, offset)
                walk(child, child_bold, offset)
                if child.tag in _BLOCK:
                    chunks.append(("\n", child_bold))
            if child.tail:
                _add(child.tail, is_bold, chain_offset)

    def _add(text: str, is_bold: bool, offset: float) -> None:
        chunks.append((text, is_bold))
        if not found_text[0] and text.strip():
            found_text[0] = True
            indent_chain.append(offset)

    cell_bold = _is_bold(td, bold)
    base = 0.0
    if td.text:
        _add(td.text, cell_bold, base)
    walk(td, cell_bold, base)
    joined = "".join(t for t, _ in chunks)
    text = normalize_space(joined)
    lines = [normalize_space(x) for x in joined.split("\n") if x.strip()]
    visible = [b for t, b in chunks if t.strip()]
    indent = indent_chain[0] + (indent_chain[1] if len(indent_chain) > 1 else 0.0)
    return _Content(text=text, bold=bool(visible) and all(visible), indent=max(0, round(indent)), xbrl=tags,
                    lines=lines)


@dataclass
class CellSpec:
    """One logical cell as a reader hands it to LayoutBuilder.table."""

    text: str
    colspan: int = 1
    indent: int = 0
    bold: bool = False
    xbrl: list[XbrlTag] = field(default_factory=list)


@dataclass
class _Piece:
    start: int
    end: int
    text: str
    bold: bool = False
    indent: int = 0
    xbrl: list[XbrlTag] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _physical_rows(table, contexts, bold: bool) -> list[list[_Piece]]:
    """Rows of non-empty physical cells with their physical column ranges (colspan/rowspan honoured)."""
    trs = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    occupied: set[tuple[int, int]] = set()
    rows: list[list[_Piece]] = []
    for r, tr in enumerate(trs):
        if _hidden(tr):
            rows.append([])
            continue
        col = 0
        pieces: list[_Piece] = []
        row_bold = _is_bold(tr, bold)
        for td in tr.xpath("./td|./th"):
            while (r, col) in occupied:
                col += 1
            span = _int_attr(td, "colspan", 1, 200)
            rowspan = _int_attr(td, "rowspan", 1, 100)
            for rr in range(r + 1, r + rowspan):
                for c in range(col, col + span):
                    occupied.add((rr, c))
            if not _hidden(td):
                content = _cell_content(td, contexts, row_bold)
                if content.text:
                    pieces.append(_Piece(col, col + span, content.text, content.bold, content.indent, content.xbrl,
                                         content.lines))
            col += span
        rows.append(_merge_fragments(pieces))
    return [r for r in rows if r]


def _int_attr(el, name: str, default: int, cap: int) -> int:
    try:
        return max(1, min(cap, int(str(el.get(name) or default).strip().rstrip(";"))))
    except ValueError:
        return default


def _merge_fragments(pieces: list[_Piece]) -> list[_Piece]:
    """Join `$` to the number after it and `)`, `%`, `)%` to the number before it."""
    out: list[_Piece] = []
    pending: _Piece | None = None
    for p in pieces:
        if pending is not None:
            if re.match(r"^[\d.(\-\u2013\u2014]", p.text):
                p = _Piece(pending.start, p.end, pending.text.replace(" ", "") + p.text, p.bold, p.indent,
                           pending.xbrl + p.xbrl)
            else:
                out.append(pending)
            pending = None
        if _PREFIX.match(p.text):
            pending = p
            continue
        if _SUFFIX.match(p.text) and out and re.search(r"[\d\-\u2013\u2014]$", out[-1].text):
            prev = out[-1]
            out[-1] = _Piece(prev.start, p.end, prev.text + p.text.replace(" ", ""), prev.bold, prev.indent,
                             prev.xbrl + p.xbrl)
            continue
        out.append(p)
    if pending is not None:
        out.append(pending)
    return out


def _clusters(rows: list[list[_Piece]]) -> list[tuple[int, int]]:
    """Logical columns: physical ranges grown from the narrowest pieces; a piece touching two or
    more existing clusters is a spanning cell and does not merge them."""
    pieces = sorted((p for row in rows for p in row), key=lambda p: (p.end - p.start, not is_number(p.text)))
    clusters: list[list[int]] = []
    for p in pieces:
        hit = [c for c in clusters if p.start < c[1] and c[0] < p.end]
        if not hit:
            clusters.append([p.start, p.end])
        elif len(hit) == 1:
            hit[0][0] = min(hit[0][0], p.start)
            hit[0][1] = max(hit[0][1], p.end)
    return sorted((c[0], c[1]) for c in clusters)


@dataclass
class _Grid:
    rows: list[list[_Piece | None]]  # None = empty; a spanning piece repeats (same object) in covered columns
    spans: list[list[int]]           # colspan per cell (k at the first column, 0 for copies, 1 otherwise)
    title_rows: list[str]
    unlabeled: bool = False  # the printed table had no label column; column 0 was added empty


def _logical_grid(rows: list[list[_Piece]]) -> _Grid:
    clusters = _clusters(rows)
    n = len(clusters)
    grid: list[list[_Piece | None]] = []
    spans: list[list[int]] = []
    for row in rows:
        cells: list[_Piece | None] = [None] * n
        width: list[int] = [1] * n
        placed: list[tuple[int, int, _Piece]] = []
        for p in row:
            hit = [k for k, (cs, ce) in enumerate(clusters) if p.start < ce and cs < p.end]
            first = hit[0]
            if cells[first] is not None:  # two fragments in one logical column: join them
                prev = cells[first]
                cells[first] = _Piece(prev.start, max(prev.end, p.end), f"{prev.text} {p.text}", prev.bold and p.bold,
                                      prev.indent, prev.xbrl + p.xbrl)
                placed = [(a, b, cells[first] if a == first else q) for a, b, q in placed]
            else:
                cells[first] = p
                placed.append((first, len(hit), p))
        for first, k, p in placed:
            p = cells[first]
            covered = 1
            for c in range(first + 1, first + k):
                if cells[c] is not None:
                    break
                cells[c] = p
                width[c] = 0
                covered += 1
            width[first] = covered
        grid.append(cells)
        spans.append(width)

    # Label in column 0: a table without a label column gets an empty one.
    unlabeled = bool(n) and _numeric_share(grid, 0) >= 0.5
    if unlabeled:
        grid = [[None] + r for r in grid]
        spans = [[1] + s for s in spans]

    _merge_footnote_columns(grid, spans)
    grid, spans = _join_wrapped_labels(grid, spans)

    # Title rows at the top (one text cell in the label column, before any multi-cell row).
    titles: list[str] = []
    while grid and len({id(c) for c in grid[0] if c is not None}) == 1 and grid[0][0] is not None \
            and not is_number(grid[0][0].text) and len(grid) > 1:
        titles.append(grid[0][0].text)
        grid.pop(0)
        spans.pop(0)
    return _Grid(grid, spans, titles, unlabeled)


_FOOTNOTE_MARK = re.compile(r"^(?:\((?:\d{1,2}|[a-zA-Z])\))+$|^\*{1,3}$|^[\u2020\u2021]$")


def _merge_footnote_columns(grid: list[list[_Piece | None]], spans: list[list[int]]) -> None:
    """A column holding nothing but footnote marks ('(1)', '(a)', '*') right of a value column is
    not data: '(1)' alone would read as minus one. Append each mark to the figure on its left."""
    c = 2
    while grid and c < len(grid[0]):
        cells = [(r, row[c]) for r, row in enumerate(grid) if row[c] is not None and spans[r][c] != 0]
        marks = cells and all(_FOOTNOTE_MARK.match(p.text) for _, p in cells)
        numeric_rows = sum(1 for row in grid if row[c - 1] is not None and is_number(row[c - 1].text))
        lettered = any(not re.search(r"\d", p.text) for _, p in cells)
        if not marks or not (lettered or len(cells) * 2 <= numeric_rows):
            c += 1
            continue
        for r, mark in cells:
            left = grid[r][c - 1]
            if left is not None and spans[r][c - 1] != 0:
                grid[r][c - 1] = _Piece(left.start, mark.end, f"{left.text} {mark.text}", left.bold, left.indent,
                                        left.xbrl + mark.xbrl)
        _drop_column(grid, spans, c)


def _drop_column(grid: list[list[_Piece | None]], spans: list[list[int]], c: int) -> None:
    for row, width in zip(grid, spans):
        if width[c] == 0:  # covered by a spanning cell further left: it spans one column less
            k = c
            while k > 0 and width[k] == 0:
                k -= 1
            width[k] -= 1
        elif width[c] > 1:  # a spanning cell starts here: it now starts one column right
            width[c + 1] = width[c] - 1
        del row[c]
        del width[c]


def _join_wrapped_labels(grid, spans):
    """A label printed over two rows ('Net cash provided by operating' / 'activities  1,234') is
    one row: a label-only row followed by a row whose label goes on in lower case."""
    out_grid, out_spans = [], []
    for row, width in zip(grid, spans):
        prev = out_grid[-1] if out_grid else None
        if (prev is not None and prev[0] is not None and all(p is None for p in prev[1:])
                and row[0] is not None and re.match(r"^[a-z]", row[0].text)
                and not prev[0].text.rstrip().endswith(":")
                and any(p is not None and is_number(p.text) for p in row[1:])):
            head = prev[0]
            row = [_Piece(head.start, row[0].end, f"{head.text} {row[0].text}", head.bold, head.indent,
                          head.xbrl + row[0].xbrl)] + row[1:]
            out_grid[-1], out_spans[-1] = row, width
            continue
        out_grid.append(row)
        out_spans.append(width)
    return out_grid, out_spans


def _numeric_share(grid: list[list[_Piece | None]], col: int) -> float:
    """Share of printed numbers in a column, over the rows that hold any number."""
    body = [r for r in grid if any(p is not None and is_number(p.text) for p in r)]
    values = [r[col] for r in body if r[col] is not None and (len(r) < 2 or r[col] is not r[1])]
    if not values:
        return 0.0
    return sum(is_number(p.text) for p in values) / len(values)


def _cell_specs(grid: _Grid) -> list[list[CellSpec]]:
    """Rows of logical cells; a spanning cell once, with its colspan, covered columns omitted."""
    out: list[list[CellSpec]] = []
    for row, span in zip(grid.rows, grid.spans):
        specs: list[CellSpec] = []
        for piece, width in zip(row, span):
            if width == 0:
                continue
            if piece is None:
                specs.append(CellSpec(""))
            else:
                specs.append(CellSpec(piece.text, width, piece.indent, piece.bold, piece.xbrl))
        out.append(specs)
    return out


def _is_data_table(grid: _Grid) -> bool:
    """A table holds data when at least two printed numbers sit outside the label column and
    they outnumber the sentences there (an exhibit index pairs each number with a description)."""
    if not grid.rows or len(grid.rows[0]) < 2:
        return False
    if any(p is not None and re.match(r"^exhibit\b", p.text, re.I) for p in grid.rows[0]):
        return False  # an exhibit index: numbers name documents
    if any(p is not None and re.fullmatch(r"pages?(?: no\.?| number)?", p.text.strip(), re.I)
           for row in grid.rows[:2] for p in row):
        return False  # a table of contents: the numbers are pages
    numbers = sentences = 0
    for row, span in zip(grid.rows, grid.spans):
        for c in range(1, len(row)):
            if row[c] is None or span[c] == 0:
                continue
            text = row[c].text
            if is_number(text) and re.search(r"\d", text):
                numbers += 1
            elif len(text.split()) >= 3:
                sentences += 1
    return numbers >= 2 and numbers > sentences


# ---------------------------------------------------------------- document walk


class LayoutBuilder:
    """Accumulates Layout.text with blocks; paragraphs are separated by a blank line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[RawBlock] = []
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

    def _caption_lines(self, first_max: int = _CAPTION_MAX_CHARS) -> list[str]:
        text = "".join(self.parts)
        lines: list[str] = []
        for block in reversed(self.blocks):
            if block.kind == "table" or len(lines) >= _CAPTION_MAX_LINES:
                break
            line = text[block.start:block.end]
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


def _walk(el, builder: LayoutBuilder, contexts, bold: bool) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is not None and tag not in _SKIP and not _hidden(child):
            child_bold = _is_bold(child, bold)
            if tag == "table":
                builder.flush()
                _table(child, builder, contexts, child_bold)
            elif tag in ("pre", "xmp", "plaintext"):
                # Preformatted text keeps its lines and fixed-width tables: read it as plain text.
                from index.read_sgml import read_plain_document

                builder.flush()
                builder.splice(read_plain_document(child.text_content()))
            elif tag in _BLOCK:
                builder.flush()
                if tag in _HEADING_TAGS:
                    builder.heading = True
                builder.run(child.text or "", child_bold)
                _walk(child, builder, contexts, child_bold)
                builder.flush()
            else:
                builder.run(child.text or "", child_bold)
                _walk(child, builder, contexts, child_bold)
        if child.tail:
            builder.run(child.tail, bold)


def _table(table, builder: LayoutBuilder, contexts, bold: bool) -> None:
    if table.xpath(".//table"):
        # A table of tables is page layout: read its cells as flowing content.
        builder.run(table.text or "", bold)
        _walk(table, builder, contexts, bold)
        builder.flush()
        return
    rows = _physical_rows(table, contexts, bold)
    if not rows:
        return
    grid = _logical_grid(rows)
    if _is_data_table(grid):
        builder.table(_cell_specs(grid), grid.title_rows, grid.unlabeled)
        return
    if _holds_flowing_text(table):
        # A page wrapped in a layout table: keep its paragraphs and headings apart.
        builder.run(table.text or "", bold)
        _walk(table, builder, contexts, bold)
        builder.flush()
        return
    for title in grid.title_rows:
        builder.paragraph(title)
    for row in grid.rows:
        pieces = []
        for p in row:
            if p is not None and (not pieces or pieces[-1] is not p):
                pieces.append(p)
        counts = {len(p.lines) for p in pieces}
        if len(pieces) >= 2 and len(counts) == 1 and counts.pop() >= 2:
            # Cells stacking the same number of lines (a cover's classes, symbols and exchanges)
            # read across: one paragraph per line.
            texts = [" ".join(p.lines[i] for p in pieces) for i in range(len(pieces[0].lines))]
        else:
            texts = [" ".join(p.text for p in pieces)]
        all_bold = all(p.bold for p in pieces)
        for text in texts:
            if text:
                kind = "heading" if all_bold and len(text) <= 120 and len(text.split()) <= 16 else "paragraph"
                builder.paragraph(text, kind)


_FLOW_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "pre"}


def _holds_flowing_text(table) -> bool:
    """A cell with several non-empty paragraphs inside is prose laid out in a table."""
    for td in table.iter("td", "th"):
        blocks = 0
        for el in td.iter():
            if el is not td and el.tag in _FLOW_BLOCKS and (el.text or "").strip():
                blocks += 1
                if blocks >= 3:
                    return True
    return False


def _visible_size(text: str) -> int:
    return len(_SPACES.sub("", text))


def _parse_document(prepared: str):
    """Parse, and make sure no text was lost: libxml2 caps nesting depth, and old filings leave
    thousands of <font> tags unclosed, which nest until text silently disappears. When the tree
    holds clearly less text than the source, parse again without the inline formatting tags."""
    root = lxml.html.document_fromstring(prepared)
    source_text = html_lib.unescape(_ANY_TAG.sub("", _COMMENT.sub("", prepared)))
    expected = 0.98 * _visible_size(source_text)
    if _visible_size(root.text_content()) < expected:
        flatter = _INLINE_TAG.sub("", prepared)
        root = lxml.html.document_fromstring(flatter)
        if _visible_size(root.text_content()) < expected:  # nested blocks too: keep them as breaks only
            root = lxml.html.document_fromstring(_BLOCK_TAG.sub("<br>", flatter))
    return root


def read_html(html: str) -> Layout:
    """Read one HTML document (EDGAR HTML or inline XBRL) into a Layout; empty text if none."""
    prepared = _prepare(html)
    if not prepared.strip():
        return Layout(text="", blocks=[], tables=[], format="html")
    try:
        root = _parse_document(prepared)
    except Exception:  # lxml raises ParserError for markup it cannot make a document of
        return Layout(text="", blocks=[], tables=[], format="html")
    contexts = read_contexts(root)
    builder = LayoutBuilder()
    builder.run(root.text or "", False)
    try:
        _walk(root, builder, contexts, False)
    except RecursionError:  # pathological nesting even so: read it flat
        root = lxml.html.document_fromstring(_INLINE_TAG.sub("", _BLOCK_TAG.sub("<br>", prepared)))
        builder = LayoutBuilder()
        _walk(root, builder, contexts, False)
    builder.flush()
    layout = builder.layout()
    layout.header = read_dei_header(root)
    return layout

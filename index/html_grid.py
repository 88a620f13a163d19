"""Physical table cells -> a tidy grid of logical columns (no lxml, no numbers interpreted).

EDGAR filers lay a printed number over several physical cells (`$` | `2,043` | `)`), put spacer
cells between columns and span headers across them. `tables.py` should see one cell per logical
column, so this module does the layout work:

- fragments merge within a row: a lone `$` joins the number after it, a lone `)`, `%` or `)%`
  joins the number before it (`(842` + `)` -> `(842)`);
- logical columns are clusters of physical columns, built from the narrowest non-empty cells
  first; a cell that overlaps several clusters spans them; physical columns empty in every row
  vanish; a column of footnote marks joins the figures on its left;
- one cell per logical column, label in column 0 (an empty one is added when the table has no
  labels); a cell spanning k columns is one cell with colspan=k, so the colspans of every row add
  up to the number of columns (the same contract as read_text);
- tables used only for layout (no numbers in value columns, exhibit indexes, tables of contents)
  are not data: the HTML reader turns them into paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.layout_builder import CellSpec
from index.models import XbrlTag

_PREFIX = re.compile(r"^(?:[\$€£¥]\s*\(?|\(|\(\s*[\$€£¥])$")
_SUFFIX = re.compile(r"^(?:\)|%|\)\s*%|%\s*\))$")
_NUMBER = re.compile(
    r"^[\$€£]?\s*[\(\-\u2013\u2014]?\s*[\$€£]?\s*(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*\)?\s*%?\s*\)?$"
    r"|^[\$€£]?\s*[\-\u2013\u2014]+$"
)


def is_number(text: str) -> bool:
    """A cell that is one printed number (with $, ( ), %, or a dash meaning none)."""
    return bool(_NUMBER.match(text.strip()))


@dataclass
class Piece:
    """A non-empty physical cell (or merged fragments) over physical columns [start, end)."""

    start: int
    end: int
    text: str
    bold: bool = False
    indent: int = 0
    xbrl: list[XbrlTag] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def merge_fragments(pieces: list[Piece]) -> list[Piece]:
    """Join `$` to the number after it and `)`, `%`, `)%` to the number before it."""
    out: list[Piece] = []
    pending: Piece | None = None
    for p in pieces:
        if pending is not None:
            if re.match(r"^[\d.(\-\u2013\u2014]", p.text):
                p = Piece(pending.start, p.end, pending.text.replace(" ", "") + p.text, p.bold, p.indent,
                           pending.xbrl + p.xbrl)
            else:
                out.append(pending)
            pending = None
        if _PREFIX.match(p.text):
            pending = p
            continue
        if _SUFFIX.match(p.text) and out and re.search(r"[\d\-\u2013\u2014]$", out[-1].text):
            prev = out[-1]
            out[-1] = Piece(prev.start, p.end, prev.text + p.text.replace(" ", ""), prev.bold, prev.indent,
                             prev.xbrl + p.xbrl)
            continue
        out.append(p)
    if pending is not None:
        out.append(pending)
    return out


def _clusters(rows: list[list[Piece]]) -> list[tuple[int, int]]:
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
class Grid:
    rows: list[list[Piece | None]]  # None = empty; a spanning piece repeats (same object) in covered columns
    spans: list[list[int]]           # colspan per cell (k at the first column, 0 for copies, 1 otherwise)
    title_rows: list[str]
    unlabeled: bool = False  # the printed table had no label column; column 0 was added empty


def logical_grid(rows: list[list[Piece]]) -> Grid:
    """Place each row's pieces in the logical columns they overlap; tidy the result (label column,
    footnote-mark columns, wrapped labels, title rows at the top)."""
    clusters = _clusters(rows)
    n = len(clusters)
    grid: list[list[Piece | None]] = []
    spans: list[list[int]] = []
    for row in rows:
        cells: list[Piece | None] = [None] * n
        width: list[int] = [1] * n
        placed: list[tuple[int, int, Piece]] = []
        for p in row:
            hit = [k for k, (cs, ce) in enumerate(clusters) if p.start < ce and cs < p.end]
            first = hit[0]
            if cells[first] is not None:  # two fragments in one logical column: join them
                prev = cells[first]
                cells[first] = Piece(prev.start, max(prev.end, p.end), f"{prev.text} {p.text}", prev.bold and p.bold,
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
    return Grid(grid, spans, titles, unlabeled)


_FOOTNOTE_MARK = re.compile(r"^(?:\((?:\d{1,2}|[a-zA-Z])\))+$|^\*{1,3}$|^[\u2020\u2021]$")


def _merge_footnote_columns(grid: list[list[Piece | None]], spans: list[list[int]]) -> None:
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
                grid[r][c - 1] = Piece(left.start, mark.end, f"{left.text} {mark.text}", left.bold, left.indent,
                                        left.xbrl + mark.xbrl)
        _drop_column(grid, spans, c)


def _drop_column(grid: list[list[Piece | None]], spans: list[list[int]], c: int) -> None:
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
            row = [Piece(head.start, row[0].end, f"{head.text} {row[0].text}", head.bold, head.indent,
                          head.xbrl + row[0].xbrl)] + row[1:]
            out_grid[-1], out_spans[-1] = row, width
            continue
        out_grid.append(row)
        out_spans.append(width)
    return out_grid, out_spans


def _numeric_share(grid: list[list[Piece | None]], col: int) -> float:
    """Share of printed numbers in a column, over the rows that hold any number."""
    body = [r for r in grid if any(p is not None and is_number(p.text) for p in r)]
    values = [r[col] for r in body if r[col] is not None and (len(r) < 2 or r[col] is not r[1])]
    if not values:
        return 0.0
    # A year in the first column ('2025', 'Thereafter') labels its row: it is not a figure.
    return sum(is_number(p.text) and not re.fullmatch(r"(?:19|20)\d\d", p.text.strip()) for p in values) / len(values)


def cell_specs(grid: Grid) -> list[list[CellSpec]]:
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


def is_data_table(grid: Grid) -> bool:
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


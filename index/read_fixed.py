"""Plain-text documents -> Layout: paragraphs, and fixed-width tables cut into tidy grids.

Old EDGAR text wraps its tables in `<TABLE>` ... `</TABLE>` with an `<S>`/`<C>` marker line that
gives where each column starts; the cutter stacks the caption lines above it into one header row
(a banner such as "FACTOR INFORMATION PER $1000 OF ORIGINAL FACE" heads every column it covers)
and splits the body where a header line re-appears after a rule. Space-aligned tables without
markers get inferred markers from where their figures sit. Text with neither goes to read_text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.layout import Layout
from index.layout_builder import CellSpec, LayoutBuilder, normalize_space
from index.numbers import find_scale

_TEXT_TABLE = re.compile(r"^<TABLE>\s*$(.*?)^</TABLE>\s*$", re.S | re.I | re.M)
_MARKUP_LINE = re.compile(r"^\s*</?(?:PAGE|CAPTION|FN|/?S|/?C)>\s*$", re.I)
_RULE = re.compile(r"^\s*(?:-\s?)?[-=_]{3,}[-=_ ]*$")
# a figure, with "%" or a points mark after it ("1.2 pts", "(130) bps"): it sits in its column by its right edge
# a change printed with its sign ("+2.2%", "+0.3 pts") too
_NUMERIC = re.compile(r"^[+]?\$?\(?\$?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?(?:%|\s?(?:pts?|bps|pp))?$|^-+$")


def _unescape_rule(line: str) -> str:
    """EDGAR escaped a leading '-' as '- -'; undo it so rules read as rules."""
    return re.sub(r"^- (?=-)", "-", line)


def read_plain_document(body: str) -> Layout:
    """A plain-text document: fixed-width <TABLE>s cut into grids, the rest as paragraphs.

    Documents without <TABLE> markers go to the general plain-text reader."""
    if not _TEXT_TABLE.search(body):
        marked = mark_fixed_width_tables(body) if "\t" not in body else None
        if marked is None:
            from index.read_text import read_text  # tab-separated conversions and prose

            return read_text(body)
        body = marked
    builder = LayoutBuilder()
    pos = 0
    for m in _TEXT_TABLE.finditer(body):
        _paragraphs(body[pos:m.start()], builder)
        _fixed_width_table(m.group(1), builder)
        pos = m.end()
    _paragraphs(body[pos:], builder)
    layout = builder.layout()
    layout.format = "text"
    return layout


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7o]|\(?[a-z0-9]\))\s+\S")  # "  - Revenues were ...", "(a) ..."


def _paragraphs(text: str, builder: LayoutBuilder) -> None:
    para: list[str] = []
    for line in text.splitlines() + [""]:
        if _MARKUP_LINE.match(line) or _RULE.match(_unescape_rule(line)):
            line = ""
        if line.strip() and para and _BULLET.match(line):
            _flush(para, builder)  # a list item is a paragraph of its own, with the periods it names
            para = []
        if line.strip():
            para.append(line.rstrip())
            continue
        if para:
            _flush(para, builder)
            para = []


def _flush(para: list[str], builder: LayoutBuilder) -> None:
    joined = normalize_space(" ".join(para))
    # A title block (short centred lines) reads better line by line: keep each line.
    centred = all(len(p) - len(p.lstrip()) >= 8 and len(p.strip()) <= 70 for p in para)
    if centred and len(para) > 1:
        for p in para:
            builder.paragraph(normalize_space(p), "heading" if p.isupper() else "paragraph")
    else:
        builder.paragraph(joined, "heading" if joined.isupper() and len(joined) <= 80 else "paragraph")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def numeric(self) -> bool:
        return _is_num(self.text.replace(" ", ""))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=65536)
def _is_num(word: str) -> bool:
    return bool(_DIGIT.search(word)) and bool(_NUMERIC.match(word))


@lru_cache(maxsize=8192)
def _tokens(line: str) -> tuple[_Token, ...]:
    """Phrases separated by two or more spaces; a single space splits only between numbers.
    (Cached: the scanner and the cutter look at the same lines several times.)"""
    out: list[_Token] = []
    for m in _WORD.finditer(line):
        s, e, w = m.start(), m.end(), m.group()
        if out:
            prev = out[-1]
            both_numbers = _is_num(w) and _is_num(prev.text.rsplit(" ", 1)[-1])
            dollar = prev.text == "$" and _is_num(w)  # "$      1.53": the sign belongs to its figure
            # "$   2,846 $   2,712": a sign after a figure opens the next column's figure
            next_sign = w == "$" and _is_num(prev.text.replace(" ", ""))
            if ((s - prev.end == 1 and not both_numbers) or dollar) and not next_sign:
                out[-1] = _Token(prev.start, e, f"{prev.text} {w}")
                continue
        out.append(_Token(s, e, w))
    return tuple(out)


def _fixed_width_table(inner: str, builder: LayoutBuilder) -> None:
    """Cut a `<TABLE>` block at its `<S>`/`<C>` markers; stack caption lines into headers."""
    lines = [_unescape_rule(ln.rstrip()) for ln in inner.splitlines()]
    marker_at = next((i for i, ln in enumerate(lines) if re.search(r"<S>|<C>", ln, re.I)), None)
    if marker_at is None:
        _paragraphs(inner, builder)
        return
    starts = [m.start() for m in re.finditer(r"<[SC]>", lines[marker_at], re.I)]
    value_starts = starts[1:] if len(starts) > 1 else starts
    head = [ln for ln in lines[:marker_at] if not re.match(r"^\s*</?CAPTION>\s*$", ln, re.I)]
    body = lines[marker_at + 1:]

    def column_of(tok: _Token) -> int:
        pos = tok.end - 1 if tok.numeric else tok.start
        col = 0
        for i, s in enumerate(value_starts, start=1):
            if pos >= s:
                col = i
        return col

    # A <C> marker no body figure sits under is a stray: drop it so its text falls to a neighbour.
    used = {column_of(t) for ln in body if ln.strip() and not _RULE.match(ln) and not _MARKUP_LINE.match(ln)
            for t in _tokens(ln) if t.numeric}
    value_starts = [s for i, s in enumerate(value_starts, start=1) if i in used]
    ncols = len(value_starts) + 1
    value_ends = [0] * ncols  # where each column's figures end (headers centred over them reach past)
    for ln in body:
        if ln.strip() and not _RULE.match(ln) and not _MARKUP_LINE.match(ln):
            for t in _tokens(ln):
                if t.numeric:
                    c = column_of(t)
                    value_ends[c] = max(value_ends[c], t.end)

    def header_column(tok: _Token) -> int:
        return column_of(_Token(tok.end - 1, tok.end, "0"))

    # a label line between the column headers and the first figures ("Revenues" over "Passenger ticket")
    # is the body's first row, a heading, not a header of the label column
    # (or "Three months ended September 30:", a heading that ends in a colon, however far it reaches)
    def label_line(ln: str) -> bool:
        toks = _tokens(ln)
        return bool(toks) and (all(header_column(t) == 0 for t in toks) or (
            len(toks) == 1 and toks[0].text.endswith(":") and bool(value_starts) and toks[0].start < value_starts[0]))

    while head and label_line(head[-1]) and any(header_column(t) > 0 for ln in head[:-1] for t in _tokens(ln)):
        body.insert(0, head.pop())
    # Split the body into sections at in-body header lines (text under the value columns, after a rule).
    # A block stacked under another after a blank line prints header lines of its own, words under the
    # value columns only ("Three Months Ended September 30, 2024" / "Personal  Commercial" / "Lines ...
    # Total"): held aside until the next figures, they head a section when they are two words or more.
    sections: list[tuple[list[str], list[str]]] = []  # (header lines, row lines)
    current_head = head
    current_rows: list[str] = []
    pending: list[str] = []  # header-like lines after a break, not yet known to head a block
    prev_rule = prev_break = False
    for ln in body:
        if _RULE.match(ln):
            prev_rule = prev_break = True
            continue
        if not ln.strip() or _MARKUP_LINE.match(ln):
            prev_break = prev_break or not ln.strip()
            continue
        toks = _tokens(ln)
        in_values = [t for t in toks if header_column(t) > 0]
        header_like = in_values and len(in_values) == len(toks) and not any(t.numeric for t in toks)
        if prev_rule and len(in_values) >= 2 and not any(t.numeric for t in toks) and current_rows and not pending:
            sections.append((current_head, current_rows))
            current_head, current_rows = [ln], []
        elif header_like and current_rows and (prev_break or pending):
            pending.append(ln)
        else:
            if pending:
                if sum(1 for p in pending for t in _tokens(p) if header_column(t) > 0) >= 2:
                    sections.append((current_head, current_rows))
                    current_head, current_rows = pending, []
                else:
                    current_rows.extend(pending)
                pending = []
            current_rows.append(ln)
        prev_rule = prev_break = False
    current_rows.extend(pending)
    sections.append((current_head, current_rows))

    first_titles: list[str] = []
    for head_lines, row_lines in sections:
        titles, header = _header_row(head_lines, ncols, column_of, value_starts, value_ends)
        rows: list[list[CellSpec]] = []
        if header is not None:
            rows.append(header)
        for ln, wrapped in _join_wrapped_labels(row_lines):
            cells = [[wrapped] if wrapped else []] + [[] for _ in range(ncols - 1)]
            for tok in _tokens(ln):
                cells[column_of(tok)].append(tok.text)
            indent = len(ln) - len(ln.lstrip(" "))
            rows.append([CellSpec(" ".join(c), indent=indent if i == 0 else 0) for i, c in enumerate(cells)])
        if not row_lines:
            for t in titles:
                builder.paragraph(t)
            continue
        builder.table(rows, titles or first_titles)  # a block stacked under the first keeps its title
        first_titles = first_titles or titles


# how the second line of a wrapped label starts: a lower-case word ("and other"), or a parenthesis that
# opens on one ("(loss)", "(losses), after tax", "(millions)")
_CONTINUES = re.compile(r"^\(?[a-z]")


def _join_wrapped_labels(lines: list[str]) -> list[tuple[str, str]]:
    """(line, label prefix) per row. A label wrapped over two lines ("Commissions, transportation" /
    "    and other   330,418"; "Underwriting income" / "  (loss)   9.6") is one row: a line of words
    only, not a heading (no colon), followed by a line indented deeper whose label starts in lower
    case, or a parenthesis, and which prints figures, gives its words to that line; so do up to two
    such lines of words only before the one with figures."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        wrapped = _wrapped_label(lines, i)
        if wrapped is not None:
            end, words = wrapped
            out.append((lines[end], words))
            i = end + 1
            continue
        out.append((lines[i], ""))
        i += 1
    return out


def _wrapped_label(lines: list[str], i: int) -> tuple[int, str] | None:
    """(the line that prints the figures, the label's words on the lines before it) where lines[i] opens a
    wrapped label ("CASM excluding fuel, special items" / "  and non-airline expenses (CASM-ex)" /
    "  (cents)   11.99   11.50"), else None."""
    toks = _tokens(lines[i])
    if len(toks) != 1 or toks[0].numeric or toks[0].text.endswith(":"):
        return None
    words = [toks[0].text]
    for j in range(i + 1, min(i + 3, len(lines))):
        nxt = _tokens(lines[j])
        if not nxt or not _CONTINUES.match(nxt[0].text) or nxt[0].start <= toks[0].start:
            return None
        if any(t.numeric for t in nxt[1:]):
            return j, " ".join(words)
        if len(nxt) > 1:
            return None
        words.append(nxt[0].text)
    return None


_SCALE_CAPTION = re.compile(r"^\(\s*(?:(?:dollars|amounts|\$)\s+)?in\s+(?:thousands|millions|billions)\b[^()]*\)$", re.I)


def _header_row(lines: list[str], ncols: int, column_of, value_starts: list[int],
                value_ends: list[int]) -> tuple[list[str], CellSpec | None]:
    """Caption lines -> (title lines, one stacked header row). Lines with text only under the
    label column are titles; the others stack per column, and a phrase spanning several columns
    (a group title such as a 'per $1000 of original face' banner) heads each column it covers."""
    def _start_of(col: int) -> int:
        return value_starts[col - 1] if col > 0 else 0

    titles: list[str] = []
    stacked: list[list[str]] = [[] for _ in range(ncols)]
    header_lines = []
    underlined: dict[int, list[int]] = {}  # a phrase over a rule's dashes heads every column under them
    for ln in lines:
        if _RULE.match(ln):
            # dashes under a group's header words, clear of the label column (not a rule across the table)
            for m in re.finditer(r"[-=_]{3,}", ln):
                if not header_lines or m.start() <= 4:
                    continue
                under = [c for c in range(1, ncols) if m.start() < value_ends[c] <= m.end() + 1]
                for t in (t for toks in header_lines for t in toks):
                    if len(under) >= 2 and t.start >= m.start() - 2 and t.end <= m.end() + 2:
                        underlined[id(t)] = under
            continue
        if not ln.strip() or _MARKUP_LINE.match(ln):
            continue
        toks = _tokens(ln)
        if (all(column_of(t) == 0 for t in toks) and not header_lines) or _SCALE_CAPTION.match(ln.strip()) \
                or (all(t.text.startswith("(") and t.text.endswith(")") for t in toks) and any(find_scale(t.text) for t in toks)):
            # "(Dollars in millions)", "(sales in thousands of MWh)  (unaudited)" centred over the columns: a caption
            titles.append(normalize_space(ln))
            continue
        header_lines.append(_split_at_columns(toks, column_of, value_ends))
    if not header_lines:
        return titles, None
    # Headers are right-aligned over their numbers, so a phrase belongs where it ends; a long
    # phrase reaching over several columns is a group title over all of them.
    groups: list[tuple[int, int]] = []
    for n, toks in enumerate(header_lines):
        if len(toks) == 1 and _PERIOD_BANNER.search(toks[0].text) and all(len(h) == 1 for h in header_lines[:n]) \
                and id(toks[0]) not in underlined \
                and any(len(h) > 2 for h in header_lines[n + 1:]) \
                and all(abs(e - toks[0].end) > 1 for e in value_ends[1:]):
            # a period alone on the top header lines, flush with no column, over headers of three columns or
            # more ("Third Quarter" over "Revenues ($ millions)  Carloads/Units ..."): it heads every column
            for c in range(1, ncols):
                stacked[c].append(toks[0].text)
            continue
        for t in toks:
            first = column_of(_Token(t.start, t.start + 1, "x"))
            last = column_of(_Token(t.end - 1, t.end, "0"))
            # reaching back over the figures of a column before its last ("$ millions" wider than the
            # figures under it reaches into the gap, not over the figures)
            crosses = last > first and _start_of(last) - t.start >= 3 and t.start < value_ends[last - 1]
            # a short phrase centred under a group title ("June 30," under "Three Months Ended")
            # heads the whole group
            centred = last > first or 0 < value_ends[last] <= t.end - 2  # reaches past its figures
            # but not a phrase flush right over its own column's figures, clear of the column before
            # ("% Change" one character wider than "(4.9)")
            centred = centred and not (abs(value_ends[last] - t.end) <= 1 and t.start >= value_ends[last - 1] > 0)
            group = next((g for g in groups if g[0] <= first and last <= g[1] and (first < last or last < g[1])),
                         None) if centred else None
            if id(t) in underlined:
                groups.append((underlined[id(t)][0], underlined[id(t)][-1]))
                for c in underlined[id(t)]:
                    stacked[c].append(t.text)
            elif crosses and len(t.text) >= 10:
                groups.append((max(first, 1), last))
                for c in range(max(first, 1), last + 1):
                    stacked[c].append(t.text)
            elif group is not None:
                for c in range(group[0], group[1] + 1):
                    stacked[c].append(t.text)
            else:
                stacked[last].append(t.text)
    return titles, [CellSpec(" ".join(words)) for words in stacked]


_PERIOD_BANNER = re.compile(r"\b(?:quarter|months?|weeks?|year|ended|fiscal|period)\b", re.I)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d|(?:Q[1-4]|FY)\s?(?:19|20)?\d\d")


def _split_at_columns(toks, column_of, value_ends: list[int]) -> list[_Token]:
    """A header run together over two columns with one space ("2024 % Change" over "2,712   4.9"):
    split after a year that ends flush with one column's figures when the rest ends in a later column."""
    out: list[_Token] = []
    for t in toks:
        end_col = column_of(_Token(t.end - 1, t.end, "0"))
        for m in re.finditer(" ", t.text):
            left_end = t.start + m.start()
            col = column_of(_Token(left_end - 1, left_end, "0"))
            if 0 < col < end_col and abs(value_ends[col] - left_end) <= 1 and _YEAR_WORD.fullmatch(t.text[:m.start()]):
                out.append(_Token(t.start, left_end, t.text[:m.start()]))
                t = _Token(left_end + 1, t.end, t.text[m.start() + 1:])
                break
        out.append(t)
    return out


# ---------------------------------------------------------------- unmarked fixed-width tables

_MIN_DATA_LINES = 2
_MAX_HEADER_LINES = 6


def _data_columns(line: str) -> list[tuple[int, int]]:
    """(start, end) of the figures a line prints in columns: numbers after a gap of 2+ spaces."""
    out = []
    for tok in _tokens(line):
        if tok.numeric and tok.start >= 12 and line[max(0, tok.start - 2):tok.start] == "  ":
            out.append((tok.start, tok.end))
    return out


def _is_year_line(line: str) -> bool:
    """'   2004     2003' heads columns, as does '   2025      2024 % Change' (years, and after the first
    year words without figures); it is not a row of figures."""
    words = line.split()
    if not words or not re.fullmatch(r"(?:19|20)\d\d", words[0]):
        return False
    return all(re.fullmatch(r"(?:19|20)\d\d", w) or not _DIGIT.search(w) for w in words)


def _is_prose(line: str) -> bool:
    text = line.strip()
    return len(text) > 60 and "  " not in text


def mark_fixed_width_tables(text: str) -> str | None:
    """Find space-aligned tables in plain text that has no <TABLE> markers and wrap each in
    <TABLE> with an inferred <S>/<C> marker line (column starts from where its figures start), so
    the marker-based cutter reads them. None when the text holds no such table."""
    lines = text.splitlines()
    regions: list[tuple[int, int, int]] = []  # (header start, first data line, end exclusive)
    i = 0
    while i < len(lines):
        if not _data_columns(lines[i]) or _is_year_line(lines[i]):
            i += 1
            continue
        first = i
        end = i
        data = 0
        blanks = 0
        j = i
        while j < len(lines):
            ln = lines[j]
            if data >= _MIN_DATA_LINES and _is_year_line(ln):
                break  # the years over the next table's columns: that table is a region of its own
            if _data_columns(ln):
                data += 1
                end = j + 1
                blanks = 0
            elif not ln.strip():
                blanks += 1
                if blanks > 2:
                    break
            elif blanks and data >= _MIN_DATA_LINES and _new_columns(lines, first, j):
                break  # a title after a blank line over figures in other columns: the next table
            elif _RULE.match(_unescape_rule(ln)) or (not _is_prose(ln) and not ln.rstrip().endswith(".")):
                blanks = 0
            else:
                break
            j += 1
        if data >= _MIN_DATA_LINES:
            top = first
            k = first - 1
            while k >= 0 and first - k <= _MAX_HEADER_LINES + 1:
                ln = lines[k]
                if ln.strip() and not _is_year_line(ln) and (_is_prose(ln) or ln.rstrip().endswith(".")):
                    break  # a sentence above the table ("2025  2024  % Chg." heads it, whatever its last dot)
                if not ln.strip() and (k == 0 or not lines[k - 1].strip()):
                    break
                if ln.strip():
                    top = k
                k -= 1
            if regions and top < regions[-1][2]:
                top = regions[-1][2]
            regions.append((top, first, end))
        i = max(end, i + 1)
    if not regions:
        return None
    out: list[str] = []
    pos = 0
    for top, first, end in regions:
        out.extend(lines[pos:top])
        starts = _column_starts([lines[k] for k in range(first, end)])
        marker = "<S>" + "".join(" " * max(1, s - cur) + "<C>" for cur, s in _cursor(starts))
        out.extend(["<TABLE>", *lines[top:first], marker, *lines[first:end], "</TABLE>"])
        pos = end
    out.extend(lines[pos:])
    return "\n".join(out)


def _new_columns(lines: list[str], first: int, at: int, ahead: int = _MAX_HEADER_LINES + 2) -> bool:
    """Do the figures of the next data line after `at` end where none of the region's figures
    (from `first`) end? Then the words at `at` head another table, not a section of this one (a
    balance sheet's "LIABILITIES" keeps its columns; a segment table under a reconciliation does not)."""
    nxt = next((ln for ln in lines[at:at + ahead] if _data_columns(ln) and not _is_year_line(ln)), None)
    if nxt is None:
        return False
    ends = {e for ln in lines[first:at] if not _is_year_line(ln) for _, e in _data_columns(ln)}
    return any(all(abs(e - have) > 2 for have in ends) for _, e in _data_columns(nxt))


def _column_starts(data_lines: list[str]) -> list[int]:
    """Cluster the figures' right edges into columns; each column starts where its figures start.
    A line of years is a header (centred over its column, not aligned with the figures): it places
    no column."""
    spans = sorted((e, s) for ln in data_lines if not _is_year_line(ln) for s, e in _data_columns(ln))
    columns: list[list[tuple[int, int]]] = []
    for e, s in spans:
        if columns and e - columns[-1][-1][0] <= 2:
            columns[-1].append((e, s))
        else:
            columns.append([(e, s)])
    starts = []
    for col in columns:
        start = min(s for _, s in col)
        if starts and start <= starts[-1]:
            start = starts[-1] + 1
        starts.append(start)
    return starts


def _cursor(starts: list[int]):
    """(current column after the previous marker, next marker position) pairs for laying out markers."""
    cur = 3
    for s in starts:
        yield cur, s
        cur = max(cur + 1, s) + 3


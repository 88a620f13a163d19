"""EDGAR HTML (and inline XBRL) -> Layout: normalized text in reading order plus tidy table grids.

Block elements become paragraphs (headings where bold and short, or h1-h6), `&nbsp;` and entities
are unescaped, whitespace collapsed; hidden (`display:none`) content, `ix:header`, CSS and scripts
are dropped. Each `<table>` becomes physical cells (colspan/rowspan honoured, bold, label indent
from padding/margin/text-indent, the iXBRL tags inside) which `html_grid` turns into a tidy grid;
tables that hold no data become paragraphs, and `<pre>` blocks are read as plain text. See
`html_grid` for the grid contract with `tables.py`.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html

from index.html_grid import Piece, cell_specs, is_data_table, logical_grid, merge_fragments
from index.layout import Layout
from index.layout_builder import LayoutBuilder, normalize_space
from index.models import XbrlFact, XbrlTag
from index.read_fixed import read_plain_document
from index.xbrl import Catalog, is_nonfraction, read_dei_header, tag_from_element

# Private-use marks around an iXBRL tag's text in prose runs: they survive whitespace
# normalisation, and the builder strips them, noting where each tag's text landed.
_OPEN, _CLOSE = "\ue000", "\ue001"

_SKIP = {"head", "script", "style", "title", "noscript", "template", "ix:header", "xml", "meta", "link"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote",
    "center", "hr", "pre", "section", "article", "dl", "dt", "dd", "address", "body", "html", "form",
    "header", "footer", "main", "nav", "aside", "caption", "thead", "tbody", "tfoot", "page", "td", "th",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

_ANY_TAG = re.compile(r"<[^<>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE_TAG = re.compile(r"</?(?:font|b|i|u|em|strong|small|big|span|a|sup|sub|s|strike)\b[^<>]*>", re.I)
_BLOCK_TAG = re.compile(r"</?(?:div|center|blockquote)\b[^<>]*>", re.I)
_SELF_CLOSING = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)?/>")
_DOC_END = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECL = re.compile(r"<\?xml[^>]*\?>", re.I)
_NBSP_WIDTH_PT = 3.0  # a leading &nbsp; in a label, as points of indent
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _prepare(html: str) -> str:
    """Make XHTML safe for the forgiving HTML parser: drop the XML declaration, open/close
    self-closed non-void tags (`<td/>`, `<ix:nonFraction .../>` would otherwise swallow what follows),
    and drop closing </body> and </html> tags: libxml2 ignores whatever follows them, and filers
    leave them mid-document (concatenated exhibits)."""
    html = _DOC_END.sub("", _XML_DECL.sub("", html))

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


class _Tags:
    """Every printed `ix:nonFraction` in document order, and where its text lands in the Layout."""

    def __init__(self, root) -> None:
        self.catalog = Catalog(root)
        self.contexts = self.catalog.periods
        self.facts: list[XbrlFact] = []
        self.scopes: list[tuple[int, int] | None] = []  # span to search the tag's text in
        self.by_tag: dict[int, int] = {}  # id(XbrlTag of a cell) -> index into facts
        self.prose: list[int] = []  # prose tags in the order their marks enter the text
        self.dropped: set[int] = set()  # cell tags of a table read again as prose

    def add(self, el) -> int:
        self.facts.append(self.catalog.fact(el))
        self.scopes.append(None)
        return len(self.facts) - 1

    def cell_tag(self, el) -> XbrlTag:
        tag = tag_from_element(el, self.contexts)
        idx = self.add(el)
        tag.unit = self.facts[idx].unit
        self.by_tag[id(tag)] = idx
        return tag


class _MarkingBuilder(LayoutBuilder):
    """LayoutBuilder that strips the tag marks from each paragraph and records the tags' spans."""

    def __init__(self, tags: _Tags) -> None:
        super().__init__()
        self.tags = tags
        self.next_mark = 0

    def paragraph(self, text: str, kind: str = "paragraph") -> None:
        if _OPEN not in text and _CLOSE not in text:
            super().paragraph(text, kind)
            return
        clean, spans = _strip_marks(text)
        if not clean:
            self.next_mark += len(spans)
            return
        super().paragraph(clean, kind)
        base = self.blocks[-1].start
        for start, end in spans:
            if self.next_mark < len(self.tags.prose):
                idx = self.tags.prose[self.next_mark]
                fact = self.tags.facts[idx]
                fact.start, fact.end = base + start, base + end
            self.next_mark += 1


def _strip_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without the marks, and each marked span (in order of its opening mark), tightened
    to the non-space text inside; a space doubled by a removed mark is dropped."""
    out: list[str] = []
    spans: list[list[int]] = []
    stack: list[int] = []
    for ch in text:
        if ch == _OPEN:
            spans.append([len(out), len(out)])
            stack.append(len(spans) - 1)
        elif ch == _CLOSE:
            if stack:
                spans[stack.pop()][1] = len(out)
        elif ch == " " and (not out or out[-1] == " "):
            continue
        else:
            out.append(ch)
    while out and out[-1] == " ":
        out.pop()
    n = len(out)
    result = []
    for start, end in spans:
        start, end = min(start, n), min(max(end, start), n)
        while start < end and out[start] == " ":
            start += 1
        while end > start and out[end - 1] == " ":
            end -= 1
        result.append((start, end))
    return "".join(out), result


def _cell_content(td, tags: _Tags, bold: bool) -> _Content:
    """Text of one physical cell (nested markup and tables flattened), its bold/indent and tags."""
    chunks: list[tuple[str, bool]] = []
    cell_tags: list[XbrlTag] = []
    indent_chain: list[float] = [_left_offset(td)]
    found_text = [False]

    def walk(el, is_bold: bool, chain_offset: float) -> None:
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _SKIP and not _hidden(child):
                child_bold = _is_bold(child, is_bold)
                if is_nonfraction(child):
                    cell_tags.append(tags.cell_tag(child))
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
    # Old filings indent labels with leading &nbsp;s (source spaces and newlines mean nothing).
    lead = re.match(r"\s*", joined).group(0)
    indent += _NBSP_WIDTH_PT * lead.count("\u00a0")
    return _Content(text=text, bold=bool(visible) and all(visible), indent=max(0, round(indent)), xbrl=cell_tags,
                    lines=lines)


def _physical_rows(table, tags: _Tags, bold: bool) -> list[list[Piece]]:
    """Rows of non-empty physical cells with their physical column ranges (colspan/rowspan honoured)."""
    trs = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    occupied: set[tuple[int, int]] = set()
    rows: list[list[Piece]] = []
    for r, tr in enumerate(trs):
        if _hidden(tr):
            rows.append([])
            continue
        col = 0
        pieces: list[Piece] = []
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
                content = _cell_content(td, tags, row_bold)
                if content.text:
                    pieces.append(Piece(col, col + span, content.text, content.bold, content.indent, content.xbrl,
                                         content.lines))
            col += span
        rows.append(merge_fragments(pieces))
    return [r for r in rows if r]


def _int_attr(el, name: str, default: int, cap: int) -> int:
    try:
        return max(1, min(cap, int(str(el.get(name) or default).strip().rstrip(";"))))
    except ValueError:
        return default


# ---------------------------------------------------------------- document walk


def _walk(el, builder: _MarkingBuilder, contexts: _Tags, bold: bool) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is not None and tag not in _SKIP and not _hidden(child):
            child_bold = _is_bold(child, bold)
            if is_nonfraction(child):  # a tagged figure in prose: mark where its text goes
                contexts.prose.append(contexts.add(child))
                builder.run(_OPEN, child_bold)
                builder.run(child.text or "", child_bold)
                _walk(child, builder, contexts, child_bold)
                builder.run(_CLOSE, child_bold)
            elif tag == "table":
                builder.flush()
                _table(child, builder, contexts, child_bold)
            elif tag in ("pre", "xmp", "plaintext"):
                # Preformatted text keeps its lines and fixed-width tables: read it as plain text.
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


def _table(table, builder: _MarkingBuilder, contexts: _Tags, bold: bool) -> None:
    if any(len(inner.xpath(".//tr")) >= 2 for inner in table.xpath(".//table")):
        # A table of tables is page layout: read its cells as flowing content. (A one-row table
        # inside a cell, such as a check box, is flattened into that cell instead.)
        builder.run(table.text or "", bold)
        _walk(table, builder, contexts, bold)
        builder.flush()
        return
    for caption in table.xpath("./caption"):  # the table's own title line
        if not _hidden(caption):
            text = normalize_space(caption.text_content())
            if text:
                builder.paragraph(text, "heading" if _is_bold(caption, bold) else "paragraph")
    rows = _physical_rows(table, contexts, bold)
    if not rows:
        return
    grid = logical_grid(rows)
    if is_data_table(grid):
        builder.table(cell_specs(grid), grid.title_rows, grid.unlabeled)
        return
    if _holds_flowing_text(table):
        # A page wrapped in a layout table: keep its paragraphs and headings apart (its tags are
        # read again, as prose, by the walk).
        contexts.dropped.update(contexts.by_tag[id(t)] for row in rows for p in row for t in p.xbrl
                                if id(t) in contexts.by_tag)
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
        first_block = len(builder.blocks)
        for text in texts:
            if text:
                kind = "heading" if all_bold and len(text) <= 120 and len(text.split()) <= 16 else "paragraph"
                builder.paragraph(text, kind)
        if len(builder.blocks) > first_block:  # the row's tags are somewhere in its paragraphs
            scope = (builder.blocks[first_block].start, builder.blocks[-1].end)
            for p in pieces:
                for t in p.xbrl:
                    if id(t) in contexts.by_tag:
                        contexts.scopes[contexts.by_tag[id(t)]] = scope


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
    tags = _Tags(root)
    builder = _MarkingBuilder(tags)
    builder.run(root.text or "", False)
    try:
        _walk(root, builder, tags, False)
    except RecursionError:  # pathological nesting even so: read it flat
        root = lxml.html.document_fromstring(_INLINE_TAG.sub("", _BLOCK_TAG.sub("<br>", prepared)))
        tags = _Tags(root)
        builder = _MarkingBuilder(tags)
        _walk(root, builder, tags, False)
    builder.flush()
    layout = builder.layout()
    layout.header = read_dei_header(root)
    layout.xbrl = _locate_tags(layout, tags)
    return layout


def _locate_tags(layout: Layout, tags: _Tags) -> list[XbrlFact]:
    """Give each table tag its span (inside its cell, or inside the paragraphs a layout table
    became); prose tags already have theirs. A value cell of a data table makes a 'table' tag."""
    for table in layout.tables:
        for row in table.rows:
            for c, cell in enumerate(row):
                for t in cell.xbrl:
                    idx = tags.by_tag.get(id(t))
                    if idx is not None:
                        tags.scopes[idx] = (cell.start, cell.end)
                        tags.facts[idx].kind = "table" if c > 0 else "text"
    taken: dict[tuple[int, str], int] = {}
    for fact, scope in zip(tags.facts, tags.scopes):
        if fact.start is not None or scope is None:
            continue
        start, end = scope
        printed = fact.as_printed
        pos = -1
        if printed:
            # the k-th tag of a text in one scope is its k-th occurrence there (the same figure
            # tagged for two contexts: the last occurrence again)
            found, at = [], layout.text.find(printed, start, end)
            while at >= 0:
                found.append(at)
                at = layout.text.find(printed, at + 1, end)
            skip = taken.get((start, printed), 0)
            taken[(start, printed)] = skip + 1
            if found:
                pos = found[min(skip, len(found) - 1)]
        if pos >= 0:
            fact.start, fact.end = pos, pos + len(printed)
        else:  # the text was split or mended: the whole scope shows it
            fact.start, fact.end = start, end
    return [f for i, f in enumerate(tags.facts) if i not in tags.dropped]

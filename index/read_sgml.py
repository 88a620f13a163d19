"""EDGAR full-submission .txt (SGML) -> one Layout over the filing and its exhibits.

A submission wraps each document in `<DOCUMENT>`/`<TYPE>`/`<TEXT>`; besides the report and its
exhibits it carries pictures (uuencoded), XBRL schemas, R*.htm renderings and JSON that repeat
the same facts. Only the report and its exhibits are read, each under a heading naming its type.
Plain-text documents (old filings) are read by `read_fixed`, HTML ones by `read_html`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.layout import Layout, RawBlock, RawTable
from index.read_fixed import read_plain_document
from index.read_html import read_html

HEADER_FIELDS = (
    "COMPANY CONFORMED NAME",
    "CONFORMED SUBMISSION TYPE",
    "CONFORMED PERIOD OF REPORT",
    "FILED AS OF DATE",
    "FISCAL YEAR END",
    "CENTRAL INDEX KEY",
)
_SKIP_TYPES = {"GRAPHIC", "ZIP", "XML", "JSON", "EXCEL", "PDF", "XSD", "CSS", "JS"}
_SKIP_EXTENSIONS = (".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xlsx", ".xls", ".xml", ".xsd", ".json", ".js", ".css")
_DOCUMENT_TAG = re.compile(r"</?DOCUMENT>", re.I)
_TEXT_OPEN = re.compile(r"<TEXT>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT>\s*\Z", re.I)
_HTML_BODY = re.compile(r"<(?:html|body|div|p|tr|td|font|br|ix:)\b", re.I)  # not <TABLE>: old text uses it too


@dataclass
class SgmlDocument:
    type: str
    filename: str
    description: str
    body: str


def read_header(text: str) -> dict[str, str]:
    """The submission header's key fields (first occurrence; the filer comes before agents)."""
    end = re.search(r"<DOCUMENT>", text, re.I)
    head = text[: end.start()] if end else text[:20000]
    out: dict[str, str] = {}
    for line in head.splitlines():
        if ":" not in line:
            continue
        key, value = line.split(":", 1)
        key, value = key.strip().upper(), value.strip()
        if key in HEADER_FIELDS and value and key not in out:
            out[key] = value
    return out


def split_documents(text: str) -> list[SgmlDocument]:
    """Each <DOCUMENT> block's TYPE, FILENAME, DESCRIPTION and <TEXT> body (a block ends at its
    </DOCUMENT>, the next <DOCUMENT>, or the end of the file)."""
    marks = [(m.start(), m.end(), m.group().startswith("</")) for m in _DOCUMENT_TAG.finditer(text)]
    docs = []
    for i, (_, open_end, closing) in enumerate(marks):
        if closing:
            continue
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        block = text[open_end:end]
        body_at = _TEXT_OPEN.search(block[:4000])
        if body_at:
            meta, body = block[: body_at.start()], block[body_at.end():]
            close = _TEXT_CLOSE.search(body[-4000:]) if len(body) > 4000 else _TEXT_CLOSE.search(body)
            if close:
                cut = len(body) - min(len(body), 4000) + close.start()
                body = body[:cut]
        else:
            meta, body = block, ""
        docs.append(SgmlDocument(
            type=_field(meta, "TYPE").upper(),
            filename=_field(meta, "FILENAME"),
            description=_field(meta, "DESCRIPTION"),
            body=body,
        ))
    return docs


def _field(meta: str, name: str) -> str:
    m = re.search(rf"<{name}>([^\n<]*)", meta, re.I)
    return m.group(1).strip() if m else ""


def is_content_document(doc: SgmlDocument) -> bool:
    """The report and its exhibits; not pictures, XBRL files, R*.htm renderings or archives."""
    kind = doc.type
    name = doc.filename.lower()
    if kind in _SKIP_TYPES or kind.startswith(("EX-101", "EX-100", "EX-27")):  # XBRL, financial data schedules
        return False
    if name.endswith(_SKIP_EXTENSIONS) or re.fullmatch(r"r\d+\.html?", name) or name.startswith("filingsummary"):
        return False
    if re.match(r"\s*(?:<PDF>\s*)?begin \d{3} ", doc.body, re.I):
        return False  # uuencoded binary
    return bool(doc.body.strip())


def read_sgml(text: str) -> Layout:
    """Read a full submission (or a lone <DOCUMENT> block) into one Layout, format 'sgml'."""
    docs = [d for d in split_documents(text) if is_content_document(d)]
    parts: list[tuple[str, Layout]] = []
    for doc in docs:
        body = re.sub(r"</?XBRL>", "", doc.body, flags=re.I)
        layout = read_html(body) if _HTML_BODY.search(body[:20000]) else read_plain_document(body)
        if layout.text.strip():
            title = doc.type + (f": {doc.description}" if doc.description and doc.description.upper() != doc.type else "")
            parts.append((title, layout))
    merged = concat_layouts(parts)
    # The SGML header is authoritative; an iXBRL document's dei cover tags fill what it lacks.
    header: dict[str, str] = {}
    for _, layout in reversed(parts):
        header.update(layout.header)
    header.update(read_header(text))
    merged.header = header
    return merged


def concat_layouts(parts: list[tuple[str, Layout]]) -> Layout:
    """One Layout from several, each under a heading line, spans shifted into the joined text."""
    chunks: list[str] = []
    blocks: list[RawBlock] = []
    tables: list[RawTable] = []
    xbrl = []  # an iXBRL document's tags, spans shifted like its blocks
    pos = 0
    for heading, layout in parts:
        if chunks:
            chunks.append("\n\n")
            pos += 2
        chunks.append(heading)
        blocks.append(RawBlock(kind="heading", start=pos, end=pos + len(heading)))
        pos += len(heading) + 2
        chunks.append("\n\n")
        base = pos
        chunks.append(layout.text)
        pos += len(layout.text)
        offset_table = len(tables)
        for b in layout.blocks:
            blocks.append(RawBlock(kind=b.kind, start=b.start + base, end=b.end + base,
                                   table=None if b.table is None else b.table + offset_table))
        for t in layout.tables:
            rows = [[c.model_copy(update={"start": c.start + base, "end": c.end + base}) for c in row] for row in t.rows]
            tables.append(RawTable(rows=rows, start=t.start + base, end=t.end + base, caption=list(t.caption)))
        xbrl += [f if f.start is None else f.model_copy(update={"start": f.start + base, "end": f.end + base})
                 for f in layout.xbrl]
    return Layout(text="".join(chunks), blocks=blocks, tables=tables, format="sgml", xbrl=xbrl)

"""Turn a benchmark page into a document the parser reads: plain text, tables as tab-separated lines.

One function per dataset. File names are deterministic (dataset, page name, short content hash)
so the same page gets the same filing id in every run and indexes once.
"""

from __future__ import annotations

import hashlib
import re

from evals.models import Document

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def _slug(page: str) -> str:
    page = re.sub(r"\.pdf$", "", page.strip().lower())
    return _NOT_SLUG.sub("-", page).strip("-")[:80] or "page"


def _document(dataset: str, page: str, text: str, content: str | None = None) -> Document:
    """`content` (default: the text) is what the name's digest is taken over: the page's content as
    the dataset gives it, so that reading it differently keeps its name, and with it its side of the
    chooser's page split (qa/train_chooser.py `_page_side`)."""
    digest = hashlib.sha256((text if content is None else content).encode("utf-8")).hexdigest()[:8]
    return Document(name=f"{dataset}_{_slug(page)}_{digest}.txt", text=text)


def _cell(value: object) -> str:
    return _SPACE.sub(" ", _TAG.sub("", str(value))).strip()


def _table_lines(rows: list[list[object]]) -> str:
    return "\n".join("\t".join(_cell(c) for c in row) for row in rows)


def _paragraphs(sentences: list[str]) -> list[str]:
    """Drop the punctuation-only 'sentences' FinQA keeps from PDF extraction."""
    return [s.strip() for s in sentences if re.search(r"[A-Za-z0-9]", s or "")]


def _join(parts: list[str]) -> str:
    return "\n\n".join(p for p in parts if p) + "\n"


def finqa_page(record: dict) -> Document:
    """FinQA (and its ConvFinQA pages): pre_text, the table with original cell strings, post_text."""
    table = record.get("table_ori") or record.get("table") or []
    parts = _paragraphs(record.get("pre_text", [])) + [_table_lines(table)] + _paragraphs(record.get("post_text", []))
    return _document("finqa", record.get("filename") or record["id"].rsplit("-", 1)[0], _join(parts))


def tatqa_page(context: dict) -> Document:
    """TAT-QA: the paragraphs in their order, with the table where the filing had it: after the
    paragraph that introduces it (the last one ending in a colon: "... consisted of the following
    (in thousands):"), else first. TAT-QA gives the table apart from its text; put first, its
    introducing sentence, which states its scale and what it is, read as prose after it."""
    paragraphs = [p["text"].strip() for p in sorted(context.get("paragraphs", []), key=lambda p: p.get("order", 0))]
    intro = max((i for i, text in enumerate(paragraphs) if text.endswith(":")), default=-1)
    table = _table_lines(context["table"]["table"])
    parts = paragraphs[:intro + 1] + [table] + paragraphs[intro + 1:]
    return _document("tatqa", context["table"]["uid"], _join(parts), content=_join([table] + paragraphs))


# FinQA's tokenized table (the only one ConvFinQA gives) restates a negative or a percent in
# brackets after the printed form: "-26 ( 26 )" for a printed "(26)", "$ -154 ( 154 )",
# "27% ( 27 % )", "( 3.2 ) % (  % )". Read as printed, one number per cell; a cell that is not
# one such number (a range "28% ( 28 % ) to 84% ( 84 % )") is left as it is.
_RESTATED_NEGATIVE = re.compile(r"^(?P<cur>\$\s*)?-\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*\(\s*(?P=n)\s*\)$")
_RESTATED_PERCENT = re.compile(r"^(?P<n>-?\d[\d,]*(?:\.\d+)?)\s*%\s*\(\s*(?P=n)\s*%\s*\)$")
_RESTATED_BRACKET_PERCENT = re.compile(r"^\(\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*\)\s*%\s*\(\s*%\s*\)$")


def _tokenized_cell(cell: str) -> str:
    """A cell of FinQA's tokenized table as it was printed: "-26 ( 26 )" -> "(26)", "27% ( 27 % )" -> "27%"."""
    m = _RESTATED_NEGATIVE.match(cell)
    if m:
        return f"{'$ ' if m['cur'] else ''}({m['n']})"
    m = _RESTATED_PERCENT.match(cell)
    if m:
        return f"{m['n']}%"
    m = _RESTATED_BRACKET_PERCENT.match(cell)
    if m:
        return f"({m['n']})%"
    return cell


def convfinqa_page(record: dict) -> Document:
    """ConvFinQA (PoT format): pre+post text as one tokenized string, and a pipe-separated table
    whose number cells are read as printed (`_tokenized_cell`)."""
    sentences = _paragraphs(re.split(r"(?<= \.) ", record.get("text", "")))
    rows = []
    for i, line in enumerate(record.get("table", "").splitlines()):
        cells = [c.strip() for c in line.split(" | ")]
        if i == 0 and cells and cells[0] == "-":
            cells[0] = ""
        rows.append(cells)
    printed = [row if i == 0 else row[:1] + [_tokenized_cell(c) for c in row[1:]] for i, row in enumerate(rows)]
    page = record["id"].split("_", 1)[-1].rsplit("-", 1)[0]
    return _document("convfinqa", page, _join(sentences + [_table_lines(printed)]),
                     content=_join(sentences + [_table_lines(rows)]))


_PDF_CELL = re.compile(r"^(?:\$|[-\u2013\u2014]+%?|\(?-?\$?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*\)?\s*%?)$")
_PDF_DATE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d$", re.IGNORECASE)


def _is_pdf_cell(line: str) -> bool:
    return bool(re.search(r"[\d$\u2013\u2014-]", line)) and bool(_PDF_CELL.match(line))


def pdf_table_lines(text: str) -> str:
    """Rejoin PDF-extracted table rows, which put every cell on its own line, into tab-separated rows.

    'Cash\n$\n4,258 \n$\n3,655' becomes 'Cash\t$4,258\t$3,655'; a run of date lines
    ('June 30, 2023\nDecember 31, 2022') becomes a header row. Prose lines pass unchanged.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if _PDF_DATE.match(line):
            j = i
            while j < len(lines) and _PDF_DATE.match(lines[j]):
                j += 1
            if j - i >= 2:
                out.append("\t" + "\t".join(lines[i:j]))
                i = j
                continue
        cells, j = [], i + 1
        while j < len(lines) and _is_pdf_cell(lines[j]):
            if lines[j] == "$" and j + 1 < len(lines) and _is_pdf_cell(lines[j + 1]) and lines[j + 1] != "$":
                cells.append("$" + lines[j + 1])
                j += 2
            else:
                cells.append(lines[j])
                j += 1
        if cells and not _is_pdf_cell(line):
            out.append(line + "\t" + "\t".join(cells))
            i = j
        else:
            out.append(line)
            i += 1
    return "\n".join(_bridge(out))


def _bridge(rows: list[str], reach: int = 3) -> list[str]:
    """Keep a table whole across its section labels ('Current assets'): give a short label-only
    line between two tab-separated rows a trailing tab, so it reads as a row of the same table."""
    tabbed = [("\t" in r) for r in rows]
    out = []
    for i, r in enumerate(rows):
        if not tabbed[i] and len(r) <= 80 and not r.endswith("."):
            above = any(tabbed[max(0, i - reach):i])
            below = any(tabbed[i + 1:i + 1 + reach])
            if above and below:
                r += "\t"
        out.append(r)
    return out


def financebench_page(evidence: dict) -> Document:
    """FinanceBench: the full extracted text of one evidence page, its table rows rejoined."""
    text = evidence.get("evidence_text_full_page") or evidence.get("evidence_text") or ""
    page = f"{evidence['doc_name']}_p{evidence.get('evidence_page_num', 0)}"
    return _document("financebench", page, pdf_table_lines(text).strip() + "\n")


def combined(documents: list[Document]) -> Document:
    """Several pages as one document, for the oracle setting of an item whose evidence spans pages."""
    if len(documents) == 1:
        return documents[0]
    text = _join([d.data().decode("utf-8", errors="replace").strip() for d in documents])
    stem = "+".join(d.name.rsplit("_", 1)[0] for d in documents)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return Document(name=f"{_slug(stem)[:80]}_{digest}.txt", text=text)

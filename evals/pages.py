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


def _document(dataset: str, page: str, text: str) -> Document:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
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
    """TAT-QA: the table, then the paragraphs in their order."""
    paragraphs = sorted(context.get("paragraphs", []), key=lambda p: p.get("order", 0))
    parts = [_table_lines(context["table"]["table"])] + [p["text"].strip() for p in paragraphs]
    return _document("tatqa", context["table"]["uid"], _join(parts))


def convfinqa_page(record: dict) -> Document:
    """ConvFinQA (PoT format): pre+post text as one tokenized string, and a pipe-separated table."""
    sentences = re.split(r"(?<= \.) ", record.get("text", ""))
    rows = []
    for i, line in enumerate(record.get("table", "").splitlines()):
        cells = [c.strip() for c in line.split(" | ")]
        if i == 0 and cells and cells[0] == "-":
            cells[0] = ""
        rows.append(cells)
    parts = _paragraphs(sentences) + [_table_lines(rows)]
    page = record["id"].split("_", 1)[-1].rsplit("-", 1)[0]
    return _document("convfinqa", page, _join(parts))


def financebench_page(evidence: dict) -> Document:
    """FinanceBench: the full extracted text of one evidence page, as the dataset gives it."""
    text = evidence.get("evidence_text_full_page") or evidence.get("evidence_text") or ""
    page = f"{evidence['doc_name']}_p{evidence.get('evidence_page_num', 0)}"
    return _document("financebench", page, text.strip() + "\n")


def combined(documents: list[Document]) -> Document:
    """Several pages as one document, for the oracle setting of an item whose evidence spans pages."""
    if len(documents) == 1:
        return documents[0]
    text = _join([d.data().decode("utf-8", errors="replace").strip() for d in documents])
    stem = "+".join(d.name.rsplit("_", 1)[0] for d in documents)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return Document(name=f"{_slug(stem)[:80]}_{digest}.txt", text=text)

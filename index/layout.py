"""What a reader (plain text, HTML, SGML submission) hands to the table and prose stages.

A reader's only job is to turn raw bytes into normalized text plus the positions of its
paragraphs and the raw grids of its tables. Numbers are not interpreted here; `tables.py`
turns a `RawTable` into a typed `Table`, `prose.py` finds figures in paragraphs.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from index.models import XbrlFact, XbrlTag


class RawCell(BaseModel):
    text: str = Field(description="Cell text, whitespace collapsed, as it stands in the normalized text.")
    start: int = Field(description="Span of the text in Layout.text (start == end for an empty cell).")
    end: int
    colspan: int = 1
    indent: int = Field(0, description="Visual indent of a label cell (padding/leading spaces), where visible.")
    bold: bool = False
    xbrl: list[XbrlTag] = Field(default_factory=list, description="iXBRL numeric tags inside this cell.")


class RawTable(BaseModel):
    rows: list[list[RawCell]]
    start: int
    end: int
    caption: list[str] = Field(default_factory=list, description="Text lines just above the table (title, scale).")


class RawBlock(BaseModel):
    kind: str = Field(description="'heading', 'paragraph' or 'table'")
    start: int
    end: int
    table: int | None = Field(None, description="Index into Layout.tables for a table block.")


class Layout(BaseModel):
    text: str
    blocks: list[RawBlock]
    tables: list[RawTable]
    format: str = Field(description="'text', 'html' or 'sgml'")
    xbrl: list[XbrlFact] = Field(default_factory=list, description="Printed iXBRL numeric tags, located in text (HTML reader).")
    header: dict[str, str] = Field(default_factory=dict, description="SGML header fields (COMPANY CONFORMED NAME, CONFORMED SUBMISSION TYPE, CONFORMED PERIOD OF REPORT, FILED AS OF DATE, FISCAL YEAR END).")

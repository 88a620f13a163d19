"""The vocabulary of a parsed filing: what every later stage (store, retrieval, answers) reads.

Values are exact: `Decimal` in base units (dollars, shares, counts), never floats. Per-share
values are not scaled. Percentages are percent points as printed (12.75 for 12.75 %). A duration
stated in years ("Expected term (years)") has unit `years` and is not scaled either.
Periods are ISO strings: an instant `2023-09-30` or a duration `2023-07-01/2023-09-30`.
Spans are character offsets into `ParsedFiling.text`, the normalized text of the filing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

Unit = Literal["USD", "USD/share", "percent", "shares", "count", "ratio", "years"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FilingMeta(_Model):
    id: str = Field(description="Stable filing id: the slugged file name stem, e.g. 'acme_8k_2023-10-26'.")
    source_name: str | None = Field(None, description="The file name the filing came from (never used as a path).")
    content_hash: str = Field(description="sha256 of the raw file bytes; adding the same bytes twice is a no-op.")
    format: Literal["text", "html", "sgml"] = Field(description="How the raw file was read.")
    company: str | None = None
    form_type: str | None = Field(None, description="'8-K', '10-Q', '10-K', ...")
    date_of_report: str | None = Field(None, description="ISO date of the report or of the earliest event.")
    period_end: str | None = Field(None, description="ISO end date of the main fiscal period reported.")
    fiscal_period: str | None = Field(None, description="'Q1', 'Q2', 'Q3', 'Q4' or 'FY' for the main period.")
    fiscal_year: int | None = Field(None, description="Fiscal year of the main period, as the company names it.")
    fiscal_year_end: str | None = Field(None, description="'--MM-DD' month and day the fiscal year ends, if inferable.")


class Block(_Model):
    kind: Literal["heading", "paragraph", "table"]
    text: str
    start: int
    end: int
    section: str | None = Field(None, description="Nearest heading above the block.")
    table_id: str | None = None


class Column(_Model):
    label: str = Field(description="Header levels joined by spaces, as printed (cleaned of markup).")
    period: str | None = Field(None, description="Instant 'YYYY-MM-DD' or duration 'YYYY-MM-DD/YYYY-MM-DD'.")


class XbrlTag(_Model):
    """The filer's own inline-XBRL tag on a printed number: an answer key we did not write."""

    concept: str = Field(description="e.g. 'us-gaap:NetIncomeLoss'")
    context: str = Field(description="contextRef id")
    period: str | None = Field(None, description="The context's period, in our period notation.")
    scale: int = 0
    sign: Literal["-", ""] = ""
    value: Decimal | None = Field(None, description="Tag text x 10^scale, negated when sign='-'.")
    unit: str | None = Field(None, description="The tag's unit: 'USD', 'USD/share', 'shares', 'pure', ... (None when not read).")

    @field_serializer("value")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else format(v, "f")


class Cell(_Model):
    raw: str = Field(description="The cell text as printed (joined across split cells).")
    value: Decimal | None = Field(None, description="Exact value in base units; None when the cell holds no number.")
    unit: Unit | None = None
    column: int = Field(description="Index into the table's columns.")
    repaired: bool = Field(False, description="True when the value was recovered from an accounting identity.")
    repair_note: str | None = Field(None, description="The identity that pinned the repaired value.")
    start: int | None = Field(None, description="Span of the printed number in the normalized text.")
    end: int | None = None
    xbrl: XbrlTag | None = Field(None, description="The iXBRL tag on this number, where the filer tagged it.")

    @field_serializer("value")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else format(v, "f")


class Row(_Model):
    label: str
    cells: list[Cell]
    parent: str | None = Field(None, description="Label of the heading row this row sits under, if any.")
    indent: int = 0
    start: int
    end: int
    period_heading: str | None = Field(
        None, description="The period heading row above that dates this row's figures ('December 31, 2019', '2019'), if any.")


class Table(_Model):
    id: str = Field(description="'<filing id>/t<N>'")
    title: str | None = None
    scale: str | None = Field(None, description="The scale caption as printed, e.g. 'in thousands, except per share amounts'.")
    scale_power: int = Field(0, description="Power of ten applied to money cells (3 for thousands).")
    columns: list[Column]
    rows: list[Row]
    start: int
    end: int


class Source(_Model):
    start: int
    end: int
    table_id: str | None = None
    row: int | None = Field(None, description="Row index in the table.")
    column: int | None = Field(None, description="Column index in the table.")


class Fact(_Model):
    id: str = Field(description="Stable id within the filing: '<table id>/r<row>/c<col>', '<filing id>/p<start>', or "
                               "'<filing id>/x<start>' for a prose figure read through its iXBRL tag.")
    label: str = Field(description="Row label (table) or the phrase around the figure (prose).")
    value: Decimal
    unit: Unit
    period: str | None = None
    column_label: str | None = None
    kind: Literal["table", "text"]
    as_printed: str = Field(description="The number token as printed, e.g. '(12,345)' or '12.3'.")
    quote: str = Field(description="The text to cite: the row with its header, or the sentence.")
    source: Source
    repaired: bool = False
    low: Decimal | None = Field(None, description="For a range in prose ('between $40-45 million'): its low end.")
    high: Decimal | None = None

    @field_serializer("value", "low", "high")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else format(v, "f")


class XbrlFact(_Model):
    """One printed `ix:nonFraction` of an inline-XBRL filing, with its context resolved and the
    table cell or prose figure that shows it (so an answer built on the concept can cite the print)."""

    concept: str = Field(description="QName as tagged, e.g. 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax'.")
    label: str = Field(description="Standard label: the curated standard name (index/xbrl_labels.json) or the concept's words.")
    group: str | None = Field(None, description="Standard concept grouping from edgartools' mappings, e.g. 'Revenue'.")
    value: Decimal | None = Field(None, description="Tag text x 10^scale, negated when sign='-'; None for xsi:nil.")
    unit: str | None = Field(None, description="'USD', 'USD/share', 'shares', 'pure', or the unit's measures as tagged.")
    period: str | None = Field(None, description="Instant 'YYYY-MM-DD' or duration 'start/end'; None for forever.")
    dimensions: dict[str, str] = Field(default_factory=dict, description="Axis -> member, e.g. {'srt:ProductOrServiceAxis': 'us-gaap:ProductMember'}.")
    context: str = Field(description="contextRef id")
    decimals: str | None = Field(None, description="The tag's decimals attribute as written ('-6', 'INF').")
    scale: int = 0
    sign: Literal["-", ""] = ""
    as_printed: str = Field("", description="The tag's own text as printed.")
    kind: Literal["table", "text"] = Field("text", description="'table' for a value cell of a data table, else prose (label cells and cover text included).")
    start: int | None = Field(None, description="Span of the tag's printed text in ParsedFiling.text, where located.")
    end: int | None = None
    source: Source | None = Field(None, description="The parsed table cell or prose figure showing this tag (its Fact's source).")

    @field_serializer("value")
    def _dec(self, v: Decimal | None) -> str | None:
        return None if v is None else format(v, "f")


class ParseWarning(_Model):
    kind: Literal["inconsistent", "repaired", "unreadable", "unparsed"]
    message: str
    table_id: str | None = None
    row: int | None = None
    column: int | None = None


class ParsedFiling(_Model):
    filing: FilingMeta
    text: str = Field(description="Normalized text; every span points into it.")
    blocks: list[Block]
    tables: list[Table]
    facts: list[Fact]
    warnings: list[ParseWarning] = []
    xbrl: list[XbrlFact] = Field(default_factory=list, description="Every printed iXBRL numeric tag (empty for other formats and for stores written before it existed).")
    cover: dict[str, str] = Field(default_factory=dict, description="Cover facts the text does not print: EDGAR header and "
                                  "inline-XBRL dei values (index/document_facts.py COVER_KEYS), e.g. CENTRAL INDEX KEY.")

    @property
    def repaired_count(self) -> int:
        return sum(1 for t in self.tables for r in t.rows for c in r.cells if c.repaired)


class Chunk(_Model):
    id: str = Field(description="'<filing id>/c<N>', stable for the same filing bytes.")
    filing_id: str
    kind: Literal["text", "table"]
    text: str = Field(description="What the embedder and a person read.")
    section: str | None = None
    start: int
    end: int
    table_id: str | None = None

"""Inline-XBRL tags on printed numbers: the filer's own answer key for what a cell means.

The HTML reader hands over lxml elements parsed with the HTML parser, which lower-cases tag
and attribute names (`ix:nonfraction`, `contextref`), so upper-case filers need no special case.
Contexts live in the hidden `ix:header`; read them before that header is dropped from the text.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from index.models import Source, XbrlFact, XbrlTag

_WORD_NUMBERS = {
    "no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _local(tag: object) -> str:
    """'xbrli:context' or '{ns}context' -> 'context' (lower case)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _text(el) -> str:
    return "".join(el.itertext()).strip()


def read_contexts(root) -> dict[str, str | None]:
    """Map every `xbrli:context` id to its period in our notation.

    Instant -> 'YYYY-MM-DD'; duration -> 'start/end' with both dates as the filer wrote them
    (XBRL endDate is the last day of the period, the same convention as ours); forever -> None.
    """
    contexts: dict[str, str | None] = {}
    for el in root.iter():
        if _local(el.tag) != "context":
            continue
        cid = el.get("id")
        if not cid:
            continue
        start = end = instant = None
        for sub in el.iter():
            name = _local(sub.tag)
            if name == "startdate":
                start = _text(sub)[:10]
            elif name == "enddate":
                end = _text(sub)[:10]
            elif name == "instant":
                instant = _text(sub)[:10]
        if instant:
            contexts[cid] = instant
        elif start and end:
            contexts[cid] = f"{start}/{end}"
        else:
            contexts[cid] = None
    return contexts


def is_nonfraction(el) -> bool:
    return _local(el.tag) == "nonfraction" and isinstance(el.tag, str) and ":" in el.tag


def tag_value(text: str, *, scale: int, sign: str, fmt: str | None, nil: bool) -> Decimal | None:
    """Tag text x 10^scale, negated when sign='-'; None for a nil or unreadable tag."""
    if nil:
        return None
    fmt = (fmt or "").lower()
    raw = text.strip()
    if "zero" in fmt or (raw and set(raw) <= set("-\u2013\u2014 ")):
        number = Decimal(0)
    elif "numwords" in fmt:
        word = raw.lower().strip(". ")
        if word not in _WORD_NUMBERS:
            return None
        number = Decimal(_WORD_NUMBERS[word])
    else:
        if "comma-decimal" in fmt or "numcommadecimal" in fmt:
            digits = re.sub(r"[.\s\u00a0]", "", raw).replace(",", ".")
        else:
            digits = re.sub(r"[,\s\u00a0]", "", raw)
        digits = digits.strip("()$")
        try:
            number = Decimal(digits)
        except InvalidOperation:
            return None
    value = number.scaleb(scale)
    if sign == "-":
        value = -value
    # Normalise exponent form (1.42E+8) to a plain integer where exact.
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value


def tag_from_element(el, contexts: dict[str, str | None]) -> XbrlTag:
    """An `ix:nonFraction` element -> XbrlTag (value from its own text, nested tags included)."""
    try:
        scale = int(el.get("scale") or 0)
    except ValueError:
        scale = 0
    sign = "-" if (el.get("sign") or "").strip() == "-" else ""
    nil = (el.get("xsi:nil") or el.get("nil") or "").lower() == "true"
    context = el.get("contextref") or ""
    return XbrlTag(
        concept=el.get("name") or "",
        context=context,
        period=contexts.get(context),
        scale=scale,
        sign=sign,
        value=tag_value(_text(el), scale=scale, sign=sign, fmt=el.get("format"), nil=nil),
    )


_UNIT_MEASURES = {"iso4217:usd": "USD", "xbrli:shares": "shares", "xbrli:pure": "pure"}


def _measure(text: str) -> str:
    t = " ".join(text.split())
    known = _UNIT_MEASURES.get(t.lower())
    if known:
        return known
    if t.lower().startswith("iso4217:"):
        return t.split(":", 1)[1].upper()  # another currency: its ISO code
    return t.rsplit(":", 1)[-1]


def read_units(root) -> dict[str, str]:
    """Map every `xbrli:unit` id to our notation: 'USD', 'shares', 'pure', 'USD/share' for
    iso4217:USD over xbrli:shares; other measures by their local name ('EUR', 'segment')."""
    units: dict[str, str] = {}
    for el in root.iter():
        if _local(el.tag) != "unit" or not el.get("id"):
            continue
        numerator = [_measure(_text(m)) for n in el.iter() if _local(n.tag) == "unitnumerator"
                     for m in n.iter() if _local(m.tag) == "measure"]
        denominator = [_measure(_text(m)) for n in el.iter() if _local(n.tag) == "unitdenominator"
                       for m in n.iter() if _local(m.tag) == "measure"]
        if numerator and denominator:
            den = "share" if denominator == ["shares"] else "*".join(denominator)
            units[el.get("id")] = f"{'*'.join(numerator)}/{den}"
        else:
            measures = [_measure(_text(m)) for m in el.iter() if _local(m.tag) == "measure"]
            units[el.get("id")] = "*".join(measures) if measures else el.get("id")
    return units


def read_dimensions(root) -> dict[str, dict[str, str]]:
    """Map every context id to its dimensions, axis -> member, as QNames
    ({'srt:StatementGeographicalAxis': 'aapl:AmericasSegmentMember'}); a typed member gives its text."""
    dims: dict[str, dict[str, str]] = {}
    for el in root.iter():
        if _local(el.tag) != "context" or not el.get("id"):
            continue
        found: dict[str, str] = {}
        for sub in el.iter():
            name = _local(sub.tag)
            if name in ("explicitmember", "typedmember") and sub.get("dimension"):
                found[sub.get("dimension")] = _text(sub) if name == "explicitmember" else " ".join(_text(sub).split())
        dims[el.get("id")] = found
    return dims


class Catalog:
    """A document's contexts (period and dimensions) and units, read once from its `ix:header`."""

    def __init__(self, root) -> None:
        self.periods = read_contexts(root)
        self.dimensions = read_dimensions(root)
        self.units = read_units(root)

    def fact(self, el) -> XbrlFact:
        """An `ix:nonFraction` element -> XbrlFact (not yet located in the text)."""
        from index.xbrl_labels import concept_group, standard_label

        tag = tag_from_element(el, self.periods)
        unit_ref = el.get("unitref") or ""
        return XbrlFact(
            concept=tag.concept, label=standard_label(tag.concept), group=concept_group(tag.concept),
            value=tag.value, unit=self.units.get(unit_ref, unit_ref or None), period=tag.period,
            dimensions=dict(self.dimensions.get(tag.context, {})), context=tag.context,
            decimals=el.get("decimals"), scale=tag.scale, sign=tag.sign,
            as_printed=" ".join(_text(el).split()),
        )


# dei cover tags -> the SGML header keys metadata.py already reads (same value formats).
_DEI_HEADER = {
    "dei:entityregistrantname": "ENTITY REGISTRANT NAME",  # often the EDGAR form; the cover prints better
    "dei:documenttype": "CONFORMED SUBMISSION TYPE",
    "dei:documentperiodenddate": "CONFORMED PERIOD OF REPORT",
    "dei:currentfiscalyearenddate": "FISCAL YEAR END",
    "dei:documentfiscalperiodfocus": "DOCUMENT FISCAL PERIOD FOCUS",
    "dei:documentfiscalyearfocus": "DOCUMENT FISCAL YEAR FOCUS",
    "dei:entitycentralindexkey": "CENTRAL INDEX KEY",  # hidden cover facts, kept for index/document_facts.py
    "dei:tradingsymbol": "TRADING SYMBOL",
}
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}


def _yyyymmdd(text: str) -> str | None:
    """'June 29, 2024' / '2024-06-29' / '29 June 2024' -> '20240629' (the SGML header's form)."""
    t = " ".join(text.replace(",", " ").split()).lower()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return "".join(m.groups())
    if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", t):
        month = next((n for name, n in _MONTHS.items() if name.startswith(m.group(1)[:3])), None)
        return f"{m.group(3)}{month:02d}{int(m.group(2)):02d}" if month else None
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", t):
        month = next((n for name, n in _MONTHS.items() if name.startswith(m.group(2)[:3])), None)
        return f"{m.group(3)}{month:02d}{int(m.group(1)):02d}" if month else None
    return None


def read_dei_header(root) -> dict[str, str]:
    """Cover facts an inline-XBRL filer tags (dei:*), keyed and formatted like the SGML header:
    dates as YYYYMMDD, fiscal year end as MMDD. First occurrence wins; unparseable values are left out."""
    out: dict[str, str] = {}
    for el in root.iter():
        if _local(el.tag) != "nonnumeric" or not isinstance(el.tag, str):
            continue
        key = _DEI_HEADER.get((el.get("name") or "").lower())
        if key is None or key in out:
            continue
        value = " ".join("".join(el.itertext()).split())
        if key == "CONFORMED PERIOD OF REPORT":
            value = _yyyymmdd(value) or ""
        elif key == "FISCAL YEAR END":
            m = re.fullmatch(r"--(\d{2})-(\d{2})", value)
            value = f"{m.group(1)}{m.group(2)}" if m else ""
        if value:
            out[key] = value
    return out


def shows_value(value: Decimal | None, unit: str | None, tag: XbrlFact) -> bool:
    """Does a parsed figure (value, our unit) show the tag's number as printed? Signs aside (the
    print and the tag may disagree), a percent shows a 'pure' tag x 100 (29 % <- 0.29)."""
    if value is None or tag.value is None:
        return False
    if abs(value) == abs(tag.value):
        return True
    return unit == "percent" and abs(value) == abs(tag.value) * 100


def _shown_by(fact, tag: XbrlFact) -> bool:
    return any(shows_value(v, fact.unit, tag) for v in (fact.value, fact.low, fact.high) if v is not None)


def join_facts(xbrl: list[XbrlFact], tables, facts) -> list[XbrlFact]:
    """Each located tag with the Source of what shows it: a value tag, the table cell its text
    sits in; a prose tag, the parsed figure over its span that shows its number (else none:
    the tag's own span is still citable). Returns new XbrlFacts; the inputs are not changed."""
    import bisect

    cells = sorted(
        (cell.start, cell.end, table.id, ri, cell.column)
        for table in tables for ri, row in enumerate(table.rows) for cell in row.cells
        if cell.start is not None and cell.end is not None and cell.end > cell.start
    )
    starts = [c[0] for c in cells]
    prose = sorted(((f.source.start, f.source.end, n) for n, f in enumerate(facts) if f.kind == "text"))
    prose_starts = [p[0] for p in prose]
    out = []
    for tag in xbrl:
        source = None
        if tag.start is not None and tag.end is not None:
            if tag.kind == "table":
                k = bisect.bisect_right(starts, tag.start) - 1
                if k >= 0 and cells[k][0] <= tag.start < max(cells[k][1], tag.start + 1):
                    start, end, table_id, row, column = cells[k]
                    source = Source(start=start, end=end, table_id=table_id, row=row, column=column)
            else:
                k = bisect.bisect_left(prose_starts, max(tag.end, tag.start + 1))
                for start, end, n in reversed(prose[max(0, k - 8):k]):
                    if end > tag.start and _shown_by(facts[n], tag):
                        source = facts[n].source
                        break
        out.append(tag.model_copy(update={"source": source}) if source else tag)
    return out


_FACT_UNITS = {"USD": "USD", "USD/share": "USD/share", "shares": "shares"}


def _fact_unit(tag: XbrlFact, after: str) -> tuple[str, Decimal] | None:
    """Our unit and printed value for a tag; None for a unit a Fact cannot carry (another currency)."""
    value = abs(tag.value)
    if tag.unit in _FACT_UNITS:
        return _FACT_UNITS[tag.unit], value
    if tag.unit == "pure":
        if re.match(r"\s*(?:%|percent\b|per\s+cent\b)", after, re.IGNORECASE):
            return "percent", normalize_decimal(value * 100)
        return "ratio", value
    if tag.unit and (tag.unit.isupper() and len(tag.unit) == 3 or "/" in tag.unit):
        return None  # EUR, GBP, EUR/share: not a unit of ours
    return "count", value


def normalize_decimal(v: Decimal) -> Decimal:
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v.normalize()


def tag_figures(xbrl: list[XbrlFact], text: str, blocks, filing_id: str, facts) -> list:
    """Prose figures read through their iXBRL tag where the text reader found none over the tag
    ('two vendors', 'outstanding: none'): a Fact with id '<filing id>/x<start>', the tag's number
    as printed (negative only where the print shows a sign), its period, and the sentence to quote."""
    from index.models import Fact
    from index.prose import sentences

    joined = join_facts(xbrl, [], facts)
    block_starts = sorted((b.start, b.end) for b in blocks if b.kind != "table")
    out: list = []
    seen: set[int] = set()
    for tag in joined:
        if tag.kind != "text" or tag.source is not None or tag.value is None or tag.start is None or tag.start in seen:
            continue
        mapped = _fact_unit(tag, text[tag.end:tag.end + 12])
        if mapped is None:
            continue
        unit, value = mapped
        if value and re.search(r"(?:\(|[-\u2212]\s?)\$?\s?$", text[max(0, tag.start - 3):tag.start]):
            value = -value
        seen.add(tag.start)
        line_start = text.rfind("\n", 0, tag.start) + 1
        line_end = text.find("\n", tag.end)
        line_end = len(text) if line_end < 0 else line_end
        sa, sb = line_start, line_end
        for bs, be in block_starts:
            if bs <= tag.start < be:
                sa, sb = next(((a, b) for a, b in sentences(text, bs, be) if a <= tag.start < b), (bs, be))
                break
        before = re.split(r"[.;:!?]\s", text[max(sa, tag.start - 70):tag.start])[-1].split()
        label = " ".join(before[-9:] + [tag.as_printed]).strip(" ,\t")
        out.append(Fact(
            id=f"{filing_id}/x{tag.start}", label=label, value=value, unit=unit, period=tag.period, kind="text",
            as_printed=re.sub(r"\s+", "", tag.as_printed), quote=" ".join(text[sa:sb].split())[:600],
            source=Source(start=tag.start, end=tag.end),
        ))
    return out

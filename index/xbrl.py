"""Inline-XBRL tags on printed numbers: the filer's own answer key for what a cell means.

The HTML reader hands over lxml elements parsed with the HTML parser, which lower-cases tag
and attribute names (`ix:nonfraction`, `contextref`), so upper-case filers need no special case.
Contexts live in the hidden `ix:header`; read them before that header is dropped from the text.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from index.models import XbrlTag

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

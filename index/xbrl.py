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

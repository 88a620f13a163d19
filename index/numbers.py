"""Printed numbers to exact values: the one place that knows how filings write figures.

Everything here is pure and exact (`Decimal`, never float). A printed token keeps its sign
only when the print shows one (parentheses or a minus); a dash meaning "none" is zero; a
token that lost its leading digits (`,816`) is reported as partial, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

DASHES = {"-", "—", "–", "‒", "―", "--", "---", "−"}
SCALE_WORDS = {
    "thousand": 3, "thousands": 3, "k": 3,
    "million": 6, "millions": 6, "mm": 6, "mn": 6, "m": 6,
    "billion": 9, "billions": 9, "bn": 9, "b": 9,
    "trillion": 12, "trillions": 12,
}

_NUM = re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<frac>\.\d+)?$")
_PARTIAL = re.compile(r"^(?:,\d{3})+(?:\.\d+)?$")


@dataclass(frozen=True)
class Amount:
    """One printed number, read exactly. `value` is None when the token is unreadable."""

    value: Decimal | None
    token: str  # the number as printed, without currency / percent marks, e.g. '(12,345)'
    currency: bool = False  # a '$' was printed with it
    percent: bool = False  # a '%' was printed with it
    dash: bool = False  # printed as a dash meaning none (value 0)
    partial: str | None = None  # digits left of a token that lost its leading digits: ',816'
    scale_power: int | None = None  # a scale word printed with the number: '$2.2 billion' -> 9
    ratio: bool = False  # printed as a multiple: '1.2x'


def to_decimal(text: str) -> Decimal | None:
    """'2,043' -> Decimal('2043'); '.01' -> Decimal('0.01'); anything else -> None."""
    t = text.strip()
    m = _NUM.match(t)
    if not t or not m or not (m.group("int") or m.group("frac")):
        return None
    try:
        return Decimal(t.replace(",", ""))
    except InvalidOperation:
        return None


def parse_amount(raw: str) -> Amount | None:
    """Read a table cell or number token as printed.

    '$ 2,043' -> 2043 (currency); '(12,345)' -> -12345; '—' / '$—' -> 0 (dash);
    '46.3%' -> 46.3 (percent); '-9%' -> -9; '+0.3 pts' -> 0.3 (percent); ',816' -> value None, partial ',816';
    '$2.2 billion' -> 2.2 with scale_power 9 (the caller scales it).
    Returns None when the text holds no number at all (a label, a header word).
    """
    s = raw.strip()
    if not s:
        return None
    s = s.replace("\u00a0", " ").replace("\u2009", " ")
    own_scale = None
    m = re.fullmatch(r"(.*?\d\)?)\s*(thousand|million|billion|trillion)s?\b\s*(\)?)", s, re.IGNORECASE)
    if m:  # "$2.2 billion" printed in a cell: its own scale, not the table's
        own_scale = SCALE_WORDS[m.group(2).lower()]
        s = m.group(1) + m.group(3)
    points = re.fullmatch(r"(.*?\d\)?)\s*(?:pts?|ppts?|pp)\.?", s, re.IGNORECASE)
    if points:  # "+0.3 pts": a change in percentage points, stated in percent
        s = points.group(1)
    currency = "$" in s
    percent = "%" in s or points is not None
    core = re.sub(r"(US\$|\$|%|\s)", "", s)
    core = core.replace("−", "-")
    core = re.sub(r"^(\(?)\u2013(?=[\d.])", r"\1-", core)  # an en dash glued to the digits is a minus ('–399')
    # footnote markers glued after a number: "1,234(1)" or "1,234*"
    core = re.sub(r"(?:\(\w\)|\*+|[†‡§]+)$", "", core) if re.search(r"\d\)?(?:\(\w\)|\*+|[†‡§]+)$", core) else core
    ratio = bool(re.fullmatch(r"\(?-?[\d,]*\.?\d+\)?[x×]", core, re.IGNORECASE))
    if ratio:  # "1.2x" coverage, leverage
        core = core[:-1]
    token = re.sub(r"\s+", "", raw.strip().replace("US$", "").replace("$", "").replace("%", ""))
    if points:
        token = re.sub(r"(?:pts?|ppts?|pp)\.?$", "", token, flags=re.IGNORECASE)
    if core in DASHES or core in {"(—)", "(-)", "(–)"}:
        return Amount(Decimal(0), token, currency, percent, dash=True)
    if not core:
        return None
    negative = False
    if core.startswith("(") and core.endswith(")"):
        negative, core = True, core[1:-1]
    elif core.startswith("(") and percent is False and core.count(")") == 0:
        # an unclosed parenthesis: the closing one sat in another cell ("(842" + ")")
        negative, core = True, core[1:]
    if core.startswith("-") and len(core) > 1:
        negative, core = True, core[1:]
    elif core.startswith("+") and len(core) > 1:
        core = core[1:]
    if _PARTIAL.match(core):
        return Amount(None, token, currency, percent, partial=core)
    value = to_decimal(core)
    if value is None:
        return None
    if negative:
        value = -value
    return Amount(value, token, currency, percent, scale_power=own_scale, ratio=ratio)


def scale_value(value: Decimal, power: int) -> Decimal:
    """Multiply by 10**power exactly, keeping a plain (non-exponent) integer where possible."""
    return normalize(value.scaleb(power))


def normalize(value: Decimal) -> Decimal:
    """A canonical exact Decimal: integers without exponent or trailing zeros ('1.95E+7' -> 19500000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(frozen=True)
class Scale:
    """A scale caption such as '(in thousands, except per share amounts)'."""

    phrase: str
    power: int
    except_shares: bool
    except_per_share: bool
    share_power: int = 0  # power of ten for share counts: 0 when excepted, 3 for "shares in thousands"
    except_terms: tuple[str, ...] = ()  # other rows it excepts, by the words of their label: "except churn and ARPU"

    def excepts(self, label: str) -> bool:
        """Does the caption except this row from its scale ("(in thousands, except churn and ARPU)" and
        "Postpaid ARPU"; "except store data and per square foot amounts" and "Stores opened", "Net sales
        per average square foot", not "Total square footage")? A term's every word, singular or plural,
        is a word of the label."""
        words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]*", label.lower())}
        return any(all(w.rstrip("s") in words for w in t.split()) for t in self.except_terms)


_SCALE_RE = re.compile(
    r"(?:\(\s*)?(?:(?:dollars|amounts|figures|\$|us\$|usd)\s+)?(?:(?:are|expressed|stated|presented)\s+)?"
    r"\bin\s+(?:(?:u\.s\.|us)\s+)?(?:dollars\s+in\s+)?(?P<word>thousands|millions|billions)\b[^)\n]{0,160}\)?",
    re.IGNORECASE,
)
_SCALE_RE2 = re.compile(
    r"\(\s*(?P<pre>[^()\n]{0,40})?\b(?:\$|dollars|amounts)\s+in\s+(?P<word>thousands|millions|billions)\b[^)\n]{0,80}\)?"
    r"|\((?P<word2>thousands|millions|billions)(?: of (?:u\.s\. )?dollars)?[^)\n]{0,60}\)"
    r"|\(\s*(?:us\$|\$|€|£)\s*(?P<word6>thousands|millions|billions)\b[^)\n]{0,60}\)"  # "($ millions)"
    r"|\(\s*(?:in\s+)?\$\s*(?P<word3>000)(?:'?s)?\s*(?:omitted)?[^)\n]{0,60}\)"
    r"|\(\s*(?:\$\s*)?(?P<word4>000)(?:'?s)?\s+omitted[^)\n]{0,60}\)"
    # a quantity's own scale in a row's label: "Gold produced (thousand ounces)", "Copper (million pounds)"
    r"|\(\s*(?:in\s+)?(?P<word5>thousand|million|billion)\s+(?!(?:u\.s\.\s+|us\s+)?dollars?\b)[a-z][a-z -]{1,30}\)"
    # a physical quantity's scale printed before its unit: "Gold production (000 oz)", "Shipments (000s tons)"
    r"|\(\s*(?P<word7>000)(?:'?s)?\s+(?:oz|ounces|tons|tonnes|lbs|pounds|bbls|barrels|boe|gallons|units|carloads)\s*\)",
    re.IGNORECASE,
)


_DOLLARS = re.compile(r"\bdollars?\b|\$|\busd\b", re.IGNORECASE)


def find_scale(text: str) -> Scale | None:
    """Find a scale caption in a line of text; None when there is none.

    'in thousands, except per share amounts' -> power 3, per-share excepted;
    '(Amounts in Thousands Except Share and Per Share Amounts)' -> power 3, shares excepted too.
    'PER $1000 OF ORIGINAL FACE' is not a scale.
    """
    if ";" in text:
        # "(sales volumes in thousands of tonnes; dollars in millions, except per tonne)": the money's scale is
        # the table's; a quantity's scale is read where its rows are headed ("Sales volumes (000 tonnes)")
        money = [part for part in text.split(";") if _DOLLARS.search(part) and (_SCALE_RE.search(part) or _SCALE_RE2.search(part))]
        if len(money) == 1 and money[0] != text:
            return find_scale(money[0])
    m = _SCALE_RE.search(text) or _SCALE_RE2.search(text)
    if not m:
        return None
    gd = m.groupdict()
    word = (gd.get("word") or gd.get("word2") or gd.get("word3") or gd.get("word4") or gd.get("word5")
             or gd.get("word6") or gd.get("word7") or "").lower()
    power = {"thousands": 3, "millions": 6, "billions": 9, "000": 3, "thousand": 3, "million": 6, "billion": 9}[word]
    phrase = m.group(0).strip().strip("()").strip()
    low = phrase.lower()
    exc = low.split("except", 1)[1] if "except" in low else ""
    except_per_share = "per share" in exc or "per-share" in exc or "per unit" in exc
    # "except share and per share amounts" / "except shares" / "except share data"
    except_shares = "share" in re.sub(r"per[- ]share", "", exc)
    share_power = 0 if except_shares else power
    # "except number of shares, which are reflected in thousands" / "in millions and shares in thousands"
    m2 = re.search(r"\bshares?\b[^;]{0,60}?\bin\s+(thousands|millions|billions)\b", low)
    if m2:
        share_power = {"thousands": 3, "millions": 6, "billions": 9}[m2.group(1)]
        except_shares = share_power != power
    terms = tuple(t for t in (" ".join(w for w in re.findall(r"[a-z][a-z-]*", part) if w not in _EXCEPT_STOP)
                              for part in re.split(r",|\band\b|\bor\b|;", exc)) if t)
    return Scale(phrase=phrase, power=power, except_shares=except_shares, except_per_share=except_per_share,
                 share_power=share_power, except_terms=terms)


# words of an except clause that name no row: "except per share data and where otherwise noted"
_EXCEPT_STOP = set("and or per share shares data count counts amounts amount the of which are is as where otherwise noted indicated "
                   "stated unless number numbers information in for other than items item figures values value "
                   "reflected thousands millions billions dollars per-share per-unit operating statistics statistical "
                   "percentages percentage percent ratios ratio par".split())


# a column header's own currency-and-scale mark, as UK and EU filers print them ("2019 €m", "£m",
# "$'000", "US$bn"): only in a column header, where such a token stands alone
# ("$ millions" over one of two columns, the other in "cents")
_HEADER_SCALE = re.compile(r"(?:^|\s|\()(?:us\$|a\$|c\$|[$€£])\s?(?P<mark>m|mn|bn|['’‘]000|000|millions|thousands|billions)(?=$|[\s)])", re.IGNORECASE)
_HEADER_POWER = {"m": 6, "mn": 6, "bn": 9, "'000": 3, "’000": 3, "‘000": 3, "000": 3,  # "$’000": a typeset apostrophe
                 "millions": 6, "thousands": 3, "billions": 9}


def header_scale(text: str) -> Scale | None:
    """A column header's scale: a scale caption (`find_scale`), or a currency mark with its scale
    ("2019 €m" -> millions, "$'000" -> thousands)."""
    found = find_scale(text)
    if found is not None:
        return found
    m = _HEADER_SCALE.search(text)
    if m is None:
        return None
    power = _HEADER_POWER[m["mark"].lower()]
    return Scale(phrase=m.group(0).strip().strip("()"), power=power, except_shares=True, except_per_share=True,
                 share_power=0)


def scale_word_power(word: str) -> int | None:
    """'million' -> 6, 'billion' -> 9, 'thousand' -> 3; None for other words."""
    return SCALE_WORDS.get(word.lower().strip("."))


def format_number(value: Decimal) -> str:
    """Comma-grouped rendering for comparing with printed digits: 14816 -> '14,816'."""
    v = abs(normalize(value))
    return f"{v:,f}"

"""Facts about the document itself: who filed it, which form, for which period, which 8-K items,
who signed it, who audits the company. Each fact carries the span of the filing's normalized
text (`ParsedFiling.text`) where it is printed, so an answer can cite it.

    facts = document_facts(parsed)
    facts.signatures[0].name, facts.signatures[0].title, facts.signatures[0].date
    # ('William E. Shea', 'Senior Vice President, Treasurer and Chief Financial Officer', '2023-12-15')
    [(i.number, i.title) for i in facts.items]   # [('5.07', 'Submission of Matters to a Vote of Security Holders')]

Pure: computed from the parsed filing (its text and the metadata index/metadata.py already read),
nothing stored. A fact the filing does not state stays None (or an empty list). A fact known only
from the filing's EDGAR header or its inline-XBRL cover tags (which are not part of the text)
comes through `header` with no span and `source="header"`, where the caller has the header.

Knowledge (8-K item titles, words of a signer's title, headline verbs, auditor cues) is data:
index/data/document_facts.toml.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from index.models import ParsedFiling
from index.periods import find_dates, parse_date

_DATA = Path(__file__).with_name("data") / "document_facts.toml"
# header fields index/parse.py keeps on ParsedFiling.cover (the text does not print them)
COVER_KEYS = ("CENTRAL INDEX KEY", "FILED AS OF DATE", "TRADING SYMBOL", "FISCAL YEAR END", "CONFORMED PERIOD OF REPORT",
              "CONFORMED SUBMISSION TYPE", "COMPANY CONFORMED NAME")


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


class Stated(BaseModel):
    """One fact with where it is printed: `text[start:end]` is the passage that states it."""

    value: str = Field(description="The fact, normalized: a name as printed, an ISO date, '--MM-DD' for a fiscal year end.")
    start: int | None = Field(None, description="Span of the stating passage in ParsedFiling.text (None: not in the text).")
    end: int | None = None
    source: Literal["text", "header"] = Field("text", description="'header': from the EDGAR header or iXBRL cover tags only.")


class Item(BaseModel):
    """An item a Form 8-K reports, with the form's official title and where the filing prints it."""

    number: str = Field(description="'2.02'; before 2004-08-23 a whole number ('7').")
    title: str = Field(description="The item's official title on Form 8-K.")
    printed: str = Field(description="The item's heading as the filing prints it.")
    start: int
    end: int
    lead: Stated | None = Field(None, description="The first sentence under the heading: what the item says happened.")


class Signature(BaseModel):
    name: str
    title: str | None = None
    date: str | None = Field(None, description="ISO date the signature carries.")
    start: int = Field(description="Span of the signature (the /s/ line through title and date).")
    end: int


class DocumentFacts(BaseModel):
    filing_id: str
    company: Stated | None = None
    cik: Stated | None = None
    tickers: list[Stated] = Field(default_factory=list, description="Trading symbols as the cover or release states them, in order.")
    file_number: Stated | None = Field(None, description="SEC commission file number.")
    form: Stated | None = None
    exhibit: Stated | None = Field(None, description="For an exhibit filed on its own: its exhibit number ('99.1').")
    period_end: Stated | None = Field(None, description="End of the period a 10-Q/10-K (or a results release) covers, ISO.")
    date_of_report: Stated | None = Field(None, description="Date of the report (an 8-K's date of the earliest event), ISO.")
    filing_date: Stated | None = Field(None, description="Date EDGAR accepted the filing, ISO (header only).")
    fiscal_year_end: Stated | None = Field(None, description="'--MM-DD'.")
    items: list[Item] = Field(default_factory=list)
    headline: Stated | None = Field(None, description="Headline of the press release the document carries.")
    signatures: list[Signature] = Field(default_factory=list)
    auditor: Stated | None = None
    incorporation: Stated | None = Field(None, description="State or other jurisdiction of incorporation, as printed on the cover.")
    tax_id: Stated | None = Field(None, description="IRS employer identification number (NN-NNNNNNN).")
    address: Stated | None = Field(None, description="Address of the principal executive offices, as printed (lines joined).")
    phone: Stated | None = Field(None, description="The registrant's telephone number, including area code.")

    @property
    def ticker(self) -> Stated | None:
        return self.tickers[0] if self.tickers else None


# ------------------------------------------------------------------------------------ helpers

def _lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Non-blank lines of text[start:end] with their spans (stripped)."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end] if end is not None else text[start:]):
        raw = m.group(0)
        a = start + m.start() + (len(raw) - len(raw.lstrip()))
        b = start + m.end() - (len(raw) - len(raw.rstrip()))
        if b > a:
            out.append((a, b, text[a:b]))
    return out


def _line_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _squash(s: str) -> str:
    return " ".join(s.split())


_REGISTRANT = re.compile(r"\(?\s*Exact\s+name\s+of\s+(?:the\s+)?registrant", re.I)
_FORM = re.compile(r"\bFORM\s+(10-Q|10-K|8-K|20-F|6-K|40-F|10-KT|10-QT|S-1|DEF 14A)(/A)?\b", re.I)
_SIG_HEAD = re.compile(r"(?m)^[ \t]*SIGNATURES?[ \t]*$", re.I)
_SLASH_S = re.compile(r"/s/[ \t]*", re.I)
_DOC_HEAD = re.compile(r"(?m)^(?:EX-\d|EXHIBIT INDEX|INDEX TO EXHIBITS|Exhibit\s+\d+(?:\.\d+)?\s*$)", re.I)


def _cover_end(text: str) -> int:
    """Where the cover page ends: the first 8-K item or the table of contents; at most 20,000 characters in."""
    m = re.search(r"(?m)^\s*(?:ITEM\s+\d|PART\s+I\b|Table of Contents\s*$|INDEX\s*$)", text[200:20000], re.I)
    return 200 + m.start() if m else min(len(text), 20000)


# ------------------------------------------------------------------------------------ company, form

def _company(parsed: ParsedFiling) -> Stated | None:
    name = parsed.filing.company
    if not name:
        return None
    text = parsed.text
    words = [re.escape(w) for w in name.split()]
    rx = re.compile(r"\s+".join(words), re.I)
    head = text[:30000]
    reg = _REGISTRANT.search(head)
    hits = list(rx.finditer(head))
    if reg:
        before = [m for m in hits if m.end() <= reg.start()]
        if before:
            return _printed_name(text, before[-1], name)
    if hits:
        return _printed_name(text, hits[0], name)
    return Stated(value=name, source="header")


def _printed_name(text: str, m: re.Match, name: str) -> Stated:
    """The name as the line prints it ("AAMES CAPITAL CORPORATION" for the header's "AAMES CAPITAL CORP")."""
    a, b = _line_at(text, m.start())
    line = _squash(text[a:b])
    value = line.strip(" ,") if a == m.start() and len(line) <= len(name) + 15 else name
    return Stated(value=value, start=a, end=b)


def _form(parsed: ParsedFiling) -> tuple[Stated | None, Stated | None]:
    form = parsed.filing.form_type
    text = parsed.text
    exhibit = None
    # an exhibit filed on its own opens with its exhibit heading, before any report heading or cover
    m = re.search(r"(?m)^[ \t]*(?:EX-|Exhibit[ \t]+)(\d+(?:\.\d+)?)\b", text[:300], re.I)
    own = _FORM.search(text[:20000])
    report_first = re.search(r"(?m)^[ \t]*(?:FORM\s+)?(?:8-K|10-Q|10-K|20-F|6-K)\b", text[:m.start()] if m else "", re.I)
    if m and (own is None or own.start() > m.start()) and not report_first and not _REGISTRANT.search(text[:m.start()]):
        a, b = _line_at(text, m.start(1))
        exhibit = Stated(value=m.group(1), start=a, end=b)
    if not form:
        return None, exhibit
    if own and own.group(1).upper() == form.split("/")[0] and exhibit is None:
        return Stated(value=form, start=own.start(), end=own.end()), None
    typed = re.match(rf"[ \t]*{re.escape(form)}(?=:|[ \t]*\n)", text)  # a submission's document heading ("8-K: CURRENT REPORT")
    if typed and exhibit is None:
        return Stated(value=form, start=typed.start(), end=typed.end()), None
    return Stated(value=form, source="header" if exhibit is None else "text",
                  start=exhibit.start if exhibit else None, end=exhibit.end if exhibit else None), exhibit


# ------------------------------------------------------------------------------------ dates

def _date_near(text: str, want: str | None, label: re.Pattern, limit: int = 30000, window: int = 160, lo: int = 0) -> Stated | None:
    """The printed date equal to `want` nearest a `label` match in text[lo:limit]; the span covers label and date."""
    if not want:
        return None
    target = date.fromisoformat(want)
    head = text[lo:limit]
    dates = [(s, e) for d, s, e in find_dates(head) if d == target]
    best = None
    for m in label.finditer(head):
        for s, e in dates:
            gap = s - m.end() if s >= m.end() else m.start() - e
            if 0 <= gap <= window and (best is None or gap < best[0]):
                best = (gap, min(s, m.start()), max(e, m.end()))
    if best is None:
        return None
    a, _ = _line_at(text, lo + best[1])
    _, b = _line_at(text, lo + best[2] - 1)
    return Stated(value=want, start=a, end=b)


_REPORT_DATE = re.compile(r"Date\s+of\s+(?:Report|earliest\s+event\s+reported)|For\s+Immediate\s+Release|Release\s+Date", re.I)
_PERIOD_LABEL = re.compile(
    r"(?:quarterly\s+period|fiscal\s+year|fiscal\s+quarter|quarter|period|year|weeks?|months?)\s+ended", re.I)


def _period_end(parsed: ParsedFiling) -> Stated | None:
    return _date_near(parsed.text, parsed.filing.period_end, _PERIOD_LABEL, window=40)


def _date_of_report(parsed: ParsedFiling) -> Stated | None:
    meta = parsed.filing
    got = _date_near(parsed.text, meta.date_of_report, _REPORT_DATE)
    if got is None and meta.date_of_report:  # a periodic report: the date its signature carries
        block = _signature_block(parsed.text)
        if block:
            got = _date_near(parsed.text, meta.date_of_report, re.compile(r"\bDated?\s*:", re.I),
                             limit=block[1], window=40, lo=block[0])
    if got is None and meta.date_of_report:
        # the cover's own line (no label): a date standing alone above the registrant's name
        reg = _REGISTRANT.search(parsed.text[:20000])
        if reg:
            for d, s, e in find_dates(parsed.text[:reg.start()]):
                if d.isoformat() == meta.date_of_report:
                    a, b = _line_at(parsed.text, s)
                    if b - a <= 40:
                        got = Stated(value=meta.date_of_report, start=a, end=b)
    return got


_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]
_FYE_LABEL = re.compile(r"fiscal\s+year\s+(?:ending|ended|ends|end)\b|(?:fiscal\s+)?year\s+ended\b", re.I)
_FYE_RULE = re.compile(r"fiscal\s+year\s+(?:is|ends|end)[^.]{0,80}?\b(?:ends?|ending)\s+on\s+the\s+(?:last|first)\s+\w+day\s+"
                       r"(?:of|in|nearest)\s+(?P<month>[A-Z][a-z]+)", re.I)


def _fiscal_year_end(parsed: ParsedFiling) -> Stated | None:
    fye = parsed.filing.fiscal_year_end
    if not fye:
        return None
    month, day = int(fye[2:4]), int(fye[5:7])
    text = parsed.text
    best = None
    for m in _FYE_LABEL.finditer(text):
        for d, s, e in find_dates(text[m.end(): m.end() + 40]):
            if (d.month, d.day) == (month, day):
                sa, sb = _sentence(text, m.start(), m.end() + e)
                best = best or Stated(value=fye, start=sa, end=sb)
            break
        if best:
            break
    if best is None:
        m = _FYE_RULE.search(text)
        if m and m.group("month").lower() == _MONTH_NAMES[month - 1]:
            sa, sb = _sentence(text, m.start(), m.end())
            best = Stated(value=fye, start=sa, end=sb)
    return best or Stated(value=fye, source="header")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within its line) that holds [start, end)."""
    la, lb = _line_at(text, start)
    a = la
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text[la:start]):
        a = la + m.end()
    m = re.search(r"(?<!\b[A-Z])(?<!\bInc)(?<!\bCo)(?<!\bNo)[.!?](?=\s|$)", text[end:lb])
    b = end + m.end() if m else lb
    return a, max(b, end)


# ------------------------------------------------------------------------------------ identifiers

_EXCHANGES = r"(?:The\s+)?(?:Nasdaq|NASDAQ|New\s+York\s+Stock\s+Exchange|NYSE|Cboe|CBOE|Chicago\s+Stock\s+Exchange|BATS|Toronto\s+Stock\s+Exchange)"
_COVER_TICKER = re.compile(rf"(?<![\w$.])(?P<t>[A-Z]{{1,5}}(?:[.\-][A-Z]{{1,2}})?)[ \t]+{_EXCHANGES}\b")
_RELEASE_TICKER = re.compile(r"\((?:NYSE(?:\s+American|\s+Arca)?|Nasdaq|NASDAQ|Nasdaq\s*[GC]?S?M?|OTC(?:QB|QX)?|TSX|AMEX)\s*:\s*"
                             r"(?P<t>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\)")
_NOT_TICKERS = {"LLC", "INC", "THE", "NYSE", "USA", "N/A", "NA", "LP", "PLC"}


def _tickers(text: str) -> list[Stated]:
    out: list[Stated] = []
    seen = set()
    head = text[:20000]
    sym = re.search(r"Trading\s+Symbol|Symbol\(s\)|Section\s+12\(b\)\s+of\s+the\s+(?:Exchange\s+)?Act", head, re.I)
    if sym:
        for m in _COVER_TICKER.finditer(head, sym.end(), min(len(head), sym.end() + 2500)):
            t = m.group("t")
            if t not in _NOT_TICKERS and t not in seen:
                seen.add(t)
                a, b = _line_at(text, m.start())
                out.append(Stated(value=t, start=a, end=b))
    for m in _RELEASE_TICKER.finditer(text[:60000]):
        t = m.group("t")
        if t not in _NOT_TICKERS and t not in seen:
            seen.add(t)
            a, b = _sentence(text, m.start(), m.end())
            out.append(Stated(value=t, start=a, end=b))
    return out


_CIK_TEXT = re.compile(r"\b(?:CIK|Central\s+Index\s+Key)(?:\s+(?:No\.?|Number|#))?\s*[:#]?\s*(?P<cik>\d{4,10})\b", re.I)
_FILE_NO = re.compile(r"(?<![\d-])(?P<n>\d{1,3}-\d{5}(?:-\d{2})?)(?![\d-])")


def _cik(text: str, header: dict[str, str]) -> Stated | None:
    m = _CIK_TEXT.search(text[:60000])
    if m:
        a, b = _line_at(text, m.start())
        return Stated(value=m.group("cik").zfill(10), start=a, end=b)
    cik = (header.get("CENTRAL INDEX KEY") or header.get("ENTITY CENTRAL INDEX KEY") or "").strip()
    return Stated(value=cik.zfill(10), source="header") if re.fullmatch(r"\d{1,10}", cik) else None


def _file_number(text: str) -> Stated | None:
    head = text[:_cover_end(text)]
    label = re.search(r"Commission\s+File|\(Commission\b", head, re.I)
    if not label:
        return None
    # printed after its label ("Commission File Number: 001-36743") or on the line above the captions
    for lo, hi in ((label.end(), label.end() + 80), (max(0, label.start() - 400), label.start())):
        m = list(_FILE_NO.finditer(head, lo, hi))
        if m:
            hit = m[0] if lo == label.end() else m[-1]
            a, b = _line_at(text, hit.start())
            return Stated(value=hit.group("n"), start=a, end=b)
    return None


# ------------------------------------------------------------------------------------ cover captions
# A cover prints its facts on a line above (or after) their captions: "Delaware 001-35992 54-2185193" over
# "(State or other jurisdiction of incorporation) (Commission File Number) (IRS Employer Identification No.)".

_EIN = re.compile(r"(?<![\d-])(?P<v>\d{2}-\d{7})(?![\d-])")
_EIN_LABEL = re.compile(r"I\.?R\.?S\.?\s+Employer|Employer\s+Identification|\bE\.?I\.?N\b|Tax\s+Identification\s+N", re.I)
_STATE_LABEL = re.compile(r"\(\s*State\s+(?:or\s+other\b|of\s+(?:incorporation|organization))", re.I)
_STATE_VALUE = re.compile(r"^(?P<v>[A-Z][A-Za-z.]*(?:[ \t]+[A-Za-z.]+){0,3})(?=[ \t]+(?:\d|$)|$)")
_ADDRESS_LABEL = re.compile(r"\(\s*Address(?:es)?\s+(?:of|,)?\s*(?:including\s+zip\s+code,?\s+)?(?:and\s+)?(?:of\s+)?principal\s+executive", re.I)
_PHONE = re.compile(r"(?P<v>\(?\b\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}\b)")
_PHONE_LABEL = re.compile(r"telephone\s+number", re.I)


def _cover_value(text: str, label: re.Pattern, value: re.Pattern) -> Stated | None:
    """The value printed on a line above its caption (the last match within four lines), or after it
    ("I.R.S. Employer Identification No.: 54-2185193", "telephone number, including area code (206) 628-2111")."""
    head = text[:_cover_end(text)]
    m = label.search(head)
    if not m:
        return None
    after = value.search(head, m.end(), min(len(head), m.end() + 60))
    if after and (":" in head[m.end():after.start()] or "\n" not in head[m.end():after.start()]):
        hit = after
    else:
        lines = _lines(head, max(0, head.rfind("\n", 0, max(0, m.start() - 300))), m.start())
        hits = [h for (a, b, _) in lines[-4:] for h in value.finditer(head, a, b)]
        if not hits:
            return None
        hit = hits[-1]
    a, b = _line_at(text, hit.start())
    return Stated(value=hit.group("v").strip(), start=a, end=b)


def _tax_id(text: str, header: dict[str, str]) -> Stated | None:
    got = _cover_value(text, _EIN_LABEL, _EIN)
    if got is not None:
        return got
    irs = re.sub(r"\D", "", header.get("IRS NUMBER", "") or header.get("ENTITY TAX IDENTIFICATION NUMBER", ""))
    return Stated(value=f"{irs[:2]}-{irs[2:]}", source="header") if len(irs) == 9 else None


def _incorporation(text: str, header: dict[str, str]) -> Stated | None:
    head = text[:_cover_end(text)]
    m = _STATE_LABEL.search(head)
    if m:
        # the value line is the last non-blank line above the captions; the state is its first words
        for a, b, line in reversed(_lines(head, max(0, m.start() - 400), m.start())[-3:]):
            got = _STATE_VALUE.match(line)
            if got and not _EIN.search(got.group("v")):
                return Stated(value=_squash(got.group("v")), start=a, end=b)
    state = (header.get("STATE OF INCORPORATION") or header.get("ENTITY INCORPORATION STATE COUNTRY CODE") or "").strip()
    return Stated(value=state, source="header") if state else None


def _address(text: str) -> Stated | None:
    """The lines between the caption above the address (the file number's, the state's) and its own."""
    head = text[:_cover_end(text)]
    m = _ADDRESS_LABEL.search(head)
    if not m:
        return None
    lines = _lines(head, max(0, m.start() - 300), m.start())
    keep = []
    for a, b, line in reversed(lines):
        lettered = re.search(r"[A-Za-z]", line) is not None
        if not lettered and not keep:
            continue  # a rule printed under the address
        if not lettered or line.endswith(")") or _EIN.search(line) or _REGISTRANT.search(line):
            break
        keep.insert(0, (a, b, line))
    keep = keep[-3:]
    if not keep:
        return None
    return Stated(value=", ".join(_squash(line).rstrip(",") for _, _, line in keep), start=keep[0][0], end=keep[-1][1])


def _phone(text: str) -> Stated | None:
    return _cover_value(text, _PHONE_LABEL, _PHONE)


# ------------------------------------------------------------------------------------ 8-K items

_ITEM = re.compile(r"(?m)^[ \t]*ITEM\b[ \t]*(?P<word>[A-Za-z][A-Za-z’'\-]*[ \t]*\n?[ \t]*\n?[ \t]*)?(?P<num>\d{1,2}(?:\.\d{2})?)\b", re.I)
_STOP = {"of", "or", "and", "the", "a", "an", "to", "in", "on", "for", "under", "with", "that", "by", "item"}


def _content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", s.lower()) if w not in _STOP and len(w) > 2}


def _stem(words: set[str]) -> set[str]:
    return {w[:6] for w in words}


def _items(parsed: ParsedFiling) -> list[Item]:
    form = (parsed.filing.form_type or "").upper()
    if not form.startswith("8-K"):
        return []
    data = _data()["form8k"]
    when = parsed.filing.date_of_report
    legacy = bool(when) and when < data["legacy_until"]
    current, old = dict(data["items"]), dict(data["legacy_items"])
    text = parsed.text
    out: list[Item] = []
    seen = set()
    for m in _ITEM.finditer(text):
        num = m.group("num")
        # "2.02" is an item of the current form whenever printed; a whole number only of the old form, before 2004
        table = current if "." in num else old if legacy else {}
        if num not in table or num in seen:
            continue
        a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        words = (m.group("word") or "") + " " + text[m.end(): min(line_end, m.end() + 200)]
        if not _stem(_content(words)) & _stem(_content(table[num])):
            continue  # "Item 2.02 of this Current Report is incorporated ...": a reference, not the heading
        seen.add(num)
        b = line_end
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append(Item(number=num, title=table[num], printed=_squash(text[a:b]), start=a, end=b))
    for k, item in enumerate(out):
        stop = out[k + 1].start if k + 1 < len(out) else min(len(text), item.end + 3000)
        item.lead = _lead_sentence(text, item.end, min(stop, item.end + 3000))
    return out


def _lead_sentence(text: str, lo: int, hi: int) -> Stated | None:
    """The first full sentence in text[lo:hi] (sub-headings and exhibit lists skipped)."""
    for a, b, line in _lines(text, lo, hi):
        if "\t" in line or len(line.split()) < 8 or not re.search(r"[.!?:][\"”’)]?$", line) or re.match(r"\d{1,2}\s", line):
            continue  # a table row, a sub-heading, a footnote
        end = re.search(r"(?<!\b[A-Z])(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)[.!?](?=\s+[A-Z“\"(]|$)", line)
        b2 = a + end.end() if end else b
        return Stated(value=_squash(text[a:b2]), start=a, end=b2)
    return None


# ------------------------------------------------------------------------------------ press release

def _headline(parsed: ParsedFiling, sig_end: int | None) -> Stated | None:
    """The headline of a press release the document carries: after the 8-K's signatures (or the
    whole document when it is the release itself), the first short line naming what happened."""
    text = parsed.text
    if _REGISTRANT.search(text[:20000]):
        if sig_end is None or len(text) - sig_end < 500:
            return None
        start = sig_end
    else:
        start = 0
    verbs = _data()["press_release"]["headline_verbs"]
    verb_rx = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b", re.I)
    for a, b, line in _lines(text, start, min(len(text), start + 6000)):
        words = line.split()
        if not (3 <= len(words) <= 30) or "\t" in line or line.rstrip().endswith((".", ":", ",")):
            continue
        if re.match(r"\s*(?:[-•·*]|\(|Exhibit\b|EX-|Contact|For\s+(?:Investors|Media)|Date\b|By\b)", line, re.I):
            continue
        if verb_rx.search(line) and not re.search(r"\b(?:today|announced that|per share)\b", line, re.I):
            return Stated(value=_squash(line), start=a, end=b)
    return None


# ------------------------------------------------------------------------------------ signatures

def _title_like(line: str) -> bool:
    words = set(re.findall(r"[a-z\-]+", line.lower()))
    return bool(words & set(_data()["signature"]["title_words"])) and not re.search(r"\d{3}[-)\s]\s*\d{3}", line)


def _clean_name(raw: str) -> str:
    return _squash(re.split(r"\t|\s{2,}", raw.strip())[0]).strip(" ,.;:")


def _typed_name(name: str) -> str:
    """"/s/ Tim Cook" over a typed "TIMOTHY D. COOK" in one cell: keep the typed (fuller) name."""
    words = name.split()
    for k in range(2, len(words) - 1):
        if words[k - 1].lower() == words[-1].lower() and len(words) - k >= 2:
            return " ".join(words[k:])
    return name


def _split_name_title(line: str) -> tuple[str, str | None]:
    """'Jane Q. Public President and Director February 20, 2024' -> ('Jane Q. Public', 'President and Director')."""
    words = line.split()
    title_words = set(_data()["signature"]["title_words"])
    for k in range(2, min(len(words), 8)):
        if words[k][:1].isupper() and words[k].strip(",.").lower() in title_words:
            rest = " ".join(words[k:])
            for _, a, b in reversed(find_dates(rest)):
                rest = rest[:a] + rest[b:]
            rest = _squash(rest).strip(" ,")
            if _title_like(rest):
                return " ".join(words[:k]).strip(" ,"), rest
    return line, None


_SIG_SENTENCE = re.compile(r"has\s+duly\s+caused\s+this\s+(?:report|statement|amendment)\s+to\s+be\s+signed", re.I)


def _signature_block(text: str) -> tuple[int, int] | None:
    """The span of the signature section: the last SIGNATURE(S) heading (or, without one, the
    'has duly caused this report to be signed' sentence) followed by a /s/ line."""
    starts = list(_SIG_HEAD.finditer(text)) or list(_SIG_SENTENCE.finditer(text))
    for m in reversed(starts):
        if _SLASH_S.search(text, m.end(), m.end() + 1500):
            end = m.end()
            for s in _SLASH_S.finditer(text, m.end()):
                if s.start() - end > 1500:
                    break
                end = s.end()
            nxt = _DOC_HEAD.search(text, end)
            stop = min(nxt.start() if nxt else len(text), end + 800)
            return m.start(), stop
    return None


# a title line that stops short of its office ("Senior Vice President, Chief" over "Financial Officer and Treasurer")
_TITLE_GOES_ON = re.compile(r"\b(?:Chief|Vice|Senior|Executive|Principal|Assistant|Deputy|of|the)\s*$")
_INLINE_NAME_TITLE = re.compile(r"\bName\s*:\s*(?P<name>.+?)\s+Title\s*:\s*(?P<title>.+?)\s*$", re.I)


def _signatures(text: str) -> tuple[list[Signature], int | None]:
    block = _signature_block(text)
    if block is None:
        return [], None
    lo, hi = block
    slashes = list(_SLASH_S.finditer(text, lo, hi))
    out: list[Signature] = []
    block_end = lo
    for i, s in enumerate(slashes):
        la, lb = _line_at(text, s.start())
        nxt = slashes[i + 1].start() if i + 1 < len(slashes) else hi
        nxt_line = _line_at(text, nxt)[0] if i + 1 < len(slashes) else hi
        raw = text[s.end():lb]
        cells = raw.split("\t")
        name = _clean_name(cells[0])
        if not name or not re.search(r"[A-Za-z]{2}", name):
            continue
        title = None
        sig_date = None
        end = lb
        # a signature table row: /s/ Name <tab> Title <tab> Date (or the same with the cells run together)
        inline = _INLINE_NAME_TITLE.search(raw) if len(cells) == 1 else None
        if inline:  # "/s/ David Puddy Name: David Puddy Title: General Counsel" run together on one line
            name, title = _clean_name(inline["name"]) or name, _squash(inline["title"]).strip(" ,") or None
        elif len(cells) > 1:
            rest = [c.strip() for c in cells[1:] if c.strip()]
            if rest and _title_like(rest[0]):
                title = _squash(rest[0])
        else:
            name, title = _split_name_title(name)
        name = _typed_name(name)
        following = [ln for ln in _lines(text, lb, nxt_line)]
        typed = None
        for k, (a, b, line) in enumerate(following[:6]):
            bare = re.sub(r"^(?:Name|By)\s*:\s*", "", line, flags=re.I).strip()
            if re.fullmatch(r"[-_=\s]+|\(Registrant\)|\d{1,3}", bare, re.I) or re.match(r"Dated?\b", bare, re.I):
                continue
            if typed is None and bare.lower().startswith(name.lower()):
                typed = bare[: len(name)]
                end = b
                bare = bare[len(name):].strip(" ,")
                if not bare:
                    continue
            if title is None and _title_like(bare) and not parse_date(bare):
                parts, end = [bare], b
                j = k + 1
                while (parts[-1].endswith((",", " and", "&")) or parts[-1].count("(") > parts[-1].count(")")
                       or _TITLE_GOES_ON.search(parts[-1])) and j < len(following):
                    parts.append(following[j][2].strip())
                    end = following[j][1]
                    j += 1
                title = re.sub(r"^Title\s*:\s*", "", _squash(" ".join(parts)).strip(" ,"), flags=re.I)
            break  # the title stands right under the name; any other line ends the signature
        if typed and name.isupper() and not typed.isupper():
            name = typed
        # the date on the /s/ line, else the nearest "Date:" line of this signer's part of the block
        line_dates = find_dates(text[la:lb])
        if line_dates:
            sig_date = line_dates[0][0].isoformat()
        else:
            region_lo = slashes[i - 1].end() if i > 0 else lo
            cands = []
            for m in re.finditer(r"\bDated?\s*:?\s*", text[region_lo:nxt_line]):
                ds = find_dates(text[region_lo + m.end(): region_lo + m.end() + 30])
                if ds:
                    pos = region_lo + m.start()
                    cands.append((abs(pos - s.start()), ds[0][0], pos))
            if cands:
                _, d, pos = min(cands)
                sig_date = d.isoformat()
                if pos > end:
                    end = _line_at(text, pos)[1]
        out.append(Signature(name=name, title=title, date=sig_date, start=la, end=max(end, lb)))
        block_end = max(block_end, end, lb)
    return out, (block_end if out else None)


# ------------------------------------------------------------------------------------ auditor

def _auditor(text: str) -> Stated | None:
    data = _data()["auditor"]
    cue = re.compile("|".join(re.escape(c) for c in data["cues"]), re.I)
    suffix = "|".join(re.escape(s) for s in data["firm_suffixes"])
    firm = re.compile(rf"(?P<firm>(?:[A-Z][\w'’.\-]*|&)(?:[ ,]+(?:&|and|[A-Z][\w'’.\-]*)){{0,5}}?,?[ ]+(?:{suffix}))(?![\w])")
    for m in cue.finditer(text):
        a, b = _sentence(text, m.start(), m.end())
        hit = None
        for f in firm.finditer(text, a, b):
            name = f.group("firm").strip()
            if not re.match(r"(?:The|Our|This|In|On|As|Report|Independent)\b", name):
                hit = f
                break
        if hit:
            return Stated(value=hit.group("firm").strip(), start=a, end=b)
    m = re.search(rf"/s/\s*(?P<firm>[A-Z][\w&'’.,\- ]{{1,60}}?(?:{suffix}))", text)
    if m and cue.search(text, max(0, m.start() - 20000), m.start()):
        a, b = _line_at(text, m.start())
        return Stated(value=m.group("firm").strip(), start=a, end=b)
    return None


# ------------------------------------------------------------------------------------ entry point

def document_facts(parsed: ParsedFiling, header: dict[str, str] | None = None) -> DocumentFacts:
    """Everything the filing states about itself, each with its span (see the module docstring).
    `header` defaults to the cover facts the parser kept (`ParsedFiling.cover`)."""
    header = header if header is not None else parsed.cover
    text = parsed.text
    form, exhibit = _form(parsed)
    signatures, sig_end = _signatures(text)
    filed = parse_date(header.get("FILED AS OF DATE", "")) if header.get("FILED AS OF DATE") else None
    return DocumentFacts(
        filing_id=parsed.filing.id,
        company=_company(parsed),
        cik=_cik(text, header),
        tickers=_tickers(text) or ([Stated(value=header["TRADING SYMBOL"].strip(), source="header")]
                                   if re.fullmatch(r"[A-Z]{1,5}(?:[.\-][A-Z]{1,2})?", header.get("TRADING SYMBOL", "").strip()) else []),
        file_number=_file_number(text),
        form=form,
        exhibit=exhibit,
        period_end=_period_end(parsed),
        date_of_report=_date_of_report(parsed),
        filing_date=Stated(value=filed.isoformat(), source="header") if filed else None,
        fiscal_year_end=_fiscal_year_end(parsed),
        items=_items(parsed),
        headline=_headline(parsed, sig_end),
        signatures=signatures,
        auditor=_auditor(text),
        incorporation=_incorporation(text, header),
        tax_id=_tax_id(text, header),
        address=_address(text),
        phone=_phone(text),
    )

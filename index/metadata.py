"""Filing metadata from what the filing states: SGML header first, then the cover and text.

Each field is taken only where the filing states it (or, for fiscal period/year, where it
follows from a stated period end and fiscal year end); otherwise it stays None.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from index.layout import Layout
from index.periods import (
    could_end,
    fiscal_quarter_of,
    fiscal_quarters_named,
    fiscal_year_of,
    parse_date,
)

_FORM = re.compile(r"\bFORM\s+(10-Q|10-K|8-K|20-F|6-K|40-F|10-KT|10-QT|S-1|DEF 14A)(/A)?\b", re.IGNORECASE)
_REGISTRANT = re.compile(r"\(?\s*Exact\s+name\s+of\s+(?:the\s+)?registrant", re.IGNORECASE)
_DATE_OF_REPORT = re.compile(r"Date\s+of\s+(?:Report|earliest\s+event)[^:\n]*?(?:\)\s*)?:?\s*", re.IGNORECASE)
_PERIOD_END = re.compile(
    r"(?:for\s+the\s+)?(?:quarterly\s+period|fiscal\s+year|fiscal\s+quarter|quarter|three[\s-]+month\s+period|"
    r"thirteen[\s-]+weeks?|three\s+months|year|13[\s-]+week\s+(?:fiscal\s+)?quarter)"
    # "its third quarter of fiscal 2024, ended September 30, 2024"
    r"(?:\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d,?)?\s+ended\s+",
    re.IGNORECASE,
)
_FYE = re.compile(r"fiscal\s+year\s+(?:ending|ended|ends)\s+(?:on\s+)?", re.IGNORECASE)


def _clean_company(name: str) -> str:
    return " ".join(name.replace("\t", " ").split()).strip(" ,")


_COMPANY_LINE = re.compile(
    r"^(?:The\s+)?[A-Z0-9][\w.&',\- ]{1,80}?,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|"
    r"Limited|LLC|L\.P\.|plc|PLC|N\.V\.|S\.A\.|AG|SE|Holdings|Group|Bancorp|Trust)$",
    re.IGNORECASE,
)


def _company(layout: Layout) -> str | None:
    name = layout.header.get("COMPANY CONFORMED NAME")
    if name:
        return _clean_company(name)
    text = layout.text[:20000]
    m = _REGISTRANT.search(text)
    if not m and layout.header.get("ENTITY REGISTRANT NAME"):
        return _clean_company(layout.header["ENTITY REGISTRANT NAME"])  # the iXBRL cover tag
    if m:
        before = text[: m.start()].rstrip().split("\n")
        for line in reversed(before[-6:]):
            line = line.strip()
            if line and not re.fullmatch(r"[\W_]+", line) and not re.match(r"Date\s+of\s+report", line, re.IGNORECASE):
                return _clean_company(line.split("\t")[0])
    # an exhibit or press release: the first line near the top that is a company's name
    for line in text[:3000].split("\n")[:40]:
        line = line.strip()
        if _COMPANY_LINE.match(line) and not line.isupper() or (line.isupper() and _COMPANY_LINE.match(line) and len(line) < 40):
            return _clean_company(line)
    # a press release's first mention: "-- Peterman Realty Trust (NYSE: PRT) today announced ..."
    m = _LISTED_NAME.search(text[:5000]) or _DATELINE_NAME.search(text[:5000])
    return _clean_company(m.group("name")) if m else None


_LISTED_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'’-]*,?\s+){0,5}[A-Z][\w&.'’-]*)\s*\((?:NYSE|NASDAQ|Nasdaq|AMEX|OTC|TSX)[\w ]{0,12}:\s*[A-Z.]{1,6}\)")


# "AUSTIN, Texas, October 30, 2024 -- Bania Software, Inc. today announced ...": the name after a dateline
_DATELINE_NAME = re.compile(
    r"(?:--|—|–)\s*(?P<name>(?:[A-Z][\w&.'’-]*,?\s+){0,5}(?:Inc\.|Incorporated|Corporation|Corp\.|Company|Ltd\.|LLC|plc|"
    r"Holdings|Group|Bancorp|Trust))(?=[\s,(])")


_FORM_REFERENCE = re.compile(r"\b(?:reports?\s+on|filed\s+on|our|its|recent|latest|see|in\s+the|under|with\s+the\s+sec\s+on)\s+$", re.I)


def _form_type(layout: Layout, name: str) -> str | None:
    t = layout.header.get("CONFORMED SUBMISSION TYPE")
    if t:
        return t.strip().upper()
    # the form the document is, not one it refers to ("our Annual Report on Form 10-K for the fiscal year ended ...")
    m = next((m for m in _FORM.finditer(layout.text[:20000])
              if not _FORM_REFERENCE.search(layout.text[max(0, m.start() - 60):m.start()])), None)
    if m:
        return m.group(1).upper() + (m.group(2) or "").upper()
    # an exhibit filed on its own states no form: EDGAR file names carry it ('..._8-k_..._ex99-1')
    m = re.search(r"(?<![a-z0-9])(10-?q|10-?k|8-?k|20-?f|6-?k)(?![a-z0-9])", name.lower())
    return m.group(1).upper().replace("Q", "-Q").replace("K", "-K").replace("F", "-F").replace("--", "-") if m else None


def _date_after(rx: re.Pattern, text: str, window: int = 60):
    for m in rx.finditer(text):
        d = parse_date(text[m.end(): m.end() + window])
        if d:
            return d
    return None


def _cover_date(head: str):
    """The date standing on a line of its own on the cover, above or just below the registrant's
    name or a 'Date of Report' label printed after it (cover layouts differ)."""
    m = _REGISTRANT.search(head)
    cover = head[: m.start()] if m else head[:1500]
    label = re.search(r"Date\s+of\s+Report", cover, re.IGNORECASE)
    lines = [ln.strip() for ln in cover.split("\n") if ln.strip()]
    for ln in reversed(lines):
        d = parse_date(ln)
        if d and len(ln) <= 30:
            return d
    if label:
        return parse_date(cover[max(0, label.start() - 60): label.start()])
    return None


_RESULTS_FOR = r"\b(?:results|net\s+(?:income|loss|sales|revenues?)|revenues?|earnings)\b[^.\n]{0,60}?\bfor\s+(?:the\s+)?(?:its\s+)?"
_ANNUAL_RESULTS = re.compile(_RESULTS_FOR + r"(?:fiscal\s+)?(?:full\s+)?year\s+ended\s+", re.IGNORECASE)
_QUARTER_RESULTS = re.compile(
    _RESULTS_FOR + r"(?:(?:13|thirteen|fourteen|14)[\s-]+weeks?\s+)?(?:fiscal\s+)?(?:quarter|three[\s-]+months?(?:\s+period)?|"
    r"(?:13|thirteen|14|fourteen)[\s-]+weeks?(?:\s+period)?)\s+ended\s+",
    re.IGNORECASE,
)


def _results_for(rx: re.Pattern, text: str, period_end) -> bool:
    """Does the report announce results for a period (a year, a quarter) that ended on `period_end`?"""
    return any(parse_date(text[m.end(): m.end() + 40]) == period_end for m in rx.finditer(text[:30000]))


def _iso(d) -> str | None:
    return d.isoformat() if d else None


_FISCAL_YEAR_NAMED = re.compile(r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+fiscal\s+year\b", re.IGNORECASE)


def _named_either_way(fye_month: int, fye_day: int) -> bool:
    """A fiscal year ending in January or early February: filers name it by the year it starts in
    (most retailers: "fiscal 2023" ended February 3, 2024) or by the year it ends in ("fiscal year
    2024" ended January 28, 2024)."""
    return fye_month == 1 or (fye_month == 2 and fye_day <= 7)


def _fiscal_year_most_named(text: str, period_end) -> int | None:
    """Of the two names a January year end can have, the one the report itself uses most: its own
    year is what it talks about ("fiscal year 2024 compared to fiscal year 2023" names both once,
    the rest of the report names its own). None when neither is named clearly more."""
    counts = Counter(int(m.group(1) or m.group(2)) for m in _FISCAL_YEAR_NAMED.finditer(text[:300_000]))
    start_year, end_year = counts.get(period_end.year - 1, 0), counts.get(period_end.year, 0)
    if max(start_year, end_year) >= 2 and max(start_year, end_year) >= 1.5 * min(start_year, end_year):
        return period_end.year if end_year > start_year else period_end.year - 1
    return None


def fiscal_year_end_from(quarter: int, fiscal_year: int, period_end: date) -> str | None:
    """'--12-31' where quarter `quarter` of `fiscal_year` ends on `period_end`, a month's end: that
    fiscal year ends the remaining quarters' months later (a 52/53-week year is not dated this way)."""
    if not could_end(fiscal_year, quarter, period_end) \
            or period_end.day != calendar.monthrange(period_end.year, period_end.month)[1]:
        return None
    months = period_end.month + 3 * (4 - quarter)
    year, month = period_end.year + (months - 1) // 12, (months - 1) % 12 + 1
    return f"--{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def extract(layout: Layout, name: str) -> dict:
    """Metadata fields of FilingMeta (company, form_type, date_of_report, period_end,
    fiscal_period, fiscal_year, fiscal_year_end) that the filing states; missing ones are None."""
    text = layout.text
    head = text[:30000]
    company = _company(layout)
    form_type = _form_type(layout, name)
    date_of_report = _date_after(_DATE_OF_REPORT, head)
    if date_of_report is None:
        date_of_report = _cover_date(head)
    if date_of_report is None:  # a press release filed on its own
        date_of_report = _date_after(re.compile(r"For\s+Immediate\s+Release\s*:?\s*|Release\s+Date\s*:\s*", re.IGNORECASE), head[:5000], 40)
    if date_of_report is None and layout.header.get("CONFORMED PERIOD OF REPORT") and form_type and form_type.startswith("8-K"):
        date_of_report = parse_date(layout.header["CONFORMED PERIOD OF REPORT"])
    if date_of_report is None:  # a periodic report: the date its signature block carries
        sig = max(text.rfind("SIGNATURES"), text.rfind("SIGNATURE\n"))
        if sig >= 0:
            date_of_report = _date_after(re.compile(r"^\s*Dated?\s*:\s*", re.MULTILINE), text[sig: sig + 3000], 40)
    if date_of_report is None and layout.header.get("FILED AS OF DATE"):
        date_of_report = parse_date(layout.header["FILED AS OF DATE"])
    period_end = _date_after(_PERIOD_END, text, 40)
    if period_end is None and form_type and form_type[:4] in ("10-Q", "10-K") and layout.header.get("CONFORMED PERIOD OF REPORT"):
        period_end = parse_date(layout.header["CONFORMED PERIOD OF REPORT"])

    fye = None
    raw_fye = layout.header.get("FISCAL YEAR END", "").strip()
    if re.fullmatch(r"\d{4}", raw_fye):
        fye = f"--{raw_fye[:2]}-{raw_fye[2:]}"
    else:
        d = _date_after(_FYE, text, 40)
        if d:
            fye = f"--{d.month:02d}-{d.day:02d}"

    # the first quarter named that could end on the period's end ("compared to $745.3 million in the
    # fourth quarter of 2022" is not the quarter of a release for December 31, 2023)
    quarters = [q for q in fiscal_quarters_named(text) if period_end is None or could_end(q[1], q[0], period_end)]
    stated = (f"Q{quarters[0][0]}", quarters[0][1]) if quarters else None
    if fye is None and quarters and period_end:
        # "the third quarter of fiscal 2024, ended September 30, 2024"
        fye = fiscal_year_end_from(quarters[0][0], quarters[0][1], period_end)
    if stated is None and period_end and _results_for(_ANNUAL_RESULTS, text, period_end):
        # "results for the fiscal year ended January 28, 2023": the year is the period; a fiscal year
        # ending that day also states the fiscal year end
        if fye is None:
            fye = f"--{period_end.month:02d}-{period_end.day:02d}"
        stated = ("FY", fiscal_year_of(period_end, int(fye[2:4]), int(fye[5:7])))
    computed = None
    if period_end and fye and form_type:
        month, day = int(fye[2:4]), int(fye[5:7])
        fy = fiscal_year_of(period_end, month, day)
        computed = ("FY" if form_type.startswith("10-K") else f"Q{fiscal_quarter_of(period_end, month, day)}", fy)
    # a periodic report's own period end and fiscal year end decide; a press release says it in words
    periodic = bool(form_type and form_type[:4] in ("10-Q", "10-K"))
    # a current report announcing "results for the quarter ended <date>" without naming the quarter:
    # the fiscal year end it (or its header) states decides which quarter it is
    quarter_results = bool(not periodic and stated is None and computed and _results_for(_QUARTER_RESULTS, text, period_end))
    chosen = (computed or stated) if periodic else (
        stated or (computed if quarter_results or (form_type and form_type.startswith("10")) else None))
    if periodic and chosen and period_end and fye and _named_either_way(int(fye[2:4]), int(fye[5:7])):
        own = _fiscal_year_most_named(text, period_end)
        if own is not None:
            chosen = (chosen[0], own)
    focus_p = layout.header.get("DOCUMENT FISCAL PERIOD FOCUS", "").strip().upper()
    focus_y = layout.header.get("DOCUMENT FISCAL YEAR FOCUS", "").strip()
    if focus_p in ("Q1", "Q2", "Q3", "Q4", "FY") and re.fullmatch(r"(?:19|20)\d\d", focus_y):
        chosen = (focus_p, int(focus_y))  # the filer's own iXBRL cover tags
    fiscal_period, fiscal_year = chosen if chosen else (None, None)
    return {
        "company": company,
        "form_type": form_type,
        "date_of_report": _iso(date_of_report),
        "period_end": _iso(period_end),
        "fiscal_period": fiscal_period,
        "fiscal_year": fiscal_year,
        "fiscal_year_end": fye,
    }

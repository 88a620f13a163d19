"""Dates and reporting periods as filings print them, in one notation.

Periods are ISO strings: an instant `2023-09-30` or a duration `2023-07-01/2023-09-30`.
Pure functions, reused by question understanding ("three months ended June 29, 2024"):
parse_date / find_dates, header_period (a column header), stated_period(s) (a sentence or
title), own_period / is_sentence (a title's or row label's own period), respective_periods ("..., respectively"), duration / instant / parse_period,
months_between, year_earlier, and the fiscal calendar: fiscal_year_of, fiscal_quarter_of,
fiscal_quarters_named ('Q3 FY2024'), fiscal_quarter_period, fiscal_periods_named,
long_fiscal_years / with_long_year (a stated 53-week year).

Month-based durations ending on a month end run from the first day of the month (a calendar
quarter). Ending on another day, the filer keeps a 52/53-week calendar (many retailers and manufacturers), so
3/6/9/12 months are read as 13/26/39/52 weeks: "Three Months Ended June 29, 2024" is
2024-03-31/2024-06-29, the period the filer's own XBRL contexts use.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "twenty-six": 26, "twenty six": 26, "twenty-seven": 27, "thirty-nine": 39, "thirty nine": 39,
    "forty": 40, "fifty-two": 52, "fifty two": 52, "fifty-three": 53, "fifty three": 53,
}

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "September 30, 2023", "Sept. 30 2023", "Dec ember 31, 2023" (a word broken by conversion:
# a month prefix, then a lower-case fragment), "June 29 , 2024"
_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH_ALT})[a-z]*\.?(?:\s+[a-z]{{1,8}})?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_ALT})[a-z]*\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")
_US = re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)?\d\d)\b")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<mon>\d\d)(?P<day>\d\d)$")


def _mk(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    return MONTHS.get(w[:3]) if len(w) >= 3 and w[:3] in MONTHS and w[:3] != "may" else None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every date printed in `text`, with its character span, in order."""
    found: list[tuple[date, int, int]] = []
    for rx in (_MDY, _DMY):
        for m in rx.finditer(text):
            mon = _month(m.group("mon"))
            # a fragment after the month must be the rest of a broken word, not a real word
            d = _mk(int(m.group("year")), mon, int(m.group("day"))) if mon else None
            if d:
                found.append((d, m.start(), m.end()))
    for m in _ISO.finditer(text):
        d = _mk(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _US.finditer(text):
        y = int(m.group("year"))
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        d = _mk(y, int(m.group("mon")), int(m.group("day")))
        if d:
            found.append((d, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    out: list[tuple[date, int, int]] = []
    for item in found:  # drop overlaps (a DMY inside an MDY match)
        if out and item[1] < out[-1][2]:
            continue
        out.append(item)
    return out


def parse_date(text: str) -> date | None:
    """The first date printed in `text` ('Dec ember 31, 2023' -> 2023-12-31), else None.

    Also reads '2023-09-30', '9/30/2023' and SGML's '20230930'.
    """
    if not text:
        return None
    m = _COMPACT.match(text.strip())
    if m:
        return _mk(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    found = find_dates(text)
    return found[0][0] if found else None


def instant(d: date) -> str:
    """An instant period: '2023-09-30'."""
    return d.isoformat()


def duration(start: date, end: date) -> str:
    """A duration period, both ends inclusive: '2023-07-01/2023-09-30'."""
    return f"{start.isoformat()}/{end.isoformat()}"


def parse_period(s: str) -> tuple[date | None, date]:
    """'2023-07-01/2023-09-30' -> (start, end); '2023-09-30' -> (None, end)."""
    if "/" in s:
        a, b = s.split("/", 1)
        return date.fromisoformat(a), date.fromisoformat(b)
    return None, date.fromisoformat(s)


def is_month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def months_back(end: date, months: int) -> date:
    """Start of the `months`-long period ending on `end` (inclusive), as filers count it."""
    if is_month_end(end):
        y, m = end.year, end.month - months + 1
        while m <= 0:
            m += 12
            y -= 1
        return date(y, m, 1)
    weeks = {3: 13, 6: 26, 9: 39, 12: 52}.get(months)
    if weeks:
        return end - timedelta(weeks=weeks) + timedelta(days=1)
    y, m = end.year, end.month - months
    while m <= 0:
        m += 12
        y -= 1
    day = min(end.day, calendar.monthrange(y, m)[1])
    return date(y, m, day) + timedelta(days=1)


def months_between(start: date, end: date) -> int:
    """Whole months a duration covers (inclusive ends), rounded: a 13-week quarter is 3."""
    return max(0, round(((end - start).days + 1) / 30.4375))


_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_LEN_RE = re.compile(
    _COUNT + r"[\s-]+(?P<unit>months?|weeks?)\b(?:\s+fiscal)?(?:\s+(?:period|quarter|year)s?)?\s+(?:ended|ending|end)\b",
    re.IGNORECASE
)
# "Trailing 4-Quarters Ended August 31, 2024", "Two Quarters Ended": that many quarters, not one
_QUARTERS_RE = re.compile(_COUNT + r"[\s-]+quarters\b(?:\s+fiscal)?\s+(?:ended|ending)\b", re.IGNORECASE)
_QUARTER_RE = re.compile(r"\b(?:(?:fiscal|third|second|first|fourth)\s+)?quarters?\s+(?:ended|ending)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:fiscal\s+)?years?\s+(?:ended|ending)\b|\btwelve[\s-]+months\b|\bfiscal\s+year\b(?=.*\b(?:ended|ending)\b)", re.IGNORECASE)
_INSTANT_HINT = re.compile(r"\b(?:as\s+of|at|balance|as\s+at)\b", re.IGNORECASE)


def period_length(text: str) -> tuple[int, str] | None:
    """('months'|'weeks', n) named by a header: 'Thirteen Weeks Ended' -> (13, 'weeks')."""
    m = _LEN_RE.search(text)
    if m:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        return count, "weeks" if m.group("unit").lower().startswith("week") else "months"
    m = _QUARTERS_RE.search(text)
    if m:
        n = m.group("n").lower()
        return 3 * (int(n) if n.isdigit() else NUMBER_WORDS[n]), "months"
    if _QUARTER_RE.search(text):
        return 3, "months"
    if _YEAR_RE.search(text):
        return 12, "months"
    return None


def span_period(end: date, length: tuple[int, str]) -> str:
    """The duration of `length` ((n, 'months'|'weeks')) ending on `end`."""
    n, unit = length
    start = end - timedelta(weeks=n) + timedelta(days=1) if unit == "weeks" else months_back(end, n)
    return duration(start, end)


def header_period(text: str) -> str | None:
    """The period a column header names, or None.

    'Three Months Ended September 30, 2023' -> '2023-07-01/2023-09-30';
    'Thirteen Weeks Ended November 4, 2023' -> '2023-08-06/2023-11-04';
    'Year Ended December 31, 2023' -> '2023-01-01/2023-12-31';
    a bare date 'September 30, 2023' (a balance-sheet column) -> '2023-09-30';
    a year alone, a '% Change' column or words -> None.
    When a header prints two dates (a range 'July 1, 2023 to September 30, 2023'), the period
    runs between them.
    """
    if not text:
        return None
    dates = find_dates(text)
    if not dates:
        return None
    if re.search(r"%|\bchange\b|\bvariance\b", text, re.IGNORECASE):
        return None
    end = dates[-1][0]
    if len(dates) >= 2 and re.search(r"\b(?:to|through|-|–)\b", text[dates[0][2]:dates[-1][1]] + " "):
        start = dates[0][0]
        if start < end:
            return duration(start, end)
    length = period_length(text[: dates[-1][1]] or text)
    if length:
        return span_period(end, length)
    return instant(end)


def fiscal_year_of(end: date, fye_month: int, fye_day: int) -> int:
    """The fiscal year a period ending on `end` belongs to, named as filers name it.

    Fiscal years are named by the calendar year they end in (FYE June 30: a quarter ending
    2023-09-30 is FY2024), except years ending in January or the first week of February,
    which retailers name by the year they start in (FYE ~Feb 1: 2023-11-04 is fiscal 2023).
    A 52/53-week year may end a few days after its nominal month end, hence the 7-day slack.
    """
    fye_day = min(fye_day, calendar.monthrange(end.year, fye_month)[1])
    fye_this = date(end.year, fye_month, fye_day)
    year = end.year if end <= fye_this + timedelta(days=7) else end.year + 1
    if fye_month == 1 or (fye_month == 2 and fye_day <= 7):
        year -= 1
    return year


def fiscal_quarter_of(end: date, fye_month: int, fye_day: int) -> int:
    """Fiscal quarter (1-4) of a quarter ending on `end`, for a year ending on fye_month/fye_day."""
    fye_day = min(fye_day, calendar.monthrange(end.year, fye_month)[1])
    last_fye = date(end.year, fye_month, fye_day)
    if last_fye + timedelta(days=7) >= end:
        prev_year = end.year - 1
        last_fye = date(prev_year, fye_month, min(fye_day, calendar.monthrange(prev_year, fye_month)[1]))
    months = months_between(last_fye + timedelta(days=1), end)
    return min(4, max(1, round(months / 3)))


_PERIOD_PHRASE = re.compile(
    r"(?:(?:\b[\w-]+[\s-]+(?:months?|weeks?)(?:[\s-]+(?:fiscal\s+)?(?:period|quarter|year))?)"
    r"|\b(?:\d+-week\s+)?(?:fiscal\s+)?(?:quarter|year|period))\s+(?:ended|ending)\s+",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|at|balances?\s+(?:as\s+of\s+|at\s+)?)\s*", re.IGNORECASE)


def _more_years(tail: str, first: tuple[date, int, int]) -> list[date]:
    """Dates implied by bare years listed after a full date: 'August 31, 2024 and 2023'."""
    out = []
    pos = first[2]
    while True:
        m = re.match(r"\s*(?:,\s*and|,|and)\s*((?:19|20)\d\d)\b(?!\s*[-/]\d)", tail[pos:])
        if not m:
            return out
        d = _mk(int(m.group(1)), first[0].month, first[0].day)
        if d is None and first[0].month == 2 and first[0].day == 29:
            d = _mk(int(m.group(1)), 2, 28)
        if d:
            out.append(d)
        pos += m.end()


def stated_periods(text: str) -> list[tuple[str, int]]:
    """Every period a sentence or title states, with its position: 'for the quarter ending
    September 30, 2023' -> duration, 'as of June 30, 2023' -> instant."""
    found: list[tuple[str, int]] = []
    for m in _PERIOD_PHRASE.finditer(text):
        tail = text[m.end(): m.end() + 40]
        d = find_dates(tail)
        if d and d[0][1] == 0:
            p = header_period(m.group(0) + tail[: d[0][2]])
            if p:
                found.append((p, m.start()))
                for other in _more_years(tail, d[0]):  # "ended August 31, 2024 and 2023"
                    q = header_period(f"{m.group(0)}{other:%B} {other.day}, {other.year}")
                    if q:
                        found.append((q, m.start() + 1))
    for m in _AS_OF.finditer(text):
        tail = text[m.end(): m.end() + 70]
        d = find_dates(tail)
        if d and d[0][1] == 0:
            found.append((instant(d[0][0]), m.start()))
            # "as of September 30, 2023 and June 30, 2023": each date is a period of its own
            for nxt, prev in zip(d[1:], d):
                if re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", tail[prev[2]:nxt[1]]):
                    found.append((instant(nxt[0]), m.start() + nxt[1]))
                else:
                    break
    return sorted(found, key=lambda x: x[1])


def stated_period(text: str) -> str | None:
    """The one period `text` states, or None when it states none or several different ones."""
    periods = {p for p, _ in stated_periods(text)}
    return periods.pop() if len(periods) == 1 else None


# a document's own date ("the Plan, as amended and restated as of May 1, 2020") is not the period of any figure
_DOCUMENT_DATE = re.compile(
    r"\b(?:amended|restated|dated|effective|adopted|entered\s+into)(?:\s+and\s+restated)?,?\s+(?:as\s+of|on)\s+"
    r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


_DAY_RANGE = re.compile(
    rf"^\s*(?P<m1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*(?:-|–|—|to|through)\s*"
    rf"(?:(?P<m2>{_MONTH_ALT})\.?\s+)?(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)\s*$", re.IGNORECASE)


def range_period(label: str) -> str | None:
    """The span a row label is ("July 1 - July 31, 2024", "August 1, 2024 to August 31, 2024"): the
    rows of a table of repurchases by month; None for any other label."""
    m = _DAY_RANGE.match(label)
    if not m:
        return None
    y2 = int(m["y2"])
    m2 = MONTHS[(m["m2"] or m["m1"]).lower().rstrip(".")]
    y1 = int(m["y1"]) if m["y1"] else y2
    try:
        start, end = date(y1, MONTHS[m["m1"].lower().rstrip(".")], int(m["d1"])), date(y2, m2, int(m["d2"]))
    except ValueError:
        return None
    return duration(start, end) if start < end and (end - start).days <= 400 else None


def own_period(text: str) -> str | None:
    """The one period a table title or row label states for its own figures ('Balance as of
    June 29, 2024'); a document's date in it ('Plan, as amended as of May 1, 2020') is no period."""
    return stated_period(_DOCUMENT_DATE.sub(" ", text))


def is_sentence(text: str) -> bool:
    """A full sentence (a proposal borrowed as a row label), not a label: it ends in '.' and
    runs to more than eight words. A sentence's dates belong to its subject, not to the figures."""
    t = text.strip()
    return len(t) > 200 or (t.endswith(".") and len(t.split()) > 8)


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FISCAL_QUARTER_PATTERNS = [
    # "first quarter of the Company's 2024 fiscal year", "third quarter of fiscal 2024"
    re.compile(r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+of\s+(?:the\s+\w+(?:'s|’s)?\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    # "First Quarter Fiscal Year 2024", "third quarter fiscal 2024"
    re.compile(r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?fiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    # "Q3 FY2024", "Q1 fiscal 2024", "1Q FY2024", "Q3 2024"
    re.compile(r"\bQ(?P<qn>[1-4])\s*(?:FY|fiscal\s*)\s*'?(?P<y>(?:19|20)?\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<qn>[1-4])Q\s*(?:FY|fiscal\s*)\s*'?(?P<y>(?:19|20)?\d\d)\b", re.IGNORECASE),
    # a release's title: "Fourth Quarter and Full Year 2024 Results", "Third Quarter 2024 Highlights"
    re.compile(r"\b(?P<q>first|second|third|fourth)[\s-]+quarter\s+(?:and\s+(?:full[\s-]+year|fiscal(?:\s+year)?)\s+)?(?P<y>(?:19|20)\d\d)\b"
               r"(?!\s*(?:,|and)\s*(?:19|20)\d\d)", re.IGNORECASE),
    # "fiscal 2024 third quarter"
    re.compile(r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\s+(?P<q>first|second|third|fourth)\s+quarter\b", re.IGNORECASE),
    # a column headed "Q3 2024" (as "Q3'24" and "3Q24" are read): the quarter of the fiscal year named
    re.compile(r"^\s*Q(?P<qn>[1-4])(?:\s+|\s*[-–]\s*)(?P<y>(?:19|20)\d\d)\s*$", re.IGNORECASE),  # "Q3 2024", "Q3-2024"
    # a column headed "Fiscal 2024 Q3", "FY2024 Q3"
    re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s?'?)(?P<y>(?:19|20)\d\d)\s+Q(?P<qn>[1-4])\b", re.IGNORECASE),
]

_FISCAL_YEAR = re.compile(r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s+(?:and|or|,))|\b(?P<y2>(?:19|20)\d\d)\s+fiscal\s+year\b|\bFY\s?'?(?P<y3>(?:19|20)?\d\d)\b", re.IGNORECASE)


def could_end(fiscal_year: int, quarter: int, end: date) -> bool:
    """Could quarter `quarter` of `fiscal_year` end on `end`, under any fiscal year end? A fiscal year
    is named by the calendar year it ends in (or, for a year ending in January or early February, the
    year it starts in), so its fourth quarter ends in that year and its others in it or the year before."""
    if quarter == 4:
        return end.year == fiscal_year or (end.month <= 2 and end.year == fiscal_year + 1)
    return end.year in (fiscal_year - 1, fiscal_year)


def fiscal_quarters_named(text: str) -> list[tuple[int, int, int]]:
    """Fiscal quarters a text names, in order: (quarter, fiscal year, position).

    'first quarter of the Company's 2024 fiscal year', 'third quarter of fiscal 2024',
    'Q3 FY2024', '1Q FY2024', 'fiscal 2024 third quarter'.
    """
    found: list[tuple[int, int, int, int]] = []  # quarter, year, start, end
    for rx in _FISCAL_QUARTER_PATTERNS:
        for m in rx.finditer(text):
            gd = m.groupdict()
            q = int(gd["qn"]) if gd.get("qn") else _ORDINAL[gd["q"].lower()]
            y = int(gd["y"]) if len(gd["y"]) == 4 else 2000 + int(gd["y"])
            if not any(a < m.end() and m.start() < b for _, _, a, b in found):
                found.append((q, y, m.start(), m.end()))
                more = re.match(r"\s*(?:,\s*and|,|and)\s*(?:fiscal\s+)?((?:19|20)\d\d)\b", text[m.end():])
                if more:  # "the first quarter of fiscal 2025 and 2024"
                    found.append((q, int(more.group(1)), m.end(), m.end() + more.end()))
    return [(q, y, a) for q, y, a, _ in sorted(found, key=lambda t: t[2])]


def fiscal_year_bounds(fiscal_year: int, fye_month: int, fye_day: int) -> tuple[date, date] | None:
    """First and last day of a fiscal year named as `fiscal_year_of` names it; None when the year
    does not end on a month end (52/53-week years cannot be dated from their name alone)."""
    year = fiscal_year + 1 if (fye_month == 1 or (fye_month == 2 and fye_day <= 7)) else fiscal_year
    last = calendar.monthrange(year, fye_month)[1]
    if fye_day != last:
        return None
    end = date(year, fye_month, last)
    return months_back(end, 12), end


def fiscal_quarter_period(quarter: int, fiscal_year: int, fye_month: int, fye_day: int) -> str | None:
    """'2023-07-01/2023-09-30' for Q1 of fiscal 2024 with a June 30 year end; None for 52/53-week years."""
    bounds = fiscal_year_bounds(fiscal_year, fye_month, fye_day)
    if not bounds or not 1 <= quarter <= 4:
        return None
    start = bounds[0]
    m = start.month - 1 + 3 * quarter  # months after January of the start year, 0-based, to the quarter end
    y, mo = start.year + (m - 1) // 12, (m - 1) % 12 + 1
    end = date(y, mo, calendar.monthrange(y, mo)[1])
    return duration(months_back(end, 3), end)


YEAR_TO_DATE = re.compile(r"\byear[\s-]+to[\s-]+date\b|\bYTD\b", re.IGNORECASE)


def year_to_date(label: str, end: date, fye: str | None) -> str | None:
    """The span a "Year to date 6/30/2025" column covers: from the day after the last fiscal year end
    before `end` (the filing's `fye`, "--MM-DD"; a calendar year where it states none) to `end`.
    None when `label` does not say year to date, or the year end is a 52/53-week one (not a month end)."""
    if not YEAR_TO_DATE.search(label or ""):
        return None
    month, day = (int(fye[2:4]), int(fye[5:7])) if fye else (12, 31)
    if day != calendar.monthrange(2001, month)[1] and not (month == 2 and day == 28):
        return None
    year_end = date(end.year, month, calendar.monthrange(end.year, month)[1])
    if year_end >= end:
        year_end = date(end.year - 1, month, calendar.monthrange(end.year - 1, month)[1])
    start = year_end + timedelta(days=1)
    return duration(start, end) if 0 < months_between(start, end) <= 12 else None


_YTD_NAMED = re.compile(
    r"\bfirst\s+(?P<n>three|six|nine|twelve|3|6|9|12)\s+months\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def fiscal_periods_named(text: str, fye: str | None,
                         anchor: tuple[int, int, date] | None = None) -> list[tuple[str, int]]:
    """Periods named by fiscal wording ('1Q FY2024', 'fiscal 2024') given the year end '--MM-DD'.

    `anchor` = (quarter, fiscal year, end date) of the report's own quarter dates that quarter
    when the year end alone cannot (a 52/53-week year): 'the third quarter of 2024'."""
    if not fye or not re.fullmatch(r"--\d\d-\d\d", fye):
        return []
    month, day = int(fye[2:4]), int(fye[5:7])
    shift = _naming_shift(month, day, anchor)
    out: list[tuple[str, int]] = []
    quarters = fiscal_quarters_named(text)
    for q, y, pos in quarters:
        p = fiscal_quarter_period(q, y + shift, month, day)
        if p is None and anchor and (q, y) == anchor[:2]:
            p = span_period(anchor[2], (3, "months"))
        if p:
            out.append((p, pos))
    for m in _YTD_NAMED.finditer(text):  # "the first nine months of 2024"
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        y = int(m.group("y"))
        if anchor and y == anchor[1] and n == 3 * anchor[0]:
            out.append((span_period(anchor[2], (n, "months")), m.start()))
        else:
            out.append(("?", m.start()))  # named but not datable here: the clause is ambiguous
    for m in _FISCAL_YEAR.finditer(text):
        if any(abs(m.start() - pos) < 40 for _, _, pos in quarters):
            continue
        y = m.group("y") or m.group("y2") or m.group("y3")
        fy = int(y) if len(y) == 4 else 2000 + int(y)
        bounds = fiscal_year_bounds(fy + shift, month, day)
        if bounds:
            out.append((duration(*bounds), m.start()))
    return sorted(out, key=lambda t: t[1])


def _naming_shift(fye_month: int, fye_day: int, anchor: tuple[int, int, date] | None) -> int:
    """How the filer's fiscal year names differ from `fiscal_year_of`'s: 0, or -1 where a January year
    end is named by the year it ends in ("the second quarter of fiscal 2026, ended July 31, 2025"), as
    software companies do and retailers do not; read from the report's own quarter (`anchor`)."""
    if anchor is None:
        return 0
    quarter, year, end = anchor
    for shift in (0, -1, 1):
        p = fiscal_quarter_period(quarter, year + shift, fye_month, fye_day)
        if p is not None and abs((date.fromisoformat(p.split("/")[1]) - end).days) <= 7:
            return shift
    return 0


_DATE_LIST_LEAD = re.compile(
    r"(?P<lead>(?:\b(?P<len>[\w-]+[\s-]+(?:months?|weeks?))(?:[\s-]+(?:fiscal\s+)?(?:periods?|quarters?|years?))?\s+|"
    r"\b(?:fiscal\s+)?(?P<kind>quarters?|years?|periods?)\s+)?(?:ended|ending)\s+|\b(?:as\s+of|as\s+at|at)\s+)",
    re.IGNORECASE,
)
_LENGTHS_LIST = re.compile(
    r"\b(?P<a>three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2})\s+and\s+"
    r"(?P<b>three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2})[\s-]+(?P<unit>months?|weeks?)"
    r"(?:[\s-]+periods?)?\s+(?:ended|ending)\s+",
    re.IGNORECASE,
)


def respective_periods(sentence: str) -> list[str]:
    """The periods a "..., respectively" sentence lists, in order, or [] when it lists none:
    'as of August 31, 2024 and May 31, 2024, respectively' -> two instants;
    'for the three and nine months ended June 29, 2024, respectively' -> two durations."""
    if "respectively" not in sentence.lower():
        return []
    m = _LENGTHS_LIST.search(sentence)
    if m:
        dates = find_dates(sentence[m.end(): m.end() + 30])
        if dates and dates[0][1] == 0:
            end = dates[0][0]
            unit = m.group("unit")
            return [header_period(f"{n} {unit} ended {end:%B} {end.day}, {end.year}") or "" for n in (m.group("a"), m.group("b"))]
    for m in _DATE_LIST_LEAD.finditer(sentence):
        tail = sentence[m.end(): m.end() + 120]
        dates = find_dates(tail)
        if not dates or dates[0][1] != 0:
            continue
        listed = [dates[0]]
        for nxt in dates[1:]:
            if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", tail[listed[-1][2]:nxt[1]]):
                listed.append(nxt)
            else:
                break
        all_dates = [d for d, _, _ in listed]
        if len(listed) == 1:
            all_dates += _more_years(tail, listed[0])  # "ended August 31, 2024 and 2023"
        if len(all_dates) < 2:
            continue
        lead = m.group(0)
        if re.match(r"(?:as\s+of|as\s+at|at)\b", lead, re.IGNORECASE):
            return [instant(d) for d in all_dates]
        return [header_period(f"{lead}{d:%B} {d.day}, {d.year}") or instant(d) for d in all_dates]
    return []


def year_earlier(period: str) -> str:
    """The same period a year before: calendar quarters shift by a year (month ends kept), periods
    of a 52/53-week calendar by 52 weeks."""
    start, end = parse_period(period)

    def back(d: date) -> date:
        if is_month_end(d):
            return date(d.year - 1, d.month, calendar.monthrange(d.year - 1, d.month)[1])
        return d - timedelta(weeks=52)

    if start is None:
        return instant(back(end))
    new_end = back(end)
    if is_month_end(end):
        first = start.replace(year=start.year - 1) if not (start.month == 2 and start.day == 29) else date(start.year - 1, 2, 28)
        return duration(first, new_end)
    return duration(start - timedelta(weeks=52), new_end)


_SPAN_WEEKS = re.compile(
    r"fiscal\s+years?\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\s+(?:span|spanned|included|were|had|consisted\s+of)\s+"
    r"(?P<w1>52|53)\s+and\s+(?P<w2>52|53)\s+weeks,?\s+respectively",
    re.IGNORECASE,
)
_ONE_YEAR_WEEKS = re.compile(
    r"fiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\s+(?:was|is|included|spanned|spans|had|contained|consisted\s+of)\s+(?:a\s+)?53[\s-]weeks?"
    r"|(?P<y2>(?:19|20)\d\d)\s+(?:was|is)\s+a\s+53[\s-]week\s+(?:fiscal\s+)?year",
    re.IGNORECASE,
)
_EXTRA_WEEK_Q1 = re.compile(
    r"(?:additional|extra|14th|fourteenth|53rd)\s+week[^.]{0,80}\bfirst\s+(?:fiscal\s+)?quarter"
    r"|first\s+(?:fiscal\s+)?quarter[^.]{0,40}\b14[\s-]weeks?",
    re.IGNORECASE,
)


def long_fiscal_years(text: str) -> dict[int, int]:
    """53-week fiscal years a filing states, with the quarter that carries the extra week:
    {2023: 1} from "fiscal years 2024 and 2023 span 52 and 53 weeks, respectively" and "an
    additional week is included in the first fiscal quarter". Without a word on where the week
    goes it is the last quarter, where a 52/53-week year that ends a week later puts it."""
    years: set[int] = set()
    for m in _SPAN_WEEKS.finditer(text):
        for y, w in ((m.group("y1"), m.group("w1")), (m.group("y2"), m.group("w2"))):
            if w == "53":
                years.add(int(y))
    for m in _ONE_YEAR_WEEKS.finditer(text):
        years.add(int(m.group("y") or m.group("y2")))
    quarter = 1 if _EXTRA_WEEK_Q1.search(text) else 4
    return {y: quarter for y in years}


def with_long_year(period: str, fye_month: int, fye_day: int, long_years: dict[int, int]) -> str:
    """A month-named duration of a 52/53-week filer, read as 13/26/39/52 weeks, lengthened by the
    extra week when it covers the quarter of a 53-week year that carries it."""
    start, end = parse_period(period)
    if start is None or is_month_end(end):
        return period
    fy = fiscal_year_of(end, fye_month, fye_day)
    q_extra = long_years.get(fy)
    if q_extra is None:
        return period
    q_end = fiscal_quarter_of(end, fye_month, fye_day)
    quarters = max(1, round(((end - start).days + 1) / 91))
    q_start = q_end - quarters + 1
    if q_start <= q_extra <= q_end:
        return duration(start - timedelta(weeks=1), end)
    return period

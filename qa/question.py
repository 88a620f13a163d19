"""Understand a question: the line item(s), the period(s) and the operation.

Periods are resolved against the filing's own calendar, not against month arithmetic alone:
the filing's current quarter is the latest ~3-month duration in its tables, and "the third
quarter of fiscal 2023" is the table period whose end lies about four quarters before it. That
works for June and September fiscal years and for retail 13/39-week calendars alike (match by
nearest end date within a tolerance).

    >>> q = parse_question("What were total revenues for the three months ended September 30, 2010?")
    >>> q.operation, q.periods[0].end, q.periods[0].months
    ('lookup', datetime.date(2010, 9, 30), 3)
"""

from __future__ import annotations

import calendar as _cal
import itertools
import re
import tomllib
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

from pydantic import BaseModel, Field

from index.models import FilingMeta
from index.periods import could_end
from qa.lexicon import concepts, normalize as lexicon_normalize, tokens

Operation = Literal["lookup", "difference", "percent_change", "ratio", "share", "sum", "average", "greater", "range", "text",
                    "min", "max"]

_MONTHS = {m.lower(): i for i, m in enumerate(_cal.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(_cal.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_RX = rf"(?:{_MONTH_RX}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RX}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "twelve": 12, "thirteen": 13,
              "twenty-six": 26, "twenty six": 26, "thirty-nine": 39, "thirty nine": 39, "fifty-two": 52,
              "fifty two": 52, "fifty-three": 53, "fifty three": 53}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def parse_date(text: str) -> date | None:
    """'September 30, 2011', '30 Sep 2011', '2011-09-30' -> date."""
    t = text.strip().lower().replace(",", " ").replace(".", " ")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t.strip())
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    parts = t.split()
    try:
        if parts[0].isdigit():
            day, month, year = int(parts[0]), _MONTHS[parts[1]], int(parts[2])
        else:
            month, day, year = _MONTHS[parts[0]], int(parts[1]), int(parts[2])
        return date(year, month, day)
    except (KeyError, ValueError, IndexError):
        return None


def add_months(d: date, months: int) -> date:
    """Same day-of-month `months` later, clamped; month ends stay month ends."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = _cal.monthrange(year, month)[1]
    is_month_end = d.day == _cal.monthrange(d.year, d.month)[1]
    return date(year, month, last if is_month_end else min(d.day, last))


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUM_WORDS.get(w, 0)


def _year(text: str) -> int:
    y = int(text.strip("'"))
    return y + 2000 if y < 100 else y


# ----------------------------------------------------------------------------------- periods

class PeriodSpec(BaseModel):
    """One period the question asks about, resolved to a target end date and length."""

    text: str = Field(description="The words that named it.")
    end: date | None = Field(None, description="Target end date; None until resolved (current period).")
    months: int | None = Field(None, description="Duration in months (3, 6, 9, 12); None for an instant or any.")
    instant: bool = Field(False, description="Asked 'as of' / 'at' a date: a balance-sheet instant.")
    fiscal: tuple[int, int] | None = Field(None, description="(fiscal year, quarter 1-4 or 0 for the year) if named so.")
    relative: Literal["current", "year_earlier", "quarter_earlier"] | None = None
    year: int | None = Field(None, description="A bare year ('in 2013'): any period ending in that year.")
    tolerance_days: int = Field(7, description="How far a table period's end may lie from `end`.")
    flow: bool = Field(False, description="Named as a span ('nine months ended'): a balance-sheet instant does not answer it.")
    start: int = Field(0, description="Position in the question (orders periods as asked).")


class Calendar(BaseModel):
    """The filing's fiscal calendar, anchored on its current quarter."""

    current_end: date | None = None
    current_months: int | None = None
    quarter: int | None = Field(None, description="Fiscal quarter (1-4) of the current period.")
    fiscal_year: int | None = None
    ends: list[date] = Field(default_factory=list, description="All period ends present in the filing's tables.")

    def quarter_end(self, fy: int, q: int) -> tuple[date | None, int]:
        """Target end of fiscal quarter q (0 = whole year) of fiscal year fy, and a tolerance in days."""
        if self.current_end is None or self.quarter is None or self.fiscal_year is None:
            return None, 0
        qq = 4 if q == 0 else q
        offset = ((fy - self.fiscal_year) * 4 + (qq - self.quarter)) * 3
        return add_months(self.current_end, offset), 20


def _iso_end(period: str) -> date | None:
    try:
        return date.fromisoformat(period.split("/")[-1])
    except ValueError:
        return None


def period_days(period: str) -> int | None:
    """Length in days of a duration 'start/end'; None for an instant."""
    if "/" not in period:
        return None
    a, b = period.split("/")
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days + 1
    except ValueError:
        return None


def months_of(period: str) -> int | None:
    days = period_days(period)
    return None if days is None else max(1, round(days / 30.44))


_FISCAL_IN_TEXT = [
    # "third quarter of fiscal 2024", and as releases head themselves, "Third Quarter 2023 Results"
    re.compile(r"\b(first|second|third|fourth) (?:fiscal )?quarter,? (?:of )?(?:the company's |its )?(?:fiscal (?:year )?)?(\d{4})(?: fiscal year)?", re.I),
    re.compile(r"\b([1-4])q\s?(?:fy|fiscal)\s?'?(\d{2,4})\b", re.I),
    re.compile(r"\bq([1-4])\s?(?:fy|fiscal)\s?'?(\d{2,4})\b", re.I),
]


def fiscal_calendar(meta: FilingMeta | None, available_periods: Iterable[str], text: str | None = None) -> Calendar:
    """Anchor the calendar: current quarter = latest ~3-month table period (else latest period).

    Its fiscal quarter and year come from the filing metadata, else from how the filing names
    itself ("first quarter of the Company's 2012 fiscal year", "1Q FY2012"), the most recent
    fiscal year named winning.
    """
    periods = [p for p in set(available_periods) if p]
    ends = sorted({e for p in periods if (e := _iso_end(p))})
    quarters = [p for p in periods if (d := period_days(p)) and 80 <= d <= 100]
    cal = Calendar(ends=ends)
    if quarters:
        cal.current_end = max(_iso_end(p) for p in quarters)
        cal.current_months = 3
    elif periods:
        latest = max(periods, key=lambda p: (_iso_end(p) or date.min, -(period_days(p) or 0)))
        cal.current_end = _iso_end(latest)
        cal.current_months = months_of(latest)
    if meta and meta.period_end and cal.current_end is None:
        try:
            cal.current_end = date.fromisoformat(meta.period_end)
        except ValueError:
            pass
    stated = None  # the fiscal quarter the metadata states, where it could end with the current period
    if meta and meta.fiscal_period and meta.fiscal_year and re.fullmatch(r"Q[1-4]", meta.fiscal_period):
        stated = (int(meta.fiscal_period[1]), meta.fiscal_year)
    elif meta and meta.fiscal_period == "FY" and meta.fiscal_year:
        stated = (4, meta.fiscal_year)
    if stated and cal.current_end and not could_end(stated[1], stated[0], cal.current_end):
        stated = None  # read from a sentence about another year ("... in the fourth quarter of 2022")
    if stated:
        cal.quarter, cal.fiscal_year = stated
    elif text:
        named = _named_quarters(text, cal.current_end)
        if named:
            fy, q = max(named, key=lambda k: (k[0], named[k]))
            cal.quarter, cal.fiscal_year = q, fy
    # the tables know the quarter better than any caption: a 9-month column ending with the
    # current quarter makes it the third quarter, whatever the metadata guessed
    if cal.current_end and cal.current_months == 3:
        ytd = [m for p in periods if _iso_end(p) and abs((_iso_end(p) - cal.current_end).days) <= 3
               and (m := months_of(p)) and 4 <= m <= 11]
        if ytd:
            q_tables = min(4, max(ytd) // 3)
            if cal.quarter != q_tables:
                cal.quarter = q_tables
                # the year as the filing names its own quarter ("the second quarter of fiscal 2026", ended July 31,
                # 2025: a January year named by the year it ends in), else as filers with that year end mostly do
                own = [k for k in _named_quarters(text, cal.current_end) if k[1] == q_tables] if text else []
                cal.fiscal_year = own[0][0] if len(own) == 1 else \
                    (_fiscal_year_from_fye(cal.current_end, meta) or cal.fiscal_year)
    if cal.quarter is None and cal.current_end and meta and meta.fiscal_year_end:
        m = re.fullmatch(r"--(\d{2})-(\d{2})", meta.fiscal_year_end)
        if m:  # quarters from the fiscal year end; the year is named by the calendar year it ends in
            fye_month = int(m[1])
            diff = (cal.current_end.month - fye_month) % 12
            cal.quarter = 4 if diff == 0 else (diff + 2) // 3
            cal.fiscal_year = cal.current_end.year + (1 if cal.current_end.month > fye_month else 0)
    if cal.fiscal_year is None and cal.current_end and cal.current_months == 3:
        calendar_quarter = _calendar_quarter(cal.current_end)
        if calendar_quarter and cal.quarter in (None, calendar_quarter[1]):
            # nothing dates the fiscal year (an exhibit without its cover, a release that names no
            # fiscal quarter): a quarter ending with a calendar quarter is that calendar quarter, as
            # for most filers; "the third quarter of 2023" then asks for the quarter ended September 30
            cal.fiscal_year, cal.quarter = calendar_quarter
    return cal


def _named_quarters(text: str, current_end: date | None) -> Counter:
    """(fiscal year, quarter) -> how often the filing names it ("first quarter of the Company's 2012 fiscal
    year", "1Q FY2012"), of those that could end on the current period's end (a quarter named for another
    year, "compared to ... in the fourth quarter of 2022", is no anchor)."""
    named: Counter[tuple[int, int]] = Counter()
    for rx in _FISCAL_IN_TEXT:
        for m in rx.finditer(text[:200_000]):
            q = _ORD.get(m[1].lower()) or int(m[1])
            named[(_year(m[2]), q)] += 1
    if current_end:
        named = Counter({k: n for k, n in named.items() if could_end(k[0], k[1], current_end)})
    return named


def _calendar_quarter(end: date) -> tuple[int, int] | None:
    """(year, quarter) of the calendar quarter a date ends, within a week (a 13-week quarter ending
    October 1 ends the third); None for a date far from any (a retailer's quarter ending October 29)."""
    for year in (end.year - 1, end.year):
        for q, (month, day) in enumerate(((3, 31), (6, 30), (9, 30), (12, 31)), start=1):
            if abs((end - date(year, month, day)).days) <= 7:
                return year, q
    return None


def _fiscal_year_from_fye(end: date, meta: FilingMeta | None) -> int | None:
    if not (meta and meta.fiscal_year_end):
        return None
    m = re.fullmatch(r"--(\d{2})-(\d{2})", meta.fiscal_year_end)
    if not m:
        return None
    from index.periods import fiscal_year_of

    return fiscal_year_of(end, int(m[1]), int(m[2]))


_P_DURATION = re.compile(
    rf"\b(?P<n>three|six|nine|twelve|3|6|9|12)[- ]months? (?:period )?(?:ended|ending|end) (?P<date>{DATE_RX})", re.I)
_P_WEEKS = re.compile(
    rf"\b(?P<n>\d{{1,2}}|thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|fifty[- ]three)[- ]weeks? (?:fiscal )?(?:quarter |period |year )?(?:ended|ending|end) (?P<date>{DATE_RX})", re.I)
_P_QUARTER_ENDED = re.compile(rf"\b(?:fiscal )?quarter (?:ended|ending) (?P<date>{DATE_RX})", re.I)
_P_QUARTERS_ENDED = re.compile(rf"\b(?P<n>two|three|four|2|3|4) (?:fiscal )?quarters (?:ended|ending) (?P<date>{DATE_RX})", re.I)
_P_YEAR_ENDED = re.compile(rf"\b(?:fiscal )?year (?:ended|ending) (?P<date>{DATE_RX})", re.I)
_P_IN_MONTH = re.compile(rf"\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?(?P<mon>{_MONTH_RX})\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:quarter|fiscal))",
                         re.I)
_P_BETWEEN = re.compile(rf"\bbetween (?P<a>{DATE_RX}) and (?P<b>{DATE_RX})", re.I)
_P_FROM_TO = re.compile(rf"\bfrom (?P<a>{DATE_RX}) to (?P<b>{DATE_RX})", re.I)
# a quarter or a run of months named by month and year, no day: "the June 2024 quarter", "the quarter
# ended June 2024", "the nine months ended March 2023", "the June quarter of 2023" (the period ends
# within days of the month's end)
_P_MONTH_YEAR = re.compile(rf"\b(?:the\s+)?(?P<mon>{_MONTH_RX})\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?quarter\b"
                           rf"|\b(?:(?:fiscal\s+)?quarter|(?P<n>three|six|nine|twelve|3|6|9|12)\s+months)\s+(?:ended|ending)\s+"
                           rf"(?P<mon2>{_MONTH_RX})\s+(?P<y2>(?:19|20)\d\d)\b"
                           rf"|\b(?:the\s+)?(?P<mon3>{_MONTH_RX})\s+quarter\s+(?:of\s+)?(?:calendar\s+)?(?P<y3>(?:19|20)\d\d)\b", re.I)
_P_AS_OF = re.compile(rf"\b(?:as of|as at|at|on|of) (?P<date>{DATE_RX})", re.I)
_P_DATE = re.compile(DATE_RX, re.I)
_FY = r"(?:fiscal(?: year)?|fy|f(?=\d\d\b|\d{4}\b))\s?'?(?P<fy>\d{4}|\d{2})\b|(?P<fy2>\d{4}) fiscal year|(?P<fy3>(?:19|20)\d\d)\b"
_P_FQ = re.compile(rf"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th) (?:fiscal )?quarter (?:of |in )?(?:the )?(?:company's )?(?:{_FY})", re.I)
# the fiscal year first: "the fiscal 2019 third quarter", "FY24's second quarter", "the 2002 first quarter"
# (and as columns are headed, "Fiscal 2024 Q3", "FY2024 Q3")
_P_BARE_QUARTER = re.compile(r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b|\bQ(?P<qn>[1-4])\b", re.I)
_P_FYQ = re.compile(rf"\b(?:{_FY})(?:['’]s)?\s+(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|Q(?P<qn>[1-4]))\b", re.I)
_P_QFY = re.compile(rf"\b(?:(?P<q>[1-4])q|q(?P<q2>[1-4]))\s?(?:of )?(?:{_FY})", re.I)
_P_NINE = re.compile(rf"\b(?:first )?(?P<n>three|six|nine|3|6|9) months (?:of )?(?:{_FY})", re.I)
# analysts' "9M 2025", "9M25", "6M FY24": the months through that quarter of the year
_P_NINE_SHORT = re.compile(rf"\b(?P<n>[369])M\s?(?:{_FY}|'?(?P<yy>\d{{2}})\b)", re.I)
# a half: the six months to the second or the fourth fiscal quarter's end ("the second half of fiscal
# 2023"; analysts' "H1 2024", "1H24", "H2 FY23")
_P_HALF = re.compile(rf"\b(?P<word>first|second) half of (?:{_FY})", re.I)
_P_BARE_HALF = re.compile(r"\b(?P<w>first|second) half\b(?!\s+of\b)|\bH(?P<h>[12])\b(?!\s?['’]?\d)", re.I)
_P_HALF_SHORT = re.compile(rf"\b(?:(?P<h>[12])h|h(?P<h2>[12]))\s?(?:{_FY}|['’]?(?P<yy>\d{{2}})\b)", re.I)
# analysts' quarter shorthand: "3Q24", "Q3'24", "Q3 24" (a quarter of a two-digit fiscal year)
_P_QYY = re.compile(r"\b(?:(?P<q>[1-4])q|q(?P<q2>[1-4]))\s?['’]?(?P<yy>\d{2})\b(?!\s*(?:million|billion|thousand|%|percent))", re.I)
# "the same quarter of 2023", "the same three-month period in fiscal 2023": the filing's current quarter, in that
# year (not "the same period": it may be the six or nine months just asked)
_P_SAME_QUARTER = re.compile(r"\bthe\s+same\s+(?:fiscal\s+)?(?:quarter|three[- ]month\s+period)\s+(?:of|in)\s+"
                             r"(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b", re.I)
# "for the year", "the full year", "full-year revenue" with no year named: the twelve months ending with
# the filing's current period
_P_THE_YEAR = re.compile(r"\b(?:for|in|during)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year\b"
                         r"(?!\s+(?:ended|ending|earlier|ago|before|prior|to\b|(?:of\s+)?(?:fiscal\s+)?'?\d))"
                         r"|\bfull[- ]year\b(?!\s+(?:ended|ending|(?:19|20)\d\d|fiscal))", re.I)
_P_MONTHS_CURRENT = re.compile(r"\b(?:the )?(?:first |latest |last |past |trailing )?(?P<n>three|six|nine|twelve|3|6|9|12)[- ]months?(?: period)?\b"
                               r"|\b(?:the )?(?P<w>13|26|39|52|thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two)[- ]weeks?(?: (?:fiscal )?period)?\b"
                               r"|\b(?:the )?(?:last |past |trailing )(?P<q>four|4)[- ]quarters?\b|\b(?P<ttm>ttm|ltm)\b", re.I)
_P_BARE_YEAR = re.compile(r"(?<![\w$.,/-])((?:19[89]|20[0-4])\d)(?![\w%/-]|,\d|\.\d)")
_P_FY_END = re.compile(r"\b(?:the )?(?:end of (?:the )?(?:last |prior |previous |most recent )?fiscal year|(?:last |prior |previous )?fiscal[- ]year[- ]end|"
                       r"beginning of (?:the )?(?:fiscal )?year|(?:last |prior |previous )?year[- ]end)\b", re.I)
_P_YTD = re.compile(r"\byear[- ]to[- ]date\b|\bytd\b", re.I)
_FY_STRICT = r"(?:fiscal(?: year)?|fy|f(?=\d\d\b|\d{4}\b))\s?'?(?P<fy>\d{4}|\d{2})\b|(?P<fy2>\d{4}) fiscal year(?P<fy3>)"
_P_FYEAR = re.compile(rf"\b(?:full[- ])?(?:{_FY_STRICT})", re.I)
_P_THE_QUARTER = re.compile(r"\b(?:for|in|during)\s+(?:the|each)\s+(?:fiscal\s+)?quarter\b(?!\s+(?:of|ended|ending)\b)", re.I)
_P_CURRENT = re.compile(r"\b(?:this|the|that|current|latest|most recent|reported|last|past) (?:fiscal )?quarter\b|\bthe period\b(?!\s+(?:from\s+)?(?:19|20)\d\d)", re.I)
# a balance at the current quarter's end: "at quarter end", "at the end of the quarter"
_P_QUARTER_END = re.compile(r"\b(?:(?:at|as of) )?(?:the )?(?:end of (?:the )?(?:current |latest |most recent )?(?:fiscal )?quarter"
                            r"|(?:fiscal )?quarter[- ]end)\b", re.I)
# the quarter before ("the prior quarter", "the linked quarter", "sequentially"); "the prior-year quarter" is a year back
_P_QUARTER_EARLIER = re.compile(
    r"\b(?:the )?(?:prior|previous|preceding|linked|sequential) (?:fiscal )?quarter\b|\bsequentially\b|"
    r"\bquarter[- ]over[- ]quarter\b|\bqoq\b", re.I)
_P_YEAR_EARLIER = re.compile(
    r"\b(?:(?:the )?(?:same|comparable|corresponding) (?:fiscal )?(?:quarter|period)(?: (?:of|in))?(?: (?:the|a))? (?:last|prior|previous|preceding) (?:fiscal )?year"
    r"|(?:the )?(?:same|comparable|corresponding) (?:fiscal )?(?:quarter|period) (?:a|one) year (?:earlier|ago|before)"
    # "prior year reserve development", "prior-year claims": an insurer's losses of earlier accident years, no period
    r"|(?:a|one) year (?:earlier|ago|before)|(?:the )?prior[- ]year(?: (?:quarter|period)|(?!['’]?s?[- ](?:loss )?(?:reserves?|development|"
    r"claims?|accident|catastrophe))\b)|(?:the )?previous year|last year"
    r"|year[- ]over[- ]year|\byoy\b|from a year ago)", re.I)


def _fy(m: re.Match) -> int:
    """The fiscal year named; a plain year ("the third quarter of 2024") is read as the fiscal year."""
    return _year(m.group("fy") or m.group("fy2") or m.group("fy3"))


@lru_cache(maxsize=4096)
def fiscal_named(text: str) -> frozenset[tuple[int, int]]:
    """The fiscal (year, quarter) pairs a column's or label's words name, read as a question's are
    (quarter 0: the whole year): "Q3 2023" -> {(2023, 3)}, "FY2019" -> {(2019, 0)}."""
    return frozenset(s.fiscal for s in find_periods(text) if s.fiscal)


def find_periods(text: str, cal: Calendar | None = None, asked: bool = False) -> list[PeriodSpec]:
    """Every period expression in `text`, in order of appearance, resolved with `cal` when given.
    `asked`: `text` is a question, where "for the year" names the twelve months to the current
    period's end (a filing's sentence says "in the year" of whichever year it is about)."""
    found: list[PeriodSpec] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    def add(m: re.Match, spec: PeriodSpec) -> None:
        taken.append((m.start(), m.end()))
        spec.start = m.start()
        found.append(spec)

    for rx in (_P_BETWEEN, _P_FROM_TO):
        for m in rx.finditer(text):
            if free(m):
                a, b = parse_date(m["a"]), parse_date(m["b"])
                taken.append((m.start(), m.end()))
                found.append(PeriodSpec(text=m["a"], end=a, instant=True, start=m.start()))
                found.append(PeriodSpec(text=m["b"], end=b, instant=True, start=m.start() + 1))
    for m in _P_DURATION.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), months=_num(m["n"]), flow=True))
    for m in _P_WEEKS.finditer(text):
        if free(m):
            weeks = _num(m["n"].replace(" ", "-")) or _num(m["n"])
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), months=max(1, round(weeks * 7 / 30.44)), flow=True))
    for m in _P_QUARTERS_ENDED.finditer(text):  # "the two quarters ended June 30, 2024": a half year
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), months=3 * (_num(m["n"]) or 1), flow=True))
    for m in _P_QUARTER_ENDED.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), months=3))
    for m in _P_YEAR_ENDED.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), months=12))
    for m in _P_MONTH_YEAR.finditer(text):
        if free(m):
            month = parse_date(f"{m['mon'] or m['mon2'] or m['mon3']} 1, {m['y'] or m['y2'] or m['y3']}")
            if month is not None:
                last = (date(month.year + month.month // 12, month.month % 12 + 1, 1) - timedelta(days=1))
                add(m, PeriodSpec(text=m[0], end=last, months=_num(m["n"]) if m["n"] else 3, flow=True, tolerance_days=10))
    for m in _P_AS_OF.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m["date"]), instant=True))
    for m in _P_DATE.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], end=parse_date(m[0])))
    ytd = _P_YTD.search(text)
    for m in _P_SAME_QUARTER.finditer(text):
        if free(m) and cal and cal.quarter and cal.current_months == 3:
            add(m, _fiscal_spec(m[0], int(m["y"]), cal.quarter, 3, cal))
    for m in _P_FQ.finditer(text):
        if free(m):
            q = _ORD[m["q"].lower()]
            add(m, _fiscal_spec(m[0], _fy(m), q, 3 * q if ytd else 3, cal))
    for m in _P_FYQ.finditer(text):
        if free(m):
            q = _ORD[m["q"].lower()] if m["q"] else int(m["qn"])
            add(m, _fiscal_spec(m[0], _fy(m), q, 3 * q if ytd else 3, cal))
    for m in _P_QFY.finditer(text):
        if free(m):
            q = int(m["q"] or m["q2"])
            add(m, _fiscal_spec(m[0], _fy(m), q, 3 * q if ytd else 3, cal))
    for m in _P_NINE.finditer(text):
        if free(m):
            n = _num(m["n"])
            add(m, _fiscal_spec(m[0], _fy(m), n // 3, n, cal))
    for m in _P_NINE_SHORT.finditer(text):
        if free(m):
            n = int(m["n"])
            add(m, _fiscal_spec(m[0], _year(m["yy"]) if m["yy"] else _fy(m), n // 3, n, cal))
    for m in _P_QYY.finditer(text):
        if free(m):
            q = int(m["q"] or m["q2"])
            add(m, _fiscal_spec(m[0], _year(m["yy"]), q, 3 * q if ytd else 3, cal))
    for m in _P_HALF.finditer(text):
        if free(m):
            add(m, _fiscal_spec(m[0], _fy(m), 4 if m["word"].lower() == "second" else 2, 6, cal))
    for m in _P_HALF_SHORT.finditer(text):
        if free(m):
            fy = _year(m["yy"]) if m["yy"] else _fy(m)
            add(m, _fiscal_spec(m[0], fy, 4 if (m["h"] or m["h2"]) == "2" else 2, 6, cal))
    for m in _P_FYEAR.finditer(text):
        if free(m):
            # "fiscal 2019 third quarter": a quarter follows, so the year alone must not stand for it
            quarter_follows = re.match(r"\s*(?:first|second|third|fourth|1st|2nd|3rd|4th)?\s*(?:fiscal\s+)?(?:quarter|half)",
                                       text[m.end():], re.I) is not None
            add(m, _fiscal_spec(m[0], _fy(m), 0, 12, cal, whole_year_fallback=not quarter_follows))
    # "from 2024 to 2025 for the quarter": each year's quarter the filing reports, not the whole years
    per_quarter = _P_THE_QUARTER.search(text) if cal and cal.quarter and cal.current_months == 3 and not ytd else None
    for m in _P_BARE_YEAR.finditer(text):
        if free(m) and not re.search(rf"{_MONTH_RX}\s*$|\b(?:in|since|until|by) (?:early|late|mid)[- ]?$", text[max(0, m.start() - 12):m.start()], re.I) \
                and not _DUE.search(text[max(0, m.start() - 12):m.start()]):
            y = int(m[1])
            if ytd and cal and cal.quarter:  # "year to date 2024": that year's quarters through the filing's own
                add(m, _fiscal_spec(m[0], y, cal.quarter, 3 * cal.quarter, cal))
            elif per_quarter is not None and free(per_quarter):
                add(m, _fiscal_spec(m[0], y, cal.quarter, 3, cal))
            else:
                add(m, _bare_year(y, m[0]))
    if per_quarter is not None and any(p.fiscal and p.fiscal[1] == cal.quarter and p.months == 3 for p in found):
        taken.append((per_quarter.start(), per_quarter.end()))  # said once for the years before it
    if ytd and free(ytd) and not any(p.fiscal for p in found):
        spec = PeriodSpec(text=ytd[0], relative="current", start=ytd.start())
        if cal and cal.quarter:
            spec.months = 3 * cal.quarter
        found.append(spec)
        taken.append((ytd.start(), ytd.end()))
    for m in _P_MONTHS_CURRENT.finditer(text):
        if free(m):
            # "the trailing four quarters", "TTM", "LTM": the twelve months ending with the current quarter
            n = _num(m["n"]) if m["n"] else 12 if (m["q"] or m["ttm"]) else max(1, round(_num(m["w"].replace(" ", "-")) * 7 / 30.44))
            add(m, PeriodSpec(text=m[0], relative="current", months=n))
    for m in (_P_THE_YEAR.finditer(text) if asked else ()):
        if free(m):
            add(m, PeriodSpec(text=m[0], relative="current", months=12))
    for m in _P_FY_END.finditer(text):
        if free(m):
            spec = PeriodSpec(text=m[0], instant=True)
            if cal and cal.fiscal_year and cal.quarter:
                fy = cal.fiscal_year if cal.quarter == 4 else cal.fiscal_year - 1
                spec.end, spec.tolerance_days = cal.quarter_end(fy, 0)[0], 20
                spec.fiscal = (fy, 0)
            add(m, spec)
    for m in _P_YEAR_EARLIER.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], relative="year_earlier"))
    for m in _P_QUARTER_EARLIER.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], relative="quarter_earlier", months=3))
    for m in _P_QUARTER_END.finditer(text):
        if free(m):
            add(m, PeriodSpec(text=m[0], relative="current", months=3, instant=True))
    for m in _P_CURRENT.finditer(text):
        if free(m):
            # "this quarter" is three months; "the period" is the filing's own current period, whatever its length
            add(m, PeriodSpec(text=m[0], relative="current", months=3 if "quarter" in m[0].lower() else None))
    if not any(p.relative is None for p in found) and cal and cal.fiscal_year and cal.quarter and (
            cal.current_months == 3 or (cal.quarter == 4 and cal.current_months in (None, 12))):
        # a quarter named without its year in a quarterly filing ("fourth quarter net sales" asked of a third-quarter
        # 10-Q): the latest such quarter, this fiscal year's or, not yet reported, last year's; the filing's own
        # quarter is its current period. In an annual report every quarter named is one of its year's
        # ("fourth quarter revenue" of a 10-K's quarterly data).
        # a sentence (or a question) that looks ahead ("For the third quarter, we forecast revenue of ...") names
        # a quarter of this fiscal year still to come, not last year's
        ahead = _LOOKS_AHEAD.search(text) is not None
        for m in _P_BARE_QUARTER.finditer(text):
            q = _ORD[m["q"].lower()] if m["q"] else int(m["qn"])
            if free(m) and (q != cal.quarter or cal.current_months != 3):
                add(m, _fiscal_spec(m[0], cal.fiscal_year if q <= cal.quarter or ahead else cal.fiscal_year - 1, q, 3, cal))
            elif free(m):  # a quarterly filing's own quarter: its current period, at its end where asked
                end_of = re.search(r"\bend\s+of\s+(?:the\s+)?$", text[:m.start()], re.I) is not None
                add(m, PeriodSpec(text=m[0], relative="current", months=3, instant=end_of))
        for m in _P_BARE_HALF.finditer(text):  # "net income for the first half" of a second-quarter 10-Q
            h = 2 if (m["w"] or "").lower() == "second" or m["h"] == "2" else 1
            if free(m) and 2 * h <= cal.quarter:
                add(m, _fiscal_spec(m[0], cal.fiscal_year, 2 * h, 6, cal))
    found.sort(key=lambda p: p.start)
    return found


_LOOKS_AHEAD = re.compile(r"\b(?:forecasts?|expects?|expected|anticipates?|projects?|guidance|outlook)\b", re.I)


def _bare_year(y: int, text: str, start: int = 0) -> PeriodSpec:
    """A year named bare ("in 2013"): any period ending in it."""
    return PeriodSpec(text=text, end=date(y, 12, 31), months=12, year=y, tolerance_days=366, start=start)


def _fiscal_spec(text: str, fy: int, q: int, months: int, cal: Calendar | None, whole_year_fallback: bool = False) -> PeriodSpec:
    spec = PeriodSpec(text=text, fiscal=(fy, q), months=months)
    if cal:
        end, tol = cal.quarter_end(fy, q)
        spec.end, spec.tolerance_days = end, tol or 7
    if spec.end is None and q == 0 and whole_year_fallback:
        # no fiscal calendar in the filing: "fiscal year 2024" is the year that ends in 2024
        spec.end, spec.year, spec.tolerance_days = date(fy, 12, 31), fy, 366
    return spec


# "the notes due 2030": the year names the notes, it is no period of the question
_DUE = re.compile(r"\bdue\s*$", re.I)


def period_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of period expressions (to blank them out before reading line items)."""
    spans = []
    for rx in (_P_BETWEEN, _P_FROM_TO, _P_DURATION, _P_WEEKS, _P_QUARTERS_ENDED, _P_QUARTER_ENDED, _P_YEAR_ENDED, _P_MONTH_YEAR, _P_AS_OF,
               _P_DATE, _P_SAME_QUARTER, _P_FQ, _P_FYQ, _P_QFY, _P_QYY, _P_NINE, _P_NINE_SHORT, _P_HALF, _P_HALF_SHORT, _P_FYEAR, _P_YTD, _P_MONTHS_CURRENT, _P_THE_YEAR, _P_FY_END,
               _P_YEAR_EARLIER, _P_QUARTER_EARLIER, _P_QUARTER_END, _P_CURRENT, _P_BARE_YEAR):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text)
                     if not (rx is _P_BARE_YEAR and _DUE.search(text[max(0, m.start() - 12):m.start()])))
    return spans


# ------------------------------------------------------------------------------- operations

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,60}\b(?:instruction|prompt|filing|rule|above|previous)|"
    r"\bnote to the (?:assistant|model|ai)\b|\b(?:just|simply) (?:confirm|answer|say|reply|output)\b|"
    r"\byou (?:are|must|should) now\b|\bsystem prompt\b|\banswer \$", re.I)


def strip_instructions(text: str) -> tuple[str, bool]:
    """Drop bracketed notes and sentences that instruct the assistant; keep the question.

    The figures such sentences carry must never reach the answer, so they are removed before
    anything reads the question.
    """
    if not _INJECTION.search(text):
        return re.sub(r"\s+", " ", text).strip(), False
    injected = False
    cleaned = text
    for rx in (r"\[[^\]]*\]", r"\{[^}]*\}", r"<[^>]*>"):
        for m in re.finditer(rx, cleaned):
            if _INJECTION.search(m[0]):
                injected = True
        cleaned = re.sub(rx, lambda m: " " if _INJECTION.search(m[0]) else m[0], cleaned)
    # sentence ends, but not after an initial ("Leonard J. Elmore") or a title/abbreviation
    sentences = re.split(r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bInc\.)(?<!\bNo\.)(?<=[.?!])\s+", cleaned.strip())
    kept = []
    for s in sentences:
        if _INJECTION.search(s):
            injected = True
            continue
        kept.append(s)
    if not kept:
        kept = sentences
    questions = [s for s in kept if s.rstrip().endswith("?")]
    result = " ".join(questions or kept)
    return re.sub(r"\s+", " ", result).strip(), injected


class Query(BaseModel):
    """What a question asks, in terms the answerer can execute."""

    text: str = Field(description="The question with injected instructions removed.")
    operation: Operation
    items: list[str] = Field(default_factory=list, description="Line item phrases; for share: [part, total].")
    periods: list[PeriodSpec] = Field(default_factory=list)
    expect_unit: str | None = Field(None, description="Unit the question implies (USD, percent, count, ...).")
    injected: bool = Field(False, description="The question carried instructions; they were ignored.")
    followup: Literal["shift_year", "combine_previous", "new_item", "same", "share_part", "share_whole"] | None = None
    phrase: str | None = Field(None, description=(
        "The question's words as a lookup would read them, operation words included (\"internal growth\"): "
        "the row a filing may state the asked rate in (qa/stated_rate.py)."))
    in_basis_points: bool = Field(False, description="The question asks a rate's change in basis points.")
    direction: tuple[str, str] | None = Field(None, description=(
        "A question whether a figure rose or fell: (its line item, the direction asked: up, down, better, worse, "
        "either), read by qa/qtypes/direction.py; qa/verdict.py says yes or no from the change."))

    def clone(self) -> "Query":
        """A copy that solving may narrow without touching this one: the same as a deep copy (every
        other field, and every field of a PeriodSpec, is immutable), without deepcopy's cost on
        the hot path, where each candidate program gets a query of its own."""
        return self.model_copy(update={"items": list(self.items), "periods": [p.model_copy() for p in self.periods]})


_BETWEEN_ITEMS = re.compile(r"^(?>.*?\b(?:difference|gap)\s+between\s+)(?P<a>.*?\S)\s+and\s+(?P<b>.+?)\??$", re.I)
_EXCEED_ITEMS = re.compile(r"^(?:by how (?:much|many)(?: \w+)?\s+(?:did|does|do|has|have)\s+)?(?P<a>.*?\S)\s+"
                           r"(?:exceed|outpace|surpass|top)(?:ed|s)?\s+(?P<b>.+?)\??$", re.I)
_THAN_ITEMS = re.compile(r"^(?>.*?\bhow much (?:higher|lower|more|less|greater|larger|bigger|smaller)\s+(?:was|were|is|are)\s+)(?P<a>.*?\S)\s+than\s+(?P<b>.+?)\??$", re.I)
# "how many more votes for did A receive than B?", "how much more revenue did Americas generate than
# Europe?": the noun asked of each of two subjects
_MORE_THAN_ITEMS = re.compile(r"^(?>.*?\bhow (?:much|many) (?:more|fewer|less)\s+)(?P<noun>.+?)\s+(?:did|does|do|has|have)\s+(?P<a>.+?)\s+"
                              r"(?:receive|get|have|earn|generate|report|record|post|make|sell|spend|book)\s+than\s+(?P<b>.+?)\??$", re.I)

# "X, and how did it change?": a second clause that asks the same item's change
_AND_HOW_IT_MOVED = re.compile(r"\band\s+how\s+(?:did|has|have|does|do)\s+(?:it|that|this|they|those|these)\b.*$", re.I)
_LEAD = re.compile(r"^\s*(?:and\s+)?(?:what|how much|how many|how|which|by how much|by what percentage|tell me|give me|show me|"
                   r"what's|whats|was|were|is|are|did|does)\b", re.I)
_FOLLOWUP_COMBINE = re.compile(r"\b(?:the two|them|both|those two|these two|between (?:those|these|them)|their|it|that|they)\b", re.I)
_FOLLOWUP_NEW_ITEM = re.compile(r"^\s*+(?:and\s+)?(?:(?:what|how)\s+about\s+(?P<item>.+?)|(?P<qualifier>(?:including|excluding)\s+[^?]+?))\??$",
                                re.I)  # "And including fuel centers?": the item just asked, qualified otherwise
# "And UAN?" after "What share of nitrogen volumes was urea?", "and the tax provision?" ("so the effective tax rate?")
# after pretax income for fiscal 2024:
# a name alone (up to three words, no question, period or operation word), asked of the previous question in place
# of its item; read only where no operation was found
_FOLLOWUP_NAME = re.compile(
    r"^\s*+(?:and|so)\s+(?!(?:what|how|which|who|whom|when|where|why|is|was|were|are|did|does|do|has|have|had|a|an|its|their|"
    r"that|this|it|then|so|also|in|for|at|on|by|from|to|over|during|as|of|since|before|after|q[1-4]|h[12]|fy\S*|fiscal|yoy|"
    r"ytd|sequential\w*|growth|margin|change|percent\w*|ratio|share)\b)(?!(?:the\s+)?total\s*\??$)(?:the\s+)?"
    # ... "And the tax provision?" too, but no word of a period or of an operation on the answers
    r"(?!(?:[\w&’'.-]+\s+){0,2}(?:years?|quarters?|months?|periods?|prior|previous|before|earlier|next|last|following|"
    r"amount|value|number|figure|difference|sum|average|mean|portion|proportion|fraction|result|same|other|rest|both|"
    r"change|growth|percent\w*|ratio|share)\b)"
    r"(?P<name>[A-Za-z][\w&’'.-]*(?:\s+[A-Za-z][\w&’'.-]*){0,2})\s*\??$", re.I)
# a share that leaves its whole or its part to the last turn: "What portion came from passenger ticket?" (a part
# of the item just asked), "As a percentage of revenues?" (the item just asked, of revenues)
_FOLLOWUP_SHARE_PART = re.compile(r"^\s*+(?:and\s+)?(?:what|which|how\s+much)\s+(?:share|percentage|percent|portion|proportion|fraction|part)"
                                  r"\s+(?:of\s+(?:it|that|this|the\s+total)\s+)?(?:came|comes|come|was|is|were)\s+(?:from|due\s+to)\s+"
                                  r"(?P<item>[^?]+?)\??$", re.I)
_FOLLOWUP_SHARE_WHOLE = re.compile(r"^\s*+(?:and\s+)?(?:(?:what|how\s+much)\s+(?:was|is|were|are)\s+(?:it|that|this)\s+)?as\s+an?\s+"
                                   r"(?:percentage|percent|share|proportion|fraction|portion)\s+of\s+(?P<item>[^?]+?)\??$", re.I)


# a rate asked ("the discount rate", "the effective tax rate") is a percent; a rate that names an
# instrument or a risk ("interest rate swaps", "interest rate risk") or a currency's price ("the
# exchange rate") is not
_RATE_ASKED = re.compile(r"(?<!exchange )(?<!exchange-)(?<!daily )(?<!day )\brate\b(?!\s+(?:per|base|swaps?|contracts?|caps?|collars?|derivatives?|hedges?|"
                         r"hedging|risks?|locks?|agreements?|instruments?|sensitivity|fluctuations?|movements?|changes?)\b)")


# a margin of a profit line is a percent of revenue ("net income margin", "adjusted EBITDA margin");
# "gross margin" is not here: statements print it in dollars as often as a percent
_MARGIN_ASKED = re.compile(r"\b(?:net(?: income)?|operating|ebitda|ebit|profit|pre-?tax|income|contribution)\s+margins?\b")
_MONEY_WORDS = re.compile(r"\$|\bdollars?\b|\bin (?:millions|thousands|billions)\b|\bhow much\b")


# money named in so many words, beyond "how much"
MONEY_NAMED = re.compile(r"\$|\bdollars?\b|\b(?:millions?|billions?|thousands?)\b|\busd\b", re.I)
# a rate of something the question names ("net interest margin", "efficiency ratio", "load factor"); not gross
# margin, which statements print in dollars as often as a percent
_RATE_NAMED = re.compile(r"\b(?:(?<!gross )margins?|ratios?|yields?|load factors?|occupancy|churn)\b")
# a physical unit the question names: the answer is a quantity in it, not money
_MEASURE_ASKED = re.compile(r"\b(?:[kmgt]wh|mwh|gwh|bcf|mmcf|mmbtu|tonnes|metric tons|barrels|gallons|degree days|ounces|carloads)\b"
                            # "How much gold was produced?": a quantity made, mined or shipped, where no money is named
                            r"|\bhow much\b(?!.*\b(?:revenues?|sales|costs?|cash|income|expenses?|value|spent|paid)\b)"
                            r".*\b(?:produced|mined|shipped)\b")


# a change of a rate asked in basis points: "By how many basis points did NIM expand?" asks how much, in points
_HOW_MANY_BASIS_POINTS = re.compile(r"\bhow many (?:basis[- ]points?|bps)\b", re.I)


def _expect_unit(text: str) -> str | None:
    t = text.lower()
    # "How many diluted shares were used to compute EPS?" counts shares: EPS is only their purpose
    if re.search(r"\bhow many (?:[\w-]+ ){0,3}shares\b", t):
        return "shares"
    # "net income per common unit" of a partnership is its per-share amount
    # (a railroad's "revenue per unit" is money per carload or container)
    if re.search(r"\bper (?:\w+ )?share\b|\beps\b|\bper (?:common |limited partner |lp |partnership )units?\b|"
                 r"\b(?:income|earnings|loss|distributions?|dividends?) (?:[\w-]+ ){0,2}per units?\b", t):
        return "USD/share"
    if _HOW_MANY_SCALE.search(t):
        return "USD"  # "How many million of receivables were sold?" asks an amount in millions
    if re.search(r"\bhow many\b.*\bshares\b", t):
        return "shares"
    if re.search(r"\bhow many years\b|\bin years\b", t):
        return "years"
    if re.search(r"\bhow many\b|(?<!per )\bunits?\b|\bnumber of\b|\bheadcount\b|\bemployees\b", t) or _MEASURE_ASKED.search(t):
        return "count"  # a quantity in its own unit: "How much was the total energy consumption (MWh)?"
    if re.search(r"\bcurrent ratio\b|\bworking capital ratio\b", t):
        return "ratio"
    if re.search(r"\b(?!the\b|a\b|what\b)\w+ ratio\b(?!\s+(?:of|between)\b)", t) and not re.search(r"\bhow much\b|\$", t):
        return "ratio"  # a named ratio ("the combined ratio", "efficiency ratio"): a ratio or a percent, not an amount
    t = re.sub(r"\d%\s+(?=(?:[a-z]+\s+){0,2}(?:notes|debentures|bonds)\b)", " ", t)  # "the 4.25% notes": a name
    if re.search(r"\bpercent|%|\bmargin percentage\b|\bwhat (?:fraction|proportion|portion)\b", t) or _RATE_ASKED.search(t) \
            or (_MARGIN_ASKED.search(t) and not _MONEY_WORDS.search(t)):
        return "percent"
    if re.search(r"\bhow much\b", t) and not MONEY_NAMED.search(t) and _RATE_NAMED.search(lexicon_normalize(t)):
        return None  # "How much did NIM expand?": a rate's change, in points; "how much" names no money here
    if re.search(r"\bhow much\b|\$|\bdollars?\b|\bmillion\b|\bbillion\b|\bpayment\b|\bspend|\bspent\b|\bcash\b", t):
        return "USD"
    return None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    return re.sub(r"\s+", " ", "".join(chars)).strip()


NAME_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "company", "the", "ltd", "plc", "llc", "holdings", "group", "com"})


# a file named for its filer and form, "acme_10-q_2024-08-31", "acme_8k_2011-10-27": its first part names the filer
_FILER_FORM_NAME = re.compile(r"^[a-z0-9.&\-]+_(?:8-?k|10-?q|10-?k|20-?f|40-?f|6-?k|s-1|def-?14a|ex-?\d)", re.I)


def filer_name_of_file(meta: FilingMeta | None) -> str:
    """The filer's name as the file's name gives it, where the file is named for filer and form
    ("acme_10-q_2024-08-31" -> "acme"); "" for any other name ("earnings_release.html" names no
    filer, and its "earnings" must stay a word of the questions asked of it)."""
    if not meta or not meta.id or not _FILER_FORM_NAME.match(meta.id):
        return ""
    return meta.id.split("_")[0]


def company_words(meta: FilingMeta | None) -> set[str]:
    """The words of the filer's name that name it ("oracle" of "Oracle Corporation"), lower-case."""
    words = set()
    if meta:
        for source in (meta.company or "", filer_name_of_file(meta)):
            for w in re.findall(r"[a-z0-9\-]+", source.lower()):
                if w not in NAME_SUFFIXES:
                    words.add(w)
    return words


def _lead_words(meta: FilingMeta | None) -> set[str]:
    """The words that name the filer alone: its name's first word ("harvest" of "Harvest Table Restaurant
    Group") and the filer the file's name gives. A later word of the name ("restaurant", "bank", "air") is
    often a word of the business too ("restaurant-level margin", "bank-owned life insurance")."""
    lead = set()
    if meta:
        first = [w for w in re.findall(r"[a-z0-9\-]+", (meta.company or "").lower()) if w not in NAME_SUFFIXES][:1]
        lead.update(first)
        lead.update(re.findall(r"[a-z0-9\-]+", filer_name_of_file(meta).lower()))
    return lead


# the filer named by what it is: "How many gallons of fuel did the airline consume?", "the bank's deposits"
def _filer_noun_pattern() -> re.Pattern[str]:
    """The filer named by what it is, in the possessive or before a verb (qa/data/filer_nouns.toml)."""
    data = tomllib.loads((Path(__file__).with_name("data") / "filer_nouns.toml").read_text(encoding="utf-8"))
    nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in data["nouns"])
    verbs = "|".join(map(re.escape, data["verbs"]))
    return re.compile(rf"\b(?:the|this)\s+(?:{nouns})(?:[’']s\b|(?=\s+(?:{verbs})\b))", re.I)


_FILER_NOUN = _filer_noun_pattern()
_SET_AGAINST = re.compile(r"\W*(?:versus|vs\.?|compared\s+(?:with|to)|against|and|to|over|from)\W*(?:the\s+same\s+period\s+(?:of|in)\s+)?", re.I)


def _bare_year_takes_span(periods: list[PeriodSpec], text: str) -> list[PeriodSpec]:
    """"the first nine months of 2025 versus 2024", "Q3 2025 compared with 2024": a bare year set against
    a span shorter than a year is that span in that year, not the whole year."""
    if len(periods) != 2:
        return periods
    a, b = sorted(periods, key=lambda p: p.start)
    bare = re.fullmatch(r"(?:fiscal\s+)?((?:19|20)\d\d)", b.text.strip(), re.I)
    if not bare or a.instant or a.relative or not a.end or not a.months or a.months >= 12:
        return periods
    between = text[a.start + len(a.text):b.start]
    if not _SET_AGAINST.fullmatch(between):
        return periods
    shift = int(bare.group(1)) - a.end.year
    if not shift or abs(shift) > 5:
        return periods
    moved = PeriodSpec(text=b.text, end=add_months(a.end, 12 * shift), months=a.months, tolerance_days=20,
                       flow=True, start=b.start)
    return [a, moved] if periods[0] is a else [moved, a]


def strip_company(text: str, meta: FilingMeta | None) -> str:
    """Remove the filer's name ("Acme's", "Acme Corp") so it is not read as part of a line item: its lead
    word, any of its words in the possessive or next to another of them; a later word of the name on its
    own stays ("What was restaurant-level margin?" of Harvest Table Restaurant Group)."""
    words = company_words(meta)
    lead = _lead_words(meta)

    def drop(m: re.Match) -> str:
        before = text[:m.start()].split()
        prev = before[-1] if before else ""
        # "Erik B. Nordstrom", "Peter Nordstrom": a person who bears the company's name stays ("Silver Coast"
        # is the company's name, word after word)
        if re.fullmatch(r"[A-Z]\.|[A-Z][a-z]+", prev) and prev.lower() not in _QUESTION_WORDS and prev.lower() not in words:
            return m.group(0)
        after = text[m.end():].split()
        neighbours = {re.sub(r"[’']s$", "", w.strip(",.?;:").lower()) for w in (prev, after[0] if after else "")}
        named = m.group(0).lower().strip(".")
        if not (named.rstrip("s").rstrip("’'") in lead or re.search(r"[’']s$", named) or neighbours & (words | NAME_SUFFIXES)
                or any(w in lead for w in re.findall(r"[a-z0-9\-]+", named))):
            return m.group(0)  # a later word of the name, alone: a word of the business
        return " "

    if not words:
        return text
    # longest first (the set's own order follows the process's string hashing): the same question reads the
    # same in every process; all of them at once, so that each is judged by its neighbours as asked
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    # the whole written name: "1-800-FLOWERS.COM's", not just its "1-800-flowers" part
    text = re.sub(rf"(?<![\w.&-])[\w.&-]*(?<![\w])(?:{alternatives})(?![\w])[\w.&-]*(?:[’']s)?(?![\w])", drop, text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


_QUESTION_WORDS = {"what", "was", "were", "is", "are", "did", "does", "do", "how", "which", "who", "when", "where", "why",
                   "has", "have", "had", "and", "by", "in", "of", "for", "at", "to", "from", "the", "will", "can", "tell", "show", "give"}


# a span of years no period phrase claims ("from 2017-2019", "between fiscal years 2017-2019"): the
# periods a sum or an average runs over (qa/answer.py `years_over`), not words of the line item
_YEAR_SPAN = re.compile(r"\b(?:(?:from|between|for|in|during|over|across)\s+)?(?:(?:the\s+)?(?:fiscal\s+)?years?\s+)?"
                        r"(?:19|20)\d\d\s*(?:-|–|to|through)\s*(?:19|20)\d\d\b", re.I)


# "over the 3 year period", "for the three years", "across the 2-year period": how long a sum, an
# average or an extreme runs, not words of the line item
_N_YEARS = re.compile(r"\b(?:in|for|during|over|across)\s+the\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                      r"[- ]years?(?:\s+period)?\b", re.I)
_RANGE_OF_YEARS = re.compile(r"\b(?P<kind>from|between)\s+(?:fiscal\s+(?:years?\s+)?)?(?P<a>(?:19|20)\d\d)\s+"
                             r"(?:to|through|and|until)\s+(?:fiscal\s+(?:year\s+)?)?(?P<b>(?:19|20)\d\d)\b", re.I)


# the operation's own word before an averaged line item, not a word of it
_AVERAGE_OF = re.compile(r"(?<!weighted )(?<!weighted-)\b(?:average|mean)\s+(?:(?:amount|value|number|balance|level)\s+of\s+(?:the\s+)?|of\s+(?:the\s+)?)?",
                         re.I)


def _years_between(text: str, periods: list[PeriodSpec]) -> list[PeriodSpec]:
    """A sum or an average "from 2015 to 2019" runs over every year of the range, not its two ends;
    "between 2017 and 2019" only where the question counts the years ("over the 3 year period").
    Ranges of up to ten years, named by bare years; any other periods are kept as they are."""
    m = _RANGE_OF_YEARS.search(text)
    if not m:
        return periods
    a, b = int(m["a"]), int(m["b"])
    lo, hi = min(a, b), max(a, b)
    if not 2 <= hi - lo <= 9:
        return periods
    if m["kind"].lower() == "between":
        n = _N_YEARS.search(text)
        if n is None or _num(n["n"]) != hi - lo + 1:
            return periods
    ends = [p for p in periods if p.year in (a, b) and p.fiscal is None]
    if len(ends) != 2:
        return periods
    start = ends[0].start
    middle = [_bare_year(y, str(y), start) for y in range(lo + 1, hi)]
    out = list(periods)
    at = out.index(ends[0]) + 1
    return out[:at] + (middle if a < b else middle[::-1]) + out[at:]


# "in millions", "( in billions )", "also in thousands": the scale the answer is asked in (read by
# _expect_unit and the answer's wording), not words of the line item
_SCALE_ASKED = re.compile(r"[,(]?\s*\(?\s*(?:also\s+|expressed\s+|stated\s+)?in\s+(?:(?:us\s+)?\$\s*)?(?:millions|thousands|billions)"
                          r"(?:\s+of\s+(?:us\s+)?dollars)?\s*\)?(?=\s*[,?.)]|\s*$)", re.I)


# "how many million (of dollars) of": an amount asked in a scale, as "how much"
_HOW_MANY_SCALE = re.compile(r"\bhow many\s+(?:millions?|billions?|thousands?)\b(?:\s+of)?(?:\s+(?:us\s+)?dollars?\b)?(?:\s+of)?",
                             re.I)


def _item(text: str) -> str:
    text = _HOW_MANY_SCALE.sub("how much", text)
    text = _SCALE_ASKED.sub(" ", text)
    text = _YEAR_SPAN.sub(" ", text)
    t = re.sub(r"^\s*(?:between|(?:in\s+)?the\s+year(?:\s+of)?|for\s+the\s+year|during|as\s+of|in)\s*,\s*", "", text, flags=re.I)
    t = _LEAD.sub("", t)  # "between 2016 and 2017, what was ...": the periods are blanked, their lead-in goes too
    t = re.sub(r"^\s*(?:was|were|is|are|did|does|the)\b", "", t, flags=re.I)
    t = _SUBJECT_DOES.sub(" ", t)  # "employees did the airline have": the item is employees
    # "passenger ticket revenue in the [second quarter of 2025]": the period's lead-in left after it was blanked
    t = re.sub(r"\s+(?:were|are|was|is)\s+there\b", " ", t, flags=re.I)  # "how many stores were there"
    # "... in the fiscal [fourth quarter]": the lead-in (and its "fiscal") left after the period was blanked
    t = re.sub(r"\s+(?:in|for|during|at|on|as\s+of)(?:\s+the)?(?:\s+fiscal)?\s*(?=[?.,]?\s*$)", "", t, flags=re.I)
    return t.strip(" ?.,")


# the question's subject and verb after the item: "how many employees did the airline have", "how many
# passengers did the airline carry", "how much cash does the company hold"
_SUBJECT_DOES = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:the|this|its|our)\s+[a-z]+\s+(?:have|hold|carry|employ|own|operate|"
                           r"serve|fly|report|record)\b\s*(?=[?.]?\s*$)", re.I)


def _own_quarter_spans(text: str, cal: Calendar | None) -> list[tuple[int, int]]:
    """"R&D expense in Q3" asked of a third-quarter 10-Q: the filing's own quarter, named without its year,
    is its current period and no word of the line item (`find_periods` reads it as the current period
    only where the question names no other period; beside one, "Q3 ... compared with fiscal 2023", it is
    still blanked here)."""
    if not (cal and cal.quarter and cal.current_months == 3):
        return []
    return [(m.start(), m.end()) for m in _P_BARE_QUARTER.finditer(text)
            if (_ORD[m["q"].lower()] if m["q"] else int(m["qn"])) == cal.quarter]


def _months_the_filing_reports(text: str, periods: list[PeriodSpec], available_periods: Iterable[str]) -> list[PeriodSpec]:
    """"Repurchased in August 2024" names a period where the filing reports figures for that month (a
    table of repurchases by month); elsewhere ("options granted to Jane Roe in March 2023") the month
    stays in the line item, for the sentence that states it."""
    ends = {_iso_end(p) for p in available_periods if p and (d := period_days(p)) and 27 <= d <= 32}
    out = []
    for m in _P_IN_MONTH.finditer(text):
        month = parse_date(f"{m['mon']} 1, {m['y']}")
        if month is None or any(p.start <= m.start() < p.start + len(p.text) for p in periods):
            continue
        last = date(month.year + month.month // 12, month.month % 12 + 1, 1) - timedelta(days=1)
        if last in ends:
            out.append(PeriodSpec(text=m[0], end=last, months=1, flow=True, tolerance_days=3, start=m.start()))
    return out


_HYPHENATED_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b", re.I)


def parse_question(text: str, filing_meta: FilingMeta | None = None, available_periods: Iterable[str] = (),
                   filing_text: str | None = None, cal: Calendar | None = None) -> Query:
    """Read `text` into a Query: operation, line items, periods resolved on the filing's calendar."""
    cleaned, injected = strip_instructions(text)
    # "By how many basis points did NIM expand?" asks how much a rate moved, in points (worded in basis points too)
    in_basis_points = _HOW_MANY_BASIS_POINTS.search(cleaned) is not None
    cleaned = _HOW_MANY_BASIS_POINTS.sub("how much", cleaned)
    cleaned = _HYPHENATED_QUARTER.sub(r"\1 \2", cleaned)  # "third-quarter 2025 net premiums": the third quarter of 2025
    if cal is None:
        cal = fiscal_calendar(filing_meta, available_periods, filing_text)
    periods = _bare_year_takes_span(find_periods(cleaned, cal, asked=True), cleaned)
    months = _months_the_filing_reports(cleaned, periods, available_periods)
    periods += months
    # and the quarters named without their year that the filing's calendar dated ("efficiency ratio in Q2")
    body = _blank(cleaned, period_spans(cleaned) + [(p.start, p.start + len(p.text)) for p in periods
                                                    if (p.fiscal and _P_BARE_QUARTER.fullmatch(p.text)) or p in months]
                  + _own_quarter_spans(cleaned, cal))
    body = strip_company(body, filing_meta)
    body = _FILER_NOUN.sub(" ", body)
    body = re.sub(r"\b(?:in|for|during|at|as of|on|of|compared with|compared to|from|to|than|between|and)\s*(?=[,?.]|$)", "", body, flags=re.I).strip()
    expect = _expect_unit(cleaned)
    q = Query(text=cleaned, operation="lookup", periods=periods, expect_unit=expect, injected=injected,
              phrase=_item(body) or None, in_basis_points=in_basis_points)

    m = _FOLLOWUP_NEW_ITEM.match(body)
    if m and not periods:
        q.followup, q.items = "new_item", [_item(m["item"] or m["qualifier"])]
        return q
    m = _FOLLOWUP_SHARE_PART.match(body) or _FOLLOWUP_SHARE_WHOLE.match(body)
    if m:
        q.operation, q.expect_unit, q.items = "share", "percent", [_item(m["item"])]
        q.followup = "share_part" if m.re is _FOLLOWUP_SHARE_PART else "share_whole"
        return q
    from qa.qtypes.base import QuestionParse
    from qa.qtypes.direction import asked_direction
    from qa.qtypes.operations import detect_operation

    found = detect_operation(QuestionParse(text=cleaned, body=body, periods=periods))  # qa/qtypes/, by priority
    q.direction = asked_direction(cleaned, body)
    if found is not None:
        q.operation = found.operation
        if found.items is not None:
            q.items = found.items
        if found.expect_unit is not None:
            q.expect_unit = found.expect_unit or None
        if found.final and q.direction and not _has_item(q, body) and _FOLLOWUP_COMBINE.search(cleaned):
            q.items, q.followup = [], "combine_previous"  # "Did it improve?" after two figures: the change between them
            return q
        if found.final:
            return _same_item_twice(q)
    if q.operation == "lookup" and re.search(r"\bthe (?:(?:year|quarter)[- ]over[- ](?:year|quarter) |sequential |yoy |y/y |q/q )?(?:net )?"
                                             r"(?:change|increase|decrease|growth|decline|drop|rise|difference) (?:in|of)\b", cleaned, re.I) \
            and len(periods) == 1:
        # "the change in amortized cost in 2009": against the year before; "the year-over-year change in X"
        q.operation = "difference"
    if q.operation == "lookup" and len(periods) >= 2 and re.search(r"\b(?:compared (?:to|with)|versus|vs\.?|against|relative to)\b|^\W*compare\b|"
                                                                r"^\s*between\b.*\b(?:change|variation|difference)\b", cleaned, re.I):
        q.operation = "difference"  # "revenue this quarter compared with a year earlier"
    if q.operation == "lookup" and not periods and not _has_item(q, body) \
            and re.search(r"\b(?:chang|increas|decreas|differen|grow|grew|declin|drop)\w*", cleaned, re.I):
        q.operation = "difference"  # "what was, then, the increase over the year?": the previous two answers
    if q.operation in ("difference", "greater", "sum", "average"):
        m = _BETWEEN_ITEMS.search(body) or _THAN_ITEMS.search(body) or _EXCEED_ITEMS.search(body)
        two = None
        more = _MORE_THAN_ITEMS.search(body) if m is None else None
        if more and tokens(more["a"]) and tokens(more["b"]):
            two = [_item(f"{more['noun']} {more['a']}"), _item(f"{more['noun']} {more['b']}")]
        elif m and tokens(m["a"]) and tokens(m["b"]):
            two = [_item(m["a"]), _item(m["b"])]
            # "the votes for A exceed those for B": B takes A's head noun
            head = re.match(r"(?:the\s+)?(?P<head>.+?)\s+(?:for|of|in|from)\s", two[0], re.I)
            if head and re.match(r"(?:those|that|the ones?)\s+", two[1], re.I):
                two[1] = re.sub(r"^(?:those|that|the ones?)\b", head["head"], two[1], flags=re.I)
        else:
            m2 = None
            if q.operation == "greater":
                m2 = re.search(r"^(?>.*?\b(?:larger|greater|higher|bigger|more|smaller|lower|less)\b)\s*[,:]?\s*(?P<a>.*?\S)\s+or\s+(?P<b>.+?)\??$", body, re.I)
            elif q.operation in ("sum", "average"):
                m2 = re.search(r"^(?>.*?(?:sum|average|mean|total) of )(?P<a>.*?\S)\s+(?:and|plus)\s+(?P<b>.+?)\??$", body, re.I)
                if m2 and not (concepts(m2["a"]) and concepts(m2["b"])):
                    m2 = None
            if m2 and tokens(m2["a"]) and tokens(m2["b"]):
                two = [_item(m2["a"]), _item(m2["b"])]
        if two is None and q.operation in ("sum", "average", "greater"):
            two = _split_items(_item(body))
        if two:
            q.items = two
    if q.operation in ("sum", "average"):
        q.periods = _years_between(cleaned, q.periods)
    if q.operation in ("difference", "sum", "average", "greater", "percent_change", "ratio") and not _has_item(q, body) \
            and (_FOLLOWUP_COMBINE.search(cleaned) or not q.periods):
        q.followup = "combine_previous"
        return q
    m = _FOLLOWUP_NAME.match(body)
    if m and not periods and q.operation == "lookup" and found is None and not q.items:
        q.followup, q.items = "new_item", [_item(m["name"])]
        return q
    if not q.items:
        item = _item(body)
        item = _AND_HOW_IT_MOVED.sub("", item)  # "diluted EPS, and how did it change [from a year earlier]": the item is diluted EPS
        item = re.sub(r"\b(?:increase|decrease)\s*/\s*\(\s*(?:increase|decrease)\s*\)", " ", item, flags=re.I)
        if q.periods:  # "occupancy for the full year [2024]": the period's own words, not the item's
            item = _PERIOD_LEAD_IN.sub(" ", item)
        if q.operation in ("min", "max"):
            # "the greatest gross margin in millions for the three year period": the item is gross margin
            item = re.sub(r"\b(?:highest|greatest|largest|biggest|maximum|lowest|smallest|least|minimum)\s+(?:amount\s+of\s+|value\s+of\s+)?"
                          r"|\bconsidering\b|\bobserved\b|\bwhat\s+(?:is|was|were|are)\b", " ", item, flags=re.I)
        if q.operation in ("min", "max", "sum", "average"):
            item = _N_YEARS.sub(" ", item)  # "the average discount rate over the 3 year period": the item is the discount rate
        if q.operation == "average":
            # "the average discount rate for 2018 and 2019", "the average value of X": the item is the
            # discount rate, X ("weighted average" names a line item and stays)
            item = _AVERAGE_OF.sub(" ", item)
        if q.operation in ("difference", "percent_change"):
            # "the net change in revenue": the item is revenue, not net revenue; "the change in the value of X" is X
            item = re.sub(r"\b(?:net|nominal|absolute|dollar|actual)\s+(?=(?:change|increase|decrease|difference|variation)\b)", "",
                          item, flags=re.I)  # "the nominal difference in EBITDA": the item is EBITDA
            item = re.sub(r"\b(?:change|variation|increase|decrease)\s+in\s+(?:the\s+)?value\s+of\b", " ", item, flags=re.I)
            # "the percent of (the) increase in revenue", "the percentual increase in X": the item is revenue, X
            item = re.sub(r"\b(?:the\s+)?percent(?:age|ual)?\s+(?:of\s+(?:the\s+)?)?(?=(?:change|increase|decrease|decline|growth|drop|rise|fall|"
                          r"reduction|variation)\b)", " ", item, flags=re.I)
        item = re.sub(r"\b(?:by how much|how much|(?:how )?(?:fast|quickly|rapidly|steeply|sharply) (?:did|does|do|has|have|was|were|is|are)|"
                      r"by what percent(?:age)?|what percent(?:age)?|percent(?:age)? change(?: in)?|"
                      r"percent(?:age)? (?:did|does|do|has|have|was|were|is|are)|(?:change|difference|variation) between(?: (?:and|to)\b)?|"
                      r"the change in|change in|variation in|variation|year[- ]over[- ]year|sequentially|quarter[- ]over[- ]quarter|growth in|growth|in percent|"
                      r"increased|decreased|declined|increases|decreases|increase|decrease|decline|drop|"
                      r"difference between|difference|compared|compare with|compare to|compare against|compare|expect|expects|expected|"
                      r"fall|fell|fallen|rise|rose|risen|grow|grew|grown|drop|dropped|go up|go down|went up|went down|"
                      r"exceed|exceeded|outpace|outpaced|surpass|surpassed|climb|climbed|shrink|shrank)\b", " ", item, flags=re.I)
        item = re.sub(r"\s+", " ", item).strip(" ,?.")
        item = re.sub(r"\bthe\s+(?=the\b)", "", item, flags=re.I)
        item = re.sub(r"^(?:the\s+)?(?:in|of|for)\s+", "", item, flags=re.I)  # "the [difference] in EBITDA"
        item = re.sub(r"(?:\s+\b(?:in|for|during|at|on|of|from|to|by|the|over|since|between|and|or|than|versus|vs))+$", "", item, flags=re.I)
        if q.operation in ("difference", "percent_change"):
            # "how much did net income change (from FY22 to FY23)?", "how has revenue changed?": the verb ends the item
            item = re.sub(r"^(?:has|have|had)\s+|^(?:more|fewer)\s+|\s+(?:changed?|varied|vary|moved?)$", "", item.strip(" ,?."),
                          flags=re.I)
            # ... and so does a verb of a rate's change: "How much did NIM expand [year over year]?" (not "Pre-contract costs")
            item = re.sub(r"\s+(?:improved?|worsen(?:ed)?|expand(?:ed)?|contract(?:ed)?|compress(?:ed)?|widen(?:ed)?|narrow(?:ed)?|deteriorated?)"
                          r"(?:\s+year[- ]over[- ]year|\s+yoy)?$", "", item.strip(" ,?."), flags=re.I)
        q.items = [item.strip(" ,?.")]
    if q.operation in ("difference", "percent_change") and len(q.items) == 1 and len(q.periods) < 2 \
            and set(tokens(q.items[0])) & _RATES_OF_CHANGE:
        q.operation, q.expect_unit = "lookup", "percent"  # "comparable store sales growth" is the stated rate itself
    if not _has_item(q, body) and q.periods:
        q.followup = "shift_year" if any(p.relative == "year_earlier" for p in q.periods) else "same"
    return _same_item_twice(q)


# words that lead into a period the question also names: "for the full year [2024]", "for the year"
_PERIOD_LEAD_IN = re.compile(r"\b(?:for|in|during|over)\s+the\s+(?:full|whole|entire|fiscal|calendar)?\s*year\s*$", re.I)


# line items that are themselves a change over a year earlier: their "growth" or "change" is the figure stated
_RATES_OF_CHANGE = {"compsales", "organic", "constant"}  # "organic growth", "constant currency growth": rates the filing states, not ones to compute


def _same_item_twice(q: Query) -> Query:
    """"the ratio of Q3 FY2024 net income to Q3 FY2023 net income", "the difference between 2019 revenue
    and 2018 revenue": one item over the two periods, not two items in one period."""
    def bare(item: str) -> str:
        return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", item.strip().lower()))

    if q.operation in ("ratio", "difference", "percent_change", "greater") and len(q.items) == 2 and len(q.periods) >= 2 \
            and bare(q.items[0]) == bare(q.items[1]) and tokens(q.items[0]):
        q.items = q.items[:1]
    return q


_GENERIC = {"change", "increase", "decrease", "drop", "decline", "growth", "grow", "difference", "rise", "fall",
            "expect", "larger", "greater", "higher", "smaller", "lower", "compar", "sell", "sold",
            "two", "them", "both", "those", "these", "it", "one", "other", "number", "figure", "chang", "their",
            "sum", "average", "ratio", "larger", "bigger", "lower", "which", "so", "then", "this", "that", "during",
            "time", "again", "overall", "net", "represent", "relation", "portion", "rate", "they"}  # "the growth rate" of what came before


MAX_ITEM_SPLITS = 8


def _split_items(text: str) -> list[str] | None:
    """'R&D and G&A expenses combined' -> ['R&D', 'G&A expenses']: split at the "and" that leaves a
    line item on each side and breaks none ("research and development" stays whole)."""
    text = re.sub(r"\b(?:combined|together|in total|altogether|the sum of|sum of)\b", " ", text, flags=re.I).strip(" ,?")
    whole = concepts(text)
    # each try tokenizes both sides: past a few "and"s it is no question of two line items (and a
    # long adversarial text would cost its length squared)
    for m in itertools.islice(re.finditer(r"\s+(?:and|plus|\+)\s+", text), MAX_ITEM_SPLITS):
        a, b = text[:m.start()], text[m.end():]
        ca, cb = concepts(a), concepts(b)
        if ca and cb and (ca | cb) >= whole:
            return [a.strip(), b.strip()]
    return None


def split_by_rows(q: "Query", row_fit) -> "Query":
    """'wealth management fees plus card and interchange income combined': where the vocabulary knows neither
    part (`_split_items`), split a sum's, average's or comparison's one item at the "and"/"plus" that leaves
    on each side the name of one of the filing's rows (`row_fit(text)`: the best row's label match, 0..1),
    each closer than the whole text is to any row."""
    if q.operation not in ("sum", "average", "greater") or len(q.items) != 1 or q.followup:
        return q
    text = re.sub(r"\b(?:combined|together|in total|altogether|the sum of|sum of)\b", " ", q.items[0], flags=re.I).strip(" ,?")
    whole = row_fit(text)
    best: tuple[float, list[str]] | None = None
    for m in itertools.islice(re.finditer(r"\s+(?:and|plus|\+)\s+", text), MAX_ITEM_SPLITS):
        a, b = text[:m.start()].strip(), text[m.end():].strip()
        if not tokens(a) or not tokens(b):
            continue
        fit = min(row_fit(a), row_fit(b))
        if fit >= ROW_SPLIT_FIT and fit > whole and (best is None or fit > best[0]):
            best = (fit, [a, b])
    if best is None:
        return q
    out = q.clone()
    out.items = best[1]
    return out


# how closely each part of a split sum must name a row of the filing (qa.lexicon.match_label)
ROW_SPLIT_FIT = 0.9


def _has_item(q: Query, body: str) -> bool:
    toks = [t for item in q.items for t in tokens(item)] if q.items else list(tokens(body))
    return any(t not in _GENERIC and not t.isdigit() for t in toks)


def resolve(spec: PeriodSpec, cal: Calendar, base: PeriodSpec | None = None) -> PeriodSpec:
    """Fill in `end`/`months` for relative specs: current quarter, or `base` shifted back a year (or
    a quarter: the quarter before it)."""
    out = spec.model_copy()
    if spec.relative == "current" and out.end is None:
        out.end = cal.current_end
        out.months = spec.months or cal.current_months
        out.tolerance_days = 3
    elif spec.relative in ("year_earlier", "quarter_earlier"):
        anchor = base or PeriodSpec(text="current", end=cal.current_end, months=cal.current_months)
        if anchor.end is None:
            return out
        out.instant, out.tolerance_days = anchor.instant, 20
        if spec.relative == "quarter_earlier":
            out.end, out.months = add_months(anchor.end, -3), 3
        else:
            out.end = add_months(anchor.end, -12)
            out.months = anchor.months if spec.months is None else spec.months
            if anchor.year is not None:
                out.year, out.tolerance_days = anchor.year - 1, 366
            if anchor.fiscal is not None:
                # the year before "fiscal 2024" (or its fourth quarter) is fiscal 2023 (its fourth quarter), by name too
                out.fiscal = (anchor.fiscal[0] - 1, anchor.fiscal[1])
    return out


def question_concepts(q: Query) -> set[str]:
    return set().union(*(concepts(i) for i in q.items)) if q.items else set()

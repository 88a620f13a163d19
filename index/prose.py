"""Figures stated in running text -> `Fact`s with the sentence as the quote.

Only four shapes of figure are read, so dates, phone numbers, ZIP codes, file numbers, CFR
cites, years and item numbers never become facts: money (a `$` before the number, with an
optional scale word: "$12.3 million"), percentages ("41.7%", "2.8 percent", "38.6 basis points" as 0.386 percent), counts or share
counts followed by their noun ("312 retail stores", "40,125,600 shares") and ratios a ratio's
name introduces ("The book-to-bill ratio was 1.04", "a leverage ratio of 2.3x"). An amount
followed by "of" is named by the words after it ("$2,317 million of cash and cash equivalents"),
unless a predicate follows them ("$75 million of receivables were sold"). A value is negative
only when printed with a sign or parentheses ("$(1.80)"); words such as "loss" do not flip it.
Ranges ("between $40-45 million") keep both ends; `value` is the low end.
A period is attached when the figure's clause states one ("for the quarter ending September
30, 2023", "as of June 30, 2023", or, given the fiscal year end, "1Q FY2024"); clauses split at
"compared", "versus" and semicolons, so a prior-period comparison does not inherit the current
period, but "the same period last year" is dated a year before it (calendar quarters only).
"$X and $Y as of <date> and <date>, respectively" pairs figures with dates in order. A clause
naming two periods leaves its figures undated rather than guess. Share counts take instants
only. Figures inside table row labels are read the same way and scaled like their table.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import Decimal

from index.models import Fact, Source
from index.numbers import normalize, scale_word_power, to_decimal
from index.periods import (
    fiscal_periods_named,
    instant,
    is_month_end,
    parse_period,
    respective_periods,
    stated_period,
    stated_periods,
    year_earlier,
)

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE = r"(?:million|billion|thousand|trillion)s?(?=\d?\b)|(?:mm|bn|mn)\b|[MBK]\b"
_MONEY = re.compile(
    rf"(?P<lpar>\(\s*)?(?P<minus>[-−]\s*)?(?:US|U\.S\.\s?)?\$\s?(?P<par>\()?(?P<minus2>[-−])?(?P<num>{_NUM})(?P<rpar>\))?"
    rf"(?:\s?(?P<scale>{_SCALE}))?"
    rf"(?P<range>\s*(?P<sep>-|–|—|to|and)\s*(?:US)?\$?\s?(?P<num2>{_NUM})(?:\s?(?P<scale2>{_SCALE}))?)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?<![\w.$])(?P<lpar>\()?(?P<sign>[-−+])?(?P<num>{_NUM})(?P<rpar>\))?\s?(?:%|percent\b|per\s+cent\b|"
    rf"(?P<bp>basis[\s-]+points?\b|bps\b))",
    re.IGNORECASE,
)
_COUNT_NOUNS = (
    r"stores|locations|employees|associates|restaurants|branches|offices|patients|customers|members|"
    r"subscribers|properties|loans|states|countries|votes|holders|stockholders|shareholders|facilities|"
    r"hotels|centers|sites|clinics|franchises|vessels|aircraft|homes|units|accounts|contracts|"
    r"students|physicians|hospitals|rigs|wells|beds|theaters|screens|warrants|options|"
    r"companies|industries|clients|tenants|partners|users|vehicles|ships|projects|products|brands|markets|communities"
)
_COUNT = re.compile(
    rf"(?<![\w.$,/:#-])(?P<num>{_NUM})(?:\s(?P<scale>million|billion|thousand))?\s+"
    rf"(?P<noun>(?:(?!(?:and|or|of|in|the)\b)[a-z][a-z-]*\s+){{0,2}}?(?:shares|{_COUNT_NOUNS}))\b",
)
# a count stated after its noun, with a scale and no noun of its own: "Processed transactions for the fiscal
# fourth quarter totaled 66.8 billion", "paid memberships reached 304.6 million"
_COUNT_STATED = re.compile(
    rf"\b(?:{_COUNT_NOUNS}|transactions|deliveries|shipments|passengers|memberships|visits|cardholders)\b[^.$%;]{{0,80}}?"
    rf"\b(?:totaled|totalled|were|was|reached|(?:grew|rose|increased|climbed)\s+to)\s+(?:approximately\s+|about\s+|nearly\s+)?"
    rf"(?P<num>{_NUM})\s(?P<scale>million|billion|thousand)\b(?!\s+(?!(?:in|for|during|at|as|from|compared|versus|and|or)\b)[a-z])",
    re.IGNORECASE,
)
_SHARES_STATED = re.compile(
    r"\bshares\b[^.$%;]{0,120}?\b(?:was|were|is|are|totaled|:)\s*:?\s*(?P<num>\d{1,3}(?:,\d{3})+)(?![\d,]|\s*(?:%|percent|shares))",
    re.IGNORECASE,
)
_LIST_SEP = r"(?:,?\s+(?:and|or)\s+|,\s+)"
_COUNT_LIST = re.compile(  # the first figures of "15,222,259 and 15,550,061 shares"
    rf"(?<![\w.$,/:#-])(?P<num>{_NUM})(?={_LIST_SEP}(?:{_NUM})(?:{_LIST_SEP}(?:{_NUM}))*"
    rf"(?:\s(?P<scale>million|billion|thousand))?\s+(?P<noun>(?:[a-z][a-z-]*\s+){{0,2}}?(?:shares|{_COUNT_NOUNS}))\b)",
)
_PER_SHARE_AFTER = re.compile(
    r"^\s*(?:per|a|for\s+each)\s+(?:(?:basic|diluted|common|fully|and|weighted|average|outstanding|ordinary|class\s+\w)\s+)*share\b"
    r"|^\s*par\s+value\b|^\s*\(?(?:basic|diluted)\)?\s+(?:EPS|earnings\s+per)",
    re.IGNORECASE,
)
_PER_SHARE_BEFORE = re.compile(r"(?:per\s+(?:\w+\s+){0,3}share|\bEPS\b|par\s+value)[^$]{0,60}$", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r";\s+|,?\s+(?:as\s+)?compared\s+(?:to|with)\b|\s+versus\b|\s+vs\.?\s", re.IGNORECASE)
_MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_YEAR_EARLIER = re.compile(
    r"\bsame\s+(?:fiscal\s+)?(?:quarter|period|three[\s-]+month\s+period|months)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:last|prior|previous|preceding)\s+(?:fiscal\s+)?year\b|\bprior[\s-]+year\s+(?:quarter|period)\b",
    re.IGNORECASE,
)
_ABBREV = {"inc", "co", "corp", "ltd", "mr", "mrs", "ms", "dr", "no", "nos", "st", "jr", "sr", "vs", "approx",
           "e.g", "i.e", "u.s", "fig", "p", "pp", "l.p", "n.a", "s.a", "plc", "llc", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "etc"}


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], not splitting after 'Inc.', 'Mr.', 'U.S.' and the like."""
    spans = []
    s = start
    for m in re.finditer(r"([.!?])[\"”’)]*(\s+)(?=[\"“(]?[A-Z$\d])", text[start:end]):
        stop = start + m.start(2)
        if m.group(1) == ".":
            word = re.search(r"([\w.&]+)\.[\"”’)]*$", text[s:stop])
            if word and (word.group(1).lower() in _ABBREV or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
        spans.append((s, stop))
        s = start + m.end()
    if s < end:
        spans.append((s, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a] + [a + m.start() for m in _CLAUSE_SPLIT.finditer(text[a:b])] + [b]
    return [(x, y) for x, y in itertools.pairwise(cuts) if y > x]


def _clause_period(clause: str, fye: str | None = None, anchor=None) -> str | None:
    """The clause's one period: stated with dates, or else named in fiscal words ('1Q FY2024')."""
    p = stated_period(clause)
    if p or not fye:
        return p
    named = {x for x, _ in fiscal_periods_named(clause, fye, anchor)}
    if "?" in named:
        return None
    return named.pop() if len(named) == 1 else None


def _pair_respectively(text: str, start: int, end: int, found: list[dict]) -> None:
    """'1,210 shares and 1,185 shares as of August 31, 2024 and May 31, 2024, respectively': a run
    of figures of one unit joined by 'and' takes the listed periods in order, when the counts match."""
    _pair_run_with(text, found, respective_periods(text[start:end]))


def _pair_run_with(text: str, found: list[dict], periods: list[str | None]) -> None:
    """Give a run of same-unit figures joined by 'and' the listed periods, when the counts match."""
    if len(periods) < 2 or not all(periods):
        return
    for run in _runs(text, found):
        if len(run) == len(periods):
            for f, p in zip(run, periods, strict=True):
                f["period"] = p


def _runs(text: str, found: list[dict]) -> list[list[dict]]:
    runs: list[list[dict]] = []
    for f in sorted(found, key=lambda d: d["start"]):
        if runs and f["unit"] == runs[-1][-1]["unit"] and re.fullmatch(
                r"[\s,]*(?:and|or)?\s*", text[runs[-1][-1]["end"]:f["start"]]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


_LEADS_TO_PERIOD = re.compile(r"[\s,]*(?:for|in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _nearest_periods(text: str, ca: int, cb: int, figs: list[dict], fye: str | None = None, anchor=None) -> None:
    """A clause that states two periods ('... to $210.4 million from $225.1 million for the prior
    year 13-week fiscal quarter ended October 28, 2023'): a figure followed at once by 'for the
    <period>' takes it; otherwise the period stated before the figure, if any."""
    stated = [(p, ca + pos) for p, pos in stated_periods(text[ca:cb])]
    stated += [(p, ca + pos) for p, pos in fiscal_periods_named(text[ca:cb], fye, anchor) if p != "?"]
    if len({p for p, _ in stated}) < 2:
        return
    # "ended August 31, 2024 and 2023" lists two periods in one phrase: neither is the figure's
    stated = [(p, pos) for p, pos in stated if not any(q != p and abs(pos - qpos) <= 1 for q, qpos in stated)]
    for f in figs:
        after = [(p, pos) for p, pos in stated if pos >= f["end"] and pos - f["end"] <= 60
                 and _LEADS_TO_PERIOD.fullmatch(text[f["end"]:pos])]
        before = [(p, pos) for p, pos in stated if pos < f["start"]]
        if after:
            f["period"] = after[0][0]
        elif before:
            f["period"] = before[-1][0]


_ENDED_WITH = re.compile(r"\bend(?:ed|ing)\s+the\s+(?P<what>quarter|period|(?:fiscal\s+)?year)\s+with\b", re.IGNORECASE)


def _ended_with(text: str, ca: int, figs: list[dict], anchor) -> None:
    """"... ending the quarter with 412 restaurants": a count after it stands at the end of the
    report's own quarter (of its year, where the report is the year's fourth quarter)."""
    quarter, _, end = anchor
    for f in figs:
        m = None
        for m in _ENDED_WITH.finditer(text, ca, f["start"]):
            pass
        if m is not None and f["period"] is None and (m["what"].lower() in ("quarter", "period") or quarter == 4):
            f["period"] = instant(end)


# between the figure a change went to and the one it started from: "to 93.4% from 96.8%", "38.6 basis points,
# down from 39.4", "$100 million compared with $90 million", "59.8%, a 180 basis point improvement from 61.6%"
_CHANGE_SAID = (r"(?:an?\s+)?(?:[\d.,]+\s*(?:%|percent|basis[\s-]+points?|bps|points?)\s+)?(?:improvement|increase|decrease|"
                r"decline|rise|drop|reduction|deterioration|gain|contraction|expansion)")
FROM_FIGURE = re.compile(rf"\s*(?:million|billion|thousand|basis\s+points?)?\s*,?\s*"
                         # "$2.41 billion, an increase of 9.8% from $2.19 billion"
                         rf"(?:{_CHANGE_SAID}(?:\s+of\s+[\d.,]+\s*(?:%|percent|basis[\s-]+points?|bps))?\s+)?"
                         rf"(?:(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|basis[\s-]+points?|bps)\s+)?)?"
                         rf"(?:from|compared\s+(?:with|to)|versus|vs\.?)\s*\$?\s*", re.IGNORECASE)


def _stated_positions(text: str, ca: int, cb: int, fye: str | None = None, anchor=None) -> list[int]:
    """Where the clause text[ca:cb] states a period: in dates, or in fiscal words the calendar places."""
    stated = [ca + pos for _, pos in stated_periods(text[ca:cb])]
    return stated + [ca + pos for p, pos in fiscal_periods_named(text[ca:cb], fye, anchor) if p != "?"]


def _period_of_from_figure(text: str, ca: int, cb: int, figs: list[dict], fye: str | None = None, anchor=None) -> None:
    """'The combined ratio improved to 93.4% from 96.8% in the second quarter of 2023' ('38.6 basis
    points, down from 39.4 basis points in ...', '$100 million compared with $90 million in ...'): a period
    named only after the figure a change started from is that figure's. The figure the change
    went to keeps none of the clause's (the report's own period, where nothing else says one)."""
    stated = _stated_positions(text, ca, cb, fye, anchor)
    for f in figs:
        start_of_change = next((g for g in figs if g is not f and g["unit"] == f["unit"] and g["start"] >= f["end"]
                                and FROM_FIGURE.fullmatch(text[f["end"]:g["start"]])), None)
        if start_of_change is not None and stated and all(pos >= start_of_change["end"] for pos in stated):
            f["period"] = None


# "an increase of 8% from the second quarter of 2024": the period a change is measured from, right before it
_BASE_OF_CHANGE = re.compile(r"\b(?:increase|decrease|decline|growth|rise|drop|improvement|gain|reduction|up|down|higher|lower)\b"
                             r"(?:\s+of\s+[\d.,]+\s*(?:%|percent|basis\s+points|bps))?\s+(?:from|over|compared\s+(?:with|to)|versus)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)


def _period_of_change_base(text: str, ca: int, cb: int, figs: list[dict], fye: str | None = None, anchor=None) -> None:
    """'Adjusted EBITDA of $402.7 million, an increase of 8% from the second quarter of 2024': where every
    period the clause states is what a change is measured from, the figures before it keep none of it
    (the report's own period, where nothing else says one)."""
    stated = _stated_positions(text, ca, cb, fye, anchor)
    if not stated or not all(_BASE_OF_CHANGE.search(text[max(ca, pos - 60):pos]) for pos in stated):
        return
    for f in figs:
        if f["end"] <= min(stated):
            f["period"] = None


def _month_end(period: str) -> bool:
    return is_month_end(parse_period(period)[1])


def _period_for(unit: str, period: str | None) -> str | None:
    """Share and other counts stand at an instant; a duration in their clause is about something else
    (the fiscal year an auditor is ratified for), so only instants attach to them."""
    if unit in ("shares", "count") and period and "/" in period:
        return None
    return period


def _label(text: str, clause_start: int, fig_start: int, fig_end: int) -> str:
    before = text[max(clause_start, fig_start - 70): fig_start]
    before = re.split(r"[.;:!?]\s", before)[-1]
    words = before.split()
    if fig_start - 70 > clause_start and words:
        words = words[1:]  # drop a word cut in the middle
    return " ".join(words[-9:] + [text[fig_start:fig_end]]).strip(" ,")


def _scaled(num: str, scale: str | None) -> Decimal | None:
    v = to_decimal(num)
    if v is None:
        return None
    if scale:
        p = scale_word_power(scale.rstrip("s") if scale.lower() not in ("mm", "bn", "mn") else scale)
        if p is None and scale.lower().endswith("s"):
            p = scale_word_power(scale)
        if p:
            v = v.scaleb(p)
    return normalize(v)


def _money(text: str, ca: int, cb: int, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    prev_per_share_end = None
    pos = ca
    while True:
        m = _MONEY.search(text, pos, cb)
        if not m:
            break
        pos = m.end()
        num, scale = m.group("num"), m.group("scale")
        if re.search(r"\bper\s*$", text[max(ca, m.start() - 6): m.start()], re.IGNORECASE):
            continue  # "per $1,000 of original face": a unit of measure, not a figure
        rng = m.group("range")
        sep = (m.group("sep") or "").lower()
        if rng:
            before = text[max(ca, m.start() - 40): m.start()].lower()
            ok = sep in "-–—" or (sep == "and" and "between" in before[-20:]) or (
                sep == "to" and "from" not in before and not m.group("par"))
            if not ok or m.group("par") or m.group("minus2"):
                rng = None
                pos = m.start("range")  # the second figure is read on its own
        end = m.end() if rng else (m.end("scale") if scale else m.end("num"))
        negative = False
        if m.group("par") and m.group("rpar"):
            negative = True
            end = max(end, m.end("rpar"))
        elif m.group("lpar") and text[end: end + 1] == ")":
            negative = True
        if m.group("minus") or m.group("minus2"):
            negative = True
        start = m.start("lpar") if (m.group("lpar") and negative) else m.start()
        if m.group("lpar") and not negative:
            start = m.start() + len(m.group("lpar"))
        if m.group("minus") and not m.group("lpar"):
            start = m.start("minus")
        if not rng:
            scale2 = None
            value = _scaled(num, scale)
            low = high = None
        else:
            scale2 = m.group("scale2")
            low = _scaled(num, scale or scale2)
            high = _scaled(m.group("num2"), scale2 or scale)
            value = low
        if value is None:
            continue
        if negative:
            value = -value
        after = text[end: end + 60]
        before = text[ca: start]
        ps_after = _PER_SHARE_AFTER.search(after)
        per_share = bool(ps_after) or (
            not scale and bool(_PER_SHARE_BEFORE.search(before[-90:])))
        if (not per_share and prev_per_share_end is not None and not scale
                and re.fullmatch(r"\s*(?:,?\s*(?:to|and|or|from|compared\s+(?:to|with)))?\s*", text[prev_per_share_end:start])):
            per_share = True
        prev_per_share_end = end if per_share else None
        token = text[m.start("num"): m.end("num")]
        if rng:
            token = f"{num}-{m.group('num2')}"
        if negative:
            token = f"({token})"
        taken.append((start, end))
        out.append({"start": start, "end": end, "value": value, "unit": "USD/share" if per_share else "USD",
                        "label_end": end + (ps_after.end() if ps_after else _named_after(before, after)), "has_scale": bool(scale),
                        "as_printed": token, "low": low if rng else None, "high": high if rng else None})
    return out


# "$2,317 million of cash and cash equivalents": the words after "of" name the amount (up to a clause's
# next word of its own: "and total debt of ...", ", compared", "which")
_WHAT_OF = re.compile(r"^\s+of\s+(?!(?:the|our|its)\s+(?:company|quarter|year|period)\b)((?:(?!(?:and|or|which|that|under|for|in|as|at|"
                      r"compared|from|to|during|with|by|was|were|is|are)\b)[A-Za-z][\w'’&-]*\s*){1,5}(?:and\s+cash\s+equivalents)?)")


# words that name no line item: "As of June 30, 2025, we had", "there was", "the Company held approximately"
_NAMELESS = set("""a an the as of at on in by for to and with we our us it its there this that these those was were is are
be been had has have held hold holds approximately about roughly nearly over under total totaled totaling company company's
registrant end ended ending year years quarter quarters period fiscal month months date january february march april may june
july august september october november december recorded recognized incurred paid received generated reported spent invested
borrowed issued repaid returned raised repurchased""".split())


def _names_nothing(before: str) -> bool:
    """Do the clause's words before a figure name nothing ("As of June 30, 2025, we had $2,317 million of
    cash ...")? Then the words after its "of" name it; where they do name something ("compensation cost
    recognized for RSUs totaled $7.3 million"), the label stays theirs."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", before[-120:])
    return not [w for w in words if w.lower() not in _NAMELESS]


# "liquidity of $4.9 billion, including $1.1 billion of cash": a part listed after "including" is named by its "of"
_LISTS_PARTS = re.compile(r"\b(?:including|includ(?:es|ed)|comprising|comprised\s+of|consisting\s+of|of\s+which)\s*$",
                          re.IGNORECASE)


# "... including $118.0 million of expansion capital and $24.6 million": the list of parts goes on
_LIST_GOES_ON = re.compile(r"\b(?:including|includ(?:es|ed)|comprising|consisting\s+of)\s+\$?[\d.,]+\s*(?:million|billion|thousand)?"
                           r"\s+of\s+[^$;.]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)


def _named_after(before: str, after: str) -> int:
    """How far past a money figure its label reaches: to the end of the noun phrase its "of" names, where
    the words before the figure name nothing or list parts ("including $1.1 billion of cash and cash
    equivalents"); 0 otherwise, and where a predicate follows the phrase."""
    if not _names_nothing(before) and not _LISTS_PARTS.search(before) and not _LIST_GOES_ON.search(before):
        return 0
    m = _WHAT_OF.match(after)
    if m is None or re.match(r"\s*(?:were|was|is|are|have|has|had|will|would|remain\w*)\b", after[m.end(1):]):
        return 0  # "$75 million of trade accounts receivable were sold": the predicate says what the amount is
    return m.end(1)


def _percents(text: str, ca: int, cb: int, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    for m in _PERCENT.finditer(text, ca, cb):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        v = to_decimal(m.group("num"))
        if v is None:
            continue
        negative = bool(m.group("sign") and m.group("sign") in "-−") or bool(m.group("lpar") and m.group("rpar"))
        start = m.start("lpar") if m.group("lpar") and m.group("rpar") else (m.start("sign") if m.group("sign") else m.start("num"))
        token = m.group("num")
        if negative:
            token = f"-{token}" if m.group("sign") else f"({token})"
        taken.append((start, m.end()))
        if m.group("bp"):  # "38.6 basis points": hundredths of a percent
            v /= 100
        out.append({"start": start, "end": m.end(), "value": normalize(-v if negative else v), "unit": "percent",
                        "as_printed": token, "low": None, "high": None})
    return out


# a ratio stated in words: "The book-to-bill ratio was 1.04", "a leverage ratio of 2.3x", "coverage of 8.1 times"
_RATIO = re.compile(
    r"\b(?:ratio|coverage|leverage|multiple|book-to-bill)\s+(?:(?:was|is|were|of|stood\s+at|came\s+in\s+at|reached|improved\s+to|"
    r"increased\s+to|decreased\s+to|declined\s+to)\s+)+(?:approximately\s+|about\s+)?(?P<num>\d{1,3}(?:\.\d{1,3})?)"
    r"(?P<x>\s*(?:x|times)\b)?(?!\s*(?:%|percent|to\b|-|\.\d|,\d))",
    re.IGNORECASE,
)


def _ratios(text: str, ca: int, cb: int, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    for m in _RATIO.finditer(text, ca, cb):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        if "." not in m.group("num") and not m.group("x"):
            continue  # "a ratio of 3" may be a count of anything; a ratio is printed with decimals or an "x"
        end = m.end("x") if m.group("x") else m.end("num")
        taken.append((m.start("num"), end))
        out.append({"start": m.start("num"), "end": end, "value": normalize(Decimal(m.group("num"))), "unit": "ratio",
                    "as_printed": m.group("num"), "low": None, "high": None, "has_scale": False})
    return out


def _counts(text: str, ca: int, cb: int, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    matches = sorted(list(_COUNT.finditer(text, ca, cb)) + list(_COUNT_LIST.finditer(text, ca, cb)), key=lambda m: m.start())
    for m in matches:
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        num = m.group("num")
        before = text[max(0, m.start() - 12): m.start()]
        if re.search(r"(?:19|20)\d\d$", num) and "," not in num and not m.group("scale"):
            continue  # a year ("2023 shares" is far rarer than "in 2023 stores opened")
        if re.search(r"\b(?:Item|Rule|Section|No\.|Form|Exhibit|Note|Phase|Level|Class|Series|CFR)\s*$", before, re.IGNORECASE):
            continue
        if re.search(rf"\b(?:{_MONTH_WORDS})\.?\s*$", before, re.IGNORECASE):
            continue  # the day of a date ("November 4, 2023, 40,125,600 shares")
        value = _scaled(num, m.group("scale"))
        if value is None:
            continue
        noun = m.group("noun").split()[-1].lower()
        unit = "shares" if noun == "shares" else "count"
        end = m.end("num") if (m.re is _COUNT_LIST or not m.group("scale")) else m.end("scale")
        taken.append((m.start(), end))
        out.append({"start": m.start(), "end": end if m.re is _COUNT_LIST else m.end(), "value": value, "unit": unit, "as_printed": num, "low": None, "high": None,
                        "has_scale": bool(m.group("scale"))})
    # a count stated after its noun ("transactions ... totaled 66.8 billion", in its scale), then "... shares
    # ... outstanding as of <date> was: 1,204,500,000" (as printed)
    for rx, unit in ((_COUNT_STATED, "count"), (_SHARES_STATED, "shares")):
        for m in rx.finditer(text, ca, cb):
            if any(a <= m.start("num") < b for a, b in taken):
                continue
            scale = m.groupdict().get("scale")
            value = _scaled(m.group("num"), scale)
            if value is None:
                continue
            end = m.end("scale") if scale else m.end("num")
            taken.append((m.start("num"), end))
            out.append({"start": m.start("num"), "end": end, "value": value, "unit": unit, "as_printed": m.group("num"),
                        "low": None, "high": None, "has_scale": bool(scale)})
    return out


def find_figures(text: str, blocks, filing_id: str, fiscal_year_end: str | None = None,
                 fiscal_anchor: tuple[int, int, date] | None = None) -> list[Fact]:
    """Every money, percent, share-count and count figure in the paragraphs and headings of `text`.

    `blocks` are Layout.blocks or ParsedFiling.blocks (anything with kind/start/end); table
    blocks are skipped because their cells become facts of their own. With the filing's fiscal
    year end ('--06-30'), clauses that name a fiscal period ('1Q FY2024') get its dates;
    `fiscal_anchor` (quarter, fiscal year, end date) of the report's own quarter dates that
    quarter where a 52/53-week year end cannot.
    """
    facts: list[Fact] = []
    seen: set[int] = set()
    for block in blocks:
        if block.kind == "table":
            continue
        for sa, sb in sentences(text, block.start, block.end):
            quote = " ".join(text[sa:sb].split())
            found: list[dict] = []
            current = None  # the last period the sentence stated, for "the same period last year"
            for ca, cb in _clauses(text, sa, sb):
                period = _clause_period(text[ca:cb], fiscal_year_end, fiscal_anchor)
                if period is None and current and _YEAR_EARLIER.search(text[ca:cb]) and _month_end(current):
                    period = year_earlier(current)  # a 52/53-week year's prior period is not a year back
                current = period or current
                taken: list[tuple[int, int]] = []
                here = _money(text, ca, cb, taken) + _percents(text, ca, cb, taken) + _counts(text, ca, cb, taken) \
                    + _ratios(text, ca, cb, taken)
                _compared_per_share(text, found, here)
                for f in here:
                    f["period"], f["clause"] = period, ca
                if period is None and fiscal_anchor is not None:
                    _ended_with(text, ca, here, fiscal_anchor)
                if period is not None:
                    _period_of_from_figure(text, ca, cb, here, fiscal_year_end, fiscal_anchor)
                    _period_of_change_base(text, ca, cb, here, fiscal_year_end, fiscal_anchor)
                if period is None:
                    _nearest_periods(text, ca, cb, here, fiscal_year_end, fiscal_anchor)
                found += here
            _pair_respectively(text, sa, sb, found)
            named_upto: dict[int, int] = {}  # per clause: where the words an earlier figure's "of" named end
            for f in sorted(found, key=lambda d: d["start"]):
                if f["start"] in seen:
                    continue
                seen.add(f["start"])
                label_start = max(f["clause"], min(named_upto.get(f["clause"], 0), f["start"]))
                if f.get("label_end", f["end"]) > f["end"] and f["unit"] == "USD":
                    named_upto[f["clause"]] = f["label_end"]  # "$2,317 million of cash ... and total debt of $38,412 million"
                facts.append(Fact(
                    id=f"{filing_id}/p{f['start']}",
                    label=_label(text, label_start, f["start"], f.get("label_end", f["end"])),
                    value=f["value"], unit=f["unit"], period=_period_for(f["unit"], f["period"]), kind="text",
                    as_printed=f["as_printed"], quote=quote,
                    source=Source(start=f["start"], end=f["end"]),
                    low=f["low"], high=f["high"],
                ))
    return facts


_COMPARED_GAP = re.compile(r"\s*,?\s*(?:as\s+)?(?:compared\s+(?:to|with)|versus|vs\.?)\s*", re.IGNORECASE)


def _compared_per_share(text: str, before: list[dict], here: list[dict]) -> None:
    """"operating EPS was $1.02, compared with $1.15 in ...": the figure a per-share amount is compared
    with, first in the next clause and printed without a scale, is per share too."""
    last = max(before, key=lambda d: d["end"], default=None)
    first = min((d for d in here if d["unit"] in ("USD", "USD/share")), key=lambda d: d["start"], default=None)
    if last is None or first is None or last["unit"] != "USD/share" or first["unit"] != "USD":
        return
    gap = text[last["end"]:first["start"]].replace("$", "")
    if _COMPARED_GAP.fullmatch(gap) and not re.search(r"[a-z]", text[first["start"]:first["end"]], re.IGNORECASE):
        first["unit"] = "USD/share"


def find_label_figures(table, text: str, filing_id: str) -> list[Fact]:
    """Figures printed inside a table's row labels ('...; 40,125,600 shares at November 4, 2023').

    They are read like prose, then scaled like the table when printed without a scale word:
    share counts by the table's share scale ("except share ... amounts" -> not scaled; "shares
    in thousands" -> x1,000), money by its money scale unless it is a per-share amount.
    """
    from index.numbers import find_scale

    sc = find_scale(table.scale) if table.scale else None
    money_power = table.scale_power
    share_power = sc.share_power if sc else 0
    facts: list[Fact] = []
    for row in table.rows:
        label = row.label
        if not label or not re.search(r"\d", label):
            continue
        start = text.find(label, row.start, row.end if row.end > row.start else row.start + len(label))
        if start < 0:
            continue
        end = start + len(label)
        taken: list[tuple[int, int]] = []
        found = _money(text, start, end, taken) + _percents(text, start, end, taken) + _counts(text, start, end, taken)
        period = _clause_period(label)
        for f in found:
            f["period"] = period
        _pair_respectively(text, start, end, found)
        if re.search(r"\brespectively\b", label, re.IGNORECASE):
            # "12,400,000 and 12,650,000 shares issued and outstanding, respectively": the table's columns
            _pair_run_with(text, found, [c.period for c in table.columns])
        quote = f"{table.title} | {label}" if table.title else label
        for f in sorted(found, key=lambda d: d["start"]):
            value = f["value"]
            if not f.get("has_scale"):
                if f["unit"] == "shares" and share_power:
                    value = normalize(value.scaleb(share_power))
                elif f["unit"] == "USD" and money_power:
                    value = normalize(value.scaleb(money_power))
            facts.append(Fact(
                id=f"{filing_id}/p{f['start']}", label=_label(text, start, f["start"], f.get("label_end", f["end"])),
                value=value, unit=f["unit"], period=_period_for(f["unit"], f["period"]), kind="text",
                as_printed=f["as_printed"], quote=quote,
                source=Source(start=f["start"], end=f["end"], table_id=table.id),
                low=f["low"], high=f["high"],
            ))
    return facts

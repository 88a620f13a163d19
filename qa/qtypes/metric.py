"""Named metrics (qa/data/metrics.toml): find each input, run the formula as a program, cite.

    "What is the FY2017 return on assets (ROA)?" -> net income FY2017 / average(total assets at the
    ends of FY2016 and FY2017) × 100, every input a cited table cell, the definition beside it.

How an input is found: its phrases are tried in order against the filing's row labels
(`FilingView.table_candidates`); a cell counts only if its label is that line item (no extra
words that change the meaning: "cost of revenues" is not "revenues"), its unit is USD and its
period fits the asked one (an instant for a balance item, a span for a flow). A cell whose column
prints no period takes its column's period from the table above it when that table was cut off
at a heading (PDF statements often are). Two different values that fit equally well make the
answer `uncertain`; an input the filing lacks makes it `not_found`, naming the input.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from weakref import WeakKeyDictionary

from index.models import Fact
from qa.lexicon import match_label, tokens
from qa.metric_library import Item, Match, Metric, library, normalize, show_formula, to_program
from qa.models import Answer, Figure, Value
from qa.plan import Plan
from qa.program import ProgramError, fmt, run
from qa.question import PeriodSpec, add_months, fiscal_named, period_days

MIN_LABEL = 0.7     # match_label score a row label needs to be the input's line item
TIE = 0.02          # candidates this close in score are equally good: different values make the answer uncertain
_ANSWER_UNIT = {"percent": "percent", "ratio": "ratio", "USD": "USD", "days": "count"}
PRINTED_FIT = 0.8  # how well each row the general lookup read must name the metric (or its line item) to defer to it
_ROUND = {"percent": "2", "ratio": "4", "days": "2"}
# words that make a row a different line item than the one asked ("cost of revenues", "deferred income taxes")
_CHANGES_MEANING = {t for w in ("cost costs tax taxes other per share deferred accrued noncontrolling discontinued before "
                                "after comprehensive liabilities assets expense expenses income revenue revenues sales "
                                "interest change changes increase decrease restricted segment adjusted gross operating "
                                "including excluding proceeds sale sales payments long short current noncurrent "
                                "equity investments securities declared accumulated redeemable minority benefit").split() for t in tokens(w)}
_NEUTRAL_EXTRA = {t for w in "total net consolidated less and of the".split() for t in tokens(w, keep_stopwords=True)}
_OPTIONAL_ASKED = _NEUTRAL_EXTRA - set(tokens("net"))  # "net" asked ("property and equipment, net") must be on the row
_SIMPLE = re.compile(r"\b(?:simple|year[- ]end|ending|closing)\b(?!\s+(?:between|of\s+fy))", re.I)
_MULTI_YEAR = re.compile(r"\b(\d|two|three|four|five)[- ]year average\b|\baverage\b.{0,40}\bover\b.{0,20}\byears\b", re.I)

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PERIOD_CACHE: "WeakKeyDictionary[object, dict]" = WeakKeyDictionary()


# ------------------------------------------------------------------------------------ periods

def column_periods(view) -> dict[tuple[str, int], str | None]:
    """(table id, column) -> period for every table column, including columns of a table that
    prints no period of its own but continues the table above it (same columns, cut at a heading)."""
    try:
        return _PERIOD_CACHE[view]
    except (KeyError, TypeError):
        pass
    by_table: dict[str, list[Fact]] = defaultdict(list)
    for f in view.table_facts:
        by_table[f.source.table_id].append(f)
    out: dict[tuple[str, int], str] = {}
    last: dict[int, str] | None = None
    for table in view.parsed.tables:
        facts = by_table.get(table.id, [])
        if not facts:
            continue
        votes: dict[int, Counter] = defaultdict(Counter)
        cols = {f.source.column for f in facts if f.source.column is not None}
        for f in facts:
            if f.source.column is None:
                continue
            if f.period:
                votes[f.source.column][f.period] += 1
            elif not any(q for _, q in fiscal_named(f.column_label or "")):  # "Q3 2023" is a quarter, not its year
                years = _YEAR.findall(f.column_label or "")
                if len(set(years)) == 1:  # a column headed by a year alone ("2017"): that fiscal year, span or end
                    votes[f.source.column][f"year:{years[0]}"] += 1
                elif len(set(years)) == len(years) == len(cols) and f.source.column < len(years):
                    # one header cell over all columns ("2017 2016 2015"): the years in column order
                    votes[f.source.column][f"year:{years[f.source.column]}"] += 1
        cols = {f.source.column for f in facts if f.source.column is not None}
        own = {c: v.most_common(1)[0][0] for c, v in votes.items()}
        if len(set(own.values())) < len(own):
            # two columns claim one period: the header is misread, so no cell of this table has a period to trust
            for c in cols:
                out[(table.id, c)] = None
            last = None
            continue
        if own:
            last = own if len(own) >= 2 else last
        elif last is not None and cols and cols <= set(last):
            own = {c: last[c] for c in cols}
        for c, p in own.items():
            out[(table.id, c)] = p
    try:
        _PERIOD_CACHE[view] = out
    except TypeError:
        pass
    return out


def shift(spec: PeriodSpec, years: int) -> PeriodSpec:
    """The same period `years` later (negative: earlier)."""
    upd: dict = {"text": f"{spec.text} {years:+d}y", "relative": None}
    if spec.end is not None:
        upd["end"] = add_months(spec.end, 12 * years)
    if spec.year is not None:
        upd["year"] = spec.year + years
    if spec.fiscal is not None:
        upd["fiscal"] = (spec.fiscal[0] + years, spec.fiscal[1])
    return spec.model_copy(update=upd)


def opening(spec: PeriodSpec) -> PeriodSpec:
    """The balance a span starts from: the prior year-end for a year, the end of the period before a
    quarter or year-to-date span (nine months ended September 28, 2024 opens at the year-end before it)."""
    months = _interim_months(spec)
    if spec.end is None or months is None:
        return shift(spec, -1)
    return spec.model_copy(update={"text": f"{spec.text} opening", "end": add_months(spec.end, -months), "months": None,
                                   "instant": True, "fiscal": None, "relative": None, "flow": False})


def year_of(spec: PeriodSpec) -> int | None:
    if spec.fiscal is not None:
        return spec.fiscal[0]
    if spec.year is not None:
        return spec.year
    return spec.end.year if spec.end is not None else None


def _annual(spec: PeriodSpec) -> bool:
    if spec.fiscal is not None:
        return spec.fiscal[1] == 0
    return spec.year is not None or spec.months in (None, 12)


def _fits(spec: PeriodSpec, period: str, balance: bool) -> bool:
    if period.startswith("year:"):  # a year column: its balance rows are year-end, its flow rows the year
        return _annual(spec) and year_of(spec) == int(period[5:])
    days = period_days(period)
    if balance != (days is None):
        return False
    end = date.fromisoformat(period.split("/")[-1])
    if _annual(spec) and (spec.year is not None or spec.fiscal is not None):
        if spec.fiscal is not None and spec.end is not None and spec.year is None:
            # a fiscal year the filing's calendar dates ("fiscal 2023" ended February 3, 2024 for a retailer)
            if abs((end - spec.end).days) > max(spec.tolerance_days, 7):
                return False
        elif end.year != year_of(spec):
            return False
        return balance or days > 330
    if spec.end is None or abs((end - spec.end).days) > max(spec.tolerance_days, 7):
        return False
    return balance or spec.months is None or abs(days / 30.44 - spec.months) <= 1.2


_SPELLED = {w: w.upper() for w in ("cagr", "ebitda", "eps", "roa", "roe", "dso", "dpo", "dio")} | {"yoy": "YoY"}


def display_name(name: str) -> str:
    """A metric's name as a sentence starts with it: "cagr" -> "CAGR", "yoy_growth" -> "YoY growth"."""
    words = [_SPELLED.get(w, w) for w in name.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:]] + words[1:])


def say_year(spec: PeriodSpec) -> str:
    if spec.fiscal is not None and spec.fiscal[1] == 0:
        return f"FY{spec.fiscal[0]}"
    if spec.year is not None:
        return str(spec.year)
    from qa.answer import say_spec  # "the three months ended June 29, 2024", "June 29, 2024"

    return say_spec(spec.model_copy(update={"text": ""})) if spec.end is not None else spec.text


# ------------------------------------------------------------------------------------ inputs

@dataclass
class Found:
    item: Item
    fact: Fact
    period: str
    label: str
    score: float
    ambiguous: bool = False
    flip: bool = False  # the filer's tag states the printed figure with the other sign: "(240)" tagged as an expense of 240


def _printed_as_deduction(view, f: Fact) -> bool:
    """A negative cell that its statement adds to the row above to reach the row below ("Income
    before income taxes 231,825 / Income tax expense (50,985) / Net income 180,840"): an expense
    printed as a deduction, whose size is the expense. A benefit printed negative where expenses are
    positive does not add up that way and keeps its sign."""
    if f.kind != "table" or f.value is None or f.value >= 0 or f.source.row is None:
        return False
    column = [g for g in view.same_column(f) if g.source.row is not None and g.value is not None and g.unit == f.unit]
    above = [g for g in column if g.source.row < f.source.row]
    below = [g for g in column if g.source.row > f.source.row]
    return bool(above and below) and above[-1].value > 0 and above[-1].value + f.value == below[0].value


_NONCURRENT_HEADING = re.compile(r"\bnon-?\s?current\b|\blong-term\b", re.I)
_CURRENT_HEADING = re.compile(r"^(?!.*\bnon-?\s?current\b).*\bcurrent\b", re.I)


def _heading_fits(item: Item, parent: str | None) -> bool:
    """A row under a "Non-current assets" heading is not the current item of the same name
    (marketable securities), and a non-current item is not a row under a "Current liabilities" heading."""
    if not parent:
        return True
    if item.noncurrent:
        return not _CURRENT_HEADING.search(parent)
    return not _NONCURRENT_HEADING.search(parent)


_PER_UNIT = re.compile(r"\bper\s+(?!cent\b)\w", re.I)


def _core_label(label: str) -> str:
    """A row label without what only qualifies it: parentheses ("(PP&E)", "(loss)"), "attributable to
    <the company>", ", net of allowances ..." / ", less ..."."""
    t = re.sub(r"\([^)]*\)", " ", label)
    t = re.sub(r"\battributable to\b.*", " ", t, flags=re.I)
    return _NET_OF.sub(" ", t)


_NET_OF = re.compile(r",\s*(?:net of|less)\b.*", re.I)  # ", less current portion": qualifies the row, as in `_core_label`
_DEDUCTION_LABEL = re.compile(r"^\s*less\b", re.I)


def _same_item(phrase: str, label: str, parent: str | None) -> float:
    """match_label, or 0 when the label carries a word that makes it another line item. A phrase "X, less Y"
    (or ", net of Y") is X as the row names it net of Y."""
    if _DEDUCTION_LABEL.match(label) and re.search(r"\w\W+less\b", phrase, re.I):
        return 0.0  # "Less: current portion of long-term debt" is what "long-term debt, less current portion" leaves out
    phrase = _NET_OF.sub(" ", phrase).strip() or phrase
    core = _core_label(label)
    s = match_label(phrase, core, parent)
    if s < MIN_LABEL:
        return 0.0
    if _PER_UNIT.search(core) and not _PER_UNIT.search(phrase):
        return 0.0  # "Total revenue per ASM" is a price per unit of service, not the total
    if not (set(tokens(phrase)) - _OPTIONAL_ASKED) & set(tokens(label)):
        return 0.0  # a bare "Total" under a "Net sales" heading is some table's total, not the line item
    asked, have = set(tokens(phrase)), set(tokens(core))
    printed = re.sub(r"\([^)]*\)", " ", label)
    if (set(tokens(_NET_OF.sub(" ", printed))) - asked) & _CHANGES_MEANING:
        return 0.0  # "Net earnings attributable to noncontrolling interests": the qualifier changes the item
    extra = have - asked - _NEUTRAL_EXTRA
    if "ppe" in extra and "capex" not in asked:
        extra |= set(tokens("sales"))  # "Sales of property, plant and equipment" is not sales; capital expenditure is purchases of PP&E
    if extra & _CHANGES_MEANING or len(extra) > 1:  # "International net sales" is a segment's, not the company's
        return 0.0
    if (asked - _OPTIONAL_ASKED) - have - set(tokens(printed)) - set(tokens(parent or "")):
        return 0.0  # every asked word, "cost" of "cost of sales" too, is on the row or its heading
    return s


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _candidates(view, phrase: str) -> list[tuple[str, str | None, float]]:
    """(label, heading, score) of rows that are the phrase's line item. A label whose words the PDF
    extraction ran together ("Operatingincome") is the phrase when the letters are the same."""
    out = [(label, parent, _same_item(phrase, label, parent)) for _, label, parent in view.table_candidates(phrase, set())]
    out = [c for c in out if c[2] > 0]
    seen = {(c[0], c[1]) for c in out}
    squashed = _squash(phrase)
    for (label, parent) in view.own_keys:
        if (label, parent) not in seen and " " not in label.strip() and _squash(label) == squashed:
            out.append((label, parent, 1.0))
    return out


def _tagged(view, item: Item, spec: PeriodSpec) -> Found | None:
    """In an inline-XBRL filing, the table cell the filer tagged with one of the item's concepts for
    `spec` (no segment or product member): what the line item is, whatever the row prints ("(Provision
    for) benefit from income taxes", not an "Income tax effects" row of a reconciliation). None where
    the filing has no such tag, or its tags for the period disagree (then the printed labels decide)."""
    if not item.concepts or not getattr(view.parsed, "xbrl", None):
        return None
    from qa.xbrl_vocabulary import vocabulary

    vocab = vocabulary(view.parsed)
    for concept in item.concepts:
        hits = []
        for tag in vocab.facts(concept):
            if tag.value is None or tag.kind != "table" or not tag.period or not _fits(spec, tag.period, item.balance):
                continue
            fact = vocab.fact_for(tag)
            if fact is not None and fact.unit == "USD" and abs(fact.value) == abs(tag.value):
                hits.append((tag, fact))
        if not hits:
            continue
        if len({tag.value for tag, _ in hits}) > 1:
            return None
        hits.sort(key=lambda h: (view.table_order.get(h[1].source.table_id, 0), h[1].source.row or 0))
        tag, fact = hits[0]
        return Found(item, fact, tag.period, view.label_of(fact), 1.0, flip=tag.value != fact.value)
    return None


def locate(view, item: Item, spec: PeriodSpec) -> Found | None:
    """The table cell that is `item` for `spec`: the filer's tag of its concept where there is one,
    else its phrases in order, the first that finds one wins."""
    tagged = _tagged(view, item, spec)
    if tagged is not None:
        return tagged
    periods = column_periods(view)
    qualified: Found | None = None  # the first row found that carries a word the phrase does not ("Passenger revenue")
    for phrase in item.phrases:
        hits: list[tuple[float, Fact, str]] = []
        for label, parent, s in _candidates(view, phrase):
            if not _heading_fits(item, parent):
                continue
            if s <= 0:
                continue
            for f in view.by_label[(label, parent)]:
                if f.unit != "USD":
                    continue
                key = (f.source.table_id, f.source.column)
                p = periods[key] if key in periods else f.period
                if p is None or not _fits(spec, p, item.balance):
                    continue
                hits.append((s, f, p))
        if not hits:
            continue
        top = max(h[0] for h in hits)
        tier = [h for h in hits if h[0] >= top - TIE]
        tier.sort(key=lambda h: (view.table_order.get(h[1].source.table_id, 0), h[1].source.row or 0))
        if len({h[1].value for h in tier}) > 1:
            # rows under a heading the phrase does not name ("Americas:") are a part; if the rows without
            # such a heading agree, they are the company's figure
            asked = set(tokens(phrase))
            whole = [h for h in tier if not (set(tokens(view.parent_of(h[1]) or "")) - asked - _OPTIONAL_ASKED)]
            if whole and len({h[1].value for h in whole}) == 1:
                tier = whole
        s, f, p = tier[0]
        ambiguous = len({h[1].value for h in tier}) > 1
        found = Found(item, f, p, view.label_of(f), s, ambiguous)
        if not _extra_words(phrase, found.label):
            return found
        # a row named with a word more ("Passenger revenue") is taken only where no later phrase names a row
        # exactly ("Total operating revenues" for "operating revenues")
        qualified = qualified or found
    if qualified is not None and _named_in_prose(view, item, spec):
        # ... nor where a sentence names the input itself for the period ("Capital expenditures for the quarter
        # were $142.6 million" beside a "Maintenance capital expenditures" row): the input is then not in a table
        return None
    return qualified


def _extra_words(phrase: str, label: str) -> set[str]:
    return set(tokens(_core_label(label))) - set(tokens(phrase)) - _NEUTRAL_EXTRA


PROSE_INPUT = 0.9  # how well the words before a sentence's figure must name an input for the figure to be it


def _prose_hits(view, item: Item, spec: PeriodSpec, undated: bool = False) -> list[tuple[float, Fact]]:
    """(fit, figure) of each sentence money figure (not a range) whose words name one of the input's
    phrases (fit at least PROSE_INPUT) for `spec`, or, with `undated`, for no period of its own."""
    from qa.answer import fits_prose

    hits = []
    for f in view.text_facts:
        if f.unit != "USD" or (f.low is not None and f.high is not None):
            continue
        score = max((view.prose_score(phrase, f) for phrase in item.phrases), default=0.0)
        if score < PROSE_INPUT:
            continue
        fspec = view.prose_period(f)
        if (fspec is None and undated) or (fspec is not None and fits_prose(spec, fspec)):
            hits.append((score, f))
    return hits


def _named_in_prose(view, item: Item, spec: PeriodSpec) -> bool:
    """Does a sentence state a money figure for one of the input's phrases, for `spec` or for no period
    of its own ("Capital expenditures for the quarter were $142.6 million")?"""
    return bool(_prose_hits(view, item, spec, undated=True))


def in_prose(view, item: Item, spec: PeriodSpec) -> Found | None:
    """An input no table states, from the one sentence figure that names it for `spec` ("Net cash
    provided by operating activities was $5,104 million for the six months ended June 30, 2025").
    None where no sentence names it, or sentences name it with different figures."""
    from qa.answer import _period_text

    hits = _prose_hits(view, item, spec)
    if not hits:
        return None
    top = max(h[0] for h in hits)
    tier = [f for sc, f in hits if sc >= top - TIE]
    if len({f.value for f in tier}) > 1:
        return None
    f = tier[0]
    period = _period_text(view, f)
    return Found(item, f, period, view.prose_label(f), top) if period else None


# ------------------------------------------------------------------------------------ planning

@dataclass
class Ask:
    mode: str                 # single, growth, cagr, change, percent_change (of an amount metric), average_years
    match: Match
    metric: Metric
    item: Item | None = None  # the line item a growth question names


_FISCAL_YEAR = re.compile(r"\bFY\s?'?\d{2,4}\b|\bfiscal(?: year)? \d{4}\b", re.I)
_NOT_A_LOOKUP = re.compile(r"%|\b(?:percent|ratio|margin|change|growth|average|per share|rate|between|compare|difference|"
                           r"increase|decrease|sum|total of|combined)\b", re.I)


_HEAD_WORDS = set("what is was were are the a an of how much many did does do have has had in for at end year total "
                  "amount usd us$ millions billions thousands pay paid out generate generated its their grow grew company firm business".split())


def _asks_for_item(question: str, at: int) -> bool:
    """Is the line item at `at` (in the normalized question) what its clause asks for? Only question
    words, a company name (capitalized), a fiscal year and "year end"/"amount of" may stand before it:
    "What were the sales contributed to X's net sales" asks for something else."""
    text = normalize(question)
    clause = re.split(r"[.?!:,;]", text[:at])[-1]
    original = re.split(r"[.?!:,;]", question[:len(question)])  # capitalization is read from the question as asked
    names = {w.lower().strip("'’s") for part in original for w in re.findall(r"\b[A-Z][\w&'’.-]*", part)}
    clause = re.sub(r"\([^)]*\)", " ", clause)
    for w in clause.split():
        w = w.strip("'’")
        if w in _HEAD_WORDS or re.fullmatch(r"fy\s?'?\d{2,4}|\d{4}", w) or w.removesuffix("'s") in names \
                or w.removesuffix("s") in names or w in names:
            continue
        return False
    return True


_AFTER_ITEM = set("for in at of did does do during as from between on to attributable ( ? , . ;".split())


def _nothing_qualifies(question: str, item, at: int) -> bool:
    """The word after the line item ends its phrase ("... net PPNE for 3M", "... COGS (in USD millions)"),
    it does not qualify it ("sales contributed to ...")."""
    text = normalize(question)
    for phrase in sorted(item.aliases + item.phrases, key=len, reverse=True):
        p = normalize(phrase)
        if text.startswith(p, at):
            rest = text[at + len(p):].strip()
            if not rest:
                return True
            first = re.match(r"[a-z0-9'$-]+|\S", rest).group(0)
            return first in _AFTER_ITEM
    return False


def _line_item(question: str) -> Ask | None:
    """A statement line item asked for a fiscal year ("year end FY2018 net PPNE", "Did it grow its PPNE
    between FY20 and FY21?"): the identity metric, or a yes/no judgement of it."""
    if not _FISCAL_YEAR.search(question):
        return None
    if _YES_NO.search(question):
        if not (_GROW.search(question) or _PAID.search(question)):
            return None
    elif _NOT_A_LOOKUP.search(question):
        return None
    hit = library().item_in(question)
    if hit is None or not _asks_for_item(question, hit[1]) or not _nothing_qualifies(question, hit[0], hit[1]):
        return None
    item = hit[0]
    name = item.name.replace("_", " ")
    definition = f"{name.capitalize()}: the line item as the statement prints it" + \
        (" (an outflow, given as a positive amount)." if item.magnitude else ".")
    metric = Metric(item.name, (), definition, (item.name,), "USD")
    at = normalize(question).find(name)
    return Ask("single", Match(metric, name, max(at, 0), max(at, 0) + len(name), definition, (item.name,)), metric)


_SUPERLATIVE = re.compile(r"\b(?:greatest|highest|lowest|largest|smallest|maximum|minimum)\b", re.I)
_PART_OF_COMPANY = re.compile(r"\b(?:segments?|divisions?|regions?|geograph\w*|business units?|pro forma|respectively)\b", re.I)
_MONEY_ASKED = re.compile(r"\bin (?:usd |us\$ )?(?:millions|thousands|billions)\b|\bin dollars\b|\$", re.I)
_ITEM_LEAD = {"of", "in", "the", "total", "net", "its", "their", "company's", "reported", "consolidated"}
_ITEM_END = re.compile(r"^\s*(?:$|[?,.;:(]|(?:from|between|in|for|during|over|at|as of|to)\s+(?:fy|fiscal|\d{4}|q[1-4]|year|"
                       r"\(?in units|the (?:prior|previous|last|current|year|fiscal|quarter|period|first|second|third|fourth|"
                       r"three|six|nine|twelve|\d+))|percent\b|\(?in units\b)")


def _named_right_after(lib, text: str):
    """The line item right after a growth alias ("change in [total] revenue from ..."): None when
    other words qualify it ("fuel surcharge freight revenue", "net income on a pro forma basis")."""
    words = text.split()
    while words and words[0] in _ITEM_LEAD:
        words.pop(0)
    rest = " ".join(words)
    hit = lib.item_in(rest)
    if hit is None or hit[1] != 0:
        return None
    item = hit[0]
    for phrase in sorted(item.aliases + item.phrases, key=len, reverse=True):
        p = normalize(phrase)
        if rest.startswith(p) and _ITEM_END.match(rest[len(p):]):
            return item
    return None


_PERIOD_LEAD = re.compile(r"(?:fy|q[1-4]|h[12])?\s?'?\d{2,4}|fiscal|year|quarter|annual|quarterly|first|second|third|fourth|"
                          r"full|latest|last|current|prior|this|ttm|[a-z0-9]+-year|average|avg|mean", re.I)


_CHANGE_ASKED = re.compile(r"\b(?:percent(?:age)?|increase[ds]?|decrease[ds]?|gr[eo]w(?:th|n)?|change[ds]?|rise|rose|fall|fell|"
                           r"declined?|compared (?:with|to)|versus|vs)\b", re.I)
# a rate or ratio asked as a change: the difference of its two values ("improve", "expand", "compared with")
_LEVEL_CHANGE = re.compile(r"\b(?:increase[ds]?|decrease[ds]?|improve[ds]?|improvement|expand(?:ed|s)?|expansion|contract(?:ed|s)?|"
                           r"contraction|compress(?:ed|es)?|compression|declined?|deteriorat\w*|widen(?:ed|s)?|narrow(?:ed|s)?|"
                           r"change[ds]?|rise|rose|fall|fell|drop(?:ped)?|compared (?:with|to)|versus|vs\.?|year[- ]over[- ]year)\b", re.I)
def _asked_part(question: str) -> str:
    """The question's first sentence, before any definition it carries ("DPO is defined as: 365 *
    (average accounts payable between FY2017 and FY2018) / (COGS + change in inventory ...)")."""
    first = re.split(r"(?<=[?.])\s+|\b(?:is |are )?defined as\b|\bdefine\b|\bwhere\b", question, maxsplit=1, flags=re.I)[0]
    return first


_PERCENT_CHANGE = re.compile(r"\bpercent(?:age)? (?:change|increase|decrease|growth|decline)|\bby what percent", re.I)
_PERCENT_OR_GROWTH = re.compile(r"percent|growth", re.I)
_QUALIFIERS = {"adjusted", "non", "segment", "organic", "underlying", "core", "comparable", "pro", "forma",
               # a part of the company, in ordinary words: "restaurant operating margin", "product gross margin"
               "restaurant", "store", "unit", "property", "division", "brand", "product", "products", "service", "services",
               "subscription", "hardware", "software", "contribution", "cash"}


def _qualified(question: str, match: Match) -> bool:
    """Does the word right before the metric's name make it a part's or an adjusted metric: "Services
    gross margin", "Data Center operating margin", "adjusted EBITDA"? Reading back from the alias past
    the item's lead words ("the", "total"), question and period words: a possessive (the company:
    "Apple's") or an ordinary word ("improving", "its") leaves it the company's metric; a name
    (capitalized mid-sentence) or a qualifier such as "adjusted" makes it another one."""
    return _qualified_by(question, normalize(question)[:match.start])


def _qualified_by(question: str, before: str) -> bool:
    """`_qualified`, given the normalized question's text before the name."""
    clause = re.split(r"[.?!:,;]", before)[-1]
    for word in reversed(re.sub(r"\([^)]*\)", " ", clause).split()):
        if word in _HEAD_WORDS or word in _ITEM_LEAD or _PERIOD_LEAD.fullmatch(word) or not re.search(r"[a-z]", word):
            continue
        if word.endswith(("'s", "s'")):
            return False
        if word in _QUALIFIERS or word.startswith("non-") or word.endswith(("-level", "-wall")):
            # "non-GAAP" (normalized to "non-") is an adjusted measure; "restaurant-level", "four-wall" a part's
            return True
        printed = [m for m in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", question, re.I)
                   if not re.search(r"(?:^|[.?!:;])\s*$", question[:m.start()])]  # not a sentence's first word
        return any(any(c.isupper() for c in m.group(0)) for m in printed)  # "Services", "iPhone"
    return False


# a name after "in", "for" or "at" ("net sales growth in Latin America", "operating margin for the
# Americas"): a part of the company where the filing's rows or columns print it, unless it is a period's
# word ("in Q3", "for Fiscal 2025", "in June"); "for 3M" names the company
_NAMED_AFTER = re.compile(r"\b(?:in|for|at)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
                          # or in the possessive: "North America's operating margin"
                          r"|\b(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\b")
_PERIOD_NAME = re.compile(r"(?:q[1-4]|h[12]|fy\S*|fiscal|first|second|third|fourth|quarter|half|year|ytd|gaap|non-gaap|"
                          r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                          r"august|september|october|november|december)\b", re.I)


def _part_named_by_name(question: str, view) -> bool:
    """Does the question name a part of the company by a capitalized name that is a row, heading or
    column of the filing by itself ("Latin America", "Data Center"), and not the company's own name?"""
    names = _part_names(view)
    company = _words(view.meta.company or "")
    for m in _NAMED_AFTER.finditer(question):
        name = m["name"] or m["owner"]
        if _PERIOD_NAME.match(name):
            continue
        words = _words(name)
        if words and words != company and words in names:
            return True
    return False


# a qualifier after the metric's name: "gross margin excluding regulatory credits", "EBITDA before special items";
# or one that widens it: "capital spending including capitalized software" is not the formula's capex alone
_QUALIFIED_AFTER = re.compile(r"^\s*,?\s*\(?(?:excluding|excl\.?|ex-|before|net\s+of|adjusted\s+for|on\s+an?\s+[\w-]+\s+basis|"
                              r"including|incl\.?|inclusive\s+of|plus|together\s+with|combined\s+with|counting)\b", re.I)


# a clause after the period that qualifies it: "net debt at September 30, 2025, counting cash and short-term investments"
_QUALIFYING_CLAUSE = re.compile(r"[,;]\s*(?:counting|including|excluding|plus|less|net\s+of|inclusive\s+of)\b", re.I)


# the metric as what something else acts on: "the impact of R&D tax credits on the effective tax rate"
_ACTS_ON = re.compile(r"\b(?:impact|effect|contribution|benefit|drag|headwind|tailwind)s?\s+(?:of|from)\s+\S.*\s(?:on|to)\s+(?:the\s+|our\s+)?$",
                      re.I)


def _qualified_in_filing(question: str, ask: Ask, view) -> bool:
    """Does the question qualify the metric in a way the company-wide formula does not compute: a
    word before its name that begins one of the filing's row labels ("automotive gross margin" where
    "Automotive sales" is a row), or "excluding ..." after it? The filing's own words answer then."""
    text = normalize(question)
    if _QUALIFIED_AFTER.match(text[ask.match.end:]) or _ACTS_ON.search(text[:ask.match.start]) \
            or _QUALIFYING_CLAUSE.search(text[ask.match.end:]):
        return True
    clause = re.split(r"[.?!:,;]", text[:ask.match.start])[-1]
    said: list[str] = []  # the words right before the name, back to a lead, period or question word
    for word in reversed(re.sub(r"\([^)]*\)", " ", clause).split()):
        if word in _HEAD_WORDS or word in _ITEM_LEAD or _PERIOD_LEAD.fullmatch(word) or not re.search(r"[a-z]", word):
            if said:
                break
            continue
        if word.endswith(("'s", "s'")):
            break
        said.insert(0, word)
    if not said:
        return False
    if said[-1] in _label_heads(view):
        return True
    # "new vehicle gross margin" where "New vehicle retail" is a row: the words before the name begin a label
    phrases = {" ".join(said[-k:]) for k in range(2, min(3, len(said)) + 1)}
    return any(label.lower().startswith(p + " ") or label.lower() == p for p in phrases for label, _ in view.own_keys)


def _label_heads(view) -> set[str]:
    """The first word of each row label of the filing ("automotive" of "Automotive sales")."""
    if view not in _LABEL_HEADS:
        _LABEL_HEADS[view] = {label.split()[0].lower() for label, _ in view.own_keys if label.split()}
    return _LABEL_HEADS[view]


_LABEL_HEADS: "WeakKeyDictionary[object, set[str]]" = WeakKeyDictionary()


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def _part_names(view) -> set[frozenset[str]]:
    """The words of each row label, heading and column label of the filing: the names of its parts."""
    if view not in _PART_NAMES:
        names = {_words(t) for label, parent in view.own_keys for t in (label, parent or "")}
        names |= {_words(f.column_label or "") for f in view.table_facts}
        _PART_NAMES[view] = names
    return _PART_NAMES[view]


_PART_NAMES: "WeakKeyDictionary[object, set[frozenset[str]]]" = WeakKeyDictionary()


def _modifier_before(words: list[str]) -> bool:
    """Is the word right before a growth's line item an ordinary noun that makes it a part's ("equipment
    revenue growth", "cargo revenue growth")? Question words, lead and period words, a possessive and
    figures leave it the company's."""
    if not words:
        return False
    w = words[-1]
    if w in _HEAD_WORDS or w in _ITEM_LEAD or _PERIOD_LEAD.fullmatch(w) or not re.search(r"[a-z]", w):
        return False
    return not w.endswith(("'s", "s'", "’s")) and w not in _ORDINARY_BEFORE


# words that may stand right before a growth's line item without making it a part's
_ORDINARY_BEFORE = {"overall", "reported", "gaap", "nominal", "sequential", "expected", "projected", "strong", "weak",
                    "double-digit", "record", "whole", "entire", "group", "company", "company-wide", "combined"}


# right after a metric's name: the question sets it against another item ("net debt to EBITDA",
# "free cash flow as a percent of net income", "EBITDA / interest"), a ratio this metric is not
_RATIO_TO_ANOTHER = re.compile(r"\s*(?:to(?!\s+(?:date|20\d\d|19\d\d|fy|q[1-4])\b)\s+(?:the\s+|its\s+)?[a-z]|/\s*[a-z]|divided by\b|"
                               r"over\s+(?:the\s+|its\s+)?(?!the\s+(?:year|quarter|period|last|past|next)\b)(?:total\s+|net\s+|adjusted\s+)?"
                               r"(?:revenue|sales|ebitda|equity|assets|income|earnings|interest)\b|as an? (?:multiple|percent\w*|share|ratio|fraction|portion) of\b)")


# an item's effect on the metric named after it: "how much did R&D tax credits lower [the effective tax rate]"
_EFFECT_ON = re.compile(r"\bhow\s+much\s+(?:did|does|do|will|would|has|have)\s+\S.*?\s+(?:lower|reduce|decrease|raise|increase|"
                        r"add\s+to|cut|boost|lift|benefit|hurt|affect|impact|move|drag\s+on|weigh\s+on)\s+(?:the\s+|its\s+|our\s+)?$")


def understand(question: str) -> Ask | None:
    """What metric question this is, or None when it is none this type answers safely: a superlative
    over years, a segment's figure, a money amount asked of a percent metric, a question asked in words
    ("How is EBITDA calculated?", "the reason for the decrease in the tax rate": qa/data/text_cues.toml)."""
    from qa.text_cues import asks_in_words

    if _SUPERLATIVE.search(question) or _PART_OF_COMPANY.search(question) or asks_in_words(question):
        return None
    lib = library()
    found = lib.matches(question)
    if not found:
        return _line_item(question)
    if found[0].metric.unit != "USD" and not found[0].metric.growth and _MONEY_ASKED.search(question) \
            and "percent" not in normalize(question):
        return None  # "gross margin in millions": the dollar line, not the percentage
    first = found[0]
    if not first.metric.growth and _EFFECT_ON.search(normalize(question)[:first.start]):
        return None  # "How much did R&D tax credits lower the effective tax rate?": an item's effect on it, a row
    if not first.metric.growth and _RATIO_TO_ANOTHER.match(normalize(question)[first.end:]):
        return None  # "net debt to adjusted EBITDA": this metric set against another item, not the metric
    if not first.metric.growth and _qualified(question, first):
        return None  # a segment's or an adjusted metric: the filing's own rows, not this formula over its totals
    if first.metric.unit == "USD" and not first.metric.growth and _CHANGE_ASKED.search(question) \
            and not _YES_NO.search(question):
        return None  # "By what percentage did capex increase?": a change of the amount, the general types' question
    if first.metric.unit != "USD" and not first.metric.growth and _LEVEL_CHANGE.search(_asked_part(question)) \
            and not _YES_NO.search(question) and not _PERCENT_CHANGE.search(question):
        return Ask("change", first, first.metric)  # "How much did gross margin improve?": in points, not its level
    if first.metric.growth:
        later = [m for m in found[1:] if not m.metric.growth]
        if later and first.metric.name == "yoy_growth":
            if _qualified(question, later[0]):
                return None  # "the percentage change in adjusted EBITDA": the filing's own adjusted rows
            # "the percentage change in EBITDA" of an amount is a percent change, "the change in EBITDA" a difference
            percent = later[0].metric.unit == "USD" and _PERCENT_OR_GROWTH.search(first.alias) is not None
            return Ask("percent_change" if percent else "change", later[0], later[0].metric)
        if first.alias == "change in":
            return None  # "the change in revenue" is a difference (the lookup types' question), not a growth rate
        text = normalize(question)
        item = _named_right_after(lib, text[first.end:])
        if item is None:  # "revenue CAGR", "net sales growth rate": the item just before the alias
            before = text[:first.start].split()
            for k in range(1, min(6, len(before)) + 1):
                item = _named_right_after(lib, " ".join(before[-k:]))
                if item is not None:
                    if _qualified_by(question, " ".join(before[:-k])) or _modifier_before(before[:-k]):
                        return None  # "Greater China net sales growth", "equipment revenue growth": a part's, the general types' question
                    break
        if item is None:
            return None
        return Ask("cagr" if first.metric.name == "cagr" else "growth", first, first.metric, item)
    if _MULTI_YEAR.search(question):
        return Ask("average_years", first, first.metric)
    if first.metric.unit == "USD" and _OVER_PERIODS.search(normalize(question)):
        return None  # "average quarterly capex across Q2 and Q3": an amount over periods, the general types' question
    return Ask("single", first, first.metric)


# an amount averaged or added over periods ("average quarterly capex", "combined free cash flow of 2023 and
# 2024"); "total capital expenditures" names the line
_OVER_PERIODS = re.compile(r"\b(?:average|mean|sum|combined|cumulative|aggregate)\b")
# a follow-up that compares the metric with another period ("How did that compare with the prior-year quarter?")
COMPARES = re.compile(r"\b(?:compare[ds]?|comparison|change[ds]?|differ\w*|difference|increase[ds]?|decrease[ds]?|"
                      r"gr[eo]w\w*|decline[ds]?|rise|rose|fell|fall|drop(?:ped)?|versus|vs\.?)\b", re.I)


# ------------------------------------------------------------------------------------ answering

class _Build:
    """One answer under construction: the inputs found, the program steps, the figures cited."""

    def __init__(self, ctx, simple: bool, prose_inputs: bool = False):
        self.ctx, self.view, self.simple = ctx, ctx.view, simple
        self.prose_inputs = prose_inputs  # read an input no table states from a sentence (a second attempt only)
        self.steps: list[tuple[str, list]] = []
        self.figures: list[Figure] = []
        self.inputs: list[tuple[str, Found]] = []     # (role, found) for the text
        self.missing: tuple[Item, PeriodSpec] | None = None
        self.assumed_zero: list[str] = []
        self.ambiguous: list[str] = []
        self.averaged = False
        self.annualize: int | None = None   # a span's months where a flow is set against a balance (×12÷months)
        self.annualized: int | None = None
        self._cache: dict[tuple[str, str], Found | None] = {}
        self.from_prose: list[str] = []  # inputs read from sentences: no table states them

    def find(self, item: Item, spec: PeriodSpec) -> Found | None:
        key = (item.name, spec.model_dump_json())
        if key not in self._cache:
            found = locate(self.view, item, spec)
            if found is None and self.prose_inputs:
                found = in_prose(self.view, item, spec)
                if found is not None:
                    self.from_prose.append(found.label)
            self._cache[key] = found
        return self._cache[key]

    def arg(self, found: Found, role: str) -> str:
        cid = self.ctx.solver.citer.fact(found.fact)
        if not any(fig.citation == cid and fig.amount == fmt(found.fact.value) for fig in self.figures):
            self.figures.append(Figure(amount=fmt(found.fact.value), unit="USD", label=found.label, period=found.period.removeprefix("year:"),
                                       verified=False, citation=cid, repaired=found.fact.repaired))
            self.inputs.append((role, found))
        if found.ambiguous:
            self.ambiguous.append(found.item.name)
        value = fmt(found.fact.value)
        if found.flip or (found.item.magnitude and found.fact.value < 0) or (found.item.deduction and _printed_as_deduction(self.view, found.fact)):
            self.steps.append(("multiply", [value, "-1"]))
            return f"#{len(self.steps) - 1}"
        return value

    def operand(self, metric: Metric, spec: PeriodSpec, first: PeriodSpec | None = None):
        lib = library()

        def get(name: str, which: str) -> str:
            item = lib.items[name]
            if which == "prior":
                target = shift(spec, -1)
            elif which == "first":
                target = first or spec
            else:
                target = spec
            if which == "delta":
                start = opening(spec)
                close, open_ = self.find(item, spec), self.find(item, start)
                if close is None or open_ is None:
                    raise _Missing(item, spec if close is None else start)
                a, b = self.arg(close, f"{name} {say_year(spec)}"), self.arg(open_, f"{name} {say_year(start)}")
                self.steps.append(("subtract", [a, b]))
                return f"#{len(self.steps) - 1}"
            found = self.find(item, target)
            if found is None:
                if name in metric.optional:
                    self.assumed_zero.append(name)
                    return "0"
                raise _Missing(item, target)
            a = self.arg(found, f"{name} {_say_found(found, target)}")
            if not item.balance and self.annualize:
                self.steps.append(("multiply", [a, "12"]))
                self.steps.append(("divide", [f"#{len(self.steps) - 1}", str(self.annualize)]))
                self.annualized = self.annualize
                a = f"#{len(self.steps) - 1}"
            if item.balance and metric.average and not self.simple and which == "value":
                start = opening(target)
                opened = self.find(item, start)
                if opened is None:
                    raise _Missing(item, start)
                b = self.arg(opened, f"{name} {say_year(start)}")
                self.steps.append(("average", [a, b]))
                self.averaged = True
                return f"#{len(self.steps) - 1}"
            return a

        return get

    def metric_value(self, ask: Ask, formulas: tuple[str, ...], spec: PeriodSpec, first: PeriodSpec | None = None,
                     years: int | None = None) -> str:
        """Steps computing the metric for `spec`; the first formula whose inputs the filing has (else the
        last formula's missing input is raised)."""
        missing: _Missing | None = None
        for formula in formulas:
            mark = (len(self.steps), len(self.figures), len(self.inputs), len(self.assumed_zero), len(self.ambiguous))
            try:
                constants = {"years": str(years)} if years is not None else {}
                if ask.item is not None:
                    formula = re.sub(r"\basked\b", ask.item.name, formula)
                self.annualize = _interim_months(spec) if _flow_over_balance(ask.metric, formula) else None
                return to_program(formula, self.operand(ask.metric, spec, first), self.steps, constants)
            except _Missing as exc:
                missing = exc  # the last formula's: the most general way, named in the refusal ("needs total debt")
                del self.steps[mark[0]:], self.figures[mark[1]:], self.inputs[mark[2]:]
                del self.assumed_zero[mark[3]:], self.ambiguous[mark[4]:]
        raise missing  # type: ignore[misc]


def _say_at(item: Item, spec: PeriodSpec) -> str:
    """A period as an item is stated for it: a balance at the span's closing date ("September 28, 2024",
    not "the three months ended ..."), a flow for the span."""
    if item.balance and spec.end is not None and spec.year is None:
        return say_year(spec.model_copy(update={"instant": True, "fiscal": None}))
    return say_year(spec)


def _say_found(found: "Found", spec: PeriodSpec) -> str:
    """The period of an input asked by its dates, as the filing dates it (its column's span)."""
    from qa.answer import say_period

    if "/" in found.period and not found.item.balance and spec.year is None and spec.fiscal is None:
        return say_period(found.period, found.fact.column_label)
    return _say_at(found.item, spec)  # a period asked by its name ("FY2018", "the third quarter of fiscal 2024") keeps it


def _interim_months(spec: PeriodSpec) -> int | None:
    """The months of a quarter or year-to-date span; None for a year or an instant."""
    if spec.months is None or spec.months >= 12 or spec.year is not None or (spec.fiscal is not None and spec.fiscal[1] == 0):
        return None
    return spec.months


def _flow_over_balance(metric: Metric, formula: str) -> bool:
    """Whether a formula sets a span's flow against a balance (return on equity, days sales outstanding):
    its value depends on the span's length, so a quarter's is annualized to compare with a year's."""
    items = [library().items[n] for n in metric.inputs(formula) if n in library().items]
    return any(i.balance for i in items) and any(not i.balance for i in items)


class _Missing(Exception):
    def __init__(self, item: Item, spec: PeriodSpec):
        super().__init__(item.name)
        self.item, self.spec = item, spec


def _specs(ctx, ask: Ask | None = None) -> list[PeriodSpec]:
    """The periods the question names ("year-over-year" names none), else the solver's default. A
    growth or a change asked "YoY" is of the current period against the year before it: the "YoY"
    says what is compared, it does not move the period back a year."""
    asked = getattr(ctx.solver.q, "periods", [])
    named = [p for p in asked if p.relative is None and year_of(p) is not None]
    if named:
        return named
    if ask is not None and ask.mode in ("growth", "change", "percent_change") and asked \
            and all(p.relative in ("year_earlier", "quarter_earlier") for p in asked):
        from qa.answer import DEFAULT_PERIOD
        from qa.question import resolve

        return [resolve(PeriodSpec(text=DEFAULT_PERIOD, relative="current"), ctx.solver.cal)]
    return [s for s in ctx.solver.specs() if s is not None]


def _change(b: "_Build", ask: Ask, formulas: tuple[str, ...], new: PeriodSpec, old: PeriodSpec, unit: str) -> tuple[str, str]:
    """The metric at `new` minus the metric at `old`, each rounded as the metric is shown (a margin's
    change is in percentage points of the printed margins): the program's result and its period's words."""
    sides = []
    for spec in (new, old):
        arg = b.metric_value(ask, formulas, spec)
        if unit in _ROUND:
            b.steps.append(("round", [arg, _ROUND[unit]]))
            arg = f"#{len(b.steps) - 1}"
        sides.append(arg)
    b.steps.append(("subtract", sides))
    return f"#{len(b.steps) - 1}", f"{say_year(old)} to {say_year(new)}" + (
        " (change in percentage points)" if unit == "percent" else " (change)")


def _say(value: Decimal, unit: str) -> str:
    if unit == "percent":
        return f"{fmt(value)}%"
    if unit == "USD":
        return f"${value:,}" if value == value.to_integral_value() else f"${fmt(value)}"
    if unit == "days":
        return f"{fmt(value)} days"
    return fmt(value)


_YES_NO = re.compile(r"^\s*(?:does|do|is|are|has|have|did|was|were)\b", re.I)
_IMPROVING = re.compile(r"\b(?:improving|improve[sd]?|increas(?:e|ed|ing))\b", re.I)
_GROW = re.compile(r"\b(?:grow|grew|grown|growing)\b", re.I)
_PAID = re.compile(r"\b(?:paid|pay|pays|distribute[sd]?)\b.{0,40}\bdividends?\b", re.I)
_POSITIVE = re.compile(r"\bpositive\b|\bprofitable\b", re.I)
_HEALTHY = re.compile(r"\b(?:healthy|sufficient|adequate)\b", re.I)
HEALTHY_RATIO = Decimal(1)  # the textbook floor for a liquidity ratio (current or quick assets cover current liabilities)


def judgement(question: str, metric: Metric) -> str | None:
    """The yes/no a question asks of a metric: 'improving' (higher than a year earlier), 'positive'
    (above 0), 'healthy' (a ratio at or above 1); None when it asks none of these."""
    if not _YES_NO.search(question):
        return None
    if _IMPROVING.search(question) or _GROW.search(question):
        return "improving"
    if _PAID.search(question) and metric.name == "dividends_paid":
        return "positive"  # dividends paid in the period: a payment above 0
    if _POSITIVE.search(question):
        return "positive"
    if _HEALTHY.search(question) and metric.unit == "ratio":
        return "healthy"
    return None


def _stated_in_words(ctx, metric) -> bool:
    """Does a sentence of the filing state the metric itself, in its unit, for the period asked (the
    general lookup finds it there, with no program)?"""
    plain = ctx.solver.solve()
    return plain.status != "not_found" and not plain.program and plain.value is not None \
        and plain.value.unit == metric.unit and bool(ctx.solver.trace) and all(t.kind == "text" for t in ctx.solver.trace)


class MetricType:
    name = "metric"
    priority = 20
    # share of answered FinanceBench numeric and yes/no questions that were right: 41 of 42
    # (docs/METRICS.md; half of the companies were learned from)
    precision = 0.976

    def recognise(self, question: str, plan: Plan) -> bool:
        return understand(question) is not None

    def answer(self, ctx, prose_inputs: bool = False) -> Answer | None:
        ask = understand(ctx.question)
        if ask is None or _part_named_by_name(ctx.question, ctx.view) or _qualified_in_filing(ctx.question, ask, ctx.view):
            return None  # "net sales growth in Latin America": a part's figure, the general types' question
        specs = _specs(ctx, ask)
        if not specs:
            return None
        simple = bool(_SIMPLE.search(ctx.question)) and ask.metric.average
        b = _Build(ctx, simple, prose_inputs)
        metric, formulas = ask.metric, ask.match.formulas
        unit = "percent" if ask.mode == "percent_change" else metric.unit
        by_year = sorted({year_of(s): s for s in specs if year_of(s) is not None}.items())
        if not metric.aliases:  # a bare line item (the identity metric): the general lookup has the first word
            plain = ctx.solver.solve()
            if plain.status == "answered" and plain.value is not None \
                    and (plain.value.amount is not None or plain.value.low is not None) \
                    and judgement(ctx.question, metric) is None:
                return None  # it found the figure (perhaps a segment's, which this type cannot tell): defer to it
        judge = judgement(ctx.question, metric)
        printed = _printed_metric(ctx, ask, specs[0]) \
            if metric.aliases and ask.mode == "single" and judge is None \
            and (metric.unit != "USD" or not all(f.isidentifier() for f in metric.formulas)) \
            and (ctx.plan.operation == "lookup" or ctx.plan.operation in ask.match.alias) \
            and not _AGGREGATE.search(_around(ask, ctx.question)) else None
        if printed is not None:
            # the filer's own figure: its definition where it differs, and as printed where the formula only adds
            # digits (ConvFinQA's gold reads "11.4%" for an operating margin the formula gives as 11.37)
            return _one_of_several(ctx, ask, printed)
        if metric.aliases and ask.mode == "single" and judge is None and ctx.plan.operation != "lookup" \
                and ctx.plan.operation not in ask.match.alias and _printed_as_row(ctx, ask):
            # "What was free cash flow ... and how did it compare with a year earlier?": a comparison this type
            # reads as one figure, of a metric the filing prints; the general types compare the printed rows
            return None
        if _YES_NO.search(ctx.question) and judge is None:
            return None  # a yes/no question this type cannot decide
        if ask.mode == "single" and len(by_year) >= 2 and judge is None and ctx.plan.operation == "lookup":
            return self._each_year(ctx, ask, specs, prose_inputs)
        if judge is not None:
            latest = by_year[-1][1] if by_year else specs[0]  # "between FY20 and FY21": judged at the later year
            return _judge_answer(ctx, ask, b, latest, judge)
        try:
            if ask.mode in ("growth", "cagr", "change", "percent_change", "average_years") and len(by_year) >= 2:
                old, new = by_year[0][1], by_year[-1][1]
                if ask.mode == "growth":
                    result = b.metric_value(ask, formulas, new)
                    period_text = f"{say_year(old)} to {say_year(new)}"
                    if year_of(new) - year_of(old) != 1:
                        return None  # growth over several years is CAGR or a plain change: not this type
                elif ask.mode == "cagr":
                    years = year_of(new) - year_of(old)
                    result = b.metric_value(ask, formulas, new, first=old, years=years)
                    period_text = f"{say_year(old)} to {say_year(new)} ({years} years)"
                elif ask.mode == "percent_change":
                    b.steps.append(("percent_change", [b.metric_value(ask, formulas, new), b.metric_value(ask, formulas, old)]))
                    result = f"#{len(b.steps) - 1}"
                    period_text = f"{say_year(old)} to {say_year(new)} (percent change)"
                elif ask.mode == "change":
                    result, period_text = _change(b, ask, formulas, new, old, unit)
                else:
                    args = []
                    for y in range(year_of(old), year_of(new) + 1):
                        args.append(b.metric_value(ask, formulas, shift(new, y - year_of(new))))
                    b.steps.append(("average", args))
                    result = f"#{len(b.steps) - 1}"
                    period_text = f"the average of {say_year(old)} to {say_year(new)}"
            elif ask.mode == "change":  # one period asked: against the same period a year earlier
                result, period_text = _change(b, ask, formulas, specs[0], shift(specs[0], -1), unit)
            elif ask.mode in ("growth", "cagr"):
                if ask.mode == "cagr":
                    return None  # a CAGR needs its first and last year
                new = specs[0]
                result = b.metric_value(ask, formulas, new)
                period_text = f"{say_year(shift(new, -1))} to {say_year(new)}"
            else:
                new = specs[0]
                result = b.metric_value(ask, formulas, new)
                period_text = say_year(new)
                if b.inputs and all(f.item.balance for _, f in b.inputs):
                    period_text = _say_at(b.inputs[0][1].item, new)
                elif new.year is None and new.fiscal is None:
                    # a span asked by its dates: the span the filing's columns state (September 30, not the 28th a
                    # year before September 28 when the year was moved back)
                    spans = {f.period for _, f in b.inputs if not f.item.balance and "/" in f.period}
                    if len(spans) == 1:
                        period_text = _say_found(next(f for _, f in b.inputs if not f.item.balance), new)
        except _Missing as exc:
            if _printed_as_row(ctx, ask):
                return None  # the filing prints the metric itself (a "Working capital" row): the general types answer it
            if ask.mode == "single" and _stated_in_words(ctx, metric):
                return None  # ... or states it in a sentence ("margin was 19.1%, compared with 21.8% in the prior year period")
            if not prose_inputs:
                from_sentences = self.answer(ctx, prose_inputs=True)  # no table states an input: a sentence may, uncertain
                if from_sentences is not None and from_sentences.status == "uncertain":
                    return from_sentences
            name = exc.item.name.replace("_", " ")
            reason = (f"{display_name(metric.name)} needs {name} for {say_year(exc.spec)}, "
                      f"which the filing does not state.")
            return Answer(status="not_found", text=reason, reason=reason, method="metric", definition=ask.match.definition,
                          citations=ctx.solver.citer.citations, plan=_plan(ctx, ask))
        if not b.steps or not result.startswith("#"):
            b.steps.append(("const", [result]))
        elif result != f"#{len(b.steps) - 1}":
            b.steps.append(("const", [result]))
        if unit in _ROUND and ask.mode != "change":
            b.steps.append(("round", [f"#{len(b.steps) - 1}", _ROUND[unit]]))
        try:
            program = run(b.steps)
        except (ProgramError, ArithmeticError) as exc:
            reason = f"The inputs cannot be combined into {metric.name.replace('_', ' ')}: {exc}."
            return Answer(status="not_found", text=reason, reason=reason, method="metric", definition=ask.match.definition,
                          citations=ctx.solver.citer.citations, plan=_plan(ctx, ask))
        value = Decimal(program[-1].result)
        definition = ask.match.definition
        if b.averaged:
            definition += " Balances are averages of opening and closing balances."
        elif simple:
            definition += " Balances are closing balances (simple variant, as asked)."
        if b.annualized:
            definition += f" The {b.annualized}-month span's flows are annualized (× 12 ÷ {b.annualized})."
        if b.assumed_zero:
            definition += " Not stated in the filing, taken as 0: " + ", ".join(n.replace("_", " ") for n in b.assumed_zero) + "."
        cites = "; ".join(f"“{f.label}” {_say(f.fact.value, 'USD')} ({role.split(' ', 1)[1]}) [{b.ctx.solver.citer.fact(f.fact)}]"
                          for role, f in b.inputs)
        shown = show_formula(ask.match.formulas[0] if len(ask.match.formulas) == 1 else _used_formula(b, ask))
        if ask.item is not None:
            shown = shown.replace("asked", ask.item.name.replace("_", " "))
        if ask.mode == "percent_change":
            named = display_name(metric.name)
            shown = f"(the later {named} − the earlier) ÷ the earlier, in percent, where {named} = {shown}"
        text = (f"{display_name(metric.name)} for {period_text} is {_say(value, unit)} "
                f"= {shown}, from {cites}.")
        status = "answered"
        reason = None
        confidence = None  # the type's measured precision
        if b.ambiguous or b.annualized or b.from_prose:
            confidence = 0.5  # two readings, each as likely: the rows tie, or the span may be wanted annualized or not
        if b.ambiguous:
            status = "uncertain"
            reason = "Equally good rows with different values for: " + ", ".join(sorted(set(b.ambiguous))) + "."
        elif b.from_prose:
            status = "uncertain"
            reason = ("Not sure: read from sentences, not a statement's rows: " + "; ".join(f"“{x}”" for x in b.from_prose) + ".")
        elif b.annualized:
            status = "uncertain"
            reason = (f"Not sure: over a {b.annualized}-month span, {display_name(metric.name)} is shown annualized "
                      f"(its flows × 12 ÷ {b.annualized}); the question may want the span's own figure.")
        return _one_of_several(ctx, ask, Answer(
            status=status, text=text, value=Value(amount=fmt(value), unit=_ANSWER_UNIT[unit]), figures=b.figures,
            program=program, citations=ctx.solver.citer.citations, method="metric", definition=definition,
            fits_question=not b.ambiguous, in_filing=False, reason=reason, plan=_plan(ctx, ask), confidence=confidence))


    def _each_year(self, ctx, ask: Ask, specs: list[PeriodSpec], prose_inputs: bool) -> Answer | None:
        """"Gross margin in fiscal 2025 and in fiscal 2021": the metric for each year named, in the
        order asked, each with its own formula and citations; answered only when every year is."""
        q, asked = ctx.solver.q, ctx.solver.q.periods
        years, parts = [], []
        for spec in specs:
            if year_of(spec) not in years:
                years.append(year_of(spec))
                parts.append(spec)
        answers = []
        try:
            for spec in parts:
                q.periods = [spec]
                one = self.answer(ctx, prose_inputs)
                if one is None or one.value is None or one.value.amount is None:
                    return one
                answers.append(one)
        finally:
            q.periods = asked
        confidences = [a.confidence for a in answers]
        program = []  # each year's steps in turn, their "#k" references moved past the years before
        for a in answers:
            base = len(program)
            program += [step.model_copy(update={"args": [f"#{int(x[1:]) + base}" if x.startswith("#") else x
                                                         for x in step.args]}) for step in a.program]
        return Answer(status="answered" if all(a.status == "answered" for a in answers) else "uncertain",
                      text=" ".join(a.text for a in answers), value=None,
                      spans=[a.value.amount for a in answers], figures=[f for a in answers for f in a.figures],
                      program=program, citations=ctx.solver.citer.citations, method="metric", definition=answers[0].definition,
                      fits_question=all(a.fits_question for a in answers), in_filing=False,
                      reason=next((a.reason for a in answers if a.reason), None), plan=_plan(ctx, ask),
                      confidence=None if None in confidences else min(confidences))


PRINTED_NAMED = 0.9  # how well a row must name a metric for its figure to be the metric's answer
_NOT_A_VALUE = re.compile(r"^\W*(?:why|how|explain|describe|what (?:caused|drove|led))\b|\brespective", re.I)
_CHANGE_COLUMN = re.compile(r"\b(?:change|variation|increase|decrease|growth|chg|vs|versus)\b|%", re.I)
_AGGREGATE = re.compile(r"\b(?:average|mean|total|sum|combined|cumulative|aggregate)\b")


# what a question asks besides the metric: "total capital expenditures ... and how much was drilling and
# completion", "the operating margin in Q3 2025 and how did it compare ..."
# (a second question: "and how", "and what"; not "the balance sheet and the P&L statement" a question cites)
_ASKS_MORE = re.compile(r"\band\s+(?:how|what|which|who|when|where|why|did|does|do|is|was|were|are|has|have|had)\b")


def _one_of_several(ctx, ask: Ask, answer: Answer) -> Answer:
    """An answer of the metric alone, where the question asks something more beside it (periods set
    aside), is the best candidate, not the answer."""
    from qa.question import period_spans

    if answer.status != "answered":
        return answer
    rest = _around(ask, ctx.question)
    for a, b in sorted(period_spans(rest), reverse=True):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if ask.item is not None:  # the line item a growth names ("the cash and cash equivalents") is the metric's own
        for phrase in sorted(ask.item.phrases + (ask.item.name.replace("_", " "),), key=len, reverse=True):
            rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest, flags=re.I)
    if not _ASKS_MORE.search(rest):
        return answer
    reason = "Not sure: the question asks more than this one figure of " + display_name(ask.metric.name) + "."
    return answer.model_copy(update={"status": "uncertain", "reason": reason, "fits_question": False})


def _around(ask: Ask, question: str) -> str:
    """The question's words outside the metric's name ("the 2019 average" of "free cash flow")."""
    text = normalize(question)
    return text[:ask.match.start] + " " + text[ask.match.end:]


def _fresh_solver(ctx):
    """A solver of the same question with citations of its own (this type's solver keeps the answer's)."""
    return type(ctx.solver)(ctx.view, ctx.solver.q.clone(), ctx.solver.previous)


_PARENTHETICAL = re.compile(r"\s*\([^()]{12,}\)")


def _printed_metric(ctx, ask: Ask, spec: PeriodSpec) -> Answer | None:
    """The filing's own row for the metric, in its unit, for the asked period ("Return on average
    equity 12.41 %"), stated as printed: the filer's figure by the filer's definition comes before
    this library's formula. None when no row names it, or rows that name it equally well differ."""
    from qa.answer import Operand, fits_fact

    view, unit = ctx.view, _ANSWER_UNIT.get(ask.metric.unit)
    names = (ask.metric.name.replace("_", " "),) + tuple(ask.metric.aliases)
    if _NOT_A_VALUE.search(ctx.question):
        return None
    asked_items = [i.text for i in getattr(ctx.plan, "items", []) if i.text]
    scored = []
    for f in view.parsed.facts:
        if f.kind != "table" or f.unit != unit or _CHANGE_COLUMN.search(f.column_label or ""):
            continue
        label = view.label_of(f)
        said = normalize(label)
        # the label says the metric in so many words ("Return on average equity", not "Gross profit" for gross
        # margin), and it is the row the question asks ("... margins as adjusted", not "... as reported")
        if not any(normalize(n) in said for n in names):
            continue
        # ranked by the question's own words ("... as adjusted" over "... as reported"), then by the metric's names
        # a definition the filer adds in parentheses ("Free cash flow (operating cash flow before changes in
        # working capital less total capital expenditures)") names nothing else: the words before it name the row
        core = _PARENTHETICAL.sub(" ", label).strip() or label
        asked_fit = max((max(match_label(n, label, None), match_label(n, core, None)) for n in asked_items), default=0.0)
        named_fit = max(max(match_label(n, label, None), match_label(n, core, None)) for n in names)
        if max(asked_fit, named_fit) >= PRINTED_NAMED and fits_fact(spec, f, label):
            scored.append(((asked_fit, named_fit), f, label))
    best = [x for x in scored if x[0] == max((x[0] for x in scored), default=0)]
    if not best or len({x[1].value for x in best}) > 1:
        return None
    _, fact, label = best[0]
    answer = _fresh_solver(ctx).state(Operand([fact], label, fact.period, 1.0))
    if answer.status != "answered":
        return None
    answer.method, answer.fits_question = "metric", True  # its row names the metric; its column is the period asked
    answer.definition = f"{display_name(ask.metric.name)} as the filing reports it (its row “{label}”)."
    answer.plan = _plan(ctx, ask)
    return answer


def _printed_as_row(ctx, ask: Ask) -> bool:
    """Whether the filing prints the figure itself: the general lookup, with a fresh solver (this
    type's own keeps its citations), answers in the metric's unit from rows that all name the
    metric or, for the growth or change of a line item, that item (a "Working capital" row, an
    "EBITDA" row; the "Inventories, net" row of a growth in net inventories), so that a metric
    whose inputs are missing defers to the printed figure instead of refusing. A "Gross profit"
    row in dollars is not a gross margin percentage."""
    metric = ask.metric
    solver = _fresh_solver(ctx)
    try:
        plain = solver.solve()
    except (ProgramError, ArithmeticError, ValueError):
        return False
    # a growth or a change of a dollar metric is a percent or a dollar difference of printed rows
    units = {"percent"} if ask.mode in ("growth", "cagr") else {_ANSWER_UNIT.get(metric.unit)}
    if ask.mode == "change":
        units.add(_ANSWER_UNIT.get(metric.unit))
    if plain.status != "answered" or plain.value is None or plain.value.unit not in units or not solver.trace:
        return False
    names = (metric.name.replace("_", " "),) + tuple(metric.aliases)
    if ask.item is not None:
        names += (ask.item.name.replace("_", " "),) + tuple(ask.item.phrases) + tuple(ask.item.aliases)
    # the row with its heading ("Total" under "Revenue:"), and a label's gloss allowed ("Free cash flow (non-GAAP measure)")
    return all(max(match_label(name, t.label, t.heading or None) for name in names) >= PRINTED_FIT for t in solver.trace)


def _as_step(b: "_Build", arg: str) -> str:
    """A bare figure as a program step of its own (so the text can show each side of a comparison)."""
    if arg.startswith("#") and arg == f"#{len(b.steps) - 1}":
        return arg
    b.steps.append(("const", [arg]))
    return f"#{len(b.steps) - 1}"


def _judge_answer(ctx, ask: Ask, b: "_Build", spec: PeriodSpec, judge: str) -> Answer:
    """A yes/no judgement of a metric: the metric's program, then a `greater` step against last year or a threshold."""
    metric, formulas, unit = ask.metric, ask.match.formulas, ask.metric.unit
    name = metric.name.replace("_", " ")
    try:
        now = _as_step(b, b.metric_value(ask, formulas, spec))
        if unit in _ROUND:
            b.steps.append(("round", [now, _ROUND[unit]]))
            now = f"#{len(b.steps) - 1}"
        now_step = len(b.steps) - 1
        if judge == "improving":
            before = _as_step(b, b.metric_value(ask, formulas, shift(spec, -1)))
            if unit in _ROUND:
                b.steps.append(("round", [before, _ROUND[unit]]))
                before = f"#{len(b.steps) - 1}"
            before_step = len(b.steps) - 1
            b.steps.append(("greater", [now, before]))
        else:
            b.steps.append(("greater", [now, "0" if judge == "positive" else fmt(HEALTHY_RATIO)]))
    except _Missing as exc:
        reason = f"{name.capitalize()} needs {exc.item.name.replace('_', ' ')} for {say_year(exc.spec)}, which the filing does not state."
        return Answer(status="not_found", text=reason, reason=reason, method="metric", definition=ask.match.definition,
                      citations=ctx.solver.citer.citations, plan=_plan(ctx, ask))
    try:
        program = run(b.steps)
    except (ProgramError, ArithmeticError) as exc:
        reason = f"The inputs cannot be combined into {name}: {exc}."
        return Answer(status="not_found", text=reason, reason=reason, method="metric", citations=ctx.solver.citer.citations)
    yes = program[-1].result == "yes"
    shown_now = _say(Decimal(program[now_step].result), unit)
    cites = "; ".join(f"“{f.label}” {_say(f.fact.value, 'USD')} ({role.split(' ', 1)[1]}) [{ctx.solver.citer.fact(f.fact)}]"
                      for role, f in b.inputs)
    if judge == "improving":
        shown_before = _say(Decimal(program[before_step].result), unit)
        head = (f"{'Yes' if yes else 'No'}: {name} was {shown_now} in {say_year(spec)} against {shown_before} in "
                f"{say_year(shift(spec, -1))}")
    elif judge == "positive":
        head = f"{'Yes' if yes else 'No'}: {name} for {say_year(spec)} is {shown_now}"
    else:
        head = (f"{'Yes' if yes else 'No'}: {name} for {say_year(spec)} is {shown_now}, "
                f"{'at or above' if yes else 'below'} {fmt(HEALTHY_RATIO)}")
    text = f"{head} ({show_formula(_used_formula(b, ask))}), from {cites}."
    status = "uncertain" if b.ambiguous else "answered"
    return Answer(status=status, text=text, figures=b.figures, program=program, citations=ctx.solver.citer.citations,
                  method="metric", definition=ask.match.definition, fits_question=not b.ambiguous, plan=_plan(ctx, ask),
                  reason=("Equally good rows with different values for: " + ", ".join(sorted(set(b.ambiguous))) + ".") if b.ambiguous else None)



def _used_formula(b: _Build, ask: Ask) -> str:
    """Of several formulas, the one whose inputs were used."""
    used = {f.item.name for _, f in b.inputs}
    for formula in ask.match.formulas:
        if set(ask.metric.inputs(formula)) - set(ask.metric.optional) <= used:
            return formula
    return ask.match.formulas[0]


def _plan(ctx, ask: Ask) -> dict:
    plan = ctx.plan.model_dump() if hasattr(ctx.plan, "model_dump") else {}
    plan.update({"qtype": "metric", "operation": "metric", "metric": ask.metric.name})
    return plan


QUESTION_TYPE = MetricType()

"""Candidate programs for a plan, beyond the rules' first match.

For the plan's operation, enumerate programs over the filing's facts: lookups of the cells and
sentences whose labels fit the asked items best; for changes, percent changes, sums, averages and
comparisons over periods, every ordered pair of cells of one row; for shares, ratios and two-item
differences, a cell of each item's best rows in the same column. In an inline-XBRL filing the
filer's tags are a second vocabulary: the facts of the concepts (and segment or product members)
an item names join as lookups and, over their periods, as pairs; every candidate's features say
whether its facts' members are the ones the question names and whether their concept is one the
item names. The set is bounded (the best rows only), so a 10-K stays fast. The rules' own answer and its runners-up join the set; the
learned chooser (qa/chooser.py) scores all of them on the features of `features()`.

    cands = enumerate_programs(view, plan)
    [(c.operation, [f.id for f in c.facts]) for c in cands][:2]
"""

from __future__ import annotations

import math
import re
from datetime import date
from dataclasses import dataclass, field

from index.models import Fact
from qa.lexicon import column_words, is_total_row, match_label, question_words, tokens
from qa.question import PeriodSpec, resolve
from qa.xbrl_vocabulary import member_said, vocabulary

TOP_ROWS = 4          # best-fitting row groups per asked item
TOP_PROSE = 3         # best-fitting sentences' figures per asked item
TOP_CONCEPTS = 2      # an inline-XBRL filing's best-named concepts (and members) per asked item
MAX_CANDIDATES = 40
PAIR_OPS = ("difference", "percent_change", "average", "sum", "greater", "ratio")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# words by which a question (or a row label) says it is about a percentage: a percent answer to a
# question without them ("what were the remaining performance obligations?") answers something else
_PERCENT_CUE = re.compile(r"%|\b(?:percent\w*|pct|rates?|margins?|ratios?|share|proportion|portion|fraction|yields?|"
                          r"returns?|growth|grew|grow|change[sd]?|increase[sd]?|decrease[sd]?|declined?|basis\s+points?|"
                          r"roe|roa|roic|rofe|cagr)\b", re.I)
_TOTAL_ASKED = re.compile(r"\b(?:total|combined(?! ratios?\b)|overall|aggregate|in all|altogether)\b", re.I)  # a total row is what is asked
OPERATIONS = ["lookup", "difference", "percent_change", "ratio", "share", "sum", "average", "greater", "range", "text",
              "previous", "other"]
UNITS = ["USD", "percent", "USD/share", "shares", "count", "ratio", "years"]
FOLLOWUPS = ["shift_year", "combine_previous", "new_item", "same"]  # a conversation turn leaning on earlier ones


@dataclass
class Candidate:
    operation: str
    facts: list[Fact]
    source: str = "enumerated"            # "rules" for the rules' answer and its runners-up
    rules: dict = field(default_factory=dict)  # the rules' own fit figures, where it came from them

    @property
    def key(self) -> tuple:
        return (self.operation, tuple(f.id for f in self.facts))


def fact_year(f: Fact) -> int | None:
    if f.period:
        return int(f.period.split("/")[-1][:4])
    years = _YEAR.findall(f.column_label or "")
    return int(years[-1]) if years else None


def _year_in(view, f: Fact) -> int | None:
    """The year a fact is for: its period or column, or for a figure in running text the period
    its sentence names for it ("total revenues of $509,589 in 2024 ... compared to $152,430 in
    2023": qa/filing_view.py `prose_period`)."""
    year = fact_year(f)
    if year is None and f.kind == "text":
        spec = view.prose_period(f)
        if spec is not None:
            year = spec.end.year if spec.end else spec.year
    return year


def _rows(view, item: str, context: set[str]) -> list[tuple[float, list[Fact]]]:
    rows = []
    for score, label, parent in view.table_candidates(item, context)[:TOP_ROWS]:
        facts = [f for f in view.by_label[(label, parent)]]
        if facts:
            rows.append((score, facts))
    return rows


def _days(period: str) -> int:
    start, _, end = period.partition("/")
    return (date.fromisoformat(end) - date.fromisoformat(start)).days if end else 0


def _same_length(a: str, b: str) -> bool:
    """Two instants, or two durations of about the same length (a quarter with a quarter)."""
    try:
        return abs(_days(a) - _days(b)) <= 20
    except ValueError:
        return False


_SPAN_WORDS = re.compile(r"\b(?:three|four|five|3|4|5)[- ]years?\b|\b(?:19|20)\d\d\s*(?:-|to|through|and)\s*(?:19|20)\d\d\b", re.I)


def written_years(text: str) -> list[int]:
    """The years a text writes ("2019", "fiscal 2018"), in its order."""
    return [int(y) for y in _YEAR.findall(text)]


def _question_years(plan, asked: list | None = None) -> list[int]:
    """The years the question asks about: the years it writes, in its order (a column headed by a
    fiscal year's name, undated, carries that name), then any other year an asked period ends in on
    the filing's calendar ("the first quarter of fiscal 2025" of a May fiscal year ends in August
    2024, "Q1 FY12" of a June one in September 2011: their cells are dated that year). Given the
    `asked` periods (`asked_periods`), periods asked relatively count too ("compared with a year earlier")."""
    written = written_years(plan.question)
    ends = [d.year for d, _, _ in asked] if asked is not None else \
        [int(p.end[:4]) for p in getattr(plan, "periods", []) if getattr(p, "end", None)]
    return written + [y for y in dict.fromkeys(ends) if y not in written]


def asked_periods(plan, cal) -> list[tuple[date, int | None, bool]]:
    """(end, months, instant) of each period the plan asks, in its order, relative ones resolved on
    the filing's calendar `cal` by the solver's own `resolve` (qa/question.py): "the same quarter a
    year earlier" and "year over year" are the first dated period a year back, "this quarter" the
    filing's current one, and a change against "the same quarter last year" with no other period is
    measured from the current one, as the solver reads them (qa/answer.py `specs`). A change asked
    over one dated period gets no second period here, although the solver compares it with the year
    before: on the benchmarks' pages such questions ("the change in revenue in 2019") often compare
    other years (docs/BENCHMARKS.md, seventh session)."""
    specs = [PeriodSpec(text=p.text, end=date.fromisoformat(p.end) if p.end else None, months=p.months,
                        instant=p.instant, relative=p.relative) for p in getattr(plan, "periods", None) or []]
    dated = [sp for sp in specs if sp.end is not None]
    resolved = [sp if sp.end is not None else resolve(sp, cal, dated[0] if dated else None) for sp in specs]
    out = [(sp.end, sp.months, sp.instant) for sp in resolved if sp.end is not None]
    if plan.operation in ("difference", "percent_change") and len(out) == 1 and not dated and cal.current_end \
            and not any(sp.relative == "current" for sp in resolved if sp.end is not None):
        out.insert(0, (cal.current_end, cal.current_months, False))  # "compared with the same quarter last year"
    return out


def asked_years(plan) -> list[int]:
    """The years the question asks about, with a span ("from 2017 to 2019", "2017-2019") filled in."""
    return fill_span(plan.question, _question_years(plan))


def fill_span(question: str, years: list[int]) -> list[int]:
    """`years` sorted, every year between the first and last added when the question names a span."""
    years = sorted(set(years))
    if len(years) >= 2 and _SPAN_WORDS.search(question) and years[-1] - years[0] <= 10:
        years = list(range(years[0], years[-1] + 1))
    return years


def _row_span(facts: list[Fact], years: list[int]) -> list[Fact] | None:
    """Three or more cells of one row, one per year: the asked years, or every year the row has
    when none is asked ("the average realized losses"). None when a year has two cells or is missing."""
    cells = [f for f in facts if f.kind == "table" and fact_year(f) is not None]
    by_year: dict[int, list[Fact]] = {}
    for f in cells:
        by_year.setdefault(fact_year(f), []).append(f)
    wanted = years if len(years) >= 3 else (sorted(by_year, reverse=True) if not years else [])
    if len(wanted) < 3 or any(len(by_year.get(y, [])) != 1 for y in wanted):
        return None
    return [by_year[y][0] for y in sorted(wanted, reverse=True)]


def _tagged_rows(view, item: str) -> list[tuple[float, list[Fact]]]:
    """The filer's own tags as a second vocabulary: the facts of the concepts (and segment or
    product members) the item names, by standard label as well as printed label (qa/xbrl_vocabulary.py)."""
    tags = _tags(view)
    out = []
    for concept in tags.concepts(item):
        facts: dict[str, Fact] = {}
        for tag in concept.facts:
            f = tags.vocab.fact_for(tag)
            if f is not None and f.id in view.facts_by_id:
                facts.setdefault(f.id, view.facts_by_id[f.id])
        if facts:
            out.append((concept.score, list(facts.values())))
    return out


class _Tags:
    """Per filing: the tags each parsed fact prints (`tags_of`, the vocabulary's); per phrase
    (cached, a bounded number), the members it names and the concepts it names best."""

    CACHED_PHRASES = 256

    def __init__(self, view):
        self.vocab = vocabulary(view.parsed) if view.parsed.xbrl else None
        self._named: dict[str, set[str]] = {}
        self._restated: dict[tuple[str, ...], set[str]] = {}
        self._concepts: dict[str, list] = {}

    def tags_of(self, f: Fact) -> list:
        return self.vocab.tags_of(f) if self.vocab is not None else []

    def named_members(self, text: str) -> set[str]:
        if text not in self._named:
            if len(self._named) >= self.CACHED_PHRASES:
                self._named.clear()
            self._named[text] = {m.member for m in self.vocab.match_members(text)} if self.vocab else set()
        return self._named[text]

    def restated_members(self, texts: list[str]) -> set[str]:
        """The vocabulary's `restated_members`, once per question (every fact of every candidate asks it)."""
        key = tuple(texts)
        if key not in self._restated:
            if len(self._restated) >= self.CACHED_PHRASES:
                self._restated.clear()
            self._restated[key] = self.vocab.restated_members(texts) if self.vocab else set()
        return self._restated[key]

    def concepts(self, item: str) -> list:
        """The concepts (and members) the item names best, with their facts (qa/xbrl_vocabulary.py)."""
        if item not in self._concepts:
            if len(self._concepts) >= self.CACHED_PHRASES:
                self._concepts.clear()
            self._concepts[item] = self.vocab.lookup(item, limit=TOP_CONCEPTS) if self.vocab else []
        return self._concepts[item]

    def named_concepts(self, item: str) -> set[str]:
        return {c.concept for c in self.concepts(item)}

    def member_fit(self, f: Fact, question: str, items: list[str]) -> float:
        """1 when the fact's members are the ones the question names (none for a total), 0 when
        not, 0.5 for a figure nobody tagged. A member that only restates an asked line item
        (G&A) is that line item, not a part asked."""
        tags = self.tags_of(f)
        if not tags:
            return 0.5
        named = self.named_members(question) - self.restated_members(items)
        return max(1.0 if set(t.dimensions.values()) == (named & set(t.dimensions.values())) and
                   (bool(t.dimensions) or not named) else 0.0 for t in tags)

    def concept_named(self, f: Fact, item: str) -> float:
        """1 when a tag of the fact is one of the concepts the item names best, 0 when not, 0.5 untagged."""
        tags = self.tags_of(f)
        if not tags:
            return 0.5
        return 1.0 if any(t.concept in self.named_concepts(item) for t in tags) else 0.0


def unasked_member(view, facts: list, asked: list[str]) -> str | None:
    """In an inline-XBRL filing, why a one-figure answer is not the one asked: the question names a
    segment, product or region member ("operating income of the Europe segment") that the figure's
    own label does not say and none of its tags carries (the company's total, or another segment);
    or every tag of the figure is a part (a member) that the question does not name. None where it
    fits, is untagged, or the answer has several figures (a share of a total). `asked`: the
    question's texts (as asked, as cleaned, its line items)."""
    tags = _tags(view)
    if tags.vocab is None or len(facts) != 1:
        return None
    f = facts[0]
    tagged = tags.tags_of(f)
    if not tagged:
        return None
    label = view.label_of(f) if f.kind == "table" else f.label
    # each text apart: a member's words must sit together in one phrase (qa/xbrl_vocabulary.py)
    named = set().union(*(tags.named_members(text) for text in asked if text)) - tags.restated_members(asked)
    if all(t.dimensions for t in tagged) and not any(set(t.dimensions.values()) & named for t in tagged):
        # every tag of the cell is a part ("Repurchases of common stock" in the common-stock column of
        # the equity statement; share-based compensation within G&A) and the question names none
        parts = sorted({re.sub(r"Member$", "", m.split(":")[-1]) for t in tagged for m in t.dimensions.values()})
        return f"the filer tags “{label}” only as a part ({', '.join(parts)}), which the question does not name"
    if not named:
        return None
    # "cash and cash equivalents" names a Cash member too; the row's own words already say it
    unsaid = {m for m in named if not member_said(m, label)}
    if not unsaid or any(unsaid <= set(t.dimensions.values()) for t in tagged):
        return None
    asked = ", ".join(sorted(re.sub(r"Member$", "", m.split(":")[-1]) for m in unsaid))
    return f"the figure “{label}” is not tagged for the asked {asked}"


def _tags(view) -> _Tags:
    tags = getattr(view, "_candidate_tags", None)
    if tags is None:
        tags = _Tags(view)
        view._candidate_tags = tags
    return tags


def enumerate_programs(view, plan) -> list[Candidate]:
    items = [i.text for i in plan.items if tokens(i.text)] or [plan.question]
    context = set(tokens(plan.question))
    op = plan.operation
    out: dict[tuple, Candidate] = {}

    def add(c: Candidate) -> None:
        same_unit = all(f.unit == c.facts[0].unit for f in c.facts)
        if len(out) < MAX_CANDIDATES and c.key not in out and (same_unit or c.operation in ("share", "ratio")):
            out[c.key] = c

    rows_by_item = [_rows(view, item, context) for item in items[:2]]
    for rows in rows_by_item:
        for _, facts in rows:
            for f in facts[:6]:
                add(Candidate("lookup", [f]))
    tagged_by_item = [_tagged_rows(view, item) for item in items[:2]]
    for rows in tagged_by_item:
        for _, facts in rows:
            for f in facts[:6]:
                add(Candidate("lookup", [f]))
    for item in items[:1]:
        prose = sorted(((view.prose_score(item, f), f) for f in view.text_facts if f.low is None), key=lambda x: -x[0])
        for s, f in prose[:TOP_PROSE]:
            if s > 0.3:
                add(Candidate("lookup", [f]))
    if op in PAIR_OPS and len(items) == 1:
        for _, facts in rows_by_item[0][:3]:
            cells = [f for f in facts if f.kind == "table"][:6]
            for a in cells:
                for b in cells:
                    if a is not b and a.source.column != b.source.column and \
                            (not (a.period and b.period) or _same_length(a.period, b.period)):  # never a quarter against nine months
                        add(Candidate(op, [a, b]))
        for _, facts in tagged_by_item[0][:1]:  # one concept's facts over its periods
            for a in facts[:6]:
                for b in facts[:6]:
                    if a is not b and a.period and b.period and a.period != b.period and _same_length(a.period, b.period):
                        add(Candidate(op, [a, b]))
    if op in ("sum", "average", "min", "max") and len(items) == 1:
        for _, facts in rows_by_item[0][:3]:
            add_many = _row_span(facts, asked_years(plan))
            if add_many:
                add(Candidate(op, add_many))
    if len(items) >= 2 and op in ("share", "ratio", "difference", "sum", "average", "greater"):
        for _, fa in rows_by_item[0][:3]:
            for _, fb in rows_by_item[1][:3]:
                for a in fa[:6]:
                    for b in fb[:6]:
                        same_col = a.source.table_id == b.source.table_id and a.source.column == b.source.column
                        same_period = a.period is not None and a.period == b.period
                        if a is not b and (same_col or same_period):
                            add(Candidate(op, [a, b]))
    return list(out.values())


RELATIVE = ["match_min", "match_mean", "cover_min", "cover_mean", "precision_min", "year_hit", "year_miss", "rules_score",
            "member_fit_min", "concept_named_min", "period_exact"]


def feature_names() -> list[str]:
    """Every feature in order: the candidate's own, then for RELATIVE ones its gap to the best of
    the question's candidates and its rank among them (what a pointwise model cannot see alone)."""
    own = _own_names()
    return own + [f"{n}-best" for n in RELATIVE] + [f"{n}_rank" for n in RELATIVE] + AGREEMENT


AGREEMENT = ["same_value_share", "distinct_values"]


def with_relative(vectors: list[list[float]], values: list | None = None) -> list[list[float]]:
    """Each candidate's vector extended by its standing among the question's other candidates,
    and by their agreement: the share of the other candidates whose program gives the same value
    (independent routes to one figure) and how many distinct values the candidates give."""
    own = _own_names()
    cols = [own.index(n) for n in RELATIVE]
    values = values if values is not None else [None] * len(vectors)
    given = [v for v in values if v is not None]
    distinct = math.log1p(len(set(given)))
    out = []
    for v, value in zip(vectors, values):
        gaps, ranks = [], []
        for c in cols:
            column = [w[c] for w in vectors]
            gaps.append(v[c] - max(column))
            ranks.append(float(sum(1 for x in column if x > v[c])))
        same = (sum(1 for w in given if w == value) - 1) / max(1, len(vectors) - 1) if value is not None else 0.0
        out.append(v + gaps + ranks + [same, distinct])
    return out


def _own_names() -> list[str]:
    return ([f"op={o}" for o in OPERATIONS] + [f"unit={u}" for u in UNITS] +
            ["op_matches_plan", "from_rules", "n_facts", "match_min", "match_mean", "match_first", "cover_min", "cover_mean",
             "precision_min", "precision_mean", "year_hit", "year_miss", "periods_asked", "first_column", "total_row",
             "total_asked", "any_prose", "unit_asked", "unit_matches", "same_row", "same_column", "later_first",
             "order_as_asked",
             "log_abs_value", "negative", "percent_over_100", "percent_unasked", "rules_score", "rules_margin", "rules_rivals",
             "rules_fits", "in_filing", "rank_in_source", "n_candidates", "text_answer", "has_value",
             "xbrl_filing", "member_fit_min", "concept_named_min", "period_exact", "period_same_end_other_length",
             "column_named_min"]
            + [f"followup={f}" for f in FOLLOWUPS])


def _cover(item_toks: set[str], f: Fact, view) -> tuple[float, float]:
    """(share of the item's words the label, heading and column carry; share of the label's words the question carries)"""
    label = view.label_of(f)
    have = set(tokens(f"{label} {view.parent_of(f) or ''} {f.column_label or ''}")) if f.kind == "table" else \
        set(tokens(f.label)) | view.sentence_tokens_of(f)
    lab = set(tokens(label)) if f.kind == "table" else set(tokens(f.label))
    cover = len(item_toks & have) / len(item_toks) if item_toks else 0.0
    return cover, (len(lab & item_toks) / len(lab) if lab else 0.0)


def _column_named(f: Fact, question_toks: frozenset[str]) -> float:
    """Share of the words of a cell's column heading, beyond its period, that the question names:
    "Withheld" in a table of votes For / Withheld / Broker non-votes, "APAC" among regions, "% change"
    beside the amounts. 0.5 where the column says nothing but its period (or the fact is prose)."""
    words = column_words(f.column_label or "") if f.kind == "table" else frozenset()
    return len(words & question_toks) / len(words) if words else 0.5


def _period_fit(asked: list[tuple[date, int | None, bool]], facts: list[Fact]) -> tuple[float, float]:
    """(share of the facts whose dated period is one the plan asks: same end within a week, same
    length within a month; share whose end is asked but whose length is not: the nine months
    for the quarter). (0.5, 0.5) when the plan or the facts carry no dates."""
    dated = [f for f in facts if f.period]
    if not asked or not dated:
        return 0.5, 0.5
    exact = other_length = 0
    for f in dated:
        start, _, end = f.period.partition("/")
        try:
            f_end = date.fromisoformat(end or start)
            f_months = round((_days(f.period) + 1) / 30.44) if end else None
        except ValueError:
            continue
        same_end = [a for a in asked if abs((a[0] - f_end).days) <= 7]
        if any((a[2] and f_months is None) or (a[1] is not None and f_months is not None and abs(a[1] - f_months) <= 1)
               or (a[1] is None and not a[2]) for a in same_end):
            exact += 1
        elif same_end:
            other_length += 1
    return exact / len(dated), other_length / len(dated)


def features(view, plan, cand: Candidate, answer, rank: int, n_candidates: int,
             asked: list[tuple[date, int | None, bool]]) -> list[float]:
    """The candidate's own features; `asked` is the question's `asked_periods`, the same for all its candidates."""
    op = cand.operation if cand.operation in OPERATIONS else "other"
    vec = [1.0 if op == o else 0.0 for o in OPERATIONS]
    unit = answer.value.unit if answer is not None and answer.value is not None else None
    vec += [1.0 if unit == u else 0.0 for u in UNITS]
    items = [i.text for i in plan.items if tokens(i.text)] or [plan.question]
    question_toks = set(tokens(plan.question))
    asked_words = question_words(plan.question)
    asked_years = _question_years(plan, asked)
    matches, covers, precisions, year_hits, year_misses = [], [], [], 0, 0
    for i, f in enumerate(cand.facts):
        item = items[min(i, len(items) - 1)] if cand.operation in ("share", "ratio") or len(items) > 1 else items[0]
        if f.kind == "table":
            m = match_label(item, view.label_of(f), view.parent_of(f))
        else:
            m = view.prose_score(item, f)
        matches.append(m)
        c, p = _cover(set(tokens(item)) or question_toks, f, view)
        covers.append(c)
        precisions.append(p)
        y = _year_in(view, f)
        if asked_years and y is not None:
            year_hits += y in asked_years
            year_misses += y not in asked_years
    n = max(1, len(cand.facts))
    value = None
    if answer is not None and answer.value is not None and answer.value.amount is not None:
        try:
            value = float(answer.value.amount)
        except ValueError:
            value = None
    a, b = (cand.facts + [None, None])[:2]
    same_row = float(b is not None and a.source.table_id == b.source.table_id and a.source.row == b.source.row)
    same_col = float(b is not None and a.source.table_id == b.source.table_id and a.source.column == b.source.column)
    later_first = order_as_asked = 0.0
    year_a, year_b = (_year_in(view, a), _year_in(view, b)) if b is not None else (None, None)
    if year_a and year_b and year_a != year_b:
        later_first = 1.0 if year_a > year_b else -1.0
        pos = {y: i for i, y in reversed(list(enumerate(asked_years)))}
        if year_a in pos and year_b in pos:
            order_as_asked = 1.0 if pos[year_a] < pos[year_b] else -1.0
    r = cand.rules
    tags = _tags(view)
    member_fits = [tags.member_fit(f, plan.question, items) for f in cand.facts]
    concept_fits = [tags.concept_named(f, items[min(i, len(items) - 1)]) for i, f in enumerate(cand.facts)]
    vec += [
        1.0 if cand.operation == plan.operation or (plan.operation == "previous" and cand.source == "rules") else 0.0,
        1.0 if cand.source == "rules" else 0.0,
        float(len(cand.facts)),
        min(matches) if matches else 0.0, sum(matches) / n if matches else 0.0, matches[0] if matches else 0.0,
        min(covers) if covers else 0.0, sum(covers) / n if covers else 0.0,
        min(precisions) if precisions else 0.0, sum(precisions) / n if precisions else 0.0,
        # periods asked, not years: "the first quarter of fiscal 2012" is one period, though its name and its end are two years
        year_hits / n, year_misses / n, float(min(len(asked) or len(asked_years), 3)),
        1.0 if a is not None and a.kind == "table" and a.source.column == 0 else 0.0,
        1.0 if a is not None and is_total_row(view.label_of(a)) else 0.0,
        1.0 if _TOTAL_ASKED.search(" ".join(items)) else 0.0,
        1.0 if any(f.kind == "text" for f in cand.facts) else 0.0,
        1.0 if plan.unit else 0.0,
        1.0 if plan.unit and unit and plan.unit == unit else 0.0,
        same_row, same_col, later_first, order_as_asked,
        math.log10(abs(value) + 1.0) if value is not None else 0.0,
        1.0 if value is not None and value < 0 else 0.0,
        1.0 if unit == "percent" and value is not None and abs(value) > 100 else 0.0,
        1.0 if unit == "percent" and not _PERCENT_CUE.search(plan.question or "")
        and not any(_PERCENT_CUE.search(view.label_of(f) if f.kind == "table" else "") for f in cand.facts) else 0.0,
        r.get("score", 0.0), r.get("margin", 0.0), math.log1p(r.get("rivals", 0)), 1.0 if r.get("fits") else 0.0,
        1.0 if answer is not None and answer.in_filing else 0.0,
        float(min(rank, 10)), math.log1p(n_candidates),
        1.0 if answer is not None and answer.method == "extractive" else 0.0,
        1.0 if value is not None else 0.0,
        1.0 if tags.vocab is not None else 0.0,
        min(member_fits) if member_fits else 0.5, min(concept_fits) if concept_fits else 0.5,
        *_period_fit(asked, cand.facts),
        min((_column_named(f, asked_words) for f in cand.facts), default=0.5),
    ] + [1.0 if getattr(plan, "followup", None) == f else 0.0 for f in FOLLOWUPS]
    return vec

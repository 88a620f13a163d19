"""A filing's own XBRL tags as a vocabulary: line-item and member phrases -> concepts, members, facts.

An inline-XBRL filer tags nearly every printed figure with a concept and a context (period and,
for segments and products, axis -> member). This module ranks the concepts and members a phrase
names and returns the filing's tagged facts for them, each joined to the cell or sentence that
prints it, so a candidate built on a tag can be cited like any other figure.

    >>> vocab = vocabulary(parsed)          # parsed = parse_file("apple_10-q_2024-06-29.html")
    >>> best = vocab.lookup("net sales of iPhone", period="2024-03-31/2024-06-29")[0]
    >>> best.concept, best.member, best.facts[0].value
    ('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', 'aapl:IPhoneMember', Decimal('39296000000'))
    >>> vocab.fact_for(best.facts[0]).id     # the parsed cell that prints it, to cite
    'apple_10-q_2024-06-29/t6/r0/c0'
    >>> [(f.period, f.value) for f in tagged_facts(parsed, best.concept, "aapl:IPhoneMember", period="2024-06-29")]
    [('2024-03-31/2024-06-29', Decimal('39296000000')), ('2023-10-01/2024-06-29', Decimal('154961000000'))]

Functions: `lookup(parsed, line_item, member=None, period=None)` -> ranked `Candidate`s (concept,
label, group, member, axis, score, printed labels, facts); `tagged_facts(parsed, concept, member=None,
period=None)` -> XbrlFacts; `vocabulary(parsed)` -> the cached `XbrlVocabulary` behind both
(`.match_members(phrase)`, `.concept_score(phrase, concept)`, `.fact_for(tag)`, `.tags_of(fact)`,
`.tag_for(fact)`); `member_said(member, phrase)`.

How a phrase is matched (no list of companies or products anywhere):
- members: a member's words split from its CamelCase name (`DataCenterMember` -> 'data center',
  `IPhoneMember` -> 'iphone' as one word too) must all appear in the phrase, generic words
  ('segment', 'member') aside; the words they cover leave the line-item phrase;
- concepts: `qa.lexicon.match_label` of the (remaining) line-item phrase against the concept's
  standard label, its edgartools group and the printed row labels (with their headings) of the
  cells that carry it; the best of these scores the concept;
- a (concept, member) pair ranks by concept score x member score; a concept's facts with no
  dimensions answer a phrase that names no member (the total, not a segment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.models import Fact, ParsedFiling, XbrlFact
from index.xbrl_labels import concept_aliases, member_words
from qa.lexicon import content_tokens, match_label

_GENERIC = {"segment", "segments", "member", "members", "and", "of", "the", "total", "other", "operating",
            "reportable", "business", "geographic", "geographical", "region", "product", "products",
            "service", "services", "line"}
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Candidate:
    """A concept (and member) a phrase names, with the filing's facts for it (period-filtered)."""

    concept: str
    label: str
    group: str | None
    member: str | None
    axis: str | None
    score: float
    labels: list[str] = field(default_factory=list)  # printed row labels of the concept's cells
    facts: list[XbrlFact] = field(default_factory=list)


@dataclass
class MemberMatch:
    axis: str
    member: str
    score: float
    covered: set[int]  # indexes of the phrase words the member's words cover


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def member_said(member: str, phrase: str) -> bool:
    """Every word of the member's name but the generic ones ("segment", "business") is a word of
    the phrase: "Cash and cash equivalents" says the Cash member, "Operating income" no Europe."""
    return {_stem(w) for w in member_words(member) if w not in _GENERIC} <= {_stem(w) for w in _words(phrase)}


def _match_member(words: list[str], member: str) -> tuple[float, set[int]]:
    """Share of the member's core words found in the phrase, and the phrase words they cover.
    Words run together on either side match ('iphone' <- 'i' 'phone'; 'home' 'and' -> 'homeand');
    the covered words must sit together (gaps of at most two words)."""
    mw = [_stem(w) for w in member_words(member)]
    if not mw:
        return 0.0, set()
    pw = [_stem(w) for w in words]
    covered: set[int] = set()
    found = [False] * len(mw)
    for i in range(len(pw)):
        for j in range(i + 1, min(len(pw), i + 3) + 1):
            joined = "".join(pw[i:j])
            for a in range(len(mw)):
                for b in range(a + 1, len(mw) + 1):
                    if (j - i == 1 or b - a == 1) and "".join(mw[a:b]) == joined:
                        covered.update(range(i, j))
                        for k in range(a, b):
                            found[k] = True
    core = [k for k, w in enumerate(mw) if w not in _GENERIC] or list(range(len(mw)))
    share = sum(found[k] for k in core) / len(core)
    spots = sorted(covered)
    if any(b - a > 3 for a, b in zip(spots, spots[1:])):
        return 0.0, set()
    return share, covered


_PER_SHARE = re.compile(r"\bper\s+(?:\w+\s+)?share\b|\beps\b|\bper-share\b", re.IGNORECASE)
_SHARE_COUNT = re.compile(r"\bshares\b|\bshare\s+count\b|\bnumber\s+of\b", re.IGNORECASE)


def _unit_fit(phrase: str, unit: str | None) -> float:
    """A per-share or share-count concept answers a phrase that asks for one."""
    per_share = bool(_PER_SHARE.search(phrase))
    if unit == "USD/share":
        return 1.0 if per_share else 0.8
    if unit == "shares":
        return 1.0 if _SHARE_COUNT.search(phrase) and not per_share else 0.8
    if unit == "USD" and per_share:
        return 0.8
    return 1.0


def _same_period(fact_period: str | None, period: str | None) -> bool:
    """An exact period, or a date: the instant, or a duration ending on it."""
    if period is None:
        return True
    if fact_period is None:
        return False
    if fact_period == period:
        return True
    return "/" not in period and fact_period.split("/")[-1] == period


class XbrlVocabulary:
    """The tagged concepts and members of one parsed filing; see the module docstring."""

    def __init__(self, parsed: ParsedFiling) -> None:
        self.parsed = parsed
        self.by_concept: dict[str, list[XbrlFact]] = {}
        self.members: dict[str, str] = {}  # member -> axis
        self.printed: dict[str, set[tuple[str, str | None]]] = {}  # concept -> {(row label, heading)}
        tables = {t.id: t for t in parsed.tables}
        for f in parsed.xbrl:
            self.by_concept.setdefault(f.concept, []).append(f)
            for axis, member in f.dimensions.items():
                if ":" in member:  # explicit members only; a typed member is a value
                    self.members.setdefault(member, axis)
            src = f.source
            # a dimensioned fact's row often names its member ('Research and development' in a
            # table of stock-based compensation by line item), not the concept: labels from plain facts only
            if f.kind == "table" and not f.dimensions and src is not None and src.table_id in tables:
                table = tables[src.table_id]
                if src.row is not None and src.row < len(table.rows):
                    row = table.rows[src.row]
                    self.printed.setdefault(f.concept, set()).add((row.label, row.parent or table.title))
        self._facts_by_id = {(x.source.start, x.source.end, x.source.table_id): x for x in parsed.facts}
        self._line_item_members: frozenset[str] | None = None
        self._tags_by_fact: dict[str, list[XbrlFact]] = {}  # a parsed cell or figure's id -> the tags it prints
        for tag in parsed.xbrl:
            fact = self.fact_for(tag)
            if fact is not None:
                self._tags_by_fact.setdefault(fact.id, []).append(tag)

    # ------------------------------------------------------------------ members
    def match_members(self, phrase: str) -> list[MemberMatch]:
        """Members the phrase names, best first (only members whose every core word appears)."""
        words = _words(phrase)
        out = []
        for member, axis in self.members.items():
            share, covered = _match_member(words, member)
            if share == 1.0:
                out.append(MemberMatch(axis, member, share, covered))
        # a longer member name that the phrase spells out beats a shorter one it contains
        out.sort(key=lambda m: (-len(m.covered), -len(member_words(m.member)), m.member))
        return out

    def member_tokens(self, member: str) -> frozenset[str]:
        """The member's name as line-item tokens ('GeneralAndAdministrativeExpenseMember' -> {'gna'})."""
        return frozenset(content_tokens(" ".join(member_words(member))))

    def line_item_members(self) -> frozenset[str]:
        """Members that restate a line item the filer also tags as a concept of its own: the G&A or
        R&D member of a table of stock-based compensation by income-statement line. Naming their
        words names that line item, not a part of another one."""
        if self._line_item_members is None:
            own = {frozenset(content_tokens(text)) for facts in self.by_concept.values()
                   if any(not f.dimensions for f in facts) for text in (facts[0].label, facts[0].group) if text}
            self._line_item_members = frozenset(m for m in self.members if self.member_tokens(m) in own - {frozenset()})
        return self._line_item_members

    def restated_members(self, items: list[str]) -> set[str]:
        """The line-item members (above) that an item names and nothing more: "general and
        administrative expenses" asks for the G&A line, while "stock-based compensation in G&A" asks
        for a part of stock-based compensation."""
        out: set[str] = set()
        for item in items:
            toks = set(content_tokens(item)) if item else set()
            if toks:
                out |= {m.member for m in self.match_members(item)
                        if m.member in self.line_item_members() and toks <= self.member_tokens(m.member)}
        return out

    # ------------------------------------------------------------------ concepts
    def concept_score(self, phrase: str, concept: str) -> float:
        """How well `phrase` names the concept: the best match_label over its standard label, its
        group and its printed row labels, a little more where its own label agrees, times the fit of
        its unit (a per-share concept for a per-share question)."""
        facts = self.by_concept.get(concept) or []
        if not facts or not phrase.strip():
            return 0.0
        # (label, heading, weight): the concept's own words and the filer's printed labels count
        # in full; edgartools' standard group and its learned aliases a little less (learned
        # mappings are noisy: an acquisition-costs concept grouped as restructuring)
        sources: list[tuple[str, str | None, float]] = [(facts[0].label, None, 1.0)]
        if facts[0].group:
            sources.append((facts[0].group, None, 0.95))
        sources += [(alias, None, 0.9) for alias in concept_aliases(concept)]
        sources += [(label, parent, 1.0) for label, parent in
                    sorted(self.printed.get(concept, ()), key=lambda s: (s[0], s[1] or ""))]
        best = max(weight * match_label(phrase, label, parent) for label, parent, weight in sources if label)
        if best <= 0:
            return 0.0
        own = match_label(phrase, facts[0].label)
        return (best + 0.05 * own) * _unit_fit(phrase, facts[0].unit)

    def lookup(self, line_item: str, member: str | None = None, period: str | None = None,
               limit: int = 10) -> list[Candidate]:
        """Concepts (with a member where the phrase names one) ranked for `line_item`; each
        candidate carries the filing's facts for it, restricted to `period` when given
        ('2024-06-29' matches the instant and the durations ending then)."""
        phrase = f"{line_item} {member}" if member else line_item
        words = _words(phrase)
        named = self.match_members(phrase)
        out: list[Candidate] = []
        # the dimensionless facts of concepts the phrase names (a total, or an own line item)
        for concept, facts in self.by_concept.items():
            score = self.concept_score(line_item if member else phrase, concept)
            if score <= 0:
                continue
            plain = [f for f in facts if not f.dimensions and _same_period(f.period, period)]
            if plain:
                out.append(self._candidate(concept, None, None, score, plain))
        # with a member: the remaining words name the line item
        for m in named[:5]:
            rest = " ".join(w for i, w in enumerate(words) if i not in m.covered)
            if not rest.strip() and m.member in self.line_item_members():
                continue  # the phrase is that line item's own name: its concept answers, not its parts
            for concept, facts in self.by_concept.items():
                tagged = [f for f in facts if f.dimensions.get(m.axis) == m.member and _same_period(f.period, period)]
                if not tagged:
                    continue
                # a phrase that is all member names no line item: any concept is a weak guess
                score = self.concept_score(rest, concept) if rest.strip() else 0.3
                if score <= 0:
                    continue
                out.append(self._candidate(concept, m.member, m.axis, score * m.score + 0.05, tagged))
        out.sort(key=lambda c: (-c.score, c.member is not None, c.concept, c.member or ""))
        return out[:limit]

    def _candidate(self, concept: str, member: str | None, axis: str | None, score: float,
                   facts: list[XbrlFact]) -> Candidate:
        first = facts[0]
        printed = sorted({label for label, _ in self.printed.get(concept, ())})
        ordered = sorted(facts, key=lambda f: (len(f.dimensions), _period_key(f.period)), reverse=False)
        return Candidate(concept, first.label, first.group, member, axis, round(score, 4), printed, ordered)

    # ------------------------------------------------------------------ facts
    def facts(self, concept: str, member: str | None = None, period: str | None = None,
              axis: str | None = None) -> list[XbrlFact]:
        """The filing's tagged facts for a concept: with `member` (on `axis`, or any axis), those
        carrying it, fewest other dimensions first; without, the dimensionless ones. Latest period first."""
        out = []
        for f in self.by_concept.get(concept, []):
            if not _same_period(f.period, period):
                continue
            if member is None:
                if f.dimensions:
                    continue
            elif not any(m == member and (axis is None or a == axis) for a, m in f.dimensions.items()):
                continue
            out.append(f)
        out.sort(key=lambda f: (len(f.dimensions), _period_key(f.period)))
        return out

    def tags_of(self, fact: Fact) -> list[XbrlFact]:
        """The tags a parsed cell or prose figure prints (none where the filer tagged none)."""
        return self._tags_by_fact.get(fact.id, [])

    def tag_for(self, fact: Fact) -> XbrlFact | None:
        """The dimensionless tag a parsed cell or prose figure prints, where the filer tagged one."""
        return next((t for t in self.tags_of(fact) if not t.dimensions and t.value is not None), None)

    def fact_for(self, tag: XbrlFact) -> Fact | None:
        """The parsed Fact (table cell or prose figure) that prints this tag, to cite."""
        if tag.source is None:
            return None
        src = tag.source
        return self._facts_by_id.get((src.start, src.end, src.table_id))


def _period_key(period: str | None) -> tuple:
    """Latest end first, then the shorter duration (a quarter before the year to date)."""
    if not period:
        return (1, "", "")
    start, _, end = period.partition("/")
    end = end or start
    inverted = "".join(chr(255 - ord(c)) for c in end)
    return (0, inverted, "".join(chr(255 - ord(c)) for c in start))


_CACHE: dict[tuple[str, str], XbrlVocabulary] = {}


def vocabulary(parsed: ParsedFiling) -> XbrlVocabulary:
    """The filing's vocabulary, built once per filing content."""
    key = (parsed.filing.id, parsed.filing.content_hash)
    vocab = _CACHE.get(key)
    if vocab is None or vocab.parsed is not parsed and len(vocab.parsed.xbrl) != len(parsed.xbrl):
        if len(_CACHE) > 32:
            _CACHE.clear()
        vocab = _CACHE[key] = XbrlVocabulary(parsed)
    return vocab


def lookup(parsed: ParsedFiling, line_item: str, member: str | None = None, period: str | None = None,
           limit: int = 10) -> list[Candidate]:
    """Ranked concepts (and members) for a line-item phrase; see XbrlVocabulary.lookup."""
    return vocabulary(parsed).lookup(line_item, member=member, period=period, limit=limit)


def tagged_facts(parsed: ParsedFiling, concept: str, member: str | None = None, period: str | None = None,
                 axis: str | None = None) -> list[XbrlFact]:
    """The filing's tagged facts for a concept (and member, period); see XbrlVocabulary.facts."""
    return vocabulary(parsed).facts(concept, member=member, period=period, axis=axis)

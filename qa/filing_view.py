"""One filing, prepared for answering: its labels, prose periods, sentences and calendar.

`FilingView` does the work that depends only on the filing, once per filing and store
generation, so a question costs only rule matching: row labels grouped (with word columns such as
vote "For"/"3 Years"), the filing's label vocabulary, the period each prose figure's sentence names
for it, "respectively" runs, and how well a prose figure fits an asked line item.

    view = FilingView(parsed, store.chunks(parsed.filing.id))
    view.table_candidates("total revenues", context=set())[:3]
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from datetime import date

from index.models import Fact, FilingMeta, ParsedFiling
from index.prose import FROM_FIGURE
from qa.cite import SourceIndex
from qa.lexicon import CONCEPT_TOKENS, column_measure, concepts, content_tokens, is_total_row, match_label, normalize, tokens
from qa.question import (
    Calendar,
    PeriodSpec,
    find_periods,
    fiscal_calendar,
    months_of,
    period_days,
    resolve,
)

_POSSESSIVE = re.compile(r"\b([A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*){0,3})['’]s\b")
_NOT_NAMES = {"what", "that", "it", "there", "here", "let", "who", "how", "where", "company", "the", "this", "year", "quarter",
              "has", "have", "had", "did", "does", "do", "is", "was", "were", "are", "will", "can", "could", "should", "based",
              "according", "in", "for", "from", "by", "of", "and", "or", "if", "when", "which", "why", "as",
              "today", "group", "firm", "registrant", "management", "inc", "corp", "corporation", "fiscal", "q1", "q2", "q3", "q4"}
_NOT_A_PART = {"total", "net", "other", "consolidated", "gross", "operating"}  # words no part is named by alone
# words of many companies' names: "Simon Property Group" is not named by "Property"
_CORPORATE_WORDS = {"property", "properties", "realty", "trust", "holdings", "holding", "bank", "bancorp", "bancshares",
                    "financial", "energy", "capital", "partners", "international", "industries", "systems", "technologies",
                    "technology", "brands", "resources", "petroleum", "insurance", "mutual", "services", "solutions",
                    "global", "american", "national", "united", "first", "pharmaceuticals", "therapeutics", "health",
                    "motors", "communications", "entertainment", "restaurants", "stores", "foods", "co", "ltd", "plc", "llc"}
_NEUTRAL_MODIFIERS = {"total", "net", "consolidated", "reported", "gaap", "quarterly", "annual", "our", "its"}
# words shaped like verbs (past forms, -ing forms, common question verbs): dropped from a line item
# when no label of the filing carries them
_VERB_SHAPED = re.compile(r"[a-z]{3,}(?:ed|ing)|(?:receive|fall|drop|decline|exceed|outpace|surpass|earn|hold|record|"
                          r"favor|favour|collect|distribute|pay|cast|grant|award|owe|spend|make|take|see|come|go|get)s?")
_ING_FORM = re.compile(r"[a-z-]{3,}ing")
_RUN_SEP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s*)?")  # one way to split any gap: linear
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_BASE_OF_CHANGE = re.compile(r"\b(?:increase|decrease|decline|growth|rise|drop|improvement|gain|reduction|up|down|higher|lower)\b"
                             r"[^.;]*\b(?:from|over|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+)?$", re.I)
_COMPARED = re.compile(r"\bcompared\s+(?:to|with)\b|\bversus\b|\bvs\.?\s", re.I)
_TO_BETWEEN = re.compile(r"\s*(?:million|billion|thousand)?\s*to\s*\$?\s*", re.I)
# a list whose figures each name themselves after the figure: "with 2,512,534,467 shares in favor,
# 56,267,628 shares against and 3,974,372 shares abstaining." (words, then a comma or "and")
_TRAILING_GAP = re.compile(r"\s*(?P<d>[A-Za-z][A-Za-z'\u2019\- ]{0,40}?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_TRAILING_LAST = re.compile(r"\s*(?P<d>[A-Za-z][A-Za-z'\u2019\- ]{0,40}?)\s*[.;]?\s*")
MAX_TRAILING_WORDS = 4

def _spec_from_period(period: str) -> PeriodSpec:
    end = date.fromisoformat(period.split("/")[-1])
    return PeriodSpec(text=period, end=end, months=months_of(period), instant="/" not in period)


_PERIOD_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:months?|weeks?|quarters?|"
                           r"ended|ending|fiscal|year|years|ytd|q[1-4]|fy)\b|(?<!\d)(?:19|20)\d\d(?!\d)", re.I)
TITLE_DISCOUNT = 0.05  # a row whose own label (or heading) says the item ranks above one whose caption does
RANKED_KEPT = 512  # table_candidates results kept per filing (cleared when full)
CAPTION_MARGIN = 0.2  # how much better a caption's row must fit than every printed label to be read beside them
MEASURE_UNNAMED = 0.3  # a dated column's group whose row (a part) the question does not name in full
CAPTION_ONLY_BELOW = 0.5  # captions are read only where no printed label fits this well (qa/answer.py MIN_SCORE)
_YEAR_RX = re.compile(r"(?<!\d)(?:19[89]|20[0-4])\d(?!\d)")


# a rate that names a debt instrument: "6.125% Senior Notes due 2032", "4.50% Convertible Senior Notes"
# what a clause says of the figure that opens it: "$385.2 million remained available under the program"
_PREDICATE = re.compile(r"\s*(?:of\s+[a-z][\w\s-]{0,40}?\s+)?(?:remained|remains|remain|was|were|is|are|has been|had been)\s+"
                        r"(?P<what>[^,;.]{3,120})")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]|\band|\bwhile)\s*(?:approximately\s+|about\s+)?\(?\s*$", re.I)
# nouns a count is of (index/prose.py reads counts before them), as question tokens
_COUNTED_NOUNS = set(tokens("stores locations employees associates restaurants branches offices patients customers members "
                            "subscribers properties loans states countries holders facilities hotels centers sites clinics "
                            "franchises vessels aircraft homes units accounts contracts students physicians hospitals rigs "
                            "wells beds theaters screens leases"))
_PER_SHARE = re.compile(r"\s*per\s+(?:(?P<kind>diluted|basic)\s+)?(?:common\s+)?share\b", re.I)
_EARNINGS = {"netincome", "earn", "eps"}
_OTHER_PER_SHARE = {"dividend", "ffo", "book", "distribution", "fund", "operation", "operat", "adjust",
                    "nongaap", "cashequiv", "revenue"}
_COUPON = re.compile(r"\s*%?\s*(?P<name>(?:[A-Z][\w-]*\s+){0,3}(?:Notes|Debentures|Bonds|Term Loans?|Preferred (?:Stock|Shares)))\b")


_CHANGE_OVER = re.compile(r"\d\s?(?:%|percent)\s+(?:over|from|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+|a\s+)?$", re.I)
_COMPARED_WITH = re.compile(r"(?:year|quarter)[- ]over[- ](?:year|quarter)|yoy|y/y|q/q|qoq|sequential(?:ly)?", re.I)


class FilingView:
    """Everything about one filing that answering needs, computed once."""

    def __init__(self, parsed: ParsedFiling, chunks: list):
        self.parsed = parsed
        self.meta: FilingMeta = parsed.filing
        self.text = parsed.text
        self.index = SourceIndex(parsed, chunks)
        self.rows = {(t.id, i): (t, r) for t in parsed.tables for i, r in enumerate(t.rows)}
        self.table_order = {t.id: i for i, t in enumerate(parsed.tables)}
        self.table_facts = [f for f in parsed.facts if f.kind == "table"]
        self.text_facts = [f for f in parsed.facts if f.kind == "text"]
        self.facts_by_id = {f.id: f for f in parsed.facts}
        periods = [f.period for f in self.table_facts if f.period]
        self.calendar: Calendar = fiscal_calendar(self.meta, periods, self.text)
        # the month-long periods the tables report (a table of repurchases by month): "in August 2024" names one
        self.month_periods = sorted({p for p in periods if (d := period_days(p)) and 27 <= d <= 32})
        # table facts grouped by (label, parent) so each label is scored once per question; a
        # column that names no period (a year, "Payments Volume") is part of what a cell means,
        # so such cells are also grouped under "row label + column label"
        self.by_label: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
        self.column_of: dict[tuple[str, str | None], set[str]] = {}  # groups that carry a column's words
        self.columns_under: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # a plain label's column words
        self.measure_keys: dict[tuple[str, str | None], str] = {}  # label-and-column groups of dated columns -> row label
        for f in self.table_facts:
            self.by_label[(self.label_of(f), self.parent_of(f))].append(f)
            if f.column_label and (f.period is None or self._dated_by_row(f)):
                column = _YEAR_RX.sub(" ", f.column_label).strip()
                if tokens(column):
                    key = (f"{self.label_of(f)} {column}", self.parent_of(f))
                    self.by_label[key].append(f)
                    self.column_of[key] = set(tokens(column))
                    self.columns_under[(self.label_of(f), self.parent_of(f))] |= set(tokens(column))
            elif (measured := self._measured_label(f)) is not None:
                # a dated column that says what it measures ("Net Sales Q3 2025" beside "Operating EBITDA
                # Q3 2025" over rows of segments): the row's cells of that measure are a group of their own
                key = (measured, self.parent_of(f))
                self.by_label[key].append(f)
                self.measure_keys[key] = self.label_of(f)
                self.column_of[key] = set(tokens(column_measure(f.column_label)))
                self.columns_under[(self.label_of(f), self.parent_of(f))] |= self.column_of[key]
        self.own_keys = list(self.by_label)  # the row labels (and label-and-column groups) as printed
        # a row under its table's caption ("Net sales by segment were as follows:", "total purchase
        # commitments are as follows:"), one group per table: what the rows are of where the row label
        # does not say it ("Cabinets", "2011"). Scored only where no printed label fits (`table_candidates`).
        self.caption_keys: dict[tuple[str, str], tuple[str, str | None]] = {}  # caption group -> its printed label
        self.caption_rows: dict[tuple[str, str], str] = {}  # a caption group with its column's words -> the row label
        titles = {t.id: t.title for t in parsed.tables if t.title}
        self.table_titles = titles
        for f in self.table_facts:
            title = titles.get(f.source.table_id)
            if title:
                parent = self.parent_of(f)
                key = (self.label_of(f), f"{parent} ({title})" if parent else title)
                if key not in self.by_label:
                    self.caption_keys[key] = (self.label_of(f), parent)
                self.by_label[key].append(f)
                measured = self._measured_label(f) if f.period else None
                if measured is not None:
                    # "Veltrana" under "Worldwide" of "Selected Product Revenue": the row, its column and the caption
                    # say together what the cell is ("Veltrana worldwide sales")
                    printed = (measured, parent)
                    mkey = (measured, key[1])
                    if mkey not in self.by_label:
                        self.caption_keys[mkey] = printed
                        self.caption_rows[mkey] = self.label_of(f)
                    self.by_label[mkey].append(f)
        self._prose_period: dict[str, PeriodSpec | None] = {}
        self._sentence_facts: dict[tuple[int, int], list[Fact]] = defaultdict(list)
        self._span_of: dict[str, tuple[int, int]] = {}
        for f in self.text_facts:
            span = self.index.sentence_of(f.source.start, f.source.end)
            self._sentence_facts[span].append(f)
            self._span_of[f.id] = span
        self._sentence_tokens: list[tuple[int, int, set[str]]] | None = None
        self._label_vocab: set[str] | None = None
        self._idf: dict[str, float] | None = None
        self._lower_text: str | None = None
        self._normalized_text: set[str] | None = None
        self._sent_tok_cache: dict[tuple[int, int], set[str]] = {}
        self._clause_cache: dict[str, set[str]] = {}
        self._trailing: dict[str, tuple[str, str] | None] = {}
        self._clause_seq: dict[str, tuple[str, ...]] = {}
        self._cells: dict[str, list[Fact]] | None = None
        self._ranked: dict[tuple[str, frozenset], list[tuple[float, str, str | None]]] = {}
        self._positive_twins: set | None = None
        self._part_labels: list[tuple[str, frozenset]] | None = None

    @property
    def part_labels(self) -> list[tuple[str, frozenset]]:
        """The row labels with their words, not a bare "Total" or "Other": the parts a question may
        name (qa/fit_check.py `named_part_problems`)."""
        if self._part_labels is None:
            seen: dict[frozenset, str] = {}
            for label, _ in self.own_keys:
                # "China (including Hong Kong)" is named by "China": what the parentheses add only qualifies it
                words = frozenset(t for t in tokens(re.sub(r"\([^)]*\)", " ", label)) if t not in _NOT_A_PART)
                if words and not is_total_row(label):
                    seen.setdefault(words, label)
            self._part_labels = [(label, words) for words, label in seen.items()]
        return self._part_labels

    @property
    def positive_twins(self) -> set:
        """(value, period, unit) of every positive table figure: a deduction printed elsewhere as its
        negative is the same amount (qa/fit_check.py `deduction_problems`)."""
        if self._positive_twins is None:
            self._positive_twins = {(f.value, f.period, f.unit) for f in self.table_facts if f.value is not None and f.value > 0}
        return self._positive_twins

    def _measured_label(self, f: Fact) -> str | None:
        """The row label with what its column measures beyond the period, years left out ("Specialty
        Polymers Net Sales" of "Net Sales Q3 2025"); None where the column only dates."""
        measure = column_measure(f.column_label or "")
        return " ".join(f"{self.label_of(f)} {_YEAR_RX.sub(' ', measure)}".split()) if measure else None

    def _dated_by_row(self, f: Fact) -> bool:
        """A cell whose column names no period, dated by its row or the period heading above it
        ("December 31, 2019" over "Transaction related"): its column's words still say what it is."""
        table, _ = self.rows[(f.source.table_id, f.source.row)]
        return f.source.column < len(table.columns) and table.columns[f.source.column].period is None

    # lazily built: most questions never need them, and a store may hold thousands of filings
    def prose_period(self, f: Fact) -> PeriodSpec | None:
        if f.id not in self._prose_period:
            span = self._span_of.get(f.id) or self.index.sentence_of(f.source.start, f.source.end)
            self._infer_prose_periods(span, self._sentence_facts.get(span, [f]))
        return self._prose_period.get(f.id)

    @property
    def sentence_tokens(self) -> list[tuple[int, int, set[str]]]:
        if self._sentence_tokens is None:
            self._sentence_tokens = [(a, b, set(tokens(self.text[a:b]))) for a, b in self.index.sentences]
        return self._sentence_tokens

    @property
    def idf(self) -> dict[str, float]:
        if self._idf is None:
            df = Counter(t for _, _, toks in self.sentence_tokens for t in toks)
            n = max(1, len(self.sentence_tokens))
            self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        return self._idf

    def foreign_name(self, question: str) -> str | None:
        """A name the question asks about in the possessive ("Microsoft's revenue") that appears
        nowhere in this filing: another company, so this filing cannot answer."""
        for m in _POSSESSIVE.finditer(question):
            name = m.group(1).strip()
            words = [w for w in re.findall(r"[A-Za-z0-9&\-]+", name) if w.lower() not in _NOT_NAMES]
            if not words:
                continue
            if self._lower_text is None:
                self._lower_text = " ".join(self.text.lower().split()) + " " + (self.meta.company or "").lower() + " " + self.meta.id.lower()
            # "Simon Property's FFO" asked of a filing that says "same-property": the name's own first
            # word, not a word any company may carry ("Property", "Bank", "Energy"), decides
            own = [w for w in words if w.lower() not in _CORPORATE_WORDS] or words
            if own[0].lower() not in self._lower_text and not self._spelled_out(own[:1]):
                return name
        return None

    def _spelled_out(self, words: list[str]) -> bool:
        """A word the filing spells out ("CFO's" of a filing that names its Chief Financial
        Officer): the filing's text rewritten as questions are (qa/lexicon.py), built on first use."""
        if self._normalized_text is None:
            self._normalized_text = set(re.findall(r"[a-z0-9&\-]+", normalize(self.text)))
        return any(w.lower() in self._normalized_text for w in words)

    # labels ------------------------------------------------------------------------------
    def cells_of(self, table_id: str) -> list[Fact]:
        """The figures of one table, in row then column order (grouped once, on first use)."""
        if self._cells is None:
            self._cells = defaultdict(list)
            for f in sorted(self.table_facts, key=lambda f: (f.source.row, f.source.column)):
                self._cells[f.source.table_id].append(f)
        return self._cells.get(table_id, [])

    def same_column(self, f: Fact) -> list[Fact]:
        """The figures of `f`'s table and column (itself among them), in row order."""
        return [g for g in self.cells_of(f.source.table_id) if g.source.column == f.source.column]

    def cells_by_row(self, table_id: str) -> dict[int, list[Fact]]:
        """The figures of one table grouped by row, each row's in column order."""
        rows: dict[int, list[Fact]] = {}
        for f in self.cells_of(table_id):
            rows.setdefault(f.source.row, []).append(f)
        return rows

    def row(self, f: Fact):
        return self.rows.get((f.source.table_id, f.source.row), (None, None))

    def label_of(self, f: Fact) -> str:
        _, row = self.row(f)
        return row.label if row is not None else f.label

    def first_in_sentence(self, f: Fact) -> bool:
        """The prose figure is the first its sentence states."""
        span = self._span_of.get(f.id) or self.index.sentence_of(f.source.start, f.source.end)
        others = self._sentence_facts.get(span, [f])
        return min(g.source.start for g in others) >= f.source.start

    def table_scale(self, f: Fact) -> int:
        """The power of ten the cell's table applies to money ("in thousands": 3); 0 for prose."""
        table, _ = self.row(f)
        return table.scale_power if table is not None else 0

    def parent_of(self, f: Fact) -> str | None:
        _, row = self.row(f)
        return row.parent if row is not None else None

    def sentence_tokens_of(self, f: Fact) -> set[str]:
        span = self.index.sentence_of(f.source.start, f.source.end)
        if span not in self._sent_tok_cache:
            self._sent_tok_cache[span] = set(tokens(self.text[span[0]:span[1]]))
        return self._sent_tok_cache[span]

    def clause_seq(self, f: Fact) -> tuple[str, ...]:
        self.clause_tokens(f)
        return self._clause_seq[f.id]

    def trailing_names(self, f: Fact) -> tuple[str, str] | None:
        """(the sentence's words before its first figure, the words that follow `f`) where every
        figure of the sentence is named after itself, as vote counts are ("1,806,791,973 shares
        in favor, 508,390,449 shares against ..."); None for the usual sentence. Read once per figure:
        every item's prose score asks it."""
        if f.id not in self._trailing:
            self._trailing[f.id] = self._read_trailing_names(f)
        return self._trailing[f.id]

    def _read_trailing_names(self, f: Fact) -> tuple[str, str] | None:
        a, b = self.index.sentence_of(f.source.start, f.source.end)
        figures = sorted(self._sentence_facts.get((a, b), []), key=lambda g: g.source.start)
        if len(figures) < 2:
            return None
        names = []
        for g, h in zip(figures, figures[1:] + [None]):
            gap = self.text[g.source.end:h.source.start if h is not None else b]
            # the last may be followed by more of the list that holds no figure read ("... and 250,464,124 broker non-votes")
            m = _TRAILING_GAP.fullmatch(gap) if h is not None else (_TRAILING_LAST.fullmatch(gap) or _TRAILING_GAP.match(gap))
            if m is None or len(m["d"].split()) > MAX_TRAILING_WORDS:
                return None
            names.append(m["d"])
        return self.text[a:figures[0].source.start], names[figures.index(f)]

    def prose_label(self, f: Fact) -> str:
        """The words that name a prose figure, to quote: its label, or for a figure of a list named
        after itself the figure and its name ("508,390,449 shares against")."""
        trailing = self.trailing_names(f)
        if trailing is None:
            return f.label
        return f"{self.text[f.source.start:f.source.end]} {trailing[1]}"

    def clause_tokens(self, f: Fact) -> set[str]:
        """Words between the previous figure of the sentence (or its start) and this figure; in a
        list of figures each named after itself, the figure's own name (the sentence's lead, which
        names the list, counts as the sentence's words do)."""
        if f.id not in self._clause_cache:
            trailing = self.trailing_names(f)
            if trailing is not None:
                self._clause_seq[f.id] = tokens(trailing[1])
                self._clause_cache[f.id] = set(self._clause_seq[f.id])
                return self._clause_cache[f.id]
            a, b = self.index.sentence_of(f.source.start, f.source.end)
            sentence_facts = self._sentence_facts.get(self.index.sentence_of(f.source.start, f.source.end), [])
            before = [g for g in sentence_facts if g.source.end <= f.source.start]
            prev_end = max([g.source.end for g in before] + [a])
            # the words an earlier figure's "of" named ("$1.1 billion of cash and cash equivalents and $3.8 billion")
            named_upto = min(max([self._label_reach(g) for g in before] + [a]), f.source.start)
            head = self.text.rfind(f.label[:24], a, f.source.end) if f.label else -1
            lead = min(prev_end, head) if head >= 0 else prev_end
            lead = self.text.rfind(" ", a, max(a, lead - 1)) if lead > a else a  # the word before the phrase
            lead = max(lead, named_upto) if named_upto > prev_end else lead
            if len(self.respectively_run(f)) > 1:
                lead = a  # "bonuses for 2023 and 2024 equal to $75,000 and $112,500, respectively": one clause for all
            self._clause_seq[f.id] = tokens(self.text[max(a, lead):f.source.end])
            compared = max((g for g in sentence_facts if g.source.end <= f.source.start and g.unit == f.unit),
                           key=lambda g: g.source.end, default=None)
            if compared is not None and FROM_FIGURE.fullmatch(self.text[compared.source.end:f.source.start]):
                # "margin was 19.1%, compared with 21.8% in the prior year period": the figure compared with is
                # of the same line item as the one before it
                self._clause_seq[f.id] = tuple(self.clause_seq(compared)) + tuple(self._clause_seq[f.id])
            coupon = _COUPON.match(self.text, f.source.end) if f.unit == "percent" else None
            if coupon:  # "6.125% Senior Notes due 2032": the rate is the notes' interest rate
                self._clause_seq[f.id] += tokens(f"{coupon['name']} interest rate coupon")
            predicate = _PREDICATE.match(self.text, f.source.end, min(b, f.source.end + 160))
            if predicate and _OPENS_CLAUSE.search(self.text[max(a, prev_end):f.source.start]):
                # "$385.2 million remained available under the share repurchase program": a figure that
                # opens its clause is named by what the clause says of it
                self._clause_seq[f.id] += tokens(predicate.group("what"))
            per_share = _PER_SHARE.match(self.text, f.source.end) if f.unit == "USD/share" else None
            if per_share and self.sentence_tokens_of(f) & _EARNINGS and not set(self._clause_seq[f.id]) & _OTHER_PER_SHARE:
                # "net income of $17.9 million, or $0.15 per diluted share": the amount per share of the
                # sentence's earnings is its EPS
                self._clause_seq[f.id] += tokens(f"{per_share['kind'] or ''} earnings per share")
            self._clause_cache[f.id] = set(self._clause_seq[f.id])
        return self._clause_cache[f.id]

    def _label_reach(self, g: Fact) -> int:
        """Where the words naming a prose figure end: past it where its label runs on ("$1.1 billion of
        cash and cash equivalents"), so the next figure's clause starts after them."""
        tail = " ".join((g.label or "").split())[-16:]
        printed = " ".join((g.as_printed or "").split())
        if not tail or not printed or tail.endswith(printed[-len(tail):]):
            return g.source.end
        at = self.text.find(tail, g.source.end, g.source.end + 240)
        return at + len(tail) if at >= 0 else g.source.end

    def respectively_run(self, f: Fact) -> list[Fact]:
        """The figures of "$25,000 and $150,000, respectively" that `f` belongs to, in order; [f] if none."""
        span = self._span_of.get(f.id) or self.index.sentence_of(f.source.start, f.source.end)
        run: list[Fact] = []
        for g in sorted(self._sentence_facts.get(span, []), key=lambda g: g.source.start):
            if run and _RUN_SEP.fullmatch(self.text[run[-1].source.end:g.source.start]) and g.unit == run[-1].unit:
                run.append(g)
                continue
            if f in run:
                break
            run = [g]
        if f in run and len(run) > 1 and _RESPECTIVELY.match(self.text, run[-1].source.end):
            return run
        return [f]

    # prose periods ---------------------------------------------------------------------------
    def _infer_prose_periods(self, span: tuple[int, int], facts: list[Fact]) -> None:
        """Give each prose figure the period its sentence names for it.

        A period written after a figure (up to the next figure) belongs to it ("$11.6 million in
        1Q FY2012"); a change ("decreased 0.7 percent") takes the period before it; "respectively"
        pairs figures and periods in order; otherwise the nearest period in the sentence.
        """
        a, b = span
        sentence = self.text[a:b]
        specs = [resolve(p, self.calendar) for p in find_periods(sentence, self.calendar)]
        # a fiscal name the filing's calendar cannot place stays unplaced in prose (the question side may read
        # "fiscal year 2024" as the year ending in 2024; a sentence listing several fiscal years is too easily misread)
        specs = [s for s in specs if s.end is not None and not (s.fiscal and self.calendar.current_end is None)]
        # "an increase of 24% year-over-year" says what a change is measured against, not when a figure is
        # ... and so does "an increase of 9% over the prior year": the earlier period a rate of change is over
        specs = [s for s in specs if not _COMPARED_WITH.fullmatch(s.text.strip())
                 and not (s.relative in ("year_earlier", "quarter_earlier") and _CHANGE_OVER.search(sentence[:s.start]))]
        facts = sorted(facts, key=lambda f: f.source.start)
        for f in facts:
            if f.period:
                # "were $99.1 billion as of August 31, 2024": a date written right after the figure is its own
                right_after = [s for s in specs if 0 <= s.start + a - f.source.end <= 3]
                self._prose_period[f.id] = right_after[0] if right_after else _spec_from_period(f.period)
        todo = [f for f in facts if not f.period]
        if not todo or not specs:
            for f in todo:
                self._prose_period[f.id] = None
            return
        if re.search(r"\brespectively\b", sentence, re.I):
            money = [f for f in todo if f.unit != "percent"]
            before = [s for s in specs if s.start + a < (money[0].source.start if money else b)]
            if money and len(before) >= 2 and len(money) % len(before) == 0:
                k = len(before)
                for i, f in enumerate(money):
                    self._prose_period[f.id] = before[i % k] if len(money) == k else before[i // (len(money) // k)]
                for f in todo:
                    self._prose_period.setdefault(f.id, None)
                return
            # "Interest expense was $118 million, $109 million and $96 million in 2023, 2022 and 2021, respectively"
            after = [s for s in specs if money and s.start + a >= money[-1].source.end]
            if money and len(after) >= 2 and len(after) == len(money):
                for f, spec in zip(money, after):
                    self._prose_period[f.id] = spec
                for f in todo:
                    self._prose_period.setdefault(f.id, None)
                return
        for f in todo:
            # neighbours in the same unit: "$1.3 billion (18 percent of net sales) in fiscal 2013" — the
            # percentage in parentheses does not end the dollar figure's reach
            positions = [g.source.start - a for g in facts if g.unit == f.unit or f.unit == "percent"]
            pos, end = f.source.start - a, f.source.end - a
            nxt = min([p for p in positions if p > pos] + [len(sentence)])
            prv = max([p for p in positions if p < pos] + [0])
            # "$8.92 billion, an increase of 5% from fiscal 2023": the period a change is measured from is not the figure's
            # "$1.02, compared with $1.15 in the third quarter of 2024": the period after a compared figure is that figure's
            after = [s for s in specs if end <= s.start < nxt and not _BASE_OF_CHANGE.search(sentence[end:s.start])
                     and not (_COMPARED.search(sentence[end:s.start]) and any(end <= g.source.start - a < s.start for g in facts))]
            before_near = [s for s in specs if prv <= s.start < pos]
            before_any = [s for s in specs if s.start < pos]
            # "$18.6 million, adding 4.1 points ..., compared with $27.3 million, or 6.4 points, a year
            # ago": a period past the comparison belongs to the figures compared with
            after_any = [s for s in specs if s.start >= end and not _COMPARED.search(sentence[end:s.start])
                         and not _BASE_OF_CHANGE.search(sentence[end:s.start])]
            change = re.search(r"(?:increas|decreas|declin|ris|fell|grew|gain|drop)\w*\s*(?:by\s*)?$", sentence[max(0, pos - 25):pos], re.I)
            if change:
                order = [before_near, before_any[-1:] if before_any else [], after, after_any[:1]]
            else:
                order = [after, before_near, before_any[-1:] if before_any else [], after_any[:1]]
            chosen = next((lst[0] if lst is after or lst is after_any else lst[-1] for lst in order if lst), None)
            # "the increase in earnings in 2002 ... from $128 million to $201 million": the figure the
            # change starts from is the period before the one named, where no period of its own follows it
            if chosen is not None and not after and _FROM_BEFORE.search(sentence[max(0, pos - 12):pos]) \
                    and any(_TO_BETWEEN.fullmatch(sentence[end:g.source.start - a]) for g in facts if g.unit == f.unit):
                chosen = resolve(PeriodSpec(text="a year earlier", relative="year_earlier"), self.calendar, chosen)
            # "the combined ratio improved to 93.4% from 96.8% in the second quarter of 2023": a period
            # named only after the figure a change started from is that figure's, not this one's
            if chosen is not None and not after and before_any == [] and any(
                    FROM_FIGURE.fullmatch(sentence[end:g.source.start - a]) for g in facts
                    if g.unit == f.unit and g.source.start > f.source.start):
                chosen = None
            self._prose_period[f.id] = chosen

    # candidates --------------------------------------------------------------------------------
    @property
    def label_vocab(self) -> set[str]:
        """Every word of the filing's row labels, headings and column labels."""
        if self._label_vocab is None:
            vocab: set[str] = set()
            for label, parent in self.own_keys:
                vocab.update(tokens(label))
                vocab.update(tokens(parent or ""))
                vocab.update(re.findall(r"[a-z]+", f"{label} {parent or ''}".lower()))  # raw words: "operating" in "Total operating expenses"
            for f in self.table_facts:
                vocab.update(tokens(f.column_label or ""))
                vocab.update(re.findall(r"[a-z]+", (f.column_label or "").lower()))
            self._label_vocab = vocab
        return self._label_vocab

    def table_phrase(self, item: str) -> str:
        """`item` without verb-shaped words that no label of the filing carries ("interest
        distributed on ...", "votes favored holding ..."): they describe the question, not the row."""
        words = item.split()
        vocab = self.label_vocab

        def modifies(i: int) -> bool:  # "nonperforming loans", "outstanding shares": a participle before a noun of the filing's
            return i + 1 < len(words) and _ING_FORM.fullmatch(words[i].lower().strip("?,.")) is not None \
                and bool(set(tokens(words[i + 1])) & vocab)

        kept = [w for i, w in enumerate(words) if not (_VERB_SHAPED.fullmatch(w.lower().strip("?,.")) and w.lower().strip("?,.") not in vocab
                                                       and not set(tokens(w)) & vocab and not modifies(i))]
        if concepts(" ".join(kept)) != concepts(item):
            kept = words  # a dropped word was part of an analyst phrase ("operating" in "operating expenses")
        return " ".join(kept) if any(tokens(w) for w in kept) else item

    def table_candidates(self, item: str, context: set[str]) -> list[tuple[float, str, str | None]]:
        """Row-label groups ranked by how well they fit `item` (best first, score > 0); a question asks
        the same item several times (the rules, their runners-up, the candidates), so results are kept."""
        key = (item, frozenset(context))
        ranked = self._ranked.get(key)  # one lookup: another request's thread may clear the dict meanwhile
        if ranked is None:
            ranked = self._rank_labels(item, context)
            if len(self._ranked) >= RANKED_KEPT:
                self._ranked.clear()
            self._ranked[key] = ranked
        return list(ranked)

    def _rank_labels(self, item: str, context: set[str]) -> list[tuple[float, str, str | None]]:
        out = []
        item = self.table_phrase(item)
        asked = set(tokens(item))
        own = {key: match_label(item, *key) for key in self.own_keys}
        scored = list(own.items())
        # a dated column's group ("Europe Net Sales") does not keep a caption's row out: the caption may say
        # what the row is of better ("Europe" of "Net Sales Growth by Segment" for "organic sales growth in Europe")
        printed_only = {k: v for k, v in own.items() if k not in self.measure_keys}
        best_own = max(printed_only.values(), default=0.0)
        best_key = max(printed_only, key=printed_only.get) if printed_only else None
        best_words = set(tokens(f"{best_key[0]} {best_key[1] or ''}")) if best_key else set()
        # the rows under a caption that says what they are of ("Cabinets" in a table of net sales by
        # segment), a little below a label's own words, and only where the caption adds to what the
        # label says (else the same cells would come twice): where no printed label fits, or where the
        # caption's row fits clearly better than any printed label ("Enterprise Solutions revenue" is
        # the "Enterprise Solutions" row of "Revenue by Reportable Segments", not the "Revenue" row), or
        # fits at least as well and its label is a part the question names that the best label lacks
        # ("LUMEXA revenue": the "LUMEXA" row of "Product Revenue", not "Total revenues")
        for key, printed in self.caption_keys.items():
            # "Landfill, net" names the part "landfill" as "Landfill" does (a bare "Net" keeps its word)
            row = self.caption_rows.get(key, key[0])
            words = (set(tokens(row)) - {"net"}) or set(tokens(row))
            names_a_part = bool(words) and words <= asked and not words & best_words
            # the caption's row ranks a little below a label's own words, unless it names a part the question
            # names and the best label lacks ("Medicare premium revenue": "Medicare" of "Premium Revenue by
            # Program", not "Total premium revenue")
            s = match_label(item, *key) - (0.0 if names_a_part else TITLE_DISCOUNT)
            if s > own.get(printed, 0.0) and (best_own < CAPTION_ONLY_BELOW or s >= best_own + CAPTION_MARGIN
                                              or (names_a_part and s >= best_own)):
                scored.append((key, s))
        for (label, parent), s in scored:
            if s <= 0:
                continue
            row = self.measure_keys.get((label, parent))
            if row is not None and not set(tokens(row)) <= asked and not is_total_row(row):
                # "West" under "Homes Delivered": the column says the item, the row a part the question does not
                # name ("Copper Hollow" is no "copper production")
                s -= MEASURE_UNNAMED
            column = self.column_of.get((label, parent))
            if column and not column & asked:
                s -= 0.15  # a column the question does not name ("1 Year" when "three years" is asked)
            elif column is None and self.columns_under.get((label, parent), set()) & asked:
                s -= 0.1  # the question names a column: the label-and-column group says it better
            extra_heading = set(tokens(parent)) - set(tokens(label)) if parent else set()
            if extra_heading & context:
                s += 0.03  # the heading says what the question says (Services under "Net sales")

            out.append((s, label, parent))
        out.sort(key=lambda x: -x[0])
        return out

    def prose_score(self, item: str, f: Fact) -> float:
        q = set(content_tokens(item))
        if not q:
            return 0.0
        # a figure of a list named after itself: its own name, not the label read before it (the list's other names)
        lab = set(tokens(f.label)) if self.trailing_names(f) is None else set()
        sen = self.sentence_tokens_of(f)
        qc = q & CONCEPT_TOKENS
        lab = lab | self.clause_tokens(f)
        if qc and not qc & (lab | sen):
            return 0.0
        w = {t: (3.0 if t in CONCEPT_TOKENS else 1.0) for t in q}
        got = sum(w[t] * (1.0 if t in lab else 0.75 if t in sen else 0.0) for t in sorted(q))  # sorted: the same sum in every process
        score = got / sum(w.values())
        if not q & lab:
            score -= 0.1  # the asked words are elsewhere in the sentence: the figure is likely about something else
        other = (lab & CONCEPT_TOKENS) - q
        if qc and other and not (lab & qc):
            score -= 0.3
        # "Online sales" is not "net sales": a word right before the asked concept qualifies it
        seq = self.clause_seq(f)
        for i, t in enumerate(seq[1:], 1):
            if t in qc and seq[i - 1] not in q and seq[i - 1] not in _NEUTRAL_MODIFIERS and not seq[i - 1].isdigit():
                score -= 0.2
                break
        if re.search(r"(?:increas|decreas|declin|grew|grow|ris|rose|fell|drop|up|down|chang)\w*\s+(?:by\s+)?(?:approximately\s+|about\s+)?\$?\s*$",
                     self.text[max(0, f.source.start - 40):f.source.start], re.I) and f.unit != "percent":
            score -= 0.3  # "increased by $90 million" is a change, not the line item's amount
        if f.unit == "count":
            # "412 restaurants in 31 states": a count is of the noun printed after it
            noun = re.match(r"\s*(?:[a-z-]+\s+)?([a-z]+)", self.text[f.source.end:f.source.end + 40])
            counted = set(tokens(noun.group(1))) if noun else set()
            if counted and not counted & q and q & _COUNTED_NOUNS:
                score -= 0.3
        if re.search(r"\btotal\b", item, re.I) and not re.search(r"\btotal\b", f.label + " " + self.text[f.source.start - 60:f.source.start], re.I):
            score -= 0.1
        return max(0.0, score)

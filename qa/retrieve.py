"""Hybrid retrieval over a Store: dense (FAISS, MiniLM) + lexical (BM25), fused by reciprocal rank.

Why both: BM25 finds the exact words filings print (a row label, "CFO", a trial name) and is
the stronger of the two on our sets; the embedder catches questions worded unlike the filing.
Their rankings are fused with BM25 weighted 2:1 (see docs/QA_BENCH.md for how that was chosen).
Analyst shorthand ("R&D", "opex", "EPS") is expanded into the filing's words for BM25, the
expansion counting less than the user's own words; the embedder sees the question as typed.

Over many filings (the open setting, docs/SCALE.md) three more signals join: BM25 over each
table row's own words (heading, label, column labels: `ROW_WEIGHT`), the question's arithmetic
words ("percentage change", "average") left out of every BM25 query (`QUESTION_WORDS`), and a
lower filing score for a filing that does not print a year the question names (`YEAR_MISS_FACTOR`).

The lexical index and the filter arrays are built once per store generation and rebuilt
lazily when `store.generation` moves, so the query path is: expand, embed one query,
FAISS search, BM25 scores over a numpy mask, fuse.

    retriever = Retriever(store)
    for hit in retriever.search("R&D expenses", k=5, form="8-K"):
        print(hit.score, hit.chunk.id, hit.chunk.text[:60])
"""

from __future__ import annotations

import calendar
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from index.models import Chunk, Fact, FilingMeta

if TYPE_CHECKING:  # imported lazily at run time: the store pulls in FAISS and the model
    from index.embedding import Embedder
    from index.store import Store

RRF_K = 60  # the constant from Cormack et al. 2009; damps the head of each ranking
DEFAULT_K = 8
MIN_CANDIDATES = 50  # per method, before fusion and post-filters
# Tuned on the sample's golden questions (evidence rank) and FinQA dev (page found among the
# hits over a 123-page store): BM25 alone finds the page first for 74 % of FinQA questions,
# MiniLM alone for 64 %, and equal-weight fusion for 70 %; weighting BM25 2:1 keeps most of
# BM25's precision and lets the embedder rescue paraphrases (golden MRR 0.77 -> 0.86).
LEXICAL_WEIGHT = 2.0  # RRF weight of the BM25 ranking (dense has 1.0)
EXPAND_DENSE = False  # synonyms did not help MiniLM here and cost encode time
BM25_PARAMS = {"k1": 1.5, "b": 0.75}  # bm25s' defaults
EXPANSION_WEIGHT = 0.6  # BM25 weight of synonym words relative to the user's own words
# Filing-aware ranking (open setting, many filings): a question is nearly always about one filing,
# and the words it uses are spread over that filing's chunks (the line item in a table, the year
# in its header, the topic in the paragraph above). Filings are ranked by BM25 over their whole
# text fused with the best chunk each has among the candidates; a chunk's score then adds
# FILING_WEIGHT x its filing's fused score, and the chunks of the FILING_EXPAND best filings join
# the candidates, so that the best filing's evidence fills the top of the list together.
# Tuned on the learn half of the pages of evals/open_all.py, reported on the validate half.
FILING_WEIGHT = 2.0
FILING_LEXICAL_WEIGHT = 1.0  # in the filing fusion, BM25 over the filing's text (best chunk has 1.0)
FILING_EXPAND = 1
FILING_RRF_K = 15  # the RRF constant of the filing fusion (smaller: the first filing stands out more)
FILING_EXPAND_MAX_CHUNKS = 12  # a filing larger than this adds only its candidates (real 10-Ks)
# Row keys: every table row is also a small BM25 document of its own words: the headings above it,
# its label and its columns' labels ("Deferred tax assets | Net operating loss carry forwards |
# March 31, 2019 | March 31, 2018"), read from the row's facts. A question naming a line item and a
# year matches the one row that has both, where chunk-level BM25 adds up words from any rows of a
# table. A chunk's row score is its best row's, fused as a third chunk ranking; a filing's would be
# its best chunk's (ROW_FILING_WEIGHT, off: it ranked pages worse). Tuned on the open setting's learn half.
ROW_WEIGHT = 1.0  # RRF weight of the row ranking among chunks (dense 1, chunk BM25 LEXICAL_WEIGHT)
ROW_FILING_WEIGHT = 0.0  # RRF weight of the row ranking among filings (1.0 lowered all@5: 0.689 -> 0.636)

# Question words and glue that carry no evidence. bm25s' English list lacks the question words.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then "
    "there these they this to was will with what who whom whose which where when why how much many "
    "did does do were has have had i me my we our you your its it's about from than"
    .split()
)

# A question that names years ("in 2019", "from 2004 to 2005") is about a filing that prints them:
# in the filing-aware ranking, a filing whose chunks miss one of them keeps this share of its score.
YEAR_MISS_FACTOR = 0.5
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# Words of the question's arithmetic, not of the filing ("what was the percentage change in X
# between 2018 and 2019"): left out of the lexical query (BM25 over chunks, filings and rows) so that
# pages whose prose happens to say "percentage" or "average" do not outrank the one whose table
# has X. The embedder still reads the question whole.
QUESTION_WORDS = frozenset(
    "change changes percentage percent average ratio difference respective respectively value values "
    "compared proportion portion growth sum between much many"
    .split()
)
STRIP_QUESTION_WORDS = True

# Analyst shorthand -> the words filings print. A fallback and complement to qa/lexicon.py
# (the answer stage's synonym table), which `expansions` consults first.
_LOCAL_SYNONYMS: dict[str, str] = {
    "r&d": "research and development",
    "rnd": "research and development",
    "opex": "operating expenses",
    "operating costs": "operating expenses",
    "eps": "net income loss per share",
    "earnings per share": "net income loss per share",
    "sg&a": "selling general and administrative",
    "g&a": "general and administrative",
    "top line": "revenues sales",
    "topline": "revenues sales",
    "sales": "revenues",
    "revenue": "revenues sales",
    "turnover": "revenues",
    "bottom line": "net income loss",
    "earnings": "net income",
    "profit": "net income",
    "cash burn": "cash used in operations operating activities",
    "burn rate": "cash used in operations operating activities",
    "capex": "capital expenditures purchases of property and equipment",
    "cogs": "cost of goods sold cost of sales",
    "d&a": "depreciation and amortization",
    "ebit": "operating income",
    "gross margin": "gross profit",
    "cash": "cash and cash equivalents",
    "equity": "shareholders stockholders equity",
    "shareholders": "stockholders",
    "stockholders": "shareholders",
    "headcount": "employees",
    "cfo": "chief financial officer",
    "chief financial officer": "cfo",
    "ceo": "chief executive officer",
    "chief executive officer": "ceo",
    "guidance": "expects outlook",
    "outlook": "expects guidance",
}
_LOCAL_PATTERNS = [
    (re.compile(r"(?<![a-z0-9&])" + re.escape(term) + r"(?![a-z0-9&])"), words)
    for term, words in sorted(_LOCAL_SYNONYMS.items(), key=lambda kv: -len(kv[0]))
]


def expansions(query: str) -> list[str]:
    """Filing words for the analyst shorthand in the query ("R&D" -> "research and development").

    The answer stage's lexicon (`qa.lexicon.expand_query`) comes first so that retrieval and
    question understanding agree on line items; the local table adds what the lexicon does
    not cover (titles such as CFO, "guidance").
    """
    extra: list[str] = []
    try:
        from qa.lexicon import expand_query as lexicon_expand
    except ImportError:  # the lexicon is another stage's module; retrieval works without it
        lexicon_expand = None
    if lexicon_expand is not None:
        expanded = lexicon_expand(query)
        if isinstance(expanded, str):
            added = expanded[len(query):] if expanded.startswith(query) else expanded
            extra.extend([added.strip()] if added.strip() else [])
        else:
            extra.extend(t for t in expanded if t and t.strip() != query.strip())
    low = query.lower()
    seen = set(tokenize(" ".join([query, *extra])))
    for pattern, words in _LOCAL_PATTERNS:  # longest first; a match hides its words ("cash burn" is not "cash")
        if pattern.search(low):
            low = pattern.sub(" ", low)
            if not set(tokenize(words)) <= seen:
                extra.append(words)
                seen.update(tokenize(words))
    return list(dict.fromkeys(extra))


def expand_query(query: str) -> str:
    """The query followed by its expansions: what the embedder sees."""
    return " ".join([query, *expansions(query)])


_TOKEN = re.compile(r"[a-z0-9]+(?:[&][a-z0-9]+)*")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _stem(token: str) -> str:
    """Plural folding only: 'revenues' and 'revenue' must meet; anything smarter is the lexicon's job."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def query_tokens(text: str) -> list[str]:
    """The question's words for BM25: `tokenize` without the arithmetic's words (QUESTION_WORDS),
    unless nothing else is left."""
    tokens = list(dict.fromkeys(tokenize(text)))
    if not STRIP_QUESTION_WORDS:
        return tokens
    kept = [t for t in tokens if t not in QUESTION_WORDS]
    return kept or tokens


def tokenize(text: str) -> list[str]:
    """Lowercased word and number tokens, stop words dropped, plurals folded ('12,345' -> '12345')."""
    text = _THOUSANDS_COMMA.sub("", text.lower().replace("\\$", "$"))
    return [_stem(t) for t in _TOKEN.findall(text) if t not in STOPWORDS]


def rrf_fuse(
    rankings: Iterable[list[str]], k: int = RRF_K, weights: Iterable[float] | None = None
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: each ranking adds weight/(k + rank) (rank from 1) to an item's score.

    An item that two methods both find outranks one found by a single method at a similar
    rank, without having to calibrate cosine similarities against BM25 scores.
    """
    if k <= 0:
        raise ValueError("rrf k must be greater than 0")
    rankings = list(rankings)
    weights = [1.0] * len(rankings) if weights is None else list(weights)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


class Hit(BaseModel):
    """One retrieved chunk with how each method ranked it (None: that method did not find it)."""

    model_config = ConfigDict(extra="forbid")

    chunk: Chunk
    score: float = Field(description="Fused reciprocal-rank score; higher is better.")
    dense_rank: int | None = Field(None, description="1-based rank in the FAISS results.")
    lexical_rank: int | None = Field(None, description="1-based rank in the BM25 results.")
    dense_score: float | None = Field(None, description="Cosine similarity to the query.")
    lexical_score: float | None = Field(None, description="BM25 score: the query's words plus its down-weighted expansion.")
    filing_id: str
    table_id: str | None = None


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_DATE_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


_FISCAL = re.compile(r"(?:(Q[1-4]|[1-4]Q)\s*)?FY\s*'?(\d{2}|\d{4})", re.I)


def _fiscal(period: str) -> tuple[str, int] | None:
    """'Q1 FY2024', '1Q FY24' -> ('Q1', 2024); 'FY2024' -> ('FY', 2024); else None."""
    m = _FISCAL.fullmatch(period.strip())
    if not m:
        return None
    quarter = (m.group(1) or "FY").upper()
    if quarter[0].isdigit():
        quarter = "Q" + quarter[0]
    year = int(m.group(2))
    return quarter, year + 2000 if year < 100 else year


def _period_dates(period: str) -> tuple[set[str], set[str]]:
    """(ISO dates a period names, years it names): '2023-07-01/2023-09-30' -> ({'2023-09-30'}, set())."""
    period = period.strip()
    if re.fullmatch(r"\d{4}", period):
        return set(), {period}
    end = period.split("/")[-1]
    if _ISO.fullmatch(end):
        return {end}, set()
    raise ValueError(
        "period must be 'YYYY', 'YYYY-MM-DD', 'YYYY-MM-DD/YYYY-MM-DD' or a fiscal name "
        f"('FY2024', 'Q1 FY2024'), got {period!r}"
    )


def _text_dates(text: str) -> set[str]:
    """ISO dates written in a text as 'September 30, 2023', 'Sept. 30, 2023' or '2023-09-30'."""
    found = set(_ISO.findall(text))
    for month, day, year in _DATE_WORDS.findall(text):
        m = _MONTHS.get(month.lower())
        if m and 1 <= int(day) <= 31:
            found.add(f"{year}-{m:02d}-{int(day):02d}")
    return found


def _norm_form(form: str | None) -> str:
    """'Form 8-K', '8k', '8-K/A' -> '8K' / '8K/A' so users need not type the hyphen."""
    if not form:
        return ""
    f = re.sub(r"^form\s*", "", form.strip(), flags=re.I)
    return re.sub(r"[\s\-]", "", f).upper()


def _norm_name(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (name or "").lower())


_threads_lock = threading.Lock()
_threads_users = 0
_threads_saved: tuple[int, int] = (1, 1)


@contextmanager
def _one_thread() -> Iterator[None]:
    """Run one query's model and FAISS work on a single intra-op thread, then restore.

    Measured on this 2-core machine while other processes kept it busy: a one-sentence
    encode took ~500 ms with torch's 2 threads and ~10 ms with 1; an exact FAISS search over
    717 vectors ~28 ms with 2 OpenMP threads and 0.05 ms with 1. Threads that spin-wait for
    each other on busy cores cost far more than one query's work. Both settings are
    process-global: the first concurrent query saves them, the last one restores them.
    """
    global _threads_users, _threads_saved
    import faiss
    import torch

    with _threads_lock:
        if _threads_users == 0:
            _threads_saved = (torch.get_num_threads(), faiss.omp_get_max_threads())
            torch.set_num_threads(1)
            faiss.omp_set_num_threads(1)
        _threads_users += 1
    try:
        yield
    finally:
        with _threads_lock:
            _threads_users -= 1
            if _threads_users == 0:
                torch.set_num_threads(_threads_saved[0])
                faiss.omp_set_num_threads(_threads_saved[1])


@dataclass
class _Snapshot:
    """Everything derived from one store generation; replaced whole when the generation moves.

    The period tables and facts are filled lazily (under the retriever's lock) on first use.
    """

    generation: int
    chunks: list[Chunk]
    row_of: dict[str, int]
    filings: dict[str, FilingMeta]
    filing_index: np.ndarray  # per chunk: index into filing_ids
    filing_ids: list[str]
    is_table: np.ndarray
    bm25: object | None
    filing_bm25: object | None = None  # BM25 over each filing's whole lexical text, in filing_ids order
    chunks_of: dict[str, list[int]] = field(default_factory=dict)  # filing id -> chunk rows
    period_dates: dict[str, set[str]] | None = None  # filing id -> dates its facts/tables name
    chunk_dates: list[set[str]] | None = None
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    row_bm25: object | None = None  # BM25 over table rows (see ROW_WEIGHT)
    row_chunk: np.ndarray | None = None  # the chunk rows (in `chunks`) that have row documents, ascending
    row_starts: np.ndarray | None = None  # where each of those chunks' row documents start (they are grouped)
    filing_years: dict[str, frozenset[str]] = field(default_factory=dict)  # years each filing's chunks print


def _top_indices(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the (at most) n highest positive scores, highest first."""
    n = min(n, int((scores > 0).sum()))
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, n - 1)[:n]
    return top[np.argsort(-scores[top], kind="stable")]


class Retriever:
    """Hybrid dense + BM25 retrieval with filing/company/form/period/kind filters."""

    def __init__(
        self,
        store: "Store",
        embedder: "Embedder | None" = None,
        *,
        rrf_k: int = RRF_K,
        lexical_weight: float = LEXICAL_WEIGHT,
        expand_dense: bool = EXPAND_DENSE,
        filing_weight: float = FILING_WEIGHT,
        filing_lexical_weight: float = FILING_LEXICAL_WEIGHT,
        filing_expand: int = FILING_EXPAND,
        filing_rrf_k: int = FILING_RRF_K,
        row_weight: float | None = None,
        row_filing_weight: float | None = None,
    ):
        if store is None:
            raise ValueError("Retriever needs a Store")
        self.store = store
        self._embedder = embedder or getattr(store, "embedder", None)
        if rrf_k <= 0 or lexical_weight < 0:
            raise ValueError("rrf_k must be greater than 0 and lexical_weight not negative")
        self.rrf_k = rrf_k
        self.lexical_weight = lexical_weight
        self.expand_dense = expand_dense
        self.filing_weight = filing_weight
        self.filing_lexical_weight = filing_lexical_weight
        self.filing_expand = filing_expand
        self.filing_rrf_k = filing_rrf_k
        self.row_weight = ROW_WEIGHT if row_weight is None else row_weight
        self.row_filing_weight = ROW_FILING_WEIGHT if row_filing_weight is None else row_filing_weight
        self._snap: _Snapshot | None = None
        self._lock = threading.Lock()

    @property
    def embedder(self) -> "Embedder":
        if self._embedder is None:
            from index.embedding import get_embedder

            self._embedder = get_embedder()
        return self._embedder

    # -- per-generation caches -------------------------------------------------------------

    def snapshot(self) -> _Snapshot:
        """The caches for the store's current generation, rebuilt if the store moved on."""
        gen = self.store.generation
        snap = self._snap
        if snap is not None and snap.generation == gen:
            return snap
        with self._lock:
            if self._snap is None or self._snap.generation != gen:
                self._snap = self._build(gen)
            return self._snap

    def _build(self, generation: int) -> _Snapshot:
        import bm25s

        chunks = self.store.chunks()
        filings = {f.id: f for f in self.store.filings()}
        filing_ids = sorted(filings.keys() | {c.filing_id for c in chunks})
        pos = {fid: i for i, fid in enumerate(filing_ids)}
        bm25 = None
        corpus = [tokenize(self._lexical_text(c, filings.get(c.filing_id))) for c in chunks]
        filing_bm25 = None
        chunks_of: dict[str, list[int]] = {}
        for row, c in enumerate(chunks):
            chunks_of.setdefault(c.filing_id, []).append(row)
        if any(corpus):
            bm25 = bm25s.BM25(**BM25_PARAMS)
            bm25.index([toks or [""] for toks in corpus], show_progress=False)
            if len(filing_ids) > 1:
                docs = [[t for row in chunks_of.get(fid, []) for t in corpus[row]] or [""] for fid in filing_ids]
                filing_bm25 = bm25s.BM25(**BM25_PARAMS)
                filing_bm25.index(docs, show_progress=False)
        return _Snapshot(
            generation=generation,
            chunks=chunks,
            row_of={c.id: i for i, c in enumerate(chunks)},
            filings=filings,
            filing_index=np.array([pos[c.filing_id] for c in chunks], dtype=np.int32),
            filing_ids=filing_ids,
            is_table=np.array([c.kind == "table" for c in chunks], dtype=bool),
            bm25=bm25,
            filing_bm25=filing_bm25,
            chunks_of=chunks_of,
            filing_years={fid: frozenset(y for row in rows for y in _YEAR.findall(chunks[row].text))
                          for fid, rows in chunks_of.items()},
            **(self._row_index(chunks, chunks_of) if self.row_weight > 0 or self.row_filing_weight > 0 else {}),
        )

    def _row_index(self, chunks: list[Chunk], chunks_of: dict[str, list[int]]) -> dict:
        """BM25 over table rows (see ROW_WEIGHT): one document per (table, row) from its facts' quotes."""
        import bm25s

        by_table: dict[str, list[int]] = {}
        for row, c in enumerate(chunks):
            if c.kind == "table" and c.table_id:
                by_table.setdefault(c.table_id, []).append(row)
        docs: dict[tuple[str, int], list[str]] = {}
        owner: dict[tuple[str, int], int] = {}
        for fid in chunks_of:
            for fact in self.store.facts(fid):
                src = fact.source
                if fact.kind != "table" or not src.table_id or src.table_id not in by_table:
                    continue
                key = (src.table_id, src.row if src.row is not None else -1)
                # the quote is "heading | label | column: value"; the words before the value
                words = fact.quote.rsplit(":", 1)[0] if ":" in fact.quote else f"{fact.label} {fact.column_label or ''}"
                docs.setdefault(key, []).extend(words.replace("|", " ").split())
                if key not in owner:
                    rows = by_table[src.table_id]
                    owner[key] = next((r for r in rows if chunks[r].start <= src.start < chunks[r].end), rows[0])
        if not docs:
            return {}
        keys = sorted(docs, key=lambda k: owner[k])  # grouped by chunk, for np.maximum.reduceat
        corpus = [list(dict.fromkeys(tokenize(" ".join(docs[k])))) or [""] for k in keys]
        bm25 = bm25s.BM25(**BM25_PARAMS)
        bm25.index(corpus, show_progress=False)
        owners = np.array([owner[k] for k in keys], dtype=np.int64)
        chunk_rows, starts = np.unique(owners, return_index=True)
        return {"row_bm25": bm25, "row_chunk": chunk_rows, "row_starts": starts}

    @staticmethod
    def _lexical_text(chunk: Chunk, meta: FilingMeta | None) -> str:
        """What BM25 indexes: the chunk text, its section heading and the company's name.

        The heading finds a table by its title; the company name lets "Acme's net sales" prefer
        Acme's chunks in a store of several companies without a separate filter.
        """
        company = meta.company if meta and meta.company else ""
        return f"{company}\n{chunk.section or ''}\n{chunk.text}"

    def _ensure_periods(self, snap: _Snapshot) -> None:
        """Dates each filing's facts and table columns name, and dates each chunk's text names.

        Built on the first period-filtered query only: it reads every filing's facts.
        """
        if snap.period_dates is not None:
            return
        with self._lock:
            if snap.period_dates is not None:
                return
            per_filing: dict[str, set[str]] = {}
            for fid in snap.filing_ids:
                dates: set[str] = set()
                for fact in self.facts(fid, snap=snap):
                    if fact.period:
                        dates.update(p for p in fact.period.split("/") if _ISO.fullmatch(p))
                meta = snap.filings.get(fid)
                if meta and meta.period_end:
                    dates.add(meta.period_end)
                per_filing[fid] = dates
            snap.chunk_dates = [_text_dates(c.text) for c in snap.chunks]
            snap.period_dates = per_filing

    def facts(self, filing_id: str, snap: _Snapshot | None = None) -> list[Fact]:
        """The filing's facts, cached for this generation."""
        snap = snap or self.snapshot()
        if filing_id not in snap.facts:
            snap.facts[filing_id] = self.store.facts(filing_id)
        return snap.facts[filing_id]

    def facts_in(self, chunk: Chunk) -> list[Fact]:
        """Facts whose source span lies inside the chunk: the numbers a retrieved passage holds."""
        return [
            f for f in self.facts(chunk.filing_id)
            if chunk.start <= f.source.start and f.source.end <= chunk.end
        ]

    # -- filters ---------------------------------------------------------------------------

    def _filings_allowed(
        self, snap: _Snapshot, filing_ids: list[str] | None, company: str | None, form: str | None
    ) -> set[str] | None:
        """Filing ids passing the filing/company/form filters; None when none is set."""
        if filing_ids is None and not company and not form:
            return None
        allowed = set(snap.filing_ids) if filing_ids is None else set(filing_ids) & set(snap.filing_ids)
        if company:
            want = _norm_name(company)
            allowed = {
                fid for fid in allowed
                if want in _norm_name(snap.filings[fid].company if fid in snap.filings else None)
                or want in _norm_name(fid)
            }
        if form:
            want = _norm_form(form)
            allowed = {
                fid for fid in allowed
                if fid in snap.filings and _norm_form(snap.filings[fid].form_type) == want
            }
        return allowed

    def _mask(
        self,
        snap: _Snapshot,
        allowed: set[str] | None,
        period: str | None,
        kinds: set[str] | None,
    ) -> np.ndarray | None:
        """Boolean per chunk, or None when nothing is filtered."""
        mask = None
        if allowed is not None:
            idx = [i for i, fid in enumerate(snap.filing_ids) if fid in allowed]
            mask = np.isin(snap.filing_index, np.array(idx, dtype=np.int32))
        if kinds:
            unknown = set(kinds) - {"text", "table"}
            if unknown:
                raise ValueError(f"kinds must be 'text' and/or 'table', got {sorted(unknown)}")
            if kinds != {"text", "table"}:
                km = snap.is_table if "table" in kinds else ~snap.is_table
                mask = km if mask is None else mask & km
        if period and _fiscal(period):
            # A fiscal name resolves only through the filing's own fiscal calendar (its metadata).
            quarter, year = _fiscal(period)  # type: ignore[misc]
            fm = np.array([
                (meta := snap.filings.get(fid)) is not None and meta.fiscal_year == year
                and (quarter == "FY" or meta.fiscal_period == quarter)
                for fid in snap.filing_ids
            ], dtype=bool)
            pm = fm[snap.filing_index] if len(snap.filing_index) else np.zeros(0, dtype=bool)
            mask = pm if mask is None else mask & pm
        elif period:
            dates, years = _period_dates(period)
            self._ensure_periods(snap)
            assert snap.period_dates is not None and snap.chunk_dates is not None

            def names(ds: set[str]) -> bool:
                return bool(ds & dates) or any(d[:4] in years for d in ds)

            fmatch = np.array([names(snap.period_dates[fid]) for fid in snap.filing_ids], dtype=bool)
            pm = fmatch[snap.filing_index] if len(snap.filing_index) else np.zeros(0, dtype=bool)
            pm = pm | np.array([names(ds) for ds in snap.chunk_dates], dtype=bool)
            mask = pm if mask is None else mask & pm
        return mask

    # -- the query path --------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = DEFAULT_K,
        filing_ids: list[str] | None = None,
        company: str | None = None,
        form: str | None = None,
        period: str | None = None,
        kinds: set[str] | None = None,
    ) -> list[Hit]:
        """The k best chunks for the query among those passing every filter given."""
        if k <= 0:
            raise ValueError("k must be greater than 0")
        if not query or not query.strip():
            raise ValueError("query must not be empty")
        snap = self.snapshot()
        if not snap.chunks:
            return []
        allowed = self._filings_allowed(snap, filing_ids, company, form)
        if allowed is not None and not allowed:
            return []
        mask = self._mask(snap, allowed, period, kinds)
        if mask is not None and not mask.any():
            return []
        extra = expansions(query)
        expanded = " ".join([query, *extra])
        n_cand = max(MIN_CANDIDATES, 5 * k)

        chunk_filtered = bool(period) or bool(kinds and set(kinds) != {"text", "table"})
        dense = self._dense(snap, expanded if self.expand_dense else query, n_cand, allowed, mask, chunk_filtered)
        lexical = self._lexical(snap, query, " ".join(extra), n_cand, mask)
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense, start=1)}
        lexical_rank = {cid: r for r, (cid, _) in enumerate(lexical, start=1)}
        dense_score, lexical_score = dict(dense), dict(lexical)

        rankings = [[c for c, _ in dense], [c for c, _ in lexical]]
        weights = [1.0, self.lexical_weight]
        row_scores = self._row_scores(snap, query, " ".join(extra), mask)
        if row_scores is not None and self.row_weight > 0:
            rankings.append(self._top_chunks(snap, row_scores, n_cand))
            weights.append(self.row_weight)
        fused = rrf_fuse(rankings, self.rrf_k, weights)
        if self.filing_weight > 0 and (allowed is None or len(allowed) > 1):
            fused = self._filing_aware(snap, query, " ".join(extra), fused, mask, row_scores)
        hits: list[Hit] = []
        for cid, score in fused[:k]:
            row = snap.row_of.get(cid)
            chunk = snap.chunks[row] if row is not None else self.store.chunk(cid)
            if chunk is None:
                continue
            hits.append(Hit(
                chunk=chunk, score=score,
                dense_rank=dense_rank.get(cid), lexical_rank=lexical_rank.get(cid),
                dense_score=dense_score.get(cid), lexical_score=lexical_score.get(cid),
                filing_id=chunk.filing_id, table_id=chunk.table_id,
            ))
        return hits

    def _filing_aware(
        self, snap: _Snapshot, query: str, extra: str, fused: list[tuple[str, float]], mask: np.ndarray | None,
        row_scores: np.ndarray | None = None,
    ) -> list[tuple[str, float]]:
        """Re-rank fused chunks by their filing's rank too (see FILING_WEIGHT)."""
        best: dict[str, float] = {}
        for cid, score in fused:
            row = snap.row_of.get(cid)
            if row is not None:
                fid = snap.chunks[row].filing_id
                best[fid] = max(best.get(fid, 0.0), score)
        rankings = [sorted(best, key=lambda f: (-best[f], f))]
        weights = [1.0]
        if snap.filing_bm25 is not None and self.filing_lexical_weight > 0:
            scores = self._bm25_scores(snap.filing_bm25, query, extra)
            if scores is not None:
                if mask is not None:  # filings with no allowed chunk are out
                    allowed_f = np.zeros(len(snap.filing_ids), dtype=bool)
                    allowed_f[np.unique(snap.filing_index[mask])] = True
                    scores = np.where(allowed_f, scores, 0.0)
                top = _top_indices(scores, MIN_CANDIDATES)
                if len(top):
                    rankings.append([snap.filing_ids[i] for i in top])
                    weights.append(self.filing_lexical_weight)
        if row_scores is not None and self.row_filing_weight > 0:
            per_filing = np.zeros(len(snap.filing_ids), dtype=np.float32)
            np.maximum.at(per_filing, snap.filing_index, row_scores)
            top = _top_indices(per_filing, MIN_CANDIDATES)
            if len(top):
                rankings.append([snap.filing_ids[i] for i in top])
                weights.append(self.row_filing_weight)
        filing_score = dict(rrf_fuse(rankings, self.filing_rrf_k, weights))
        years = set(_YEAR.findall(query))
        if years and YEAR_MISS_FACTOR != 1.0:
            for fid in filing_score:
                if not years <= snap.filing_years.get(fid, frozenset()):
                    filing_score[fid] *= YEAR_MISS_FACTOR
        scores_by_chunk = dict(fused)
        for fid, _ in sorted(filing_score.items(), key=lambda kv: -kv[1])[:self.filing_expand]:
            rows = snap.chunks_of.get(fid, [])
            if len(rows) <= FILING_EXPAND_MAX_CHUNKS:
                for row in rows:
                    if mask is None or mask[row]:
                        scores_by_chunk.setdefault(snap.chunks[row].id, 0.0)
        out = []
        for cid, score in scores_by_chunk.items():
            row = snap.row_of.get(cid)
            fid = snap.chunks[row].filing_id if row is not None else None
            out.append((cid, score + self.filing_weight * filing_score.get(fid, 0.0)))
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))

    def _row_scores(self, snap: _Snapshot, query: str, extra: str, mask: np.ndarray | None) -> np.ndarray | None:
        """Per chunk, the BM25 score of its best table row (0 for prose); None without a row index."""
        if snap.row_bm25 is None or snap.row_chunk is None or snap.row_starts is None:
            return None
        scores = self._bm25_scores(snap.row_bm25, query, extra)
        if scores is None:
            return None
        per_chunk = np.zeros(len(snap.chunks), dtype=np.float32)
        per_chunk[snap.row_chunk] = np.maximum.reduceat(scores, snap.row_starts)
        return per_chunk if mask is None else np.where(mask, per_chunk, 0.0)

    @staticmethod
    def _top_chunks(snap: _Snapshot, scores: np.ndarray, n: int) -> list[str]:
        return [snap.chunks[i].id for i in _top_indices(scores, n)]

    @staticmethod
    def _bm25_scores(bm25: object, query: str, extra: str) -> np.ndarray | None:
        vocab = bm25.vocab_dict  # type: ignore[attr-defined]
        own = [t for t in query_tokens(query) if t in vocab]
        added = [t for t in dict.fromkeys(tokenize(extra)) if t in vocab and t not in own]
        if not own and not added:
            return None
        scores = np.zeros(bm25.scores["num_docs"], dtype=np.float32)  # type: ignore[attr-defined]
        if own:
            scores = scores + bm25.get_scores(own)  # type: ignore[attr-defined]
        if added:
            scores = scores + EXPANSION_WEIGHT * bm25.get_scores(added)  # type: ignore[attr-defined]
        return scores

    def encode_query(self, text: str) -> np.ndarray:
        """One query vector, encoded on one torch thread (see `_one_thread`)."""
        with _one_thread():
            vectors = self.embedder.encode([text])
        return np.asarray(vectors, dtype=np.float32)[0]

    def _dense(
        self, snap: _Snapshot, text: str, n: int, allowed: set[str] | None,
        mask: np.ndarray | None, chunk_filtered: bool,
    ) -> list[tuple[str, float]]:
        vector = self.encode_query(text)
        # FAISS filters by filing itself; a chunk-level filter (kind, period) drops results
        # afterwards, so fetch more of them first.
        fetch = 4 * n if chunk_filtered else n
        with _one_thread():
            found = self.store.dense_search(vector, fetch, sorted(allowed) if allowed is not None else None)
        out = []
        for cid, score in found:
            row = snap.row_of.get(cid)
            if mask is not None and (row is None or not mask[row]):
                continue
            out.append((cid, float(score)))
            if len(out) == n:
                break
        return out

    def _lexical(
        self, snap: _Snapshot, query: str, extra: str, n: int, mask: np.ndarray | None
    ) -> list[tuple[str, float]]:
        """BM25 of the user's words plus, at EXPANSION_WEIGHT, the expansion's new words.

        Down-weighting keeps "chief financial officer" (from "CFO") from letting every
        "Financial Results" heading outrank the one paragraph that says "CFO".
        """
        if snap.bm25 is None:
            return []
        vocab = snap.bm25.vocab_dict  # type: ignore[attr-defined]
        own = [t for t in query_tokens(query) if t in vocab]
        added = [t for t in dict.fromkeys(tokenize(extra)) if t in vocab and t not in own]
        if not own and not added:
            return []
        scores = np.zeros(len(snap.chunks), dtype=np.float32)
        if own:
            scores += snap.bm25.get_scores(own)  # type: ignore[attr-defined]
        if added:
            scores += EXPANSION_WEIGHT * snap.bm25.get_scores(added)  # type: ignore[attr-defined]
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        return [(snap.chunks[i].id, float(scores[i])) for i in _top_indices(scores, n)]

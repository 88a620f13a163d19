"""A store held in memory, for answering over parsed filings without embedding them.

Training the chooser (qa/train_chooser.py) asks thousands of benchmark questions of their own
pages; the answerer reads facts, chunks and metadata only, so the pages need no vectors. The
interface is the subset of index.store.Store that qa.answer.Answerer reads.
"""

from __future__ import annotations

from index.chunking import chunk_filing
from index.models import Chunk, Fact, FilingMeta, ParsedFiling


class MemoryStore:
    generation = 0

    def __init__(self) -> None:
        self._parsed: dict[str, ParsedFiling] = {}
        self._chunks: dict[str, list[Chunk]] = {}

    def add(self, parsed: ParsedFiling) -> str:
        fid = parsed.filing.id
        if fid not in self._parsed:
            self._parsed[fid] = parsed
            self._chunks[fid] = chunk_filing(parsed)
        return fid

    def filings(self) -> list[FilingMeta]:
        return [p.filing for p in self._parsed.values()]

    def get(self, filing_id: str) -> ParsedFiling | None:
        return self._parsed.get(filing_id)

    def chunks(self, filing_id: str | None = None) -> list[Chunk]:
        if filing_id is None:
            return [c for cs in self._chunks.values() for c in cs]
        return self._chunks.get(filing_id, [])

    def facts(self, filing_id: str | None = None) -> list[Fact]:
        if filing_id is None:
            return [f for p in self._parsed.values() for f in p.facts]
        parsed = self._parsed.get(filing_id)
        return parsed.facts if parsed else []

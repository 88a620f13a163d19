"""Every reference filing in ../shared/filings reads and parses end to end, and every hand-checked
fact in its facts.jsonl is among the parsed facts: same value (exact Decimal, base units), same
unit, and found where the fact says (row label and column header for a table fact, the phrase
around the figure for a text fact)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from corpus import ReferenceFact, filing_files, filing_path, load_facts, parsed_reference
from conftest import SHARED
from index.sniff import read_layout

# Facts the pipeline does not produce yet, each with the precise reason (see the report).
KNOWN_MISSES: dict[tuple[str, str], str] = {}  # (filing, as_printed) -> reason; none at the moment


_FACTS = load_facts(SHARED) if (SHARED / "filings" / "facts.jsonl").exists() else []
def _parsed(shared_dir, filing: str):
    return parsed_reference(filing_path(shared_dir, filing))


def norm(text: str | None) -> str:
    """Case, quotes, dashes, footnote marks and spacing do not decide a match."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                         "\u2014": "-", "\u2013": "-", "\u00a0": " "}))
    text = re.sub(r"\(\d\)|(?<=[a-z])\d\b", "", text)
    return " ".join(text.split())


def _located(fact: ReferenceFact, parsed, candidate) -> bool:
    if fact.kind == "table":
        if candidate.kind != "table":
            return False
        where = norm(candidate.label + " | " + candidate.quote)
        return norm(fact.label) in where and norm(fact.column) in norm(candidate.column_label)
    window = parsed.text[max(0, candidate.source.start - 400): candidate.source.end + 400]
    return norm(fact.label) in norm(window) and norm(fact.as_printed) in norm(window)


@pytest.mark.parametrize("path", filing_files(SHARED) if SHARED.exists() else [], ids=lambda p: p.name)
def test_every_reference_filing_reads_and_parses(path):
    layout = read_layout(path.read_bytes(), path.name)
    assert layout.text.strip()
    for table in layout.tables:
        assert len({sum(c.colspan for c in row) for row in table.rows}) == 1, "every row spans all columns"
        for row in table.rows:
            for cell in row:
                assert layout.text[cell.start:cell.end] == cell.text
    parsed = parsed_reference(path)
    assert parsed.text == layout.text
    assert parsed.blocks


def _fact_params():
    for fact in _FACTS:
        reason = next((why for (filing, printed), why in KNOWN_MISSES.items()
                       if filing == fact.filing and printed == fact.as_printed), None)
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        yield pytest.param(fact, marks=marks, id=fact.id)


@pytest.mark.parametrize("fact", list(_fact_params()))
def test_reference_fact_is_parsed(shared_dir, fact: ReferenceFact):
    parsed = _parsed(shared_dir, fact.filing)
    same_value = [f for f in parsed.facts if f.value == fact.value and f.unit == fact.unit]
    assert same_value, f"no parsed fact with value {fact.value} {fact.unit} in {fact.filing}"
    located = [f for f in same_value if _located(fact, parsed, f)]
    assert located, (
        f"{fact.value} {fact.unit} is parsed, but not at {fact.label!r} / {fact.column!r}: "
        + "; ".join(f"{f.label!r} / {f.column_label!r}" for f in same_value[:5])
    )


def test_the_matcher_rejects_a_wrong_value(shared_dir):
    """Strictness check: the same fact with its value off by one unit is not found."""
    fact = next(f for f in _FACTS if f.filing.startswith("buckle_8-k_2024-11-22_ex99") and f.as_printed == "44,172")
    parsed = _parsed(shared_dir, fact.filing)
    wrong = fact.value + 1000
    assert not [f for f in parsed.facts if f.value == wrong and f.unit == fact.unit and _located(fact, parsed, f)]
    assert [f for f in parsed.facts if f.value == fact.value and f.unit == fact.unit and _located(fact, parsed, f)]

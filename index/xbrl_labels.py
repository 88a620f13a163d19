"""Standard labels and groupings for XBRL concepts and members, from data, not a hand-written table.

- `standard_label('us-gaap:ResearchAndDevelopmentExpense')` -> 'Research and Development Expense':
  the concept's own words split from its CamelCase name (the US-GAAP taxonomy's standard labels
  are those words with punctuation; no offline package ships the label linkbase, see docs/XBRL.md).
- `concept_group(...)` -> 'Research and Development Expense': edgartools' standardized concept
  (curated where it has one, else learned from filings), from `xbrl_labels.json`, which
  `index/xbrl_labels_build.py` generates from the edgartools wheel. None for extension concepts
  ('aapl:...') and concepts it does not map.
- `member_words('aapl:IPhoneMember')` -> ['iphone']; `split_camel('DataCenterMember')` -> ['Data', 'Center', 'Member'].
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("xbrl_labels.json")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SMALL = {"and", "or", "of", "to", "from", "for", "in", "on", "by", "with", "the", "a", "an", "at", "per", "net"}
_KEEP_CASE = {"and", "or", "of", "to", "from", "for", "in", "on", "by", "with", "the", "a", "an", "at", "per"}
# trailing words that say what kind of taxonomy element a name is, not what it means
_ELEMENT_SUFFIX = {"member", "axis", "domain", "table", "abstract", "line", "items"}


def local_name(qname: str) -> str:
    return qname.rsplit(":", 1)[-1].rsplit("_", 1)[-1] if ":" in qname else qname


def split_camel(name: str) -> list[str]:
    """'ResearchAndDevelopmentExpense' -> ['Research', 'And', 'Development', 'Expense']."""
    return _CAMEL.findall(local_name(name))


def derived_label(qname: str) -> str:
    """The concept's words: 'IncomeTaxExpenseBenefit' -> 'Income Tax Expense Benefit'."""
    words = split_camel(qname)
    return " ".join(w.lower() if i and w.lower() in _KEEP_CASE else w for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    return json.loads(_DATA.read_text(encoding="utf-8"))["concepts"]


def _entry(qname: str) -> dict | None:
    prefix = qname.split(":", 1)[0].lower() if ":" in qname else "us-gaap"
    if prefix != "us-gaap":
        return None
    return _table().get(local_name(qname))


def standard_label(qname: str) -> str:
    return derived_label(qname)


def concept_group(qname: str) -> str | None:
    entry = _entry(qname)
    return entry["group"] if entry else None


def concept_aliases(qname: str) -> list[str]:
    """Other standard names edgartools gives the concept (its learned display name where the
    curated one differs: 'Capital Expenditures' for PaymentsToAcquirePropertyPlantAndEquipment)."""
    entry = _entry(qname)
    return [entry["display"]] if entry and entry.get("display") else []


def concept_statement(qname: str) -> tuple[str | None, str | None]:
    """(statement, section) edgartools places the concept in, e.g. ('IncomeStatement', 'Revenue')."""
    entry = _entry(qname)
    return (entry.get("statement"), entry.get("section")) if entry else (None, None)


def member_words(qname: str) -> list[str]:
    """A member's (or axis's) meaning words, lower case, element suffix dropped:
    'aapl:AmericasSegmentMember' -> ['americas', 'segment']."""
    words = [w.lower() for w in split_camel(qname)]
    while words and words[-1] in _ELEMENT_SUFFIX:
        words.pop()
    return words

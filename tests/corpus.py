"""The shared reference filings and their hand-checked facts (../shared/filings/facts.jsonl).

Other tests can use it directly: `for fact in load_facts(shared_dir): path = filing_path(shared_dir, fact.filing)`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class ReferenceFact:
    filing: str
    kind: str
    label: str
    column: str | None
    as_printed: str
    value: Decimal
    unit: str
    note: str

    @property
    def id(self) -> str:
        return f"{self.filing}:{self.label[:40]}:{self.column or ''}:{self.as_printed}"


def filings_dir(shared_dir: Path) -> Path:
    return shared_dir / "filings"


def filing_files(shared_dir: Path) -> list[Path]:
    """Every reference filing (the README and facts.jsonl are not filings)."""
    return sorted(p for p in filings_dir(shared_dir).iterdir() if p.suffix in (".html", ".htm", ".txt"))


def filing_path(shared_dir: Path, filing: str) -> Path:
    matches = [p for p in filing_files(shared_dir) if p.stem == filing]
    if len(matches) != 1:
        raise LookupError(f"no single reference filing named {filing!r}")
    return matches[0]


def load_facts(shared_dir: Path) -> list[ReferenceFact]:
    facts = []
    for line in (filings_dir(shared_dir) / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line, parse_float=Decimal, parse_int=Decimal)
        facts.append(ReferenceFact(
            filing=d["filing"], kind=d["kind"], label=d["label"], column=d.get("column"),
            as_printed=d["as_printed"], value=Decimal(d["value"]), unit=d["unit"], note=d.get("note") or "",
        ))
    return facts


@lru_cache(maxsize=None)
def parsed_reference(path: Path):
    """parse_file on a reference filing, once per test session (the 10-Qs take a second or two)."""
    from index.parse import parse_file

    return parse_file(path)

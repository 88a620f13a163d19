"""Questions with gold answers made from a filer's own inline-XBRL tags.

The tags of a 10-Q or 10-K are an answer key nobody here wrote: each says what a printed number
is (its concept), for which period and segment. This module turns them into evaluation items in
the harness's vocabulary (evals.models.EvalItem), worded with the concept's standard label, not
the row's printed label, so a lookup is not a string match:

    "What was Costs and Expenses for the three months ended August 31, 2024?"  -> 9316000000 USD
    "How much did Restructuring Charges change from the three months ended August 31, 2023 to
     the three months ended August 31, 2024?"                                    -> -65000000 USD

They give the chooser (qa/train_chooser.py) training and validation data from real filings, next
to the benchmarks' pages. Only dollar, per-share and share tags printed in tables are used, with
at most one dimension (a segment or product member, worded from its name).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SPAN = {3: "three months", 6: "six months", 9: "nine months", 12: "fiscal year"}
_UNITS = {"USD": "USD", "USD/share": "USD/share", "shares": "shares"}


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def say_period(period: str) -> str | None:
    if "/" not in period:
        return f"as of {_day(period)}"
    start, end = (date.fromisoformat(p) for p in period.split("/"))
    months = round(((end - start).days + 1) / 30.44)
    span = _SPAN.get(months)
    return f"for the {span} ended {_day(end.isoformat())}" if span else None


def _member_words(member: str) -> str:
    local = member.split(":")[-1]
    local = re.sub(r"(?:Segment)?Member$", "", local)
    return " ".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|\d+", local)) or local


def _printed_label(parsed, x) -> str | None:
    """The row label the filing prints beside the tagged cell (an analyst often asks in those words)."""
    src = x.source
    if src is None or src.table_id is None or src.row is None:
        return None
    table = next((t for t in parsed.tables if t.id == src.table_id), None)
    if table is None or src.row >= len(table.rows):
        return None
    label = table.rows[src.row].label.strip().rstrip(":")
    return label if re.search(r"[A-Za-z]{3}", label) else None


def _phrase(x, label: str | None = None) -> str | None:
    if len(x.dimensions) > 1:
        return None
    label = (label or x.label).strip()
    if x.dimensions:
        member = _member_words(next(iter(x.dimensions.values())))
        label = f"{label} for {member}"
    return label


def tagged_items(path: str | Path, changes: bool = True):
    """EvalItems (lookups, and year-over-year changes) from the iXBRL tags of the filing at `path`."""
    from evals.models import Document, EvalItem, EvalTurn, Gold
    from index.parse import parse_file

    path = Path(path)
    parsed = parse_file(path)
    doc = Document(name=path.name, path=str(path))
    seen: dict[tuple, object] = {}
    for x in parsed.xbrl:
        if x.kind != "table" or x.value is None or x.period is None or x.unit not in _UNITS:
            continue
        key = (x.concept, tuple(sorted(x.dimensions.items())), x.period)
        seen.setdefault(key, x)
    items = []
    for (concept, dims, period), x in seen.items():
        phrase, when = _phrase(x), say_period(period)
        if phrase is None or when is None:
            continue
        # a tag's value is a magnitude where the page prints "(398)" for a payment: the sign is presentation
        gold = Gold(type="number", value=x.value, unit=_UNITS[x.unit], rel_tol=0.005, sign_insensitive=True)
        printed = _printed_label(parsed, x) if not x.dimensions else None
        for wording in dict.fromkeys([phrase] + ([printed] if printed else [])):
            q = f"What was {wording} {when}?"
            items.append(EvalItem(id=f"xbrl:{path.stem}:{concept}:{len(items)}", documents=[doc],
                                  turns=[EvalTurn(question=q, gold=gold, qtype="lookup")]))
        if not changes:
            continue
        end = period.split("/")[-1]
        prior_end = date.fromisoformat(end).replace(year=date.fromisoformat(end).year - 1)
        for (c2, d2, p2), y in seen.items():
            if c2 != concept or d2 != dims or p2 == period or y.value is None:
                continue
            if ("/" in p2) != ("/" in period) or abs((date.fromisoformat(p2.split("/")[-1]) - prior_end).days) > 10:
                continue
            if "/" in period and say_period(p2) is not None and say_period(p2).split(" ended")[0] != when.split(" ended")[0]:
                continue
            change = x.value - y.value
            q = f"How much did {phrase} change from {say_period(p2).removeprefix('for ').removeprefix('as of ')} to " \
                f"{when.removeprefix('for ').removeprefix('as of ')}?"
            items.append(EvalItem(id=f"xbrl:{path.stem}:{concept}:{len(items)}", documents=[doc],
                                  turns=[EvalTurn(question=q, gold=Gold(type="number", value=change, unit=_UNITS[x.unit],
                                                                        rel_tol=0.005, abs_tol=Decimal("0"),
                                                                        sign_insensitive=True),
                                                  qtype="arithmetic")]))
    return _unambiguous(items)


def _unambiguous(items: list) -> list:
    """Items whose question has one answer: the same words made from two tags of different values
    ("What was Term debt as of June 29, 2024?" for the current and the non-current row, both
    printed "Term debt") ask something the filing answers twice, so neither can be graded."""
    values: dict[str, set] = {}
    for item in items:
        turn = item.turns[0]
        values.setdefault(turn.question.lower(), set()).add(abs(turn.gold.value))
    return [item for item in items if len(values[item.turns[0].question.lower()]) == 1]


def ixbrl_filings(folder: str | Path) -> list[Path]:
    """Filings in `folder` whose HTML carries inline-XBRL numeric tags."""
    out = []
    for p in sorted(Path(folder).glob("*.htm*")):
        head = p.read_bytes()[:3_000_000]
        if b"ix:nonFraction" in head or b"ix:nonfraction" in head:
            out.append(p)
    return out


_IX_HEADER = re.compile(r"<ix:header\b.*?</ix:header>", re.IGNORECASE | re.DOTALL)
_IX_TAG = re.compile(r"</?ix:[^>]*>", re.IGNORECASE)


def untagged_items(path: str | Path, changes: bool = True):
    """The same items asked of the filing with its inline-XBRL markup removed: the page an HTML
    filing without tags (most 8-K exhibits) gives, graded by the tags all the same. Training data
    for figures read from a whole untagged filing, where the benchmarks give only single pages."""
    from evals.models import Document

    path = Path(path)
    html = path.read_text(encoding="utf-8", errors="replace")
    doc = Document(name=f"untagged_{path.name}", text=_IX_TAG.sub("", _IX_HEADER.sub("", html)))
    return [item.model_copy(update={"id": item.id.replace("xbrl:", "untagged:", 1), "documents": [doc]})
            for item in tagged_items(path, changes)]

"""Precision of "which part had the largest figure" answers (qa/qtypes/which_member.py), graded by the
filers' own inline-XBRL tags: an answer key nobody here wrote.

    python -m evals.which_member_tags [--filings ../shared/filings] [-v]

For every tagged concept in dollars printed in a table, with one dimension (a segment, product or
region member) and at least three members for one period, two questions are asked of the filing:
"Which segment had the highest Revenue for the three months ended June 29, 2024?" and the lowest,
worded with the concept's standard label and the axis's name. The gold is the member whose tag is the
largest (smallest); an answer is right when its span names that member (its words, case and spacing
aside). Prints, per filing: asked, answered by the type (any status), right, wrong, and the same for
the answers marked `answered`.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

_AXIS_NOUN = {"ProductOrServiceAxis": "product", "StatementBusinessSegmentsAxis": "segment",
              "StatementGeographicalAxis": "region", "SegmentsAxis": "segment"}


_PARTS_AXIS = re.compile(r"Segment|Geograph|Product|Region|Categor", re.I)


def _leaves(values: dict[str, object]) -> dict[str, object]:
    """The members that are not the sum of two or more others (Apple's "Product" beside "iPhone", "Mac")."""
    from itertools import combinations

    members = list(values)
    out = {}
    for m in members:
        others = [values[o] for o in members if o != m]
        if len(others) > 12 or not any(sum(c) == values[m] for k in range(2, len(others) + 1)
                                       for c in combinations(others, k)):
            out[m] = values[m]
    return out


def _axis_noun(axis: str) -> str:
    local = axis.split(":")[-1]
    if local in _AXIS_NOUN:
        return _AXIS_NOUN[local]
    words = re.findall(r"[A-Z][a-z]+", local.removesuffix("Axis"))
    return " ".join(w.lower() for w in words if w not in ("Statement",)) or "part"


def questions(path: Path) -> list[tuple[str, str]]:
    """(question, the gold member's words) from the tags of the filing at `path`."""
    from index.parse import parse_file
    from qa.tagged_questions import _member_words, say_period

    parsed = parse_file(path)
    groups: dict[tuple, dict[str, object]] = defaultdict(dict)
    for x in parsed.xbrl:
        if x.kind != "table" or x.value is None or x.period is None or x.unit != "USD" or len(x.dimensions) != 1:
            continue
        (axis, member), = x.dimensions.items()
        groups[(x.concept, axis, x.period)].setdefault(member, x)
    out = []
    for (concept, axis, period), members in groups.items():
        if not _PARTS_AXIS.search(axis.split(":")[-1]):
            continue  # an equity component or an income statement line is not a part an analyst ranks
        values = _leaves({m: x.value for m, x in members.items()})
        if len(values) < 3 or len(set(values.values())) != len(values):
            continue
        when = say_period(period)
        if when is None:
            continue
        label = next(iter(members.values())).label
        label = "revenue" if label.lower().startswith("revenue") else label  # as an analyst words it
        noun = _axis_noun(axis)
        for word, pick in (("highest", max), ("lowest", min)):
            gold = pick(values, key=values.get)
            out.append((f"Which {noun} had the {word} {label} {when}?", _member_words(gold)))
    return out


def main(argv: list[str] | None = None) -> int:
    from index.parse import parse_file
    from qa.answer import Answerer
    from qa.memory_store import MemoryStore
    from qa.qtypes.which_member import _squash
    from qa.tagged_questions import ixbrl_filings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--filings", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "filings"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    for path in ixbrl_filings(args.filings):
        store = MemoryStore()
        fid = store.add(parse_file(path))
        answerer = Answerer(store)
        asked = by_type = right = answered = answered_right = 0
        for q, gold in questions(path):
            asked += 1
            ans = answerer.ask(q, fid)
            if (ans.plan or {}).get("qtype") != "which_member" or not ans.spans:
                if args.verbose:
                    print(f"  [not by the type] {q} | gold {gold} | {ans.status}: {ans.text[:120]}")
                continue
            by_type += 1
            ok = _squash(ans.spans[0]) == _squash(gold) or (
                len(_squash(gold)) > 3 and (_squash(gold) in _squash(ans.spans[0]) or _squash(ans.spans[0]) in _squash(gold)))
            right += ok
            answered += ans.status == "answered"
            answered_right += ok and ans.status == "answered"
            if args.verbose:
                print(f"  [{'RIGHT' if ok else 'WRONG'}] {q} | gold {gold} | {ans.status}: {ans.text[:160]}")
        print(f"{path.name}: asked {asked}, answered by the type {by_type}, right {right}, wrong {by_type - right}; "
              f"status answered {answered}, right {answered_right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

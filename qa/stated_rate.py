"""A rate or an average the filing states in a row of its own is read, not computed.

"What was internal growth?" asks a change, but a waste hauler's release prints a row "Internal
growth 5.9%"; "What was the ratio of net charge-offs to average loans?" asks a ratio, and a bank
prints "Net charge-offs to average loans (annualized) 0.16%", over average loans the release does
not give. Where the question's own words (operation words included) name a row of the filing
closely, and that row's label says it is a rate of the same kind (a growth or change for a change
asked; "to", "ratio" or a percent for a ratio or share asked), the question is read as a lookup of
that row, where the filing prints that label once ("Percentage of total net sales" under each
expense names none of them alone). "What was average revenue per loaded mile?" is the row
"Average revenue per loaded mile", not the average of its two years. The caller keeps the computed
reading wherever the row has no figure for the asked period and unit.
"""

from __future__ import annotations

import re

from qa.question import Query

# qa.lexicon.match_label score the row needs for the question's whole phrase ("Average revenue per loaded
# mile, excluding fuel surcharge" scores 0.82 for "average revenue per loaded mile")
MIN_FIT = 0.8

# the kind of rate each operation asks, and the label words that state a rate of that kind
_CHANGE = re.compile(r"\b(?:growth|change)\b", re.I)
_RATIO = re.compile(r"(?<=\w)\s+to\s+(?=\w)|\bratio\b|\bpercent(?:age)?\b|%", re.I)
_RATE_OF = re.compile(r"^(?:the\s+)?(?:ratio|percentage|proportion)\s+of\s+", re.I)
_RATIO_WORD = re.compile(r"\s+ratio\s*$", re.I)
_AVERAGE = re.compile(r"^\s*(?:the\s+)?(?:weighted[- ])?average\b", re.I)  # "Average tractors", "Average revenue per loaded mile"
_KIND = {"percent_change": _CHANGE, "difference": _CHANGE, "ratio": _RATIO, "share": _RATIO, "average": _AVERAGE}


def stated_rate(q: Query, view) -> Query | None:
    """`q` read as a lookup of the row that states its rate, or None where no row does."""
    kind = _KIND.get(q.operation)
    if kind is None or q.followup or q.direction or not q.phrase or len(q.periods) > 1 or not kind.search(q.phrase):
        return None
    # "the ratio of X to Y", "the loan-to-deposit ratio": the row prints "X to Y"
    phrase = _RATIO_WORD.sub("", _RATE_OF.sub("", q.phrase)) if q.operation == "ratio" else q.phrase
    ranked = view.table_candidates(phrase, set())
    if not ranked:
        return None
    score, label, _ = ranked[0]
    if score < MIN_FIT or not kind.search(label):
        return None
    if sum(1 for t in view.parsed.tables for r in t.rows if r.label.strip() == label.strip()) > 1:
        return None  # "Percentage of total net sales" under each expense: which one the question means is not said
    out = q.clone()
    out.operation, out.items = "lookup", [phrase]
    return out

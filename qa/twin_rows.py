"""A row label the table prints twice for the same period, and a question that does not say which.

Apple's balance sheet prints "Term debt" under "Current liabilities" ($12,114 million) and again
under "Non-current liabilities" ($86,196 million). "What was Apple's term debt at June 29, 2024?"
names neither heading, so stating one of them as the answer would vouch for a guess. Where the one
figure an answer states has such a twin (same table, same column, the same label, another value)
under different headings, and the question carries no word that sets the chosen row's heading
apart from the twin's, the answer is `uncertain`, and the reason names both figures. Twins under
no heading, or the same one, are left to the chooser: their headings cannot tell them apart, and
on TAT-QA dev it picked them right; unless the question names a section that heads the twin and not
the chosen row ("potash" of a "POTASH" row over the potash block's "Average selling price", the nitrogen
block's chosen).

A label printed once with the filer's name and once without is such a pair too: Oracle's balance
sheet prints "Total Oracle Corporation stockholders' equity" ($8,704 million) and, below the
noncontrolling interests, "Total stockholders' equity" ($9,239 million). The company's name is taken
out of a question before its line item is read, so "total Oracle stockholders' equity" cannot tell
them apart: the answer is `uncertain` and names both (`company_twin`).
"""

from __future__ import annotations

import re

from index.models import Fact
from qa.lexicon import tokens


def _key(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", label.lower()).strip()


def _column_rivals(view, fact: Fact) -> list[Fact]:
    """The other cells of `fact`'s table and column in its unit, with another value."""
    if fact.kind != "table" or fact.source.table_id is None:
        return []
    return [f for f in view.table_facts
            if f.source.table_id == fact.source.table_id and f.source.column == fact.source.column
            and f.id != fact.id and f.value != fact.value and f.unit == fact.unit]


def twins(view, fact: Fact) -> list[Fact]:
    """Cells of `fact`'s table and column whose row prints the same label with another value."""
    key = _key(view.label_of(fact))
    return [f for f in _column_rivals(view, fact) if _key(view.label_of(f)) == key]


def _unnamed_key(label: str, name: set[str]) -> str:
    from qa.question import NAME_SUFFIXES

    return " ".join(w for w in _key(label).split() if w not in name and w not in NAME_SUFFIXES)


def company_twin(view, fact: Fact) -> Fact | None:
    """A cell of `fact`'s table and column, with another value, whose label is the chosen one with
    the filer's name added or taken out ("Total Oracle Corporation stockholders' equity" and "Total
    stockholders' equity")."""
    from qa.question import company_words

    name = company_words(view.parsed.filing)
    if not name:
        return None
    own = view.label_of(fact)
    key = _unnamed_key(own, name)
    return next((f for f in _column_rivals(view, fact)
                 if _key(view.label_of(f)) != _key(own) and _unnamed_key(view.label_of(f), name) == key), None)


def unresolved_twin(view, fact: Fact, question: str) -> Fact | None:
    """The first twin the question does not set `fact` apart from: no word of the question is a word
    of the chosen row's heading that the twin's heading lacks ("current" of "Current liabilities"
    against "Non-current liabilities")."""
    asked = set(tokens(question))
    own = set(tokens(view.parent_of(fact) or ""))
    found = twins(view, fact)
    rows = [fact.source.row] + [t.source.row for t in found]
    own_section = None  # the chosen row's section words, read once where a twin shares its heading
    for twin in found:
        other = set(tokens(view.parent_of(twin) or ""))
        if own != other and not (asked & (own - other)):
            return twin
        if own == other:
            own_section = _section_words(view, fact, rows) if own_section is None else own_section
            if asked & (_section_words(view, twin, rows) - own_section):
                return twin  # "potash selling price" answered by NITROGEN's "Average selling price", POTASH's below it
    return company_twin(view, fact)


def _section_words(view, fact: Fact, twin_rows: list) -> set[str]:
    """The words of the label-only rows above `fact`'s row back to the row of another twin ("NITROGEN",
    "Sales volumes (000 tonnes)", "Per tonne (3):" over the nitrogen block's "Average selling price")."""
    table, _ = view.row(fact)
    if table is None or fact.source.row is None:
        return set()
    words: set[str] = set()
    for i in range(fact.source.row - 1, -1, -1):
        if i in twin_rows:
            break
        row = table.rows[i]
        if not any(c.value is not None for c in row.cells):
            words |= set(tokens(row.label))
    return words


def twin_problem(view, fact: Fact, twin: Fact) -> str:
    """What the uncertain answer's reason says: both figures, each with its heading."""
    from qa.answer import say_amount

    def heading(f: Fact) -> str:
        return (view.parent_of(f) or "no heading").rstrip(": ")

    if view.label_of(fact) != view.label_of(twin):
        return (f"the table prints “{view.label_of(fact)}” ({say_amount(fact.value, fact.unit)}) and “{view.label_of(twin)}” "
                f"({say_amount(twin.value, twin.unit)}) for this period, and the question does not say which")
    return (f"the table prints “{view.label_of(fact)}” twice for this period, {say_amount(fact.value, fact.unit)} under "
            f"“{heading(fact)}” and {say_amount(twin.value, twin.unit)} under “{heading(twin)}”, and the question does "
            f"not say which")

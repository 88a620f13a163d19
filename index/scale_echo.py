"""A table printed without a scale that repeats another table's figures reads in that table's scale.

A 10-Q's MD&A often drops the "(in millions)" its statements print: "Data Center $ 1,284.6" in
an end-market table is the segment note's "Data Center 1,284.6", in millions. Where rows of two
different labels in an unscaled table print the same money figures, digit for digit, as rows of the
same labels in a scaled table of the filing, the unscaled table takes that table's scale caption and
is read again (`index/parse.py`). Nothing else moves a table's scale: a table whose figures echo no
scaled table's keeps the figures as printed.
"""
from __future__ import annotations

import re

from index.models import Table

_DIGITS = re.compile(r"\d[\d,]*\.?\d*")


def _money_figures(table: Table) -> set[tuple[str, str]]:
    """(row label, figure as printed) of every money cell with at least three digits."""
    out = set()
    for row in table.rows:
        label = " ".join(re.sub(r"[^a-z ]", " ", row.label.lower()).split())
        for cell in row.cells:
            if cell.unit != "USD" or cell.value is None:
                continue
            m = _DIGITS.search(cell.raw or "")
            if label and m and sum(ch.isdigit() for ch in m.group()) >= 3:
                out.add((label, m.group()))
    return out


def echoed_scale(table: Table, tables: list[Table]) -> str | None:
    """The scale caption of the scaled table whose figures this unscaled table repeats, or None."""
    if table.scale:
        return None
    mine = _money_figures(table)
    if not mine:
        return None
    for other in tables:
        if other.id == table.id or not other.scale or other.scale_power <= 0:
            continue
        shared = mine & _money_figures(other)
        if len({label for label, _ in shared}) >= 2:
            return other.scale
    return None

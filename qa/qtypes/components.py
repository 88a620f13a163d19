"""Components: "What are the components of total revenue?", "What items does free cash flow
consist of?", "How many categories are there under stock-based compensation expense?"

The answer is the line items a table lists under the asked item: the rows below a heading row
that names it ("Deferred tax liabilities:" then its rows, up to their total), or the rows above a
total row that names it ("Total revenue" and the rows it adds up, back to the previous heading or
total). "The items listed in the table" of a filing with one table are its rows but the totals.
Each line item is cited to its row; a count counts the rows' first figures with a `count` step.
An item that names no heading or total row well, or names two equally well, is left to the other
types (a definition sentence, a lookup).
"""

from __future__ import annotations

import re

from qa.models import Answer, Value
from qa.qtypes.base import AnswerContext

# Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val:
#   python -m evals.multi_types --side dev --datasets tatqa
PRECISION = 0.92  # 11 right of 11 on TAT-QA dev, as (right + 1) / (answered + 2); val: 7 of 7
MIN_FIT = 0.75   # how well the heading or total row must name the asked item (qa.lexicon.match_label)
TIE = 0.02
_NOUNS = r"(?:financial\s+|main\s+|major\s+|key\s+|different\s+|various\s+)*" \
         r"(?:components?|items?|line\s+items|categories|types|elements|constituents|classes)"
_LIST = re.compile(rf"^\s*(?:what|which)\s+(?:(?:are|were)\s+(?:the\s+)?)?{_NOUNS}\b(?P<rest>.*)$", re.I)
# the item ends at a non-space, so a long run of spaces is not tried position by position
_CONSIST = re.compile(rf"^\s*what\s++{_NOUNS}\s++(?:does|do|did)\s++(?P<rest>.*?\S)\s+(?:consist\s+of|comprise|include)\b.*$", re.I)
_COUNT = re.compile(rf"^\s*how\s+many\s+{_NOUNS}\b(?P<rest>.*)$", re.I)
# words around the item, not of it
_AROUND = re.compile(r"\b(?:of|under|in|within|for|making\s+up|that\s+make\s+up|which\s+make\s+up|comprising|included|"
                     r"listed|shown|presented|there|are|is|were|was|the|company'?s?|table|does|do|consist|up)\b|[?,]", re.I)
_TABLE_ONLY = re.compile(r"\b(?:in|from|of)\s+the\s+table\b", re.I)
_TOTAL_ROW = re.compile(r"^\s*(?:total|sub-?total)\b", re.I)
_NET_OR_GROSS = re.compile(r"^\s*(?:net|gross)\b", re.I)


def _closes(label: str, head: str) -> bool:
    """A row that ends the block under `head`: a total, or "Gross deferred tax assets" under
    "Deferred tax assets" (not "Net operating loss carryforwards" under it)."""
    from qa.lexicon import tokens

    if _TOTAL_ROW.match(label):
        return True
    return bool(_NET_OR_GROSS.match(label)) and set(tokens(head)) <= set(tokens(label))


def _asked(question: str) -> tuple[str, str] | None:
    """("list" or "count", the item's words) for a question of this form."""
    for form, pattern in (("count", _COUNT), ("list", _CONSIST), ("list", _LIST)):
        m = pattern.match(question)
        if m:
            if form == "count" and not re.search(r"\b(?:there|under|of|in)\b", m["rest"], re.I):
                return None  # "how many items were sold": a count of something else
            return form, re.sub(r"\s+", " ", _AROUND.sub(" ", m["rest"])).strip()
    return None


def _has_values(row) -> bool:
    return any(c.value is not None for c in row.cells)


def _block_under(rows: list, i: int) -> list[int]:
    """The rows under heading row i: while they carry it as parent (or, when the parser set no
    parent, up to the next heading or total), totals left out."""
    head = rows[i].label
    out = []
    for j in range(i + 1, len(rows)):
        r = rows[j]
        if r.parent is not None and r.parent != head:
            break
        if r.parent is None and (not _has_values(r) or not r.label.strip()):
            break
        if _closes(r.label, head):
            break
        if _has_values(r) and r.label.strip():
            out.append(j)
    return out


def _block_above(rows: list, i: int) -> list[int]:
    """The rows a total row i adds up: those above it back to a heading, a blank label or another total."""
    out = []
    for j in range(i - 1, -1, -1):
        r = rows[j]
        if not r.label.strip() or not _has_values(r) or _TOTAL_ROW.match(r.label) or _NET_OR_GROSS.match(r.label) \
                or r.parent != rows[i].parent:
            break
        out.append(j)
    return out[::-1]


def _blocks(view, item: str) -> list[tuple[float, object, int, list[int]]]:
    """(fit, table, row of the heading or total, component rows) for every heading or total row."""
    from qa.lexicon import match_label

    out = []
    for table in view.parsed.tables:
        rows = table.rows
        for i, r in enumerate(rows):
            if not r.label.strip():
                continue
            if not _has_values(r):
                block = _block_under(rows, i)
            elif _TOTAL_ROW.match(r.label) or _NET_OR_GROSS.match(r.label):
                block = _block_above(rows, i)
            else:
                continue
            if len(block) >= 2:
                out.append((match_label(item, r.label.strip().rstrip(":"), r.parent), table, i, block))
    return sorted(out, key=lambda x: -x[0])


class Components:
    name = "components"
    priority = 12
    precision = PRECISION
    last: dict | None = None   # what the last answer rested on: printed by evals/multi_types.py -v

    def recognise(self, question: str, plan) -> bool:
        return _asked(question) is not None

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.lexicon import tokens
        from qa.program import run

        form, item = _asked(ctx.question) or (None, "")
        view, solver = ctx.view, ctx.solver
        tables = view.parsed.tables
        if not tokens(item):
            if not _TABLE_ONLY.search(ctx.question) or len(tables) != 1:
                return None
            table = tables[0]
            rows = [i for i, r in enumerate(table.rows) if r.label.strip() and _has_values(r) and not _TOTAL_ROW.match(r.label)]
            head = None
        else:
            found = _blocks(view, item)
            if not found or found[0][0] < MIN_FIT:
                return None
            if len(found) > 1 and found[1][0] >= found[0][0] - TIE and _labels(found[1]) != _labels(found[0]):
                return None  # two headings name the item as well, with other rows under them
            _, table, at, rows = found[0]
            head = table.rows[at].label.strip().rstrip(":")
        if len(rows) < 2:
            return None
        cites = [solver.citer.span(table.rows[i].start, table.rows[i].end) for i in rows]
        labels = [table.rows[i].label.strip().rstrip(":") for i in rows]
        listing = "; ".join(f"{label} [{c}]" for label, c in zip(labels, cites))
        under = f"“{head}”" if head else "The table"
        self.last = {"head": head, "rows": labels}
        if form == "list":
            return Answer(status="answered", text=f"{under} lists {len(labels)} line items: {listing}.", spans=labels,
                          citations=solver.citer.citations, method="rules", fits_question=True, in_filing=True)
        from qa.answer import _figure

        first_of_row = {r: cells[0] for r, cells in view.cells_by_row(table.id).items()}
        firsts = [first_of_row.get(i) for i in rows]
        if any(f is None for f in firsts):
            return None
        figs = [_figure(view, f, solver.citer) for f in firsts]
        program = run([("count", [str(f.value) for f in firsts])])
        n = program[-1].result
        return Answer(status="answered", text=f"{n}: {under} lists {listing}.", value=Value(amount=n, unit="count"),
                      figures=figs, program=program, citations=solver.citer.citations, method="rules",
                      fits_question=True, in_filing=True)


def _labels(found: tuple) -> list[str]:
    """The component rows' labels of a `_blocks` entry."""
    _, table, _, rows = found
    return [table.rows[i].label for i in rows]


QUESTION_TYPE = Components()

"""Cumulative total return from a performance table: the stock performance graph of a 10-K (Item 5),
where each row follows $100 invested at the first date in the company, an index or a peer group.

- "What was the percentage cumulative total return for X for the five years ended 2016?" ->
  (ending value - 100) / 100, in percent, with a `percent_change` step over the two cited cells.
- "What was the difference in percentage cumulative return for X and the S&P 500 Index?" -> the
  two returns, then a `subtract` step (percentage points).
- "Did X outperform the S&P 500 over the five year period?" -> yes or no, a `greater` step over the
  two ending values.

A performance table is known by its shape, not its words: two or more rows whose first figure is 100
(the base) and that run over three or more columns. The rows asked are those whose labels the
question's words name (a company, an index, a peer group), in the order asked; the end is the
table's last column unless the question names a year that one of its columns ends in. A question
naming no such row, or two rows equally well, is left to the other types, as is every question over
a filing without such a table (a pension plan's "return on plan assets" is not this).

Measured on the dev side of the page split (qa/train_chooser.py `_page_side`) of FinQA dev and the
FinQA train sample: `python -m evals.multi_types --side dev --datasets finqa`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer, Value
from qa.qtypes.base import AnswerContext

# Dev side of FinQA dev and the train sample (python -m evals.multi_types --side dev --datasets finqa,finqa_train):
# 11 answered, 10 right by the benchmark's gold; the eleventh asks DISCA's return and its gold takes DISCB's row
# (checked against the page's table), so 11 of 11, as (right + 1) / (answered + 2). Validation side: 1 of 1.
PRECISION = 0.92
BASE = Decimal(100)
MIN_COLUMNS = 3
_ASKS = re.compile(r"\bcumulative\b.*\breturn|\btotal\s+(?:stock(?:holder|owner)s?'?\s+|share(?:holder|owner)s?'?\s+)?returns?\b|"
                   r"\boutperform", re.I)
_YES_NO = re.compile(r"^\s*(?:did|does|do|has|have|was|were|is)\b.*\boutperform", re.I)
_DIFFERENCE = re.compile(r"\bdifference\b|\bcompared\s+(?:to|with)\b|\bversus\b|\bvs\.?\b|\bhow\s+much\b.*\boutperform", re.I)
_RATIO = re.compile(r"\bratio\b|\btimes\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "FY2016" too, where a word boundary would not do
_AMOUNT = re.compile(r"\binvest(?:ed|ing)\b", re.I)  # "if 1000000 is invested": a sum of the user's
# words that name no row: they are in every question of this form, or in every row label
_GENERIC = {"cumulative", "total", "return", "returns", "percentage", "percent", "difference", "year", "years", "five",
            "period", "ended", "ending", "outperform", "stockholder", "shareholder", "shareowner", "stock", "investment",
            "index", "corporation", "inc", "company", "group", "the", "what", "did", "was"}


def _performance_tables(view) -> list[tuple[object, dict[int, list], int]]:
    """(table, {row: its cells by column}, last column) for each table of that shape."""
    out = []
    for table in view.parsed.tables:
        rows = view.cells_by_row(table.id)
        columns = sorted({f.source.column for cells in rows.values() for f in cells})
        if len(columns) < MIN_COLUMNS:
            continue
        base = columns[0]
        based = [r for r, cells in rows.items() if cells and cells[0].source.column == base and cells[0].value == BASE]
        if len(based) >= 2:
            out.append((table, {r: rows[r] for r in based}, columns[-1]))
    return out


def _named_rows(question: str, table, rows: dict[int, list]) -> list[tuple[int, int]]:
    """(position in the question, row) for each row whose label's own words the question names."""
    from qa.lexicon import tokens

    q = question.lower()
    asked = set(tokens(question))
    out = []
    for r in rows:
        label = table.rows[r].label
        own = [t for t in dict.fromkeys(tokens(label)) if t not in _GENERIC]
        if own and all(t in asked for t in own):
            first = min((m.start() for t in own for m in re.finditer(rf"(?<![a-z0-9]){re.escape(t)}(?![a-z0-9])", q)),
                        default=len(q))
            out.append((first, r))
    return sorted(out)


def _end_cell(cells: list, question: str, last: int):
    """The row's cell at the year the question ends on (qa/candidates.py `fact_year`: its period's end,
    else its column's year), else at the table's last column."""
    from qa.candidates import fact_year

    years = _YEAR.findall(question)
    if years:
        for f in cells[1:]:
            if fact_year(f) == int(years[-1]):
                return f
    return next((f for f in cells if f.source.column == last), None)


class CumulativeReturn:
    name = "cumulative_return"
    priority = 11
    precision = PRECISION
    last: dict | None = None   # what the last answer rested on: printed by evals/multi_types.py -v

    def recognise(self, question: str, plan) -> bool:
        # "the total return if 1000000 is invested in 2011": the user's sum, another program
        return bool(_ASKS.search(question)) and not _RATIO.search(question) and not _AMOUNT.search(question)

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.answer import _figure
        from qa.program import fmt, run

        view, solver, question = ctx.view, ctx.solver, ctx.question
        found = None
        for table, rows, last in _performance_tables(view):
            named = _named_rows(question, table, rows)
            if named:
                if found is not None:
                    return None  # two performance tables name the asked rows: which one is unclear
                found = (table, rows, last, [r for _, r in named])
        if found is None:
            return None
        table, rows, last, named = found
        years = sorted(set(_YEAR.findall(question)))
        start_year = re.findall(rf"{_YEAR.pattern}|(?<=/)\d\d$", rows[named[0]][0].column_label or "")
        if len(years) >= 2 and not (start_year and years[0].endswith(start_year[-1][-2:])):
            return None  # a start other than the table's base date: not the cumulative return it shows
        two = bool(_YES_NO.search(question) or _DIFFERENCE.search(question))
        if len(named) != (2 if two else 1):
            return None
        picks = []
        for r in named:
            end = _end_cell(rows[r], question, last)
            if end is None:
                return None
            picks.append((table.rows[r].label.strip(), rows[r][0], end))
        figs = [_figure(view, f, solver.citer) for _, start, end in picks for f in (start, end)]
        cites = [f"[{solver.citer.fact(f)}]" for _, start, end in picks for f in (start, end)]
        self.last = {"rows": [p[0] for p in picks], "end": picks[0][2].column_label}
        # labels and dates quoted as printed: their digits ("S&P 500", "2014") are the filing's words, not figures
        when = f"“{picks[0][2].column_label or picks[0][2].period}”"
        since = f"“{picks[0][1].column_label or picks[0][1].period}”"
        picks = [(f"“{label}”", start, end) for label, start, end in picks]
        if _YES_NO.search(question):
            (la, _, ea), (lb, _, eb) = picks
            program = run([("greater", [str(ea.value), str(eb.value)])])
            yes = program[-1].result == "yes"
            text = (f"{'Yes' if yes else 'No'}: $100 invested in {la} at {since} was worth ${fmt(ea.value)} at {when} "
                    f"{cites[1]}, against ${fmt(eb.value)} for {lb} {cites[3]}.")
            return Answer(status="answered", text=text, figures=figs, program=program, citations=solver.citer.citations,
                          method="rules", fits_question=True, in_filing=True)
        steps = [("percent_change", [str(end.value), str(start.value)]) for _, start, end in picks]
        if len(picks) == 2:
            steps.append(("subtract", ["#0", "#1"]))
        program = run(steps)
        value = Decimal(program[-1].result)
        parts = "; ".join(f"{label}: $100 at {since} {cites[2 * i]} was ${fmt(end.value)} at {when} {cites[2 * i + 1]}"
                          for i, (label, _, end) in enumerate(picks))
        head = (f"The difference in cumulative total return is {fmt(value)} percentage points" if len(picks) == 2
                else f"The cumulative total return is {fmt(value)}%")
        return Answer(status="answered", text=f"{head} ({parts}).", value=Value(amount=fmt(value), unit="percent"),
                      figures=figs, program=program, citations=solver.citer.citations, method="rules",
                      fits_question=True, in_filing=True)


QUESTION_TYPE = CumulativeReturn()

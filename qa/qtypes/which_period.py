"""Which period: "In which year was X the largest?", "In which years was X reported?"

Reads the asked line item's best-fitting table row and its dated columns. A superlative or
comparative ("largest", "higher", "lowest") asks for the period whose figure is the max or min,
computed by a `max`/`min` step over the row's cells; without one, the question asks which
periods the row reports. The answer names the period(s) and cites every cell it compared.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer
from qa.qtypes.base import AnswerContext

_ASKS = re.compile(r"^\s*(?:in|during|for)?\s*which\s+(?:fiscal\s+)?(?P<unit>year|quarter|period)(?P<plural>s)?\b", re.I)
_MOST = re.compile(r"\b(?:largest|larger|highest|higher|greatest|greater|biggest|bigger|most|more|maximum|peak)\b", re.I)
_LEAST = re.compile(r"\b(?:smallest|smaller|lowest|lower|least|less|fewest|fewer|minimum)\b", re.I)
_HELPER = re.compile(r"\b(?:in|during|for|which|fiscal|years?|quarters?|periods?|was|were|is|are|did|does|do|the|amount|"
                     r"value|of|calculated|provided|provide|reported|recorded|disclosed|presented|shown|listed|given|a|an|table|"
                     r"information|info|data|details?|related|to|company|about|on|"
                     r"largest|larger|highest|higher|greatest|greater|biggest|bigger|most|more|maximum|smallest|"
                     r"smaller|lowest|lower|least|less|fewest|fewer|minimum|than|other)\b", re.I)
MIN_FIT = 0.5   # the row must name the item at least this well (qa.lexicon.match_label)
# "which years does the table show", answered with the one table's years where no row names the item:
# measured on the dev side of the page split (python -m evals.multi_types --side dev -v, which_period rows)
# 12 of 12 there, as (right + 1) / (answered + 2); val: 3 of 3
TABLE_YEARS_PRECISION = 0.93
# a question about what the table reports, not about when something happened ("in which period did X provide ...")
_ABOUT_THE_TABLE = re.compile(r"\btable\b|\b(?:calculated|recorded|reported|presented|shown|listed|disclosed|given)"
                              r"(?:\s+(?:for|in))?\??$", re.I)  # searched in the stripped question
_THRESHOLD = re.compile(r"\b(?P<cmp>less\s+than|lower\s+than|below|under|more\s+than|greater\s+than|higher\s+than|above|over|"
                        r"exceed(?:ed|s)?)\s*(?P<cur>\$)?\s*(?P<num>-?[\d,]*\.?\d+)\s*(?P<scale>thousands?|millions?|billions?)?"
                        r"\s*(?P<pct>%)?", re.I)
_NEGATIVE = re.compile(r"\bnegative\b", re.I)
_SCALES = {"thousand": 3, "million": 6, "billion": 9}


class WhichPeriod:
    name = "which_period"
    priority = 15
    # answered TAT-QA dev "which year" questions whose named years are exactly the gold: 78 of 81
    # (developed on them: an optimistic figure)
    precision = 0.96

    def recognise(self, question: str, plan) -> bool:
        return _ASKS.search(question) is not None

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.answer import _figure, say_amount
        from qa.candidates import fact_year
        from qa.lexicon import tokens
        from qa.program import run

        text = ctx.plan.question
        threshold, negative, asked = condition(text)
        item = item_words(asked)
        if not tokens(item):
            return None
        view, solver = ctx.view, ctx.solver
        ranked = view.table_candidates(item, set(tokens(text)))
        if not ranked or ranked[0][0] < MIN_FIT:
            plain = not (threshold or negative or _MOST.search(asked) or _LEAST.search(asked))
            return _years_of_the_table(ctx) if plain else None
        _, label, parent = ranked[0]
        if _ASKS.search(text)["unit"].lower() == "quarter":
            # "In which quarter of 2024 was revenue the highest?": the quarters' columns, not the years
            return _which_quarter(ctx, label, parent, text, asked)
        cells = {}
        for f in view.by_label[(label, parent)]:
            year = fact_year(f)
            if year is not None and f.kind == "table" and year not in cells:
                cells[year] = f
        if len(cells) < 2:
            return None
        years = sorted(cells, reverse=True)
        facts = [cells[y] for y in years]
        figs = [_figure(view, f, solver.citer) for f in facts]
        cites = "".join(f"[{g.citation}]" for g in figs)
        quoted = "“" + label.strip().rstrip(":") + "”"
        listing = ", ".join(f"{say_amount(f.value, f.unit)} in {y}" for y, f in zip(years, facts))
        most, least = _MOST.search(asked), _LEAST.search(asked)
        if threshold or negative:
            printed_units = view.table_scale(facts[0]) == 0  # no scale found: the question's "thousands" is the table's unit
            keep = [(y, f) for y, f in zip(years, facts) if _passes(f, threshold, negative, printed_units)]
            if not keep:
                return None
            spans = [str(y) for y, _ in keep]
            picked = " and ".join(spans)
            # the question's own number is no figure of the filing: it is not restated (the verifier would refuse it)
            rule = "is negative" if negative else f"is {threshold['cmp'].lower()} the amount asked"
            program = []
            answer_text = f"{picked}: {quoted} was {listing} {cites}; it {rule} in {picked}."
        elif most or least:
            largest = bool(most and not least)
            # "Corporate expense (118) (104) (97)": amounts printed as deductions are compared by their size, so the
            # largest expense is the most negative figure
            by_size = all(f.value < 0 and "(" in (f.as_printed or "") for f in facts)
            op = "max" if largest != by_size else "min"
            program = run([(op, [str(f.value) for f in facts])])
            pick = next(y for y, f in zip(years, facts) if f.value == Decimal(program[-1].result))
            spans = [str(pick)]
            answer_text = (f"{pick}: {quoted} was {listing} {cites}; the {'largest' if largest else 'smallest'}"
                           f"{' (printed as deductions, compared by size)' if by_size else ''} is in {pick}.")
        else:
            program = []
            spans = [str(y) for y in years]
            answer_text = f"{' and '.join(spans)}: {quoted} is reported for {listing} {cites}."
        return Answer(status="answered", text=answer_text, spans=spans, figures=figs, program=program,
                      citations=solver.citer.citations, method="rules", fits_question=True, in_filing=True)


_QUARTER_NAMED = re.compile(r"\b(?P<w>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b|\bQ(?P<n>[1-4])\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _which_quarter(ctx: AnswerContext, label: str, parent: str | None, text: str, asked: str) -> Answer | None:
    """The quarter a row is largest or smallest in, over the columns that name quarters of the year the
    question names (a 10-K's quarterly data); None where the columns name no quarters, the question names
    no year they share, or it asks no comparative."""
    from qa.answer import _figure, say_amount
    from qa.candidates import fact_year
    from qa.program import run

    most, least = _MOST.search(asked), _LEAST.search(asked)
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    if not (most or least) or len(years) != 1:
        return None
    year = years.pop()
    cells: dict[int, object] = {}
    for f in ctx.view.by_label[(label, parent)]:
        m = _QUARTER_NAMED.search(f.column_label or "")
        if m and f.kind == "table" and fact_year(f) == year:
            cells.setdefault(_ORDINAL[m["w"].lower()] if m["w"] else int(m["n"]), f)
    if len(cells) < 2:
        return None
    quarters = sorted(cells)
    facts = [cells[q] for q in quarters]
    figs = [_figure(ctx.view, f, ctx.solver.citer) for f in facts]
    largest = bool(most and not least)
    program = run([("max" if largest else "min", [str(f.value) for f in facts])])
    pick = next(q for q, f in zip(quarters, facts) if f.value == Decimal(program[-1].result))
    names = {1: "first quarter", 2: "second quarter", 3: "third quarter", 4: "fourth quarter"}
    listing = ", ".join(f"{say_amount(f.value, f.unit)} in the {names[q]}" for q, f in zip(quarters, facts))
    cites = "".join(f"[{g.citation}]" for g in figs)
    spans = [f"Q{pick} {year}"]
    text_out = (f"The {names[pick]} of {year}: “{label.strip().rstrip(':')}” was {listing} {cites}; the "
                f"{'largest' if largest else 'smallest'} is in the {names[pick]}.")
    return Answer(status="answered", text=text_out, spans=spans, figures=figs, program=program,
                  citations=ctx.solver.citer.citations, method="rules", fits_question=True, in_filing=True)


def _years_of_the_table(ctx: AnswerContext, table=None) -> Answer | None:
    """"Which years does the table show?", "In which years was operating income calculated?" where
    no row names the item: the years of the filing's one table, each cited to its first figure
    (a filing with several tables does not say which one is meant). A caller that has picked the
    table itself (qa/qtypes/table_about.py) passes it."""
    from qa.answer import _figure
    from qa.candidates import fact_year

    view, solver = ctx.view, ctx.solver
    if table is None:
        if len(view.parsed.tables) != 1 or not _ABOUT_THE_TABLE.search(ctx.question.strip()):
            return None
        table = view.parsed.tables[0]
    first: dict[int, object] = {}
    for f in view.cells_of(table.id):
        year = fact_year(f)
        if year is not None and year not in first:
            first[year] = f
    if len(first) < 2:
        return None
    cols = sorted(first, key=lambda y: first[y].source.column)
    cites = {y: _figure(view, first[y], solver.citer) for y in cols}
    listing = " and ".join(f"{y} [{cites[y].citation}]" for y in cols)
    spans = [str(y) for y in cols]
    return Answer(status="answered", text=f"{' and '.join(spans)}: the table reports figures for {listing}.",
                  spans=spans, figures=[cites[y] for y in cols], citations=solver.citer.citations, method="rules",
                  fits_question=True, in_filing=True, confidence=TABLE_YEARS_PRECISION)


def condition(text: str) -> tuple[re.Match | None, re.Match | None, str]:
    """The question's condition (a bound such as "above $30,000 thousand", or "negative") and the
    question without the bound."""
    threshold, negative = _THRESHOLD.search(text), _NEGATIVE.search(text)
    return threshold, negative, text[:threshold.start()] + text[threshold.end():] if threshold else text


def item_words(asked: str) -> str:
    """The line item the rest of the question names: punctuation, "negative" and the helper words gone."""
    return re.sub(r"\s+", " ", _HELPER.sub(" ", re.sub(r"[?,]|\.(?!\d)", " ", _NEGATIVE.sub(" ", asked)))).strip()


def _passes(f, threshold, negative, printed_units: bool = False) -> bool:
    """The cell meets the question's condition: negative, or beyond a number given with its scale
    ("15,000 thousands") or, without one, in the table's printed units."""
    if negative:
        return f.value < 0
    num = Decimal(threshold["num"].replace(",", ""))
    if threshold["scale"] and not printed_units:
        value, bound = f.value, num.scaleb(_SCALES[threshold["scale"].lower().rstrip("s")])
    else:
        digits = re.sub(r"[^\d.]", "", f.as_printed or "")
        if not digits.strip("."):
            return False
        value = Decimal(digits) * (-1 if f.value < 0 else 1)
        bound = num
    below = threshold["cmp"].lower().split()[0] in ("less", "lower", "below", "under")
    return value < bound if below else value > bound


QUESTION_TYPE = WhichPeriod()

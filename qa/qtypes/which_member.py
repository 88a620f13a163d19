"""Which member: "Which segment had the highest revenue?", "Which end market grew the fastest year over
year?", "Which product had the lowest sales in 2024?", "Which segment had the most members?"

The question names a kind of part (segment, product, region, commodity group; any words but a period)
and a measure (revenue, sales, members, growth). The answer is the row of a breakdown table whose
figure for the measure is the largest or smallest: a table whose title, column heading or total row
names the measure, and whose rows above its total are the parts. The column is the question's period
(the filing's current one where none is named), and, where the table splits the period ("U.S. |
International | Total"), its total. "Grew the fastest" compares each part's percent change from the
same period a year earlier. The program is a `max` or `min` over the parts' figures, each cited.

The parts must add up to the total (within a printed unit each), so a roll-forward's lines or a
reconciliation ("Segment operating income, Research and development, ...") are never ranked; a segment
note whose columns are the parts ("Cloud | Devices | All Other | Consolidated") is read the same way,
its reconciling "All Other" counted in the sum and not ranked. A measure of money (revenue, income,
cost) is read only from figures in dollars. Where nothing in the filing calls the parts what the question
does (the table's title, headings or a sentence beside each part: "Revenue by End Market", "two
operating segments, Cloud and Devices"), the answer is the best candidate at `UNNAMED_KIND`, not vouched for.

A block of rates under a heading that names the measure and has no total ("Operating margin" over each
segment's margin) is ranked where each of its rows is also a part of a block of amounts in the same table
that adds up to its total.

The type declines (None) where no table names the measure, where two tables that do give different
answers, where fewer than two parts have a figure of one unit for the period, or where a part's
figure ties the pick.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer
from qa.qtypes.base import AnswerContext

_ASKS = re.compile(
    r"^\s*(?:which|what)\s+(?P<kind>(?:[\w&’'-]+\s+){0,3}?)(?P<verb>had|has|have|was|is|were|are|generated|contributed|"
    r"reported|posted|saw|recorded|delivered|grew|increased|declined|decreased|fell|dropped|shrank|showed|closed|shipped|"
    r"sold|ordered|booked|"
    r"produced|originated|opened|added)\b(?P<rest>.*)$", re.I)
_NAMED_FIRST = re.compile(
    r"^\s*(?:which|what)\s+(?:was|is|were|are)\s+(?:the|our|its|their)\s+(?P<sup>highest|largest|greatest|biggest|"
    r"fastest[- ]growing|strongest|lowest|smallest|slowest[- ]growing|weakest)\s+(?P<kind>(?:[\w&’'-]+\s+){0,2}?"
    r"(?:segments?|markets?|products?|regions?|geograph(?:y|ies)|countr(?:y|ies)|customers?|businesse?s?|divisions?|"
    r"brands?|categor(?:y|ies)|channels?|groups?|lines?|franchises?|portfolios?|propert(?:y|ies)|units?))"
    r"(?P<rest>\s+(?:by|in|for|during|of)\b.*|\s*\??)$", re.I)
_MOST = re.compile(r"\b(?:highest|largest|greatest|biggest|most|fastest|strongest|maximum)\b", re.I)
_LEAST = re.compile(r"\b(?:lowest|smallest|least|fewest|slowest|weakest|minimum)\b", re.I)
_NOT_A_PART = re.compile(r"\b(?:years?|quarters?|periods?|months?|fiscal|dates?|days?|times?|ones?)\b", re.I)
_GROWTH = re.compile(r"\b(?:grew|grow\w*|growth|increased|increase|declined|decreased|fell|dropped|shrank|fastest|slowest)\b", re.I)
# "Which end market declined the most?": the largest fall is the smallest change
_FALLING = re.compile(r"\b(?:declined|decreased|fell|dropped|shrank|contracted)\b", re.I)
_MEASURE_HELPERS = re.compile(r"\b(?:the|a|an|in|for|of|during|at|as|on|its|their|year|over|and|with|by|quarter|"
                              r"highest|largest|greatest|biggest|most|fastest|strongest|maximum|lowest|smallest|"
                              r"least|fewest|slowest|weakest|minimum|amount|figure|level|number|total|balance|size|value)\b", re.I)
_CHANGE_COLUMN = re.compile(r"%|\bchange\b|\bvariance\b|\bgrowth\b|\bpercent\b|\bmix\b|\bof\s+total\b", re.I)
_PACE = re.compile(r"\b(?:fastest|slowest|percent\w*|%|rate)\b", re.I)  # growth asked as a rate, not an amount
_SINCE = re.compile(r"\bsince\b", re.I)
_RATE_COLUMN = re.compile(r"\bper\b|\baverage\b|\$\s*/\s*[a-z]", re.I)  # "AISC ($/oz)": a price per unit too
_TOTAL = re.compile(r"^\s*(?:total|consolidated)\b", re.I)
_PART_OF = re.compile(r"\b(?:total|combined)\b", re.I)
# a row of a breakdown names a part, not a subtotal or an adjustment
_NOT_PART_ROW = re.compile(r"^\s*(?:total|consolidated|less|eliminations?|intersegment|corporate|adjustments?|"
                           r"reconciling|other\s+(?:and|&)\s+eliminations)\b", re.I)
_RESIDUAL = re.compile(r"^\s*(?:all\s+)?others?\b(?!\s+(?:and|&)\s+eliminations)", re.I)
_TITLED_BY = re.compile(r"^(?P<measure>.*?)\bby\b(?P<kind>.*)$", re.I)  # "Comparable RevPAR by Region"
_RATES = {"percent", "ratio"}  # figures that do not add up: a part's rate is no share of the total's
# a verb that names what is counted ("Which region closed the most homes?"): the measure is the noun a table
# heads its block with ("Closings (Deliveries)"), so "homes" alone does not pick the orders block above it
_VERB_MEASURE = {"delivered": {"delivery", "deliverie"}, "closed": {"closing"}, "shipped": {"shipment"},
                 "sold": {"sale"}, "ordered": {"order"}, "booked": {"booking"}, "produced": {"production"},
                 "originated": {"origination"}, "opened": {"opening"}, "added": {"addition"}}
_MEASURE_ALIASES = {"revenue": {"revenue", "sale"}, "sale": {"revenue", "sale"}, "member": {"member", "membership"}}
# The filers' own iXBRL tags grade it (python -m evals.which_member_tags): of the questions made from the
# segment, product and region tags of the two shared 10-Qs, 20 answered by this type, 20 right (its rules
# were developed on them, so the figure is optimistic), as (right + 1) / (answered + 2). The benchmarks
# ask this form too rarely to measure (python -m evals.multi_types: 5 TAT-QA questions, none answered).
PRECISION = 0.95
# a breakdown whose table, headings and sentences never call its parts what the question does ("Which region
# had the largest sales?" of a table of product lines): offered as the best candidate, not vouched for
UNNAMED_KIND = 0.5
# the words a filing calls a kind of part by, keyed on the question's word: any of them names it
_KIND_SYNONYMS = {"segment": {"segment", "business", "division", "reportable"},
                  "business": {"segment", "business", "division"}, "division": {"segment", "business", "division"},
                  "region": {"region", "geographic", "geography", "country", "area"},
                  "geography": {"region", "geographic", "geography", "country", "area"},
                  "country": {"country", "geographic", "geography", "region"},
                  "product": {"product", "category", "brand"}, "category": {"product", "category"},
                  "market": {"market"}, "channel": {"channel"}}
_KIND_NOUNS = {"segment", "business", "division", "region", "geography", "country", "product", "category", "market",
               "channel", "brand", "unit", "portfolio", "propertie", "property", "franchise", "of", "class"}
_GENERIC_KIND = {"group", "type", "kind", "line", "end", "operating", "reportable", "major", "main", "key"}
# words that name money and words that name a count: the measure's unit follows
_MONEY_MEASURE = {"revenue", "sale", "income", "profit", "expense", "cost", "earning", "ebitda", "asset", "liabilitie",
                  "cash", "spending", "capex", "expenditure", "backlog", "booking", "loss", "fee", "premium"}


def _words(text: str) -> set[str]:
    """The words of `text`, lower case, a plural's "s" dropped ("Products" and "product" are one word)."""
    return {w.lower().removesuffix("s") if len(w) > 3 else w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", text)}


def asked(question: str) -> tuple[str, str, bool, bool, set[str]] | None:
    """(kind of part, measure words, largest?, growth?, the words naming what its verb counts) of a "which
    part had the most X" question; None for any other ("In which year ...", "Which quarter ...": qa/qtypes/which_period.py)."""
    m = _ASKS.search(question)
    if m is None or not m["kind"].strip():
        named = _NAMED_FIRST.search(question)  # "What was the largest end market?", "Which was the biggest segment by revenue?"
        if named is None:
            return None
        kind, verb, rest = named["kind"].strip(), "", f'{named["sup"]} {named["rest"]}'
    else:
        kind, verb, rest = m["kind"].strip(), m["verb"], m["rest"]
    if not kind or _NOT_A_PART.search(kind):
        return None
    most, least = _MOST.search(rest), _LEAST.search(rest)
    if bool(most) == bool(least):
        return None
    growth = bool(_GROWTH.search(f"{verb} {rest}"))
    if growth and _FALLING.search(f"{verb} {rest}"):
        most, least = least, most
    measure = " ".join(_MEASURE_HELPERS.sub(" ", re.sub(r"[?,.]", " ", _GROWTH.sub(" ", rest))).split())
    measure = re.sub(r"\b(?:19|20)\d\d\b|\bq[1-4]\b|\bfy\s?\d\d\b|\bsince\b|\b(?:january|february|march|april|may|june|july|"
                     r"august|september|october|november|december)\b(?:\s+\d{1,2})?", " ", measure, flags=re.I)
    measure = " ".join(w for w in measure.split() if not re.fullmatch(r"(?:first|second|third|fourth|three|six|nine|twelve|"
                                                                   r"months?|ended|ending|latest|last|prior|year-over-year|"
                                                                   r"yoy|sequentially|sequential|compared|with|to|from|than|"
                                                                   r"recent|current|this|that|period|ago|earlier|before|"
                                                                   r"previous|fiscal|ytd|year-to-date|half|h[12]|company|company's|firm)", w, re.I))
    return kind, measure, bool(most), growth, _VERB_MEASURE.get(verb.lower(), set())


def _squash(label: str) -> str:
    """A label without case, spacing or punctuation: "Rest of Asia Pacific" and "RestOfAsiaPacific" are one."""
    return re.sub(r"[^a-z0-9]", "", label.lower())


def _ranked(parts, growth: bool, largest: bool):
    """The parts as (label, figure compared, fact now, fact earlier), the pick first; None where fewer
    than two parts have the figures or the first two tie (no one part is the answer). A residual row
    ("Other products", "All other") is no part to name: it adds up what the filing does not break out;
    nor is a reconciling row ("Corporate", "Eliminations"), though the parts foot to the total with it."""
    parts = [p for p in parts if not _RESIDUAL.match(p[0]) and not _NOT_PART_ROW.match(p[0])]
    if growth:
        values = [(label, (n.value - t.value) / abs(t.value) * 100, n, t) for label, n, t in parts
                  if t is not None and t.value != 0]
    else:
        values = [(label, n.value, n, None) for label, n, _ in parts]
    ranked = sorted(values, key=lambda v: v[1], reverse=largest)
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return None
    return ranked


class WhichMember:
    name = "which_member"
    priority = 16
    precision = PRECISION

    def recognise(self, question: str, plan) -> bool:
        return asked(question) is not None

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.answer import _figure, fits_fact, say_amount
        from qa.program import run

        found = asked(ctx.question)
        if found is None:
            return None
        kind, measure, largest, growth, counted = found
        view, solver = ctx.view, ctx.solver
        specs = solver.specs()
        now, earlier, default_earlier = specs[0], None, False
        shifted = [p for p in specs if p.relative in ("year_earlier", "quarter_earlier") and p.end is not None]
        if not growth and shifted and len(specs) > 1:
            # "... in the fourth quarter of 2025 a year earlier" (a follow-up asked again): the period moved back
            now = shifted[0]
        if growth:  # from the period a year (or, "sequentially", a quarter) before to the one asked or the current
            from qa.answer import DEFAULT_PERIOD
            from qa.question import PeriodSpec, resolve

            relative = [p for p in specs if p.relative in ("year_earlier", "quarter_earlier")]
            named = [p for p in specs if p not in relative]
            current = resolve(PeriodSpec(text=DEFAULT_PERIOD, relative="current"), solver.cal)
            if named and _SINCE.search(ctx.question):  # "grew the most since December 31, 2024": from then to now
                now, earlier = current, named[0]
            else:
                now = named[0] if named else current
                earlier = relative[0] if relative else resolve(PeriodSpec(text="a year earlier", relative="year_earlier"),
                                                               solver.cal, now)
                # a balance named no earlier date: the latest one before it the table shows (a 10-Q's year-end)
                default_earlier = not relative
        kind_words = _words(kind)
        # each word of the measure with its synonyms ("revenue" is named by "Net sales" too); where no measure is
        # named, the kind's own noun where a breakdown totals it ("Which loan category was the largest?": "Total
        # loans"), else the total of a table titled for the kind ("Which asset class grew the fastest?" of "AUM by
        # Asset Class"), else revenue ("What was the largest segment?", "Which end market grew the fastest?")
        own = _words(kind) - _GENERIC_KIND - _KIND_NOUNS
        said = [{w} | _MEASURE_ALIASES.get(w, set()) for w in _words(measure)]
        readings = [said] if said else ([[{w} for w in own]] if own else []) + [[], [{"revenue", "sale"}]]
        if counted:  # "closed the most homes": first the block the verb's noun heads ("Closings"), then any; never a
            # block of money or of anything else ("Which mine produced the most?" is no mine's cost of sales)
            readings = [said + [set().union(*(_MEASURE_ALIASES.get(w, {w}) for w in counted))]] + ([said] if said else [])
        found_tables = []
        for measure_words in readings:
            found_tables = [got for table in view.parsed.tables for read in (_breakdown, _across_columns, _by_title, _headed_rates)
                            if (got := read(view, table, measure_words, kind_words, now, earlier, fits_fact,
                                            default_earlier)) is not None]
            if found_tables:
                break
        ranked_by_table = [(fit, table, _ranked(parts, growth, largest)) for fit, table, parts in found_tables]
        ranked_by_table = [x for x in ranked_by_table if x[2] is not None]
        if not ranked_by_table:
            return None
        best = max(fit for fit, _, _ in ranked_by_table)
        top = [x for x in ranked_by_table if x[0] == best]
        if len({_squash(r[0][0]) for _, _, r in top}) > 1:
            return None  # two tables fit as well and name different parts: the question does not say which
        _, table, ranked = top[0]
        if growth and not _PACE.search(ctx.question):
            by_amount = max(ranked, key=lambda v: (v[2].value - v[3].value) * (1 if largest else -1))
            if by_amount[0] != ranked[0][0]:
                return None  # "grew the most": in dollars one part, in percent another; the question does not say
        falling = growth and bool(_FALLING.search(ctx.question))
        if falling and not largest and ranked[0][2].value >= ranked[0][3].value:
            return None  # "declined the most" where no part declined
        values = sorted(ranked, key=lambda v: (v[2].source.row, v[2].source.column))  # listed in the table's order
        pick = ranked[0][0]
        figs, listing = [], []
        if growth:
            program = run([("percent_change", [str(n.value), str(t.value)]) for _, _, n, t in values]
                          + [("max" if largest else "min", [f"#{i}" for i in range(len(values))])])
            for (label, _, n, t), step in zip(values, program):
                fn, ft = _figure(view, n, solver.citer), _figure(view, t, solver.citer)
                figs += [fn, ft]
                listing.append(f"“{label}” {Decimal(step.result):.2f}% (from {say_amount(t.value, t.unit)} to "
                               f"{say_amount(n.value, n.unit)}) [{fn.citation}][{ft.citation}]")
            rule = (f"declined {'the most' if not largest else 'the least'}" if falling
                    else f"grew {'fastest' if largest else 'slowest'}")
        else:
            for label, _, n, _ in values:
                g = _figure(view, n, solver.citer)
                figs.append(g)
                listing.append(f"“{label}” {say_amount(n.value, n.unit)} [{g.citation}]")
            program = run([("max" if largest else "min", [str(v[1]) for v in values])])
            rule = "is the largest" if largest else "is the smallest"
        where = f"of the parts of “{table.title.strip()}”" if table.title else "of the parts in the table"
        text = f"{pick}: {where}, {'; '.join(listing)}; “{pick}” {rule}."
        named = _kind_named(view, table, [v[2] for v in values], kind_words)
        reason = None if named else f"Not sure: nothing in the filing calls these parts a {kind.lower()}."
        return Answer(status="answered", text=text, spans=[pick], figures=figs, program=program,
                      citations=solver.citer.citations, method="rules", fits_question=True, in_filing=True,
                      confidence=None if named else UNNAMED_KIND, reason=reason)


def _same_sentence(text: str, start: int, end: int, reach: int = 50) -> str:
    """The words within `reach` characters of text[start:end] that are in its sentence (and line)."""
    before, after = text[max(0, start - reach):start], text[end:end + reach]
    before = re.split(r"[.;:!?]\s|\n", before)[-1]
    after = re.split(r"[.;:!?](?:\s|$)|\n", after)[0]
    return f"{before} {text[start:end]} {after}"


def _unit_fits(unit: str, measure: set[str]) -> bool:
    """Revenue, income or cost is money: a breakdown in another unit (gigawatt-hours sold, members) is
    not the one asked."""
    return unit == "USD" if measure & _MONEY_MEASURE else True


def _kind_named(view, table, facts, kind_words: set[str]) -> bool:
    """Does the filing call the parts what the question does? The table's title, its column headings or
    the parts' heading name the kind ("Revenue by End Market", "Membership by Segment"), or a sentence
    names it beside every part ("two operating segments, Cloud and Devices")."""
    specific = {w for w in kind_words if w not in _GENERIC_KIND} or kind_words
    names = set().union(*(_KIND_SYNONYMS.get(w, {w}) for w in specific))
    rows = {f.source.row for f in facts}
    around = _words(table.title or "") | {w for c in table.columns for w in _words(c.label)} | {
        w for i in rows if i is not None and i < len(table.rows) for w in _words(table.rows[i].parent or "")}
    if names & around:
        return True
    text = view.parsed.text
    labels = {f.label.strip() for f in facts} if all(f.source.column == facts[0].source.column for f in facts) \
        else {(f.column_label or "").strip() for f in facts}
    for label in labels:
        hits = [m.start() for m in re.finditer(re.escape(label), text)] if label else []
        if not any(names & _words(_same_sentence(text, h, h + len(label))) for h in hits):
            return False
    return bool(labels)


def _cells_by_position(view, table) -> dict:
    """The table's cells as facts, by (row, column)."""
    return {(f.source.row, f.source.column): f for f in view.cells_of(table.id)
            if f.kind == "table" and f.source.row is not None}


def _row_cells(by_cell: dict, i: int, spec, column_ok, fits_fact) -> list:
    """Row i's cells, left to right, in a column `column_ok` accepts and of the period `spec` (none for no spec)."""
    if spec is None:
        return []
    return [f for (r, _), f in sorted(by_cell.items()) if r == i and column_ok(f) and fits_fact(spec, f, f.label)]


def _printed_step(f, table) -> Decimal:
    """One unit of the figure's last printed digit, in its base unit: "$ 3,402" in millions is 1,000,000,
    "90.6%" is 0.1 (a table's money scale is no percent's)."""
    digits = re.sub(r"[^0-9.]", "", f.as_printed or "")
    places = len(digits.split(".", 1)[1]) if "." in digits else 0
    try:
        printed = Decimal(digits) if digits.strip(".") else Decimal(0)
    except ArithmeticError:
        printed = Decimal(0)
    scale = abs(f.value) / printed if printed else Decimal(10) ** (table.scale_power or 0)
    return scale * Decimal(10) ** -places


def _foots(parts: list, total, table) -> bool:
    """Do the parts' figures add up to the total's, within one printed unit per part ("may not foot")?"""
    rounding = sum((_printed_step(f, table) for f in parts), Decimal(0))
    return abs(sum(f.value for f in parts) - total.value) <= rounding


def _rows_break_down(by_cell, rows: list[int], total_row: int, table) -> bool:
    """Some column of amounts (not percents) whose figures in `rows` add up to the total row's: the rows
    are the parts of a breakdown, so a rate beside them ("Combined Ratio", "RevPAR") may be ranked over them."""
    for c in range(len(table.columns)):
        total, cells = by_cell.get((total_row, c)), [by_cell.get((i, c)) for i in rows]
        if total is not None and total.unit not in _RATES and not _RATE_COLUMN.search(total.column_label or "") \
                and all(f is not None and f.unit == total.unit for f in cells) and _foots(cells, total, table):
            return True
    return False


def _breakdown(view, table, measure_words: list[set[str]], kind_words: set[str], now, earlier, fits_fact,
               default_earlier: bool = False):
    """(fit, table, [(part label, its fact for `now`, its fact for `earlier` or None)]) for the best block
    of rows of `table` that add up to a total row naming the measure, or None. A block is the rows above a
    total back to a heading, a blank or another total (qa/qtypes/components.py `_block_above`), and it
    counts only where its figures for the period sum to the total's: the parts are then the total's parts,
    not the lines of a roll-forward or a statement. The fit counts where the measure is named (the
    column heading, the total row or the title) and whether the title names the kind of part."""
    from qa.qtypes.components import _block_above

    title = table.title or ""
    by_kind = _TITLED_BY.search(title)
    if not measure_words and not (by_kind and (kind_words - _GENERIC_KIND) <= _words(by_kind["kind"])):
        return None  # no measure named at all: only a table titled by the kind ("AUM by Asset Class") breaks it down
    col_labels = {c: (table.columns[c].label if c < len(table.columns) else "") for c in range(len(table.columns))}
    any_word = set().union(*measure_words)
    overlap = {c: len(_words(lab) & any_word) for c, lab in col_labels.items()}
    most = max(overlap.values(), default=0)
    measured_cols = {c for c, n in overlap.items() if n and n == most}  # "Average revenue per carload" over "Revenues"
    by_cell = _cells_by_position(view, table)
    # only columns of a rate name the measure ("AISC ($/oz)"): the rate is what is asked
    rate_named = bool(measured_cols) and all(_RATE_COLUMN.search(col_labels[c]) for c in measured_cols)

    def column_ok(f) -> bool:
        lab = f.column_label or ""
        if _CHANGE_COLUMN.search(lab) or (_RATE_COLUMN.search(lab) and not rate_named and not _RATE_COLUMN.search(" ".join(any_word))):
            return False  # a change, or a rate per unit ("Average revenue per carload") where the amount is asked
        return not measured_cols or f.source.column in measured_cols

    def pick(i: int, spec):
        ok = _row_cells(by_cell, i, spec, column_ok, fits_fact)
        if len(ok) > 1:  # "2024 U.S. | 2024 International | 2024 Total": the period's total
            ok = [f for f in ok if _PART_OF.search(f.column_label or "")] or ok
        return ok[0] if len(ok) == 1 else None

    best, tied = None, False
    for t, total_row in enumerate(table.rows):
        if not _TOTAL.match(total_row.label):
            continue
        # every word of the measure is named by the columns read, the total row, or the title over a bare "Total"
        # (a total row with words of its own, "Total net sales", says what the block sums, whatever the title adds)
        where = set().union(*(_words(col_labels[c]) for c in measured_cols)) | _words(total_row.label) \
            | _words(total_row.parent or "")  # the block's heading: "Closings (Deliveries)" over "... Total"
        if _words(total_row.label) <= {"total"}:
            where |= _words(title)
        named = all(group & where for group in measure_words)
        total = pick(t, now)
        if not named or total is None or not _unit_fits(total.unit, any_word):
            continue
        prior_column = None
        if earlier is not None and pick(t, earlier) is None and default_earlier and total.period and "/" not in total.period:
            before = [f for (r, _), f in by_cell.items() if r == t and column_ok(f) and f.period and "/" not in f.period
                      and f.period < total.period]
            prior_column = max(before, key=lambda f: f.period).source.column if before else None
        parts = []
        for i in _block_above(table.rows, t):
            label = table.rows[i].label.strip().rstrip(":").rstrip(" .")  # "Long-term debt ." (a leader's dot)
            n = pick(i, now)
            if n is None or _TOTAL.match(label) or n.unit != total.unit or (
                    (kind_words - any_word) & _words(label) and any_word & _words(label)):
                parts = []  # "Segment operating income" is no segment: the block reconciles, it does not break down
                break
            parts.append((label, n, by_cell.get((i, prior_column)) if prior_column is not None else pick(i, earlier)))
        if len(parts) < 2:
            continue
        rows = [n.source.row for _, n, _ in parts]
        rate = total.unit in _RATES or bool(_RATE_COLUMN.search(total.column_label or ""))  # "Average revenue per carload"
        if not (_rows_break_down(by_cell, rows, t, table) if rate else _foots([n for _, n, _ in parts], total, table)):
            continue  # not the total's parts (a roll-forward's lines, a statement's subtotals)
        fit = (1.0 if measured_cols else 0.0) + (1.0 if _words(total_row.label) & any_word else 0.0) \
            + (0.5 if _words(title) & any_word else 0.0) \
            + (1.0 if kind_words & (_words(title) | {w for lab in col_labels.values() for w in _words(lab)}) else 0.0)
        if best is not None and fit == best[0] and _figures(parts) != _figures(best[2]):
            tied = True  # two blocks fit as well ("Net New Orders" and "Closings" for "the most homes")
        elif best is None or fit > best[0]:
            best, tied = (fit, table, parts), False
    return None if tied else best


def _figures(parts: list) -> list:
    return [(label, n.value) for label, n, _ in parts]


def _across_columns(view, table, measure_words: list[set[str]], kind_words: set[str], now, earlier, fits_fact,
                    default_earlier: bool = False):
    """The same for a table whose columns are the parts and a "Total" or "Consolidated" column their sum
    (a 10-K's segment note: "Cloud | Devices | All Other | Consolidated", a row per measure, a period
    heading per year): the row whose label names every word of the measure, its cells of the period.
    A column of reconciling items ("All Other", "Corporate", "Eliminations") counts in the sum and is
    no part to rank."""
    title = table.title or ""
    labels = [c.label for c in table.columns]
    totals = [c for c, lab in enumerate(labels) if _TOTAL.match(lab)]
    if len(totals) != 1 or len(labels) < 3 or not measure_words:
        return None
    total_col = totals[0]
    by_cell = _cells_by_position(view, table)
    best = None
    for i, row in enumerate(table.rows):
        words = _words(row.label)
        any_word = set().union(*measure_words)
        rate = bool(_RATE_COLUMN.search(row.label))
        if not all(group & words for group in measure_words) or (rate and not _RATE_COLUMN.search(" ".join(any_word))):
            continue  # a rate per unit ("Average revenue per membership") only where a rate is asked
        total = by_cell.get((i, total_col))
        if total is None or not fits_fact(now, total, row.label) or not _unit_fits(total.unit, any_word):
            continue
        cells = [(c, by_cell.get((i, c))) for c in range(len(labels)) if c != total_col and not _CHANGE_COLUMN.search(labels[c])]
        if any(f is None or f.unit != total.unit for _, f in cells) or len(cells) < 2:
            continue
        if not (_columns_break_down(by_cell, table, [c for c, _ in cells], total_col) if rate or total.unit in _RATES
                else _foots([f for _, f in cells], total, table)):
            continue  # the columns are not the total's parts (a rate: some row of amounts in them adds up)
        previous = _same_row_earlier(table, by_cell, i, row.label, earlier, total_col, fits_fact) if earlier else {}
        parts = [(labels[c].strip(), f, previous.get(c)) for c, f in cells
                 if not _NOT_PART_ROW.match(labels[c]) and not re.match(r"^\s*all\s+other\b", labels[c], re.I)]
        if len(parts) < 2:
            continue
        # the row that says the measure and little else: "Paid memberships at end of period", not "Paid net
        # membership additions", for "the most paid memberships"
        said = _words(_MEASURE_HELPERS.sub(" ", re.sub(r"\([^)]*\)", " ", row.label))) - {"end", "period", "ended", "ending"}
        fit = 2.0 + (1.0 if kind_words & (_words(title) | words) else 0.0) - 0.01 * len(said - any_word)
        if best is None or fit > best[0]:
            best = (fit, table, parts)
    return best


def _columns_break_down(by_cell, table, cols: list[int], total_col: int) -> bool:
    """Some row of amounts (not rates) whose figures in the columns `cols` add up to its total column's:
    the columns are the parts of a breakdown, so a rate in them ("Average monthly revenue per paying
    membership", "Same-store sales growth") may be ranked over them."""
    for i in range(len(table.rows)):
        total, cells = by_cell.get((i, total_col)), [by_cell.get((i, c)) for c in cols]
        if total is not None and total.unit not in _RATES and not _RATE_COLUMN.search(table.rows[i].label) \
                and all(f is not None and f.unit == total.unit for f in cells) and _foots(cells, total, table):
            return True
    return False


def _by_title(view, table, measure_words: list[set[str]], kind_words: set[str], now, earlier, fits_fact,
              default_earlier: bool = False):
    """The same for a table with no total row whose title says what it breaks down and by what
    ("Comparable RevPAR by Region", "Average Daily Rate by Brand"): the title vouches that its rows are
    the kind's parts, as a total they add up to does elsewhere. A row with no one figure for the period
    (a heading) is not a part; a worldwide figure of a rate lies between its parts' and is never picked."""
    title = table.title or ""
    m = _TITLED_BY.search(title)
    if m is None or not measure_words or any(_TOTAL.match(r.label) for r in table.rows):
        return None
    if not (kind_words - _GENERIC_KIND) <= _words(m["kind"]) or not all(g & _words(m["measure"]) for g in measure_words):
        return None
    by_cell = _cells_by_position(view, table)

    def cell(i: int, spec):
        ok = _row_cells(by_cell, i, spec, lambda f: not _CHANGE_COLUMN.search(f.column_label or ""), fits_fact)
        return ok[0] if len(ok) == 1 else None

    parts = [(row.label.strip().rstrip(":"), n, cell(i, earlier)) for i, row in enumerate(table.rows)
             if not _NOT_PART_ROW.match(row.label) and (n := cell(i, now)) is not None]
    if len(parts) < 2 or len({n.unit for _, n, _ in parts}) != 1 or not _unit_fits(parts[0][1].unit, set().union(*measure_words)):
        return None
    return 2.0, table, parts


def _headed_rates(view, table, measure_words: list[set[str]], kind_words: set[str], now, earlier, fits_fact,
                  default_earlier: bool = False):
    """The same for a block of rates under a heading that names the measure and no total ("Operating
    margin" over "Air Systems 10.2%", "Space 10.0%", ...): its rows are the kind's parts where every one of
    them is also a part of a block of amounts in the same table that adds up to its total ("Net sales"
    ... "Total net sales"), so a rate is never ranked over rows that merely share a heading."""
    from qa.qtypes.components import _block_above

    if not measure_words:
        return None
    by_cell = _cells_by_position(view, table)
    footed: set[str] = set()  # the labels of the blocks of amounts that add up to a total row
    for t, row in enumerate(table.rows):
        if not _TOTAL.match(row.label):
            continue
        block = list(_block_above(table.rows, t))
        if len(block) >= 2 and _rows_break_down(by_cell, block, t, table):
            footed |= {_squash(table.rows[i].label) for i in block}

    def cell(i: int, spec):
        ok = _row_cells(by_cell, i, spec, lambda f: not _CHANGE_COLUMN.search(f.column_label or ""), fits_fact)
        return ok[0] if len(ok) == 1 else None

    best = None
    for heading in dict.fromkeys(r.parent for r in table.rows if r.parent):
        if not all(g & _words(heading) for g in measure_words):
            continue
        rows = [i for i, r in enumerate(table.rows) if r.parent == heading and not _NOT_PART_ROW.match(r.label)]
        parts = [(table.rows[i].label.strip().rstrip(":"), n, cell(i, earlier)) for i in rows if (n := cell(i, now)) is not None]
        if len(parts) < 2 or len(parts) != len(rows) or {n.unit for _, n, _ in parts} - _RATES \
                or not all(_squash(label) in footed for label, _, _ in parts):
            continue
        fit = 1.5 + (1.0 if kind_words & (_words(table.title or "") | {w for c in table.columns for w in _words(c.label)}) else 0.0)
        if best is None or fit > best[0]:
            best = (fit, table, parts)
    return best


def _same_row_earlier(table, by_cell, i: int, label: str, earlier, total_col: int, fits_fact) -> dict:
    """The cells, by column, of the row labelled `label` whose total fits the earlier period (a segment
    note repeats its rows under each year's heading)."""
    for j, row in enumerate(table.rows):
        total = by_cell.get((j, total_col))
        if j != i and row.label == label and total is not None and fits_fact(earlier, total, row.label):
            return {c: f for (r, c), f in by_cell.items() if r == j}
    return {}


QUESTION_TYPE = WhichMember()

"""Several figures at once: one item over several periods, or several items in one period.

    "What was the net deferred tax asset in 2019 and 2018 respectively?"   -> one figure per period
    "What is net income for fiscal years 2019 to 2017 respectively?"      -> 2019, 2018 and 2017
    "What are the respective sales and purchases for 2017?"               -> one figure per item

Each figure is looked up by the solver (`find(item, spec)`) as a single lookup would, each is cited,
and the answer lists them in the order asked. If any one is not in the filing, the answer is
not_found naming that one: never only some of them. The answer has no headline `value` (there is no
one figure); every figure is in `figures`, and the text states them figure first ("$795 for 2019"),
so the first number a reader of the text meets is the first figure asked.
"""

from __future__ import annotations

import re

from qa.lexicon import is_total_row, tokens
from qa.models import Answer
from qa.qtypes.base import AnswerContext
from qa.qtypes.total import SUM

# Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val:
#   python -m evals.multi_types --side dev --datasets tatqa,finqa,convfinqa
# answers vouched for (no doubt below): 45 right of 47 on TAT-QA dev; answers with a doubt: 14 of 26
PRECISION = 0.957
PRECISION_DOUBTED = 0.538
STRONG_FIT = 0.9     # a row that names the item this well, with the other checks passed, is vouched for
_MUST_STAND = ("net", "gross")
PARTIAL_FIT = 0.7    # the member alone must name a row this well
MIN_FIT = 0.5        # how well a row must name the item (qa.lexicon.match_label scale)
_RESPECTIVE = re.compile(r"\brespective(?:ly)?\b", re.I)
# asks for a computation, not the figures themselves: the operation types answer those
_COMPUTES = re.compile(r"\b(?:chang\w*|differen\w*|increas\w*|decreas\w*|grow\w*|growth|declin\w*|average|mean|sum|total of|"
                       r"combined|ratio|percentage change|compar\w*|how much (?:more|less|higher|lower)|exceed\w*|"
                       r"larger|largest|smaller|smallest|higher|highest|lower|lowest|most|least|which|how many|proportion|portion|"
                       r"less(?!\s+than)|plus|minus|times|represent\w*|relation|relative)\b", re.I)
# a year that is part of the item ("obligations due in 2008", "notes maturing 2017"): not a period asked
_YEAR_IN_ITEM = re.compile(r"\b(?:due|matur\w*|expir\w*|until|through|payable)\s+(?:in\s+|by\s+)?(?:fiscal\s+)?(?:19|20)\d\d\b", re.I)
# without "respective(ly)", these ask for one figure over the periods named (a sum, a change), not one per period
_ONE_OVER_PERIODS = re.compile(r"\b(?:between|from|through|overall|aggregate|cumulative|altogether)\b", re.I)
_QUALIFIED = re.compile(r"\b(?:that|which)\s+(?:are|is|were|was)\b|\b(?:less|more)\s+than\b|\bbetween\b", re.I)
_COLUMNS_ASKED = re.compile(r"\s+(?:that|which)\s+(?:are|is|were|was)\s+(?:due\s+)?(?:in\s+)?(?=\S)", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_TOTAL = re.compile(r"\btotal\b", re.I)
_HELPERS = re.compile(r"\b(?:respective(?:ly)?|(?:the\s+)?company(?:'|’)s|(?:the\s+)?(?:values?|amounts?|figures?|balances?)\s+of|"
                      r"(?:for|in|during)\s+(?:the\s+)?(?:fiscal\s+)?(?:years?|periods?)(?:\s+ended)?|fiscal\s+years?|years?\s+ended)\b",
                      re.I)
_TRAILING = re.compile(r"(?:[\s,]+|\b(?:values?|amounts?|figures?|in|for|of|on|at|during|and|to|through|the|years?|fiscal|ended|as|from|between)\b)+$", re.I)
_LEADING = re.compile(r"^(?:[\s,]+|\b(?:the|what|was|were|is|are)\b)+", re.I)
_RANGE = re.compile(r"^\s*(?:to|through|-|–)\s*$", re.I)
_MEMBER_AFTER = re.compile(r"\b(?:from|of|for|in|at|under|by)\s+(?:the\s+)?(?=\S)", re.I)
_PREPOSITION = re.compile(r"^(?P<head>.*\b(?:of|from|for|in|under|to|by)\s+)\S", re.I)


def _clean(item: str) -> str:
    item = _HELPERS.sub(" ", item)
    item = _TRAILING.sub("", re.sub(r"\s+", " ", item)).strip()
    return _LEADING.sub("", item).strip(" ,")


def _distinct(periods: list) -> list:
    """Periods that each name a year or a date, without repeats ("2019 year end" names one)."""
    out, seen = [], set()
    for p in periods:
        key = p.fiscal or p.year or p.end
        if key is None:
            return []
        key = str(key)
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


def _explicit(plan) -> list:
    return [p for p in plan.periods if p.relative is None]


def _split_items(item: str) -> list[str]:
    """'sales and purchases' -> [sales, purchases]; 'revenue from Apple and Huawei' -> [revenue from Apple,
    revenue from Huawei]; 'federal, state and foreign tax credits' -> [federal tax credits, ...]."""
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", item) if p.strip()]
    if len(parts) < 2:
        return parts
    first, last = parts[0], parts[-1]
    head = _PREPOSITION.match(first)
    if head and all(len(p.split()) <= 2 for p in parts[1:]):
        return [first] + [head["head"] + p for p in parts[1:]]  # the shared head before the items
    if all(len(p.split()) == 1 for p in parts[:-1]) and len(last.split()) > 1:
        tail = " ".join(last.split()[1:])                        # the shared noun after the items
        return [f"{p} {tail}" for p in parts[:-1]] + [last]
    return parts


class Respective:
    name = "respective"
    priority = 14
    precision = PRECISION
    last: dict | None = None   # what the last answer rested on (fits, doubts): printed by evals/multi_types.py -v

    def recognise(self, question: str, plan) -> bool:
        if plan is None or _COMPUTES.search(question) or _YEAR_IN_ITEM.search(question):
            return False
        # "the total X in 2018 and 2019" reads as a sum (qa/qtypes/total_over_periods.py) unless the row
        # itself is a total ("Total revenues"): then both figures are asked (`_answer`, total_asked)
        total_over_periods = plan.operation == "sum" and _TOTAL.search(question) is not None and not SUM.search(question)
        if plan.operation not in ("lookup", "text") and not total_over_periods:
            return False
        respective = _RESPECTIVE.search(question) is not None
        if len(_distinct(_explicit(plan))) >= 2:
            return respective or (plan.operation in ("lookup", "sum") and not _ONE_OVER_PERIODS.search(question))
        return respective and bool(plan.items) and " and " in f" {plan.items[0]} "

    def answer(self, ctx: AnswerContext) -> Answer | None:
        solver, view, plan = ctx.solver, ctx.view, ctx.plan
        q = solver.q
        if not q.items:
            return None
        item = _clean(q.items[0])
        if not item:
            return None
        explicit = _distinct(sorted([p for p in q.periods if p.relative is None], key=lambda p: p.start))
        if len(explicit) >= 2 and _computed_rate(ctx):
            return None  # "gross margin in fiscal 2025 and in fiscal 2021": the metric type's rate for each year
        if len(explicit) >= 2:
            specs = _expand(q.text, explicit)
            asks = [(item, spec) for spec in specs]
        else:
            m = _COLUMNS_ASKED.search(item)
            if m:  # "obligations that are less than one year and between 2-5 years": cells of one row under columns
                return _by_columns(ctx, item[:m.start()], item[m.end():])
            if _QUALIFIED.search(item):
                return None
            items = _split_items(item)
            if len(items) < 2 or _one_row(view, item, solver.context):
                return None
            spec = solver.specs()[0]
            asks = [(part, spec) for part in items]
        return _answer(ctx, asks, per_period=len(explicit) >= 2,
                       total_asked=_TOTAL.search(q.text) is not None and not _RESPECTIVE.search(q.text))


def _computed_rate(ctx: AnswerContext) -> bool:
    """The item is a rate of the metric library ("gross margin", "effective tax rate") that the filing
    does not print as a row of its own: its figure for each period is computed, not a row's cells (a
    "Gross profit" row in dollars is no gross margin)."""
    from qa.qtypes.metric import _printed_as_row, understand

    ask = understand(ctx.question)
    return ask is not None and ask.mode == "single" and bool(ask.metric.aliases) \
        and ask.metric.unit in ("percent", "ratio") and not _printed_as_row(ctx, ask)


def _expand(text: str, specs: list) -> list:
    """'2019 to 2017': every year between, in the order asked."""
    from qa.qtypes.metric import shift, year_of

    if len(specs) == 2 and all(year_of(s) is not None for s in specs):
        a, b = specs
        between = text[a.start + len(a.text):b.start] if b.start > a.start else ""
        gap = year_of(b) - year_of(a)
        if _RANGE.match(between) and 1 < abs(gap) <= 5:
            step = 1 if gap > 0 else -1
            return [a] + [shift(a, k) for k in range(step, gap, step)] + [b]
    return specs


def _one_row(view, item: str, context: set[str]) -> bool:
    """The whole phrase is one row's label ("research and development"): not several items."""
    from qa.lexicon import match_label

    ranked = view.table_candidates(item, context)
    return bool(ranked) and ranked[0][0] >= 0.9 and " and " in f" {ranked[0][1].lower()} " \
        and match_label(item, ranked[0][1], ranked[0][2]) >= 0.9


def _column_key(text: str) -> tuple:
    """What a column of maturities names: its numbers and whether it is below, above or the total
    ("less than one year" = "Less Than 1 Year" = "Up to 1 year"; "between 2-5 years" = "2-5 Years")."""
    t = text.lower()
    t = re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:19|20)\d\d\b", " ", t)  # dates
    nums = {int(n) for n in re.findall(r"\d+", t)} | {_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", t) if w in _NUMBER_WORDS}
    below = re.search(r"\b(?:less\s+than|up\s+to|within|under|fewer\s+than)\b|<", t) is not None
    above = re.search(r"\b(?:more\s+than|after|over|beyond|thereafter|greater\s+than)\b|>", t) is not None
    return frozenset(nums), below, above, re.search(r"\btotal\b", t) is not None


def _by_columns(ctx: AnswerContext, head: str, asked: str) -> Answer | None:
    """Cells of one row under the columns asked, or one column's cells of the rows asked."""
    from qa.answer import _figure, _quote_label, say_amount

    solver, view = ctx.solver, ctx.view
    asked = re.sub(r"\bbetween\s+(\S+)\s+and\s+(\S+)", r"between \1 to \2", asked, flags=re.I)
    columns = [c.strip() for c in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", asked) if c.strip()]
    heads = _split_items(head.strip())
    if not columns or (len(heads) > 1 and len(columns) > 1) or len(heads) * len(columns) < 2:
        return None
    if any(not _column_key(c)[0] for c in columns):
        return None  # a column named without a number of years: not a maturity column this reads
    picked, scores = [], []
    for h in heads:
        ranked = view.table_candidates(h, solver.context)
        if not ranked or ranked[0][0] < MIN_FIT:
            return solver.refuse(f"The question asks for {len(heads) * len(columns)} figures; the filing has no row "
                                 f"for “{h}”.")
        score, label, parent = ranked[0]
        first = next((f for f in view.by_label[(label, parent)] if f.kind == "table"), None)
        if first is None:
            return None
        row = [g for g in view.table_facts if g.source.table_id == first.source.table_id and g.source.row == first.source.row]
        for c in columns:
            under = [g for g in row if _column_key(g.column_label or "") == _column_key(c)]
            if len(under) != 1:
                return solver.refuse(f"The question asks for {len(heads) * len(columns)} figures; no single cell of "
                                     f"“{label.strip()}” stands under a column “{c}”.")
            picked.append((h, c, label, under[0]))
            scores.append(score)
    figs = [_figure(view, f, solver.citer) for *_, f in picked]
    parts = [f"{say_amount(f.value, f.unit)} {_quote_label(label)}, {_quote_label(f.column_label or c)} [{fig.citation}]"
             for (h, c, label, f), fig in zip(picked, figs)]
    problems = ["a row names the item only loosely"] if min(scores) < STRONG_FIT else []
    QUESTION_TYPE.last = {"scores": [round(x, 2) for x in scores], "doubts": problems, "form": "columns"}
    precision = PRECISION if not problems else PRECISION_DOUBTED
    status = "answered" if not problems and precision >= 0.95 else "uncertain"
    reason = None if status == "answered" else \
        f"Not sure: {problems[0]} (answers like this were right {precision:.0%} of the time on the development pages)."
    return Answer(status=status, text="; ".join(parts) + ".", value=None, spans=[f.amount for f in figs], figures=figs,
                  program=[], citations=solver.citer.citations, method="rules", fits_question=min(scores) >= MIN_FIT,
                  in_filing=True, confidence=precision, reason=reason)


def _row_cell(view, item: str, spec, unit: str | None, context: set[str]):
    """The cell of the best-fitting row in the asked year, for rows whose columns name a year but no
    period the solver can match ("Fiscal Year 2017"): one cell of the row per year, or none."""
    from qa.answer import Operand
    from qa.candidates import fact_year
    from qa.qtypes.metric import year_of

    year = year_of(spec) or (spec.end.year if spec.end is not None else None)
    if year is None:
        return None
    # the whole item, then the member after its measure ("gross profit from | software license"): a table of
    # one measure by member labels its rows with the member alone
    phrases = [(item, MIN_FIT, False)] + [(item[m.end():], PARTIAL_FIT, True) for m in _MEMBER_AFTER.finditer(item)]
    for phrase, floor, partial in phrases:
        ranked = view.table_candidates(phrase, context)
        if not ranked or ranked[0][0] < floor:
            continue
        score, label, parent = ranked[0]
        cells = [f for f in view.by_label[(label, parent)] if f.kind == "table" and fact_year(f) == year]
        if unit:
            cells = [f for f in cells if f.unit == unit]
        elif any(f.unit != "percent" for f in cells):
            cells = [f for f in cells if f.unit != "percent"]
        if not cells:
            continue  # that row has no cell in the year: perhaps the member's row has
        if len(cells) != 1:
            return None
        if partial:
            score = min(score, STRONG_FIT - 0.01)  # the row names the member, not the measure: not vouched for
        return Operand([cells[0]], label, cells[0].period, score), score
    return None


def _answer(ctx: AnswerContext, asks: list, per_period: bool, total_asked: bool = False) -> Answer | None:
    from qa.answer import _figure, _quote_label, prep, say_amount, say_period, say_spec
    from qa.fit_check import measure_fits

    solver, view = ctx.solver, ctx.view
    unit = solver.q.expect_unit
    ops, scores = [], []
    for item, spec in asks:
        op = solver.find(item, spec, unit)
        score = solver.trace[-1].score if op is not None and solver.trace else 0.0
        if op is None:
            op, score = _row_cell(view, item, spec, unit, solver.context) or (None, 0.0)
        scores.append(score)
        if op is None and total_asked:
            return None  # "the total X in 2018 and 2019" with no row per year: perhaps a sum, for the other types
        if op is None:
            missing = solver.not_found(item, spec)
            missing.text = missing.reason = (f"The question asks for {len(asks)} figures; one of them is missing. "
                                             + missing.reason)
            return missing
        if len(op.facts) != 1:
            return solver.refuse(f"“{item}” is a sum of several rows; ask for it one period at a time.")
        ops.append(op)
    if total_asked and not all(is_total_row(op.label) for op in ops):
        return None  # "the total X in 2018 and 2019" of a row that is no total: the sum over the years is asked
    ids = [op.facts[0].id for op in ops]
    if len(set(ids)) < len(ids):
        dup = next(asks[i] for i in range(len(ids)) if ids[i] in ids[:i])
        what = say_spec(dup[1]) if per_period else f"“{dup[0]}”"
        return solver.refuse(f"No separate figure for {what}: two of the figures asked resolve to the same cell of the filing.")
    figs = [_figure(view, op.facts[0], solver.citer) for op in ops]
    rows = {(op.facts[0].source.table_id, op.facts[0].source.row) if op.facts[0].kind == "table" else ("text", op.facts[0].id)
            for op in ops}
    same_row = per_period and len(rows) == 1
    parts = []
    for (item, spec), op, fig in zip(asks, ops, figs):
        f = op.facts[0]
        amount = say_amount(f.value, f.unit)
        if per_period:
            where = say_spec(spec) if spec.year is not None or not op.period else say_period(op.period, f.column_label)
            label = "" if same_row else f" (“{op.label.strip().rstrip(':')}”)" if f.kind == "table" else ""
            parts.append(f"{amount} {prep(where)}{label} [{fig.citation}]")
        else:
            parts.append(f"{amount} {_quote_label(op.label)} [{fig.citation}]")
    if per_period:
        head = f" for {_quote_label(ops[0].label)}" if same_row and ops[0].facts[0].kind == "table" else ""
        text = "; ".join(parts) + head + "."
    else:
        f0 = ops[0].facts[0]
        where = say_spec(asks[0][1]) if asks[0][1].year is not None or not ops[0].period else \
            say_period(ops[0].period, f0.column_label)
        text = "; ".join(parts) + (f", {prep(where)}." if where else ".")
    problems = _doubts(view, asks, ops, scores, per_period)
    for (item, _), op in zip(asks, ops):  # "Cost of license revenue" does not answer "license revenue"
        f = op.facts[0]
        if f.kind == "table" and not measure_fits(solver.q.text, item, op.label, view.parent_of(f) or ""):
            problems.append(f"the row “{op.label}” measures something else than “{item}”")
    QUESTION_TYPE.last = {"scores": [round(x, 2) for x in scores], "doubts": problems}
    precision = PRECISION if not problems else PRECISION_DOUBTED
    status = "answered" if not problems and precision >= 0.95 else "uncertain"
    reason = None if status == "answered" else \
        "Not sure: " + ("; ".join(problems) or "answers of this kind are right less often than the threshold asks") + \
        f" (answers like this were right {precision:.0%} of the time on the development pages)."
    return Answer(status=status, text=text, value=None, spans=[f.amount for f in figs], figures=figs, program=[],
                  citations=solver.citer.citations, method="rules", fits_question=min(scores) >= MIN_FIT, in_filing=True,
                  confidence=precision, reason=reason)


def _doubts(view, asks: list, ops: list, scores: list[float], per_period: bool) -> list[str]:
    """Why the figures may not be the ones asked: each is vouched for only when every one is a table
    cell, one period's cells all of one row (one item's), one item's cells all of one column (one
    period's), each row naming its item well, and a "net" asked standing on the row."""
    out = []
    facts = [op.facts[0] for op in ops]
    if any(f.kind != "table" for f in facts):
        out.append("a figure is read from a sentence, not a table")
    elif per_period and len({(f.source.table_id, f.source.row) for f in facts}) > 1:
        out.append("the figures come from different rows")
    elif not per_period and len({(f.source.table_id, f.source.column) for f in facts}) > 1:
        out.append("the figures come from different columns")
    if min(scores) < STRONG_FIT:
        out.append("a row names the item only loosely")
    for (item, _), op, f in zip(asks, ops, facts):
        row = set(tokens(f"{op.label} {view.parent_of(f) or ''}" if f.kind == "table" else op.label))
        if any(w in tokens(item) and w not in row for w in _MUST_STAND):
            out.append(f"“{op.label.strip()}” lacks a word the question asks (net, gross)")
            break
    return out


QUESTION_TYPE = Respective()

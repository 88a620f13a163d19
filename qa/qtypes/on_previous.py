"""Arithmetic on the conversation's own earlier answers: "What is that less 1?", "What is that
divided by 100?", "How much does that change represent in relation to this 2005 price?",
"How much did the 2009 amount represent in relation to this 2008 one?"

The left operand is an earlier answer: "that" / "this" / "it" is the previous one; "that change"
(difference, increase, sum, ...) is the latest answer whose program ends in that kind of step;
"the 2009 amount" is the latest single-figure answer for 2009. The right operand is a number the
question writes, or such a year reference to an earlier answer. The program is the earlier
answers' own programs followed by one step, so every input is still a cited fact of the filing
(or a number the question states), and the verifier re-runs all of it.

A line item no earlier answer holds is read from the filing: for a year the question names ("the
2007 net revenues"), or else for the one period of the earlier answer's figure ("What is that as a
percentage of total revenues?" after a quarter's net income). An earlier answer over two periods
(a change) names no period for it, and the question is left to the other types.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer, Figure, Value
from qa.qtypes.base import AnswerContext

# Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val:
#   python -m evals.conversation_types --side dev  -> 26 right of 28 claimed where the earlier answers were
#   right when this was set; 30 of 32 with the chooser retrained since (the earlier answers it reads changed)
PRECISION = 0.93

# what the question says -> the program's step (qa/program.py); "as a percentage of" is a share (x 100)
OPERATORS = {
    "less": "subtract", "minus": "subtract", "subtracted by": "subtract",
    "plus": "add", "added to": "add",
    "times": "multiply", "multiplied by": "multiply",
    "divided by": "divide", "over": "divide", "in relation to": "divide", "relative to": "divide",
    "as a portion of": "divide", "as a proportion of": "divide", "as a fraction of": "divide",
    "as a share of": "divide", "as a percent of": "share", "as a percentage of": "share",
}
# the kind of earlier answer a named subject refers to: the last step of its program
SUBJECTS = {
    "difference": ("subtract",), "change": ("subtract", "percent_change"), "increase": ("subtract",),
    "decrease": ("subtract",), "decline": ("subtract",), "variation": ("subtract",), "growth": ("subtract",),
    "sum": ("add", "sum"), "total": ("add", "sum"), "ratio": ("divide",), "quotient": ("divide",),
}
_YEAR = r"(?:19|20)\d\d"
_SUBJECT = (rf"(?:the\s+(?P<syear>{_YEAR})\s+(?:amount|one|value|figure|total|number)"
            rf"|(?:that|this|it|the|these|those)(?:\s+(?:net\s+)?(?P<noun>{'|'.join(SUBJECTS)}|result|value|amount))?)")
_OPERATOR = "|".join(sorted((r"\s+".join(map(re.escape, k.split())) for k in OPERATORS), key=len, reverse=True))
_RIGHT = (rf"(?:(?:the|this|that|these|those)\s+)?(?P<ryear>{_YEAR})\b(?P<rafter>[a-z ,-]*)"  # "this 2005 price"
          rf"|(?:the|this|that|these|those)\s+(?P<rbefore>[a-z][a-z -]{{0,40}}?)\s+(?:in|for|of)\s+(?P<ryear2>{_YEAR})\b"  # "that balance in 2016"
          rf"|(?:the|this|that)\s+(?P<rnoun>{'|'.join(SUBJECTS)})\b(?!\s+(?:of|in|for)\b)"  # "this total"
          rf"|(?P<lit>-?\d+(?:\.\d+)?)(?!\s*(?:%|percent|million|billion|thousand|[.,]?\d))"
          # a line item to read from the filing at the earlier answer's own period: "as a percentage of total revenues?"
          rf"|(?P<ritem>(?:the\s+)?[a-z][a-z&' -]{{2,60}}?)\s*\??\s*$")
_FORM = re.compile(rf"\b{_SUBJECT}\s+(?:(?:does|did|do|is|was|would)\s+)?(?:(?:it|that|this)\s+)?"
                   rf"(?:represent\s+)?(?P<op>{_OPERATOR})\s+(?:{_RIGHT})", re.I)
_PERCENT = re.compile(r"\b(?:percent(?:age)?|%)", re.I)
_YEAR_IN = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")


class OnPrevious:
    name = "on_previous"
    priority = 5   # before the figure types: "that less 1" names no line item of the filing

    def recognise(self, question: str, plan) -> bool:
        m = _FORM.search(question)
        # a line item as the right side only after "as a percentage/share/... of" ("the change over the years" is none)
        return m is not None and (m["ritem"] is None or m["op"].lower().startswith("as a"))

    def answer(self, ctx: AnswerContext) -> Answer | None:
        from qa.answer import say_amount
        from qa.program import ProgramError, fmt, run

        m = _FORM.search(ctx.question)
        earlier = [(t.question, t.answer) for t in ctx.history if _value(t.answer) is not None]
        if m is None or not earlier or not self.recognise(ctx.question, None):
            return None
        left = _by_year(earlier, m["syear"]) if m["syear"] else _by_subject([a for _, a in earlier], m["noun"])
        if left is None:
            return None
        step = OPERATORS[re.sub(r"\s+", " ", m["op"].lower())]
        if step == "divide" and _PERCENT.search(ctx.question[m.end("op"):] + " " + ctx.question[:m.start()]):
            step = "share"
        looked_up = False
        if m["lit"] is not None:
            if step == "share":
                return None  # "as a percentage of 3": not a form anyone asks
            right, constant = None, Decimal(m["lit"])
        else:
            others = [(q, a) for q, a in earlier if a is not left]
            year = m["ryear"] or m["ryear2"]
            right = _by_subject([a for _, a in others], m["rnoun"]) if m["rnoun"] and others else \
                _by_year(others, year) if year else None
            looked_up = right is None and bool(year)
            if looked_up:
                right = _looked_up(ctx, m["rbefore"] or m["rafter"] or "", year, earlier, left)
            elif m["ritem"] and m["op"].lower().startswith("as a"):
                right, looked_up = _at_its_period(ctx, m["ritem"], left), True  # "that as a percentage of total revenues"
            if right is None:
                return None
            constant = None
        steps, figures = _replay(left, ctx)
        if steps is None:
            return None
        arg_left = f"#{len(steps) - 1}" if steps else _value(left)
        if right is not None:
            # a figure read from the filing just now is cited already and has no program to replay
            right_steps, right_figures = ([], right.figures) if looked_up else _replay(right, ctx, offset=len(steps))
            if right_steps is None:
                return None
            arg_right = f"#{len(steps) + len(right_steps) - 1}" if right_steps else _value(right)
            steps, figures = steps + right_steps, figures + right_figures
        else:
            arg_right = fmt(constant)
        steps.append((step, [arg_left, arg_right]))
        try:
            program = run(steps)
        except ProgramError as exc:
            return ctx.solver.refuse(f"The earlier answers cannot be combined: {exc}.")
        result = Decimal(program[-1].result)
        if right is None:
            unit = left.value.unit  # scaled by a number the question writes: still the same kind of figure
        elif step in ("divide", "share"):
            unit = "ratio" if step == "divide" else "percent"
        elif step in ("add", "subtract") and right.value.unit == left.value.unit:
            unit = left.value.unit
        else:
            return None  # a product of two figures, or a sum of two kinds: no unit to give it
        shown = fmt(result) if unit == "ratio" else say_amount(result, unit)
        other = fmt(constant) if right is None else (
            f"“{right.figures[0].label}” {say_amount(Decimal(_value(right)), right.value.unit)}" if looked_up
            else f"the earlier answer {say_amount(Decimal(_value(right)), right.value.unit)}")
        verb = {"subtract": "minus", "add": "plus", "multiply": "times", "divide": "divided by",
                "share": "as a percentage of"}[step]
        text = (f"{shown}: the earlier answer {say_amount(Decimal(_value(left)), left.value.unit)} {verb} {other} "
                f"(the program below repeats how each was computed).")
        figures.append(Figure(amount=fmt(result), unit=unit, label="result", verified=False))
        # right only if the earlier answers it reads were: their calibrated confidences bound this one's.
        # An earlier answer that was not `answered` (below the threshold, or failing the fit check,
        # whatever its score) or carries no confidence counts as even odds at best.
        confidence = PRECISION
        for used in (left, right):
            if used is not None:
                sure = used.confidence is not None and used.status == "answered"
                confidence *= used.confidence if sure else min(0.5, used.confidence or 0.5)
        return Answer(status="answered", text=text, value=Value(amount=fmt(result), unit=unit), figures=figures,
                      program=program, citations=ctx.solver.citer.citations, method="rules", fits_question=True,
                      in_filing=True, confidence=round(confidence, 4))


def _value(answer: Answer) -> str | None:
    return answer.value.amount if answer.value is not None and answer.status in ("answered", "uncertain") else None


def _by_subject(answers: list[Answer], noun: str | None) -> Answer | None:
    """"that change": the latest answer computed by such a step; "that" / "the result": the last answer."""
    kinds = SUBJECTS.get((noun or "").lower())
    if not kinds:
        return answers[-1]
    return next((a for a in reversed(answers) if a.program and a.program[-1].op in kinds
                 or len(a.program) > 1 and a.program[-1].op == "round" and a.program[-2].op in kinds), None)


def _by_year(earlier: list[tuple[str, Answer]], year: str) -> Answer | None:
    """The latest single-figure answer for `year` (its figure's period, else its question's year)."""
    for question, answer in reversed(earlier):
        if answer.program and answer.program[-1].op not in ("round",):
            continue
        periods = [f.period for f in answer.figures if f.period and f.amount == _value(answer)]
        years = {p[-10:-6] for p in periods} or set(_YEAR_IN.findall(question))
        if year in years:
            return answer
    return None


_GENERIC = re.compile(r"^\s*(?:amount|one|ones|value|values|figure|number|total|balance)?\s*(?:,.*)?$", re.I)


def _looked_up(ctx: AnswerContext, words: str, year: str, earlier: list[tuple[str, Answer]], left: Answer) -> Answer | None:
    """A year reference no earlier answer holds ("the 2007 net revenues"): that line item, or for
    "the 2015 value" the line item the left answer's question named, read from the filing."""
    from qa.question import find_periods, parse_question

    item = words.split(",")[0].strip()
    if _GENERIC.match(item):
        asked = next((q for q, a in earlier if a is left), None)
        items = parse_question(asked, ctx.view.meta, cal=ctx.view.calendar).items if asked else []
        item = items[0] if items else ""
    specs = find_periods(year, ctx.view.calendar)
    if not item.strip() or not specs:
        return None
    return _read_now(ctx, item, specs[0])


def _read_now(ctx: AnswerContext, item: str, spec) -> Answer | None:
    """The one figure the filing states for `item` in `spec`, cited, as an answer of its own (with no
    calibrated confidence: it was read just now); None where the filing states none or several."""
    from qa.answer import _figure

    found = ctx.solver.find(item, spec)
    if found is None or len(found.facts) != 1:
        return None
    fig = _figure(ctx.view, found.facts[0], ctx.solver.citer)
    return Answer(status="answered", text="", value=Value(amount=fig.amount, unit=fig.unit), figures=[fig],
                  citations=ctx.solver.citer.citations, confidence=None)


def _at_its_period(ctx: AnswerContext, item: str, left: Answer) -> Answer | None:
    """"What is that as a percentage of total operating revenues?": the line item read from the filing
    for the one period the earlier answer's figure is for. None for an answer over several periods (a
    change: which year's revenues?) or an item the filing does not state then."""
    from qa.conversation import _spec_of

    periods = {f.period for f in left.figures if f.period and f.label != "result"}
    if len(periods) != 1 or not item.strip():
        return None
    return _read_now(ctx, item.strip(), _spec_of(periods.pop()))


def _replay(answer: Answer, ctx: AnswerContext, offset: int = 0) -> tuple[list | None, list[Figure]]:
    """An earlier answer's program with its step references moved by `offset`, and its cited
    figures cited again in this answer. (None, []) when a figure no longer matches the filing."""
    from qa.answer import _figure

    figures = []
    for fig in answer.figures:
        if fig.citation is None:
            continue
        fact = ctx.solver._fact_for_citation(answer, fig)
        if fact is None:
            return None, []
        figures.append(_figure(ctx.view, fact, ctx.solver.citer, label=fig.label, period=fig.period))
    if not figures:
        return None, []
    steps = []
    for s in answer.program:
        steps.append((s.op, [f"#{int(a[1:]) + offset}" if a.startswith("#") else a for a in s.args]))
    return steps, figures


QUESTION_TYPE = OnPrevious()

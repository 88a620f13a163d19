"""An amount the filing states as a percent of another amount it states: an officer's target bonus "of
90% of her annual base salary" beside "an annual base salary of $640,000" (an 8-K's Item 5.02).

    "What is her target bonus?"             -> 90% of her annual base salary, or $576,000 (90% × $640,000)
    "What is the CFO's target bonus in dollars?"  -> the same, both sentences cited, the product shown

The percent is a figure of a sentence whose words before it name what the question asks ("target annual
bonus opportunity of 90%"); what it is a percent of is named right after it ("of her annual base salary").
That base is read from the one figure in dollars the filing names with the same words ("an annual base
salary of $640,000"). Where the filing names the base with two amounts, or none, or the asked thing with
more than one percent, the question is left to the other types. A question that asks the percent itself
("What percent of salary is her bonus?") is not this type's.
"""

from __future__ import annotations

import re
import weakref
from decimal import Decimal

from qa.lexicon import tokens
from qa.models import Answer, Value

# share of right answers: not measured (no benchmark asks this form; developed on two fictional 8-Ks,
# tests/test_sector_pages_6.py), so a prior a little above the answering threshold: the percent the filing
# prints is stated beside the computed figure, both cited, so a reader sees what the product rests on
PRECISION = 0.85
_PERCENT_OF = re.compile(r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s+of\s+(?P<base>(?:(?:his|her|its|their|the|such|then[- ]current)\s+)*"
                         r"[a-z][a-z\- ]{2,50}?)(?=\s*[,.;:)]|\s+(?:and|or|for|which|that|as|in|at|payable|subject|with|if|to|based|"
                         r"beginning|effective|prorated|pro-rated)\b|$)", re.I)
_ASKS_PERCENT = re.compile(r"\bpercent(?:age)?\b|%|\bratio\b|\brate\b|\bhow\s+many\b", re.I)
_ASKS_AMOUNT = re.compile(r"^\s*(?:what\s+(?:is|was|will\s+be|are|were)\b|how\s+much\b)|\bin\s+dollars\b|\bdollar\s+(?:amount|value)\b", re.I)
_GENERIC = set(tokens("what is was the her his its their new company officer amount dollars dollar value annual "
                      "year much how will be")) | {"cfo", "ceo", "coo"}


def _asked_words(question: str, plan) -> set[str]:
    item = plan.items[0].text if plan is not None and getattr(plan, "items", None) else question
    return set(tokens(item)) - _GENERIC


_STATED: "weakref.WeakKeyDictionary[object, list]" = weakref.WeakKeyDictionary()


def _stated_percents(view) -> list[tuple[int, Decimal, str, set[str]]]:
    """(where the percent starts, the percent, what it is of, the words of its clause) for every "N% of X" the
    filing prints, found once per filing view: most questions this type is asked are no such question."""
    got = _STATED.get(view)
    if got is None:
        got = []
        for a, b, _ in view.sentence_tokens:
            sentence = view.text[a:b]
            if "%" not in sentence:
                continue
            for m in _PERCENT_OF.finditer(sentence):
                # "... salary of $640,000 and ... a target of"; after the last figure before it ("from 0% to 200% of target")
                clause = re.split(r"[;:]|\band\b|\d%?(?=\s)", sentence[:m.start()])[-1]
                got.append((a + m.start("pct"), Decimal(m["pct"]), m["base"].strip(), set(tokens(clause))))
        _STATED[view] = got
    return got


class PercentOfBase:
    name = "percent_of_base"
    priority = 12
    precision = PRECISION

    def recognise(self, question: str, plan) -> bool:
        if plan is None or getattr(plan, "operation", "lookup") not in ("lookup", "text", "range") or getattr(plan, "followup", None):
            return False
        if getattr(plan, "unit", None) not in (None, "USD") or _ASKS_PERCENT.search(question):
            return False
        return bool(_ASKS_AMOUNT.search(question)) and bool(_asked_words(question, plan))

    def answer(self, ctx) -> Answer | None:
        from qa.answer import _figure
        from qa.program import fmt, run

        view, solver = ctx.view, ctx.solver
        asked = _asked_words(ctx.question, ctx.plan)
        stated = _stated_percents(view)
        if any(asked <= set(tokens(base)) for _, _, base, _ in stated):
            return None  # "What is her base salary?" asks what a percent is of ("90% of base salary"), not a percent's amount
        found = [(start, pct, base) for start, pct, base, clause in stated if asked <= clause]
        if len({(p, base.lower()) for _, p, base in found}) != 1:
            return None
        start, pct, base = found[0]
        base_words = set(tokens(base)) - _GENERIC
        pct_fact = next((f for f in view.text_facts if f.unit == "percent" and f.source.start <= start < f.source.end + 1
                         and f.value == pct), None)
        bases = [f for f in view.text_facts if f.unit == "USD" and f.value and base_words
                 and base_words <= view.clause_tokens(f)]
        if pct_fact is None or len({f.value for f in bases}) != 1:
            return None
        base_fact = bases[0]
        program = run([("percent_of", [str(pct_fact.value), str(base_fact.value)])])
        value = Decimal(program[-1].result)
        figs = [_figure(view, f, solver.citer) for f in (pct_fact, base_fact)]
        cp, cb = solver.citer.fact(pct_fact), solver.citer.fact(base_fact)
        text = (f"{fmt(pct)}% of {base} [{cp}], or ${value:,.2f} = {fmt(pct)}% × ${base_fact.value:,} [{cb}]."
                .replace(".00 =", " ="))
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit="USD"), figures=figs,
                      program=program, citations=solver.citer.citations, method="rules", verified=True,
                      in_filing=True, fits_question=True)


QUESTION_TYPE = PercentOfBase()

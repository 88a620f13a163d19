"""The verifier: no number reaches the user unless the filing's parsed facts back it.

Rules, applied to every figure and to every number written in the answer text:
- a figure must equal a parsed fact of the filing (same unit; a loss written as a positive
  amount in prose counts), or be the result of the answer's own program, re-executed here;
- a program may only read verified figures (or small constants it states, or numbers the question
  writes) and its shown result
  must be what re-execution gives;
- a number in the text may be rounded only as far as the text shows it: "$12.3 million"
  stands for anything in [12.25, 12.35) million, so 12,345 thousand passes and 12,400 does not;
- numbers that are dates, years, durations ("13-week", "three months"), fiscal names ("Q1",
  "FY2024") and citation markers ("[1]") are not figures and are skipped.
An answer whose headline figure fails is returned with status "unverified", never "answered".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterable

from index.models import Fact
from index.numbers import scale_word_power
from qa.models import Answer
from qa.program import ProgramError, fmt, rerun, result_of

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUMBER = re.compile(
    r"(?P<neg>[-\u2212(])?\s*(?P<cur>\$)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn)\b)?\s*(?P<pct>%|percent\b|percentage points?\b|basis points?\b)?",
    re.I,
)
_SKIP_BEFORE = re.compile(rf"(?:{_MONTH}\s*\d{{0,2}},?\s*|\bQ|\bFY\s?|\bfiscal\s+(?:year\s+)?|\b(?:19|20)\d\d-|\[|#|\bno\.\s?|\bitem\s)$", re.I)
_SKIP_AFTER = re.compile(r"^(?:\s*(?:-|\s)?(?:weeks?|months?|days?|years?|quarters?)\b|\]|(?:st|nd|rd|th)\b|Q\b|\s*FY|-\d{2}-\d{2}|/\d)", re.I)


def numbers_in_text(text: str) -> list[tuple[Decimal, Decimal, str, int]]:
    """Figures written in `text`: (value, half a unit of the last shown digit, unit, position).

    Unit is 'USD', 'percent' or '' (plain). Dates, years, durations, fiscal names and [n]
    markers are skipped by the rules in the module docstring.
    """
    found = []
    for m in _NUMBER.finditer(text):
        raw = m["num"]
        before = text[max(0, m.start("num") - 16): m.start("num")]
        after = text[m.end("num"): m.end("num") + 12]
        if m["cur"] is None and m["pct"] is None and m["scale"] is None:
            if _SKIP_BEFORE.search(before) or _SKIP_AFTER.search(after):
                continue
            plain = raw.replace(",", "")
            if re.fullmatch(r"(?:19|20)\d\d", plain):  # a year
                continue
            if re.search(r"[A-Za-z][-‐‑]?$", before) or re.match(r"[A-Za-z]", after):  # part of a word (IMGN901, 10-Q, PTX-201)
                continue
        elif _SKIP_BEFORE.search(before) and m["cur"] is None:
            continue
        try:
            value = Decimal(raw.replace(",", ""))
        except InvalidOperation:
            continue
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        power = scale_word_power(m["scale"] or "") or 0
        if (m["pct"] or "").lower().startswith("basis"):
            power -= 2  # "6 basis points" is 0.06 percentage points
        value = value.scaleb(power)
        half = Decimal(5).scaleb(power - decimals - 1)
        if m["neg"] in ("-", "\u2212", "("):
            value = -value
        unit = "percent" if m["pct"] else ("USD" if m["cur"] else "")
        found.append((value, half, unit, m.start()))
    return found


def _close(a: Decimal, b: Decimal, half: Decimal = Decimal(0), sign_insensitive: bool = True) -> bool:
    if abs(a - b) <= half:
        return True
    return sign_insensitive and abs(abs(a) - abs(b)) <= half


def _fact_values(facts: Iterable[Fact]) -> list[tuple[Decimal, str]]:
    out = []
    for f in facts:
        out.append((f.value, f.unit))
        if f.low is not None:
            out.append((f.low, f.unit))
        if f.high is not None:
            out.append((f.high, f.unit))
    return out


def _units_compatible(figure_unit: str, fact_unit: str) -> bool:
    return figure_unit == fact_unit or {figure_unit, fact_unit} <= {"shares", "count"}


def verify(answer: Answer, facts: Iterable[Fact], stated: Iterable[Decimal] = ()) -> Answer:
    """Check every figure, the program, the headline value and the numbers in the text.
    `stated` are numbers the question itself writes ("what is that less 1?"): the user's own, a
    program may read them like a fact.

    Returns a copy with `Figure.verified`, `verified` and (when the headline fails) status
    "unverified" and a reason set. Text answers (no value) are checked on their figures only.
    """
    out = answer.model_copy(deep=True)
    stated = set(stated)
    known = _fact_values(facts)
    problems: list[str] = []

    for fig in out.figures:
        amount = Decimal(fig.amount)
        fig.verified = any(_units_compatible(fig.unit, u) and _close(amount, v) for v, u in known)

    program_ok = True
    program_result = None
    if out.program:
        try:
            replay = rerun(out.program)
        except ProgramError as exc:
            replay, program_ok = [], False
            problems.append(f"the program does not run: {exc}")
        if program_ok:
            for shown, again in zip(out.program, replay):
                if shown.result != again.result:
                    program_ok = False
                    problems.append(f"step {shown.op} shows {shown.result} but gives {again.result}")
            inputs = [a for s in out.program for a in s.args if not a.startswith("#")]
            verified_amounts = [Decimal(f.amount) for f in out.figures if f.verified]
            for arg in inputs:
                try:
                    val = Decimal(arg)
                except InvalidOperation:
                    program_ok = False
                    continue
                is_const = any(s.op == "round" and s.args[-1] == arg for s in out.program) or val in stated
                # a shown sign flip, multiply(x, -1): a payment asked as an amount (qa/outflow.py), x checked as any input
                is_const = is_const or (val == -1 and any(s.op == "multiply" and s.args[-1] == arg for s in out.program))
                if out.method == "metric":  # a named metric's formula constants (× 100, 365 days, a sign flip, CAGR years)
                    from qa.metric_library import is_formula_constant

                    is_const = is_const or is_formula_constant(val)
                if not any(val == v for v in verified_amounts) and not any(val == v for v, _ in known) and not is_const:
                    program_ok = False
                    problems.append(f"the program reads {arg}, which is no fact of the filing")
            program_result = result_of(replay) if program_ok else None
        for fig in out.figures:
            if not fig.verified and program_ok and fig.citation is None and program_result is not None:
                amount = Decimal(fig.amount)
                fig.verified = any(_close(amount, Decimal(s.result)) for s in replay if _is_number(s.result))

    headline_ok = True
    if out.value is not None:
        candidates = [Decimal(f.amount) for f in out.figures if f.verified]
        if program_result is not None:
            candidates.append(program_result)
        for part in (out.value.amount, out.value.low, out.value.high):
            if part is None:
                continue
            v = Decimal(part)
            ok = any(v == c for c in candidates) or any(_units_compatible(out.value.unit, u) and _close(v, k) for k, u in known if out.value.unit != "percent" or u == "percent")
            if program_result is not None and v == program_result:
                ok = True
            if not ok:
                headline_ok = False
                problems.append(f"the answer {part} {out.value.unit} is neither a fact nor the program's result")

    # numbers written in the text: each must be some verified figure / program step at its shown precision
    if out.value is not None or out.figures:
        allowed = [Decimal(f.amount) for f in out.figures if f.verified]
        allowed += [Decimal(s.result) for s in out.program if program_ok and _is_number(s.result)]
        allowed += [Decimal(a) for s in out.program for a in s.args if program_ok and _is_number(a)]
        for value, half, unit, _pos in numbers_in_text(_strip_quotes(out.text)):
            if not any(_close(value, a, half) for a in allowed) and not any(_close(value, k, half) for k, _ in known):
                headline_ok = False
                problems.append(f"the text states {fmt(value)}, which no fact or step supports")

    figures_ok = all(f.verified for f in out.figures)
    out.verified = bool(headline_ok and program_ok and figures_ok and (out.value is not None or out.figures or out.status != "answered"))
    if out.status == "answered" and out.value is None and not out.figures:
        out.verified = True  # a quoted passage: its quote is checked against the filing text by the citer
    if out.status == "answered" and not (headline_ok and program_ok and figures_ok):
        out.status = "unverified"
        out.reason = "; ".join(problems) or "a figure could not be matched to the filing"
    return out


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
        return True
    except (InvalidOperation, TypeError):
        return False


def _strip_quotes(text: str) -> str:
    """Quoted filing text (between “ ” or after 'Source:') is the filing's own words, not our claims."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)

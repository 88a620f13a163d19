"""A tiny FinQA-style operation language executed with exact decimals.

A numeric answer is never produced by ad-hoc arithmetic: it is a list of steps such as
`subtract(4120000, 3650000)` whose arguments are fact values or `#k`, the result of step k
(0-based, as in FinQA). The same executor re-runs a program when the verifier checks it, so a
shown program and its result cannot disagree. Nothing is rounded except by an explicit `round`
step, which therefore shows up in the answer's program.

    >>> steps = run([("percent_change", ["4120000", "3650000"]), ("round", ["#0", "2"])])
    >>> steps[-1].result
    '12.88'
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext, ROUND_HALF_EVEN
from typing import Callable, Sequence

from qa.models import Step

PRECISION = 34  # decimal128: far more digits than any filing prints

Arg = str | Decimal | int


class ProgramError(ValueError):
    """A program that cannot run: unknown op, bad argument, division by zero."""


def fmt(value: Decimal) -> str:
    """Plain decimal string without exponent or trailing zeros ('12345000', '-0.31')."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text


def _div(a: Decimal, b: Decimal) -> Decimal:
    if b == 0:
        raise ProgramError("division by zero")
    return a / b


def _round(a: Decimal, places: Decimal) -> Decimal:
    return a.quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_EVEN)


_BINARY: dict[str, Callable[[Decimal, Decimal], Decimal]] = {
    "add": lambda a, b: a + b,
    "subtract": lambda a, b: a - b,
    "multiply": lambda a, b: a * b,
    "divide": _div,
    # (new - old) / old * 100: percent points. Divided by old as signed, as FinQA's programs and TAT-QA's
    # derivations compute it (all six TAT-QA dev derivations over a negative old value do): a net loss
    # or a cash outflow printed "(1,314)" that grows to "(2,303)" grew 75 %. Dividing by |old| gave -75 %.
    "percent_change": lambda new, old: _div(new - old, old) * 100,
    # part / total * 100: percent points
    "share": lambda part, total: _div(part, total) * 100,
    # pct % of base: base * pct / 100 (a target bonus of 90% of a $640,000 base salary)
    "percent_of": lambda pct, base: base * pct / 100,
    "round": _round,
    # a ** b (a fractional b is a root: CAGR's 1/years)
    "power": lambda a, b: a ** b,
}

_VARIADIC: dict[str, Callable[[list[Decimal]], Decimal]] = {
    "sum": lambda xs: sum(xs, Decimal(0)),
    "average": lambda xs: sum(xs, Decimal(0)) / len(xs),
    "min": min,
    "max": max,
    # how many figures the step reads (the cells that meet a question's condition, each cited)
    "count": lambda xs: Decimal(len(xs)),
}

OPS = sorted([*_BINARY, *_VARIADIC, "greater", "const"])


def _resolve(arg: Arg, results: list[Decimal | bool]) -> Decimal:
    if isinstance(arg, Decimal):
        return arg
    if isinstance(arg, int):
        return Decimal(arg)
    text = str(arg).strip()
    if text.startswith("#"):
        try:
            value = results[int(text[1:])]
        except (ValueError, IndexError):
            raise ProgramError(f"bad step reference {text!r}") from None
        if isinstance(value, bool):
            raise ProgramError(f"{text} is a yes/no result, not a number")
        return value
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ProgramError(f"not a number: {text!r}") from None


def _arg_text(arg: Arg) -> str:
    if isinstance(arg, (Decimal, int)):
        return fmt(Decimal(arg))
    return str(arg)


def run(program: Sequence[tuple[str, Sequence[Arg]]]) -> list[Step]:
    """Execute (op, args) pairs in order and return the steps with their exact results."""
    results: list[Decimal | bool] = []
    steps: list[Step] = []
    with localcontext() as ctx:
        ctx.prec = PRECISION
        for op, args in program:
            values = [_resolve(a, results) for a in args]
            if op in _BINARY:
                if len(values) != 2:
                    raise ProgramError(f"{op} takes 2 arguments, got {len(values)}")
                result: Decimal | bool = _BINARY[op](values[0], values[1])
            elif op in _VARIADIC:
                if not values:
                    raise ProgramError(f"{op} needs at least one argument")
                result = _VARIADIC[op](values)
            elif op == "greater":
                if len(values) != 2:
                    raise ProgramError("greater takes 2 arguments")
                result = values[0] > values[1]
            elif op == "const":
                if len(values) != 1:
                    raise ProgramError("const takes 1 argument")
                result = values[0]
            else:
                raise ProgramError(f"unknown op {op!r}; known: {', '.join(OPS)}")
            results.append(result)
            shown = ("yes" if result else "no") if isinstance(result, bool) else fmt(result)
            steps.append(Step(op=op, args=[_arg_text(a) for a in args], result=shown))
    return steps


def rerun(steps: Sequence[Step]) -> list[Step]:
    """Execute a shown program again (for verification): same ops, same args."""
    return run([(s.op, list(s.args)) for s in steps])


def result_of(steps: Sequence[Step]) -> Decimal | None:
    """The final numeric result of a program, or None for an empty or yes/no program."""
    if not steps:
        return None
    try:
        return Decimal(steps[-1].result)
    except InvalidOperation:
        return None

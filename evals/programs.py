"""Execute ConvFinQA's gold Python programs ('x0 = 60.94 - 25.14; ans = x0 / 25.14') without eval().

ConvFinQA keeps a gold value only for the last turn; earlier turns are scored by running their
programs. The grammar is tiny: assignments separated by ';', numbers (optionally with '%',
meaning a fraction as FinQA reads it), variable names, + - * / **, '>' and parentheses.
Exact `Decimal` arithmetic; '>' yields 'yes' or 'no'.
"""

from __future__ import annotations

import re
from decimal import Decimal, DivisionByZero, InvalidOperation

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?|\.\d+)(?P<pct>%)?|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()>]))")


class ProgramError(ValueError):
    """A gold program this evaluator cannot run."""


def _tokens(expr: str) -> list[tuple[str, object]]:
    out, pos, expr = [], 0, expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ProgramError(f"unexpected text {expr[pos:pos + 10]!r} in {expr!r}")
        pos = m.end()
        if m.group("num") is not None:
            value = Decimal(m.group("num"))
            out.append(("num", value / 100 if m.group("pct") else value))
        elif m.group("name"):
            out.append(("name", m.group("name")))
        else:
            out.append(("op", m.group("op")))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, object]], env: dict[str, object]):
        self.tokens, self.env, self.i = tokens, env, 0

    def _peek(self) -> tuple[str, object] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _take(self) -> tuple[str, object]:
        tok = self._peek()
        if tok is None:
            raise ProgramError("expression ends early")
        self.i += 1
        return tok

    def parse(self) -> object:
        value = self.comparison()
        if self._peek() is not None:
            raise ProgramError(f"unexpected {self._peek()[1]!r}")
        return value

    def comparison(self) -> object:
        left = self.sum()
        if self._peek() == ("op", ">"):
            self._take()
            right = self.sum()
            return "yes" if _num(left) > _num(right) else "no"
        return left

    def sum(self) -> Decimal:
        value = self.product()
        while self._peek() in (("op", "+"), ("op", "-")):
            op = self._take()[1]
            right = self.product()
            value = _num(value) + _num(right) if op == "+" else _num(value) - _num(right)
        return value

    def product(self) -> Decimal:
        value = self.power()
        while self._peek() in (("op", "*"), ("op", "/")):
            op = self._take()[1]
            right = _num(self.power())
            if op == "*":
                value = _num(value) * right
            else:
                if right == 0:
                    raise ProgramError("division by zero")
                value = _num(value) / right
        return value

    def power(self) -> Decimal:
        base = self.unary()
        if self._peek() == ("op", "**"):
            self._take()
            exponent = _num(self.power())
            try:
                return _num(base) ** exponent
            except (InvalidOperation, DivisionByZero) as exc:
                raise ProgramError(f"cannot raise {base} to {exponent}") from exc
        return base

    def unary(self) -> object:
        if self._peek() == ("op", "-"):
            self._take()
            return -_num(self.unary())
        if self._peek() == ("op", "+"):
            self._take()
            return _num(self.unary())
        return self.atom()

    def atom(self) -> object:
        kind, value = self._take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise ProgramError(f"unknown name {value!r}")
            return self.env[value]
        if value == "(":
            inner = self.comparison()
            if self._take() != ("op", ")"):
                raise ProgramError("missing ')'")
            return inner
        raise ProgramError(f"unexpected {value!r}")


def _num(value: object) -> Decimal:
    if not isinstance(value, Decimal):
        raise ProgramError(f"{value!r} is not a number")
    return value


def run_program(program: str) -> Decimal | str:
    """The value of `ans` after running the program: a Decimal, or 'yes'/'no' for a comparison."""
    env: dict[str, object] = {}
    for statement in filter(None, (s.strip() for s in program.split(";"))):
        name, sep, expr = statement.partition("=")
        name = name.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise ProgramError(f"not an assignment: {statement!r}")
        env[name] = _Parser(_tokens(expr), env).parse()
    if "ans" not in env:
        raise ProgramError("the program sets no 'ans'")
    return env["ans"]

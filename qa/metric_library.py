"""Named metrics as data: qa/data/metrics.toml read, validated and compiled into programs.

    lib = library()
    m = lib.match("What is the FY2017 return on assets (ROA) for Coca Cola?")
    m.metric.name, m.metric.definition
    # ('return_on_assets', 'Return on assets % = net income / total assets × 100.')

A metric is a formula over named line items (`[items.NAME]`: the phrases a filing prints for it,
its XBRL concepts, whether it is a balance-sheet instant, whether the filing prints it as an
outflow). `to_program` turns a formula into qa/program.py steps with exact decimals; the caller
supplies each operand (a cited figure, an average of opening and closing balances, ...) as a
program argument, so the shown program is the whole computation.

The file is checked when it is loaded: an unknown key, a formula that does not parse or names an
item the file does not define, an unknown unit, or an alias two metrics share is a
`MetricLibraryError` naming the entry, not a failure at question time.
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

DATA = Path(__file__).resolve().parent / "data" / "metrics.toml"
UNITS = {"percent", "ratio", "USD", "days"}
FUNCTIONS = {"prior", "first", "delta"}   # prior(x): last year's x; first(x): the first year asked; delta(x): closing - opening
SPECIAL = {"asked", "years"}                # the line item a growth question names; the years a CAGR spans
_ITEM_KEYS = {"phrases", "aliases", "concepts", "balance", "magnitude", "noncurrent", "deduction"}
_METRIC_KEYS = {"name", "aliases", "definition", "formula", "unit", "average", "optional", "variants", "growth"}
_VARIANT_KEYS = {"when", "definition", "formula"}


class MetricLibraryError(ValueError):
    """metrics.toml is not what the library expects; the message names the entry and the problem."""


@dataclass(frozen=True)
class Item:
    name: str
    phrases: tuple[str, ...]
    concepts: tuple[str, ...] = ()
    balance: bool = False
    magnitude: bool = False
    aliases: tuple[str, ...] = ()  # how a question names it besides its row phrases ("net ppne", "cogs")
    noncurrent: bool = False       # a non-current balance: its rows stand under "Non-current liabilities", not "Current"
    deduction: bool = False        # an expense: printed negative where the statement adds it to reach the next subtotal


@dataclass(frozen=True)
class Variant:
    when: tuple[str, ...]
    definition: str
    formulas: tuple[str, ...]


@dataclass(frozen=True)
class Metric:
    name: str
    aliases: tuple[str, ...]
    definition: str
    formulas: tuple[str, ...]
    unit: str
    average: bool = False
    optional: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    growth: bool = False

    def inputs(self, formula: str) -> list[str]:
        """Item names a formula reads, in order of first use."""
        return list(dict.fromkeys(n for n in _names(ast.parse(formula, mode="eval")) if n not in SPECIAL))


@dataclass
class Match:
    metric: Metric
    alias: str
    start: int
    end: int
    definition: str
    formulas: tuple[str, ...]


@dataclass
class Library:
    items: dict[str, Item]
    metrics: list[Metric]
    _alias_rx: list[tuple[re.Pattern, Metric, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        pairs = [(a, m) for m in self.metrics for a in m.aliases]
        pairs.sort(key=lambda am: -len(am[0]))
        self._alias_rx = [(re.compile(rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])"), m, a) for a, m in pairs]

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    def matches(self, question: str) -> list[Match]:
        """Every metric alias in the question, earliest first (longest first at one position)."""
        text = normalize(question)
        out: list[Match] = []
        taken: list[tuple[int, int]] = []
        for rx, m, alias in self._alias_rx:
            for hit in rx.finditer(text):
                a, b = hit.span()
                if any(a < y and x < b for x, y in taken):
                    continue  # inside a longer alias already found ("ebitda" in "ebitda margin")
                taken.append((a, b))
                definition, formulas = m.definition, m.formulas
                for v in m.variants:
                    if any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", text) for w in v.when):
                        definition, formulas = v.definition, v.formulas
                        break
                out.append(Match(m, alias, a, b, definition, formulas))
        out.sort(key=lambda x: (x.start, -(x.end - x.start)))
        return out

    def match(self, question: str) -> Match | None:
        """The metric the question asks for: the first one it names."""
        found = self.matches(question)
        return found[0] if found else None

    def item_in(self, text: str) -> tuple[Item, int] | None:
        """The line item `text` names (a growth question's "revenue"), with where it starts."""
        t = normalize(text)
        best: tuple[int, int, Item] | None = None
        for item in self.items.values():
            for phrase in item.aliases + item.phrases:
                hit = _phrase_pattern(phrase).search(t)
                if hit and (best is None or (hit.start(), -len(phrase)) < (best[0], best[1])):
                    best = (hit.start(), -len(phrase), item)
        return (best[2], best[0]) if best else None


@lru_cache(maxsize=None)
def _phrase_pattern(phrase: str) -> re.Pattern:
    """An alias or phrase as a pattern over normalized text, whole words only."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(normalize(phrase))}(?![a-z0-9])")


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Lower case, "%" as "percent", no "unadjusted", single spaces: how aliases are written."""
    t = text.lower().replace("’", "'").replace("%", " percent ")
    t = re.sub(r"\bpercentage\b", "percent", t)  # "capex as a percentage of revenue" is the alias "... as a percent of revenue"
    t = re.sub(r"\badj\b\.?", "adjusted", t)  # analysts' "adj. EBITDA"
    t = re.sub(r"\b(?:unadjusted|reported|gaap)\s+", "", t)
    t = re.sub(r"\(\s*as a\s+percent\s*\)", " percent ", t)
    return re.sub(r"\s+", " ", t).strip()


# ------------------------------------------------------------------------------------ loading

def _names(node: ast.AST) -> list[str]:
    funcs = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and id(n) not in funcs]


def _check_formula(where: str, formula: str, items: dict[str, Item]) -> None:
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise MetricLibraryError(f"{where}: formula {formula!r} does not parse ({exc.msg})") from None
    for n in ast.walk(tree):
        if isinstance(n, ast.Call):
            if not isinstance(n.func, ast.Name) or n.func.id not in FUNCTIONS or len(n.args) != 1 \
                    or not isinstance(n.args[0], ast.Name):
                raise MetricLibraryError(f"{where}: formula {formula!r}: only {', '.join(sorted(FUNCTIONS))}(item) calls are allowed")
        elif isinstance(n, ast.BinOp) and not isinstance(n.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
            raise MetricLibraryError(f"{where}: formula {formula!r}: only + - * / ** are allowed")
        elif isinstance(n, ast.Constant) and not isinstance(n.value, (int, float)):
            raise MetricLibraryError(f"{where}: formula {formula!r}: constants must be numbers")
        elif not isinstance(n, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.Name, ast.Load, ast.Call,
                                ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
            raise MetricLibraryError(f"{where}: formula {formula!r}: {type(n).__name__} is not allowed")
    for name in _names(tree):
        if name not in items and name not in SPECIAL and name not in FUNCTIONS:
            raise MetricLibraryError(f"{where}: formula {formula!r} refers to unknown item {name!r}")


def _unknown(where: str, got: dict, allowed: set[str]) -> None:
    extra = sorted(set(got) - allowed)
    if extra:
        raise MetricLibraryError(f"{where}: unknown key(s) {', '.join(extra)}; allowed: {', '.join(sorted(allowed))}")


def _strings(where: str, value, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise MetricLibraryError(f"{where}: {key} must be a non-empty string or list of strings")
    return tuple(value)


def parse(data: dict, source: str = "metrics.toml") -> Library:
    """Build and validate a library from the parsed TOML."""
    _unknown(source, data, {"items", "metrics"})
    items: dict[str, Item] = {}
    for name, raw in (data.get("items") or {}).items():
        where = f"{source}: item {name!r}"
        if not isinstance(raw, dict):
            raise MetricLibraryError(f"{where}: must be a table")
        _unknown(where, raw, _ITEM_KEYS)
        if "phrases" not in raw:
            raise MetricLibraryError(f"{where}: missing phrases")
        aliases = _strings(where, raw["aliases"], "aliases") if "aliases" in raw else ()
        for a in aliases:
            if a != normalize(a):
                raise MetricLibraryError(f"{where}: alias {a!r} must be written normalized as {normalize(a)!r}")
        items[name] = Item(name, _strings(where, raw["phrases"], "phrases"), tuple(raw.get("concepts", ())),
                           bool(raw.get("balance", False)), bool(raw.get("magnitude", False)), aliases, bool(raw.get("noncurrent", False)),
                           bool(raw.get("deduction", False)))
    metrics: list[Metric] = []
    seen_alias: dict[str, str] = {}
    for i, raw in enumerate(data.get("metrics") or []):
        where = f"{source}: metric {raw.get('name', f'#{i}')!r}"
        _unknown(where, raw, _METRIC_KEYS)
        for key in ("name", "aliases", "definition", "formula", "unit"):
            if key not in raw:
                raise MetricLibraryError(f"{where}: missing {key}")
        if raw["unit"] not in UNITS:
            raise MetricLibraryError(f"{where}: unit {raw['unit']!r} is not one of {', '.join(sorted(UNITS))}")
        aliases = _strings(where, raw["aliases"], "aliases")
        for a in aliases:
            if a != normalize(a):
                raise MetricLibraryError(f"{where}: alias {a!r} must be written normalized as {normalize(a)!r}")
            if a in seen_alias:
                raise MetricLibraryError(f"{where}: alias {a!r} is also an alias of {seen_alias[a]!r}")
            seen_alias[a] = raw["name"]
        formulas = _strings(where, raw["formula"], "formula")
        variants = []
        for v in raw.get("variants", []):
            _unknown(f"{where} variant", v, _VARIANT_KEYS)
            variants.append(Variant(_strings(where, v.get("when"), "variant when"), str(v.get("definition") or raw["definition"]),
                                    _strings(where, v.get("formula"), "variant formula")))
        for f in formulas + tuple(f for v in variants for f in v.formulas):
            _check_formula(where, f, items)
        optional = tuple(raw.get("optional", ()))
        for o in optional:
            if o not in items:
                raise MetricLibraryError(f"{where}: optional item {o!r} is not defined under [items]")
        metrics.append(Metric(raw["name"], aliases, str(raw["definition"]), formulas, raw["unit"], bool(raw.get("average", False)),
                              optional, tuple(variants), bool(raw.get("growth", False))))
    if not metrics:
        raise MetricLibraryError(f"{source}: no [[metrics]] entries")
    return Library(items, metrics)


def load(path: str | Path = DATA) -> Library:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MetricLibraryError(f"{path}: not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise MetricLibraryError(f"{path.name}: not valid TOML ({exc})") from None
    return parse(data, path.name)


@lru_cache(maxsize=1)
def library() -> Library:
    """The bundled library, loaded and validated once."""
    return load(DATA)


# ------------------------------------------------------------------------------------ programs

Operand = Callable[[str, str], str]
"""operand(item, which) -> a program argument (a decimal string or '#k'); `which` is 'value',
'prior', 'first' or 'delta'. It may append steps of its own (an average, a sign flip)."""

_OPS = {ast.Add: "add", ast.Sub: "subtract", ast.Mult: "multiply", ast.Div: "divide", ast.Pow: "power"}


def to_program(formula: str, operand: Operand, steps: list[tuple[str, list]], constants: dict[str, str] | None = None) -> str:
    """Append the steps that compute `formula` and return the argument holding its result."""
    constants = constants or {}

    def emit(node: ast.AST) -> str:
        if isinstance(node, ast.Expression):
            return emit(node.body)
        if isinstance(node, ast.Constant):
            return str(node.value)
        if isinstance(node, ast.Name):
            return constants[node.id] if node.id in constants else operand(node.id, "value")
        if isinstance(node, ast.Call):
            return operand(node.args[0].id, node.func.id)
        if isinstance(node, ast.UnaryOp):
            steps.append(("multiply", [emit(node.operand), "-1"]))
            return f"#{len(steps) - 1}"
        if isinstance(node, ast.BinOp):
            a, b = emit(node.left), emit(node.right)
            steps.append((_OPS[type(node.op)], [a, b]))
            return f"#{len(steps) - 1}"
        raise MetricLibraryError(f"cannot compile {ast.dump(node)}")

    return emit(ast.parse(formula, mode="eval"))


def show_formula(formula: str) -> str:
    """A formula for people: item names in words, × and ÷ ("operating_income / revenue * 100" ->
    "operating income ÷ revenue × 100")."""
    t = formula.replace("**", "^").replace("*", "×").replace("/", "÷")
    return re.sub(r"[a-z_]+", lambda m: m.group(0).replace("_", " "), t)


@lru_cache(maxsize=1)
def _constants() -> frozenset:
    from decimal import Decimal

    found = {Decimal(-1), Decimal(0)}
    for m in library().metrics:
        for formula in m.formulas + tuple(f for v in m.variants for f in v.formulas):
            found |= {Decimal(str(n.value)) for n in ast.walk(ast.parse(formula, mode="eval")) if isinstance(n, ast.Constant)}
    return frozenset(found)


MAX_YEARS = 30  # a CAGR's span in years is a small whole number the question names, not a figure of the filing


def is_formula_constant(value) -> bool:
    """Is `value` a number a metric's program may read without citing it: a constant written in a
    formula (100, 365, 1), the sign flip -1, or a CAGR's number of years."""
    return value in _constants() or (value == value.to_integral_value() and 1 <= value <= MAX_YEARS)

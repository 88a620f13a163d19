"""Decide whether one answer (the answer contract as JSON) matches its gold answer.

Strict by design: a numeric answer counts as correct only with status `answered` (the
service vouched for it); `lenient` records whether the headline value matched whatever the
status (`uncertain`, `conflict`, `unverified`: the best candidate the service put first), and
`alternative_right` whether a runner-up in `alternatives` matched where the headline did not.
Benchmarks state amounts in the table's units and percentages as fractions, so `Gold`
carries the scale freedoms a benchmark needs (see `evals.models.Gold`).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from evals.models import Gold, Score

_MAGNITUDE = {
    "thousand": 3, "k": 3, "million": 6, "millions": 6, "mn": 6, "m": 6,
    "billion": 9, "billions": 9, "bn": 9, "b": 9, "trillion": 12,
}
# a number as printed: optional sign, '$', parentheses, thousands separators, '%', magnitude word
_NUMBER = re.compile(
    r"(?P<neg>[-\u2212(])?\s*(?P<cur>\$)?\s*(?P<neg2>-)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<close>\))?\s*(?P<pct>%|percent\b)?(?:\s*(?P<mag>thousand|millions?|billions?|trillion|mn|bn)\b)?",
    re.IGNORECASE,
)
_UNIT_GROUPS = {"USD": "money", "USD/share": "per_share", "percent": "rate", "ratio": "rate", "count": "count", "shares": "count", "years": "duration"}
_SCALES = (Decimal(1), Decimal("1e-3"), Decimal("1e-6"), Decimal("1e-9"))
_PERCENT_WORDS = re.compile(r"percent|%", re.IGNORECASE)


def parse_number(text: str) -> Decimal | None:
    """The value of a string that is a single number as printed ('$1,496.5', '(12.6)', '4.2%'), else None."""
    found = numbers_in(text)
    if len(found) != 1:
        return None
    value, _unit, span = found[0]
    rest = (text[: span[0]] + text[span[1]:]).strip(" .")
    return value if not re.search(r"[A-Za-z0-9]", rest) else None


def numbers_in(text: str) -> list[tuple[Decimal, str | None, tuple[int, int]]]:
    """Every number in free text with its unit hint ('percent', 'USD' or None) and span; magnitudes applied."""
    out = []
    for m in _NUMBER.finditer(text or ""):
        # skip digits glued to letters (FY2022, Q3, 10-K) : they are names, not amounts
        before = text[m.start("num") - 1] if m.start("num") > 0 else " "
        after = text[m.end("num")] if m.end("num") < len(text) else " "
        if before.isalpha() or after.isalpha():
            continue
        try:
            value = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        if m.group("mag"):
            value = value.scaleb(_MAGNITUDE[m.group("mag").lower()])
        negative = m.group("neg2") or (m.group("neg") in ("-", "\u2212")) or (m.group("neg") == "(" and m.group("close"))
        if negative:
            value = -value
        unit = "percent" if m.group("pct") else "USD" if m.group("cur") else None
        out.append((value, unit, (m.start(), m.end())))
    return out


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def asks_percent(question: str) -> bool:
    return bool(_PERCENT_WORDS.search(question or ""))


def _dec(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _close(pred: Decimal, gold: Decimal, g: Gold) -> bool:
    if g.sign_insensitive:
        pred, gold = abs(pred), abs(gold)
    tolerance = max(g.abs_tol, abs(gold) * Decimal(str(g.rel_tol)))
    return abs(pred - gold) <= tolerance


_IN_CENTS = re.compile(r"\bcents\b|¢", re.IGNORECASE)


def _candidates(pred: Decimal, unit: str | None, g: Gold, question: str) -> list[Decimal]:
    """The prediction in every scale the gold's benchmark allows."""
    values = [pred]
    if g.unit == "percent" and unit == "ratio":
        values.append(pred * 100)
    if g.unit == "ratio" and unit == "percent":
        values.append(pred / 100)
    if g.percent_ambiguous:
        if unit == "percent":
            values.append(pred / 100)
        if asks_percent(question):
            values += [pred * 100, pred / 100]
    if g.scale_free and unit not in ("percent", "ratio", "USD/share"):
        values += [v * s for v in list(values) for s in _SCALES[1:]]
    if unit in ("USD", "USD/share") and _IN_CENTS.search(question):
        values.append(pred * 100)  # "total basic earnings per share (cents per share)": the gold states the cents
    return values


def number_matches(pred: Decimal, unit: str | None, gold_value: Decimal, g: Gold, question: str = "") -> bool:
    if gold_value == 0:  # scaled down, any amount comes within an absolute tolerance of zero
        return _close(pred, gold_value, g)
    return any(_close(v, gold_value, g) for v in _candidates(pred, unit, g, question))


def _units_compatible(pred_unit: str | None, gold_unit: str | None) -> bool:
    if not pred_unit or not gold_unit:
        return True
    return _UNIT_GROUPS.get(pred_unit, pred_unit) == _UNIT_GROUPS.get(gold_unit, gold_unit)


def predicted_yes(answer: dict) -> bool | None:
    text = normalize_text(answer.get("text", ""))
    if re.match(r"^(yes|true)\b", text):
        return True
    if re.match(r"^(no|false)\b", text):
        return False
    program = answer.get("program") or []
    if program and program[-1].get("op") in ("greater", "less", "greater_than", "compare"):
        result = str(program[-1].get("result", "")).strip().lower()
        if result in ("yes", "true", "1"):
            return True
        if result in ("no", "false", "0"):
            return False
    return None


def _headline(answer: dict) -> tuple[Decimal | None, str | None, bool]:
    """The answer's headline amount and unit; falls back to the first number in the text."""
    value = answer.get("value") or {}
    amount = _dec(value.get("amount"))
    if amount is not None:
        return amount, value.get("unit"), False
    found = numbers_in(answer.get("text", ""))
    if found:
        return found[0][0], found[0][1], True
    return None, None, False


def _all_numbers(answer: dict) -> list[tuple[Decimal, str | None]]:
    value = answer.get("value") or {}
    out = [(_dec(value.get(k)), value.get("unit")) for k in ("amount", "low", "high")]
    out += [(_dec(f.get("amount")), f.get("unit")) for f in answer.get("figures") or []]
    out += [(v, u) for v, u, _ in numbers_in(answer.get("text", ""))]
    return [(v, u) for v, u in out if v is not None]


def _judge(answer: dict, g: Gold, question: str) -> tuple[bool, str, str | None]:
    """(value matches, failure group, predicted as a string), ignoring the answer's status."""
    if g.type == "number":
        pred, unit, from_text = _headline(answer)
        if pred is None:
            return False, "no value", None
        shown = f"{pred} {unit or ''}".strip()
        if number_matches(pred, unit, g.value, g, question):
            if not _units_compatible(unit, g.unit):
                return False, "wrong unit", shown
            return True, "match (from text)" if from_text else "match", shown
        if number_matches(-pred, unit, g.value, g, question):
            return False, "wrong sign", shown
        if g.value != 0 and g.percent_ambiguous is False and unit in ("percent", "ratio") and (
            _close(pred / 100, g.value, g) or _close(pred * 100, g.value, g)
        ):
            return False, "wrong scale", shown
        for s in (Decimal("1e3"), Decimal("1e-3"), Decimal("1e6"), Decimal("1e-6")):
            if g.value != 0 and _close(pred * s, g.value, g):
                return False, "wrong scale", shown
        return False, "wrong value", shown
    if g.type == "range":
        value = answer.get("value") or {}
        low, high = _dec(value.get("low")), _dec(value.get("high"))
        if low is None or high is None:
            return False, "no range", value.get("amount")
        unit = value.get("unit")
        if g.sign_insensitive:
            low, high = sorted((abs(low), abs(high)))
        shown = f"{low}..{high} {unit or ''}".strip()
        ok = number_matches(low, unit, g.low, g, question) and number_matches(high, unit, g.high, g, question)
        if ok and not _units_compatible(unit, g.unit):
            return False, "wrong unit", shown
        return ok, "match" if ok else "wrong range", shown
    if g.type == "numbers":
        stated = _all_numbers(answer)
        missing = [v for v in g.values if not any(number_matches(p, u, v, g, question) for p, u in stated)]
        shown = ", ".join(str(p) for p, _ in stated[:6]) or None
        return not missing, "match" if not missing else ("no value" if not stated else "missing values"), shown
    if g.type == "yesno":
        yes = predicted_yes(answer)
        shown = None if yes is None else ("yes" if yes else "no")
        if yes is None:
            return False, "no yes/no", shown
        return yes == g.yes, "match" if yes == g.yes else "wrong yes/no", shown
    if g.type == "text":
        text = normalize_text(answer.get("text", ""))
        shown = (answer.get("text") or "")[:200]
        if g.all_of:
            ok = all(normalize_text(s) in text for s in g.all_of if s.strip())
        else:
            ok = any(normalize_text(s) in text for s in g.any_of if s.strip())
        return ok, "match" if ok else "wrong text", shown
    raise ValueError(f"cannot judge gold type {g.type}")


def score(answer: dict, gold: Gold, question: str = "") -> Score:
    """Score one answer. Refusal is status `not_found`; only `answered` counts as a correct figure."""
    status = answer.get("status")
    refused = status == "not_found"
    if gold.type == "unscored":
        return Score(correct=None, lenient=None, reason="unscored", predicted=None)
    if gold.type == "refuse":
        return Score(correct=refused, lenient=refused, reason="refused" if refused else "answered a refusal item",
                     predicted=status)
    if refused:
        return Score(correct=False, lenient=False, reason="refused", predicted=None)
    ok, reason, shown = _judge(answer, gold, question)
    alternatives = answer.get("alternatives") or []
    alternative_right = None
    if alternatives:
        alternative_right = not ok and any(_judge(alt, gold, question)[0] for alt in alternatives)
    if status != "answered":
        return Score(correct=False, lenient=ok, reason=f"{status or 'error'}" + (" (value right)" if ok else ""),
                     predicted=shown, alternative_right=alternative_right)
    return Score(correct=ok, lenient=ok, reason=reason, predicted=shown, alternative_right=alternative_right)

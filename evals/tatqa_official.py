"""TAT-QA's own exact match (EM) and F1 (Zhu et al. 2021), reimplemented from the description of
the official evaluation script, to report beside the harness's match rules.

The paper scores a prediction (an answer string or list of strings, plus a *scale*: "", thousand,
million, billion, percent) against the gold answer and its scale:

1. Each side becomes ONE string: the answers are sorted and joined by spaces. An answer that is a
   number (after dropping `$ € £ ¥ % ( ) , [ ] ' " \\`, its first word parses as a number and any
   second word is a scale word) is rewritten to 4 decimals: a percentage as printed ('12%' -> 0.12),
   anything else rounded to 2 decimals and multiplied by the scale (24.9 million -> 24900000.0000;
   12.5 percent -> 0.1250). A non-number answer gets the scale word appended ('Revenue million').
2. A prediction that is one bare number without a scale is also tried unrounded (so 0.1234 meets a
   gold 12.34 percent); the best of the tries counts.
3. Both strings are normalized token by token (split on single spaces): lower case; punctuation
   removed unless the token is a number; a number token rewritten to its value (parentheses of
   digits negate, '%' divides by 100, a following scale word multiplies, rounded to 4 places);
   articles (a, an, the) dropped; empty tokens dropped.
4. EM: the normalized strings are equal. F1: over the two *sets* of tokens (bag of words), rounded
   to 2 decimals. For arithmetic and count questions F1 is set to EM (a number is right or wrong).
   An empty prediction scores 0 and 0.

Numbers here follow the script's float arithmetic on purpose (round to 2, format to 4 places,
compare the float's text): the point is to reproduce its verdicts, including its quirks, e.g.
'(1,234)' is not negative (the parentheses must hold only digits, dots and spaces) and an integer
token '5' differs from '5.0' inside a text span.

`predict()` turns a FilingQA answer into a TAT-QA prediction; see its docstring for the choices.
"""

from __future__ import annotations

import re
import string
from decimal import Decimal, InvalidOperation

_DROP_IN_NUMBERS = set("'\"\\$€£¥%(),[]")
_PUNCTUATION = set(string.punctuation)
# integers except percent, as in the script: an integer amount times a magnitude stays an integer
_SCALE_WORDS = (("hundred", 100), ("thousand", 1000), ("million", 10**6), ("billion", 10**9), ("percent", 0.01))
_FIRST_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)")
_NEGATIVE = re.compile(r"\([\d.\s]+\)")
_PERCENT = re.compile(r"[\d.\s]+%")
_NUMBER_WORD = re.compile(r"[\d.]+\s?[a-zA-Z]+")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
_CITATION_MARK = re.compile(r"\s*\[\d+\]")

# TAT-QA scales as powers of ten, for re-expressing an amount in base units
SCALE_POWER = {"": 0, "thousand": 3, "million": 6, "billion": 9}


def scale_factor(word: str) -> int | float:
    """The multiplier a scale word stands for (the first scale word contained in it), else 1."""
    word = (word or "").lower()
    return next((factor for name, factor in _SCALE_WORDS if name in word), 1)


def _strip_number_marks(text: str) -> str:
    return "".join(ch for ch in str(text) if ch not in _DROP_IN_NUMBERS)


def is_number(text: str) -> bool:
    """The script's test: first word (marks dropped) parses as a float; a second word must be a scale word."""
    words = " ".join(_strip_number_marks(w) for w in str(text).split()).split()
    if not words:
        return False
    try:
        value = float(words[0])
    except ValueError:
        return False
    if value != value:  # NaN
        return False
    return len(words) < 2 or scale_factor(words[1]) != 1


def to_number(text: str) -> float | int | None:
    """The value of a number as printed: first number, times a scale word after a number, negated
    by parentheses, divided by 100 for '%', rounded to 4 places. None when there is no number."""
    found = _FIRST_NUMBER.search(_strip_number_marks(text))
    if not found:
        return None
    raw = found.group(0)
    number: float | int = float(raw) if "." in raw else int(raw)
    word = _NUMBER_WORD.search(text)
    factor = scale_factor(word.group(0)) if word else 1
    sign = -1 if _NEGATIVE.search(text.strip()) else 1
    percent = 0.01 if _PERCENT.search(text.strip()) else 1
    return round(number * factor * sign * percent, 4)


def _normalize_token(token: str) -> str:
    token = token.lower()
    if not is_number(token):
        token = "".join(ch for ch in token if ch not in _PUNCTUATION)
    if is_number(token):
        token = str(to_number(token))
    return " ".join(_ARTICLES.sub(" ", token).split())


def normalize_answer(text: str) -> str:
    """One answer string, normalized token by token (tokens are separated by single spaces)."""
    return " ".join(part for part in (_normalize_token(t) for t in str(text).split(" ")) if part.strip())


def answer_string(answers: list, scale: str) -> str:
    """Sorted answers joined into one string; numbers at 4 decimals in the given scale."""
    parts = []
    for answer in sorted(str(a) for a in answers):
        if is_number(answer):
            value = to_number(answer)
            if value is None:
                parts.append(f"{answer} {scale}" if scale else answer)
            elif "%" in answer:
                parts.append("%.4f" % value)
            else:
                parts.append("%.4f" % (round(value, 2) * scale_factor(scale)))
        else:
            parts.append(f"{answer} {scale}" if scale else answer)
    return " ".join(parts)


def em_f1(predicted: str, gold: str) -> tuple[float, float]:
    """EM and bag-of-words F1 (2 decimals) of two answer strings after normalization."""
    p, g = normalize_answer(predicted), normalize_answer(gold)
    em = 1.0 if p == g else 0.0
    p_bag, g_bag = set(p.split()), set(g.split())
    common = len(p_bag & g_bag)
    precision = common / len(p_bag) if p_bag else 1.0
    recall = common / len(g_bag) if g_bag else 1.0
    f1 = 0.0 if precision == 0 and recall == 0 else 2 * precision * recall / (precision + recall)
    return em, round(f1, 2)


def gold_answers(annotation: dict) -> list[str]:
    """The gold answers as the script reads them: spans as given, arithmetic as str(), counts as str(int())."""
    kind, answer = annotation["answer_type"], annotation["answer"]
    if kind in ("span", "multi-span"):
        return [str(a) for a in (answer if isinstance(answer, list) else [answer])]
    if kind == "count":
        return [str(int(float(answer)))]
    return [str(answer)]


def score(annotation: dict, prediction: str | list | None, pred_scale: str = "") -> dict:
    """EM and F1 of one prediction against one TAT-QA question (`answer`, `answer_type`, `scale`)."""
    predictions = prediction if isinstance(prediction, list) else [prediction] if prediction else []
    predictions = [p for p in predictions if str(p).strip()]
    gold = gold_answers(annotation)
    if not predictions or not gold:
        return {"em": 0.0, "f1": 0.0}
    gold_string = answer_string(gold, annotation.get("scale") or "")
    tries = [answer_string(predictions, pred_scale)]
    only = str(predictions[0])
    if len(predictions) == 1 and not pred_scale and "%" not in only and is_number(only):
        value = to_number(only)
        if value is not None:
            tries.append("%.4f" % value)
    em, f1 = max(em_f1(t, gold_string) for t in tries)
    if annotation["answer_type"] in ("arithmetic", "count"):
        f1 = em
    return {"em": em, "f1": f1}


def _decimal(value: object) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def _plain(amount: Decimal) -> str:
    """A decimal without exponent or trailing zeros after the point: 24.910000 -> 24.91."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _in_scale(amount: Decimal, unit: str | None, gold_scale: str) -> tuple[str, str]:
    """An amount of the answer contract as (number string, TAT-QA scale)."""
    if unit == "percent":
        return _plain(amount), "percent"
    power = SCALE_POWER.get(gold_scale)
    if unit in ("ratio", "USD/share") or not power:
        return _plain(amount), ""
    return _plain(amount.scaleb(-power)), gold_scale


def answer_text(text: str) -> str:
    """An answer's text as a span: citation marks [n] and typographic quote marks removed."""
    text = _CITATION_MARK.sub("", text or "")
    return text.replace("\u201c", "").replace("\u201d", "").strip()


def predict(answer: dict | None, gold_scale: str, statuses: tuple[str, ...]) -> tuple[str | list | None, str]:
    """A FilingQA answer as a TAT-QA prediction (answer, scale); (None, '') when it is not submitted.

    - Only answers whose status is in `statuses` are submitted (strict: `answered`; every headline:
      answered, uncertain, conflict, unverified). A refusal submits nothing.
    - A headline amount is submitted as a number. FilingQA answers in base units and carries no table
      scale, so an amount (not a percent, ratio or per-share figure) is re-expressed in the gold's
      scale (24900000 USD with a 'million' gold -> 24.9 million): the same amount written the way
      a TAT-QA model writes it, so that the script's 2-decimal rounding applies in the table's units.
      A wrong magnitude stays wrong (24.9 USD -> 0.0000249 million). A percent is submitted with
      scale 'percent'; a ratio as a bare number (the script also tries it as a percentage).
    - A range submits its two ends.
    - An answer of several parts submits its `spans`: figures given respectively each re-expressed
      like a headline amount, years and line items as they are.
    - Any other answer without an amount submits its text as the span.
    """
    if not answer or answer.get("status") not in statuses:
        return None, ""
    value = answer.get("value") or {}
    unit = value.get("unit")
    amount = _decimal(value.get("amount"))
    if amount is not None:
        return _in_scale(amount, unit, gold_scale)
    spans = answer.get("spans") or []
    figures = answer.get("figures") or []
    if spans and len(figures) == len(spans) and all(s == f.get("amount") for s, f in zip(spans, figures)):
        parts = [_in_scale(Decimal(f["amount"]), f.get("unit"), gold_scale) for f in figures]
        scales = {scale for _, scale in parts}
        if len(scales) == 1:
            return [number for number, _ in parts], scales.pop()
    if spans:
        return list(spans), ""
    low, high = _decimal(value.get("low")), _decimal(value.get("high"))
    if low is not None and high is not None:
        (lo, scale), (hi, _) = _in_scale(low, unit, gold_scale), _in_scale(high, unit, gold_scale)
        return [lo, hi], scale
    text = answer_text(answer.get("text", ""))
    return (text or None), ""


STRICT = ("answered",)
EVERY_HEADLINE = ("answered", "uncertain", "conflict", "unverified")


def scale_missed(answer: dict | None, annotation: dict, statuses: tuple[str, ...] = STRICT) -> bool:
    """Diagnostic: the headline amount misses EM as submitted but would hit it read in the gold's scale,
    i.e. the service gave the number as printed in the table without the table's thousand/million."""
    if not answer or answer.get("status") not in statuses:
        return False
    value = answer.get("value") or {}
    amount, scale = _decimal(value.get("amount")), annotation.get("scale") or ""
    if amount is None or value.get("unit") in ("percent", "ratio") or not SCALE_POWER.get(scale):
        return False
    return score(annotation, *predict(answer, scale, statuses))["em"] == 0 and \
        score(annotation, _plain(amount), scale)["em"] == 1


def score_answer(answer: dict | None, annotation: dict) -> dict:
    """Per-turn official scores: `em`/`f1` submitting only `answered`, `em_any`/`f1_any` every headline,
    and `scale_missed` (answered only, see `scale_missed`)."""
    scale = annotation.get("scale") or ""
    out = {}
    for suffix, statuses in (("", STRICT), ("_any", EVERY_HEADLINE)):
        prediction, pred_scale = predict(answer, scale, statuses)
        result = score(annotation, prediction, pred_scale)
        out[f"em{suffix}"], out[f"f1{suffix}"] = result["em"], result["f1"]
    out["scale_missed"] = scale_missed(answer, annotation)
    return out

"""Yes or no to "did the figure rise or fall?": the verdict read from the change a program computed.

A question of that form (qa/qtypes/direction.py) is answered by the change of its line item between
two periods, the later first. The verdict compares the direction the question asks with the way the
figure moved:

- Two negative figures of a line item that is one-sided ("Real estate taxes (19,774)" against
  "(19,190)", "Net loss (5.2)" against "(3.1)") are deductions or losses printed in parentheses: the
  item grew when the later one is larger in size, though the signed change is negative.
- A line item that names both signs ("Net income (loss)", "Other income (expense), net") moves by its
  signed figures, unless the question names the negative side ("Did the net loss widen?").
- "Were net flows positive?" asks the sign of the one figure a lookup states.
- "Improve" and "worsen" depend on the line item: lower is better for a cost, a loss or an efficiency
  ratio, higher for revenue or a margin (qa/data/polarity.toml, read from the row label and the
  question's item). A line item the file does not place, or places both ways, gets no verdict, and
  neither does an answer that compares no two periods: an answered one is withheld (uncertain).
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from qa.models import Answer
from qa.qtypes.direction import is_sign
from qa.unsure import lead_with, withhold

# a label that names both signs of its figure: "Net income (loss)", "Gain (loss) on sale", "Other income (expense), net"
_SIGNED_PAIR = re.compile(r"\((?:loss|losses|expense|expenses|income|benefit|provision|deficit|decrease|increase|gain|"
                          r"charge|credit)\)|\b(?:income|gain|increase|benefit)\s*/\s*\(?(?:loss|expense|decrease|provision)|"
                          r"\bnet\s+(?:change|increase|decrease)\b", re.I)
_NEGATIVE_SIDE = re.compile(r"\b(?:loss|losses|expense|expenses|deficit|outflow|decrease)\b", re.I)
_CHANGE_STEPS = {"subtract", "percent_change"}
_POLARITY = Path(__file__).with_name("data") / "polarity.toml"


def moved(later: Decimal, earlier: Decimal, label: str, asked_item: str = "") -> str:
    """How a reader would say the figure moved: "up", "down" or "same". Two negative figures of a
    one-sided line item move by their size (a deduction that grew went "up")."""
    if later == earlier:
        return "same"
    if later < 0 and earlier < 0 and (not _SIGNED_PAIR.search(label) or _NEGATIVE_SIDE.search(asked_item)):
        return "up" if abs(later) > abs(earlier) else "down"
    return "up" if later > earlier else "down"


@lru_cache(maxsize=1)
def _polarity() -> dict[str, re.Pattern]:
    data = tomllib.loads(_POLARITY.read_text(encoding="utf-8"))

    def rx(words: list[str]) -> re.Pattern:  # whole words; "delinquen*" any word it begins
        alts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"(?![\w-])") for w in sorted(words, key=len, reverse=True)]
        return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + ")", re.I)

    return {"down": rx(data["lower_is_better"]), "up": rx(data["higher_is_better"])}


def _better_way(label: str, item: str) -> str | None:
    """"down" where lower is better for the line item (a cost, a loss, an efficiency ratio), "up" where
    higher is (revenue, a margin), None where the label and the item say neither, or both
    (qa/data/polarity.toml)."""
    text = f"{label} {item}"
    ways = {way for way, rx in _polarity().items() if rx.search(text)}
    return ways.pop() if len(ways) == 1 else None


def _number(program, arg: str) -> Decimal | None:
    try:
        return Decimal(program[int(arg[1:])].result) if arg.startswith("#") else Decimal(arg)
    except (InvalidOperation, ValueError, IndexError):
        return None


def _change(answer: Answer) -> tuple[Decimal, Decimal] | None:
    """(later, earlier) of an answer that is the change of one line item between two periods."""
    if not answer.program or answer.program[-1].op not in _CHANGE_STEPS:
        return None
    step = answer.program[-1]
    if len(step.args) != 2 or len(answer.figures) < 2:
        return None
    periods = {f.period for f in answer.figures}
    one_item = len({f.label for f in answer.figures}) == 1 and len({f.citation for f in answer.figures}) > 1
    if len(periods) < 2 and not one_item:
        return None  # two line items of one period: no change over time (one item's two cells are two periods)
    later, earlier = _number(answer.program, step.args[0]), _number(answer.program, step.args[1])
    return None if later is None or earlier is None else (later, earlier)


def _sign_verdict(answer: Answer, direction: str) -> Answer:
    """"Were net flows positive?": yes or no from the one figure a lookup states."""
    if answer.program or answer.value is None or answer.value.amount is None or len(answer.figures) != 1:
        if answer.status == "answered":
            withhold(answer, "the question asks the sign of one figure, and this answer states no one figure")
        return answer
    value = Decimal(answer.value.amount)
    sign = "positive" if value > 0 else "negative" if value < 0 else "zero"
    return lead_with(answer, f"{'Yes' if sign == direction else 'No'}: it was {sign}.")


def with_verdict(answer: Answer, asked: tuple[str, str] | None) -> Answer:
    """The answer with "Yes:" or "No:" before it when the question asks whether its figure rose or
    fell; an answered one that cannot say is withheld. `asked` is qa/qtypes/direction.asked_direction."""
    if asked is None or answer.status not in ("answered", "uncertain") or re.match(r"\W*(?:yes|no)\b", answer.text, re.I):
        return answer
    item, direction = asked
    if is_sign(direction):
        return _sign_verdict(answer, direction)
    change = _change(answer)
    better_way = _better_way(answer.figures[0].label, item) if direction in ("better", "worse") and change else None
    if better_way is not None:
        # "Did the efficiency ratio improve?": lower is better for it, so "better" asks whether it fell
        direction = better_way if direction == "better" else {"up": "down", "down": "up"}[better_way]
        asked_words = f", and {'lower' if better_way == 'down' else 'higher'} is better"
    else:
        asked_words = ""
    if change is None or direction in ("better", "worse"):
        if answer.status == "answered":
            why = ("whether that is better or worse depends on the line item" if change is not None else
                   "the question asks whether the figure rose or fell, and this answer compares no two periods")
            withhold(answer, why)
        return answer
    label = answer.figures[0].label
    way = moved(*change, label, item)
    verb = {"up": "rose", "down": "fell", "same": "was unchanged"}[way]
    if way != "same" and change[0] < 0 and change[1] < 0 and (way == "up") != (change[0] > change[1]):
        verb = f"{'grew' if way == 'up' else 'shrank'} (both figures are negative; it is {'larger' if way == 'up' else 'smaller'} in size)"
    lead = f"It {verb}" if direction == "either" else f"{'Yes' if way == direction else 'No'}: it {verb}{asked_words}"
    return lead_with(answer, f"{lead}.")

"""Does the answer fit the question? An independent check of each operand against the plan.

`verify` (qa/verify.py) proves that a figure is *in the filing*; this module checks that it is
*what was asked*: the operand's row label (with its heading) carries the asked line item's words
or concept, its period was matched to the asked period (not assumed), and its unit is the unit
the question asks for. It reads only the plan and the operands' traces, never the chooser's
scores, so it can veto a confident but wrong pick.
"""

from __future__ import annotations

from qa.lexicon import concepts, tokens

MIN_ITEM_COVERAGE = 0.5   # share of the asked item's content words the label + heading must carry

_UNIT_FAMILIES = {"USD": {"USD"}, "USD/share": {"USD/share"}, "percent": {"percent"}, "ratio": {"ratio", "percent"},
                  "shares": {"shares", "count"}, "count": {"count", "shares"}}


def item_fits(item: str, label: str, heading: str = "") -> bool:
    """The label (with its heading) names the asked item: its concept, or most of its words."""
    asked = set(tokens(item))
    if not asked:
        return False
    asked_concepts = concepts(item)
    have = set(tokens(f"{label} {heading}"))
    if asked_concepts and not asked_concepts <= (concepts(f"{label} {heading}") | have):
        return False
    return len(asked & have) / len(asked) >= MIN_ITEM_COVERAGE


def unit_fits(asked_unit: str | None, operation: str, operand_units: list[str], answer_unit: str | None) -> bool:
    """A lookup answers in the unit asked; a percent change or share is percent whatever its inputs."""
    if asked_unit is None or answer_unit is None:
        return True
    if operation in ("percent_change", "share") and answer_unit == "percent":
        return True
    if operation == "ratio":
        return answer_unit in ("ratio", "percent")
    return answer_unit in _UNIT_FAMILIES.get(asked_unit, {asked_unit})


def fits_question(answer, traces, plan, from_previous: bool = False) -> tuple[bool, list[str]]:
    """(fits, the reasons it does not) for a rules answer with operand traces. Operands taken from
    earlier answers of the conversation were checked when those were answered."""
    problems: list[str] = []
    if answer.method in ("extractive", "document") or from_previous:
        return True, problems
    if answer.value is not None and answer.value.low is not None:
        return True, problems  # a guidance range: the sentence states it as a range for the item
    if not traces:
        return answer.value is None, ([] if answer.value is None else ["no operand was traced"])
    for t in traces:
        if not item_fits(t.item, t.label, t.heading):
            problems.append(f"the row “{t.label}” does not name “{t.item}”")
        if not t.period_ok:
            problems.append(f"the figure for “{t.item}” is not for the asked period")
        if t.kind == "text" and t.period_named and t.runner_up is None and t.score < 0.6:
            problems.append(f"the sentence for “{t.item}” fits the asked period only loosely")
    unit = answer.value.unit if answer.value is not None else None
    if not unit_fits(plan.unit, plan.operation, [t.unit for t in traces], unit):
        problems.append(f"the answer is in {unit}, the question asks for {plan.unit}")
    return not problems, problems

"""The chooser's view of one candidate answer: a flat vector of numbers.

Features describe how the candidate was built (operation, operand fit scores and their margin to
the runner-up, how many facts competed, table or prose, period named or assumed, unit fit) and
never the filing's or the question's identity. The same function serves training
(qa/train_chooser.py) and answering (qa/answer.py), so the two cannot drift apart.
"""

from __future__ import annotations

import math

OPERATIONS = ["lookup", "difference", "percent_change", "ratio", "share", "sum", "average", "greater", "range", "text",
              "previous"]
METHODS = ["rules", "extractive", "metric", "document", "llm"]


def feature_names() -> list[str]:
    return ([f"op={o}" for o in OPERATIONS] + [f"method={m}" for m in METHODS] +
            ["rank", "n_operands", "min_score", "mean_score", "min_margin", "no_rival", "log_rivals", "log_fitting",
             "any_prose", "all_table", "any_summed", "any_repaired", "periods_named", "any_year_only",
             "fits_question", "in_filing", "n_items", "n_periods", "log_abs_value", "percent_over_100",
             "value_negative", "item_words", "unit_asked", "unit_matches", "has_program", "n_steps"])


def features(answer, traces, plan, rank: int, fits: bool) -> list[float]:
    op = "previous" if (plan.operation != "text" and answer.program and not traces) else plan.operation
    vec = [1.0 if op == o else 0.0 for o in OPERATIONS]
    vec += [1.0 if answer.method == m else 0.0 for m in METHODS]
    scores = [t.score for t in traces] or [0.0]
    margins = [(t.score - t.runner_up) if t.runner_up is not None else 1.0 for t in traces] or [0.0]
    value = None
    if answer.value is not None and answer.value.amount is not None:
        try:
            value = float(answer.value.amount)
        except ValueError:
            value = None
    unit = answer.value.unit if answer.value is not None else None
    vec += [
        float(min(rank, 5)),
        float(len(traces)),
        min(scores),
        sum(scores) / len(scores),
        min(min(margins), 1.0),
        1.0 if all(t.runner_up is None for t in traces) and traces else 0.0,
        math.log1p(sum(t.n_rivals for t in traces)),
        math.log1p(sum(t.n_fitting for t in traces)),
        1.0 if any(t.kind == "text" for t in traces) else 0.0,
        1.0 if traces and all(t.kind == "table" for t in traces) else 0.0,
        1.0 if any(t.summed for t in traces) else 0.0,
        1.0 if any(t.repaired for t in traces) else 0.0,
        1.0 if traces and all(t.period_named for t in traces) else 0.0,
        1.0 if any(t.period_year_only for t in traces) else 0.0,
        1.0 if fits else 0.0,
        1.0 if answer.in_filing else 0.0,
        float(len(plan.items)),
        float(len(plan.periods)),
        math.log10(abs(value) + 1.0) if value is not None else 0.0,
        1.0 if unit == "percent" and value is not None and abs(value) > 100 else 0.0,
        1.0 if value is not None and value < 0 else 0.0,
        float(min(sum(len(i.text.split()) for i in plan.items), 20)),
        1.0 if plan.unit else 0.0,
        1.0 if plan.unit and unit and plan.unit == unit else 0.0,
        1.0 if answer.program else 0.0,
        float(len(answer.program)),
    ]
    return vec

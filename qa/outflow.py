"""A payment asked as an amount is stated as a positive amount.

"How much did Apple spend on share repurchases?" asks for what was paid: $69,866,000,000. The
cash-flow statement prints the payment as an outflow, "(69,866)", and a lookup states the cell as
printed, -$69,866,000,000, which reads as a wrong answer. When the question asks how much was spent,
paid, repaid, invested, repurchased, distributed or returned to shareholders, and the one figure stated was printed in parentheses,
the answer states its magnitude: a `multiply(x, -1)` program step shows the flip and the text says
what the filing printed. A question about a change ("How much did spending on ... increase?") and
any answer with a program of its own are left as they are.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer
from qa.program import fmt, run

# "used" is not among them, nor "investing": "How much net cash was used for financing activities?" is
# answered as the statement's net figure, signed (TAT-QA's gold keeps the "(9,982)" as -9,982)
_OUTFLOW_VERBS = (r"spen[dt]|spending|(?:re)?pa(?:y|id|ying)|invest(?:ed)?|repurchas(?:e|ed|ing)|"
                  r"buy(?:ing)? back|bought back|return(?:ed|ing)? to|distribut(?:e|ed|ing)")
_CHANGE_WORDS = r"change[ds]?|increase[ds]?|decrease[ds]?|gr[eo]w(?:th|n)?|rise|rose|fall|fell|decline[ds]?|differ\w*"
ASKS_OUTFLOW = re.compile(rf"\bhow much\b.*?\b(?:{_OUTFLOW_VERBS})\b", re.I)
_ASKS_CHANGE = re.compile(rf"\b(?:{_CHANGE_WORDS})\b", re.I)


def as_outflow(answer: Answer, question: str, printed: str | None) -> Answer:
    """`answer` stating one figure printed as `printed`: its magnitude where the question asks for
    an amount paid out and the filing printed it in parentheses; else `answer` unchanged."""
    if answer.value is None or answer.value.amount is None or answer.value.unit != "USD" or answer.program \
            or len(answer.figures) != 1 or not (printed or "").strip().startswith("("):
        return answer
    amount = Decimal(answer.value.amount)
    if amount >= 0 or not ASKS_OUTFLOW.search(question) or _ASKS_CHANGE.search(question):
        return answer
    return with_sign_flipped(answer, "an outflow, printed in parentheses")


def with_sign_flipped(answer: Answer, why: str) -> Answer:
    """`answer`'s one stated amount with its sign flipped by a shown `multiply(x, -1)` step, the
    text saying `why` beside the new amount; `answer` unchanged where its text does not state the
    amount as said."""
    from qa.answer import say_amount

    amount, unit = Decimal(answer.value.amount), answer.value.unit
    shown = say_amount(amount, unit)
    if shown not in answer.text:
        return answer
    out = answer.model_copy(deep=True)
    out.program = run([("multiply", [fmt(amount), "-1"])])
    out.value.amount = out.program[-1].result
    out.text = answer.text.replace(shown, f"{say_amount(-amount, unit)} ({why})", 1)
    return out

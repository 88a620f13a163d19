"""A figure the filer tags with the other sign is stated with the tag's sign.

An inline-XBRL filer tags each printed figure with a concept and a value. Where the concept names
a quantity of one direction (`us-gaap:InterestExpense`, `PaymentsForRepurchaseOfCommonStock`,
`RepaymentsOfLongTermDebt`) and the statement prints it in parentheses as a deduction, "(872)",
the tag still says what the quantity is: an interest expense of 872. "What was Oracle's interest
expense?" is then $872,000,000, with a `multiply(x, -1)` step that shows the flip and the text
saying what the filing printed. A concept that names both directions (`IncomeTaxExpenseBenefit`,
`NetCashProvidedByUsedInInvestingActivities`, `NetIncomeLoss`, `IncreaseDecreaseIn...`) is signed
by nature: its print follows the row's own wording, which the question may echo ("income tax
benefit"), so it is left as printed, unless the question names the direction the concept counts
as positive and not the other ("provision for income taxes" of `IncomeTaxExpenseBenefit`; a gain of
`...GainLoss`). Only one-figure lookups are changed; a program states its own
arithmetic.
"""

from __future__ import annotations

import re
from decimal import Decimal

from qa.models import Answer
from qa.outflow import with_sign_flipped

# concept names that carry both directions: their sign is the fact, not the presentation
_TWO_WAY = re.compile(r"ExpenseBenefit|BenefitExpense|ProvidedByUsedIn|UsedInProvidedBy|GainLoss|LossGain|IncomeLoss|"
                      r"LossIncome|ProfitLoss|IncreaseDecrease|DecreaseIncrease|IncomeExpense|ExpenseIncome|"
                      r"Nonoperating|OtherComprehensive|Adjustment|Effect|Change|Deficit|Net$|NetOf")


# a two-way concept whose positive direction the question names, and none of the other: the
# question asks for the quantity the tag measures ("provision for income taxes" of a row printed
# "(Provision for) benefit from income taxes (240)", tagged IncomeTaxExpenseBenefit 240)
_DIRECTIONS = [  # (the concept's two directions, words naming the positive one, words naming the other)
    (re.compile(r"ExpenseBenefit"), {"expense", "expenses", "provision"}, {"benefit", "benefits"}),
    (re.compile(r"GainLoss"), {"gain", "gains"}, {"loss", "losses"}),
]
_WORD = re.compile(r"[a-z]+")


def one_way(concept: str) -> bool:
    """The concept names a quantity of one direction (an expense, a payment, a cost)."""
    return not _TWO_WAY.search(concept.split(":")[-1])


def asks_positive_side(concept: str, question: str) -> bool:
    """The question names the direction a two-way concept counts as positive, and not the other."""
    words = set(_WORD.findall(question.lower()))
    name = concept.split(":")[-1]
    return any(pattern.search(name) and words & positive and not words & negative
               for pattern, positive, negative in _DIRECTIONS)


def as_tagged(answer: Answer, view, fact, question: str = "") -> Answer:
    """`answer` stating the one figure `fact`: with the sign of the filer's tag where the fact is
    tagged positive but printed negative, and the concept is one-way or the question names its
    positive direction; else `answer` unchanged."""
    if answer.program or len(answer.figures) != 1 or answer.value is None or answer.value.amount is None \
            or not getattr(view.parsed, "xbrl", None) or fact.value >= 0:
        return answer
    from qa.xbrl_vocabulary import vocabulary

    tag = vocabulary(view.parsed).tag_for(fact)
    if tag is None or tag.value is None or tag.value != -fact.value or \
            not (one_way(tag.concept) or asks_positive_side(tag.concept, question)):
        return answer
    if Decimal(answer.value.amount) >= 0:
        return answer
    return with_sign_flipped(answer, f"printed “{fact.as_printed}”; the filer's tag {tag.concept} states it as positive")

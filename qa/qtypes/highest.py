"""The highest of an item over the periods a question spans: "what was the greatest gross margin in the
three year period?", "what is the highest initial balance observed during 2015-2017?" -> max over the
row's figures for those years, each cited. qa/qtypes/lowest.py is the same for the lowest.

Only where the question spans several periods (two or more years named, a span "2015-2017", or "the
three year period"), and does not ask which one ("which year had the highest ..." is
qa/qtypes/which_period.py): "the maximum exposure to credit risk at 31 March 2019" and "the minimum
lifespan" are figures the filing prints. Measured on the questions of FinQA (dev and the train sample),
TAT-QA dev and ConvFinQA dev that no other type claims: this form reads 5 on the dev side of the page
split (qa/train_chooser.py `_page_side`), all 5 a max or min over the years of one row by their gold
programs, and none of ConvFinQA's; the validation side, looked at after, 2 of 2.
"""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

_HIGH = re.compile(r"\b(?:highest|greatest|largest|biggest|maximum)\b", re.I)
_LOW = re.compile(r"\b(?:lowest|smallest|least|minimum)\b", re.I)
_ASKS_WHICH = re.compile(r"\b(?:which|what year|when|in what)\b", re.I)
_SPAN = re.compile(r"\b(?:two|three|four|five|[2-9])[- ]years?(?: period)?\b|\b(?:19|20)\d\d\s*(?:-|to|through)\s*(?:19|20)\d\d\b", re.I)


def over_several_periods(p: QuestionParse, word: re.Pattern) -> bool:
    """`word` ("highest") asks for the extreme of one item over the several periods the question spans."""
    if not word.search(p.body) or _ASKS_WHICH.search(p.text) or (_HIGH.search(p.body) and _LOW.search(p.body)):
        return False
    years = {q.year or (q.end.year if q.end else None) for q in p.periods if q.relative is None}
    return len(years - {None}) >= 2 or bool(_SPAN.search(p.text))


def detect(p: QuestionParse) -> Detected | None:
    return Detected("max") if over_several_periods(p, _HIGH) else None


def head(amount: str, unrounded: str) -> str:
    return f"The highest is {amount}"


QUESTION_TYPE = OperationType(name="highest", priority=78, operation="max", detect=detect, step="max", head=head)

"""Differences and changes: "by how much did X increase", "the difference between X and Y",
"X compared with a year earlier", "how did X compare with the prior year period", "X versus a year ago",
"what was X year over year", "what was X, and how did it change?" -> a - b (the later
period first)."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

DIFF = re.compile(
    r"^(?:(?>.*?(?:\bby how (?:much|many)\b|\b(?:exceed|exceeded|outpace|outpaced|surpass|surpassed)\b|\bdifference\b|\bchange between\b|"
    r"\bhow (?:much|many) (?:higher|lower|more|less|fewer|greater|larger|bigger|smaller)\b|"
    r"\bhow (?:does|did|do|has|have) .{0,60}?\bcompare (?:with|to|against)\b|"
    # "How did Consumer Devices revenue change in fiscal 2024?"
    r"^\W*how (?:did|has|have) (?!the (?:company|business)\b).{1,80}? (?:change|increase|decrease|grow|decline|move)\b(?! (?:to|as|because|due|when|after|since)\b)))|"
    r"(?>.*?\bhow much (?:did|has|have|was|were) ).*\b(?:increase|decrease|decline|grow|grew|drop|rise|rose|fall|fell|change|go up|go down|improve|worsen|expand|"
    r"compress|widen|narrow|deteriorate)|"
    r"(?>.*?\b(?:difference|change|variation|increase|decrease|decline|drop)\b).*\b(?:between|from|compared|versus|vs\.?|than)\b|"
    r"(?>.*?\b(?:chang|increas|decreas|declin|grow|grew|drop|rise|rose|fall|fell|move|moved|go up|go down)\w*\b).*\b(?:year[- ]over[- ]year|yoy|a year (?:earlier|ago|before)|prior[- ]year|last year|previous year|same (?:quarter|period)|sequentially|quarter[- ]over[- ]quarter|(?:prior|previous|preceding|linked) quarter)|"
    # a figure set beside a relative period without a change verb: "X in the quarter compared with the same quarter
    # last year", "X versus a year ago", "What was X year over year?"
    r"(?>.*?\b(?:compared (?:with|to)|versus|vs\.?|against)\b).*\b(?:a year (?:earlier|ago|before)|(?:the )?prior[- ]year|"
    r"last year|(?:the )?previous year|(?:the )?same (?:quarter|period)|(?:the )?(?:prior|previous|preceding|linked) quarter)\b|"
    r"^(?>what|how much) (?:was|were|is|are) .{3,80}? (?:year[- ]over[- ]year|yoy)(?: (?:for|in|during|over) [^,;]{3,50})?\W*$|"
    # "What was diluted EPS, and how did it change?": the figure and its change from the same period a year earlier
    r"(?>.*?\band\s+how\s+(?:did|has|have|does|do)\s+(?:it|that|this|they|those|these)\s+(?:change|changed|move|moved|compare|develop|trend)\b))",
    re.I)
# a percent change is qa/qtypes/percent_change.py; "the change in the percentage of sales to restaurants" and a
# change in percentage points are differences
_PERCENT = re.compile(r"\bpercent(?:age)?\b(?!\s+(?:of|points?)\b)", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("difference") if DIFF.search(p.text) and not _PERCENT.search(p.text) else None


def head(amount: str, unrounded: str) -> str:
    return f"The change is {amount}"


QUESTION_TYPE = OperationType(name="difference", priority=70, operation="difference", detect=detect, step="subtract", head=head)

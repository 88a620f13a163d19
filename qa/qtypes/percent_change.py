"""Percent changes: "by what percent did revenue grow", "growth rate", "the percent of the increase in revenue
from 2010 to 2011", "subscription revenue growth year over year" -> (new - old) / old, in percent."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

PCT_CHANGE = re.compile(
    r"^(?:(?>.*?(?:\bpercent(?:age|ual)?\s+(?:of\s+(?:the\s+)?)?(?:change|increase|decrease|decline|growth|drop|rise|fall|difference|reduction|gain|loss|variation)|%\s*change|\bby what percent|"
    r"\b(?:rate of (?:growth|change|return)|return on investment|\broi\b)|\bgrowth rate\b))|"
    r"(?>.*?\bgrowth\b)(?>.*?\bfrom\b).*\bto\b|"
    r"(?>.*?\bwhat percent(?:age)? (?:did|was|were|has|have)\b).*\b(?:increase|decrease|decline|grow|drop|rise|fall|change)|"
    # "How fast did revenue from Taiwan grow?": a rate of growth
    r"(?>.*?\bhow (?:fast|quickly|rapidly|steeply|sharply) (?:did|does|do|has|have|was|were|is|are)\b).*\b(?:grow|grew|grown|growing|increas|declin|rise|rose|risen|rising|fall|fell|fallen|falling|drop|shrink|shrank|expand|contract)\w*|"
    r"(?>.*?\b(?:grow|grew|growth|increase|decrease|decline|change|drop|rise|fall)\w*\b).*\bin percent\b|"
    r"(?>.*?\bin percent(?:age)?(?: terms)?\b).*\b(?:grow|grew|growth|increase|decrease|decline|change)|"
    # "What was subscription revenue growth year over year?": growth is a rate unless money is asked
    r"(?!.*\b(?:how much|how many|dollars?|amount|in (?:millions|thousands|billions)|times)\b)(?>.*?\bgrowth\b))", re.I)


def detect(p: QuestionParse) -> Detected | None:
    return Detected("percent_change", expect_unit="percent") if PCT_CHANGE.search(p.text) else None


def head(amount: str, unrounded: str) -> str:
    return f"The change is {amount}" + (f" ({unrounded}% before rounding to two decimals)" if unrounded else "")


QUESTION_TYPE = OperationType(name="percent_change", priority=40, operation="percent_change", detect=detect,
                              step="percent_change", result_unit="percent", round_places=2, head=head)

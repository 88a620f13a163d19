"""Shares: "what percentage of total revenue came from services?" -> part / whole, in percent."""

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse

SHARE = [
    re.compile(r"^(?>.*?\b(?:what|which)\s+(?:share|percentage|percent|portion|proportion|fraction|part)\s+of\s+)(?P<total>.*?\S)\s+"
               r"(?:did|does|do|was|were|is|are|came from|come from|comes from|went to|was due to|consisted of|"
               r"was made up by|was accounted for by)\s+(?P<part>.+?)(?:\s+(?:make up|account for|represent|contribute|comprise|constitute|"
               r"come from|came from))?\s*\??$", re.I),
    re.compile(r"^(?>.*?\b(?:what|which)\s+(?:(?:was|is|were|are)\s+)?(?:the\s+)?(?:percentage|percent|share|portion|proportion|fraction)\s+of\s+)"
               r"(?P<total>.*?\S)\s+(?:represented|accounted for|made up|contributed|taken up)\s+by\s+(?P<part>.+?)\??$", re.I),
    re.compile(r"^(?:what\s+(?:was|were|is|are)\s+)?(?P<part>.*?\S)\s+as\s+an?\s+(?:percentage|percent|share|proportion|fraction|portion)\s+of\s+(?P<total>.+?)\??$", re.I),
    re.compile(r"^(?>.*?\b(?:what|how much)\s+(?:share|percentage|percent|portion|proportion)\s+of\s+)(?P<total>.*?\S)\s+(?:is|was|were|are)\s+(?P<part>.+?)\??$", re.I),
    # "the proportion of X over total assets", "the percentage of X out of the total", "the percentage
    # constitution of X among the total ...", "the percentage of audit fees in total fees"
    re.compile(r"^(?>.*?\b(?:percentage|percent|proportion|share|fraction|portion)(?:\s+constitution)?\s+of\s+)(?P<part>.+?)\s+"
               r"(?:over|out\s+of|among|against|relative\s+to)\s+(?P<total>.+?)\??$", re.I),
    re.compile(r"^(?>.*?\b(?:percentage|percent|proportion|share|fraction|portion)(?:\s+constitution)?\s+of\s+)(?P<part>.+?)\s+"
               r"(?:in|of|within)\s+(?P<total>(?:the\s+)?total\b.+?)\??$", re.I),
    # "what was the percent of the impairment charges to the net revenue", "the percentage of residential customers
    # concerning the total customers" (not "the percentage of sales to restaurants": a row's own label)
    re.compile(r"^(?>.*?\b(?:what|how much)\s+(?:was|were|is|are)\s+the\s+)(?:percentage|percent|proportion|share|fraction|portion)\s+of\s+"
               r"(?P<part>(?:(?!\b(?:change|increase|decrease|growth|decline)\b)[^?]){1,200}?)(?<!attributable)(?<!related)(?<!due)(?<!allocated)\s+(?:to|concerning)\s+(?P<total>(?:the|total)\s+[^?]{1,200}?)\??$", re.I),
    # "what percentage was Eurasia of the total revenue", "what portion is X of total Y"
    re.compile(r"^(?>.*?\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction|portion)\s+(?:was|were|is|are)\s+)"
               r"(?P<part>.+?)\s+of\s+(?P<total>(?:the\s+)?(?:total|overall|combined|aggregate)\b.+?)\??$", re.I),
    # "how much did the mutual funds represent in relation to the total investment"
    re.compile(r"^(?>.*?\b(?:how much|what(?:\s+(?:percentage|percent|portion|share|proportion))?)\s+(?:did|does|do|was|were|is|are)\s+)"
               r"(?P<part>.+?)\s+represent\s+(?:in relation to|relative to|of)\s+(?P<total>.+?)\??$", re.I),
]
_PART_LEAD = re.compile(r"^(?:(?:due|attributable|related|allocated|dedicated) to|represented by|from|in|for)\s+", re.I)


def detect(p: QuestionParse) -> Detected | None:
    from qa.question import _item

    for rx in SHARE:
        m = rx.search(p.body)
        if m:
            part = _PART_LEAD.sub("", _item(m["part"]))
            return Detected("share", items=[part, _item(m["total"])], expect_unit="percent", final=True)
    return None


def head(amount: str, unrounded: str) -> str:
    return f"The share is {amount}" + (f" ({unrounded}% before rounding to two decimals)" if unrounded else "")


QUESTION_TYPE = OperationType(name="share", priority=20, operation="share", detect=detect, step="share",
                              result_unit="percent", round_places=2, head=head)

"""Ratios: "the ratio of X to Y", "X-to-Y ratio", "X divided by Y" -> X / Y, a plain number.

The patterns are anchored at a cue word found first, so a long question costs linear time."""

import re

from qa.lexicon import tokens
from qa.qtypes.base import Detected, OperationType, QuestionParse

_RATIO_OF = re.compile(r"\bratio of\s+", re.I)
_TO = re.compile(r"\s(?:to|over|and)\s", re.I)
_DASH_RATIO = re.compile(r"^(?:what\s+(?:was|were|is|are)\s+)?(?:the\s+)?(?P<a>[^?]{1,200}?)[- ]to[- ](?P<b>[^?]{1,200}?) ratio\b", re.I)
_DIVIDED = re.compile(r"(?<!\s)\s+divided by\s+", re.I)  # starts after a non-space: a run of spaces is tried once
# "revenue from large utilities were how many times the revenues from distribution"
_TRAILING = re.compile(r"(?:\s+(?:in|for|during|at|as of|on|of|from|to|between|and))*[\s?]*$", re.I)
_TIMES = re.compile(r"^(?P<a>[^?]{1,200}?)\s+(?:is|was|were|are)\s+how many times\s+(?:as (?:large|much|big) as\s+)?(?P<b>[^?]{1,200}?)\s*\??$", re.I)


def _split(p: QuestionParse) -> tuple[str, str] | None:
    m = _RATIO_OF.search(p.body)
    if m:
        tail = p.body[m.end():]
        t = _TO.search(tail)
        if t:
            return tail[:t.start()], tail[t.end():].rstrip(" ?")
    m = _DASH_RATIO.search(p.body[:500])
    if m:
        return m["a"], m["b"]
    m = _DIVIDED.search(p.body)
    if m:
        return p.body[:m.start()], p.body[m.end():].rstrip(" ?")
    m = _TIMES.search(p.body[:500])
    if m:
        return m["a"], m["b"]
    m = _RATIO_OF.search(p.body)
    if m and len(p.periods) >= 2 and tokens(_TRAILING.sub("", p.body[m.end():])):
        # "the ratio of X in 2015 to 2014": the periods are blanked from the body ("the ratio of 2005 to 2004"
        # names no item: a follow-up on the conversation's item, as before)
        return _TRAILING.sub("", p.body[m.end():]), ""
    return None


def detect(p: QuestionParse) -> Detected | None:
    from qa.question import _item

    pair = _split(p)
    if pair is None:
        return None
    a, b = _item(pair[0]), _item(pair[1])
    # "ratio of X for 2017 to 2018": one item, two periods
    return Detected("ratio", items=[a, b] if tokens(b) else [a], expect_unit="ratio", final=True)


def head(amount: str, unrounded: str) -> str:
    return f"The ratio is {amount}" + (f" ({unrounded} before rounding to four decimals)" if unrounded else "")


QUESTION_TYPE = OperationType(name="ratio", priority=30, operation="ratio", detect=detect, step="divide",
                              result_unit="ratio", round_places=4, head=head)

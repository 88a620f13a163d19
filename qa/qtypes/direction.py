"""Yes-or-no questions about a change over time: "Did net income increase in the second quarter?",
"Was FFO per share up year over year?", "Were revenues lower than a year ago?", "Has the net loss
narrowed?" -> the change of one line item, the later period first (a - b), as qa/qtypes/difference.py
computes it; qa/verdict.py then reads "yes" or "no" from its sign. "Were net flows positive in the
quarter?" asks the sign of one figure: a lookup, its verdict read from the figure.

A comparative with a second line item after "than" ("Was FFO higher than net income?") is two figures
compared (qa/qtypes/comparison.py), and a threshold ("grow by more than 5%") is not read here. A verb
whose direction depends on the line item ("improve", "worsen") asks "better" or "worse": qa/verdict.py
reads which way is better for the item from qa/data/polarity.toml."""

from __future__ import annotations

import re

from qa.qtypes.base import Detected, OperationType, QuestionParse
from qa.qtypes.difference import head

# each word that asks a direction, by the direction it asks ("better" and "worse" depend on the item)
DIRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "up": ("increase", "increased", "increasing", "grow", "grew", "grown", "growing", "rise", "rose", "risen",
           "rising", "climb", "climbed", "expand", "expanded", "widen", "widened", "go up", "went up", "gone up",
           "higher", "greater", "larger", "bigger", "more", "up"),
    "down": ("decrease", "decreased", "decreasing", "decline", "declined", "declining", "fall", "fell", "fallen",
             "falling", "drop", "dropped", "shrink", "shrank", "shrunk", "contract", "contracted", "narrow",
             "narrowed", "go down", "went down", "gone down", "lower", "smaller", "less", "fewer", "down"),
    "positive": ("positive", "net positive"),
    "negative": ("negative", "net negative"),
    "better": ("improve", "improved", "improving"),
    "worse": ("worsen", "worsened", "deteriorate", "deteriorated"),
}
_COMPARATIVES = {"higher", "greater", "larger", "bigger", "more", "lower", "smaller", "less", "fewer"}
_WORD_DIRECTION = {w: d for d, words in DIRECTION_WORDS.items() for w in words}
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_DIRECTION), key=len, reverse=True))
_ASKED = re.compile(rf"^\W*(?:did|does|do|has|have|had|was|were|is|are)\s+(?P<item>.+?)\s+(?P<word>{_WORDS})\b(?P<tail>[^?]*)",
                    re.I)
_NOUN_DIRECTION = {"increase": "up", "rise": "up", "growth": "up", "gain": "up", "decrease": "down", "decline": "down",
                   "drop": "down", "fall": "down", "reduction": "down", "improvement": "better", "deterioration": "worse"}
_THERE_WAS = re.compile(rf"^\W*(?:was|were|is|has|have|did)\s+there\s+(?:been\s+)?(?:any|an?)\s+(?:\w+\s+)?"
                        rf"(?P<word>{'|'.join(_NOUN_DIRECTION)})\s+(?:in|of)\s+(?P<item>[^?]+)", re.I)
# "up" and "down" ask a direction only where a period or a comparison follows ("up year over year")
_UP_DOWN_TAIL = re.compile(r"^\s*(?:[?.]|$|by\b|from\b|compared\b|versus\b|vs\b|against\b|year|yoy\b|sequentially\b|"
                           r"in\b|for\b|over\b|on\b|\d)", re.I)
_NOT_A_CHANGE = re.compile(r"\b(?:expect\w*|project\w*|forecast\w*|guid\w*|likely|anticipat\w*|plan\w*|intend\w*|"
                           r"target\w*|able|allowed|required)\b", re.I)
_THRESHOLD = re.compile(r"^\s*(?:by\s+)?(?:more|less|at least|at most|over|under|above|below)\b|^\s*by\b.*\d", re.I)
_SUBJECT = re.compile(r"^(?:the\s+)?(?:company|firm|group|business|registrant|we|it|they|management|board)$", re.I)
_OWNER = re.compile(r"^\s*(?:its|their|our)\s+", re.I)
_NO_ITEM = re.compile(r"^there\b|\b(?:have|has|had|show|shows|showed|see|saw)(?:\s+(?:an?|any))?$|\bthat\b", re.I)
_CONTENT = re.compile(r"[A-Za-z]{3,}")
_PRONOUNS = {"it", "they", "that", "this", "those", "these"}
_FILLER = re.compile(r"\b(?:than|in|at|for|the|a|an|on|of|from|to|compared|with|versus|vs|against|period|same|"
                     r"prior|previous|preceding|last|year|years|ago|earlier|before|quarter|quarters|month|months|"
                     r"sequentially|over|on|as|reported|ended|ending|fiscal|end|and|figure|level|that|one|then)\b",
                     re.I)


def asked_direction(question: str, body: str | None = None) -> tuple[str, str] | None:
    """(the line item, the direction asked) of a question whether a figure rose or fell; None for any
    other question. The direction is up, down, better, worse, or "either" ("Did X increase or
    decrease?"). `body` is the question with its periods blanked (qa/question.py), which tells
    "higher than a year ago" from "higher than net income"."""
    text = body if body is not None else question
    noun = _THERE_WAS.search(text)
    if noun is not None:  # "Was there a drop in cash between FY2023 and Q2 FY2024?"
        item = re.split(r"\b(?:in|for|during|at|compared|versus|from|since|than|between|year)\b\s*(?:[?.]|$)", noun["item"])[0]
        return (item.strip(" ,?"), _NOUN_DIRECTION[noun["word"].lower()]) if _CONTENT.search(item) else None
    m = _ASKED.search(text)
    if m is None:
        return None
    item, word, tail = m["item"].strip(" ,"), re.sub(r"\s+", " ", m["word"].lower()), m["tail"]
    if _NOT_A_CHANGE.search(item) or _THRESHOLD.search(tail):
        return None
    either = re.match(rf"\s*or\s+(?:did\s+it\s+|was\s+it\s+|(?:go|went)\s+)?(?P<other>{_WORDS})\b", tail, re.I)
    if re.match(r"\s*or\b", tail) and not (either and _WORD_DIRECTION.get(either["other"].lower()) not in (None, _WORD_DIRECTION[word])):
        return None
    if word in ("up", "down") and not _UP_DOWN_TAIL.search(tail):
        return None
    if word in _COMPARATIVES:
        # "higher than a year ago" (the period blanked) asks a change; "higher than net income" two items
        rest = re.split(r"\bthan\b", tail, maxsplit=1)
        if len(rest) == 2 and _CONTENT.search(_FILLER.sub(" ", rest[1])):
            return None
        if len(rest) == 1 and body is not None and not re.search(
                r"\b(?:than|year[- ]over[- ]year|yoy|sequentially|compared|versus|vs|against|from|a year)\b", question, re.I):
            return None  # "Was revenue higher in 2024?": no second period named to be higher than
    if item.lower() in _PRONOUNS:  # "Did it improve?" after two figures: the conversation's item (a follow-up)
        return item, "either" if either else _WORD_DIRECTION[word]
    if _SUBJECT.match(item) or _OWNER.match(tail):  # "Did the company (Pfizer) increase its dividend?": the dividend
        item = _OWNER.sub("", re.split(r"\b(?:in|for|during|at|compared|versus|from|since|than|between|year)\b", tail)[0]).strip(" ,")
    if _NO_ITEM.search(item):  # "Does X have an improving margin profile?", "Were there any events that ...?"
        return None
    if not _CONTENT.search(item):
        return None
    return item, "either" if either else _WORD_DIRECTION[word]


def is_sign(direction: str | None) -> bool:
    """"Were net flows positive?" asks the sign of one figure, not a change."""
    return direction in ("positive", "negative")


def detect(p: QuestionParse) -> Detected | None:
    if sum(1 for s in p.periods if s.relative is None) >= 2 and re.search(r"\bthan\b", p.text, re.I):
        return None  # "Was net income higher in Q3 2024 than in Q3 2023?": two figures compared (comparison.py)
    found = asked_direction(p.text, p.body)
    if found is None:
        return None
    return Detected("lookup" if is_sign(found[1]) else "difference", items=[found[0]], final=True)


QUESTION_TYPE = OperationType(name="direction", priority=45, operation="difference", detect=detect, step="subtract",
                              head=head)

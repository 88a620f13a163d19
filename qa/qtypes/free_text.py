"""Free-text questions (who, where, why, describe, what is the name of ...): answered by quoting
the sentence of the filing that carries the question's words (qa/answer.py `text_answer`)."""

import re

from qa.lexicon import concepts
from qa.qtypes.base import Detected, OperationType, QuestionParse
from qa.qtypes.comparison import GREATER

TEXT_START = re.compile(r"^\s*(?:(?:on|by|as\s+of)\s+(?:what|which)\s+(?:date|day)\b|"
                        r"who|whom|where|when|why|which(?!\s+(?:is|was|were|are)\s+(?:larger|greater|higher|bigger|smaller|lower)))\b|"
                        # ... not a line item named after them: "What was product sales revenue?"
                        r"^\s*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:name|address|title|ticker|trial|product|drug|exchange)\b"
                        r"(?!\s+(?:sales|revenues?|costs?|gross|margins?|income|expenses?|net|shipments|volumes?)\b)|"
                        r"^\s*what(?:'s|\s+is|\s+was|\s+are)\s+[\w'’ ]{0,40}\b(?:name|names|address|ticker|symbol|headquarters|website|auditor)\b|"
                        r"^\s*(?:what|which)\s+(?:trial|product|drug|company|partner|exchange|state|city|auditor|indication)\b|"
                        # a date asked with "what": "What is the record date for the dividend?", "the maturity date of the notes"
                        r"^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}dates?\s*(?:\?|$|(?:of|for|on)\b)|"
                        r"^\s*(?:describe|explain|summari[sz]e|list|name)\b|"
                        r"^\s*how\b(?!\s+(?:much|many|big|large|high|low|about)\b)(?!.*\b(?:chang|increas|decreas|grow|grew|declin|drop|compar|differ)\w*)|"
                        r"^\s*what\s+(?:does|do|did)\b.+\b(?:represent|mean|include|consist(?:\s+(?:primarily|mainly|principally|largely))? of|"
                        r"relate to|refer to|comprise|cover)\b|"
                        r"^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:primary\s+|main\s+|principal\s+|key\s+)?"
                        r"(?:reasons?|purpose|nature|definition|causes?|basis|method|policy|policies|risks?|strategy|drivers?|factors?)\b|"
                        r"\b(?:primarily |mainly )?(?:related|attributable|due) to\s*\??$|^\s*what\b.*\babout\s*\??$", re.I)
NUMERIC_CUE = re.compile(r"\b(?:how much|how many|amount|total|value|price|rate|percent|percentage|ratio|number|balance|"
                         r"change|increase|decrease|growth|average|sum|difference|\$|million|billion|thousand|"
                         r"salary|salaries|bonus|bonuses)\b", re.I)  # "What is Ms. Roe's base salary?" asks a figure
_PLAIN_WHAT = re.compile(r"^\s*what\s+(?:is|are)\s+(?!the\s+(?:amount|value|total))", re.I)


def detect(p: QuestionParse) -> Detected | None:
    from qa.question import _item
    from qa.text_cues import asks_in_words

    plain_what = _PLAIN_WHAT.match(p.text) and not NUMERIC_CUE.search(p.text) and not concepts(p.text) and not p.periods
    if (TEXT_START.search(p.text) or plain_what or asks_in_words(p.text)) and not GREATER.search(p.text):
        return Detected("text", items=[_item(p.body)], expect_unit="", final=True)
    return None


QUESTION_TYPE = OperationType(name="free_text", priority=10, operation="text", detect=detect)

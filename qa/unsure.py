"""How an answer is offered without being vouched for: status `uncertain`, a reason, and a text that
begins by saying so. One place for the lead-in, so that words added to the head of an answer later
("Yes: it rose.", "this is for the nine months ...") go after it."""

from __future__ import annotations

from qa.models import Answer

UNSURE = "Not sure; the best candidate: "  # how an uncertain answer's text begins


def withhold(answer: Answer, why: str) -> None:
    """An answer the service is not sure of: `uncertain`, saying why, offered as the best candidate."""
    answer.status, answer.reason = "uncertain", f"Not sure: {why}."
    answer.text = UNSURE + answer.text


def lead_with(answer: Answer, words: str) -> Answer:
    """`words` at the head of the answer's text, after the "not sure" lead-in where there is one."""
    unsure = answer.text.startswith(UNSURE)
    body = answer.text[len(UNSURE):] if unsure else answer.text
    answer.text = f"{UNSURE if unsure else ''}{words} {body}"
    return answer

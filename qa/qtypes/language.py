"""Questions in a language the service does not read: a plain refusal that names the language and
never repeats the question (qa/language.py decides). Tried first (lowest priority number), since no
other type can read such a question."""

from __future__ import annotations

from qa.language import foreign_language, refusal_text
from qa.models import Answer


class ForeignLanguageQuestion:
    name = "language"
    priority = 1
    echoes_question = False  # the refusal's plan must not carry the question it does not read

    def recognise(self, question: str, plan) -> bool:
        return foreign_language(question) is not None

    def answer(self, ctx) -> Answer | None:
        lang = foreign_language(ctx.question)
        if lang is None:
            return None
        text = refusal_text(lang)
        # no plan: the plan carries the question's own words, and this refusal must not echo them
        return Answer(status="not_found", text=text, reason=f"question not in English ({lang.name})", method="none")


QUESTION_TYPE = ForeignLanguageQuestion()

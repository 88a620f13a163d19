"""Which language a question is written in, to refuse plainly the ones the service does not read.

    foreign_language("Wer hat den Bericht unterschrieben?")   # Language(code='de', name='German', probability=...)
    foreign_language("What was AAPL's EPS in Q3 2024?")       # None

The classifier is py3langid (a maintained, deterministic port of langid.py: a naive-Bayes model
over byte n-grams, 97 languages, 4.5 MB, bundled with the package, nothing downloaded at run time).
Chosen over langdetect (random unless seeded; 8 false refusals on the 3,558 English questions of
../shared/golden and the benchmark dev splits) and lingua (96 MB). On those English questions
py3langid's top language is English for all but two ("and for 2012?", read as Nigerian Pidgin
with probability 0.38); its probability for a foreign language on English questions never reaches
the refusal threshold (qa/data/language.toml `min_probability`).

Three guards keep an English question from being refused, since a wrong refusal costs more than
answering a foreign question badly: a question made mostly of English function words is English
(the veto); a question with too few letters to judge (a ticker, numbers, one word) is never
refused; and the classifier must leave English almost no chance (`max_english_probability`):
terse English such as "Balance as of September 30, 2023" is read as Nigerian Pidgin with
probability 0.72 but keeps 0.12 for English, while no foreign test question gives English over 0.001. Tickers (short all-capital words) and digits do not
count as words. Text mostly in a non-Latin script is judged by the classifier alone.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

_DATA = Path(__file__).with_name("data") / "language.toml"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class Language(BaseModel):
    code: str
    name: str
    probability: float


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _words(question: str) -> list[str]:
    """Words of letters, without tickers and acronyms (all capitals, up to five letters)."""
    return [w for w in _WORD.findall(question) if not (w.isupper() and len(w) <= 5)]


def _non_latin_share(question: str) -> float:
    letters = [c for c in question if c.isalpha()]
    if not letters:
        return 0.0
    other = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    return other / len(letters)


def identify(question: str) -> Language:
    """The classifier's language for `question` (no guards applied)."""
    code, prob = _identifier().classify(question)
    return Language(code=code, name=_data()["names"].get(code, code), probability=round(float(prob), 4))


def foreign_language(question: str) -> Language | None:
    """The language of `question` when it is one the service does not read; None when it is
    English or when there is too little text to tell."""
    data = _data()
    if not question or not question.strip():
        return None
    non_latin = _non_latin_share(question) > 0.5
    words = [w.lower() for w in _words(question)]
    if not non_latin:
        if len(words) < 2:
            return None
        english = sum(1 for w in words if w in set(data["english_function_words"]))
        if english >= data["veto_count"] and english / len(words) >= data["veto_share"]:
            return None
    ranked = dict(_identifier().rank(question))
    code, prob = max(ranked.items(), key=lambda kv: kv[1])
    if code in data["read"] or prob < data["min_probability"]:
        return None
    if any(ranked.get(r, 0.0) >= data["max_english_probability"] for r in data["read"]):
        return None  # the classifier still gives English a real chance: not sure enough to refuse
    return Language(code=code, name=data["names"].get(code, code), probability=round(float(prob), 4))


def refusal_text(lang: Language) -> str:
    """The refusal, which names the language and never repeats the question."""
    return (f"The question appears to be written in {lang.name}; this service reads questions in English only. "
            "Please ask it in English.")

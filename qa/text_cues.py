"""Does a question ask in words (a definition, a method, a reason) rather than for a figure?
The cues are data: qa/data/text_cues.toml."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).parent / "data" / "text_cues.toml"


@lru_cache(maxsize=1)
def _cues() -> tuple[list[re.Pattern], list[re.Pattern]]:
    data = tomllib.loads(_PATH.read_text())
    return ([re.compile(c, re.I) for c in data.get("cues", [])], [re.compile(v, re.I) for v in data.get("vetoes", [])])


def asks_in_words(question: str) -> bool:
    """True for "How is EBITDA calculated?", "What does free cash flow consist of?", "What was the
    reason for the decrease in the effective tax rate?"; False for "How much was EBITDA in 2019?"."""
    cues, vetoes = _cues()
    asked = _asked(question)
    return any(c.search(asked) for c in cues) and not any(v.search(asked) for v in vetoes)


def _asked(question: str) -> str:
    """The sentences that ask (end in '?'), without the context and definitions around them:
    "What is the FY2017 ROA? ROA is defined as: net income / average total assets." asks for a
    figure; the definition it supplies is not the question."""
    # split after each sentence end (linear; a search for "[^?.!]*\?" rescans the rest of a long
    # text from every position when no "?" follows)
    asking = [s.strip() for s in re.split(r"(?<=[?.!])", question) if s.endswith("?") and s.strip(" ?")]
    return " ".join(asking) if asking else question

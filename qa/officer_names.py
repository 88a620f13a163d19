"""Who holds an office: the person a sentence names beside the title a who-question asks for.

"Who is the CFO?" of "Participating will be Elena V. Marchetti, Chief Executive Officer, and Jonathan K.
Reyes, Senior Vice President and Chief Financial Officer." is Jonathan K. Reyes, not the first name of the
sentence. A title follows its holder ("Name, Executive Vice President and Chief Financial Officer") or
comes right before it ("Chief Executive Officer Adrienne M. Kowalczyk and Chief Financial Officer Thomas E.
Brandt"); a name right after another title is that title's holder.

The titles and their short forms are data (`ROLES`); the names are qa/answer.py `people`.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

# each office with the short forms a question or a filing may use for it, longest first when asked
ROLES: dict[str, tuple[str, ...]] = {
    "chief executive officer": ("CEO",),
    "chief financial officer": ("CFO",),
    "chief operating officer": ("COO",),
    "chief accounting officer": ("CAO",),
    "chief technology officer": ("CTO",),
    "chief legal officer": ("CLO",),
    "chief human resources officer": ("CHRO",),
    "principal financial officer": (),
    "principal accounting officer": (),
    "general counsel": (),
    "treasurer": (),
    "controller": (),
    "corporate secretary": (),
    "chairman": ("Chair", "Chairwoman", "Chairperson"),
    "president": (),
}
# words that may stand between a holder's name and the asked title ("..., Executive Vice President and Chief ...")
_BETWEEN = {"and", "&", "of", "the", "its", "our", "interim", "acting", "senior", "executive", "vice", "president",
            "group", "global", "corporate", "chief", "officer", "financial", "operating", "accounting", "principal",
            "board", "chairman", "director", "treasurer", "secretary", "general", "counsel", "controller", "co-founder",
            "founder", "former", "new", "current"}


def _title_pattern(role: str) -> re.Pattern[str]:
    words = r"\s+".join(map(re.escape, role.split()))
    short = "".join(rf"|\b{re.escape(s)}\b" for s in ROLES.get(role, ()))
    # "President" of "Vice President" is not the president
    lead = r"(?<!Vice\s)(?<!Vice-)" if role == "president" else ""
    return re.compile(rf"{lead}(?i:\b{words}\b){short}")


_PATTERNS = {role: _title_pattern(role) for role in ROLES}


def asked_role(question: str) -> str | None:
    """The office a who-question names ("Who is the company's CFO?" -> "chief financial officer"), or None."""
    if not re.match(r"\s*who\b", question, re.I):
        return None
    found = [(m.start(), -len(m.group(0)), role) for role, p in _PATTERNS.items() for m in [p.search(question)] if m]
    return min(found)[2] if found else None


def _titles(text: str) -> list[tuple[int, int]]:
    """Every office named in `text`, as (start, end), longest at a place."""
    spans = sorted(((m.start(), m.end()) for p in _PATTERNS.values() for m in p.finditer(text)), key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def _only_title_words(gap: str) -> bool:
    return all(w.lower() in _BETWEEN for w in re.findall(r"[A-Za-z&-]+", gap)) and not re.search(r"[.;:]", gap)


def holder(text: str, role: str, people: Callable[[str], Iterable[tuple[int, int, str]]]) -> str | None:
    """The person `text` names as holding `role`, or None where it names none beside that title.
    `people(text)` gives each person's name in the text as (start, end, name)."""
    names = list(people(text))
    titles = _titles(text)
    # a name right after a title belongs to it ("Chief Executive Officer Adrienne M. Kowalczyk")
    claimed = {n for n in names for s, e in titles if e <= n[0] and not text[e:n[0]].strip(" ,")}
    for m in _PATTERNS[role].finditer(text):
        before = [n for n in names if n[1] <= m.start() and n not in claimed and _only_title_words(text[n[1]:m.start()])]
        if before:
            return before[-1][2]
        after = [n for n in names if n[0] >= m.end() and not text[m.end():n[0]].strip(" ,")]
        if after:
            return after[0][2]
    return None

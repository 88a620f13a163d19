"""Questions about a table itself: what it shows, which years it covers, what unit its figures are in.

    "What does the table show?"                      -> its lead-in quoted: the sentence just above it
                                                        ("... maturities of lease liabilities were as follows:")
                                                        or its title line ("4) Professional Service and Other:")
    "What years are included in the table?"          -> its columns' years, each cited to a figure
                                                        (which_period's `_years_of_the_table`), or the years
                                                        its rows are labelled with (a maturity schedule)
    "What is the units used for the data in the table?" -> its scale line quoted ("(In thousands)")

Which table: the filing's only table, or the one table whose lead-in (and labels) carry the words the
question names it by ("the statement of cash flows table", "... summarize for the fiscal 2019 program").
In a filing with several tables and a question that names none, the answer is `uncertain` and lists
the candidates' lead-ins: it does not pick one. A table with no lead-in (prose ending in a plain
sentence right above it) is not described: nothing in the filing says what it shows.

An excerpt that opens with its table (no text above it at all, as benchmark pages cut from a filing
do) may carry the table's lead-in after it: there the one sentence that announces a table ("The
following table shows ...", "... is shown below.") is taken, in a filing with only that table.
"""

from __future__ import annotations

import re

from qa.models import Answer
from qa.qtypes.base import AnswerContext

# Measured on the dev side of the page split (qa/train_chooser.py `_page_side`), never on val: each
# TAT-QA question `asked` recognises, asked of its own page as evals.multi_types does, scored by
# evals.scoring: 18 right of 18 answered (lead-in 9 of 9, years 8 of 8, unit 1 of 1), as
# (right + 1) / (answered + 2). Val: 6 of 6 (lead-in 4, years 2), though a val miss (a lead-in right above
# the table while the gold was the section's heading) was seen before the heading was added to the answer.
PRECISION = 0.95

_WORD = r"[\w'’&.,/-]+"
# "the statement of cash flows table", "the table of deferred tax assets": the words that name the table
_NAMED = rf"the\s+(?P<pre>(?:(?!the\b){_WORD}\s+){{0,8}}?)(?:following\s+|above\s+|below\s+)?table(?:\s+(?:below|above))?"
_POST = r"(?P<post>(?:for|about|of|on|regarding|in|relating\s+to|related\s+to|with\s+respect\s+to)\s+[^?]*?)"
_VERBS = (r"show|represent|present|summari[sz]e|display|depict|illustrate|describe|set\s+forth|reflect|outline|detail|"
          r"provide|give|tell|convey")
_ING = (r"showing|representing|presenting|summari[sz]ing|displaying|depicting|illustrating|describing|reflecting|"
        r"outlining|detailing|about|for")
_PARTICIPLE = (r"shown|presented|represented|summari[sz]ed|described|illustrated|depicted|displayed|provided|given|"
               r"set\s+forth|reflected|disclosed|outlined|detailed")
_LEAD_FORMS = (
    # "What does the table show (us)?", "What financial information does the table show?",
    # "What charges does the table summarize for the fiscal 2019 program?"
    re.compile(rf"^\s*what\s+(?P<noun>(?:{_WORD}\s+){{0,3}}?)(?:does|do|did)\s+(?:this\s+table|{_NAMED})"
               rf"(?:\s+(?:of|for|on)\s+(?P<of>[^?]+?))?\s+(?:{_VERBS})s?"
               rf"(?:\s+us)?(?:\s+{_POST})?\s*\??\s*$", re.I),
    # "What is the table about?", "What is the table showing?"
    re.compile(rf"^\s*what\s+(?P<noun>)(?:is|was)\s+(?:this\s+table|{_NAMED})\s+(?:{_ING})(?:\s+{_POST})?\s*\??\s*$", re.I),
    # "What is shown in the table?", "What information is presented in the table?"
    re.compile(rf"^\s*what\s+(?P<noun>(?:kind\s+of\s+|type\s+of\s+)?(?:financial\s+)?(?:information|data|details)\s+)?"
               rf"(?:is|are)\s+(?:being\s+)?(?:{_PARTICIPLE})\s+(?:in|by|on)\s+(?:this\s+table|{_NAMED})(?:\s+{_POST})?\s*\??\s*$", re.I),
    # "What is the purpose of the table?"
    re.compile(rf"^\s*what\s+(?P<noun>)is\s+the\s+(?:purpose|subject|topic|title)\s+of\s+(?:this\s+table|{_NAMED})\s*\??\s*$", re.I),
)
# a noun asked for that wants the rows listed or a figure, not what the table is about
_ENUMERATION = re.compile(r"\b(?:items?|components?|categories|types|kinds|years?|periods?|segments?|countries|regions?|"
                          r"elements?|classes|products?|entities|companies|members?|dates?|months?|quarters?|values?|"
                          r"figures?|amounts?|numbers?|columns?|rows?|totals?|percentages?|ratios?|how|which|when|who)\b", re.I)
_INFO_NOUN = re.compile(r"^(?:(?:kind|type)\s+of\s+)?(?:financial\s+|key\s+|main\s+)?(?:information|data|details?|info)?$", re.I)

_YEARS_WORDS = {"what", "which", "are", "is", "were", "was", "the", "fiscal", "financial", "calendar", "being",
                "included", "include", "includes", "reported", "report", "reports", "shown", "show", "shows",
                "presented", "present", "presents", "covered", "cover", "covers", "highlighted", "highlight",
                "highlights", "listed", "list", "lists", "provided", "provide", "provides", "given", "displayed",
                "display", "displays", "disclosed", "contained", "contain", "contains", "in", "by", "on", "under",
                "within", "for", "does", "do", "data", "information", "figures", "values", "amounts", "details",
                "TABLE"}
_UNIT_WORDS = {"what", "which", "in", "is", "are", "the", "unit", "units", "of", "measure", "measurement", "used",
               "for", "data", "figures", "values", "amounts", "numbers", "all", "presented", "expressed", "shown",
               "stated", "reported", "given", "by", "being", "TABLE"}
_PERIOD_NOUN = re.compile(r"\b(?:years|periods)\b", re.I)
_UNIT_NOUN = re.compile(r"\bunits?\b", re.I)
_THE_TABLE = re.compile(rf"(?:\bthis\s+table|\b{_NAMED})(?:\s+(?P<post>(?:for|about|of|on|regarding|relating\s+to|related\s+to|"
                        rf"with\s+respect\s+to)\s+[^?]*))?", re.I)

# a sentence that announces a table: "The following table shows ...", "... is shown below.", "... as follows"
_ANNOUNCES = re.compile(r"\b(?:the\s+)?following\s+table\b|\btables?\s+below\b|\bas\s+follows\b|"
                        r"\b(?:summari[sz]ed|shown|presented|set\s+forth|detailed|provided|disclosed|listed)\s+below\b", re.I)
# a sentence that introduces the table below it: one that announces it, or ends in a colon or "the following"
_INTRODUCES = re.compile(rf":\s*$|{_ANNOUNCES.pattern}|\bthe\s+following\s*[.:]?\s*$", re.I)
# a title line: short, no sentence end, some words
_TITLE_LINE = re.compile(r"^[^\t]{3,150}$")
_CAPTION_ONLY = re.compile(r"^\(?\s*(?:unaudited|audited)\s*\)?$", re.I)
_ROW_YEAR = re.compile(r"^\s*(?:fiscal\s+(?:year\s+)?|fy\s*)?((?:19|20)\d\d)\s*:?\s*$", re.I)
_ROW_LATER = re.compile(r"^\s*(?:thereafter|there\s*after|later\s+years|beyond|after\s+(?:19|20)\d\d|(?:19|20)\d\d\s+and\s+"
                        r"(?:thereafter|beyond|later))\s*:?\s*$", re.I)
MAX_LISTED = 5
MAX_HEADING_REACH = 3000  # characters above the lead-in a section's heading may stand


def asked(question: str) -> tuple[str, str] | None:
    """("lead" | "years" | "unit", the words that name the table) for a question about a table itself."""
    q = question.strip()
    for form in _LEAD_FORMS:
        m = form.match(q)
        if m:
            noun = re.sub(r"\s+", " ", m["noun"] or "").strip()
            if _ENUMERATION.search(noun):
                return None
            named = " ".join(x for x in ((None if _INFO_NOUN.match(noun) else noun),
                                         m.groupdict().get("pre"), m.groupdict().get("of"), m.groupdict().get("post")) if x)
            return "lead", named
    found = list(_THE_TABLE.finditer(q))
    if not found:
        return None
    m = found[-1]
    named = " ".join(x for x in (m["pre"], m["post"]) if x)
    rest = (q[:m.start()] + " TABLE " + q[m.end():])
    words = re.findall(r"[A-Za-z]+", rest.replace("’", "'").replace("years'", "years"))
    if not words or words[0].lower() not in ("what", "which", "in"):
        return None
    low = [w if w == "TABLE" else w.lower() for w in words]
    if _PERIOD_NOUN.search(rest) and set(low) - {"years", "periods"} <= _YEARS_WORDS:
        return "years", named
    if _UNIT_NOUN.search(rest) and set(low) <= _UNIT_WORDS:
        return "unit", named
    return None


class TableAbout:
    name = "table_about"
    priority = 16   # after which_period (15): "Which years does the table provide information for X?" is its
    precision = PRECISION

    def recognise(self, question: str, plan) -> bool:
        return asked(question) is not None

    def answer(self, ctx: AnswerContext) -> Answer | None:
        got = asked(ctx.question)
        if got is None:
            return None
        kind, named = got
        view = ctx.view
        tables = list(view.parsed.tables)
        if not tables:
            return None
        leads = {t.id: lead_in(view, t) for t in tables}
        table = _pick(view, tables, leads, named, kind)
        if table is None:
            return None
        if table == "ambiguous":
            return _ambiguous(ctx, tables, leads)
        if kind == "lead":
            return _say_lead(ctx, table, leads[table.id], named)
        if kind == "years":
            return _say_years(ctx, table)
        return _say_unit(ctx, table, tables)


# ------------------------------------------------------------------------------------------- which table

def _pick(view, tables, leads, named: str, kind: str):
    """The table asked about; "ambiguous" when several fit and the question does not say which; None
    when none fits the words the question names it by."""
    from qa.lexicon import tokens

    want = set(tokens(named))
    if not want:
        return tables[0] if len(tables) == 1 else "ambiguous"
    fits = []
    for t in tables:
        lead = leads[t.id]
        said = set(tokens(view.text[lead[0]:lead[1]])) if lead else set()
        if kind == "lead":
            have = said  # the quote answers only if it says what the question names
        else:
            have = said | set(tokens(t.title or "")) | {w for r in t.rows for w in tokens(r.label)}
        fits.append((len(want & have) / len(want), t))
    best = max(f for f, _ in fits)
    top = [t for f, t in fits if f == best]
    if kind == "lead":
        return top[0] if best == 1.0 and len(top) == 1 else None
    if len(tables) == 1:
        return tables[0] if best >= 0.5 else None   # the one table, named by its words at least half
    return top[0] if best == 1.0 and len(top) == 1 else None   # among several: the one that carries every word


def lead_in(view, table) -> tuple[int, int, str] | None:
    """(start, end, "above" | "after") of the sentence or title line that introduces `table`, or None.

    Above: the nearest sentence before the table (past scale and "(unaudited)" captions), where it
    ends in a colon, announces a table ("The following table ...", "... as follows"), or is a short
    title line. After: an excerpt that opens with its one table may hold the announcing sentence below it."""
    text = view.text
    before = [t.end for t in view.parsed.tables if t.end <= table.start]
    floor = max(before) if before else 0
    sentences = view.index.sentences
    pos = table.start
    for a, b in reversed([s for s in sentences if floor <= s[0] and s[1] <= table.start]):
        if text[b:pos].strip():
            break  # something not prose (a table's text) stands between
        line = text[a:b].strip()
        if _is_caption(line):
            pos = a
            continue
        if _INTRODUCES.search(line):
            return a, b, "above"
        if _TITLE_LINE.match(line) and "\n" not in line and not re.search(r"[.!?]\W*$", line) and re.search(r"[A-Za-z]{3}", line):
            return a, b, "above"
        return None
    if text[:table.start].strip() or len(view.parsed.tables) != 1:
        return None
    after = [(a, b) for a, b in sentences if a >= table.end and _announces(text[a:b])]
    if len(after) == 1:
        return after[0][0], after[0][1], "after"
    return None


def _announces(sentence: str) -> bool:
    """A sentence that announces a table: "The following table shows ...", "... is shown below.", "... as follows:"."""
    return _ANNOUNCES.search(sentence) is not None


def introduces_table(sentence: str) -> bool:
    """The sentence introduces a table below it ("... were as follows:", "The following table shows ...")."""
    return _INTRODUCES.search(sentence.strip()) is not None


def _is_caption(line: str) -> bool:
    """A line that only gives the table's scale or says it is unaudited: passed over to find the lead-in."""
    from index.numbers import header_scale

    if _CAPTION_ONLY.match(line):
        return True
    s = header_scale(line)
    return s is not None and len(line.strip(" ()")) - len(s.phrase) < 6


# ---------------------------------------------------------------------------------------------- answers

def _answer(ctx, text: str, spans: list[str] | None = None, figures=None, status: str = "answered",
            reason: str | None = None) -> Answer:
    return Answer(status=status, text=text, spans=spans or [], figures=figures or [],
                  citations=list(ctx.solver.citer.citations), method="extractive", verified=True, in_filing=True,
                  fits_question=status == "answered", confidence=PRECISION if status == "answered" else None,
                  reason=reason)


def _quote(view, a: int, b: int) -> str:
    return "“" + re.sub(r"\s+", " ", view.text[a:b]).strip() + "”"


def _say_lead(ctx, table, lead, named: str) -> Answer | None:
    if lead is None:
        return None
    a, b, where = lead
    view = ctx.view
    cid = ctx.solver.citer.span(a, b)
    text = f"The table is introduced by {_quote(view, a, b)} [{cid}]"
    head = _heading_above(view, table, a, where)
    if head is not None:
        hid = ctx.solver.citer.span(*head)
        text += f", under the heading {_quote(view, *head)} [{hid}]"
    return _answer(ctx, text + ".")


def _heading_above(view, table, lead_start: int, where: str) -> tuple[int, int] | None:
    """The title line of the section the lead-in stands in: the nearest heading, or one-line block ending
    in a colon, above the lead-in and after the previous table (within a few paragraphs)."""
    if where == "above":
        before = [t.end for t in view.parsed.tables if t.end <= table.start]
        floor = max(before) if before else 0
    else:
        floor = table.end
    floor = max(floor, lead_start - MAX_HEADING_REACH)
    for block in reversed(view.parsed.blocks):
        if block.kind == "table" or block.end > lead_start or block.start < floor:
            continue
        line = view.text[block.start:block.end].strip()
        if "\n" in line or _is_caption(line) or not re.search(r"[A-Za-z]{3}", line):
            continue
        if block.kind == "heading" or (len(line) <= 150 and line.endswith(":") and not re.search(r"[a-z][.!?]\s+[A-Z]", line)):
            return _trim(view.text, block.start, block.end)
    return None


def _say_years(ctx, table) -> Answer | None:
    from qa.qtypes.which_period import _years_of_the_table

    got = _years_of_the_table(ctx, table)
    if got is not None:
        got.confidence = PRECISION
        got.method = "rules"
        return got
    # no dated columns: the years its rows are labelled with (a schedule of maturities), and the row after them
    years, rows = [], []
    for row in table.rows:
        m = _ROW_YEAR.match(row.label)
        if m and any(c.value is not None for c in row.cells):
            years.append(m.group(1))
            rows.append(row)
        elif rows and _ROW_LATER.match(row.label) and any(c.value is not None for c in row.cells):
            years.append(row.label.strip().rstrip(":"))
            rows.append(row)
            break
        elif rows:
            break
    if len({y for y in years if y.isdigit()}) < 2:
        return None
    cites = [ctx.solver.citer.span(r.start, r.end) for r in rows]
    listing = ", ".join(f"{y} [{c}]" for y, c in zip(years, cites))
    return _answer(ctx, f"{', '.join(years)}: the table's rows are labelled {listing}.", spans=years)


def _say_unit(ctx, table, tables) -> Answer | None:
    view = ctx.view
    found = _unit_line(view, table, tables)
    if found is None:
        return None
    a, b = found
    cid = ctx.solver.citer.span(a, b)
    return _answer(ctx, f"The table's figures are stated {_quote(view, a, b)} [{cid}].")


def _unit_line(view, table, tables) -> tuple[int, int] | None:
    """The span of the line that gives the table's unit: its scale caption above it or in its header, or
    (an excerpt that opens with its one table) a caption line standing alone after it."""
    from index.numbers import header_scale

    text = view.text
    before = [t.end for t in tables if t.end <= table.start]
    floor = max(before) if before else 0
    header_end = table.rows[0].start if table.rows else table.end
    lines = []
    for m in re.finditer(r"[^\n\t]+", text[floor:header_end]):
        a, b = floor + m.start(), floor + m.end()
        if header_scale(text[a:b]):
            lines.append((a, b))
    if lines:
        above = [s for s in lines if s[1] <= table.start]
        inside = [s for s in lines if s[0] >= table.start]
        a, b = inside[0] if inside else above[-1]
        return _scale_phrase(text, *_trim(text, a, b))
    if text[:table.start].strip() or len(tables) != 1:
        return None
    alone = []
    for m in re.finditer(r"[^\n\t]+", text[table.end:]):
        a, b = table.end + m.start(), table.end + m.end()
        if _is_caption(text[a:b]) and header_scale(text[a:b]):
            alone.append((a, b))
    return _trim(text, *alone[0]) if len(alone) == 1 else None


def _scale_phrase(text: str, a: int, b: int) -> tuple[int, int]:
    """A long line (a lead-in ending "... (dollars in millions):") narrowed to its scale phrase, with
    the parentheses around it; a short line whole."""
    from index.numbers import header_scale

    if b - a <= 80:
        return a, b
    s = header_scale(text[a:b])
    at = text[a:b].lower().find(s.phrase.lower()) if s else -1
    if at < 0:
        return a, b
    pa, pb = a + at, a + at + len(s.phrase)
    if pa > a and text[pa - 1] == "(" and pb < b and text[pb] == ")":
        pa, pb = pa - 1, pb + 1
    return pa, pb


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _ambiguous(ctx, tables, leads) -> Answer:
    """Several tables and no word of the question says which: the candidates, none picked."""
    view = ctx.view
    listed = []
    for t in tables:
        lead = leads[t.id]
        if lead is not None:
            cid = ctx.solver.citer.span(lead[0], lead[1])
            listed.append(f"{_quote(view, lead[0], lead[1])} [{cid}]")
        elif t.title:
            listed.append(f"“{t.title.strip()}” ({t.id.rsplit('/', 1)[-1]})")
        if len(listed) == MAX_LISTED:
            break
    more = len(tables) - len(listed)
    said = "; ".join(listed) if listed else "none of them has a lead-in"
    tail = f"; and {more} more" if more > 0 and listed else ""
    reason = f"The filing holds {len(tables)} tables and the question does not say which one it means."
    return _answer(ctx, f"{reason} Candidates: {said}{tail}.", status="uncertain", reason=reason)


QUESTION_TYPE = TableAbout()

"""Questions about the document itself: who signed it, what an 8-K reports, when the fiscal year
ends, the CIK, the ticker, the auditor, the form and its dates.

    "Who signed the 10-K?"            -> the signatures (name, title, date), each cited
    "What is this 8-K about?"         -> its items with their official titles, and the attached release's headline
    "Who is the auditor?" on an 8-K   -> not_found: the filing does not name one

Recognition cues are data (qa/data/document_cues.toml: each field with the phrases that ask for
it); the facts come from index/document_facts.py, computed once per filing view. Every fact the
answer states is cited with the span of the filing text that prints it; a fact known only from
the EDGAR header or the inline-XBRL cover tags is stated with that source and no span.
"""

from __future__ import annotations

import re
import tomllib
import weakref
from datetime import date
from functools import lru_cache
from pathlib import Path

from index.document_facts import DocumentFacts, Stated, document_facts
from qa.models import Answer

_CUES = Path(__file__).resolve().parent.parent / "data" / "document_cues.toml"
_FACTS: "weakref.WeakKeyDictionary[object, DocumentFacts]" = weakref.WeakKeyDictionary()
_EXCHANGE = re.compile(r"^\s*(?:The\s+)?(?:Nasdaq|NASDAQ|New\s+York\s+Stock\s+Exchange|NYSE|Cboe|CBOE)[A-Za-z ]*?(?=\s*(?:$|\t|\n))")
_ORDINAL = {"Q1": "first", "Q2": "second", "Q3": "third", "Q4": "fourth"}
_ROUTINE_ITEMS = {"9.01", "7"}  # the exhibit list says what is attached, not what happened
_FORM_NAMES = {"10-Q": "quarterly report on Form 10-Q", "10-K": "annual report on Form 10-K", "8-K": "current report on Form 8-K"}


@lru_cache(maxsize=1)
def _cues() -> tuple[list[re.Pattern], list[tuple[str, list[re.Pattern]]]]:
    data = tomllib.loads(_CUES.read_text(encoding="utf-8"))
    vetoes = [re.compile(p, re.I) for p in data.get("numeric_vetoes", [])]
    fields = [(name, [re.compile(p, re.I) for p in pats]) for name, pats in data["fields"].items()]
    return vetoes, fields


def document_field(question: str) -> str | None:
    """The fact about the document `question` asks for (a key of document_cues.toml), or None."""
    vetoes, fields = _cues()
    if any(v.search(question) for v in vetoes):
        return None
    for name, patterns in fields:
        if any(p.search(question) for p in patterns):
            return name
    return None


def document_fields(question: str) -> list[str]:
    """Every fact about the document `question` asks for, in the order it names them: "What are the
    commission file number and the IRS employer identification number?" asks two. A field whose cue
    lies inside another field's is not asked of its own."""
    vetoes, fields = _cues()
    if any(v.search(question) for v in vetoes):
        return []
    spans = []
    for name, patterns in fields:
        hits = [m.span() for p in patterns if (m := p.search(question))]
        if hits:
            spans.append((min(hits), name))
    out: list[tuple[tuple[int, int], str]] = []
    for (a, b), name in sorted(spans, key=lambda s: (s[0][0], -s[0][1])):
        if all(b <= x or a >= y for (x, y), _ in out):
            out.append(((a, b), name))
    return [name for _, name in out]


def facts_of(view) -> DocumentFacts:
    """The filing's document facts, computed once per view (a view lives for a store generation)."""
    got = _FACTS.get(view)
    if got is None:
        got = document_facts(view.parsed)
        _FACTS[view] = got
    return got


def say_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _say_fye(value: str) -> str:
    month, day = int(value[2:4]), int(value[5:7])
    return f"{date(2000, month, 1):%B} {day}"


class _Writer:
    """Collects sentences with their citation marks; header-only facts name their source instead."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.parts: list[str] = []
        self.header_only = False

    def cite(self, start: int | None, end: int | None) -> str:
        if start is None or end is None:
            self.header_only = True
            return " (from the filing's EDGAR header or inline-XBRL cover data; not printed in its text)"
        return f" [{self.ctx.solver.citer.span(start, end)}]"

    def stated(self, s: Stated) -> str:
        return self.cite(s.start, s.end)

    def add(self, sentence: str) -> None:
        self.parts.append(sentence)

    def answer(self, field: str) -> Answer:
        return Answer(status="answered", text=" ".join(self.parts), citations=list(self.ctx.solver.citer.citations),
                      verified=True, in_filing=True, fits_question=True, method="document",
                      plan=_plan(self.ctx, field))


def _plan(ctx, field: str) -> dict | None:
    plan = getattr(ctx, "plan", None)
    if plan is None:
        return None
    try:
        return plan.model_copy(update={"form": "document_fact", "operation": "document", "document_field": field}).model_dump()
    except Exception:  # a plan object of another shape: leave it to the caller
        return None


def _not_found(ctx, field: str, reason: str) -> Answer:
    return Answer(status="not_found", text=reason, reason=reason, citations=list(ctx.solver.citer.citations),
                  method="document", plan=_plan(ctx, field))


def _who(facts: DocumentFacts, meta) -> str:
    return (facts.company.value if facts.company else None) or meta.company or "The filer"


def _kind(facts: DocumentFacts) -> str:
    form = facts.form.value if facts.form else None
    if facts.exhibit is not None:
        return f"Exhibit {facts.exhibit.value}" + (f" to a Form {form}" if form else "")
    return _FORM_NAMES.get((form or "").split("/")[0], f"Form {form}" if form else "filing")


class DocumentQuestion:
    name = "document"
    priority = 20
    # share of right answers, measured on the hand-checked facts of the 11 shared filings
    # (tests/test_document_facts.py; developed on those filings, so an optimistic figure)
    precision = 0.95

    def recognise(self, question: str, plan) -> bool:
        field = getattr(plan, "document_field", None) if plan is not None else None
        return field in _ANSWERS or document_field(question) is not None

    def answer(self, ctx) -> Answer | None:
        field = getattr(ctx.plan, "document_field", None)
        if field not in _ANSWERS:
            field = document_field(ctx.question)
        if field is None:
            return None
        facts = facts_of(ctx.view)
        asked = [f for f in document_fields(ctx.question) if f in _ANSWERS]
        if len(asked) < 2 or field not in asked:
            return _ANSWERS[field](ctx, facts)
        return _several(ctx, facts, asked)


def _several(ctx, facts: DocumentFacts, fields: list[str]) -> Answer:
    """Each fact asked, in the question's order, with one citation list; `answered` only when every
    one is found (a fact the filing does not state is said so in its place)."""
    parts = [_ANSWERS[f](ctx, facts) for f in fields]
    found = [p for p in parts if p.status == "answered"]
    text = " ".join(p.text for p in parts)
    citations = list(ctx.solver.citer.citations)
    if len(found) == len(parts):
        return Answer(status="answered", text=text, citations=citations, verified=True, in_filing=True,
                      fits_question=True, method="document", plan=_plan(ctx, "+".join(fields)))
    missing = "; ".join(p.reason or p.text for p in parts if p.status != "answered")
    return Answer(status="not_found", text=text, reason=missing, citations=citations, method="document",
                  plan=_plan(ctx, "+".join(fields)))


# ------------------------------------------------------------------------------------ one answer per field

def _signatures(ctx, facts: DocumentFacts) -> Answer:
    if not facts.signatures:
        what = _kind(facts)
        return _not_found(ctx, "signatures", f"The document carries no signatures ({what}); it does not say who signed it.")
    w = _Writer(ctx)
    people = []
    for s in facts.signatures:
        bits = s.name + (f", {s.title}" if s.title else "") + (f", on {say_date(s.date)}" if s.date else "")
        people.append(bits + w.cite(s.start, s.end))
    w.add(f"The {_kind(facts)} of {_who(facts, ctx.view.meta)} was signed by " + "; and ".join(people) + ".")
    return w.answer("signatures")


def _items(ctx, facts: DocumentFacts) -> Answer:
    if not facts.items:
        form = facts.form.value if facts.form else "document"
        why = ("it is not a Form 8-K" if not form.startswith("8-K") else
               f"this document is {_kind(facts)}, not the report itself" if facts.exhibit else "no item headings were found in it")
        return _not_found(ctx, "items", f"The filing reports no Form 8-K items: {why}.")
    w = _Writer(ctx)
    listed = [f"Item {i.number}, {i.title}{w.cite(i.start, i.end)}" for i in facts.items]
    w.add(f"The Form 8-K reports {len(facts.items)} item{'s' if len(facts.items) != 1 else ''}: " + "; ".join(listed) + ".")
    return w.answer("items")


def _about(ctx, facts: DocumentFacts) -> Answer:
    w = _Writer(ctx)
    who = _who(facts, ctx.view.meta)
    kind = _kind(facts)
    if facts.items:
        dated = f" dated {say_date(facts.date_of_report.value)}{w.stated(facts.date_of_report)}" if facts.date_of_report else ""
        listed = [f"Item {i.number}, {i.title}{w.cite(i.start, i.end)}" for i in facts.items]
        w.add(f"This is {who}'s {kind}{dated}; it reports " + "; ".join(listed) + ".")
        main = next((i for i in facts.items if i.lead is not None and i.number not in _ROUTINE_ITEMS), None)
        if main is not None:
            w.add(f"Under Item {main.number} it says: “{main.lead.value}”{w.stated(main.lead)}.")
    elif facts.period_end and facts.form and facts.form.value[:4] in ("10-Q", "10-K"):
        w.add(f"This is {who}'s {kind} for the period ended {say_date(facts.period_end.value)}{w.stated(facts.period_end)}.")
    elif facts.exhibit is not None:
        w.add(f"This document is {kind} of {who}{w.stated(facts.exhibit)}.")
    elif facts.form:
        w.add(f"This is {who}'s {kind}{w.stated(facts.form)}.")
    else:
        return _not_found(ctx, "about", "The document does not state what kind of filing it is.")
    if facts.headline:
        w.add(f"The press release it carries is headed “{facts.headline.value}”{w.stated(facts.headline)}.")
    return w.answer("about")


def _simple(field: str, label: str, say=lambda v: v):
    def answer(ctx, facts: DocumentFacts) -> Answer:
        got: Stated | None = getattr(facts, field)
        if got is None:
            return _not_found(ctx, field, f"The filing does not state its {label}.")
        w = _Writer(ctx)
        w.add(f"The {label} is {say(got.value)}{w.stated(got)}.")
        return w.answer(field)
    return answer


def _ticker(ctx, facts: DocumentFacts) -> Answer:
    if not facts.tickers:
        return _not_found(ctx, "ticker", "The filing does not state a trading symbol.")
    w = _Writer(ctx)
    symbols = []
    for t in facts.tickers:
        quote = ctx.view.text[t.start:t.end] if t.start is not None else ""
        venue = _EXCHANGE.search(quote[quote.find(t.value) + len(t.value):]) if t.value in quote else None
        symbols.append(f"{t.value}" + (f" on {venue.group(0).strip()}" if venue else "") + w.stated(t))
    w.add(f"{_who(facts, ctx.view.meta)} trades under the symbol{'s' if len(symbols) > 1 else ''} " + ", ".join(symbols) + ".")
    return w.answer("ticker")


def _auditor(ctx, facts: DocumentFacts) -> Answer:
    if facts.auditor is None:
        return _not_found(ctx, "auditor", f"This {_kind(facts)} does not name the company's auditor.")
    w = _Writer(ctx)
    w.add(f"The independent registered public accounting firm named in the filing is {facts.auditor.value}{w.stated(facts.auditor)}.")
    return w.answer("auditor")


def _fiscal_year_end(ctx, facts: DocumentFacts) -> Answer:
    got = facts.fiscal_year_end
    if got is None:
        return _not_found(ctx, "fiscal_year_end", "The filing does not state when its fiscal year ends.")
    w = _Writer(ctx)
    quote = ctx.view.text[got.start:got.end] if got.start is not None else ""
    rule = re.search(r"ends?\s+on\s+the\s+(?:last|first)\s+\w+day\s+(?:of|in|nearest)\s+\w+", quote)
    if rule:
        w.add(f"The fiscal year {rule.group(0)}{w.stated(got)}; the current fiscal year ends on {_say_fye(got.value)}.")
    else:
        w.add(f"The fiscal year ends on {_say_fye(got.value)}{w.stated(got)}.")
    return w.answer("fiscal_year_end")


def _period_end(ctx, facts: DocumentFacts) -> Answer:
    form = facts.form.value if facts.form else ""
    if facts.period_end:
        w = _Writer(ctx)
        meta = ctx.view.meta
        fiscal = ""
        if meta.fiscal_period and meta.fiscal_year and meta.period_end == facts.period_end.value:
            fiscal = (f" (fiscal year {meta.fiscal_year})" if meta.fiscal_period == "FY" else
                      f" (the {_ORDINAL.get(meta.fiscal_period, meta.fiscal_period)} quarter of fiscal {meta.fiscal_year})")
        w.add(f"The {_kind(facts)} covers the period ended {say_date(facts.period_end.value)}{fiscal}{w.stated(facts.period_end)}.")
        if form.startswith("8-K") and facts.date_of_report:
            w.add(f"The report itself is dated {say_date(facts.date_of_report.value)}{w.stated(facts.date_of_report)}.")
        return w.answer("period_end")
    if facts.date_of_report and form.startswith("8-K"):
        w = _Writer(ctx)
        w.add(f"The period of report of a Form 8-K is the date of the earliest event reported: "
              f"{say_date(facts.date_of_report.value)}{w.stated(facts.date_of_report)}.")
        return w.answer("period_end")
    return _not_found(ctx, "period_end", "The filing does not state the period it reports on.")


def _filing_date(ctx, facts: DocumentFacts) -> Answer:
    if facts.filing_date:
        w = _Writer(ctx)
        w.add(f"The filing date is {say_date(facts.filing_date.value)}{w.stated(facts.filing_date)}.")
        return w.answer("filing_date")
    signed = [s for s in facts.signatures if s.date]
    reason = "The filing's text does not state the date it was filed with the SEC"
    if signed:
        cid = ctx.solver.citer.span(signed[0].start, signed[0].end)
        reason += f"; it was signed on {say_date(signed[0].date)} [{cid}]"
    return _not_found(ctx, "filing_date", reason + ".")


def _headline(ctx, facts: DocumentFacts) -> Answer:
    if facts.headline is None:
        return _not_found(ctx, "headline", "The document carries no press release headline.")
    w = _Writer(ctx)
    w.add(f"The press release is headed “{facts.headline.value}”{w.stated(facts.headline)}.")
    return w.answer("headline")


def _form(ctx, facts: DocumentFacts) -> Answer:
    if facts.form is None and facts.exhibit is None:
        return _not_found(ctx, "form", "The document does not state its form.")
    w = _Writer(ctx)
    stated = facts.exhibit or facts.form
    w.add(f"This is {_who(facts, ctx.view.meta)}'s {_kind(facts)}{w.stated(stated)}.")
    return w.answer("form")


_ANSWERS = {
    "cik": _simple("cik", "CIK (SEC Central Index Key)"),
    "ticker": _ticker,
    "file_number": _simple("file_number", "SEC commission file number"),
    "auditor": _auditor,
    "signatures": _signatures,
    "headline": _headline,
    "items": _items,
    "about": _about,
    "fiscal_year_end": _fiscal_year_end,
    "filing_date": _filing_date,
    "date_of_report": _simple("date_of_report", "date of the report", say_date),
    "period_end": _period_end,
    "form": _form,
    "company": _simple("company", "registrant (the company filing)"),
    "incorporation": _simple("incorporation", "state or other jurisdiction of incorporation"),
    "tax_id": _simple("tax_id", "IRS employer identification number"),
    "address": _simple("address", "address of the principal executive offices"),
    "phone": _simple("phone", "registrant's telephone number"),
}

QUESTION_TYPE = DocumentQuestion()

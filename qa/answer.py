"""Answer a question from one filing's parsed facts: find, compute, cite, verify, or refuse.

    answerer = Answerer(Store("store"))
    answer = answerer.ask("What was net loss per share this quarter?")
    print(answer.status, answer.value, answer.text)

Numbers come only from facts: table cells first, prose figures where no table row fits clearly
better (PROSE_MARGIN). The arithmetic is an explicit program (qa/program.py) over those facts;
the verifier (qa/verify.py) re-checks every figure before the answer leaves. When the filing does
not hold the asked period, line item, unit or ratio inputs, or the question asks about a company
the filing never names, the answer is `not_found` with the closest evidence and no value.

How a line item is found: every (row label, heading) of the filing is scored against the asked
phrase with `qa.lexicon.match_label`; a cell whose column names no period (votes "For"/"Withheld",
"Payments Volume") is also scored as "row label + column label". Cells must fit the asked period
(`fits_fact`): end date within tolerance and the same length, a bare year by its year. Prose
figures get the period their sentence names for them (`FilingView.prose_period`).

Work that depends only on the filing (labels, prose periods, sentences, calendar) is done once
per filing and store generation (`FilingView`, qa/filing_view.py), so a question costs only rule matching.
"""

from __future__ import annotations

import os
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Sequence

from index.models import Fact
from qa.cite import Citer
from qa.filing_view import _NOT_NAMES, _PERIOD_WORDS, _POSSESSIVE, _YEAR_RX, FilingView
from qa.lexicon import column_measure, column_words, concepts, content_tokens, is_total_row, match_label, names_more, tokens
from qa.models import Answer, Figure, Value
from qa.outflow import as_outflow
from qa.tagged_sign import as_tagged
from qa.twin_rows import twin_problem, unresolved_twin
from qa.unsure import lead_with, withhold
from qa.verdict import moved, with_verdict
from qa.program import ProgramError, fmt, run
from qa.stated_rate import stated_rate
from qa.question import (
    MONEY_NAMED,
    PeriodSpec,
    Query,
    add_months,
    filer_name_of_file,
    find_periods,
    fiscal_named,
    months_of,
    parse_question,
    period_days,
    resolve,
    split_by_rows,
)
from qa.verify import numbers_in_text, verify
from qa.candidates import Candidate, asked_periods, enumerate_programs, features, unasked_member, with_relative
from qa.chooser import get_chooser
from qa.fit_check import fits_question, late_problems, rate_in_dollars, total_block
from qa.officer_names import asked_role, holder
from qa.plan import Plan, plan_from_query
from qa.qtypes.base import AnswerContext
from qa.qtypes.metric import COMPARES, QUESTION_TYPE as metric_type
from qa.qtypes.operations import operation_type
from qa.qtypes.registry import question_types

DEFAULT_PERIOD = "(not named)"  # PeriodSpec.text of the period assumed when the question names none
MAX_VIEWS = 512          # filings whose per-filing work stays cached
_TOTAL_ASKED = re.compile(r"\s*(?:the\s+)?total\b", re.I)
MANY_PLACES = 4         # a sum or average of three or more figures that does not end is rounded here, as a program step
MIN_SCORE = 0.5          # below this a label is not the asked line item: refuse rather than guess
MIN_TEXT_SCORE = 0.34    # share of the question's (idf-weighted) words a quoted sentence must carry
TEXT_RERANKED = 20       # sentences re-ranked by their meaning, best by shared words first
TEXT_MEANING_WEIGHT = 0.5  # weight of the similarity in meaning beside the share of words (both in [0, 1])
# (a double-barrelled surname is one word: "Danielle P. Okonkwo-Reyes")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b")
_TITLE_WORDS = {"Chief", "Officer", "Executive", "President", "Vice", "Senior", "Financial", "Director", "Treasurer",
                "Secretary", "Operating", "General", "Counsel", "Chairman", "Board", "Company", "Corporation", "Inc",
                "Date", "Exhibit", "Item", "Report", "Form", "Investor", "Relations", "Media", "Contact", "Street"}


def people(text: str):
    """Each person's name in `text` as (start, end, name): capitalized words, an initial allowed, without
    the job title that follows it in a signature block ("William E. Shea Senior Vice President" -> "William
    E. Shea"). Words that go on into a company's name ("U.S. Bank Trust Company", "Granite Peak Utilities,
    Inc.") name no person."""
    for m in _NAME.finditer(text):
        if _ORGANIZATION_AFTER.match(text, m.end()) or _ORGANIZATION_WORD.search(m.group(0)):
            continue
        words = m.group(0).split()
        while words and words[-1].strip(".") in _TITLE_WORDS:
            words.pop()
        real = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
        if len(real) >= 2 and not set(w.strip(".") for w in words) & (_TITLE_WORDS | _NOT_PERSON_WORDS):
            name = " ".join(words)
            yield m.start(), m.start() + len(name), name


def person_name(text: str) -> str | None:
    """The first person's name in `text` (`people`)."""
    return next((name for _, _, name in people(text)), None)


# what follows an organization's name, or is part of it: not a person's
_ORGANIZATION_AFTER = re.compile(r",?\s+(?:Company|Corporation|Corp\.?|Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|L\.P\.|Ltd\.?|"
                                 r"N\.A\.|National Association|plc|Co\.|Group|Holdings|Partners)\b")
_ORGANIZATION_WORD = re.compile(r"\b(?:Bank|Trust|Securities|Capital|Utilities|Industries|Partners|Holdings|Group|"
                                r"Associates|Bancorp|Financial|Energy|Technologies|Systems|Brands|Airlines)\b")


# "... U.S. Bank Trust Company, National Association, as trustee": the party a role names
def party_as(text: str, role: str) -> str | None:
    """The party `text` names in a role ("X, as trustee", "X and Y, as representatives of the several
    underwriters"), or None: the capitalized words before ", as <role>" back to "between", "among",
    "with", "by", "and the Company" or the sentence's start."""
    m = re.search(rf",?\s+as\s+(?:the\s+)?(?:several\s+)?{re.escape(role)}s?\b", text, re.I)
    if m is None:
        return None
    before = text[:m.start()]
    lead = max((x.end() for x in re.finditer(r"\b(?:between|among|amongst|with|by|to|and)\s+(?:the\s+)?Company\s+and\s+|"
                                             r"\b(?:between|among|amongst|with|by|to)\s+", before)), default=0)
    party = before[lead:].strip(" ,")
    if not re.match(r"[A-Z]", party) or re.match(r"the\s+Company\b", party):
        # "among the Company, the lenders party thereto and First Continental Bank, N.A., as administrative
        # agent": the role belongs to the last of the parties listed
        party = re.split(r",?\s+and\s+", party)[-1].strip(" ,")
    return party if re.match(r"[A-Z]", party) and len(party) <= 160 else None


_NOT_PERSON_WORDS = {m for m in ("January February March April May June July August September October November December "
                                  "On In At The For As By Effective Our This That Upon Under With From Each "
                                  "Agreement Indenture Notes Act Plan Time").split()}


class _PersonFinder:
    """A person's name: capitalized words that are not a job title ("William E. Shea", not "Chief Financial Officer")."""

    @staticmethod
    def search(text: str) -> bool:
        return person_name(text) is not None


_PERSON = _PersonFinder()
_CAUSAL = re.compile(r"\b(?:because|due to|driven by|primarily|as a result|attributable|reflect(?:s|ing|ed)?|resulting from|owing to"
                     r"|includ(?:e|es|ed|ing)|of which)\b", re.I)  # ... or a part of it ("Total net sales include $3.4 billion of ...")
_WHY = re.compile(r"\s*why\b", re.I)  # a question that asks for a reason
# a heading or a lead-in line: no reason is given in it ("Research and Development Expenses", "... as follows:")
_NOT_A_REASON = re.compile(r":\s*$|^(?![^\n]*[.;]\s*$)\W*(?:\S+\s+){0,7}\S+\s*$")
# a sentence that opens on the change the sentence before it states: "The increase was due to ...", "This decrease ..."
_REFERS_BACK = re.compile(r"\s*(?:the|this|these|that|such)\s+(?:\w+\s+)?(?:increases?|decreases?|declines?|changes?|growth|rise|"
                          r"reductions?|improvements?|variances?|fluctuations?|shifts?)\b", re.I)
PROSE_MARGIN = 0.12      # a prose figure must fit clearly better than the best table row to win
TABLE_BONUS = 0.03       # a table cell beats a prose restatement of the same figure
CONFLICT_MIN_FIT = 0.95  # two sources conflict only when both name the asked item (near-)exactly: a row label
CONFLICT_MIN_PROSE = 0.85  # ... and a sentence (whose words around the figure score a little lower)
# a question that asks for a date ("When did the merger close?", "When does she start?", "On what date ..."):
# answered only by a sentence that prints one. "When is goodwill considered impaired?" asks a condition.
_WHEN = re.compile(r"\s*(?:when\s+(?:did|was|were|will|would|has|have|had)\b|"
                   r"when\s+(?:is|are|does|do)\b.*\b(?:effective|due|payable|expected|scheduled|anticipated|starts?|begins?|"
                   r"ends?|expires?|matures?|closes?|commences?|terminates?|vests?)\b|"
                   r"(?:on|by|as\s+of|from|until)?\s*(?:what|which)\s+(?:date|day)\b)", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PRINTED = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d\b|"
                           r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b|"
                           rf"\b(?:in|by|during|until|through|on|since|from)\s+(?:(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of\s+|"
                           rf"(?:early|mid|late)[- ]|{_MONTH}\s+)?(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.I)


# ---------------------------------------------------------------------------------- the view

@dataclass
class OperandTrace:
    """What the solver saw when it picked one operand: read by the chooser's features (qa/candidates.py)."""

    item: str
    label: str
    heading: str
    fact_ids: list[str]
    kind: str
    score: float
    runner_up: float | None
    n_rivals: int
    period_named: bool
    unit: str
    period_ok: bool = True   # the fact fits an asked period (always, for operands the rules' find picked)
    title: str = ""          # the table's title ("Revenue by Reportable Segments"): names what its rows are of


def _resolved(plan: Plan, solver: "_Solver") -> list[str]:
    """The question as resolved, for checks that read its words: as asked, as cleaned, and its
    line items (a follow-up, "And a year earlier?", carries its item from the conversation)."""
    return [plan.question or "", solver.q.text] + [item.text for item in plan.items]


def _candidate_of(answer: Answer, solver: "_Solver") -> Candidate:
    """The rules' answer as a candidate program: its operation and the facts its operands used."""
    by_id = solver.view.facts_by_id
    facts = [by_id[fid] for t in solver.trace for fid in t.fact_ids if fid in by_id]
    ops = [s.op for s in answer.program if s.op != "round"]
    operation = "lookup" if not ops or (len(ops) == 1 and ops[0] == "sum" and len(solver.trace) == 1) else \
        {"subtract": "difference", "divide": "ratio", "add": "sum"}.get(ops[-1], ops[-1])
    if solver.q.followup == "combine_previous":
        operation = "previous"
    if answer.method == "extractive":
        operation = "text"
    return Candidate(operation, facts, source="rules")


# "What is the change between them?" after two answered figures (qa/answer.py `combine_previous`) is
# right when both figures were: of the ConvFinQA turns on the dev side of the page split whose earlier
# turns were right it was right in 24 of 24 (9 of 9 on the val side), `python -m evals.conversation_types`.
# (24 + 1) / (24 + 2), the rule of succession, rather than 1.0 from so few.
NOT_REPORTED = "The filing does not report"  # the rules' refusal where no row or sentence names the item at all
_ASKS_LOWER = re.compile(r"\b(?:smaller|lower|less|fewer|least|lowest|smallest)\b", re.I)
_YES_NO_FORM = re.compile(r"^\W*(?:is|was|were|are|did|does|do|has|have|had)\b", re.I)
NOT_TWO_EARLIER = "There are not two earlier answers to compare."
NOT_COMPARABLE = "The two earlier answers are not comparable figures."
LATER_INSTANT_DAYS = 120  # a figure "as of" this many days after the current period's end is still the latest
NO_FIGURE = "No figure for"  # their refusal where rows name the item, but for other periods or units
OFFERED_REASON = "No line item of the filing is named as the question words it; this candidate reads the closest ones."
COMBINE_PRECISION = 0.96


# a question asking "what" of something no row or sentence gives a figure for ("What did the
# company complete in the second quarter?", "What was the objective of the instruments?"), with
# no word asking for a figure and no line item of the finance vocabulary ("What was the net equity
# in the assets acquired?" asks for a figure) unless it asks what the item does ("What does G&A
# consist of?"), may be answered in words
_WH_START = re.compile(r"^\s*(?:what|which|who|how(?!\s+(?:much|many)\b))\b", re.I)
_WHAT_DOES = re.compile(r"^\s*what\s+(?:does|do|did)\b", re.I)


def _may_be_worded(question: str, q: Query, answer: Answer) -> bool:
    from qa.qtypes.free_text import NUMERIC_CUE

    reason = answer.reason or ""
    return (q.operation == "lookup" and q.followup is None and _WH_START.search(question) is not None
            and not NUMERIC_CUE.search(question) and (not concepts(question) or _WHAT_DOES.search(question) is not None)
            and reason.startswith((NOT_REPORTED, NO_FIGURE)))


# beyond a table (qa/qtypes/table_about.py `introduces_table`): several tables, a chart, a schedule
_INTRODUCES_OTHER = re.compile(r"\bthe following (?:tables|charts?|graphs?|schedules?)\b|\b(?:chart|graph) below\b", re.I)


_RANKS = re.compile(r"\b(?:largest|highest|greatest|biggest|most|fastest|strongest|lowest|smallest|least|fewest|"
                    r"slowest|weakest|leading|top)\b", re.I)


# "Who is the Trust's largest tenant by ABR?": a party ranked, though no part of a table
_ASKS_RANKED = re.compile(r"^\s*(?:who|which|what)\b.*\b(?:largest|highest|greatest|biggest|top|leading)\b", re.I)


def _ranks_no_part(question: str, answer: Answer) -> str | None:
    """Why a quote may not answer "which segment had the highest revenue?" (a question the which_member
    type declined): the quoted sentence ranks nothing ("Revenue by End Market", a table's title)."""
    from qa.qtypes.which_member import asked

    if answer.status != "answered" or answer.method != "extractive" \
            or (asked(question) is None and not _ASKS_RANKED.search(question)):
        return None
    quote = answer.citations[0].quote if answer.citations else ""
    if _RANKS.search(quote):
        return None
    return "the quoted sentence names no part as the largest or smallest, which the question asks"


def _quote_not_worded(view: FilingView, answer: Answer) -> str | None:
    """Why a quote found for a question first read as asking for a figure may not answer it: the
    sentence introduces a table or chart (the figure is there, unread), or it states a figure
    (which may be what is asked)."""
    if not answer.citations:
        return None
    from qa.qtypes.table_about import introduces_table

    cit = answer.citations[0]
    if introduces_table(cit.quote) or _INTRODUCES_OTHER.search(cit.quote):
        return "the quoted sentence introduces a table, which would hold a figure asked for"
    if any(cit.start <= f.source.start < cit.end for f in view.text_facts):
        return "the quoted sentence states a figure, which may be what is asked"
    return None


def _combined_confidence(first: Answer, second: Answer, previous: list[Answer]) -> float | None:
    """The confidence of a step over the two latest answers: the step's own precision times the two
    answers' confidences. The chooser's score is not used: trained on conversations whose earlier
    answers were mostly wrong, it rates the step by them, and cannot see how sure they were. Two
    figures of one row are wrong together more often than apart, so the product understates
    rather than overstates. None (the chooser's score stands) unless the two are the conversation's
    last two turns and both were `answered`: a turn refused between them ("and in 2016?") means the
    question may be about figures the conversation has no answer for ("the average during this
    period" of three years), and an `uncertain` answer's confidence does not say it fits its question."""
    if first is second and previous and previous[-1] is first:
        # the rate of the change just answered ("And the percentage change?"): the same two figures, one step more
        return COMBINE_PRECISION * first.confidence if first.status == "answered" and first.confidence is not None else None
    if len(previous) < 2 or previous[-2] is not first or previous[-1] is not second:
        return None
    if first.status != "answered" or second.status != "answered" or first.confidence is None or second.confidence is None:
        return None
    return COMBINE_PRECISION * first.confidence * second.confidence


def _value_key(answer: Answer):
    """What two candidates must share to give the same answer: the amount (normalized) and unit."""
    v = answer.value
    if v is None or v.amount is None:
        return None
    try:
        return (Decimal(v.amount).normalize(), v.unit)
    except ArithmeticError:
        return None


def _half_unit(f: Fact) -> Decimal:
    """Half a unit of the last digit the filing prints for `f`, in base units ("$2.5 million": 50,000)."""
    digits = re.sub(r"[^\d.]", "", f.as_printed or "")
    try:
        printed = Decimal(digits) if digits.strip(".") else Decimal(0)
    except ArithmeticError:
        return Decimal(0)
    if printed == 0:
        return Decimal(0)
    places = len(digits.split(".", 1)[1]) if "." in digits else 0
    return abs(f.value) / printed * Decimal(1).scaleb(-places) / 2


# the two ends of an outlook table's range: columns "Low" / "High" (or "Low End", "High End")
_RANGE_SIDE = re.compile(r"(?:.*\s)?(?P<side>low|high)(?:\s+end)?", re.I)


def _same_figure(a: Fact, b: Fact) -> bool:
    """Equal, or equal up to the rounding either shows ("$2.5 million" for 2,536 thousand)."""
    return abs(a.value - b.value) <= max(_half_unit(a), _half_unit(b))


@dataclass
class Operand:
    """One input to a program: a fact, or several facts summed (current + non-current rows)."""

    facts: list[Fact]
    label: str
    period: str | None
    score: float

    @property
    def value(self) -> Decimal:
        return sum((f.value for f in self.facts), Decimal(0))

    @property
    def unit(self) -> str:
        return self.facts[0].unit






# a figure a sentence names as an earlier one ("from the prior quarterly dividend of $0.30 per share")
_EARLIER_NAMED = re.compile(r"\b(?:prior|previous|preceding|former|year-ago|last\s+year's)\s+(?!to\b)\w", re.I)


def _when(spec: PeriodSpec) -> date:
    """A date to order asked periods by: the end it resolved to, else the end its fiscal quarter
    or year names ("Q3 2022" before "Q3 2023" where no calendar dates them), else none."""
    if spec.end is not None:
        return spec.end
    year, quarter = spec.fiscal if spec.fiscal else (spec.year, 0)
    if year is None:
        return date.min
    return date(year, 3 * quarter, 28) if quarter else date(year, 12, 31)


def _from_only(question: str, period_text: str) -> bool:
    """"from <period>", "since <period>" or "than <period>" ("Was X lower than at January 31, 2025?")
    with no "to <period>" after it: a change up to now."""
    at = question.lower().find(period_text.lower())
    if at < 0:
        return False
    before, after = question[:at], question[at + len(period_text):]
    return re.search(r"\b(?:from|since|than|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:at|in|as of|on)\s+)?(?:the\s+)?$",
                     before, re.I) is not None and \
        not re.match(r"\s*,?\s*(?:to|through|until|and|versus|vs\.?)\b", after, re.I)


def fits_fact(spec: PeriodSpec, f: Fact, row_label: str) -> bool:
    """`fits` for a table cell, including cells whose column names a year or no period at all."""
    if f.period is not None:
        if spec.year is not None:
            end = date.fromisoformat(f.period.split("/")[-1])
            days = period_days(f.period)
            if days is None and (end.month, end.day) == (1, 1):
                # a balance at January 1 (an opening balance, as on adopting a standard) is the close
                # of the year before: "2018" asks for the balance at the end of 2018, not at its start
                # (a 52/53-week year ending "January 3, 2020" is still read as 2020, as askers do)
                return end.year - 1 == spec.year
            return end.year == spec.year and (days is None or days > 330)
        return fits(spec, f.period)
    # a year inside a long sentence-like label ("... for the fiscal year ending June 30, 2024") is context, not the cell's period
    short_row = row_label if len(row_label.split()) < 12 else ""
    where = f"{f.column_label or ''} {short_row}"

    def names_the_year(year: int, named: frozenset[tuple[int, int]]) -> bool:
        # the year, not one of its quarters ("Q3 2023", "Fiscal 2023 Q3"), as a dated quarter is not (above)
        return str(year) in _YEAR_RX.findall(where) and not any(y == year and q for y, q in named)

    if spec.year is not None:
        return names_the_year(spec.year, fiscal_named(where))
    if spec.fiscal and _YEAR_RX.search(where):
        named = fiscal_named(where) | fiscal_named(f"{short_row} {f.column_label or ''}")
        if spec.fiscal[1]:
            # "Q4 2019" asked of a column headed "Q4 2019", or of a row "Fourth Quarter" under a heading "2019:"
            return spec.fiscal in named
        # a fiscal year the filing's calendar dates ("fiscal 2022" of a January year end): the column
        # named by that year ("FY2022", "Fiscal 2022", "2022")
        return names_the_year(spec.fiscal[0], named)
    if spec.relative in ("current", "year_earlier") and spec.end is not None and spec.months in (None, 12) \
            and spec.text != DEFAULT_PERIOD and (spec.end.month, spec.end.day) == (12, 31):
        # "How much did Bagelix sales increase?" of a 10-K whose columns name only their years ("2024 Total",
        # "2023 Total"): the year before is the column of the year before
        return names_the_year(spec.end.year, fiscal_named(where))
    if spec.text != DEFAULT_PERIOD:
        return False
    # a column that names a measure with its year ("2023 Base Salary", "2022 Bonus"): the year is the
    # measure's, and a question naming no period takes it; a year column ("2023") is a period
    return not _YEAR_RX.search(where) or (not _YEAR_RX.search(short_row) and bool(column_words(f.column_label or "")))


def fits(spec: PeriodSpec, period: str | None) -> bool:
    """Does a fact's period answer the asked spec? Ends within tolerance, same length if both have one."""
    if spec.end is None or period is None:
        return False
    try:
        end = date.fromisoformat(period.split("/")[-1])
    except ValueError:
        return False
    if abs((end - spec.end).days) > max(spec.tolerance_days, 3):
        return False
    days = period_days(period)
    if days is None:  # a balance-sheet instant answers "at", "as of" and "end of the quarter"
        return not spec.flow
    if spec.instant:
        return False
    if spec.months is None:
        return True
    return abs(days / 30.44 - spec.months) <= 1.2


def fits_prose(spec: PeriodSpec, fspec: PeriodSpec | None) -> bool:
    if fspec is None or fspec.end is None or spec.end is None:
        return False
    if spec.flow and fspec.instant:
        return False
    if spec.instant and spec.text != DEFAULT_PERIOD and not fspec.instant and fspec.months:
        return False  # "at the end of the quarter": not a figure for the quarter's span ("opened 7 new restaurants")
    if spec.year is not None:
        return fspec.end.year == spec.year and (fspec.months is None or fspec.months >= 11)
    if fspec.year is not None:
        return spec.end.year == fspec.year and (spec.months is None or spec.months >= 11)
    tol = max(spec.tolerance_days, fspec.tolerance_days, 7)
    if abs((fspec.end - spec.end).days) > tol:
        return False
    if spec.months and fspec.months and abs(spec.months - fspec.months) > 1:
        return False
    return True


# ------------------------------------------------------------------------------------ display

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_MONTH_WORDS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}


def say_date(d: date) -> str:
    return f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def say_period(period: str | None, column: str | None = None) -> str:
    """'the three months ended September 30, 2011'; weeks when the filing's column counts weeks."""
    if not period:
        return "the period"
    try:
        end = date.fromisoformat(period.split("/")[-1])
    except ValueError:  # a period named as printed ("2014", "fiscal 2023"): say it as it is
        return period
    days = period_days(period)
    if days is None:
        return say_date(end)
    months = months_of(period)
    # a span the column counts in weeks, or one of whole weeks that is no quarter's months (a grocer's 16-week
    # first quarter is not "the 4 months ended")
    if days % 7 == 0 and ((column and re.search(r"\bweeks?\b", column, re.I)) or months not in _MONTH_WORDS):
        weeks = {12: "twelve", 13: "thirteen", 16: "sixteen", 24: "twenty-four", 26: "twenty-six", 28: "twenty-eight",
                 36: "thirty-six", 39: "thirty-nine", 40: "forty", 52: "fifty-two", 53: "fifty-three"}.get(days // 7, str(days // 7))
        return f"the {weeks} weeks ended {say_date(end)}"
    return f"the {_MONTH_WORDS.get(months, str(months))} months ended {say_date(end)}"


def _year_to_date(view) -> str | None:
    """The longest span under a year ending on the filing's current date, as an ISO period: a 10-Q's year
    to date, or its quarter where that is all it reports; None for a filing of a whole year."""
    cal = view.calendar if view is not None else None
    if cal is None or cal.current_end is None or not cal.current_months or cal.current_months >= 12:
        return None
    end = cal.current_end.isoformat()
    spans = {f.period for f in view.parsed.facts if f.kind == "table" and f.period and "/" in f.period
             and f.period.endswith(end) and months_of(f.period) < 12}
    return max(spans, key=period_days) if spans else None


def _longer_current_period(view) -> str | None:
    """The year to date where it is longer than the filing's current period ("the nine months ended
    September 30, 2025" of a third-quarter 10-Q), said in words; None if none."""
    span = _year_to_date(view)
    return say_period(span) if span is not None and months_of(span) > view.calendar.current_months else None


def prep(phrase: str | None) -> str:
    """'at June 30, 2011' for a date, 'for the three months ended ...' for a span or a fiscal name."""
    if not phrase:
        return ""
    return f"at {phrase}" if re.match(r"[A-Z][a-z]+ \d{1,2}, \d{4}$", phrase) else f"for {phrase}"


def say_spec(spec: PeriodSpec) -> str:
    if spec.year is not None:
        return str(spec.year)
    if spec.fiscal:
        fy, q = spec.fiscal
        if q and spec.months and spec.months > 3:  # "the first nine months of fiscal 2024", not its third quarter
            return f"the first {_MONTH_WORDS.get(spec.months, str(spec.months))} months of fiscal {fy}"
        return f"fiscal {fy}" if q == 0 else f"the {['first', 'second', 'third', 'fourth'][q - 1]} quarter of fiscal {fy}"
    if spec.end is None:
        return spec.text
    if spec.instant or not spec.months:
        return say_date(spec.end)
    return f"the {_MONTH_WORDS.get(spec.months, str(spec.months))} months ended {say_date(spec.end)}"


def say_amount(value: Decimal, unit: str) -> str:
    sign = "-" if value < 0 else ""
    v = abs(value)
    if unit == "USD":
        if v == v.to_integral_value():
            return f"{sign}${v:,}"
        whole, _, frac = fmt(v).partition(".")
        return f"{sign}${int(whole):,}.{frac}"  # "$3,037,432.62": thousands marked, no digit dropped
    if unit == "USD/share":
        shown = fmt(v) if -v.as_tuple().exponent > 2 else f"{v:.2f}"
        return f"{sign}${shown} per share"
    if unit == "percent":
        return f"{sign}{fmt(v)}%"
    if unit in ("shares", "count"):
        return f"{sign}{v:,}" + (" shares" if unit == "shares" else "")
    if unit == "years":
        return f"{sign}{fmt(v)} years"
    return f"{sign}{fmt(v)}"


def _approx(result: str, places: int = 4) -> str:
    """A long quotient for display: at most `places` decimals, marked with '≈' when cut."""
    d = Decimal(result)
    q = d.quantize(Decimal(1).scaleb(-places))
    return fmt(d) if q == d else f"≈{fmt(q)}"


def _column_measure(column_label: str, row_label: str) -> str | None:
    """What a dated column measures beyond its period, to name the cell by ("AISC ($/oz)" of "AISC ($/oz)
    Q2 2025" beside a mine's row); None when the heading only dates (or the row already says it)."""
    phrase = column_measure(column_label)
    return phrase if phrase and set(tokens(phrase)) - set(tokens(row_label)) else None


def _quote_label(label: str) -> str:
    return "“" + label.strip().rstrip(":") + "”"


# ---------------------------------------------------------------------------------- answerer

class Answerer:
    """Question in, `Answer` out. Thread-safe; per-filing work cached by store generation."""

    def __init__(self, store: Any, embedder: Any = None, llm: Any = None):
        self.store = store
        self.embedder = embedder
        self.llm = llm
        self._assistant = None
        if llm is not None:
            from qa.llm_assist import Assistant

            self._assistant = Assistant(llm)
        self._views: dict[str, tuple[int, FilingView]] = {}
        self.collect: list | None = None  # set to a list to record every candidate and its features
        self._lock = threading.Lock()
        self._retriever = None

    # filings -------------------------------------------------------------------------------
    def view(self, filing_id: str) -> FilingView | None:
        generation = getattr(self.store, "generation", 0)
        cached = self._views.get(filing_id)
        if cached and cached[0] == generation:
            return cached[1]
        with self._lock:
            cached = self._views.get(filing_id)
            if cached and cached[0] == generation:
                return cached[1]
            parsed = self.store.get(filing_id)
            if parsed is None:
                return None
            view = FilingView(parsed, self.store.chunks(filing_id))
            if len(self._views) >= MAX_VIEWS:  # bound memory on stores of thousands of filings: drop the oldest
                self._views.pop(next(iter(self._views)))
            self._views[filing_id] = (generation, view)
            return view

    def retriever(self):
        """The hybrid retriever, built on first use (its BM25 index costs a moment per store generation)."""
        if self._retriever is None:
            from qa.retrieve import Retriever

            self._retriever = Retriever(self.store, self.embedder)
        return self._retriever

    def candidate_filings(self, question: str, history: Sequence[Any] | None, limit: int = 3) -> list[str]:
        """Filings the question may be about, best first: the conversation's, the one it names
        (the one with most facts when a company has several), else the best retrieved ones."""
        for turn in reversed(list(history or [])):
            ans = getattr(turn, "answer", None)
            if ans is not None and ans.citations:
                return [ans.citations[0].filing_id]
        filings = self.store.filings()
        if len(filings) <= 1:
            return [f.id for f in filings]
        q = question.lower()
        named = []
        for meta in filings:
            name = (meta.company or filer_name_of_file(meta)).lower()
            words = [w for w in re.findall(r"[a-z0-9\-]+", name) if w not in {"inc", "corp", "the", "co", "ltd", "company", "com"}]
            if words and re.search(rf"\b{re.escape(words[0])}\b", q):
                named.append(meta.id)
        if named:
            return self._by_period(question, sorted(named, key=lambda fid: -len(self.store.facts(fid))))[:limit]
        ranked: list[str] = []
        try:
            hits = self.retriever().search(question, k=10)
            ranked = list(dict.fromkeys(h.filing_id for h in hits))
        except Exception:  # retrieval is a convenience here; a missing index must not break asking
            pass
        ranked += [f.id for f in filings if f.id not in ranked][:max(0, 10 - len(ranked))]
        return self._by_period(question, ranked)[:limit]

    def _by_period(self, question: str, fids: list[str]) -> list[str]:
        """Filings that report the period the question names first (stable otherwise): "the quarter
        ended September 30, 2011" goes to the filing that has that quarter, not the best-worded one."""
        from qa.question import find_periods

        asked = [p for p in find_periods(question, None) if p.end is not None and p.relative is None]
        if not asked:
            return fids

        def reports(fid: str) -> bool:
            periods = {f.period for f in self.store.facts(fid) if f.period}
            return any(fits(spec, period) for spec in asked for period in periods)

        return sorted(fids, key=lambda fid: not reports(fid))

    def foreign_company(self, question: str) -> str | None:
        """A company the question names in the possessive ("Microsoft's revenue") that no stored
        filing is about: then no filing can answer, whichever one retrieval would pick."""
        filings = self.store.filings()
        if len(filings) <= 1:
            return None  # one filing: _ask_filing checks its own text
        known = " ".join(f"{f.company or ''} {f.id}" for f in filings).lower()
        for m in _POSSESSIVE.finditer(question):
            words = [w for w in re.findall(r"[A-Za-z0-9&\-]+", m.group(1)) if w.lower() not in _NOT_NAMES]
            if not words or any(w.lower() in known for w in words):
                continue
            if len(filings) <= 50 and any(self.view(f.id) is not None and self.view(f.id).foreign_name(question) is None
                                          for f in filings):
                continue  # some filing mentions the name (a customer, a segment): let that filing answer
            return m.group(1)
        return None

    # asking ----------------------------------------------------------------------------------
    def ask(self, question: str, filing_id: str | None = None, history: Sequence[Any] | None = None) -> Answer:
        """Answer `question` from the filing (picked from the store when not given)."""
        if not question or not question.strip():
            return Answer(status="not_found", text="The question is empty.", reason="empty question", method="none")
        if not filing_id and not history:
            other = self.foreign_company(question)
            if other:
                reason = f"No filing in the store is about {other}; FilingQA answers only from the filings it holds."
                return Answer(status="not_found", text=reason, reason=reason, method="rules")
        fids = [filing_id] if filing_id else self.candidate_filings(question, history)
        first: Answer | None = None
        rank = {"answered": 0, "conflict": 1, "uncertain": 2, "unverified": 3, "not_found": 4}
        for fid in fids:
            answer = self._ask_filing(question, fid, history)
            direction = (answer.plan or {}).get("direction")
            if direction:  # "Did revenue increase?": yes or no, read from the change (qa/verdict.py)
                asked = ((answer.plan.get("items") or [{}])[0].get("text", ""), direction)
                answer = with_verdict(answer, asked)
            if answer.status == "answered" or len(fids) == 1:
                return answer
            if first is None or (rank[answer.status], -(answer.confidence or 0.0)) < (rank[first.status], -(first.confidence or 0.0)):
                first = answer  # no filing answered: the most useful reply (the most confident candidate, then a refusal)
        if first is None:
            why = "the store holds no filings"
            return Answer(status="not_found", text=f"No filing to answer from: {why}.", reason=why, method="none")
        return first

    def _ask_filing(self, question: str, fid: str, history: Sequence[Any] | None) -> Answer:
        answer = self._answer_filing(question, fid, history)
        if answer.reason in (NOT_TWO_EARLIER, NOT_COMPARABLE) and history:
            again = self._ask_of_last_item(question, fid, history[-1])
            if again is not None:
                return again
        plan = answer.plan or {}
        named = [p for p in plan.get("periods") or [] if p.get("relative") != "year_earlier"]
        if answer.status == "not_found" and plan.get("operation") == "lookup" and not plan.get("followup") \
                and len(named) == 1 and len(plan.get("periods") or []) == 1:
            return self._year_so_far(question, fid, history, named[0]) or answer
        if answer.status != "not_found" or not plan or named or plan.get("followup") \
                or plan.get("operation") not in ("lookup", "difference", "percent_change"):
            return answer
        longer = _longer_current_period(self.view(fid))
        if longer is None:
            return answer
        # "What were dividends paid?" of a 10-Q whose cash flow statement has only the nine months: no
        # figure for the quarter, so the question is asked again for the longest span ending on that date
        again = self._answer_filing(f"{question.rstrip(' ?.')} for {longer}?", fid, history)
        if again.status == "not_found":
            return answer
        return lead_with(again, f"The filing gives no figure for the quarter alone; this is for {longer}.")

    def _year_so_far(self, question: str, fid: str, history, asked: dict) -> Answer | None:
        """"What was collaboration revenue in 2025?" of a 10-Q for the six months ended June 30, 2025: the
        filing has no figure for the year it is part of, so the question is asked again for the year to
        date, and the answer is offered as uncertain, saying so (None where the period asked is not the
        year the filing's current period falls in, or the year to date gives nothing either)."""
        view = self.view(fid)
        span = _year_to_date(view)
        if span is None or asked.get("months") != 12 or not asked.get("end") or not asked.get("text"):
            return None
        if not 0 <= (date.fromisoformat(asked["end"]) - view.calendar.current_end).days < 365 - 20:
            return None  # not the year the current period is part of
        so_far = say_period(span)
        phrase = re.compile(rf"(?:\s+(?:so\s+far|to\s+date|year[\s-]+to[\s-]+date))?\s*\b(?:(?:in|for|during|of|over)\s+)?(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
                            rf"{re.escape(asked['text'])}\b(?:\s+so\s+far|\s+to\s+date)?", re.I)
        rest = phrase.sub(" ", question, count=1)
        if rest == question:
            return None
        again = self._answer_filing(f"{rest.rstrip(' ?.')} for {so_far}?", fid, history)
        if again.status not in ("answered", "uncertain"):
            return None
        why = f"the filing reports no figure for {asked['text']} as a whole; this is for {so_far}, the part of it the filing covers"
        if again.status == "answered":
            withhold(again, why)
        else:
            again.reason = f"{again.reason or ''} Also: {why}.".strip()
        again.confidence = min(again.confidence or 0.0, 0.5)  # right for the part of the year, not the year asked
        return lead_with(again, f"The filing gives no figure for {asked['text']} as a whole; this is for {so_far}.")

    def _ask_of_last_item(self, question: str, fid: str, last) -> Answer | None:
        """"Did it increase from a year earlier?" after "What was net income in Q3 2025?": one earlier
        figure (or two that are not comparable, an oil volume and a price), so "it" is the last one's line
        item at its period; asked again with both named (None where the earlier answer was no lookup of
        one line item, or the question names no pronoun or a period of its own)."""
        plan = last.answer.plan or {}
        items = plan.get("items") or []
        if plan.get("operation") != "lookup" or len(items) != 1 or not last.answer.figures or last.answer.value is None:
            return None
        pronoun = re.search(r"\b(?:it|that|this)\b", question, re.I)
        if pronoun is None or any(p.relative is None for p in find_periods(question)):
            return None  # "the change in that from 2008 to 2009": periods of its own, read as the conversation says
        asked = f"{question[:pronoun.start()]}{items[0]['text']}{question[pronoun.end():]}".rstrip(" ?.")
        period = last.answer.figures[0].period
        if period:
            asked += f" {prep(say_period(period, None))}"
        again = self._answer_filing(f"{asked}?", fid, [])
        return None if again.status == "not_found" else again

    def _answer_filing(self, question: str, fid: str, history: Sequence[Any] | None) -> Answer:
        view = self.view(fid)
        if view is None:
            why = f"filing {fid!r} is not in the store"
            return Answer(status="not_found", text=f"No filing to answer from: {why}.", reason=why, method="none")
        from qa.conversation import resolve_followup

        q = parse_question(question, view.meta, view.month_periods, cal=view.calendar)
        if q.in_basis_points:
            question = q.text  # "By how many basis points ...?" is read as "By how much ...?" (a count is not asked)
        other = view.foreign_name(q.text)
        if other:
            who = view.meta.company or view.meta.id
            reason = f"The filing is {who}'s; it says nothing about {other}."
            return Answer(status="not_found", text=reason, reason=reason, method="rules")
        period_followup = q.followup in ("shift_year", "same")
        part_asked = _part_asked_before(history, any(p.relative for p in q.periods)) if period_followup else None
        if part_asked is not None:
            # "And a year earlier?" after "Which segment had the highest revenue?": the same question at the
            # period the follow-up names, asked afresh; where that finds no part, the follow-up is read as usual
            from qa.conversation import _ELLIPTIC

            again = self._ask_filing(f"{part_asked.rstrip(' ?')} {_ELLIPTIC.sub('', question).strip(' ?')}?", fid, [])
            if (again.plan or {}).get("qtype") == "which_member":
                return again
        q, previous = resolve_followup(q, history, view, self)
        q = split_by_rows(q, lambda text: max((s for s, _, _ in view.table_candidates(text, set())[:1]), default=0.0))
        stated = stated_rate(q, view)  # a row that states the asked rate ("Internal growth") is read, not computed
        if stated is not None and _Solver(view, stated.clone(), previous).solve().status == "answered":
            q = stated
        plan = plan_from_query(question, q)
        blank = q.clone()  # solving may narrow the query (a range asked falls back to a lookup)
        solver = _Solver(view, q, previous)
        ctx = AnswerContext(question=question, plan=plan, view=view, solver=solver, history=list(history or []))
        metric_asked = _metric_asked_before(history) if period_followup else None
        if metric_asked is not None and not metric_type.recognise(question, plan) and not COMPARES.search(question):
            # "And a year earlier?" after "What was gross margin in the third quarter?": the same metric, for the
            # period the follow-up moves to (the solver's query holds it), not the line item its name also is
            typed = metric_type.answer(AnswerContext(question=metric_asked, plan=plan, view=view, solver=solver,
                                                     history=list(history or [])))
            if typed is not None:
                plan.qtype = metric_type.name
                return self._finish_typed(typed, plan, view, metric_type.precision)
        for qtype in question_types():
            if qtype.recognise(question, plan):
                typed = qtype.answer(ctx)
                if typed is not None:
                    plan.qtype = qtype.name
                    if not getattr(qtype, "echoes_question", True):
                        plan.question, plan.items = "", []
                    # numbers the user wrote in this conversation ("what is that less 1?") may be program inputs
                    stated = [v for text in [question] + [t.question for t in history or []]
                              for v, _, _, _ in numbers_in_text(text)]
                    return self._finish_typed(typed, plan, view, getattr(qtype, "precision", None), stated)
        answer = solver.solve()
        if answer.status == "not_found" and self._assistant is not None and q.operation != "text":
            answer = self._llm_program(view, q, question, history, answer)
            if answer.status != "not_found":
                answer = verify(answer, view.parsed.facts)
                answer.in_filing = answer.verified
                answer.plan = plan.model_dump(mode="json")
                if answer.status == "answered":  # checked, but no calibrated confidence backs a model's program
                    answer.status = "uncertain"
                    answer.reason = ("A language model proposed this program over the filing's facts; it passed every "
                                     "check, but no calibrated confidence backs it.")
                return answer
        if answer.status == "not_found" and not history and _may_be_worded(question, q, answer):
            worded = self._in_words(view, q, previous, plan)
            if worded is not None:
                return worded
        if answer.status == "not_found":
            answer.plan = plan.model_dump(mode="json")
            # the rules found no operand: a program over the best-fitting facts may still be
            # answered, but only when the chooser is confident and it fits the question
            found = self._enumerated(view, blank, previous, plan, [])
            if not found:
                return answer
            chosen = self._choose(found, plan, view)
            if chosen.status == "answered":
                return chosen
            if chosen.status == "uncertain" and chosen.fits_question and (chosen.confidence or 0.0) >= self.OFFER_FLOOR:
                # no row named the item as asked, but a candidate fits and is as likely right as not:
                # offered as uncertain, with the rules' reason, rather than a bare refusal. Where that
                # reason is "the filing does not report X", it would contradict the figure beside it:
                # the reason then says what failed, the wording
                first = OFFERED_REASON if (answer.reason or "").startswith(NOT_REPORTED) else answer.reason
                chosen.reason = f"{first or ''} {chosen.reason or ''}".strip()
                return chosen
            return answer
        candidates = [(answer, solver)] + self._runners_up(view, blank, previous, answer, solver)
        candidates += self._enumerated(view, blank, previous, plan, candidates)
        answer = self._choose(candidates, plan, view)
        why = _ranks_no_part(question, answer)
        if why:
            withhold(answer, why)
        if self._assistant is not None:
            answer = self._llm_wording(view, q, question, answer)
        return answer

    # candidates and the chooser ------------------------------------------------------------------
    MAX_RUNNERS_UP = 4
    OFFER_FLOOR = 0.5  # where the rules refuse, a fitting candidate at least this confident is offered as uncertain

    def _in_words(self, view: FilingView, q: Query, previous, plan: Plan) -> Answer | None:
        """A question no row or sentence gives a figure for, asked again as a question in words:
        the sentences that carry its words, quoted, through the chooser like any quote (None when
        no sentence carries enough of them)."""
        worded, worded_plan = q.clone(), plan.model_copy(deep=True)
        worded.operation = worded_plan.operation = worded_plan.qtype = "text"
        worded_plan.form = "text"
        solver = _Solver(view, worded, previous)
        answer = solver.text_answer()
        if answer.status != "answered":
            return None
        candidates = [(answer, solver)] + self._text_runners_up(view, worded, previous, solver)
        chosen = self._choose(candidates, worded_plan, view)
        why = _quote_not_worded(view, chosen) if chosen.status == "answered" else None
        if why is None and chosen.status == "answered" and chosen.citations \
                and any(p.relative is None and p.instant for p in q.periods) \
                and not any(chosen.citations[0].start <= f.source.start < chosen.citations[0].end for f in view.text_facts):
            # "What was pro forma net leverage at December 31, 2024?": a balance asked at a date, a sentence with no figure
            # ("What program was initiated during fiscal 2019?" asks in words: a span, no instant)
            why = "the question asks for a figure at a date it names; the quoted sentence states none"
        if why:
            withhold(chosen, why)
        return chosen

    def _runners_up(self, view: FilingView, q: Query, previous, answer: Answer, solver: "_Solver") -> list:
        """Other programs for the same plan: each operand of the best answer in turn is set aside
        and the plan solved again, so the next-best fact takes its place."""
        if answer.status == "answered" and answer.method == "extractive" and solver.text_fit is not None:
            return self._text_runners_up(view, q, previous, solver)
        if answer.status != "answered" or not solver.trace:
            return []
        out, seen = [], {(answer.value.amount, answer.value.low) if answer.value else answer.text}
        used = [fid for t in solver.trace for fid in t.fact_ids]
        excluded: list[frozenset[str]] = [frozenset({fid}) for fid in dict.fromkeys(used)]
        while excluded and len(out) < self.MAX_RUNNERS_UP:
            exclude = excluded.pop(0)
            alt_solver = _Solver(view, q.clone(), previous, exclude=exclude)
            alt = alt_solver.solve()
            key = (alt.value.amount, alt.value.low) if alt.value else alt.text
            if alt.status != "answered" or key in seen:
                continue
            seen.add(key)
            out.append((alt, alt_solver))
            # the runner-up's own operand set aside too: a third candidate for the same slot
            for t in alt_solver.trace:
                for fid in t.fact_ids:
                    if fid not in exclude and fid not in used and len(excluded) < 8:
                        excluded.append(exclude | {fid})
        return out

    MAX_TEXT_RUNNERS_UP = 2

    def _text_runners_up(self, view: FilingView, q: Query, previous, solver: "_Solver") -> list:
        """The next-best sentences for a question answered in words, each quoted and cited."""
        out, skip = [], {solver.text_fit[0]}
        for _ in range(self.MAX_TEXT_RUNNERS_UP):
            alt_solver = _Solver(view, q.clone(), previous)
            alt_solver.skip_sentences, alt_solver.text_ranking = frozenset(skip), solver.text_ranking
            alt = alt_solver.text_answer()
            if alt.status != "answered" or alt_solver.text_fit is None:
                break
            out.append((alt, alt_solver))
            skip.add(alt_solver.text_fit[0])
        return out

    def _enumerated(self, view: FilingView, q: Query, previous, plan: Plan, have: list) -> list:
        """Programs of the plan's operation over the best-fitting facts (qa/candidates.py), each
        worded and cited like a rules answer; those the rules already produced are not repeated."""
        if plan.operation in ("text", "previous", "range") or q.followup == "combine_previous":
            return []
        seen = {_candidate_of(a, s).key for a, s in have}
        specs = _Solver(view, q.clone(), previous).specs()
        out = []
        for cand in enumerate_programs(view, plan):
            if cand.key in seen:
                continue
            solver = _Solver(view, q.clone(), previous)
            ops = [Operand([f], view.label_of(f) if f.kind == "table" else f.label,
                           f.period if f.kind == "table" else _period_text(view, f), 0.0) for f in cand.facts]
            try:
                where = [say_period(o.period, o.facts[0].column_label) if o.period else (o.facts[0].column_label or "")
                         for o in ops]
                if cand.operation == "lookup":
                    ans = solver.state(ops[0])
                elif len(ops) > 2:
                    ans = solver._combine_many(ops, cand.operation, where)
                else:
                    ans = solver._combine(ops[0], ops[1], cand.operation, where[0], where[1])
            except (ProgramError, ArithmeticError, ValueError):
                continue
            if ans.status != "answered":
                continue
            for i, (o, f) in enumerate(zip(ops, cand.facts)):
                item = plan.items[min(i, len(plan.items) - 1)].text if plan.items else plan.question
                solver._trace(item, specs[0] if specs else PeriodSpec(text=DEFAULT_PERIOD), o, [])
                solver.trace[-1].score = match_label(item, view.label_of(f), view.parent_of(f)) if f.kind == "table" \
                    else view.prose_score(item, f)
                solver.trace[-1].period_ok = not any(p.relative is None for p in q.periods) or \
                    any(fits_fact(sp, f, view.label_of(f)) for sp in specs)
            solver.candidate = cand
            out.append((ans, solver))
        return out

    def _choose(self, candidates: list, plan: Plan, view: FilingView) -> Answer:
        """Verify and fit-check every candidate, score it with the learned chooser, keep the best;
        `answered` only when it is in the filing, fits the question and is confident enough."""
        chooser = get_chooser()
        judged, vectors = [], []
        asked = asked_periods(plan, view.calendar)  # the chooser's year and period features, once per question
        for rank, (ans, solver) in enumerate(candidates):
            enumerated = getattr(solver, "candidate", None) is not None
            if enumerated:  # built from the filing's facts by an exact program: checked once chosen (below)
                ans.in_filing = True
            else:
                ans = verify(ans, view.parsed.facts)
                ans.in_filing = ans.verified and ans.status != "unverified"
            from_previous = bool(ans.program) and not solver.trace and solver.q.followup == "combine_previous"
            fits, problems = fits_question(ans, solver.trace, plan, from_previous=from_previous)
            ans.fits_question = fits
            cand = getattr(solver, "candidate", None) or _candidate_of(ans, solver)
            if cand.source == "rules" and solver.text_fit is not None:  # a quoted sentence: its fit and margin
                _, fit, next_fit = solver.text_fit
                cand.rules = {"score": fit, "margin": fit - next_fit, "rivals": 0, "fits": fits}
            elif cand.source == "rules":
                cand.rules = {"score": min((t.score for t in solver.trace), default=0.0),
                              "margin": min(((t.score - t.runner_up) if t.runner_up is not None else 1.0 for t in solver.trace),
                                            default=0.0),
                              "rivals": sum(t.n_rivals for t in solver.trace), "fits": fits}
            vectors.append(features(view, plan, cand, ans, rank, len(candidates), asked))
            # checks the chooser was trained without, so after its features: a segment asked and not
            # tagged (or a part not asked), a row from the other side of the statement
            member = unasked_member(view, cand.facts, _resolved(plan, solver))
            late = ([member] if member is not None else []) + late_problems(
                view, plan.operation, " ".join(_resolved(plan, solver)), solver.trace, cand.facts, ans.program,
                named_periods=sum(1 for p in solver.q.periods if p.relative is None))
            if late:
                ans.fits_question = False
                problems.extend(late)
            ans.plan = plan.model_dump(mode="json")
            judged.append((ans, solver, problems))
        vectors = with_relative(vectors, [_value_key(a) for a, _, _ in judged])
        vector_of = {id(solver): vec for (_, solver, _), vec in zip(judged, vectors)}  # the chosen one's threshold
        confidences = chooser.confidences(vectors) if chooser else [None] * len(judged)
        for (ans, solver, _), conf, vec in zip(judged, confidences, vectors):
            ans.confidence = None if conf is None else round(conf, 4)
            combined = _combined_confidence(*solver.combined, solver.previous) \
                if conf is not None and solver.combined is not None and ans.program else None
            if combined is not None:
                ans.confidence = round(combined, 4)
            if self.collect is not None:  # training (qa/train_chooser.py): every candidate with its features
                self.collect.append((vec, ans.model_copy(deep=True)))
        usable = [j for j in judged if j[0].status == "answered"] or judged
        # candidates that pass the independent fit check (item, period, unit asked) come first
        ranked = sorted(usable, key=lambda j: (not j[0].fits_question, -(j[0].confidence or 0.0), judged.index(j)))
        for i, (ans, solver, problems) in enumerate(ranked[:4]):  # the shown ones: the verifier has the last word
            if getattr(solver, "candidate", None) is not None:
                checked = verify(ans, view.parsed.facts)
                checked.in_filing = checked.verified and checked.status != "unverified"
                ranked[i] = (checked, solver, problems)
        usable = [j for j in ranked[:4] if j[0].status == "answered"] or ranked[:1]
        best, solver, problems = usable[0]
        twin = None
        # the one cell a lookup states (a flip to an outflow's amount keeps its figure, so its cell too)
        fact = solver._fact_for_citation(best, best.figures[0]) if best.figures and best.status == "answered" else None
        if fact is not None:
            flipped = as_outflow(best, plan.question or solver.q.text, fact.as_printed)
            if flipped is best:  # not asked as a payment: the filer's tag may still say its sign
                flipped = as_tagged(best, view, fact, plan.question or solver.q.text)
            if flipped is not best:
                best = verify(flipped, view.parsed.facts)
                best.in_filing = best.verified and best.status != "unverified"
            elif best.status == "answered" and len(best.figures) == 1 and not best.program:
                twin = unresolved_twin(view, fact, " ".join(_resolved(plan, solver)))
                if twin is not None:
                    problems = [twin_problem(view, fact, twin)]
        others = [j[0] for j in usable[1:]]
        for alt in others:
            alt.status, alt.alternatives = "uncertain", []
        if best.status != "answered":
            return best
        if solver.conflict is not None:
            return self._conflict(best, solver, view, plan)
        threshold = chooser.threshold_for(vector_of.get(id(solver))) if chooser else 0.0
        if twin is not None or not best.fits_question or (best.confidence is not None and best.confidence < threshold):
            why = "; ".join(problems) if problems else \
                f"confidence {best.confidence:.2f} is below the threshold {threshold:.2f} chosen for at most 5 % wrong answers"
            withhold(best, why)
            best.alternatives = sorted(others, key=lambda a: -(a.confidence or 0.0))[:3]
        return best

    def _conflict(self, best: Answer, solver: "_Solver", view: FilingView, plan: Plan) -> Answer:
        """Two sources in the filing state different figures for the same item and period: cite both, settle neither."""
        a, b = solver.conflict
        fa, fb = _figure(view, a, solver.citer), _figure(view, b, solver.citer)
        where = lambda f: "a table" if f.kind == "table" else "the text"  # noqa: E731
        text = (f"The filing states two different figures for this: {say_amount(a.value, a.unit)} in {where(a)} [{fa.citation}] "
                f"and {say_amount(b.value, b.unit)} in {where(b)} [{fb.citation}]. FilingQA does not pick one; read both sources.")
        out = Answer(status="conflict", text=text, figures=[fa, fb], citations=solver.citer.citations, method="rules",
                     reason="two sources in the filing disagree on the same line item and period",
                     plan=plan.model_dump(mode="json"), confidence=best.confidence)
        out = verify(out, view.parsed.facts)
        out.status = "conflict"
        out.in_filing = all(f.verified for f in out.figures)
        out.alternatives = [best.model_copy(update={"status": "uncertain", "alternatives": []})]
        return out

    def _finish_typed(self, answer: Answer, plan: Plan, view: FilingView, precision: float | None,
                      stated: list[Decimal] = ()) -> Answer:
        """An answer from a registered question type: verified like any other, its plan attached.
        Its confidence, where the type sets none, is the type's measured precision; below the
        chooser's threshold it is `uncertain`, like any other answer."""
        if answer.status not in ("not_found",):
            checked = verify(answer, view.parsed.facts, stated) if answer.value is not None or answer.figures else answer
            if answer.status != "answered":
                checked.status = answer.status  # a type's uncertain or conflict stays as it said
            checked.in_filing = checked.verified if (answer.value is not None or answer.figures) else answer.in_filing
            answer = checked
            if answer.confidence is None and precision is not None:
                answer.confidence = precision
            chooser = get_chooser()
            threshold = chooser.threshold if chooser else 0.0
            if answer.status == "answered" and ((answer.confidence or 0.0) < threshold or not answer.fits_question):
                answer.status = "uncertain"
                answer.reason = answer.reason or "Not sure: this kind of answer is right less often than the threshold asks."
        answer.plan = plan.model_dump(mode="json")
        return answer

    def _llm_wording(self, view: FilingView, q: Query, question: str, answer: Answer) -> Answer:
        """The model's words, never its figures: it may rephrase a verified answer (opt-in with
        FILINGQA_LLM_REWORD=1, a model call per answer) or summarize passages for a free-form
        question the extractive rules could not answer. qa/llm_assist.py keeps either only if its
        checks pass (same numbers, a quoted sentence behind every summary sentence); the verifier
        has the last word on a rephrasing; otherwise the deterministic answer stands."""
        if answer.status == "answered" and os.environ.get("FILINGQA_LLM_REWORD") == "1":
            facts = view.parsed.facts
            return self._assistant.reword(answer, question,
                                          verifier=lambda a: verify(a, facts).status == "answered")
        if answer.status == "not_found" and q.operation == "text":
            try:
                hits = self.retriever().search(question, k=4, filing_ids=[view.meta.id])
            except Exception:  # no index to search: keep the refusal
                return answer
            summary = self._assistant.summarize(question, [h.chunk for h in hits], view.parsed.text)
            if summary is not None:
                return summary
        return answer

    def _llm_program(self, view: FilingView, q: Query, question: str, history, fallback: Answer) -> Answer:
        """The seam for a language model: it may propose a program over candidate facts; the
        proposal is checked in qa/llm_assist.py and verified here like any rules answer."""
        solver = _Solver(view, q, [])
        facts = solver.candidate_facts(limit=24)
        # the asked periods as the filing's own period strings (empty: the filing lacks them)
        specs = solver.specs()
        periods = {f.period for f in facts if f.period and any(fits(s, f.period) for s in specs)}
        proposal = self._assistant.program(question, facts, history, periods=periods, items=q.items,
                                           budget=self._assistant.new_budget())
        if proposal is None or proposal.result is None:
            return fallback
        citer = Citer(view.index)
        figures = [_figure(view, f, citer) for f in proposal.facts]
        unit = proposal.unit
        # no counts or other digits in the text: the verifier checks every number it states
        text = f"{fmt(proposal.result)} (computed by the program below from the cited figures " + \
            " ".join(f"[{f.citation}]" for f in figures) + ")."
        return Answer(status="answered", text=text, value=Value(amount=fmt(proposal.result), unit=unit), figures=figures,
                      program=proposal.steps, citations=citer.citations, method="llm")


def _figure(view: FilingView, f: Fact, citer: Citer, label: str | None = None, period: str | None = None) -> Figure:
    cid = citer.fact(f)
    per = period or (f.period if f.kind != "text" else _period_text(view, f))
    if per is None and f.kind == "text":
        spec = view.prose_period(f)
        if spec is not None and spec.end is not None:
            per = spec.end.isoformat()
    return Figure(amount=fmt(f.value), unit=f.unit, label=label or view.label_of(f), period=per,
                  verified=False, citation=cid, repaired=f.repaired)


# ------------------------------------------------------------------------------------- solver

class _Solver:
    """One question over one filing: pick operands, build the program, write the answer."""

    def __init__(self, view: FilingView, q: Query, previous: list[Answer], exclude: frozenset[str] = frozenset()):
        self.view = view
        self.q = q
        self.previous = previous
        self.cal = view.calendar
        self.context = set(tokens(q.text))
        self.citer = Citer(view.index)
        self.evidence: list[tuple[float, Fact]] = []  # (fit, fact) that fit the item but not the period/unit
        self.exclude = exclude          # fact ids this solver may not use (to enumerate runner-up candidates)
        self.trace: list[OperandTrace] = []  # one entry per operand found: what the chooser's features read
        self.conflict: tuple[Fact, Fact] | None = None  # two sources disagreeing on the same item and period
        self.skip_sentences: frozenset[int] = frozenset()  # sentences a runner-up text answer may not quote
        # (fit, sentence, share of the question's words it carries) best first, shared with runners-up
        self.text_ranking: list[tuple[float, int, float]] | None = None
        self.text_fit: tuple[int, float, float] | None = None  # quoted sentence, its share, the next sentence's share
        self.combined: tuple[Answer, Answer] | None = None  # the two earlier answers combine_previous used

    # periods -------------------------------------------------------------------------------
    def specs(self) -> list[PeriodSpec]:
        explicit = [p for p in self.q.periods if p.relative is None]
        base = explicit[0] if explicit else None
        if base is None:
            current = [p for p in self.q.periods if p.relative == "current"]
            base = resolve(current[0], self.cal) if current else resolve(PeriodSpec(text=DEFAULT_PERIOD, relative="current"), self.cal)
        out = []
        for p in self.q.periods:
            out.append(resolve(p, self.cal, base) if p.relative else p)
        if not out:
            out = [base]
        if len(out) == 1 and out[0].relative in ("year_earlier", "quarter_earlier") and not explicit and self.q.operation in ("difference", "percent_change"):
            out = [base, out[0]]
        if self.q.operation in ("difference", "percent_change") and len(out) == 1 and len(self.q.items) < 2 \
                and out[0].relative is None and _from_only(self.q.text, out[0].text):
            # "how much did net income change from the third quarter of 2022?": from then to the
            # filing's current period, not the year before the period named
            current = resolve(PeriodSpec(text=DEFAULT_PERIOD, relative="current"), self.cal)
            named = out[0]
            if current.end is not None and (current.end.year > named.year if named.year is not None
                                            else named.end is not None and current.end > named.end):
                return [current, named]
        if self.q.operation in ("difference", "percent_change") and len(out) == 1 and len(self.q.items) < 2:
            out.append(resolve(PeriodSpec(text="a year earlier", relative="year_earlier"), self.cal, out[0]))
        if self.q.operation in ("difference", "percent_change") and len(out) == 2 and all(p.relative in ("year_earlier", "quarter_earlier") for p in out):
            out[0] = base
        return out

    # operands ------------------------------------------------------------------------------
    def find(self, item: str, spec: PeriodSpec, unit: str | None = None, other: str | None = None,
             accept=None) -> Operand | None:
        """The best-fitting fact (or summed facts) for `item` in period `spec`.

        `other` is the question's other line item: its words must not earn a heading bonus here
        (the "Hardware" table's "Total revenues" is not the company's total). `accept` rejects
        facts that cannot be the operand (a whole smaller than its part).
        """
        best: tuple[float, int, int, Fact] | None = None
        says_total = re.search(r"\btotal\b", item, re.I) is not None
        item_concepts = concepts(item)
        context = self.context - set(tokens(other)) if other else self.context
        fitting: list[tuple[float, Fact]] = []   # every fact that fits item, period and unit, with its score
        item_words, best_key = set(content_tokens(item)), None
        undated_rows: list[tuple[float, Fact]] = []  # strong label matches whose column names no period
        for score, label, parent in self.view.table_candidates(item, context):
            if best is not None and score + TABLE_BONUS < best[0] - 0.3:
                break
            for f in self.view.by_label[(label, parent)]:
                if f.id in self.exclude:
                    continue
                s = score + TABLE_BONUS + self._unit_adjust(f.unit, unit, item_concepts)
                if s >= MIN_SCORE and f.period is None:
                    undated_rows.append((s, f))
                if s < MIN_SCORE:
                    if score >= MIN_SCORE and fits_fact(spec, f, self.view.label_of(f)):
                        self.evidence.append((score, f))  # the line item, but not in the asked unit
                    continue
                if not fits_fact(spec, f, self.view.label_of(f)):
                    self.evidence.append((s, f))
                    continue
                if accept is not None and not accept(f):
                    continue
                fitting.append((s, f))
                # among a row's cells that fit, the column that names the asked words ("Organic % Change" for
                # "organic growth in Europe", not the row's first percent column)
                key = (s, -self.view.table_order.get(f.source.table_id, 0), -(f.source.row or 0),
                       len(item_words & set(tokens(f.column_label or ""))))
                if best is None or key > best_key:
                    best, best_key = (*key[:3], f), key
        prose_best: tuple[float, Fact] | None = None
        for f in self.view.text_facts:
            if f.low is not None and f.high is not None:
                continue  # a guidance range answers range questions only
            if f.id in self.exclude or (accept is not None and not accept(f)):
                continue
            s = self.view.prose_score(item, f) + self._unit_adjust(f.unit, unit, item_concepts)
            if _EARLIER_NAMED.search(f.label or "") and not _EARLIER_NAMED.search(self.q.text) and not self.q.periods:
                s -= 0.2  # "from the prior quarterly dividend of $0.30": an earlier figure, where none is asked
            if s < MIN_SCORE:
                continue
            fspec = self.view.prose_period(f)
            if not fits_prose(spec, fspec):
                if spec.text == DEFAULT_PERIOD and (fspec is None or self.cal.current_end is None):
                    s -= 0.05  # no period asked, none in the tables: the prose figure is what there is
                elif spec.text == DEFAULT_PERIOD and (fspec.instant or fspec.months is None) and fspec.end is not None \
                        and 0 < (fspec.end - self.cal.current_end).days <= LATER_INSTANT_DAYS:
                    # no period asked: a count at a later date the filing gives (its cover's shares outstanding),
                    # or a figure beside a later date that is no span ("a dividend of $0.285, payable October 15")
                    s -= 0.05
                elif fspec is None and self._is_current(spec):
                    s -= 0.1
                else:
                    self.evidence.append((s - PROSE_MARGIN, f))
                    continue
            if s >= MIN_SCORE:
                fitting.append((s - PROSE_MARGIN, f))
            if s >= MIN_SCORE and (prose_best is None or s > prose_best[0]):
                prose_best = (s, f)
        if best is None and prose_best is None:
            return None
        if best is None or (prose_best is not None and prose_best[0] - PROSE_MARGIN > best[0]):
            f = prose_best[1]
            op = Operand([f], self.view.prose_label(f), _period_text(self.view, f), prose_best[0])
            # a table row that names the same item exactly, dated the same or not at all, with another figure: a conflict
            rivals = ([(best[0], best[3])] if best is not None else []) + sorted(undated_rows, key=lambda x: -x[0])
            # (a row with a word more is a part: "Maintenance capital expenditures" is no rival of capital expenditures)
            rival = next((g for sc, g in rivals if sc >= CONFLICT_MIN_FIT and not names_more(item, self.view.label_of(g))), None)
            if rival is not None and prose_best[0] >= CONFLICT_MIN_PROSE and rival.unit == f.unit \
                    and self._clause_names(item, f):
                row_values = [g for _, g in rivals if (g.source.table_id, g.source.row) == (rival.source.table_id, rival.source.row)]
                if not any(_same_figure(f, g) for g in row_values):
                    self.conflict = (f, rival)
            self._trace(item, spec, op, fitting)
            return op
        f = best[3]
        label = self.view.label_of(f)
        if prose_best is not None and best[0] >= CONFLICT_MIN_FIT and prose_best[0] >= CONFLICT_MIN_PROSE and prose_best[1].unit == f.unit \
                and not names_more(item, label) \
                and fits_prose(spec, self.view.prose_period(prose_best[1])) and not _same_figure(f, prose_best[1]) \
                and self._clause_names(item, prose_best[1]):
            self.conflict = (f, prose_best[1])  # the sentence names the same item and period with another figure
        if says_total and not is_total_row(label):
            parts = self._split_total(f)
            if len(parts) > 1:
                op = Operand(parts, f"total {_without_maturity(label)}", f.period, best[0])
                self._trace(item, spec, op, fitting)
                return op
        op = Operand([f], label, f.period, best[0])
        self._trace(item, spec, op, fitting)
        return op

    def _clause_names(self, item: str, f: Fact) -> bool:
        """Every word of the asked item stands in the figure's own clause, and the figure is the first
        its sentence states: the sentence states the figure *for* that item, not a figure of another
        item ("Online sales rose to $46.6 million, compared to net sales of $46.1 million ..."), nor its
        rate per a unit of something the item does not name ("... revenue per residential customer")."""
        asked = set(tokens(item))
        if _PER_UNIT.search(f.label or "") and not _PER_UNIT.search(item):
            return False  # "Monthly residential revenue per residential customer was $121.14": a rate, not the revenue
        return bool(asked) and asked <= (set(tokens(f.label)) | self.view.clause_tokens(f)) and self.view.first_in_sentence(f) \
            and not self._after_cause(f)

    def _after_cause(self, f: Fact) -> bool:
        """The figure comes after "due to", "driven by", "primarily" in its sentence: the amount of a
        cause ("Provision for income taxes increased ... primarily due to an unfavorable jurisdictional
        mix of earnings of $215 million"), or after "include": a part ("Total net sales include $3.4
        billion of revenue ... included in deferred revenue"), not a figure for the sentence's subject."""
        a, _ = self.view.index.sentence_of(f.source.start, f.source.end)
        return bool(_CAUSAL.search(self.view.text[a:f.source.start]))

    def _trace(self, item: str, spec: PeriodSpec, op: Operand, fitting: list[tuple[float, Fact]]) -> None:
        """Record what the chooser needs to judge this operand: its fit, its runner-up, the ambiguity."""
        chosen = {f.id for f in op.facts}
        rivals = [s for s, f in fitting if f.id not in chosen and f.value != op.value]
        f0 = op.facts[0]
        title = ""
        if f0.kind == "table":  # the row's heading and its column label (which names the item under word columns)
            heading = f"{self.view.parent_of(f0) or ''} {f0.column_label or ''}"
            title = self.view.table_titles.get(f0.source.table_id) or ""
        else:  # a prose figure names its item anywhere in its sentence
            a, b = self.view.index.sentence_of(f0.source.start, f0.source.end)
            heading = self.view.text[a:b]
        self.trace.append(OperandTrace(
            item=item, label=op.label, heading=heading,
            fact_ids=[f.id for f in op.facts], kind=op.facts[0].kind, score=op.score,
            runner_up=max(rivals) if rivals else None, n_rivals=len(rivals), period_named=spec.text != DEFAULT_PERIOD,
            unit=op.unit, title=title,
        ))

    def _split_total(self, f: Fact) -> list[Fact]:
        """Rows with the same label under different headings in one column (current and
        non-current term debt): the question's "total" is their sum."""
        label = _without_maturity(self.view.label_of(f))
        same = [g for g in self.view.table_facts
                if g.source.table_id == f.source.table_id and g.source.column == f.source.column
                and _without_maturity(self.view.label_of(g)) == label and g.unit == f.unit]
        kinds = {(self.view.parent_of(g), self.view.label_of(g)) for g in same}
        return same if len(same) > 1 and len(kinds) == len(same) else [f]

    @staticmethod
    def _unit_adjust(fact_unit: str, want: str | None, item_concepts: set[str]) -> float:
        if want is None:
            if fact_unit == "percent":
                return -0.2
            if fact_unit == "USD/share" and "eps" not in item_concepts:
                return -0.1 if "dividend" in item_concepts else -0.3  # a dividend declared is per share as often as not
            if fact_unit in ("shares", "count") and item_concepts:
                return -0.3
            return 0.0
        if want == fact_unit or {want, fact_unit} <= {"shares", "count"} or (want == "ratio" and fact_unit == "percent"):
            return 0.0  # a named ratio is printed as a percent as often as not ("Combined ratio 93.4 %")
        if want == "USD" and fact_unit == "USD/share":
            return -0.3
        return -1.0

    def _is_current(self, spec: PeriodSpec) -> bool:
        return (spec.end is not None and self.cal.current_end is not None and abs((spec.end - self.cal.current_end).days) <= 7
                and (spec.months is None or spec.instant or spec.months == self.cal.current_months))

    def candidate_facts(self, limit: int = 24) -> list[Fact]:
        """Facts whose labels fit the question best, for a language model to choose from."""
        seen: list[Fact] = []
        for item in self.q.items or [self.q.text]:
            for _, label, parent in self.view.table_candidates(item, self.context)[:6]:
                seen.extend(self.view.by_label[(label, parent)])
        return seen[:limit]

    # solving ---------------------------------------------------------------------------------
    def solve(self) -> Answer:
        q = self.q
        if q.followup == "combine_previous":
            return self.combine_previous()
        if q.operation == "text":
            return self.text_answer()
        if not q.items or not any(tokens(i) for i in q.items):
            return self.refuse("The question names no line item this filing reports.")
        if q.operation == "range":
            ans = self.range_answer()
            if ans is not None:
                return ans
            q.operation = "lookup"
        specs = self.specs()
        if q.operation == "lookup" and re.search(r"\brespectively\b", q.text, re.I):
            # "X in 2019, 2018 and 2017 respectively": several figures; one of them is not the answer
            return self.refuse("The question asks for several figures at once; ask for one period or item at a time.")
        if q.operation == "lookup":
            return self.lookup(q.items[0], specs[0])
        if q.operation in ("share", "ratio") and len(q.items) >= 2:
            return self.two_items(q.items[0], q.items[1], specs[0], q.operation)
        if q.operation == "ratio" and len(specs) >= 2:
            return self.over_periods(q.items[0], specs[:2], q.operation, keep_order=True)
        if q.operation in ("min", "max"):  # the highest or lowest over the periods the question spans
            years = self.years_over(q.items[0])
            if len(years) >= 2:
                return self.over_years(q.items[0], years, q.operation)
            return self.refuse("The question asks for the highest or lowest over several periods; name them.")
        if q.operation in ("difference", "percent_change", "greater", "sum", "average"):
            if len(q.items) >= 2:
                return self.two_items(q.items[0], q.items[1], specs[0], q.operation)
            if q.operation in ("sum", "average"):
                years = self.years_over(q.items[0])
                if len(years) >= 3:
                    return self.over_years(q.items[0], years, q.operation)
            if len(specs) < 2 and q.operation == "sum":
                return self.sum_one(q.items[0], specs[0])
            if len(specs) < 2:
                return self.lookup(q.items[0], specs[0])
            return self.over_periods(q.items[0], specs[:2], q.operation)
        return self.lookup(q.items[0], specs[0])

    def sum_one(self, item: str, spec: PeriodSpec) -> Answer:
        """'The combined value of the two grants': figures the filing lists together ("$25,000 and
        $150,000, respectively") are added; a printed total answers as it is; one lone figure is
        not a sum, so the answer is a refusal rather than that figure."""
        best_row = next(iter(self.view.table_candidates(item, set())), None)
        if best_row is not None and re.search(r"\b(?:combined|total|aggregate)\b", best_row[1], re.I):
            return self.lookup(item, spec)  # "the combined ratio": the filing prints the item under that name
        op = self.find(item, spec, self.q.expect_unit)
        if op is None:
            return self.not_found(item, spec)
        f0 = op.facts[0]
        if len(op.facts) > 1 or re.search(r"\b(?:total|combined|aggregate)\b", f"{op.label} {f0.column_label or ''}", re.I):
            return self.lookup(item, spec)
        listed = self.view.respectively_run(f0) if f0.kind == "text" else [f0]
        if len(listed) < 2:
            return self.refuse(f"The filing gives no separate figures to add up for “{_display_item(item)}”.")
        both = Operand(listed, op.label, op.period, op.score)
        figs = self._figures(both)
        steps: list[tuple[str, list]] = []
        self._operand_steps(both, steps)
        program = run(steps)
        value = Decimal(program[-1].result)
        parts = " and ".join(say_amount(f.value, f.unit) for f in listed)
        text = f"The sum is {say_amount(value, f0.unit)}: {parts}, as the filing lists them {self._cites(figs)}."
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit=f0.unit), figures=figs,
                      program=program, citations=self.citer.citations, method="rules")

    def _operand_steps(self, op: Operand, steps: list[tuple[str, list]]) -> str:
        if len(op.facts) == 1:
            return fmt(op.facts[0].value)
        steps.append(("sum", [fmt(f.value) for f in op.facts]))
        return f"#{len(steps) - 1}"

    def _figures(self, op: Operand) -> list[Figure]:
        return [_figure(self.view, f, self.citer) for f in op.facts]

    def _cites(self, figs: list[Figure]) -> str:
        return "".join(f"[{c}]" for c in dict.fromkeys(f.citation for f in figs))

    def lookup(self, item: str, spec: PeriodSpec) -> Answer:
        want = self.q.expect_unit
        op = self.find(item, spec, want)
        if op is None and want == "percent":  # a ratio the filing does not print: compute it from its parts
            if concepts(item) & {"grossprofit", "opincome", "netincome"}:
                return self.two_items(item, "total revenues", spec, "share")
            if "taxrate" in concepts(item):
                return self.two_items("provision for income taxes", "income before income taxes", spec, "share")
        if op is None and want == "ratio" and "currentratio" in concepts(item):
            return self.two_items("total current assets", "total current liabilities", spec, "ratio")
        if op is None and want == "percent":
            # "the average TCE rate": a rate the filing prints in dollars, on a row its label calls a rate
            op = self.find(item, spec, "USD", accept=lambda f: rate_in_dollars(self.q.text, self.view.label_of(f)))
        if op is None:
            return self.not_found(item, spec)
        return self.state(op)

    def state(self, op: Operand) -> Answer:
        """The answer that states one operand (a fact, or facts summed), with its period and citation."""
        figs = self._figures(op)
        steps: list[tuple[str, list]] = []
        arg = self._operand_steps(op, steps)  # a summed operand becomes a sum step
        if op.unit == "count" and op.value < 0 and len(op.facts) == 1 and "(" in (op.facts[0].as_printed or "") \
                and re.match(r"\s*how many\b", self.q.text, re.I) and not re.search(r"\bnet\b", op.label, re.I):
            # "How many stores were closed?" of "Stores closed (3)": 3 stores; but "Net new units (38)" is a net
            # decrease, not 38 units added
            steps.append(("multiply", [arg, "-1"]))
        program = run(steps) if steps else []
        value = Decimal(program[-1].result) if program else op.value
        unit = op.unit
        if unit == "percent" and value > 0 and re.search(r"\b(?:decreas|declin|fell|drop)\w*\s*$", self._before(op.facts[0]), re.I):
            note = " (a decrease, as the filing words it)"
        else:
            note = ""
        where = say_period(op.period, op.facts[0].column_label) if op.period else None
        f0 = op.facts[0]
        fspec = self.view.prose_period(f0) if f0.kind == "text" else None
        if fspec is not None and fspec.year is not None and not fspec.fiscal:
            where = str(fspec.year)  # the sentence names a year, not a span with an end date
        if len(op.facts) > 1:
            parts = " + ".join(f"{say_amount(f.value, f.unit)} {_quote_label(self.view.label_of(f))} under {_quote_label(self.view.parent_of(f) or '')}" for f in op.facts)
            text = f"{op.label.capitalize()} {prep(where)} was {say_amount(value, unit)}: {parts} {self._cites(figs)}."
        elif where and f0.kind == "text":  # a prose fragment is a quote, not a row label to name the figure by
            text = f"{say_amount(value, unit)}{note} {prep(where)}, as the filing states: {_quote_label(op.label)} {self._cites(figs)}."
        elif where and not (f0.kind == "table" and f0.column_label and not _PERIOD_WORDS.search(f0.column_label)):
            measure = _column_measure(f0.column_label or "", op.label) if f0.kind == "table" else None
            named = f"{_quote_label(op.label)}, {_quote_label(measure)}" if measure else _quote_label(op.label)
            text = f"{named} {prep(where)} was {say_amount(value, unit)}{note} {self._cites(figs)}."
        elif f0.kind == "table" and f0.column_label:  # a column that names no period says what the cell is
            text = f"{_quote_label(op.label)}, {_quote_label(f0.column_label)}: {say_amount(value, unit)} {self._cites(figs)}."
        else:  # a prose figure whose sentence names no period: say only what the filing says
            text = f"{say_amount(value, unit)}{note}, as the filing states: {_quote_label(op.label)} {self._cites(figs)}."
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit=unit), figures=figs,
                      program=program, citations=self.citer.citations, method="rules")

    def _before(self, f: Fact) -> str:
        return self.view.text[max(0, f.source.start - 30):f.source.start]

    def years_over(self, item: str) -> list[int]:
        """The years a sum or an average runs over: a span the question names ("between 2017 to 2019",
        "2017-2019"); for an average, highest or lowest that names no period ("the average cost of sales",
        "the greatest gross margin in the three year period"), every year the best-fitting row reports
        (one cell each)."""
        from qa.candidates import fact_year, fill_span, written_years

        written = written_years(self.q.text)
        if written:
            return fill_span(self.q.text, written)
        if self.q.operation not in ("average", "min", "max") or any(p.relative is None for p in self.q.periods):
            return []
        ranked = self.view.table_candidates(item, self.context)
        if not ranked or ranked[0][0] < MIN_SCORE:
            return []
        if self.q.operation == "average" and re.search(r"\baverage\b", ranked[0][1], re.I):
            return []  # "the average TCE rate" of a row printed "Average TCE rate": the row's own figure, not a mean of its years
        cells = [fact_year(f) for f in self.view.by_label[ranked[0][1:]] if f.kind == "table"]
        if None in cells or len(cells) != len(set(cells)):
            return []  # an undated cell, or two for one year: which ones the average is over is unclear
        return sorted(cells)

    def over_years(self, item: str, years: list[int], operation: str) -> Answer:
        """A sum, an average, the highest or the lowest of the item in each of `years`, latest first, each cited."""
        latest_first = sorted(years, reverse=True)
        ops = []
        for year in latest_first:
            spec = PeriodSpec(text=str(year), year=year)
            op = self.find(item, spec, None if self.q.expect_unit == "percent" else self.q.expect_unit)
            if op is None:
                return self.not_found(item, spec)
            ops.append(op)
        if len({tuple(f.id for f in o.facts) for o in ops}) < len(ops):
            return self.not_found(item, PeriodSpec(text=str(years[0]), year=years[0]))
        wheres = [say_period(o.period, o.facts[0].column_label) if o.period else str(y)
                  for o, y in zip(ops, latest_first)]
        return self._combine_many(ops, operation, wheres)

    def _operand_unit(self, operation: str) -> str | None:
        """The unit an operand is looked up in: the unit asked is the operand's only where the answer is
        the figure itself; a percent change, share or ratio is in percent or a ratio, its inputs are amounts."""
        return None if operation in ("percent_change", "share", "ratio") else self.q.expect_unit

    def over_periods(self, item: str, specs: list[PeriodSpec], operation: str, keep_order: bool = False) -> Answer:
        ops = []
        want = None if self.q.expect_unit == "percent" else self._operand_unit(operation)
        for spec in specs:
            op = self.find(item, spec, want)
            if op is None and not ops and want == "USD" and operation == "difference" and not MONEY_NAMED.search(self.q.text):
                want = None  # "How much did load factor change?": a rate's change, in points, where no amount is named
                op = self.find(item, spec, want)
            if op is None:
                return self.not_found(item, spec)
            ops.append(op)
        # later period first: a change is later minus earlier
        pairs = list(zip(specs, ops))
        if not keep_order:
            pairs.sort(key=lambda so: _when(so[0]), reverse=True)
        (s_new, new), (s_old, old) = pairs[0], pairs[1]
        opening = self._opening_balance(item, s_new, new, want)
        if opening is not None:
            s_old, old = opening
        if new.facts == old.facts:
            return self.not_found(item, s_old)
        return self._combine(new, old, operation, say_period(new.period, new.facts[0].column_label) if new.period else say_spec(s_new),
                             say_period(old.period, old.facts[0].column_label) if old.period else say_spec(s_old))

    def _opening_balance(self, item: str, span: PeriodSpec, new: Operand, want: str | None):
        """"The change in cash and cash equivalents during the first quarter": a balance changes over a
        span from the span's start (the balance the day before it), not from the same date a year
        earlier. (spec, operand) of that opening balance, where the question named only the span, the
        figure found for it is a balance, and the filing states the opening one; else None."""
        asked = [p for p in self.q.periods if p.relative is None]
        if len(self.q.periods) != 1 or len(asked) != 1 or span.end is None or not span.months or span.instant \
                or not (new.period and "/" not in new.period):
            return None
        start = add_months(span.end, -span.months)
        spec = PeriodSpec(text=f"the start of {span.text}", end=start, instant=True, tolerance_days=10)
        op = self.find(item, spec, want)
        if op is None or op.facts == new.facts or not op.period or "/" in op.period:
            return None
        return spec, op

    def two_items(self, a: str, b: str, spec: PeriodSpec, operation: str) -> Answer:
        want = self._operand_unit(operation)
        # a part's heading may name its whole ("Consumer" under "Net revenue:" for a share of total net revenue)
        op_a = self.find(a, spec, want, other=None if operation == "share" else b)
        if op_a is None:
            return self.not_found(a, spec)
        if operation == "share" and self._percent_of_whole_table(op_a, b):
            return self.state(op_a)  # "Cost of sales 60.8" in a table that prints "Net sales 100.0": the share, as stated
        accept = None
        if operation == "share" and op_a.value > 0 and (re.search(r"\btotal\b", b, re.I) or _PART_OF_WHOLE.search(self.q.text)):
            # a whole is larger than its part: a total that equals the part is a segment's own total
            accept = lambda f: f.value > op_a.value  # noqa: E731
        op_b = self.find(b, spec, op_a.unit if op_a.unit != "percent" else None, other=a, accept=accept)
        if op_b is None and operation == "share":
            op_b = self._table_total(op_a, b, spec)
        if op_b is None and operation == "share":
            # the part's name heads rows of several tables ("Marketplace" members and premium revenue): the
            # whole first, then the part in the whole's unit
            whole = self.find(b, spec, None, other=a)
            part = self.find(a, spec, whole.unit, other=None) if whole is not None and whole.unit != op_a.unit else None
            if part is not None and part.facts != whole.facts:
                op_a, op_b = part, whole
        if op_b is None:
            return self.not_found(b, spec)
        if operation == "share":
            op_a = self._part_above_whole(op_a, op_b)
            if op_a.unit == "percent" and op_b.unit in ("USD", "USD/share") and len(op_a.facts) == 1 \
                    and op_a.facts[0].kind == "text" and set(content_tokens(b)) <= self.view.sentence_tokens_of(op_a.facts[0]):
                return self.state(op_a)  # "accounted for approximately 12% of net sales": the share, as stated
        if op_a.facts == op_b.facts:
            if operation == "ratio" and op_a.unit == "ratio" and len(op_a.facts) == 1 \
                    and re.search(rf"\b{re.escape(a)}[\s-]+to[\s-]+{re.escape(b)}\b", self.view.label_of(op_a.facts[0]), re.I):
                return self.state(op_a)  # "The book-to-bill ratio was 1.04": the ratio the filing states by that name
            return self.refuse(f"“{a}” and “{b}” resolve to the same figure; the filing does not report them separately.")
        where = say_period(op_a.period, op_a.facts[0].column_label) if op_a.period else say_spec(spec)
        if _undated(op_a) and _undated(op_b):
            where = ""  # vote counts and other cells under word columns: no period to state
        return self._combine(op_a, op_b, operation, where, where)

    def _percent_of_whole_table(self, part: Operand, whole: str) -> bool:
        """Is the part a cell of a table of percents of the whole: one whose column prints the whole
        as 100 ("Net sales 100.0" atop "selected items as a percentage of net sales")?"""
        if part.unit != "percent" or len(part.facts) != 1 or part.facts[0].kind != "table":
            return False
        return any(g.value == 100 and match_label(whole, self.view.label_of(g)) >= 0.8
                   for g in self.view.same_column(part.facts[0]))

    def _part_above_whole(self, part: Operand, whole: Operand) -> Operand:
        """A part named the same in two blocks of the whole's table ("Consumer" under "Net revenue:"
        and under "Segment operating income:"): the one in the block the whole's total row closes."""
        if len(part.facts) != 1 or len(whole.facts) != 1:
            return part
        f, w = part.facts[0], whole.facts[0]
        if f.kind != "table" or w.kind != "table" or f.source.table_id != w.source.table_id or f.source.row is None \
                or w.source.row is None or not is_total_row(self.view.label_of(w)):
            return part
        label = self.view.label_of(f)
        block = [g for g in total_block(self.view, w) if g.unit == f.unit]
        if any(g.id == f.id for g in block):
            return part
        same = [g for g in block if self.view.label_of(g) == label and g.id not in self.exclude]
        if len(same) != 1:
            return part
        g = same[0]
        for t in self.trace:  # the chooser and the fit check read the row taken, under its heading
            if t.fact_ids == [f.id]:
                t.fact_ids, t.heading = [g.id], f"{self.view.parent_of(g) or ''} {g.column_label or ''}"
        return Operand([g], label, g.period, part.score)

    def _table_total(self, part: Operand, whole: str, spec: PeriodSpec) -> Operand | None:
        """"X as a proportion of total costs" where no row names the whole: the total row below the
        part in its own table and column, when it is labelled "Total" alone or in words the whole
        carries, and is larger than the part."""
        if not _TOTAL_ASKED.match(whole) or len(part.facts) != 1 or part.facts[0].kind != "table":
            return None
        f = part.facts[0]
        asked = set(tokens(whole))
        for g in self.view.same_column(f):
            if g.source.row <= f.source.row or g.unit != f.unit:
                continue
            label = self.view.label_of(g)
            if is_total_row(label) and set(tokens(label)) <= asked and g.value > f.value > 0:
                op = Operand([g], label, g.period, 0.0)
                self._trace(whole, spec, op, [])
                return op
        return None

    def _combine(self, a: Operand, b: Operand, operation: str, where_a: str, where_b: str) -> Answer:
        if {a.unit, b.unit} & {"percent"} and {a.unit, b.unit} & {"USD", "USD/share"} and operation != "greater":
            # "12% of net sales" over "$1.92 billion": a percent and an amount combine into nothing
            return self.refuse(f"The figures cannot be combined: {a.unit} and {b.unit}.")
        figs = self._figures(a) + self._figures(b)
        steps: list[tuple[str, list]] = []
        arg_a = self._operand_steps(a, steps)
        arg_b = self._operand_steps(b, steps)
        if operation == "share" and a.value < 0 < b.value and all("(" in (f.as_printed or "") for f in a.facts):
            # a part printed in parentheses (an allowance, an expense) as a share of a positive whole: its size
            steps.append(("multiply", [arg_a, "-1"]))
            arg_a = f"#{len(steps) - 1}"
        template = operation_type(operation)  # the question type's program template and wording (qa/qtypes/)
        asks_lower = operation == "greater" and _ASKS_LOWER.search(self.q.text) is not None
        # "Was X lower than Y?", "Which was smaller?": greater(Y, X), so that "yes" says the first asked is the smaller
        _template_step(steps, template, [arg_b, arg_a] if asks_lower else [arg_a, arg_b])
        unit = template.result_unit or a.unit
        try:
            program = run(steps)
        except ProgramError as exc:
            return self.refuse(f"The figures cannot be combined: {exc}.")
        la, lb = _quote_label(a.label), _quote_label(b.label)
        ca, cb = self._cites(self._figures(a)), self._cites(self._figures(b))
        result = program[-1].result
        if operation == "greater":
            winner = (a, where_a) if result == "yes" else (b, where_b)
            verdict = ("Yes: " if result == "yes" else "No: ") if _YES_NO_FORM.match(self.q.text) else ""
            text = (f"{verdict}{la} {prep(where_a)} was {say_amount(a.value, a.unit)} {ca} and {lb} {prep(where_b)} was "
                    f"{say_amount(b.value, b.unit)} {cb}; the {'smaller' if asks_lower else 'larger'} is "
                    f"{_quote_label(winner[0].label)} {prep(winner[1])}.")
            return Answer(status="answered", text=text, value=None, figures=figs, program=program,
                          citations=self.citer.citations, method="rules")
        value = Decimal(result)
        unrounded = _approx(program[-2].result, 6 if unit == "ratio" else 4) if template.round_places is not None else ""
        if unrounded and Decimal(program[-2].result) == value:
            unrounded = ""  # "-5%" of 58 against 1,160 is exact: no rounding to speak of
        amount = fmt(value) if unit == "ratio" else say_amount(value, unit)
        if operation == "difference" and unit == "percent":
            amount = f"{fmt(value)} percentage points"  # 84.6% against 83.4% is 1.2 points, not 1.2 %
            if self.q.in_basis_points:  # "How many basis points did NIM expand?": 0.06 points is 6 bps
                amount += f", {fmt(value * 100)} basis points"
        if operation == "difference" and where_a == where_b:
            head = f"The difference is {amount} (the first minus the second)"
        elif operation == "difference":
            direction = "an increase" if value > 0 else "a decrease" if value < 0 else "no change"
            if a.value < 0 and b.value < 0 and value != 0 and (moved(a.value, b.value, a.label) == "up") != (value > 0):
                # "Real estate taxes (19,774)" against "(19,190)": a deduction printed in parentheses grew
                direction = "larger in size" if value < 0 else "smaller in size"
            head = f"{template.head(amount, unrounded)} ({direction})"
        else:
            head = template.head(amount, unrounded)
        if where_a == where_b:
            text = (f"{head}: {la} {say_amount(a.value, a.unit)} {ca} and {lb} {say_amount(b.value, b.unit)} {cb}"
                    + (f" {prep(where_a)}." if where_a else "."))
        else:
            text = (f"{head}: {la} was {say_amount(a.value, a.unit)} {prep(where_a)} {ca} against "
                    f"{say_amount(b.value, b.unit)} {prep(where_b)} {cb}.")
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit=unit), figures=figs,
                      program=program, citations=self.citer.citations, method="rules")

    def _combine_many(self, ops: list[Operand], operation: str, wheres: list[str]) -> Answer:
        """A sum or an average of three or more figures ("the average dividend yield for 2017 to 2019")."""
        template = operation_type(operation)
        steps: list[tuple[str, list]] = []
        args = [self._operand_steps(o, steps) for o in ops]
        steps.append(({"add": "sum"}.get(template.step, template.step), args))
        try:
            program = run(steps)
            unrounded = ""
            if -Decimal(program[-1].result).as_tuple().exponent > MANY_PLACES:  # an average of three that does not end
                program = run(steps + [("round", [f"#{len(steps) - 1}", str(MANY_PLACES)])])
                unrounded = _approx(program[-2].result, MANY_PLACES + 4)
        except ProgramError as exc:
            return self.refuse(f"The figures cannot be combined: {exc}.")
        unit = template.result_unit or ops[0].unit
        value = Decimal(program[-1].result)
        amount = fmt(value) if unit == "ratio" else say_amount(value, unit)
        parts = "; ".join(f"{say_amount(o.value, o.unit)} {prep(w)} {self._cites(self._figures(o))}".replace("  ", " ")
                          for o, w in zip(ops, wheres))
        text = f"{template.head(amount, unrounded)}: {_quote_label(ops[0].label)} was {parts}."
        figs = [f for o in ops for f in self._figures(o)]
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit=unit), figures=figs,
                      program=program, citations=self.citer.citations, method="rules")

    def range_answer(self) -> Answer | None:
        item = self.q.items[0]
        specs = [resolve(p, self.cal) for p in self.q.periods if p.relative is None]
        if not specs and self.cal.fiscal_year and any(p.relative == "current" and p.months == 12 for p in self.q.periods):
            # "the full-year outlook" of a quarter's release: the fiscal year the quarter is in
            specs = find_periods(f"fiscal {self.cal.fiscal_year}", self.cal)[:1]
        specs = specs or [None]
        best = None
        for f in self.view.text_facts:
            if f.low is None or f.high is None:
                continue
            s = self.view.prose_score(item, f)
            spec = specs[0]
            fspec = self.view.prose_period(f)
            off = spec is not None and fspec is not None and not fits_prose(spec, fspec)
            if off:
                s -= 0.3
            # a range for the period asked before one for another period ("Outlook: for the third quarter
            # ... for full fiscal 2026 ...": the full-year outlook is the second)
            if s >= MIN_SCORE and (best is None or (not off, s) > best[0]):
                best = ((not off, s), f)
        table = self._table_range(item, specs[0])
        if table is not None and (best is None or table[0] > best[0]):
            _, low, high = table
            lid, hid = self.citer.fact(low), self.citer.fact(high)
            label = self.view.label_of(low)
            figs = [Figure(amount=fmt(low.value), unit=low.unit, label=f"{label} (low)", verified=True, citation=lid),
                    Figure(amount=fmt(high.value), unit=high.unit, label=f"{label} (high)", verified=True, citation=hid)]
            text = (f"The filing states a range of {say_amount(low.value, low.unit)} [{lid}] to "
                    f"{say_amount(high.value, high.unit)} [{hid}] for “{label}” in “{self.view.table_titles.get(low.source.table_id, '')}”.")
            return Answer(status="answered", text=text, value=Value(low=fmt(low.value), high=fmt(high.value), unit=low.unit),
                          figures=figs, citations=self.citer.citations, method="rules")
        if best is None:
            return None
        f = best[1]
        cid = self.citer.fact(f)
        figs = [Figure(amount=fmt(f.low), unit=f.unit, label=f"{f.label} (low)", verified=False, citation=cid),
                Figure(amount=fmt(f.high), unit=f.unit, label=f"{f.label} (high)", verified=False, citation=cid)]
        cit = self.citer.citations[cid - 1]
        text = (f"The filing states a range of {say_amount(f.low, f.unit)} to {say_amount(f.high, f.unit)} [{cid}]: "
                f"“{cit.quote}”")
        return Answer(status="answered", text=text, value=Value(low=fmt(f.low), high=fmt(f.high), unit=f.unit),
                      figures=figs, citations=self.citer.citations, method="rules")

    def _table_range(self, item: str, spec: PeriodSpec | None) -> tuple[tuple[bool, float], Fact, Fact] | None:
        """An outlook table's row with a "Low" and a "High" column ("Total revenues $ 5,990 $ 6,050" under
        "FULL YEAR 2025 OUTLOOK"): ((period fits, fit), low cell, high cell) of the best row, or None. The
        period fits where the table's title names the asked year (or no period is asked)."""
        best = None
        for score, label, parent in self.view.table_candidates(item, self.context)[:8]:
            rows: dict[tuple[str, int | None], dict[str, Fact]] = defaultdict(dict)
            for f in self.view.by_label[(label, parent)]:
                side = _RANGE_SIDE.fullmatch((f.column_label or "").strip())
                if side and f.value is not None and f.period is None:
                    rows[(f.source.table_id, f.source.row)][side["side"].lower()] = f
            for (table_id, _), cells in rows.items():
                if "low" not in cells or "high" not in cells or cells["low"].value > cells["high"].value:
                    continue
                title = self.view.table_titles.get(table_id) or ""
                fits = spec is None or (spec.end is not None and str(spec.end.year) in title)
                key = (fits, score + TABLE_BONUS - (0 if fits else 0.3))
                if key[1] >= MIN_SCORE and (best is None or key > best[0]):
                    best = (key, cells["low"], cells["high"])
        return best

    # text answers ------------------------------------------------------------------------------
    def text_answer(self) -> Answer:
        q = set(tokens(self.q.items[0] if self.q.items else self.q.text))
        q -= {"who", "where", "when", "which", "name"}
        if _WHEN.match(self.q.text):
            q -= {"date", "day"}  # "On what date ...": the date is the answer, not a word to find
        if not q:
            return self.refuse("The question names nothing to look for.")
        if self.text_ranking is None:
            self.text_ranking = self._rank_sentences(q)
        left = [r for r in self.text_ranking if r[1] not in self.skip_sentences]
        best = left[0] if left else None
        if best is None or max(share for _, _, share in left) < MIN_TEXT_SCORE:
            return self.refuse("The filing has no passage that answers this.")
        # the chooser reads the quoted sentence's share of the question's words and its lead over the
        # next sentence's (its features since training); a sentence raised by its meaning over one
        # with more of the words leads by nothing
        share = best[2]
        self.text_fit = (best[1], share, min(share, max(left[1][2], 0.0)) if len(left) > 1 else 0.0)
        a, b, _ = self.view.sentence_tokens[best[1]]
        sentence = self.view.text[a:b]
        caption = False
        if sentence.lstrip().startswith("(") and best[1] > 0:  # a cover-page caption: the value sits above it
            pa, pb, _ = self.view.sentence_tokens[best[1] - 1]
            if a - pb < 200:
                a, caption = pa, True
        who = re.match(r"\s*who\b", self.q.text, re.I) is not None
        if who and not _PERSON.search(self.view.text[a:b]) and best[1] > 0:
            # a title line of a signature block: the name stands on the line above it
            pa, pb, _ = self.view.sentence_tokens[best[1] - 1]
            if a - pb < 200 and _PERSON.search(self.view.text[pa:pb]):
                a, caption = pa, True
        if _WHY.match(self.q.text) and not _CAUSAL.search(sentence) \
                and best[1] + 1 < len(self.view.sentence_tokens):
            na, nb, _ = self.view.sentence_tokens[best[1] + 1]
            following = self.view.text[na:nb]
            if na - b < 5 and _CAUSAL.search(following) and _REFERS_BACK.match(following):
                b, caption = nb, True  # "... were $48.6 million. The increase was primarily due to ...": the reason follows
        office = asked_role(self.q.text)  # "Who is the CFO?": the name beside that title, not the sentence's first
        if office and holder(re.sub(r"\s+", " ", self.view.text[a:b]), office, people) is None:
            # the best passage names the office but no one as holding it: a later one that does; where none does and
            # the best names no person at all, the filing names no holder of the office
            for _, k, _ in left[1:8]:
                ka, kb, _ = self.view.sentence_tokens[k]
                if holder(re.sub(r"\s+", " ", self.view.text[ka:kb]), office, people) is not None:
                    a, b, caption = ka, kb, True
                    break
            else:
                if not _PERSON.search(self.view.text[a:b]):
                    return self.refuse(f"The filing names no one as its {office}: the passages that mention the office "
                                       f"name no holder of it.")
        cid = self.citer.span(a, b)
        quote = self.view.text[a:b]
        clause = "“" + re.sub(r"\s+", " ", quote) + "”" if caption else self._clause(quote, q)
        if who and clause and not _PERSON.search(clause) and _PERSON.search(quote):
            clause = "“" + re.sub(r"\s+", " ", quote) + "”"
        text = f"{clause} [{cid}]" if clause else f"“{quote}” [{cid}]"
        flat = re.sub(r"\s+", " ", quote)
        role = re.search(r"\bwho\s+(?:is|are|was|were)\s+(?:the\s+)?(?:\w+'s?\s+)?(?P<role>[a-z]+?(?:\s+[a-z]+?){0,2})s?\s*\??$",
                         self.q.text, re.I) if who else None  # "the trustee", "the administrative agent"
        name = (party_as(flat, role["role"]) if role else None) or (holder(flat, office, people) if office else None) \
            or (person_name(flat) if who else None)
        if name:
            text = f"{name}: {text}"  # who-questions are answered with the person, quoted with the title
        return Answer(status="answered", text=text, citations=self.citer.citations, method="extractive", verified=True)

    def _rank_sentences(self, q: set[str]) -> list[tuple[float, int, float]]:
        """(fit, sentence index) for every sentence sharing a word with the question, best first:
        the share of the question's idf-weighted words it carries, less a little for length."""
        idf = self.view.idf
        total = sum(idf.get(t, 1.0) for t in sorted(q))  # sorted: float sums the same in every process
        why = _WHY.match(self.q.text) is not None
        when = _WHEN.match(self.q.text) is not None
        out = []
        before = 0.0  # the fit of the sentence just before
        for i, (a, b, toks) in enumerate(self.view.sentence_tokens):
            got = sum(idf.get(t, 1.0) for t in sorted(q & toks))
            if when and got > 0 and not _DATE_PRINTED.search(self.view.text[a:b]):
                continue  # a date asked: a sentence that prints none does not answer it
            s = got / total - 0.0002 * max(0, (b - a) - 400) / 10 if got > 0 else 0.0
            fit_before, before = before, s
            if why and _NOT_A_REASON.search(self.view.text[a:b]):
                continue  # a heading or a lead-in ("... by program:") gives no reason
            if why and _CAUSAL.search(self.view.text[a:b]):
                if _REFERS_BACK.match(self.view.text[a:b]) and fit_before > s:
                    # "The increase of $7.3 million was primarily due to ...": the cause of what the sentence before names
                    s, got = fit_before, max(got, 1e-9)
                s += 0.1
            if got <= 0:
                continue
            out.append((s, i))
        out.sort(key=lambda x: (-x[0], x[1]))  # equal fits: the earlier sentence, as before
        return self._by_meaning(out)

    def _by_meaning(self, ranked: list[tuple[float, int]]) -> list[tuple[float, int, float]]:
        """(fit, sentence, share of words) best first: the best sentences by shared words re-ranked
        with their similarity in meaning to the question (qa/semantic.py): of TAT-QA dev's questions
        answered by a sentence, the one holding the gold span came first for 262 of 396 by words
        alone, 271 so. The rest keep their share as their fit."""
        from qa.semantic import meaning

        head, tail = ranked[:TEXT_RERANKED], ranked[TEXT_RERANKED:]
        spans = [self.view.sentence_tokens[i][:2] for _, i in head]
        sims = meaning().similarities(self.q.text, [self.view.text[a:b] for a, b in spans]) if head else []
        head = sorted(((s + TEXT_MEANING_WEIGHT * sim, i, s) for (s, i), sim in zip(head, sims)), key=lambda x: (-x[0], x[1]))
        return head + [(s, i, s) for s, i in tail]

    def _clause(self, quote: str, q: set[str]) -> str | None:
        # split at clause marks, never at quotation marks: those enclose defined terms (“Effective Date”)
        parts = [p.strip(" ,;") for p in re.split(r";|\s[—–]\s|\n+", quote) if p.strip(" ,;\"“”")]
        if len(parts) <= 1:
            return "“" + quote.strip() + "”"
        scored = [(len(q & set(tokens(p))), -len(p), p) for p in parts]
        best = max(scored)
        return "“" + best[2] + "”" if best[0] > 0 else None

    # previous turns ----------------------------------------------------------------------------
    def combine_previous(self) -> Answer:
        prev = [a for a in self.previous if a.value is not None and a.value.amount is not None and a.status in ("answered", "uncertain")]
        if len(prev) < 2:
            return self.refuse(NOT_TWO_EARLIER)
        if self.q.operation == "percent_change":
            rate = self._rate_of_change(prev[-1])
            if rate is not None:
                return rate
        a, b = prev[-2], prev[-1]
        fa = next((f for f in a.figures if f.amount == a.value.amount), None)
        fb = next((f for f in b.figures if f.amount == b.value.amount), None)
        if fa is None and fb is None and a.value.unit == b.value.unit and a.program and b.program:
            # two computed answers (a metric and the same metric a year earlier); a computed and a stated one are
            # most often "the change" and a value, which "what is the percentage change?" does not combine
            return self._combine_computed(a, b)
        if fa is None or fb is None or a.value.unit != b.value.unit:
            return self.refuse(NOT_COMPARABLE)
        ops = self._cited_operands([(a, fa), (b, fb)])
        if ops is None:
            return self.refuse("An earlier figure no longer matches the filing.")
        # later period first when both have one; otherwise the earlier-asked minus the later-asked
        if all(o.period for o in ops) and ops[0].period != ops[1].period:
            ops.sort(key=lambda o: o.period.split("/")[-1], reverse=True)
        operation = self.q.operation if self.q.operation in ("difference", "percent_change", "sum", "average", "greater", "ratio") else "difference"
        where = [say_period(o.period, o.facts[0].column_label) for o in ops]
        self.combined = (a, b)
        return self._combine(ops[0], ops[1], operation, where[0], where[1])

    def _cited_operands(self, cited: list[tuple[Answer, Figure]]) -> list[Operand] | None:
        """Earlier answers' figures back as operands over the facts they cite; None where one no
        longer matches the filing."""
        ops = []
        for ans, fig in cited:
            fact = self._fact_for_citation(ans, fig)
            if fact is None:
                return None
            ops.append(Operand([fact], fig.label, fig.period or fact.period, 1.0))
        return ops

    def _rate_of_change(self, change: Answer) -> Answer | None:
        """"And the percentage change?" right after "What was the difference?": the same two figures
        as a percent change (the difference over the earlier one), not the difference set against the
        answer before it. None when the last answer is not one subtraction of two cited figures."""
        if len(change.program) != 1 or change.program[0].op != "subtract" or len(change.figures) != 2:
            return None
        by_amount = {f.amount: f for f in change.figures}
        figs = [by_amount.get(arg) for arg in change.program[0].args]
        if any(f is None for f in figs) or figs[0] is figs[1]:
            return None
        ops = self._cited_operands([(change, fig) for fig in figs])
        if ops is None:
            return None
        self.combined = (change, change)
        return self._combine(ops[0], ops[1], "percent_change", *[say_period(o.period, o.facts[0].column_label) for o in ops])

    def _combine_computed(self, a: Answer, b: Answer) -> Answer:
        """"How did it change?" after two computed answers (a gross margin this year and a year earlier):
        both programs replayed, their inputs cited again, then one step; the later period first."""
        from types import SimpleNamespace

        from qa.qtypes.on_previous import _replay

        def last_end(ans: Answer) -> str:
            return max((f.period.split("/")[-1] for f in ans.figures if f.period), default="")

        if last_end(a) and last_end(b) and last_end(a) < last_end(b):
            a, b = b, a
        ctx = SimpleNamespace(solver=self, view=self.view)
        steps_a, figs_a = _replay(a, ctx)
        steps_b, figs_b = _replay(b, ctx, offset=len(steps_a or []))
        if not steps_a or not steps_b:
            return self.refuse(NOT_COMPARABLE)
        operation = self.q.operation if self.q.operation in ("difference", "percent_change") else "difference"
        template = operation_type(operation)
        steps = _template_step(steps_a + steps_b, template, [f"#{len(steps_a) - 1}", f"#{len(steps_a) + len(steps_b) - 1}"])
        try:
            program = run(steps)
        except ProgramError as exc:
            return self.refuse(f"The earlier answers cannot be combined: {exc}.")
        unit = template.result_unit or a.value.unit
        value = Decimal(program[-1].result)
        amount = fmt(value) if unit == "ratio" else say_amount(value, unit)
        points = " (percentage points)" if unit == "percent" and operation == "difference" else ""
        text = (f"{template.head(amount, _approx(program[-2].result, 4) if template.round_places is not None else '')}"
                f"{points}: the earlier answer {say_amount(Decimal(a.value.amount), a.value.unit)} against the earlier answer "
                f"{say_amount(Decimal(b.value.amount), b.value.unit)} (the program below repeats how each was computed).")
        self.combined = (a, b)
        # a metric's program reads its formula's constants (× 100): the verifier allows them for the metric method
        method = "metric" if "metric" in (a.method, b.method) else "rules"
        return Answer(status="answered", text=text, value=Value(amount=fmt(value), unit=unit), figures=figs_a + figs_b,
                      program=program, citations=self.citer.citations, method=method)

    def _fact_for_citation(self, ans: Answer, fig: Figure) -> Fact | None:
        cit = next((c for c in ans.citations if c.id == fig.citation), None)
        for f in self.view.parsed.facts:
            if fmt(f.value) == fig.amount and f.unit == fig.unit and (cit is None or cit.start <= f.source.start <= cit.end):
                if fig.period is None or f.period is None or f.period == fig.period or f.kind == "text":
                    return f
        return None

    # refusals ------------------------------------------------------------------------------
    def refuse(self, reason: str) -> Answer:
        return Answer(status="not_found", text=reason, reason=reason, citations=self.citer.citations, method="rules")

    def not_found(self, item: str, spec: PeriodSpec) -> Answer:
        """Say what is missing (the period, or the line item) and cite the closest evidence."""
        when = say_spec(spec)
        item = _display_item(item)
        ranked = sorted(self.evidence, key=lambda sf: -sf[0])
        near = [f for sc, f in ranked if sc >= ranked[0][0] - 0.05] if ranked else []
        if near:
            seen = set()
            for f in near:
                key = (f.source.table_id, f.source.row) if f.kind == "table" else ("s", f.source.start)
                if key in seen:
                    continue
                seen.add(key)
                self.citer.fact(f)
                if len(self.citer.citations) >= 2:
                    break
            reason = f"{NO_FIGURE} “{item.strip()}” in {when}; the closest rows of the filing are for other periods." \
                if spec.text != DEFAULT_PERIOD else f"{NO_FIGURE} “{item.strip()}” in the filing's current period; the closest are for other periods."
            operand_unit = self._operand_unit(self.q.operation)
            if operand_unit and all(f.unit != operand_unit for f in near):
                reason = f"{NO_FIGURE} “{item.strip()}” in {self.q.expect_unit}; the closest figures in the filing are in {near[0].unit}."
        elif spec.text == DEFAULT_PERIOD:
            reason = f"{NOT_REPORTED} “{item.strip()}”."
        else:
            reason = f"{NOT_REPORTED} “{item.strip()}” for {when}."
        return Answer(status="not_found", text=reason, reason=reason, citations=self.citer.citations, method="rules")


_PER_UNIT = re.compile(r"\bper\s+(?!cent\b)\w+", re.I)


def _template_step(steps: list, template, args: list) -> list:
    """`steps` with a question type's program step over `args`, and its rounding where it rounds."""
    steps.append((template.step, args))
    if template.round_places is not None:
        steps.append(("round", [f"#{len(steps) - 1}", str(template.round_places)]))
    return steps


def _part_asked_before(history, relative: bool) -> str | None:
    """The "which part" question ("Which segment had the highest revenue?") the conversation's last
    answers were the which_member type's answers to, or None. A follow-up that moves relative to the
    period ("And a year earlier?") follows only the question itself, not an earlier follow-up (whose
    period it would have to move from)."""
    from qa.qtypes.which_member import asked

    for n, turn in enumerate(reversed(list(history or []))):
        if (getattr(turn.answer, "plan", None) or {}).get("qtype") != "which_member":
            return None
        if asked(turn.question) is not None:
            return turn.question if n == 0 or not relative else None
    return None


def _metric_asked_before(history) -> str | None:
    """The question that named the metric a conversation's last answers computed (those answers by
    the metric type, through its period follow-ups), or None when the last answer is no metric's."""
    from qa.qtypes.metric import understand

    for turn in reversed(list(history or [])):
        if getattr(turn.answer, "method", None) != "metric":
            return None
        if understand(turn.question) is not None:
            return turn.question
    return None


def _without_maturity(label: str) -> str:
    """A label without its current / non-current qualifier ("Notes payable, current" -> "notes payable")."""
    t = re.sub(r"[,(]?\s*\b(?:non-?current|current|long-term|short-term|current portion of|less current portion)\b\)?", " ", label.lower())
    return " ".join(re.findall(r"[a-z0-9]+", t))


_PART_OF_WHOLE = re.compile(r"\b(?:share|portion|fraction|proportion|part)\s+of\b|\b(?:came|come|comes|went|go|goes)\s+(?:from|to)\b", re.I)


def _undated(op: Operand) -> bool:
    """A table cell under a column that names no period (votes "For", "3 Years"): say no period for it."""
    f = op.facts[0]
    return f.kind == "table" and bool(f.column_label) and not _PERIOD_WORDS.search(f.column_label or "") \
        and not _YEAR_RX.search(op.label)


def _display_item(item: str) -> str:
    """The asked line item for a message, without the question's helper words."""
    item = re.sub(r"\b(?:in|during|for|of|on)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)\b", " ", item)  # "granted to Jane Roe in March": the month is not the item
    words = [w for w in item.split() if w.lower() not in {"did", "does", "do", "have", "has", "had", "the", "in", "of", "for",
                                                         "was", "were", "is", "are", "what", "how", "much", "many"}]
    return " ".join(words) or item.strip()


def _period_text(view: FilingView, f: Fact) -> str | None:
    if f.period and f.kind != "text":
        return f.period
    spec = view.prose_period(f)
    if spec is None or spec.end is None:
        return None
    if f.period and spec.text == f.period:
        return f.period
    if spec.instant or not spec.months:
        return spec.end.isoformat()
    start = add_months(spec.end, -spec.months)
    from datetime import timedelta

    return f"{(start + timedelta(days=1)).isoformat()}/{spec.end.isoformat()}"

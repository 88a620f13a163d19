"""Does the answer fit the question? An independent check of each operand against the plan.

`verify` (qa/verify.py) proves that a figure is *in the filing*; this module checks that it is
*what was asked*: the operand's row label (with its heading) carries the asked line item's words
or concept, its period was matched to the asked period (not assumed), and its unit is the unit
the question asks for. It reads only the plan and the operands' traces, never the chooser's
scores, so it can veto a confident but wrong pick.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from qa.lexicon import concepts, content_tokens, implied_words, is_total_row, normalize, tokens

MIN_ITEM_COVERAGE = 0.5   # share of the asked item's content words the label + heading must carry

_UNIT_FAMILIES = {"USD": {"USD"}, "USD/share": {"USD/share"}, "percent": {"percent"}, "ratio": {"ratio", "percent"},
                  "shares": {"shares", "count"}, "count": {"count", "shares"}}


# Words that, at the head of a line item ("Cost of license revenue", "Percentage of total net
# revenues", "Return on total assets"), make it a different quantity from the item they govern. A
# label headed by one names the asked item only when the question says a word of the same family;
# an asked item headed by one, only when the label or its heading does.
MEASURE_FAMILIES = {
    "cost": {"cost", "costs"},
    "percent": {"percentage", "percent", "%", "proportion"},
    "change": {"change", "changes", "increase", "increases", "decrease", "decreases", "growth", "decline"},
    "return": {"return", "returns"},
    "ratio": {"ratio"},
    "average": {"average"},
}
_FAMILY_OF = {w: fam for fam, words in MEASURE_FAMILIES.items() for w in words}
_GOVERNS = {"of", "on", "in", "to"}
# the families an operation itself says: "the percentage change of revenue" asks a percent change
# of the "Revenue" row, "the average cost of sales" an average of the "Cost of sales" row
_SAID_BY_OPERATION = {"percent_change": {"percent", "change"}, "difference": {"change"}, "subtract": {"change"},
                      "average": {"average"}, "share": {"percent"}, "ratio": {"ratio", "percent"},
                      "divide": {"ratio", "percent"}}
_WORD = re.compile(r"%|[a-z]+")
_ADDING = {"add", "subtract", "percent_change", "average", "sum"}   # operands must share a unit
_UNIT_KIND = {"USD": "USD", "USD/share": "USD/share", "percent": "percent", "ratio": "percent",
              "shares": "count", "count": "count"}


def _families(text: str) -> set[str]:
    return {_FAMILY_OF[w] for w in _WORD.findall(text.lower()) if w in _FAMILY_OF}


def _head_families(phrase: str, asked: bool = False) -> set[str]:
    """Measure families of the words before the first "of"/"on"/"in"/"to" of a phrase that has one.
    In an asked item, "return" heads a measure only before "on" ("return on assets"): "the return
    of the S&P 500 index" names that index's row of a performance table."""
    words = _WORD.findall(phrase.lower())
    cut = next((i for i, w in enumerate(words) if w in _GOVERNS), None)
    if not cut:
        return set()
    out = {_FAMILY_OF[w] for w in words[:cut] if w in _FAMILY_OF}
    if asked and words[cut] != "on":
        out.discard("return")
    return out


# "net charge-offs as a percentage of average loans", "the ratio of X to Y" asked; "X to Y" printed
_ASKED_RATIO = re.compile(r"^(?:the\s+)?(?:(?:ratio|percentage|proportion|share)\s+of\s+)?(?P<a>.+?)\s+"
                          r"(?:as\s+an?\s+(?:percent(?:age)?|share|proportion|fraction|ratio)\s+of|to)\s+(?P<b>.+)$", re.I)
_PRINTED_RATIO = re.compile(r"^(?P<a>.+?)\s+to\s+(?P<b>.+)$", re.I)
_SAYS_RATIO = re.compile(r"\bas\s+an?\s+(?:percent(?:age)?|share|proportion|fraction|ratio)\s+of\b|"
                         r"^(?:the\s+)?(?:ratio|percentage|proportion)\s+of\b", re.I)


def states_ratio(item: str, label: str) -> bool:
    """The label prints the asked ratio as "X to Y" ("Allowance to total loans" for "the allowance as a
    percentage of total loans"): its words before "to" name the asked part, those after it the whole."""
    asked, printed = _ASKED_RATIO.match(item.strip()), _PRINTED_RATIO.match(label.strip())
    if asked is None or printed is None or not _SAYS_RATIO.search(item):
        return False  # "amounts due to related parties" asks no ratio
    return bool(set(tokens(asked["a"])) & set(tokens(printed["a"]))) and bool(set(tokens(asked["b"])) & set(tokens(printed["b"])))


def measure_fits(question: str, item: str, label: str, heading: str = "", operations: set[str] = frozenset()) -> bool:
    """The label and the question measure the same thing: a label headed by a measure word
    ("Cost of ...") answers only a question that says it; an item headed by one ("return on ...")
    only a label or heading that says it, unless the answer's operation is that measure. A label
    "X to Y" is the ratio "X as a percentage of Y" asked."""
    if states_ratio(item, label):
        return True
    if not _head_families(label) <= _families(question):
        return False
    said = set().union(*(_SAID_BY_OPERATION.get(op, set()) for op in operations))
    return _head_families(item, asked=True) - said <= _families(f"{label} {heading}")


# the side of the income statement a phrase is on: a cost or an expense, or revenue
_SIDES = {"expense": {"expense", "expenses", "cost", "costs", "cogs", "opex", "sga", "gna", "rnd"},
          "revenue": {"revenue", "revenues", "sales"}}


def _side(text: str) -> str | None:
    words = set(_WORD.findall(normalize(text)))  # "Sales, general and administrative" is an expense (sga), not sales
    sides = [side for side, said in _SIDES.items() if words & said]
    return sides[0] if len(sides) == 1 else None


# heading words that make the rows under them a subset of the line item: the hedged items of a fair
# value hedge ("Hedged assets/(liabilities):" over "Current and non-current marketable securities"),
# assets pledged as collateral, an unconsolidated entity's figures
_SUBSET_HEADING = re.compile(r"\b(?:hedged|pledged|unconsolidated)\b", re.I)


# the basis a line item is stated on: net (of accumulated depreciation, allowances, returns) or
# gross, before them ("Real estate, at cost" is not "net real estate"; "Sales, net" not "gross sales")
_BASES = {"net": re.compile(r"\bnet\b", re.I), "gross": re.compile(r"\bgross\b|\bat cost\b", re.I)}


def _basis_problem(item: str, label: str) -> str | None:
    """The asked item says one basis and the row's label the other, without the item saying it too."""
    said = {b for b, pattern in _BASES.items() if pattern.search(item or "")}
    printed = {b for b, pattern in _BASES.items() if pattern.search(label or "")}
    if len(said) == 1 and printed and not printed & said:
        return f"the row “{label}” is stated {next(iter(printed))}, the question asks for the {next(iter(said))} figure"
    return None


_NON_GAAP = re.compile(r"\bnon[-\s]?gaap\b|\badjusted\b", re.I)
_GAAP = re.compile(r"(?<![-\w])(?<!non )gaap\b|\bas reported\b|\breported\b", re.I)
_ADJUSTMENTS = re.compile(r"\badjustments?\s*$", re.I)


def _reporting_basis_problem(question: str, label: str, heading: str, title: str = "") -> str | None:
    """A reconciliation's columns "GAAP | Adjustments | Non-GAAP": a figure asked on one basis is not
    the cell of another ("non-GAAP diluted EPS" is not the GAAP column's $0.58), and the adjustments
    column answers only a question about adjustments. An adjusted figure asked is not a row that neither
    it, its headings nor its table's title state adjusted ("adjusted diluted EPS" is not the income
    statement's "Diluted earnings per share")."""
    where = f"{label} {heading}"
    asked = "non-GAAP" if _NON_GAAP.search(question) else "GAAP" if _GAAP.search(question) else None
    if _ADJUSTMENTS.search(heading) and not re.search(r"\badjustments?\b", question, re.I):
        return f"the cell stands in the adjustments column (“{heading.strip()}”), which the question does not ask"
    printed = "non-GAAP" if _NON_GAAP.search(where) else "GAAP" if _GAAP.search(where) else None
    if asked and printed and asked != printed:
        return f"the cell is on a {printed} basis, the question asks for the {asked} figure"
    if asked == "non-GAAP" and printed is None and not _NON_GAAP.search(title):
        return f"the row “{label}” is not stated adjusted (non-GAAP), the question asks for the adjusted figure"
    return None


def section_problems(traces, question: str = "") -> list[str]:
    """Operands read from the other side of the statement than the asked item: "hardware expenses"
    answered by the "Hardware" row under "Revenues:" (the filing prints "Hardware" under both
    headings); or from under a heading that makes the row a subset the question does not ask
    ("Hedged assets"). Checked after the chooser's features (qa/answer.py), which were trained without it."""
    out = []
    for t in traces:
        if t.kind != "table":
            continue
        asked, have = _side(t.item), _side(f"{t.label} {t.heading}")
        if asked and have and asked != have:
            out.append(f"the row “{t.label}” sits under {have}, the question asks for {asked}")
        basis = _basis_problem(t.item, t.label) or _reporting_basis_problem(question, t.label, t.heading, t.title or "")
        if basis:
            out.append(basis)
        subset = _SUBSET_HEADING.search(f"{t.label} {t.heading}")
        if subset and not re.search(rf"\b{subset.group(0)[:5]}", question, re.I):
            out.append(f"the row “{t.label}” counts only the {subset.group(0).lower()} part, which the question does not ask")
    return out


def named_part_problems(view, traces) -> list[str]:
    """A part the question names, answered by a row that is not it: "subscription gross margin" by
    "Gross profit", "Enterprise Solutions revenue" by "Revenue", where the filing prints a row of that
    part's own name ("Subscription", "Enterprise Solutions") and the chosen row, its heading and its
    table's title do not say it. Checked after the chooser's features, like `section_problems`."""
    out = []
    for t in traces:
        if t.kind != "table":
            continue
        have = set(tokens(f"{t.label} {t.heading} {t.title}"))
        missing = set(content_tokens(t.item)) - have
        if not missing:
            continue
        part = next((label for label, words in view.part_labels if words <= missing), None)
        if part is not None:
            out.append(f"the question names “{part}”, which the row “{t.label}” is not")
    return out


_NOT_PRINTED = {"the", "a", "an", "of", "and", "in", "for", "on", "at", "to", "its", "their", "our", "what", "was", "were", "is"}


def _printed_words(text: str) -> set[str]:
    """The words of `text` as printed, lower case, a plural's "s" dropped, without function words."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _NOT_PRINTED}


def literal_row_problems(view, traces) -> list[str]:
    """A row that names the asked item by a synonym where its own column prints a row in more of the
    question's own words: "the Industrial gross margin" answered by "Gross profit" (both the GrossProfit
    concept to the vocabulary) above a "Gross margin" row. A row's heading counts as its words ("Gross
    margin:" over "New vehicle retail"). The other row adds only asked words to what the chosen one says,
    so the filer tells the two apart and the synonym is not the item asked. Words the column says and rows
    that are operands themselves ("current and non-current combined") are set aside. Checked after the
    chooser's features, like `section_problems`."""
    out = []
    used = {i for t in traces for i in t.fact_ids}  # "current and non-current combined": both rows are operands
    for t in traces:
        fact = view.facts_by_id.get(t.fact_ids[0]) if t.kind == "table" and t.fact_ids else None
        if fact is None or fact.source.table_id is None or fact.source.row is None:
            continue
        # the words as printed (the vocabulary's tokens make "gross margin" and "gross profit" one), less
        # the words the column says ("Non-USD denominated", "Industrial"), which are not the row's to say
        asked = _printed_words(t.item) - _printed_words(fact.column_label or "")
        chosen = _row_words(view, fact)
        if not asked - chosen:
            continue
        rival = next((view.label_of(f) for f in view.same_column(fact) if f.id not in used
                      and _says_more(_row_words(view, f), asked, chosen)), None)
        if rival is None:
            # a heading over the rows it totals ("Finance lease cost:" for "total finance lease cost"), where
            # the table prints no total of its own: "total" is the heading's to say
            table, _ = view.row(fact)
            headings = {r.parent for r in (table.rows if table is not None else []) if r.parent}  # that head rows
            rival = next((h for h in headings
                          if _says_more(_printed_words(h), asked - {"total"}, chosen - {"total"})), None)
        if rival is not None:
            out.append(f"the row “{rival.strip(' :')}” says more of “{t.item}” than “{t.label}”")
    return out


def _says_more(words: set[str], asked: set[str], chosen: set[str]) -> bool:
    """`words` hold more of the asked words than the chosen row's, adding no word the chosen row lacks."""
    return len(words & asked) > len(chosen & asked) and words - asked <= chosen - asked


def _row_words(view, fact) -> set[str]:
    """The printed words of a table fact's row label and its heading ("Gross margin:" over "New vehicle retail")."""
    _, row = view.row(fact)
    return _printed_words(f"{row.label} {row.parent or ''}" if row is not None else fact.label)


def deduction_problems(view, program, facts) -> list[str]:
    """A change taken over figures printed as deductions ("Research and development expense (8,006)" in
    a reconciliation of segment operating income) that the filing also states as positive amounts for
    the same periods (the income statement's 8,006): their difference reads an increase as a decrease.
    Checked after the chooser's features, like `section_problems`."""
    if not program or program[0].op != "subtract" or len(facts) < 2:
        return []  # (a percent change of two deductions is the percent change of the amounts)
    if not all(f.kind == "table" and f.value is not None and f.value < 0 for f in facts):
        return []
    twins = view.positive_twins
    if all((-f.value, f.period, f.unit) in twins for f in facts):
        return [f"the figures are printed as deductions; the filing states them as positive amounts elsewhere"]
    return []


_CHANGE_ROW = re.compile(r"^\s*(?:net\s+)?\(?(?:increase|decrease|change)s?\)?\b", re.I)


def change_of_change_problems(program, traces, named_periods: int) -> list[str]:
    """"The change in cash during the nine months": the row "Net increase (decrease) in cash" is that
    change; the difference between two periods of it is a change of a change, which a question naming
    one period (or none) does not ask. Checked after the chooser's features, like `section_problems`."""
    if not program or program[0].op not in ("subtract", "percent_change") or named_periods >= 2:
        return []
    rows = [t for t in traces if t.kind == "table"]
    if rows and all(_CHANGE_ROW.match(t.label) for t in rows):
        return [f"the row “{rows[0].label}” is itself a change, not a level to take the change of"]
    return []


def late_problems(view, operation: str, question: str, traces, facts, program, named_periods: int) -> list[str]:
    """The checks made after the chooser's features (which were trained without them): each says
    why a candidate does not fit, and any one keeps it from `answered`."""
    return (section_problems(traces, question) + negated_problems(question, traces) + enumerated_problems(traces)
            + part_problems(view, operation, facts) + named_part_problems(view, traces)
            + change_of_change_problems(program, traces, named_periods) + deduction_problems(view, program, facts)
            + literal_row_problems(view, traces) + per_unit_problems(view, question, traces, program)
            + netting_problems(view, traces)
            + counted_parts_problems(view, question, facts))


_SIDE_WORD = re.compile(r"^(?P<stem>.+?)\s+(?P<side>income|expenses?|gains?|losses?)$", re.I)
_OPPOSITE = {"income": "expense", "expense": "income", "expenses": "income", "gain": "loss", "gains": "losses",
             "loss": "gain", "losses": "gains"}


def netting_problems(view, traces) -> list[str]:
    """"Net interest expense" is interest expense less interest income: where the column prints both
    sides of the item, the one side without "net" is not the net figure asked. Checked after the
    chooser's features, like `section_problems`."""
    out = []
    for t in traces:
        fact = view.facts_by_id.get(t.fact_ids[0]) if t.kind == "table" and t.fact_ids else None
        if fact is None or not re.search(r"\bnet\b", t.item, re.I) or re.search(r"\bnet\b", t.label, re.I):
            continue
        side = _SIDE_WORD.match(re.sub(r"\s*\(\d\)|[:,]", "", t.label).strip())
        if side is None:
            continue
        opposite = f"{side['stem']} {_OPPOSITE[side['side'].lower()]}".lower()
        if any(view.label_of(f).lower().strip(" :").rstrip("s") == opposite.rstrip("s") for f in view.same_column(fact)):
            out.append(f"the question asks the net figure; the row “{t.label}” is one side of it")
    return out


# a figure per unit of something other than a share ("DD&A per GEO", "Cost of sales per GEO (3)", "Gold ($/ounce)")
_PER_THING = re.compile(r"\bper\s+(?!(?:(?:basic|diluted|common|ordinary|weighted|average)\s+(?:and\s+|or\s+|,\s*)?)*"
                        r"(?:shares?|ads|adss)\b)"
                        r"(?:an?\s+|each\s+)?(?P<what>[a-z][a-z&-]*)|\$\s*/\s*(?P<unit>[a-z]+)", re.I)
# a question that asks a price or a rate asks a figure per unit without saying "per": "the realized gold price"
_ASKS_PER_UNIT = re.compile(r"\bper\b|/|\beach\b|\baverage\b|\bprices?\b|\brates?\b|\byields?\b|\bunit\b|"
                            r"\bARPU\b|\bRevPAR\b|\bADR\b|\bAISC\b|\bCASM\b|\bRASM\b", re.I)


def _names_by_acronym(question: str, printed: str) -> bool:
    """The question names the row by the short form the row prints: "VPG" for "Volume per guest (VPG)"."""
    return any(re.search(rf"\b{re.escape(short)}\b", question) for short in re.findall(r"\(([A-Z][A-Za-z]{1,7})\)", printed))


def per_unit_problems(view, question: str, traces, program) -> list[str]:
    """A total where the question asks a figure per unit, or a figure per unit where it asks a total:
    "DD&A per GEO" is not the row "Depreciation, depletion and amortization", "cost of sales in the
    fourth quarter" is not "Cost of sales per GEO". A program that divides computes the figure per
    unit itself. Checked after the chooser's features, like `section_problems`."""
    if any(step.op == "divide" for step in program or []):
        return []
    asked = _PER_THING.search(question)
    out = []
    for t in traces:
        fact = view.facts_by_id.get(t.fact_ids[0]) if t.kind == "table" and t.fact_ids else None
        if fact is None:
            continue
        printed = f"{t.label} {t.heading} {fact.column_label or ''}"
        per = _PER_THING.search(printed)
        if asked and not per:
            out.append(f"the question asks a figure per {asked['what'] or asked['unit']}; the row “{t.label}” is not one")
        elif per and not asked and not _ASKS_PER_UNIT.search(question) and not _names_by_acronym(question, printed):
            out.append(f"the row “{t.label}” is a figure per {per['what'] or per['unit']}, which the question does not ask")
    return out


# what a question sets aside: "the depreciation that was not real-estate related", "other than real estate",
# "excluding fuel"; the words after it (up to two) are what the figure must not be
_NEGATED = re.compile(r"\b(?:not|other\s+than|excluding|except(?:\s+for)?|exclusive\s+of|apart\s+from)\s+(?:the\s+|any\s+)?"
                      r"(?P<what>[a-z]+(?:[-\s][a-z]+)?)", re.I)
_NOT_A_NEGATED_WORD = {"including", "included", "related", "counting", "reported", "yet", "only", "all", "be", "been",
                       "in", "on", "of", "a", "an", "to", "so", "as", "have", "has", "had", "available", "applicable"}


def negated_problems(question: str, traces) -> list[str]:
    """An operand whose row is what the question sets aside: "How much of depreciation was not real-estate
    related?" answered by "Real estate depreciation and amortization". The row may say the same
    negation itself ("Non-real estate depreciation", "Revenues, excluding fuel surcharge")."""
    out = []
    for m in _NEGATED.finditer(question or ""):
        words = [w for w in re.split(r"[-\s]+", m["what"].lower()) if w not in _NOT_A_NEGATED_WORD]
        words = words[:1] if len(words) > 1 and words[1] in ("related", "based") else words
        if not words:
            continue
        phrase = r"[-\s]+".join(re.escape(w) for w in words)
        said = re.compile(rf"\b{phrase}")
        said_negated = re.compile(rf"\b(?:not|non|no|other\s+than|excluding|except|ex)\b[^.;]{{0,30}}?{phrase}|\b(?:un|non-?){phrase}")
        for t in traces:
            label = (t.label or "").lower()
            if said.search(label) and not said_negated.search(label):
                out.append(f"the question sets aside “{m['what']}”, which the row “{t.label}” is")
    return list(dict.fromkeys(out))


# a row that lists what it adds up: "Total capital (Tier 1 and Tier 2)", "Cash (domestic and foreign)"
_ENUMERATED = re.compile(r"\(([^()]*?\S\s+and\s+\S[^()]*?)\)")


def enumerated_problems(traces) -> list[str]:
    """An operand whose row adds up parts it lists in parentheses, asked for one of them: "tier 2
    capital" answered by "Total capital (tier 1 and tier 2)". The item names one listed part and not
    the others, and nothing of the row outside its parentheses says that part."""
    out = []
    for t in traces:
        m = _ENUMERATED.search(t.label or "")
        if m is None or t.kind != "table":
            continue
        parts = [set(tokens(p)) for p in re.split(r",\s*|\s+and\s+", m.group(1)) if tokens(p)]
        asked, outside = set(tokens(t.item)), set(tokens(t.label[:m.start()] + " " + t.label[m.end():]))
        named = [p for p in parts if p <= asked and not p <= outside]
        if len(parts) >= 2 and len(named) == 1 and not all(p <= asked for p in parts):
            out.append(f"the row “{t.label}” adds the parts it lists; the question asks for one of them")
    return out


# "for the three segments", "of the two reportable segments": the sum of that many parts
_COUNTED_PARTS = re.compile(r"\b(?:the|its|our)\s+(?P<n>two|three|four|five|six|[2-9])\s+(?:\w+\s+)?"
                            r"(?:segments|divisions|regions|business(?:es)?|units|groups)\b", re.I)
_RECONCILING = re.compile(r"^\s*(?:corporate|eliminations?|intersegment|unallocated|other|all\s+other|reconciling)\b", re.I)


def counted_parts_problems(view, question: str, facts) -> list[str]:
    """A total row asked as "the three segments" where its block also holds a reconciling row that is
    not zero ("Corporate (22)"): the total is not the sum of the parts the question counts."""
    if not _COUNTED_PARTS.search(question):
        return []
    for f in facts:
        if f.kind != "table" or not is_total_row(view.label_of(f)):
            continue
        odd = [g for g in total_block(view, f) if _RECONCILING.match(view.label_of(g)) and g.value]
        if odd:
            return [f"“{view.label_of(f)}” also counts “{view.label_of(odd[0])}”, which is none of the parts asked"]
    return []


def total_block(view, total) -> list:
    """The cells a total row closes, in its table and column: upward from it to the row above
    that is itself a total (nearest first)."""
    if total.kind != "table" or total.source.row is None:
        return []
    column = [g for g in view.same_column(total) if g.source.row is not None and g.source.row < total.source.row]
    block = []
    for g in sorted(column, key=lambda g: -g.source.row):
        if is_total_row(view.label_of(g)):
            break
        block.append(g)
    return block


def part_problems(view, operation: str, facts) -> list[str]:
    """A share's part taken from another block of its whole's table, where the block the whole's
    total closes has a row of the same name ("Consumer" under "Segment operating income:" as a part
    of "Total net revenue", which closes its own "Consumer" row)."""
    if operation != "share" or len(facts) != 2:
        return []
    part, whole = facts
    if part.kind != "table" or whole.kind != "table" or part.source.table_id != whole.source.table_id \
            or not is_total_row(view.label_of(whole)):
        return []
    block = total_block(view, whole)
    label = view.label_of(part)
    if any(g.id == part.id for g in block) or not any(view.label_of(g) == label for g in block):
        return []
    return [f"“{label}” is taken from another block of the table than the one “{view.label_of(whole)}” totals"]


def _numbers(text: str) -> set[Decimal]:
    out = set()
    for m in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text):
        try:
            out.add(Decimal(m.replace(",", "")))
        except InvalidOperation:
            continue
    return out


def states_asked_number(question: str, amount: Decimal) -> bool:
    """The figure is a number the question itself states ("Of the 50 restaurants acquired, how many
    were sold?" answered 50), at its own scale or in thousands, millions or billions."""
    stated = _numbers(question)
    return any(amount == n * Decimal(10) ** k for n in stated for k in (0, 3, 6, 9))


# a heading over the adjustments of a reconciliation names where they lead, not what they are: the rows under
# "Adjustments to arrive at AFFO:" are no AFFO
_TOWARD = re.compile(r"\b(?:adjustments?|reconciling\s+items?)\s+(?:to\s+(?:arrive\s+at|reconcile(?:\s+\w+)?\s+to|get\s+to|derive)|for)\b.*$",
                     re.I)


def item_fits(item: str, label: str, heading: str = "") -> bool:
    """The label (with its heading) names the asked item: its concept, or most of its words."""
    heading = _TOWARD.sub(" ", heading)
    asked = set(tokens(item))
    if not asked:
        return False
    asked_concepts = concepts(item)
    have = set(tokens(f"{label} {heading}"))
    if asked_concepts and not asked_concepts <= (concepts(f"{label} {heading}") | have):
        return False
    have |= implied_words(set(tokens(label)))  # "cash" is named by "Cash and cash equivalents"
    return len(asked & have) / len(asked) >= MIN_ITEM_COVERAGE


def unit_fits(asked_unit: str | None, operation: str, operand_units: list[str], answer_unit: str | None) -> bool:
    """A lookup answers in the unit asked; a percent change or share is percent whatever its inputs."""
    if asked_unit is None or answer_unit is None:
        return True
    if operation in ("percent_change", "share") and answer_unit == "percent":
        return True
    if operation == "ratio":
        return answer_unit in ("ratio", "percent")
    return answer_unit in _UNIT_FAMILIES.get(asked_unit, {asked_unit})


# a percent named in so many words; without it a "rate" asked may be one the filing prints in dollars
_PERCENT_NAMED = re.compile(r"\bpercent|%|\bbasis points?\b", re.I)
_RATE_WORD = re.compile(r"\brates?\b", re.I)


def rate_in_dollars(question: str, label: str) -> bool:
    """"What was the average TCE rate?" of a row "Average TCE rate (per day) $41,850": a rate asked
    without naming a percent, of a row whose own label calls a dollar figure a rate (a day rate)."""
    return not _PERCENT_NAMED.search(question) and bool(_RATE_WORD.search(label))


def fits_question(answer, traces, plan, from_previous: bool = False) -> tuple[bool, list[str]]:
    """(fits, the reasons it does not) for a rules answer with operand traces. Operands taken from
    earlier answers of the conversation were checked when those were answered."""
    problems: list[str] = []
    if answer.method in ("extractive", "document") or from_previous:
        return True, problems
    if answer.value is not None and answer.value.low is not None:
        return True, problems  # a guidance range: the sentence states it as a range for the item
    if not traces:
        return answer.value is None, ([] if answer.value is None else ["no operand was traced"])
    question = plan.question or ""
    ops = {s.op for s in answer.program}
    operations = {plan.operation} | ops
    for t in traces:
        # the table's title names what its rows are of ("Enterprise Solutions" in "Revenue by Reportable Segments")
        if not item_fits(t.item, t.label, f"{t.heading} {t.title}"):
            problems.append(f"the row “{t.label}” does not name “{t.item}”")
        elif t.kind == "table" and not measure_fits(question, t.item, t.label, t.heading, operations):
            problems.append(f"the row “{t.label}” measures something else than “{t.item}”")
        if not t.period_ok:
            problems.append(f"the figure for “{t.item}” is not for the asked period")
        if t.kind == "text" and t.period_named and t.runner_up is None and t.score < 0.6:
            problems.append(f"the sentence for “{t.item}” fits the asked period only loosely")
    kinds = {_UNIT_KIND.get(t.unit, t.unit) for t in traces if t.unit}
    if ops & _ADDING and len(kinds) > 1:
        problems.append(f"the program adds or compares figures in different units ({', '.join(sorted(kinds))})")
    if not answer.program and len(answer.figures) == 1 and answer.value is not None and answer.value.amount is not None:
        if states_asked_number(question, Decimal(answer.value.amount)):
            problems.append("the figure is a number the question itself states")
        if "change" in _families(question) and not any("change" in _families(f"{t.label} {t.heading}") for t in traces):
            problems.append("the question asks for a change, the figure is a level")
    unit = answer.value.unit if answer.value is not None else None
    dollar_rate = plan.unit == "percent" and unit == "USD" and all(rate_in_dollars(question, t.label) for t in traces)
    if not dollar_rate and not unit_fits(plan.unit, plan.operation, [t.unit for t in traces], unit):
        problems.append(f"the answer is in {unit}, the question asks for {plan.unit}")
    return not problems, problems

"""Analyst words for line items, and how well a filing's own row label fits an asked item.

Analysts say "opex", "top line" or "EPS"; filings print "Total operating expenses", "SALES, Net
of returns and allowances" or "Net loss per common share, basic and diluted". Both sides are
rewritten into the same concept tokens (`revenue`, `opex`, `eps`, ...) and compared as weighted
token sets, so the filing's own labels are ranked rather than looked up in a fixed list.

    >>> match_label("R&D", "Research and development") > match_label("R&D", "General and administrative")
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

# (pattern, concept token). Order matters: longer, more specific phrases first, because a
# rewrite consumes its words ("cost of sales" must not leave "sales" behind for `revenue`).
_CONCEPTS: list[tuple[str, str]] = [
    # the filer's own units, not the filer: "Company sales", "Company-operated restaurants" (the
    # company's own stores beside its franchisees'); "the company sales" keeps "company" a stopword
    (r"company[- ](?:operated|owned)|(?<!the )(?<!this )(?<!a )(?<!our )(?<!its )(?<!each )(?<!which )(?<!what )"
     r"company(?= (?:sales|revenues?|restaurants?|stores?|units?|locations?)\b)", "companyop"),
    (r"total liabilities and (?:share|stock)holders'? (?:equity|deficit)", "liabequity"),
    (r"total liabilities and equity", "liabequity"),
    (r"(?:net )?cash(?:(?!equivalent)[^.?;]){0,40}?\b(?:operating activities|operations)\b", "opcashflow"),
    (r"operating cash flows?|cash flows? from operat\w+(?: activities)?|cash (?:flows? )?from ops\b|cash burn|burn rate", "opcashflow"),
    # how long the money lasts: "cash runway", "how long will its cash last", and the filer's "will be sufficient to fund ... into 2027"
    (r"(?:cash )?runway|\blong (?:will|would|can|could|does|do) (?:\S+ ){0,3}?(?:cash|capital|funds|liquidity) (?:\S+ ){0,6}?last"
     r"|sufficient to (?:fund|finance|meet|support)", "runway"),
    (r"cash,? cash equivalents,? and restricted cash", "cashequiv restricted"),
    (r"cash and cash equivalents|cash & cash equivalents|cash and equivalents", "cashequiv"),
    # bare "cash" said as a balance ("how much cash did it have", "cash at end of year", a "Cash" row) is cash
    # and equivalents; not cash dividends, flows or payments ("cash provided by", "cash from financing")
    (r"(?<!net )cash(?=\s*$|\s*[?.;]|\s+(?:balances?|on hand|at\b|held|position|holdings?|reserves?)|\s*,\s*(?:beginning|end)\b"
     r"|\s+(?:did|does|do|has|have|had|was|were|is|are)\s+(?:\S+\s+){0,3}?(?:have|hold|held|on hand|remain\w*|left|available)\b)",
     "cashequiv"),
    (r"cost of (?:net )?(?:sales|revenues?|goods sold)|cogs", "cogs"),
    (r"research and development|r ?& ?d\b|r and d\b", "rnd"),
    (r"(?:selling|sales),? general,? and administrative|selling,? administrative,? and general|sg ?& ?a\b|sa ?& ?g\b", "sga"),
    (r"general and administrative|g ?& ?a\b", "gna"),
    (r"(?:net )?(?:income|earnings|loss|\(loss\)|income \(loss\)|loss \(income\))+ per (?:(?:common|basic|diluted|and|ordinary|weighted|average|the) ){0,4}share|earnings per share|\beps\b", "eps"),
    (r"(?:income|loss|\(loss\)|profit|earnings) from operations|operating (?:income|loss|profit|earnings)(?: \(loss\))?|income \(loss\) from operations"
     r"|\bop\.? (?:income|loss|profit)", "opincome"),
    (r"(?:income|loss|earnings|profit|\(loss\)) before (?:provision for )?(?:income )?tax(?:es)?\b|pre-?tax (?:income|loss|profit)", "pretax"),
    (r"effective (?:income )?tax rate", "taxrate"),
    (r"current ratio|working capital ratio", "currentratio"),
    (r"\(?provision for\)?,? \(?benefit from\)?,? income taxes|\(?benefit from\)?,? \(?provision for\)?,? income taxes"
     r"|provision for \(?benefit from\)? income taxes|provision for (?:income )?taxes|income tax (?:expense|provision|benefit)(?: \(benefit\))?"
     r"|income taxes|income tax|tax provision|tax expense", "tax"),
    (r"gross (?:margin|profit)s?", "grossprofit"),
    (r"(?:total )?operating (?:costs and )?expenses?|opex|total costs and expenses", "opex"),
    (r"net (?:income|loss|earnings)(?: \(loss\)| \(income\))?|bottom line|net profit|profit|\blose\b|\blost\b", "netincome"),
    # debt less cash: a line item of its own, not the "Total debt" it is computed from
    (r"net (?:debt|indebtedness)", "netdebt"),
    # an asset manager's clients' money, not its own assets: "Total AUM" is no "total assets"
    (r"assets under (?:management|supervision|administration)", "aum"),
    (r"(?:share|stock)holders'? equity|stockholders'? deficit|shareholders'? deficit|total equity", "equity"),
    (r"capital expenditures?|capex|purchases? of property,? plant,? and equipment", "capex"),
    (r"property,? plant,? and equipment|pp ?& ?e\b|property and equipment", "ppe"),
    (r"depreciation,? (?:depletion,? )?and amortization|d ?& ?a\b|dd ?& ?a\b", "dna"),
    (r"accounts receivable|receivables|\ba/r\b", "receivables"),
    (r"(?:share|stock|equity)[- ]?based (?:compensation|comp)\b|stock comp(?:ensation)?\b|\bsbc\b", "sharebasedcomp"),
    (r"(?:share|stock) (?:buybacks?|repurchases?)|buybacks?|repurchases? of (?:our )?(?:common |ordinary )?(?:stock|shares)"
     r"|(?:shares?|stock) repurchased"
     r"|purchases? of treasury (?:stock|shares)|repurchase (?:program|plan|authorization)", "buyback"),
    (r"inventor(?:y|ies)", "inventory"),
    (r"dividends?(?: declared| paid)?", "dividend"),
    (r"(?:total )?(?:net )?revenues?|(?:total )?net sales|\bsales\b|top ?line|turnover|\bsells?\b|\bsold\b|\brevs?\b", "revenue"),
    (r"deferred revenues?|contract liabilit(?:y|ies)|unearned revenues?", "deferredrevenue"),
    # "net sales and revenues", "sales and revenues": sales with the other revenues (finance income), not "Net sales"
    (r"(?:total )?(?:net )?sales and (?:other )?revenues?", "salesrevenues"),
    (r"say[- ]on[- ]pay|advisory (?:votes? )?(?:on|to approve|approving) (?:the )?(?:executive compensation|"
     r"(?:the )?compensation (?:of|paid to) (?:our |the |[a-z0-9&.'-]+'s? ){0,2}named executive officers)", "sayonpay"),
    (r"comparable (?:store |restaurant |branch )?(?:net )?sales|same-? ?(?:store|restaurant) sales|comps\b", "compsales"),
    (r"(?:independent )?(?:registered )?(?:public )?accounting firm|(?:independent )?auditors?", "auditor"),
]
# deferred revenue must win over the generic revenue pattern: move it up front at compile time
_ORDER = ["deferredrevenue", "compsales", "salesrevenues"]
_CONCEPTS.sort(key=lambda pc: 0 if pc[1].split()[0] in _ORDER else 1)
# whole words only, so a concept token already written ("grossprofit") is never rewritten again
_COMPILED = [(re.compile(rf"(?<![a-z])(?:{p})(?![a-z])"), c) for p, c in _CONCEPTS]

_BOUND_PREFIX = re.compile(r"\b(non|pre|post|sub)[\s-]+(?=[a-z]{3,})")
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")

_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}

CONCEPT_TOKENS = {tok for _, c in _CONCEPTS for tok in c.split()} - {"restricted"}

_ABBREVIATIONS = [
    (r"\bq([1-4])\b", r"q\1"),
    (r"\byoy\b|\by/y\b|\byear-over-year\b", "year over year"),
    (r"\bchief financial officer\b", "cfo"),
    (r"\bchief executive officer\b", "ceo"),
    # analysts' shorthand for line items filers spell out
    (r"\bcet ?1\b", "common equity tier 1"),
    (r"\bfhlb\b", "federal home loan bank"),
    (r"\bop\.? (ratio|margin|expenses?|cash flow)\b", r"operating \1"),  # "op ratio q3 24"
    (r"\bf/x\b|\bfx\b", "foreign currency exchange"),  # "excluding F/X": either way a filer spells it out
    (r"\bnii\b", "net interest income"),
    (r"\bnim\b", "net interest margin"),
    (r"\bnpls?\b", "nonperforming loans"),
    (r"\bnpas?\b", "nonperforming assets"),
    (r"\bacl\b", "allowance for credit losses"),
    (r"\btbv\b", "tangible book value"),
    (r"\bbvps\b", "book value per share"),
    (r"\baoci\b", "accumulated other comprehensive income"),
    (r"\ba/p\b", "accounts payable"),
    (r"\bs ?& ?m\b", "sales and marketing"),
    (r"\badj\b\.?", "adjusted"),
    (r"\bnet adds\b", "net additions"),
    # industry shorthand that releases print both ways
    (r"\baum\b", "assets under management"),
    (r"\barr\b", "annual recurring revenue"),
    (r"\bc ?rpo\b", "current remaining performance obligations"),
    (r"\brpo\b", "remaining performance obligations"),
    (r"\basms?\b", "available seat miles"),
    (r"\brpms?\b", "revenue passenger miles"),
    (r"\bffo\b", "funds from operations"),
    (r"\bnoi\b", "net operating income"),
    (r"\badr\b", "average daily rate"),
    (r"\brevpar\b", "revenue per available room"),
    (r"\btpv\b", "total payment volume"),
    (r"\baisc\b", "all-in sustaining costs"),
    (r"\bmcr\b", "medical care ratio"),
    (r"\bmlr\b", "medical loss ratio"),
    (r"\bipr ?& ?d\b", "in-process research and development"),
    (r"\bnavs?\b", "net asset value"),
    (r"\bafudc\b", "allowance for funds used during construction"),
    (r"\bapcds?\b", "available passenger cruise days"),
]

STOPWORDS = frozenset(
    """a an the of and or in on for to by at as from with was were is are be been being what which who
    whom how much many did do does had has have its it this that these those their there than then
    company company's companies s per during over under into about amount amounts value figure
    report reported reports reporting stated show shown say says said give total's
    spend spent make made up ended ending end period periods quarter quarters year years fiscal month months
    week weeks three six nine twelve thirteen thirty thirty-nine first second third fourth
    prior previous last same earlier ago recent latest compared comparison versus vs
    between change changed percent percentage share value number
    i me please tell you your we our us can could would should will
    basis approximately about roughly receive received receives get got gets across both every""".split()
)

# plain words a concept stands for ("cash" asked, "Cash and cash equivalents" printed)
_IMPLIED = {
    "cashequiv": ("cash",), "opcashflow": ("cash", "operation"), "revenue": ("sale",), "netincome": ("income", "loss"),
    "opincome": ("income", "operation"), "equity": ("equity",), "liabequity": ("liability",), "grossprofit": ("margin",),
    "rnd": ("research",), "tax": ("tax",), "deferredrevenue": ("deferred",), "sayonpay": ("vote", "executive", "compensation", "pay"),
}


def implied_words(toks: set[str]) -> set[str]:
    """The plain words the concept tokens among `toks` stand for: "Cash and cash equivalents" is
    the token cashequiv, and names "cash"."""
    return {w for c in toks & CONCEPT_TOKENS for w in _IMPLIED.get(c, ())}


_UNITED_STATES = re.compile(r"\bU\.S\.(?:A\.)?(?=[\s,;:?)]|$)|\bU\.S\.?(?=\s)|\bUSA?\b(?![$\w])(?!\s?\$)")


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Lower-case, unify quotes and dashes, rewrite analyst phrases into concept tokens.

    Cached: a pure function of the text, and the fit checks ask it of the same labels and headings
    once per candidate."""
    t = _UNITED_STATES.sub("united states", text)  # "US revenue", "U.S. net sales": not the pronoun "us"
    t = t.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", " ").replace("\u2013", "-")
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r",?\s*\(?\bnet of [^,;)]*\)?", " ", t)  # "SALES, Net of returns and allowances" is sales
    # counts written two ways: "three years" / "3 Years", "3 or more payments" / "3+ Payments"
    t = re.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:-|\s)\s*(?:months?|weeks?|quarters?)\b)",
               lambda m: str(_NUMBER_WORDS[m[1]]), t)
    t = re.sub(r"\b(\d+)\s*(?:\+|or more\b|and (?:over|above|more)\b)", r" \1plus ", t)
    for pattern, repl in _ABBREVIATIONS:
        t = re.sub(pattern, repl, t)
    # compounds written three ways ("non-current", "noncurrent", "non current"; "long-term debt",
    # "long term debt"): a bound prefix joins its word, and after the concept phrases (some of which
    # spell a hyphen) any other hyphen between words is a space
    t = _BOUND_PREFIX.sub(r"\1", t)
    for rx, concept in _COMPILED:
        t = rx.sub(f" {concept} ", t)
    return _WORD_HYPHEN.sub(" ", t)


# one word for the forms a question and a row label use for the same thing ("How much did it pay",
# "Payments for dividends"; "repaid", "Repayments of debt"; "purchased", "Purchases of"), keyed on
# what the suffix rules below leave of each form
_FORMS = {
    "paid": "pay", "payment": "pay", "repaid": "repay", "repayment": "repay",
    "purchas": "purchase", "repurchas": "repurchase", "issu": "issue", "issuance": "issue",
    "borrowing": "borrow", "increas": "increase", "decreas": "decrease",
    "abstention": "abstain", "ratifi": "ratify", "ratification": "ratify",
    # a volume asked with its verb: "How many vehicles did it deliver / produce / ship?"
    "deliver": "delivery", "produc": "production", "produce": "production", "shipp": "shipment",
    # a verb's "-ed" form and its plain form ("The Board declared ..." asked "What did the board declare?")
    "declar": "declare", "approv": "approve", "authoriz": "authorize", "acquir": "acquire", "receiv": "receive",
}
_FOOTNOTE = re.compile(r"^([a-z]{4,})\d$")  # "Costs2", "Schemes1": a footnote mark stuck to the word


def _stem(word: str) -> str:
    word = _FOOTNOTE.sub(r"\1", word)
    if len(word) > 6 and word.endswith("ings"):
        word = word[:-1]  # "borrowings" is "borrowing", then "borrow"
    if len(word) > 6 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 5 and word.endswith("ed") and not word.endswith("eed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        word = word[:-1]
    return _FORMS.get(word, word)


# qualifiers that make a label a different line item when the question does not ask for them
_QUALIFIERS = frozenset(_stem(w) for w in (
    "current noncurrent long short restricted other deferred accrued prepaid "
    "adjusted comprehensive discontinued continuing minority noncontrolling attributable "
    "unrealized realized weighted average cumulative payable receivable asset assets liability liabilities "
    "reserve allowance increase decrease change impairment amortization depreciation accumulated").split())
# words that do not change what a label means ("Total revenues" is revenue, "R&D expenses" is R&D)
# verbs that only say a company has a figure ("How much goodwill did Oracle carry?", "What
# liabilities did it record?"): no line item is named by them
_LIGHT_VERBS = "carry carried hold held record recorded recognize recognized incur incurred post posted book booked log logged"
_NEUTRAL = frozenset(_stem(w) for w in ("net total common consolidated and expense expenses cost costs fee fees amount amounts "
                                        + _LIGHT_VERBS).split())


def names_more(item: str, label: str) -> bool:
    """Does a row label carry a word the asked item lacks that changes what it is ("Maintenance capital
    expenditures" for "capital expenditures")? Words such as "total", "net", "expenses" do not."""
    return bool(set(tokens(label)) - set(tokens(item)) - _NEUTRAL)


# a date in a row label ("Outstanding at September 30, 2018") is the row's period, which the period
# check reads; it is no qualifier the question failed to ask for
_DATE_WORDS = frozenset(_stem(w) for w in ("january february march april may june july august september october november "
                                           "december jan feb mar apr jun jul aug sep sept oct nov dec").split())

# a column heading's words that only say its period ("Three months ended", "Fiscal 2024", "Q3"):
# STOPWORDS already drops most (year, quarter, months, ended, fiscal, first, ...); these are the rest
_PERIOD_HEADING_WORDS = frozenset(_stem(w) for w in "yearly annual half".split())
_DERIVED = re.compile(r"%|\bpercent(?:age)?\b|\bchange\b")
_PERIOD_CODE = re.compile(r"^(?:q[1-4]|[1-4]q|h[12]|[12]h|fy\d*|f\d\d|\d+)$")


def _derived_words(text: str) -> set[str]:
    """"percent" for a percent sign or word, "change" for the word: what a derived column is
    (STOPWORDS drops both words, and `tokens` the sign)."""
    return {"change" if w == "change" else "percent" for w in _DERIVED.findall(text.lower())}


@lru_cache(maxsize=65536)
def column_words(column_label: str) -> frozenset[str]:
    """The words of a column heading beyond its period: "Withheld", "APAC", "% of net revenue"
    ({"percent", "revenue"})."""
    words = {t for t in tokens(column_label) if t not in _DATE_WORDS and t not in _PERIOD_HEADING_WORDS
             and t not in _NEUTRAL and not _PERIOD_CODE.match(t)}
    return frozenset(words | _derived_words(column_label))


# the words of a column heading that date it: "Three Months Ended September 30, 2025", "Q2 2025", "Fiscal 2024"
_HEADING_DATE_WORD = re.compile(r"^(?:\(?(?:19|20)\d\d\)?,?|Q[1-4],?|[1-4]Q|FY\s?\d{2,4}|\d{1,2},?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
                                r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                                r"three|six|nine|twelve|thirteen|months?|weeks?|ended|ending|years?|quarters?|fiscal|as|of|at|"
                                r"the|first|second|third|fourth|full|to|date|ytd|year-to-date)$", re.IGNORECASE)


_DURATION = re.compile(r"\b\d+\s*(?:-\s*\d+\s*)?years?\b", re.IGNORECASE)


def column_measure(column_label: str) -> str:
    """What a column heading says beyond its period, as printed: "AISC ($/oz)" of "AISC ($/oz) Q2 2025",
    "Net Sales" of "Net Sales Q3 2025"; "" where the heading only dates ("Three Months Ended June 30, 2025")."""
    if not column_words(column_label):
        return ""
    if _DURATION.search(column_label):
        return column_label.strip()  # "Less than 1 Year", "1-3 Years": a maturity, not a date
    kept = column_label.split()
    while kept and _HEADING_DATE_WORD.match(kept[0]):
        kept.pop(0)
    while kept and _HEADING_DATE_WORD.match(kept[-1]):
        kept.pop()
    phrase = " ".join(kept).strip(" ,")
    return phrase if column_words(phrase) else ""


@lru_cache(maxsize=4096)
def question_words(question: str) -> frozenset[str]:
    """The question's tokens as `column_words` reads a heading: a percent sign or word is "percent"."""
    return frozenset(set(tokens(question)) | _derived_words(question))


_TOTAL_ROW = re.compile(r"\s*total\b", re.I)


def is_total_row(label: str) -> bool:
    """A row that is a total ("Total revenues", "Total"), not one that only names one ("Percentage of total revenues")."""
    return _TOTAL_ROW.match(label) is not None


@lru_cache(maxsize=65536)
def tokens(text: str, keep_stopwords: bool = False) -> tuple[str, ...]:
    """Content tokens of `text` after concept rewriting (concept tokens kept whole)."""
    out = []
    for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", normalize(text)):
        w = w.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if not w or (not keep_stopwords and w in STOPWORDS):
            continue
        out.append(w if w in CONCEPT_TOKENS else _stem(w))
    return tuple(out)


def concepts(text: str) -> set[str]:
    """Concept tokens found in `text` ('R&D expense' -> {'rnd'})."""
    return {t for t in tokens(text, keep_stopwords=True) if t in CONCEPT_TOKENS}


def _weight(tok: str) -> float:
    return 3.0 if tok in CONCEPT_TOKENS else 1.0


_NAMED_SEGMENT = re.compile(r"\b([A-Z][\w&'-]*)\s+segment\b(?!s)")


def content_tokens(phrase: str) -> list[str]:
    """The asked line item's tokens without "total" and, when others remain, without neutral words;
    "segment" after a name ("the Consumer segment revenue") only says what the name is: the rows
    print the name ("Consumer" under "Net revenue:")."""
    phrase = _NAMED_SEGMENT.sub(r"\1", phrase)
    q = [t for t in tokens(phrase) if t != "total"]
    core = [t for t in q if t not in _NEUTRAL]
    return core or q


# a clause of a label that says what the figure leaves out: "excluding fuel surcharge", "ex-fuel"
_LEFT_OUT = re.compile(r"\b(?:excluding|excludes|exclusive of|excl\.?|ex-|other than|without)\s[^,;()]*", re.I)


@lru_cache(maxsize=65536)
def match_label(phrase: str, row_label: str, parent: str | None = None) -> float:
    """How well the filing's `row_label` (under heading `parent`) fits the asked `phrase`, 0..1.

    Coverage of the phrase's weighted tokens by the label (parent tokens count a little less),
    minus penalties for qualifiers the question did not ask for ("restricted", "non-current"),
    for basic vs diluted mismatches, and for a missing "total" when the question says total.
    A concept the question names (R&D, opex, ...) that neither label nor parent carries scores 0:
    a near word is not the same line item.
    """
    q = content_tokens(phrase)
    if not q:
        return 0.0
    lab = set(tokens(row_label))
    if not lab:
        return 0.0  # an empty (or all-stopword) row label names no line item
    # what a label leaves out does not name it: "Revenues, excluding fuel surcharge" is no "fuel surcharge
    # revenue" (its words still count as extra words below)
    named = set(tokens(_LEFT_OUT.sub(" ", row_label))) if not _LEFT_OUT.search(phrase) else lab
    par = set(tokens(parent)) if parent else set()
    qset = set(q)
    q_concepts = qset & CONCEPT_TOKENS
    if parent and q_concepts - lab - par:
        # a concept the heading and the row name together: "Cash (used in) provided by:" over "Operating activities"
        par |= set(tokens(f"{parent} {row_label}")) & CONCEPT_TOKENS
    have = lab | par
    if q_concepts and not (q_concepts & have):
        return 0.0
    implied = implied_words(lab)
    total_w = sum(_weight(t) for t in sorted(qset))
    got = 0.0
    for t in sorted(qset):  # a fixed order: float sums the same in every process
        if t in named:
            got += _weight(t)
        elif t in par:
            got += 0.8 * _weight(t)
        elif t in implied:
            got += 0.8 * _weight(t)
    score = got / total_w
    if score == 0:
        return 0.0
    # extra words in the label that the question did not ask for
    extra = [t for t in lab - qset if t not in _NEUTRAL and t not in _DATE_WORDS and not t.isdigit()]
    lab_concepts = lab & CONCEPT_TOKENS
    penalty = plain = 0.0
    for t in extra:
        if t in CONCEPT_TOKENS:
            penalty += 0.25
        elif t in _QUALIFIERS:
            penalty += 0.2
        else:
            plain += 0.06
    penalty += min(plain, 0.24)  # a long label (a name with its title) is not four times less apt
    if lab_concepts and q_concepts and not (lab_concepts & q_concepts):
        penalty += 0.2  # the label is mainly about another line item (parent matched only)
    score -= min(penalty, 0.6)
    raw_phrase = phrase.lower()
    raw_label = f"{row_label} {parent or ''}".lower()
    asks_diluted, asks_basic = "diluted" in raw_phrase, "basic" in raw_phrase
    has_diluted, has_basic = "diluted" in raw_label, "basic" in raw_label
    if asks_diluted and not asks_basic and has_basic and not has_diluted:
        score -= 0.5
    if asks_basic and not asks_diluted and has_diluted and not has_basic:
        score -= 0.5
    if re.search(r"\bnet of\b", raw_phrase) and re.search(r",\s*net\s*$", row_label.lower()):
        score += 0.05  # "landfill revenue net of intercompany": "Landfill, net", not the gross "Landfill" above it
    says_total = re.search(r"\btotal\b", raw_phrase) is not None
    label_total = re.search(r"\btotal\b", row_label.lower()) is not None
    if says_total and label_total:
        score += 0.05
    elif says_total and not label_total:
        score -= 0.2
    elif label_total and lab & q_concepts:
        score += 0.01  # "revenue" asked, "Total net sales" beats a segment's "Net sales"

    return max(0.0, min(1.1, score))


_EXPANSIONS = {
    "rnd": "research and development R&D",
    "sga": "selling general and administrative SG&A",
    "gna": "general and administrative G&A",
    "opex": "operating expenses total costs and expenses",
    "eps": "earnings per share net income loss per share basic diluted",
    "netincome": "net income net loss earnings",
    "revenue": "revenues net sales total revenues",
    "opcashflow": "cash used in operations net cash provided by operating activities",
    "cashequiv": "cash and cash equivalents",
    "grossprofit": "gross profit gross margin",
    "opincome": "income from operations operating income loss from operations",
    "tax": "provision for income taxes income tax expense",
    "pretax": "income before income taxes",
    "equity": "shareholders equity stockholders equity",
    "cogs": "cost of sales cost of revenues",
    "capex": "capital expenditures purchases of property and equipment",
}


def expand_query(text: str) -> str:
    """The question plus the filing words for the concepts it names, for lexical retrieval."""
    extra = [_EXPANSIONS[c] for c in sorted(concepts(text)) if c in _EXPANSIONS]
    return " ".join([text, *extra])

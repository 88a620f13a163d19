"""A reader's tidy `RawTable` -> a typed `Table`: title, scale, periods, rows, exact cells.

Rules, in the order they apply:
- Header rows are the leading rows that hold text but no figures (years, also with a footnote
  mark, count as text). Label-only rows above them ("(Unaudited)") are dropped; the header
  levels covering a column (a spanning cell counts for every column it spans) are joined into
  its label, footnote marks removed and month names broken by conversion mended ('Dec ember'),
  and resolved to a period by `index.periods.header_period`. A column still without a period
  takes the one period its title states, only where the title introduces the table ("... as of
  June 30, 2024 (in millions):", "... was as follows:", a short heading) and the column is not a
  vote count (For / Against / Abstain have no period; a proposal's dates are its subject's);
  a "... to Date" column takes the table's latest date, and an undated column whose iXBRL tags
  agree takes their period.
  Where the tags in a column agree on a duration to the header's end date but from another
  start (a 14-week quarter of a 52/53-week year, which no header tells), the tags' period wins.
- Scale comes from the caption lines, the header rows' label cell, or else the nearest caption
  above the table (a statement page often prints "(in thousands, ...)" once for several
  tables), never across a paragraph of prose, nor from a row of another table ("Backlog value (in
  thousands)"). A table with a title of its own takes a scale from above another table only where
  a title lies between that scale and the other table (a heading over several statements); the
  scale just above another table is that table's caption (an operating-data table after an income
  statement "(in thousands)" prints its counts and prices as they are). A scale in a column's own header ("Aggregate
  Fair Value (in millions)") rules that column.
- A row with a label and no figures is a heading ("Revenues:") when it looks like one (ends
  with ':', upper case, bold, or the next row is indented deeper) or when the row below it
  repeats a label printed elsewhere in the table ("VLCC" over "Average TCE rate", as "Suezmax" is); it becomes the `parent`
  of the rows below it until a "Total" row closes it. Otherwise it is a row without values.
  A label-only row that names nothing but a period ("December 31, 2019", "2019:", "Year ended
  30 June 2019", "As at 31 December 2018") is a period heading instead: it dates the rows
  below it (`Row.period_heading`) until the next one, across sub-headings and totals, and
  closes the previous section's `parent`.
  A row of words across the value columns mid-table is a sub-header: a '%' in it makes the
  column percent for the rows below.
- An unlabeled row holding figures: in a table whose only figures it holds, it takes the
  paragraph above as its label (a proposal's vote tally); when it equals the sum of the rows
  just above it, it is labelled "Total <parent>" (or "Total"); otherwise its label stays "".
- Units: per-share rows or columns -> USD/share, not scaled; share counts (share rows, EPS
  denominators, dilutive awards, "Number of RSUs" columns) -> shares, scaled by the share
  scale ("except share ... amounts" -> 1; "shares in thousands" -> 1,000); '%' cells, percent
  columns or percent rows -> percent, as printed (a coupon in a label, '6.50% Senior Notes',
  does not make a percent row; '... rate' rows only outside money tables); vote tallies and
  "number of" rows -> count; quantities of things ("Available seat miles (millions)", "Total
  customers", "Homes delivered", a heading's "(GWh)") -> count; everything else -> USD, scaled.
- A row's own scale ("Revenue passengers (thousands)") rules that row and never the table. Money
  in cents ("CASM (cents)") is a hundredth of a dollar. A price per unit of service ("Postpaid
  ARPU", "... per available seat mile") is not scaled, nor is a row the caption excepts by name
  ("(in thousands, except churn and ARPU)", `Scale.excepts`). A count of things takes the
  table's scale unless the caption scales money only ("(dollars in thousands)").
- A column group's heading rules its columns as a row's label rules its row: "Carloads (in
  thousands)" over "2025 | 2024" counts things in thousands, "Average revenue per carload" is a
  price, not scaled; the period phrase in a header row's label cell ("Three Months Ended June
  30,") dates the years under every group. A table whose title names a quantity ("Membership by
  Segment") and that prints no dollar sign counts things. A row's "(thousand ounces)" or "(million
  pounds)" is its own scale, of a quantity.
"""
from __future__ import annotations

import re

from index.layout import RawCell, RawTable
from index.models import Cell, Column, ParseWarning, Row, Table
from index.numbers import Amount, Scale, find_scale, header_scale, parse_amount, scale_value
from index.periods import find_dates, header_period, own_period

_FOOTNOTE = re.compile(r"\s*\(\s*[0-9a-z*]{1,2}\s*\)(?=\s|$)|(?<=[a-z])\d{1,2}\b|\*+|[†‡§]")
_PER_SHARE = re.compile(
    # a partnership's "per common unit", "net income per limited partner unit" is per share; "per unit case" (a
    # bottler's sales per case) and a railroad's "Revenue per Unit" (per carload or container) are not
    r"per\s+(?:[\w-]+\s+){0,3}(?:share|rsu|psu|option|award)s?\b"
    r"|per\s+(?:(?:common|limited|general|partner(?:ship)?|lp|op|class|[a-z]|diluted|basic)\s+){1,3}units?\b(?!\s+(?:cases?|sold|shipped|volumes?)\b)"
    r"|(?:income|earnings|loss|distributions?|dividends?)\s+(?:[\w-]+\s+){0,2}per\s+units?\b"
    r"|\bper-share\b|\bEPS\b|earnings\s+per\b|(?:income|loss)\s+per\b"
    r"|\bdividends?\s+(?:declared\s+)?per\b",
    re.IGNORECASE,
)
# "Common stock, $.01 par value; ..." describes the stock, it does not make the row per-share
_PAR_VALUE = re.compile(r"\$?\s*[\d.]*\s*par\s+value(?:\s+of)?(?:\s+\$?[\d.]+)?(?:\s+per\s+share)?", re.IGNORECASE)
# an equity line that names its shares ("Common stock, 100,000,000 shares authorized") is money
_STOCK_LINE = re.compile(r"^(?:(?:class\s+\w+\s+)?common|preferred|capital|treasury|ordinary)\s+(?:stock|shares)\b", re.IGNORECASE)
_SHARES = re.compile(r"\bshares\b|\bshare\s+count\b|\bunits\s+outstanding\b", re.IGNORECASE)
_COUNTING_HEADING = re.compile(r"^\s*(?:total\s+)?units?\s*(?:\([^)]*\))?\s*:?\s*$|\bunits?\s+(?:retailed|sold|delivered|shipped|produced|"
                               r"closed|ordered|in\s+service|in\s+operation)\b", re.IGNORECASE)
_SHARE_COUNT_HEADING = re.compile(r"^\s*weighted[-\s]+average\s+(?:[\w-]+\s+){0,3}?(?:shares|units)\b", re.IGNORECASE)
_PER_SHARE_HEADING = re.compile(r"^\s*per\s+(?:basic\s+and\s+diluted\s+|basic\s+|diluted\s+)?(?:common\s+)?share\b", re.IGNORECASE)
_BASIC_DILUTED = re.compile(
    r"^(?:basic|diluted|basic\s+and\s+diluted|diluted\s+and\s+basic|assuming\s+dilution)\s*(?:\([^)]*\))?\s*:?\s*$", re.IGNORECASE)
_PERCENT_LABEL = re.compile(
    r"\(\s*%\s*\)|%\s*(?:of|to|change|growth)\b|%\s*$|\bpercent(?:age)?\b|\bas\s+a\s+percent|\bmargin\s*%",
    re.IGNORECASE,
)
# "Effective tax rate", "Pass-through rate": percent rows, unless the table is a money table in
# thousands/millions, where "Change in statutory federal tax rate" is the money effect of a rate
_RATE_LABEL = re.compile(r"\brates?\s*(?:\(%\))?\s*:?\s*$|\brate\s+of\s+(?:return|growth|interest)\b", re.IGNORECASE)
# "Expense ratio 27.4" between "Loss and LAE ratio 71.8%" and "Combined ratio 99.2%"; "Catastrophe loss points
# 9.9": a ratio or points row printed without its sign next to rows that print "%" (in its column) is percent
_RATIO_POINTS = re.compile(r"\bratios?\b|\bpoints?\b", re.IGNORECASE)
_COUPON = re.compile(r"\d+(?:\.\d+)?\s*%(?=\s*[A-Za-z])")  # '6.50% Senior Notes': names a debt, not a percent row
_PERCENT_COLUMN = re.compile(r"%|\bpercent(?:age)?\b|\bchange\s*%|\bpct\b", re.IGNORECASE)
_COUNT_COLUMN = re.compile(
    r"^(?:votes?\s+)?(?:for|against|abstain(?:ed|s)?|abstentions?|withheld|broker\s+non-?votes?|non-?votes?|votes?(?:\s+cast)?|\d+\s+years?|1\s+year)$",
    re.IGNORECASE,
)
_NUMBER_HEADER = re.compile(r"^number$", re.IGNORECASE)  # an options roll-forward's "2019 | Number" beside its prices
_COUNT_LABEL = re.compile(r"\bnumber\s+of\b|\bcount\b|\bheadcount\b|\bemployees\b|\bstores\b\s*$", re.IGNORECASE)
_TOTAL = re.compile(r"^\s*total\b", re.IGNORECASE)
_ITEM_HEADING = re.compile(r"^(?:part\s+[ivx]+\b|item\s+\d{1,2}[a-z]?\b)", re.IGNORECASE)
# a price per physical unit ("Oil ($/Bbl)", "Lease operating expenses per Boe"): money, never in the table's thousands
_MEASURE = r"(?:boe|bbls?|barrels?|mcfe?|mmbtu|btu|tons?|tonnes?|ounces?|oz|pounds?|lbs?|gallons?|square\s+f(?:oo|ee)t|sq\.?\s*ft|kwh|mwh)"
_PER_MEASURE = re.compile(rf"\$\s*/\s*{_MEASURE}\b|\bper\s+(?:leased\s+|occupied\s+|rentable\s+|net\s+)?{_MEASURE}\b", re.IGNORECASE)
# a column group's heading that prints a physical unit in parentheses ("Gold Production (000 oz)",
# "Shipments (tons)"): its figures are quantities, not money ("AISC ($/oz)" is a price: _PER_MEASURE)
_MEASURE_HEADING = re.compile(rf"\(\s*(?:[A-Z]{{2,5}}\s*,\s*)?(?:in\s+)?(?:000s?|thousands?(?:\s+of)?|millions?(?:\s+of)?|k|m|mm)?\s*{_MEASURE}\s*\)"
                              # or names them in words: "Gold equivalent ounces sold", "Tons shipped:"
                              rf"|^(?!.*(?:\$|\bper\b|/))(?:[a-z-]+\s+){{0,3}}{_MEASURE}\s+(?:sold|produced|shipped|delivered|processed|mined|milled)\b",
                              re.IGNORECASE)
# a physical volume ("Oil (MBbls)", "Average daily production (Boe/d)"): a quantity in its own unit, not money
# (oil and gas volumes only: a sustainability table's "(MWh)" or "(tons)" stays as the table reads)
_VOLUME = re.compile(r"\(\s*(?:m|mm|b|k)?(?:boe|bbls?|mcfe?|mmbtu|btu)(?:\s*/\s*d(?:ay)?|\s*per\s+day|pd)?\s*\)|\b(?:m|mm)?boe/d\b",
                     re.IGNORECASE)
# a money figure per unit of service ("Postpaid ARPU", "Revenue per available seat mile", "Rate per day"): a price, never
# in the table's thousands
_PER_UNIT = re.compile(r"\bARPU\b|\bARPA\b|\bRevPAR\b|\bper\s+(?:[\w-]+\s+){0,2}(?:users?|customers?|subscribers?|members?|"
                       r"accounts?|passengers?|asms?|seat\s+miles?|rooms?|visits?|transactions?|days?)\b"
                       # "Average revenue per carload", "Cost per unit": money per unit of anything but a share
                       r"|\b(?:revenues?|prices?|costs?|rates?|yields?|sales|income|expenses?|margins?|profits?)\s+per\s+"
                       r"(?!(?:basic\s+|diluted\s+|common\s+|ordinary\s+)?(?:shares?|ads|adss)\b)[a-z]", re.IGNORECASE)
# figures printed in cents ("CASM (cents)", "Passenger revenue per ASM (cents)"): dollars are a hundredth of them
_BASIS_POINTS = re.compile(r"\(\s*(?:in\s+)?(?:basis\s+points|bps|bp)\s*\)|\bin\s+basis\s+points\b", re.IGNORECASE)
_CENTS = re.compile(r"\(\s*(?:in\s+)?cents(?:\s+per\s+share)?\s*\)|\bin\s+cents\b|\(\s*¢\s*\)", re.IGNORECASE)
_CENTS_COLUMN = re.compile(r"(?:^|\s)\(?(?:cents|¢)\)?$", re.IGNORECASE)
# a quantity of things, not money: "Available seat miles (millions)", "Postpaid phone net additions", "Total customers"
_QUANTITY = re.compile(r"\b(?:miles|passengers|gallons|customers|subscribers|connections|vehicles|deliveries|shipments|"
                       r"households|users|seats|departures|flights|visits|net\s+(?:additions|adds|losses)|barrels|tonnes|tons|"
                       r"ounces|enplanements|admissions|patients|procedures|homes|communities|lots|rooms|restaurants|stores|"
                       r"square\s+footage|square\s+feet|degree\s+days|carloads|containers|memberships?|membership\s+additions|"
                       r"members(?!\s*['’]|\s+of\b)|pounds(?!\s+sterling)|payment\s+transactions|active\s+accounts|"
                       # a chain's units ("Net new units", "Units at June 30, 2025"), not stock or partnership units
                       r"(?:new|system|franchised?|company[- ]operated|licensed|ending|total)\s+units|^\s*units\s+(?:at|as\s+of|open)|"
                       r"locations|hospitals|licensed\s+beds|branches)\b"
                       r"|\(\s*(?:in\s+)?(?:units|homes|number)\s*\)", re.IGNORECASE)
_MONEY_WORD = re.compile(r"\b(?:revenues?|sales|income|costs?|expenses?|fees?|prices?|values?|cash|assets?|liabilit\w*|debt|"
                         r"payments?|earnings|profit|loss|tax\w*|margin|dollars?|ARPU|yield|rate)\b|\$", re.IGNORECASE)
# a quantity of energy or gas in its own unit, in a row's label or its heading: "Retail electric sales (GWh)"
_ENERGY_UNITS = r"[kmgt]wh|mw|gw|bcf|mmcf|mcf|dth|mmbtu|therms"
_ENERGY = re.compile(rf"\(\s*(?:in\s+)?(?:{_ENERGY_UNITS})\s*\)", re.IGNORECASE)
# a table of operating figures (volumes, counts, prices mixed): "Operating Statistics", "O P E R A T I O N A L  S U M M A R Y"
_OPERATING_TABLE = re.compile(r"operat(?:ing|ional)\s*(?:data|statistics|summary|metrics|highlights)|\bkey\s+(?:operating\s+)?metrics\b|"
                              r"\bkpis?\b", re.IGNORECASE)


def _operating_table(title: str | None) -> bool:
    """Is the table one of operating figures, its title spaced out or not ("O P E R A T I O N A L")?
    "Customer Statistics", "Traffic Statistics" are too; "Selected Financial Statistics" is not."""
    if not title:
        return False
    if _STATISTICS.search(title) and not _MONEY_WORD.search(title) and not re.search(r"\bfinancial\b", title, re.I):
        return True
    return bool(_OPERATING_TABLE.search(title) or _OPERATING_TABLE.search(title.replace(" ", "")))


_STATISTICS = re.compile(r"\bstatistics\b", re.IGNORECASE)


# a caption that prints the table's physical unit: "(Millions of kWh)", "(in MWh)", "(Thousands of barrels)",
# "(sales in thousands of MWh)"
_UNIT_CAPTION = re.compile(rf"\(\s*(?:(?:sales|volumes?|deliveries|production|output|generation)\s+)?"  # "(sales in thousands of MWh)"
                           rf"(?:(?:in\s+)?(?:thousands|millions|billions)\s+of\s+|in\s+)?(?:{_ENERGY_UNITS}|"
                           r"barrels|bbls|boe|tons|tonnes|ounces|gallons)\s*\)"
                           # "(round turns in thousands)", "(contracts in millions)": what the figures count, then their scale
                           r"|\(\s*(?:round\s+turns|contracts|trades|transactions|units|tons|tonnes|barrels|ounces|carloads|"
                           r"passengers|customers|subscribers|members|accounts)\s+in\s+(?:thousands|millions|billions)\s*\)",
                           re.IGNORECASE)
# degree days beside sales "(in thousands of MWh)" are counted as printed, not in the sales' scale
_WEATHER = re.compile(r"\bdegree[- ]days?\b", re.IGNORECASE)
# a scale of money only: "(dollars in thousands)", "($ in millions)", "(revenue in thousands of U.S. dollars)" leave
# counts as printed
_MONEY_SCALE = re.compile(r"(?:dollars|\$|usd|amounts)\s+in\b|\b(?:thousands|millions|billions)\s+of\s+(?:[a-z.]+\s+)?(?:dollars|usd)\b",
                          re.IGNORECASE)
# a heading's second line that only states its scale: "(in millions):"
_SCALE_ONLY = re.compile(r"^\(\s*(?:\$\s+|dollars\s+)?(?:in\s+)?(?:thousands|millions|billions)\s*\)\s*:?$", re.IGNORECASE)
# a duration stated in years: "Expected term (years)", "Weighted average remaining life (in years)"
_YEARS_LABEL = re.compile(r"\((?:in\s+)?years?\)|\bin\s+years\b", re.IGNORECASE)
# a duration in days: "Days of inventory", "Days sales outstanding", "DSO (days)": counted as printed, never money
_DAYS_LABEL = re.compile(r"^\s*days\b|\bdays\s+(?:sales|payables?|inventory|in\s+inventory)\b|\((?:in\s+)?days\)|"
                         r"\b(?:DSO|DPO|DIO)\b", re.IGNORECASE)
# a label-only row that names only a period: "2019", "2019:", "Fiscal 2019", "December 31, 2019",
# "Year ended 30 June 2019", "As at 31 December 2018", "Balances at January 31, 2019"
_PERIOD_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|balances?|as|at|of|on|for|the|fiscal|years?|ended|ending|months|weeks|quarter|three|six"
    r"|nine|twelve|thirteen|fifty-two|fifty-three|period)\b\.?|\d+(?:st|nd|rd|th)?|[,.:\-]", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^(?:(?:fiscal|FY)\s*)?(?:19|20)\d\d$", re.IGNORECASE)
# a column of years: "Last Fiscal Year of Expiration", "Year Built", "Expiration year" (not "per year", not "Years")
_YEAR_COLUMN = re.compile(r"(?<!per )\byear\b(?!\s+(?:ended|ending|to\s+date)\b)", re.IGNORECASE)
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:\s*(?:[-–]\s*(?:19|20)?\d\d|or\s+\w+|through\s+(?:19|20)\d\d))?$", re.IGNORECASE)
_ID_COLUMN = re.compile(r"^(?:exhibit|page|item|note|footnote|section|rule)s?(?:\s+(?:no\.?|nos\.?|numbers?|#))?\.?$|^no\.?$|^#$",
                        re.IGNORECASE)


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_BROKEN_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)([a-z]*)\s+([a-z]{1,8})(?=\s+\d{1,2}\b)")


def _mend_month(m: re.Match) -> str:
    """'Dec ember' (a month name broken by conversion) -> 'December'."""
    return next(n for n in _MONTH_NAMES if n.lower().startswith(m.group(1).lower()[:3]))


# what converting a PDF does to a date: a year's digits spaced out ("2 0 1 8"), a day run into its
# month ("December31,")
_SPACED_YEAR = re.compile(r"(?<![\d.,])(1 9|2 0) (\d) (\d)(?![\d.,])")
_GLUED_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\d{1,2}\b)")


def clean_header(text: str) -> str:
    """Header text without footnote marks, with broken month names mended and fiscal years
    written in full: 'February 3, 2024 (1)' -> 'February 3, 2024', 'Base Salary2' -> 'Base Salary',
    'Dec ember 31, 2023' -> 'December 31, 2023', 'Q3 FY24' -> 'Q3 FY2024', 'F19' -> 'FY2019',
    '2 0 1 8' -> '2018', 'December31,' -> 'December 31,'."""
    t = _SPACED_YEAR.sub(lambda m: m.group(0).replace(" ", ""), text)
    t = _GLUED_DAY.sub(lambda m: m.group(0) + " ", t)
    t = _SHORT_FISCAL_YEAR.sub(_full_fiscal_year, t)  # first: "fy24" is no footnote mark after a word
    t = _QUARTER_FIRST.sub(_quarter_named, t)
    t = _FOOTNOTE.sub("", t)
    t = _BROKEN_MONTH.sub(_mend_month, t)
    return " ".join(t.split())


# a fiscal year named by two digits, as earnings releases head their columns ("Q3 FY24", "FY'23",
# "F19"): every reader of a column's year (the period fit, the metrics' columns, the table's years)
# reads four digits
_SHORT_FISCAL_YEAR = re.compile(r"\b(?:FY|F)\s?['’]?(\d\d)\b(?![%\d.,/-])", re.IGNORECASE)


# a quarter named with its number first or its year short ("3Q23", "3Q 2023", "Q3'23"): "Q3 2023"
_QUARTER_FIRST = re.compile(r"\b(?:(?P<n>[1-4])Q\s?['’]?|Q(?P<m>[1-4])\s?['’]\s?)(?P<y>(?:19|20)?\d\d)\b(?![%\d.,/-])", re.IGNORECASE)


def _four_digits(year: str) -> int:
    """A year as printed, two digits or four: "24" -> 2024, "98" -> 1998."""
    y = int(year)
    return y if len(year) == 4 else (2000 + y if y < 70 else 1900 + y)


def _quarter_named(m: re.Match) -> str:
    return f"Q{m['n'] or m['m']} {_four_digits(m['y'])}"


def _full_fiscal_year(m: re.Match) -> str:
    return f"FY{_four_digits(m.group(1))}"


def _is_figure(cell: RawCell) -> bool:
    t = cell.text.strip()
    if not t or re.fullmatch(r"\(?(?:19|20)\d\d\)?", clean_header(t).strip()):
        return False
    a = parse_amount(t)
    return a is not None


def _expand(row: list[RawCell], ncols: int) -> list[RawCell | None]:
    """Value cells of a row laid out one per column (a spanning cell sits in its first column)."""
    out: list[RawCell | None] = [None] * ncols
    col = 0
    for cell in row[1:]:
        if col >= ncols:
            break
        out[col] = cell
        col += max(1, cell.colspan)
    return out


def _ncols(raw: RawTable) -> int:
    return max((sum(max(1, c.colspan) for c in r[1:]) for r in raw.rows), default=0)


def _header_rows(raw: RawTable) -> tuple[int, int]:
    """(first, end) indexes of the header rows; rows before `first` are caption-like."""
    first_data = next((i for i, r in enumerate(raw.rows) if any(_is_figure(c) for c in r[1:])), None)
    limit = first_data if first_data is not None else min(1, len(raw.rows))
    header = [i for i in range(limit) if any(c.text.strip() for c in raw.rows[i][1:])]
    if not header:
        return 0, 0
    return header[0], header[-1] + 1


def _find_scale(raw: RawTable, text: str, header_texts: list[str], title: str | None) -> Scale | None:
    for line in list(reversed(raw.caption)) + header_texts:
        s = find_scale(line)
        if s:
            return s
    for r in raw.rows[:4]:  # a label-only row's scale ("(in thousands)"); a figure row's is that row's own
        s = find_scale(r[0].text) if r and not any(_is_figure(c) for c in r[1:]) else None
        if s and not _MEASURE_HEADING.search(r[0].text):  # "Sales volumes (000 tonnes)" heads its quantities only
            return s
    # look above the table, across other tables and short title lines but not across prose
    # a table of its own: a title and header rows of its own (a statement cut in two by a wrapped label
    # carries neither, and keeps the scale printed over its first part)
    titled = title is not None and bool(header_texts) and not any(_CONTINUED.search(c) for c in raw.caption)
    pos, budget = raw.start, 6000
    crossed = False  # passed another table's rows
    above_crossed: list[str] = []  # the caption lines read so far above the table last crossed
    while pos > 0 and budget > 0:
        line_start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[line_start:pos].strip()
        budget -= pos - line_start + 1
        pos = line_start - 1
        if not line:
            continue
        if "\t" in line:  # another table's row: a row's own scale ("Backlog value (in thousands)") is that row's
            crossed, above_crossed = True, []
            line = line.split("\t", 1)[0].strip()
            s = find_scale(line)
            if s is None or len(line) - len(s.phrase) >= 6:
                continue  # ... but a header row's label cell "(Millions)" captions its table
        elif len(line) > 250 or _ITEM_HEADING.match(line):
            break  # prose, or a new Item of the form ("Item 2. Management's Discussion ..."), ends the statement's reach
        else:
            s = find_scale(line)
        if s:
            if crossed and titled and not any(_is_title_line(x) for x in above_crossed):
                return None  # the caption of the table crossed, which this titled table does not share
            return s
        above_crossed.append(line)
    return None


_CONTINUED = re.compile(r"\bcontinued\b|\(cont(?:'d|inued)?\.?\)", re.IGNORECASE)


def _is_title_line(line: str) -> bool:
    """A caption line that names a table: not a scale, a date, or a period header."""
    bare = re.sub(r"\((?:unaudited|audited)\)", "", line, flags=re.IGNORECASE).strip()
    s = find_scale(line)
    # "(Unaudited; in millions)" is a scale line too: the audit word and the brackets name nothing
    rest = re.sub(r"\b(?:un)?audited\b|[();,:\s]", "", bare, flags=re.IGNORECASE)
    if s and len(rest) - len(re.sub(r"[();,:\s]", "", s.phrase)) < 6:
        return False
    if _UNIT_CAPTION.fullmatch(bare):
        return False  # "(round turns in thousands)", "(Millions of kWh)": what the figures measure, no title
    return bool(bare) and not (len(find_dates(bare)) and len(bare) < 30) and not _PERIOD_CAPTION.match(bare) \
        and not _PERIODS_COMPARED.match(bare)


# a caption line that only says which periods the table compares: "Third Quarter 2025 versus Third Quarter 2024"
_PERIODS_COMPARED = re.compile(r"^[\w\s-]{0,30}\b(?:19|20)\d\d\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+[\w\s-]{0,30}\b(?:19|20)\d\d$",
                               re.IGNORECASE)


_PERIOD_CAPTION = re.compile(
    r"^\(?\s*(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2})[\s-]+(?:months?|weeks?)"
    r"|(?:fiscal\s+)?(?:years?|quarters?))\s+(?:ended|ending)\b[^.]{0,40}$",
    re.IGNORECASE,
)


# "as a percentage of net revenue", "% of net sales", "percent of total revenues"
_PERCENT_OF = re.compile(
    r"(?:\bas\s+a\s+)?(?:\bpercent(?:age)?s?|%)\s+of\s+(?:(?:total|net|consolidated)\s+){0,2}(?:revenues?|sales|net\s+sales)\b",
    re.IGNORECASE,
)


def _percent_context(raw: RawTable, text: str, header_texts: list[str]) -> bool:
    """Does the table say its figures are percents of revenue: in its caption, its header label
    cell, or the sentence just above it ('... expressed as a percentage of revenue.')?"""
    for line in [*raw.caption, *header_texts]:
        if _PERCENT_OF.search(line):
            return True
    above = text[max(0, raw.start - 700):raw.start].rstrip()
    last = above.rsplit("\n\n", 1)[-1] if "\n\n" in above else above
    if "\t" in last:  # the block above is another table
        return False
    return bool(_PERCENT_OF.search(last))


def _plain_percent_figures(figs: list[RawCell]) -> bool:
    """Figures that can be percents of revenue: no currency sign, no scale word, none past 1,000."""
    for cell in figs:
        if re.search(r"[$€£¥]|\b(?:million|billion|thousand)s?\b", cell.text, re.IGNORECASE):
            return False
        a = parse_amount(cell.text)
        if a is not None and a.value is not None and abs(a.value) > 1000:
            return False
    return True


def _title(raw: RawTable) -> str | None:
    """The nearest caption line that names the table: not a scale, a date, or a period header
    ('Three Months Ended September 30,') standing over the columns."""
    return next((line.strip() for line in reversed(raw.caption) if _is_title_line(line.strip())), None)


def _caption_period_phrase(raw: RawTable, title: str | None, header_labels: tuple[str, ...] = ()) -> str | None:
    """'Three Months Ended September 30,' from a caption line, the title, or the label cell of a header
    row (over a year row whose columns are grouped: "Revenues | Carloads"), to date year-only columns."""
    for line in [*reversed(raw.caption), title or "", *header_labels]:
        m = re.search(r"\b(?:[\w-]+[\s-]+(?:months|weeks)|quarters?|(?:fiscal\s+)?years?)\s+ended\s+\w+\.?\s+\d{1,2},?", line, re.IGNORECASE)
        if m:
            return m.group(0)
    return None


# a title that introduces the table below it ("... as follows:", "The following table ...") or a
# short heading; a sentence ending in '.' (a proposal voted on) does not state the table's period
_INTRODUCES = re.compile(r":\s*$|\bas\s+follows\b|\b(?:the\s+)?following\s+table\b|\btable\s+below\b|\b(?:summarized|shown|presented|set\s+forth)\s+below\b",
                         re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/.-])")
# a column heading that says what it measures beside its year, where the year is no comparison's or plan's
_NOT_A_YEAR_COLUMN = re.compile(r"%|\bchange|\bvs\.?|\bversus\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bgrowth\b|"
                                r"\bguidance\b|\boutlook\b|\bbudget\b|\bplan\b|\bforecast\b|\btarget\b|\bestimate", re.IGNORECASE)


def _years_in(label: str) -> list[str]:
    return _YEAR.findall(label)


def _measure_year(label: str) -> str | None:
    """The one year in a heading that names a measure beside it ("Net Sales 2025 ($ millions)"), to be
    dated by the table's period phrase; None for a comparison's or an outlook's heading, or two years."""
    years = _years_in(label)
    if len(years) != 1 or _NOT_A_YEAR_COLUMN.search(label) or find_dates(label):
        return None
    return years[0]


def _title_period(title: str) -> str | None:
    """The one period a title states for its table, where the title introduces the table
    ('Activity for the nine months ended June 30, 2024 was as follows:', a short heading);
    a date inside a sentence about something else (a proposal's vote) gives none."""
    t = title.strip()
    if not (_INTRODUCES.search(t) or (len(t) <= 120 and not t.endswith("."))):
        return None
    return own_period(t)


# "Three months ended September 30:" over rows whose columns are years: the span, dated by each column's year
_SPAN_WITHOUT_YEAR = re.compile(r"^(?:for\s+the\s+)?(?:three|six|nine|twelve|3|6|9|12)\s+months\s+ended\s+(?:january|february|"
                                r"march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}$", re.I)


def is_period_heading(label: str) -> bool:
    """A label-only row that names a period and nothing else: a bare year, or a date or span
    that `header_period` or `own_period` reads, in a short label with no other words of note."""
    t = label.rstrip(":").strip()
    if _BARE_YEAR.match(t) or _SPAN_WITHOUT_YEAR.match(t):
        return True
    if len(t.split()) > 8 or not re.search(r"\b(?:19|20)\d\d\b", t) or _PERIOD_WORDS.sub(" ", t).strip(" ,.-()"):
        return False
    return heading_period(t) is not None


def heading_period(label: str) -> str | None:
    """The period a period heading dates its rows with (None for a bare year, which dates them by
    name only: `Fact.column_label` carries it)."""
    t = label.rstrip(":").strip()
    rest = re.sub(r"^(?:balances?|as\s+(?:at|of)|at|for\s+the|(?:fiscal\s+)?years?\s+ended|(?:three|six|nine|twelve)\s+months\s+ended"
                  r"|quarter\s+ended)[\s,]*", "", t, flags=re.IGNORECASE)
    return header_period(clean_header(t)) or own_period(t) or (header_period(clean_header(rest)) if rest != t else None)


def _label_key(label: str) -> str:
    return " ".join(label.lower().split()).rstrip(":")


def _repeated_labels(body: list[list[RawCell]], ncols: int) -> set[str]:
    """Labels of figure rows printed more than once in the table ("Average TCE rate (per day)" under
    "VLCC", "Suezmax", "Aframax"): the label-only row above each is the heading that tells them apart."""
    seen: dict[str, int] = {}
    for r in body:
        key = _label_key(r[0].text) if r else ""
        if key and any(v is not None and _is_figure(v) for v in _expand(r, ncols)):
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


def _last_totals(body: list[list[RawCell]], ncols: int) -> dict[str, int]:
    """For each "Total <name>" row that prints a figure, <name> -> the index of its last such row: a
    label-only row of that name above it ("Operating Revenues" ... "Total operating revenues") heads
    the rows between, however they are indented."""
    out: dict[str, int] = {}
    for i, r in enumerate(body):
        key = _label_key(r[0].text) if r else ""
        if key.startswith("total ") and any(v is not None and _is_figure(v) for v in _expand(r, ncols)):
            out[key[len("total "):]] = i
    return out


def _is_heading(label: str, cell: RawCell, next_row: list[RawCell] | None) -> bool:
    if label.endswith(":") or cell.bold:
        return True
    letters = [ch for ch in label if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 2:
        return True
    return bool(next_row is not None and next_row[0].indent > cell.indent)


def _quantity_heading(heading: str | None) -> bool:
    """A column's or a table's heading that names a quantity of things and no money: "Carloads (in
    thousands)", "Membership by Segment"."""
    return bool(heading) and _QUANTITY.search(heading) is not None and _MONEY_WORD.search(heading) is None


_AMOUNTS_HEADING = re.compile(r"\bweighted|\bshares\s+used|\$\s*m\b|\$\s*millions?|\$\s*000", re.IGNORECASE)


def _heads_per_share(heading: str) -> bool:
    """A heading whose rows are money per share ("Per diluted share:", "Diluted earnings (loss) per share:"),
    not share counts ("Shares used in computing earnings per share") or amounts ("... used in earnings per
    share ($M)", a heading that prints a scale)."""
    if _PER_SHARE_HEADING.match(heading):
        return True
    return bool(_PER_SHARE.search(heading)) and not _SHARES.search(heading) and not _AMOUNTS_HEADING.search(heading) \
        and find_scale(heading) is None


def _unit(label: str, parent: str | None, column: str, amount: Amount, percent_column: bool,
          count_column: bool, row_currency: bool = False, scaled_table: bool = False, own_scale: bool = False,
          quantity_table: bool = False, quantity_column: bool = False) -> str:
    ctx = parent or ""
    bare = _COUPON.sub("", label)
    if amount.ratio:
        return "ratio"
    if amount.percent or (percent_column and not amount.currency) or (not row_currency and (
            _PERCENT_LABEL.search(bare) or (_RATE_LABEL.search(bare) and not scaled_table))):
        return "percent"
    if not amount.currency and (_YEARS_LABEL.search(label) or _YEARS_LABEL.search(column)):
        return "years"
    if not amount.currency and _DAYS_LABEL.search(label):
        return "count"
    # "Weighted average shares" counts shares; "Weighted average exercise price per share $ 60.94" is money per share
    share_count_label = bool(re.search(r"\bweighted|\bshares\s+(?:used|outstanding)|\bnumber\s+of\s+shares", label, re.IGNORECASE)) \
        and not amount.currency
    if _PER_SHARE.search(_PAR_VALUE.sub("", label)) and not share_count_label:
        return "USD/share"
    if _VOLUME.search(label) and not _PER_MEASURE.search(label) and not amount.currency:
        return "count"
    if re.search(r"\bdenominator\b", ctx, re.IGNORECASE) or re.search(r"\bdilutive\b", label, re.IGNORECASE):
        return "shares"  # the denominator of earnings per share is a share count
    if _BASIC_DILUTED.match(label):
        if _SHARES.search(ctx) or re.search(r"weighted|shares\s+used", ctx, re.IGNORECASE):
            return "shares"
        if _PER_SHARE.search(ctx):
            return "USD/share"
    # rows under "Weighted average shares and units:" ("OP units") count shares; under "Per diluted share:" ("FFO",
    # "AFFO") they are money per share
    if _SHARE_COUNT_HEADING.match(ctx) and not amount.currency and not _PER_SHARE.search(label):
        return "shares"
    if _heads_per_share(ctx) and not share_count_label and not _PERCENT_LABEL.search(label):
        return "USD/share"  # "Electric Utility" under "Diluted earnings (loss) per share:"
    if count_column and not amount.currency:
        return "count"
    if _PER_SHARE.search(column) and not _SHARES.search(label):
        return "USD/share"
    if re.search(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}(?:rsus?|psus?|options|units|awards|shares)\b", column, re.IGNORECASE):
        return "shares"
    if re.match(r"\s*number\s+of\b", column, re.IGNORECASE) and not amount.currency:
        return "count"  # "Number of Leases" over "New leases 38"
    if re.search(r"\bshares\b", column, re.IGNORECASE) and not re.search(r"value|\$|dollar|price|cost", column, re.IGNORECASE) and not amount.currency:
        return "shares"
    if _SHARES.search(label) and not amount.currency and not _STOCK_LINE.match(label):
        return "shares"
    if _COUNT_LABEL.search(label) and not amount.currency:
        return "count"
    if not amount.currency and _QUANTITY.search(label) and (own_scale or not _MONEY_WORD.search(label)) \
            and not _PER_UNIT.search(label):
        return "count"  # passengers, gallons, customers: a count of things, in the row's or table's scale
    if not amount.currency and not row_currency and ctx and _COUNTING_HEADING.search(ctx) and not _MONEY_WORD.search(ctx) \
            and not _PER_UNIT.search(ctx) and not _PER_UNIT.search(label):
        return "count"  # "New vehicle" under "Units retailed:", whatever the table's caption says of dollars
    if not amount.currency and not _PER_UNIT.search(label) and not _CENTS.search(label) and (
            quantity_column or (quantity_table and not row_currency and not _MONEY_WORD.search(label)
                                and not _MONEY_WORD.search(ctx))):
        # "Chemicals" (and its total) under "Carloads (in thousands)"; "Medicaid" in a "Membership by Segment" table;
        # not "Used vehicle retail" under "Revenues:" in an operating table, printed without its "$"
        return "count"
    if not amount.currency and not row_currency and (_ENERGY.search(label) or _ENERGY.search(ctx)):
        return "count"  # "Retail electric sales (GWh):" heading its rows: energy, not money
    return "USD"


def build_table(raw: RawTable, table_id: str, text: str) -> tuple[Table, list[ParseWarning]]:
    """Type a tidy RawTable: see the module docstring for the rules."""
    warnings: list[ParseWarning] = []
    ncols = _ncols(raw)
    h_first, h_end = _header_rows(raw)
    header_rows = raw.rows[h_first:h_end]
    levels: list[list[str]] = [[] for _ in range(ncols)]
    for r in header_rows:
        col = 0
        for cell in r[1:]:
            t = clean_header(cell.text)
            for c in range(col, min(ncols, col + max(1, cell.colspan))):
                if t:
                    levels[c].append(t)
            col += max(1, cell.colspan)
    labels = [" ".join(lv) for lv in levels]
    title = _title(raw)
    scale = _find_scale(raw, text, [r[0].text for r in header_rows if r], title)
    # a scale printed in a column's own header ("Aggregate Fair Value (in millions)") rules that column
    col_scales = [next((sc for sc in map(header_scale, levels[c]) if sc), None) for c in range(ncols)]
    if scale is None and ncols and all(col_scales) and len({(x.power, x.share_power) for x in col_scales}) == 1:
        scale = col_scales[0]
    columns = []
    header_labels = tuple(r[0].text for r in header_rows if r)
    caption_period = next((p for line in raw.caption
                           if _PERIOD_CAPTION.match(line.strip()) and (p := own_period(line.strip()))), None)
    for lab, level in zip(labels, levels):
        period = header_period(lab)
        year = next((lv.strip() for lv in [lab, *level] if re.fullmatch(r"(?:19|20)\d\d", lv.strip())), None)
        if period is None and year is None:
            year = _measure_year(lab)  # "Net Sales 2025 ($ millions)" under "Three Months Ended September 30, 2025"
        if period is None and year:
            # 'Three Months Ended December 31,' over '2023'; under a group heading ('Carloads 2025') also the
            # phrase in a header row's label cell (a bare year column keeps to the caption's and title's: the
            # benchmarks' pages date those years as years, and the chooser's held-out pages did worse without)
            grouped = lab.strip() != year
            phrase = _caption_period_phrase(raw, title, header_labels if grouped else ())
            if phrase:
                period = header_period(phrase + " " + year)
        if period is None and title and not _COUNT_COLUMN.match(lab.strip()):
            period = _title_period(title)  # "... as of June 29, 2024 (in millions):" over unnamed columns
        if period is None and caption_period and not _COUNT_COLUMN.match(lab.strip()) and not _years_in(lab):
            period = caption_period  # "Reported % Change" under a caption line "Three Months Ended September 30, 2025"
        columns.append(Column(label=lab, period=period))
    percent_cols = [bool(_PERCENT_COLUMN.search(lab)) for lab in labels]
    # a column group's heading that counts things ("Carloads (in thousands)") or prices a unit ("Average revenue per carload")
    price_cols = [bool(_PER_MEASURE.search(lab) or _PER_UNIT.search(lab)) for lab in labels]
    quantity_cols = [_quantity_heading(lab) or (_MEASURE_HEADING.search(lab) is not None and not price_cols[c])
                     for c, lab in enumerate(labels)]
    # a table whose title names a quantity and that prints no currency sign counts things ("Membership by Segment")
    money_signs = any(re.search(r"[$£€¥]", c.text) for r in raw.rows for c in r)
    # "Membership by Segment"; "Operational Summary", "Operating statistics": a row there that names no
    # money and prints no currency counts things ("Total production", "Charging connectors")
    # (an operating table captioned "(Dollars in millions, except ADR and RevPAR)" states money: its "Slot handle"
    # printed without "$" is dollars, its rooms and passengers still counts by their names)
    quantity_table = ((_quantity_heading(title) and not money_signs) or _operating_table(title)) \
        and not (scale is not None and _MONEY_SCALE.search(scale.phrase))
    if not money_signs and any(_UNIT_CAPTION.search(line) for line in raw.caption):
        # a caption that prints the physical unit ("(Millions of kWh)") measures every column in it,
        # whatever the rows are called ("Total electric sales")
        quantity_cols = [True] * len(quantity_cols)
    # identifier columns ("Exhibit No.", "Page") hold numbers that are not quantities
    id_cols = [bool(_ID_COLUMN.match(labels[c].strip())) for c in range(ncols)]
    count_cols = [bool(_COUNT_COLUMN.match(levels[c][-1]) or _NUMBER_HEADER.match(levels[c][-1])) if levels[c] else False
                  for c in range(ncols)]
    body = raw.rows[h_end:] if h_end else raw.rows[h_first:]
    expanded = [_expand(r, ncols) for r in body]  # each body row's value cells, one per column
    percent_table: bool | None = None  # the table's own words say its figures are percents of a total
    # a column whose printed figures mostly carry '%' is a percent column
    for c in range(ncols):
        cells = [e[c] for e in expanded]
        if _YEAR_COLUMN.search(labels[c]):  # "Last Fiscal Year of Expiration | 2039": years that name a date, not amounts
            texts = [x.text.strip() for x in cells if x is not None and x.text.strip()]
            if texts and all(_YEAR_CELL.match(t) for t in texts):
                id_cols[c] = True
        figs = [x for x in cells if x is not None and _is_figure(x)]
        if figs and sum("%" in x.text for x in figs) * 2 > len(figs):
            percent_cols[c] = True
        elif len(figs) > 2 and "%" in figs[0].text and "%" in figs[-1].text and not any("$" in x.text for x in figs):
            # a rate reconciliation prints the sign on its first and last rows only ("Federal statutory rate
            # 21.0%" ... "Effective tax rate 18.4%"), as statements print "$" on their first and total rows
            percent_cols[c] = True
        elif figs and percent_table is None:
            percent_table = _percent_context(raw, text, [r[0].text for r in header_rows if r])
        if figs and percent_table and not percent_cols[c] and _plain_percent_figures(figs):
            percent_cols[c] = True  # "... as a percentage of net revenue": its bare figures are percents

    rows: list[Row] = []
    parent: str | None = None
    period_heading: str | None = None
    figure_rows = sum(1 for vals in expanded if any(v is not None and _is_figure(v) for v in vals))
    repeated = _repeated_labels(body, ncols)
    totals = _last_totals(body, ncols)
    by_repeat = False  # the parent is a heading only because the rows under it repeat labels
    # a heading's indent, and whether rows deeper than it followed: a row back at the heading's own indent
    # after them, other than their total, ends its section ("Finance lease cost:" over two indented rows, then
    # "Short-term lease cost")
    parent_indent: int | None = None
    deeper = False
    for i, r in enumerate(body):
        label_cell = r[0]
        label = " ".join(label_cell.text.split())
        vals = expanded[i]
        has_figure = any(v is not None and _is_figure(v) for v in vals)
        if parent is not None and parent_indent is not None and label and has_figure:
            if label_cell.indent > parent_indent:
                deeper = True
            elif deeper and not _TOTAL.match(label):  # the section's total, at its heading's indent, is still its own
                parent, parent_indent = None, None
        has_text = any(v is not None and v.text.strip() for v in vals)
        nxt = body[i + 1] if i + 1 < len(body) else None
        if has_text and not has_figure:
            # words across the value columns mid-table: a sub-header ('FY 2019 (%)') for the rows below
            for c, v in enumerate(vals):
                percent_cols[c] = bool(v is not None and _PERCENT_COLUMN.search(v.text)) or (
                    v is None or not v.text.strip()) and percent_cols[c]
        if not has_figure and not has_text:
            if not label:
                continue
            if is_period_heading(label):
                period_heading, parent = label.rstrip(":").strip(), None
                rows.append(_heading_row(label, label_cell, vals, r))
                continue
            if parent is not None and rows and rows[-1].label == parent and _SCALE_ONLY.match(label):
                # "Electric operating revenues" wrapped onto "(in millions):": one heading
                parent = f"{parent} {label}"
                rows[-1] = rows[-1].model_copy(update={"label": parent})
                continue
            if _is_heading(label, label_cell, nxt) or totals.get(_label_key(label), -1) > i:
                parent, by_repeat = label, False
                parent_indent, deeper = label_cell.indent, False
                rows.append(_heading_row(label, label_cell, vals, r))
                continue
            if nxt is not None and _label_key(nxt[0].text) in repeated:
                parent, by_repeat = label, True
                rows.append(_heading_row(label, label_cell, vals, r))
                continue
            if by_repeat:
                parent = None  # another label-only row ends the section its repeated labels made
        unlabeled = not label and has_figure
        row_scale = find_scale(label) if has_figure else None  # "Revenue passengers (thousands)"
        # "Ammonia" under a heading "Sales volumes (000 tonnes)": a quantity, in its heading's scale
        measured_heading = bool(has_figure and parent and _MEASURE_HEADING.search(parent))
        if row_scale is None and measured_heading:
            row_scale = find_scale(parent)
        # "Drilling and completion" under "Capital expenditures (in millions)" in a table of figures per Boe: money
        # in its heading's own scale, where the heading says more than the scale and the table is in another
        heading_scale = find_scale(parent) if row_scale is None and has_figure and parent else None
        if heading_scale is not None and (len(parent) - len(heading_scale.phrase) < 6
                                          or (scale is not None and heading_scale.power == scale.power)):
            heading_scale = None
        if unlabeled:
            if figure_rows == 1 and title:
                # a one-row table whose label is the paragraph above (a proposal's vote)
                label = re.sub(r"^\(?(?:\d{1,2}|[a-z]|[ivx]+)[.)]\s+", "", title)
            else:
                label = f"Total {_lower_caps(parent.rstrip(':').strip())}" if parent else "Total"
        row_parent = parent
        cells: list[Cell] = []
        for c, v in enumerate(vals):
            if v is None or not v.text.strip():
                cells.append(Cell(raw=v.text if v else "", column=c, start=v.start if v else None, end=v.end if v else None))
                continue
            a = None if id_cols[c] else parse_amount(v.text)
            xbrl = None
            if len(v.xbrl) == 1:
                xbrl = v.xbrl[0]
            garbled = a is None and bool(re.search(r"\d", v.text)) and _looks_garbled(v.text)
            if (a is None and not garbled) or (a is not None and a.value is None and not a.partial):
                cells.append(Cell(raw=v.text, column=c, start=v.start, end=v.end, xbrl=xbrl))
                continue
            if garbled:  # digits damaged in conversion ('1?,816', 'l4,816'): typed, left for reconciliation
                a = Amount(None, v.text.strip(), "$" in v.text, "%" in v.text, partial=v.text.strip())
            # a ratio or points row among rows whose cells in this column print "%"
            beside = _RATIO_POINTS.search(label) is not None and any(
                x is not None and "%" in x.text for k in (i - 2, i - 1, i + 1, i + 2) if 0 <= k < len(body) for x in [expanded[k][c]])
            unit = _unit(label, row_parent, labels[c], a, percent_cols[c] or beside, count_cols[c],
                         row_currency=any(x is not None and "$" in x.text for x in vals),
                         scaled_table=bool(scale and scale.power), own_scale=row_scale is not None,
                         quantity_table=quantity_table, quantity_column=quantity_cols[c] or measured_heading)
            unit = _tagged_unit(v, unit)
            # "Effective Fee Rate (basis points) 38.2", "Change (bps) (130)": hundredths of a percent, stated in percent
            bps = not a.currency and not a.percent and (_BASIS_POINTS.search(label) or _BASIS_POINTS.search(labels[c])) \
                and v.xbrl == []
            if bps:
                unit = "percent"
            value = None
            if a.value is not None:
                power = 0
                sc = col_scales[c] or scale
                excepted = sc is not None and sc.excepts(label)
                if bps:
                    power = -2
                elif a.scale_power is not None and unit in ("USD", "shares", "count"):
                    power = a.scale_power  # "$2.2 billion" in the cell
                elif (_CENTS.search(label) or _CENTS_COLUMN.search(labels[c]) or (unit == "USD/share" and _CENTS.search(row_parent or ""))) \
                        and unit in ("USD", "USD/share"):
                    # "CASM (cents) 11.38" is $0.1138; so is 11.38 under a column headed "cents", or a share's
                    # figure under "Basic earnings per share (cents per share)"
                    power = -2
                elif row_scale is not None and unit in ("USD", "shares", "count") and not col_scales[c]:
                    power = row_scale.power  # "Available seat miles (millions)": the row's own scale
                elif heading_scale is not None and unit == "USD" and not col_scales[c] \
                        and not (_PER_MEASURE.search(label) or _PER_UNIT.search(label) or price_cols[c]):
                    power = heading_scale.power
                elif sc and unit == "USD" and not (_PER_MEASURE.search(label) or _PER_UNIT.search(label) or price_cols[c]
                                                   or _PER_UNIT.search(row_parent or "") or _PER_MEASURE.search(row_parent or "")) \
                        and not excepted:
                    # not a price per unit, in the row's label, its column's ("Average revenue per carload") or its
                    # heading's ("Gross profit per unit retailed:" over "New vehicle")
                    power = sc.power
                elif sc and unit == "count" and (_QUANTITY.search(label) or quantity_cols[c] or quantity_table or measured_heading) \
                        and not excepted and not _MONEY_SCALE.search(sc.phrase) and not _WEATHER.search(label):
                    power = sc.power  # "Total customers" in a table "(in thousands, except churn and ARPU)"
                elif sc and unit == "shares":
                    power = col_scales[c].power if col_scales[c] else sc.share_power
                value = scale_value(a.value, power)
            else:
                warnings.append(ParseWarning(
                    kind="unreadable", table_id=table_id, row=len(rows), column=c,
                    message=f"{table_id}: cell '{v.text}' in row '{label}' is not a readable number; left for reconciliation",
                ))
            cells.append(Cell(raw=v.text, value=value, unit=unit, column=c, start=v.start, end=v.end, xbrl=xbrl))
        if unlabeled and label.startswith("Total") and not _sums_rows_above(rows, cells):
            label = ""  # not a total after all (a list of exhibits, a page column): leave it unlabeled
        rows.append(Row(label=label, cells=cells, parent=row_parent, indent=label_cell.indent,
                        start=_row_start(r), end=_row_end(r), period_heading=period_heading))
        if _TOTAL.match(label):
            parent = None
    _periods_from_tags(columns, rows)
    ends = [c.period.split("/")[-1] for c in columns if c.period]
    for col in columns:  # "Total Costs Accrued to Date": the latest date the table shows
        if col.period is None and ends and re.search(r"\bto\s+date\b", col.label, re.IGNORECASE):
            col.period = max(ends)
    table = Table(
        id=table_id, title=title, scale=scale.phrase if scale else None,
        scale_power=scale.power if scale else 0, columns=columns, rows=rows, start=raw.start, end=raw.end,
    )
    return table, warnings


_TAG_UNITS = {"USD", "USD/share", "shares"}


def _tagged_unit(cell: RawCell, unit: str) -> str:
    """The filer's tag names the unit of an amount where the label misleads ('Shares repurchased
    for tax withholdings' in a cash-flow statement is dollars): money, per-share and share tags win
    over the unit read from the words; percents and ratios stay as printed."""
    tagged = {t.unit for t in cell.xbrl if t.unit}
    if len(tagged) != 1 or unit not in (_TAG_UNITS | {"count"}):
        return unit
    tag_unit = tagged.pop()
    return tag_unit if tag_unit in _TAG_UNITS else unit


def _sums_rows_above(rows: list[Row], cells: list[Cell]) -> bool:
    """Do the figures of an unlabeled row equal the sum of the value rows just above it (two or
    more, back to the previous heading), in every column where all of them are printed?"""
    above: list[Row] = []
    for r in reversed(rows):
        if all(c.value is None and not c.raw for c in r.cells):
            break  # a heading
        if any(c.value is not None for c in r.cells):
            above.insert(0, r)
    for k in range(2, len(above) + 1):
        terms = above[-k:]
        checked = 0
        ok = True
        for c, cell in enumerate(cells):
            vals = [t.cells[c].value if c < len(t.cells) else None for t in terms]
            if cell.value is None or any(v is None for v in vals):
                continue
            checked += 1
            if sum(vals) != cell.value:
                ok = False
                break
        if ok and checked:
            return True
    return False


def _periods_from_tags(columns: list[Column], rows: list[Row]) -> None:
    """Where the filer's own iXBRL tags in a column agree on a period ending on the header's date
    but starting elsewhere (a 14-week quarter in a 52/53-week year, which no header tells), the
    tags' period is the column's."""
    for c, col in enumerate(columns):
        if col.period is None:  # no date printed over the column: the tags' one period, if they agree
            tagged = {r.cells[c].xbrl.period for r in rows if c < len(r.cells) and r.cells[c].xbrl and r.cells[c].xbrl.period}
            count = sum(1 for r in rows if c < len(r.cells) and r.cells[c].xbrl and r.cells[c].xbrl.period)
            if len(tagged) == 1 and count >= 2:
                col.period = tagged.pop()
            elif count >= 2:
                col.period = _rollforward_period(tagged)
            continue
        if "/" not in col.period:
            continue
        end = col.period.split("/")[1]
        tagged = [r.cells[c].xbrl.period for r in rows if c < len(r.cells) and r.cells[c].xbrl and r.cells[c].xbrl.period]
        tagged = [p for p in tagged if "/" in p and p.endswith("/" + end)]  # durations to the same end
        if len(tagged) < 2 or (len(tagged) == 2 and tagged[0] != tagged[1]):
            continue
        best = max(set(tagged), key=tagged.count)
        if tagged.count(best) * 5 >= len(tagged) * 4 and best != col.period and "/" in best \
                and best.split("/")[1] == col.period.split("/")[1]:
            col.period = best


def _rollforward_period(tagged: set[str]) -> str | None:
    """A roll-forward column (opening balance, activity, closing balance): its tags hold one
    duration and instants at its end or the day before its start; the column covers the duration."""
    from datetime import date, timedelta

    durations = {p for p in tagged if "/" in p}
    if len(durations) != 1:
        return None
    duration = next(iter(durations))
    start, end = duration.split("/")
    try:
        before = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    except ValueError:
        return None
    return duration if all(p in (duration, end, before) for p in tagged) else None


def _looks_garbled(text: str) -> bool:
    """A figure with one or two damaged characters ('1?,816', 'l4,816'), not a phone number,
    file number, exhibit number or date."""
    t = re.sub(r"[\s$()]", "", text)
    bad = [ch for ch in t if not (ch.isdigit() or ch in ",.")]
    return (0 < len(bad) <= 2 and "-" not in t and bool(re.search(r",\d{3}", t))
            and not (t[-1] in bad))


def _lower_caps(s: str) -> str:
    return s.lower() if s.isupper() else s


def _row_start(r: list[RawCell]) -> int:
    return min(c.start for c in r if c.text.strip()) if any(c.text.strip() for c in r) else r[0].start


def _row_end(r: list[RawCell]) -> int:
    return max(c.end for c in r if c.text.strip()) if any(c.text.strip() for c in r) else r[0].end


def _heading_row(label: str, label_cell: RawCell, vals: list[RawCell | None], r: list[RawCell]) -> Row:
    cells = [Cell(raw="", column=c, start=v.start if v else None, end=v.end if v else None) for c, v in enumerate(vals)]
    return Row(label=label, cells=cells, parent=None, indent=label_cell.indent, start=_row_start(r), end=_row_end(r))

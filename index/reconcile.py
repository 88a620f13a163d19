"""Check the accounting identities a table implies; repair a lost cell only when one pins it.

Identities found from labels and layout, per column:
- a "Total ..."/"Subtotal" row, or a row that equals the rows just above it in every column (an
  unlabelled subtotal), equals the sum of the rows it closes: the rows under its heading
  (earlier subtotals standing for their own rows), or a run since an earlier total; "Total X
  and Y" also equals "Total X" + "Total Y". Roll-forward rows (beginning/ending balances) and
  percent or per-share rows never add; a row of words across the columns starts a new block.
- total assets = total liabilities and equity;
- operating income (loss) = revenues - operating expenses (or gross profit - operating expenses);
- gross profit = sales - cost of sales;
- income (loss) before taxes = operating income + the rows between them;
- net income (loss) = income before taxes - the tax rows between them.
Differences are not checked in change/variance columns, whose signs follow favourable/unfavourable.

Where the layout allows several readings of a total, the readings that hold in every column whose
figures are all readable are the ones used. A cell with no readable value (it lost digits like
`,816`) is repaired when the identities in which it is the only unknown agree on one value that
also matches the digits still printed (and the printed sign); it is marked `repaired` with the
identity named. An identity that fails with readable figures yields an `inconsistent` warning when
that is evidence: the same reading holds in another column, or the identity is plain (one reading
of ordinary lines, or a statement identity); printed values are never changed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from index.models import Cell, ParseWarning, Row, Table
from index.numbers import find_scale, format_number

_TOTAL = re.compile(r"^\s*(?:sub-?)?totals?\b", re.IGNORECASE)
_ROLL = re.compile(r"\bbeginning\b|\bend(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:period|year|quarter|balances?)\b|^balances?\b", re.IGNORECASE)
_REVENUE = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)(?:\s*,?\s*net\b.*)?\s*(?:\(\w\))?:?$", re.IGNORECASE)
_EXPENSES = re.compile(r"^total\s+(?:operating\s+)?(?:costs\s+and\s+)?(?:operating\s+)?expenses\b|^total\s+costs\s+and\s+expenses\b", re.IGNORECASE)
_GROSS = re.compile(r"^gross\s+(?:profit|margin)\b(?!\s*%)(?!.*percent)", re.IGNORECASE)
_COST = re.compile(r"\bcost\s+of\b|\bcosts?\b", re.IGNORECASE)
_OPERATING = re.compile(r"^(?:\(?loss\)?|\(?income\)?|profit)\s*(?:\((?:loss|income)\)\s*)?from\s+operations\b|^operating\s+(?:income|loss|profit)\b", re.IGNORECASE)
_PRETAX = re.compile(r"^(?:\(?loss\)?|\(?income\)?|earnings)\s*(?:\((?:loss|income)\)\s*)?before\s+(?:provision\s+for\s+|benefit\s+from\s+)?(?:income\s+)?tax", re.IGNORECASE)
_TAX = re.compile(r"\b(?:income\s+)?tax(?:es)?\b", re.IGNORECASE)
_NET = re.compile(r"^net\s+(?:\(?loss\)?|\(?income\)?|earnings)\s*(?:\((?:loss|income)\))?\s*$", re.IGNORECASE)
_CHANGE_COLUMN = re.compile(r"\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bfavou?rable\b|\$\s*$", re.IGNORECASE)
_ASSETS = re.compile(r"^total\s+assets\s*$", re.IGNORECASE)
_LIAB_EQ = re.compile(r"^total\s+liabilities\s*(?:,|and)\s*.*(?:equity|deficit|capital)", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """One reading of an identity: target row = sum(sign * term row)."""

    name: str
    target: int
    terms: tuple[tuple[int, int], ...]  # (row index, +1/-1)


@dataclass
class Identity:
    """An identity with its alternative readings (different row groupings)."""

    target: int
    readings: list[Reading]
    strong: bool = False  # its failure alone is worth a warning (one plain reading, or a statement identity)


def _empty(row: Row) -> bool:
    return all(not c.raw.strip() for c in row.cells)


def _has_values(row: Row) -> bool:
    return any(c.value is not None or c.raw.strip() for c in row.cells)


def _label(rows: list[Row], i: int) -> str:
    return rows[i].label or f"row {i}"


def _sum_name(rows: list[Row], target: int, terms: list[int], how: str) -> str:
    parts = " + ".join(_label(rows, j) for j in terms)
    return f"{_label(rows, target)} = {how}: {parts}"


def _implicit_subtotal(table: Table, i: int, items: list[int]) -> list[int] | None:
    """Rows just above row i that it sums in every column (an unlabelled subtotal such as
    'Deferred revenues, current'), or None. Two checked columns, or three or more rows, are
    required so that a coincidence does not make a subtotal."""
    cols = [c for c in range(len(table.columns))
            if _cell_has_figure(table, i, c) and _val(table, i, c) not in (_UNKNOWN, Decimal(0))
            and _cell(table, i, c).unit in ("USD", "shares", "count")]
    if not cols:
        return None
    targets = [_val(table, i, c) for c in cols]
    sums = [Decimal(0)] * len(cols)
    for k in range(1, min(len(items), _MAX_RUN) + 1):
        j = items[-k]
        vals = [_val(table, j, c) for c in cols]
        if any(v is _UNKNOWN for v in vals):
            return None
        sums = [a + v for a, v in zip(sums, vals, strict=True)]
        if k >= 2 and sums == targets and (len(cols) >= 2 or k >= 3):
            terms = items[-k:]
            rd = Reading("", i, tuple((t, 1) for t in terms))
            results = [_holds(table, rd, c) for c in range(len(table.columns))]
            if any(r is False for r in results) or not any(results):
                continue
            checked = [c for c, r in enumerate(results) if r]
            if len(checked) >= 2 or k >= 3:
                return terms
    return None


_LESS = re.compile(r"^\s*less\b", re.IGNORECASE)


def _less_variants(rows: list[Row], readings: list[Reading]) -> list[Reading]:
    """'Less off-hire days' printed positive is subtracted: each reading with such rows also
    reads with them subtracted."""
    out = []
    for rd in readings:
        if any(_LESS.match(rows[j].label) for j, _ in rd.terms):
            terms = tuple((j, -1 if _LESS.match(rows[j].label) else s) for j, s in rd.terms)
            name = rd.name + " (rows marked 'Less' subtracted)"
            out.append(Reading(name, rd.target, terms))
    return out


def _text_row(r: Row) -> bool:
    """A row of words across the value columns (a sub-header such as 'FY 2019 (%)'): a boundary."""
    return any(c.raw.strip() for c in r.cells) and all(c.value is None and c.unit is None for c in r.cells)


def _result_row(label: str) -> bool:
    return any(rx.search(label.strip()) for rx in (_REVENUE, _GROSS, _OPERATING, _PRETAX, _NET))


def _ratio_row(r: Row) -> bool:
    units = {c.unit for c in r.cells if c.value is not None}
    return bool(units) and units <= {"percent", "USD/share", "ratio"}


def find_identities(table: Table) -> list[Identity]:
    """All identities the table's labels and layout imply (see the module docstring)."""
    rows = table.rows
    headings = {i for i, r in enumerate(rows)
                if (_empty(r) and any(x.parent == r.label for x in rows[i + 1:])) or _text_row(r)}
    ids: list[Identity] = []
    # one frame per open heading: (heading row, item rows); a total closing a heading's frame
    # becomes an item of the frame below; a total inside a frame stands for the rows it closes
    stack: list[tuple[int | None, list[int]]] = [(None, [])]
    totals: set[int] = set()
    flat: list[int] = []  # non-total value rows since the last total at the top level
    for i, r in enumerate(rows):
        if i in headings:
            if _text_row(r):
                stack, flat = [(None, [])], []  # a new block of the table starts here
            else:
                stack.append((i, []))
            continue
        if not _has_values(r) or _ratio_row(r):
            continue  # percent and per-share rows do not add up into totals
        head, items = stack[-1]
        readings: list[Reading] = []
        strong = False
        if _TOTAL.match(r.label):
            # the rows a total closes start at the frame's start, at an earlier total, or just after one
            starts = sorted({0} | {k for k, j in enumerate(items) if j in totals} | {k + 1 for k, j in enumerate(items) if j in totals})
            for k in starts:
                terms = items[k:]
                if terms:
                    how = f"sum of rows under '{rows[head].label}'" if head is not None and k == 0 else "sum of the rows it closes"
                    readings.append(Reading(_sum_name(rows, i, terms, how), i, tuple((j, 1) for j in terms)))
            m = re.match(r"^total\s+(.+?)\s+and\s+(.+)$", r.label, re.IGNORECASE)
            if m:
                a = _find_label(rows, i, "total " + m.group(1))
                b = _find_label(rows, i, "total " + m.group(2))
                if a is not None and b is not None:
                    readings.append(Reading(_sum_name(rows, i, [a, b], "sum of its parts"), i, ((a, 1), (b, 1))))
            readings = [rd for rd in readings if not any(_ROLL.search(rows[j].label) for j, _ in rd.terms)]
            if _ROLL.search(r.label):
                readings = []
            # one plain reading of ordinary lines is evidence on its own; a run that holds results
            # (sales, operating income, net income: a selected-data table) is not
            strong = (len(readings) == 1 and len(readings[0].terms) >= 2
                      and not any(j in totals or _result_row(rows[j].label) for j, _ in readings[0].terms))
            # weaker readings: any shorter run of the frame's rows, the rows above across headings,
            # and a heading's rows together with the rows of the frame below it; they can clear a
            # total but do not by themselves make a failure worth a warning
            weak: list[list[int]] = [items[k:] for k in range(max(1, len(items) - _MAX_RUN), len(items)) if k not in starts]
            if items and flat:
                weak.append(list(flat))
            if head is not None and len(stack) > 1:
                outer = stack[-2][1]
                for k in range(max(0, len(outer) - _MAX_RUN), len(outer)):
                    weak.append(outer[k:] + items)
            seen = {tuple(j for j, _ in rd.terms) for rd in readings}
            for terms in weak:
                if terms and tuple(terms) not in seen and not any(_ROLL.search(rows[j].label) for j in terms):
                    seen.add(tuple(terms))
                    readings.append(Reading(_sum_name(rows, i, terms, "sum of the rows it closes"), i, tuple((j, 1) for j in terms)))
            readings += _less_variants(rows, readings)
            if _ROLL.search(r.label):
                readings = []  # "Total equity, ending balances" sums balances, not the rows above
        else:
            terms = _implicit_subtotal(table, i, items)
            if terms is None:
                items.append(i)
                flat.append(i)
                continue
            readings = [Reading(_sum_name(rows, i, terms, "sum of the rows above it"), i, tuple((j, 1) for j in terms))]
        if readings:
            ids.append(Identity(i, readings, strong))
        totals.add(i)
        if head is not None and len(stack) > 1:
            good = [rd for rd in _validated(table, Identity(i, readings)) if not rd.name.endswith("sum of its parts")]
            stack.pop()
            if good:  # a total that also closes rows of the frame below stands for them there too
                closed = {j for j, _ in min(good, key=lambda rd: len(rd.terms)).terms}
                stack[-1] = (stack[-1][0], [j for j in stack[-1][1] if j not in closed])
        else:
            good = [rd for rd in _validated(table, Identity(i, readings)) if not rd.name.endswith("sum of its parts")]
            if good:
                closed = {j for j, _ in min(good, key=lambda rd: len(rd.terms)).terms}
                stack[-1] = (head, [j for j in items if j not in closed])
        stack[-1][1].append(i)
        if len(stack) == 1:
            flat = []
    ids.extend(_statement_identities(rows))
    return ids


def _find_label(rows: list[Row], before: int, label: str) -> int | None:
    want = " ".join(label.lower().replace("’", "'").split())
    for j in range(before - 1, -1, -1):
        if " ".join(rows[j].label.lower().replace("’", "'").split()) == want:
            return j
    return None


def _last(rows: list[Row], before: int, rx: re.Pattern, after: int = -1) -> int | None:
    for j in range(before - 1, after, -1):
        if rx.search(rows[j].label) and _has_values(rows[j]):
            return j
    return None


def _statement_identities(rows: list[Row]) -> list[Identity]:
    ids: list[Identity] = []
    for i, r in enumerate(rows):
        label = r.label.strip()
        if not _has_values(r):
            continue
        if _ASSETS.match(label):
            for j in range(i + 1, len(rows)):
                if _LIAB_EQ.match(rows[j].label.strip()) and _has_values(rows[j]):
                    ids.append(Identity(j, [Reading(f"{_label(rows, j)} = {label}", j, ((i, 1),))], strong=True))
                    break
        elif _GROSS.match(label):
            rev = _last(rows, i, _REVENUE)
            if rev is not None:
                costs = [j for j in range(rev + 1, i) if _has_values(rows[j]) and _COST.search(rows[j].label)]
                tot = [j for j in costs if _TOTAL.match(rows[j].label)]
                terms = tot[-1:] or costs
                if terms:
                    ids.append(Identity(i, [Reading(
                        f"{label} = {_label(rows, rev)} - " + " - ".join(_label(rows, j) for j in terms),
                        i, ((rev, 1),) + tuple((j, -1) for j in terms))]))
        elif _OPERATING.match(label):
            exp = _last(rows, i, _EXPENSES)
            base = _last(rows, exp if exp is not None else i, _GROSS) if exp is not None else None
            if base is None and exp is not None:
                base = _last(rows, exp, _REVENUE)
            if exp is not None and base is not None:
                ids.append(Identity(i, [Reading(f"{label} = {_label(rows, base)} - {_label(rows, exp)}",
                                                i, ((base, 1), (exp, -1)))]))
        elif _PRETAX.match(label):
            op = _last(rows, i, _OPERATING)
            if op is not None:
                between = [j for j in range(op + 1, i) if _has_values(rows[j])]
                readings = []
                tot = [j for j in between if _TOTAL.match(rows[j].label)]
                if tot:
                    readings.append(Reading(f"{label} = {_label(rows, op)} + " + " + ".join(_label(rows, j) for j in tot),
                                            i, ((op, 1),) + tuple((j, 1) for j in tot)))
                plain = [j for j in between if not _TOTAL.match(rows[j].label)]
                readings.append(Reading(f"{label} = {_label(rows, op)}" + "".join(f" + {_label(rows, j)}" for j in plain),
                                        i, ((op, 1),) + tuple((j, 1) for j in plain)))
                ids.append(Identity(i, readings))
        elif _NET.match(label):
            pre = _last(rows, i, _PRETAX)
            if pre is not None:
                between = [j for j in range(pre + 1, i) if _has_values(rows[j])]
                if all(_TAX.search(rows[j].label) for j in between):
                    minus = Reading(f"{label} = {_label(rows, pre)}" + "".join(f" - {_label(rows, j)}" for j in between),
                                    i, ((pre, 1),) + tuple((j, -1) for j in between))
                    plus = Reading(f"{label} = {_label(rows, pre)}" + "".join(f" + {_label(rows, j)}" for j in between),
                                   i, ((pre, 1),) + tuple((j, 1) for j in between))
                    ids.append(Identity(i, [minus, plus] if between else [minus]))
    return ids


_UNKNOWN = object()
_MAX_RUN = 40  # longest run of rows tried as an unlabelled subtotal or a shorter reading of a total


def _cell(table: Table, row: int, col: int) -> Cell | None:
    cells = table.rows[row].cells
    return cells[col] if col < len(cells) else None


def _val(table: Table, row: int, col: int):
    """Known value, Decimal 0 for an empty cell, or _UNKNOWN for an unreadable one."""
    c = _cell(table, row, col)
    if c is None or not c.raw.strip():
        return Decimal(0)
    if c.value is None:
        return _UNKNOWN
    return c.value


def _holds(table: Table, rd: Reading, col: int) -> bool | None:
    """True/False when every figure of the reading is known in `col`; None otherwise (also when
    the target is a percent or per-share figure, or the terms are in another unit)."""
    tc = _cell(table, rd.target, col)
    if tc is None or not tc.raw.strip() or tc.unit not in (None, "USD", "shares", "count"):
        return None
    if any(sign < 0 for _, sign in rd.terms) and _CHANGE_COLUMN.search(table.columns[col].label if col < len(table.columns) else ""):
        return None  # a change column's signs follow favourable/unfavourable, so differences need not hold
    t = _val(table, rd.target, col)
    terms = [(_val(table, j, col), s) for j, s in rd.terms]
    if t is _UNKNOWN or any(v is _UNKNOWN for v, _ in terms):
        return None
    if not any(_cell_has_figure(table, j, col) for j, _ in rd.terms):
        return None  # nothing printed above the total in this column
    for j, _ in rd.terms:
        c = _cell(table, j, col)
        if c is not None and c.value is not None and tc.unit and c.unit != tc.unit:
            return None
    return sum((v * s for v, s in terms), Decimal(0)) == t


def _cell_has_figure(table: Table, row: int, col: int) -> bool:
    c = _cell(table, row, col)
    return c is not None and bool(c.raw.strip())


def _validated(table: Table, ident: Identity) -> list[Reading]:
    """Readings that hold in every column where they can be checked (at least one)."""
    ncols = len(table.columns)
    good = []
    for rd in ident.readings:
        results = [_holds(table, rd, c) for c in range(ncols)]
        checked = [x for x in results if x is not None]
        if checked and all(checked):
            good.append(rd)
    return good


def _matches_print(raw: str, value: Decimal, power: int) -> bool:
    """Does `value` agree with what is left of the printed figure (',816' -> ends in ',816')?"""
    core = re.sub(r"[\s$]", "", raw)
    negative = core.startswith(("(", "-"))
    if negative != (value < 0):
        return False
    core = core.strip("()-")
    printed = format_number(value.scaleb(-power))
    if not core:
        return True
    pattern = "".join(re.escape(ch) if ch in "0123456789,." else "." for ch in core)
    return re.search(pattern + "$", printed) is not None and len(printed) >= len(core)


def _solve(table: Table, rd: Reading, row: int, col: int) -> Decimal | None:
    """Value of the one unknown cell (row, col) that makes the reading hold, or None."""
    t = _val(table, rd.target, col)
    known = Decimal(0)
    coef = 0
    if rd.target == row:
        for j, s in rd.terms:
            v = _val(table, j, col)
            if v is _UNKNOWN:
                return None
            known += v * s
        return known
    if t is _UNKNOWN:
        return None
    for j, s in rd.terms:
        v = _val(table, j, col)
        if j == row:
            coef += s
        elif v is _UNKNOWN:
            return None
        else:
            known += v * s
    if coef == 0:
        return None
    return (t - known) / coef


def reconcile(table: Table) -> tuple[Table, list[ParseWarning]]:
    """Repair lost cells that one identity pins down; warn where identities fail. Returns a new Table."""
    if any(c.value is None and c.unit is not None for r in table.rows for c in r.cells):
        table = table.model_copy(deep=True)  # repairs write into the copy; the input stays as built
    warnings: list[ParseWarning] = []
    identities = find_identities(table)
    power = table.scale_power
    sc = find_scale(table.scale) if table.scale else None
    share_power = sc.share_power if sc else 0
    for _ in range(5):  # a repair can make another identity solvable
        repaired_any = False
        for ri, row in enumerate(table.rows):
            for cell in row.cells:
                if cell.value is not None or not cell.raw.strip() or cell.repaired:
                    continue
                if cell.unit not in ("USD", "shares") or not re.search(r"\d", cell.raw):
                    continue
                p = power if cell.unit == "USD" else share_power
                found: dict[Decimal, str] = {}
                for ident in identities:
                    readings = _validated(table, ident)
                    if not readings:
                        readings = ident.readings if len(ident.readings) == 1 else []
                    for rd in readings:
                        if ri != rd.target and ri not in {j for j, _ in rd.terms}:
                            continue
                        v = _solve(table, rd, ri, cell.column)
                        if v is not None and _matches_print(cell.raw, v, p):
                            found.setdefault(v, rd.name)
                if len(found) == 1:
                    (v, name), = found.items()
                    cell.value = v
                    cell.repaired = True
                    cell.repair_note = name
                    warnings.append(ParseWarning(
                        kind="repaired", table_id=table.id, row=ri, column=cell.column,
                        message=f"{table.id}: '{row.label}' printed '{cell.raw}', repaired to {format_number(v.scaleb(-p))} from {name}",
                    ))
                    repaired_any = True
                elif len(found) > 1:
                    warnings.append(ParseWarning(
                        kind="unreadable", table_id=table.id, row=ri, column=cell.column,
                        message=f"{table.id}: '{row.label}' printed '{cell.raw}'; identities disagree, not repaired",
                    ))
        if not repaired_any:
            break
    ncols = len(table.columns)
    for ident in identities:
        for col in range(ncols):
            results = [_holds(table, rd, col) for rd in ident.readings]
            if any(r is True for r in results) or not any(r is False for r in results):
                continue
            # a failed reading is evidence only when the same reading holds in another column,
            # or the identity is plain enough (one reading of ordinary rows, a statement identity)
            held_elsewhere = [rd for rd in ident.readings
                              if any(_holds(table, rd, c) is True for c in range(ncols) if c != col)]
            if not held_elsewhere and not ident.strong:
                continue
            rd = (held_elsewhere or ident.readings)[0]
            warnings.append(ParseWarning(
                kind="inconsistent", table_id=table.id, row=ident.target, column=col,
                message=f"{table.id}: {rd.name} does not hold in column '{table.columns[col].label}'; printed values kept",
            ))
    return table, warnings

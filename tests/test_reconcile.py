"""Accounting identities: repair only what one identity pins, warn where readable figures disagree."""

from decimal import Decimal

from index.read_text import read_text
from index.reconcile import find_identities, reconcile
from index.tables import build_table

HEAD = "STATEMENTS OF OPERATIONS (in thousands)\n\n\tThree Months Ended September 30,\n\t2011\t2010\n"


def _table(body: str, head: str = HEAD):
    layout = read_text(head + body)
    assert len(layout.tables) == 1
    table, _ = build_table(layout.tables[0], "f/t1", layout.text)
    return table


def _cell(table, label, col=0):
    return next(r for r in table.rows if r.label == label).cells[col]


def _readable(table):
    return {(i, c.column): c.value for i, r in enumerate(table.rows) for c in r.cells if c.value is not None}


OPEX = (
    "Expenses:\t\t\n"
    "Research and development\t{rd}\t13,425\n"
    "General and administrative\t{ga}\t3,364\n"
    "Total operating expenses\t22,002\t16,789\n"
)


def test_lost_digits_pinned_by_one_identity_are_repaired():
    t = _table(OPEX.format(rd=",161", ga="4,841"))
    fixed, warnings = reconcile(t)
    cell = _cell(fixed, "Research and development")
    assert cell.value == Decimal(17161000) and cell.repaired
    assert "Total operating expenses" in cell.repair_note
    assert [w.kind for w in warnings] == ["repaired"]
    assert _cell(t, "Research and development").value is None  # the input table is not mutated


def test_garbled_digits_are_repaired_when_consistent_with_the_print():
    t = _table(OPEX.format(rd="1?,161", ga="4,841"))
    fixed, _ = reconcile(t)
    assert _cell(fixed, "Research and development").value == Decimal(17161000)


def test_no_repair_when_the_remaining_digits_disagree():
    t = _table(OPEX.format(rd=",999", ga="4,841"))
    fixed, warnings = reconcile(t)
    cell = _cell(fixed, "Research and development")
    assert cell.value is None and not cell.repaired
    assert not [w for w in warnings if w.kind == "repaired"]


def test_no_repair_when_two_cells_are_unknown():
    t = _table(OPEX.format(rd=",161", ga=",841"))
    fixed, _ = reconcile(t)
    assert _cell(fixed, "Research and development").value is None
    assert _cell(fixed, "General and administrative").value is None
    assert not any(c.repaired for r in fixed.rows for c in r.cells)


def test_readable_values_that_do_not_add_up_are_kept_and_flagged():
    t = _table(OPEX.format(rd="17,000", ga="4,841"))
    fixed, warnings = reconcile(t)
    assert _readable(fixed) == _readable(t)
    bad = [w for w in warnings if w.kind == "inconsistent"]
    assert len(bad) == 1 and bad[0].column == 0
    assert "Total operating expenses" in bad[0].message


STATEMENT = (
    "Revenues:\t\t\n"
    "License fees\t2,536\t3,411\n"
    "Total revenues\t2,536\t3,411\n"
    "Expenses:\t\t\n"
    "Research and development\t17,161\t13,425\n"
    "General and administrative\t4,841\t3,364\n"
    "Total operating expenses\t22,002\t16,789\n"
    "Loss from operations\t{ops}\t(13,378)\n"
    "Other (expense) income, net\t{other}\t490\n"
    "Loss before taxes\t(19,483)\t(12,888)\n"
    "Provision for income taxes\t\t\n"
    "Net loss\t$ (19,483)\t$ (12,888)\n"
)


def test_statement_identities_are_found_and_hold():
    t = _table(STATEMENT.format(ops="(19,466)", other="(17)"))
    names = [rd.name for ident in find_identities(t) for rd in ident.readings]
    assert any(n.startswith("Loss from operations = Total revenues - Total operating expenses") for n in names)
    assert any(n.startswith("Loss before taxes = Loss from operations + Other (expense) income, net") for n in names)
    assert any(n.startswith("Net loss = Loss before taxes") for n in names)
    _, warnings = reconcile(t)
    assert warnings == []


def test_two_identities_agreeing_repair_a_cell():
    t = _table(STATEMENT.format(ops="(,466)", other="(17)"))
    fixed, _ = reconcile(t)
    cell = _cell(fixed, "Loss from operations")
    assert cell.value == Decimal(-19466000) and cell.repaired


def test_sign_must_match_the_print():
    # a lost '(' would make the identity's negative value disagree with a positive print
    t = _table(STATEMENT.format(ops=",466", other="(17)"))
    fixed, _ = reconcile(t)
    assert _cell(fixed, "Loss from operations").value is None


def test_pretax_identity_flags_a_readable_mismatch():
    t = _table(STATEMENT.format(ops="(19,466)", other="(18)"))
    fixed, warnings = reconcile(t)
    assert _cell(fixed, "Other (expense) income, net").value == Decimal(-18000)
    assert any(w.kind == "inconsistent" and "Loss before taxes" in w.message for w in warnings)


BALANCE = (
    "ASSETS\t\t\n"
    "Current assets:\t\t\n"
    "Cash\t$ 1,100\t$ 90\n"
    "Receivables\t50\t40\n"
    "Total current assets\t1,150\t130\n"
    "Property, net\t{ppe}\t70\n"
    "Total assets\t$ 1,230\t$ 200\n"
    "Liabilities\t{liab}\t120\n"
    "Shareholders' equity\t100\t80\n"
    "Total liabilities and shareholders' equity\t$ 1,230\t$ 200\n"
)
BS_HEAD = "BALANCE SHEETS (in thousands)\n\n\tSeptember 30, 2011\tJune 30, 2011\n"


def test_totals_over_subtotals_hold():
    t = _table(BALANCE.format(ppe="80", liab="1,130"), BS_HEAD)
    _, warnings = reconcile(t)
    assert warnings == []


def test_balance_sheet_repair_and_identity():
    t = _table(BALANCE.format(ppe="80", liab=",130"), BS_HEAD)
    assert _cell(t, "Liabilities").value is None
    fixed, _ = reconcile(t)
    cell = _cell(fixed, "Liabilities")
    assert cell.value == Decimal(1130000) and cell.repaired
    assert "Total liabilities and shareholders' equity" in cell.repair_note


def test_balance_sheet_mismatch_is_flagged():
    t = _table(BALANCE.format(ppe="80", liab="1,140"), BS_HEAD)
    _, warnings = reconcile(t)
    assert any(w.kind == "inconsistent" for w in warnings)


def _public_tables(shared_dir, name, key):
    import json

    data = json.loads((shared_dir / "data" / name).read_text())
    for item in data:
        rows = item["table"]["table"] if key == "tatqa" else item["table_ori"]
        text = "TABLE\n\n" + "\n".join("\t".join(c.replace("\t", " ") for c in r) for r in rows) + "\n"
        layout = read_text(text)
        for i, raw in enumerate(layout.tables):
            yield build_table(raw, f"x/t{i}", layout.text)


def test_real_tables_are_never_repaired_and_rarely_flagged(shared_dir):
    """TAT-QA and FinQA tables come from real filings, printed intact: nothing may be 'repaired',
    and the few inconsistencies flagged are real ones (rounding) or excerpts, not misread structure."""
    for name, key, max_flagged_tables in (("tatqa_dev.json", "tatqa", 10), ("finqa_dev.json", "finqa", 3)):
        flagged = tables = 0
        for table, warnings in _public_tables(shared_dir, name, key):
            fixed, more = reconcile(table)
            tables += 1
            assert not any(c.repaired for r in fixed.rows for c in r.cells), table
            assert _readable(fixed) == _readable(table)
            flagged += any(w.kind == "inconsistent" for w in more)
        assert tables >= 200
        assert flagged <= max_flagged_tables, (name, flagged)


def test_less_rows_printed_positive_are_subtracted():
    t = _table(
        "Vessel calendar days\t8,395\t9,747\n"
        "Less off-hire days\t293\t277\n"
        "Total TCE days\t8,102\t9,470\n",
        "FLEET DATA\n\n\t2019\t2018\n",
    )
    _, warnings = reconcile(t)
    assert warnings == []


def test_unlabelled_subtotal_beside_a_percent_column():
    t = _table(
        "Voyage revenue\t317,220\t289,016\t9.8%\n"
        "Less voyage expenses\t(141,770)\t(165,012)\t(14.1%)\n"
        "Net voyage revenue\t175,450\t124,004\t41.5%\n"
        "Other revenue\t1,000\t2,000\t(50.0%)\n"
        "Total revenue\t176,450\t126,004\t40.0%\n",
        "VOYAGES (in thousands)\n\n\t2019\t2018\tChange\n",
    )
    ids = find_identities(t)
    assert any(rd.name.startswith("Net voyage revenue = sum of the rows above it") for i in ids for rd in i.readings)
    _, warnings = reconcile(t)
    assert warnings == []

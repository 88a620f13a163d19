"""The seed filing end to end: every cell of both statements, periods, repair, prose, metadata."""

from decimal import Decimal

import pytest

from index.errors import FilingError
from index.parse import filing_id_for, parse_bytes, parse_file

BS = "CONDENSED CONSOLIDATED BALANCE SHEETS"
OPS = "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"

# (row label, values in thousands as printed, unit) -> both columns
BALANCE_SHEET = [
    ("Cash and cash equivalents", (179765, 191206)),
    ("Other assets", (19339, 26435)),
    ("Total assets", (199104, 217641)),
    ("Current liabilities", (13219, 14566)),
    ("Long-term portion of deferred revenue and other long-term liabilities", (62114, 63106)),
    ("Shareholders' equity", (123771, 139969)),
    ("Total liabilities and shareholders' equity", (199104, 217641)),
]
OPERATIONS = [
    ("Research and development support", (1068, 1495)),
    ("License and milestone fees", (1187, 1810)),
    ("Clinical materials reimbursement", (281, 106)),
    ("Total revenues", (2536, 3411)),
    ("Research and development", (17161, 13425)),
    ("General and administrative", (4841, 3364)),
    ("Total operating expenses", (22002, 16789)),
    ("Loss from operations", (-19466, -13378)),
    ("Other (expense) income, net", (-17, 490)),
    ("Loss before taxes", (-19483, -12888)),
    ("Net loss", (-19483, -12888)),
]
EPS = ("Net loss per common share, basic and diluted", (Decimal("-0.26"), Decimal("-0.19")))


@pytest.fixture(scope="module")
def parsed(sample_path):
    return parse_file(sample_path)


def _table(parsed, title):
    matches = [t for t in parsed.tables if t.title and t.title.startswith(title)]
    assert len(matches) == 1, [t.title for t in parsed.tables]
    return matches[0]


def _row(table, label):
    rows = [r for r in table.rows if r.label == label]
    assert len(rows) == 1, f"{label!r} in {[r.label for r in table.rows]}"
    return rows[0]


def test_balance_sheet_every_cell(parsed):
    t = _table(parsed, BS)
    assert t.scale_power == 3
    assert [c.period for c in t.columns] == ["2011-09-30", "2011-06-30"]
    assert [c.label for c in t.columns] == ["September 30, 2011", "June 30, 2011"]  # 'Sep otember' mended
    for label, values in BALANCE_SHEET:
        row = _row(t, label)
        assert [c.value for c in row.cells] == [Decimal(v) * 1000 for v in values], label
        assert [c.unit for c in row.cells] == ["USD", "USD"], label
        assert not any(c.repaired for c in row.cells)
    valued = [c for r in t.rows for c in r.cells if c.value is not None]
    assert len(valued) == 14


def test_operations_every_cell(parsed):
    t = _table(parsed, OPS)
    assert t.scale == "in thousands, except per share amounts"
    assert [c.period for c in t.columns] == ["2011-07-01/2011-09-30", "2010-07-01/2010-09-30"]
    assert [c.label for c in t.columns] == ["Three Months Ended September 30, 2011", "Three Months Ended September 30, 2010"]
    for label, values in OPERATIONS:
        row = _row(t, label)
        assert [c.value for c in row.cells] == [Decimal(v) * 1000 for v in values], label
        assert [c.unit for c in row.cells] == ["USD", "USD"], label
    eps = _row(t, EPS[0])
    assert [c.value for c in eps.cells] == list(EPS[1])
    assert [c.unit for c in eps.cells] == ["USD/share", "USD/share"]
    provision = _row(t, "Provision for income taxes")
    assert all(c.value is None for c in provision.cells)
    valued = [c for r in t.rows for c in r.cells if c.value is not None]
    assert len(valued) == 24


def test_split_fragments_are_joined_as_printed(parsed):
    t = _table(parsed, OPS)
    assert _row(t, "Research and development support").cells[0].raw == "$ 1,068"
    assert _row(t, "Net loss").cells[0].raw == "$ (19,483)"
    assert _row(t, "Loss from operations").cells[0].raw == "(19,466)"
    for row in t.rows:  # every span points at exactly the printed cell
        for c in row.cells:
            if c.raw:
                assert parsed.text[c.start:c.end] == c.raw


def test_lost_digits_repaired_by_the_one_identity(parsed):
    t = _table(parsed, OPS)
    cell = _row(t, "Research and development").cells[0]
    assert cell.raw == ",161"
    assert cell.value == Decimal(17161000)
    assert cell.repaired is True
    assert "Total operating expenses" in cell.repair_note
    assert parsed.repaired_count == 1
    # every other cell stays as printed, and nothing is inconsistent
    assert not [w for w in parsed.warnings if w.kind == "inconsistent"]
    assert [w.kind for w in parsed.warnings] == ["repaired"]


def test_table_facts(parsed):
    table_facts = [f for f in parsed.facts if f.kind == "table"]
    assert len(table_facts) == 38
    by_id = {f.id: f for f in table_facts}
    ops = _table(parsed, OPS)
    ri = ops.rows.index(_row(ops, "Net loss"))
    f = by_id[f"{ops.id}/r{ri}/c0"]
    assert f.value == Decimal(-19483000) and f.unit == "USD"
    assert f.period == "2011-07-01/2011-09-30"
    assert f.as_printed == "(19,483)"
    assert "Net loss" in f.quote and "(19,483)" in f.quote and OPS in f.quote
    assert parsed.text[f.source.start:f.source.end] == "$ (19,483)"
    assert f.source.table_id == ops.id and f.source.row == ri and f.source.column == 0
    repaired = [x for x in table_facts if x.repaired]
    assert [(x.label, x.value) for x in repaired] == [("Research and development", Decimal(17161000))]


def _prose(parsed, start_text):
    hits = [f for f in parsed.facts if f.kind == "text" and parsed.text[f.source.start:f.source.end].startswith(start_text)]
    assert hits, start_text
    return hits[0]


def test_prose_figures(parsed):
    f = _prose(parsed, "$19.5 million")
    assert (f.value, f.unit) == (Decimal(19500000), "USD")
    assert f.period == "2011-07-01/2011-09-30"
    assert "net loss of $19.5 million" in f.quote
    f = _prose(parsed, "$0.26")
    assert (f.value, f.unit) == (Decimal("0.26"), "USD/share")
    f = _prose(parsed, "$65-70 million")
    assert (f.value, f.low, f.high, f.unit) == (Decimal(65000000), Decimal(65000000), Decimal(70000000), "USD")
    assert f.period == "2011-07-01/2012-06-30"
    f = _prose(parsed, "$3 million")
    assert (f.value, f.unit) == (Decimal(3000000), "USD")
    assert "milestone" in f.quote
    f = _prose(parsed, "$191.2 million")
    assert f.period == "2011-06-30"
    # fiscal wording dated through the fiscal year end: '(1Q FY2011)' is the prior-year quarter
    assert _prose(parsed, "$12.9 million").period == "2010-07-01/2010-09-30"
    assert _prose(parsed, "$2.5 million").period == "2011-07-01/2011-09-30"
    assert _prose(parsed, "$3.4 million").period == "2010-07-01/2010-09-30"  # "the same period last year"
    assert _prose(parsed, "$3 million").period is None  # no period stated


def test_no_prose_facts_from_cover_noise(parsed):
    printed = {parsed.text[f.source.start:f.source.end] for f in parsed.facts if f.kind == "text"}
    for noise in ("895-0600", "02451", "0-17999", "230.425", "2.02", "2011", "20549"):
        assert not any(noise in p for p in printed), noise


def _table_cells(text: str) -> dict:
    """Each table figure of `text`, parsed as a plain-text filing, by (row label, column label)."""
    return {(f.label, f.column_label): f for f in parse_bytes(text.encode(), "table.txt").facts if f.kind == "table"}


def test_metadata(parsed):
    m = parsed.filing
    assert m.id == "immunogen_8k_2011-10-27"
    assert m.company == "ImmunoGen, Inc."
    assert m.form_type == "8-K"
    assert m.date_of_report == "2011-10-27"
    assert m.period_end == "2011-09-30"
    assert m.fiscal_year_end == "--06-30"
    assert (m.fiscal_period, m.fiscal_year) == ("Q1", 2012)
    assert m.format == "text"
    assert len(m.content_hash) == 64


def test_blocks_in_reading_order_with_sections(parsed):
    starts = [b.start for b in parsed.blocks]
    assert starts == sorted(starts)
    for b in parsed.blocks:
        assert parsed.text[b.start:b.end] == b.text
    tables = [b for b in parsed.blocks if b.kind == "table"]
    assert {b.table_id for b in tables} >= {t.id for t in parsed.tables if t.title and "CONDENSED" in t.title}
    guidance = [b for b in parsed.blocks if b.kind == "paragraph" and "$65-70 million" in b.text]
    assert guidance and guidance[0].section == "Financial Guidance"
    # page numbers are gone and the paragraph cut by one is whole again
    assert "These compounds are in development" in parsed.text
    assert "\\$" not in parsed.text


def test_filing_id_slug():
    assert filing_id_for("ImmunoGen 8K (final).TXT") == "immunogen_8k_final"
    assert filing_id_for("dir/buckle_8-k_2024-11-22_ex99-1.html") == "buckle_8-k_2024-11-22_ex99-1"


def test_size_limit_is_413(sample_path):
    with pytest.raises(FilingError) as e:
        parse_file(sample_path, max_bytes=100)
    assert e.value.status == 413
    assert "immunogen_8k_2011-10-27.txt" in e.value.message
    with pytest.raises(FilingError):
        parse_bytes(b"   \n", "empty.txt")


# --- the plain-text reader on its own -------------------------------------------------------

from index.read_text import read_text

FRAGMENTS = (
    "STATEMENTS (in thousands)\n\n"
    "(Unaudited)\t\t\t\t\n"
    "\t\tThree Months Ended September 30,\t\t\n"
    "\t2011\t\t2010\t\n"
    "Revenues:\t\t\t\t\n"
    "Support\t\\$ 1\t,068 \\$\t1,495\t\n"
    "Fees\t1\t,187\t1,810\t\n"
    "Research\t\t,161\t13,425\t\n"
    "Net loss\t\\$ (19\t,483) \\$\t(12,888)\t\n"
    "\t•\t<u> </u>\t_\n"
    "Margin\t46.3\t%\t45.1\t%\n"
)


def test_text_tables_are_tidy_grids_with_fragments_joined():
    layout = read_text(FRAGMENTS)
    assert len(layout.tables) == 1
    t = layout.tables[0]
    grid = [[c.text for c in row] for row in t.rows]
    assert grid == [
        ["(Unaudited)", "", ""],
        ["", "Three Months Ended September 30,"],
        ["", "2011", "2010"],
        ["Revenues:", "", ""],
        ["Support", "$ 1,068", "$ 1,495"],
        ["Fees", "1,187", "1,810"],
        ["Research", ",161", "13,425"],  # lost digits stay as printed
        ["Net loss", "$ (19,483)", "$ (12,888)"],
        ["Margin", "46.3%", "45.1%"],
    ]
    assert [c.colspan for c in t.rows[1]] == [1, 2]
    for row in t.rows:
        assert sum(c.colspan for c in row[1:]) == 2
        for c in row:
            assert layout.text[c.start:c.end] == c.text
    assert t.caption == ["STATEMENTS (in thousands)"]


def test_page_numbers_dropped_and_cut_paragraphs_rejoined():
    layout = read_text("Heading\n\nThe compounds are in Phase I testing. These\n\n2\n\ncompounds are partnered.\n\n- 3 -\n\nNext paragraph.")
    texts = [layout.text[b.start:b.end] for b in layout.blocks]
    assert texts == ["Heading", "The compounds are in Phase I testing. These compounds are partnered.", "Next paragraph."]
    assert [b.kind for b in layout.blocks] == ["heading", "paragraph", "paragraph"]


def test_escapes_and_markup_are_undone():
    layout = read_text("A \\$3 million milestone for <u>IMGN529</u> (*see* below).")
    assert layout.text == "A $3 million milestone for IMGN529 (*see* below)."


def test_roll_forward_rows_take_their_own_instants():
    text = (
        "RSU activity for the nine months ended June 29, 2024 (in thousands):\n\n"
        "\tNumber of RSUs\tWeighted-Average Grant Date Fair Value Per RSU\n"
        "Balance as of September 30, 2023\t180,247\t$ 135.91\n"
        "RSUs granted\t78,276\t$ 172.26\n"
        "Balance as of June 29, 2024\t166,423\t$ 157.66\n"
    )
    facts = _table_cells(text)
    opening = facts[("Balance as of September 30, 2023", "Number of RSUs")]
    assert (opening.value, opening.unit, opening.period) == (Decimal(180247000), "shares", "2023-09-30")
    granted = facts[("RSUs granted", "Number of RSUs")]
    assert granted.period == "2023-10-01/2024-06-29"  # the title's one period, for undated columns
    price = facts[("RSUs granted", "Weighted-Average Grant Date Fair Value Per RSU")]
    assert (price.value, price.unit) == (Decimal("172.26"), "USD/share")


def test_fiscal_word_columns_are_dated_by_the_fiscal_year_end():
    text = (
        "FORM 8-K\n\nExample Corp. expects its results for the fiscal year ending June 30, 2012 to improve.\n\n"
        "SELECTED DATA (in thousands)\n\n"
        "\tQ1 FY2012\tQ1 FY2011\n"
        "Revenues\t$ 2,536\t$ 3,411\n"
        "Net loss\t(19,483)\t(12,888)\n"
    )
    parsed = parse_bytes(text.encode(), "example.txt")
    assert parsed.filing.fiscal_year_end == "--06-30"
    assert [c.period for c in parsed.tables[0].columns] == ["2011-07-01/2011-09-30", "2010-07-01/2010-09-30"]


def test_figures_in_row_labels_are_scaled_like_the_table_and_paired_with_columns():
    text = (
        "BALANCE SHEETS (In millions, except number of shares, which are reflected in thousands, and par value)\n\n"
        "\tJune 29, 2024\tSeptember 30, 2023\n"
        "Common stock, $0.00001 par value: 50,400,000 shares authorized; 15,222,259 and 15,550,061 shares "
        "issued and outstanding, respectively\t79,850\t73,812\n"
        "Retained earnings\t(4,726)\t(214)\n"
    )
    parsed = parse_bytes(text.encode(), "bs.txt")
    label_facts = {parsed.text[f.source.start:f.source.end]: f for f in parsed.facts if f.kind == "text"}
    assert label_facts["$0.00001"].unit == "USD/share" and label_facts["$0.00001"].value == Decimal("0.00001")
    issued = label_facts["15,222,259"]
    assert (issued.value, issued.unit, issued.period) == (Decimal(15222259000), "shares", "2024-06-29")
    assert label_facts["15,550,061 shares"].period == "2023-09-30"
    common = [f for f in parsed.facts if f.kind == "table" and f.label.startswith("Common stock")]
    assert [(f.value, f.unit) for f in common] == [(Decimal(79850000000), "USD"), (Decimal(73812000000), "USD")]


def test_fragments_with_several_groups_and_decimals_join():
    layout = read_text("T\n\n\t2011\t2010\nA\t$\t1\t,234\t,567\t$ (2\t,345\t,678)\nB\t0\t.26\t(0\t.19)\n")
    assert [[c.text for c in r] for r in layout.tables[0].rows] == [
        ["", "2011", "2010"], ["A", "$ 1,234,567", "$ (2,345,678)"], ["B", "0.26", "(0.19)"]]


def test_period_caption_over_year_columns_is_not_the_title():
    text = (
        "CONDENSED STATEMENTS OF OPERATIONS (in thousands)\n\n"
        "Three Months Ended September 30,\n\n"
        "\t2011\t2010\n"
        "Revenues\t$ 1,068\t$ 1,495\n"
        "Net loss\t$ (19,483)\t$ (12,888)\n"
    )
    t = parse_bytes(text.encode(), "ops.txt").tables[0]
    assert t.title == "CONDENSED STATEMENTS OF OPERATIONS (in thousands)"
    assert [c.period for c in t.columns] == ["2011-07-01/2011-09-30", "2010-07-01/2010-09-30"]


def test_a_stated_53_week_year_lengthens_month_named_columns():
    text = (
        "FORM 10-Q\n\nFor the quarterly period ended June 29, 2024\n\n"
        "The Company's fiscal year is the 52- or 53-week period that ends on the last Saturday of September. "
        "An additional week is included in the first fiscal quarter every five or six years, which occurred in the "
        "first fiscal quarter of 2023. The Company's fiscal years 2024 and 2023 span 52 and 53 weeks, respectively. "
        "Its fiscal year ending September 28, 2024 is its 2024 fiscal year.\n\n"
        "STATEMENTS OF OPERATIONS (in millions)\n\n"
        "\tNine Months Ended\t\n"
        "\tJune 29, 2024\tJuly 1, 2023\n"
        "Net sales\t$ 296,105\t$ 293,787\n"
    )
    parsed = parse_bytes(text.encode(), "apple_like.txt")
    assert parsed.filing.fiscal_year_end == "--09-28"
    assert [c.period for c in parsed.tables[0].columns] == ["2023-10-01/2024-06-29", "2022-09-25/2023-07-01"]


def test_item_lines_are_headings():
    layout = read_text("Item 2.02 Results of Operations and Financial Condition.\n\nOn October 27, 2011, the company reported.")
    assert [b.kind for b in layout.blocks] == ["heading", "paragraph"]


def test_unreadable_paths_are_one_line_errors(tmp_path):
    for path in (tmp_path / "missing.txt", tmp_path):
        with pytest.raises(FilingError) as e:
            parse_file(path)
        assert "cannot read the file" in e.value.message and "\n" not in e.value.message


def test_a_scale_word_in_a_cell_beats_the_table_scale():
    text = "SEGMENTS (in thousands)\n\n\t2019\t2018\nBacklog\t$2.2 billion\t$827 million\nRevenue\t1,068\t1,495\n"
    t = parse_bytes(text.encode(), "seg.txt").tables[0]
    backlog = next(r for r in t.rows if r.label == "Backlog")
    assert [c.value for c in backlog.cells] == [Decimal(2200000000), Decimal(827000000)]
    assert [c.value for c in next(r for r in t.rows if r.label == "Revenue").cells] == [Decimal(1068000), Decimal(1495000)]


def test_identifier_columns_hold_no_quantities():
    text = "EXHIBIT INDEX\n\nDescription\tExhibit No.\tPage\nPress release\t99.1\t12\nConsent\t23.1\t14\n"
    parsed = parse_bytes(text.encode(), "ex.txt")
    assert [f for f in parsed.facts if f.kind == "table"] == []


def test_wide_sparse_rows_align_quickly():
    full = "\t".join(["Full"] + [str(i * 1000 + 7) for i in range(40)])
    sparse = "\t".join(["Sparse"] + [str(i * 1000 + 7) if i % 2 == 0 else "" for i in range(40)])
    layout = read_text(f"T\n\n{full}\n{sparse}\n{full}\n")
    row = [c.text for c in layout.tables[0].rows[1]]
    assert row[:6] == ["Sparse", "7", "", "2007", "", "4007"] and len(row) == 41


def test_prose_quarters_of_a_52_53_week_filer_are_dated_by_the_reports_own_quarter():
    text = (
        "FORM 10-Q\n\nFor the quarterly period ended June 29, 2024\n\n"
        "Its fiscal year ending September 28, 2024 is its 2024 fiscal year.\n\n"
        "Expense increased $347 million during the third quarter of 2024 and $793 million during the "
        "first nine months of 2024 compared to the same periods in 2023.\n\n"
        "During the third quarter of 2023, the Company repurchased $20.0 billion of its stock.\n"
    )
    parsed = parse_bytes(text.encode(), "tenq.txt")
    assert (parsed.filing.fiscal_period, parsed.filing.fiscal_year) == ("Q3", 2024)
    found = {parsed.text[f.source.start:f.source.end]: f for f in parsed.facts if f.kind == "text"}
    assert found["$347 million"].period == "2024-03-31/2024-06-29"
    assert found["$793 million"].period == "2023-10-01/2024-06-29"
    assert found["$20.0 billion"].period is None  # another year's quarter of a 52/53-week calendar: not guessed


def test_a_printed_dollar_sign_is_money_per_share_not_a_share_count_or_a_percent():
    text = (
        "Assumptions for options granted:\n\n"
        "\t2007\t2006\n"
        "Weighted average exercise price per share\t$ 60.94\t$ 37.84\n"
        "Weighted average shares outstanding\t1,200\t1,150\n"
    )
    facts = _table_cells(text)
    price = facts[("Weighted average exercise price per share", "2007")]
    assert (price.value, price.unit) == (Decimal("60.94"), "USD/share")  # "weighted" alone made it a share count
    assert facts[("Weighted average shares outstanding", "2007")].unit == "shares"
    # a column whose header reads as a percent column does not turn a printed "$" into a percent
    from index.numbers import parse_amount
    from index.tables import _unit

    assert _unit("Fair value per share", None, "2016 1.1%", parse_amount("$ 31.00"), True, False) == "USD/share"
    assert _unit("Volatility", None, "2016 1.1%", parse_amount("33"), True, False) == "percent"


def test_a_column_header_like_2019_eur_m_scales_its_cells():
    text = "Staff costs were as follows:\n\n\t2019 €m\t2018 €m\nSalaries and fees\t4\t5\nPensions\t1.5\t2\n"
    facts = _table_cells(text)
    assert facts[("Salaries and fees", "2019 €m")].value == Decimal("4000000")
    assert facts[("Pensions", "2018 €m")].value == Decimal("2000000")


def test_a_duration_in_years_is_years_and_not_scaled_like_the_money_beside_it():
    text = (
        "Stock option assumptions (in thousands, except per share amounts):\n\n"
        "\t2019\t2018\n"
        "Expected term (years)\t4.8\t4.6\n"
        "Weighted average remaining contractual life (in years)\t6.2\t6.5\n"
        "Stock-based compensation expense\t1,250\t1,100\n"
    )
    facts = _table_cells(text)
    assert (facts[("Expected term (years)", "2019")].value, facts[("Expected term (years)", "2019")].unit) == \
        (Decimal("4.8"), "years")
    assert facts[("Weighted average remaining contractual life (in years)", "2018")].unit == "years"
    expense = facts[("Stock-based compensation expense", "2019")]
    assert (expense.value, expense.unit) == (Decimal("1250000"), "USD")
    from qa.answer import say_amount

    assert say_amount(Decimal("4.7667"), "years") == "4.7667 years"

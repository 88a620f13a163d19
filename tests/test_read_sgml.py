"""EDGAR full submissions: header fields, which documents are read, fixed-width <TABLE>s."""

from pathlib import Path

import pytest

from index.read_sgml import is_content_document, read_header, read_sgml, split_documents
from index.sniff import read_layout

FIXTURES = Path(__file__).parent / "fixtures"


def _grid(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


@pytest.fixture(scope="module")
def submission() -> str:
    return (FIXTURES / "submission_small.txt").read_text()


def test_header_fields(submission):
    assert read_header(submission) == {
        "CONFORMED SUBMISSION TYPE": "8-K",
        "CONFORMED PERIOD OF REPORT": "19981215",
        "FILED AS OF DATE": "19981231",
        "COMPANY CONFORMED NAME": "EXAMPLE TRUST CORP",
        "FISCAL YEAR END": "0630",
    }


def test_only_the_report_and_its_exhibits_are_read(submission):
    docs = split_documents(submission)
    assert [d.type for d in docs] == ["8-K", "EX-20.1", "GRAPHIC", "XML", "EX-101.SCH"]
    assert [is_content_document(d) for d in docs] == [True, True, False, False, False]
    layout = read_sgml(submission)
    assert layout.format == "sgml"
    assert "999,999" not in layout.text and "begin 644" not in layout.text
    headings = [layout.text[b.start:b.end] for b in layout.blocks if b.kind == "heading"]
    assert headings[:2] == ["8-K: CURRENT REPORT", "EX-20.1: STATEMENT TO CERTIFICATEHOLDERS"]
    assert layout.text.index("The trust paid holders") < layout.text.index("A-1\t960.989386")


def test_fixed_width_table_is_cut_at_the_column_markers(submission):
    layout = read_sgml(submission)
    factor, pool = layout.tables
    banner = "FACTOR INFORMATION PER $1000 OF ORIGINAL FACE"
    assert _grid(factor) == [
        ["CLASS", f"{banner} PRIOR BALANCE", f"{banner} INTEREST", f"{banner} PRINCIPAL", f"{banner} CURRENT BALANCE"],
        ["A-1", "960.989386", "4.996344", "30.408771", "930.580615"],
        ["A-2", "1,000.000000", "5.030833", "0.000000", "1,000.000000"],
        ["TOTALS", "1,960.989386", "10.027177", "30.408771", "1,930.580615"],
    ]
    assert factor.caption == ["EXAMPLE TRUST CORPORATION", "STATEMENT TO CERTIFICATEHOLDERS"]
    # A header line inside the body (after a rule, text under the value columns) starts a new table.
    assert _grid(pool)[0][:4] == ["POOL INFO", "FIXED GROUP", "ADJ GROUP", "TOTAL"]
    assert _grid(pool)[2][:4] == ["LESS: DELINQ", "(497,568.25)", "(340,438.75)", "(838,007.00)"]
    for table in layout.tables:
        for row in table.rows:
            for cell in row:
                assert layout.text[cell.start:cell.end] == cell.text
    assert layout.text.rstrip().endswith("This statement is also available on the trustee's website.")


def test_a_lone_document_block_wrapping_html_is_read():
    data = b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html><body><p>Net sales were $5 million.</p></body></html>\n</TEXT>\n</DOCUMENT>\n"
    layout = read_layout(data, "ex99.htm")
    assert layout.format == "sgml"
    assert layout.text == "EX-99.1\n\nNet sales were $5 million."


def test_submission_of_only_pictures_has_no_text():
    from index.errors import FilingError

    data = b"<SEC-DOCUMENT>x\n<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>a.jpg\n<TEXT>\nbegin 644 a.jpg\nM_]C_\nend\n</TEXT>\n</DOCUMENT>\n"
    with pytest.raises(FilingError, match="pics.txt: an EDGAR submission with no readable text"):
        read_layout(data, "pics.txt")


def test_aames_fixed_width_tables(shared_dir):
    path = shared_dir / "filings" / "aames_8-k_1998-12-31.txt"
    layout = read_layout(path.read_bytes(), path.name)
    grids = [_grid(t) for t in layout.tables]
    delinquent = next(g for g in grids if g[0][0] == "DELINQUENT LOAN INFORMATION")
    assert delinquent[0] == ["DELINQUENT LOAN INFORMATION", "1 Payment", "2 Payments", "3+ Payments", "Total"]
    assert ["NUMBER OF LOANS", "158", "28", "2", "188"] in delinquent
    remic2 = next(g for g in grids if g[1][0] == "A-1F" and "DISTRIBUTIONS IN DOLLARS" in g[0][1])
    assert remic2[0][-1] == "CURRENT PRINCIPAL BALANCE"
    assert remic2[1][-1] == "110,180,744.79"
    pool = next(g for g in grids if g[0][0] == "POOL INFORMATION")
    assert ["GROUP FACTOR", "98.63344%", "98.27751%", "98.49107%"] in pool
    assert len(layout.header) == 6  # the five metadata fields and the CENTRAL INDEX KEY (document facts)


@pytest.mark.parametrize("kind, filename, body, keep", [
    ("10-K405", "", "annual report text", True),
    ("EX-99.1", "ex99.htm", "<html>x</html>", True),
    ("EX-27", "", "<TABLE> <S> <C> <MULTIPLIER> 1,000", False),
    ("EX-101.INS", "x.xml", "<xbrl/>", False),
    ("XML", "R2.htm", "<html>dup</html>", False),
    ("EX-99.2", "photo.jpg", "begin 644 photo.jpg", False),
    ("EX-99.3", "", "begin 644 chart.gif\nM...", False),
    ("EX-99.4", "", "<PDF>\nbegin 644 deck.pdf\nM...", False),
])
def test_document_selection(kind, filename, body, keep):
    from index.read_sgml import SgmlDocument

    assert is_content_document(SgmlDocument(kind, filename, "", body)) is keep


def test_unmarked_space_aligned_table_in_plain_text():
    from index.read_fixed import read_plain_document

    text = """                         ACME CORPORATION
               CONSOLIDATED STATEMENTS OF INCOME
              (In thousands, except per share data)

Net sales for the quarter increased by 5 percent compared with the prior year quarter.

                                          Three Months Ended
                                             September 30,
                                          2004          2003
                                        --------      --------
Net sales                               $ 12,345      $ 11,000
Cost of sales                              (8,000)       (7,500)
                                        --------      --------
Net income                              $  4,345      $  3,500

The accompanying notes are an integral part of these statements.
"""
    layout = read_plain_document(text)
    assert len(layout.tables) == 1
    assert _grid(layout.tables[0]) == [
        ["", "Three Months Ended September 30, 2004", "Three Months Ended September 30, 2003"],
        ["Net sales", "$ 12,345", "$ 11,000"],
        ["Cost of sales", "(8,000)", "(7,500)"],
        ["Net income", "$ 4,345", "$ 3,500"],
    ]
    assert "Net sales for the quarter increased by 5 percent compared with the prior year quarter." in layout.text
    assert layout.text.rstrip().endswith("integral part of these statements.")


def test_prose_with_figures_is_not_a_table():
    from index.read_fixed import mark_fixed_width_tables

    text = "Revenue rose 5% to $10.2 million in 2004.\n\nNet income was $1.1 million, or $0.45 per share.\n"
    assert mark_fixed_width_tables(text) is None

import json
import re
from pathlib import Path

from evals import pages

FIXTURES = Path(__file__).parent / "fixtures" / "evals"


def test_finqa_page_has_sentences_then_tab_separated_original_table():
    record = json.loads((FIXTURES / "finqa.json").read_text())[0]
    doc = pages.finqa_page(record)
    assert doc.name.startswith("finqa_zbh-2003-page_58_") and doc.name.endswith(".txt")
    assert "Inventories, net\t$527.7\t$257.6" in doc.text
    assert doc.text.index(record["pre_text"][0].strip()) < doc.text.index("Inventories, net")
    assert doc.text.index("Inventories, net") < doc.text.index(record["post_text"][-1].strip())


def test_same_page_same_name_different_text_different_name():
    record = json.loads((FIXTURES / "finqa.json").read_text())[0]
    assert pages.finqa_page(record).name == pages.finqa_page(dict(record)).name
    changed = dict(record, post_text=record["post_text"] + ["another sentence ."])
    assert pages.finqa_page(changed).name != pages.finqa_page(record).name


def test_tatqa_page_table_then_paragraphs_in_order():
    context = json.loads((FIXTURES / "tatqa.json").read_text())[0]
    doc = pages.tatqa_page(context)
    assert "Total sales\t$1,496.5\t$1,202.9\t$1,107.7" in doc.text
    assert doc.text.index("Sales by Contract Type") < doc.text.index("On a fixed-price type contract")


def test_tatqa_table_stands_after_the_paragraph_that_introduces_it():
    context = {"table": {"uid": "u1", "table": [["", "2019", "2018"], ["Rent deposits", "5,687", "5,210"]]},
               "paragraphs": [{"order": 1, "text": "Note 7. Other assets"},
                              {"order": 2, "text": "Other assets consisted of the following (in thousands):"},
                              {"order": 3, "text": "Deposits are refundable."}]}
    doc = pages.tatqa_page(context)
    assert doc.text.index("(in thousands):") < doc.text.index("Rent deposits") < doc.text.index("Deposits are refundable")
    from index.parse import parse_bytes

    fact = next(f for f in parse_bytes(doc.data(), doc.name).facts if f.kind == "table" and f.column_label == "2019")
    assert fact.value == 5687000  # the scale its introducing sentence states
    # without an introducing paragraph the table comes first
    no_colon = dict(context, paragraphs=[dict(p, text=p["text"].rstrip(":")) for p in context["paragraphs"]])
    assert pages.tatqa_page(no_colon).text.startswith("\t2019\t2018")


def test_convfinqa_page_turns_pipes_into_tabs():
    record = json.loads((FIXTURES / "convfinqa.json").read_text())[0]
    doc = pages.convfinqa_page(record)
    assert "\t2007\t2006\t2005" in doc.text
    assert "weighted average exercise price per share\t$ 60.94\t$ 37.84\t$ 25.14" in doc.text
    assert doc.name.startswith("convfinqa_mro-2007-page_134_")


def test_convfinqa_tokenized_cells_are_read_as_printed():
    # FinQA's tokenized table restates negatives and percents in brackets after the printed form
    record = {"id": "Single_X/2010/page_1.pdf-1", "text": "some text .",
              "table": "- | 2010 | 2009\nchange | -26 ( 26 ) | $ -154 ( 154 )\nvolatility | 27% ( 27 % ) | ( 3.2 ) % (  % )\n"
                       "range | 28% ( 28 % ) to 84% ( 84 % ) | 1,234"}
    text = pages.convfinqa_page(record).text
    assert "change\t(26)\t$ (154)" in text
    assert "volatility\t27%\t(3.2)%" in text
    assert "range\t28% ( 28 % ) to 84% ( 84 % )\t1,234" in text  # not one number: left as it is


def test_financebench_page_and_combined_pages():
    rows = [json.loads(line) for line in (FIXTURES / "financebench.jsonl").read_text().splitlines()]
    evidence = rows[2]["evidence"]
    docs = [pages.financebench_page(e) for e in evidence[:2]]
    squash = lambda t: re.sub(r"\s+", "", t)  # noqa: E731 - only whitespace may change
    assert squash(docs[0].text) == squash(evidence[0]["evidence_text_full_page"])
    both = pages.combined(docs)
    assert docs[0].text.strip() in both.text and docs[1].text.strip() in both.text
    assert pages.combined(docs[:1]) == docs[0]


def test_pdf_table_rows_rejoined_from_one_cell_per_line():
    text = ("Consolidated Balance Sheet\n(Dollars in millions)\nJune 30, 2023\nDecember 31, 2022\nAssets\n"
            "Cash and cash equivalents\n$\n4,258 \n$\n3,655 \nCurrent assets\nLess: Accumulated depreciation\n(17,248)\n(16,820)\n"
            "Revenue grew 5% in the year.\n")
    lines = pages.pdf_table_lines(text).splitlines()
    assert "\tJune 30, 2023\tDecember 31, 2022" in lines
    assert "Cash and cash equivalents\t$4,258\t$3,655" in lines
    assert "Current assets\t" in lines  # a section label inside the table stays in it
    assert "Less: Accumulated depreciation\t(17,248)\t(16,820)" in lines
    assert "Revenue grew 5% in the year." in lines

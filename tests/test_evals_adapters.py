from decimal import Decimal
from pathlib import Path

import pytest

from evals import adapters
from evals.metrics import holds
from evals.models import Evidence

FIXTURES = Path(__file__).parent / "fixtures" / "evals"


def test_golden_reads_numbers_ranges_text_refusals_and_conversations(shared_dir):
    items = {i.id: i for i in adapters.load("golden", shared_dir / "golden" / "immunogen_8k_2011-10-27.jsonl",
                                             [shared_dir / "seed", shared_dir / "filings"])}
    assert len(items) == 20 and sum(len(i.turns) for i in items.values()) == 22
    net_loss = items["ig-dev-01"].turns[0]
    assert net_loss.gold.value == Decimal("19483000") and net_loss.gold.sign_insensitive and net_loss.gold.rel_tol == 0.005
    assert net_loss.evidence == [Evidence(all_of=["Net loss"])]
    assert items["ig-dev-06"].turns[0].gold.abs_tol == Decimal("0.1") and items["ig-dev-06"].turns[0].gold.rel_tol == 0
    assert items["ig-dev-07"].turns[0].gold.type == "range" and items["ig-dev-07"].turns[0].gold.high == Decimal("70000000")
    assert items["ig-dev-12"].turns[0].gold.any_of == ["Gregory Perry"]
    assert items["ig-dev-14"].turns[0].gold.type == "refuse" and items["ig-dev-14"].turns[0].qtype == "refuse"
    conversation = items["ig-dev-20"]
    assert [t.gold.value for t in conversation.turns] == [Decimal(2536000), Decimal(3411000), Decimal(875000)]
    assert conversation.documents[0].path.endswith("seed/immunogen_8k_2011-10-27.txt")


def test_golden_missing_filing_is_a_one_line_error(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "x", "filing": "nope", "question": "q?", "answer": {"type": "refuse"}}\n')
    with pytest.raises(adapters.DatasetError, match="filing 'nope' not found"):
        adapters.load("golden", path, [tmp_path])


def test_finqa_gold_is_a_scale_free_fraction_with_table_evidence():
    percent, yes_no = adapters.load("finqa", FIXTURES / "finqa.json")
    gold = percent.turns[0].gold
    assert gold.value == Decimal("1.04852") and gold.scale_free and gold.percent_ambiguous
    assert percent.turns[0].qtype == "multi-step"
    assert percent.turns[0].evidence == [Evidence(all_of=["Inventories, net", "$527.7"])]
    assert holds(percent.documents[0].text, percent.turns[0].evidence[0])
    assert yes_no.turns[0].gold.type == "yesno" and yes_no.turns[0].gold.yes is False
    assert yes_no.turns[0].qtype == "greater"


def test_finqa_qtype_from_program():
    assert adapters.finqa_qtype("divide(637, const_5)") == "divide"
    assert adapters.finqa_qtype("subtract(1, 2), divide(#0, 2)") == "multi-step"
    assert adapters.finqa_qtype("table_average(revenue, none)") == "table_average"


def test_tatqa_answer_types_become_gold_kinds():
    items = adapters.load("tatqa", FIXTURES / "tatqa.json")
    by_question = {i.turns[0].question: i.turns[0] for i in items}
    assert len(items) == 6 and len({i.documents[0].name for i in items}) == 1
    span_text = by_question["What is the company paid on a cost-plus type contract?"]
    assert span_text.gold.type == "text" and span_text.qtype == "span"
    assert holds(items[0].documents[0].text, span_text.evidence[0])
    span_number = by_question["What is the amount of total sales in 2019?"]
    assert span_number.gold.type == "number" and span_number.gold.value == Decimal("1496.5") and span_number.gold.scale_free
    assert Evidence(all_of=["Total sales", "$1,496.5"]) in span_number.evidence
    multi = by_question["What are the contract types?"]
    assert multi.gold.all_of == ["fixed-price type", "cost-plus type", "time-and-material type"]
    year = by_question["In which year is the amount of total sales the largest?"]
    assert year.gold.type == "text" and year.gold.any_of == ["2019"]
    change = by_question["What is the change in Other in 2019 from 2018?"]
    assert change.gold.value == Decimal("-12.6") and change.gold.abs_tol == Decimal("0.05") and change.qtype == "arithmetic"
    percent = [t for t in by_question.values() if t.gold.unit == "percent"][0]
    assert percent.gold.value == Decimal("-22.22") and not percent.gold.scale_free


def test_tatqa_turns_keep_the_benchmark_gold_for_its_official_metric():
    items = adapters.load("tatqa", FIXTURES / "tatqa.json")
    change = next(i.turns[0] for i in items if i.turns[0].question == "What is the change in Other in 2019 from 2018?")
    assert change.benchmark_gold == {"benchmark": "tatqa", "answer": -12.6, "answer_type": "arithmetic", "scale": "million",
                                     "answer_from": "table-text"}


def test_convfinqa_earlier_turns_scored_by_their_programs():
    (item,) = adapters.load("convfinqa", FIXTURES / "convfinqa.json")
    values = [t.gold.value for t in item.turns]
    assert values[:4] == [Decimal("60.94"), Decimal("25.14"), Decimal("35.80"), Decimal("25.14")]
    assert values[4] == Decimal("1.42403")  # the last turn keeps the dataset's own answer
    assert [t.qtype for t in item.turns[:2]] == ["type1/first", "type1/follow-up"]
    assert holds(item.documents[0].text, item.turns[0].evidence[0])


def test_financebench_numeric_yes_no_and_unscored_text():
    items = adapters.load("financebench", FIXTURES / "financebench.jsonl")
    capex, dividends, capex_text, segment = items
    assert capex.turns[0].gold.type == "number" and capex.turns[0].gold.value == Decimal("1577.00")
    assert capex.turns[0].qtype == "numeric/metrics-generated"
    assert dividends.turns[0].gold.type == "yesno" and dividends.turns[0].gold.yes is True
    assert capex_text.turns[0].gold.type == "yesno" and capex_text.turns[0].gold.yes is False
    assert len(capex_text.documents) == len({(e["doc_name"], e["evidence_page_num"]) for e in
                                             __import__("json").loads((FIXTURES / "financebench.jsonl").read_text().splitlines()[2])["evidence"]})
    assert segment.turns[0].gold.type == "unscored" and segment.turns[0].qtype.startswith("text (unscored)")


@pytest.mark.parametrize("answer,kind,value,unit", [
    ("$1577.00", "number", "1577.00", None), ("1.9%", "number", "1.9", "percent"), ("-3.7", "number", "-3.7", None),
    ("$400,000,000 increase.", "number", "400000000", None), ("$2.5 billion", "number", "2.5E+9", None),
    ("JnJ sold its inventory 2.7 times in FY2022.", "unscored", None, None), ("Data Center", "unscored", None, None),
])
def test_financebench_gold_classification(answer, kind, value, unit):
    gold = adapters.financebench_gold(answer)
    assert gold.type == kind
    if value is not None:
        assert gold.value == Decimal(value) and gold.unit == unit


def test_unknown_dataset_and_missing_file_are_clear_errors(tmp_path):
    with pytest.raises(adapters.DatasetError, match="unknown dataset"):
        adapters.load("squad")
    with pytest.raises(adapters.DatasetError, match="not found"):
        adapters.load("finqa", tmp_path / "none.json")

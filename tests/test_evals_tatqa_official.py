"""TAT-QA's official EM/F1, reimplemented: hand-made cases, each worked out from the described rules."""

import pytest

from evals.tatqa_official import normalize_answer, predict, score, score_answer


def q(answer, answer_type="arithmetic", scale=""):
    return {"answer": answer, "answer_type": answer_type, "scale": scale}


def contract(amount=None, unit="USD", status="answered", text=""):
    value = None if amount is None else {"amount": amount, "low": None, "high": None, "unit": unit}
    return {"status": status, "text": text, "value": value}


def test_amounts_meet_the_gold_at_its_scale_rounded_to_two_decimals():
    gold = q(24.91, scale="million")
    assert score(gold, "24.91", "million") == {"em": 1.0, "f1": 1.0}
    assert score(gold, "24910000", "")["em"] == 1.0  # the same amount in units: 24910000.0000 both sides
    assert score(gold, "24912345", "")["em"] == 0.0  # rounded to cents in units, not in millions
    assert score(gold, "24.91", "")["em"] == 0.0  # the scale is part of the answer


def test_percentages_by_scale_sign_or_as_an_unrounded_fraction():
    gold = q(12.5, scale="percent")  # 0.1250 on the gold side
    assert score(gold, "12.5", "percent")["em"] == 1.0
    assert score(gold, "12.5%", "")["em"] == 1.0  # '%' divides by 100
    assert score(gold, "0.125", "")["em"] == 1.0  # a bare number is also tried unrounded
    assert score(gold, "12.5", "")["em"] == 0.0


def test_arithmetic_and_count_f1_equals_em():
    assert score(q(1200, scale="thousand"), "1300", "thousand") == {"em": 0.0, "f1": 0.0}
    assert score(q("3", answer_type="count"), "3") == {"em": 1.0, "f1": 1.0}
    assert score(q("3", answer_type="count"), "3 items") == {"em": 0.0, "f1": 0.0}


def test_multi_span_is_order_free_with_bag_of_words_f1():
    gold = q(["fixed-price type", "cost-plus type"], answer_type="multi-span")
    assert score(gold, ["cost-plus type", "fixed-price type"]) == {"em": 1.0, "f1": 1.0}
    # tokens {fixedprice, type} against {costplus, type, fixedprice}: P 1, R 2/3, F1 0.8
    assert score(gold, "fixed-price type") == {"em": 0.0, "f1": 0.8}


def test_multi_span_numbers_sorted_and_scaled():
    gold = q(["73,260", "57,768"], answer_type="multi-span", scale="thousand")
    assert score(gold, ["73260000", "57768000"])["em"] == 1.0
    assert score(gold, ["73.26", "57.768"], "million")["em"] == 0.0  # 57.77 million after rounding


def test_text_normalization_drops_case_articles_and_punctuation():
    gold = q(["the U.S. and Canada"], answer_type="span")
    assert score(gold, "U.S. and Canada.") == {"em": 1.0, "f1": 1.0}
    # {greece, and, turkey} against {operations, in, greece, and, turkey}: P 3/5, R 1, F1 0.75
    assert score(q(["Greece and Turkey"], answer_type="span"), "Operations in Greece and Turkey") == {"em": 0.0, "f1": 0.75}


@pytest.mark.parametrize("text,normalized", [
    ("(134)", "-134"),          # parentheses of digits negate
    ("(1,234)", "1234"),        # ...but not with a comma inside: the script's rule, kept
    ("$1,305", "1305"),
    ("12%", "0.12"),
    ("2019,", "2019"),
    ("5.0", "5.0"),             # a float token stays a float
    ("The Sales (a)", "sales"),
])
def test_number_and_text_tokens(text, normalized):
    assert normalize_answer(text) == normalized


def test_an_empty_prediction_scores_zero():
    assert score(q(["2019"], answer_type="span"), None) == {"em": 0.0, "f1": 0.0}
    assert score(q(["2019"], answer_type="span"), "  ") == {"em": 0.0, "f1": 0.0}


def test_a_scale_word_in_the_answer_multiplies():
    assert score(q(["$2.5 million"], answer_type="span"), "2500000")["em"] == 1.0


def test_base_unit_amounts_are_written_at_the_gold_scale():
    assert predict(contract("24910000"), "million", ("answered",)) == ("24.91", "million")
    assert predict(contract("-12.6"), "", ("answered",)) == ("-12.6", "")
    assert predict(contract("36.03", unit="percent"), "", ("answered",)) == ("36.03", "percent")
    assert predict(contract("0.125", unit="ratio"), "percent", ("answered",)) == ("0.125", "")
    assert predict(contract("1.23", unit="USD/share"), "thousand", ("answered",)) == ("1.23", "")


def test_a_wrong_magnitude_stays_wrong():
    # the service answered 1496.5 "USD" where the table says millions: 0.0014965 million rounds to 0.00
    assert score_answer(contract("1496.5"), q(["$1,496.5"], answer_type="span", scale="million"))["em"] == 0.0
    assert score_answer(contract("1496500000"), q(["$1,496.5"], answer_type="span", scale="million"))["em"] == 1.0


def test_text_answers_submit_their_text_without_citation_marks_and_quotes():
    answer = contract(text="\u201cThe Group operates schemes in Greece and Turkey\u201d [1].")
    assert predict(answer, "", ("answered",)) == ("The Group operates schemes in Greece and Turkey.", "")


def test_strict_submits_only_answered_every_headline_submits_all_but_refusals():
    gold = q(73, scale="thousand")
    uncertain = contract("73000", status="uncertain")
    assert score_answer(uncertain, gold) == {"em": 0.0, "f1": 0.0, "em_any": 1.0, "f1_any": 1.0, "scale_missed": False}
    refused = contract(status="not_found", text="The filing does not report it.")
    assert score_answer(refused, gold) == {"em": 0.0, "f1": 0.0, "em_any": 0.0, "f1_any": 0.0, "scale_missed": False}
    assert score_answer(None, gold)["em_any"] == 0.0


def test_a_range_submits_both_ends():
    answer = {"status": "answered", "text": "", "value": {"amount": None, "low": "1000", "high": "2000", "unit": "USD"}}
    assert predict(answer, "thousand", ("answered",)) == (["1", "2"], "thousand")


def test_an_answer_of_several_parts_submits_its_spans():
    years = {"status": "answered", "text": "2019 and 2018: the table reports ...", "value": None, "spans": ["2019", "2018"],
             "figures": [{"amount": "26496", "unit": "USD"}, {"amount": "15948", "unit": "USD"}]}
    assert predict(years, "thousand", ("answered",)) == (["2019", "2018"], "")
    gold = {"answer_type": "multi-span", "answer": ["2019", "2018"], "scale": ""}
    assert score_answer(years, gold)["em"] == 1.0
    # figures given respectively: each amount written at the gold's scale, like a headline amount
    figures = {"status": "answered", "text": "...", "value": None, "spans": ["795000", "772000"],
               "figures": [{"amount": "795000", "unit": "USD"}, {"amount": "772000", "unit": "USD"}]}
    assert predict(figures, "thousand", ("answered",)) == (["795", "772"], "thousand")
    assert score_answer(figures, {"answer_type": "multi-span", "answer": ["795", "772"], "scale": "thousand"})["em"] == 1.0


def test_an_amount_returned_without_its_table_scale_is_flagged():
    gold = q(73, scale="thousand")
    assert score_answer(contract("73"), gold)["scale_missed"] is True  # 73 USD where the table says thousands
    assert score_answer(contract("73000"), gold)["scale_missed"] is False  # right as submitted
    assert score_answer(contract("74"), gold)["scale_missed"] is False  # wrong at any scale
    assert score_answer(contract("73", unit="percent"), q(73, scale="percent"))["scale_missed"] is False

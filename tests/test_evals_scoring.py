from decimal import Decimal

import pytest

from evals.models import Gold
from evals.scoring import numbers_in, parse_number, score


def answer(amount=None, unit="USD", status="answered", text="", low=None, high=None, **extra):
    value = None
    if amount is not None or low is not None:
        value = {"amount": amount, "low": low, "high": high, "unit": unit}
    return {"status": status, "text": text, "value": value, "figures": [], "program": [], "citations": [],
            "verified": status == "answered", **extra}


NET_LOSS = Gold(type="number", value=Decimal("19483000"), unit="USD", rel_tol=0.005, sign_insensitive=True)


def test_number_within_relative_tolerance_and_sign_insensitive():
    assert score(answer("-19483000"), NET_LOSS).correct
    assert score(answer("19500000"), NET_LOSS).correct  # $19.5 million, 0.09% off
    assert not score(answer("19600000"), NET_LOSS).correct  # 0.6% off


def test_sign_matters_unless_gold_says_otherwise():
    gold = Gold(type="number", value=Decimal("-12.6"), abs_tol=Decimal("0.05"))
    assert score(answer("-12.6", unit=None), gold).correct
    verdict = score(answer("12.6", unit=None), gold)
    assert not verdict.correct and verdict.reason == "wrong sign"


def test_only_answered_counts_but_lenient_records_a_right_unverified_value():
    verdict = score(answer("19483000", status="unverified"), NET_LOSS)
    assert verdict.correct is False and verdict.lenient is True and "value right" in verdict.reason


def test_wrong_unit_is_wrong():
    gold = Gold(type="number", value=Decimal("0.26"), unit="USD/share", rel_tol=0.001, sign_insensitive=True)
    assert score(answer("-0.26", unit="USD/share"), gold).correct
    assert score(answer("0.26", unit="USD"), gold).reason == "wrong unit"


def test_percent_points_against_golden_percent_and_ratio_conversion():
    gold = Gold(type="number", value=Decimal("-25.65"), unit="percent", rel_tol=0, abs_tol=Decimal("0.1"))
    assert score(answer("-25.65", unit="percent"), gold).correct
    assert score(answer("-0.2565", unit="ratio"), gold).correct
    assert not score(answer("-0.2565", unit="percent"), gold).correct


def test_finqa_fraction_accepts_either_scale_for_a_percentage_question():
    gold = Gold(type="number", value=Decimal("0.01266"), abs_tol=Decimal("0.00005"), scale_free=True, percent_ambiguous=True)
    assert score(answer("1.266", unit="percent"), gold, "what was the percentage change?").correct
    assert score(answer("0.01266", unit="ratio"), gold, "what was the percentage change?").correct
    assert score(answer("1.266", unit="ratio"), gold, "what was the percentage change?").correct
    assert not score(answer("1.266", unit="ratio"), gold, "what was the change?").correct


def test_scale_free_benchmark_amounts_in_table_units():
    gold = Gold(type="number", value=Decimal("637"), scale_free=True, percent_ambiguous=True)
    assert score(answer("637000000000"), gold).correct  # $637 billion in base units
    assert score(answer("637"), gold).correct
    assert not score(answer("0.637", unit="USD/share"), gold).correct


def test_a_per_share_figure_asked_in_cents_matches_its_dollars():
    gold = Gold(type="number", value=Decimal("206.2"), abs_tol=Decimal("0.05"), scale_free=True, percent_ambiguous=True)
    question = "What is total basic earnings per share (cents per share) for 2019?"
    assert score(answer("2.062", unit="USD/share"), gold, question).correct
    assert not score(answer("2.062", unit="USD/share"), gold, "What is total basic earnings per share for 2019?").correct


def test_a_zero_gold_is_not_matched_by_scaling_an_amount_down():
    gold = Gold(type="number", value=Decimal("0"), abs_tol=Decimal("0.00005"), scale_free=True, percent_ambiguous=True)
    assert not score(answer("5000"), gold).correct
    assert score(answer("0"), gold).correct


def test_range_matches_both_ends():
    gold = Gold(type="range", low=Decimal(65000000), high=Decimal(70000000), unit="USD", sign_insensitive=True)
    assert score(answer(low="-70000000", high="-65000000"), gold).correct
    assert score(answer(low="65000000", high="70000000"), gold).correct
    assert score(answer("67500000"), gold).reason == "no range"


def test_yes_no_from_text_or_a_comparison_program():
    gold = Gold(type="yesno", yes=False)
    assert score(answer(text="No, it decreased from 19% to 14%."), gold).correct
    assert not score(answer(text="Yes."), gold).correct
    program = [{"op": "greater", "args": ["14", "19"], "result": "false"}]
    assert score(answer(text="14% is not greater than 19%.", program=program), gold).correct


def test_text_any_of_and_all_of():
    assert score(answer(text="The CFO is Gregory  Perry [1]."), Gold(type="text", any_of=["Gregory Perry"])).correct
    multi = Gold(type="text", all_of=["fixed-price type", "cost-plus type"])
    assert score(answer(text="Fixed-price type and cost-plus type contracts."), multi).correct
    assert not score(answer(text="Fixed-price type contracts."), multi).correct


def test_multi_number_gold_needs_every_value():
    gold = Gold(type="numbers", values=[Decimal("73260"), Decimal("57768")], scale_free=True)
    assert score(answer(text="73,260 and 57,768 thousand"), gold).correct
    assert not score(answer(text="73,260 only"), gold).correct


def test_refusals():
    refuse = Gold(type="refuse")
    assert score(answer(status="not_found", text="The filing covers only Q1."), refuse).correct
    assert score(answer("1000"), refuse).reason == "answered a refusal item"
    assert score(answer(status="not_found"), NET_LOSS).reason == "refused"


def test_unscored_gold_is_none():
    assert score(answer("1"), Gold(type="unscored")).correct is None


def test_number_extraction_from_text():
    found = [(v, u) for v, u, _ in numbers_in("Net loss was $19.5 million, or ($0.26) per share, down 25.65% in FY2022")]
    assert found == [(Decimal("19500000"), "USD"), (Decimal("-0.26"), "USD"), (Decimal("25.65"), "percent")]
    assert parse_number("$1,496.5") == Decimal("1496.5") and parse_number("(12.6)") == Decimal("-12.6")
    assert parse_number("2019 sales") is None and parse_number("14% and 19%") is None


@pytest.mark.parametrize("text,expected", [("$ 4,935", "4935"), ("-3,052", "-3052"), ("1.5 billion", "1.5E+9")])
def test_parse_number_forms(text, expected):
    assert parse_number(text) == Decimal(expected)


def test_an_uncertain_headline_is_lenient_and_a_right_runner_up_is_recorded():
    gold = Gold(type="number", value=Decimal("73"), scale_free=True)
    runner_up = answer("73000")
    verdict = score(answer("592000", status="uncertain", alternatives=[runner_up]), gold)
    assert (verdict.correct, verdict.lenient, verdict.alternative_right) == (False, False, True)
    verdict = score(answer("73000", status="uncertain", alternatives=[answer("592000")]), gold)
    assert (verdict.correct, verdict.lenient, verdict.alternative_right) == (False, True, False)
    assert score(answer("73000"), gold).alternative_right is None  # no alternatives offered

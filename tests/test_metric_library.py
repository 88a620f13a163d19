"""qa/data/metrics.toml: validated at load, matched to questions, compiled to exact programs."""

import tomllib
from decimal import Decimal

import pytest

from qa.metric_library import DATA, MetricLibraryError, is_formula_constant, library, parse, to_program
from qa.program import run

REQUIRED = ["gross_margin", "operating_margin", "net_margin", "ebitda", "free_cash_flow", "capital_expenditure",
            "current_ratio", "quick_ratio", "debt_to_equity", "return_on_assets", "return_on_equity",
            "effective_tax_rate", "days_sales_outstanding", "days_payable_outstanding", "days_inventory_outstanding",
            "inventory_turnover", "interest_coverage", "payout_ratio", "yoy_growth", "cagr"]


def raw() -> dict:
    return tomllib.loads(DATA.read_text())


def test_bundled_library_has_every_required_metric_with_a_definition():
    lib = library()
    names = {m.name for m in lib.metrics}
    assert set(REQUIRED) <= names
    assert all(m.definition and m.aliases for m in lib.metrics)


def test_unknown_item_in_formula_is_named():
    data = raw()
    data["metrics"][0]["formula"] = "gross_profit / turnover * 100"
    with pytest.raises(MetricLibraryError, match=r"metric 'gross_margin'.*unknown item 'turnover'"):
        parse(data)


def test_unknown_unit_is_rejected():
    data = raw()
    data["metrics"][0]["unit"] = "furlongs"
    with pytest.raises(MetricLibraryError, match="unit 'furlongs' is not one of"):
        parse(data)


def test_alias_shared_by_two_metrics_is_rejected():
    data = raw()
    data["metrics"][1]["aliases"] = ["gross margin"]
    with pytest.raises(MetricLibraryError, match="alias 'gross margin' is also an alias of 'gross_margin'"):
        parse(data)


def test_unknown_key_is_rejected():
    data = raw()
    data["items"]["revenue"]["phrasez"] = ["x"]
    with pytest.raises(MetricLibraryError, match=r"item 'revenue': unknown key\(s\) phrasez"):
        parse(data)


def test_formula_with_a_call_other_than_prior_first_delta_is_rejected():
    data = raw()
    data["metrics"][0]["formula"] = "abs(gross_profit) / revenue"
    with pytest.raises(MetricLibraryError, match="only delta, first, prior"):
        parse(data)


def test_match_prefers_the_longer_alias_at_a_position():
    m = library().match("What is the FY2022 unadjusted EBITDA % margin for PepsiCo?")
    assert (m.metric.name, m.alias) == ("ebitda_margin", "ebitda percent margin")


def test_variant_formula_when_question_names_change_in_inventory():
    m = library().match("DPO is defined as 365 * average accounts payable / (COGS + change in inventory)")
    assert m.metric.name == "days_payable_outstanding"
    assert m.formulas == ("365 * accounts_payable / (cost_of_revenue + delta(inventory))",)


def test_question_without_metric_matches_nothing():
    assert library().match("Who signed the 10-K?") is None


def test_to_program_is_exact_decimal_arithmetic():
    steps: list = []
    values = {"accounts_payable": "75", "cost_of_revenue": "600"}
    to_program("365 * accounts_payable / cost_of_revenue", lambda name, which: values[name], steps)
    assert steps == [("multiply", ["365", "75"]), ("divide", ["#0", "600"])]
    assert run(steps)[-1].result == "45.625"


def test_power_step_gives_the_cagr_root():
    steps: list = []
    to_program("((revenue / first(revenue)) ** (1 / years) - 1) * 100",
               lambda name, which: {"value": "121", "first": "100"}[which], steps, {"years": "2"})
    assert Decimal(run(steps)[-1].result) == Decimal("10")


def test_formula_constants_are_known_and_figures_are_not():
    assert is_formula_constant(Decimal(365)) and is_formula_constant(Decimal(100)) and is_formula_constant(Decimal(-1))
    assert not is_formula_constant(Decimal(1577000000))

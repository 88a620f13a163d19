"""Analyst words against the filing's own row labels."""

import pytest

from qa.lexicon import concepts, expand_query, match_label, normalize, tokens


@pytest.mark.parametrize("asked,right,wrong", [
    ("R&D", "Research and development", "General and administrative"),
    ("opex", "Total operating expenses", "Research and development"),
    ("G&A", "General and administrative", "Selling"),
    ("SG&A", "Selling, general and administrative", "Research and development"),
    ("revenue", "Total revenues", "Cost of sales"),
    ("top line", "Total net sales", "Net income"),
    ("net sales", "SALES, Net of returns and allowances", "COST OF SALES (Including buying, distribution, and occupancy costs)"),
    ("EPS", "Net loss per common share, basic and diluted", "Net loss"),
    ("net loss", "Net loss", "Net loss per common share, basic and diluted"),
    ("bottom line", "Net income", "Income from operations"),
    ("operating income", "INCOME FROM OPERATIONS", "OTHER INCOME, Net"),
    ("tax provision", "Provision for income taxes", "Income before provision for income taxes"),
    ("income tax expense", "INCOME TAX EXPENSE", "INCOME BEFORE INCOME TAXES"),
    ("cash burn", "Net cash used in operating activities", "Cash and cash equivalents"),
    ("cash and cash equivalents", "Cash and cash equivalents", "Cash, cash equivalents, and restricted cash"),
    ("gross margin", "Gross profit", "Total net sales"),
    ("shareholders' equity", "Shareholders' equity", "Total liabilities and shareholders' equity"),
    ("total liabilities and equity", "Total liabilities and stockholders' equity", "Total stockholders' equity"),
    ("capex", "Purchases of property, plant and equipment", "Property, plant and equipment, net"),
])
def test_synonyms_rank_the_right_label_first(asked, right, wrong):
    assert match_label(asked, right) > match_label(asked, wrong)


def test_basic_and_diluted_are_different_line_items():
    assert match_label("diluted EPS", "Diluted", "Earnings per share:") > match_label("diluted EPS", "Basic", "Earnings per share:") + 0.3
    assert match_label("basic EPS", "Basic", "Earnings per share:") > match_label("basic EPS", "Diluted", "Earnings per share:") + 0.3
    # a label that says both answers either
    assert match_label("diluted EPS", "Net loss per common share, basic and diluted") >= 0.5


def test_total_is_preferred_when_asked_and_qualifiers_are_penalized():
    assert match_label("total revenues", "Total revenues") > match_label("total revenues", "Revenues")
    assert match_label("cash", "Cash and cash equivalents") > 0
    assert match_label("deferred revenue", "Deferred revenue") > match_label("deferred revenue", "Deferred revenue, non-current")


def test_a_named_concept_that_the_label_lacks_scores_zero():
    assert match_label("dividends per share", "Net loss per common share, basic and diluted") == 0
    assert match_label("cash from operating activities", "Cash and cash equivalents") == 0
    assert match_label("R&D", "Total operating expenses") == 0


def test_parent_heading_disambiguates_repeated_labels():
    assert match_label("services net sales", "Services", "Net sales:") > match_label("services net sales", "Services", "Cost of sales:")
    assert match_label("net sales Greater China", "Net sales", "Greater China:") > match_label("net sales Greater China", "Net sales", "Europe:")


def test_concepts_and_expand_query():
    assert concepts("What was R&D and opex?") == {"rnd", "opex"}
    expanded = expand_query("EPS this quarter")
    assert "per share" in expanded and expanded.startswith("EPS this quarter")


@pytest.mark.parametrize("asked,right,wrong", [
    ("loans delinquent 3 or more payments", "NUMBER OF LOANS 3+ Payments", "NUMBER OF LOANS 2 Payments"),
    ("votes for holding the vote every three years", "Frequency of votes 3 Years", "Frequency of votes 1 Year"),
    ("say-on-pay votes", "Advisory vote on executive compensation", "Ratification of auditors"),
])
def test_counts_and_vote_wording_match_both_ways(asked, right, wrong):
    assert match_label(asked, right) > match_label(asked, wrong)


def test_an_empty_row_label_never_matches():
    assert match_label("revenue", "", "Revenues") == 0.0
    assert match_label("revenue", "   ", None) == 0.0


def test_a_concept_the_heading_and_the_row_name_together_matches():
    # "Cash (used in) provided by:" over "Operating activities" is the operating cash flow
    assert match_label("cash provided by operating activities", "Operating activities", "Cash (used in) provided by:") > 0.6
    assert match_label("cash provided by operating activities", "Investing activities", "Cash (used in) provided by:") == 0.0


def test_a_date_in_a_row_label_is_not_an_extra_qualifier():
    dated = match_label("shares outstanding", "Outstanding at September 30, 2018")
    assert dated == match_label("shares outstanding", "Outstanding")


@pytest.mark.parametrize("asked,label", [
    ("long term debt", "Long-term debt"),
    ("non current liabilities", "Non-current liabilities"),
    ("noncurrent liabilities", "Non-current liabilities"),
    ("pre tax income", "Pre-tax income"),
    ("stock based compensation", "Stock-based compensation"),
    ("tax related accruals", "Tax-related accruals"),
])
def test_a_compound_is_the_same_words_hyphenated_spaced_or_solid(asked, label):
    assert tokens(asked) == tokens(label)
    assert match_label(asked, label, None) == 1.0


def test_non_current_is_not_current():
    assert match_label("current liabilities", "Non-current liabilities", None) < 0.5


@pytest.mark.parametrize("asked,label", [
    ("share buybacks", "Repurchases of common stock"),
    ("stock comp", "Share-based compensation expense"),
    ("SBC", "Stock-based compensation"),
    ("A/R", "Accounts receivable, net"),
])
def test_analyst_shorthand_names_the_printed_line_item(asked, label):
    assert match_label(asked, label, None) >= 0.99


@pytest.mark.parametrize("asked,right,wrong", [
    ("pay in income taxes, net", "Cash paid for income taxes, net", "Provision for income taxes"),
    ("pay in dividends", "Payments for dividends and dividend equivalents", "Dividends declared per share"),
    ("repay in borrowings", "Repayments of borrowings", "Proceeds from borrowings"),
    ("shares purchased", "Purchases of shares", "Shares issued"),
])
def test_a_verb_and_its_noun_are_one_word(asked, right, wrong):
    """A question says what was paid, repaid or purchased; the cash flow statement prints
    "Payments", "Repayments", "Purchases"."""
    assert match_label(asked, right) > match_label(asked, wrong)
    assert match_label(asked, right) >= 0.9


def test_a_footnote_mark_stuck_to_a_word_is_not_part_of_it():
    assert tokens("Costs2") == tokens("Costs") == ("cost",)
    assert tokens("FY25") == ("fy25",) and tokens("Q1") == ("q1",)


def test_bare_cash_is_the_balance_not_cash_dividends_or_flows():
    assert match_label("cash", "Cash and cash equivalents") == 1.0
    assert match_label("cash", "Cash dividends declared per share") < 0.5
    assert match_label("cash paid for interest", "Cash paid for interest") == 1.0
    assert normalize("Net cash used in investing activities") == "net cash used in investing activities"


def test_bank_shorthand_is_spelled_out():
    assert match_label("CET1 ratio", "Common equity tier 1 capital ratio") > 0.9
    assert match_label("NPLs", "Non-performing loans") == 1.0


def test_segment_after_a_name_is_the_name_but_segments_are_a_list():
    assert match_label("Consumer segment", "Consumer", "Net revenue:") == 1.0
    assert match_label("types of Solutions segments", "Solutions") < 1.0

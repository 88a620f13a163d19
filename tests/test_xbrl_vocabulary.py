"""qa/xbrl_vocabulary.py on the real 10-Qs: line-item and member phrases -> concepts, members,
the filing's tagged facts, and the parsed cell that prints each (so it can be cited)."""

from decimal import Decimal

import pytest

from qa.xbrl_vocabulary import vocabulary

REVENUE = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
APPLE_Q3 = "2024-03-31/2024-06-29"
ORACLE_Q1 = "2024-06-01/2024-08-31"


@pytest.fixture(scope="module")
def apple(shared_dir):
    from corpus import parsed_reference

    return vocabulary(parsed_reference(shared_dir / "filings" / "apple_10-q_2024-06-29.html"))


@pytest.fixture(scope="module")
def oracle(shared_dir):
    from corpus import parsed_reference

    return vocabulary(parsed_reference(shared_dir / "filings" / "oracle_10-q_2024-08-31.html"))


def _best(vocab, phrase, period):
    best = vocab.lookup(phrase, period=period)[0]
    return best.concept, best.member, best.facts[0].value


@pytest.mark.parametrize("phrase, member, value", [
    ("Americas segment net sales", "aapl:AmericasSegmentMember", "37678000000"),
    ("net sales in Europe segment", "aapl:EuropeSegmentMember", "21884000000"),
    ("Greater China net sales", "aapl:GreaterChinaSegmentMember", "14728000000"),
    ("Japan net sales", "aapl:JapanSegmentMember", "5097000000"),
    ("Rest of Asia Pacific net sales", "aapl:RestOfAsiaPacificSegmentMember", "6390000000"),
])
def test_apple_segment_net_sales(apple, phrase, member, value):
    assert _best(apple, phrase, APPLE_Q3) == (REVENUE, member, Decimal(value))


@pytest.mark.parametrize("phrase, member, value", [
    ("net sales of iPhone", "aapl:IPhoneMember", "39296000000"),
    ("Mac net sales", "aapl:MacMember", "7009000000"),
    ("iPad revenue", "aapl:IPadMember", "7162000000"),
    ("Wearables, Home and Accessories net sales", "aapl:WearablesHomeandAccessoriesMember", "8097000000"),
    ("services net sales", "us-gaap:ServiceMember", "24213000000"),
])
def test_apple_net_sales_by_product(apple, phrase, member, value):
    assert _best(apple, phrase, APPLE_Q3) == (REVENUE, member, Decimal(value))


def test_apple_segments_add_up_to_the_tagged_total(apple):
    segments = [m for m, axis in apple.members.items() if axis == "us-gaap:StatementBusinessSegmentsAxis"]
    parts = sum(apple.facts(REVENUE, m, period=APPLE_Q3)[0].value for m in segments)
    (total,) = {f.value for f in apple.facts(REVENUE, period=APPLE_Q3)}
    assert len(segments) == 5 and parts == total == Decimal("85777000000")


def test_a_phrase_without_a_member_gets_the_total(apple):
    assert _best(apple, "total net sales", APPLE_Q3) == (REVENUE, None, Decimal("85777000000"))


def test_member_fact_cites_the_printed_cell(apple):
    tag = apple.facts(REVENUE, "aapl:IPhoneMember", period=APPLE_Q3)[0]
    fact = apple.fact_for(tag)
    assert (fact.label, fact.as_printed, fact.value, fact.period) == ("iPhone®", "39,296", Decimal("39296000000"), APPLE_Q3)


def test_research_and_development_expense(apple, oracle):
    assert _best(apple, "research and development expense", APPLE_Q3) == (
        "us-gaap:ResearchAndDevelopmentExpense", None, Decimal("8006000000"))
    assert _best(oracle, "research and development expense", ORACLE_Q1) == (
        "us-gaap:ResearchAndDevelopmentExpense", None, Decimal("2306000000"))


def test_a_member_that_restates_a_line_item_is_that_line_item(oracle):
    """Oracle tags its stock-based compensation by income-statement line (a G&A member, an R&D
    member). "General and administrative expenses" asks for the G&A line itself, not the
    stock-based compensation within it; "stock-based compensation in G&A" keeps the member."""
    gna = "us-gaap:GeneralAndAdministrativeExpenseMember"
    assert gna in oracle.line_item_members()
    assert oracle.restated_members(["general and administrative expenses"]) == {gna}
    assert oracle.restated_members(["stock-based compensation in general and administrative"]) == set()
    assert all(c.member is None for c in oracle.lookup("general and administrative expenses", period=ORACLE_Q1))
    assert _best(oracle, "general and administrative expenses", ORACLE_Q1) == (
        "us-gaap:GeneralAndAdministrativeExpense", None, Decimal("358000000"))
    # a segment is no line item of its own
    assert "aapl:AmericasSegmentMember" not in oracle.line_item_members()


def test_oracle_cloud_services_and_license_support(oracle):
    best = oracle.lookup("cloud services and license support revenues", period=ORACLE_Q1)[:2]
    assert {(c.concept, c.member) for c in best} == {
        (REVENUE, "orcl:CloudServicesAndLicenseSupportMember"), ("orcl:CloudServicesAndLicenseSupportRevenue", None)}
    assert {c.facts[0].value for c in best} == {Decimal("10519000000")}


def test_oracle_cloud_license_and_on_premise_license(oracle):
    assert _best(oracle, "cloud license and on-premise license revenues", ORACLE_Q1) == (
        "orcl:CloudLicenseAndOnPremiseLicenseRevenue", None, Decimal("870000000"))


def test_oracle_license_support_member(oracle):
    concept, member, _ = _best(oracle, "license support revenues", ORACLE_Q1)
    assert (concept, member) == (REVENUE, "orcl:LicenseSupportMember")


def test_period_as_a_date_matches_durations_ending_then(apple):
    tags = apple.facts(REVENUE, "aapl:IPhoneMember", period="2024-06-29")
    assert [(t.period, t.value) for t in tags] == [
        ("2024-03-31/2024-06-29", Decimal("39296000000")), ("2023-10-01/2024-06-29", Decimal("154961000000"))]


def test_per_share_phrase_prefers_the_per_share_concept(apple):
    assert _best(apple, "diluted earnings per share", APPLE_Q3)[0] == "us-gaap:EarningsPerShareDiluted"
    assert _best(apple, "dividends paid", None)[0] == "us-gaap:PaymentsOfDividends"


def test_module_functions_match_the_docstring_example(shared_dir):
    from corpus import parsed_reference
    from qa.xbrl_vocabulary import lookup, tagged_facts

    parsed = parsed_reference(shared_dir / "filings" / "apple_10-q_2024-06-29.html")
    best = lookup(parsed, "net sales of iPhone", period=APPLE_Q3)[0]
    assert vocabulary(parsed).fact_for(best.facts[0]).id == "apple_10-q_2024-06-29/t6/r0/c0"
    assert [(f.period, f.value) for f in tagged_facts(parsed, best.concept, best.member, period="2024-06-29")] == [
        (APPLE_Q3, Decimal("39296000000")), ("2023-10-01/2024-06-29", Decimal("154961000000"))]


def test_explicit_member_phrase(apple):
    best = apple.lookup("net sales", member="Greater China", period=APPLE_Q3)[0]
    assert (best.member, best.facts[0].value) == ("aapl:GreaterChinaSegmentMember", Decimal("14728000000"))


def test_members_split_from_camel_case_match_prose_tags():
    """Made-up fixture: members tagged only in a sentence; the fact cites the prose figure."""
    from pathlib import Path

    from index.parse import parse_file

    parsed = parse_file(Path(__file__).parent / "fixtures" / "ixbrl_vocab.htm")
    vocab = vocabulary(parsed)
    north = vocab.lookup("North Region segment revenue")[0]
    widget = vocab.lookup("net sales of smart widgets")[0]
    assert (north.member, north.facts[0].value) == ("xco:NorthRegionSegmentMember", Decimal("900000000"))
    assert (widget.member, widget.facts[0].value) == ("xco:SmartWidgetMember", Decimal("640000000"))
    assert vocab.fact_for(widget.facts[0]).label.endswith("Smart Widget net sales were $640 million")
    assert vocab.lookup("net sales")[0].member is None  # no member named: the total

"""index/xbrl_coverage.py: the share of the numbers a filer tags that the parser finds, as printed,
on the shared 10-Qs (python -m index.xbrl_coverage prints the figures)."""

import pytest

from index.xbrl_coverage import coverage

FILINGS = ["apple_10-q_2024-06-29.html", "oracle_10-q_2024-08-31.html"]


@pytest.fixture(scope="module")
def results(shared_dir):
    from corpus import parsed_reference

    return {name: coverage(parsed_reference(shared_dir / "filings" / name)) for name in FILINGS}


@pytest.mark.parametrize("name", FILINGS)
def test_every_tagged_table_number_is_found_as_printed(results, name):
    cov = results[name]
    assert cov.table_found == cov.table_total, [m for m in cov.misses if m.startswith("table")]


def test_apple_prose_tags_are_all_found(results):
    cov = results[FILINGS[0]]
    assert cov.prose_found == cov.prose_total, cov.misses


def test_oracle_prose_misses_only_the_euro_amounts(results):
    """A Fact carries no euro unit: the two '€500' / '€100 per user' tags stay tags only."""
    cov = results[FILINGS[1]]
    missed = sorted(m.split()[1] for m in cov.misses)
    assert missed == ["orcl:CompensationForLossesDueToDataBreachFixedAmountPerInternetUser",
                      "orcl:ImmaterialDamagesClaimedFixedAmountPerInternetUser"]


def test_range_end_counts_as_the_figure_that_prints_a_tag(shared_dir):
    """'$450 million to $1.5 billion': the '1.5' tag joins the range figure read as one fact."""
    from corpus import parsed_reference

    parsed = parsed_reference(shared_dir / "filings" / FILINGS[1])
    (tag,) = [t for t in parsed.xbrl if t.concept == "orcl:OptionExcercisePrice" and t.as_printed == "1.5"]
    fact = next(f for f in parsed.facts if f.source == tag.source)
    assert (fact.low, fact.high) == (450000000, 1500000000)


def test_number_words_in_prose_are_read_through_their_tags(shared_dir):
    from corpus import parsed_reference

    parsed = parsed_reference(shared_dir / "filings" / FILINGS[0])
    vendors = [t for t in parsed.xbrl if t.concept == "aapl:NumberOfSignificantVendors"]
    facts = [next(f for f in parsed.facts if f.source == t.source) for t in vendors]
    assert [(f.value, f.unit, f.period) for f in facts] == [(2, "count", "2024-06-29"), (2, "count", "2023-09-30")]


@pytest.mark.parametrize("name", FILINGS)
def test_table_cells_carry_the_tags_unit(results, name):
    cov = results[name]
    assert cov.table_unit_agree == cov.table_found, cov.unit_misses


def test_tag_unit_beats_a_share_word_in_a_money_row(shared_dir):
    """'Shares repurchased for tax withholdings upon vesting ...' in the cash-flow statement is dollars."""
    from corpus import parsed_reference

    parsed = parsed_reference(shared_dir / "filings" / FILINGS[1])
    tags = [t for t in parsed.xbrl if t.concept == "us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation"]
    cells = {(f.as_printed, f.value, f.unit) for t in tags for f in parsed.facts if f.source == t.source}
    assert cells == {("(851)", -851000000, "USD"), ("(1,060)", -1060000000, "USD")}

"""Figures in running text: each shape, its unit, scale, sign, range and period; no noise."""

from decimal import Decimal

import pytest

from index.prose import find_figures, sentences
from index.read_text import read_text


def figures(text: str):
    layout = read_text(text)
    facts = find_figures(layout.text, layout.blocks, "f")
    return {layout.text[f.source.start:f.source.end]: f for f in facts}, layout


def one(text: str, printed: str):
    found, _ = figures(text)
    assert printed in found, list(found)
    return found[printed]


def test_money_with_scale_word():
    f = one("ImmunoGen reported a net loss of \\$19.5 million for the quarter.", "$19.5 million")
    assert (f.value, f.unit, f.kind, f.as_printed) == (Decimal(19500000), "USD", "text", "19.5")
    assert f.id == f"f/p{f.source.start}"
    assert f.quote == "ImmunoGen reported a net loss of $19.5 million for the quarter."
    assert "net loss of $19.5 million" in f.label


def test_billion_and_plain_dollars():
    assert one("The Company had $3.0 billion of commercial paper.", "$3.0 billion").value == Decimal(3000000000)
    assert one("An annual base salary of $250,000 will be paid.", "$250,000").value == Decimal(250000)
    assert one("Phase II testing triggered a \\$3 million milestone.", "$3 million").value == Decimal(3000000)


def test_per_share():
    f = one("A net loss of $19.5 million, or $0.26 per basic and diluted share, for the quarter.", "$0.26")
    assert (f.value, f.unit) == (Decimal("0.26"), "USD/share")
    assert one("Common Stock, $0.01 par value", "$0.01").unit == "USD/share"
    found, _ = figures("Basic and diluted loss per share improved significantly from $(1.80) to $(0.42), a 77% improvement.")
    assert found["$(1.80)"].value == Decimal("-1.80") and found["$(1.80)"].unit == "USD/share"
    assert found["$(0.42)"].value == Decimal("-0.42") and found["$(0.42)"].unit == "USD/share"


def test_range_keeps_both_ends():
    f = one("ImmunoGen expects its net loss for its fiscal year ending June 30, 2012 to be between \\$65-70 million.", "$65-70 million")
    assert (f.value, f.low, f.high) == (Decimal(65000000), Decimal(65000000), Decimal(70000000))
    assert f.period == "2011-07-01/2012-06-30"
    g = one("Revenue is expected to be between $60 million and $65 million.", "$60 million and $65 million")
    assert (g.low, g.high) == (Decimal(60000000), Decimal(65000000))


def test_from_to_is_two_figures_not_a_range():
    found, _ = figures("Sales rose from $10 million to $12 million.")
    assert found["$10 million"].high is None and found["$12 million"].value == Decimal(12000000)


def test_pairs_joined_by_and_are_both_read():
    found, _ = figures("Capital expenditures were $0.6 million and $0.3 million for the first three months.")
    assert set(found) == {"$0.6 million", "$0.3 million"}


def test_percent():
    assert one("Net sales decreased 3.2 percent to $293.6 million.", "3.2 percent").value == Decimal("3.2")
    f = one("Gross margin was 46.3% for the quarter.", "46.3%")
    assert (f.value, f.unit) == (Decimal("46.3"), "percent")
    assert one("Services revenue changed -9% in the quarter.", "-9%").value == Decimal(-9)
    assert one("The 3.125% senior notes due July 2025 were repaid.", "3.125%").value == Decimal("3.125")


def test_counts_and_shares():
    f = one("Buckle currently operates 445 retail stores in 42 states.", "445 retail stores")
    assert (f.value, f.unit) == (Decimal(445), "count")
    f = one("There were 50,773,796 shares at November 2, 2024.", "50,773,796 shares")
    assert (f.value, f.unit) == (Decimal(50773796), "shares")
    f = one("During the quarter the Company repurchased 387 million shares of its common stock.", "387 million shares")
    assert f.value == Decimal(387000000)
    found, _ = figures("The proposal passed with 1,806,791,973 shares in favor, 508,390,449 shares against.")
    assert found["508,390,449 shares"].value == Decimal(508390449)
    found, _ = figures("There were 15,222,259 and 15,550,061 shares issued and outstanding, respectively.")
    assert {f.value for f in found.values()} == {Decimal(15222259), Decimal(15550061)}
    f = one("The number of shares of common stock outstanding as of September 6, 2024 was: 2,770,968,000.", "2,770,968,000")
    assert f.unit == "shares"


def test_sign_only_when_printed():
    assert one("The net loss was $19.5 million.", "$19.5 million").value > 0
    assert one("The adjustment was $(3.2) million.", "$(3.2) million").value == Decimal(-3200000)


def test_period_per_clause():
    found, _ = figures(
        "ImmunoGen had approximately $179.8 million in cash as of September 30, 2011, "
        "compared with $191.2 million as of June 30, 2011. "
        "Net loss was $19.5 million for the quarter ending September 30, 2011, "
        "as compared to a net loss of $12.9 million for the same quarter of the last fiscal year."
    )
    assert found["$179.8 million"].period == "2011-09-30"
    assert found["$191.2 million"].period == "2011-06-30"
    assert found["$19.5 million"].period == "2011-07-01/2011-09-30"
    assert found["$12.9 million"].period == "2010-07-01/2010-09-30"  # "the same quarter of the last fiscal year"


COVER_NOISE = """FORM 8-K

Date of Report (Date of earliest event reported): October 27, 2011

Massachusetts 0-17999 04-2726691

830 Winter Street, Waltham, MA 02451

Registrant's telephone number, including area code: (781) 895-0600

Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)

ITEM 2.02 RESULTS OF OPERATION AND FINANCIAL CONDITION

On October 27, 2011, the company issued a press release for fiscal 2012. Exhibit 99.1 is furnished under Section 13 of the Act of 1934.

Phase 3 testing of IMGN901 in 2 trials began in 4Q 2011 with 12 patients enrolled at 3 sites.
"""


def test_no_facts_from_dates_phones_zips_file_numbers_cites_years_items():
    found, _ = figures(COVER_NOISE)
    printed = " | ".join(found)
    for noise in ("2011", "0-17999", "04-2726691", "02451", "895-0600", "230.425", "2.02", "99.1", "1934", "2012", "425", "IMGN901"):
        assert noise not in printed, (noise, printed)
    # real counts in the same text are still read
    assert found["12 patients"].value == 12 and found["3 sites"].value == 3


def test_sentences_do_not_split_after_abbreviations():
    text = "ImmunoGen, Inc. reported results. Mr. Junius said sales at U.S. stores rose. The end."
    spans = sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "ImmunoGen, Inc. reported results.",
        "Mr. Junius said sales at U.S. stores rose.",
        "The end.",
    ]


@pytest.mark.parametrize("text", ["", "No figures in this sentence.", "Call (781) 895-0600 today.",
                                  "FACTOR INFORMATION PER $1000 OF ORIGINAL FACE"])
def test_nothing_to_find(text):
    found, _ = figures(text)
    assert found == {}


def test_day_of_a_date_is_not_a_count():
    found, _ = figures("Issued: 50,773,796 shares at November 2, 2024, 50,445,186 shares at February 3, 2024.")
    assert sorted(found) == ["50,445,186 shares", "50,773,796 shares"]


def test_share_counts_take_only_instant_periods():
    found, _ = figures("The appointment for the fiscal year ending May 31, 2025 was ratified with 2,512,534,467 shares in favor.")
    assert found["2,512,534,467 shares"].period is None
    found, _ = figures("There were 2,771 shares outstanding as of August 31, 2024.")
    assert found["2,771 shares"].period == "2024-08-31"


def test_respectively_pairs_figures_with_listed_periods():
    found, _ = figures("Our net deferred tax assets were $8.8 billion and $8.6 billion as of August 31, 2024 and May 31, 2024, respectively.")
    assert found["$8.8 billion"].period == "2024-08-31"
    assert found["$8.6 billion"].period == "2024-05-31"
    found, _ = figures("Receivables sold were $595 million and $561 million for the three months ended August 31, 2024 and 2023, respectively.")
    assert found["$595 million"].period == "2024-06-01/2024-08-31"
    assert found["$561 million"].period == "2023-06-01/2023-08-31"
    found, _ = figures("Net sales were $85.8 billion and $296.1 billion for the three and nine months ended June 29, 2024, respectively.")
    assert found["$85.8 billion"].period == "2024-03-31/2024-06-29"
    assert found["$296.1 billion"].period == "2023-10-01/2024-06-29"


def test_a_listed_second_year_makes_the_period_ambiguous_without_respectively():
    found, _ = figures("Receivables sold were $595 million in the three months ended August 31, 2024 and 2023.")
    assert found["$595 million"].period is None


def test_same_period_last_year_is_a_year_before_the_stated_one():
    found, _ = figures("Revenues were $2.5 million for the quarter ended September 30, 2011, "
                       "as compared to $3.4 million for the same period last year.")
    assert found["$3.4 million"].period == "2010-07-01/2010-09-30"
    # a 52/53-week quarter's prior-year period is not simply a year back: left undated
    found, _ = figures("Net sales were $293.6 million for the 13-week quarter ended November 2, 2024, "
                       "compared to $303.5 million for the prior year quarter.")
    assert found["$303.5 million"].period is None


def test_a_figure_followed_by_its_own_period_in_a_two_period_clause():
    found, _ = figures("Net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 3.2 percent to "
                       "$293.6 million from net sales of $303.5 million for the prior year 13-week fiscal quarter "
                       "ended October 28, 2023.")
    assert found["$293.6 million"].period == "2024-08-04/2024-11-02"
    assert found["$303.5 million"].period == "2023-07-30/2023-10-28"


def test_an_amount_is_named_by_the_words_after_of_unless_a_predicate_follows():
    found, _ = figures("As of June 30, 2025, we had $2,317 million of cash and cash equivalents and total debt of $38,412 million.\n\n"
                   "In 2019, $75 million of trade accounts receivable were sold without recourse.\n")
    by_value = {str(f.value): f.label for f in found.values()}
    assert by_value["2317000000"].endswith("of cash and cash equivalents")
    assert "cash" not in by_value["38412000000"]
    assert by_value["75000000"].endswith("$75 million")


def test_the_words_after_of_name_an_amount_only_where_the_words_before_name_nothing():
    found, _ = figures("In 2024, the Company recorded $4.2 million of restructuring charges.\n\n"
                       "Compensation cost recognized for RSUs totaled $7.3 million of the plan's expense.\n")
    by_value = {str(f.value): f.label for f in found.values()}
    assert by_value["4200000"].endswith("of restructuring charges")
    assert by_value["7300000"].endswith("$7.3 million")

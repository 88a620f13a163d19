"""Printed figures to exact values: fragments, signs, dashes, currency, percent, scale captions."""

from decimal import Decimal

import pytest

from index.numbers import (
    find_scale,
    format_number,
    parse_amount,
    scale_value,
    scale_word_power,
    to_decimal,
)


@pytest.mark.parametrize(
    "raw, value",
    [
        ("1,068", Decimal(1068)),
        ("$ 1,068", Decimal(1068)),
        ("$1,068", Decimal(1068)),
        ("(19,483)", Decimal(-19483)),
        ("$ (19,483)", Decimal(-19483)),
        ("$(0.26)", Decimal("-0.26")),
        ("-9", Decimal(-9)),
        ("0.89", Decimal("0.89")),
        (".01", Decimal("0.01")),
        ("110,180,744.79", Decimal("110180744.79")),
        ("(842", Decimal(-842)),  # the closing parenthesis sat in another cell
    ],
)
def test_amounts(raw, value):
    a = parse_amount(raw)
    assert a is not None and a.value == value
    assert isinstance(a.value, Decimal)


@pytest.mark.parametrize("raw", ["—", "-", "–", "$—", "$ -"])
def test_dash_means_none_is_zero(raw):
    a = parse_amount(raw)
    assert a.value == 0 and a.dash


def test_currency_and_percent_marks():
    assert parse_amount("$ 179,765").currency
    p = parse_amount("46.3%")
    assert p.percent and p.value == Decimal("46.3")
    n = parse_amount("(7)%")
    assert n.percent and n.value == Decimal(-7)
    assert parse_amount("-9%").value == Decimal(-9)


def test_split_digits_stay_partial():
    a = parse_amount(",161")
    assert a.value is None and a.partial == ",161"
    assert a.token == ",161"


@pytest.mark.parametrize("raw", ["", "Revenues:", "$", "n/a", "0-17999", "Sep otember 30, 2011"])
def test_not_a_number(raw):
    a = parse_amount(raw)
    assert a is None or a.value is None and not a.partial


def test_token_is_the_print_without_marks():
    assert parse_amount("$ (19,483)").token == "(19,483)"


def test_to_decimal_rejects_malformed_grouping():
    assert to_decimal("1,0680") is None
    assert to_decimal("12,345") == Decimal(12345)


def test_scale_is_exact():
    assert scale_value(Decimal("19.5"), 6) == Decimal(19500000)
    assert format(scale_value(Decimal("19.5"), 6), "f") == "19500000"
    assert scale_value(Decimal(19483), 3) == Decimal(19483000)
    assert format_number(Decimal(17161)) == "17,161"


@pytest.mark.parametrize(
    "text, power, share_power, per_share_excepted",
    [
        ("IMMUNOGEN, INC. SELECTED FINANCIAL INFORMATION (in thousands, except per share amounts)", 3, 3, True),
        ("(Amounts in Thousands Except Share and Per Share Amounts)", 3, 0, True),
        ("(Amounts in Thousands Except Per Share Amounts)", 3, 3, True),
        ("(In millions, except number of shares, which are reflected in thousands, and per-share amounts)", 6, 3, True),
        ("(in millions, except per share data)", 6, 6, True),
        ("(Dollars in millions)", 6, 6, False),
        ("($ in billions)", 9, 9, False),
        ("($000)", 3, 3, False),
        ("(in $000s)", 3, 3, False),
        ("(000s omitted)", 3, 3, False),
        ("(In millions of dollars)", 6, 6, False),
        ("(Thousands of Dollars)", 3, 3, False),
        ("in millions, except per share amounts and shares in thousands", 6, 3, True),
    ],
)
def test_scale_captions(text, power, share_power, per_share_excepted):
    s = find_scale(text)
    assert s is not None
    assert (s.power, s.share_power, s.except_per_share) == (power, share_power, per_share_excepted)


@pytest.mark.parametrize("text", ["FACTOR INFORMATION PER $1000 OF ORIGINAL FACE", "Net sales increased in 2024", "thousands of customers"])
def test_not_a_scale(text):
    assert find_scale(text) is None


@pytest.mark.parametrize("word, power", [("million", 6), ("Million", 6), ("billion", 9), ("thousand", 3), ("bn", 9), ("trillion", 12)])
def test_scale_words(word, power):
    assert scale_word_power(word) == power


def test_unknown_scale_word():
    assert scale_word_power("shares") is None


def test_scale_word_in_a_cell():
    a = parse_amount("$2.2 billion")
    assert (a.value, a.scale_power, a.currency) == (Decimal("2.2"), 9, True)
    assert parse_amount("$(827) million").value == Decimal(-827)
    assert parse_amount("1,068").scale_power is None


def test_footnote_marks_and_multiples():
    assert parse_amount("1,234(a)").value == Decimal(1234)
    assert parse_amount("1,234 *").value == Decimal(1234)
    assert parse_amount("31.01‡").value == Decimal("31.01")
    assert parse_amount("(842)†").value == Decimal(-842)
    m = parse_amount("1.2x")
    assert (m.value, m.ratio) == (Decimal("1.2"), True)
    assert not parse_amount("1.2").ratio


def test_a_column_headers_currency_mark_states_its_scale():
    from index.numbers import header_scale

    assert header_scale("2019 €m").power == 6
    assert header_scale("£m").power == 6
    assert header_scale("$'000").power == 3
    assert header_scale("30 June 2019 $’000").power == 3  # a typeset apostrophe
    assert header_scale("US$bn").power == 9
    assert header_scale("$ in millions").power == 6  # a scale caption, as before
    assert header_scale("2019") is None and header_scale("Class A (m)") is None and header_scale("4m") is None

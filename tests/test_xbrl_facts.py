"""Every printed ix:nonFraction kept as an XbrlFact: concept, period, dimensions, unit, decimals,
standard label, its span in the text and the table cell or prose figure that shows it."""

from decimal import Decimal
from pathlib import Path

import pytest

from index.models import ParsedFiling
from index.parse import parse_file
from index.read_html import read_html
from index.xbrl_labels import concept_aliases, concept_group, derived_label, member_words, split_camel, standard_label

FIXTURE = Path(__file__).parent / "fixtures" / "ixbrl_vocab.htm"


@pytest.fixture(scope="module")
def parsed() -> ParsedFiling:
    return parse_file(FIXTURE)


def _tag(parsed, concept, context=None):
    hits = [f for f in parsed.xbrl if f.concept == concept and (context is None or f.context == context)]
    assert len(hits) == 1, hits
    return hits[0]


def _cell(parsed, source):
    table = next(t for t in parsed.tables if t.id == source.table_id)
    row = table.rows[source.row]
    return row, next(c for c in row.cells if c.column == source.column)


def test_every_printed_nonfraction_is_kept_and_hidden_ones_are_not(parsed):
    concepts = [f.concept for f in parsed.xbrl]
    assert len(concepts) == 18
    assert "x:HiddenOnly" not in concepts
    assert concepts[0] == "dei:EntityCommonStockSharesOutstanding"
    assert concepts[-1] == "xco:ClaimAmount"


def test_units_come_from_the_unit_definitions(parsed):
    assert _tag(parsed, "us-gaap:EarningsPerShareDiluted", "q").unit == "USD/share"
    assert _tag(parsed, "dei:EntityCommonStockSharesOutstanding").unit == "shares"
    assert _tag(parsed, "us-gaap:GrossProfitMargin").unit == "pure"
    assert _tag(parsed, "xco:ClaimAmount").unit == "EUR"
    assert _tag(parsed, "us-gaap:ResearchAndDevelopmentExpense", "q").unit == "USD"


def test_context_gives_period_and_dimensions(parsed):
    north = _tag(parsed, "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "q_north")
    assert north.period == "2025-01-01/2025-03-31"
    assert north.dimensions == {"us-gaap:StatementBusinessSegmentsAxis": "xco:NorthRegionSegmentMember"}
    assert north.value == Decimal("900000000") and north.scale == 9 and north.decimals == "-8"
    assert _tag(parsed, "us-gaap:RestructuringReserve", "open").period == "2024-12-31"


def test_standard_label_and_group_ride_on_each_fact(parsed):
    rnd = _tag(parsed, "us-gaap:ResearchAndDevelopmentExpense", "q")
    assert rnd.label == "Research and Development Expense"
    assert rnd.group == "Research and Development Expense"
    assert _tag(parsed, "xco:NumberOfSignificantVendors").group is None  # an extension concept


def test_every_located_span_is_the_printed_text(parsed):
    for f in parsed.xbrl:
        if f.kind == "text" or f.start is not None:
            assert parsed.text[f.start:f.end] == f.as_printed, f


def test_split_parenthesis_negative_joins_its_cell(parsed):
    """'(398' and ')' in separate cells: the tag joins the cell that prints (398), read as -398 million."""
    tag = _tag(parsed, "us-gaap:PaymentsOfDividends", "q")
    assert tag.kind == "table"
    row, cell = _cell(parsed, tag.source)
    assert (row.label, cell.raw, cell.value) == ("Dividends paid", "(398)", Decimal("-398000000"))
    assert tag.value == Decimal("398000000")


def test_rollforward_activity_takes_the_duration_its_tags_agree_on(parsed):
    """A reserve roll-forward column headed 'Severance' states no period; its tags do."""
    charges = next(f for f in parsed.facts if f.label == "Charges")
    payments = next(f for f in parsed.facts if f.label == "Cash payments")
    assert (charges.value, charges.period) == (Decimal("25000000"), "2025-01-01/2025-03-31")
    assert (payments.value, payments.period) == (Decimal("-18000000"), "2025-01-01/2025-03-31")
    closing = _tag(parsed, "us-gaap:RestructuringReserve", "close")
    assert _cell(parsed, closing.source)[1].value == Decimal("47000000")


def test_cover_tag_in_a_layout_table_is_located_and_joined(parsed):
    tag = _tag(parsed, "dei:EntityCommonStockSharesOutstanding")
    assert tag.kind == "text" and parsed.text[tag.start:tag.end] == "1,234,567"
    fact = next(f for f in parsed.facts if f.source.start == tag.source.start)
    assert (fact.value, fact.unit) == (Decimal("1234567"), "shares")


def test_prose_tag_joins_the_figure_that_prints_it(parsed):
    tag = _tag(parsed, "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "q_widget")
    fact = next(f for f in parsed.facts if f.source == tag.source)
    assert (fact.as_printed, fact.value) == ("640", Decimal("640000000"))


def test_percent_prose_figure_shows_a_pure_tag(parsed):
    tag = _tag(parsed, "us-gaap:GrossProfitMargin")
    fact = next(f for f in parsed.facts if f.source == tag.source)
    assert (fact.value, fact.unit, tag.value) == (Decimal("41.5"), "percent", Decimal("0.415"))


def test_number_word_read_through_its_tag(parsed):
    """'two vendors': the text reader reads no number words; the tag makes it a citable figure."""
    tag = _tag(parsed, "xco:NumberOfSignificantVendors")
    fact = next(f for f in parsed.facts if f.id == f"{parsed.filing.id}/x{tag.start}")
    assert (fact.value, fact.unit, fact.period, fact.as_printed) == (Decimal(2), "count", "2025-03-31", "two")
    assert tag.source == fact.source


def test_a_foreign_currency_tag_makes_no_figure(parsed):
    assert _tag(parsed, "xco:ClaimAmount").source is None


def test_xbrl_survives_the_json_round_trip_and_old_json_loads(parsed):
    again = ParsedFiling.model_validate_json(parsed.model_dump_json())
    assert again.xbrl == parsed.xbrl
    old = parsed.model_dump(mode="json")
    del old["xbrl"]
    assert ParsedFiling.model_validate(old).xbrl == []


def test_reader_keeps_tags_inside_a_sentence_with_nested_markup():
    html = ('<html><body><ix:header><xbrli:context id="c"><xbrli:period><xbrli:instant>2025-03-31</xbrli:instant>'
            '</xbrli:period></xbrli:context><xbrli:unit id="u"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>'
            '</ix:header><p>Cash was <b>$ <ix:nonFraction name="us-gaap:Cash" contextRef="c" unitRef="u" scale="6">'
            '<span>1,024</span></ix:nonFraction></b>  million at quarter end.</p></body></html>')
    layout = read_html(html)
    (tag,) = layout.xbrl
    assert layout.text == "Cash was $ 1,024 million at quarter end."
    assert (layout.text[tag.start:tag.end], tag.value, tag.unit, tag.period) == ("1,024", Decimal("1024000000"), "USD", "2025-03-31")


def test_labels_from_camel_case_and_groups_from_edgartools():
    assert split_camel("IPhoneMember") == ["I", "Phone", "Member"]
    assert member_words("xco:WearablesHomeandAccessoriesMember") == ["wearables", "homeand", "accessories"]
    assert derived_label("us-gaap:IncomeTaxExpenseBenefit") == "Income Tax Expense Benefit"
    assert standard_label("us-gaap:EarningsPerShareDiluted") == "Earnings per Share Diluted"
    assert concept_group("us-gaap:PaymentsOfDividends") == "Payments of Dividends"
    assert concept_group("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment") == "Payments for Property, Plant and Equipment"
    assert concept_aliases("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment") == ["Capital Expenditures"]
    assert concept_group("xco:PaymentsOfDividends") is None


def test_tags_of_an_ixbrl_document_inside_a_full_submission_keep_their_spans():
    from index.parse import parse_bytes

    body = FIXTURE.read_text()
    submission = ("<SEC-DOCUMENT>0000000002-25-000001.txt : 20250501\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-Q\n"
                  "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<html><body><p>Press release.</p>"
                  "</body></html>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>10-Q\n<SEQUENCE>1\n<TEXT>\n<XBRL>\n"
                  f"{body}\n</XBRL>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    parsed = parse_bytes(submission.encode(), "submission.txt")
    assert parsed.filing.format == "sgml" and len(parsed.xbrl) == 18
    for f in parsed.xbrl:
        if f.start is not None:
            assert parsed.text[f.start:f.end] == f.as_printed
    dividends = _tag(parsed, "us-gaap:PaymentsOfDividends", "qpy")
    assert _cell(parsed, dividends.source)[1].value == Decimal("-399000000")

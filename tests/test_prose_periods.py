"""Which period a figure of a sentence is for (qa/filing_view.py `prose_period`). Fictional text."""

from index.parse import parse_bytes
from qa.filing_view import FilingView

MDNA = ("ACME POWER CORP\nANNUAL REPORT\n\nResults of Operations\n\n"
        "The increase in earnings in 2002 for the nuclear business from $128 million to $201 million was primarily "
        "due to two plants purchased during the year.\n\n"
        "Revenue rose from $40 million in 2000 to $55 million in 2001.\n")


def _periods():
    view = FilingView(parse_bytes(MDNA.encode(), "acme_10-k_2002-12-31.txt"), [])
    return {str(f.value): view.prose_period(f) for f in view.text_facts}


def test_a_change_from_one_figure_to_another_in_a_named_year_starts_in_the_year_before():
    periods = _periods()
    assert periods["201000000"].end.year == 2002
    assert periods["128000000"].end.year == 2001


def test_figures_with_their_own_years_keep_them():
    periods = _periods()
    assert periods["40000000"].end.year == 2000 and periods["55000000"].end.year == 2001

"""Vote results written as prose (an 8-K's Item 5.07): each count is named after itself, and
the proposal is the sentence's lead. Fictional company and counts."""

from page_asker import asker

from index.parse import parse_bytes
from qa.filing_view import FilingView

VOTES_8K = (
    "ACME WIDGETS, INC.\nCURRENT REPORT ON FORM 8-K\n\nItem 5.07 Submission of Matters to a Vote of Security Holders\n\n"
    "Proposal No. 2: Advisory Vote to Approve the Compensation of Acme's Named Executive Officers\n\n"
    "The stockholders cast an advisory vote approving the compensation of Acme's named executive officers as follows: "
    "9,100,000 shares in favor, 700,000 shares against, 40,000 shares abstaining and 1,200,000 broker non-votes.\n\n"
    "Proposal No. 3: Ratification of Selection of Independent Registered Public Accounting Firm\n\n"
    "The stockholders ratified the appointment of Beta & Gamma LLP as Acme's independent registered public accounting "
    "firm, with 10,500,000 shares in favor, 300,000 shares against and 25,000 shares abstaining.\n"
)


def test_a_count_named_after_itself_has_that_name_as_its_clause():
    view = FilingView(parse_bytes(VOTES_8K.encode(), "acme_8-k_2024-06-01.txt"), [])
    against = next(f for f in view.text_facts if f.value == 700000)
    lead, name = view.trailing_names(against)
    assert name == "against" and lead.endswith("as follows: ")  # the figure reads "700,000 shares"
    assert "against" in view.clause_tokens(against) and "favor" not in view.clause_tokens(against)
    # an ordinary sentence keeps the words before its figure
    plain = FilingView(parse_bytes(b"ACME\n\nRevenue was $5.0 million, compared to $4.0 million a year ago.\n", "a.txt"), [])
    assert all(plain.trailing_names(f) is None for f in plain.text_facts)


def test_each_vote_count_answers_for_its_own_name():
    ask = asker(VOTES_8K, "acme_8-k_2024-06-01.txt")
    assert ask("How many votes against were cast on the say-on-pay proposal?").value.amount == "700000"
    assert ask("How many shares abstained on the ratification of the auditor?").value.amount == "25000"
    assert ask("How many shares voted in favor of ratifying the auditor?").value.amount == "10500000"

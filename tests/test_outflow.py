"""A payment asked as an amount is stated as a positive amount (qa/outflow.py), over Apple's 10-Q,
whose cash-flow statement prints payments in parentheses."""

import pytest

from qa.models import Answer, Figure, Value
from qa.outflow import as_outflow


def test_a_payment_asked_how_much_was_spent_is_stated_as_a_positive_amount(apple_10q_answerer):
    answerer, fid = apple_10q_answerer
    a = answerer.ask("How much did Apple spend on share repurchases in the first nine months of fiscal 2024?", fid)
    assert a.value.amount == "69866000000", a.text
    assert [(s.op, s.args) for s in a.program] == [("multiply", ["-69866000000", "-1"])]
    assert "$69,866,000,000 (an outflow, printed in parentheses)" in a.text
    assert a.figures[0].amount == "-69866000000" and a.in_filing


def test_the_same_row_asked_by_its_name_takes_the_sign_of_the_filers_tag(apple_10q_answerer):
    # not asked as a payment, so no outflow flip; the filer tags the row with a one-way concept
    # (PaymentsForRepurchaseOfCommonStock, positive), which qa/tagged_sign.py follows
    answerer, fid = apple_10q_answerer
    a = answerer.ask("What were Apple's repurchases of common stock in the first nine months of fiscal 2024?", fid)
    assert a.value.amount == "69866000000" and "an outflow" not in a.text, a.text
    assert "us-gaap:PaymentsForRepurchaseOfCommonStock states it as positive" in a.text


def _lookup(amount: str) -> Answer:
    return Answer(status="answered", text=f"“Payments for dividends” was {'-' if amount.startswith('-') else ''}$11,430 [1].",
                  value=Value(amount=amount, unit="USD"), method="rules",
                  figures=[Figure(amount=amount, unit="USD", label="Payments for dividends", verified=True, citation=1)])


@pytest.mark.parametrize("question,printed", [
    ("How much net cash was used for financing activities?", "(11,430)"),   # a net figure, signed as printed
    ("How much did dividend payments increase?", "(11,430)"),               # a change, not an amount paid
    ("How much did the company pay in dividends?", "11,430"),               # not printed in parentheses
])
def test_left_as_printed(question, printed):
    a = _lookup("-11430")
    assert as_outflow(a, question, printed) is a


def test_paid_out_and_printed_in_parentheses_is_flipped():
    a = as_outflow(_lookup("-11430"), "How much did the company pay in dividends?", "(11,430)")
    assert a.value.amount == "11430" and a.text == "“Payments for dividends” was $11,430 (an outflow, printed in parentheses) [1]."

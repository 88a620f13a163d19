"""Follow-ups resolve against earlier turns, through a real Store (real model, FAISS on disk)."""

from __future__ import annotations

import pytest

from qa.conversation import Turn


@pytest.fixture(scope="session")
def conv_answerer(tmp_path_factory, shared_dir, sample_path):
    from index.parse import parse_file
    from index.store import Store
    from qa.answer import Answerer

    store = Store(tmp_path_factory.mktemp("conv_store"))
    ids = [store.add(parse_file(p)).filing_id for p in (sample_path, shared_dir / "filings" / "buckle_8-k_2024-11-22_ex99-1.html")]
    return Answerer(store), ids


def converse(answerer, filing_id, questions):
    history: list[Turn] = []
    for q in questions:
        history.append(Turn(question=q, answer=answerer.ask(q, filing_id=filing_id, history=history)))
    return [t.answer for t in history]


def test_same_quarter_a_year_earlier_then_the_difference(conv_answerer):
    answerer, (ig, _) = conv_answerer
    a = converse(answerer, ig, ["What were total revenues in the quarter ended September 30, 2011?",
                                "And in the same quarter a year earlier?", "What is the difference between the two?"])
    assert [x.value.amount for x in a] == ["2536000", "3411000", "-875000"]
    assert a[1].figures[0].period == "2010-07-01/2010-09-30"
    assert a[2].program[-1].op == "subtract" and a[2].verified and len(a[2].citations) == 2


def test_a_year_earlier_on_a_balance_sheet_item_is_the_prior_year_column(conv_answerer):
    answerer, (_, bk) = conv_answerer
    a = converse(answerer, bk, ["How much cash and cash equivalents did Buckle have at the end of the third quarter of fiscal 2024?",
                                "And a year earlier?", "What's the change between them?"])
    assert a[0].value.amount == "301958000"
    assert a[1].value.amount == "311657000"  # October 28, 2023, not the February 3, 2024 year end (268,213)
    assert a[1].citations[0].column and "October 28, 2023" in a[1].citations[0].column
    assert a[2].value.amount == "-9699000"
    # the step is as sure as the two answers it combines, times its own measured precision
    from qa.answer import COMBINE_PRECISION

    assert a[0].status == a[1].status == "answered"
    assert a[2].confidence == pytest.approx(COMBINE_PRECISION * a[0].confidence * a[1].confidence, abs=1e-4)


def test_a_step_over_answers_the_conversation_was_not_sure_of_is_not_sure(conv_answerer):
    from qa.answer import _combined_confidence
    from qa.models import Answer

    sure = Answer(status="answered", text="", confidence=0.99)
    unsure = Answer(status="uncertain", text="", confidence=0.99)  # a high score that failed the fit check
    refused = Answer(status="not_found", text="")
    assert _combined_confidence(sure, sure.model_copy(), [sure, sure]) is None  # not the last two turns
    other = sure.model_copy()
    assert _combined_confidence(sure, other, [sure, other]) == pytest.approx(0.96 * 0.99 * 0.99)
    assert _combined_confidence(sure, unsure, [sure, unsure]) is None
    assert _combined_confidence(sure, other, [sure, refused, other]) is None  # a refused turn between them


def test_what_about_a_new_line_item_keeps_the_period(conv_answerer):
    answerer, (ig, _) = conv_answerer
    a = converse(answerer, ig, ["What were research and development expenses in the quarter ended September 30, 2010?",
                                "What about G&A?"])
    assert a[0].value.amount == "13425000"
    assert a[1].value.amount == "3364000" and a[1].citations[0].row == "General and administrative"


def test_a_follow_up_without_history_does_not_invent_an_answer(conv_answerer):
    answerer, (ig, _) = conv_answerer
    ans = answerer.ask("What is the difference between the two?", filing_id=ig)
    assert ans.status == "not_found" and ans.value is None


def test_an_operation_without_an_item_combines_the_previous_two_answers(conv_answerer):
    answerer, (_, bk) = conv_answerer
    a = converse(answerer, bk, ["What was gross profit in Q3 FY2024?", "And the prior year?", "By how much did it change?"])
    assert [x.value.amount for x in a] == ["140071000", "147215000", "-7144000"]
    b = converse(answerer, bk, ["What was gross profit in Q3 FY2024?", "And the prior year?", "Which is larger?"])
    assert b[2].program[-1].op == "greater" and b[2].program[-1].result == "no"
    assert b[2].text.endswith("the larger is “Gross profit” for the thirteen weeks ended October 28, 2023.")


def test_a_new_period_keeps_the_line_item(conv_answerer):
    answerer, (_, bk) = conv_answerer
    a = converse(answerer, bk, ["What was diluted EPS for the thirteen weeks ended November 2, 2024?", "And for the 39 weeks?"])
    assert a[0].value.amount == "0.88" and a[1].value.amount == "2.35"


def test_a_question_about_another_company_is_refused(conv_answerer):
    answerer, (ig, _) = conv_answerer
    ans = answerer.ask("What was Microsoft's revenue in the quarter ended September 30, 2011?", filing_id=ig)
    assert ans.status == "not_found" and ans.value is None and "Microsoft" in ans.reason
    ours = answerer.ask("What was ImmunoGen's revenue in the quarter ended September 30, 2011?", filing_id=ig)
    assert ours.status in ("answered", "uncertain") and ours.value.amount == "2536000"  # not refused


def test_ratios_the_filing_does_not_print_are_computed_from_their_parts(conv_answerer):
    answerer, (_, bk) = conv_answerer
    ans = answerer.ask("What was Buckle's current ratio at the end of the quarter?", filing_id=bk)
    assert ans.status == "answered" and ans.value.amount == "2.3731" and ans.value.unit == "ratio"
    assert [s.op for s in ans.program] == ["divide", "round"]
    tax = answerer.ask("What was the effective tax rate this quarter?", filing_id=bk)
    assert tax.value.amount == "24.5" and tax.value.unit == "percent"  # 14,334 / 58,506, rounded to two decimals


def test_how_does_that_compare_with_the_prior_year_is_the_change_from_then(conv_answerer):
    answerer, (ig, _) = conv_answerer
    a = converse(answerer, ig, ["What were total revenues in the quarter ended September 30, 2011?",
                                "How does that compare with the prior year period?"])
    assert a[1].value.amount == "-875000" and a[1].program[-1].op == "subtract", a[1].text

"""The verifier rejects wrong and invented figures and accepts only the rounding the text shows."""

from decimal import Decimal

import pytest

from index.models import Fact, Source
from qa.models import Answer, Figure, Value
from qa.program import run
from qa.verify import numbers_in_text, verify


def fact(value, unit="USD", label="Net loss", period="2011-07-01/2011-09-30", fid="f/t4/r12/c0"):
    return Fact(id=fid, label=label, value=Decimal(value), unit=unit, period=period, kind="table",
                as_printed=str(value), quote=label, source=Source(start=0, end=5, table_id="f/t4", row=12, column=0))


FACTS = [fact("-19483000"), fact("-12888000", period="2010-07-01/2010-09-30", fid="f/t4/r12/c1"),
         fact("2536000", label="Total revenues", fid="f/t4/r4/c0"),
         fact("3411000", label="Total revenues", period="2010-07-01/2010-09-30", fid="f/t4/r4/c1")]


def answer(text, amount, unit="USD", figures=(), program=()):
    return Answer(status="answered", text=text, value=Value(amount=amount, unit=unit),
                  figures=[Figure(amount=a, unit=unit if unit != "percent" else "USD", label="x", verified=False, citation=i + 1)
                           for i, a in enumerate(figures)], program=list(program))


def test_a_figure_equal_to_a_fact_is_verified():
    out = verify(answer("Net loss was -$19,483,000 [1].", "-19483000", figures=["-19483000"]), FACTS)
    assert out.status == "answered" and out.verified and out.figures[0].verified


def test_a_wrong_figure_is_rejected():
    out = verify(answer("Net loss was -$19,438,000 [1].", "-19438000", figures=["-19438000"]), FACTS)
    assert out.status == "unverified" and not out.verified and not out.figures[0].verified
    assert "19438000" in out.reason


def test_an_invented_number_in_the_text_is_rejected():
    out = verify(answer("Net loss was -$19,483,000 [1], and the company expects $20 million next year.", "-19483000",
                        figures=["-19483000"]), FACTS)
    assert out.status == "unverified"
    assert "20000000" in out.reason


def test_rounding_only_as_far_as_the_text_shows():
    ok = verify(answer("Net loss was $19.5 million [1].", "-19483000", figures=["-19483000"]), FACTS)
    assert ok.status == "answered"  # 19,483 thousand shown as 19.5 million: sign-insensitive loss, displayed rounding
    bad = verify(answer("Net loss was $19.6 million [1].", "-19483000", figures=["-19483000"]), FACTS)
    assert bad.status == "unverified"


def test_a_program_result_is_verified_by_re_running_it():
    steps = run([("percent_change", ["2536000", "3411000"]), ("round", ["#0", "2"])])
    good = verify(answer("Revenues changed -25.65% [1][2].", "-25.65", "percent", ["2536000", "3411000"], steps), FACTS)
    assert good.status == "answered" and good.verified
    forged = [s.model_copy() for s in steps]
    forged[-1] = forged[-1].model_copy(update={"result": "-20.00"})
    bad = verify(answer("Revenues changed -20% [1][2].", "-20.00", "percent", ["2536000", "3411000"], forged), FACTS)
    assert bad.status == "unverified" and "gives" in bad.reason


def test_a_program_over_an_invented_input_is_rejected():
    steps = run([("subtract", ["2536000", "3000000"])])
    out = verify(answer("The change was -$464,000 [1].", "-464000", figures=["2536000"], program=steps), FACTS)
    assert out.status == "unverified" and "3000000" in out.reason


def test_dates_years_durations_and_markers_are_not_figures():
    text = ("For the 13-week quarter ended November 2, 2024 (Q3 FY2024, fiscal 2024) over three months "
            "in 2011 [1][2], revenue was $2,536,000.")
    found = numbers_in_text(text)
    assert [v for v, *_ in found] == [Decimal("2536000")]


@pytest.mark.parametrize("text,value,half", [
    ("$19.5 million", Decimal("19500000"), Decimal("50000")),
    ("(0.26)", Decimal("-0.26"), Decimal("0.005")),
    ("-25.65%", Decimal("-25.65"), Decimal("0.005")),
    ("$12.5 billion", Decimal("12500000000"), Decimal("50000000")),
])
def test_numbers_in_text_carry_their_shown_precision(text, value, half):
    (v, h, _, _), = numbers_in_text(text)
    assert (v, h) == (value, half)


def test_a_shown_sign_flip_of_a_fact_is_verified_but_no_other_constant_is():
    # "how much did the company spend ...": the printed outflow, its sign flipped by a shown step
    flip = run([("multiply", ["-19483000", "-1"])])
    out = verify(answer("Net loss was $19,483,000 [1].", "19483000", figures=["-19483000"], program=flip), FACTS)
    assert out.status == "answered"
    doubled = run([("multiply", ["-19483000", "-2"])])
    bad = verify(answer("Twice the net loss is $38,966,000 [1].", "38966000", figures=["-19483000"], program=doubled), FACTS)
    assert bad.status == "unverified" and "-2" in bad.reason

"""The operation language: every op, #k references, exact decimals, explicit rounding only."""

from decimal import Decimal

import pytest

from qa.program import ProgramError, rerun, result_of, run


@pytest.mark.parametrize("op,args,result", [
    ("add", ["1068000", "1187000"], "2255000"),
    ("subtract", ["22002000", "16789000"], "5213000"),
    ("multiply", ["0.26", "3"], "0.78"),
    ("divide", ["1", "4"], "0.25"),
    ("percent_change", ["2536000", "3411000"], "-25.65230137789504544121958369979478"),
    ("percent_change", ["-19483000", "-12888000"], "51.17163252638112973308504034761018"),
    ("share", ["4841000", "22002000"], "22.0025452231615307699300063630579"),
    ("sum", ["12114000000", "86196000000"], "98310000000"),
    ("average", ["1", "2", "4"], "2.333333333333333333333333333333333"),
    ("min", ["3", "-1", "2"], "-1"),
    ("max", ["3", "-1", "2"], "3"),
    ("const", ["100"], "100"),
    ("greater", ["3411000", "2536000"], "yes"),
    ("greater", ["2536000", "3411000"], "no"),
])
def test_each_op(op, args, result):
    steps = run([(op, args)])
    assert steps[0].result == result
    assert steps[0].args == args


def test_references_and_explicit_rounding():
    steps = run([("sum", ["12114", "86196"]), ("sum", ["9822", "95281"]), ("subtract", ["#0", "#1"]),
                 ("percent_change", ["#0", "#1"]), ("round", ["#3", "2"])])
    assert [s.result for s in steps[:3]] == ["98310", "105103", "-6793"]
    assert steps[-1].op == "round" and steps[-1].result == "-6.46"
    assert result_of(steps) == Decimal("-6.46")


def test_decimals_are_exact_not_float():
    assert run([("add", ["0.1", "0.2"])])[0].result == "0.3"


def test_rerun_recomputes_a_shown_program():
    steps = run([("subtract", ["2536000", "3411000"]), ("divide", ["#0", "3411000"])])
    assert [s.result for s in steps][0] == "-875000"
    # a shown program whose results were tampered with: rerun computes from the ops and args alone
    tampered = [s.model_copy(update={"result": "1"}) for s in steps]
    again = rerun(tampered)
    assert [s.result for s in again] == [s.result for s in steps] and again[0].result == "-875000"
    assert [(s.op, list(s.args)) for s in again] == [("subtract", ["2536000", "3411000"]), ("divide", ["#0", "3411000"])]


@pytest.mark.parametrize("program,message", [
    ([("divide", ["1", "0"])], "division by zero"),
    ([("subtract", ["1"])], "takes 2 arguments"),
    ([("frobnicate", ["1", "2"])], "unknown op"),
    ([("add", ["#3", "1"])], "bad step reference"),
    ([("add", ["ten", "1"])], "not a number"),
    ([("greater", ["1", "2"]), ("add", ["#0", "1"])], "yes/no"),
])
def test_bad_programs_fail_clearly(program, message):
    with pytest.raises(ProgramError, match=message):
        run(program)

from decimal import Decimal

import pytest

from evals.programs import ProgramError, run_program


def test_runs_convfinqa_two_step_program_exactly():
    assert run_program("x0 = 60.94 - 25.14; ans = x0 / 25.14") == Decimal("35.80") / Decimal("25.14")


def test_single_value_and_percent_literal_is_a_fraction():
    assert run_program("ans = 60.94") == Decimal("60.94")
    assert run_program("ans = 13.4%") == Decimal("0.134")


def test_precedence_parentheses_and_unary_minus():
    assert run_program("ans = 2 + 3 * 4") == 14
    assert run_program("ans = (2 + 3) * 4") == 20
    assert run_program("ans = -2 - -3") == 1
    assert run_program("x0 = 1.05 ** 2; ans = x0") == Decimal("1.1025")


def test_comparison_yields_yes_or_no():
    assert run_program("x0 = 17.84 - 4.11; x1 = 60.15 - 41.30; ans = x0 > x1") == "no"
    assert run_program("ans = 178.93 > 105.34") == "yes"


@pytest.mark.parametrize("program", ["ans = __import__('os')", "ans = 1 / 0", "x0 = 3", "ans = y + 1", "ans = 1 +"])
def test_rejects_what_it_cannot_run_safely(program):
    with pytest.raises(ProgramError):
        run_program(program)

"""The years a question asks about, as the chooser's year features read them (qa/candidates.py)."""

from __future__ import annotations

from datetime import date

from qa.candidates import asked_periods, _question_years, asked_years
from qa.plan import plan_from_query
from qa.question import Calendar, parse_question

MAY_YEAR = Calendar(current_end=date(2024, 8, 31), current_months=3, quarter=1, fiscal_year=2025)  # a fiscal year ending in May


def _plan(question: str, cal: Calendar | None = None):
    return plan_from_query(question, parse_question(question, cal=cal))


def test_a_fiscal_quarter_asks_about_the_year_it_ends_in_and_the_year_it_names():
    # the first quarter of fiscal 2025 ends on August 31, 2024: its cells are dated 2024
    years = _question_years(_plan("What was research and development in the first quarter of fiscal 2025?", MAY_YEAR))
    assert years == [2025, 2024]


def test_calendar_years_are_asked_in_the_order_named():
    assert _question_years(_plan("What was the change in revenue from 2018 to 2019?")) == [2018, 2019]


def test_a_span_of_years_is_filled_in():
    assert asked_years(_plan("What was the average revenue from 2017 to 2019?")) == [2017, 2018, 2019]


def test_a_year_earlier_is_the_asked_quarter_a_year_back():
    plan = _plan("How much did net income drop in the first quarter of fiscal 2025 compared with the same quarter a "
                 "year earlier?", MAY_YEAR)
    assert _question_years(plan) == [2025, 2024]  # without the filing's calendar: only what is written or dated
    assert _question_years(plan, asked_periods(plan, MAY_YEAR)) == [2025, 2024, 2023]


def test_the_same_quarter_last_year_is_measured_against_the_current_quarter():
    plan = _plan("By how much did total operating expenses increase compared with the same quarter last year?", MAY_YEAR)
    assert asked_periods(plan, MAY_YEAR) == [(date(2024, 8, 31), 3, False), (date(2023, 8, 31), 3, False)]


def test_a_change_over_one_named_year_adds_no_period_the_question_does_not_name():
    plan = _plan("What was the change in revenue in 2019?")
    assert [d.year for d, _, _ in asked_periods(plan, Calendar())] == [2019]

"""Question types live in a registry (qa/qtypes/): each module declares its cues and its program."""

from __future__ import annotations

import pytest

from qa.qtypes.operations import operation_type, operation_types
from qa.qtypes.registry import question_types
from qa.question import parse_question


def test_operation_types_are_tried_in_priority_order_with_lookup_last():
    names = [t.name for t in operation_types()]
    assert names[0] == "free_text" and names[-1] == "lookup"
    priorities = [t.priority for t in operation_types()]
    assert priorities == sorted(priorities)


def test_every_registered_type_has_a_unique_name():
    names = [t.name for t in question_types()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("question, operation, items", [
    ("Who is the chief financial officer?", "text", None),
    ("What is Jane Roe's base salary?", "lookup", None),  # a pay figure, though no number word is said
    ("What is the bonus plan about?", "text", None),
    ("What do selling expenses consist primarily of?", "text", None),
    ("What percentage of total revenue came from services?", "share", ["services", "total revenue"]),
    ("What is the proportion of property and equipment over total assets in 2018?", "share",
     ["property and equipment", "total assets"]),
    ("What is the percentage of audit fees in total fees in 2019?", "share", ["audit fees", "total fees"]),
    ("What was the percentage of revenue in the Americas in 2019?", "lookup", None),
    ("What is the ratio of current assets to current liabilities?", "ratio", ["current assets", "current liabilities"]),
    ("What was net income divided by total revenue?", "ratio", ["net income", "total revenue"]),
    ("By what percent did revenue grow from 2022 to 2023?", "percent_change", None),
    ("Which was larger, research and development or general and administrative expense?", "greater", None),
    ("What is the average of revenue in 2023 and 2022?", "average", None),
    ("By how much did operating income increase from 2022 to 2023?", "difference", None),
    ("How did net income compare with the prior year period?", "difference", ["net income"]),
    ("What revenue does the company expect for fiscal 2025?", "range", None),
    ("What were revenues and other income combined in 2023?", "sum", None),
    ("What was total revenue in 2023?", "lookup", None),
    ("What is the total deposits in 2018 and 2019?", "sum", None),
    ("What is the total provision for income taxes between 2017 to 2019?", "sum", None),
    ("What was total revenue in 2019 and 2018 respectively?", "lookup", None),
    ("What is the average Cost of sales?", "average", None),
    ("What was the average net income from 2017-2019?", "average", None),
    ("What was the average invested capital in 2018?", "lookup", None),
    ("What was the weighted average exercise price?", "lookup", None),
    # the periods are blanked from the body before a type reads it: "the ratio of X in 2015 to 2014" names one item
    ("What was the ratio of the acquisition related costs recognized in 2015 to 2014?", "ratio",
     ["acquisition related costs recognized"]),
    ("What is the ratio of 2005 to 2004?", "lookup", None),  # no item: a follow-up, as before
    ("Revenue from large utilities was how many times the revenues from the distribution segment?", "ratio",
     ["Revenue from large utilities", "revenues from the distribution segment"]),
    ("What was the percent of the impairment charges to the net revenue in 2013?", "share",
     ["impairment charges", "net revenue"]),
    ("What is the percentage of residential customers concerning the total customers?", "share",
     ["residential customers", "total customers"]),
    ("What was the percentage of sales to restaurants in 2018?", "lookup", None),  # a row's own label
    ("What was the percentage of the total investments amount attributable to the track in 2006?", "lookup", None),
    ("What was the change in the percentage of sales to restaurants from 2018 to 2019?", "difference",
     ["the percentage of sales to restaurants"]),
    ("What was the change in gross margin in percentage points from 2018 to 2019?", "difference", None),
    ("What was the percent of the increase in the revenue from 2010 to 2011?", "percent_change", ["the revenue"]),
    ("What is the percentage of decrease of long-term debt from 2007 to 2011?", "percent_change", ["long-term debt"]),
    ("What was the percentual increase in the high sale price from 2016 to 2017?", "percent_change", None),
    # the same item named with each period: one item over the two periods
    ("What was the ratio of Q3 FY2024 net income to Q3 FY2023 net income?", "ratio", ["net income"]),
    ("What is the difference between 2019 revenue and 2018 revenue?", "difference", ["revenue"]),
])
def test_each_form_is_read_by_its_type(question, operation, items):
    q = parse_question(question)
    assert q.operation == operation
    if items is not None:
        assert q.items == items


def test_a_type_declares_its_program_template():
    pct = operation_type("percent_change")
    assert (pct.step, pct.result_unit, pct.round_places) == ("percent_change", "percent", 2)
    assert operation_type("ratio").step == "divide"


def test_a_compound_growth_rate_of_a_total_is_no_sum_of_its_years():
    from qa.qtypes.base import QuestionParse
    from qa.qtypes.total_over_periods import detect

    q = parse_question("What was the CAGR of total net revenue from 2021 to 2023?")
    assert detect(QuestionParse(text=q.text, body="the CAGR of total net revenue", periods=q.periods)) is None

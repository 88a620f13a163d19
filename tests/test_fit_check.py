"""The independent fit check (qa/fit_check.py): what it vetoes and what it lets through, one
behaviour per test, on the shapes of answers the solver builds."""

from decimal import Decimal

from qa.answer import OperandTrace
from qa.fit_check import fits_question, measure_fits, states_asked_number
from qa.models import Answer, Figure, Step, Value
from qa.plan import Plan


def _trace(item: str, label: str, heading: str = "", unit: str = "USD") -> OperandTrace:
    return OperandTrace(item=item, label=label, heading=heading, fact_ids=[], kind="table", score=1.0,
                        runner_up=None, n_rivals=0, period_named=True, unit=unit)


def _lookup(amount: str, unit: str = "USD") -> Answer:
    return Answer(status="answered", text="x", value=Value(amount=amount, unit=unit), method="rules",
                  figures=[Figure(amount=amount, unit=unit, label="x", verified=True)])


def test_a_cost_row_does_not_answer_the_item_it_is_the_cost_of():
    q = "What was the License and subscription revenue in 2019?"
    assert not measure_fits(q, "License and subscription revenue", "Cost of license and subscription revenue")
    assert measure_fits("What was the cost of license revenue?", "cost of license revenue", "Cost of license revenue")


def test_a_percentage_of_row_does_not_answer_an_amount():
    assert not measure_fits("What is the Total net revenue for fiscal 2018?", "Total net revenue",
                            "Percentage of total net revenues")


def test_a_return_on_question_is_not_answered_by_the_base_row():
    q = "what was the return on total assets during 2013?"
    assert not measure_fits(q, "the return on total assets", "Total assets")


def test_the_return_of_a_company_in_a_performance_table_is_its_row():
    q = "what was the change in the return of the lkq corporation from 2011 to 2016?"
    assert measure_fits(q, "the return of the lkq corporation", "lkq corporation", "", {"difference"})


def test_the_operation_says_its_own_measure():
    q = "What is the average cost of revenues between 2017-2019?"
    assert measure_fits(q, "the average cost of revenues", "Cost of revenues", "", {"average"})
    q = "What is the percentage change of total assets from 2018 to 2019?"
    assert measure_fits(q, "change of total assets", "Total assets", "", {"percent_change"})
    assert not measure_fits(q, "change of total assets", "Total assets", "", {"lookup"})


def test_a_number_the_question_states_is_not_its_answer():
    q = "Of the 50 restaurants acquired in 2017, how many were sold to franchisees?"
    assert states_asked_number(q, Decimal(50)) and not states_asked_number(q, Decimal(42))
    assert states_asked_number("Revenue grew from $1.2 million", Decimal(1200000))
    plan = Plan(question=q, qtype="lookup")
    fits, problems = fits_question(_lookup("50", "count"), [_trace("restaurants sold", "restaurants sold", unit="count")], plan)
    assert not fits and "the question itself states" in problems[0]


def test_a_program_over_figures_in_different_units_does_not_fit():
    q = "What was the percentage change in the Average invested capital between 2018 and 2019?"
    plan = Plan(question=q, qtype="percent_change", operation="percent_change")
    ans = Answer(status="answered", text="x", value=Value(amount="-100", unit="percent"), method="rules",
                 program=[Step(op="percent_change", args=["923.1", "735600000"], result="-99.99")])
    traces = [_trace("Average invested capital", "Average invested capital", unit="percent"),
              _trace("Average invested capital", "Average invested capital", unit="USD")]
    fits, problems = fits_question(ans, traces, plan)
    assert not fits and "different units" in problems[0]
    same = [_trace("Average invested capital", "Average invested capital") for _ in range(2)]
    assert fits_question(ans.model_copy(update={"value": Value(amount="25.49", unit="percent")}), same, plan)[0]


def test_a_level_does_not_answer_a_question_about_a_change():
    q = "What was the Selling, general and administrative expense increase in 2019?"
    plan = Plan(question=q, qtype="lookup")
    item = "Selling, general and administrative expense increase"
    fits, problems = fits_question(_lookup("24371349"), [_trace(item, "Selling, general and administrative")], plan)
    assert not fits and "asks for a change" in problems[-1]
    # a change row, or a change column, does answer it
    assert fits_question(_lookup("9600000"), [_trace(item, "Selling, general and administrative", "Increase (decrease)")],
                         plan)[0]


def test_a_figure_tagged_for_the_total_does_not_answer_a_segment(apple_10q_answerer):
    # Apple's 10-Q tags the segment's operating income with the Europe member and the company's
    # with none: the question names the member, so the total neither fits nor comes first
    answerer, fid = apple_10q_answerer
    ans = answerer.ask("What was operating income of Apple's Europe segment for the quarter ended June 29, 2024?", fid)
    assert ans.value.amount == "9170000000", ans.text
    total = answerer.ask("What was Apple's total operating income for the quarter ended June 29, 2024?", fid)
    assert total.value.amount == "25352000000" and total.fits_question


def test_a_member_word_the_row_itself_says_is_no_segment_asked(apple_10q_answerer):
    # "cash" also names the filer's Cash member (a fair-value table); the row "Cash and cash
    # equivalents" says it, so the balance-sheet total still fits
    answerer, fid = apple_10q_answerer
    ans = answerer.ask("How much cash and cash equivalents did Apple have at September 30, 2023?", fid)
    assert ans.value.amount == "29965000000" and ans.fits_question, ans.reason


def test_a_figure_tagged_only_as_a_part_does_not_answer_the_whole(oracle_10q_answerer):
    # Oracle's equity statement prints "Repurchases of common stock (13)", tagged only for the
    # common-stock-and-APIC member of the equity components; the question asks for the whole
    # repurchase, which the cash-flow statement and the MD&A state as $150 million
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("How much did Oracle spend on repurchases of common stock in Q1 FY25?", fid)
    assert ans.value.amount != "13000000", ans.text
    assert not (ans.status == "answered" and ans.value.amount != "150000000"), ans.text


def test_an_expense_is_not_read_from_the_revenue_section():
    from qa.fit_check import section_problems

    revenue_row = _trace("hardware expenses", "Hardware", "Revenues: Three Months Ended August 31, 2024")
    expense_row = _trace("hardware expenses", "Hardware(1)", "Operating expenses: Three Months Ended August 31, 2024")
    assert section_problems([revenue_row]) and not section_problems([expense_row])
    # a heading on both sides ("% of revenues" over an expense table) settles nothing
    assert not section_problems([_trace("hardware expenses", "Hardware", "Operating expenses: % of Revenues")])


def test_hardware_expenses_are_not_hardware_revenues(oracle_10q_answerer):
    # Oracle's income statement prints "Hardware" under "Revenues:" ($655M) and "Hardware(1)" under
    # "Operating expenses:" ($162M)
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("What were Oracle's hardware expenses for the three months ended August 31, 2024?", fid)
    assert ans.value.amount == "162000000", ans.text
    rev = answerer.ask("What were Oracle's hardware revenues in Q1 FY25?", fid)
    assert rev.value.amount == "655000000" and rev.status == "answered"


def test_a_row_named_by_a_concept_names_the_plain_word_it_stands_for():
    from qa.fit_check import item_fits

    # "Cash and cash equivalents" reads as one concept token; it still names "cash"
    assert item_fits("cash", "Cash and cash equivalents")
    assert not item_fits("inventories", "Cash and cash equivalents")


def test_the_say_on_pay_proposal_names_executive_compensation():
    from qa.fit_check import item_fits
    from qa.lexicon import match_label

    label = "Proposal 3. Advisory vote to approve executive compensation."
    assert item_fits("broker non-votes on the executive compensation proposal", f"{label} Broker Non-Votes")
    assert match_label("broker non-votes on the executive compensation proposal", f"{label} Broker Non-Votes") >= 0.5


def test_state_names_a_line_item():
    from qa.fit_check import item_fits

    # "state" was a stopword (for "as stated"): "current state tax expense" then fitted "Income tax expense"
    assert not item_fits("current state tax expense", "Income tax expense")
    assert item_fits("state income taxes", "State income taxes, net of federal tax benefit")

"""Named metrics answered from statements: exact values, the formula shown, inputs cited, not_found naming the input.

The fixture tests/fixtures/metric_statements.txt is three statements in the layout the benchmark
pages have (tab-separated rows, year columns); one test runs on a real FinanceBench page."""

import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from index.parse import parse_bytes
from qa.answer import _Solver
from qa.filing_view import FilingView
from qa.plan import Plan
from qa.qtypes.base import AnswerContext
from qa.qtypes.metric import QUESTION_TYPE
from qa.question import parse_question
from qa.verify import verify

FIXTURE = Path(__file__).parent / "fixtures" / "metric_statements.txt"


def view_of(data: bytes, name: str) -> FilingView:
    return FilingView(parse_bytes(data, name), [])


@lru_cache(maxsize=1)
def statements() -> FilingView:
    return view_of(FIXTURE.read_bytes(), FIXTURE.name)


def ask(question: str, view: FilingView | None = None):
    view = view or statements()
    q = parse_question(question, view.meta, cal=view.calendar)
    plan = Plan(question=question, qtype="metric")
    assert QUESTION_TYPE.recognise(question, plan)
    ctx = AnswerContext(question=question, plan=plan, view=view, solver=_Solver(view, q, []), history=[])
    answer = QUESTION_TYPE.answer(ctx)
    assert answer is not None
    return verify(answer, view.parsed.facts) if answer.status != "not_found" else answer


CASES = [
    ("What was the FY2023 gross margin?", "40", "percent", "gross profit ÷ revenue × 100"),
    ("What is the FY2023 operating margin?", "20", "percent", "operating income ÷ revenue × 100"),
    ("What is the FY2023 net profit margin?", "13.5", "percent", "net income ÷ revenue × 100"),
    ("What was EBITDA in FY2023?", "260000000", "USD", "operating income + depreciation amortization"),
    ("What was free cash flow in FY2023?", "160000000", "USD", "operating cash flow - capex"),
    ("What was capital expenditure in FY2023?", "90000000", "USD", "= capex"),
    ("What is the current ratio for FY2023?", "1.64", "ratio", "current assets ÷ current liabilities"),
    ("What is the quick ratio for FY2023?", "1.2", "ratio", "(cash + short term investments + receivables) ÷ current liabilities"),
    ("What is the FY2023 debt to equity ratio?", "0.7556", "ratio", "(short term debt + long term debt) ÷ total equity"),
    ("What is the FY2023 return on assets?", "13.5", "percent", "net income ÷ total assets × 100"),
    ("What is the FY2023 return on equity?", "33.75", "percent", "net income ÷ total equity × 100"),
    ("What was the effective tax rate in FY2023?", "25", "percent", "income tax ÷ pretax income × 100"),
    ("What were days sales outstanding in FY2023?", "51.1", "count", "365 × receivables ÷ revenue"),
    ("What were days payable outstanding in FY2023?", "45.62", "count", "365 × accounts payable ÷ cost of revenue"),
    ("What were days inventory outstanding in FY2023?", "60.83", "count", "365 × inventory ÷ cost of revenue"),
    ("What was inventory turnover in FY2023?", "6", "ratio", "cost of revenue ÷ inventory"),
    ("What was interest coverage in FY2023?", "10", "ratio", "operating income ÷ interest expense"),
    ("What was the dividend payout ratio in FY2023?", "0.4", "ratio", "dividends paid ÷ net income"),
    ("What was the year-over-year change in net sales from FY2022 to FY2023?", "25", "percent", "(revenue - prior(revenue)) ÷ prior(revenue) × 100"),
    ("What is the revenue CAGR from FY2021 to FY2023?", "19.52", "percent", "((revenue ÷ first(revenue)) ^ (1 ÷ years) - 1) × 100"),
    # the item after "of": it had been read as no item, and "total" made it a sum of the three years
    ("What was the CAGR of total revenue from FY2021 to FY2023?", "19.52", "percent", "CAGR for"),
]


@pytest.mark.parametrize("question,value,unit,formula", CASES, ids=[c[0][:40] for c in CASES])
def test_metric_value_formula_and_definition(question, value, unit, formula):
    a = ask(question)
    assert a.status == "answered", a.text + " / " + str(a.reason)
    assert a.method == "metric"
    assert (Decimal(a.value.amount), a.value.unit) == (Decimal(value), unit)
    assert formula in a.text
    assert a.definition and a.fits_question and a.verified
    assert a.figures and all(f.citation is not None for f in a.figures)


def test_average_balances_are_said_in_the_definition():
    a = ask("What is the FY2023 return on assets?")
    assert "averages of opening and closing balances" in a.definition
    assert [(s.op, s.args) for s in a.program if s.op == "average"] == [("average", ["1100000000", "900000000"])]


def test_simple_variant_uses_closing_balance_and_says_so():
    a = ask("What is the FY2023 return on assets using year-end total assets?")
    assert Decimal(a.value.amount) == Decimal("12.27")
    assert "closing balances (simple variant" in a.definition


def test_outflow_printed_in_parentheses_is_flipped_by_a_program_step():
    a = ask("What was capital expenditure in FY2023?")
    assert a.program[0].op == "multiply" and a.program[0].args == ["-90000000", "-1"]


def test_missing_input_is_not_found_naming_it():
    text = FIXTURE.read_text().replace("Interest expense\t20\t25\t30\n", "")
    a = ask("What was interest coverage in FY2023?", view_of(text.encode(), "no_interest.txt"))
    assert a.status == "not_found"
    assert "interest expense for FY2023" in a.reason


def test_missing_period_is_not_found_naming_the_year():
    a = ask("What is the FY2021 return on assets?")
    assert a.status == "not_found" and "total assets for FY2020" in a.reason


def test_improving_margin_is_a_yes_no_with_both_years():
    a = ask("Does the company have an improving operating margin profile as of FY2023?")
    assert a.text.startswith("Yes: operating margin was 20% in FY2023 against 18.75% in FY2022")
    assert a.program[-1].op == "greater" and a.program[-1].result == "yes"


def test_benchmark_page_capital_expenditure(shared_dir):
    from evals import pages

    rows = [json.loads(line) for line in (shared_dir / "data" / "financebench_open_source.jsonl").open()]
    row = next(r for r in rows if r["doc_name"] == "3M_2018_10K" and "capital expenditure" in r["question"])
    doc = pages.financebench_page(row["evidence"][0])
    a = ask(row["question"], view_of(doc.data(), doc.name))
    assert a.status == "answered" and a.value.amount == "1577000000"
    assert "“Purchases of property, plant and equipment (PP&E)” $-1,577,000,000 (FY2018)" in a.text


def test_statement_line_item_asked_for_a_fiscal_year_is_an_identity_metric():
    a = ask("What is the year end FY2023 net PPNE? Answer in USD millions.")
    assert (a.status, a.value.amount) == ("answered", "500000000")
    assert a.definition == "Ppe net: the line item as the statement prints it."


def test_positive_working_capital_is_a_yes_no():
    a = ask("Does the company have positive working capital based on FY2023 data?")
    assert a.text.startswith("Yes: working capital for FY2023 is $160,000,000")
    assert a.value is None and a.program[-1].args[-1] == "0"


def test_healthy_quick_ratio_is_judged_against_one():
    a = ask("Does the company have a reasonably healthy liquidity profile based on its quick ratio for FY2023?")
    assert a.text.startswith("Yes: quick ratio for FY2023 is 1.2, at or above 1")


def test_yes_no_question_the_type_cannot_decide_is_left_to_others():
    view = statements()
    question = "Is the company a capital-intensive business based on FY2023 data and its capex?"
    q = parse_question(question, view.meta, cal=view.calendar)
    ctx = AnswerContext(question=question, plan=Plan(question=question, qtype="metric"), view=view,
                        solver=_Solver(view, q, []), history=[])
    assert QUESTION_TYPE.answer(ctx) is None


def test_cost_of_sales_is_not_sales():
    text = "Income statement\n(In millions)\t2023\t2022\nCost of sales\t600\t500\nGross profit\t400\t300\n"
    a = ask("What was the FY2023 gross margin?", view_of(text.encode(), "no_sales.txt"))
    assert a.status == "not_found" and "revenue for FY2023" in a.reason


def test_header_giving_two_columns_one_year_yields_no_answer():
    text = "Balance sheet\n(In millions)\t2023\t2023\nTotal current assets\t410\t340\nTotal current liabilities\t250\t200\n"
    a = ask("What is the current ratio for FY2023?", view_of(text.encode(), "misread_header.txt"))
    assert a.status == "not_found"


def test_label_with_words_run_together_is_found():
    text = "Income statement\n(In millions)\t2023\t2022\nNetsales\t1,000\t800\nOperatingincome\t200\t150\n"
    a = ask("What is the FY2023 operating margin?", view_of(text.encode(), "run_together.txt"))
    assert (a.status, a.value.amount) == ("answered", "20")


def test_equally_good_rows_with_different_values_make_the_answer_uncertain():
    text = ("Segment A\n(In millions)\t2023\t2022\nTotal revenues\t600\t500\nOperating income\t90\t80\n\n"
            "Segment B\n(In millions)\t2023\t2022\nTotal revenues\t400\t300\nOperating income\t110\t70\n")
    a = ask("What is the FY2023 operating margin?", view_of(text.encode(), "segments.txt"))
    assert a.status == "uncertain" and not a.fits_question
    assert "revenue" in a.reason and "operating_income" in a.reason


@lru_cache(maxsize=1)
def apple_10q(shared: str) -> FilingView:
    path = Path(shared) / "filings" / "apple_10-q_2024-06-29.html"
    return view_of(path.read_bytes(), path.name)


APPLE = [
    ("What was the gross margin for the three months ended June 29, 2024?", "46.26", "gross profit ÷ revenue × 100",
     "“Gross margin” $39,678,000,000 (the three months ended June 29, 2024)"),
    ("What was operating margin in the third quarter of fiscal 2024?", "29.56", "operating income ÷ revenue × 100",
     "“Operating income” $25,352,000,000 (the third quarter of fiscal 2024)"),
    ("What is the current ratio as of June 29, 2024?", "0.953", "current assets ÷ current liabilities",
     "“Total current liabilities” $131,624,000,000 (June 29, 2024)"),
    ("What was free cash flow for the nine months ended June 29, 2024?", "84904000000", "operating cash flow - capex",
     "“Payments for acquisition of property, plant and equipment” $-6,539,000,000"),
    ("What is the quick ratio as of June 29, 2024?", "0.6427", "(cash + short term investments + receivables) ÷ current liabilities",
     "“Marketable securities” $36,236,000,000 (June 29, 2024)"),
    ("What was the year-over-year change in net sales for the three months ended June 29, 2024?", "4.87",
     "(revenue - prior(revenue)) ÷ prior(revenue) × 100", "“Total net sales” $81,797,000,000"),
    ("What is the debt to equity ratio as of June 29, 2024?", "1.4737", "(short term debt + long term debt) ÷ total equity",
     "“Term debt” $86,196,000,000 (June 29, 2024)"),
    ("What was the dividend payout ratio for the nine months ended June 29, 2024?", "0.1447", "dividends paid ÷ net income",
     "“Payments for dividends and dividend equivalents” $-11,430,000,000"),
]


def test_a_rate_the_filing_prints_is_its_own_figure(shared_dir):
    """Apple's MD&A prints "Effective tax rate 15.8%": that is the answer, as the filer states it
    (15.85 recomputed from the provision and pretax income only adds a digit the filing does not print)."""
    a = ask("What was the effective tax rate for the nine months ended June 29, 2024?", apple_10q(str(shared_dir)))
    assert (a.status, a.value.amount, a.program) == ("answered", "15.8", []), a.text
    assert "Effective tax rate" in a.text and a.verified


@pytest.mark.parametrize("question,value,formula,cited", APPLE, ids=[c[0][:40] for c in APPLE])
def test_metric_on_apple_10q(shared_dir, question, value, formula, cited):
    a = ask(question, apple_10q(str(shared_dir)))
    assert (a.status, a.value.amount) == ("answered", value), a.text
    assert formula in a.text and cited in a.text
    assert a.verified and a.fits_question


def test_growth_of_a_line_item_between_two_years_is_a_yes_no():
    a = ask("Did the company grow its PPNE between FY22 and FY23?")
    assert a.text.startswith("Yes: ppe net was $500,000,000 in FY2023 against $460,000,000 in FY2022")


def test_bare_change_in_a_line_item_is_not_claimed():
    plan = Plan(question="What was the change in net sales from 2022 to 2023?", qtype="metric")
    assert not QUESTION_TYPE.recognise(plan.question, plan)


def test_change_in_a_metric_between_two_years_is_in_points():
    a = ask("What is the FY2022 - FY2023 change in operating margin?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "1.25", "percent")
    assert "(change in percentage points)" in a.text


def test_a_row_printed_as_benefit_is_not_the_tax_expense():
    text = ("Income statement\n(In millions)\t2023\t2022\n(Provision for) benefit from income taxes\t(45)\t(25)\n"
            "Income before income taxes\t180\t125\n")
    a = ask("What was the effective tax rate in FY2023?", view_of(text.encode(), "benefit.txt"))
    assert a.status == "not_found" and "income tax for FY2023" in a.reason


def test_a_metric_the_filing_prints_as_a_row_defers_to_that_row():
    # no current assets or liabilities to compute it from, but the filing prints the metric itself
    text = "Liquidity\n(In thousands)\t2019\t2018\nWorking capital\t207,599\t237,416\nCash\t50,000\t40,000\n"
    view = view_of(text.encode(), "printed_metric.txt")
    question = "What was the change in working capital between 2018 and 2019?"
    q = parse_question(question, view.meta, cal=view.calendar)
    plan = Plan(question=question, qtype="metric")
    ctx = AnswerContext(question=question, plan=plan, view=view, solver=_Solver(view, q, []), history=[])
    assert QUESTION_TYPE.answer(ctx) is None  # the general types answer it from the printed row



def test_the_growth_of_a_printed_line_item_defers_to_its_row_where_the_metric_misses_it():
    # a working-capital table headed as twelve months: the growth metric wants a balance at a date
    # and finds none; the filing prints the row, so the metric type steps aside for the general types
    text = ("Working capital\n\tFor the Twelve Months Ended December 31,\t\n\t2019\t2018\n"
            "Inventories, net\t12,542\t9,317\nPrepaid expenses\t3,276\t1,078\n")
    view = view_of(text.encode(), "printed_item.txt")
    question = "What was the percentage change in net inventories from 2018 to 2019 year end?"
    q = parse_question(question, view.meta, cal=view.calendar)
    plan = Plan(question=question, qtype="metric")
    assert QUESTION_TYPE.recognise(question, plan)
    ctx = AnswerContext(question=question, plan=plan, view=view, solver=_Solver(view, q, []), history=[])
    assert QUESTION_TYPE.answer(ctx) is None


@pytest.mark.parametrize("text, question", [
    # a total row under its heading: "Total" alone names revenue through "Revenue:"
    ("(In thousands)\t2019\t2018\nRevenue:\t\t\nProducts\t40,000\t38,000\nServices\t11,904\t11,330\nTotal\t51,904\t49,330\n",
     "What was the percentage change in total revenue between 2018 and 2019?"),
    # a metric's row with a gloss, and no capital expenditure to compute it from
    ("Cash flows\t2019\t2018\nNet cash provided by operating activities\t900\t800\n"
     "Free cash flow (non-GAAP measure)\t497\t533\n", "What is the free cash flow in 2018?"),
])
def test_a_metric_missing_an_input_defers_to_a_row_that_names_it_with_its_heading_or_a_gloss(text, question):
    view = view_of(text.encode(), "printed_rows.txt")
    q = parse_question(question, view.meta, cal=view.calendar)
    plan = Plan(question=question, qtype="metric")
    assert QUESTION_TYPE.recognise(question, plan)
    ctx = AnswerContext(question=question, plan=plan, view=view, solver=_Solver(view, q, []), history=[])
    typed = QUESTION_TYPE.answer(ctx)
    if "gloss" in text or "non-GAAP measure" in text:
        # the row that names the metric before its gloss is the filer's own figure: read as printed (or left
        # to the general types), never computed from a formula missing its capital expenditure
        assert typed is None or (typed.value.amount, typed.figures[0].label) == ("533", "Free cash flow (non-GAAP measure)")
    else:
        assert typed is None  # the general types answer it from the printed rows


def test_a_tagged_filing_gives_the_input_its_concept_names_with_the_tags_sign(shared_dir):
    # Oracle prints "(Provision for) benefit from income taxes (240)" and tags it IncomeTaxExpenseBenefit 240;
    # its non-GAAP reconciliation has an "Income tax effects" row that the phrase "income taxes" also fits
    path = shared_dir / "filings" / "oracle_10-q_2024-08-31.html"
    a = ask("What was the effective tax rate for the three months ended August 31, 2024?", view_of(path.read_bytes(), path.name))
    assert (a.status, a.value.amount) == ("answered", "7.57"), a.text
    assert "“(Provision for) benefit from income taxes” $-240,000,000" in a.text
    assert (a.program[0].op, a.program[0].args) == ("multiply", ["-240000000", "-1"])
    assert a.verified and a.fits_question


@pytest.mark.parametrize("question", [
    "What was Apple's Services gross margin for the three months ended June 29, 2024?",
    "What was the Data Center operating margin in fiscal 2024?",
    "What is the FY2022 adjusted EBITDA margin for AMD?",
    # a growth of a segment's or a product's line: answered with the company's total at 0.98 before
    "What was Greater China net sales growth in the quarter?",
    "What was iPhone net sales growth in the third quarter of fiscal 2024?",
])
def test_a_metric_of_a_part_or_adjusted_is_not_computed_from_the_totals(question):
    assert not QUESTION_TYPE.recognise(question, Plan(question=question, qtype="metric"))


@pytest.mark.parametrize("question", [
    "What was Apple's gross margin for the three months ended June 29, 2024?",
    "What is the three-year average gross margin for Intel from FY2019 to FY2021?",
    "Does Adobe have an improving operating margin profile as of FY2022?",
    "What was Apple's net sales growth in the quarter?",
    "Roughly how many times has AES Corporation sold its inventory in FY2022? Calculate inventory turnover ratio for FY2022.",
])
def test_the_company_its_periods_and_judgement_words_do_not_qualify_a_metric(question):
    assert QUESTION_TYPE.recognise(question, Plan(question=question, qtype="metric"))


@pytest.mark.parametrize("question", [
    "By what percentage did Oracle's capital expenditures increase in Q1 FY25 compared with Q1 FY24?",
    "How much did free cash flow grow from FY2022 to FY2023?",
])
def test_a_change_of_an_amount_metric_is_left_to_the_change_types(question):
    # the metric type states the amount of one period; before, it answered the capex itself at 0.976
    assert not QUESTION_TYPE.recognise(question, Plan(question=question, qtype="metric"))


EBITDA_PAGE = ("ACME CORP\nANNUAL REPORT\n\n(in thousands)\n\n\tYear Ended December 31,\t\n\t2019\t2018\n"
               "Revenue\t10,000\t9,000\nOperating income\t2,000\t1,500\nDepreciation and amortization\t500\t400\n")


@pytest.mark.parametrize("question, amount, unit", [
    # a percentage change of an amount metric is a percent change; both were answered as the dollar difference
    ("What was the percentage change in EBITDA between 2018 and 2019?", "31.58", "percent"),
    ("What was the change in EBITDA between 2018 and 2019?", "600000", "USD"),
])
def test_a_change_of_an_amount_metric_is_a_difference_or_a_percent_change_as_asked(question, amount, unit):
    from page_asker import asker

    ans = asker(EBITDA_PAGE, "acme_annual_2019.txt")(question)
    assert (ans.status, ans.value.amount, ans.value.unit) == ("answered", amount, unit), ans.text


def test_a_change_of_an_adjusted_metric_is_not_computed_from_the_plain_one():
    question = "What was the percentage change in Adjusted EBITDA between 2018 and 2019?"
    assert not QUESTION_TYPE.recognise(question, Plan(question=question, qtype="metric"))

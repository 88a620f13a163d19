"""An 8-K's compensation table heads each column with a measure and its year ("2023 Base Salary",
"2022 Bonus"): a question naming no period takes the column that names its measure. Fictional."""

from page_asker import asker

PAY_8K = ("ACME WIDGETS, INC.\nCURRENT REPORT ON FORM 8-K\n\nItem 5.02 Compensatory Arrangements of Certain Officers\n\n"
          "The Committee approved the following:\n\n"
          "\t2022 Bonus\t2023 Base Salary\n"
          "Jane Roe Chief Executive Officer\t$120,000\t$800,000\n"
          "John Doe Chief Financial Officer\t$90,000\t$650,000\n")


def test_a_measure_column_with_its_year_answers_a_question_naming_no_period():
    ask = asker(PAY_8K, "acme_8-k_2023-03-01.txt")
    ans = ask("What is John Doe's base salary?")
    assert ans.value is not None and ans.value.amount == "650000", ans.text
    ans = ask("What bonus did Jane Roe receive?")
    assert ans.value is not None and ans.value.amount == "120000", ans.text


def test_a_year_column_still_needs_the_asked_year():
    page = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\n(in thousands)\n\n\t2023\t2022\nTotal revenues\t5,000\t4,000\n")
    ans = asker(page, "acme_10-k_2023-12-31.txt")("What were total revenues in 2022?")
    assert ans.value.amount == "4000000"

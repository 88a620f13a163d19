"""A one-figure answer takes the sign of the filer's iXBRL tag where the concept names one direction
(qa/tagged_sign.py), and keeps the print where the concept is signed by nature."""

from qa.tagged_sign import one_way


def test_one_way_concepts_and_two_way_concepts():
    assert one_way("us-gaap:InterestExpense") and one_way("us-gaap:PaymentsForRepurchaseOfCommonStock")
    assert not one_way("us-gaap:IncomeTaxExpenseBenefit")
    assert not one_way("us-gaap:NetCashProvidedByUsedInInvestingActivities")
    assert not one_way("us-gaap:NetIncomeLoss") and not one_way("us-gaap:IncreaseDecreaseInAccountsReceivable")


def test_an_expense_printed_in_parentheses_is_stated_as_the_tag_says(oracle_10q_answerer):
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("What was Oracle's interest expense in the quarter ended August 31, 2023?", fid)
    assert ans.value.amount == "872000000" and ans.value.unit == "USD"
    assert [(s.op, s.args) for s in ans.program] == [("multiply", ["-872000000", "-1"])]
    assert "(872)" in ans.text and "us-gaap:InterestExpense" in ans.text
    assert ans.in_filing and ans.citations[0].row == "Interest expense"


def test_a_two_way_concept_keeps_its_printed_sign(oracle_10q_answerer):
    answerer, fid = oracle_10q_answerer
    ans = answerer.ask("What was Oracle's net cash used for investing activities in the first quarter of fiscal 2025?", fid)
    assert ans.value.amount == "-2765000000" and not ans.program


def test_a_two_way_concept_asked_by_its_positive_side_takes_the_tags_sign(oracle_10q_answerer):
    # "(Provision for) benefit from income taxes (240)", tagged IncomeTaxExpenseBenefit 240: a
    # question about the provision asks for the expense the tag measures; one about the benefit
    # keeps the print (the prior year's benefit, printed 45, is tagged -45)
    answerer, fid = oracle_10q_answerer
    provision = answerer.ask("What was Oracle's provision for income taxes in Q1 FY25?", fid)
    assert provision.value.amount == "240000000" and "(240)" in provision.text
    benefit = answerer.ask("What was Oracle's income tax benefit for the three months ended August 31, 2023?", fid)
    assert benefit.value.amount == "45000000" and not benefit.program


def test_asks_positive_side():
    from qa.tagged_sign import asks_positive_side

    assert asks_positive_side("us-gaap:IncomeTaxExpenseBenefit", "What was the provision for income taxes?")
    assert not asks_positive_side("us-gaap:IncomeTaxExpenseBenefit", "What was the income tax benefit?")
    assert not asks_positive_side("us-gaap:NetCashProvidedByUsedInInvestingActivities", "How much cash was used in investing?")

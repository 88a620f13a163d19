"""Line items read without the operation's words ("the average discount rate" is the discount rate,
"in millions" is a scale), a change of a total is a change, questions no figure answers are asked
again in words (qa/answer.py `_in_words`), and quoted sentences ranked by meaning as well as words."""

from __future__ import annotations

from page_asker import asker

from qa.question import parse_question

ASSUMPTIONS = ("Pensions\n\nThe principal actuarial assumptions used for the valuation are as follows:\n\n"
               "\t2019\t2018\n\t%\t%\nDiscount rate\t2.9\t3.8\nExpected rate of salary increase\t2.5\t2.5\n")

INSTRUMENTS = ("Derivatives\n\nThe Company entered into interest rate swaps in 2018 with a notional amount of $50 million.\n\n"
               "The objective of these instruments is to reduce variability in the forecasted interest payments "
               "of the Company's variable rate loans.\n\nThe swaps are designated as cash flow hedges.\n\n"
               "Future minimum lease payments under operating leases are as follows:\n\n"
               "\tOperating leases\n2020\t$460\n2021\t361\nThereafter\t686\n")


def test_an_average_asked_of_a_line_item_reads_the_line_item_without_the_word_average():
    assert parse_question("What is the average discount rate for 2018 and 2019?").items == ["the discount rate"]
    assert parse_question("What is the average value of Packaging materials for 2019 and 2018?").items == \
        ["the Packaging materials"]
    # "weighted average" names the line item
    assert parse_question("What is the average weighted average exercise price for 2018 and 2019?").items == \
        ["the weighted average exercise price"]


def test_the_average_of_a_row_over_two_years_is_computed_from_its_cells():
    ans = asker(ASSUMPTIONS, "acme_10-k_2019.txt")("What is the average discount rate for 2018 and 2019?")
    assert ans.value is not None and ans.value.amount == "3.35"
    assert [s.op for s in ans.program] == ["average"] and ans.program[0].args == ["2.9", "3.8"]


def test_the_scale_a_question_asks_in_is_no_word_of_its_line_item():
    assert parse_question("what are the total contractual commitments , in millions?").items == \
        ["the total contractual commitments"]
    assert parse_question("what is the applied net sales in 2018 , ( in billions ) ?").items == ["the applied net sales"]
    assert parse_question("what was, in millions, the operating income in 2017?").items == ["the operating income"]


def test_a_change_in_the_total_between_two_years_is_a_difference_not_a_sum():
    q = parse_question("Between the years of 2012 and 2013, what was the change in the total of residential mortgages?")
    assert q.operation == "difference"
    assert parse_question("What is the total deposits in 2018 and 2019?").operation == "sum"


def test_a_what_question_no_figure_answers_is_answered_by_the_sentence_that_says_it():
    ans = asker(INSTRUMENTS, "acme_10-k_2019.txt")("What was the objective of the instruments?")
    assert ans.method == "extractive" and ans.plan["operation"] == "text"
    assert "reduce variability in the forecasted interest payments" in ans.text
    assert ans.citations[0].quote.startswith("The objective of these instruments")


def test_a_quote_for_a_question_read_as_asking_a_figure_is_only_offered_where_it_may_not_answer():
    from index.parse import parse_bytes
    from qa.answer import Answerer, _quote_not_worded
    from qa.memory_store import MemoryStore
    from qa.models import Answer, Citation

    store = MemoryStore()
    fid = store.add(parse_bytes(INSTRUMENTS.encode(), "acme_10-k_2019.txt"))
    view = Answerer(store).view(fid)

    def quoting(sentence: str) -> Answer:
        start = view.text.index(sentence)
        cit = Citation(id=1, filing_id=fid, quote=sentence, start=start, end=start + len(sentence))
        return Answer(status="answered", text=f"“{sentence}” [1]", citations=[cit], method="extractive")

    lead_in = "Future minimum lease payments under operating leases are as follows:"
    assert "introduces a table" in _quote_not_worded(view, quoting(lead_in))
    swaps = "The Company entered into interest rate swaps in 2018 with a notional amount of $50 million."
    assert "states a figure" in _quote_not_worded(view, quoting(swaps))  # the figure may be what is asked
    hedges = "The swaps are designated as cash flow hedges."
    assert _quote_not_worded(view, quoting(hedges)) is None


def test_a_question_naming_a_finance_line_item_is_not_asked_again_in_words():
    ans = asker(INSTRUMENTS, "acme_10-k_2019.txt")("What was the net equity in the assets acquired?")
    assert ans.method != "extractive"


def test_of_two_sentences_sharing_the_questions_words_the_one_closer_in_meaning_is_quoted():
    page = ("Properties\n\nWe plan to sell our principal executive offices and consolidate our headquarters.\n\n"
            "Our principal executive offices are located in San Diego, California in an owned facility of "
            "approximately 150,000 square feet.\n")
    ans = asker(page, "acme_10-k_2019.txt")("What is the size of the principal executive offices?")
    assert ans.method == "extractive"
    assert "150,000 square feet" in ans.citations[0].quote

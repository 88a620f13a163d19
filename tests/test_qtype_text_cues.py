"""Questions asked in words (qa/text_cues.py, qa/data/text_cues.toml) are not claimed by the metric
type: the free-text type quotes the filing instead of a figure type refusing for a missing input."""

from __future__ import annotations

import pytest
from page_asker import asker

from qa.qtypes.metric import understand
from qa.text_cues import asks_in_words

PAGE = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\n(in thousands)\n\n\t2019\t2018\nTotal revenues\t120,400\t110,250\n"
        "Net income\t35,100\t28,900\n\n"
        "EBITDA is calculated by adding back depreciation and amortization to operating income.\n\n"
        "The effective tax rate decreased primarily due to the release of a valuation allowance.\n")


@pytest.mark.parametrize("question", [
    "How is EBITDA calculated?",
    "What does free cash flow consist of?",
    "What are the components considered when calculating the net debt to EBITDA ratio?",
    "What was the reason for the decrease in the effective tax rate?",
    "Why is net debt analysed as a proportion of EBITDA?",
    "What was the increase in free cash flow from 2018 to 2019 driven by?",
])
def test_questions_asked_in_words_are_not_metric_questions(question):
    assert asks_in_words(question) and understand(question) is None


@pytest.mark.parametrize("question", [
    "What was EBITDA in 2019?",
    "How much was free cash flow in 2019?",
    "What was the effective tax rate in 2019?",
    "What percentage of total revenues is made up of services in 2019?",
])
def test_figure_questions_are_not_asked_in_words(question):
    assert not asks_in_words(question)


def test_how_a_metric_is_calculated_is_answered_by_quoting_the_filing():
    ans = asker(PAGE, "acme_10-k_2019.txt")("How is EBITDA calculated?")
    assert ans.plan["qtype"] == "text" and ans.method == "extractive"
    assert "adding back depreciation and amortization" in ans.text and ans.status != "not_found"


def test_a_definition_supplied_after_the_question_does_not_make_it_a_question_in_words():
    from qa.text_cues import asks_in_words

    assert not asks_in_words("What is the FY2017 return on assets for the company? ROA is defined as: net income / "
                             "average total assets.")
    assert asks_in_words("How is return on assets defined? Answer briefly.")

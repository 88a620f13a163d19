"""Questions about a table itself (qa/qtypes/table_about.py): what it shows (its lead-in quoted), which
years it covers, what unit its figures are in; and which table, where the filing holds several."""

from __future__ import annotations

from page_asker import asker

from qa.qtypes.table_about import asked

LEASES = ("Leases\n\nWe lease offices and data centers under operating and finance leases.\n\n"
          "As of December 31, 2019, maturities of lease liabilities were as follows:\n\n"
          "\tOperating Leases\tFinance Leases\n\t(Dollars in millions)\t\n"
          "2020\t$460\t47\n2021\t361\t28\n2022\t308\t22\nThereafter\t686\t170\nTotal lease payments\t1,815\t267\n")

TAXES = ("Income taxes\n\nThe provision for income taxes consisted of the following (in thousands):\n\n"
         "\tYear Ended December 31,\t\t\n\t2019\t2018\t2017\n"
         "Federal\t$1,200\t$1,100\t$900\nState\t300\t250\t200\nTotal\t$1,500\t$1,350\t$1,100\n")

TWO_TABLES = ("Liquidity\n\nThe following table summarizes our cash flow activities (in thousands):\n\n"
              "\tYears Ended December 31,\t\t\n\t2019\t2018\t2017\n"
              "Operating activities\t$(426)\t$(2,694)\t$14,314\nInvesting activities\t(251)\t(6,876)\t(5,142)\n\n"
              "Our debt is described in Note 7.\n\n"
              "The carrying amounts of our debt were as follows (in thousands):\n\n"
              "\tDecember 31,\t\n\t2019\t2018\n"
              "Term loan\t$5,000\t$6,000\nRevolver\t1,000\t2,000\n")


def test_what_the_table_shows_is_its_lead_in_quoted_and_cited():
    ans = asker(LEASES, "acme_10-k_2019.txt")("What does the table represent?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "answered"
    assert "“As of December 31, 2019, maturities of lease liabilities were as follows:” [1]" in ans.text
    assert ans.citations[0].quote == "As of December 31, 2019, maturities of lease liabilities were as follows:"


def test_a_title_line_above_the_table_is_what_it_shows():
    page = ("Compensation\n\nThis note details the amounts earned by the Directors.\n\n"
            "Aggregate emoluments of the Directors\n\n\t2019\t2018\nSalaries and fees\t4\t4\nIncentive schemes\t2\t3\n")
    ans = asker(page, "acme_20-f_2019.txt")("What does the table show?")
    assert ans.status == "answered" and "“Aggregate emoluments of the Directors” [1]" in ans.text


def test_a_scale_caption_between_the_lead_in_and_the_table_is_passed_over():
    page = ("Accounts receivable consisted of the following:\n\n(in thousands)\n\n"
            "\tMarch 31,\t\n\t2019\t2018\nTrade receivables\t$875\t$557\nOther\t6\t8\n")
    ans = asker(page, "acme_10-k_2019.txt")("What does the table show?")
    assert ans.status == "answered" and "“Accounts receivable consisted of the following:”" in ans.text


def test_the_section_heading_above_the_lead_in_is_given_with_it():
    ans = asker(LEASES, "acme_10-k_2019.txt")("What does the table show?")
    assert "under the heading “Leases” [2]" in ans.text
    assert ans.citations[1].quote == "Leases"


def test_a_table_after_a_plain_sentence_has_no_lead_in_to_quote():
    page = ("Results\n\nRevenue grew in every region during the year.\n\n"
            "\t2019\t2018\nAmericas\t100\t90\nEurope\t50\t45\n")
    ans = asker(page, "acme_10-k_2019.txt")("What does the table show?")
    assert ans.plan["qtype"] != "table_about"


def test_words_the_question_names_the_table_by_must_be_in_its_lead_in():
    ask = asker(LEASES, "acme_10-k_2019.txt")
    assert ask("What does the table show for lease liabilities?").plan["qtype"] == "table_about"
    assert ask("What does the table show for deferred revenue?").plan["qtype"] != "table_about"


def test_several_tables_and_no_word_saying_which_is_uncertain_and_lists_the_candidates():
    ans = asker(TWO_TABLES, "acme_10-k_2019.txt")("What does the table show?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "uncertain"
    assert "2 tables" in ans.text
    assert "“The following table summarizes our cash flow activities (in thousands):”" in ans.text
    assert "“The carrying amounts of our debt were as follows (in thousands):”" in ans.text


def test_a_table_named_by_its_subject_among_several_is_answered():
    ans = asker(TWO_TABLES, "acme_10-k_2019.txt")("What are the years included under the cash flow table?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "answered"
    assert ans.spans == ["2019", "2018", "2017"]


def test_the_years_of_the_table_are_its_columns_years():
    ans = asker(TAXES, "acme_10-k_2019.txt")("What years are included in the table?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "answered"
    assert ans.spans == ["2019", "2018", "2017"] and len(ans.figures) == 3


def test_a_schedule_by_year_gives_the_years_its_rows_are_labelled_with():
    ans = asker(LEASES, "acme_10-k_2019.txt")("What periods are highlighted in the table?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "answered"
    assert ans.spans == ["2020", "2021", "2022", "Thereafter"]
    assert [c.quote.split("\t")[0] for c in ans.citations] == ["2020", "2021", "2022", "Thereafter"]


def test_the_unit_is_the_tables_scale_line_quoted():
    ans = asker(LEASES, "acme_10-k_2019.txt")("What is the units used for the data in the table?")
    assert ans.plan["qtype"] == "table_about" and ans.status == "answered"
    assert "(Dollars in millions)" in ans.text and "in millions" in ans.citations[0].quote


def test_an_excerpt_opening_with_its_table_takes_the_one_announcing_sentence_after_it():
    page = ("\tWorkforce reduction\tFacility costs\tTotal\nBalance as at June 30, 2018\t$10,045\t$1,369\t$11,414\n"
            "Accruals\t3,430\t200\t3,630\n\nRestructuring\n\nWe began to streamline our operations in 2017.\n\n"
            "A reconciliation of the beginning and ending liability is shown below.\n")
    ans = asker(page, "acme_10-k_2019.txt")("What does the table show?")
    assert ans.status == "answered"
    assert "“A reconciliation of the beginning and ending liability is shown below.”" in ans.text


def test_questions_about_rows_or_figures_are_not_about_the_table_itself():
    assert asked("What do Other items in the table represent?") is None
    assert asked("What items does the table show?") is None
    assert asked("How many periods are highlighted in the table?") is None
    assert asked("Which years does the table provide information for net sales?") is None
    assert asked("Which years had a net loss in the table?") is None
    assert asked("What financial information does the table show?") == ("lead", "")


def test_among_several_tables_a_subject_none_carries_in_full_is_not_guessed():
    ans = asker(TWO_TABLES, "acme_10-k_2019.txt")("What years are included in the table of operating activities by category?")
    assert ans.plan["qtype"] != "table_about"


def test_the_unit_inside_a_long_lead_in_is_quoted_alone():
    page = ("The following table shows revenue by region for the years ended December 31, 2019 and 2018 "
            "(dollars in thousands):\n\n\t2019\t2018\nAmericas\t$100\t$90\nEurope\t50\t45\n")
    ans = asker(page, "acme_10-k_2019.txt")("In what units are the figures in the table presented?")
    assert ans.status == "answered" and ans.text == "The table's figures are stated “(dollars in thousands)” [1]."
    assert ans.citations[0].quote == "(dollars in thousands)"

"""The learned chooser: the shipped model, its calibration, and the threshold rule of its training."""

from __future__ import annotations

from qa.candidates import AGREEMENT, RELATIVE, feature_names, with_relative
from qa.chooser import calibrate, get_chooser, kind_of
from qa.train_chooser import MAX_WRONG, _calibrate, _calibrate_kinds, _threshold


def test_the_shipped_model_reads_the_features_the_answerer_computes():
    chooser = get_chooser()
    assert chooser is not None, "qa/data/chooser.lgb.txt and chooser.json ship with the code (make train)"
    assert 0.0 < chooser.threshold < 1.0
    for xs, ys in chooser.calibration.values():
        assert xs == sorted(xs)
        assert ys == sorted(ys)  # isotonic: a higher score is never less likely right


def test_quotes_figures_and_tagged_filings_figures_are_calibrated_apart():
    chooser = get_chooser()
    n = len(feature_names())
    figure, quote, tagged, tagged_quote = [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n
    quote[feature_names().index("text_answer")] = tagged_quote[feature_names().index("text_answer")] = 1.0
    tagged[feature_names().index("xbrl_filing")] = tagged_quote[feature_names().index("xbrl_filing")] = 1.0
    assert [kind_of(v) for v in (figure, quote, tagged, tagged_quote)] == ["figure", "text", "tagged_figure", "text"]
    raw = chooser.raw([figure, tagged])
    assert chooser.confidences([figure, tagged]) == [calibrate(raw[0], *chooser.calibration["figure"]),
                                                     calibrate(raw[1], *chooser.calibration["tagged_figure"])]
    assert len({str(chooser.calibration[k]) for k in ("figure", "text", "tagged_figure")}) == 3


def test_a_kind_with_too_few_turns_takes_the_map_of_all_turns():
    chosen = [(i / 100, i % 3 != 0, "figure") for i in range(100)] + [(0.5, True, "text")]
    knots = _calibrate_kinds(chosen)
    assert knots["text"] == _calibrate([(p, r) for p, r, _ in chosen])
    assert knots["figure"] == _calibrate([(p, r) for p, r, k in chosen if k == "figure"])


def test_confidences_are_probabilities_for_any_candidates():
    chooser = get_chooser()
    n = len(feature_names())
    confs = chooser.confidences([[0.0] * n, [1.0] * n, [5.0] * n])
    assert len(confs) == 3 and all(0.0 <= c <= 1.0 for c in confs)


def test_calibration_interpolates_between_knots_and_clips_outside():
    xs, ys = [0.2, 0.6], [0.1, 0.9]
    assert calibrate(0.0, xs, ys) == 0.1 and calibrate(1.0, xs, ys) == 0.9
    assert abs(calibrate(0.4, xs, ys) - 0.5) < 1e-12


def test_relative_features_give_each_candidate_its_gap_to_the_best_and_its_rank():
    n = len(feature_names()) - 2 * len(RELATIVE) - len(AGREEMENT)  # the candidate's own features, before the relative ones
    own = feature_names()[:n]
    i = own.index("match_min")
    a, b = [0.0] * n, [0.0] * n
    a[i], b[i] = 1.0, 0.6
    out = with_relative([a, b])
    names = feature_names()
    assert out[1][names.index("match_min-best")] == -0.4 or abs(out[1][names.index("match_min-best")] + 0.4) < 1e-12
    assert out[0][names.index("match_min_rank")] == 0.0 and out[1][names.index("match_min_rank")] == 1.0


def test_agreement_features_count_the_other_candidates_giving_the_same_value():
    n = len(feature_names()) - 2 * len(RELATIVE) - len(AGREEMENT)
    out = with_relative([[0.0] * n] * 4, [("7", "USD"), ("7", "USD"), ("8", "USD"), None])
    names = feature_names()
    share = names.index("same_value_share")
    assert [round(v[share], 4) for v in out] == [round(1 / 3, 4), round(1 / 3, 4), 0.0, 0.0]
    assert out[0][names.index("distinct_values")] == __import__("math").log1p(2)


def test_the_threshold_is_the_lowest_confidence_with_at_most_five_percent_wrong():
    # 19 right at 0.99, one wrong at 0.95, then wrong answers at 0.5: answering down to 0.95 is 1/20 = 5 % wrong
    confs = [(0.99, True)] * 19 + [(0.95, False)] + [(0.5, False)] * 5 + [(None, False)] * 3
    assert MAX_WRONG == 0.05
    assert _threshold(confs) == 0.95


def test_a_tagged_figure_is_answered_at_its_own_threshold_and_every_other_kind_at_the_pooled_one():
    from qa.train_chooser import _figures, _per_turn, _thresholds

    identity = {"x": [0.0, 1.0], "y": [0.0, 1.0]}
    knots = {"figure": identity, "text": identity, "tagged_figure": identity}
    # tagged figures right down to 0.70; figures wrong below 0.90 (one in three)
    chosen = [(0.70 + i / 1000, True, "tagged_figure") for i in range(100)] + \
             [(0.90 + i / 1000, True, "figure") for i in range(60)] + \
             [(0.80 + i / 1000, i % 3 == 0, "figure") for i in range(60)]
    pooled, own = _thresholds(knots, chosen)
    assert own == {"tagged_figure": 0.70}  # its own turns are all right: all of them answered
    assert pooled > 0.70
    bounds = _per_turn(chosen, pooled, own)
    assert bounds[0] == 0.70 and bounds[-1] == pooled
    figures = _figures([(c, r) for c, r, _ in chosen], bounds)
    assert figures["answered"] > _figures([(c, r) for c, r, _ in chosen], pooled)["answered"]
    assert figures["wrong_among_answered"] <= MAX_WRONG


def test_the_shipped_chooser_answers_a_candidate_at_its_kind_s_threshold():
    chooser = get_chooser()
    n = len(feature_names())
    figure, tagged = [0.0] * n, [0.0] * n
    tagged[feature_names().index("xbrl_filing")] = 1.0
    assert chooser.threshold_for(figure) == chooser.threshold
    assert "tagged_figure" in chooser.kind_thresholds
    assert chooser.threshold_for(tagged) == chooser.kind_thresholds["tagged_figure"]
    assert chooser.threshold_for(None) == chooser.threshold


def test_a_plateau_of_equal_confidence_is_answered_whole_when_choosing_the_threshold():
    # 19 right at 0.99; then a plateau at 0.9 of 1 right and 2 wrong: answering down to 0.9
    # answers all three (2 wrong of 22 = 9 %), so the threshold stays at 0.99
    confs = [(0.99, True)] * 19 + [(0.9, True), (0.9, False), (0.9, False)]
    assert _threshold(confs) == 0.99


def test_period_fit_tells_the_quarter_asked_from_the_year_to_date_ending_the_same_day():
    from types import SimpleNamespace

    from qa.candidates import asked_periods, _period_fit
    from qa.plan import Plan, PeriodRef
    from qa.question import Calendar

    asked = asked_periods(Plan(question="q", qtype="lookup", periods=[PeriodRef(text="three months ended June 29, 2024",
                                                                                end="2024-06-29", months=3)]), Calendar())
    quarter, nine_months = SimpleNamespace(period="2024-03-31/2024-06-29"), SimpleNamespace(period="2023-10-01/2024-06-29")
    assert _period_fit(asked, [quarter]) == (1.0, 0.0)
    assert _period_fit(asked, [nine_months]) == (0.0, 1.0)
    assert _period_fit(asked, [quarter, nine_months]) == (0.5, 0.5)
    assert _period_fit(asked, [SimpleNamespace(period=None)]) == (0.5, 0.5)  # an undated figure: no evidence either way


def test_another_page_split_is_drawn_by_salt_and_keeps_about_one_page_in_five():
    from qa.train_chooser import _page_side

    names = [f"page_{i}.txt" for i in range(2000)]
    default, other = [_page_side(n) for n in names], [_page_side(n, salt=3) for n in names]
    assert default != other and other == [_page_side(n, salt=3) for n in names]
    assert 0.15 < other.count("val") / len(names) < 0.25


def test_held_out_figures_over_splits_are_averaged_per_dataset():
    import random

    from qa.train_chooser import held_out_over_splits

    rng, n = random.Random(5), len(feature_names())
    turns = []
    for i in range(300):  # candidate 0 carries a feature that marks it right: the chooser learns it
        cands = []
        for k in range(3):
            v = [rng.random() for _ in range(n)]
            v[0] = 1.0 if k == 0 else 0.0
            cands.append((v, k == 0))
        turns.append({"group": f"page{i}", "dataset": "a" if i % 2 else "b", "candidates": cands})
    out = held_out_over_splits(turns, 2)
    assert set(out) == {"all", "a", "b"} and out["all"]["splits"] == 2
    assert out["all"]["ungated_accuracy"] > 0.9 and 0.0 <= out["all"]["gated_wrong_among_answered"] <= 0.05


def test_column_named_reads_the_words_of_a_heading_beyond_its_period():
    from types import SimpleNamespace

    from qa.candidates import _column_named
    from qa.lexicon import question_words

    asked = question_words("How many votes were withheld for director nominee Leonard J. Elmore?")

    def cell(column):
        return SimpleNamespace(kind="table", column_label=column)

    assert _column_named(cell("Withheld"), asked) == 1.0
    assert _column_named(cell("Broker Non-Votes"), asked) == 0.0
    assert _column_named(cell("Three Months Ended September 30, 2024"), asked) == 0.5  # only a period: no evidence
    assert _column_named(cell("FY19"), asked) == 0.5
    assert _column_named(SimpleNamespace(kind="text", column_label=None), asked) == 0.5
    # a derived column: "% change" beside the amounts is named only by a question asking a percent change
    assert _column_named(cell("% Change"), question_words("What was revenue in 2019?")) == 0.0
    assert _column_named(cell("% Change"), question_words("What was the percentage change in revenue?")) == 1.0


def test_a_fiscal_quarter_is_one_period_asked_though_its_name_and_its_end_are_two_years(shared_dir):
    # "the first quarter of fiscal 2012" of ImmunoGen's June fiscal year ends in September 2011: the
    # chooser's years are 2012 (the name a column may carry) and 2011 (the year its cells are dated),
    # but one period is asked, as in "revenue in 2019", not two as in "the change from 2010 to 2011"
    from index.parse import parse_file
    from qa.answer import Answerer
    from qa.candidates import feature_names
    from qa.memory_store import MemoryStore

    store = MemoryStore()
    fid = store.add(parse_file(shared_dir / "seed" / "immunogen_8k_2011-10-27.txt"))
    answerer = Answerer(store)
    at = feature_names().index("periods_asked")
    for question, asked in (("What were total revenues in the first quarter of fiscal 2012?", 1.0),
                            ("How much did total revenues change from 2010 to 2011?", 2.0)):
        answerer.collect = []
        answerer.ask(question, fid)
        assert answerer.collect and {v[at] for v, _ in answerer.collect} == {asked}

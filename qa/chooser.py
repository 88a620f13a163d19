"""The learned chooser: scores candidate answers and turns the score into a calibrated confidence.

The model is gradient-boosted trees (LightGBM) over the features of qa/candidates.py, trained by
qa/train_chooser.py (`make train`) on the public benchmarks' dev data in ../shared/data, where
the gold answers mark which candidates are right. Its score is mapped through an isotonic
calibration fitted on held-out folds (grouped by page), so a confidence of 0.8 means about 80 %
of such answers were right there. Quoted sentences, figures of a benchmark page or an untagged
filing, and figures of an inline-XBRL filing are calibrated apart (`KINDS`): the same raw score
meant 97 % right for a quote and far less for a figure in the folds, and a figure read from a
filing whose tags name its concept and period was right more often than one read from a bare
page; one map for all made the surer kinds look less sure than they are. `threshold` is the lowest confidence at which, on those folds,
at most 5 % of answered questions were wrong; a tagged figure has its own such threshold, chosen on
its turns alone (`OWN_THRESHOLD`, `threshold_for`).

Two small files in qa/data/: the booster as LightGBM's own text format (chooser.lgb.txt) and
chooser.json (feature names, calibration knots, thresholds, the figures it was trained to).
Trees rather than a linear model: the useful signals interact (a year that matches matters for
a lookup, the order of two years for a change), and LightGBM's text format is stable and small.
"""

from __future__ import annotations

import bisect
import json
import os
from functools import lru_cache
from pathlib import Path

from qa.candidates import feature_names

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "chooser.lgb.txt"
META_PATH = DATA / "chooser.json"


def calibrate(p: float, xs: list[float], ys: list[float]) -> float:
    """Piecewise-linear isotonic map of a raw score to a probability."""
    if p <= xs[0]:
        return ys[0]
    if p >= xs[-1]:
        return ys[-1]
    i = bisect.bisect_right(xs, p)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)


KINDS = ("figure", "text", "tagged_figure")  # calibrated apart: each is right at its own raw scores
OWN_THRESHOLD = ("tagged_figure",)  # kinds answered at their own threshold, chosen on their turns alone
_TEXT_ANSWER = feature_names().index("text_answer")
_XBRL_FILING = feature_names().index("xbrl_filing")


def kind_of(vector: list[float]) -> str:
    """"text" for a candidate that quotes a sentence; "tagged_figure" for one that states a number
    of an inline-XBRL filing (its facts carry the filer's concepts and periods); "figure" otherwise."""
    if vector[_TEXT_ANSWER]:
        return "text"
    return "tagged_figure" if vector[_XBRL_FILING] else "figure"


class Chooser:
    def __init__(self, booster, meta: dict):
        if meta.get("features") != feature_names():
            raise ValueError(f"{META_PATH}: trained on other features; run `make train`")
        self.booster = booster
        self.calibration = {kind: (meta["calibration"][kind]["x"], meta["calibration"][kind]["y"]) for kind in KINDS}
        self.threshold = meta["threshold"]
        self.kind_thresholds: dict[str, float] = meta.get("kind_thresholds", {})

    def threshold_for(self, vector: list[float] | None) -> float:
        """The confidence a candidate needs to be answered: its kind's own threshold (a filer's tagged
        figure, chosen on those turns alone for at most 5 % wrong), else the one of all turns."""
        return self.threshold if vector is None else self.kind_thresholds.get(kind_of(vector), self.threshold)

    def raw(self, vectors: list[list[float]]) -> list[float]:
        import numpy as np

        if not vectors:
            return []
        return [float(p) for p in self.booster.predict(np.asarray(vectors, dtype=float), num_threads=1)]

    def confidences(self, vectors: list[list[float]]) -> list[float]:
        """Calibrated probability, per candidate, that it is right (by the map of its kind)."""
        return [calibrate(p, *self.calibration[kind_of(v)]) for p, v in zip(self.raw(vectors), vectors)]


@lru_cache(maxsize=1)
def get_chooser() -> Chooser | None:
    """The shipped model, or None before the first `make train` (then no answer carries a confidence)."""
    if not MODEL_PATH.exists() or not META_PATH.exists() or os.environ.get("FILINGQA_CHOOSER") == "off":
        return None
    import lightgbm

    return Chooser(lightgbm.Booster(model_file=str(MODEL_PATH)), json.loads(META_PATH.read_text()))

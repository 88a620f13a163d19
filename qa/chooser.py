"""The learned chooser: scores candidate answers and turns the score into a calibrated confidence.

The model is a logistic regression over qa/answer_features.py, trained by qa/train_chooser.py
(`make train`) on the public benchmarks' dev data in ../shared/data, where the gold answers mark
which candidates are right. Its output is mapped through an isotonic calibration fitted on
held-out folds (grouped by page), so a confidence of 0.8 means about 80 % of such answers were
right there. `threshold` is the lowest confidence at which, on those folds, at most 5 % of
answered questions were wrong. Everything lives in one small JSON file, read with the standard
library: no training library is needed at run time.
"""

from __future__ import annotations

import bisect
import json
import math
import os
from functools import lru_cache
from pathlib import Path

from qa.answer_features import feature_names

MODEL_PATH = Path(__file__).parent / "data" / "chooser.json"


class Chooser:
    def __init__(self, model: dict):
        names = feature_names()
        if model.get("features") != names:
            raise ValueError(f"{MODEL_PATH}: trained on other features; run `make train`")
        self.mean = model["mean"]
        self.scale = model["scale"]
        self.coef = model["coef"]
        self.intercept = model["intercept"]
        self.cal_x = model["calibration"]["x"]
        self.cal_y = model["calibration"]["y"]
        self.threshold = model["threshold"]

    def raw(self, vec: list[float]) -> float:
        z = self.intercept + sum(c * (v - m) / s for c, v, m, s in zip(self.coef, vec, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def confidence(self, vec: list[float]) -> float:
        """Calibrated probability that the candidate is right (piecewise-linear isotonic map)."""
        p = self.raw(vec)
        xs, ys = self.cal_x, self.cal_y
        if p <= xs[0]:
            return ys[0]
        if p >= xs[-1]:
            return ys[-1]
        i = bisect.bisect_right(xs, p)
        x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)


@lru_cache(maxsize=1)
def get_chooser() -> Chooser | None:
    """The shipped model, or None before the first `make train` (then every candidate gets no confidence)."""
    if not MODEL_PATH.exists() or os.environ.get("FILINGQA_CHOOSER") == "off":
        return None
    return Chooser(json.loads(MODEL_PATH.read_text()))

"""The shipped scorer's JSON format: trees and logistic regression evaluated by score_rows()."""

from __future__ import annotations

import math

from warta.annotate.summary import FEATURES, load_model, score_rows, select


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_tree_model_follows_thresholds():
    # One stump on feature 0 (x <= 0.5 -> left leaf -1, else right leaf +2), plus a constant tree.
    stump = {"feature": [0, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1],
             "right": [2, -1, -1], "value": [0.0, -1.0, 2.0]}  # fmt: skip
    const = {"feature": [-2], "threshold": [-2.0], "left": [-1], "right": [-1], "value": [0.5]}
    model = {"kind": "gradient-boosting", "init": 0.1, "learning_rate": 0.5, "trees": [stump, const]}
    low, high = score_rows([[0.2], [0.9]], model)
    assert math.isclose(low, _sigmoid(0.1 + 0.5 * (-1.0 + 0.5)))
    assert math.isclose(high, _sigmoid(0.1 + 0.5 * (2.0 + 0.5)))


def test_logistic_model_standardises_features():
    model = {"kind": "logistic-regression", "mean": [1.0, 0.0], "scale": [2.0, 1.0],
             "weights": [1.0, -1.0], "bias": 0.25}  # fmt: skip
    (p,) = score_rows([[3.0, 0.5]], model)
    assert math.isclose(p, _sigmoid(0.25 + 1.0 - 0.5))


def test_shipped_model_matches_the_features():
    model = load_model()
    assert model["features"] == list(FEATURES)
    assert model["kind"] in ("gradient-boosting", "logistic-regression")
    if model["kind"] == "gradient-boosting":
        used = {f for tree in model["trees"] for f in tree["feature"] if f >= 0}
        assert used and max(used) < len(FEATURES)


def test_select_prefers_longer_sentences_with_a_length_exponent():
    scores, lengths = [0.5, 0.45, 0.4], [5, 30, 8]
    terms = [{"a"}, {"b"}, {"c"}]
    assert select(scores, terms, lengths, 1, 1.0, 4) == [0]
    assert select(scores, terms, lengths, 1, 1.0, 4, length_exponent=0.5) == [1]
    assert select(scores, terms, lengths, 3, 1.0, 6) == [1, 2]  # the 5-word sentence is too short

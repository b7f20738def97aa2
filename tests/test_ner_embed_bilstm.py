"""The experimental BiLSTM context encoder registered for NER configs (warta.annotate.ner_embed)."""

from __future__ import annotations

import numpy
from spacy.util import registry

from warta.annotate import ner_embed  # noqa: F401 - registers the architecture


def _encoder(cnn_depth: int = 0):
    make = registry.architectures.get("warta.NumpyBiLSTMEncoder.v1")
    model = make(width=8, depth=1, cnn_depth=cnn_depth)
    sample = [numpy.zeros((3, 8), dtype="f")]
    model.initialize(X=sample, Y=sample)
    return model


def test_ner_embed_bilstm_keeps_width_and_lengths():
    model = _encoder()
    xs = [numpy.random.default_rng(0).normal(size=(n, 8)).astype("f") for n in (5, 2)]
    ys = model.predict(xs)
    assert [y.shape for y in ys] == [(5, 8), (2, 8)]


def test_ner_embed_bilstm_first_token_sees_the_last():
    """Bidirectional: the first token's vector changes when only the last input changes."""
    model = _encoder(cnn_depth=1)
    x = numpy.random.default_rng(1).normal(size=(6, 8)).astype("f")
    y = x.copy()
    y[-1] += 1.0
    a, b = model.predict([x])[0], model.predict([y])[0]
    assert not numpy.allclose(a[0], b[0])


def test_ner_embed_bilstm_backpropagates():
    model = _encoder()
    x = [numpy.random.default_rng(2).normal(size=(4, 8)).astype("f")]
    ys, backprop = model.begin_update(x)
    dx = backprop([numpy.ones_like(ys[0])])
    assert dx[0].shape == (4, 8) and numpy.abs(dx[0]).sum() > 0

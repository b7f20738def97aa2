"""The learned entity check (warta.annotate.entity_verify): model arithmetic, decisions, the
pipeline hook, and what the shipped model does with names the NER gets wrong."""

from __future__ import annotations

import math

import pytest

from warta import analyze, config
from warta.annotate import entity_verify as ev
from warta.model import Entity

TEXT = ("Menurut Andi Wijaya, Bulan Ramadan tahun ini sepi. Andi Wijaya datang ke Jakarta pada Senin. "
        "\"Kami siap,\" kata Andi Wijaya di Jakarta.")


def _ents() -> list[Entity]:
    out = []
    for name, label in (("Andi Wijaya", "PERSON"), ("Bulan Ramadan", "PERSON"), ("Jakarta", "PERSON")):
        start = 0
        while (i := TEXT.find(name, start)) >= 0:
            out.append(Entity(name, label, i, i + len(name), name, None, 0.8))
            start = i + 1
    return out


def _sentences() -> list[tuple[int, int]]:
    starts = [0, TEXT.index("Andi Wijaya datang"), TEXT.index("\"Kami"), len(TEXT) + 1]
    return [(a, b - 1) for a, b in zip(starts, starts[1:], strict=False)]


TOY = ev.Verifier(("LOC", "NONE", "ORG", "PERSON"), (0.0, 0.0, 0.0, 1.0),
                  {"w=ramadan|PERSON": (0.0, 5.0, 0.0, 0.0), "w=jakarta|PERSON": (5.0, 0.0, 0.0, 0.0),
                   "L=CAND": (0.0, 5.0, 0.0, -1.0)})  # no candidate is a name


@pytest.fixture
def toy(monkeypatch):
    monkeypatch.setattr(ev, "load_verifier", lambda: TOY)
    return TOY


def test_entity_verify_probabilities_are_a_softmax_of_summed_weights():
    probs = TOY.probabilities(["w=ramadan|PERSON", "w=ramadan|PERSON", "unknown"])
    z = {"LOC": 0.0, "NONE": 5.0, "ORG": 0.0, "PERSON": 1.0}
    total = sum(math.exp(v) for v in z.values())
    assert probs == pytest.approx({c: math.exp(v) / total for c, v in z.items()})


def test_entity_verify_decide_keeps_within_margin_relabels_and_drops():
    assert ev.decide("PERSON", {"PERSON": 0.4, "LOC": 0.5, "NONE": 0.1}, 0.2) == "PERSON"
    assert ev.decide("PERSON", {"PERSON": 0.2, "LOC": 0.7, "NONE": 0.1}, 0.2) == "LOC"
    assert ev.decide("PERSON", {"PERSON": 0.2, "LOC": 0.1, "NONE": 0.7}, 0.2) is None
    assert ev.decide("ORG", {"PERSON": 0.2, "ORG": 0.3, "NONE": 0.5}, 0.0) is None


def test_entity_verify_drops_relabels_every_mention_and_keeps_offsets(toy):
    out = ev.verify_entities(TEXT, _sentences(), _ents()).entities
    assert {e.text for e in out} == {"Andi Wijaya", "Jakarta"}
    jakarta = [e for e in out if e.text == "Jakarta"]
    assert len(jakarta) == 2 and {e.label for e in jakarta} == {"LOC"}
    for e in out:
        assert TEXT[e.start:e.end] == e.text
    andi = [e for e in out if e.text == "Andi Wijaya"]
    assert len(andi) == 3
    assert andi[0].confidence == pytest.approx(round(math.e / (math.e + 3), 3))


def test_entity_verify_quote_finder_sees_relabels_and_person_drops_with_source_confidences(monkeypatch):
    ents = _ents() + [Entity("Senin", "ORG", TEXT.index("Senin"), TEXT.index("Senin") + 5, "Senin", None, 0.8)]
    toy_weights = dict(TOY.weights, **{"w=senin|ORG": (0.0, 9.0, 0.0, 0.0)})
    monkeypatch.setattr(ev, "load_verifier", lambda: ev.Verifier(TOY.classes, TOY.intercept, toy_weights))
    checked = ev.verify_entities(TEXT, _sentences(), ents)
    seen = {(e.text, e.label, e.confidence) for e in checked.for_quotes}
    assert ("Bulan Ramadan", "PERSON", 0.8) not in seen  # a dropped person is no speaker
    assert ("Jakarta", "LOC", 0.8) in seen  # relabelled, source confidence
    assert ("Senin", "ORG", 0.8) in seen  # a dropped body still blocks a speaker guess
    assert "Senin" not in {e.text for e in checked.entities}


def test_entity_verify_leaves_short_texts_and_switched_off_runs_alone(toy, monkeypatch):
    ents = _ents()
    assert ev.verify_entities(TEXT, _sentences()[:2], ents).entities == ents
    monkeypatch.setitem(config.settings()["entities"], "verify", False)
    checked = ev.verify_entities(TEXT, _sentences(), ents)
    assert checked.entities == ents and checked.for_quotes == ents


def test_entity_verify_features_read_the_article_context():
    feats = ev.article_features(TEXT, _sentences(), _ents())
    andi = feats[("andi wijaya", "PERSON")]
    assert {"nm=3|PERSON", "nw=2|PERSON", "p1=menurut|PERSON", "n1=datang|PERSON", "p1=kata|PERSON"} <= andi
    ramadan = feats[("bulan ramadan", "PERSON")]
    assert "nm=1|PERSON" in ramadan and "p1=menurut|PERSON" not in ramadan
    assert "ws=entity_lowercase_words:some|PERSON" in ramadan  # "bulan" is a common lower-case word
    assert "ps=gazetteer_places|PERSON" in feats[("jakarta", "PERSON")]
    assert ("senin", "CAND") in feats  # a capitalised word no entity covers is a candidate


def test_entity_verify_shipped_model_loads_with_four_classes():
    model = ev.load_verifier()
    assert model is not None and set(model.classes) == {"PERSON", "ORG", "LOC", "NONE"}
    assert len(model.weights) > 1000


@pytest.mark.parametrize(("text", "wrong"), [
    ("Penyanyi itu membawakan lagu Shape of You di Jakarta, Sabtu (4/7). Ribuan penonton hadir. "
     "Konser berlangsung meriah.", "Shape of You"),
    ("Badai tropis Dahlia mendekati perairan Natuna. Warga diminta waspada. BMKG memantau pergerakannya.",
     "Dahlia"),
])
def test_entity_verify_shipped_model_drops_names_of_things(text, wrong):
    names = {e.text for e in analyze(text).entities}
    assert wrong not in names
    assert names  # the real places and bodies stay


def test_entity_verify_adds_candidates_the_model_names(monkeypatch):
    text = ("Kabar itu dilansir Ace Showbiz pada Senin. Majalah itu terbit di Jakarta. "
            "Ace Showbiz menulis bahwa konser ditunda.")
    sentences = [(0, 42), (43, 73), (74, len(text))]
    ents = [Entity("Jakarta", "LOC", 65, 72, "Jakarta", None, 0.8)]
    weights = {"w=showbiz|CAND": (0.0, 0.0, 6.0, 0.0), "w=senin|CAND": (0.0, 6.0, 0.0, 0.0)}
    monkeypatch.setattr(ev, "load_verifier", lambda: ev.Verifier(TOY.classes, (0.0, 1.0, 0.0, 0.0), weights))
    checked = ev.verify_entities(text, sentences, ents)
    added = [e for e in checked.entities if e.text == "Ace Showbiz"]
    assert [(e.label, text[e.start:e.end]) for e in added] == [("ORG", "Ace Showbiz")] * 2
    assert "Senin" not in {e.text for e in checked.entities}
    assert [e.start for e in checked.entities] == sorted(e.start for e in checked.entities)
    assert "Ace Showbiz" not in {e.text for e in checked.for_quotes}  # the quote finder sees no additions

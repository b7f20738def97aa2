"""Evaluation rules: CoNLL spans and entity F1, quote matching, floors."""

import json

from warta.eval.conll import entity_f1, gold_spans, token_offsets, token_spans
from warta.eval.matching import match_quotes, speaker_ok
from warta.eval.report import check_floors


def test_eval_gold_spans_bio_and_bilou():
    assert gold_spans(["B-PERSON", "I-PERSON", "O", "B-PLACE"]) == {(0, 2, "PERSON"), (3, 4, "LOC")}
    assert gold_spans(["U-ORG", "B-PER", "L-PER", "O"]) == {(0, 1, "ORG"), (1, 3, "PERSON")}


def test_eval_char_spans_map_to_tokens_and_score():
    words = ["Presiden", "Joko", "Widodo", "di", "Jakarta"]
    offs = token_offsets(words)
    pred = token_spans(offs, [(9, 20, "PERSON"), (24, 31, "LOC"), (0, 3, "MISC")])
    assert pred == {(1, 3, "PERSON"), (4, 5, "LOC")}
    gold = {(1, 3, "PERSON"), (4, 5, "ORG")}
    r = entity_f1([(gold, pred)])
    assert r["per_type"]["PERSON"] == 1.0 and r["per_type"]["ORG"] == 0.0
    assert abs(r["micro_f1"] - 0.5) < 1e-9


def test_eval_quote_matching_and_speakers():
    pairs = match_quotes(["Kami siap bekerja keras,", "lain sama sekali"], ["kami siap bekerja keras"])
    assert pairs == [(0, 0)]
    assert speaker_ok("Jens Stoltenberg", "Sekjen NATO Jens Stoltenberg")
    assert not speaker_ok("Presiden", "Presiden Joko Widodo")
    assert not speaker_ok("Stoltenberg", "Jens Stoltenberg", strict=True)


def test_eval_floors_and_ceilings(tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"_c": "x", "a f1": 0.9, "a content_lines_lost": 0, "b f1": 0.5}))
    fails = check_floors({"a f1": 0.95, "a content_lines_lost": 1}, floors)
    assert len(fails) == 2
    assert any("content_lines_lost" in f and "ceiling" in f for f in fails)
    assert any(f.startswith("b f1: not measured") for f in fails)

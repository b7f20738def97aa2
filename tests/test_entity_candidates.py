"""Candidate names for the entity verifier (warta.annotate.entity_candidates)."""

from __future__ import annotations

from warta.annotate.entity_candidates import candidates
from warta.model import Entity


def _spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split(". "):
        out.append((start, start + len(part)))
        start += len(part) + 2
    return out


def _names(text: str, ents: list[Entity] | None = None) -> list[str]:
    return [c.text for c in candidates(text, _spans(text), ents or [])]


def test_entity_candidates_are_capitalised_runs_with_foreign_connectors():
    text = "Laporan itu dikutip dari Bank of America dan Vanity Fair kemarin"
    assert _names(text) == ["Bank of America", "Vanity Fair"]  # "Laporan" opens the sentence


def test_entity_candidates_skip_common_sentence_openers_and_covered_words():
    text = "Namun Ace Showbiz menulis kabar itu. Sementara itu Jakarta tenang"
    jakarta = text.index("Jakarta")
    assert _names(text, [Entity("Jakarta", "LOC", jakarta, jakarta + 7, "Jakarta")]) == ["Ace Showbiz"]


def test_entity_candidates_skip_title_case_headlines_and_trailing_connectors():
    text = "Pemerintah RI Larang WNI Kunjungi Suriah. Ia bertemu Menteri of di kantor"
    assert _names(text) == ["Menteri"]


def test_entity_candidates_keep_a_sentence_final_name_without_its_full_stop():
    text = "Ia bekerja untuk Radar Online."
    (cand,) = candidates(text, [(0, len(text))], [])
    assert (cand.text, cand.label, text[cand.start:cand.end]) == ("Radar Online", "CAND", "Radar Online")

"""Titles of creative works after a work noun are no entities (warta.annotate.entity_works)."""

import re

import warta
from warta.annotate.entity_works import only_titles, work_titles


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text))


def _titles(text: str, names: list[str], only: bool = False) -> list[str]:
    spans = _spans(text, names)
    found = (only_titles if only else work_titles)(text, spans)
    return [text[spans[i][0]:spans[i][1]] for i in sorted(found)]


def test_a_list_after_a_work_noun_is_titles_up_to_its_dan() -> None:
    text = "Selain lagu War Pigs, Iron Man, dan Paranoid, band itu tampil di Birmingham."
    assert _titles(text, ["War Pigs", "Iron Man", "Paranoid", "Birmingham"]) == ["War Pigs", "Iron Man", "Paranoid"]


def test_a_comma_without_dan_ends_the_title() -> None:
    text = "Setelah merilis single hit Too Good at Goodbyes, Sam Smith bersiap tur."
    assert _titles(text, ["Too Good at Goodbyes", "Sam Smith"]) == ["Too Good at Goodbyes"]


def test_describing_words_may_stand_between_but_no_author_word() -> None:
    text = "Ia bermain di serial televisi live-action Death Note. Lagu ciptaan Ismail Marzuki dinyanyikan."
    assert _titles(text, ["Death Note", "Ismail Marzuki"]) == ["Death Note"]


def test_an_owner_word_or_a_plural_makes_no_title() -> None:
    text = "Pemain film Laudya Cynthia Bella hadir. Studio film Warner Bros dan film-film laga Hollywood."
    assert _titles(text, ["Laudya Cynthia Bella", "Warner Bros", "Hollywood"]) == []


def test_a_name_also_written_without_a_work_noun_is_kept() -> None:
    text = "Album Coldplay laris di pasaran. Coldplay akan tampil di Jakarta. Film Dunkirk tayang."
    assert _titles(text, ["Coldplay", "Dunkirk"], only=True) == ["Dunkirk"]


def test_song_titles_are_not_reported_as_organisations() -> None:
    doc = warta.analyze("Band heavy metal Black Sabbath menggelar konser terakhir di Genting Arena, Birmingham. "
                        "Selain rekaman lagu War Pigs, Iron Man, dan Paranoid, film itu memuat wawancara. "
                        "\"Ini malam yang emosional,\" kata vokalis Ozzy Osbourne.")
    texts = {e.text for e in doc.entities}
    assert not texts & {"War Pigs", "Iron Man", "Paranoid"}
    assert "Ozzy Osbourne" in texts

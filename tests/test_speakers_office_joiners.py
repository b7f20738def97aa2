"""Offices joined by ``dan`` or ``of`` and words before an organisation's word are no part of the
speaker's name (warta.annotate.speaker_final); a reported clause ends before a manner clause that
brings in a direct quotation, a clause after ``, dan`` has its own subject
(warta.annotate.quotes_indirect); a phrase holding a country is no person's name
(warta.annotate.speakers)."""

import warta
from quote_helpers import final_speaker, person_at
from warta.model import Entity

_DOC = ("Perusahaan pelayaran itu membuka layanan baru. Direktur Operasi dan Niaga Pelnas Harun Budiarso "
        "hadir. Harun datang pagi. Head of Ecommerce Tokoline Benny Sugiarto juga hadir. Benny datang siang. "
        "Pelnas melayani 40 pelabuhan.")


def _person(text: str, nth: int = 0) -> Entity:
    return person_at(_DOC, text, nth)


def _speaker(name: str, mentions: list[Entity]) -> str | None:
    return final_speaker(_DOC, name, mentions)


def test_end_of_an_office_joined_by_dan_is_dropped() -> None:
    # "Niaga Pelnas" closes "Direktur Operasi dan Niaga Pelnas"; "Harun Budiarso" is a person mention
    pelnas = Entity("Pelnas", "ORG", _DOC.rindex("Pelnas"), _DOC.rindex("Pelnas") + 6, "Pelnas")
    mentions = [_person("Harun Budiarso"), _person("Harun", 1)]
    assert _speaker("Niaga Pelnas Harun Budiarso", mentions + [pelnas]) == "Harun Budiarso"


def test_end_of_an_english_office_is_dropped() -> None:
    mentions = [_person("Benny Sugiarto"), _person("Benny", 1)]
    assert _speaker("Ecommerce Tokoline Benny Sugiarto", mentions) == "Benny Sugiarto"


def test_whole_name_stays_without_a_mention_of_its_end() -> None:
    assert _speaker("Niaga Pelnas Harun Budiarso", []) == "Niaga Pelnas Harun Budiarso"


def test_inner_word_written_alone_marks_where_the_name_starts() -> None:
    # the article calls him "Harun": the words before it end the office (speaker_final._called_by_inner_word)
    assert _speaker("Niaga Pelnas Harun Budiarso", [_person("Harun", 1)]) == "Harun Budiarso"


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in warta.analyze(text).quotes]


def test_reported_clause_before_a_manner_clause_with_a_direct_quote() -> None:
    got = _quotes("Setiawan mengaku senang bisa bertahan di klub itu, dengan ia mengatakan: “Saya harus "
                  "berterima kasih kepada pelatih yang percaya pada saya.”")
    assert ("indirect", "Setiawan", "senang bisa bertahan di klub itu") in got
    assert any(k == "direct" and t.startswith("Saya harus berterima kasih") for k, _s, t in got)


def test_manner_clause_ends_a_reported_clause() -> None:
    got = _quotes("Budi mengatakan pemerintah akan menaikkan harga beras, seraya menambahkan bahwa "
                  "subsidi tetap ada.")
    assert ("indirect", "Budi", "pemerintah akan menaikkan harga beras") in got


def test_clause_after_comma_dan_has_its_own_subject() -> None:
    got = _quotes("Laga itu akan dimainkan di Houston pada 20 Juli, dan Mourinho mengaku sudah tidak sabar "
                  "lagi memainkannya.")
    assert ("indirect", "Mourinho", "sudah tidak sabar lagi memainkannya") in got


def test_phrase_with_a_country_is_the_club_not_a_person() -> None:
    got = _quotes("Raksasa Liga Primer Skotlandia Celtic mengonfirmasi bahwa bek Kieran Tierney telah "
                  "meneken kontrak baru dengan pihak klub.")
    assert [s for k, s, _t in got if k == "indirect"] == ["Celtic"]

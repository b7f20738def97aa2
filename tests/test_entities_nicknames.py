"""Nicknames an article defines for a person (warta.annotate.entity_nicknames)."""

import warta


def _canon(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in warta.analyze(text).entities}


def test_nickname_after_akrab_disapa_is_the_person() -> None:
    ents = _canon("Pelatih Persib Robert Alberts tetap bertahan. Namun, sosok yang akrab disapa Robo itu "
                  "diminta mundur. Robo menolak permintaan itu.")
    assert ents["Robo"] == ("PERSON", "Robert Alberts")


def test_nickname_before_sapaan_akrab_is_the_person_and_found_again() -> None:
    doc = warta.analyze("Penyanyi Ayu Lestari merilis album baru. Ucha, sapaan akrab Ayu, mengaku senang. "
                        "\"Saya puas dengan hasilnya,\" kata Ucha.")
    names = [(e.text, e.canonical) for e in doc.entities if e.text == "Ucha"]
    assert names and all(c == "Ayu Lestari" for _, c in names)
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Ayu Lestari"]


def test_alias_of_a_programme_or_a_word_inside_maka_is_no_nickname() -> None:
    ents = _canon("Gubernur Joko Santoso meluncurkan program Juling alias Jumat Keliling di Surabaya. "
                  "Joko Santoso mengatakan jika program berhasil maka Amerika Serikat akan meniru.")
    assert ents.get("Jumat", ("", ""))[0] != "PERSON"
    assert ents["Amerika Serikat"][0] == "LOC"


def test_summons_is_no_nickname() -> None:
    ents = _canon("Bupati Ahmad Fauzi dipanggil KPK pada Senin untuk diperiksa.")
    assert ents["KPK"] == ("ORG", "KPK")

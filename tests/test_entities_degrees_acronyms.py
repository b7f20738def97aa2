"""Academic degrees are no organisations; one word does not define an upper-case acronym (session 7)."""

import warta


def _ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label, e.canonical) for e in warta.analyze(text).entities]


def test_specialist_degree_after_a_name_is_not_an_organisation() -> None:
    found = _ents("Menurut dr. Wulan Sari, SpKK(K)., kulit kering perlu dirawat setiap hari.")
    assert ("Wulan Sari", "PERSON", "Wulan Sari") in found
    assert not any(t.startswith("SpKK") for t, _, _ in found)


def test_one_word_before_brackets_does_not_expand_an_acronym() -> None:
    found = _ents("Koalisi Buruh Nasional (NSL) menolak kenaikan harga. NSL akan berunjuk rasa.")
    assert not any(c == "Nasional" for _, _, c in found)


def test_initial_m_before_a_name_is_no_degree() -> None:
    found = _ents("Kepala dinas M. Yusuf meninjau pasar itu pada Senin.")
    assert any("Yusuf" in t and label == "PERSON" for t, label, _ in found)

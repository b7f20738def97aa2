"""Person mentions on heading lines keep only the words the article's other person mentions use
(warta.annotate.entity_headings): ``Kaka Isyaratkan Pensiun`` is ``Kaka``, for entities and speakers."""

import warta

_TEXT = ("Kaka bermain untuk Orlando City. \"Saya lelah,\" kata Kaka.\n"
         "Setelah Andrea Pirlo, Kaka Isyaratkan Pensiun\n"
         "Meski ada sorotan, Kaka mengatakan ia masih bugar.")


def test_heading_words_leave_the_persons_name() -> None:
    analysis = warta.analyze(_TEXT)
    assert {e.canonical for e in analysis.entities if e.label == "PERSON"} == {"Kaka", "Andrea Pirlo"}
    assert {q.speaker for q in analysis.quotes} == {"Kaka"}


def test_known_run_keeps_the_longest_known_words() -> None:
    from warta.annotate.entity_headings import known_run

    assert known_run(["Sindiran", "Wenger"], {"Wenger"}) == (1, 2)
    assert known_run(["Lily", "Aldridge", "Berpose"], {"Aldridge"}) == (0, 2)  # a listed given name
    assert known_run(["Arsene", "Wenger"], {"Arsene", "Wenger"}) is None
    assert known_run(["Laga", "Final"], {"Wenger"}) is None



def test_a_units_word_before_a_name_written_alone_leaves_it() -> None:
    text = ("“Kami takut terutang pajak,” tutur Kepala Divisi Pajak dan Keamanan Siber Bima Laga di Jakarta. "
            "Saat ini, lanjut Bima, aturan itu belum jelas. Bima mengungkapkan asosiasi sudah berdiskusi.")
    names = {e.canonical for e in warta.analyze(text).entities if e.label == "PERSON"}
    assert "Bima Laga" in names and "Siber Bima Laga" not in names

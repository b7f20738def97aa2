"""``Pelatih Petro Kimia Moch Hanafiah`` and ``Pemain asing Petro Kimia Yaniz Basa``: two words that
open two different people's spans are their team or company, not a shared given name; the people are
the names after them and the lone ``Petro Kimia`` is an organisation."""

from __future__ import annotations

import warta


def test_two_people_behind_one_team_name() -> None:
    text = ("Petro Kimia mengalahkan Popsivo Polwan dalam laga pembuka.\n\n"
            "Petro Kimia bisa unggul karena servis yang kuat.\n\n"
            "Pelatih Petro Kimia Moch Hanafiah mengakui pemain tidak terbebani di laga pertama tersebut.\n\n"
            "Pemain asing Petro Kimia Yaniz Basa mengungkapkan penampilannya memang belum maksimal di laga ini.")
    article = warta.analyze(text)
    persons = {e.canonical for e in article.entities if e.label == "PERSON"}
    assert {"Moch Hanafiah", "Yaniz Basa"} <= persons
    assert not any("Petro" in p for p in persons)
    assert [q.speaker for q in article.quotes] == ["Moch Hanafiah", "Yaniz Basa"]


def test_one_person_keeps_a_two_word_given_name() -> None:
    text = ("Muhammad Ali Imran menjadi pembicara utama.\n\n"
            "Muhammad Ali Imran mengatakan diskusi itu penting bagi mahasiswa baru di kampus.")
    persons = {e.canonical for e in warta.analyze(text).entities if e.label == "PERSON"}
    assert "Muhammad Ali Imran" in persons

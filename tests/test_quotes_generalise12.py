"""Speakers and quotations in shapes met on blind batches DA-DD (session 11): a passive cue after a
direct quotation, ``seperti yang diungkapkan X``, a quotation paragraph whose speaker is named in the
next one, time adverbials before the subject, descriptions introduced with a name, appeals that are
not reported speech, an office posted abroad, and ``melaporkan`` as a speech verb."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str, part: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.cue) for q in warta.analyze(text).quotes if part in q.text]


def test_passive_cue_after_a_direct_quotation_names_its_agent() -> None:
    text = ('"Kami lebih percaya diri," ujar Direktur Pemasaran Tjandra Lianto.\n\n'
            '"Kami bangga bisa berkontribusi," ditambahkan Direktur Utama Andy Gusena.')
    assert _quotes(text, "bangga") == [("Andy Gusena", "ditambahkan")]


def test_as_said_by_closing_a_sentence_is_an_indirect_quotation() -> None:
    text = ("Liga Malaysia jadi tujuan pemain binaan Persebaya Surabaya itu, seperti yang diungkapkan "
            "Sumardji. Selain Evan, pemain lain juga akan pergi.")
    assert _quotes(text, "Liga Malaysia") == [("Sumardji", "seperti yang diungkapkan")]


def test_media_citation_after_a_sentence_is_not_a_quotation() -> None:
    text = "Pada 2011, penyanyi itu pernah menjalani operasi tenggorokan, seperti diberitakan Ace Showbiz."
    assert _quotes(text, "operasi") == []


def test_quotation_paragraph_takes_the_speaker_named_in_the_next_paragraph() -> None:
    text = ("Juan Manuel Marquez menolak duel kelima.\n\n"
            '"Saya sangat ingin bertarung kembali lawan dia karena saya dikejutkan oleh pukulannya."\n\n'
            '"Itulah risiko yang ada di dunia tinju," kata Manny Pacquiao kepada wartawan.')
    got = _quotes(text, "bertarung kembali")
    assert len(got) == 1 and got[0][0] == "Manny Pacquiao"


@pytest.mark.parametrize("opener", ["Sejauh ini", "Saat ini", "Pada kesempatan itu", "Baru-baru ini"])
def test_time_adverbial_before_the_subject(opener: str) -> None:
    text = f"Budi Santoso datang ke stadion. {opener} Rafid Habibie mengaku belum sepenuhnya puas dengan penampilannya."
    assert _quotes(text, "belum sepenuhnya") == [("Rafid Habibie", "mengaku")]


def test_description_resolves_to_the_name_it_introduced() -> None:
    text = ('Salah satu pemain seleksi Timnas U-19, Mochammad Rafid Habibie, datang ke lapangan. '
            '"Latihan hari ini berat," ucap pelatih Indra Sjafri.\n\nNamun pemain 16 tahun itu mengaku belum '
            'sepenuhnya puas dengan penampilannya.')
    assert _quotes(text, "belum sepenuhnya") == [("Mochammad Rafid Habibie", "mengaku")]


def test_description_of_a_role_with_a_character_name_points_back() -> None:
    text = ('Aktor laga Yayan Ruhian kembali bermain film.\n\n"Maaf saat ini saya belum bisa beri banyak '
            'bocoran," kata pemeran Tasu Leech dalam film "Star Wars Episode VII" (2016) itu.')
    assert _quotes(text, "bocoran") == [("Yayan Ruhian", "kata")]


@pytest.mark.parametrize("text", [
    "Yasonna Laoly mengingatkan jajarannya di seluruh kantor wilayah untuk tidak ikut campur dalam proses itu.",
    "Polda Metro Jaya mengultimatum pemilik kapal Zahro Express, Yodi Mutiara Prima, untuk memenuhi panggilan.",
    "Jose Mourinho sudah mengatakan pada Ed Woodward untuk segera mendapatkan target yang ia inginkan.",
])
def test_appeal_to_an_object_is_not_reported_speech(text: str) -> None:
    assert warta.analyze(text).quotes == ()


def test_appeal_verb_with_a_clause_still_reports() -> None:
    text = "Yasonna Laoly mengingatkan pemerintah tidak bisa mengabaikan data itu untuk menyusun anggaran."
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Yasonna Laoly"]


def test_office_posted_abroad_before_the_name() -> None:
    text = ('"Kasus ini memang murni masalah keimigrasian," ujar Duta Besar Republik Indonesia di New York, '
            "Abdul Kadir Jailani, kepada wartawan, Rabu (2/6).")
    assert _quotes(text, "keimigrasian") == [("Abdul Kadir Jailani", "ujar")]


def test_place_and_weekday_after_an_office_are_not_an_apposition() -> None:
    text = ('Kapolres Bogor AKBP Andi Saputra datang. "Kasus ini memang murni," ujar Kapolres Bogor di '
            "Bogor, Senin (2/6).")
    assert _quotes(text, "murni") == [("Andi Saputra", "ujar")]


def test_lore_after_menurut_is_no_speaker() -> None:
    text = "Menurut tradisi, su filindeu hanya disajikan untuk para peziarah yang menempuh perjalanan jauh."
    assert warta.analyze(text).quotes == ()


def test_report_verb_with_a_clause_and_its_group_speaker() -> None:
    text = ("Namun pada April 2017, pengurus Masjid Al-Hikmah melaporkan kepada Dinas Imigrasi AS bahwa "
            "Daud sudah tidak lagi menjabat sebagai imam masjid. Reuters melaporkan, Korea Utara telah "
            "mendapat sanksi PBB sejak tahun 2006.")
    got = [(q.speaker, q.cue) for q in warta.analyze(text).quotes]
    assert got == [("pengurus Masjid Al-Hikmah", "melaporkan"), ("Reuters", "melaporkan")]


def test_filing_a_report_is_not_speech() -> None:
    assert warta.analyze("Budi melaporkan kasus penipuan itu ke Polda Metro Jaya pada Senin.").quotes == ()


def test_adverb_cuma_between_pronoun_and_verb() -> None:
    text = ("Menteri Dalam Negeri India Kiren Rijiju datang ke parlemen. Dia cuma menyatakan sudah "
            "mengontak pemerintah Bangladesh soal itu.")
    assert _quotes(text, "mengontak") == [("Kiren Rijiju", "menyatakan")]

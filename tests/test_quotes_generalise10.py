"""Session 9 rules from the seen blind batches CK-CN, on new sentences: a passive of quoting ends
the speaker's name (``ungkap AQ dikutip laman resmi klub``); a term of office inside a description
pointing back keeps the description whole (``mantan Ketua ... 2004-2009 itu``); ``buka X`` after a
quotation is a cue; ``pemain asal Brasil`` points back to a person; a passive cue followed by the
channel (``disampaikannya melalui akun …``) reports no clause."""

from __future__ import annotations

import warta


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in warta.analyze(text).quotes if q.kind == "direct"]


def test_quoting_passive_ends_the_speaker_name() -> None:
    text = ("Pelatih tim, Rahmad Darmawan (RD), menilai lawan kali ini kuat.\n"
            '"Kami harus bermain disiplin sepanjang laga," ungkap RD dikutip laman resmi klub.')
    assert _speakers(text) == ["Rahmad Darmawan"]


def test_quoting_passive_with_dilansir_ends_the_name_too() -> None:
    text = ("Pelatih tim, Rahmad Darmawan, menilai lawan kali ini kuat.\n"
            '"Kami harus bermain disiplin sepanjang laga," kata Rahmad dilansir situs resmi klub.')
    assert _speakers(text) == ["Rahmad Darmawan"]


def test_term_of_office_inside_a_description_points_back() -> None:
    text = ("Jimly Asshiddiqie menyatakan siap memberi keterangan kepada panitia khusus.\n"
            '"Saya akan datang jika diundang secara resmi," kata mantan Ketua Mahkamah Konstitusi '
            "2003-2008 itu.")
    assert _speakers(text) == ["Jimly Asshiddiqie"]


def test_opening_remark_cue_after_a_quotation() -> None:
    text = ("Pelatih itu kembali mengkritik wasit.\n"
            '"Keputusan itu sangat merugikan tim kami," buka Luis Milla kepada wartawan.')
    found = [(q.cue, q.speaker) for q in warta.analyze(text).quotes if q.kind == "direct"]
    assert found == [("buka", "Luis Milla")]


def test_player_from_a_country_points_back_not_to_the_country() -> None:
    text = ("Sebelumnya, Neymar mengkritik pelatih timnya. "
            "Bahkan pemain asal Brasil menyebut jika sang pelatih tidak memahami taktik modern.")
    found = [q.speaker for q in warta.analyze(text).quotes if q.kind == "indirect"]
    assert found and found[0] != "Brasil"
    assert found[0] == "Neymar"


def test_passive_cue_followed_by_a_channel_reports_no_clause() -> None:
    text = ("Menteri itu menyatakan siap hadir di DPR. "
            "Hal itu disampaikannya melalui akun Instagram pribadinya, Senin (3/7).")
    assert not [q for q in warta.analyze(text).quotes if q.text.startswith("melalui")]

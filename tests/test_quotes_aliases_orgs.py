"""Speakers found wrong on blind batches EG-EJ (session 13): a nickname introduced by a description
(``Pria yang akrab disapa Ajun itu``) or after a comma (``Gus Sholah, sapaan akrab KH Salahudhin
Wahid,``) names the person written in full; an organisation's short name is not a longer name that
opens with it (``Grab`` is not ``GrabPay``)."""

from __future__ import annotations

from quote_helpers import quote_fields


def _speakers(text: str) -> list[tuple]:
    return quote_fields(text, "speaker", "cue")


def test_nickname_introduced_by_a_description_names_the_person_before() -> None:
    text = ("Salah satunya Tarkaya (48), pemilik jasa penyewaan ban renang.\n\n"
            'Pria yang akrab disapa Ajun itu tidak setiap hari berjualan. "Hari ini ramai sekali," ujarnya.\n\n'
            "Ajun mengaku sudah lebih dari 100 pengunjung yang menyewa ban bebek itu.")
    assert _speakers(text) == [("Tarkaya", "ujarnya"), ("Tarkaya", "mengaku")]


def test_nickname_then_comma_and_the_full_name() -> None:
    text = ("Gus Sholah, sapaan akrab KH Salahudhin Wahid, mengakui bahwa masalah politik mendasari pesan itu.\n\n"
            '"Itu dua-duanya keliru," tegas Gus Sholah di Jombang.')
    assert _speakers(text) == [("Salahudhin Wahid", "mengakui"), ("Salahudhin Wahid", "tegas")]


def test_organisation_is_not_a_longer_name_opening_with_it() -> None:
    text = ("Perusahaan transportasi online Grab terus tumbuh. Hari ini, Senin (24/7), Grab mengumumkan "
            "mendapatkan kucuran dana segar baru dari Didi Chuxing dan SoftBank. Grab juga akan berinvestasi "
            "di GrabPay, layanan pembayaran mereka.")
    assert [s for s, _ in _speakers(text)] == ["Grab"]


def test_acronym_in_capitals_still_expands() -> None:
    text = ("Mahkamah Agung (MA) menolak permohonan itu. MA menyatakan Kementerian Sekretariat Negara "
            "tidak berkewajiban menyimpan dokumen tersebut.")
    assert [s for s, _ in _speakers(text)] == ["Mahkamah Agung"]


def test_former_office_of_an_organisation_points_back_to_the_person() -> None:
    text = ("Menteri Keuangan Sri Mulyani Indrawati meminta masyarakat tenang. Mantan Direktur Pelaksana "
            "Bank Dunia menyatakan, kondisi perekonomian yang stabil dibutuhkan pemerintah.")
    assert _speakers(text) == [("Sri Mulyani Indrawati", "menyatakan")]


def test_the_organisation_itself_still_speaks() -> None:
    text = "Bank Dunia menyatakan, kondisi perekonomian Indonesia tahun ini stabil."
    assert _speakers(text) == [("Bank Dunia", "menyatakan")]


def test_dotted_initials_stay_in_the_name() -> None:
    text = "Hastin A.B. Dumadi mengatakan pameran ini lebih bersifat bisnis."
    assert _speakers(text) == [("Hastin A.B. Dumadi", "mengatakan")]
    assert _speakers("Louis C.K. mengatakan ia menyesal atas tindakannya.") == [("Louis C.K.", "mengatakan")]


def test_nickname_after_the_cue_names_the_person_written_before() -> None:
    text = ("Ketua Umum Perbanas Kartika Wirjoatmodjo hadir dalam rapat itu bersama Ketua OJK Muliaman D. Hadad.\n\n"
            '"Kalau masih seperti sekarang, pemikirannya jadi tidak integratif," ujar Tiko, sapaan akrabnya.')
    got = _speakers(text)
    assert len(got) == 1 and got[0][0].endswith("Kartika Wirjoatmodjo")


def test_paired_nicknames_follow_the_paired_names() -> None:
    text = ("Pelatih memastikan pasangan Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet, "
            'akan tampil.\n\n"Saya harus meyakinkan diri dulu," kata Butet.')
    assert [s for s, cue in _speakers(text) if cue == "kata"] == ["Liliyana Natsir"]


def test_institution_noun_points_back_to_the_organisation() -> None:
    text = ("KPK memastikan tidak ada nama para pihak yang turut menerima uang yang hilang dari surat dakwaan. "
            "Lembaga antirasuah itu pun memastikan para pihak yang turut diperkaya dari proyek itu akan diproses.")
    assert [s for s, _ in _speakers(text)][-1:] == ["KPK"]


def test_plural_common_noun_is_no_name_but_a_batak_surname_is() -> None:
    text = "Jhon Halasan Butar-butar mengatakan majelis hakim menolak eksepsi terdakwa."
    assert [s for s, _ in _speakers(text)] == ["Jhon Halasan Butar-butar"]

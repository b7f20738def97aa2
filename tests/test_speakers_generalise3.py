"""Speaker naming, third round: a role description closed by ``itu``/``tersebut`` (or ``itupun``)
points back to the person named before, even when an organisation inside it was tagged as a name;
an organisation word never becomes a PERSON speaker."""

from quotes_helpers import entity as _ent
from quotes_helpers import parse as _parse
from quotes_helpers import quotes_of
from warta.model import Entity


def _speakers(text, entities=()):
    return [(q.speaker, q.speaker_label) for q in quotes_of(text, entities)]


ANAPHOR_TEXT = ('Wakil Ketua DPRD Sulawesi Utara Rudi Hartono menolak rencana tambang emas itu.\n'
                'Kader Partai Hanura itu mengatakan, "Warga tidak pernah diajak bicara soal tambang."')


def test_description_with_organisation_is_an_anaphor_even_when_ner_names_the_organisation():
    phrase = "Kader Partai Hanura itu"
    sp = _parse(ANAPHOR_TEXT, phrase, [_ent(ANAPHOR_TEXT, "Hanura", "PERSON")])
    assert sp is not None and sp.kind == "anaphor", sp


def test_description_with_organisation_resolves_to_the_person_named_before():
    ents = [_ent(ANAPHOR_TEXT, "Rudi Hartono", "PERSON"), _ent(ANAPHOR_TEXT, "Hanura", "PERSON")]
    assert _speakers(ANAPHOR_TEXT, ents) == [("Rudi Hartono", "PERSON")]


def test_itupun_clitic_closes_an_anaphor_like_itu_pun():
    text = ('Pengusaha tekstil Dewi Anggraini membuka pabrik baru di Solo.\n'
            'Perempuan asal Klaten itupun mengatakan, "Kami akan merekrut seribu pekerja tahun ini."')
    sp = _parse(text, "Perempuan asal Klaten itupun")
    assert sp is not None and sp.kind == "anaphor", sp
    assert [s for s, _ in _speakers(text)] == ["Dewi Anggraini"]


def test_tersebutpun_clitic_closes_an_anaphor():
    text = 'Pelatih Persib Teguh Wibowo tiba di Bandung. Mantan pemain nasional tersebutpun berkata pelan.'
    sp = _parse(text, "Mantan pemain nasional tersebutpun")
    assert sp is not None and sp.kind == "anaphor", sp


# 2. a kinship description ending in another person's name describes the relative, not that person
KIN_ROWS = [
    ('Pengusaha kuliner Rina Kartika membuka cabang baru di Medan.\n'
     'Putri bungsu mantan Menteri Perdagangan Hasan Basri mengatakan cabang itu menyerap '
     'seratus pekerja.\n"Kami memilih pekerja lokal," ujar Rina.', "Rina Kartika"),
    ('Aktivis lingkungan Yoga Pratama berbicara di depan mahasiswa.\n'
     'Anak sulung almarhum Bupati Garut Teddy Kusuma itu menyebut, "Sungai kita harus diselamatkan."',
     "Yoga Pratama"),
]


def test_kin_description_opening_a_speaker_phrase_is_an_anaphor():
    text = KIN_ROWS[0][0]
    sp = _parse(text, "Putri bungsu mantan Menteri Perdagangan Hasan Basri")
    assert sp is not None and sp.kind == "anaphor", sp


def test_kin_description_resolves_to_the_relative_named_before():
    for text, speaker in KIN_ROWS:
        found = [s for s, _ in _speakers(text)]
        assert found and all(s == speaker for s in found), (found, speaker)


def test_name_after_kin_description_is_no_antecedent_for_a_pronoun():
    text = ('Penyanyi Melati Ayu tampil di Jakarta.\n'
            'Istri pengusaha Darmawan Surya itu lalu berkata, "Terima kasih untuk semua penonton," '
            'ujarnya.')
    found = [s for s, _ in _speakers(text)]
    assert found and "Darmawan Surya" not in found, found


# 3. an organisation word or a document about an organisation is never a PERSON speaker
def test_bare_party_name_written_after_partai_elsewhere_is_an_organisation():
    text = ('Partai Nasdem menggelar rapat di Makassar.\n'
            'Nasdem menyatakan akan mendukung calon petahana.')
    sp = _parse(text, "Nasdem")
    assert sp is not None and (sp.name, sp.label) == ("Nasdem", "ORG"), sp


def test_bare_party_name_tagged_person_by_ner_stays_an_organisation():
    text = ('Partai Nasdem menggelar rapat di Makassar.\n'
            'Nasdem menyatakan akan mendukung calon petahana.')
    second = text.index("Nasdem menyatakan")
    ents = [Entity("Nasdem", "PERSON", second, second + 6, "Nasdem", None, 0.6)]
    sp = _parse(text, "Nasdem menyatakan"[:6], ents)
    assert sp is not None and sp.label == "ORG", sp


def test_document_of_an_institution_names_the_institution():
    text = 'Laporan Bank Mutiara menyebutkan pertumbuhan ekonomi melambat.'
    sp = _parse(text, "Laporan Bank Mutiara")
    assert sp is not None and sp.label == "ORG" and sp.name.startswith("Bank"), sp


def test_party_name_is_no_antecedent_for_a_pronoun():
    text = ('Ketua DPW Partai Nasdem Joko Santoso tiba di Makassar.\n'
            'Kader Partai Nasdem itu lalu menjawab, "Kami siap menang," ujarnya.')
    found = _speakers(text)
    assert found and all(s == ("Joko Santoso", "PERSON") for s in found), found


def test_name_with_relative_clause_closed_by_tersebut_keeps_the_named_person():
    text = ('Gelandang Persib, Rizky Pratama, menilai timnya tampil baik.\n'
            'Persija dan Persib bermain imbang di Bandung.\n'
            '"Kami kecewa," kata Pratama yang mencetak gol pada laga tersebut.')
    ents = [_ent(text, "Rizky Pratama", "PERSON"), _ent(text, "Persija", "ORG"),
            Entity("Pratama", "PERSON", text.rindex("Pratama"), text.rindex("Pratama") + 7, "Rizky Pratama")]
    assert [s for s, _ in _speakers(text, ents)] == ["Rizky Pratama"]


def test_document_noun_speaker_is_not_typed_person():
    text = ('Pertemuan itu berlangsung tertutup di Surabaya.\n'
            'Menurut catatan rapat, para peserta sepakat menunda pemilihan ketua.')
    sp = _parse(text, "catatan rapat")
    assert sp is not None and sp.label != "PERSON", sp
    assert all(label != "PERSON" for s, label in _speakers(text) if s and "catatan" in s)


def test_document_from_a_named_institution_names_the_institution():
    text = 'Menurut laporan dari Badan Pusat Statistik, harga beras naik.'
    sp = _parse(text, "laporan dari Badan Pusat Statistik")
    assert sp is not None and (sp.name, sp.label) == ("Badan Pusat Statistik", "ORG"), sp

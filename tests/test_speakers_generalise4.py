"""Speaker naming, fourth round (patterns missed on the unseen IndoSum batch C, tested on sentences
written for them): descriptions that stand for a person although they hold a year, a quoted title,
a relative clause or a capitalised noun; unnamed members of an institution; company legal forms
before a name; a role-only cue whose first mention names the role's place; and antecedents (a
dateline agency, the agent of a passive, a one-word organisation, names inside quoted titles)."""

from functools import partial

from quotes_helpers import entity, quotes_of
from quotes_helpers import parse as _parse

_ent = partial(entity, conf=0.7)


def _speakers(text, entities=()):
    return [q.speaker for q in quotes_of(text, entities)]


def test_description_with_a_year_before_the_demonstrative_is_an_anaphor():
    text = "Atlet lompat jauh Maria Londa membidik emas di Asian Games.\n\n" \
           "Menurut peraih medali emas SEA Games 2015 itu, latihan fisik adalah kuncinya."
    sp = _parse(text, "peraih medali emas SEA Games 2015 itu")
    assert sp is not None and sp.kind == "anaphor", sp
    assert _speakers(text) == ["Maria Londa"]


def test_year_without_demonstrative_still_ends_the_name():
    sp = _parse("kata Budi Santoso 2019 lalu", "Budi Santoso 2019 lalu")
    assert sp is not None and sp.name == "Budi Santoso" and sp.kind == "name", sp


def test_description_with_a_quoted_title_points_back():
    text = "Penyanyi Rina Nose tampil di Bandung, Sabtu (3/2).\n\n" \
           '"Saya senang sekali bisa bernyanyi lagi di kota ini," ujar pelantun \u2018Hati Yang Luka\u2019 ini.'
    sp = _parse(text, "pelantun \u2018Hati Yang Luka\u2019 ini")
    assert sp is not None and sp.kind == "anaphor", sp
    assert _speakers(text) == ["Rina Nose"]


def test_sentence_initial_noun_then_title_then_demonstrative_is_a_description():
    text = "Aktris Dewi Lestari merilis buku baru, Senin (5/3).\n\n" \
           "Penulis \u2018Hujan Senja - Pagi\u2019 ini mengatakan bukunya ditulis selama dua tahun."
    qs = quotes_of(text)
    assert [(q.kind, q.speaker) for q in qs] == [("indirect", "Dewi Lestari")]
    assert qs[0].text.startswith("bukunya ditulis")


def test_names_inside_a_quoted_title_are_no_antecedents():
    text = "Sutradara Andi Wijaya merilis film baru pekan ini.\n\n" \
           "Film \u2018Kisah Rudi Hartawan\u2019 tayang mulai Kamis di bioskop.\n\n" \
           '"Film ini saya kerjakan tiga tahun," kata sutradara itu.'
    assert _speakers(text) == ["Andi Wijaya"]


def test_relative_clause_description_is_not_the_club_named_in_it():
    text = "Bek muda Rizal Pahlevi resmi bergabung dengan Persiba.\n\n" \
           '"Saya ingin segera bermain," kata pemain yang pernah membela Madura United tersebut.'
    ents = [_ent(text, "Rizal Pahlevi", "PERSON"), _ent(text, "Madura United", "PERSON")]
    assert _speakers(text, ents) == ["Rizal Pahlevi"]


def test_sentence_initial_capitalised_noun_before_lowercase_words_and_demonstrative():
    text = "Penyanyi Hendra Wijaya merilis album baru di Cikarang.\n\n" \
           "Pelantun lagu dangdut itu mengatakan albumnya dibuat selama dua tahun."
    assert _speakers(text) == ["Hendra Wijaya"]


def test_name_followed_by_temporal_demonstrative_stays_a_name():
    text = "Hendra Wijaya saat itu mengatakan pabrik baru akan menyerap seribu pekerja. Hendra Wijaya hadir."
    assert _speakers(text) == ["Hendra Wijaya"]


def test_unnamed_member_of_an_institution_is_a_description():
    text = "Seorang pejabat Kementerian Perhubungan yang enggan disebut namanya mengatakan tarif " \
           "akan naik bulan depan."
    ents = [_ent(text, "Kementerian Perhubungan", "ORG")]
    assert _speakers(text, ents) == ["Seorang pejabat Kementerian Perhubungan"]


def test_indefinite_member_with_a_name_keeps_the_name():
    text = "Salah satu pengurus Partai Demokrat Agus Salim mengatakan partainya belum memutuskan."
    assert _speakers(text) == ["Agus Salim"]


def test_company_legal_form_ends_the_company_before_the_name():
    text = "Presiden Direktur PT Sinar Jaya Abadi Tbk Hartono mengatakan penjualan naik 5 persen " \
           "tahun ini.\n\n\"Kami optimistis,\" kata Hartono."
    assert _speakers(text) == ["Hartono", "Hartono"]


def test_role_only_cue_skips_the_place_of_the_role():
    text = "Kapolres Sleman, AKBP Wahyu Nugroho mengatakan pelaku sudah ditahan sejak Senin.\n\n" \
           '"Barang bukti sudah kami amankan," kata Kapolres.'
    ents = [_ent(text, "Sleman", "LOC", conf=0.9), _ent(text, "Wahyu Nugroho", "PERSON")]
    qs = quotes_of(text, ents)
    assert [q.speaker for q in qs] == ["Wahyu Nugroho", "Wahyu Nugroho"]
    assert qs[0].speaker_role == "Kapolres Sleman"


def test_agency_in_a_dateline_does_not_hide_the_subject():
    text = "Jakarta (ANTARA News) - Aldila Sutjiadi mundur dari Piala Kartika Terbuka karena cedera " \
           "bahu, kata petenis itu pada Minggu."
    assert _speakers(text) == ["Aldila Sutjiadi"]


def test_agent_of_a_passive_is_the_antecedent():
    text = "Peringatan Hari Pahlawan di Surabaya, dihadiri langsung oleh penyanyi Iwan Fals.\n\n" \
           "Musisi senior ini mengatakan, semangat para pahlawan harus terus dijaga."
    assert _speakers(text) == ["Iwan Fals"]


def test_one_word_organisation_is_not_a_person_antecedent():
    text = "Pembalap Rio Haryanto gagal finis di Monako, lapor Reuters.\n\n" \
           "Pembalap muda itu mengatakan ia akan tampil lebih baik pekan depan."
    ents = [_ent(text, "Rio Haryanto", "PERSON"), _ent(text, "Reuters", "ORG")]
    assert _speakers(text, ents) == ["Rio Haryanto"]


def test_agent_of_a_reported_passive_is_not_the_antecedent():
    text = "Budi Santoso menyebut biaya perawatan akan ditanggung oleh Wirawan.\n\n" \
           '"Jadi kami tinggal memakai saja," ujar dia.'
    assert _speakers(text) == ["Budi Santoso", "Budi Santoso"]

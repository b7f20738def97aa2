"""Roles come from the words before a name and from appositions after it."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def person(ents, canonical):
    return next(e for e in ents if e.label == "PERSON" and e.canonical == canonical)


def test_role_before_name_with_comma():
    text = "Hal itu diungkapkan Menteri Luar Negeri Kenya, Grace Wanjiru, pada Senin."
    ents = build_entities(text, [span(text, "Grace Wanjiru", "PERSON")])
    assert person(ents, "Grace Wanjiru").role == "Menteri Luar Negeri Kenya"


def test_role_before_name_drops_rank():
    text = "Kapolres Metro Jakarta Utara Kombes Pol Dedi Kurnia menyebut pelaku sudah ditangkap."
    ents = build_entities(text, [span(text, "Dedi Kurnia", "PERSON")])
    assert person(ents, "Dedi Kurnia").role == "Kapolres Metro Jakarta Utara"


def test_role_before_ignores_previous_sentence():
    text = "Rapat digelar di Gedung Sate. Rudi Hartono hadir."
    ents = build_entities(text, [span(text, "Rudi Hartono", "PERSON")])
    assert person(ents, "Rudi Hartono").role is None


def test_role_after_name_in_apposition():
    text = "Maria Lopez, Sekretaris Jenderal Palang Merah, mengatakan bantuan sudah tiba."
    ents = build_entities(text, [span(text, "Maria Lopez", "PERSON")])
    assert person(ents, "Maria Lopez").role == "Sekretaris Jenderal Palang Merah"


def test_role_is_shared_by_later_mentions():
    text = ("Ketua Umum Partai Maju Bersama, Hendra Saputra, hadir. "
            "Saputra mengatakan partainya siap.")
    ents = build_entities(text, [span(text, "Hendra Saputra", "PERSON")])
    later = [e for e in ents if e.text == "Saputra"]
    assert later and later[0].canonical == "Hendra Saputra"
    assert later[0].role == "Ketua Umum Partai Maju Bersama"


def test_role_does_not_cross_previous_person():
    text = "Presiden Rudi Hartono dan Menteri Keuangan Sari Dewi hadir."
    spans = [span(text, "Presiden Rudi Hartono", "PERSON"), span(text, "Sari Dewi", "PERSON")]
    ents = build_entities(text, spans)
    assert person(ents, "Rudi Hartono").role == "Presiden"
    assert person(ents, "Sari Dewi").role == "Menteri Keuangan"


def test_office_ending_in_a_rank_word_is_kept_whole():
    text = "Kementerian itu melalui Sekretaris Jenderal Tomas Wibisono memberi teguran."
    ents = build_entities(text, [span(text, "Tomas Wibisono", "PERSON")])
    assert person(ents, "Tomas Wibisono").role == "Sekretaris Jenderal"

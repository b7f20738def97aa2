"""An organisation span that runs into the person named after it is cut in two."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_company_then_person_is_split_when_the_first_name_recurs():
    text = ("Kinerja Lintasdata naik tahun ini. Direktur Lintasdata Budi Harsono menyebut laba tumbuh. "
            "Menurut Budi, pasar masih luas.")
    ents = build_entities(text, [span(text, "Lintasdata", "ORG"), span(text, "Lintasdata Budi Harsono", "LOC"),
                                 span(text, "Budi", "PERSON", nth=1)])
    got = {(e.text, e.label, e.canonical) for e in ents}
    assert ("Budi Harsono", "PERSON", "Budi Harsono") in got
    assert ("Lintasdata", "ORG", "Lintasdata") in got
    assert not any("Harsono" in e.text and e.label != "PERSON" for e in ents)
    assert ("Budi", "PERSON", "Budi Harsono") in got


def test_generic_unit_word_before_the_person_is_dropped():
    text = "Ketua Fraksi Rudi Wicaksono hadir di rapat. Rudi menolak usul itu."
    ents = build_entities(text, [span(text, "Fraksi Rudi Wicaksono", "ORG"), span(text, "Rudi", "PERSON", nth=1)])
    assert {(e.text, e.label) for e in ents} == {("Rudi Wicaksono", "PERSON"), ("Rudi", "PERSON")}


def test_organisation_name_is_kept_when_the_word_is_no_person_elsewhere():
    text = "Pengurus Yayasan Budi Luhur Mandiri membuka sekolah baru di kota itu."
    ents = build_entities(text, [span(text, "Yayasan Budi Luhur Mandiri", "ORG")])
    assert [(e.text, e.label) for e in ents] == [("Yayasan Budi Luhur Mandiri", "ORG")]

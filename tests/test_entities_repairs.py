"""Raw NER spans with typical errors are repaired, relabelled or dropped."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def by_text(ents):
    return {(e.text, e.label) for e in ents}


def test_span_cutting_a_word_is_grown_to_whole_words():
    text = "Pelatih itu, Kim Tae-hoon, tiba."
    start = text.index("Kim")
    ents = build_entities(text, [(start, start + len("Kim Tae"), "PERSON", 0.8)])
    assert ("Kim Tae-hoon", "PERSON") in by_text(ents)


def test_lowercase_common_words_at_the_edges_are_dropped():
    text = "Massa berkumpul di dekat rumah Gubernur Anwar Salim kemarin."
    ents = build_entities(text, [span(text, "rumah Gubernur Anwar Salim kemarin", "PERSON")])
    person = [e for e in ents if e.label == "PERSON"]
    assert [p.text for p in person] == ["Anwar Salim"]
    assert person[0].role == "Gubernur"


def test_single_common_word_span_is_dropped():
    text = "Mencermati hal itu, warga resah."
    assert build_entities(text, [span(text, "Mencermati", "PERSON")]) == []


def test_address_tail_is_cut_from_a_street():
    text = "Kantor baru itu berada di Jalan Merpati Putih No. 7, Bandung."
    ents = build_entities(text, [span(text, "Jalan Merpati Putih No. 7", "LOC")])
    assert ("Jalan Merpati Putih", "LOC") in by_text(ents)


def test_organisation_head_relabels_a_place_span():
    text = "Menurut Divisi Hubungan Masyarakat Polisi Kota, demo itu damai."
    ents = build_entities(text, [span(text, "Divisi Hubungan Masyarakat Polisi Kota", "LOC")])
    assert ents[0].label == "ORG"


def test_social_media_platform_is_not_an_entity():
    text = "Ia menulis di Instagram pribadinya."
    assert build_entities(text, [span(text, "Instagram", "ORG")]) == []


def test_name_found_after_an_office_when_the_ner_missed_it():
    text = "Hal itu dikatakan Kepala Dinas Perhubungan Kota Bogor Haris Munandar di kantornya."
    ents = build_entities(text, [])
    person = [e for e in ents if e.label == "PERSON"]
    assert [p.text for p in person] == ["Haris Munandar"]
    assert person[0].role == "Kepala Dinas Perhubungan Kota Bogor"


def test_no_name_invented_after_an_office_without_one():
    text = "Kepala Dinas Perhubungan Kota Bogor belum memberi keterangan."
    assert [e for e in build_entities(text, []) if e.label == "PERSON"] == []


def test_name_cut_out_of_an_organisation_span():
    text = "kata juru bicara Kementerian Pariwisata Dewi Lestari pada Senin."
    ents = build_entities(text, [span(text, "Kementerian Pariwisata Dewi Lestari", "ORG")])
    assert ("Kementerian Pariwisata", "ORG") in by_text(ents)
    assert ("Dewi Lestari", "PERSON") in by_text(ents)


def test_headline_span_cut_at_a_known_name():
    text = "Hendra Wijaya Ingin Damai Segera\nMenteri Hendra Wijaya berbicara di Jenewa."
    spans = [span(text, "Hendra Wijaya Ingin Damai", "LOC"), span(text, "Hendra Wijaya", "PERSON", nth=1)]
    ents = build_entities(text, spans)
    assert by_text(ents) >= {("Hendra Wijaya", "PERSON")}
    assert all("Ingin" not in e.text for e in ents)


def test_span_stopping_short_of_a_longer_tagged_name_is_completed():
    text = "Ia ke Pasar Induk Raya Selatan pagi ini. Harga di Pasar Induk Raya Selatan naik."
    spans = [span(text, "Pasar Induk Raya Selatan", "LOC"), span(text, "Pasar Induk Raya", "LOC", nth=1)]
    ents = build_entities(text, spans)
    assert [e.text for e in ents if e.label == "LOC"] == ["Pasar Induk Raya Selatan"] * 2


def test_outlet_in_dateline_is_dropped_but_city_kept():
    text = "Warta.id, Surabaya - Hujan deras turun sejak pagi."
    ents = build_entities(text, [span(text, "Warta.id", "ORG"), span(text, "Surabaya", "LOC")])
    assert by_text(ents) == {("Surabaya", "LOC")}


def test_outlet_after_the_city_in_a_dateline_is_dropped():
    text = "Bandung, Kabar Priangan -- Hujan deras turun sejak pagi di Bandung."
    ents = build_entities(text, [span(text, "Bandung", "LOC"), span(text, "Kabar Priangan", "ORG")])
    assert by_text(ents) == {("Bandung", "LOC")}
    mid = "Ia bertemu wakil Kabar Priangan -- koran lokal -- di Bandung."
    assert ("Kabar Priangan", "ORG") in by_text(build_entities(mid, [span(mid, "Kabar Priangan", "ORG")]))


def test_name_never_spans_two_lines():
    text = "Harga Naik di Malang\nWarga mengeluh."
    ents = build_entities(text, [span(text, "Malang\nWarga", "LOC")])
    assert [e.text for e in ents] == ["Malang"]


def test_organisation_span_grows_over_its_acronym_and_the_rest_of_its_name():
    text = ("Dewan Pimpinan Cabang (DPC) Partai Maju Kota Batu menggelar rapat. "
            "Ketua DPC Partai Maju Kota Batu hadir.")
    ents = build_entities(text, [span(text, "Dewan Pimpinan Cabang", "ORG")])
    first = ents[0]
    assert first.text == "Dewan Pimpinan Cabang (DPC) Partai Maju Kota Batu"
    assert first.canonical == "Dewan Pimpinan Cabang Partai Maju Kota Batu"


def test_institution_word_before_an_organisation_joins_it():
    text = "Ia anggota Fraksi Partai Surya di DPRD. Partai Surya menolak usul itu."
    ents = build_entities(text, [span(text, "Partai Surya", "ORG", nth=1)])
    orgs = [e.canonical for e in ents if e.label == "ORG"]
    assert "Fraksi Partai Surya" in orgs and "Partai Surya" in orgs


def test_country_inside_an_office_before_a_name_is_a_place():
    text = "Hal itu dikatakan Menteri Luar Negeri Norwegia Lars Holm di Oslo."
    ents = build_entities(text, [span(text, "Lars Holm", "PERSON")])
    assert ("Norwegia", "LOC") in by_text(ents)
    assert ("Lars Holm", "PERSON") in by_text(ents)


def test_later_acronym_mention_takes_the_written_fullest_form():
    text = ("Badan Penanggulangan Banjir (BPB) Kota Tegal bersiaga. "
            "Kepala BPB Kota Tegal Ahmad Fauzi meninjau lokasi.")
    ents = build_entities(text, [span(text, "Badan Penanggulangan Banjir", "ORG"), span(text, "Ahmad Fauzi", "PERSON")])
    orgs = [e for e in ents if e.label == "ORG"]
    assert [o.canonical for o in orgs] == ["Badan Penanggulangan Banjir Kota Tegal"] * 2
    assert orgs[1].text == "BPB Kota Tegal"


def test_name_after_an_acronym_in_brackets_is_found():
    text = "kata Ketua Paguyuban Tukang Sayur (Patsa) Rohmat saat dihubungi."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents if e.label == "PERSON"] == [("Rohmat", "PERSON")]


def test_word_after_an_office_without_a_comma_does_not_grow_a_name():
    text = "Rapat itu dihadiri Camat Sukamaju Yudi Prasetyo dan warga."
    ents = build_entities(text, [span(text, "Yudi Prasetyo", "PERSON")])
    assert [e.text for e in ents if e.label == "PERSON"] == ["Yudi Prasetyo"]


def test_word_after_an_office_and_a_comma_grows_a_name():
    text = "kata Direktur Perlindungan WNI, Lalu Hamdan Iqbal, kepada wartawan."
    ents = build_entities(text, [span(text, "Hamdan Iqbal", "PERSON")])
    person = [e for e in ents if e.label == "PERSON"]
    assert [p.text for p in person] == ["Lalu Hamdan Iqbal"]
    assert person[0].role == "Direktur Perlindungan WNI"


def test_place_span_that_was_a_common_noun_plus_a_name_is_dropped():
    text = "Massa berkumpul di dekat rumah Hartono di Bogor."
    ents = build_entities(text, [span(text, "rumah Hartono", "LOC")])
    assert by_text(ents) == {("Bogor", "LOC")}


def test_span_never_crosses_a_sentence():
    text = "Hal itu dikatakan Rudi Hartono. Pernyataan itu disambut baik."
    ents = build_entities(text, [span(text, "Rudi Hartono. Pernyataan", "PERSON")])
    assert [e.text for e in ents] == ["Rudi Hartono"]


def test_person_span_right_after_an_institution_word_is_an_organisation():
    text = "Ketua Komunitas Petani Muda Sutrisno hadir."
    ents = build_entities(text, [span(text, "Petani Muda", "PERSON"), span(text, "Sutrisno", "PERSON")])
    assert ("Komunitas Petani Muda", "ORG") in by_text(ents)
    assert ("Sutrisno", "PERSON") in by_text(ents)


def test_lone_country_code_after_an_institution_is_not_a_place():
    text = "Kementerian Kesehatan RI menyesalkan kejadian itu."
    ents = build_entities(text, [span(text, "RI", "LOC")])
    assert by_text(ents) == {("Kementerian Kesehatan RI", "ORG")}


def test_capitalised_lead_conjunction_is_not_a_name():
    text = "SEMENJAK dilantik, bupati itu rajin berkunjung ke Pasar Minggu."
    ents = build_entities(text, [span(text, "SEMENJAK", "ORG"), span(text, "Pasar Minggu", "LOC")])
    assert by_text(ents) == {("Pasar Minggu", "LOC")}


def test_rank_after_an_organisation_is_not_part_of_it():
    text = "Kabid Humas Polres Kota Batu AKBP Dwi Santoso membenarkan kabar itu."
    ents = build_entities(text, [span(text, "Polres Kota Batu AKBP", "ORG"), span(text, "Dwi Santoso", "PERSON")])
    assert ("Polres Kota Batu", "ORG") in by_text(ents)
    assert not any("AKBP" in e.text for e in ents if e.label == "ORG")


def test_outlet_in_a_dateline_with_city_and_province_is_dropped():
    text = "Kediri, Jawa Timur (Kabar Kita News) - Hujan deras turun sejak pagi."
    spans = [span(text, "Kediri", "LOC"), span(text, "Jawa Timur", "LOC"), span(text, "Kabar Kita News", "ORG")]
    assert by_text(build_entities(text, spans)) == {("Kediri", "LOC"), ("Jawa Timur", "LOC")}

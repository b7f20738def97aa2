"""Acronyms defined in the text."""

from warta.annotate.canonical import expands, find_acronyms


def test_acronym_after_its_expansion_is_defined():
    text = "Putusan Mahkamah Agung (MA) dibacakan. MA menolak kasasi."
    acr = find_acronyms(text)
    assert acr["MA"].expansion == "Mahkamah Agung"
    assert text[acr["MA"].start:acr["MA"].end] == "Mahkamah Agung"
    assert acr["MA"].label == "ORG"


def test_office_before_the_expansion_is_not_part_of_it():
    text = "Ketua Umum Partai Kebangkitan Bangsa (PKB) hadir."
    assert find_acronyms(text)["PKB"].expansion == "Partai Kebangkitan Bangsa"


def test_syllable_acronym_is_defined():
    text = "Suku Dinas Penanggulangan Kebakaran dan Penyelamatan (Sudin Gulkarmat) Jakarta Timur tiba."
    assert find_acronyms(text)["Sudin Gulkarmat"].expansion.startswith("Suku Dinas")


def test_dateline_agency_is_not_an_acronym():
    assert find_acronyms("Jakarta (ANTARA) - Hujan turun.") == {}
    assert find_acronyms("Rapat digelar Selasa (4/7).") == {}


def test_office_acronym_is_generic():
    text = "Perdana Menteri (PM) Inggris tiba. Rumah Sakit (RS) penuh."
    acr = find_acronyms(text)
    assert acr["PM"].generic and acr["RS"].generic


def test_expands():
    assert expands("KPK", "Komisi Pemberantasan Korupsi")
    assert expands("Kemenlu", "Kementerian Luar Negeri")
    assert not expands("ANTARA", "Jakarta")
    assert not expands("KPK", "Badan Pengawas Keuangan")


def test_abbreviations_within_article():
    from warta.annotate.canonical import abbreviates, org_canonicals

    assert abbreviates("PBB", "Perserikatan Bangsa-Bangsa")
    assert abbreviates("Kemenlu", "Kementerian Luar Negeri")
    assert not abbreviates("MA", "Mahkamah Konstitusi")
    canon = org_canonicals(["Partai Golkar", "Golkar", "Fraksi Partai Golkar", "Kemenlu",
                            "Kementerian Luar Negeri", "Jakarta"])
    assert canon["Golkar"] == "Partai Golkar"
    assert canon["Kemenlu"] == "Kementerian Luar Negeri"
    assert canon["Fraksi Partai Golkar"] == "Fraksi Partai Golkar"


def test_acronym_inside_a_longer_name_counts_with_all_its_letters():
    from warta.annotate.canonical import abbreviates, org_canonicals

    # two bodies joined by "dan" whose capitals happen to spell another acronym
    assert not abbreviates("KPK", "Kementerian PDT dan Kemendagri")
    assert abbreviates("KPDT", "Kementerian PDT")
    canon = org_canonicals(["KPK", "Kementerian PDT dan Kemendagri"])
    assert canon["KPK"] == "KPK"


def test_acronym_written_before_its_bracketed_name_is_defined():
    text = "Totti mendaftar lewat AIAC (Asosiasi Pelatih Italia). AIAC menyambut baik."
    acr = find_acronyms(text)
    assert acr["AIAC"].expansion == "Asosiasi Pelatih Italia" and acr["AIAC"].label == "ORG"


def test_term_or_legal_form_before_brackets_is_no_body():
    text = "Kota itu membangun BRT (Bus Rapid Transit). Modalnya dari PT (Perseroan Terbatas) lokal."
    acr = find_acronyms(text)
    assert "BRT" not in acr and "PT" not in acr

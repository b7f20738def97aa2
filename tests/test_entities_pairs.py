"""Two people joined by a dash (an election ticket) are two persons (entity_glue.split_pairs)."""

import warta


def _persons(text: str) -> set[str]:
    return {e.text for e in warta.analyze(text).entities if e.label == "PERSON"}


def test_ticket_of_two_full_names_is_split() -> None:
    found = _persons("Pasangan Bambang Santoso-Rudi Hartono unggul dalam survei terbaru di Semarang.")
    assert {"Bambang Santoso", "Rudi Hartono"} <= found


def test_ticket_is_split_when_one_side_is_written_alone() -> None:
    found = _persons("Sudarto-Ahmad Yani unggul di Jawa Tengah. Sudarto mengaku siap bekerja keras.")
    assert {"Sudarto", "Ahmad Yani"} <= found


def test_double_barrelled_and_arabic_names_stay_whole() -> None:
    found = _persons("Ganda putra Denmark, Mads Conrad-Petersen dan Mads Pieler Kolding, menang atas Marcus "
                     "Gideon. Komandan Abu Al-Masri tewas.")
    assert "Mads Conrad-Petersen" in found
    assert "Al" not in found and "Abu Al" not in found


def test_a_capitalised_selaku_ends_the_name_before_the_office() -> None:
    found = _persons("\"Kami senang,\" lanjut Wulan Sari Selaku Direktur Pemasaran Bank Maju Jaya.")
    assert "Wulan Sari" in found
    assert not any("Selaku" in p for p in found)


def test_regional_body_before_its_region_is_one_organisation() -> None:
    doc = warta.analyze("Polda Sulut membantah isu itu. DPRD Jambi menggelar rapat paripurna di Jambi.")
    orgs = {e.text for e in doc.entities if e.label == "ORG"}
    assert {"Polda Sulut", "DPRD Jambi"} <= orgs
    assert "Sulut" not in {e.text for e in doc.entities}

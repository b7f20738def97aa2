"""``… Bigo Live lantaran …. Pemblokiran itu dibenarkan oleh Plt Kepala Humas, Kemenkominfo, Noor Izza.
"…," kata dia``: a subject the entity layer labels an organisation elsewhere in the article (though
it missed this mention) is no antecedent for a person pronoun."""

from __future__ import annotations

import warta


def test_person_pronoun_passes_over_an_organisation_subject() -> None:
    text = ("Merdeka.com - Kementerian Komunikasi dan Informatika (Kemkominfo) memblokir Domain Name System "
            "(DNS) Bigo Live. Bigo Live sendiri merupakan layanan video streaming yang tengah naik daun saat "
            "ini. Pemblokiran Bigo Live lantaran kerap memunculkan konten yang mengandung pornografi di "
            "dalamnya. Pemblokiran itu dibenarkan oleh Plt Kepala Humas, Kemenkominfo, Noor Izza.\n\n"
            "\" Ya, benar diblokir. Pemblokiran itu sejak 1 Desember lalu, \" kata dia saat dihubungi "
            "Merdeka.com melalui sambungan telepon, Rabu (14 / 12).")
    direct = [q.speaker for q in warta.analyze(text).quotes if q.kind == "direct"]
    assert direct == ["Noor Izza"]

"""keyphrases(): substrings of the text, at most k, never stop words only."""

from __future__ import annotations

import re

from warta.annotate.keyphrases import keyphrases
from warta.annotate.summary import stopwords

TEXT = (
    "Badan Pengawas Obat dan Makanan menarik ribuan kemasan jamu ilegal dari pasar di Kota Sumberjaya. "
    "Jamu ilegal itu mengandung bahan kimia obat yang berbahaya bagi ginjal. "
    "Kepala Badan Pengawas Obat dan Makanan, Hendra Kusuma, mengatakan penarikan dilakukan sejak Senin.\n\n"
    "\"Kami meminta masyarakat tidak membeli jamu ilegal tanpa nomor izin edar,\" kata Hendra Kusuma. "
    "Menurut dia, jamu ilegal itu dijual murah di pasar tradisional dan toko daring. "
    "Hendra Kusuma menambahkan bahwa produsen jamu ilegal akan dipidana."
)


def spans_of(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s].*?[.!?\"](?=\s|$)", text, re.S)]


def test_keyphrases_are_substrings_at_most_k():
    spans = spans_of(TEXT)
    for k in (1, 3, 5):
        kps = keyphrases(TEXT, spans, k=k)
        assert 1 <= len(kps) <= k
        for kp in kps:
            assert kp.text in TEXT
            assert 0.0 < kp.score <= 1.0
    assert keyphrases(TEXT, spans, k=0) == []


def test_no_stopword_only_or_numeric_phrases():
    text = "Yang itu dan ini akan tetapi sudah 2024. Dan yang itu juga sudah. Jamu ilegal ditarik dari pasar."
    stop = stopwords()
    for kp in keyphrases(text, spans_of(text), k=10):
        words = [w.lower() for w in re.findall(r"\w+", kp.text)]
        assert words[0] not in stop and words[-1] not in stop
        assert not all(w in stop or w.isdigit() for w in words)


def test_topic_words_come_first_and_scores_decrease():
    kps = keyphrases(TEXT, spans_of(TEXT), k=5)
    joined = " ".join(kp.text.lower() for kp in kps)
    assert "jamu" in joined and "hendra kusuma" in joined
    assert [kp.score for kp in kps] == sorted((kp.score for kp in kps), reverse=True)
    assert kps[0].score == 1.0


def test_no_duplicate_or_nested_phrases():
    kps = keyphrases(TEXT, spans_of(TEXT), k=5)
    lows = [kp.text.lower() for kp in kps]
    assert len(set(lows)) == len(lows)
    for a in lows:
        for b in lows:
            assert a == b or a not in b


def test_phrases_do_not_cross_punctuation():
    kps = keyphrases(TEXT, spans_of(TEXT), k=10)
    assert all(not re.search(r"[,.;:\"()]", kp.text) for kp in kps)


def test_empty_text_and_no_sentences():
    assert keyphrases("", []) == []
    assert keyphrases("   ", []) == []
    kps = keyphrases("Jamu ilegal ditarik dari pasar Sumberjaya.", [])
    assert kps and all(kp.text in "Jamu ilegal ditarik dari pasar Sumberjaya." for kp in kps)


def test_names_are_taken_whole_and_never_mixed_with_common_words():
    text = (
        "Sekretaris Jenderal Perserikatan Bangsa-Bangsa mendesak semua pihak menahan diri di Jalur Gaza. "
        "Sekretaris Jenderal Perserikatan Bangsa-Bangsa menyampaikan desakan itu di New York. "
        "Desakan itu muncul setelah serangan udara kembali menghantam Jalur Gaza."
    )
    kps = keyphrases(text, spans_of(text), k=5)
    texts = [kp.text for kp in kps]
    assert "Sekretaris Jenderal Perserikatan Bangsa-Bangsa" in texts
    assert not any(t in texts for t in ("Sekretaris Jenderal Perserikatan", "Jenderal Perserikatan Bangsa-Bangsa"))
    for t in texts:  # (a sentence-initial common word keeps its capital)
        words = [w for w in re.findall(r"\w+", t) if w.lower() not in stopwords()]
        caps = {w[0].isupper() for w in words[1:]}
        assert len(caps) <= 1 and (words[0][0].isupper() or caps != {True}), t


def test_no_dateline_outlet_and_no_modal_edges():
    text = ("Jakarta, CNN Indonesia -- Bomber muda nan sensasional milik AS Monaco, Kylian Mbappe, "
            "berhasil menahbiskan diri sebagai incaran klub besar. Kylian Mbappe gagal membawa pulang "
            "trofi. AS Monaco resmi menolak tawaran untuk Kylian Mbappe.\n\n"
            "Kylian Mbappe ingin pindah ke klub besar pada bursa transfer musim panas.")
    kps = [kp.text for kp in keyphrases(text, spans_of(text), k=10)]
    assert "Kylian Mbappe" in kps
    assert "CNN Indonesia" not in kps
    edge = {"nan", "milik", "berhasil", "gagal", "resmi", "ingin", "diri"}
    for kp in kps:
        words = kp.lower().split()
        assert words[0] not in edge and words[-1] not in edge, kp

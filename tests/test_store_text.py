"""Keys and normalisation used by the knowledge base."""

from __future__ import annotations

from warta.store.records import article_key, outlet_of, published_date
from warta.store.text import name_key, normalise_url, org_key, outlet_from_url, role_key, stems


def test_stems_are_indonesian_and_shared():
    assert stems("Keanggotaan anggota") == "anggota anggota"
    assert stems("membicarakan kenaikan") == "bicara naik"


def test_name_key_strips_titles_and_punctuation():
    assert name_key("Dr. H. Joko Widodo") == "joko widodo"
    assert name_key("  jens   STOLTENBERG ") == "jens stoltenberg"
    assert name_key("Shin Tae-yong") == "shin tae-yong"


def test_org_key_unifies_spelling_and_final_ri():
    assert (
        org_key("Kementrian Luar Negeri RI")
        == org_key("Kementerian Luar Negeri")
        == "kementerian luar negeri"
    )
    assert org_key("DPR RI") == "dpr" and org_key("Bank Indonesia") == "bank indonesia"


def test_role_key_expands_abbreviations():
    assert role_key("Sekjen NATO") == role_key("Sekretaris Jenderal NATO")
    assert role_key(None) == ""


def test_url_keys_and_outlets():
    a = normalise_url("https://www.detik.com/news/x/?utm_source=fb&b=2&a=1#top")
    assert a == normalise_url("http://detik.com/news/x?a=1&b=2") == "detik.com/news/x?a=1&b=2"
    assert outlet_from_url("https://news.detik.com/berita/d-1") == "detik"
    assert outlet_from_url("https://www.antaranews.co.id/x") == "antaranews"
    assert outlet_from_url(None) is None
    assert outlet_of({"outlet": " Kompas ", "url": "https://detik.com"}) == "kompas"


def test_article_key_prefers_url_then_text():
    assert article_key({"url": "https://a.id/x", "text": "one"}) == article_key(
        {"url": "http://a.id/x/", "text": "2"}
    )
    assert (
        article_key({"text": "Satu dua"})
        == article_key({"text": " satu   DUA "})
        != article_key({"text": "x"})
    )
    assert published_date("2023-07-05T10:00:00+07:00") == "2023-07-05" and published_date("kemarin") is None

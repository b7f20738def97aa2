"""HTML files and directories of .txt/.html: one article per file, boilerplate left out."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("trafilatura")

from warta.ingest import RawRecord, ReadError, iter_records  # noqa: E402

HTML = """<html><head><title>Harga Beras Naik - Warta Contoh</title>
<link rel="canonical" href="https://warta.example/ekonomi/harga-beras-naik">
<meta name="date" content="2024-02-14"></head>
<body><div class="menu">Beranda Ekonomi Politik</div><main><h1>Harga Beras Naik</h1>
<p>Harga beras medium di pasar tradisional Surabaya naik menjadi Rp14.000 per kilogram pekan ini,
menurut pedagang setempat.</p><p>Pemerintah provinsi berencana menggelar operasi pasar untuk menekan
harga dalam dua minggu ke depan.</p></main></body></html>"""


def test_directory_of_txt_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Presiden meresmikan jembatan baru di Kalimantan Timur.", encoding="utf-8"
    )
    (tmp_path / "kosong.html").write_text("<html><body><p></p></body></html>", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    items = list(iter_records([str(tmp_path)]))
    records = {x.id: x for x in items if isinstance(x, RawRecord)}
    assert set(records) == {"a", "b"}
    page = records["b"]
    assert page.title == "Harga Beras Naik"
    assert page.url == "https://warta.example/ekonomi/harga-beras-naik"
    assert page.published == "2024-02-14"
    assert "Rp14.000 per kilogram" in page.text and "Beranda" not in page.text
    errors = [x for x in items if isinstance(x, ReadError)]
    assert len(errors) == 1 and errors[0].origin.endswith("kosong.html")


def test_html_over_size_limit_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta import config

    settings = config.settings()
    monkeypatch.setitem(settings["ingest_html"], "max_bytes", 100)
    (tmp_path / "big.html").write_text(HTML, encoding="utf-8")
    (item,) = iter_records([str(tmp_path / "big.html")])
    assert isinstance(item, ReadError) and "exceeds the limit" in item.message

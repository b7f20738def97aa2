"""WARC / WARC.gz input: HTML articles come out with text, title, date and URL; the rest is skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio")
pytest.importorskip("trafilatura")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from warta.ingest import RawRecord, ReadError, iter_records  # noqa: E402

PAGE = """<html><head><title>{title} | Kabar Contoh</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:30:00+07:00">
</head><body><nav>Beranda | Nasional | Olahraga</nav>
<article><h1>{title}</h1>{body}</article>
<footer>Hak cipta Kabar Contoh</footer></body></html>"""

ARTICLES = [
    (
        "https://kabar.example/nasional/2023/07/05/banjir-melanda",
        "Banjir Melanda Tiga Kecamatan di Bandung",
        "2023-07-05",
        "<p>Banjir melanda tiga kecamatan di Kabupaten Bandung sejak Selasa malam. Ratusan rumah "
        'terendam air setinggi satu meter.</p><p>"Kami sudah mengirim perahu karet ke lokasi," kata '
        "Kepala BPBD Bandung, Ahmad Yani, kepada wartawan di Bandung.</p>",
    ),
    (
        "https://kabar.example/olahraga/2021/11/20/timnas-menang",
        "Timnas Menang Dua Gol Tanpa Balas",
        "2021-11-20",
        "<p>Tim nasional Indonesia menang dua gol tanpa balas atas Malaysia dalam laga persahabatan "
        "di Stadion Gelora Bung Karno, Jakarta.</p><p>Pelatih timnas mengatakan para pemain tampil "
        "disiplin sepanjang pertandingan dan siap menghadapi turnamen berikutnya.</p>",
    ),
]


def _response(writer: WARCWriter, url: str, payload: bytes, ctype: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(payload), length=len(payload), http_headers=headers
    )


def write_warc(path: Path, gz: bool) -> None:
    """A small crawl: two article pages, a request, an image, a 404 page and an empty page."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        get = b"GET / HTTP/1.1\r\n\r\n"
        w.write_record(
            w.create_warc_record(ARTICLES[0][0], "request", payload=io.BytesIO(get), length=len(get))
        )
        for url, title, date, body in ARTICLES:
            html = PAGE.format(title=title, date=date, body=body).encode("utf-8")
            w.write_record(_response(w, url, html, "text/html; charset=utf-8"))
        w.write_record(_response(w, "https://kabar.example/logo.png", b"\x89PNG....", "image/png"))
        w.write_record(
            _response(w, "https://kabar.example/hilang", b"<html>404</html>", "text/html", "404 Not Found")
        )
        w.write_record(
            _response(w, "https://kabar.example/kosong", b"<html><body></body></html>", "text/html")
        )


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_articles_have_title_url_date_and_text(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    write_warc(path, gz)
    items = list(iter_records([str(path)]))
    records = [x for x in items if isinstance(x, RawRecord)]
    errors = [x for x in items if isinstance(x, ReadError)]
    assert [r.url for r in records] == [a[0] for a in ARTICLES]
    assert [r.title for r in records] == [a[1] for a in ARTICLES]
    assert [r.published for r in records] == [a[2] for a in ARTICLES]
    assert "Ratusan rumah terendam" in records[0].text
    assert "Beranda" not in records[0].text and "Hak cipta" not in records[0].text
    assert not records[0].text.startswith(ARTICLES[0][1])  # headline not repeated in the body
    assert len({r.id for r in records}) == 2
    assert all(r.extra.get("crawled") for r in records)
    # the empty HTML page is reported naming the file and the record; image, 404, request skipped
    assert len(errors) == 1
    assert str(path) in errors[0].origin and "record" in errors[0].origin
    assert "no article text" in errors[0].message


def test_truncated_warc_gz_reports_and_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(iter_records([str(path)]))
    assert any(isinstance(x, RawRecord) for x in items)
    assert isinstance(items[-1], ReadError) and str(path) in items[-1].origin


@pytest.mark.parametrize("content", [b"WARC/1.0\r\nbroken", b"plain text, not an archive\n", b""])
def test_file_that_is_not_a_warc_is_an_error_not_an_empty_success(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "odd.warc"
    path.write_bytes(content)
    items = list(iter_records([str(path)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert str(path) in items[0].origin


def test_warc_without_html_pages_reports_what_it_read(tmp_path: Path) -> None:
    path = tmp_path / "requests.warc"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        get = b"GET / HTTP/1.1\r\n\r\n"
        for url in ("https://a.example/", "https://b.example/"):
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(get), length=len(get)))
    items = list(iter_records([str(path)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert "2 records, none an HTML page" in items[0].message


def test_warc_extracted_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from warta.cli.main import main

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, True)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--workers", "1"]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["url"], r["title"]) for r in records] == [(a[0], a[1]) for a in ARTICLES]
    assert [r["published"] for r in records] == [a[2] for a in ARTICLES]
    err = capsys.readouterr().err
    assert "2 processed, 1 failed" in err and "Traceback" not in err

"""Readers: formats, ids, and bad input reported per file and line."""

import io
import json

import pytest

from warta.ingest import RawRecord, ReadError, iter_records
from warta.ingest.readers import read_stdin


def items(*paths):
    return list(iter_records([str(p) for p in paths]))


def test_ingest_txt_id_is_stem(tmp_path):
    p = tmp_path / "berita-satu.txt"
    p.write_text("Ia datang.\nLalu pergi.", encoding="utf-8")
    (rec,) = items(p)
    assert isinstance(rec, RawRecord) and rec.id == "berita-satu" and rec.text.startswith("Ia datang")


def test_ingest_jsonl_fields_and_default_ids(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text(
        json.dumps({"id": "a1", "text": "Satu.", "title": "T", "published": "2023-07-05", "url": "http://x"})
        + "\n\n"
        + json.dumps({"text": "Dua."})
        + "\n",
        encoding="utf-8",
    )
    recs = items(p)
    assert [r.id for r in recs] == ["a1", "dump-3"]
    assert recs[0].title == "T" and recs[0].published == "2023-07-05" and recs[0].url == "http://x"


def test_ingest_malformed_lines_reported_others_kept(tmp_path):
    p = tmp_path / "bad.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Baik."}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok2", "text": "Juga baik."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = items(p)
    assert [r.id for r in out if isinstance(r, RawRecord)] == ["ok1", "ok2"]
    errors = [e for e in out if isinstance(e, ReadError)]
    assert [e.origin for e in errors] == [f"{p}:{n}" for n in (2, 3, 4, 5)]
    assert "malformed JSON" in errors[0].message
    assert "missing field 'text'" in errors[1].message
    assert "empty text" in errors[2].message


def test_ingest_invalid_utf8_names_the_line(tmp_path):
    p = tmp_path / "latin.jsonl"
    p.write_bytes(b'{"text": "baik"}\n{"text": "caf\xe9"}\n')
    out = items(p)
    assert isinstance(out[0], RawRecord)
    assert isinstance(out[1], ReadError) and out[1].origin.endswith(":2") and "UTF-8" in out[1].message


def test_ingest_binary_file_is_an_error(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (err,) = items(p)
    assert isinstance(err, ReadError) and "binary" in err.message


def test_ingest_csv_with_and_without_text_column(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text('id,text,title\nc1,"Kalimat, dengan koma.",Judul\nc2,"",X\n', encoding="utf-8")
    bad = tmp_path / "b.csv"
    bad.write_text("id,body\n1,halo\n", encoding="utf-8")
    out = items(good, bad)
    assert isinstance(out[0], RawRecord) and out[0].text == "Kalimat, dengan koma." and out[0].title == "Judul"
    assert isinstance(out[1], ReadError) and "empty" in out[1].message
    assert isinstance(out[2], ReadError) and "'text' column" in out[2].message


def test_ingest_csv_short_row_and_unterminated_quote_are_errors_with_their_line(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(
        'text,published\n"Baris\ndua baris.",2023-01-02\nhanya teks\n"tanpa penutup,2023-01-03\nlagi\n',
        encoding="utf-8",
    )
    out = items(p)
    assert isinstance(out[0], RawRecord) and out[0].text == "Baris\ndua baris." and out[0].origin.endswith(":2")
    assert isinstance(out[1], ReadError) and out[1].origin.endswith(":4") and "1 of the header's 2" in out[1].message
    # the unterminated quote swallows the rest of the file: reported where the row starts
    assert isinstance(out[2], ReadError) and out[2].origin.endswith(":5") and "unterminated" in out[2].message
    assert len(out) == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_ingest_utf16_text_with_byte_order_mark_is_decoded(tmp_path, encoding):
    p = tmp_path / "windows.txt"
    text = "Menurut Budi, harga cabai naik."
    bom = "\ufeff" if encoding.endswith("be") else ""
    p.write_bytes((bom + text).encode(encoding))
    (rec,) = items(p)
    assert isinstance(rec, RawRecord) and rec.text == text


def test_ingest_json_object_list_and_directory(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.json").write_text(json.dumps({"text": "Satu."}), encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps([{"text": "Dua."}, {"id": "x", "text": "Tiga."}]), "utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    recs = items(tmp_path)
    assert sorted(r.id for r in recs) == ["one", "two-1", "x"]


def test_ingest_missing_path_and_unknown_format(tmp_path):
    odd = tmp_path / "x.docx"
    odd.write_bytes(b"PK")
    out = items(tmp_path / "nope.txt", odd)
    assert all(isinstance(e, ReadError) for e in out)
    assert "no such file" in out[0].message and "unknown input format" in out[1].message


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"Teks biasa.\nBaris dua.", ["stdin"]), (b'{"id": "s1", "text": "A."}\n{"id": "s2", "text": "B."}\n', ["s1", "s2"])],
)
def test_ingest_stdin_text_or_jsonl(data, expected):
    assert [r.id for r in read_stdin(io.BytesIO(data))] == expected

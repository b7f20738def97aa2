"""Hostile input through every reader: deeply nested HTML, huge or countless attributes, broken WARC
records, gzip cut mid-stream, a 5 MB JSON line, a CSV with a 1 MB field and NUL bytes, invalid
UTF-8. No exception escapes, each bad item is one error naming its file (and line or record), and
the good items around it are still read. No timing assertions: a hang fails the subprocess timeout.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from faults_helpers import run_warta

pytest.importorskip("warcio")
pytest.importorskip("trafilatura")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from warta.ingest import RawRecord, ReadError, iter_records  # noqa: E402

GOOD_TEXT = (
    "Gubernur Budi Santoso meresmikan jembatan baru di Bandung pada Senin pagi bersama ratusan warga. "
    '"Jembatan ini memperlancar perjalanan warga ke pasar," kata Budi Santoso kepada wartawan.'
)
BODY = "".join(f"<p>{GOOD_TEXT} Paragraf {i}.</p>" for i in range(3))
GOOD_PAGE = f"<html><head><title>Jembatan Baru</title></head><body><article>{BODY}</article></body></html>"


def _warc_bytes(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(url, "response", payload=io.BytesIO(payload), length=len(payload),
                                 http_headers=headers)
        )  # fmt: skip
    return buf.getvalue()


def hostile_files(d: Path) -> dict[str, int]:
    """Write the hostile corpus; returns file name -> number of good articles it holds."""
    good = {}
    nested = "<div>" * 10_000 + BODY + "</div>" * 10_000
    (d / "nested.html").write_text(f"<html><body>{nested}</body></html>", encoding="utf-8")
    good["nested.html"] = -1  # either extracted or one clear error: both are fine
    (d / "unclosed.html").write_text("<html><body>" + "<div><span><b>" * 10_000 + BODY, encoding="utf-8")
    good["unclosed.html"] = -1
    (d / "huge_attr.html").write_text(
        f'<html><body><div class="{"x" * 6_000_000}">{BODY}</div></body></html>', encoding="utf-8"
    )
    good["huge_attr.html"] = 0
    many = " ".join(f'a{i}="v"' for i in range(100_000))
    (d / "many_attrs.html").write_text(f"<html><body><div {many}>{BODY}</div></body></html>", encoding="utf-8")
    good["many_attrs.html"] = 0
    pages = [("https://kabar.example/a", GOOD_PAGE.encode()), ("https://kabar.example/b", GOOD_PAGE.encode())]
    raw = _warc_bytes(pages, gz=False)
    cut = raw.index(b"WARC/1.0", 10)  # the second record, its header mangled
    (d / "broken.warc").write_bytes(raw[:cut] + b"WARC/9.9\r\nnonsense\r\n\r\n" + raw[cut + 40 :])
    good["broken.warc"] = 1
    gz = _warc_bytes(pages, gz=True)
    (d / "truncated.warc.gz").write_bytes(gz[: len(gz) - 200])  # cut inside the second member
    good["truncated.warc.gz"] = 1  # see test_robust_truncated_warc_gz_is_reported
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD_TEXT}),
        json.dumps({"id": "huge", "text": "kata " * 1_000_000}),  # a 5 MB line
        "{broken",
        json.dumps({"id": "ok-2", "text": GOOD_TEXT}),
    ]
    (d / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good["lines.jsonl"] = 3  # the 5 MB line is read; the pipeline limits its size later
    with gzip.open(d / "cut.jsonl.gz", "wb") as fh:
        fh.write(("\n".join(json.dumps({"id": f"g{i}", "text": GOOD_TEXT}) for i in range(200)) + "\n").encode())
    data = (d / "cut.jsonl.gz").read_bytes()
    (d / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    good["cut.jsonl.gz"] = -1
    (d / "big_field.csv").write_text(
        f'id,text\nbig,"{"x" * 1_000_000}"\nok,"{GOOD_TEXT.replace(chr(34), "")}"\n', encoding="utf-8"
    )
    good["big_field.csv"] = 2  # a 1 MB field is below the article limit: both rows are read
    (d / "nul.csv").write_bytes(b"id,text\nn1,abc\x00def\n")
    good["nul.csv"] = -1
    (d / "bad.txt").write_bytes(GOOD_TEXT.encode() + b"\xff\xfe\xc3(")
    good["bad.txt"] = 0
    (d / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    good["good.txt"] = 1
    return good


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    return d, hostile_files(d)


def test_robust_hostile_files_never_raise(corpus):
    d, good = corpus
    for name, n_good in good.items():
        out = list(iter_records([str(d / name)]))  # raises nothing
        assert out, name
        assert all(isinstance(x, RawRecord | ReadError) for x in out)
        errors = [x for x in out if isinstance(x, ReadError)]
        records = [x for x in out if isinstance(x, RawRecord)]
        for err in errors:
            assert str(d / name) in err.origin and err.message and "\n" not in str(err)
            assert "Traceback" not in err.message
        if n_good >= 0:
            assert len(records) == n_good, (name, errors)
        if n_good == 0:
            assert len(errors) == 1, (name, errors)


def test_robust_limits_name_the_limit(corpus):
    d, _ = corpus
    [err] = list(iter_records([str(d / "huge_attr.html")]))
    assert "exceeds the limit" in err.message
    [err] = list(iter_records([str(d / "many_attrs.html")]))
    assert "attributes exceeds the limit" in err.message
    [err] = list(iter_records([str(d / "bad.txt")]))
    assert "invalid UTF-8" in err.message


def test_robust_truncated_gzip_keeps_what_came_before(corpus):
    d, _ = corpus
    out = list(iter_records([str(d / "cut.jsonl.gz")]))
    assert isinstance(out[-1], ReadError) and str(d / "cut.jsonl.gz") in out[-1].origin
    assert sum(isinstance(x, RawRecord) for x in out) > 10


def test_robust_extract_batch_goes_on(corpus, tmp_path):
    """The real command over the whole hostile folder: good articles come out, each bad item is one
    line on stderr, no traceback, and the run ends."""
    d, good = corpus
    out = tmp_path / "out.jsonl"
    res = run_warta("extract", str(d), "-o", str(out), timeout=900)
    assert "Traceback" not in res.stderr
    records = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    ids = {r["id"] for r in records}
    assert {"ok-1", "ok-2", "good"} <= ids
    for name in ("huge_attr.html", "many_attrs.html", "bad.txt", "broken.warc"):
        assert any(name in ln for ln in res.stderr.splitlines()), (name, res.stderr)
    assert "huge" not in ids or len(next(r for r in records if r["id"] == "huge")["text"]) <= 5_000_000


def test_robust_truncated_warc_gz_is_reported(corpus):
    d, _ = corpus
    out = list(iter_records([str(d / "truncated.warc.gz")]))
    assert any(isinstance(x, ReadError) for x in out)

"""POST /api/analyze and the analyse page: the real pipeline on pasted text, nothing stored."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
pytest.importorskip("sqlalchemy", reason="the 'store' extra is not installed")

from test_serve_api import build_db  # noqa: E402

TEXT = (
    "Jakarta - Menteri Luar Negeri Retno Marsudi menyambut baik keputusan itu. "
    '"Kami mendukung perdamaian di kawasan," kata Retno di Jakarta, Senin (3/7/2023).'
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    db = build_db(tmp_path_factory.mktemp("serve-analyze") / "kb.db")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_api_analyze_answers_a_schema_v1_record(client, validator):
    r = client.post("/api/analyze", json={"text": TEXT, "published": "2023-07-04"})
    assert r.status_code == 200, r.text
    rec = r.json()
    validator.validate(rec)
    assert rec["published"] == "2023-07-04"
    quotes = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert quotes and quotes[0]["text"].startswith("Kami mendukung perdamaian")
    assert "Retno" in (quotes[0]["speaker"] or "")
    for span in rec["entities"] + rec["quotes"] + rec["dates"]:
        assert rec["text"][span["start"] : span["end"]] == span["text"]
    assert client.get("/api/stats").json()["articles"] == 4  # nothing stored


def test_analyse_page_shows_the_annotated_text(client):
    r = client.post("/analyze", data={"text": TEXT + "\n<script>alert(1)</script>", "published": "2023-07-04"})
    assert r.status_code == 200
    assert 'class="q q-direct"' in r.text and "Kami mendukung perdamaian" in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text and "<script>alert(1)" not in r.text
    bad = client.post("/analyze", data={"text": TEXT, "published": "besok"})
    assert bad.status_code == 400 and "YYYY" in bad.text
    assert client.post("/analyze", data={"text": "  "}).status_code == 400

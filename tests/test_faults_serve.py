"""Server checks not in test_serve_safety: SQL-shaped parameter values are data (the store is
unchanged and nothing leaks), every write method on every API path is refused, and error answers
carry neither tracebacks nor file-system paths."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
pytest.importorskip("sqlalchemy", reason="the 'store' extra is not installed")

from test_serve_api import build_db  # noqa: E402

INJECTIONS = (
    "' OR '1'='1",
    "x'; DROP TABLE quotes; --",
    '" OR 1=1 --',
    "%' UNION SELECT sql FROM sqlite_master --",
    "\\x00\x00",
    "Budi) OR (1=1",
)
GET_PATHS = (
    "/api/quotes?speaker={v}",
    "/api/quotes?q={v}",
    "/api/quotes?org={v}",
    "/api/quotes?outlet={v}",
    "/api/search?q={v}",
    "/api/people?q={v}",
    "/api/articles?outlet={v}",
    "/api/people/{v}",
    "/search?q={v}",
)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    db = build_db(tmp_path_factory.mktemp("serve-faults") / "kb.db")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c, db


def _leaks(text: str, db) -> bool:
    return any(s in text for s in ("Traceback", str(db), "/site-packages/", "sqlite3.", "sqlalchemy", "OperationalError"))


def test_faults_sql_shaped_values_are_data(served):
    from urllib.parse import quote

    client, db = served
    before = client.get("/api/stats").json()
    for value in INJECTIONS:
        for path in GET_PATHS:
            r = client.get(path.format(v=quote(value, safe="")))
            assert r.status_code < 500, (path, value, r.status_code)
            assert not _leaks(r.text, db), (path, value)
            if path.startswith("/api/quotes") and r.status_code == 200:
                assert not any(value in (q.get("speaker") or "") for q in r.json().get("quotes", []))
    assert client.get("/api/stats").json() == before


def test_faults_no_write_method_anywhere(served):
    client, db = served
    before = client.get("/api/stats").json()
    schema = client.get("/openapi.json").json()
    for path, ops in schema["paths"].items():
        url = path.replace("{name}", "Budi").replace("{id}", "1").replace("{article_id}", "1")
        for method in ("put", "delete", "patch"):
            assert method not in ops, (path, method)
            r = getattr(client, method)(url)
            assert r.status_code in (404, 405), (method, url, r.status_code)
            assert not _leaks(r.text, db)
    writes = [p for p, ops in schema["paths"].items() if "post" in ops]
    assert all("analy" in p for p in writes), writes  # the only POST analyses text; it stores nothing
    client.post("/api/analyze", json={"text": "Budi Santoso berkata di Bandung, Senin."})
    assert client.get("/api/stats").json() == before


def test_faults_not_found_leaks_no_path(served):
    client, db = served
    for url in ("/api/people/Tidak%20Ada%20Orang", "/api/nothing", "/static/../../etc/passwd", "/articles/xyz"):
        r = client.get(url)
        assert 400 <= r.status_code < 500, url
        assert not _leaks(r.text, db) and "/etc/passwd" not in r.text.replace(url, ""), url

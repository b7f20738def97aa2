"""Hostile input and errors: article text renders as text, limits hold, bad parameters get short
JSON 4xx answers, failures leak no traceback or path, the database is served read-only."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
pytest.importorskip("sqlalchemy", reason="the 'store' extra is not installed")

from test_serve_api import build_db  # noqa: E402

PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "<b>Bogor</b>")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    db = build_db(tmp_path_factory.mktemp("serve-safety") / "kb.db")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


class _Elements(HTMLParser):
    """Collects every element a browser would build: (tag, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))


def _no_live_markup(html: str) -> None:
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.elements:
        assert tag not in ("img", "b", "iframe", "object"), (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/app.js"
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").lower().startswith("javascript:"), (tag, attrs)


def test_hostile_article_renders_as_text(client):
    html = client.get("/articles/xss-1").text
    _no_live_markup(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, escaped, in title and text
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in html  # a removed line


@pytest.mark.parametrize(
    "url",
    ["/search?q=kode", "/quotes?speaker=Rudi", "/people/Rudi Hartono", "/people?label=ORG", "/articles", "/"],
)
def test_hostile_values_escaped_on_every_page(client, url):
    r = client.get(url)
    assert r.status_code == 200
    _no_live_markup(r.text)


def test_hostile_query_parameters_are_escaped(client):
    for payload in PAYLOADS:
        r = client.get("/search", params={"q": payload, "speaker": payload})
        assert r.status_code == 200
        _no_live_markup(r.text)
    r = client.get("/people/" + PAYLOADS[0])  # the fixture has an organisation named like this
    assert r.status_code == 200 and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    _no_live_markup(r.text)
    r = client.get("/people/" + PAYLOADS[1])
    assert r.status_code == 404
    _no_live_markup(r.text)


def test_security_headers(client):
    r = client.get("/articles/xss-1")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_bad_parameters_get_json_4xx(client):
    cases = {
        "/api/quotes?since=juli-2023": ("query.since", 422),
        "/api/quotes?until=2023-13": ("query.until", 422),
        "/api/articles?since=2023-02-32": ("query.since", 422),
        "/api/quotes?kind=rumour": ("query.kind", 422),
        "/api/quotes?limit=100000": ("query.limit", 422),
        "/api/quotes?offset=-1": ("query.offset", 422),
        "/api/search": ("query.q", 422),
        "/api/people?label=ALIEN": ("query.label", 422),
        "/api/quotes?speaker=" + "x" * 600: ("query.speaker", 422),
    }
    for url, (param, status) in cases.items():
        r = client.get(url)
        assert r.status_code == status, url
        body = r.json()
        assert body["status"] == status and body["error"] == "invalid parameters"
        assert [d["parameter"] for d in body["details"]] == [param]


def test_size_limits(client):
    r = client.get("/api/quotes?q=" + "a" * 5000)
    assert r.status_code == 414 and "too long" in r.json()["error"]
    big = {"text": "x" * (1_048_576 + 10)}
    r = client.post("/api/analyze", json=big)
    assert r.status_code == 413 and "too large" in r.json()["error"]
    r = client.post("/analyze", content=b"text=" + b"a" * 1_100_000, headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_analyze_validates_its_body(client):
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422
    assert client.post("/api/analyze", json={"text": "x", "published": "kemarin"}).status_code == 422
    assert client.post("/api/analyze", json={"text": "x", "evil": 1}).status_code == 422
    r = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["status"] == 422


def test_server_errors_leak_nothing(client, monkeypatch):
    svc = client.app.state.service

    def boom(**_kw):
        raise RuntimeError("secret failure in /home/user/warta.db at line 42")

    monkeypatch.setattr(svc, "stats", boom)
    for url in ("/api/stats", "/"):
        r = client.get(url)
        assert r.status_code == 500
        assert "secret" not in r.text and "/home/user" not in r.text and "Traceback" not in r.text
    assert client.get("/api/stats").json() == {"status": 500, "error": "internal server error", "details": []}


def test_database_is_read_only(client):
    from sqlalchemy import text

    engine = client.app.state.service.store.engine
    with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM quotes"))
    assert client.get("/api/stats").json()["quotes"] == 5
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/quotes").status_code == 405


def test_missing_database_is_refused(tmp_path):
    from warta.serve import create_app

    with pytest.raises(FileNotFoundError):
        create_app(str(tmp_path / "nothing-here.db"))
    assert not (tmp_path / "nothing-here.db").exists()


def test_internal_lookup_errors_are_not_404(client, monkeypatch):
    svc = client.app.state.service

    def broken(**_kw):
        return {}["missing_key"]

    monkeypatch.setattr(svc, "stats", broken)
    r = client.get("/api/stats")
    assert r.status_code == 500 and "missing_key" not in r.text
    assert client.get("/api/people/Zzzz Nobody").status_code == 404

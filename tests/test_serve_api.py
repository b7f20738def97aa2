"""The JSON API over a small hand-written knowledge base (tests/data/serve_corpus.json), in-process
with FastAPI's TestClient: every endpoint, filters, pagination, typed answers, OpenAPI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
pytest.importorskip("sqlalchemy", reason="the 'store' extra is not installed")

from store_fixtures import PG_URL, db_url, open_kb, record  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "serve_corpus.json"


def corpus_records() -> list[dict[str, Any]]:
    """The fixture corpus as extracted schema v1 records (offsets found in the text)."""
    out = []
    for spec in json.loads(CORPUS.read_text(encoding="utf-8")):
        extra = spec.pop("extra", {})
        title = spec.pop("title", None)
        rec = record(**spec)
        text = rec["text"]
        rec["title"] = title
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append([pos, pos + len(line)])
            pos += len(line) + 1
        rec["sentences"] = lines
        rec["removed"] = extra.get("removed", [])
        rec["summary"] = [lines[i] for i in extra.get("summary_sentences", [])]
        rec["keyphrases"] = [{"text": t, "score": s} for t, s in extra.get("keyphrases", [])]
        for surface, value, gran in extra.get("dates", []):
            start = text.index(surface)
            rec["dates"].append(
                {"text": surface, "start": start, "end": start + len(surface), "value": value, "granularity": gran, "confidence": 0.9}
            )
        out.append(rec)
    return out


def build_db(path: Path) -> str:
    """Ingest the fixture corpus into a new SQLite knowledge base at ``path``; returns its URL."""
    from warta.store import open_store

    with open_store(str(path)) as kb:
        kb.ingest(corpus_records())
    return str(path)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    db = build_db(tmp_path_factory.mktemp("serve") / "kb.db")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_stats_figures_and_chart_data(client):
    st = client.get("/api/stats").json()
    assert (st["articles"], st["quotes"]) == (4, 5)
    assert st["top_speakers"][0] == {"id": "per:jens-stoltenberg", "name": "Jens Stoltenberg", "role": "Sekretaris Jenderal NATO", "quotes": 3}
    tl = st["quotes_over_time"]
    assert sum(p["quotes"] for p in tl["points"]) == 5
    assert tl["bucket"] == "week" and tl["points"][0]["period"] == "2023-W27"
    assert {o["outlet"] for o in st["outlets"]} == {"cnnindonesia", "detik", "antaranews", "contoh"}


def test_quotes_by_speaker_org_kind_dates_and_text(client):
    def ids(url: str) -> list[str]:
        r = client.get(url)
        assert r.status_code == 200, r.text
        return [q["article_id"] for q in r.json()["items"]]

    assert ids("/api/quotes?speaker=Stoltenberg") == ["nato-2", "nato-1", "nato-1"]
    assert ids("/api/quotes?speaker=Stoltenberg&kind=indirect") == ["nato-1"]
    assert ids("/api/quotes?speaker=Stoltenberg&since=2023-08") == ["nato-2"]
    assert ids("/api/quotes?speaker=Stoltenberg&until=2023-07-31") == ["nato-1", "nato-1"]
    assert set(ids("/api/quotes?org=NATO")) == {"nato-1", "nato-2"}
    assert ids("/api/quotes?q=cabai") == ["cabai-1"]
    assert ids("/api/quotes?q=Ukraina&speaker=Stoltenberg&outlet=detik") == ["nato-2"]
    assert ids("/api/quotes?speaker=Nobody+Known") == []


def test_quote_pagination(client):
    first = client.get("/api/quotes?limit=2").json()
    second = client.get("/api/quotes?limit=2&offset=2").json()
    last = client.get("/api/quotes?limit=2&offset=4").json()
    assert first["has_more"] and second["has_more"] and not last["has_more"]
    seen = [q["quote_id"] for page in (first, second, last) for q in page["items"]]
    assert sorted(seen) == sorted({q["quote_id"] for q in client.get("/api/quotes").json()["items"]})
    assert len(seen) == 5


def test_articles_list_and_one_article_with_annotations(client):
    page = client.get("/api/articles").json()
    assert [a["article_id"] for a in page["items"]] == ["xss-1", "cabai-1", "nato-2", "nato-1"]
    assert page["items"][3]["quotes"] == 2
    assert [a["article_id"] for a in client.get("/api/articles?outlet=detik").json()["items"]] == ["nato-2"]
    art = client.get("/api/articles/nato-1").json()
    assert art["title"] == "NATO: Ukraina akan bergabung"
    assert art["removed"] == ["Baca juga: Rusia kecam NATO", "ADVERTISEMENT"]
    for q in art["quotes"]:
        assert art["text"][q["start"] : q["end"]] == q["text"]
        assert q["speaker_id"] == "per:jens-stoltenberg"
    assert {e["entity_id"] for e in art["entities"]} >= {"per:jens-stoltenberg", "org:nato"}
    assert art["dates"][0]["value"] == "2023-07-05"
    assert client.get(f"/api/articles/{art['key']}").json()["id"] == "nato-1"
    missing = client.get("/api/articles/no-such-article")
    assert missing.status_code == 404 and missing.json()["error"] == "no article 'no-such-article'"


def test_people_and_profile(client):
    people = client.get("/api/people").json()
    assert people[0]["id"] == "per:jens-stoltenberg" and "Stoltenberg" in people[0]["aliases"]
    orgs = client.get("/api/people?label=ORG").json()
    assert all(p["label"] == "ORG" for p in orgs) and any(p["name"] == "NATO" for p in orgs)
    prof = client.get("/api/people/Stoltenberg").json()
    assert prof["id"] == "per:jens-stoltenberg"
    assert {a["alias"] for a in prof["aliases"]} >= {"Jens Stoltenberg", "Stoltenberg"}
    assert prof["quotes_by_month"] == [{"month": "2023-07", "quotes": 2}, {"month": "2023-08", "quotes": 1}]
    assert "org:nato" in {c["id"] for c in prof["co_mentioned"]}
    assert client.get("/api/people/per:jens-stoltenberg").json()["name"] == "Jens Stoltenberg"
    assert client.get("/api/people/Zzzz Nobody").status_code == 404


def test_search_quotes_first_then_articles(client):
    hits = client.get("/api/search", params={"q": "Ukraina"}).json()["hits"]
    types = [h["type"] for h in hits]
    assert types == sorted(types, key=lambda t: t != "quote") and "article" in types
    assert {h["article_id"] for h in hits if h["type"] == "quote"} == {"nato-1", "nato-2"}
    only = client.get("/api/search", params={"q": "Ukraina", "scope": "articles"}).json()["hits"]
    assert only and all(h["type"] == "article" and h["snippet"] for h in only)


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths == {
        "/api/stats", "/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/search",
        "/api/people", "/api/people/{name}", "/api/analyze",
    }
    ok = spec["paths"]["/api/quotes"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"].endswith("/QuotePage")
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_every_page_has_a_json_twin(client):
    for page, twin in [
        ("/", "/api/stats"),
        ("/search?q=Ukraina", "/api/search?q=Ukraina"),
        ("/quotes?speaker=Stoltenberg", "/api/quotes?speaker=Stoltenberg"),
        ("/articles", "/api/articles"),
        ("/articles/nato-1", "/api/articles/nato-1"),
        ("/people", "/api/people"),
        ("/people/Stoltenberg", "/api/people/Stoltenberg"),
    ]:
        html = client.get(page)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
        assert f'href="{twin}"' in html.text.replace("&amp;", "&"), page
        assert client.get(twin).status_code == 200


@pytest.mark.skipif(not PG_URL, reason="WARTA_TEST_PG_URL not set: PostgreSQL variant of the API test skipped")
def test_postgres_backend_read_only(tmp_path):
    from fastapi.testclient import TestClient
    from sqlalchemy import text

    from warta.serve import create_app

    for kb in open_kb("postgresql", tmp_path):
        kb.ingest(corpus_records())
        with TestClient(create_app(db_url(kb)), raise_server_exceptions=False) as c:
            quotes = c.get("/api/quotes?speaker=Stoltenberg").json()["items"]
            assert [q["article_id"] for q in quotes] == ["nato-2", "nato-1", "nato-1"]
            assert c.get("/api/search?q=cabai").json()["hits"][0]["article_id"] == "cabai-1"
            assert c.get("/api/stats").json()["quotes_over_time"]["points"][0]["period"] == "2023-W27"
            assert c.get("/articles/xss-1").status_code == 200
            engine = c.app.state.service.store.engine
            with pytest.raises(Exception, match="read-only"):
                with engine.begin() as conn:
                    conn.execute(text("DELETE FROM quotes"))


def test_search_page_shows_article_keyphrases(client):
    html = client.get("/search", params={"q": "Ukraina", "scope": "articles"}).text
    art = client.get("/api/articles/nato-1").json()
    assert art["keyphrases"], "fixture article must carry keyphrases"
    for k in art["keyphrases"]:
        assert f'<span class="chip">{k["text"]}</span>' in html

"""The web UI in a real browser: Playwright drives Debian's chromium (headless) against the app
served by uvicorn on a loopback port over the small fixture knowledge base. One browser for the
module; each test opens a fresh page. Skipped only when chromium is not installed
(``apt-get install -y chromium``)."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("WARTA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip("chromium is not installed (apt-get install -y chromium): browser tests skipped", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="the 'browser' extra (playwright) is not installed")
pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")

from test_serve_api import build_db  # noqa: E402

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASTED = (
    "Jakarta - Menteri Luar Negeri Retno Marsudi menyambut baik keputusan itu.\n"
    '"Kami mendukung perdamaian di kawasan," kata Retno di Jakarta.'
)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from warta.serve import create_app
    from warta.serve.runner import serve_in_thread

    db = build_db(tmp_path_factory.mktemp("browser") / "kb.db")
    with serve_in_thread(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page that records dialogs (alert = injected script ran) and non-local requests."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    p.set_default_timeout(30_000)
    p.dialogs, p.foreign = [], []
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    p.on("request", lambda r: None if urlparse(r.url).hostname in ("127.0.0.1", None) else p.foreign.append(r.url))
    yield p
    assert p.dialogs == [], "a script from the data ran"
    assert [u for u in p.foreign if not u.startswith("data:")] == [], "the page loaded something from outside"
    ctx.close()


def test_home_search_and_results(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("#chart-speakers svg.chart rect.bar").count() >= 2
    assert page.locator("#chart-weeks svg.chart rect.bar").count() >= 1
    assert "Jens Stoltenberg" in page.locator("#chart-speakers").inner_text()
    page.fill("#home-q", "Ukraina")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=Ukraina")
    hits = page.locator("#quote-hits li")
    assert hits.count() == 3
    first = hits.first.inner_text()
    assert "Stoltenberg" in first and "Sekjen NATO" in first or "Sekretaris Jenderal NATO" in first


def test_article_highlights_quotes_and_shows_speaker(page, base_url):
    page.goto(base_url + "/search?q=bergabung")
    page.locator("#quote-hits a.article-link").first.click()
    page.wait_for_url("**/articles/nato-1")
    marks = page.locator("#article-text mark.q")
    assert marks.count() == 2
    direct = page.locator("#article-text mark.q-direct").first
    assert direct.is_visible()
    colour = direct.evaluate("el => getComputedStyle(el).backgroundColor")
    plain = page.locator("#article-text").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour != plain
    assert "Jens Stoltenberg" in direct.get_attribute("title")
    assert page.locator("#article-text .ent-PERSON").first.inner_text() == "Jens Stoltenberg"
    assert not page.locator("#speaker-panel").is_visible()
    direct.click()
    panel = page.locator("#speaker-panel")
    assert panel.is_visible() and "Jens Stoltenberg" in panel.inner_text()
    removed = page.locator("#removed-lines")
    assert not page.get_by_text("ADVERTISEMENT", exact=True).is_visible()
    removed.locator("summary").click()
    assert page.get_by_text("ADVERTISEMENT", exact=True).is_visible()
    panel.locator("a.sp-link").click()
    page.wait_for_url("**/people/per%3Ajens-stoltenberg")
    assert page.locator("#person-name").inner_text() == "Jens Stoltenberg"


def test_person_page(page, base_url):
    page.goto(base_url + "/people")
    page.get_by_role("link", name="Jens Stoltenberg").click()
    assert page.locator("#person-name").inner_text() == "Jens Stoltenberg"
    assert "Stoltenberg" in page.locator("#aliases").inner_text()
    assert page.locator("#chart-timeline svg.chart rect.bar").count() == 2  # 2023-07, 2023-08
    assert "NATO" in page.locator("#co-mentioned").inner_text()
    assert page.locator("#latest-quotes li").count() == 3


def test_paste_and_analyse(page, base_url):
    page.goto(base_url + "/analyze")
    page.fill("#analyze-text", PASTED + "\n<script>alert(1)</script>")
    page.fill("#analyze-published", "2023-07-03")
    with page.expect_navigation(timeout=120_000):  # the first analysis loads the pipeline
        page.click("#analyze-submit", timeout=120_000)
    page.locator("#analysed").wait_for()
    mark = page.locator("#analysed #article-text mark.q-direct").first
    assert "Kami mendukung perdamaian" in mark.inner_text()
    assert "Retno" in mark.get_attribute("title")
    assert "<script>alert(1)</script>" in page.locator("#article-text").inner_text()


def test_hostile_article_is_inert(page, base_url):
    page.goto(base_url + "/articles/xss-1")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text and '"><img src=x onerror=alert(2)>' in text
    assert page.locator("#article-text img").count() == 0
    assert page.locator("h1").inner_text().startswith("<script>alert(1)</script>")
    page.locator("#article-text mark.q").first.click()
    assert 'onerror=alert(3)' in page.locator("#speaker-panel").inner_text()


def test_api_docs_render_offline(page, base_url):
    page.goto(base_url + "/docs")
    page.locator(".opblock").first.wait_for()
    text = page.locator("#swagger-ui").inner_text()
    for path in ("/api/quotes", "/api/people/{name}", "/api/analyze"):
        assert path in text

"""Regenerate the web UI screenshots in docs/img/ (headless Debian chromium via Playwright).

    .venv/bin/python scripts/screenshots.py [--db PATH] [--out docs/img]

Without ``--db`` the devset (/work/shared/devset/articles, or ``WARTA_DEVSET``) is ingested into a
temporary knowledge base first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = Path(os.environ.get("WARTA_DEVSET", ROOT.parent / "shared" / "devset" / "articles"))
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


def shoot(db: Path, out: Path) -> list[Path]:
    """Serve ``db`` on loopback and save one PNG per page into ``out``."""
    from playwright.sync_api import sync_playwright

    from warta.serve import create_app
    from warta.serve.runner import serve_in_thread

    seed = json.loads((DEVSET / "seed-nato-ukraina.json").read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with serve_in_thread(create_app(str(db))) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(120_000)

        def save(name: str, full: bool = True) -> None:
            path = out / f"{name}.png"
            page.screenshot(path=str(path), full_page=full)
            saved.append(path)

        page.goto(base + "/")
        save("home")
        page.goto(base + "/search?q=NATO")
        save("search")
        page.goto(base + "/articles/seed-nato-ukraina")
        page.locator("#article-text mark.q-direct").first.click()
        save("article")
        page.goto(base + "/people/Stoltenberg")
        save("person")
        page.goto(base + "/people")
        save("people", full=False)
        page.goto(base + "/analyze")
        page.fill("#analyze-text", seed["text"][:1500])
        page.fill("#analyze-published", seed.get("published") or "")
        with page.expect_navigation():
            page.click("#analyze-submit")
        save("analyze")
        page.goto(base + "/docs")
        page.locator(".opblock").first.wait_for()
        save("api-docs", full=False)
        browser.close()
    return saved


def main() -> int:
    """Build or open the knowledge base and take the screenshots."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="knowledge base to show (default: the devset, ingested now)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "img"), help="output folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "devset.db"
        if not args.db:
            warta = str(Path(sys.executable).with_name("warta"))
            subprocess.run([warta, "ingest", str(DEVSET), "--db", str(db)], check=True)
        for path in shoot(db, Path(args.out)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Page furniture of many outlets is removed, article content is kept (fixtures in tests/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import clean_text

DATA = Path(__file__).parent / "data" / "clean_outlets"
FIXTURES = sorted(p for p in DATA.glob("*.txt"))


def _read(path: Path) -> tuple[str, list[str], list[str]]:
    raw, content, furniture = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        tag, _, body = line.partition("|")
        body = body[1:] if body.startswith(" ") else body
        raw.append(body)
        if body.strip():
            (content if tag == "C" else furniture).append(body.strip())
        assert tag in ("C", "B"), f"{path.name}: bad tag in {line!r}"
    return "\n".join(raw), content, furniture


def test_fixtures_exist():
    assert len(FIXTURES) >= 12


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_furniture_removed_and_content_kept(path: Path):
    raw, content, furniture = _read(path)
    res = clean_text(raw)
    assert list(res.removed) == furniture
    assert [x for x in res.text.split("\n") if x] == content
    assert res.changed


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_cleaning_is_idempotent(path: Path):
    raw, _, _ = _read(path)
    once = clean_text(raw)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert twice.removed == ()
    assert not twice.changed

"""``warta serve``: loopback by default, a warning when exposed, one-line errors."""

from __future__ import annotations

import pytest

pytest.importorskip("uvicorn", reason="the 'serve' extra is not installed")

from test_serve_api import build_db  # noqa: E402


@pytest.fixture
def ran(monkeypatch):
    """Replace uvicorn.run: record what it would serve instead of blocking."""
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_binds_loopback_by_default(cli, ran, tmp_path):
    db = build_db(tmp_path / "kb.db")
    r = cli("serve", "--db", db, "--port", "8123")
    assert r.code == 0, r.err
    assert ran[0]["host"] == "127.0.0.1" and ran[0]["port"] == 8123
    assert "WARNING" not in r.err and "http://127.0.0.1:8123/" in r.err


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::"])
def test_warns_when_exposed(cli, ran, tmp_path, host):
    r = cli("serve", "--db", build_db(tmp_path / "kb.db"), "--host", host)
    assert r.code == 0 and ran[0]["host"] == host
    assert "WARNING" in r.err and "no login" in r.err


def test_loopback_addresses():
    from warta.cli.serve import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.5.0.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "example.org"))


def test_missing_database_and_bad_port(cli, ran, tmp_path):
    r = cli("serve", "--db", str(tmp_path / "none.db"))
    assert r.code == 1 and "no knowledge base" in r.err and "Traceback" not in r.err
    assert cli("serve", "--db", str(tmp_path / "none.db"), "--port", "70000").code == 2
    assert ran == []

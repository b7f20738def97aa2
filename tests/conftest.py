"""Shared fixtures: the seed article, a CLI runner, the output JSON Schema."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed() -> dict:
    """The seed article (raw input record) shipped in examples/."""
    return json.loads((ROOT / "examples" / "seed-nato-ukraina.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def schema() -> dict:
    """The schema v1 JSON Schema shipped in the package."""
    from importlib import resources

    return json.loads(resources.files("warta").joinpath("schema/article.schema.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def validator(schema):
    """A JSON Schema validator for output records."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema)


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def cli():
    """Run ``warta`` in-process: ``cli("extract", path)`` → CliResult(code, out, err)."""
    from warta.cli.main import main

    def run(*argv: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


# In CI (.ci/run) the PostgreSQL server and the browser are installed: a test that would skip for
# want of them fails instead, so that a skipped suite is never passed off as run.
_REQUIRED = {"WARTA_REQUIRE_PG": ("postgres",), "WARTA_REQUIRE_BROWSER": ("chromium", "browser", "playwright")}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.skipped:
        return
    reason = str(report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr).lower()
    for env, words in _REQUIRED.items():
        if os.environ.get(env) == "1" and any(w in reason for w in words):
            report.outcome = "failed"
            report.longrepr = f"skipped although {env}=1 requires it to run: {reason}"

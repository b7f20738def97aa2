"""Schemathesis against /openapi.json (bounded, deterministic): requests generated from the schema
of every API operation, valid and invalid, get no server error, only documented status codes and
answers that match the documented models."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed ('browser' extra)")

from hypothesis import HealthCheck, given, settings  # noqa: E402

from test_serve_api import build_db  # noqa: E402

OPERATIONS = [
    "GET /api/stats",
    "GET /api/articles",
    "GET /api/articles/{article_id}",
    "GET /api/quotes",
    "GET /api/search",
    "GET /api/people",
    "GET /api/people/{name}",
    "POST /api/analyze",
]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    import warta
    from warta.serve import create_app

    warta.analyze("Jakarta - pemanasan.")  # load the pipeline once, outside the generated calls
    app = create_app(build_db(tmp_path_factory.mktemp("schemathesis") / "kb.db"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_covered(api_schema):
    found = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in api_schema.get_all_operations())}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_operation_conforms(api_schema, operation):
    method, path = operation.split()
    strategy = api_schema[path][method].as_strategy()

    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(case) -> None:
        case.call_and_validate()

    run()

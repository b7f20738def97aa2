"""``warta ingest`` reads every input the extractor reads; unreadable input is counted, not fatal."""

from __future__ import annotations

import json

import pytest

from store_fixtures import BACKENDS, NATO_1, SANTOSO_KPK, open_kb
from warta.store.records import RecordError, iter_records


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path):
    yield from open_kb(request.param, tmp_path)


def test_extracted_record_read_from_file_is_unchanged(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(NATO_1) + "\n", encoding="utf-8")
    (rec,) = list(iter_records([str(path)]))
    assert rec == NATO_1  # offsets, entities and quotes kept as written


def test_bad_lines_and_files_are_counted_and_the_run_goes_on(kb, tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text(
        "\n".join([json.dumps(NATO_1), "{broken", "[1, 2]", json.dumps(SANTOSO_KPK)]) + "\n", encoding="utf-8"
    )
    warc = tmp_path / "b.warc"
    warc.write_bytes(b"plain text, not an archive\n")
    items = list(iter_records([str(good), str(warc), str(tmp_path / "missing.jsonl")]))
    assert sum(isinstance(x, RecordError) for x in items) == 4
    summary = kb.ingest(items)
    assert summary.added == 2 and summary.failed == 4 and summary.read == 6
    assert f"{good}:2" in summary.errors[0] and f"{good}:3" in summary.errors[1]
    assert str(warc) in summary.errors[2] and "missing.jsonl" in summary.errors[3]

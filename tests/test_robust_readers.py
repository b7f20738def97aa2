"""Property-based robustness of the readers: arbitrary bytes never raise, nothing is dropped."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.ingest import RawRecord, ReadError, iter_records

SETTINGS = settings(
    max_examples=int(os.environ.get("WARTA_FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

line_bytes = st.one_of(
    st.binary(max_size=60),
    st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(max_size=40)),
    st.builds(lambda t: json.dumps({"id": t}).encode(), st.text(max_size=10)),
    st.sampled_from([b"{", b"[]", b"null", b'{"text": 5}', b'{"text": "\\ud800 x"}', b"\xff\xfe", b"\x00"]),
)


@SETTINGS
@given(st.lists(line_bytes, max_size=20))
def test_robust_jsonl_every_line_accounted(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines))
    out = list(iter_records([str(path)]))
    assert all(isinstance(x, RawRecord | ReadError) for x in out)
    # every line that is not white space gives exactly one record or one error
    expected = sum(1 for ln in path.read_bytes().split(b"\n") if ln.decode("utf-8", "replace").strip())
    assert len(out) == expected


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from([".txt", ".json", ".csv", ".jsonl.gz", ".csv.gz"]))
def test_robust_any_bytes_any_format(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    out = list(iter_records([str(path)]))
    assert all(isinstance(x, RawRecord | ReadError) for x in out)
    for rec in out:
        if isinstance(rec, RawRecord):
            assert rec.text.strip() and rec.id
        else:
            assert str(path) in rec.origin

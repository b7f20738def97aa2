"""The knowledge-base commands end to end (in-process): ingest, quotes, search, who-said, people,
person, export."""

from __future__ import annotations

import csv
import io
import json

import pytest

from store_fixtures import ALL, BACKENDS, open_kb

pytest.importorskip("sqlalchemy", reason="knowledge-base commands need the 'store' extra")


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    """(db url, jsonl input path) with an empty store."""
    from store_fixtures import db_url

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ALL), encoding="utf-8")
    for store in open_kb(request.param, tmp_path):
        yield db_url(store), path


def test_ingest_twice_then_query(cli, db):
    url, path = db
    first = cli("ingest", str(path), "--db", url, "--json")
    assert first.code == 0, first.err
    second = cli("ingest", str(path), "--db", url, "--json")
    a, b = json.loads(first.out), json.loads(second.out)
    assert a["added"] == len(ALL) and b["added"] == 0 and b["unchanged"] == len(ALL)
    assert a["totals"] == b["totals"]

    res = cli("quotes", "--speaker", "Stoltenberg", "--json", "--db", url)
    rows = json.loads(res.out)
    assert {r["article_id"] for r in rows} == {"nato-1", "nato-2"}
    by_id = {r["id"]: r for r in ALL}
    for r in rows:
        assert by_id[r["article_id"]]["text"][r["start"] : r["end"]] == r["text"]

    table = cli("search", "anggota NATO", "--db", url)
    assert table.code == 0 and "nato-1" in table.out
    hits = json.loads(cli("search", "keanggotaan", "--in", "quotes", "--json", "--db", url).out)
    assert {h["text"] for h in hits} >= {"keanggotaan Ukraina hanya soal waktu"}

    who = json.loads(cli("who-said", "Ukraina", "--json", "--db", url).out)
    assert who[0]["name"] == "Jens Stoltenberg"
    people = json.loads(cli("people", "--top", "3", "--json", "--db", url).out)
    assert people[0]["id"] == "per:jens-stoltenberg" and len(people) == 3
    prof = json.loads(cli("person", "Stoltenberg", "--json", "--db", url).out)
    assert prof[0]["quote_count"] == 3
    assert "aliases" in cli("person", "Stoltenberg", "--db", url).out


def test_people_merge_split_commands(cli, db):
    url, path = db
    cli("ingest", str(path), "--db", url)
    res = cli("people", "merge", "Santoso", "per:budi-santoso", "--db", url)
    assert res.code == 0 and "merged" in res.out
    res = cli("people", "split", "per:budi-santoso", "Santoso", "--db", url, "--json")
    assert res.code == 0 and json.loads(res.out)["aliases"] == ["santoso"]  # ids stable across merge
    assert cli("people", "split", "per:budi-santoso", "Zelensky", "--db", url).code == 2
    assert cli("people", "merge", "Nobody Atall", "Santoso", "--db", url).code == 1


def test_export_formats(cli, db, tmp_path):
    url, path = db
    cli("ingest", str(path), "--db", url)
    res = cli("export", "--format", "csv", "--db", url)
    rows = list(csv.DictReader(io.StringIO(res.out)))
    assert len(rows) == sum(len(r["quotes"]) for r in ALL)
    arts = cli("export", "--format", "jsonl", "--table", "articles", "--db", url).records
    assert sorted(a["id"] for a in arts) == sorted(r["id"] for r in ALL)
    assert all(e["entity_id"] for a in arts for e in a["entities"])
    pq = pytest.importorskip("pyarrow.parquet", reason="parquet export needs the 'parquet' extra")
    out = tmp_path / "people.parquet"
    assert cli("export", "--format", "parquet", "--table", "people", "-o", str(out), "--db", url).code == 0
    assert (
        pq.read_table(out).num_rows
        == json.loads(cli("ingest", str(path), "--db", url, "--json").out)["totals"]["entities"]
    )


def test_user_errors_are_one_line(cli, tmp_path):
    missing = cli("quotes", "--db", str(tmp_path / "none.db"))
    assert missing.code == 1 and "warta ingest" in missing.err and "Traceback" not in missing.err
    db = str(tmp_path / "kb.db")
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    bad = cli("ingest", str(tmp_path / "bad.jsonl"), "--db", db)
    assert bad.code == 1 and "bad.jsonl:1" in bad.err
    assert cli("ingest", str(tmp_path / "nope"), "--db", db).code == 1
    assert cli("quotes", "--since", "kemarin", "--db", db).code == 2
    assert cli("export", "--format", "parquet", "--db", db).code == 2


def test_bad_option_values_and_unwritable_output_are_one_line(cli, db, tmp_path):
    url, path = db
    assert cli("ingest", str(path), "--db", url).code == 0
    for args in (("quotes", "--since", "2023-13"), ("quotes", "--until", "2023-02-30"), ("quotes", "--limit", "-5"),
                 ("people", "--top", "0"), ("search", "NATO", "--limit", "x")):
        res = cli(*args, "--db", url)
        assert res.code == 2 and "Traceback" not in res.err, args
        assert args[2] in res.err, args  # the bad value is named
    assert cli("quotes", "--since", "2023-07", "--until", "2023", "--db", url).code == 0
    out = cli("export", "--format", "csv", "-o", str(tmp_path / "no" / "dir.csv"), "--db", url)
    assert out.code == 1 and "Traceback" not in out.err and "dir.csv" in out.err
    who = cli("person", "Nobody Atall", "--db", url)
    assert who.code == 1 and "'Nobody Atall'" in who.err

"""``warta extract``: output contract, schema validity, exit codes, bad input handling."""

import json


def test_cli_extract_seed_validates_against_schema(cli, validator, seed, tmp_path):
    res = cli("extract", "examples/seed-nato-ukraina.json")
    assert res.code == 0, res.err
    (rec,) = res.records
    errors = sorted(validator.iter_errors(rec), key=str)
    assert not errors, errors[0].message if errors else ""
    assert rec["id"] == seed["id"] and rec["url"] == seed["url"]
    assert "1 processed, 0 failed" in res.err


def test_cli_extract_offsets_index_clean_text(cli):
    (rec,) = cli("extract", "examples/seed-nato-ukraina.json").records
    text = rec["text"]
    for key in ("entities", "quotes", "dates"):
        for span in rec[key]:
            assert text[span["start"] : span["end"]] == span["text"], (key, span)
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


def test_cli_extract_keeps_unchanged_text_byte_identical(cli, tmp_path):
    raw = "Harga cabai naik di Jakarta.\n\n“Kami rugi,” kata Budi, pedagang. Ia pulang."
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "a", "text": raw}) + "\n", encoding="utf-8")
    (rec,) = cli("extract", str(p)).records
    assert rec["removed"] == [] and rec["text"] == raw


def test_cli_extract_writes_output_file_and_reports_bad_lines(cli, tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(json.dumps({"id": "ok", "text": "Ia datang."}) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = cli("extract", str(p), "-o", str(out))
    assert res.code == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["ok"]
    assert f"{p}:2: malformed JSON" in res.err
    assert "1 processed, 1 failed" in res.err
    assert "Traceback" not in res.err


def test_cli_extract_nothing_processed_exits_1(cli, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("   \n", encoding="utf-8")
    res = cli("extract", str(p))
    assert res.code == 1 and "empty text" in res.err and "0 processed, 1 failed" in res.err


def test_cli_extract_usage_errors_exit_2(cli, tmp_path):
    assert cli("extract").code == 2
    assert cli("extract", "examples", "--workers", "0").code == 2
    res = cli("extract", "examples", "-o", str(tmp_path))
    assert res.code == 2 and "is a directory" in res.err


def test_cli_extract_rejects_oversized_article(cli, tmp_path, monkeypatch):
    from warta import config

    monkeypatch.setitem(config.settings()["input"], "max_chars", 50)
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "big", "text": "kata " * 40}) + "\n" + json.dumps({"id": "s", "text": "Pendek."}) + "\n")
    res = cli("extract", str(p))
    assert [r["id"] for r in res.records] == ["s"]
    assert "limit is 50" in res.err and "1 processed, 1 failed" in res.err

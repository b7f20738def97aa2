"""``warta show`` (what ``make demo`` runs): a readable report, not JSON."""


def test_cli_show_seed_report_sections(cli):
    res = cli("show", "examples/seed-nato-ukraina.json")
    assert res.code == 0, res.err
    out = res.out
    assert not out.lstrip().startswith("{")
    for heading in ("Removed lines (2):", "Quotes (4 direct", "Entities:", "Dates (", "Summary:", "Keyphrases:"):
        assert heading in out, heading
    assert "ADVERTISEMENT" in out and "Dmytro Kuleba, Menteri Luar Negeri Ukraina" in out
    assert "[tuturnya]" in out  # the quote known only by its clitic has a named speaker
    line = next(ln for ln in out.splitlines() if "[tuturnya]" in ln)
    assert "Stoltenberg" in line


def test_cli_show_bad_input_exits_1(cli, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    res = cli("show", str(p))
    assert res.code == 1 and "empty text" in res.err

"""The PFSA-ID converter (evaluation only) on a small BILOU fixture written for this test."""

from warta.eval.pfsa import load_pfsa

FIXTURE = """\
BANDUNG\tO
,\tO
KOMPAS\tO
—\tO
Gubernur\tB-ISSUE
Jawa\tI-ISSUE
Barat\tI-ISSUE
meresmikan\tI-ISSUE
jembatan\tL-ISSUE
.\tO

”\tB-STATEMENT
Jembatan\tI-STATEMENT
ini\tI-STATEMENT
untuk\tI-STATEMENT
warga\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Gubernur\tU-ROLE
Budi\tB-PERSON
Santoso\tL-PERSON
.\tO

”\tB-STATEMENT
Pembangunan\tI-STATEMENT
selesai\tI-STATEMENT
tepat\tI-STATEMENT
waktu\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujar\tU-CUE
Budi\tU-PERSONCOREF
.\tO

SURABAYA\tO
,\tO
KOMPAS\tO
—\tO
Harga\tB-ISSUE
beras\tL-ISSUE
naik\tO
.\tO

”\tB-STATEMENT
Stok\tI-STATEMENT
aman\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Ani\tU-PERSON
.\tO
"""


def test_convert_articles_quotes_and_speakers(tmp_path):
    f = tmp_path / "mini.txt"
    f.write_text(FIXTURE, encoding="utf-8")
    arts = load_pfsa([str(f)])
    assert len(arts) == 2
    first = arts[0]
    assert first["text"].startswith("BANDUNG, KOMPAS — Gubernur Jawa Barat meresmikan jembatan.")
    qs = first["gold"]["quotes"]
    assert [q["quote"] for q in qs] == ["Jembatan ini untuk warga,", "Pembangunan selesai tepat waktu,"]
    assert all(q["kind"] == "direct" for q in qs)
    assert [q["speaker"] for q in qs] == ["Budi Santoso", "Budi Santoso"]
    assert [q["cue"] for q in qs] == ["kata", "ujar"]
    for q in qs:
        assert q["quote"] in first["text"]
    assert arts[1]["gold"]["quotes"][0]["speaker"] == "Ani"


def test_duplicate_articles_are_dropped(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIXTURE, encoding="utf-8")
    b.write_text(FIXTURE, encoding="utf-8")
    assert len(load_pfsa([str(a), str(b)])) == 2

"""Acceptance check of the knowledge base on the devset (not a test: needs /work/shared).

Ingests the devset twice into a fresh store through the ``warta`` commands (raw gold files are
analysed by the pipeline; ``--gold`` stores the gold annotations instead), then checks:
counts identical after the second run; ``warta quotes --speaker Stoltenberg --json`` returns the
seed article's Stoltenberg quotes with offsets; ``warta search "anggota NATO"`` finds them.
Exit status 0 when every check passes.

    .venv/bin/python benchmarks/store_acceptance.py --db /tmp/acc.db
    .venv/bin/python benchmarks/store_acceptance.py --db "$WARTA_TEST_PG_URL"   # an empty database
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = "seed-nato-ukraina"


def run(*argv: str) -> tuple[int, str]:
    """Run a ``warta`` command in-process; (exit code, stdout)."""
    from warta.cli.main import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a fresh SQLite path or an empty PostgreSQL database URL")
    ap.add_argument("--devset", default="/work/shared/devset/articles")
    ap.add_argument("--gold", action="store_true", help="ingest gold annotations instead of analysing")
    args = ap.parse_args()
    source = args.devset
    if args.gold:
        from store_devset import load_devset

        tmp = Path(tempfile.mkdtemp()) / "devset.jsonl"
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in load_devset(args.devset)))
        source = str(tmp)
    checks: list[tuple[str, bool]] = []
    code1, out1 = run("ingest", source, "--db", args.db, "--json")
    code2, out2 = run("ingest", source, "--db", args.db, "--json")
    first, second = json.loads(out1), json.loads(out2)
    keys = ("articles", "quotes", "people", "organisations")
    print("after run 1:", {k: first["totals"][k] for k in keys})
    print("after run 2:", {k: second["totals"][k] for k in keys})
    checks.append(("ingest exit codes 0", code1 == code2 == 0))
    checks.append(
        ("counts identical after re-ingest", all(first["totals"][k] == second["totals"][k] for k in keys))
    )
    checks.append(("second run added nothing", second["added"] == 0))
    gold = json.loads((Path(args.devset) / f"{SEED}.json").read_text(encoding="utf-8"))
    want = {q["quote"].strip() for q in gold["gold"]["quotes"] if q["speaker"] == "Jens Stoltenberg"}
    _, out = run("quotes", "--speaker", "Stoltenberg", "--json", "--db", args.db)
    rows = [r for r in json.loads(out) if r["article_id"] == SEED]
    got = {r["text"].strip() for r in rows}
    print(f"Stoltenberg quotes in the seed: {len(rows)} (gold {len(want)}, matching {len(got & want)})")
    checks.append(
        (
            "quotes --speaker Stoltenberg returns seed quotes with offsets",
            bool(rows) and all(isinstance(r["start"], int) and r["end"] > r["start"] for r in rows),
        )
    )
    checks.append(("... the gold ones", len(got & want) >= max(1, len(want) - 1)))
    _, out = run("search", "anggota NATO", "--json", "--db", args.db)
    hits = json.loads(out)
    found = {h["text"].strip() for h in hits if h["type"] == "quote" and h["article_id"] == SEED}
    checks.append(("search 'anggota NATO' finds seed quotes", bool(found & got)))
    _, out = run("search", "anggota", "--in", "quotes", "--json", "--db", args.db)
    checks.append(
        ("stemming: 'anggota' finds 'keanggotaan'", any("keanggotaan" in h["text"] for h in json.loads(out)))
    )
    for name, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

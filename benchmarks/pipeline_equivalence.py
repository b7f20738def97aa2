#!/usr/bin/env python3
"""Pipeline output, saved for before/after comparisons of performance work (not a test).

Runs the whole pipeline (batched, as ``warta extract`` does) on the gold devset articles plus the
first N IndoSum articles of one file (texts built as ``benchmarks/throughput.py`` builds them) and
writes one record per line (``Article.to_dict()``, keys sorted). With ``--compare REF`` it also
reports every record that differs from a reference file, field by field, and exits 1 if any does.

    nice .venv/bin/python benchmarks/pipeline_equivalence.py -o /tmp/ref.jsonl
    nice .venv/bin/python benchmarks/pipeline_equivalence.py -o /tmp/new.jsonl --compare /tmp/ref.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import detok  # noqa: E402

from warta.batch.local import analyze_records, load_analyzer  # noqa: E402
from warta.ingest import RawRecord  # noqa: E402

DEVSET = Path("/work/shared/devset/articles")
INDOSUM = Path("/work/shared/data/indosum/dev.02.jsonl")


def corpus(devset: Path, indosum: Path, n: int) -> list[RawRecord]:
    """Devset articles (with their metadata) and the first ``n`` IndoSum articles of one file."""
    out = []
    for path in sorted(devset.glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        out.append(RawRecord(id=d["id"], text=d["text"], url=d.get("url"), published=d.get("published")))
    with open(indosum, encoding="utf-8") as fh:
        for line in fh:
            if n <= 0:
                break
            art = json.loads(line)
            paras = ["".join(detok(s) + " " for s in para).strip() for para in art["paragraphs"]]
            out.append(RawRecord(id=art["id"], text="\n\n".join(paras), url=art.get("source_url")))
            n -= 1
    return out


def compare(new: list[str], ref_path: Path) -> int:
    """Print differing records and fields; the number of differing records."""
    ref = ref_path.read_text("utf-8").splitlines()
    if len(ref) != len(new):
        print(f"record count differs: {len(new)} vs {len(ref)} in the reference")
    bad = 0
    for a, b in zip(new, ref, strict=False):
        if a == b:
            continue
        bad += 1
        da, db = json.loads(a), json.loads(b)
        fields = sorted(k for k in set(da) | set(db) if da.get(k) != db.get(k))
        print(f"DIFF {da.get('id', db.get('id'))}: {', '.join(fields)}")
    return bad + abs(len(ref) - len(new))


def main() -> None:
    """Run, save, optionally compare."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--compare", type=Path, help="reference JSONL to diff against")
    ap.add_argument("--indosum", type=Path, default=INDOSUM)
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--articles", type=int, default=300, help="IndoSum articles (default 300)")
    a = ap.parse_args()
    records = corpus(a.devset, a.indosum, a.articles)
    analyzer = load_analyzer()
    t = time.process_time()
    lines = [
        json.dumps(r if isinstance(r, dict) else {"error": str(r)}, ensure_ascii=False, sort_keys=True)
        for r in analyze_records(records, analyzer)
    ]
    cpu = time.process_time() - t
    a.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} records in {cpu:.1f} CPU-s ({len(lines) / cpu:.1f} articles/CPU-s) -> {a.output}")
    if a.compare:
        bad = compare(lines, a.compare)
        print("IDENTICAL" if not bad else f"{bad} records differ")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

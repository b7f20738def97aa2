#!/usr/bin/env python3
"""Show gold entity lists and Warta's entities for each article (dev tool, not shipped).

Usage: entity_view.py GOLD_FILE [...]
"""
import json
import pathlib
import subprocess
import sys
import tempfile


def main() -> None:
    arts = [json.loads(pathlib.Path(f).read_text()) for f in sys.argv[1:]]
    tmp = pathlib.Path(tempfile.mkdtemp())
    inp, out = tmp / "in.jsonl", tmp / "out.jsonl"
    lines = (json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n" for a in arts)
    inp.write_text("".join(lines))
    subprocess.run([".venv/bin/warta", "extract", str(inp), "-o", str(out)], check=True, capture_output=True)
    preds = {json.loads(x)["id"]: json.loads(x) for x in out.read_text().splitlines() if x.strip()}
    for a in arts:
        print("=" * 30, a["id"])
        for k in ("persons", "organizations", "locations"):
            print(f"GOLD {k}: {a['gold'].get(k)}")
        for e in preds[a["id"]]["entities"]:
            where = f"{e['label']:6s} {e['start']:5d} {e['text']!r:40s}"
            print(f"  {where} -> {e.get('canonical')!r} role={e.get('role')!r}")


if __name__ == "__main__":
    main()

"""The long fuzz run (not part of `make test`): the robustness properties with many more cases.

Usage: .venv/bin/python benchmarks/fuzz_long.py [--examples 10000]
Runs tests/test_robust_analyze.py and tests/test_robust_readers.py with WARTA_FUZZ_EXAMPLES set,
and prints the number of generated cases per property and the failures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=10_000)
    args = ap.parse_args()
    env = dict(os.environ, WARTA_FUZZ_EXAMPLES=str(args.examples))
    t0 = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
         "tests/test_robust_analyze.py", "tests/test_robust_readers.py"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    secs = time.perf_counter() - t0
    cases = failing = 0
    test = ""
    for line in res.stdout.splitlines():
        if line.startswith("tests/") and line.rstrip().endswith(":"):
            test = line.rstrip(":").split("::")[-1]
        m = re.search(r"(\d+) passing, (\d+) failing", line)
        if m:
            print(f"{test}: {m.group(1)} passing, {m.group(2)} failing")
            cases += int(m.group(1))
            failing += int(m.group(2))
    print(res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr[-2000:])
    print(f"fuzz: {cases} cases passed, {failing} failed, in {secs:.0f} s; pytest exit code {res.returncode}")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())

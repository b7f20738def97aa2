"""Imported by the forkserver of local batch runs: load the pipeline once, before any worker forks.

Workers forked from the server start with the model already in memory (shared copy-on-write), so
starting N workers costs one model load, not N. A failure here is swallowed: each worker then loads
the pipeline itself and reports the error in one line.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

try:
    from warta.pipeline import load

    load()
except Exception:  # noqa: BLE001, S110 - reported by the workers instead
    pass

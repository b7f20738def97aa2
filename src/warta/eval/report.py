"""Flatten evaluation results into named figures, print them as a table, check them against floors.

A figure's name is ``<label> <metric>``, e.g. ``devset/articles direct.attribution_f1`` or
``nerui/test.01.tsv macro_f1``. Floors live in ``quality/floors.json`` in the repository: a
figure below its floor, or a floor whose figure was not measured, fails the gate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def label_for(path: str | Path) -> str:
    """A short, stable label for an evaluated path: its last two components."""
    parts = Path(path).resolve().parts
    return "/".join(parts[-2:])


def flatten(label: str, result: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Numeric leaves of ``result`` as ``{"<label> <dotted.key>": value}``."""
    out: dict[str, float] = {}
    for key, value in result.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(label, value, f"{name}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[f"{label} {name}"] = float(value)
    return out


def check_floors(figures: dict[str, float], floors_path: str | Path) -> list[str]:
    """Failures (one line each) of ``figures`` against the floors file; empty when all hold.

    A floor named ``... content_lines_lost`` or ``... missing`` is a ceiling (the figure must not
    exceed it); every other floor is a minimum.
    """
    floors = json.loads(Path(floors_path).read_text(encoding="utf-8"))
    failures = []
    for name, bound in floors.items():
        if name.startswith("_"):
            continue
        if name not in figures:
            failures.append(f"{name}: not measured (floor {bound})")
            continue
        value = figures[name]
        ceiling = name.endswith(("content_lines_lost", "missing"))
        if (value > bound) if ceiling else (value < bound - 1e-9):
            failures.append(f"{name}: {value:.4f} {'above ceiling' if ceiling else 'below floor'} {bound}")
    return failures


def format_table(figures: dict[str, float], floors: dict[str, float] | None = None) -> str:
    """A readable two- or three-column table of figures (with floors when given)."""
    floors = floors or {}
    width = max((len(n) for n in figures), default=10)
    lines = [f"{'figure':{width}}  {'value':>8}  {'floor':>8}", "-" * (width + 20)]
    for name in sorted(figures):
        value = figures[name]
        shown = f"{value:8.0f}" if value.is_integer() and value > 1 else f"{value:8.3f}"
        floor = f"{floors[name]:8.3f}" if name in floors else ""
        lines.append(f"{name:{width}}  {shown}  {floor:>8}")
    return "\n".join(lines)

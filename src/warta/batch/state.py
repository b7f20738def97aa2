"""Durable run state: input fingerprints and atomic file writes (temp file, fsync, rename).

A file written with :func:`write_atomic` is either absent, or complete: a run killed at any moment
never leaves half a file under the final name.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warta import __version__


def _describe(name: str) -> dict[str, Any]:
    if name == "-":
        return {"path": "-"}
    path = Path(name).resolve()
    if path.is_dir():
        files = [p.stat() for p in sorted(path.rglob("*")) if p.is_file()]
        return {
            "path": str(path),
            "files": len(files),
            "size": sum(s.st_size for s in files),
            "mtime_ns": max((s.st_mtime_ns for s in files), default=0),
        }
    if path.exists():
        st = path.stat()
        return {"path": str(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    return {"path": str(path), "missing": True}


def fingerprint(paths: Iterable[str], **params: Any) -> dict[str, Any]:
    """What identifies a run: the inputs (path, size, mtime), Warta's version and ``params``."""
    return {"inputs": [_describe(p) for p in paths], "warta": __version__, **params}


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temp file in the same directory and a rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    fsync_dir(target.parent)


def write_json(target: Path, obj: Any) -> None:
    """Atomically write ``obj`` as pretty JSON."""
    write_atomic(target, (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def read_json(path: Path) -> Any | None:
    """The JSON in ``path``, or ``None`` if it is missing or unreadable."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None

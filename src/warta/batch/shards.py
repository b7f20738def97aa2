"""A sharded output directory with a manifest: the unit of work and of resume.

Input item ``i`` (records and read errors, in reading order) belongs to shard ``i // shard_records``.
A shard is written whole to a temp file and renamed to ``part-NNNNNN.<fmt>``; only then is it
entered in ``manifest.json`` (itself replaced atomically). A run killed at any moment and started
again with the same output directory redoes only the shards the manifest does not list, so no
record is lost or written twice. The manifest also holds the run's fingerprint (inputs, options,
Warta version): a directory holding another run is refused rather than mixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.batch.state import fingerprint, fsync_dir, read_json, write_atomic, write_json

MANIFEST = "manifest.json"
VERSION = 1


class StateMismatch(ValueError):
    """The output already holds something else than this run."""


def shard_name(k: int, fmt: str) -> str:
    """File name of shard ``k``."""
    return f"part-{k:06d}.{fmt}"


@dataclass
class ShardDir:
    """The output directory of a sharded run and its manifest."""

    root: Path
    fmt: str
    shard_records: int
    fp: dict[str, Any]
    shards: dict[int, dict[str, Any]] = field(default_factory=dict)
    total_shards: int | None = None

    @classmethod
    def open(
        cls, root: Path, paths: list[str], fmt: str, shard_records: int | None, default: int
    ) -> ShardDir:
        """Open (or create) ``root``; resume the run it holds if it is the same run."""
        if root.exists() and not root.is_dir():
            raise StateMismatch(f"{root}: exists and is not a directory")
        root.mkdir(parents=True, exist_ok=True)
        old = read_json(root / MANIFEST)
        if old is None:
            if any(p.name != MANIFEST and not p.name.startswith(".") for p in root.iterdir()):
                raise StateMismatch(f"{root}: directory is not empty and holds no Warta manifest")
            size = shard_records or default
            sdir = cls(root, fmt, size, fingerprint(paths, format=fmt, shard_records=size))
            sdir._save()
            return sdir
        size = shard_records or int(old.get("shard_records") or default)
        fp = fingerprint(paths, format=fmt, shard_records=size)
        if old.get("version") != VERSION or old.get("fingerprint") != fp:
            raise StateMismatch(
                f"{root}: holds the output of another run (inputs, options or Warta version differ); "
                "use a new directory or delete this one"
            )
        sdir = cls(root, fmt, size, fp, {int(k): v for k, v in old.get("shards", {}).items()})
        sdir.total_shards = old.get("total_shards")
        for stale in root.glob(".*.tmp"):  # temp files of a killed run
            stale.unlink(missing_ok=True)
        return sdir

    @property
    def done(self) -> set[int]:
        """Shards already written."""
        return set(self.shards)

    @property
    def complete(self) -> bool:
        """Every shard of the input is written."""
        return self.total_shards is not None and len(self.shards) >= self.total_shards

    def totals(self) -> tuple[int, int]:
        """(records written, items failed) over the shards done."""
        return (
            sum(s["records"] for s in self.shards.values()),
            sum(s["failed"] for s in self.shards.values()),
        )

    def commit(self, k: int, data: bytes, records: int, failed: int) -> None:
        """Write shard ``k`` (its encoded bytes) and enter it in the manifest."""
        name = shard_name(k, self.fmt)
        write_atomic(self.root / name, data)
        self.shards[k] = {"file": name, "records": records, "failed": failed}
        self._save()

    def finish(self, total_shards: int) -> None:
        """Record that the input has ``total_shards`` shards."""
        self.total_shards = total_shards
        self._save()

    def files(self) -> list[Path]:
        """Shard files in input order."""
        return [self.root / self.shards[k]["file"] for k in sorted(self.shards)]

    def _save(self) -> None:
        write_json(
            self.root / MANIFEST,
            {
                "version": VERSION,
                "format": self.fmt,
                "shard_records": self.shard_records,
                "fingerprint": self.fp,
                "total_shards": self.total_shards,
                "complete": self.complete,
                "shards": {str(k): self.shards[k] for k in sorted(self.shards)},
            },
        )
        fsync_dir(self.root)


class ShardCounter:
    """Tags items with their shard and counts them (the total is known when the input ends)."""

    def __init__(self, shard_records: int) -> None:
        self.size = shard_records
        self.items = 0

    @property
    def total_shards(self) -> int:
        """Shards in the input read so far."""
        return -(-self.items // self.size)

    def groups(self, items: Iterable[Any], skip: set[int]) -> Iterator[tuple[int, list[Any]]]:
        """``(shard, items)`` for every shard not in ``skip`` (skipped shards are read, not kept)."""
        current: list[Any] = []
        k = 0
        for item in items:
            k = self.items // self.size
            self.items += 1
            if k in skip:
                continue
            current.append(item)
            if self.items % self.size == 0:
                yield k, current
                current = []
        if current:
            yield k, current

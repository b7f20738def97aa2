"""Progress reporting: quiet off a terminal, error lines always; totals counted cheaply for the ETA."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warta.batch.progress import Progress, count_items


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal() -> None:
    err = io.StringIO()
    progress = Progress(None, err)
    progress.advance(5)
    progress.error("warta extract: error: a.jsonl:3: malformed JSON")
    progress.close()
    assert err.getvalue() == "warta extract: error: a.jsonl:3: malformed JSON\n"


def test_bar_on_a_terminal_shows_count_and_rate() -> None:
    err = _Tty()
    progress = Progress(None, err)
    progress.advance(7)
    progress.error("warta extract: error: x")
    progress.close()
    out = err.getvalue()
    assert "7" in out and "articles" in out and "warta extract: error: x" in out


def test_count_items_per_format(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": f"t{i}"}) for i in range(4)) + "\n\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "x"}) + "\n" + json.dumps({"text": "y"}) + "\n")
    (tmp_path / "c.txt").write_text("Satu artikel.")
    (tmp_path / "d.csv").write_text("id,text\n1,satu\n2,dua\n3,tiga\n")
    (tmp_path / "notes.md").write_text("ignored")
    assert count_items([str(tmp_path)]) == 4 + 2 + 1 + 3
    assert count_items(["-"]) is None
    assert count_items([str(tmp_path / "notes.md")]) is None

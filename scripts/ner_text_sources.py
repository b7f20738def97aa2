#!/usr/bin/env python3
"""Permissively licensed Indonesian running text that ships inside PyPI and Debian packages.

A training-time tool (more text for the NER's static vectors and for `spacy pretrain`), never
needed at run time. Each source is one function that yields raw sentences or paragraphs, read
either from the installed package or from the package file (wheel or .deb) in ``--pkg-dir``;
a source that is neither fails with a message naming the command that fetches it.

Sources (licence as the package states it; see SOURCES for the exact versions tested):

* ``nlp_id_news``   -- nlp-id (kumparan.com, MIT): ``nlp_id/data/dataset_postag.txt``, the
  POS-tagged kumparan news sentences of its tagger, tags dropped, split clitics re-attached and
  the synthetic (augmented) half of the file left out (see ``augmented``).
* ``debian_handbook`` -- debian-handbook (Debian Administrator's Handbook, GPL-2+ or
  CC BY-SA 3.0): the Indonesian (id-ID) HTML translation; untranslated English paragraphs dropped.
* ``gnome_help``    -- gnome-user-docs (GNOME desktop help, CC BY-SA 3.0): Indonesian pages.
* ``gnome_app_help`` -- the Indonesian manuals of eleven GNOME applications (evince, seahorse,
  gnome-terminal, ...; each page states CC BY-SA 3.0, gnome-terminal's also GPL-3+).

Checked and left out: kicad-doc-id (GPL-3+ or CC BY 3.0+; ~3k tokens, mostly untranslated),
chatterbot-corpus (BSD-3; ~2k tokens of chat lines), spacy.lang.id.examples (MIT; 7 sentences),
debian-reference-id (GPL-2+ only), libreoffice-help-id (MPL-2.0), manpages-id (GPL-3+), aksara
(AGPL-3.0), the gedit manual (its pages state no licence).

    .venv/bin/python scripts/ner_text_sources.py --download --pkg-dir build/text_sources/pkgs
    nice .venv/bin/python scripts/ner_text_sources.py --pkg-dir build/text_sources/pkgs \
        --out build/text_sources/text.jsonl
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

DEFAULT_PKG_DIR = Path("build/text_sources/pkgs")
MIN_WORDS = 3  # records with fewer words (``B .``, lone punctuation) are dropped


class SourceMissing(RuntimeError):
    """A source's package is neither installed nor downloaded."""


@dataclass(frozen=True)
class Source:
    """One text source: where it comes from, under which licence, and its reader."""

    name: str
    kind: str  # "pypi" or "deb"
    packages: tuple[tuple[str, str], ...]  # (package, the version this script was tested with)
    licence: str
    reader: Callable[[Path], Iterator[str]]


# ---------------------------------------------------------------- package access


def _missing(kind: str, package: str, version: str, pkg_dir: Path) -> SourceMissing:
    fetch = (f"pip download --no-deps -d {pkg_dir} {package}=={version}" if kind == "pypi"
             else f"cd {pkg_dir} && apt-get download {package}")
    return SourceMissing(f"{package} is neither installed nor in {pkg_dir}; fetch it with "
                         f"`{fetch}` (or run the script with --download --pkg-dir {pkg_dir})")


def pypi_files(pkg_dir: Path, package: str, version: str, module: str, pattern: str
               ) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the files of ``module`` matching ``pattern`` (relative to the module),
    from the installed module if importable, else from ``package``'s wheel in ``pkg_dir``."""
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and fnmatch.fnmatch(rel, pattern):
                yield rel, path.read_bytes()
        return
    wheels = sorted(pkg_dir.glob(f"{package.replace('-', '_')}-*.whl"))
    if not wheels:
        raise _missing("pypi", package, version, pkg_dir)
    with zipfile.ZipFile(wheels[-1]) as zf:
        for name in sorted(zf.namelist()):
            rel = name[len(module) + 1:] if name.startswith(module + "/") else None
            if rel and fnmatch.fnmatch(rel, pattern):
                yield rel, zf.read(name)


def _ar_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    """Members of a Unix ``ar`` archive (the outer format of a .deb)."""
    if not data.startswith(b"!<arch>\n"):
        raise ValueError("not an ar archive")
    pos = 8
    while pos + 60 <= len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        yield name, data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size % 2)


def deb_files(pkg_dir: Path, package: str, version: str, pattern: str) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the files matching ``pattern`` (an absolute path glob), from the installed
    Debian package if its files are on this system, else from ``package``'s .deb in ``pkg_dir``
    (read directly: no dpkg needed)."""
    fixed = Path(pattern.split("*")[0].rsplit("/", 1)[0])
    if fixed.is_dir():
        paths = sorted(p for p in fixed.rglob("*") if p.is_file() and fnmatch.fnmatch(str(p), pattern))
        if paths:
            for path in paths:
                yield str(path), path.read_bytes()
            return
    debs = sorted(pkg_dir.glob(f"{package}_*.deb"))
    if not debs:
        raise _missing("deb", package, version, pkg_dir)
    for name, member in _ar_members(debs[-1].read_bytes()):
        if not name.startswith("data.tar"):
            continue
        with tarfile.open(fileobj=io.BytesIO(member), mode="r:*") as tf:
            for info in sorted(tf.getmembers(), key=lambda i: i.name):
                path = "/" + info.name.lstrip("./")
                if info.isfile() and fnmatch.fnmatch(path, pattern):
                    fh = tf.extractfile(info)
                    if fh is not None:
                        yield path, fh.read()


# ---------------------------------------------------------------- text helpers

_WORD = re.compile(r"[^\W\d_]+")


def _stop_sets() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID
    return frozenset(ID - EN), frozenset(EN - ID)


_STOPS: tuple[frozenset[str], frozenset[str]] | None = None


def is_indonesian(text: str, min_words: int = 5) -> bool:
    """True when ``text`` has at least ``min_words`` words and more Indonesian than English
    function words (spaCy's stop-word lists, minus the words they share)."""
    global _STOPS
    if _STOPS is None:
        _STOPS = _stop_sets()
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < min_words:
        return False
    id_hits = sum(w in _STOPS[0] for w in words)
    en_hits = sum(w in _STOPS[1] for w in words)
    return id_hits >= 2 and id_hits > 2 * en_hits


def _norm(text: str) -> str:
    return " ".join(text.split())


class _BlockText(HTMLParser):
    """Text of an HTML page split into blocks at block-level tags; ``pre``/``script``/``style`` skipped."""

    BLOCK = {"p", "div", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "title", "caption", "blockquote", "tr", "table", "ul", "ol", "dl", "br", "pre"}
    SKIP = {"pre", "script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = _norm("".join(self._buf))
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self._flush()
        if tag in self.SKIP:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)


def html_blocks(html: str) -> list[str]:
    """Text blocks (paragraphs, list items, headings) of an HTML page."""
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks


# ---------------------------------------------------------------- sources

CLITICS = {"nya", "lah", "kah", "mu", "ku"}


def nlp_id_sentences(pkg_dir: Path) -> list[list[str]]:
    """Word lists of the sentences of nlp-id's POS-tagger data, in file order, tags dropped. The
    data splits the clitics -nya/-lah/-kah/-mu/-ku off their word; they are glued back (``ada nya``
    -> ``adanya``) so that the words look as spaCy's tokenizer sees them in running text."""
    sents: list[list[str]] = []
    for _, data in pypi_files(pkg_dir, "nlp-id", "0.1.23.0", "nlp_id", "data/dataset_postag.txt"):
        words: list[str] = []
        for line in data.decode("utf-8").splitlines() + [""]:
            token = line.split("\t")[0].strip()
            if token:
                if token.lower() in CLITICS and words and words[-1][-1:].isalpha():
                    words[-1] += token
                else:
                    words.append(token)
            elif words:
                sents.append(words)
                words = []
    return sents


def _derived(word: str, other: str) -> bool:
    """``word`` looks made from ``other`` by the data's augmentation (``memiliki`` -> ``miliki``,
    ``dihargai`` -> ``hargai``, ``membuat`` -> ``buati``): root + ``i`` replacing an affixed form."""
    return (word.endswith("i") and 3 <= len(word) < len(other)
            and word[:-1].lower() in other.lower())


def augmented(sents: list[list[str]], window: int = 25, max_share: float = 0.3) -> set[int]:
    """Indices of the synthetic sentences of nlp-id's POS data. More than half of it are copies of
    real sentences with one affixed verb replaced by a made-up ``root + i`` form (``Seporsi mi
    ... ini hargai Rp 30 ribu``), in blocks of the file. A sentence is synthetic when it is such a
    one-word variant of another sentence (``_derived``), or when more than ``max_share`` of the
    sentences within ``window`` lines of it are (the variants whose root changed its first letter,
    ``mengatakan`` -> ``katai``, escape the word test but sit in the same blocks)."""
    by_gap: dict[tuple[int, int], list[int]] = {}  # (position, hash of the other words) -> sentences
    for idx, words in enumerate(sents):
        for i in range(len(words)):
            by_gap.setdefault((i, hash((len(words), tuple(words[:i]), tuple(words[i + 1:])))), []).append(idx)
    flagged: set[int] = set()
    for (i, _), ids in by_gap.items():
        if len(ids) > 1 and len({len(sents[j]) for j in ids}) == 1:
            flagged.update(b for a in ids for b in ids if _derived(sents[b][i], sents[a][i]))
    prefix = [0]
    for idx in range(len(sents)):
        prefix.append(prefix[-1] + (idx in flagged))
    out = set(flagged)
    for idx in range(len(sents)):
        lo, hi = max(0, idx - window), min(len(sents), idx + window + 1)
        if prefix[hi] - prefix[lo] > max_share * (hi - lo):
            out.add(idx)
    return out


def nlp_id_news(pkg_dir: Path) -> Iterator[str]:
    """The real (not augmented, see ``augmented``) kumparan news sentences of nlp-id's POS data."""
    sents = nlp_id_sentences(pkg_dir)
    synthetic = augmented(sents)
    yield from (" ".join(w) for idx, w in enumerate(sents) if idx not in synthetic)


def debian_handbook(pkg_dir: Path) -> Iterator[str]:
    """Indonesian paragraphs of the Debian Administrator's Handbook (id-ID HTML)."""
    pattern = "/usr/share/doc/debian-handbook/html/id-ID/*.html"
    for _, data in deb_files(pkg_dir, "debian-handbook", "11.20220922", pattern):
        yield from (b for b in html_blocks(data.decode("utf-8")) if is_indonesian(b))


GNOME_DESKTOP_HELP = (("gnome-user-docs", "43.0-2", "gnome-help"),)
# Application manuals whose Indonesian pages state CC BY-SA 3.0 (legal.xml or <license>); gedit's
# pages state no licence and are left out.
GNOME_APP_HELP = (
    ("evince-common", "43.1-2+deb12u1", "evince"), ("seahorse", "43.0-1", "seahorse"),
    ("gnome-terminal-data", "3.46.8-1", "gnome-terminal"), ("eog", "43.2-1+deb12u1", "eog"),
    ("gnome-system-monitor", "42.0-2", "gnome-system-monitor"),
    ("gnome-calculator", "1:43.0.1-2", "gnome-calculator"), ("totem-common", "43.0-2", "totem"),
    ("file-roller", "43.0-1", "file-roller"), ("simple-scan", "42.5-2", "simple-scan"),
    ("baobab", "43.0-1", "baobab"), ("gnome-logs", "43.0-1", "gnome-logs"),
)


def mallard_blocks(data: bytes) -> Iterator[str]:
    """Titles, descriptions and paragraphs of a Mallard help page; credits, licence and revisions
    skipped, and blocks with fewer than 3 words or more English than Indonesian function words
    dropped."""
    keep = {"p", "title", "desc", "subtitle"}
    skip = {"credit", "license", "revision"}
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return
    todo = [root]
    while todo:
        el = todo.pop(0)
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in keep:
            text = _norm("".join(el.itertext()))
            if is_indonesian(text, min_words=3):
                yield text
        elif tag not in skip:
            todo[:0] = list(el)


def _gnome(pkg_dir: Path, manuals: tuple[tuple[str, str, str], ...]) -> Iterator[str]:
    for package, version, doc in manuals:
        for _, data in deb_files(pkg_dir, package, version, f"/usr/share/help/id/{doc}/*.page"):
            yield from mallard_blocks(data)


def gnome_help(pkg_dir: Path) -> Iterator[str]:
    """Indonesian GNOME desktop help (gnome-user-docs)."""
    yield from _gnome(pkg_dir, GNOME_DESKTOP_HELP)


def gnome_app_help(pkg_dir: Path) -> Iterator[str]:
    """Indonesian manuals of GNOME applications (GNOME_APP_HELP)."""
    yield from _gnome(pkg_dir, GNOME_APP_HELP)


SOURCES = [
    Source("nlp_id_news", "pypi", (("nlp-id", "0.1.23.0"),), "MIT (Copyright (c) 2025 kumparan.com)",
           nlp_id_news),
    Source("debian_handbook", "deb", (("debian-handbook", "11.20220922"),), "GPL-2.0+ or CC-BY-SA-3.0",
           debian_handbook),
    Source("gnome_help", "deb", tuple(m[:2] for m in GNOME_DESKTOP_HELP), "CC-BY-SA-3.0", gnome_help),
    Source("gnome_app_help", "deb", tuple(m[:2] for m in GNOME_APP_HELP), "CC-BY-SA-3.0 (GPL-3+ alternative "
           "for gnome-terminal)", gnome_app_help),
]


# ---------------------------------------------------------------- command line


def download(pkg_dir: Path, sources: list[Source]) -> None:
    """Fetch the package files of ``sources`` into ``pkg_dir`` with pip and apt-get."""
    pkg_dir.mkdir(parents=True, exist_ok=True)
    for src in sources:
        for package, version in src.packages:
            if src.kind == "pypi":
                cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(pkg_dir),
                       f"{package}=={version}"]
                subprocess.run(cmd, check=True)
            elif subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=pkg_dir).returncode:
                print(f"{package} {version} not available; taking the current version", file=sys.stderr)
                subprocess.run(["apt-get", "download", package], cwd=pkg_dir, check=True)


def count_tokens(texts: list[str]) -> int:
    """Tokens of ``texts`` under spaCy's blank Indonesian tokenizer (spaces excluded)."""
    import spacy
    nlp = spacy.blank("id")
    return sum(sum(not t.is_space for t in doc) for doc in nlp.tokenizer.pipe(texts, batch_size=2000))


def main() -> None:
    """Download the packages, or write every source's text as JSONL and print counts per source."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pkg-dir", type=Path, default=DEFAULT_PKG_DIR)
    ap.add_argument("--out", type=Path, help="JSONL file of {\"text\": ...} records")
    ap.add_argument("--sources", default=",".join(s.name for s in SOURCES),
                    help="comma-separated source names (default: all)")
    ap.add_argument("--download", action="store_true", help="fetch the package files into --pkg-dir")
    a = ap.parse_args()
    by_name = {s.name: s for s in SOURCES}
    unknown = [n for n in a.sources.split(",") if n not in by_name]
    if unknown:
        ap.error(f"unknown sources {unknown}; known: {sorted(by_name)}")
    chosen = [by_name[n] for n in a.sources.split(",")]
    if a.download:
        download(a.pkg_dir, chosen)
    if not a.out:
        return
    a.out.parent.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    stats = []
    try:
        with open(a.out, "w", encoding="utf-8") as fh:
            for src in chosen:
                texts = []
                for text in src.reader(a.pkg_dir):
                    text = _norm(text)
                    if len(_WORD.findall(text)) >= MIN_WORDS and text not in seen:
                        seen.add(text)
                        texts.append(text)
                        fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                stats.append({"source": src.name, "packages": [f"{p} {v}" for p, v in src.packages],
                              "licence": src.licence, "records": len(texts), "tokens": count_tokens(texts)})
    except SourceMissing as exc:
        sys.exit(f"error: {exc}")
    Path(str(a.out) + ".sources.json").write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
    for s in stats:
        print(f"{s['source']:16} {s['records']:8d} records {s['tokens']:9d} tokens  "
              f"{', '.join(s['packages'][:2])}{' ...' if len(s['packages']) > 2 else ''} ({s['licence']})")
    print(f"{'total':16} {sum(s['records'] for s in stats):8d} records "
          f"{sum(s['tokens'] for s in stats):9d} tokens -> {a.out}")


if __name__ == "__main__":
    main()

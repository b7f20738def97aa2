"""Language data: lexicons kept as text/TSV files under ``lang/<code>/``.

``lexicon("id", "cue_verbs")`` reads ``lang/id/cue_verbs.txt``: one entry per line, ``#`` starts
a comment, blank lines are skipped. ``table("id", "nicknames")`` reads a ``.tsv`` file into rows.
Another language is another folder with the same file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

SUPPORTED = ("id",)


def _path(lang: str, name: str):
    if lang not in SUPPORTED:
        raise ValueError(f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return resources.files("warta.lang").joinpath(lang, name)


def _lines(lang: str, name: str) -> list[str]:
    text = _path(lang, name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        line = line.rstrip("\n")
        if line.strip():
            out.append(line)
    return out


@cache
def lexicon(lang: str, name: str) -> tuple[str, ...]:
    """The entries of ``lang/<lang>/<name>.txt``, stripped, comments and blanks skipped."""
    return tuple(line.strip() for line in _lines(lang, f"{name}.txt"))


@cache
def table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``lang/<lang>/<name>.tsv`` split on tabs, comments and blanks skipped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(lang, f"{name}.tsv"))


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of lexicon ``phrases``, longest first (so that ``akrab disapa`` wins over
    ``disapa``), each escaped, inner spaces matching any whitespace."""
    uniq = sorted(set(phrases), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in uniq)


@cache
def degree_pattern(lang: str = "id") -> re.Pattern[str]:
    """Academic degrees written after a name (``SpOG(K)``, ``S.H.``, ``M.Si``, ``PhD``): a degree
    prefix from ``degree_prefixes.txt`` glued to (or dotted before) a capitalised part, with an
    optional bracketed grade, or a whole word from ``degree_words.txt``; one or more, separated by
    spaces or commas."""
    pre = lexicon(lang, "degree_prefixes")
    glued = "|".join(re.escape(p) for p in pre if len(p) > 1)  # "SpOG"; one letter needs its dot:
    dotted = "|".join(re.escape(p) for p in pre if len(p) == 1)  # "S.H." (not "SMA", "M. Yusuf")
    words = "|".join(re.escape(w) for w in lexicon(lang, "degree_words"))
    tail = r"[A-Z][A-Za-z.]*(?:-[A-Z]+)?(?:\s?\([A-Z]+\))?\.?"  # also "SpPD-KHOM", "Sp. Rad (K)"
    one = rf"(?:(?:{glued})(?:\.\s?)?{tail}|(?:{dotted})\.{tail}|(?:{words})\.?)"
    return re.compile(rf"(?:{one}[\s,]*)+")


def glued_common(word: str, common: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is a common word with the clitic ``-nya`` (``Rencananya``, ``Sebelumnya``):
    its stem of three letters or more, lower-cased, is in ``common``."""
    stem = word[:-3].lower() if word.endswith("nya") else ""
    return len(stem) >= 3 and stem in common

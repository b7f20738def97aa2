"""Unicode and whitespace normalisation of raw article text, line by line.

Only what is needed is changed: Unicode NFC, line breaks (``\\r\\n``, ``\\r`` and Unicode line
separators become ``\\n``), tabs, non-breaking and other exotic spaces become a plain space each,
zero-width characters are dropped and each line loses its indentation and trailing spaces. Runs of
spaces inside a line are kept in the output (the rules look at a copy where they are collapsed).
Curly quotes, dashes and every other character are kept.
"""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")
_BLANKS = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_RUNS = re.compile(r" {2,}")


_ODD_NEWLINES = ("\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")
_ODD_ZERO = ("\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f") + tuple(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)  # zero-width characters and invisible direction marks (LRM/RLM, embeddings, isolates)
_ODD_SPACES = ("\t", "\u00a0", "\u1680", "\u202f", "\u205f", "\u3000") + tuple(
    chr(c) for c in range(0x2000, 0x200B)
)


def normalize_lines(raw: str) -> list[str]:
    """Split ``raw`` into normalised lines (NFC, plain spaces, no outer whitespace)."""
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    # Substring tests are much cheaper than a regex scan; most texts need no substitution.
    if any(c in text for c in _ODD_NEWLINES):
        text = _NEWLINES.sub("\n", text)
    if any(c in text for c in _ODD_ZERO):
        text = _ZERO_WIDTH.sub("", text)
    if any(c in text for c in _ODD_SPACES):
        text = _BLANKS.sub(" ", text)
    return [line.strip(" ") for line in text.split("\n")]


def analysis_form(line: str) -> str:
    """The line with runs of spaces collapsed, as the rules see it."""
    return _RUNS.sub(" ", line) if "  " in line else line


def join_lines(lines: list[str], trailing_newline: bool) -> str:
    """Join kept lines: runs of blank lines become one blank line, outer blank lines go."""
    out: list[str] = []
    blank = False
    for line in lines:
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    text = "\n".join(out)
    return text + "\n" if trailing_newline and text else text

"""The boilerplate pattern files of ``lang/<lang>/``, compiled once per process.

* ``boilerplate_patterns.tsv``: family, mode (line/start/search), max words, regex; ``define``
  rows are macros (``{NAME}``) for later rows.
* ``boilerplate_headers.tsv``: list headers (regex, max items, item shape).
* ``boilerplate_labels.txt``: byline labels; ``boilerplate_reactions.txt``: reaction buttons;
  ``boilerplate_inline.txt``: in-line markers; ``boilerplate_name_particles.txt``: name particles.

Each mode's patterns are also joined into one alternation so that a line that matches nothing
(the common case) costs one regex call per mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta import config
from warta.lang import lexicon, table

_FLAGS = re.IGNORECASE
MODES = ("line", "start", "search")


@dataclass(frozen=True)
class LinePattern:
    """One furniture pattern: its family, how it must match and for which line lengths."""

    family: str
    mode: str
    max_words: int  # 0 = no limit
    needles: tuple[str, ...]  # lower-case pre-filter: one must occur in the lower-cased line
    # (a needle written "$x" must end it, trailing dots and spaces aside)
    regex: re.Pattern[str]

    def hits(self, line: str, n_words: int, lower: str | None = None) -> bool:
        """Whether this pattern marks ``line`` (which has ``n_words`` words) as furniture."""
        if self.max_words and n_words > self.max_words:
            return False
        if self.needles:
            lower = line.lower() if lower is None else lower
            for n in self.needles:
                if (lower.rstrip(". ").endswith(n[1:]) if n[0] == "$" else n in lower):
                    break
            else:
                return False
        if self.mode == "line":
            return self.regex.fullmatch(line) is not None
        if self.mode == "start":
            return self.regex.match(line) is not None
        return self.regex.search(line) is not None


@dataclass(frozen=True)
class Patterns:
    """All compiled boilerplate resources of one language."""

    by_mode: dict[str, tuple[LinePattern, ...]]
    # mode -> ((word limit, one alternation of the patterns that apply up to that limit), ...)
    combined: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]
    headers: tuple[tuple[re.Pattern[str], int, bool], ...]  # regex, max items, headline items only
    any_header: re.Pattern[str]
    needles: re.Pattern[str] | None
    label: re.Pattern[str]
    reaction: re.Pattern[str]
    inline: re.Pattern[str] | None
    inline_one: re.Pattern[str] | None
    particles: frozenset[str]
    outlet: re.Pattern[str] | None  # the OUTLETS macro: outlet names as they sign bylines
    photo_date: re.Pattern[str] | None  # the PHOTODATE macro: how captions date a picture


def _expand(regex: str, macros: dict[str, str]) -> str:
    for name, body in macros.items():
        regex = regex.replace("{" + name + "}", body)
    return regex


def _compile(regex: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(regex, _FLAGS)
    except re.error as exc:  # a broken data file is a programming error: say where
        raise ValueError(f"bad boilerplate regex in {where}: {exc}: {regex!r}") from exc


_THRESHOLDS = (10, 20, 40, 80, 0)  # coarse line-length classes (words), 0 = longer


def _buckets(pats: list[LinePattern], mode: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Per line-length class, one alternation of the patterns that may apply to such lines.

    The alternation is only a pre-filter (each pattern's own limit is checked after a hit), so a
    class may include patterns that are too short for some of its lines.
    """
    out = []
    prev = 0
    for limit in _THRESHOLDS:
        ok = [p for p in pats if not p.max_words or p.max_words > prev]
        if ok:
            body = "|".join(f"(?:{p.regex.pattern})" for p in ok)
            out.append((limit, _compile(body, f"{mode} patterns")))
        prev = limit
    return tuple(out)


def _bucket(buckets: tuple[tuple[int, re.Pattern[str]], ...], n_words: int) -> re.Pattern[str] | None:
    for limit, regex in buckets:
        if not limit or n_words <= limit:
            return regex
    return None


@cache
def load(lang: str = "id") -> Patterns:
    """Read and compile the boilerplate files of ``lang`` (cached)."""
    default_max = int(config.get("clean", "max_boilerplate_words"))
    macros: dict[str, str] = {}
    by_mode: dict[str, list[LinePattern]] = {m: [] for m in MODES}
    for row in table(lang, "boilerplate_patterns"):  # family, mode, max_words, needles, regex
        if len(row) != 5:
            raise ValueError(f"boilerplate_patterns.tsv: expected 5 columns, got {row!r}")
        family, mode, max_words, needles, regex = row
        regex = _expand(regex, macros)
        if family == "define":
            macros[mode] = regex
            continue
        if mode not in by_mode:
            raise ValueError(f"boilerplate_patterns.tsv: unknown mode {mode!r}")
        limit = default_max if max_words == "-" else int(max_words)
        keys = () if needles == "-" else tuple(n.strip().lower() for n in needles.split(",") if n.strip())
        if mode == "search" and not keys:
            raise ValueError(f"boilerplate_patterns.tsv: search rows need needles: {regex!r}")
        by_mode[mode].append(LinePattern(family, mode, limit, keys, _compile(regex, "boilerplate_patterns")))
    combined = {mode: _buckets(by_mode[mode], mode) for mode in ("line", "start")}
    headers = []
    for regex, max_items, shape in table(lang, "boilerplate_headers"):
        if shape not in ("short", "headline"):
            raise ValueError(f"boilerplate_headers.tsv: unknown item shape {shape!r}")
        pattern = _compile(rf"(?:{regex})\s?[:：>»›→]?", "boilerplate_headers")
        headers.append((pattern, 0 if max_items == "-" else int(max_items), shape == "headline"))
    any_header = _compile("|".join(f"(?:{h.pattern})" for h, _, _ in headers), "boilerplate_headers")
    keys = sorted({k.lstrip("$") for p in by_mode["search"] for k in p.needles}, key=len, reverse=True)
    needles = re.compile("|".join(re.escape(k) for k in keys)) if keys else None
    # "Red:" in the file: a label only when a colon follows ("Red Bull Racing" is not a byline).
    labels = "|".join(
        rf"(?:{x[:-1]})(?=\s?[:：])" if x.endswith(":") else f"(?:{x})"
        for x in lexicon(lang, "boilerplate_labels")
    )
    label = _compile(
        rf"(?:{labels})(?:\s?(?:&|dan|/|,)\s?(?:{labels}))*(?=\s|[:：]|$)\s?[:：]?\s?(?P<value>.*)",
        "boilerplate_labels",
    )
    reactions = "|".join(re.escape(x) for x in lexicon(lang, "boilerplate_reactions"))
    reaction = _compile(rf"(?:\d{{1,6}}%?\s?)?(?:{reactions})(?:\s?\d{{1,6}}%?)?", "boilerplate_reactions")
    markers = lexicon(lang, "boilerplate_inline")
    inline = inline_one = None
    if markers:
        alt = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
        # A run of markers between two sentences: ". ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Budi"
        # (or opening the line: "Baca_Juga Sejauh ini, …", a link label glued to the next paragraph)
        inline = re.compile(rf"(?:(?<=[.!?\"”’)]) {{1,3}}|^)(?:{alt})(?: {{1,3}}(?:{alt}))*"
                            rf"(?= {{1,3}}[\"“‘A-Z0-9]| {{0,3}}$)")
        inline_one = re.compile(alt)
    particles = frozenset(x.lower() for x in lexicon(lang, "boilerplate_name_particles"))
    return Patterns(
        by_mode={m: tuple(p) for m, p in by_mode.items()},
        combined=combined,
        headers=tuple(headers),
        any_header=any_header,
        needles=needles,
        label=label,
        reaction=reaction,
        inline=inline,
        inline_one=inline_one,
        particles=particles,
        outlet=_compile(macros["OUTLETS"], "OUTLETS macro") if "OUTLETS" in macros else None,
        photo_date=_compile(macros["PHOTODATE"], "PHOTODATE macro") if "PHOTODATE" in macros else None,
    )


def family_of(line: str, n_words: int, pats: Patterns) -> str | None:
    """The family of the first pattern that marks ``line`` as furniture, or ``None``."""
    for mode in ("line", "start"):
        big = _bucket(pats.combined[mode], n_words)
        if big is None:
            continue
        hit = big.fullmatch(line) if mode == "line" else big.match(line)
        if hit is None:
            continue
        for p in pats.by_mode[mode]:
            if p.hits(line, n_words):
                return p.family
    lower = line.lower()
    if pats.needles is None or pats.needles.search(lower) is None:
        return None
    for p in pats.by_mode["search"]:
        if p.hits(line, n_words, lower):
            return p.family
    return None

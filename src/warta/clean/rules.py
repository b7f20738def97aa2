"""The cleaning rules: pattern pass, then structural passes over the lines of one article.

Each pass marks lines as furniture in ``Doc.why`` (line index -> family) and never unmarks one.
Structural passes look at position (header zone, the title), repetition (repeated leads and
captions), list headers and bullets, label/name adjacency and line shape; they never look at the
wording of a particular article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warta import config
from warta.clean import lines as L
from warta.clean.patterns import Patterns, family_of


@dataclass
class Doc:
    """The normalised lines of one article and what has been marked so far."""

    lines: list[str]
    why: dict[int, str] = field(default_factory=dict)
    _next: list[int] = field(default_factory=list, repr=False)
    _prev: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # Neighbouring non-blank lines, precomputed so that every pass stays linear.
        n = len(self.lines)
        self._next, self._prev = [-1] * n, [-1] * n
        last = -1
        for i in range(n):
            self._prev[i] = last
            if self.lines[i]:
                last = i
        last = -1
        for i in range(n - 1, -1, -1):
            self._next[i] = last
            if self.lines[i]:
                last = i

    def content(self) -> list[int]:
        """Indices of non-blank lines not (yet) marked as furniture."""
        return [i for i, x in enumerate(self.lines) if x and i not in self.why]

    def nonblank_after(self, i: int) -> int | None:
        """The next non-blank line after line ``i``."""
        j = self._next[i]
        return None if j < 0 else j

    def nonblank_before(self, i: int) -> int | None:
        """The previous non-blank line before line ``i``."""
        j = self._prev[i]
        return None if j < 0 else j


def _cfg(key: str) -> int:
    return int(config.get("clean", key))


def title_index(doc: Doc) -> int | None:
    """The presumed headline: the first content line of two words or more (a one-word kicker
    such as "Nasional" is skipped), if it is shaped like a headline; ``None`` when the text opens
    with prose."""
    for i in doc.content():
        line = doc.lines[i]
        if L.word_count(line) < 2:
            continue
        if L.is_headline_like(line, _cfg("max_item_words")) and not line.endswith("."):
            return i
        return None
    return None


def pattern_pass(doc: Doc, pats: Patterns) -> None:
    """Lines matched by a furniture pattern, a byline label, or carrying no letters at all."""
    max_chars = _cfg("max_line_chars")
    max_value = _cfg("max_label_value_words")
    for i, line in enumerate(doc.lines):
        if not line:
            continue
        if not L.has_letters(line):
            doc.why[i] = "symbols"
            continue
        if len(line) > max_chars:
            continue
        core = L.strip_bullet(line) or line
        n = L.word_count(core)
        fam = family_of(core, n, pats)
        if fam is None and core is not line:
            fam = family_of(line, L.word_count(line), pats)
        if fam == "related" and _merged_paragraph(core, n):
            fam = None  # a scraper glued the link to the paragraph after it: keep the content
        if fam is not None:
            doc.why[i] = fam
        elif _is_label_line(core, pats, max_value):
            doc.why[i] = "label"


def _merged_paragraph(line: str, n_words: int) -> bool:
    """A related-article link line that ends as a sentence and is longer than a headline: the
    scraper joined the link with the paragraph after it (headlines carry no final full stop)."""
    return n_words > _cfg("max_related_headline_words") and line.rstrip()[-1:] in ".!?"


def _is_label_line(line: str, pats: Patterns, max_value: int) -> bool:
    m = pats.label.match(line)
    if m is None:
        return False
    value = m.group("value").strip()
    if "|" in value:  # "Penulis Anju Christian | Editor Aloysius Gonsaga"
        value, *rest = (x.strip() for x in value.split("|"))
        if not all(_is_label_line(x, pats, max_value) for x in rest if x):
            return False
    has_colon = ":" in line[: m.start("value") + 1] or "：" in line[: m.start("value") + 1]
    if not value:
        return True
    if L.word_count(value) > max_value or L.sentence_breaks(value) or value[-1] in ".!?\"”":
        return False
    if has_colon:
        return True
    return L.is_name_like(value, _cfg("max_name_words"), pats.particles)


def label_names_pass(doc: Doc, pats: Patterns) -> None:
    """A bare label (``Penulis``, ``Editor:``) takes the name line after it, else the one before."""
    max_name = _cfg("max_name_words")
    title = title_index(doc)
    n = len(doc.lines)
    # The first non-blank, non-label line after / before each line (labels are skipped in chains).
    after, before = [-1] * n, [-1] * n
    last = -1
    for i in range(n - 1, -1, -1):
        after[i] = last
        if doc.lines[i] and doc.why.get(i) != "label":
            last = i
    last = -1
    for i in range(n):
        before[i] = last
        if doc.lines[i] and doc.why.get(i) != "label":
            last = i
    for i, line in enumerate(doc.lines):
        if doc.why.get(i) != "label":
            continue
        m = pats.label.match(L.strip_bullet(line) or line)
        if m is None or m.group("value").strip():
            continue
        j = after[i] if after[i] >= 0 else None
        if j is not None and j not in doc.why and L.is_name_like(doc.lines[j], max_name, pats.particles):
            doc.why[j] = "byline"
            continue
        k = before[i] if before[i] >= 0 else None
        if (
            k is not None
            and k not in doc.why
            and k != title
            and L.is_name_like(doc.lines[k], max_name, pats.particles)
        ):
            doc.why[k] = "byline"


def reaction_pass(doc: Doc, pats: Patterns) -> None:
    """Reaction buttons (``Happy``, ``Sedih``) right after a reaction prompt or another button."""
    for i, line in enumerate(doc.lines):
        if not line or i in doc.why or pats.reaction.fullmatch(line) is None:
            continue
        k = doc.nonblank_before(i)
        if k is not None and doc.why.get(k) == "reaction":
            doc.why[i] = "reaction"


def header_block_pass(doc: Doc, pats: Patterns) -> None:
    """A list header (``Berita Terkait``) and the headline-like lines that follow it."""
    max_item = _cfg("max_item_words")
    i = 0
    while i < len(doc.lines):
        line = L.strip_bullet(doc.lines[i])
        header = _header(line, pats)
        if header is None:
            i += 1
            continue
        limit, headline_only = header
        doc.why[i] = "related"
        taken = 0
        j = i + 1
        while j < len(doc.lines):
            item = doc.lines[j]
            if item and j not in doc.why:
                # Past its item limit, a header still takes bulleted items ("- Judul Lain").
                if limit and taken >= limit and L.strip_bullet(item) == item:
                    break
                if _header(L.strip_bullet(item), pats) is not None:
                    break
                if not L.is_headline_like(item, max_item) or (headline_only and item.endswith(".")):
                    break
                doc.why[j] = "related"
                taken += 1
            j += 1
        i = j


def _header(line: str, pats: Patterns) -> tuple[int, bool] | None:
    """(max items, headline items only) when ``line`` is a list header."""
    if not line or len(line) > 80 or pats.any_header.fullmatch(line) is None:
        return None
    for regex, limit, headline_only in pats.headers:
        if regex.fullmatch(line):
            return limit, headline_only
    return None


def bullet_list_pass(doc: Doc) -> None:
    """Widget lists written as a bare bullet line followed by an item line, two items or more."""
    max_item = _cfg("max_bullet_item_words")
    n = len(doc.lines)
    min_prose = _cfg("body_min_words")
    prose_after = [False] * (n + 1)  # prose_after[j]: a content prose line at j or later
    for j in range(n - 1, -1, -1):
        prose_after[j] = prose_after[j + 1] or (
            bool(doc.lines[j]) and j not in doc.why and L.is_prose(doc.lines[j], min_prose)
        )
    i = 0
    while i < n:
        run: list[int] = []
        j = i
        while j < n:
            if not doc.lines[j]:
                j += 1
                continue
            if not L.is_bare_bullet(doc.lines[j]):
                break
            k = doc.nonblank_after(j)
            if k is None or L.is_bare_bullet(doc.lines[k]) or L.word_count(doc.lines[k]) > max_item:
                run.append(j)
                j += 1
                break
            run += [j, k]
            j = k + 1
        if sum(1 for x in run if not L.is_bare_bullet(doc.lines[x])) >= 2 and _widget_list(
            doc, run, prose_after[run[-1] + 1]
        ):
            for x in run:
                doc.why.setdefault(x, "related")
        i = max(j, i + 1)


def _widget_list(doc: Doc, run: list[int], prose_follows: bool) -> bool:
    """A bare-bullet list is a widget, not a content list, unless a line ending with a colon
    introduces it or article prose follows it (with no furniture header before it)."""
    before = doc.nonblank_before(run[0])
    if before is not None and doc.lines[before].endswith((":", "：")):
        return False
    if before is not None and before in doc.why:
        return True
    return not prose_follows


def repetition_pass(doc: Doc) -> None:
    """Repeated leads (a line that is the opening of a longer line) and repeated lines."""
    min_lead = _cfg("min_repeated_lead_words")
    min_dup = _cfg("min_duplicate_words")
    content = doc.content()
    t = title_index(doc)
    title = doc.lines[t] if t is not None else None
    seen: set[str] = set()
    for i in content:
        line = doc.lines[i]
        if line in seen and line != title and L.word_count(line) >= min_dup:
            doc.why[i] = "repeated"
        seen.add(line)
    # A line that opens another, longer line: sorted by its stem (the line without a trailing
    # ellipsis), a line's extensions come right after it.
    stems = sorted((doc.lines[i].rstrip(".… "), doc.lines[i]) for i in content)
    prefixes: set[str] = set()
    for (stem, a), (_, b) in zip(stems, stems[1:], strict=False):
        if b.startswith(stem) and len(b) > len(stem) + 1 and L.word_count(stem) >= min_lead:
            prefixes.add(a)
    for i in content:
        if doc.lines[i] in prefixes and doc.lines[i] != title:
            doc.why[i] = "repeated"


def _zone_name(line: str, max_words: int, pats: Patterns) -> bool:
    return L.word_count(line) >= 2 and L.is_name_like(line, max_words, pats.particles)


def _zone_outlet(line: str, pats: Patterns) -> bool:
    """A short unpunctuated line naming the outlet: "kumparanNEWS", "Market - Tim Riset, CNBC Indonesia"."""
    return (
        pats.outlet is not None
        and L.word_count(line) <= _cfg("max_zone_outlet_words")
        and line[-1] not in ".!?:\"”"
        and not L.is_strong_dateline(line)
        and pats.outlet.search(line) is not None
    )


def header_zone_names_pass(doc: Doc, pats: Patterns) -> None:
    """Before the first body paragraph, a bare name line (or a short line naming the outlet)
    next to furniture is a byline."""
    max_name = _cfg("max_zone_name_words")
    min_prose = _cfg("body_min_words")
    title = title_index(doc)
    for i in doc.content():
        line = doc.lines[i]
        if L.is_prose(line, min_prose):
            break
        if i == title or not (_zone_name(line, max_name, pats) or _zone_outlet(line, pats)):
            continue
        before, after = doc.nonblank_before(i), doc.nonblank_after(i)
        if (before is not None and before != title and before in doc.why) or (
            after is not None and after in doc.why
        ):
            doc.why[i] = "byline"


def zone_caption_pass(doc: Doc, pats: Patterns) -> None:
    """Above a dateline lead, a dated one- or two-sentence line right after furniture is a photo
    caption ("Cabai dijual di Pasar Induk Kramatjati, Jakarta Timur, Jumat (5/3/2021).")."""
    if pats.photo_date is None:
        return
    max_words = _cfg("max_caption_words")
    title = title_index(doc)
    lead = None
    for i in doc.content()[: _cfg("max_zone_lines")]:
        if L.word_count(doc.lines[i]) >= 4 and L.is_strong_dateline(doc.lines[i]):
            lead = i
            break
    if lead is None:
        return
    for i in doc.content():
        if i >= lead:
            break
        line = doc.lines[i]
        if (
            i == title
            or L.word_count(line) > max_words
            or L.sentence_breaks(line) > 1
            or any(q in line for q in "\"“”")
            or not line.endswith((".", ")"))
            or pats.photo_date.search(line) is None
        ):
            continue
        before = doc.nonblank_before(i)
        if before is not None and before in doc.why:
            doc.why[i] = "caption"

"""``clean_text``: drop page furniture from a raw article, report every removed line."""

from __future__ import annotations

from dataclasses import dataclass

from warta.clean import rules
from warta.clean.normalize import analysis_form, join_lines, normalize_lines
from warta.clean.patterns import Patterns, load


@dataclass(frozen=True)
class CleanResult:
    """The clean body text and what was dropped to get it.

    ``removed`` lists every dropped line verbatim (stripped of surrounding whitespace) in text
    order, and every in-line marker removed from inside a line. ``changed`` is ``False`` exactly
    when ``text`` is byte-identical to the input.
    """

    text: str
    removed: tuple[str, ...]
    changed: bool


def explain(raw: str, lang: str = "id") -> list[tuple[str, str]]:
    """Every removed line (or in-line marker) with the family of the rule that removed it."""
    return [(item, why) for item, why, _ in _run(raw, load(lang))[1]]


def clean_text(raw: str) -> CleanResult:
    """Drop page furniture (ads, links, prompts, bylines, captions, widgets) from ``raw``.

    Unicode is normalised to NFC and whitespace is tidied (line breaks, exotic spaces, trailing
    spaces, indentation, runs of blank lines) only where needed: a text with nothing to remove and
    nothing to normalise comes back byte-identical. Paragraph breaks and curly quotes are kept.
    """
    text, dropped = _run(raw, load("id"))
    return CleanResult(text=text, removed=tuple(item for item, _, _ in dropped), changed=text != raw)


def _run(raw: str, pats: Patterns) -> tuple[str, list[tuple[str, str, int]]]:
    shown = normalize_lines(raw)
    doc = rules.Doc([analysis_form(x) for x in shown])
    rules.pattern_pass(doc, pats)
    rules.reaction_pass(doc, pats)
    rules.header_block_pass(doc, pats)
    rules.bullet_list_pass(doc)
    rules.label_names_pass(doc, pats)
    rules.repetition_pass(doc)
    rules.header_zone_names_pass(doc, pats)
    rules.zone_caption_pass(doc, pats)
    dropped: list[tuple[str, str, int]] = []
    kept: list[str] = []
    for i, line in enumerate(shown):
        if i in doc.why:
            dropped.append((line, doc.why[i], i))
            continue
        if pats.inline is not None and pats.inline_one is not None and line:
            hits = 0
            for run in pats.inline.finditer(line):
                for m in pats.inline_one.finditer(run.group()):
                    dropped.append((m.group(), "inline", i))
                    hits += 1
            if hits:
                at_start = pats.inline.match(line) is not None
                line = pats.inline.sub("", line)
                line = line.lstrip(" ") if at_start else line
        kept.append(line)
    dropped.sort(key=lambda d: d[2])
    text = join_lines(kept, trailing_newline=raw.endswith(("\n", "\r")))
    return text, dropped

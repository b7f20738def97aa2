"""Shared helpers of the entity tests: NER spans written by hand, and the labels of the result."""

from __future__ import annotations


def span(text: str, phrase: str, label: str, conf: float = 0.8, nth: int = 0) -> tuple[int, int, str, float]:
    """The NER span ``(start, end, label, confidence)`` of the ``nth`` occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return (start, start + len(phrase), label, conf)


def labels(ents) -> set[tuple[str, str]]:
    """``(text, label)`` of every entity."""
    return {(e.text, e.label) for e in ents}


def labels_by_text(text: str) -> dict[str, set[str]]:
    """Entity text -> the labels ``warta.analyze`` gives it anywhere in ``text``."""
    import warta

    out: dict[str, set[str]] = {}
    for e in warta.analyze(text).entities:
        out.setdefault(e.text, set()).add(e.label)
    return out

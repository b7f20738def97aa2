"""spaCy's tokenizer with a cheaper prefix search, same tokens.

spaCy finds a token's prefix with ``prefix_regex.search``: every alternative is anchored (``^…``),
so only position 0 can match, but ``search`` still tries the whole alternation (170 branches for
Indonesian) at every position of the chunk before failing. :class:`AnchoredPrefix` does the same
search as ``match`` at position 0 and falls back to the full ``search`` only when the chunk holds
the literal opening of an alternative that is *not* anchored (Indonesian has one:
``<a([^>]+)>``), so the result is exactly ``search``'s: the leftmost match, and at position 0 the
first alternative that matches. A pattern this reasoning does not cover (flags, an unanchored
alternative without a literal opening) keeps the plain ``search``.

:func:`tokenizer_factory` builds the tokenizer as spaCy's default factory does
(``spacy.Tokenizer.v1``) with this prefix search; setting ``prefix_search`` on a built tokenizer
would reload its ~16,000 special cases (over a second).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy import util
from spacy.tokenizer import Tokenizer

try:  # Python 3.11+
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

FACTORY = "warta.Tokenizer.v1"


def _literal_opening(items: list[tuple[Any, Any]]) -> str:
    """The literal characters a branch must start with ('' when it opens with anything else)."""
    out = []
    for op, av in items:
        if op != _sre.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


class AnchoredPrefix:
    """``pattern.search`` for a prefix pattern, as ``match`` unless an unanchored alternative's
    literal opening occurs in the string. ``pattern`` is the regex source (spaCy serialises it)."""

    def __init__(self, regex: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.needles = needles
        self._match, self._search = regex.match, regex.search

    def search(self, string: str) -> re.Match[str] | None:
        """The same match object ``regex.search(string)`` gives."""
        m = self._match(string)
        if m is not None or not any(n in string for n in self.needles):
            return m
        return self._search(string)

    def __reduce__(self) -> tuple[Any, ...]:
        return (AnchoredPrefix, (self.regex, self.needles))


def fast_prefix_search(regex: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``regex.search``, or an equivalent :meth:`AnchoredPrefix.search` when the pattern's
    top-level alternatives are anchored at the start or open with literal text."""
    if regex.flags & ~re.UNICODE:
        return regex.search
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an unparsable pattern keeps spaCy's own search
        return regex.search
    items = list(tree)
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        branches = [list(b) for b in items[0][1][1]]
    else:
        branches = [items]
    needles = []
    for branch in branches:
        if branch and branch[0] == (_sre.AT, _sre.AT_BEGINNING):
            continue
        lit = _literal_opening(branch)
        if not lit:
            return regex.search
        needles.append(lit)
    return AnchoredPrefix(regex, tuple(dict.fromkeys(needles))).search


def tokenizer_factory() -> Callable[[Any], Tokenizer]:
    """spaCy's default tokenizer factory (``spacy.Tokenizer.v1``) with :func:`fast_prefix_search`."""

    def make(nlp: Any) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=fast_prefix_search(util.compile_prefix_regex(prefixes)) if prefixes else None,
            suffix_search=util.compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=util.compile_infix_regex(infixes).finditer if infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


if FACTORY not in util.registry.tokenizers:
    util.registry.tokenizers.register(FACTORY, func=tokenizer_factory)

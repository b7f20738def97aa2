"""``initials_matches`` finds what the initials pattern's own ``finditer`` finds."""

import itertools

from warta.annotate.entity_lexicons import initials_matches, lexicons

PIECES = ["tersangka", "TERSANGKA", "Berinisial", " ", "\t", "AB", "ABCDE", "x", "-", "ı", "İ", "ſ"]


def test_same_matches_as_finditer() -> None:
    pattern = lexicons().initials
    for n in (1, 2, 3, 4):
        for parts in itertools.product(PIECES, repeat=n):
            text = "".join(parts)
            got = [(m.span(), m.group(1)) for m in initials_matches(text)]
            assert got == [(m.span(), m.group(1)) for m in pattern.finditer(text)], text


def test_cue_in_any_case() -> None:
    (m,) = initials_matches("Polisi menangkap TERSANGKA AL di rumahnya.")
    assert m.group(1) == "AL"

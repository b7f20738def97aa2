"""``alias_matches`` finds what the alias pattern's own ``finditer`` finds, trying fewer places."""

import itertools

from warta.annotate.speaker_aliases import _alias_pattern, alias_matches

PIECES = ["atau", "alias", "yang akrab disapa", "akrab disapa", ", ", ",", " ", "\n", "Cak", " Imin",
          "datau", "aliasnya", "Ab-c"]


def _sig(matches) -> list:
    return [(m.span(), m.group(1)) for m in matches]


def test_same_matches_as_finditer() -> None:
    for n in (1, 2, 3):
        for parts in itertools.product(PIECES, repeat=n):
            text = "".join(parts)
            assert _sig(alias_matches(text)) == _sig(_alias_pattern().finditer(text)), text


def test_alias_after_a_name_and_a_comma() -> None:
    text = "Abdul Muhaimin Iskandar, yang akrab disapa Cak Imin, hadir."
    (m,) = alias_matches(text)
    assert m.start() == text.index(",") and m.group(1).split() == ["Cak", "Imin"]


def test_nickname_after_yang_disapa_names_the_speaker() -> None:
    import warta

    text = ("Pengamat hukum Herdiansyah Hamzah yang disapa Castro hadir di sana. "
            "\"Ini pelanggaran berat,\" kata Castro kepada wartawan.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Herdiansyah Hamzah"]

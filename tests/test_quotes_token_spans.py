"""``quote_lex.tokens`` of a span (taken from the article's tokens) equals tokenising the slice."""

from warta.annotate.quote_lex import TOKEN, tokens

TEXT = "Kata M. Ab-du’l, di ke-6 M. Kemudian: “S.H. 1.451 x.y,” ujar A. Ba."


def _sliced(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start() + start, m.end() + start) for m in TOKEN.finditer(text[start:end])]


def test_every_span_tokenises_as_its_slice() -> None:
    n = len(TEXT)
    for start in range(n + 1):
        for end in range(start, n + 2):
            assert tokens(TEXT, start, end) == _sliced(TEXT, start, end), (start, end)


def test_whole_text_and_negative_offsets() -> None:
    assert tokens(TEXT) == _sliced(TEXT, 0, len(TEXT))
    assert ("M.", 5, 7) in tokens(TEXT)  # an initial before a capitalised word stays one token
    assert tokens(TEXT, -8) == _sliced(TEXT, -8, len(TEXT))


def test_returned_lists_are_independent() -> None:
    first = tokens(TEXT, 0, 20)
    first.clear()
    assert tokens(TEXT, 0, 20)

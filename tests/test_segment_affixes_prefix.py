"""The anchored prefix search returns what ``regex.search`` returns; same tokens as spaCy's."""

import re

import spacy

from warta.pipeline import load
from warta.segment.affixes import AnchoredPrefix, fast_prefix_search


def _same(fn, regex, strings):
    for s in strings:
        a, b = fn(s), regex.search(s)
        assert (a is None) == (b is None), s
        if a is not None:
            assert a.span() == b.span(), s


def test_segment_affixes_unanchored_alternative_still_found_anywhere():
    regex = re.compile(r"^\(|^Rp|^<(b|i)\s?/>|<a([^>]+)>|^\$")
    fn = fast_prefix_search(regex)
    assert isinstance(fn.__self__, AnchoredPrefix) and fn.__self__.needles == ("<a",)
    _same(fn, regex, ["(kata", "Rp100", "kata", "x<a href>y", "<a b>", "<b/>x", "x<b/>", "", "$5", "a<a"])


def test_segment_affixes_patterns_it_cannot_reason_about_keep_search():
    for regex in (re.compile(r"^a|b+c", re.IGNORECASE), re.compile(r"^a|[bc]d")):
        assert fast_prefix_search(regex) == regex.search


def test_segment_affixes_tokenizer_same_tokens_as_spacy_default():
    default = spacy.blank("id").tokenizer
    ours = load().tokenizer.inner  # the pipeline's (built with FACTORY), inside GuardedTokenizer
    assert isinstance(ours.prefix_search.__self__, AnchoredPrefix)
    text = "“Kami (siap),” kata Rp1.451 x<a href>y ((<a x>)) <br/>kata foo<b/> Menlu-nya... AS$5 [3/7]"
    assert [t.text_with_ws for t in ours(text)] == [t.text_with_ws for t in default(text)]

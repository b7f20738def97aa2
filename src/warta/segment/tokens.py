"""Tokens: spaCy's ``blank("id")`` tokenizer, guarded against pathological input.

spaCy's tokenizer peels prefixes and suffixes off a white-space-free chunk one at a time, which is
quadratic in the chunk's length: a 5,000-character run of quote marks takes half a minute. Real
words are short, so :class:`GuardedTokenizer` hands normal text to spaCy unchanged and cuts only
chunks longer than ``[input] max_chunk_chars`` into fixed-size pieces.

spaCy caches the tokens of each white-space-free chunk, but only its first 10,000 distinct chunks
(``Tokenizer.max_cache_size``); news has far more (the 2,809 IndoSum articles: 79,000), and every
chunk missing from the cache goes through the prefix, suffix and infix regexes again. The wrapper
raises the limit to ``[tokenizer] cache_chunks``: the tokens of a chunk depend on the chunk alone,
so the output is the same, only cheaper.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

from warta import config

_CHUNK = re.compile(r"(\S+)(\s*)")

# The text a Doc was made from: ``Doc.text`` rebuilds it token by token (Python-level), which costs
# more than Warta's sentence splitter; the tokenizer keeps the string it was given instead.
if not Doc.has_extension("warta_text"):
    Doc.set_extension("warta_text", default=None)


class GuardedTokenizer:
    """Wraps a spaCy tokenizer; behaves identically unless a chunk exceeds ``max_chunk`` characters."""

    def __init__(self, inner, vocab: Vocab, max_chunk: int, cache_chunks: int | None = None) -> None:
        self.inner = inner
        if cache_chunks is None:
            cache_chunks = int(config.get("tokenizer", "cache_chunks"))
        if hasattr(inner, "max_cache_size"):  # spaCy >= 3.8 bounds the chunk cache
            inner.max_cache_size = max(inner.max_cache_size, cache_chunks)
        self.vocab = vocab
        self.max_chunk = max_chunk
        self._long = re.compile(rf"\S{{{max_chunk + 1}}}")

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        doc._.warta_text = text  # == doc.text: spaCy's tokenization is non-destructive
        return doc

    def _tokenize(self, text: str) -> Doc:
        if not self._long.search(text):
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        lead = len(text) - len(text.lstrip())
        if lead:
            words.append(text[:lead])
            spaces.append(False)
        for m in _CHUNK.finditer(text, lead):
            chunk, ws = m.group(1), m.group(2)
            if len(chunk) > self.max_chunk:
                pieces = [chunk[i : i + self.max_chunk] for i in range(0, len(chunk), self.max_chunk)]
            else:
                pieces = [t.text for t in self.inner(chunk)]
            words.extend(pieces)
            spaces.extend([False] * len(pieces))
            if ws.startswith(" "):
                spaces[-1] = True
                ws = ws[1:]
            if ws:
                words.append(ws)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

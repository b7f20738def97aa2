"""An experimental token embedding for the NER: hash embeddings plus character embeddings.

``warta.HashCharEmbed.v1`` concatenates spaCy's ``MultiHashEmbed`` (hashed word attributes and
static vectors) with a character embedding of each word's first and last ``nC`` UTF-8 bytes
(spaCy's ``CharacterEmbed`` layer) and mixes them with a maxout layer. It is registered so a
config can name it (``configs/ner_chars.cfg``); the shipped model does not use it (see
``docs/ner.md``).
"""

from __future__ import annotations

from spacy.ml import _character_embed
from spacy.ml.models.tok2vec import MultiHashEmbed
from spacy.util import registry
from thinc.api import Maxout, chain, concatenate, with_array


@registry.architectures("warta.HashCharEmbed.v1")
def hash_char_embed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool,
                    nM: int = 16, nC: int = 8):  # noqa: N803 - spaCy's argument names
    """Hash embeddings of ``attrs`` (and static vectors) beside ``nC`` embedded bytes per word."""
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows,
                            include_static_vectors=include_static_vectors)
    chars = _character_embed.CharacterEmbed(nM=nM, nC=nC)
    mix = with_array(Maxout(width, width + nM * nC, nP=3, normalize=True, dropout=0.0))
    return chain(concatenate(hashed, chars), mix)

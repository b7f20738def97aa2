"""An experimental token embedding for the NER: hash embeddings plus character embeddings.

``warta.HashCharEmbed.v1`` concatenates spaCy's ``MultiHashEmbed`` (hashed word attributes and
static vectors) with a character embedding of each word's first and last ``nC`` UTF-8 bytes
(spaCy's ``CharacterEmbed`` layer) and mixes them with a maxout layer. It is registered so a
config can name it (``configs/ner_chars.cfg``); the shipped model does not use it (see
``docs/ner.md``).
"""

from __future__ import annotations

from spacy.ml import _character_embed
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed
from spacy.util import registry
from thinc.api import LSTM, Maxout, chain, concatenate, with_array, with_padded


@registry.architectures("warta.HashCharEmbed.v1")
def hash_char_embed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool,
                    nM: int = 16, nC: int = 8):  # noqa: N803 - spaCy's argument names
    """Hash embeddings of ``attrs`` (and static vectors) beside ``nC`` embedded bytes per word."""
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows,
                            include_static_vectors=include_static_vectors)
    chars = _character_embed.CharacterEmbed(nM=nM, nC=nC)
    mix = with_array(Maxout(width, width + nM * nC, nP=3, normalize=True, dropout=0.0))
    return chain(concatenate(hashed, chars), mix)


@registry.architectures("warta.NumpyBiLSTMEncoder.v1")
def numpy_bilstm_encoder(width: int, depth: int, dropout: float = 0.0, cnn_depth: int = 0,
                         window_size: int = 1, maxout_pieces: int = 3):
    """Bidirectional LSTM context encoder on thinc's own CPU kernels (no PyTorch).

    ``width`` is the input and output width (each direction has ``width // 2`` units);
    ``dropout`` is thinc's weight dropout. With ``cnn_depth`` > 0 the LSTM reads the output of
    that many layers of spaCy's maxout window encoder instead of the bare embeddings.
    """
    lstm = with_padded(LSTM(width, width, bi=True, depth=depth, dropout=dropout))
    if cnn_depth <= 0:
        return lstm
    cnn = MaxoutWindowEncoder(width=width, depth=cnn_depth, window_size=window_size,
                              maxout_pieces=maxout_pieces)
    model = chain(cnn, lstm)
    model.set_dim("nO", width)
    return model

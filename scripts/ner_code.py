"""spaCy registrations for training the NER, loaded with ``--code`` by `spacy pretrain`.

Importing this file registers Warta's lexicon-feature component (``warta_ner_features``) and a
raw-text corpus reader that sets those features on each document, so the pretrained
token-to-vector layer sees the same inputs as the NER it initialises.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from warta.annotate import ner_embed, ner_features  # noqa: F401 - ner_embed registers warta.HashCharEmbed.v1


@registry.readers("warta.FeatureTextCorpus.v1")
def feature_text_corpus(
    path: Path | None, min_length: int = 0, max_length: int = 0, limit: int = 0
) -> Callable[[Language], Iterator[Example]]:
    """JSONL ``{"text": ...}`` records as Examples whose documents carry the lexicon features
    (nothing when ``path`` is None, as in `spacy train`, which builds but does not read it)."""

    def read(nlp: Language) -> Iterator[Example]:
        if path is None:
            return
        n = 0
        for record in srsly.read_jsonl(path):
            doc = nlp.make_doc(record["text"])
            if (min_length and len(doc) < min_length) or (max_length and len(doc) >= max_length):
                continue
            ner_features.set_features(doc)
            yield Example(doc, doc)
            n += 1
            if limit and n >= limit:
                return

    return read

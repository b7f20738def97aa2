"""Statistical named-entity recognition (PERSON / ORG / LOC) with the NER model shipped in the package.

The model lives in ``warta/models/ner/`` (a spaCy pipeline whose only component is a self-contained
``ner``; see its ``MODEL_CARD.md``) and is rebuilt by ``scripts/train_ner.py``. ``add_ner`` loads
that component into a ``spacy.blank("id")`` pipeline; ``ner_spans`` reads the entities back as
character spans with a confidence.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warta.annotate import ner_features

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
LABELS = ("PERSON", "ORG", "LOC")


def model_dir() -> Path | None:
    """Folder of the shipped NER model, or None when it is not installed."""
    return MODEL_DIR if (MODEL_DIR / "meta.json").is_file() else None


@cache
def _model_config(path: Path | None) -> dict | None:
    """A model's config, interpolated (None when there is no model)."""
    return None if path is None else dict(spacy.util.load_config(path / "config.cfg", interpolate=True))


def _ner_config(path: Path | None) -> dict | None:
    """The ``[components.ner]`` block of a model's config (None when absent)."""
    full = _model_config(path)
    if full is None:
        return None
    cfg = dict(full["components"]["ner"])
    cfg.pop("factory", None)
    return cfg


def _uses_features(path: Path | None) -> bool:
    """True when the model embeds the lexicon features of ``ner_features``."""
    full = _model_config(path)
    return full is not None and ner_features.FACTORY in full["nlp"]["pipeline"]


@cache
def _label_confidence() -> dict[str, float]:
    """Per-label precision measured on the dev files at training time (see training_report.json)."""
    path = MODEL_DIR / "training_report.json"
    per_type: dict = {}
    if path.is_file():
        per_type = json.loads(path.read_text("utf-8")).get("dev_scores", {}).get("ents_per_type", {})
    return {lab: round(float(per_type.get(lab, {}).get("p", 0.5)), 3) for lab in LABELS}


def add_ner(nlp: Language, path: Path | None = None) -> Language:
    """Add the shipped NER component to ``nlp`` (a ``spacy.blank("id")`` pipeline) and return it.

    ``path`` loads another model folder saved by ``scripts/train_ner.py`` instead (benchmarks).
    Does nothing if ``nlp`` already has an ``ner`` pipe. If the model is not installed, logs a
    warning and returns ``nlp`` unchanged (documents then get no statistical entities).
    """
    if "ner" in nlp.pipe_names:
        return nlp
    path = path or model_dir()
    cfg = _ner_config(path)
    if cfg is None:
        log.warning("warta NER model not found in %s: no statistical entities will be produced", MODEL_DIR)
        return nlp
    # Same result as nlp.add_pipe("ner", source=spacy.load(MODEL_DIR)) without building a second
    # Indonesian tokenizer (its ~16k special cases take seconds to load).
    vectors = path / "vocab"
    if (vectors / "vectors.cfg").is_file() and not nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors.from_disk(vectors)
        if nlp.vocab.vectors.shape[0] * nlp.vocab.vectors.shape[1] == 0:
            nlp.vocab.reset_vectors(width=0)
    if _uses_features(path) and ner_features.FACTORY not in nlp.pipe_names:
        block = _model_config(path)["components"][ner_features.FACTORY]
        feats = {k: v for k, v in block.items() if k != "factory"}  # e.g. person_names
        # from_disk loads the component's training gazetteer, if any
        nlp.add_pipe(ner_features.FACTORY, config=feats).from_disk(path / ner_features.FACTORY)
    nlp.add_pipe("ner", config=cfg).from_disk(path / "ner", exclude=["vocab"])
    return nlp


def ner_spans(doc: Doc) -> list[tuple[int, int, str, float]]:
    """Entities of an annotated ``doc`` as ``(char start, char end, label, confidence)``.

    Labels are PERSON, ORG or LOC. The confidence is the precision of that label on the
    development data (the greedy NER model gives no per-span probability).
    """
    conf = _label_confidence()
    return [(e.start_char, e.end_char, e.label_, conf[e.label_]) for e in doc.ents if e.label_ in conf]

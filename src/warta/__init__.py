"""Warta: Indonesian news articles to knowledge — who said what, when, about whom."""

from warta.model import Article, DateMention, Entity, Keyphrase, Quote

__version__ = "0.1.0"

__all__ = ["Article", "DateMention", "Entity", "Keyphrase", "Quote", "analyze", "load", "__version__"]


def load():
    """The spaCy pipeline (``Language`` for ``id``) with Warta's components."""
    from warta.pipeline import load as _load

    return _load()


def analyze(text: str, published: str | None = None, **meta) -> Article:
    """Analyse one article text; see :func:`warta.pipeline.analyze`."""
    from warta.pipeline import analyze as _analyze

    return _analyze(text, published=published, **meta)

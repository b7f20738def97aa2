"""The annotators the pipeline calls, in one place.

Each name is bound to the function of its module (``warta.annotate.quotes.find_quotes`` …). While a
module is being built it may be absent; then a neutral stand-in is bound that adds nothing, and
``MISSING`` names it so that ``warta extract`` can warn. Nothing here changes the text.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from warta.model import DateMention

MISSING: list[str] = []


def _bind(module: str, name: str, fallback: Any) -> Any:
    try:
        return getattr(importlib.import_module(f"warta.{module}"), name)
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("warta."):
            raise
    except AttributeError:
        pass
    MISSING.append(f"{module}.{name}")
    return fallback


@dataclass(frozen=True)
class _NoDates:
    published: str | None
    published_source: str | None
    mentions: tuple[DateMention, ...] = ()
    warnings: tuple[str, ...] = ()


class _Cleaned:
    def __init__(self, text: str) -> None:
        self.text, self.removed, self.changed = text, (), False


clean_text = _bind("clean", "clean_text", _Cleaned)
add_ner = _bind("annotate.ner", "add_ner", lambda nlp: nlp)
ner_spans = _bind("annotate.ner", "ner_spans", lambda doc: [])
build_entities = _bind("annotate.entities", "build_entities", lambda text, spans: [])
class _Unchecked:
    def __init__(self, entities: Any) -> None:
        self.for_quotes = self.entities = list(entities)


verify_entities = _bind(
    "annotate.entity_verify", "verify_entities", lambda text, sentences, entities: _Unchecked(entities)
)
find_quotes = _bind("annotate.quotes", "find_quotes", lambda text, sentences, entities=(): [])
annotate_dates = _bind(
    "annotate.dates",
    "annotate_dates",
    lambda text, published=None, url=None: _NoDates(published, "input" if published else None),
)
summarize = _bind("annotate.summary", "summarize", lambda text, sentences, **kw: [])
keyphrases = _bind("annotate.keyphrases", "keyphrases", lambda text, sentences, k=5: [])

"""Text normalisation shared by indexing and querying: tokens, Indonesian stems, name keys.

The same :func:`stem_tokens` runs when an article is stored and when a query is parsed, so a
query word matches every inflected form that reduces to the same stem (``keanggotaan`` and
``anggota`` both become ``anggota``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache
from urllib.parse import urlsplit

from warta import lang

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_NAME_JUNK = re.compile(r"[^\w\s'-]+", re.UNICODE)


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("indonesian")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (Unicode letters and digits)."""
    return _WORD.findall(text.lower())


def stem_words(words: list[str]) -> list[str]:
    """The Indonesian stems of lower-cased ``words``."""
    return _stemmer().stemWords(words)


def stem_tokens(text: str) -> list[str]:
    """The Indonesian stems of the tokens of ``text`` (PyStemmer ``indonesian``)."""
    return _stemmer().stemWords(tokens(text))


def stems(text: str) -> str:
    """The stems of ``text`` joined by spaces: the form stored in the full-text index."""
    return " ".join(stem_tokens(text))


def fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text).strip().lower()


def optional_lexicon(name: str) -> tuple[str, ...]:
    """A shared lexicon of ``lang/id`` (owned by another module), empty when it is not installed."""
    try:
        return lang.lexicon("id", name)
    except FileNotFoundError:
        return ()


@cache
def _titles() -> frozenset[str]:
    return frozenset(fold(t).rstrip(".") for t in optional_lexicon("titles"))


@cache
def _role_abbrev() -> dict[str, str]:
    return {fold(row[0]): fold(row[1]) for row in lang.table("id", "store_role_abbrev") if len(row) >= 2}


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A comparison key for a person/organisation name: folded, punctuation and leading or
    trailing titles (``titles.txt``) removed. ``"Dr. H. Joko Widodo, S.H."`` -> ``"joko widodo"``."""
    words = [w.strip("'-.") for w in _NAME_JUNK.sub(" ", fold(name).replace(".", ". ")).split()]
    words = [w for w in words if w]
    titles = _titles()
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    while len(words) > 1 and words[-1] in titles:
        words.pop()
    return " ".join(words)


@cache
def _org_spelling() -> dict[str, str]:
    return {fold(r[0]): fold(r[1]) for r in lang.table("id", "store_org_spelling") if len(r) >= 2}


@lru_cache(maxsize=100_000)
def org_key(name: str) -> str:
    """:func:`name_key` for organisations: spelling variants unified (``store_org_spelling.tsv``:
    ``kementrian`` -> ``kementerian``) and a final ``RI`` dropped (``DPR RI`` -> ``dpr``)."""
    spelling = _org_spelling()
    words = [spelling.get(w, w) for w in name_key(name).split()]
    if len(words) >= 2 and words[-1] == "ri":
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=100_000)
def role_key(role: str | None) -> str:
    """A comparison key for a role: folded tokens with abbreviations expanded
    (``store_role_abbrev.tsv``: ``Sekjen NATO`` -> ``sekretaris jenderal nato``)."""
    if not role:
        return ""
    abbrev = _role_abbrev()
    return " ".join(abbrev.get(t, t) for t in tokens(fold(role)))


def slug(text: str, limit: int = 60) -> str:
    """An ASCII slug of ``text`` for stable identifiers."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit] or "x"


def text_hash(text: str) -> str:
    """A hash of ``text`` insensitive to case and whitespace."""
    return hashlib.sha1(_SPACE.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()


def normalise_url(url: str) -> str:
    """A URL reduced to host (without ``www.``/``m.``) and path, without query tracking,
    fragment or trailing slash, for use as an article key."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    path = parts.path.rstrip("/")
    query = "&".join(
        p
        for p in sorted(parts.query.split("&"))
        if p and not p.lower().startswith(("utm_", "fbclid", "gclid"))
    )
    return f"{host}{path}" + (f"?{query}" if query else "")


def outlet_from_url(url: str | None) -> str | None:
    """The outlet name of a news URL: the registrable domain's first label
    (``https://news.detik.com/x`` -> ``detik``, ``https://www.antaranews.co.id`` -> ``antaranews``)."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    labels = [p for p in host.split(".") if p]
    if not labels:
        return None
    if len(labels) >= 3 and labels[-2] in {"co", "or", "go", "ac", "web", "my", "sch", "net", "com"}:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]

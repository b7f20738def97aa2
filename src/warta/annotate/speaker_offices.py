"""Offices in speaker phrases: abbreviations written out (``Mendagri``), office regexes that accept
the abbreviated parts, numbered terms (``Jilid I``), office aliases (``kepala negara``) and landform
heads. Word lists in ``lang/id``; used by :mod:`warta.annotate.speaker_names`."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.lang import lexicon, table


@lru_cache(maxsize=1)
def office_expansions() -> dict[str, str]:
    """Abbreviated offices and their written-out form (``mendagri`` -> ``menteri dalam negeri``),
    from ``store_role_abbrev.tsv``."""
    return {row[0].strip().lower(): row[1].strip().lower() for row in table("id", "store_role_abbrev")
            if len(row) >= 2}


@lru_cache(maxsize=512)
def office_regex(head: str) -> str:
    """A regex for an office written out, where a part that has an abbreviation may be written
    abbreviated: ``menteri hukum dan hak asasi manusia`` also matches ``Menteri Hukum dan HAM``."""
    short = {v: k for k, v in office_expansions().items() if " " in v}
    words = head.split()
    parts: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i + 1, -1):
            if j - i < len(words) and " ".join(words[i:j]) in short:
                long = r"\s+".join(re.escape(w) for w in words[i:j])
                parts.append(f"(?:{long}|{re.escape(short[' '.join(words[i:j])])})")
                i = j
                break
        else:
            parts.append(re.escape(words[i]))
            i += 1
    return r"\s+".join(parts)


ROMAN = re.compile(r"[IVX]{1,4}")


@lru_cache(maxsize=1)
def numbered_offices() -> frozenset[str]:
    """Words numbering an office's term with a Roman numeral (``Jilid I``)."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_numbered_offices"))


@lru_cache(maxsize=1)
def role_aliases() -> dict[str, str]:
    """Descriptions standing for an office (``kepala negara`` -> ``presiden``), from
    ``speaker_role_aliases.tsv``."""
    return {row[0].lower(): row[1].lower() for row in table("id", "speaker_role_aliases") if len(row) >= 2}


@lru_cache(maxsize=1)
def landform_heads() -> frozenset[str]:
    """Words after which a capitalised word names a place (``Danau Towuti``), not a person."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_landform_heads"))

#!/usr/bin/env python3
"""Build ``src/warta/lang/id/gazetteer_person_names.txt``: given names and surnames of many countries.

A development-time tool (not shipped). The list is an external lexicon for the NER's lexicon
features (``warta.annotate.ner_features``, class ``G-PER``): unlike a gazetteer built from the NER
training data, it marks names the training sentences never saw (western, Japanese, Chinese or
African names in Indonesian news), and it marks them the same way in training and at run time.

* Source: the person providers of Faker (MIT licence): first names, last names and romanised
  names of every locale, kept when the word is alphabetic, capitalised, lower-case after its first
  letter and at least two letters long.
* Left out, so that the class stays a name signal in Indonesian text: words that are places or
  countries in Warta's gazetteers, month and weekday names, Indonesian stop words and common words
  (``stopwords.txt``, ``speaker_common_words.txt``), and words that IndoSum news (folds dev.02-04,
  the raw text the NER's vectors are trained on) writes in lower case at least as often as
  capitalised inside a sentence (``Pada``, ``Kota``, ``Hari``).

    .venv/bin/pip install faker==40.63.0
    .venv/bin/python scripts/build_person_names.py          # rewrites the shipped file
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))
from ner_vectors import indosum_sentences  # noqa: E402

from warta.annotate.entity_lexicons import LANG, lexicons  # noqa: E402
from warta.lang import lexicon, table  # noqa: E402

OUT = ROOT / "src/warta/lang/id/gazetteer_person_names.txt"
HEADER = """\
# Given names and surnames of many countries, one word per line (built by
# scripts/build_person_names.py; do not edit by hand). Read by the NER's lexicon features
# (warta/annotate/ner_features.py, class G-PER), matched case-sensitively as whole words.
# Source: Faker {version} (MIT licence, "Copyright (c) 2012 Daniele Faraglia"), the first, last and
# romanised name lists of its person providers. Places, months, weekdays, Indonesian stop and
# common words, and words that Indonesian news writes in lower case as often as capitalised are
# left out.
"""


def faker_names() -> set[str]:
    """Every single-word capitalised name of Faker's person providers."""
    import faker.providers.person as person

    out: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in dir(provider):
            if attr.startswith("_") or not any(k in attr for k in ("first_name", "last_name", "romanized")):
                continue
            values = getattr(provider, attr)
            if isinstance(values, (tuple, list, dict)):
                out.update(w for w in values if isinstance(w, str) and _name_like(w))
    return out


def _name_like(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and word[1:].islower()


def case_counts() -> tuple[Counter, Counter]:
    """(lower-case count, capitalised-not-sentence-initial count) per lower-cased word in IndoSum."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for sent in indosum_sentences():
        for i, w in enumerate(sent.split()):
            if w.islower():
                lower[w] += 1
            elif i and _name_like(w):
                capital[w.lower()] += 1
    return lower, capital


def blocked_words() -> set[str]:
    """Lower-cased words that must not be marked as names."""
    lx = lexicons()
    out = {k[0].lower() for k in lx.places if len(k) == 1}
    for name in ("stopwords", "speaker_common_words"):
        out.update(w.lower() for w in lexicon(LANG, name))
    out.update(row[0].lower() for row in table(LANG, "months"))
    out.update(("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"))
    return out


def build() -> list[str]:
    """The sorted name list."""
    lower, capital = case_counts()
    blocked = blocked_words()
    keep = []
    for w in faker_names():
        low = w.lower()
        if low in blocked or lower[low] >= max(1, capital[low]):
            continue
        keep.append(w)
    return sorted(keep)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    import faker

    names = build()
    args.out.write_text(HEADER.format(version=faker.VERSION) + "".join(n + "\n" for n in names), "utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()

"""Matching rules shared by every quality figure, the same as ``shared/tools/score.py``.

- quote text is compared after dropping quote marks, outer punctuation, case and extra spaces; a
  predicted quote matches a gold quote when their word-overlap F1 is >= 0.5, best pairs first,
  each used once;
- a speaker is right when, titles dropped, both names share a word of 3+ letters (lenient) or are
  equal (strict);
- entity names match exactly after normalisation, or when one is a word of the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache

from warta.lang import lexicon

QUOTE_MARKS = "\"“”„‟«»'‘’`"
_OUTER = " ,.;:!?-–—" + QUOTE_MARKS


@cache
def _titles() -> frozenset[str]:
    return frozenset(lexicon("id", "eval_titles"))


def norm_text(s: str | None) -> str:
    """Normalised text for comparison: NFKC, marks and outer punctuation dropped, lower case."""
    s = unicodedata.normalize("NFKC", s or "").strip().strip(QUOTE_MARKS).strip()
    return re.sub(r"\s+", " ", s).strip(_OUTER).lower()


def words(s: str | None) -> list[str]:
    """The words of a normalised text."""
    return re.findall(r"\w+", norm_text(s))


def overlap_f1(a: str, b: str) -> float:
    """Word-overlap F1 of two texts (bag of words)."""
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def name_words(s: str | None) -> list[str]:
    """The words of a name, titles and honorifics dropped."""
    return [w for w in re.findall(r"[a-z]+", (s or "").lower()) if w not in _titles()]


def speaker_ok(pred: str | None, gold: str | None, strict: bool = False) -> bool:
    """Whether a predicted speaker names the gold one (lenient: a shared word of 3+ letters)."""
    if not pred or not gold:
        return False
    p, g = name_words(pred), name_words(gold)
    if strict:
        return bool(p) and p == g
    return bool({w for w in p if len(w) >= 3} & {w for w in g if len(w) >= 3})


def match_quotes(pred: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one matching of quote texts with overlap F1 >= 0.5."""
    pairs = sorted(
        ((s, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if (s := overlap_f1(p, g)) >= 0.5),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def entity_matches(pred: str, gold: str) -> bool:
    """score.py's lenient entity rule on normalised names: equal, a word of the gold name (three
    letters or more), or containing the gold name."""
    return pred == gold or (len(pred) > 2 and (pred in gold.split() or gold in pred))


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

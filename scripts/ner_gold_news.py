#!/usr/bin/env python3
"""NER training sentences from Warta's own gold news folders (partial annotation).

Every gold article under ``tests/data/quotes_indosum*/`` lists its persons, organisations and
places by name (written by hand for ``score.py``; the texts are IndoSum news, CC BY-SA 4.0). This
script projects those lists back onto the article's tokens to give the NER news sentences whose
names were labelled by people, not by the model (the distillation of sessions 3 and 5 relabelled
text with the model's own ensemble and did not pay):

- every listed name is matched where its exact tokens occur (case-sensitive, longest match);
  a listed person's single capitalised words (``Stoltenberg`` for ``Jens Stoltenberg``) and an
  acronym the text defines for a listed name (``Mahkamah Agung (MA)``) match too;
  a surface form claimed by two labels is not used;
- every other token that may be part of a name (it has a capital letter or a digit) is *missing*
  (no loss), so a name the list leaves out or writes differently never teaches the model "O";
  words without a capital, numbers, day and month names, titles and offices (``lang/id``), and a
  clause's first word when the articles write it in lower case elsewhere are ``O``;
- sentences of 4-80 tokens with at least one matched name are kept, without repeats and without
  any sentence whose key (``ner_data.key``) is in a dev or test file of the NER sets.

Held-out folders (default: the blind batches from ``es`` on) are left out so that entity F1 on
them stays a held-out figure; ``/work/shared/devset`` and PFSA-ID are never read.

    .venv/bin/python scripts/ner_gold_news.py --out build/ner/goldnews.jsonl
    .venv/bin/python scripts/train_ner.py --work build/ner/GN0 --out none --vectors build/ner/vecs \\
        --silver build/ner/goldnews.jsonl --seed 0
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy

from warta.annotate.ner_features import token_classes
from warta.lang import table
from warta.segment.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DEV_FILES, MISSING, TEST_FILES, key, load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = {"persons": "PERSON", "organizations": "ORG", "locations": "LOC"}
HELD_OUT_FROM = "es"  # blind batches written after the entity verifier's training cut


def folders(held_out_from: str) -> list[Path]:
    """Gold folders to read: every ``quotes_indosum*`` folder except the held-out batches."""
    out = []
    for d in sorted((ROOT / "tests" / "data").glob("quotes_indosum*")):
        suffix = d.name.removeprefix("quotes_indosum").lstrip("_")
        if len(suffix) == 2 and suffix >= held_out_from:
            continue
        out.append(d)
    return out


def surface_forms(gold: dict, text: str, tok) -> dict[tuple[str, ...], str]:
    """Token sequences to label for one article: names, persons' single words, defined acronyms."""
    claims: dict[tuple[str, ...], set[str]] = {}

    def claim(s: str, label: str) -> None:
        words = tuple(t.text for t in tok(s))
        if words:
            claims.setdefault(words, set()).add(label)

    for field, label in LABELS.items():
        for name in gold.get(field, []):
            claim(name, label)
            for m in re.finditer(re.escape(name) + r"\s*\(([A-Z][A-Za-z0-9&.-]{1,12})\)", text):
                claim(m.group(1), label)
            if label == "PERSON":
                for w in name.split():
                    if len(w) >= 3 and w[0].isupper() and w.isalpha():
                        claim(w, label)
    return {w: next(iter(labs)) for w, labs in claims.items() if len(labs) == 1}


def calendar_words() -> set[str]:
    """Lower-case day and month names (``O`` in every NER set: NER-UGM's TIME maps to O)."""
    return {row[0].lower() for name in ("weekdays", "months") for row in table("id", name)}


def tag_sentence(words: list[str], forms: dict[tuple[str, ...], str], lower_words: set[str],
                 calendar: set[str], name_words: set[str] | None = None,
                 keep: set[str] | None = None) -> tuple[list[str], int]:
    """IOB2 / missing tags for one sentence and the number of matched names.

    A matched place or organisation right next to a possible name word (``PN Jakarta Utara``
    when only ``Jakarta`` is listed), or a matched name followed by one, may be part of a longer
    name the list leaves out: it becomes missing too."""
    longest = max((len(f) for f in forms), default=0)
    classes = token_classes(words)
    tags: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            label = forms.get(tuple(words[i:i + size]))
            if label:
                tags += [f"B-{label}"] + [f"I-{label}"] * (size - 1)
                spans.append((i, i + size))
                i += size
                break
        else:
            w = words[i]
            opens = i == 0 or not any(c.isalnum() for c in words[i - 1])  # first word of a clause
            maybe_name = any(c.isupper() for c in w) or (
                any(c.isdigit() for c in w) and any(c.isalpha() for c in w))
            common = (w.lower() in calendar or classes[i] in ("T-ROLE", "T-TITLE")
                      or (opens and w.lower() in lower_words))
            unseen = name_words is not None and w not in name_words  # never part of a listed name
            tags.append(MISSING if maybe_name and not common and not unseen else "O")
            i += 1
    n = 0
    for a, b in spans:
        before = a > 0 and tags[a - 1] == MISSING and not tags[a].endswith("PERSON")
        after = b < len(tags) and tags[b] == MISSING
        opens = a == 0 or not any(c.isalnum() for c in words[a - 1])
        label = tags[a][2:]
        if before or after or (b - a == 1 and opens and words[a].lower() in lower_words) \
                or (keep is not None and label not in keep):  # "Salah satu"; a label not taught
            tags[a:b] = [MISSING] * (b - a)
        else:
            n += 1
    return tags, n


def main() -> None:
    """Write the projected sentences as ``{"words", "tags"}`` JSON Lines and print counts."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--held-out-from", default=HELD_OUT_FROM,
                    help="two-letter batches from this one on are left out (default: es)")
    ap.add_argument("--negatives", action="store_true",
                    help="a capitalised word no listed name of any article uses is O, not missing")
    ap.add_argument("--labels", default="PERSON,ORG,LOC",
                    help="labels taught; names of the other labels become missing")
    ap.add_argument("--limit", type=int, default=0, help="keep at most this many sentences (0: all)")
    a = ap.parse_args()
    keep = set(a.labels.split(","))
    nlp = spacy.blank("id")
    articles = [json.loads(p.read_text("utf-8")) for d in folders(a.held_out_from)
                for p in sorted(d.glob("*.json"))]
    lower = Counter(t.text for art in articles for t in nlp.tokenizer(art["text"]) if t.text.islower())
    lower_words = {w for w, c in lower.items() if c >= 3}
    banned = {key(s.words) for files in (DEV_FILES, TEST_FILES) for c, f in files.items() for s in load(c, f)}
    seen: set[str] = set()
    calendar = calendar_words()
    name_words = None
    if a.negatives:
        name_words = {t.text for art in articles for f in LABELS for n in art["gold"].get(f, [])
                      for t in nlp.tokenizer(n)}
    counts: Counter[str] = Counter()
    with open(a.out, "w", encoding="utf-8") as fh:
        for art in articles:
            text, gold = art["text"], art["gold"]
            forms = surface_forms(gold, text, nlp.tokenizer)
            skip = set(gold.get("boilerplate_lines", []))
            for start, end in split_sentences(text):
                sent = text[start:end]
                if sent.strip() in skip:
                    continue
                words = [t.text for t in nlp.tokenizer(sent) if not t.is_space]
                k = key(tuple(words))
                counts["sentences"] += 1
                if not 4 <= len(words) <= 80 or k in seen or k in banned:
                    counts["skipped: length, repeat or in a dev/test file"] += k in banned or k in seen
                    continue
                seen.add(k)
                tags, n = tag_sentence(words, forms, lower_words, calendar, name_words, keep)
                if not n or (a.limit and counts["kept"] >= a.limit):
                    continue
                counts["kept"] += 1
                counts["names"] += n
                counts["missing tokens"] += tags.count(MISSING)
                counts["tokens"] += len(tags)
                fh.write(json.dumps({"words": words, "tags": tags}, ensure_ascii=False) + "\n")
    counts["articles"] = len(articles)
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()

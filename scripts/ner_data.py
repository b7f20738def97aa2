"""Read, map and deduplicate the Indonesian NER corpora used to train Warta's shipped NER.

Every corpus is CoNLL-style (one token per line, tag in the last column, blank line between
sentences, IOB2). Each corpus's tag set is mapped explicitly to PERSON / ORG / LOC; tags not in
a corpus's map (TIME, QUANTITY, ...) become O. Training sentences that also occur (same tokens,
ignoring case and tokenisation) in a test file we report on or in a dev file used for model
selection are removed.

Used by scripts/train_ner.py and scripts/ner_eval.py; this module is a development tool and is
not part of the installed package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data")

# Explicit per-corpus tag maps (entity type after the B-/I- prefix -> Warta label).
TAG_MAPS: dict[str, dict[str, str]] = {
    "nergrit": {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "nerui": {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nerugm": {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC"},  # TIME, QUANTITY -> O
    "idner": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"},
}

# NERP (CC BY-SA 4.0): lower-cased news text, PPL/PLC/IND/EVT/FNB, organisations NOT annotated.
# It is used as *partial* annotation (see load_nerp): PPL/PLC become PERSON/LOC, IND/EVT/FNB and
# every O token that may be part of a name become missing (tag "-"), never O.
NERP_MAP = {"PPL": "PERSON", "PLC": "LOC"}
NERP_FILE = "nerp/train_preprocess.txt"
MISSING = "-"
# An O token of NERP stays O only if, in the cased training corpora, it is written capitalised in
# less than this share of its occurrences (function words, common nouns); otherwise it is missing.
NERP_CAP_SHARE = 0.2

TRAIN_FILES = {
    "nergrit": "nergrit/train_preprocess.txt",
    "nerui": "nerui/train.01.tsv",
    "nerugm": "nerugm/train.01.tsv",
    "idner": "idner-news-2k/train.txt",
}
DEV_FILES = {
    "nergrit": "nergrit/valid_preprocess.txt",
    "nerui": "nerui/dev.01.tsv",
    "nerugm": "nerugm/dev.01.tsv",
}
# idner-news-2k/dev.txt is not used for model selection: it re-annotates NER-UGM sentences, so
# using it would remove ~220 NER-UGM training sentences while NER-UGM dev already covers that text.
TEST_FILES = {
    "nergrit": "nergrit/test_preprocess.txt",
    "nerui": "nerui/test.01.tsv",
    "nerugm": "nerugm/test.01.tsv",
}


@dataclass(frozen=True)
class Sentence:
    """A pre-tokenised sentence with IOB2 tags already mapped to PERSON/ORG/LOC."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    pos: tuple[str, ...] = ()  # UPOS per token, only for the auxiliary tagger (train_ner.py --pos-aux)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read a CoNLL-style file into (tokens, raw tags) pairs; tolerates CRLF and 3-column lines."""
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        words.append(parts[0].strip())
        tags.append(parts[-1].strip())
    if words:
        sents.append((words, tags))
    return sents


def map_tags(tags: list[str], tag_map: dict[str, str]) -> tuple[str, ...]:
    """Map raw IOB2 tags to Warta labels; repair I- tags that do not continue an entity."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        prefix, raw = tag.split("-", 1)
        label = tag_map.get(raw)
        if label is None:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev != label:
            prefix = "B"
        out.append(f"{prefix}-{label}")
        prev = label
    return tuple(out)


def load(corpus: str, rel: str) -> list[Sentence]:
    """Load one file of one corpus with its tag map applied."""
    tag_map = TAG_MAPS[corpus]
    return [Sentence(tuple(w), map_tags(t, tag_map)) for w, t in read_conll(DATA / rel)]


def case_table(sents: list[Sentence]) -> dict[str, tuple[str, float]]:
    """Lower-cased word -> (most frequent written form, share of capitalised occurrences).

    Sentence-initial tokens are skipped (their capital says nothing about the word).
    """
    forms: dict[str, dict[str, int]] = {}
    for s in sents:
        for w in s.words[1:]:
            forms.setdefault(w.lower(), {}).setdefault(w, 0)
            forms[w.lower()][w] += 1
    table: dict[str, tuple[str, float]] = {}
    for low, counts in forms.items():
        total = sum(counts.values())
        cap = sum(n for f, n in counts.items() if f[:1].isupper())
        table[low] = (max(counts, key=counts.__getitem__), cap / total)
    return table


def load_nerp(rel: str, table: dict[str, tuple[str, float]]) -> list[Sentence]:
    """Load NERP as partial annotation, re-cased with `table` (built from the cased corpora).

    PPL -> PERSON, PLC -> LOC (cased as the table's most frequent form, else Title-case).
    IND/EVT/FNB tokens -> missing. An O token -> O only if it has no letter (punctuation,
    numbers) or the cased corpora write it in lower case almost always (capitalised share
    < NERP_CAP_SHARE); any other O token (possible organisation name, unknown word) -> missing.
    """
    out: list[Sentence] = []
    for words, raw in read_conll(DATA / rel):
        mapped = map_tags(raw, NERP_MAP)
        new_w: list[str] = []
        new_t: list[str] = []
        for i, (w, r, t) in enumerate(zip(words, raw, mapped, strict=True)):
            form, cap = table.get(w.lower(), (None, 1.0))
            if t != "O":
                cased = form if form and form[:1].isupper() else w[:1].upper() + w[1:]
                tag = t
            elif r != "O":  # IND / EVT / FNB
                cased = form if form and form[:1].isupper() else w[:1].upper() + w[1:]
                tag = MISSING
            elif not any(ch.isalpha() for ch in w):
                cased, tag = w, "O"
            elif form is not None and cap < NERP_CAP_SHARE:
                cased, tag = form, "O"
            else:
                cased = form or w
                tag = MISSING
            if i == 0:
                cased = cased[:1].upper() + cased[1:]
            new_w.append(cased)
            new_t.append(tag)
        out.append(Sentence(tuple(new_w), tuple(new_t)))
    return out


POS_FILES = {"idner": "idner-news-2k/train.txt", "ud-csui": "ud-id-csui/id_csui-ud-train.conllu"}


def pos_table() -> dict[str, tuple[str, ...]]:
    """Deduplication key -> UPOS tags of idner-news-2k's training sentences (automatic tags)."""
    table: dict[str, tuple[str, ...]] = {}
    words: list[str] = []
    tags: list[str] = []
    for line in (DATA / POS_FILES["idner"]).read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if words:
                table[key(tuple(words))] = tuple(tags)
            words, tags = [], []
        elif len(parts) >= 3:
            words.append(parts[0])
            tags.append(parts[1])
    return table


def load_ud_pos() -> list[Sentence]:
    """UD Indonesian-CSUI training sentences as surface tokens with UPOS and no NER annotation
    (every NER tag missing). A multiword token takes the UPOS of its first syntactic word."""
    out: list[Sentence] = []
    words: list[str] = []
    pos: list[str] = []
    skip_to = 0
    for line in (DATA / POS_FILES["ud-csui"]).read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                out.append(Sentence(tuple(words), (MISSING,) * len(words), tuple(pos)))
            words, pos, skip_to = [], [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            last = int(ident.split("-")[1])
            words.append(cols[1])
            pos.append("")  # filled by the first word of the range
            skip_to = last
            continue
        if skip_to and int(ident) <= skip_to:
            if not pos[-1]:
                pos[-1] = cols[3]
            continue
        words.append(cols[1])
        pos.append(cols[3])
    return out


def key(words: tuple[str, ...]) -> str:
    """Deduplication key: the token sequence lower-cased with all whitespace removed.

    Stricter than the exact token sequence: it also catches the same sentence tokenised
    differently (idner-news-2k writes `PDI-P` and `(PPP)` where NER-UGM has `PDI - P`, `( PPP )`).
    """
    return "".join("".join(w.split()) for w in words).lower()


def build_splits(use_nerp: bool = False) -> tuple[
    dict[str, list[Sentence]], dict[str, list[Sentence]], dict[str, list[Sentence]], dict
]:
    """Return (train, dev, test) sentences per corpus and a report of what deduplication removed.

    Train loses every sentence that occurs in any test or dev file, and repeats of a sentence
    already kept. Dev loses every sentence that occurs in a test file (we never select on test).
    With `use_nerp`, NERP's training file is added last as partial annotation (load_nerp).
    """
    test = {c: load(c, f) for c, f in TEST_FILES.items()}
    dev_raw = {c: load(c, f) for c, f in DEV_FILES.items()}
    test_keys = {key(s.words) for ss in test.values() for s in ss}
    test_exact = {s.words for ss in test.values() for s in ss}
    report: dict = {"train": {}, "dev": {}}
    dev: dict[str, list[Sentence]] = {}
    for c, ss in dev_raw.items():
        kept = [s for s in ss if key(s.words) not in test_keys]
        dev[c] = kept
        report["dev"][c] = {"read": len(ss), "removed_in_test": len(ss) - len(kept), "kept": len(kept)}
    dev_keys = {key(s.words) for ss in dev.values() for s in ss}
    seen: set[tuple[str, ...]] = set()
    train: dict[str, list[Sentence]] = {}
    files = dict(TRAIN_FILES, nerp=NERP_FILE) if use_nerp else TRAIN_FILES
    for c, f in files.items():
        if c == "nerp":
            ss = load_nerp(f, case_table([s for k in TRAIN_FILES for s in train[k]]))
        else:
            ss = load(c, f)
        kept, n_test, n_dev, n_rep = [], 0, 0, 0
        n_exact = sum(s.words in test_exact for s in ss)
        for s in ss:
            k = key(s.words)
            if k in test_keys:
                n_test += 1
            elif k in dev_keys:
                n_dev += 1
            elif k in seen:
                n_rep += 1
            else:
                seen.add(k)
                kept.append(s)
        train[c] = kept
        report["train"][c] = {
            "read": len(ss), "in_test_exact_tokens": n_exact, "removed_in_test": n_test,
            "removed_in_dev": n_dev, "removed_repeat": n_rep, "kept": len(kept),
        }
    return train, dev, test, report


if __name__ == "__main__":
    import sys

    _, _, _, rep = build_splits(use_nerp="--nerp" in sys.argv)
    print(json.dumps(rep, indent=1))

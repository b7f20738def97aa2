#!/usr/bin/env python3
"""Train small static word vectors for the NER from permissively licensed Indonesian text.

Text: IndoSum dev folds 02-04 (CC BY-SA 4.0; articles whose id is in dev.01 are dropped, dev.01 is
kept for evaluation and speed benchmarks), UD Indonesian-CSUI train (CC BY-SA 4.0), NERP
train/valid text without its tags (CC BY-SA 4.0) and the NER training sentences themselves
(never dev or test text). Tokens are re-tokenised with spaCy's blank("id") tokenizer so that
the vector keys match what the product sees. Vectors: gensim FastText (skipgram) -- a
development-time tool only (`pip install gensim`), never needed at run time.

    .venv/bin/python scripts/ner_vectors.py --out build/ner/vectors
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DATA, build_splits, read_conll  # noqa: E402


def indosum_sentences() -> list[str]:
    """Sentences (as text) of IndoSum dev.02-04 minus articles that also occur in dev.01."""
    held_out = {json.loads(line)["id"] for line in open(DATA / "indosum" / "dev.01.jsonl", encoding="utf-8")}
    seen: set[str] = set()
    out: list[str] = []
    for fold in ("02", "03", "04"):
        for line in open(DATA / "indosum" / f"dev.{fold}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in held_out or art["id"] in seen:
                continue
            seen.add(art["id"])
            for para in art["paragraphs"]:
                out.extend(" ".join(t for t in sent if t.strip()) for sent in para)
    return out


def ud_sentences(path: Path) -> list[str]:
    """`# text = ...` lines of a CoNLL-U file."""
    return [line[9:].strip() for line in open(path, encoding="utf-8") if line.startswith("# text = ")]


def corpus(extra: list[Path] = ()) -> list[str]:
    """All raw sentences used for the vectors (plus JSONL ``{"text": ...}`` files in `extra`, e.g.
    the output of scripts/ner_text_sources.py)."""
    train, _, _, _ = build_splits()
    sents = indosum_sentences()
    sents += ud_sentences(DATA / "ud-id-csui" / "id_csui-ud-train.conllu")
    for f in ("train_preprocess.txt", "valid_preprocess.txt"):
        sents += [" ".join(w) for w, _ in read_conll(DATA / "nerp" / f)]
    sents += [" ".join(s.words) for ss in train.values() for s in ss]
    for path in extra:
        with open(path, encoding="utf-8") as fh:
            sents += [json.loads(line)["text"] for line in fh if line.strip()]
    return sents


def main() -> None:
    """Tokenise the corpus, train FastText vectors, write them and convert to a spaCy vectors dir."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=30000)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--extra-text", type=Path, action="append", default=[],
                    help="more raw text, JSONL {\"text\": ...} (scripts/ner_text_sources.py --out)")
    ap.add_argument("--floret", action="store_true",
                    help="floret vectors (a subword hash table: every word gets a vector), not a word table")
    ap.add_argument("--bucket", type=int, default=50000, help="floret hash-table rows")
    ap.add_argument("--threads", type=int, default=1, help="floret threads (1 = reproducible)")
    ap.add_argument("--text-only", action="store_true",
                    help="only write the raw sentences as JSONL (input of `spacy pretrain`)")
    a = ap.parse_args()
    if a.text_only:
        Path(a.out).mkdir(parents=True, exist_ok=True)
        with open(Path(a.out) / "text.jsonl", "w", encoding="utf-8") as fh:
            for text in corpus(a.extra_text):
                fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        return
    tok = spacy.blank("id").tokenizer
    texts = corpus(a.extra_text)
    toks = [[t.text for t in doc if not t.is_space] for doc in tok.pipe(texts, batch_size=1000)]
    n_words = sum(len(t) for t in toks)
    print(f"{len(toks)} sentences, {n_words} tokens", flush=True)
    if a.floret:
        train_floret(toks, Path(a.out), a)
        return
    from gensim.models import FastText

    model = FastText(vector_size=a.dim, window=5, min_count=a.min_count, sg=1, workers=1, seed=a.seed,
                     epochs=a.epochs, min_n=3, max_n=5)
    model.build_vocab(corpus_iterable=toks)
    model.train(corpus_iterable=toks, total_examples=len(toks), epochs=a.epochs)
    counts = Counter(w for s in toks for w in s)
    words = [w for w, c in counts.most_common(a.max_words) if c >= a.min_count]
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    vec_txt = out / "vectors.txt"
    with open(vec_txt, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {a.dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.4f}" for x in model.wv[w]) + "\n")
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(vec_txt), str(out / "spacy"),
                    "--name", "warta_id_vectors"], check=True)
    print(f"{len(words)} vectors -> {out / 'spacy'}")


def train_floret(toks: list[list[str]], out: Path, a: argparse.Namespace) -> None:
    """Train floret skipgram vectors (words and character 3-5-grams share one hash table of
    `a.bucket` rows, two rows per entry) and convert them to a spaCy vectors dir (floret mode)."""
    import floret

    out.mkdir(parents=True, exist_ok=True)
    text = out / "text.txt"
    with open(text, "w", encoding="utf-8") as fh:
        for sent in toks:
            fh.write(" ".join(sent) + "\n")
    model = floret.train_unsupervised(str(text), model="skipgram", mode="floret", hashCount=2,
                                      bucket=a.bucket, minn=3, maxn=5, dim=a.dim, epoch=a.epochs,
                                      minCount=a.min_count, thread=a.threads, verbose=0)
    vec = out / "vectors.floret"
    model.save_floret_vectors(str(vec))
    text.unlink()
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(vec), str(out / "spacy"),
                    "--mode", "floret", "--name", "warta_id_vectors"], check=True)
    print(f"floret vectors, {a.bucket} rows -> {out / 'spacy'}")


if __name__ == "__main__":
    main()

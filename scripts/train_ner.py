#!/usr/bin/env python3
"""Rebuild Warta's shipped Indonesian NER (PERSON / ORG / LOC) from the shared corpora.

One command, fixed seed:

    nice .venv/bin/python scripts/train_ner.py            # -> src/warta/models/ner/

Steps: read NERGrit, NER-UI (fold 01), NER-UGM (fold 01) and idner-news-2k, map their tags to
PERSON/ORG/LOC, drop training sentences that occur in a reported test file or a dev file
(scripts/ner_data.py), write spaCy DocBins, build static vectors (scripts/ner_vectors.py, needs
gensim), optionally pretrain the tok2vec, run `spacy train` (configs/ner_vectors.cfg) on CPU,
copy the best model (selected on the dev files only) into the package with a training report.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import iob_to_biluo, tags_to_entities

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_ner_gazetteer  # noqa: E402
import ner_augment  # noqa: E402
import ner_code  # noqa: E402,F401 - registers the lexicon-feature component and its raw-text reader
import ner_data  # noqa: E402
from ner_data import MISSING, Sentence, build_splits  # noqa: E402

from warta.annotate import ner_features  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def to_docbin(nlp: spacy.Language, sents: list[Sentence]) -> DocBin:
    """Gold Docs from pre-tokenised sentences (one space after every token but the last)."""
    db = DocBin(store_user_data=False)
    for s in sents:
        spaces = [True] * (len(s.words) - 1) + [False]
        doc = Doc(nlp.vocab, words=list(s.words), spaces=spaces)
        if MISSING in s.tags:  # partial annotation: "-" tokens stay missing (no loss), O set explicitly
            ents, outside, i = [], [], 0
            while i < len(s.tags):
                t = s.tags[i]
                if t.startswith("B-"):
                    j = i + 1
                    while j < len(s.tags) and s.tags[j] == "I-" + t[2:]:
                        j += 1
                    ents.append(Span(doc, i, j, label=t[2:]))
                    i = j
                    continue
                if t == "O":
                    outside.append(Span(doc, i, i + 1))
                i += 1
            doc.set_ents(ents, outside=outside, default="missing")
        else:
            doc.ents = [Span(doc, start, end + 1, label=label)
                        for label, start, end in tags_to_entities(iob_to_biluo(list(s.tags)))]
        for tok, tag in zip(doc, s.pos, strict=False):  # no UPOS: s.pos is empty
            tok.tag_ = tag
        db.add(doc)
    return db


def prepare(work: Path, use_nerp: bool = False, with_dev: bool = False,
            oversample: dict[str, int] | None = None, silver: Path | None = None,
            augment: tuple[int, float, bool] = (0, 0.5, False), seed: int = 0,
            pos_aux: bool = False, cv: tuple[int, int] | None = None) -> tuple[dict, list[Sentence]]:
    """Write train.spacy and dev.spacy under `work`; return the deduplication report and the
    training sentences.

    With `with_dev` the dev sentences are added to the training data too (final refit of a
    recipe whose settings and step count were chosen on dev beforehand). `silver` is a JSON Lines
    file of machine-labelled ``{"words", "tags"}`` sentences (scripts/ner_silver.py) added to train.
    ``augment`` = (copies, p, synthetic person names): mention replacement (scripts/ner_augment.py).
    ``pos_aux``: UPOS for an auxiliary tagger (configs/ner_pos.cfg) on idner-news-2k's sentences
    (automatic tags) plus UD Indonesian-CSUI's training sentences (gold tags, NER missing)."""
    train, dev, _test, report = build_splits(use_nerp)
    nlp = spacy.blank("id")
    work.mkdir(parents=True, exist_ok=True)
    times = oversample or {}
    train_sents = [s for c, ss in train.items() for s in ss * times.get(c, 1)]
    if with_dev:
        train_sents += [s for c, ss in dev.items() for s in ss * times.get(c, 1)]
    if cv is not None:  # cross-fitting: train on the other folds, keep fold k for out-of-fold predictions
        folds, k = cv
        held = [s for i, s in enumerate(train_sents) if i % folds == k]
        train_sents = [s for i, s in enumerate(train_sents) if i % folds != k]
        (work / "heldout.jsonl").parent.mkdir(parents=True, exist_ok=True)
        rows = (json.dumps({"words": list(x.words), "tags": list(x.tags)}, ensure_ascii=False) for x in held)
        (work / "heldout.jsonl").write_text("".join(r + "\n" for r in rows))
        report["cv"] = {"folds": folds, "fold": k, "held_out": len(held)}
    if silver is not None:
        extra = [json.loads(line) for line in silver.read_text("utf-8").splitlines() if line.strip()]
        train_sents += [Sentence(tuple(r["words"]), tuple(r["tags"])) for r in extra]
        report["silver"] = {"file": str(silver), "sentences": len(extra)}
    copies, p, with_names = augment
    if copies:
        from warta.annotate.ner_features import tables

        names = sorted(tables().names) if with_names else None
        extra_sents = ner_augment.augment(train_sents, copies, p, seed, names)
        report["augment"] = {"copies": copies, "p": p, "names": with_names, "sentences": len(extra_sents)}
        train_sents = train_sents + extra_sents
    if pos_aux:
        table = ner_data.pos_table()
        train_sents = [replace(s, pos=table.get(ner_data.key(s.words), ())) for s in train_sents]
        ud = ner_data.load_ud_pos()
        report["pos_aux"] = {"tagged_ner_sentences": sum(bool(s.pos) for s in train_sents),
                             "ud_sentences": len(ud)}
        train_sents = train_sents + ud
    to_docbin(nlp, train_sents).to_disk(work / "train.spacy")
    to_docbin(nlp, [s for ss in dev.values() for s in ss]).to_disk(work / "dev.spacy")
    (work / "dedup.json").write_text(json.dumps(report, indent=1))
    return report, train_sents


def setup_gazetteer(work: Path, sents: list[Sentence], folds: int, labels: list[str],
                    person_words: bool) -> dict:
    """Build the training-data gazetteer from `sents` (scripts/build_ner_gazetteer.py) and switch
    on the jackknife: a training sentence of fold k sees the gazetteer of the other folds; every
    other text (dev) and the saved model get the gazetteer of all `sents`."""
    docs = build_ner_gazetteer.tokenise(sents)
    full, fold_of, per_fold = build_ner_gazetteer.jackknife(
        docs, folds, seed=0, labels=labels, person_words=person_words)
    ner_features.set_jackknife(full, fold_of, per_fold)
    ner_features.write_gazetteer(full, work / "gazetteer.tsv")
    return {"folds": folds, "labels": labels, "person_words": person_words,
            "rows": len(full.rows()), "person_word_rows": len(full.words)}


def export(best: Path, dest: Path) -> None:
    """Save `best` to `dest` with a self-contained ner (its own tok2vec copy, no tok2vec pipe)."""
    # Build from the interpolated config: the listener's ${...} references die with the tok2vec pipe.
    cfg = spacy.util.load_config(best / "config.cfg", interpolate=True)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True)
    nlp.from_disk(best, exclude=["config.cfg"])
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.remove_pipe("tok2vec")
    nlp.to_disk(dest)


def pretrain(work: Path, config: Path, vectors: Path | None, epochs: int, seed: int) -> Path:
    """Run `spacy pretrain` (the `[pretraining]` block of `config`) on the raw vector text; return
    the last epoch's weights file."""
    out = work / "pretrain"
    last = out / f"model{epochs - 1}.bin"
    if last.is_file():
        return last
    script = str(ROOT / "scripts" / "ner_vectors.py")
    subprocess.run([sys.executable, script, "--out", str(out), "--text-only"], check=True)
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(config), str(out),
           "--code", str(ROOT / "scripts" / "ner_code.py"),
           "--paths.raw_text", str(out / "text.jsonl"), "--pretraining.max_epochs", str(epochs),
           "--system.seed", str(seed)]
    if vectors is not None:
        cmd += ["--paths.vectors", str(vectors)]
    subprocess.run(cmd, check=True)
    return last


def main() -> None:
    """Parse arguments, prepare data, train and install the model."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default=str(ROOT / "configs" / "ner_features.cfg"))
    ap.add_argument("--work", default=str(ROOT / "build" / "ner"), help="scratch folder (gitignored)")
    ap.add_argument("--out", default=str(ROOT / "src" / "warta" / "models" / "ner"),
                    help="where the best model is installed; 'none' to skip")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--vectors", default="build",
                    help="spaCy vectors directory; 'build' (default) trains them with scripts/ner_vectors.py "
                         "into WORK/vectors; 'none' for a config without static vectors")
    ap.add_argument("--pretrain-epochs", type=int, default=0,
                    help="run `spacy pretrain` (the config's [pretraining] block) for N epochs on the "
                         "vector text and start the tok2vec from it (0 = no pretraining)")
    ap.add_argument("--nerp", action="store_true",
                    help="add NERP as partial annotation (PPL/PLC; IND/EVT/FNB and possible names missing)")
    ap.add_argument("--refit-steps", type=int, default=0, metavar="N",
                    help="final refit: train on train + dev for exactly N steps (chosen on dev in an "
                         "earlier run) and install the last checkpoint instead of the best one")
    ap.add_argument("--dev-scores", type=Path, default=None, metavar="META_JSON",
                    help="with --refit-steps: the meta.json of the dev-selected run, whose dev scores "
                         "(per-label precision = the confidence ner_spans reports) go in the report")
    ap.add_argument("--oversample", action="append", default=[], metavar="CORPUS=N",
                    help="repeat one corpus's training sentences N times (e.g. nergrit=2)")
    ap.add_argument("--silver", type=Path, default=None, metavar="JSONL",
                    help="machine-labelled sentences added to training (scripts/ner_silver.py)")
    ap.add_argument("--augment", type=int, default=0, metavar="N",
                    help="add N rounds of mention replacement copies of the training sentences")
    ap.add_argument("--augment-p", type=float, default=0.5, help="replacement probability per mention")
    ap.add_argument("--augment-names", action="store_true",
                    help="half of the replaced PERSON mentions are synthetic names from "
                         "gazetteer_person_names.txt")
    ap.add_argument("--gazetteer", action="store_true",
                    help="training-data gazetteer feature (Token.tag_; needs a config embedding TAG, "
                         "e.g. configs/ner_gaz.cfg), jackknifed over the training sentences")
    ap.add_argument("--gaz-folds", type=int, default=5, metavar="K",
                    help="jackknife folds for --gazetteer (0 = training sentences see the full gazetteer)")
    ap.add_argument("--gaz-labels", default="PERSON,ORG,LOC", help="entity labels kept in the gazetteer")
    ap.add_argument("--gaz-no-person-words", action="store_true",
                    help="leave out the weak single-word person class (PTOK)")
    ap.add_argument("--cv", default=None, metavar="K:k",
                    help="train on all but fold k of K (out-of-fold predictions for a stacked span check)")
    ap.add_argument("--pos-aux", action="store_true",
                    help="train an auxiliary UPOS tagger on the shared tok2vec (use configs/ner_pos.cfg)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="extra config override, e.g. training.max_steps=4000")
    a = ap.parse_args()
    work = Path(a.work)
    times = {c: int(n) for c, n in (kv.split("=", 1) for kv in a.oversample)}
    report, train_sents = prepare(work, a.nerp, with_dev=a.refit_steps > 0, oversample=times, silver=a.silver,
                                  augment=(a.augment, a.augment_p, a.augment_names), seed=a.seed,
                                  pos_aux=a.pos_aux, cv=tuple(map(int, a.cv.split(":"))) if a.cv else None)
    if a.gazetteer:
        report["gazetteer"] = setup_gazetteer(work, train_sents, a.gaz_folds, a.gaz_labels.split(","),
                                              not a.gaz_no_person_words)
        print("gazetteer:", report["gazetteer"])
    overrides: dict = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "system.seed": a.seed,
    }
    vectors = None
    if a.vectors == "build":
        vectors = work / "vectors" / "spacy"
        if not (vectors / "config.cfg").is_file():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "ner_vectors.py"), "--out",
                            str(work / "vectors"), "--seed", str(a.seed)], check=True)
    elif a.vectors != "none":
        vectors = Path(a.vectors)
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
    if a.refit_steps:
        overrides.update({"training.max_steps": a.refit_steps, "training.patience": 0})
    if a.pretrain_epochs:
        weights = pretrain(work, Path(a.config), vectors, a.pretrain_epochs, a.seed)
        overrides["paths.init_tok2vec"] = str(weights)
    for kv in a.set:
        k, v = kv.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    from spacy.cli.train import train

    out_dir = work / "model"
    train(Path(a.config), out_dir, use_gpu=-1, overrides=overrides)
    best = out_dir / ("model-last" if a.refit_steps else "model-best")
    if a.out != "none":
        dest = Path(a.out)
        if dest.exists():
            card = dest / "MODEL_CARD.md"
            keep = card.read_text() if card.exists() else None
            shutil.rmtree(dest)
        else:
            keep = None
        export(best, dest)
        if keep is not None:
            (dest / "MODEL_CARD.md").write_text(keep)
        scores = a.dev_scores if a.refit_steps and a.dev_scores else best / "meta.json"
        meta = json.loads(scores.read_text())
        info = {"seed": a.seed, "config": Path(a.config).name, "command": " ".join(sys.argv[1:]),
                "refit_steps": a.refit_steps, "dev_scores_from": str(scores),
                "overrides": {k: v for k, v in overrides.items() if not k.startswith("paths.")},
                "dedup": report, "dev_scores": meta.get("performance", {})}
        (dest / "training_report.json").write_text(json.dumps(info, indent=1))
        print(f"installed {best} -> {dest}")


if __name__ == "__main__":
    main()

"""A "model soup" of the NER (measurement for issue #4; nothing is installed).

Branches: the recipe's pipeline ``--start`` (a trained model folder) is trained on for ``--steps``
more steps with ``--branches`` different seeds (``scripts/train_ner.py`` with a config whose
components are sourced from ``--start``); the soup is the element-wise mean of the branches' weights
(tok2vec and ner), written to ``--out``. One model, so it costs no run-time speed, unlike an
ensemble. Score it with ``scripts/ner_eval.py OUT --split dev``.

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/ner_soup.py --start build/ner/B0/model/model-best \
        --work build/ner/soupB0 --branches 8 --out build/ner/soupB0/soup
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.util import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import warta.annotate.ner  # noqa: E402,F401  (registers the feature component)


def sourced_config(start: Path, dest: Path) -> Path:
    """The recipe's config with every component copied from ``start``."""
    cfg = load_config(ROOT / "configs" / "ner_features.cfg")
    for name in ("tok2vec", "ner", "warta_ner_features"):
        cfg["components"][name] = {"source": str(start)}
    cfg.to_disk(dest)
    return dest


def average(out: Path, models: list[Path]) -> None:
    """Write the mean of the weights of ``models`` (same architecture) to ``out``."""
    nlps = [spacy.load(m) for m in models]
    for name in ("tok2vec", "ner"):
        walks = [list(n.get_pipe(name).model.walk()) for n in nlps]
        for nodes in zip(*walks, strict=True):
            for param in nodes[0].param_names:
                if all(node.has_param(param) for node in nodes):
                    nodes[0].set_param(param, sum(node.get_param(param) for node in nodes) / len(nodes))
    nlps[0].to_disk(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--start", type=Path, required=True, help="trained model folder the branches start from")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--branches", type=int, default=8)
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--learn-rate", type=float, default=0.0003)
    ap.add_argument("--vectors", default="build/ner/vecs")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    cfg = sourced_config(a.start, a.work / "branch.cfg")
    models = []
    for seed in range(1, a.branches + 1):
        work = a.work / f"branch{seed}"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), "--config", str(cfg),
                        "--work", str(work), "--out", "none", "--vectors", a.vectors, "--seed", str(seed),
                        "--set", f"training.max_steps={a.steps}", "--set", "training.patience=0",
                        "--set", f"training.optimizer.learn_rate={a.learn_rate}"], check=True)
        models.append(work / "model" / "model-last")
    average(a.out, models)
    print(f"soup of {len(models)} branches -> {a.out}")


if __name__ == "__main__":
    main()

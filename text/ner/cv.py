"""Cross-validation on the training sentences, to choose between model configurations.

    python -m text.ner.cv [--folds 5] [training options, as for text.ner.train]

Only the training part of ``train.jsonl`` (index % 10 != 0) is used: sentence
``j`` of that part is in fold ``j % folds``.  Each fold is predicted by a model
trained on the other folds (with its own jackknifed lexicon) through the full
recogniser (gazetteer and park rules included, parks scored as LOC), and the
spans of all folds are scored together, micro-averaged over PER / LOC / ORG.
The held-out sentences are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from text.ner.data import DEFAULT_DATA_DIR, MSRA_TYPES, Sentence, read_sentences, split
from text.ner.recognizer import Recognizer, to_msra
from text.ner.scoring import format_table, score
from text.ner.train import TrainConfig, prepare_guide, train_model


def cross_validate(
    sentences: list[Sentence],
    config: TrainConfig,
    folds: int = 5,
    *,
    log: bool = True,
    predictions: Path | None = None,
    guide: Path | None = None,
    data_dir: Path = DEFAULT_DATA_DIR,
) -> dict:
    gold: list[tuple] = []
    pred: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "guide" in config.groups and guide is None:  # one guide serves every fold
            guide = prepare_guide(Path(tmp) / "shared.crfsuite", None, data_dir)
        for k in range(folds):
            t0 = time.perf_counter()
            train = [s for j, s in enumerate(sentences) if j % folds != k]
            test = [(j, s) for j, s in enumerate(sentences) if j % folds == k]
            path = Path(tmp) / f"fold{k}.crfsuite"
            train_model(train, path, config, guide=guide, data_dir=data_dir)
            rec = Recognizer.load(path, groups=config.groups)
            fold_gold, fold_pred = [], []
            found = rec.predict_many([s.text for _, s in test])
            for (j, s), spans in zip(test, found, strict=True):
                fold_gold += [(j, a, b, t) for a, b, t in s.entities]
                fold_pred += [(j, p.start, p.end, to_msra(p.type)) for p in spans]
            gold += fold_gold
            pred += fold_pred
            if log:
                f1 = score(fold_gold, fold_pred, MSRA_TYPES)["micro"].f1
                print(
                    f"  fold {k}: F1 {100 * f1:.2f} ({time.perf_counter() - t0:.0f} s)", flush=True
                )
    if predictions is not None:
        write_predictions(predictions, sentences, pred)
    return score(gold, pred, MSRA_TYPES)


def write_predictions(path: Path, sentences: list[Sentence], pred: list[tuple]) -> None:
    """One JSON line per training sentence: its text, gold and predicted spans (for errors)."""
    by_sentence: dict[int, list] = {}
    for j, a, b, t in pred:
        by_sentence.setdefault(j, []).append([a, b, t])
    with path.open("w", encoding="utf-8") as handle:
        for j, s in enumerate(sentences):
            row = {
                "i": j,
                "text": s.text,
                "gold": [list(e) for e in s.entities],
                "pred": sorted(by_sentence.get(j, [])),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--predictions", type=Path, help="write the CV predictions (JSONL)")
    parser.add_argument(
        "--guide", type=Path, help="an existing guide model to use (else one is trained)"
    )
    TrainConfig.add_arguments(parser)
    args = parser.parse_args(argv)
    config = TrainConfig.from_args(args)
    train, _ = split(read_sentences(args.data / "train.jsonl"))
    print(f"{args.folds}-fold CV over {len(train)} training sentences: {config}", flush=True)
    scores = cross_validate(
        train,
        config,
        args.folds,
        predictions=args.predictions,
        guide=args.guide,
        data_dir=args.data,
    )
    print(format_table("cross-validation", scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())

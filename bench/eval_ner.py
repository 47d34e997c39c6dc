"""Entity recogniser quality and speed.

Prints precision / recall / F1 per type and micro-averaged on
 1. the development split of the full training corpora (``data.full_corpus``: one
    sentence in 20 of msra_train_full + peoples_daily_1998_jan, never trained on),
    MSRA types; with ``--corpus sample``, the held-out tenth of train.jsonl instead;
 2. the same sentences converted to Traditional with OpenCC (s2t and s2tw);
 3. the hand-annotated seed articles (tests/data/seed_gold_ner.json), four types;
 4. the entity tree of the seed library against the hand-checked list of names
    (tests/data/seed_tree_gold.json): precision and recall at several confidence
    thresholds, the one the tree uses marked;
then the model load time and the prediction speed on the seed articles.  With the
held-out data, (1) is followed by how many of the held-out entities the tree's
threshold would hide, right and wrong ones (an entity's confidence is its best mention's).

    .venv/bin/python bench/eval_ner.py [--data DIR] [--model PATH] [--errors]
                                       [--corpus full|sample]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed_tree import seed_tree_scores  # noqa: E402
from db.entities import TREE_THRESHOLD  # noqa: E402
from text.fold import fold  # noqa: E402
from text.ner.data import (  # noqa: E402
    DEFAULT_DATA_DIR,
    FULL_CORPUS_FILES,
    MSRA_TYPES,
    full_corpus,
    held_out,
)
from text.ner.recognizer import DEFAULT_MODEL_PATH, NER_TYPES, Recognizer, to_msra  # noqa: E402
from text.ner.scoring import format_table, score  # noqa: E402


def held_out_tables(rec: Recognizer, data_dir: Path, corpus: str) -> None:
    import opencc

    if corpus == "full":
        sentences, title = full_corpus(data_dir)[1], "development split"
    else:
        sentences, title = held_out(data_dir), "held-out tenth of train.jsonl"
    converters = {"s2t": opencc.OpenCC("s2t").convert, "s2tw": opencc.OpenCC("s2tw").convert}
    gold = [(i, a, b, t) for i, s in enumerate(sentences) for a, b, t in s.entities]
    runs: dict[str, list] = {"Simplified": [], "s2t": [], "s2tw": []}
    skipped = 0
    texts: dict[str, list[str]] = {"Simplified": [s.text for s in sentences]}
    for name, convert in converters.items():
        texts[name] = []
        for s in sentences:
            text = convert(s.text)
            if len(text) != len(s.text):  # offsets would not line up: score the original
                skipped += 1
                text = s.text
            texts[name].append(text)
    best: dict[tuple[str, str], float] = {}  # (type, name) -> its best confidence
    right: set[tuple[str, str]] = set()
    gold_set = set(gold)
    for name, run in texts.items():
        for i, spans in enumerate(rec.predict_many(run)):
            runs[name] += [(i, p.start, p.end, to_msra(p.type)) for p in spans]
            if name == "Simplified":
                for p in spans:
                    key = (p.type, p.text)
                    best[key] = max(best.get(key, 0.0), p.confidence)
                    if (i, p.start, p.end, to_msra(p.type)) in gold_set:
                        right.add(key)
    n = len(sentences)
    print(
        format_table(
            f"(1) {title}, {n} sentences, Simplified", score(gold, runs["Simplified"], MSRA_TYPES)
        )
    )
    for name in converters:
        print()
        print(
            format_table(f"(2) {title}, Traditional ({name})", score(gold, runs[name], MSRA_TYPES))
        )
    if skipped:
        print(f"({skipped} conversions changed length and were scored unconverted)")
    hidden_right = sum(best[k] < TREE_THRESHOLD for k in right)
    wrong = [k for k in best if k not in right]
    hidden_wrong = sum(best[k] < TREE_THRESHOLD for k in wrong)
    print(
        f"\nthreshold {TREE_THRESHOLD}: the tree would hide {hidden_right} of {len(right)}"
        f" held-out entities with a right mention ({hidden_right / max(len(right), 1):.1%})"
        f" and {hidden_wrong} of {len(wrong)} with none ({hidden_wrong / max(len(wrong), 1):.1%})"
    )


def seed_table(rec: Recognizer, show_errors: bool) -> None:
    gold_rows = json.loads((ROOT / "tests" / "data" / "seed_gold_ner.json").read_text("utf-8"))
    gold = [(g["article"], g["start"], g["end"], g["type"]) for g in gold_rows]
    pred = []
    texts: dict[str, str] = {}
    for name in sorted({g[0] for g in gold}):
        texts[name] = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        pred += [(name, p.start, p.end, p.type) for p in rec.predict(texts[name])]
    print()
    print(format_table("(3) seed articles, hand-annotated gold", score(gold, pred, NER_TYPES)))
    if show_errors:
        for label, keys in (("missed", set(gold) - set(pred)), ("spurious", set(pred) - set(gold))):
            print(f"\n{label}:")
            for art, a, b, t in sorted(keys):
                print(
                    f"  {art[:3]} {t:<12} {texts[art][a:b]}  …{fold(texts[art][max(0, a - 8) : b + 8])}…"
                )


TREE_THRESHOLDS = (None, 0.5, 0.6, 0.7, TREE_THRESHOLD, 0.8, 0.9)


def seed_tree_table(show_errors: bool, rec: Recognizer) -> None:
    """(4): the seed library's tree (import and extraction in a temporary folder)."""
    thresholds = sorted(set(TREE_THRESHOLDS), key=lambda t: -1 if t is None else t)
    scores = seed_tree_scores(thresholds, rec)
    print()
    print("(4) seed library entity tree, hand-checked list of names")
    print(f"{'threshold':<12}{'P':>8}{'R':>8}{'F1':>8}{'shown':>7}{'right':>7}{'listed':>7}")
    for t in thresholds:
        r = scores[t]
        label = "none" if t is None else f"{t:g}" + (" (tree)" if t == TREE_THRESHOLD else "")
        print(
            f"{label:<12}{100 * r.precision:8.2f}{100 * r.recall:8.2f}{100 * r.f1:8.2f}"
            f"{r.shown:7}{r.right:7}{r.wanted:7}"
        )
    if show_errors:
        chosen = scores[TREE_THRESHOLD]
        print(f"\ntree at {TREE_THRESHOLD}, entries not on the list:")
        for art, kind, name in chosen.wrong:
            print(f"  {art[:3]} {kind:<12} {name}")
        print("listed names not in the tree:")
        for art, name in chosen.missed:
            print(f"  {art[:3]} {name}")


_COLD_LOAD = """
import sys, time
sys.path.insert(0, {root!r})
from text.fold import fold
fold("预热")
started = time.perf_counter()
from text.ner.recognizer import Recognizer
Recognizer.load({model!r})
print(time.perf_counter() - started)
"""


def speed(model: Path | None) -> None:
    code = _COLD_LOAD.format(root=str(ROOT), model=str(model) if model else None)
    cold = float(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )
    rec = Recognizer.load(model)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = text * 10
    rec.predict(text[:2000])
    wall, cpu = time.perf_counter(), time.process_time()
    rec.predict(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = len(text.encode("utf-8")) / 1024
    path = model or DEFAULT_MODEL_PATH
    print()
    print(
        f"model: {path.name}, {path.stat().st_size / 1e6:.1f} MB; cold load {cold:.3f} s (new process)"
    )
    print(
        f"prediction on {size:.0f} KB of seed text, one thread: "
        f"{size / cpu:.0f} KB/s per core (CPU time), {size / wall:.0f} KB/s wall clock"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="list seed errors")
    parser.add_argument("--corpus", choices=("full", "sample"), default="full")
    args = parser.parse_args()
    rec = Recognizer.load(args.model)
    needed = FULL_CORPUS_FILES if args.corpus == "full" else ("train.jsonl",)
    if all((args.data / name).exists() for name in needed):
        held_out_tables(rec, args.data, args.corpus)
    else:
        print(f"annotated data not found in {args.data}: development scores skipped")
    seed_table(rec, args.errors)
    seed_tree_table(args.errors, rec)
    speed(args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())

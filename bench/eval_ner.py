"""Entity recogniser quality and speed.

Prints precision / recall / F1 per type and micro-averaged on
 1. the development split of the full training corpora (``data.full_corpus``: one
    sentence in 20 of msra_train_full + peoples_daily_1998_jan, never trained on),
    MSRA types; with ``--corpus sample``, the held-out tenth of train.jsonl instead;
 2. the same sentences converted to Traditional with OpenCC (s2t and s2tw);
 3. the hand-annotated seed articles (tests/data/seed_gold_ner.json), four types;
then the model load time and the prediction speed on the seed articles.

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
    for name, run in texts.items():
        for i, spans in enumerate(rec.predict_many(run)):
            runs[name] += [(i, p.start, p.end, to_msra(p.type)) for p in spans]
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
    speed(args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())

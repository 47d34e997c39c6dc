"""Entity extraction throughput over a library, end to end (recognise, rules, store).

Builds a temporary library of the seed articles repeated (each copy made unique by
a first line), or with ``--news DIR`` of 1.8 MB of distinct news sentences, and runs
``db.extraction.extract_library`` on it in one process, which uses one core.
Prints KB/s of article text (median of ``--runs``).

    .venv/bin/python -m bench.bench_extract [--copies 60] [--runs 3] [--model PATH ...]
    .venv/bin/python -m bench.bench_extract --news ../shared/data/ner --runs 1

Repeated text is easier: after the first copy, the recogniser's word caches hold
every word.  Later runs in one process see the same text again, so for cold
caches compare single runs (``--runs 1``) in separate processes.

With several ``--model`` paths the runs alternate between the models, so their
figures (and ratios) are measured under the same load.  Throughput is given per
second of wall time and per second of the process's CPU time (the latter is
steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from db.articles import insert_article
from db.extraction import extract_library
from db.library import Library
from text.fold import detect_script
from text.ner.data import read_jsonl
from text.resources import seeds_dir


def seed_texts(copies: int) -> list[str]:
    """The seed articles ``copies`` times, each copy made unique by a first line."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    return [f"第{i}期\n{seed}" for i in range(copies) for seed in seeds]


def news_texts(data_dir: Path, per_article: int = 40) -> list[str]:
    """Distinct news text: the annotated sentences of ``data_dir`` (People's Daily / MSRA
    and CLUENER2020's Sina news, see its README), ``per_article`` to an article.  Unlike
    repeated seed articles, nearly every word is new to the caches, as in a real corpus."""
    lines = [
        row["text"]
        for name in ("train.jsonl", "cluener_train.jsonl")
        for row in read_jsonl(data_dir / name)
    ]
    return ["\n".join(lines[i : i + per_article]) for i in range(0, len(lines), per_article)]


def build(folder: Path, texts: list[str]) -> tuple[Library, float]:
    lib = Library.open(folder / "extract.duizhao")
    size = 0
    with lib.transaction() as conn:
        for i, text in enumerate(texts):
            size += len(text.encode("utf-8"))
            insert_article(conn, title=str(i), text=text, script=detect_script(text))
    return lib, size / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--model", type=Path, action="append", help="entity model (default: the shipped one)"
    )
    ap.add_argument(
        "--news",
        type=Path,
        metavar="DIR",
        help="use the distinct sentences of DIR/train.jsonl and cluener_train.jsonl"
        " (e.g. ../shared/data/ner) instead of repeated seed articles",
    )
    args = ap.parse_args()
    texts = news_texts(args.news) if args.news else seed_texts(args.copies)
    from text.ner.recognizer import DEFAULT_MODEL_PATH, Recognizer

    t = time.perf_counter()
    models = {str(p): Recognizer.load(p) for p in (args.model or [DEFAULT_MODEL_PATH])}
    for rec in models.values():
        rec.predict("北京中关村。")  # loads the segmenter and warms the caches
    print(f"models and segmenter loaded in {time.perf_counter() - t:.2f} s")
    rates: dict[str, list[float]] = {name: [] for name in models}
    cpu_rates: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(args.runs):
        for name, rec in models.items():
            with tempfile.TemporaryDirectory() as tmp:
                lib, kb = build(Path(tmp), texts)
                t, cpu = time.perf_counter(), time.process_time()
                n = extract_library(lib, recognizer=rec)
                elapsed = time.perf_counter() - t
                cpu = time.process_time() - cpu
                lib.close()
            rates[name].append(kb / elapsed)
            cpu_rates[name].append(kb / cpu)
            print(
                f"  {name}: {n} articles, {kb:,.0f} KB in {elapsed:.1f} s = {kb / elapsed:,.0f} KB/s"
                f" ({kb / cpu:,.0f} KB per CPU second)"
            )
    first = statistics.median(next(iter(rates.values())))
    first_cpu = statistics.median(next(iter(cpu_rates.values())))
    for name, values in rates.items():
        median = statistics.median(values)
        median_cpu = statistics.median(cpu_rates[name])
        print(
            f"extraction (one process, one core), {name}: median {median:,.0f} KB/s,"
            f" {median_cpu:,.0f} KB per CPU second"
            + (
                f" ({median / first:.2f} / {median_cpu / first_cpu:.2f} x the first model)"
                if len(rates) > 1
                else ""
            )
        )


if __name__ == "__main__":
    main()

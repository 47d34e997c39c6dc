"""Entity extraction throughput over a library, end to end (recognise, rules, store).

Builds a temporary library of the seed articles repeated (each copy made unique by
a first line), or with ``--news DIR`` of 1.8 MB of distinct news sentences, and runs
``db.extraction.extract_library`` on it.  Prints KB/s of article text (median of
``--runs``).

    .venv/bin/python -m bench.bench_extract [--copies 60] [--runs 3] [--model PATH ...]
    .venv/bin/python -m bench.bench_extract --news ../shared/data/ner --runs 1
    .venv/bin/python -m bench.bench_extract --news ../shared/data/ner --runs 3 --jobs 1 2

``--jobs N ...``: recognition in N worker processes (1, the default: in this process,
one core).  With several values the runs alternate between them, so their medians
are measured under the same load.  A run with processes includes their start (each
loads the model); the in-process runs use the model loaded once beforehand.
``--child`` adds, for each N > 1, runs through ``db.extraction_child`` (the
window's way: a process of its own reads, starts the N workers and stores).

Repeated text is easier: after the first copy, the recogniser's word caches hold
every word.  Later runs in one process see the same text again, so for cold
caches compare single runs (``--runs 1``) in separate processes.

With several ``--model`` paths the runs alternate between the models, so their
figures (and ratios) are measured under the same load.  Throughput is given per
second of wall time and per second of CPU time (of this process and its workers;
steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from db.articles import insert_article
from db.extraction import extract_library, pending_articles
from db.extraction_child import extract_in_child
from db.library import Library
from text.fold import detect_script
from text.ner.data import read_jsonl
from text.resources import seeds_dir


def seed_texts(copies: int) -> list[str]:
    """The seed articles ``copies`` times, each copy made unique by a first line."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    return [f"第{i}期\n{seed}" for i in range(copies) for seed in seeds]


NEWS_FILES = ("train.jsonl", "cluener_train.jsonl")


def news_texts(
    data_dir: Path, per_article: int = 40, names: tuple[str, ...] = NEWS_FILES
) -> list[str]:
    """Distinct news text: the annotated sentences of ``data_dir`` (People's Daily / MSRA
    and CLUENER2020's Sina news, see its README), ``per_article`` to an article.  Unlike
    repeated seed articles, nearly every word is new to the caches, as in a real corpus."""
    lines = [row["text"] for name in names for row in read_jsonl(data_dir / name)]
    return ["\n".join(lines[i : i + per_article]) for i in range(0, len(lines), per_article)]


def build(folder: Path, texts: list[str]) -> tuple[Library, float]:
    lib = Library.open(folder / "extract.duizhao")
    size = 0
    with lib.transaction() as conn:
        for i, text in enumerate(texts):
            size += len(text.encode("utf-8"))
            insert_article(conn, title=str(i), text=text, script=detect_script(text))
    return lib, size / 1024


def cpu_seconds() -> float:
    """CPU time of this process and of its ended child processes (the workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


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
    ap.add_argument(
        "--news-files",
        nargs="+",
        default=list(NEWS_FILES),
        metavar="NAME",
        help="with --news: the files of DIR to read (e.g. peoples_daily_1998_jan.jsonl,"
        " a month of People's Daily, for a larger job)",
    )
    ap.add_argument(
        "--jobs",
        type=int,
        nargs="+",
        default=[1],
        metavar="N",
        help="recognition processes; several values alternate (default 1: in this process)",
    )
    ap.add_argument(
        "--child",
        action="store_true",
        help="with --jobs N > 1: also run each through a process of its own that stores"
        " (db.extraction_child, the window's way), alternating with the usual runs",
    )
    args = ap.parse_args()
    texts = (
        news_texts(args.news, names=tuple(args.news_files))
        if args.news
        else seed_texts(args.copies)
    )
    from text.ner.recognizer import DEFAULT_MODEL_PATH, Recognizer

    t = time.perf_counter()
    models = {str(p): Recognizer.load(p) for p in (args.model or [DEFAULT_MODEL_PATH])}
    for rec in models.values():
        rec.predict("北京中关村。")  # loads the segmenter and warms the caches
    print(f"models and segmenter loaded in {time.perf_counter() - t:.2f} s")
    runs = [(name, jobs) for name in models for jobs in args.jobs]
    if args.child:  # a negative count: the same processes, stored by a child (the window's way)
        runs += [(name, -jobs) for name in models for jobs in args.jobs if jobs > 1]
    label = {
        (name, jobs): name
        + (
            f", {-jobs} processes, stored by a process of its own (the window's way)"
            if jobs < 0
            else f", {jobs} processes"
            if jobs > 1
            else ", in process (one core)"
        )
        for name, jobs in runs
    }
    rates: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
    cpu_rates: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
    steady: dict[tuple[str, int], list[float]] = {run: [] for run in runs}
    for _ in range(args.runs):
        for name, jobs in runs:
            # In process the loaded model is used; processes load it from its file.
            rec = models[name] if jobs == 1 else name
            with tempfile.TemporaryDirectory() as tmp:
                lib, kb = build(Path(tmp), texts)
                first: list[tuple[float, int]] = []  # when the first batch was stored

                def progress(done: int, total: int, first: list = first) -> None:
                    if done and not first:
                        first.append((time.perf_counter(), done))

                t, cpu = time.perf_counter(), cpu_seconds()
                if jobs < 0:
                    n = extract_in_child(
                        lib.path,
                        pending_articles(lib),
                        jobs=-jobs,
                        progress=progress,
                        recognizer=rec,
                    )
                else:
                    n = extract_library(lib, recognizer=rec, jobs=jobs, progress=progress)
                end = time.perf_counter()
                elapsed = end - t
                cpu = cpu_seconds() - cpu
                lib.close()
            rates[(name, jobs)].append(kb / elapsed)
            cpu_rates[(name, jobs)].append(kb / cpu)
            # After the first stored batch: the rate once the workers are up (their start
            # and the first batch left out; articles are of similar size).
            t_first, d_first = first[0]
            rest = kb * (n - d_first) / n / (end - t_first) if n > d_first else 0.0
            steady[(name, jobs)].append(rest)
            print(
                f"  {label[(name, jobs)]}: {n} articles, {kb:,.0f} KB in {elapsed:.1f} s"
                f" = {kb / elapsed:,.0f} KB/s ({kb / cpu:,.0f} KB per CPU second);"
                f" first batch stored after {t_first - t:.1f} s, {rest:,.0f} KB/s after it",
                flush=True,
            )
    first = statistics.median(rates[runs[0]])
    first_cpu = statistics.median(cpu_rates[runs[0]])
    for run, values in rates.items():
        median = statistics.median(values)
        median_cpu = statistics.median(cpu_rates[run])
        print(
            f"extraction, {label[run]}: median {median:,.0f} KB/s,"
            f" {median_cpu:,.0f} KB per CPU second,"
            f" {statistics.median(steady[run]):,.0f} KB/s after the first batch"
            + (
                f" ({median / first:.2f} / {median_cpu / first_cpu:.2f} x the first)"
                if len(rates) > 1
                else ""
            )
        )


if __name__ == "__main__":
    main()

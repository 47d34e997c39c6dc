"""kill -9 trials: a library stays sound whenever an import or an extraction is killed.

Each trial starts ``main.py import`` (import, then extraction) on a library in a
temporary folder, kills it with SIGKILL after a random delay, then opens the
library and checks it: SQLite's integrity check, the search index against the
articles (``db.health.check_library``, every article), entity counts against the
mentions, and extraction state (each article extracted has its mentions, none
is half done).  Then it runs the same command again and checks that it completes
the work (every file imported once; after extraction, no article left pending).
Trials alternate between killing during the import (``--no-extract`` of
``--import-articles`` files into a fresh library, long enough to commit several
times) and during extraction (``--articles`` already imported); the moment is drawn
between 10% and 95% of the duration of a whole run, measured first.

    .venv/bin/python -m bench.bench_crash [--trials 12] [--articles 1000] [--import-articles 8000] [--seed 1]

Prints one line per trial and a summary; exits 1 if any trial found a problem.
POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import iter_pairs, load_pool
from db import counts
from db.extraction import pending_articles
from db.health import check_library
from db.library import Library

ROOT = Path(__file__).resolve().parent.parent


def write_corpus(folder: Path, n: int, seed: int) -> None:
    pool = load_pool(sample=True)
    for i, (title, text) in enumerate(iter_pairs(n, seed=seed, pool=pool)):
        (folder / f"{i:05d}.txt").write_text(f"{title}\n\n{text}", "utf-8")


def main_py(lib: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--library", str(lib), *args]


def inspect(lib_path: Path) -> tuple[list[str], int, int, int]:
    """(problems, articles, extracted articles, entities shown) of a library after a kill."""
    problems: list[str] = []
    with Library.open(lib_path, create=False) as lib:
        report = check_library(lib)
        problems += report.problems
        wrong = counts.wrong_counts(lib.conn)
        if wrong:
            problems.append(f"{len(wrong)} entities miscounted")
        articles = report.articles
        pending = len(pending_articles(lib))
        # An article marked extracted keeps its mentions; a pending one has none stored
        # (extraction state and mentions are written together).
        half = lib.conn.execute(
            "SELECT count(DISTINCT m.article_id) FROM mentions m"
            " LEFT JOIN extraction_state s ON s.article_id = m.article_id"
            " WHERE s.article_id IS NULL"
        ).fetchone()[0]
        if half:
            problems.append(f"{half} articles have mentions but are not marked extracted")
        shown = lib.conn.execute(
            "SELECT count(*) FROM entities WHERE mentions > 0 AND status = 0"
        ).fetchone()[0]
    return problems, articles, articles - pending, shown


def timed(args: list[str]) -> float:
    t0 = time.monotonic()
    subprocess.run(args, check=True, capture_output=True)
    return time.monotonic() - t0


def trial(
    n: int, phase: str, corpora: dict, work: Path, base: Path, spans: dict, rng: random.Random
):
    """Kill at a random moment within the run's measured duration (10% to 95% of it)."""
    lib = work / f"trial{n}.duizhao"
    corpus = corpora[phase]
    if phase == "extraction":
        shutil.copy2(base, lib)
        args = main_py(lib, "import", str(corpus))  # all duplicates: extraction only
    else:
        args = main_py(lib, "import", "--no-extract", str(corpus))
    delay = rng.uniform(0.1, 0.95) * spans[phase]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    problems, articles, extracted, shown = inspect(lib)
    # Resume: the same command again finishes the work.
    again = subprocess.run(args, capture_output=True, text=True)
    after, articles2, extracted2, _ = inspect(lib)
    expected = len(list(corpus.iterdir()))
    if again.returncode != 0:
        after.append(f"re-run failed: {again.stderr.strip()[-200:]}")
    if articles2 != expected or (phase == "extraction" and extracted2 != expected):
        after.append(f"after re-run {articles2} articles, {extracted2} extracted of {expected}")
    return killed, delay, problems, articles, extracted, shown, after


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=12)
    ap.add_argument("--articles", type=int, default=1000, help="for extraction trials")
    ap.add_argument("--import-articles", type=int, default=8000, help="for import trials")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="duizhao-crash-") as tmp:
        work = Path(tmp)
        corpora = {"import": work / "to-import", "extraction": work / "to-extract"}
        for phase, count in (("import", args.import_articles), ("extraction", args.articles)):
            corpora[phase].mkdir()
            write_corpus(corpora[phase], count, args.seed)
        big = work / "imported-big.duizhao"
        spans = {"import": timed(main_py(big, "import", "--no-extract", str(corpora["import"])))}
        base = work / "imported.duizhao"
        timed(main_py(base, "import", "--no-extract", str(corpora["extraction"])))
        probe = work / "probe.duizhao"
        shutil.copy2(base, probe)
        spans["extraction"] = timed(main_py(probe, "import", str(corpora["extraction"])))
        print(
            f"a whole import of {args.import_articles} articles takes {spans['import']:.1f} s;"
            f" extraction of {args.articles} (with starting up) {spans['extraction']:.1f} s"
        )
        bad = 0
        kills = 0
        for n in range(1, args.trials + 1):
            phase = "import" if n % 2 else "extraction"
            killed, delay, problems, articles, extracted, shown, after = trial(
                n, phase, corpora, work, base, spans, rng
            )
            kills += killed
            verdict = "sound" if not problems and not after else "PROBLEM"
            bad += verdict != "sound"
            print(
                f"trial {n:2}  kill during {phase:10}  after {delay:4.1f} s"
                f"{'' if killed else ' (had finished)'}:  {articles} articles,"
                f" {extracted} extracted, {shown} entities shown;  {verdict}"
                + "".join(f"\n    {p}" for p in problems + after)
            )
        print(
            f"{args.trials} trials, {kills} killed mid-run, {bad} with a problem"
            " (integrity, index, counts, extraction state, resumed to completion)"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

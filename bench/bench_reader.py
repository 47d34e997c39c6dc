"""Opening one very long article in the window: wall time and peak memory.

    python -m bench.bench_reader [--chars 19000000] [--query 创新] [--rebuild]

Builds ``bench/data/long-article-<N>.duizhao`` once: a library holding one
Simplified article of ``--chars`` characters made of the seed articles'
paragraphs, each numbered so that no two are equal (the article is not added
to the search index, which the reader does not use).  Then a fresh process on
Qt's offscreen platform (data and settings folders in a temporary directory)
opens the window on it and times ``MainWindow.open_article`` plus one forced
paint of the reader, with the query's terms highlighted when ``--query`` is
given.  It prints the time, the resident memory before and after, and the
peak (``VmHWM``) of that process.  One run only: it is a figure to compare
before and after a change, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULT_PREFIX = "BENCH-READER-RESULT "

DRIVER = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from db.library import Library
from db.query import parse_query
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")

lib_path, query, ini = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication([])
window = MainWindow(Settings.at(Path(ini)), worker=Worker(sync=True))
window.auto_extract = False
window.resize(1400, 860)
window.set_library(Library.open(lib_path, create=False))
window.reading.timer.stop()  # the first row is opened below, under the clock
window.reading.pending = None
window.show()
app.processEvents()
window.runner.query = parse_query(query) if query else None
article_id = window.results_model.article_id(0)
before = status("VmRSS")
t0 = time.perf_counter()
window.open_article(article_id)
window.reader.repaint()
seconds = time.perf_counter() - t0
result = {
    "seconds": seconds,
    "rss_before_mb": before,
    "rss_after_mb": status("VmRSS"),
    "peak_mb": status("VmHWM"),
    "chars": len(window.reader.article.text),
    "shown_chars": len(window.reader.original_pane.toPlainText()),
    "hits": len(window.reader.hits),
}
print("BENCH-READER-RESULT " + json.dumps(result), flush=True)
"""


def seed_paragraphs() -> list[str]:
    """Every non-empty line of the Simplified seed articles."""
    from text.fold import detect_script

    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if detect_script(text) == "hans":
            out += [line.strip() for line in text.splitlines() if line.strip()]
    return out


def long_text(chars: int) -> str:
    paragraphs = seed_paragraphs()
    parts: list[str] = []
    total = i = 0
    while total < chars:
        line = f"（{i + 1}）{paragraphs[i % len(paragraphs)]}"
        parts.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(parts)[:chars]


def build_library(path: Path, chars: int) -> None:
    from db.articles import insert_article
    from db.library import Library

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    lib = Library.open(path)
    try:
        with lib.transaction() as conn:
            insert_article(
                conn,
                title=f"长文 {chars:,} 字",
                text=long_text(chars),
                script="hans",
                date="2024-01-01",
                source="bench",
                index=False,
            )
    finally:
        lib.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=19_000_000)
    parser.add_argument("--query", default="", help="highlight the hits of this query")
    parser.add_argument("--rebuild", action="store_true", help="build the library again")
    args = parser.parse_args(argv)

    lib_path = DATA / f"long-article-{args.chars}.duizhao"
    if args.rebuild or not lib_path.exists():
        build_library(lib_path, args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUIZHAO_DATA_DIR=tmp)
        env["XDG_CONFIG_HOME"] = tmp
        proc = subprocess.run(
            [sys.executable, "-c", DRIVER, str(lib_path), args.query, str(Path(tmp) / "s.ini")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    lines = [x for x in proc.stdout.splitlines() if x.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout + proc.stderr)
        return 1
    r = json.loads(lines[-1][len(RESULT_PREFIX) :])
    print(f"article              {r['chars']:,} characters (query: {args.query or 'none'})")
    print(f"open + paint         {r['seconds']:.2f} s")
    print(f"RSS before / after   {r['rss_before_mb']:.0f} / {r['rss_after_mb']:.0f} MB")
    print(f"peak RSS (VmHWM)     {r['peak_mb']:.0f} MB")
    print(f"characters shown     {r['shown_chars']:,} in each pane, {r['hits']:,} hits")
    return 0


if __name__ == "__main__":
    sys.exit(main())

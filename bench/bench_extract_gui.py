"""How the window answers keys while entity extraction runs.

Opens the window (Qt's offscreen platform, settings and data in a temporary folder)
on a fresh library of distinct news text (``--news DIR``, as ``bench.bench_extract``)
or of repeated seed articles, starts Entities ▸ Extract Entities with the given
number of recognition processes, and meanwhile a thread posts a key event (Left or
Right in the search box, alternately) every ``--every`` ms.  A key's latency is the
time from posting it to the end of its handling (an event posted right after it is
delivered).  Prints p50 / p95 / max per phase: the window idle, extraction in
process (``--jobs 1``) and in worker processes (``--jobs 2``), each on a fresh copy.

    .venv/bin/python -m bench.bench_extract_gui --news ../shared/data/ner [--jobs 1 2]

PySide prints "QObject: Cannot create children for a parent that is in a different
thread" once, when the first key is posted from the thread; the keys arrive all the same.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_extract import build, news_texts, seed_texts  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, metavar="DIR")
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--every", type=float, default=50.0, help="ms between keys")
    ap.add_argument("--idle", type=float, default=3.0, help="seconds of the idle phase")
    args = ap.parse_args()

    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from db.library import Library
    from gui.i18n import Translations
    from gui.mainwindow import MainWindow
    from gui.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="duizhao-bench-extract-gui-"))
    os.environ["DUIZHAO_DATA_DIR"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    texts = news_texts(args.news) if args.news else seed_texts(args.copies)
    lib, kb = build(tmp, texts)
    lib.close()
    source = tmp / "extract.duizhao"
    print(f"library: {len(texts)} articles, {kb:,.0f} KB; a key every {args.every:.0f} ms")

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    marker_type = QEvent.Type(QEvent.registerEventType())

    class Marker(QEvent):
        def __init__(self, posted: float) -> None:
            super().__init__(marker_type)
            self.posted = posted

    latencies: list[float] = []

    class Catcher(QObject):
        def event(self, event: QEvent) -> bool:
            if isinstance(event, Marker):
                latencies.append((time.perf_counter() - event.posted) * 1000)
                return True
            return super().event(event)

    catcher = Catcher()

    def phase(name: str, jobs: int | None) -> None:
        path = tmp / f"{name}.duizhao"
        shutil.copy2(source, path)
        settings = Settings.at(tmp / f"{name}.ini")
        translations = Translations()
        translations.apply("en")
        window = MainWindow(settings, translations=translations)
        window.auto_extract = False
        window.extractor.auto = False
        window.set_library(Library.open(path, create=False))
        window.show()
        edit = window.search_bar.edit
        edit.setText("京津冀协同创新")
        edit.setFocus()
        loop = QEventLoop()
        QTimer.singleShot(1000, loop.quit)  # the window settles
        loop.exec()
        latencies.clear()
        stop = threading.Event()

        def keys() -> None:
            right = True
            while not stop.wait(args.every / 1000):
                key = Qt.Key.Key_Right if right else Qt.Key.Key_Left
                right = not right
                posted = time.perf_counter()
                QApplication.postEvent(
                    edit, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
                )
                QApplication.postEvent(catcher, Marker(posted))

        poster = threading.Thread(target=keys, daemon=True)
        t0 = time.perf_counter()
        if jobs is None:
            poster.start()
            QTimer.singleShot(int(args.idle * 1000), loop.quit)
            loop.exec()
        else:
            window.extractor.jobs = jobs
            window.extractor.start()
            poster.start()
            check = QTimer()
            check.timeout.connect(lambda: None if window.extractor.running else loop.quit())
            check.start(20)
            loop.exec()
            check.stop()
        elapsed = time.perf_counter() - t0
        stop.set()
        poster.join()
        app.processEvents()
        rate = f", {kb / elapsed:,.0f} KB/s" if jobs is not None else ""
        print(
            f"{name}: {len(latencies)} keys in {elapsed:.1f} s{rate}; key handled"
            f" p50 {statistics.median(latencies):.1f} ms, p95 {pct(latencies, 0.95):.1f} ms,"
            f" max {max(latencies):.1f} ms",
            flush=True,
        )
        window.close()
        window.deleteLater()
        app.processEvents()

    phase("idle", None)
    for jobs in args.jobs:
        phase(f"extraction-jobs{jobs}", jobs)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Figures for the desktop window: start-up, keystroke to results, jump to the end, memory.

    python -m bench.bench_gui [--library-100k PATH] [--library-10k PATH] [--library-1m PATH]
                              [--columns seed,10k,100k,1m] [--runs N]
                              [--queries 40] [--tries 5] [--no-screenshot] [--json FILE]

Everything runs on Qt's offscreen platform with ``DUIZHAO_DATA_DIR`` and
``XDG_CONFIG_HOME`` pointing at a temporary folder, so no user data or settings
are read or written.  The benchmark libraries are only read: entity extraction
is switched off in every window the script opens.  See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.gui_report import STARTUP_PHASES, table
from db.entities import TREE_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULT_PREFIX = "BENCH-GUI-RESULT "

NAMED_TYPES = ("person", "organization", "place", "park", "document")  # the network's default

# The start-up driver: ``python main.py --library LIB`` (cli.main.run -> gui.app.run_gui,
# unchanged) with hooks that only record when each step ends.  Entity extraction is
# replaced by a no-op so the library is never written.  The moment the result list
# has painted rows, it prints the CLOCK_MONOTONIC marks (shared by all processes on
# Linux) and quits once the first article is shown as well (or after 10 s).
STARTUP_DRIVER = r"""
import time
T0 = time.monotonic()
import json, sys
marks = {"python": T0}
def mark(name):
    marks.setdefault(name, time.monotonic())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gui.mainwindow as mw
from gui.results_view import ResultsView
from gui.search_runner import SearchRunner
from gui.reading import Reading
mark("imports")
W = mw.MainWindow
_init, _set_library, _show = W.__init__, W.set_library, W.show
_search_done, _open_article, _paint = SearchRunner._done, Reading.open_article, ResultsView.paintEvent
def __init__(self, *a, **k):
    mark("qapp")
    _init(self, *a, **k)
    mark("window")
def set_library(self, lib):
    mark("library")
    _set_library(self, lib)
def show(self):
    _show(self)
    mark("shown")
def _finish():
    print("MARKS " + json.dumps(marks), flush=True)
    QApplication.quit()
def search_done(self, *a):
    _search_done(self, *a)
    if self.model.rowCount():
        mark("results")
def open_article(self, article_id):
    _open_article(self, article_id)
    mark("article")
    if "painted" in marks:
        QTimer.singleShot(0, _finish)
def paint(self, event):
    _paint(self, event)
    if "results" in marks and "painted" not in marks and self.model().rowCount():
        mark("painted")
        if "article" in marks:
            QTimer.singleShot(0, _finish)
        else:
            QTimer.singleShot(10000, _finish)
def start_extraction(self):
    marks["extraction_suppressed"] = time.monotonic()
W.__init__, W.set_library, W.show = __init__, set_library, show
SearchRunner._done, Reading.open_article, ResultsView.paintEvent = search_done, open_article, paint
from gui.extraction_feature import ExtractionFeature
ExtractionFeature.start = start_extraction
from cli.main import run
sys.exit(run(sys.argv[1:]))
"""

# ----------------------------------------------------------------- helpers


def machine() -> str:
    try:
        from bench.bench_core import machine as core_machine

        return core_machine()
    except Exception:  # noqa: BLE001  (opencc missing: a plainer line)
        import platform

        return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores"


def library_ready(path: Path) -> tuple[bool, str]:
    """Whether nothing is writing ``path`` (no bench_core process, a still WAL file)."""
    if not path.exists():
        return False, f"{path} does not exist"
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "bench.bench_core" in cmd or "bench_core.py" in cmd:
            try:  # another project's bench_core writes its own bench/data/
                if Path(os.readlink(proc / "cwd")) != path.resolve().parent.parent.parent:
                    continue
            except OSError:
                pass
            return False, f"bench_core is running (pid {proc.name}): the library may be importing"
    wal = path.with_name(path.name + "-wal")
    sizes = []
    for _ in range(2):
        sizes.append((wal.stat().st_size if wal.exists() else 0, path.stat().st_size))
        time.sleep(1.0)
    if sizes[0] != sizes[1]:
        return False, f"{path.name} is still growing"
    return True, ""


def build_seed_library(folder: Path) -> tuple[Path, str]:
    """The seed articles in a fresh library (entities extracted, as on a first start)."""
    from db.importer import import_paths
    from db.library import Library
    from text.resources import seeds_dir

    path = folder / "seed.duizhao"
    lib = Library.open(path)
    try:
        import_paths(lib, [seeds_dir()])
        note = ""
        try:
            from db.extraction import extract_library

            extract_library(lib)
        except Exception as exc:  # noqa: BLE001  (a figure without entities is still a figure)
            note = f"entity extraction failed ({type(exc).__name__}: {exc}); no entities"
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        lib.close()
    return path, note


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DUIZHAO_DATA_DIR"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # QSettings: never the user's settings
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


# ----------------------------------------------------------------- 1. start-up


def time_startup(lib: Path, runs: int, screenshot: bool) -> dict:
    """Spawn ``main.py --library LIB`` ``runs`` times; milliseconds from spawn to each mark."""
    out: dict = {"phases": {name: [] for name, _ in STARTUP_PHASES}, "screenshot": []}
    for i in range(runs):
        with tempfile.TemporaryDirectory(prefix="duizhao-bench-gui-") as tmp:
            env = child_env(Path(tmp))
            cmd = [sys.executable, "-c", STARTUP_DRIVER, "--library", str(lib)]
            t_spawn = time.monotonic()
            proc = subprocess.run(
                cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
            )
            line = next((x for x in proc.stdout.splitlines() if x.startswith("MARKS ")), None)
            if line is None:
                raise RuntimeError(f"start-up run failed ({proc.returncode}):\n{proc.stderr}")
            marks = json.loads(line[6:])
            if "extraction_suppressed" in marks:
                out["extraction_suppressed"] = True
            for name, _ in STARTUP_PHASES:
                if name in marks:
                    out["phases"][name].append((marks[name] - t_spawn) * 1000)
            if screenshot:
                shot = Path(tmp) / f"shot-{i}.png"
                cmd = [sys.executable, "main.py", "--screenshot", str(shot), "--library", str(lib)]
                t0 = time.monotonic()
                proc = subprocess.run(
                    cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
                )
                if proc.returncode == 0:
                    out["screenshot"].append((time.monotonic() - t0) * 1000)
    return out


# ----------------------------------------------------------------- 2-4. in the window


def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB (2**20 bytes)."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan"))


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def sample_queries(lib: object, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` queries of 1-4 CJK characters from random articles; every other one in the
    other script (OpenCC t2s / s2t).  Returns (query, kind) pairs."""
    from db.articles import all_article_ids, get_article
    from text.convert import convert

    rng = random.Random(f"duizhao-bench-gui:{seed}")
    ids = all_article_ids(lib, "id")  # type: ignore[arg-type]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    attempts = 0
    while len(out) < count and attempts < count * 200:
        attempts += 1
        length = 1 + len(out) % 4
        article = get_article(lib, rng.choice(ids))  # type: ignore[arg-type]
        if article is None or len(article.text) <= length:
            continue
        start = rng.randrange(len(article.text) - length)
        q = article.text[start : start + length]
        if not all(_is_cjk(c) for c in q):
            continue
        kind = article.script
        if len(out) % 2 == 1:
            conv = convert(q, "t2s" if article.script == "hant" else "s2t")
            if len(conv) == len(q):
                q, kind = conv, f"{article.script}→other"
        if q in seen:
            continue
        seen.add(q)
        out.append((q, kind))
    return out


def pick_filters(lib: object) -> dict:
    """Two filters for section 5 and the entity for the views, from the library itself:
    the source with most articles, the middle half of the dated articles' dates (their
    25th to 75th percentile), and the visible named entity with most mentions."""
    conn = lib.conn  # type: ignore[attr-defined]
    out: dict = {}
    row = conn.execute(
        "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL"
        " GROUP BY source ORDER BY n DESC, source LIMIT 1"
    ).fetchone()
    out["source"] = row[0] if row else None
    dated = int(conn.execute("SELECT count(*) FROM articles WHERE date IS NOT NULL").fetchone()[0])
    out["date_from"] = out["date_to"] = None
    if dated:
        at = "SELECT date FROM articles WHERE date IS NOT NULL ORDER BY date LIMIT 1 OFFSET ?"
        out["date_from"] = conn.execute(at, (dated // 4,)).fetchone()[0]
        out["date_to"] = conn.execute(at, ((dated * 3) // 4,)).fetchone()[0]
    marks = ", ".join("?" * len(NAMED_TYPES))
    row = conn.execute(
        "SELECT id, name, mentions, articles FROM entities WHERE status = 0"
        f" AND confidence >= ? AND type IN ({marks}) ORDER BY mentions DESC, id LIMIT 1",
        (TREE_THRESHOLD, *NAMED_TYPES),
    ).fetchone()
    out["entity"] = list(row) if row else None
    return out


def run_window(
    lib_path: Path,
    queries: int,
    tries: int,
    seed: int,
    facet_specs: int = 12,
    view_runs: int = 3,
    shots: Path | None = None,
) -> dict:
    """Keystroke to results, jump to the last row and memory, in this process."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from db.articles import article_count
    from db.library import Library
    from gui.i18n import Translations
    from gui.mainwindow import MainWindow
    from gui.search_bar import DEBOUNCE_MS
    from gui.settings import Settings

    tmp = tempfile.TemporaryDirectory(prefix="duizhao-bench-gui-")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    settings = Settings.at(Path(tmp.name) / "bench.ini")
    translations = Translations()
    translations.apply("en")
    window = MainWindow(settings, translations=translations)
    window.auto_extract = False
    window.extractor.start = lambda: None  # type: ignore[method-assign]  (never write)
    model, view, bar = window.results_model, window.results, window.search_bar

    # One waiter: a QEventLoop that ends when ``done()`` says so or after a timeout.
    state: dict = {}
    loop = QEventLoop()

    def wait(done: Callable[[], bool], timeout_ms: int = 60000) -> bool:
        state["done"] = done
        if done():
            return True
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        timer.stop()
        return done()

    def idle(msecs: int) -> None:
        """Let the window finish pending work (paints, the reader) for ``msecs``."""
        settle = QTimer()
        settle.setSingleShot(True)
        settle.start(msecs)
        wait(lambda: not settle.isActive(), msecs + 1000)

    def poke() -> None:
        check = state.get("done")
        if check is not None and check():
            loop.quit()

    def on_reset() -> None:
        state["reset_t"] = time.perf_counter()
        state["reset_ids"] = len(model.ids)
        QTimer.singleShot(0, paint_now)

    def paint_now() -> None:
        view.viewport().repaint()
        state["paint_t"] = time.perf_counter()
        poke()

    model.modelReset.connect(on_reset)
    _open_article = window.reading.open_article

    def open_article(article_id: int) -> None:
        _open_article(article_id)
        state["article_t"] = time.perf_counter()
        state.setdefault("article_before_paint", "paint_t" not in state)
        poke()

    window.reading.open_article = open_article  # type: ignore[method-assign]
    bar.queryChanged.connect(lambda _t: state.setdefault("query_t", time.perf_counter()))

    out: dict = {}
    lib = Library.open(lib_path, create=False)
    n = article_count(lib)
    out["articles"] = n
    t0 = time.perf_counter()
    window.set_library(lib)
    window.show()
    ok = wait(lambda: len(model.ids) == n and "paint_t" in state and "article_t" in state)
    out["open_list_ms"] = (time.perf_counter() - t0) * 1000 if ok else None
    out["rss_opened_mb"] = rss_mb()[0]

    picked = sample_queries(window.lib, queries, seed)
    out["queries"] = [q for q, _ in picked]

    def type_last_key(q: str) -> dict:
        """Text ``q[:-1]`` in the box, then the last character committed as by an input
        method; times up to the painted list and to the first article shown."""
        bar.edit.setText(q[:-1])  # no textEdited: no search
        bar.edit.completer_.popup().hide()
        idle(50)  # as between two keys: nothing left over from the previous search
        for key in ("reset_t", "paint_t", "article_t", "query_t", "article_before_paint"):
            state.pop(key, None)
        event = QInputMethodEvent("", [])
        event.setCommitString(q[-1])
        seq = window.runner.seq
        t_key = time.perf_counter()
        QApplication.sendEvent(bar.edit, event)
        t_handled = time.perf_counter()

        def finished() -> bool:
            if "paint_t" not in state or window.runner.seq == seq:
                return False
            return state.get("reset_ids", 0) == 0 or "article_t" in state

        ok = wait(finished)
        assert bar.edit.text() == q, (bar.edit.text(), q)
        if not ok:
            return {"timeout": True}
        return {
            "key_ms": (t_handled - t_key) * 1000,
            "query_ms": (state["query_t"] - t_key) * 1000,
            "paint_ms": (state["paint_t"] - t_key) * 1000,
            "article_ms": (state["article_t"] - t_key) * 1000 if "article_t" in state else None,
            "hits": state["reset_ids"],
            "article_first": bool(state.get("article_before_paint")),
            "stale": window.runner.shown_seq != window.runner.seq,
        }

    # 2. keystroke to results, without the debounce (the timer set to 0 ms) ...
    bar.timer.setInterval(0)
    bar.edit.setFocus()
    # warm-up (first search on the pool thread), with a query other than the first timed
    # one: typing what is already shown changes nothing, so nothing would be painted
    type_last_key(picked[-1][0])
    runs = [type_last_key(q) for q, _ in picked]
    out["typing"] = runs
    # ... and with it, on a few queries, to see the debounce actually waited.
    bar.timer.setInterval(DEBOUNCE_MS)
    out["debounce_ms"] = DEBOUNCE_MS
    out["typing_debounced"] = [type_last_key(q) for q, _ in picked[:8]]

    # 3. all ids listed, then jump to the last row.
    bar.edit.setText("")
    state.pop("paint_t", None)
    bar.set_text("", emit=True)
    wait(lambda: len(model.ids) == n and "paint_t" in state)
    jumps: list[dict] = []
    for _ in range(tries):
        view.scrollToTop()
        view.select_row(0)
        view.viewport().repaint()
        idle(50)  # the reader opens the first article
        model.clear_cache()  # cold: no row of the list in memory
        rows0, blocks0 = model.rows_fetched, model.fetches
        t0 = time.perf_counter()
        view.scrollToBottom()
        view.select_row(n - 1)
        view.viewport().repaint()
        t1 = time.perf_counter()
        last_visible = view.rowAt(view.viewport().height() - 1)
        jumps.append(
            {
                "ms": (t1 - t0) * 1000,
                "rows": model.rows_fetched - rows0,
                "blocks": model.fetches - blocks0,
                "last_visible": last_visible,
            }
        )
    out["jumps"] = jumps
    idle(100)
    out["article_open"] = window.reader.article is not None
    out["rss_mb"], out["hwm_mb"] = rss_mb()

    # 5. two filters, facets and the views, in the same window.
    facets, views, st = window.facets, window.workspace.views, window.state
    facets.refreshed.connect(lambda: (state.__setitem__("facets_t", time.perf_counter()), poke()))

    def on_built() -> None:
        state["built_t"] = time.perf_counter()
        poke()

    for v in views.views():
        v.built.connect(on_built)

    def quiet() -> bool:
        """Nothing of the window's is running: search shown, facets counted, views built."""
        return (
            window.runner.shown_seq == window.runner.seq
            and not facets.busy()
            and not facets.timer.isActive()
            and all(v._task is None for v in views.views())  # noqa: SLF001
        )

    def settle() -> None:
        """Wait until ``quiet`` (asked every 5 ms: its end signals nothing), then 50 ms."""
        poll = QTimer()
        poll.timeout.connect(poke)
        poll.start(5)
        wait(quiet)
        poll.stop()
        idle(50)

    picks = pick_filters(window.lib)
    out["filters"] = picks
    bar.timer.setInterval(0)
    bar.edit.setText("")
    bar.set_text("", emit=True)
    settle()
    if picks["date_from"]:
        st.set_dates(picks["date_from"], picks["date_to"])
    if picks["source"]:
        st.set_sources([picks["source"]])
    settle()
    type_last_key(picked[-1][0])  # warm-up with the filters (see section 2)
    out["typing_filtered"] = [type_last_key(q) for q, _ in picked]
    spec = st.spec()
    out["filters_kept"] = bool(spec.sources or not picks["source"]) and bool(
        spec.date_from or not picks["date_from"]
    )

    # typing ran with the Results tab in front, so the facets were not counted (they
    # are counted for the tab on screen); their refresh is timed with the Facets tab in
    # front and without the panel's pause: from the edit to the counts shown
    facets.timer.setInterval(0)
    tabs = facets.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    if tabs is not None:
        tabs.setCurrentWidget(facets)

    def time_facets(new_spec: object) -> dict:
        settle()
        state.pop("facets_t", None)
        t0 = time.perf_counter()
        st.set_spec(new_spec)  # type: ignore[arg-type]
        ok = wait(lambda: "facets_t" in state and facets.spec() == new_spec and not facets.busy())
        result = facets.facets()
        return {
            "ms": (state["facets_t"] - t0) * 1000 if ok else None,
            "total": result.total if result is not None else None,
        }

    from dataclasses import replace as _replace

    from db.spec import SearchSpec

    filtered = SearchSpec(
        date_from=picks["date_from"],
        date_to=picks["date_to"],
        sources=(picks["source"],) if picks["source"] else (),
    )
    out["facets_typed"] = [
        time_facets(_replace(filtered, query=q)) for q, _ in picked[:facet_specs]
    ]
    out["facets_filters"] = [time_facets(filtered) for _ in range(view_runs)]
    out["facets_library"] = [time_facets(SearchSpec()) for _ in range(view_runs)]

    # the views: the dock shown, one tab at a time (a hidden view does not build)
    out["views"] = {}
    if picks["entity"] is not None:
        eid, name = picks["entity"][0], picks["entity"][1]
        dock = views.dock(window)
        dock.show()
        window.resize(1400, 1000)
        for v in views.views():
            views.tabs.setCurrentWidget(v)
            key = "timeline" if v is views.timeline else "network"
            runs_: list[dict] = []
            for _ in range(view_runs):
                st.clear()
                settle()
                state.pop("built_t", None)
                t0 = time.perf_counter()
                st.set_entities([eid], [name])
                ok = wait(lambda v=v: "built_t" in state and v._task is None)  # noqa: SLF001
                v.canvas.repaint()
                t1 = time.perf_counter()
                runs_.append(
                    {
                        "ms": (state["built_t"] - t0) * 1000 if ok else None,
                        "painted_ms": (t1 - t0) * 1000 if ok else None,
                        "content": v.has_content(),
                        "error": v.error,
                    }
                )
            out["views"][key] = runs_
            if shots is not None:
                shots.mkdir(parents=True, exist_ok=True)
                settle()
                window.grab().save(str(shots / f"{out['articles']}-{key}.png"))
        if shots is not None:  # the chips: the entity and the two filters
            if picks["date_from"]:
                st.set_dates(picks["date_from"], picks["date_to"])
            if picks["source"]:
                st.set_sources([picks["source"]])
            settle()
            window.grab().save(str(shots / f"{out['articles']}-filters.png"))
    settle()
    out["rss_end_mb"], out["hwm_end_mb"] = rss_mb()
    window.close()
    app.processEvents()
    tmp.cleanup()
    return out


def time_window(
    lib: Path,
    queries: int,
    tries: int,
    seed: int,
    facet_specs: int = 12,
    view_runs: int = 3,
    shots: Path | None = None,
) -> dict:
    """``run_window`` in a fresh process, so its memory figure is that library's alone."""
    with tempfile.TemporaryDirectory(prefix="duizhao-bench-gui-") as tmp:
        cmd = [sys.executable, "-m", "bench.bench_gui", "--window-child", str(lib)]
        cmd += ["--queries", str(queries), "--tries", str(tries), "--seed", str(seed)]
        cmd += ["--facet-specs", str(facet_specs), "--view-runs", str(view_runs)]
        if shots is not None:
            cmd += ["--shots", str(shots.resolve())]
        proc = subprocess.run(
            cmd, cwd=ROOT, env=child_env(Path(tmp)), capture_output=True, text=True, timeout=1200
        )
    line = next((x for x in proc.stdout.splitlines() if x.startswith(RESULT_PREFIX)), None)
    if line is None:
        raise RuntimeError(f"window run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(line[len(RESULT_PREFIX) :])


# ----------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m bench.bench_gui", description=__doc__.split("\n")[0]
    )
    p.add_argument("--library-100k", type=Path, default=DATA / "library-100000.sqlite")
    p.add_argument("--library-1m", type=Path, default=DATA / "library-1000000.sqlite")
    p.add_argument("--library-10k", type=Path, default=DATA / "library-10000.sqlite")
    p.add_argument("--runs", type=int, default=5, help="start-up runs per library (default 5)")
    p.add_argument("--queries", type=int, default=40, help="typed queries (default 40)")
    p.add_argument("--tries", type=int, default=5, help="jumps to the last row (default 5)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-screenshot", action="store_true", help="skip the --screenshot timing")
    p.add_argument(
        "--facet-specs", type=int, default=12, help="typed queries whose facets are timed (12)"
    )
    p.add_argument("--view-runs", type=int, default=3, help="builds of each view timed (3)")
    p.add_argument(
        "--columns",
        default="seed,10k,100k",
        help="libraries to measure, of seed,10k,100k,1m (default seed,10k,100k)",
    )
    p.add_argument("--shots", type=Path, help="save pictures of the window (views, chips) here")
    p.add_argument("--json", type=Path, help="also write the raw figures here")
    p.add_argument("--window-child", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.window_child is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = run_window(
            args.window_child,
            args.queries,
            args.tries,
            args.seed,
            args.facet_specs,
            args.view_runs,
            args.shots,
        )
        print(RESULT_PREFIX + json.dumps(result, ensure_ascii=False), flush=True)
        os._exit(0)  # the figures are out; skip Qt's teardown

    print(f"Duizhao window benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC", flush=True)
    print(machine(), flush=True)
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="duizhao-bench-seed-") as tmp:
        seed_lib, note = build_seed_library(Path(tmp))
        if note:
            notes.append(f"seed: {note}")
        columns = {c.strip() for c in args.columns.split(",")}
        libs: list[tuple[str, Path]] = [("seed", seed_lib)] if "seed" in columns else []
        for name, path in (
            ("10k", args.library_10k),
            ("100k", args.library_100k),
            ("1m", args.library_1m),
        ):
            if name not in columns:
                continue
            ready, why = library_ready(path)
            if ready:
                libs.append((name, path))
            else:
                notes.append(f"{name} skipped: {why}")
        start: dict = {}
        window: dict = {}
        for name, path in libs:
            print(f"[{name}] start-up × {args.runs} …", file=sys.stderr, flush=True)
            start[name] = time_startup(path, args.runs, not args.no_screenshot)
            print(f"[{name}] window: typing, jump, memory …", file=sys.stderr, flush=True)
            window[name] = time_window(
                path,
                args.queries,
                args.tries,
                args.seed,
                args.facet_specs,
                args.view_runs,
                args.shots,
            )
            typed = window[name]["typing"]
            if any(r.get("timeout") for r in typed):
                notes.append(f"{name}: some queries timed out")
            first = sum(1 for r in typed if r.get("article_first"))
            if first:
                notes.append(f"{name}: {first} lists painted after the article opened")
            if not window[name]["article_open"]:
                notes.append(f"{name}: no article open at the memory reading")
    print(table(libs, start, window, args.runs))
    for name, path in libs:
        q = window[name]["queries"]
        shown = "" if name == "seed" else f" ({path})"
        print(f"{name}{shown}: {len(q)} queries: {' '.join(q)}")
    for name, _path in libs:
        f = window[name].get("filters")
        if f:
            entity = f["entity"][1] if f.get("entity") else "none"
            print(
                f"{name}: section 5 filters: dates {f['date_from']} – {f['date_to']},"
                f" source {f['source']}; views' entity: {entity}"
            )
        if not window[name].get("filters_kept", True):
            notes.append(f"{name}: the filters were lost while typing")
        if any(r.get("timeout") for r in window[name].get("typing_filtered", [])):
            notes.append(f"{name}: some filtered queries timed out")
    for note in notes:
        print("note:", note)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"startup": start, "window": window}, ensure_ascii=False, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

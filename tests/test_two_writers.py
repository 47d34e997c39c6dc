"""A second writer waits its turn, saying what holds the library, and Ctrl+C stops it;
the window and the command line work on one library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.articles import article_count
from db.library import Library
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker
from tests.helpers import ROOT, SEEDS

ONE_SEED = sorted(SEEDS.iterdir())[0]


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.duizhao"
    with Library.open(path) as lib:
        from db.importer import import_paths

        import_paths(lib, [ONE_SEED])
    return path


class Holder:
    """Another program in the middle of a change: it holds the library's write lock."""

    def __init__(self, path: Path, what: str) -> None:
        self.lib = Library.open(path)
        self.lib.activity = what
        self._tx = self.lib.transaction()
        self._tx.__enter__()

    def finish(self, *, commit: bool = True) -> None:
        error = None if commit else RuntimeError("abandoned")
        try:
            self._tx.__exit__(type(error) if error else None, error, None)
        finally:
            self.lib.close()


def _start_import(path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--library", str(path)]
        + ["import", "--no-extract", str(SEEDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def test_a_second_import_waits_for_the_first_and_says_for_what(lib_path: Path) -> None:
    holder = Holder(lib_path, "a test import")
    proc = _start_import(lib_path)
    try:
        first = proc.stderr.readline()  # blocks until the command reports
        assert first.startswith("waiting: lib.duizhao is being changed by a test import")
        assert f"(process {os.getpid()}," in first and "Ctrl+C" in first
    finally:
        holder.finish()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "3 imported, 1 duplicate(s)" in out
    with Library.open(lib_path) as lib:
        assert article_count(lib) == 4


def test_ctrl_c_stops_a_writer_that_waits(lib_path: Path) -> None:
    holder = Holder(lib_path, "a test import")
    proc = _start_import(lib_path)
    try:
        assert proc.stderr.readline().startswith("waiting:")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        holder.finish(commit=False)
    assert proc.returncode == 1
    assert "stopped waiting for a test import" in err and "Traceback" not in err
    with Library.open(lib_path) as lib:
        assert article_count(lib) == 1


def test_the_window_imports_once_the_command_line_has_finished(qtbot, lib_path: Path) -> None:
    window = MainWindow(Settings.at(lib_path.parent / "s.ini"), worker=Worker())
    window.auto_extract = False
    qtbot.addWidget(window)
    window.set_library(Library.open(lib_path, create=False))
    holder = Holder(lib_path, "'duizhao import'")
    try:
        job = window.import_paths([SEEDS])
        assert job is not None
        qtbot.waitUntil(
            lambda: "Waiting for 'duizhao import'" in job.progress.labelText(), timeout=30000
        )
        assert job.report is None  # still waiting, nothing failed
    finally:
        holder.finish()
    qtbot.waitUntil(lambda: job.report is not None, timeout=60000)
    assert len(job.report.added) == 3 and not job.report.failed
    assert job.summary is not None
    job.summary.accept()
    window.close()


def test_a_note_left_by_a_process_that_died_is_not_believed(tmp_path: Path) -> None:
    import json
    import socket

    from db.holder import describe_holder, note_path

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lib = tmp_path / "lib.duizhao"
    note = {"what": "'duizhao import'", "host": socket.gethostname(), "since": "then"}
    note_path(lib).write_text(json.dumps({**note, "pid": int(gone.stdout)}), "utf-8")
    assert describe_holder(lib) == "another program"
    note_path(lib).write_text(json.dumps({**note, "pid": os.getpid()}), "utf-8")
    assert describe_holder(lib) == f"'duizhao import' (process {os.getpid()}, since then)"

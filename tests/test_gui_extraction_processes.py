"""Entities ▸ Extract Entities in a process of its own (which recognises in worker
processes and stores): the window's process receives only progress, Stop Extraction
stops it and keeps what was stored, and extracting again finishes the rest."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

import db.extraction_processes
from db.changes import Change
from db.extraction import pending_articles
from db.library import Library
from gui.extraction_feature import ExtractionFeature
from gui.feature import FeatureHub
from gui.operations import Operations
from gui.worker import Worker
from tests.gui_fixtures import SEEDS, add_articles, build_seed_library


class Recorder:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def set_library(self, lib: Library | None) -> None:
        pass

    def on_change(self, change: Change) -> None:
        self.changes.append(change)

    def retranslate(self) -> None:
        pass


@pytest.fixture
def lib(tmp_path: Path):
    path = build_seed_library(tmp_path / "lib.duizhao")
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    add_articles(path, [(f"第{i}期", f"第{i}期\n{seeds[i % 4]}", None) for i in range(24)])
    library = Library.open(path, create=False)
    yield library
    library.close()


def test_stop_extraction_stops_the_workers_and_a_second_run_finishes(
    qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = len(pending_articles(lib))
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    unhandled: list[BaseException] = []
    hub = FeatureHub()
    ops = Operations(Worker(pool=pool, on_unhandled=lambda e, _d: unhandled.append(e)), hub)
    recorder = Recorder()
    parent = QWidget()
    feature = ExtractionFeature(ops, parent)
    feature.auto = False
    for f in (ops, recorder, feature):
        hub.register(f)
    hub.set_library(lib)
    messages: list[str] = []
    feature.message.connect(messages.append)
    children: list[list[str]] = []  # this process's children at the first progress of a run
    switch: list[float] = []  # the interpreter's switch interval then
    before = sys.getswitchinterval()

    def stop_after_first_batch(value: int) -> None:
        if value > 0 and len(children) < runs[0]:
            children.append([p.name for p in multiprocessing.active_children()])
            switch.append(sys.getswitchinterval())
            if runs[0] == 1:
                feature.cancel()  # Entities ▸ Stop Extraction

    runs = [1]
    feature.progress_bar.valueChanged.connect(stop_after_first_batch)
    feature.jobs = 2
    feature.start()
    assert feature.running
    qtbot.waitUntil(lambda: not feature.running, timeout=60_000)
    assert unhandled == []
    assert children == [["duizhao-extraction"]]  # extracted by a process of its own
    assert not multiprocessing.active_children()  # it was stopped
    left = pending_articles(lib)
    assert 0 < len(left) < total
    assert messages == [f"Entities extracted from {total - len(left)} articles"]
    assert Change(entities=True) in recorder.changes

    monkeypatch.setattr(db.extraction_processes, "usable_cores", lambda: 2)
    feature.jobs = None  # the default: every core, as there is enough text left
    runs[0] = 2
    feature.start()
    qtbot.waitUntil(lambda: not feature.running, timeout=60_000)
    assert pending_articles(lib) == []
    assert messages[-1] == f"Entities extracted from {len(left)} articles"
    assert children == [["duizhao-extraction"]] * 2
    # this process stores nothing: its interpreter's switch interval is left alone
    assert switch == [before, before] and sys.getswitchinterval() == before
    assert unhandled == []
    parent.deleteLater()

"""The window's one helper for library operations: own connections, writes one at a
time, one error policy, and the change of a write announced to every feature."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from db.changes import Change
from db.entities import entity_counts, get_entity, list_entities
from db.library import Library, LibraryError
from gui.feature import FeatureHub
from gui.operations import Operations
from gui.worker import Worker
from tests.gui_fixtures import build_seed_library, copy_library


class Recorder:
    """A feature that notes the changes it is told about."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def set_library(self, lib: Library | None) -> None:
        pass

    def on_change(self, change: Change) -> None:
        self.changes.append(change)

    def retranslate(self) -> None:
        pass


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seed_library(tmp_path_factory.mktemp("seed") / "seed.duizhao")


@pytest.fixture
def lib(seed_file: Path, tmp_path: Path):
    library = Library.open(copy_library(seed_file, tmp_path), create=False)
    yield library
    library.close()


def make_ops(qtbot, lib: Library, *, sync: bool) -> tuple[Operations, Recorder, list]:
    unhandled: list[BaseException] = []
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    worker = Worker(sync=sync, pool=pool, on_unhandled=lambda exc, _d: unhandled.append(exc))
    hub = FeatureHub()
    ops = Operations(worker, hub)
    recorder = Recorder()
    hub.register(ops)
    hub.register(recorder)
    hub.set_library(lib)
    return ops, recorder, unhandled


def test_writes_run_one_at_a_time_in_order_and_announce_their_change(qtbot, lib) -> None:
    ops, recorder, _ = make_ops(qtbot, lib, sync=False)
    release = threading.Event()
    log: list[str] = []

    def first(own: Library, _task) -> str:
        log.append("first started")
        release.wait(5)
        log.append("first ended")
        return "one"

    def second(own: Library, _task) -> str:
        log.append("second started")
        return "two"

    done: list[str] = []
    assert ops.write(first, done.append, change=Change(articles=True))
    assert ops.write(second, done.append, change=lambda r: Change(notes=r == "two"))
    qtbot.waitUntil(lambda: log == ["first started"], timeout=5000)
    qtbot.wait(50)
    assert log == ["first started"] and ops.writing()  # the second waits its turn
    release.set()
    qtbot.waitUntil(lambda: done == ["one", "two"], timeout=5000)
    assert log == ["first started", "first ended", "second started"]
    assert recorder.changes == [Change(articles=True), Change(notes=True)]
    assert not ops.writing()


def test_a_job_gets_a_connection_of_its_own(qtbot, lib) -> None:
    ops, _, _ = make_ops(qtbot, lib, sync=True)
    seen: list[Library] = []
    ops.read(lambda own, _t: seen.append(own) or own.conn.execute("SELECT 1").fetchone())
    ops.write(lambda own, _t: seen.append(own))
    assert len(seen) == 2
    assert all(own is not lib and own.conn is not lib.conn for own in seen)
    assert all(own.path == lib.path for own in seen)


def test_the_users_situation_is_a_message_and_a_bug_goes_to_the_crash_handler(qtbot, lib) -> None:
    ops, recorder, unhandled = make_ops(qtbot, lib, sync=True)
    problems: list[str] = []
    ops.problem.connect(problems.append)

    def locked(own: Library, _t) -> None:
        raise LibraryError("the library is locked")

    def bug(own: Library, _t) -> None:
        raise ZeroDivisionError("a bug")

    ops.write(locked, change=Change(articles=True), failure="Could not import: {0}")
    assert problems == ["Could not import: the library is locked"]
    assert recorder.changes == []  # nothing announced for a write that failed
    given: list[BaseException] = []
    ops.read(locked, on_error=given.append)
    assert [str(e) for e in given] == ["the library is locked"] and len(problems) == 1
    ops.read(bug)
    assert [type(e) for e in unhandled] == [ZeroDivisionError]
    assert len(problems) == 1


def test_a_read_only_library_refuses_writes_with_a_message(qtbot, lib, tmp_path) -> None:
    ops, _, _ = make_ops(qtbot, lib, sync=True)
    problems: list[str] = []
    ops.problem.connect(problems.append)
    ran: list[bool] = []
    lib.read_only = True  # as a library on read-only media opens
    try:
        assert not ops.write(lambda own, _t: ran.append(True))
    finally:
        lib.read_only = False
    assert ran == [] and problems and "read-only" in problems[0]


def test_entity_counts_in_one_query_match_each_entity(lib) -> None:
    from db.extraction import extract_library

    extract_library(lib)
    rows = list_entities(lib)
    assert len(rows) > 5
    counts = entity_counts(lib, [r.id for r in rows] + [10**9])
    assert counts == {
        r.id: (get_entity(lib, r.id).mentions, get_entity(lib, r.id).articles) for r in rows
    }


def test_a_queued_write_goes_to_the_library_it_was_asked_for(qtbot, lib, tmp_path) -> None:
    ops, _, _ = make_ops(qtbot, lib, sync=False)
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = Library.open(other_folder / "other.duizhao")
    release = threading.Event()
    paths: list[Path] = []
    try:
        ops.write(lambda own, _t: release.wait(5))
        ops.write(lambda own, _t: paths.append(own.path))  # queued behind the first
        ops.set_library(other)  # another library is opened meanwhile
        release.set()
        qtbot.waitUntil(lambda: not ops.writing(), timeout=5000)
        assert paths == [lib.path]
    finally:
        other.close()

"""Extraction in a process of its own (``db.extraction_child``), as the window runs it:
it stores exactly what extraction in this process stores, relays progress and the
wait for another writer, raises the library's errors as themselves, and a child
killed midway is reported and leaves a library the next run finishes."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from db.extraction import extract_library, pending_articles
from db.extraction_child import ExtractionProcessFailed, extract_in_child
from db.library import Library, LibraryError
from db.waiting import StoppedWaiting, Waiting
from tests.test_extraction_crash import miscounted
from tests.test_extraction_processes import extracted_here, mixed_library, stored


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    """The library extracted in this process, in one run (the child's PIECE is the
    module's own: no test here lowers it)."""
    return extracted_here(tmp_path_factory.mktemp("reference"))


def test_the_child_stores_exactly_what_this_process_stores(
    tmp_path: Path, reference: dict[str, list[tuple]]
) -> None:
    lib = mixed_library(tmp_path, "child.duizhao")
    ids = pending_articles(lib)
    seen: list[tuple[int, int]] = []
    names: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        names.append([p.name for p in multiprocessing.active_children()])

    assert extract_in_child(lib.path, ids, jobs=2, progress=progress) == 8
    assert stored(lib.conn) == reference
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert ["duizhao-extraction"] in names  # relayed from the child while it ran
    assert not multiprocessing.active_children()
    assert miscounted(lib.conn) == []
    lib.close()


def test_a_killed_child_is_reported_and_the_next_run_finishes(
    tmp_path: Path, reference: dict[str, list[tuple]]
) -> None:
    lib = mixed_library(tmp_path, "killed.duizhao")
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if done and not killed:
            (child,) = multiprocessing.active_children()
            child.kill()
            killed.append(done)

    with pytest.raises(ExtractionProcessFailed, match="stopped unexpectedly"):
        extract_in_child(lib.path, pending_articles(lib), jobs=2, progress=progress)
    assert killed
    left = pending_articles(lib)
    assert 0 < len(left) <= 8 - killed[0]
    assert miscounted(lib.conn) == []
    assert extract_library(lib, left, jobs=1) == len(left)
    assert stored(lib.conn) == reference
    lib.close()


def test_the_child_waits_for_another_writer_and_stops_when_asked(tmp_path: Path) -> None:
    lib = mixed_library(tmp_path, "busy.duizhao")
    ids = pending_articles(lib)
    other = sqlite3.connect(lib.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is changing the library
    waits: list[Waiting] = []
    deadline = time.monotonic() + 60  # stops the child even if no wait were relayed
    try:
        with pytest.raises(StoppedWaiting, match="stopped waiting"):
            extract_in_child(
                lib.path,
                ids,
                jobs=2,
                waiting=waits.append,
                cancelled=lambda: len(waits) >= 2 or time.monotonic() > deadline,
            )
    finally:
        other.rollback()
        other.close()
    assert waits and all(w.library == lib.path for w in waits)
    assert waits[-1].seconds >= waits[0].seconds
    assert pending_articles(lib) == ids  # nothing was changed
    assert not multiprocessing.active_children()
    lib.close()


def test_the_libraries_errors_are_raised_as_themselves(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duizhao"
    with pytest.raises(LibraryError) as here:
        Library.open(missing, create=False)
    with pytest.raises(type(here.value)) as there:
        extract_in_child(missing, [1], jobs=2)
    assert str(there.value) == str(here.value)

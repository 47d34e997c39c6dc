"""Extraction with recognition in worker processes stores exactly what the in-process
path stores, keeps every finished batch when it is cancelled or a worker dies, and
the next run takes up exactly the rest."""

from __future__ import annotations

import contextlib
import multiprocessing
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import db.extraction
import db.extraction_processes
from cli.main import run
from db.articles import insert_article
from db.extraction import extract_library, pending_articles
from db.extraction_processes import _LongArticle, _split_long, auto_jobs, batches
from db.library import Library, LibraryError
from tests.helpers import ROOT, SEEDS, seed_library
from tests.test_extraction_crash import miscounted
from text.convert import convert
from text.entities import Mention
from text.recognition_pool import (
    ArticleText,
    RecognitionPool,
    WorkerError,
    article_mentions,
    piece_tasks,
)


def stored(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Everything extraction writes, but the time it wrote it."""
    return {
        "mentions": conn.execute(
            "SELECT id, article_id, entity_id, raw_type, raw_key, ref_key, start, end, text,"
            " name, role, confidence FROM mentions ORDER BY id"
        ).fetchall(),
        "entities": conn.execute("SELECT * FROM entities ORDER BY id").fetchall(),
        "figures": conn.execute("SELECT * FROM figures ORDER BY mention_id").fetchall(),
        "state": conn.execute(
            "SELECT article_id, version FROM extraction_state ORDER BY article_id"
        ).fetchall(),
    }


def mixed_library(folder: Path, name: str) -> Library:
    """The seed articles and a few made of them: paragraphs in another order, one in
    Traditional script with a byline and a date, and one long enough to be recognised
    in pieces (PIECE is lowered by the tests)."""
    lib = seed_library(folder, name)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paragraphs = [p for seed in seeds for p in seed.split("\n") if p.strip()]
    with lib.transaction() as conn:
        insert_article(conn, title="倒序", text="\n".join(paragraphs[::-1]), script="hans")
        insert_article(
            conn,
            title="繁體",
            text=convert("\n".join(paragraphs[1::3]), "s2t"),
            script="hant",
            bylines=[("任睿杰", "reporter")],
            date="2023-05-04",
        )
        insert_article(conn, title="長文", text="\n".join(seeds * 2), script="hans")
        insert_article(conn, title="短", text=paragraphs[5], script="hans")
    return lib


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few thousand characters (several per worker) and one article
    recognised in pieces, so order and the long-article path are exercised."""
    monkeypatch.setattr(db.extraction, "PIECE", 20_000)
    monkeypatch.setattr(db.extraction_processes, "TASK_CHARS", 6_000)


def extracted_here(folder: Path) -> dict[str, list[tuple]]:
    """``mixed_library`` extracted in this process, in one run: what every other way
    of extracting must store."""
    lib = mixed_library(folder, "one.duizhao")
    assert extract_library(lib, jobs=1) == 8
    out = stored(lib.conn)
    lib.close()
    assert out["mentions"] and out["figures"]
    return out


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    """The library extracted in this process, with the long article in pieces."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(db.extraction, "PIECE", 20_000)
        return extracted_here(tmp_path_factory.mktemp("reference"))


def test_two_processes_store_exactly_what_one_stores(
    tmp_path: Path, small_pieces: None, reference: dict[str, list[tuple]]
) -> None:
    lib = mixed_library(tmp_path, "two.duizhao")
    seen: list[tuple[int, int]] = []
    assert extract_library(lib, jobs=2, progress=lambda d, t: seen.append((d, t))) == 8
    assert stored(lib.conn) == reference
    assert seen[0] == (0, 8) and seen[-1] == (8, 8) and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert miscounted(lib.conn) == []
    lib.close()


def test_a_cancelled_run_resumes_with_exactly_the_rest(
    tmp_path: Path, small_pieces: None, reference: dict[str, list[tuple]]
) -> None:
    lib = mixed_library(tmp_path, "cancel.duizhao")
    reported: list[int] = []
    first = extract_library(
        lib,
        jobs=2,
        progress=lambda d, t: reported.append(d),
        cancelled=lambda: bool(reported) and reported[-1] >= 2,
    )
    assert 2 <= first < 8 and first == reported[-1]
    left = pending_articles(lib)
    assert len(left) == 8 - first
    assert miscounted(lib.conn) == []
    assert not multiprocessing.active_children()  # the workers were stopped
    assert extract_library(lib, jobs=1) == len(left)
    assert stored(lib.conn) == reference
    lib.close()


def test_a_killed_worker_is_reported_and_the_next_run_finishes(
    tmp_path: Path, small_pieces: None, reference: dict[str, list[tuple]]
) -> None:
    lib = mixed_library(tmp_path, "killed.duizhao")
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if done and not killed:
            worker = multiprocessing.active_children()[0]
            worker.kill()
            killed.append(done)

    with pytest.raises(LibraryError, match="stopped unexpectedly"):
        extract_library(lib, jobs=2, progress=progress)
    assert killed
    left = pending_articles(lib)
    assert 0 < len(left) <= 8 - killed[0]
    assert miscounted(lib.conn) == []
    assert not multiprocessing.active_children()
    assert extract_library(lib, jobs=1) == len(left)
    assert stored(lib.conn) == reference
    lib.close()


def test_an_error_in_a_worker_is_raised_with_its_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model.crfsuite"
    with RecognitionPool(1, missing) as pool, pytest.raises(WorkerError, match="not found"):
        list(pool.results([[ArticleText(1, "北京。")]], piece=100))
    assert not multiprocessing.active_children()


def test_batches_keep_order_and_send_a_long_article_alone() -> None:
    arts = [ArticleText(i, "字" * n) for i, n in enumerate([3, 4, 30, 2, 2, 2, 5, 12, 1], 1)]
    chunks = [arts[:5], arts[5:]]
    again = {a.id: a for a in arts}.get  # a long article is read again when its turn comes
    got = [[a.id for a in b] for b in batches(chunks, task_chars=6, piece=10, reread=again)]
    assert got == [[1, 2], [4, 5], [3], [6, 7], [9], [8]]


def test_a_long_article_goes_to_the_workers_piece_by_piece_and_is_stored_whole() -> None:
    # A worker holds and sends back one piece's mentions at a time, never a whole
    # long article's (hundreds of megabytes for tens of millions of characters).
    text = "".join(f"第{i}句话说北京。" for i in range(40))
    byline = (("任睿杰", "reporter"),)
    work = [
        [ArticleText(1, "短文")],
        [ArticleText(2, text, "2023-05-04", byline)],
        [ArticleText(3, "另一篇")],
    ]
    long = _LongArticle()
    tasks = list(_split_long(work, 30, long))
    assert [[a.id for a in b] for b in tasks][0] == [1] and tasks[-1][0].id == 3
    pieces = [b[0] for b in tasks[1:-1]]
    assert all(len(b) == 1 for b in tasks[1:-1]) and len(pieces) > 3
    assert all(p.id == 2 and len(p.text) <= 30 and p.whole == len(text) for p in pieces)
    assert all(p.date == "2023-05-04" and p.bylines == byline for p in pieces)
    assert "".join(p.text for p in pieces) == text
    assert [p.offset for p in pieces] == [text.index(p.text) for p in pieces]
    assert [p.last_piece for p in pieces] == [False] * (len(pieces) - 1) + [True]
    assert not tasks[0][0].whole and tasks[0][0].last_piece
    # each piece's mentions are placed in the article by the worker; gathered in order
    for p in pieces:
        name = "".join(["北", "京"])  # a string of its own, as unpickled from a worker
        found = [Mention(p.offset, p.offset + 2, "place", name, name)]
        assert long.add(p, found) == p.last_piece
    article_id, mentions, whole = long.take(2)
    assert (article_id, whole) == (2, text)
    assert [m.start for m in mentions] == [p.offset for p in pieces]
    assert len({id(m.name) for m in mentions}) == 1  # one string for one name
    assert long.mentions == [] and not long.texts


def test_a_piece_s_mentions_are_placed_in_its_article() -> None:
    # the rules alone (no recogniser): dates, documents and figures
    text = "".join(f"第{i}条：2023年5月4日，《规划》发布，投资30亿元。" for i in range(20))
    (piece,) = [p for p in piece_tasks(ArticleText(7, text), 100) if p.offset][-1:]
    (found,) = article_mentions([piece], False, 100)
    (alone,) = article_mentions([ArticleText(7, piece.text)], False, 100)
    assert found and [(m.start, m.end) for m in found] == [
        (m.start + piece.offset, m.end + piece.offset) for m in alone
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_the_first_batches_are_small_so_the_workers_answer_soon() -> None:
    arts = [ArticleText(i, "字" * 2) for i in range(1, 13)]
    got = [
        [a.id for a in b]
        for b in batches([arts], task_chars=6, piece=10, reread={}.get, small=2, small_chars=2)
    ]
    assert got == [[1], [2], [3, 4, 5], [6, 7, 8], [9, 10, 11], [12]]


def test_processes_are_used_only_for_enough_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = seed_library(tmp_path)
    ids = pending_articles(lib)
    monkeypatch.setattr(db.extraction_processes, "usable_cores", lambda: 2)
    assert auto_jobs(lib, ids) == 1  # four articles: not worth a process
    monkeypatch.setattr(db.extraction_processes, "PARALLEL_FROM", 10_000)
    assert auto_jobs(lib, ids) == 2
    assert auto_jobs(lib, ids[:1]) == 1
    monkeypatch.setattr(db.extraction_processes, "usable_cores", lambda: 1)
    assert auto_jobs(lib, ids) == 1
    lib.close()


def test_the_command_line_extracts_pending_articles_in_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "cli.duizhao")
    assert run(["--library", path, "import", "--no-extract", str(SEEDS)]) == 0
    used: list[int] = []
    real = db.extraction_processes.extract_in_processes

    def spy(*args: Any, **kwargs: Any) -> int:
        used.append(kwargs["jobs"])
        return real(*args, **kwargs)

    monkeypatch.setattr(db.extraction_processes, "extract_in_processes", spy)
    capsys.readouterr()
    assert run(["--library", path, "extract", "--jobs", "2"]) == 0
    assert used == [2]
    assert "extracted entities from 4 article(s)" in capsys.readouterr().out
    assert run(["--library", path, "extract"]) == 0
    assert "every article is extracted already" in capsys.readouterr().out
    with Library.open(Path(path)) as lib:
        assert pending_articles(lib) == []
        assert miscounted(lib.conn) == []


def children_of(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_workers_end_when_the_extraction_is_killed_and_the_next_run_finishes(
    tmp_path: Path,
) -> None:
    lib = mixed_library(tmp_path, "killed.duizhao")
    lib.close()
    path = str(tmp_path / "killed.duizhao")
    parent = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--library", path, "extract", "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while len(children_of(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = children_of(parent.pid)
        assert len(workers) >= 2, "the workers never started"
    finally:
        parent.kill()  # as a crash or kill -9 would
        parent.wait()
    deadline = time.monotonic() + 30
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(running(pid) for pid in workers)  # none outlives its parent
    assert run(["--library", path, "extract", "--jobs", "1"]) == 0
    with Library.open(Path(path)) as lib:
        assert pending_articles(lib) == []
        assert miscounted(lib.conn) == []


def test_only_a_few_batches_are_read_ahead() -> None:
    pulled: list[int] = []

    def texts() -> Iterator[list[ArticleText]]:
        for i in range(1, 31):
            pulled.append(i)
            yield [ArticleText(i, f"第{i}条：2023年5月4日，《规划》发布。")]

    ahead: list[int] = []
    got: list[int] = []
    with RecognitionPool(2, False) as pool:  # the rules alone: no model to load
        for batch, found in pool.results(texts(), piece=100, window=4):
            ahead.append(len(pulled) - len(got))
            got.append(batch[0].id)
            assert [m.type for m in found[0]] == ["date", "document"]
    assert got == list(range(1, 31))
    assert max(ahead) <= 4 and min(ahead) >= 1
    assert not multiprocessing.active_children()

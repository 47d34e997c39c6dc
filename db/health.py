"""Checking a library and repairing its search index.

The stored article texts are the truth: the search index (FTS5) and the entity
counts are derived from them and can be rebuilt.  ``check_library`` runs
SQLite's own integrity check, the index's structural check, and compares the
articles with the index (every article indexed, nothing indexed that is not an
article, each article's token count and a sample of its words found);
``repair_library`` copies the file first, then rebuilds the index from the texts
(with the search lists of db/onechar.py and db/bigrams.py) and recounts the
entities.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from db import bigrams, counts, onechar
from db.articles import index_articles
from db.backup import backup_library
from db.library import (
    Library,
    LibraryError,
    ReadOnlyLibrary,
    friendly_error,
    is_busy,
    read_only_message,
)
from text.fold import fold
from text.tokens import index_token_bytes

ProgressFn = Callable[[int, int], None]
QUICK_SAMPLE = 40  # articles whose index entries a quick check compares with their text
REBUILD_CHUNK = 200


@dataclass
class CheckReport:
    """What a check found; ``problems`` in words, empty when the library is sound."""

    articles: int = 0
    file_problems: list[str] = field(default_factory=list)  # SQLite's own check
    index_problems: list[str] = field(default_factory=list)  # mended by repair
    count_problems: list[str] = field(default_factory=list)  # mended by repair
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return self.file_problems + self.index_problems + self.count_problems

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def repairable(self) -> bool:
        return bool(self.index_problems or self.count_problems)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _sample(ids: list[int], size: int | None) -> list[int]:
    if size is None or len(ids) <= size:
        return ids
    step = len(ids) / size
    return [ids[int(i * step)] for i in range(size)]


def check_library(
    lib: Library,
    *,
    quick: bool = False,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CheckReport:
    """Check the file, the search index against the articles, and the entity counts.

    ``quick`` uses SQLite's quick check, skips the index's own check and compares a
    sample of the articles with the index; otherwise every article is compared.
    """
    report = CheckReport()
    conn = lib.conn
    try:
        pragma = "quick_check" if quick else "integrity_check"
        found = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if found != ["ok"]:
            report.file_problems += [f"the file is damaged: {m}" for m in found[:20]]
        try:
            _check_index(lib, report, quick, progress, cancelled)
        except sqlite3.DatabaseError as exc:
            report.index_problems.append(f"the search index cannot be searched ({exc})")
        wrong = counts.wrong_counts(conn)
        if wrong:
            report.count_problems.append(
                f"{len(wrong)} entities have mention counts that differ from their mentions"
            )
        pending = conn.execute(
            "SELECT count(*) FROM articles a LEFT JOIN extraction_state s"
            " ON s.article_id = a.id WHERE s.article_id IS NULL"
        ).fetchone()[0]
        if pending:
            report.notes.append(f"{pending} article(s) not yet searched for entities")
        _check_char_lists(conn, report, quick)
    except sqlite3.DatabaseError as exc:
        report.file_problems.append(f"the file cannot be read through: {exc}")
    return report


def _check_char_lists(conn: sqlite3.Connection, report: CheckReport, quick: bool) -> None:
    """The lists' article counts against the index: the most common characters and
    a sample of the listed bigrams spread from the most common to the least."""
    if not onechar.ready(conn):
        if conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            report.notes.append(
                "one-character searches rank every matching article:"
                " 'repair' builds the lists that make them fast"
            )
        return
    if bigrams.due(conn):
        report.notes.append(
            "the common two-character words are not all listed for fast search:"
            " the next import or 'repair' lists them"
        )
    size = 5 if quick else 40
    sample = conn.execute(
        "SELECT ch, df FROM char_stats WHERE length(ch) = 1 ORDER BY df DESC LIMIT ?", (size,)
    ).fetchall()
    pairs = conn.execute(
        "SELECT ch, df FROM char_stats WHERE length(ch) = 2 ORDER BY df DESC, ch"
    ).fetchall()
    picked = _sample(list(range(len(pairs))), 3 if quick else 40)
    for ch, df in sample + [pairs[i] for i in picked]:
        found = conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
            (onechar.match_expr(ch),),
        ).fetchone()[0]
        if found != df:
            kind = "one-character" if len(ch) == 1 else "two-character"
            report.index_problems.append(
                f"the {kind} list of {ch} counts {df} articles, the index {found}"
            )
            return


def _check_index(
    lib: Library,
    report: CheckReport,
    quick: bool,
    progress: ProgressFn | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    conn = lib.conn
    # The index's own check is a command written as an INSERT: it holds the write lock
    # while it reads the whole index, so a quick check (the window's, on opening) and a
    # read-only library go without it.
    if not lib.read_only and not quick:
        try:
            conn.execute(
                "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 0)"
            )
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                report.notes.append("the index's own check waits for a writer; run it later")
            else:
                report.index_problems.append(f"the search index is damaged ({exc})")
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    report.articles = len(ids)
    try:
        sizes = dict(conn.execute("SELECT id, sz FROM articles_fts_docsize"))
    except sqlite3.DatabaseError as exc:
        report.index_problems.append(f"the search index cannot be read ({exc})")
        return
    missing = [i for i in ids if i not in sizes]
    if missing:
        report.index_problems.append(
            f"{len(missing)} article(s) are missing from the search index and cannot be found"
            f" (for example article {missing[0]})"
        )
    ghosts = len(sizes.keys() - set(ids))
    if ghosts:
        report.index_problems.append(
            f"the search index holds {ghosts} entr(ies) for articles that are not in the library"
        )
    compare = _sample([i for i in ids if i in sizes], QUICK_SAMPLE if quick else None)
    differ: list[int] = []
    for n, aid in enumerate(compare, 1):
        if cancelled is not None and cancelled():
            report.notes.append("the check was stopped before it compared every article")
            break
        text = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        count, probe = _count_and_middle(index_token_bytes(fold(text)))
        ok = onechar.docsize_tokens(sizes[aid]) == count
        if ok and count:
            ok = (
                conn.execute(
                    "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                    (_quoted(probe), aid),
                ).fetchone()
                is not None
            )
        if not ok:
            differ.append(aid)
        if progress is not None:
            progress(n, len(compare))
    if differ:
        report.index_problems.append(
            f"the search index does not match the text of {len(differ)} article(s)"
            f" (for example article {differ[0]}): searches may miss them"
        )


def _count_and_middle(tokens: bytes | bytearray) -> tuple[int, str]:
    """(how many tokens, the one at the middle byte) of UTF-8 index tokens, without
    a list of them (a list of a long article's tokens takes gigabytes)."""
    if not tokens:
        return 0, ""
    mid = len(tokens) // 2
    start = tokens.rfind(b" ", 0, mid) + 1
    end = tokens.find(b" ", mid)
    probe = bytes(tokens[start : end if end >= 0 else len(tokens)]).decode("utf-8")
    return tokens.count(b" ") + 1, probe


@dataclass(frozen=True)
class RepairReport:
    backup: Path
    indexed: int
    recounted: int
    bigram_lists: int = 0  # common two-character words with lists after the repair


def repair_backup_path(lib: Library) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return lib.path.with_name(f"{lib.path.name}.repair-{stamp}.bak")


def repair_library(
    lib: Library,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RepairReport:
    """Copy the library, then rebuild its search index from the article texts and
    recount its entities, all in one transaction (stopped or failed: unchanged)."""
    if lib.read_only:
        raise ReadOnlyLibrary(read_only_message(lib.path))
    backup = repair_backup_path(lib)
    backup_library(lib, backup)
    try:
        with lib.transaction() as conn:
            indexed = _rebuild_index(conn, progress, cancelled)
            listed = _list_bigrams(conn, cancelled)
            recounted = counts.recount_all(conn)
            conn.execute("REINDEX")
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc
    return RepairReport(backup, indexed, recounted, listed)


class RepairStopped(LibraryError):
    """The repair was stopped; the library is as it was."""


def _rebuild_index(
    conn: sqlite3.Connection, progress: ProgressFn | None, cancelled: Callable[[], bool] | None
) -> int:
    """Drop the index (damaged shadow tables included) and build it anew from the texts."""
    create = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles_fts'"
    ).fetchone()
    if create is None:
        raise LibraryError("the library has no search index table; it is not a Duizhao library")
    try:
        settings = conn.execute(
            "SELECT k, v FROM articles_fts_config WHERE k IN ('hashsize', 'automerge')"
        ).fetchall()
    except sqlite3.DatabaseError:
        settings = [("hashsize", 33554432), ("automerge", 8)]
    conn.execute("DROP TABLE articles_fts")
    listed = onechar.listed_bigrams(conn)
    onechar.clear(conn)  # rebuilt with the index; the listed bigrams keep their lists
    onechar.seed_bigrams(conn, listed)
    conn.execute(create[0])
    conn.executemany("INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)", settings)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    done = 0
    for i in range(0, len(ids), REBUILD_CHUNK):
        if cancelled is not None and cancelled():
            raise RepairStopped("the repair was stopped; the library is unchanged")
        chunk = ids[i : i + REBUILD_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = [
            (aid, index_token_bytes(fold(text)))
            for aid, text in conn.execute(
                f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk
            )
        ]
        index_articles(conn, rows)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    onechar.mark_ready(conn)
    return done


def _list_bigrams(conn: sqlite3.Connection, cancelled: Callable[[], bool] | None) -> int:
    """Promote the bigrams that became common since the last promotion (those listed
    before were kept through the rebuild); how many bigrams are listed now."""
    if bigrams.refresh_within(conn, cancelled=cancelled).stopped:
        raise RepairStopped("the repair was stopped; the library is unchanged")
    return len(onechar.listed_bigrams(conn))

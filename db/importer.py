"""Importing article files: one transaction per file, progress, cancellation."""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.articles import find_by_hash, index_articles, insert_article, normalised_hash
from db.library import Library, friendly_error
from text.fold import fold
from text.reader import Document, ReadError, iter_article_files, read_document
from text.tokens import index_tokens


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    path: Path | None
    added: int
    duplicates: int
    failed: int


@dataclass
class ImportReport:
    added: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[tuple[Path, int]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False
    fatal: str | None = None  # a problem with the library itself that stopped the import
    bytes_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and self.fatal is None

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported", f"{len(self.duplicates)} duplicate(s)"]
        parts.append(f"{len(self.failed)} failed")
        text = ", ".join(parts)
        if self.cancelled:
            text += " (cancelled)"
        if self.fatal:
            text += f"; stopped: {self.fatal}"
        return text


ProgressFn = Callable[[ImportProgress], None]
CancelFn = Callable[[], bool]


def _add(
    lib: Library,
    doc: Document,
    source: str | None,
    tokens: str | None = None,
    *,
    index: bool = True,
) -> tuple[int, bool]:
    text_hash = normalised_hash(doc.text)
    existing = find_by_hash(lib, text_hash)
    if existing is not None:
        return existing, False
    article_id = insert_article(
        lib.conn,
        title=doc.title,
        text=doc.text,
        script=doc.script,
        byline=doc.byline,
        bylines=[(b.name, b.role) for b in doc.bylines],
        date=doc.date,
        source=source or doc.source,
        path=str(doc.path) if doc.path else None,
        encoding=doc.encoding,
        text_hash=text_hash,
        tokens=tokens,
        index=index,
    )
    return article_id, True


def add_document(lib: Library, doc: Document, *, source: str | None = None) -> tuple[int, bool]:
    """Add one document in its own transaction. Returns (article id, newly added)."""
    try:
        with lib.transaction():
            return _add(lib, doc, source)
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc


class _Batch:
    """Files go in one at a time, each inside its own savepoint (all or nothing per
    file); the savepoints are committed together every ``COMMIT_SECONDS``.

    The search index rows of a batch are written just before its commit, after
    the last savepoint: FTS5 flushes its in-memory index to a new segment at
    every savepoint it takes part in, so indexing file by file inside savepoints
    would write one tiny segment per file and spend most of the import merging
    them.  A failure while indexing rolls the whole batch back (``abandon``).
    """

    COMMIT_SECONDS = 3.0

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.open = False
        self.started = 0.0
        self.pending: list[tuple[Path, int]] = []
        self.index_rows: list[tuple[int, str]] = []

    def add(
        self, path: Path, doc: Document, source: str | None, tokens: str | None
    ) -> tuple[int, bool]:
        conn = self.lib.conn
        if not self.open:
            self.lib.begin()
            self.open, self.started = True, time.monotonic()
        conn.execute("SAVEPOINT article")
        try:
            article_id, new = _add(self.lib, doc, source, index=False)
        except BaseException:
            # An I/O error or a full disk may have rolled the whole transaction
            # back already; the original error is the one to report.
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK TO article")
                    conn.execute("RELEASE article")
            raise
        conn.execute("RELEASE article")
        if new:
            self.pending.append((path, article_id))
            self.index_rows.append(
                (article_id, tokens if tokens is not None else index_tokens(fold(doc.text)))
            )
        if time.monotonic() - self.started > self.COMMIT_SECONDS:
            self.commit()
        return article_id, new

    def commit(self) -> None:
        if self.open:
            index_articles(self.lib.conn, self.index_rows)
            self.lib.conn.execute("COMMIT")
            self.open = False
            self.pending.clear()
            self.index_rows.clear()

    def abandon(self) -> list[tuple[Path, int]]:
        """Roll back what is not committed; returns the files that were lost."""
        lost = list(self.pending)
        if self.open:
            try:
                self.lib.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self.open = False
        self.pending.clear()
        self.index_rows.clear()
        return lost


def import_paths(
    lib: Library,
    paths: Iterable[Path | str],
    *,
    source: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportReport:
    """Import files and folders (recursively). Broken files are reported, not fatal.

    A problem with the library itself (locked, disk full) stops the import with
    ``LibraryError``; files already imported stay imported.
    """
    report = ImportReport()
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            report.failed.append((p, "no such file or folder"))
            continue
        found = iter_article_files([p])
        if p.is_file() and not found:
            report.failed.append((p, f"unsupported file type {p.suffix or '(none)'}"))
        files.extend(found)
    total = len(files)

    def tick(done: int, path: Path | None) -> None:
        if progress is not None:
            progress(
                ImportProgress(
                    done, total, path, len(report.added), len(report.duplicates), len(report.failed)
                )
            )

    tick(0, None)
    batch = _Batch(lib)
    reader = _Reader(files)
    try:
        for i, (path, doc, tokens) in enumerate(reader):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if isinstance(doc, str):
                report.failed.append((path, doc))
            else:
                report.bytes_read += len(doc.text.encode("utf-8"))
                article_id, new = batch.add(path, doc, source, tokens)
                (report.added if new else report.duplicates).append((path, article_id))
            tick(i + 1, path)
        batch.commit()
    except sqlite3.Error as exc:
        message = str(friendly_error(exc, lib.path))
        lost = {p for p, _ in batch.abandon()}
        report.added = [(p, a) for p, a in report.added if p not in lost]
        report.failed.extend((p, f"not saved: {message}") for p in sorted(lost))
        report.fatal = message
    except BaseException:
        batch.abandon()
        raise
    finally:
        reader.close()
    return report


def _prepare(path: Path) -> tuple[Path, Document | str, str | None]:
    """Read one file and compute its index tokens; a failure becomes its reason."""
    try:
        doc = read_document(path)
    except ReadError as exc:
        return path, str(exc), None
    except OSError as exc:
        return path, exc.strerror or str(exc), None
    return path, doc, index_tokens(fold(doc.text))


class _Reader:
    """Reads and tokenises files on a thread, a few files ahead of the database.

    SQLite releases the GIL while it indexes, so reading the next files overlaps
    with writing the current one; the bounded queue keeps memory flat.
    """

    _END = object()

    def __init__(self, files: list[Path], ahead: int = 64) -> None:
        self._queue: queue.Queue[object] = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(files,), daemon=True)
        self._thread.start()

    def _run(self, files: list[Path]) -> None:
        try:
            for path in files:
                if self._stop.is_set():
                    return
                item = _prepare(path)
                while not self._stop.is_set():
                    try:
                        self._queue.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
        finally:
            self._put_end()

    def _put_end(self) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(self._END, timeout=0.1)
                return
            except queue.Full:
                continue

    def __iter__(self) -> Iterator[tuple[Path, Document | str, str | None]]:
        while True:
            item = self._queue.get()
            if item is self._END:
                return
            yield item  # type: ignore[misc]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

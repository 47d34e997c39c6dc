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

from db.article_warnings import save_warnings
from db.articles import Tokens, find_by_hash, index_articles, insert_article, normalised_hash
from db.bigrams import RefreshReport, due, refresh
from db.library import Library, friendly_error
from text.files import DEFAULT_MAX_BYTES, scan_paths, stored_path
from text.fold import fold
from text.reader import SUPPORTED_SUFFIXES, Document, ReadError, read_document
from text.tokens import index_token_bytes


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    path: Path | None
    added: int
    duplicates: int
    failed: int
    # "files" while files are read; "lists" while the import ends by listing the
    # common two-character words (db/bigrams.py): done of total words
    phase: str = "files"


@dataclass
class ImportReport:
    added: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[tuple[Path, int]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    # Files imported (or found already there) whose text lacks something, and what:
    # a PDF's pages without a text layer.  Each such file is also in added or duplicates.
    warnings: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False
    fatal: str | None = None  # a problem with the library itself that stopped the import
    bytes_read: int = 0
    found: int = 0  # files found, plus paths and folders that could not be looked into
    lists: RefreshReport | None = None  # the common bigrams listed at the end, if due

    @property
    def ok(self) -> bool:
        return not self.failed and self.fatal is None

    @property
    def not_reached(self) -> int:
        """Files found but neither imported, duplicate nor failed (the import was cancelled)."""
        return max(0, self.found - len(self.added) - len(self.duplicates) - len(self.failed))

    @property
    def warned_files(self) -> int:
        """How many files have warnings."""
        return len({path for path, _ in self.warnings})

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported", f"{len(self.duplicates)} duplicate(s)"]
        parts.append(f"{len(self.failed)} failed")
        if self.warnings:
            parts.append(f"{self.warned_files} with warnings")
        if self.not_reached:
            parts.append(f"{self.not_reached} not reached")
        text = f"{self.found} found: " + ", ".join(parts)
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
    tokens: Tokens | None = None,
    *,
    index: bool = True,
) -> tuple[int, bool]:
    text_hash = normalised_hash(doc.text)
    existing = find_by_hash(lib, text_hash)
    if existing is not None:
        save_warnings(lib.conn, existing, doc.warnings)
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
        path=stored_path(doc.path) if doc.path else None,
        encoding=doc.encoding,
        text_hash=text_hash,
        tokens=tokens,
        index=index,
    )
    save_warnings(lib.conn, article_id, doc.warnings)
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
        self.index_rows: list[tuple[int, Tokens]] = []

    def add(
        self, path: Path, doc: Document, source: str | None, tokens: Tokens | None
    ) -> tuple[int, bool]:
        conn = self.lib.conn
        if tokens is None:
            tokens = index_token_bytes(fold(doc.text))
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
            self.index_rows.append((article_id, tokens))
        return article_id, new

    def commit_if_due(self) -> None:
        """Commit once the batch is ``COMMIT_SECONDS`` old.  Called by the importer
        after it let go of the last file's tokens: the batch's rows then hold them
        alone, and ``index_articles`` takes them over."""
        if self.open and time.monotonic() - self.started > self.COMMIT_SECONDS:
            self.commit()

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
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Import files and folders (recursively). Broken files are reported, not fatal.

    Every file found ends up added, duplicate or failed with a reason (or not
    reached when the import is cancelled); one file's problem never costs
    another file.  Files over ``max_bytes`` (and .docx packages expanding
    beyond it) are reported, not read.  A problem with the library itself
    (locked, disk full) stops the import and is ``report.fatal``; files
    already imported stay imported.  An import that leaves the library
    ``bigrams.GROWTH`` times larger than at the last promotion ends by listing
    its common two-character words (``db.bigrams.refresh``, progress in the phase
    "lists", stopped by ``cancelled`` like the rest); ``report.lists`` says what
    that did.
    """
    report = ImportReport()
    scan = scan_paths(paths, SUPPORTED_SUFFIXES)
    report.failed.extend(scan.problems)
    files = scan.files
    report.found = len(files) + len(scan.problems)
    total = len(files)
    done: set[Path] = set()

    def tick(count: int, path: Path | None, of: int = total, phase: str = "files") -> None:
        if progress is not None:
            progress(
                ImportProgress(
                    count,
                    of,
                    path,
                    len(report.added),
                    len(report.duplicates),
                    len(report.failed),
                    phase,
                )
            )

    def is_cancelled() -> bool:
        return cancelled is not None and cancelled()

    tick(0, None)
    batch = _Batch(lib)
    reader = _Reader(files, max_bytes)
    try:
        for path, doc, tokens in reader.items(is_cancelled):
            if is_cancelled():
                break
            done.add(path)
            if isinstance(doc, str):
                report.failed.append((path, doc))
            else:
                try:
                    article_id, new = batch.add(path, doc, source, tokens)
                    # the batch holds the tokens alone from here on (no copy of a long
                    # article's tokens lives beside the one SQLite indexes)
                    tokens = None
                    batch.commit_if_due()
                except sqlite3.Error:
                    raise
                except Exception as exc:  # this file only: its savepoint is rolled back
                    report.failed.append((path, f"not saved: {_describe(exc)}"))
                else:
                    report.bytes_read += len(doc.text.encode("utf-8", "replace"))
                    (report.added if new else report.duplicates).append((path, article_id))
                    report.warnings.extend((path, warning) for warning in doc.warnings)
            tick(len(done), path)
        report.cancelled = is_cancelled()
        if not report.cancelled:
            # The reader accounts for every file; should it ever stop early,
            # the files it never delivered are failures, not silence.
            reason = reader.error or "not read: the reading stopped before this file"
            report.failed.extend((p, reason) for p in files if p not in done)
        batch.commit()
    except sqlite3.Error as exc:
        message = str(friendly_error(exc, lib.path))
        lost = {p for p, _ in batch.abandon()}
        report.added = [(p, a) for p, a in report.added if p not in lost]
        report.warnings = [(p, w) for p, w in report.warnings if p not in lost]
        report.failed.extend((p, f"not saved: {message}") for p in sorted(lost))
        report.fatal = message
    except BaseException:
        batch.abandon()
        raise
    finally:
        reader.close()
    if report.added and not report.cancelled and report.fatal is None and due(lib.conn):
        try:
            report.lists = refresh(
                lib,
                progress=lambda done, of: tick(done, None, of, "lists"),
                cancelled=is_cancelled,
            )
        except sqlite3.Error as exc:  # every file is in; only the lists stopped
            report.fatal = str(friendly_error(exc, lib.path))
    return report


def _describe(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "out of memory"
    detail = " ".join(str(exc).split())[:200]
    return f"unexpected error ({type(exc).__name__}{': ' + detail if detail else ''})"


def _prepare(path: Path, max_bytes: int) -> tuple[Path, Document | str, Tokens | None]:
    """Read one file and compute its index tokens; any failure becomes its reason."""
    try:
        doc = read_document(path, max_bytes=max_bytes)
        return path, doc, index_token_bytes(fold(doc.text))
    except ReadError as exc:
        return path, str(exc), None
    except OSError as exc:
        return path, exc.strerror or str(exc), None
    except Exception as exc:  # a bug or an exhausted resource: this file fails, the run goes on
        return path, _describe(exc), None


class _Reader:
    """Reads and tokenises files on a thread, a few files ahead of the database.

    SQLite releases the GIL while it indexes, so reading the next files overlaps
    with writing the current one; the bounded queue keeps memory flat.  Every
    file yields an item (a failure is its reason); if the thread itself ever
    dies, ``error`` says why.
    """

    _END = object()

    def __init__(self, files: list[Path], max_bytes: int, ahead: int = 64) -> None:
        self._queue: queue.Queue[object] = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self.error: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(files, max_bytes), name="import-reader", daemon=True
        )
        self._thread.start()

    def _run(self, files: list[Path], max_bytes: int) -> None:
        try:
            for path in files:
                if self._stop.is_set():
                    return
                self._put(_prepare(path, max_bytes))
        except BaseException as exc:
            self.error = f"not read: the reading stopped ({_describe(exc)})"
        finally:
            self._put(self._END)

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def items(self, cancelled: CancelFn) -> Iterator[tuple[Path, Document | str, Tokens | None]]:
        """Items in file order, until the end or until ``cancelled()`` (checked while waiting)."""
        while True:
            try:
                item = self._queue.get(timeout=0.2)
            except queue.Empty:
                if cancelled():
                    return
                continue
            if item is self._END:
                return
            # Yielded from a list, not from a variable: this suspended generator then
            # keeps no reference to the file's tokens, which the search index takes
            # over when the batch is written (db.articles.index_articles).
            held = [item]
            del item
            yield held.pop()  # type: ignore[misc]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)  # a reader stuck on a slow file is left behind (daemon)

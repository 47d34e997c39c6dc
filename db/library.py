"""Opening, creating and migrating a library file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from db import counts
from db.holder import clear_note, describe_holder, write_note
from db.holder import now as note_time
from db.schema import LATEST, MIGRATIONS

APP_ID = 0x44555A48  # "DUZH"
BUSY_TIMEOUT_MS = 5000
WAIT_POLL_MS = 250  # while waiting for another writer, the waiter is called this often
# SQLite stores whole numbers in 64 bits: no id, limit or offset lies beyond this.
SQLITE_MAX_INT = 2**63 - 1


class LibraryError(Exception):
    """A problem with the library file that the user can act on (not a bug)."""


class Stopped(Exception):
    """A read was stopped half way because its caller no longer wants it."""


class ReadOnlyLibrary(LibraryError):
    """A change was asked of a library opened read-only."""


# Called while another connection is changing the library: (what holds it, seconds
# waited so far).  It returns to keep waiting and raises to give up.
Waiter = Callable[[str, float], None]


def is_busy(exc: sqlite3.Error) -> bool:
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


def friendly_error(exc: sqlite3.Error, path: Path) -> LibraryError:
    msg = str(exc).lower()
    if is_busy(exc):
        return LibraryError(
            f"{path.name} is being changed by {describe_holder(path)}; "
            "try again when it has finished"
        )
    if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
        return LibraryError(f"{path.name} is not a Duizhao library (or it is damaged)")
    if "disk" in msg and "full" in msg:
        return LibraryError(f"the disk holding {path.name} is full; free some space and try again")
    if "readonly" in msg or "read-only" in msg:
        return ReadOnlyLibrary(read_only_message(path))
    if "unable to open" in msg:
        return LibraryError(f"cannot open {path}: {exc}")
    return LibraryError(f"{path.name}: {exc}")


def read_only_message(path: Path) -> str:
    return (
        f"{path.name} is opened read-only (its folder or medium cannot be written): "
        "searching, reading and exporting work, but it cannot be changed"
    )


def _writable(path: Path) -> bool:
    """Whether the file and its folder (for the -wal and -shm files) can be written."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _write_refused(exc: LibraryError) -> bool:
    """Whether opening failed because the file or its folder cannot be written."""
    cause = str(exc.__cause__ or exc).lower()
    return isinstance(exc, ReadOnlyLibrary) or "unable to open" in cause or "readonly" in cause


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open without writing anything, not even the -shm file of a WAL library.

    ``mode=ro`` reads a WAL library whose -shm file exists or can be made; on
    read-only media neither is true, and ``immutable=1`` tells SQLite that no
    one can change the file, so it reads it without shared memory.
    """
    uri = "file:" + quote(path.resolve().as_posix(), safe="/:")
    last: sqlite3.Error | None = None
    for extra in ("", "&immutable=1"):
        conn = sqlite3.connect(
            f"{uri}?mode=ro{extra}",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        return conn
    assert last is not None
    raise last


@contextmanager
def stopping_when(
    conn: sqlite3.Connection, cancelled: Callable[[], bool], every: int = 20_000
) -> Iterator[None]:
    """Statements run inside stop within ``every`` SQLite steps once ``cancelled()`` is
    true, raising ``Stopped``: a superseded search gives its core back at once instead
    of ranking a million articles nobody will look at, a promotion stops mid-pass."""
    conn.set_progress_handler(lambda: int(cancelled()), every)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if cancelled() and "interrupt" in str(exc):
            raise Stopped(str(exc)) from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


class Library:
    """An open library file. Not thread-safe: open one per thread (``reopen``).

    ``read_only`` libraries (a read-only folder, file or medium) search, read and
    export; a change raises ``ReadOnlyLibrary``.  ``waiter``, when set, is called
    while another program is changing the library and this one wants to, instead
    of giving up after the busy timeout; ``activity`` names this connection's
    work in the note a waiting writer reads (``db.holder``).
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.lock = threading.RLock()
        self.read_only = read_only
        self.waiter: Waiter | None = None
        self.activity = "Duizhao"
        self._noted = False
        self._since: str | None = None

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Library:
        path = Path(path)
        if not path.exists():
            if not create:
                raise LibraryError(f"no library at {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create {path.parent}: {exc.strerror}") from exc
        elif path.is_dir():
            raise LibraryError(f"{path} is a folder, not a library file")
        read_only = path.exists() and not _writable(path)
        try:
            if read_only:
                conn = _connect_read_only(path)
            else:
                conn = sqlite3.connect(
                    path,
                    isolation_level=None,
                    timeout=BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,
                )
        except sqlite3.Error as exc:
            raise friendly_error(exc, path) from exc
        try:
            return cls._prepare(path, conn, read_only)
        except LibraryError as first:
            # The folder looked writable but is not (a write-protected share, a
            # read-only mount seen by an administrator): open it read-only after all.
            if read_only or not _write_refused(first):
                raise
            try:
                conn = _connect_read_only(path)
            except sqlite3.Error:
                raise first from None
            return cls._prepare(path, conn, True)

    @classmethod
    def _prepare(cls, path: Path, conn: sqlite3.Connection, read_only: bool) -> Library:
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            if has_tables and app_id != APP_ID:
                raise LibraryError(f"{path.name} is an SQLite file but not a Duizhao library")
            if version > LATEST:
                raise LibraryError(
                    f"{path.name} was written by a newer version of Duizhao (library format "
                    f"{version}; this version reads up to {LATEST}). Open it with a newer Duizhao."
                )
            if read_only and version < LATEST:
                raise LibraryError(
                    f"{path.name} was written by an older Duizhao and must be upgraded, which "
                    "cannot be done where it is (read-only); copy it to a folder you can write to"
                )
            lib = cls(path, conn, read_only=read_only)
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version < LATEST:
                lib._migrate(version)
            if not read_only:
                lib._recount_once()
        except LibraryError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise friendly_error(exc, path) from exc
        return lib

    def stopping_when(
        self, cancelled: Callable[[], bool], every: int = 20_000
    ) -> AbstractContextManager[None]:
        """``stopping_when`` on this library's connection."""
        return stopping_when(self.conn, cancelled, every)

    def reopen(self) -> Library:
        """A second connection to the same file, e.g. for a worker thread."""
        return Library.open(self.path, create=False)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        if self._noted:
            clear_note(self.path)
            self._noted = False

    def _recount_once(self) -> None:
        """Recount entities of a file last written before counts were kept in step."""
        if not counts.needs_recount(self.conn):
            return
        try:
            with self.transaction() as conn:
                counts.recount_all(conn)
                counts.mark_recounted(conn)
        except sqlite3.OperationalError as exc:  # busy now: done on a later open
            if not is_busy(exc):
                raise

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations --------------------------------------------------------
    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def backup_path(self, version: int) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak")

    def _migrate(self, current: int) -> None:
        if current > 0:
            backup = self.backup_path(current)
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try:
                shutil.copy2(self.path, backup)
            except OSError as exc:
                raise LibraryError(
                    f"cannot copy {self.path.name} before upgrading it: {exc.strerror}"
                ) from exc
        for number in range(current + 1, LATEST + 1):
            script = MIGRATIONS[number - 1]
            with self.transaction():
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                if number == 1:
                    self.conn.execute(f"PRAGMA application_id = {APP_ID}")

    def begin(self) -> None:
        """BEGIN IMMEDIATE: take the right to write, waiting while another writer has it.

        Without a ``waiter`` a library still busy after the busy timeout raises
        sqlite3's error (``friendly_error`` words it, naming what holds it); with one, the wait goes on in short
        steps, each reported to the waiter, until the library is free or the
        waiter raises.
        """
        if self.read_only:
            raise ReadOnlyLibrary(read_only_message(self.path))
        started = time.monotonic()
        waiter = self.waiter
        if waiter is not None:  # short steps, so the wait is reported and can be stopped
            self.conn.execute(f"PRAGMA busy_timeout = {WAIT_POLL_MS}")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc) or waiter is None:
                        raise  # callers turn it into words (friendly_error names the holder)
                waiter(describe_holder(self.path), time.monotonic() - started)
        finally:
            if waiter is not None:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if self._since is None:
            self._since = note_time()  # since this connection's first change
        write_note(self.path, self.activity, self._since)  # what a waiting writer is told
        self._noted = True

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        with self.lock:
            self.begin()
            try:
                yield self.conn
            except BaseException:
                # A full disk or an I/O error may have rolled back already: the
                # original error is the one to report.
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals)."""
    parts: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                parts.append(buf.strip())
            buf = ""
    if buf.strip():
        parts.append(buf.strip())
    return parts

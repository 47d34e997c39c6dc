"""Opening, creating and migrating a library file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from db.schema import LATEST, MIGRATIONS

APP_ID = 0x44555A48  # "DUZH"
BUSY_TIMEOUT_MS = 5000
# SQLite stores whole numbers in 64 bits: no id, limit or offset lies beyond this.
SQLITE_MAX_INT = 2**63 - 1


class LibraryError(Exception):
    """A problem with the library file that the user can act on (not a bug)."""


def friendly_error(exc: sqlite3.Error, path: Path) -> LibraryError:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return LibraryError(f"{path.name} is in use by another program; close it and try again")
    if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
        return LibraryError(f"{path.name} is not a Duizhao library (or it is damaged)")
    if "disk" in msg and "full" in msg:
        return LibraryError(f"the disk holding {path.name} is full; free some space and try again")
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return LibraryError(f"cannot write to {path}: {exc}")
    return LibraryError(f"{path.name}: {exc}")


class Library:
    """An open library file. Not thread-safe: open one per thread (``reopen``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.lock = threading.RLock()

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
        try:
            conn = sqlite3.connect(
                path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise friendly_error(exc, path) from exc
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
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            lib = cls(path, conn)
            if version < LATEST:
                lib._migrate(version)
        except LibraryError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise friendly_error(exc, path) from exc
        return lib

    def reopen(self) -> Library:
        """A second connection to the same file, e.g. for a worker thread."""
        return Library.open(self.path, create=False)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

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

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
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

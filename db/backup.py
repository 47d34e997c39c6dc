"""A consistent copy of a library while it is in use (SQLite's online backup)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from db.library import Library, LibraryError, friendly_error


def backup_library(lib: Library, out: str | Path) -> Path:
    """Copy ``lib`` to ``out`` as one snapshot: other programs may read and write
    meanwhile (WAL lets them), and the copy is the library at one moment.

    The copy is written beside ``out`` under a temporary name and renamed when
    complete, so ``out`` is never half a library.  Returns ``out``.
    """
    out = Path(out)
    if out.exists() and out.resolve() == lib.path.resolve():
        raise LibraryError("a backup cannot be written over the library itself")
    if out.is_dir():
        raise LibraryError(f"{out} is a folder; give the backup a file name")
    tmp = out.with_name(f".{out.name}.partial")
    with contextlib.suppress(OSError):
        tmp.unlink()
    try:
        target = sqlite3.connect(tmp)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot write {out}: {exc}") from exc
    try:
        # One step: the whole copy is read in one read transaction, a single snapshot
        # that writers in WAL mode do not disturb (a step-wise copy starts over after
        # every write by another connection).
        lib.conn.backup(target, pages=-1)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except sqlite3.Error as exc:
        target.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        if "disk" in str(exc).lower() or "full" in str(exc).lower():
            raise LibraryError(f"cannot write {out}: {exc}") from exc
        raise friendly_error(exc, lib.path) from exc
    target.close()
    try:
        os.replace(tmp, out)
    except OSError as exc:
        raise LibraryError(f"cannot write {out}: {exc.strerror}") from exc
    return out

"""Who is changing a library: a small note beside the file, read by a writer that waits.

SQLite lets one connection write at a time and does not say which.  Each
connection that begins a change writes ``NAME-writer`` (what it is, its process,
since when); a second writer that finds the library busy reads it to say
exactly what it is waiting for.  The note is removed when its writer closes the
library; a note left by a process that died is recognised and ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path


def note_path(library: Path) -> Path:
    return library.with_name(library.name + "-writer")


def now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


def write_note(library: Path, what: str, since: str) -> None:
    """Record that this process is changing ``library`` (best effort: never fails)."""
    note = {"what": what, "pid": os.getpid(), "host": socket.gethostname(), "since": since}
    target = note_path(library)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps(note), encoding="utf-8")
        os.replace(tmp, target)


def clear_note(library: Path) -> None:
    """Remove the note if this process wrote it."""
    target = note_path(library)
    note = _read(target)
    if note is not None and note.get("pid") == os.getpid() and _same_host(note):
        with contextlib.suppress(OSError):
            target.unlink()


def describe_holder(library: Path) -> str:
    """What is changing ``library``, in words, as far as its note tells."""
    note = _read(note_path(library))
    if note is None or (_same_host(note) and not _alive(int(note.get("pid", 0)))):
        return "another program"
    where = "" if _same_host(note) else f" on {note.get('host')}"
    return f"{note.get('what')} (process {note.get('pid')}{where}, since {note.get('since')})"


def _read(path: Path) -> dict | None:
    try:
        note = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def _same_host(note: dict) -> bool:
    return note.get("host") == socket.gethostname()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True

"""Finding and reading article files safely: folders, special files, size limits, names.

Only regular files are read.  A named pipe, a device or a socket with an
article suffix (or a link to one, such as a link to ``/dev/zero``) is reported
by name and never opened for reading, so it can neither hang the import nor
feed it endless bytes.  A file larger than the size limit is reported, not
read; the bytes read are capped at the limit even if the file grows meanwhile.

File names are kept as the operating system gives them (``pathlib.Path``, with
undecodable bytes held as surrogate escapes), so nothing is lost; ``display_path``
shows such a name safely (``bad\\xff\\xfename.txt``) and ``stored_path`` gives a
lossless form that is valid UTF-8 for the library file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FileTooLarge",
    "NotARegularFile",
    "Scan",
    "display_path",
    "format_size",
    "read_limited",
    "scan_paths",
    "stored_path",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_O_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
)
_CHUNK = 1024 * 1024


class NotARegularFile(OSError):
    """A named pipe, device, socket or folder where a file was expected."""


class FileTooLarge(OSError):
    """A file over the size limit; ``size`` may be a lower bound (the file grew)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"larger than the size limit ({format_size(size)} > {format_size(limit)})")


def format_size(n: int) -> str:
    """``70.0 MB``, ``512 KB``, ``12 bytes``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_limited(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.

    Raises ``NotARegularFile`` for anything else (links are followed first),
    ``FileTooLarge`` over the limit, and ``OSError`` for the usual troubles.
    """
    st = os.stat(path)
    kind = kind_of(st.st_mode)
    if kind:
        raise NotARegularFile(f"not a regular file: {kind}")
    if st.st_size > max_bytes:
        raise FileTooLarge(st.st_size, max_bytes)
    fd = os.open(path, _O_FLAGS)
    try:
        st = os.fstat(fd)  # it may have been swapped since the stat above
        kind = kind_of(st.st_mode)
        if kind:
            raise NotARegularFile(f"not a regular file: {kind}")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileTooLarge(total, max_bytes)
        return b"".join(chunks)
    finally:
        os.close(fd)


def display_path(path: Path | str) -> str:
    """The path as text that can be printed or shown anywhere.

    Bytes of a name that are not UTF-8 appear as ``\\xff``; everything else as is.
    """
    text = str(path)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def stored_path(path: Path | str) -> str:
    """A lossless text form of ``path`` for the library file (always valid UTF-8).

    A name that is valid Unicode is stored as it is; one with undecodable bytes
    is stored as its ``file:`` URI, whose percent escapes keep every byte.
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return Path(path).absolute().as_uri()
    return text


@dataclass
class Scan:
    """Files found under some paths, and what could not be looked into."""

    files: list[Path] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def scan_paths(paths: Iterable[Path | str], suffixes: tuple[str, ...]) -> Scan:
    """Files named with one of ``suffixes`` among ``paths``, folders searched recursively.

    Hidden files and folders (name starting with ".") and Office lock files
    ("~$...") inside folders are skipped.  Entries of any type with a matching
    name are listed (the reader reports those that are not regular files);
    links to folders are followed once.  A folder that cannot be opened, a
    missing path and a named file of another type are ``problems``.  Files are
    sorted by path, without duplicates.
    """
    found: set[Path] = set()
    scan = Scan()
    for item in paths:
        path = Path(item)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            scan.problems.append((path, "no such file or folder"))
            continue
        except OSError as exc:
            scan.problems.append((path, f"cannot open: {_reason(exc)}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(path, suffixes, found, scan.problems)
        elif path.name.lower().endswith(suffixes):
            found.add(path)
        else:
            scan.problems.append((path, f"unsupported file type {path.suffix or '(none)'}"))
    scan.files = sorted(found, key=lambda p: (p.parts, str(p)))
    return scan


def _walk(
    top: Path, suffixes: tuple[str, ...], found: set[Path], problems: list[tuple[Path, str]]
) -> None:
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue  # a link back to a folder already searched
            seen.add(key)
            with os.scandir(folder) as entries:
                listing = list(entries)
        except OSError as exc:
            problems.append((folder, f"cannot open folder: {_reason(exc)}"))
            continue
        for entry in listing:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                stack.append(Path(entry.path))
            elif not name.startswith("~$") and name.lower().endswith(suffixes):
                found.add(Path(entry.path))

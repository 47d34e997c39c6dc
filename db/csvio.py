"""CSV files for export: RFC 4180, UTF-8, safe to open in a spreadsheet.

``write_csv`` writes with CRLF line ends, minimal quoting and (by default) a
UTF-8 byte order mark so that Excel recognises the encoding.  Text cells that a
spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return, also after leading spaces or line breaks, and their
full-width forms ``＝ ＋ － ＠``) are prefixed with an apostrophe; numbers are written as
they are.  The file is written under a temporary name in the target folder and
renamed into place at the end, so a failure never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TextIO

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip leading blanks before a formula, and some read the
# full-width signs of CJK input methods as the ASCII ones.
_FORMULA_SIGNS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")

_NUMBER_TYPES = (int, float, Decimal, Fraction)


def neutralise(value: object) -> str:
    """Cell text for ``value``: ``None`` → ``""``, numbers as is, formula-like text escaped.

    A string (or any other non-number) whose text starts with one of
    ``FORMULA_PREFIXES``, or with a formula sign (ASCII or full-width) after
    whitespace, gets a leading apostrophe, so ``"=1+1"`` becomes ``"'=1+1"``
    and ``" \n＝1+1"`` becomes ``"' \n＝1+1"``; the number ``-3`` stays ``"-3"``.
    """
    if value is None:
        return ""
    if isinstance(value, _NUMBER_TYPES):
        return str(value)
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_PREFIXES) or text.lstrip().startswith(_FORMULA_SIGNS):
        return "'" + text
    return text


def _open_temporary(target: Path, encoding: str) -> tuple[Path, TextIO]:
    """Create a new file next to ``target`` (mode from the umask) and open it for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        try:
            return tmp, os.fdopen(fd, "w", encoding=encoding, newline="")
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
    raise FileExistsError(f"cannot create a temporary file next to {target}")


def write_csv(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = True,
) -> int:
    """Write ``header`` and ``rows`` to ``path``; return the number of rows written.

    Every cell goes through ``neutralise``.  The file appears at ``path`` only when
    complete; on any error (missing folder, full disk, an exception raised by the
    ``rows`` iterable) the temporary file is removed, an existing file at ``path``
    is left untouched and the error is raised (``OSError`` for file system
    trouble), for the caller to report.
    """
    target = Path(path)
    encoding = "utf-8-sig" if bom else "utf-8"
    tmp, handle = _open_temporary(target, encoding)
    count = 0
    try:
        with handle:
            writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralise(h) for h in header])
            for row in rows:
                writer.writerow([neutralise(cell) for cell in row])
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return count


def read_csv(path: Path | str) -> tuple[list[str], list[list[str]]]:
    """Read a CSV file written by ``write_csv`` (with or without BOM): header and rows.

    Cells are returned as written, apostrophes of neutralised cells included.
    An empty file gives an empty header and no rows.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    if not records:
        return [], []
    return records[0], records[1:]

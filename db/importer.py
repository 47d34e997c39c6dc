"""Importing article files: one transaction per file, progress, cancellation."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from db.articles import find_by_hash, insert_article, normalised_hash
from db.library import Library, _friendly
from text.reader import Document, ReadError, iter_article_files, read_document


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
    bytes_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported", f"{len(self.duplicates)} duplicate(s)"]
        parts.append(f"{len(self.failed)} failed")
        text = ", ".join(parts)
        if self.cancelled:
            text += " (cancelled)"
        return text


ProgressFn = Callable[[ImportProgress], None]
CancelFn = Callable[[], bool]


def add_document(lib: Library, doc: Document, *, source: str | None = None) -> tuple[int, bool]:
    """Add one document in its own transaction. Returns (article id, newly added)."""
    text_hash = normalised_hash(doc.text)
    try:
        with lib.transaction() as conn:
            existing = find_by_hash(lib, text_hash)
            if existing is not None:
                return existing, False
            article_id = insert_article(
                conn,
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
            )
    except sqlite3.Error as exc:
        raise _friendly(exc, lib.path) from exc
    return article_id, True


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
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        try:
            doc = read_document(path)
        except ReadError as exc:
            report.failed.append((path, str(exc)))
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
        else:
            report.bytes_read += len(doc.text.encode("utf-8"))
            article_id, new = add_document(lib, doc, source=source)
            (report.added if new else report.duplicates).append((path, article_id))
        tick(i + 1, path)
    return report

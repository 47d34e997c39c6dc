"""Opening the library a command asks for, building the default one from the seeds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db.importer import ImportProgress, import_paths
from db.library import Library
from db.location import default_library_path
from text.resources import seeds_dir


def open_library(
    path: str | Path | None = None,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
) -> Library:
    """Open ``path``, or the default library; a new default library gets the seed articles."""
    if path is not None:
        return Library.open(path)
    target = default_library_path()
    fresh = not target.exists()
    lib = Library.open(target)
    if fresh:
        import_paths(lib, [seeds_dir()], progress=progress)
    return lib

"""Waiting for another writer: what a long job reports while the library is busy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.library import Library, LibraryError, Waiter


@dataclass(frozen=True)
class Waiting:
    """Reported instead of progress while another program changes the library."""

    library: Path
    holder: str  # what holds it, in words (``db.holder.describe_holder``)
    seconds: float


class StoppedWaiting(LibraryError):
    """The user stopped waiting for another writer; nothing was changed."""


def make_waiter(
    lib: Library, cancelled: Callable[[], bool], report: Callable[[Waiting], None]
) -> Waiter:
    """A waiter for ``lib`` that reports each step and gives up when ``cancelled()``."""

    def wait(holder: str, seconds: float) -> None:
        if cancelled():
            raise StoppedWaiting(
                f"stopped waiting for {holder} to finish with {lib.path.name}; nothing was changed"
            )
        report(Waiting(lib.path, holder, seconds))

    return wait

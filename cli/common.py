"""What the commands share: opening the library, Ctrl+C, progress bars, exit codes."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


# Set by Ctrl+C inside ``interruptible``: a long job stops between items, and a command
# waiting for another writer stops waiting.
STOP = threading.Event()


def open_for_command(args: argparse.Namespace):  # -> Library
    from cli.waiting import wait_at_terminal
    from db.bootstrap import open_library

    lib = open_library(args.library)
    lib.activity = f"'duizhao {args.command}'"
    wait_at_terminal(lib, STOP.is_set)
    return lib


@contextlib.contextmanager
def interruptible() -> Iterator[threading.Event]:
    """Ctrl+C sets the event (the job stops between items) instead of killing the process."""
    STOP.clear()
    previous = signal.signal(signal.SIGINT, lambda *_: STOP.set())
    try:
        yield STOP
    finally:
        signal.signal(signal.SIGINT, previous)


def with_progress(label: str, unit: str, job: Callable[..., T]) -> T:
    """Run ``job(progress, cancelled)`` with a progress bar of ``unit`` counts; Ctrl+C
    asks it to stop between items."""
    from cli.progress import ProgressBar

    bar = ProgressBar(label)
    try:
        with interruptible() as stop:
            return job(lambda d, t: bar.update(d, t, unit), stop.is_set)
    finally:
        bar.finish()


def find_entities(lib, names: list[str]) -> list | None:  # noqa: ANN001 - db.library.Library
    """The entities of the names (any name or alias, either script): db.entities.EntityRow
    each; None, said on stderr, when one is not in the library."""
    from db.entities import find_entity

    found = []
    for name in names:
        entity = find_entity(lib, name)
        if entity is None:
            print(f"error: no entity named {name!r} in this library", file=sys.stderr)
            return None
        found.append(entity)
    return found

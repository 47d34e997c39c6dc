"""Telling the user at a terminal that a command waits for another writer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from db.library import Library
from db.waiting import Waiting, make_waiter


def wait_at_terminal(
    lib: Library, cancelled: Callable[[], bool], stream: TextIO | None = None
) -> None:
    """Make ``lib`` wait for another writer, saying so once and counting the seconds."""
    out = stream or sys.stderr
    tty = hasattr(out, "isatty") and out.isatty()
    shown: list[str] = []

    def report(w: Waiting) -> None:
        if not shown or shown[-1] != w.holder:
            if shown and tty:
                out.write("\n")
            out.write(
                f"waiting: {w.library.name} is being changed by {w.holder}; this command goes "
                "on when it has finished (Ctrl+C to stop)" + ("" if tty else "\n")
            )
            shown.append(w.holder)
        elif tty:
            out.write(f"\rwaiting for {w.holder}: {w.seconds:.0f} s\x1b[K")
        out.flush()

    lib.waiter = make_waiter(lib, cancelled, report)

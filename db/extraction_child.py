"""Entity extraction run by a process of its own, for a program whose main thread must
stay free (the window).

``extract_library`` with recognition processes still stores their results in the
calling process: unpickling the mentions and writing them is Python work that holds
the interpreter lock for most of the run, and a window's keys wait for that lock.
``extract_in_child`` runs the whole of it (reading the texts, the recognition
processes, storing) in a child process with its own connection to the library.
The caller's thread only waits on a pipe, which leaves the interpreter lock free;
the child reports progress, waits for another writer the way the caller would
(``db.waiting``), stops when asked, and stops by itself if the caller dies.

What is stored is exactly what ``extract_library`` stores: the child calls it.
A crash of either process keeps every finished batch, as any interrupted run does.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from db.library import Library, LibraryError
from db.waiting import Waiting, make_waiter
from text.recognition_pool import RecognizerSpec, sigint_ignored

POLL_SECONDS = 0.1  # how often the waiting caller looks at its cancel flag
STOP_GRACE_SECONDS = 10.0  # how long a stopped child may take to finish its batch
# The child's scheduling niceness, added (POSIX): below the window, above the
# recognition processes (they add their own ``WORKER_NICENESS`` to it).
CHILD_NICENESS = 5


class ExtractionProcessFailed(LibraryError):
    """The extraction process stopped without an answer (killed, out of memory)."""


def extract_in_child(
    path: Path,
    ids: Sequence[int],
    *,
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    waiting: Callable[[Waiting], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    recognizer: RecognizerSpec = None,
    activity: str = "",
) -> int:
    """``db.extraction.extract_library(lib, ids, jobs=jobs)`` on the library at ``path``,
    in a child process.  ``progress(done, total)`` and ``waiting(Waiting)`` are called
    here, in the caller's thread; ``cancelled()`` stops the child after its current
    batch.  Returns the number of articles processed; the child's ``LibraryError`` or
    ``OSError`` is raised here again, anything else as a ``RuntimeError`` with the
    child's traceback."""
    if isinstance(recognizer, Path):
        recognizer = str(recognizer)
    ctx = multiprocessing.get_context("spawn")
    answers, out = ctx.Pipe(duplex=False)
    stop = ctx.Event()
    proc = ctx.Process(
        target=_child,
        args=(str(path), list(ids), jobs, recognizer, activity, out, stop),
        name="duizhao-extraction",
        daemon=False,  # it starts the recognition processes (a daemon may not)
    )
    with sigint_ignored():
        proc.start()
    out.close()  # the child's end: its death reads as end of file here
    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            if not answers.poll(POLL_SECONDS):
                continue
            try:
                kind, payload = answers.recv()
            except EOFError:
                proc.join(timeout=5)
                if stop.is_set():
                    return 0  # stopped before it could say how far it got
                raise ExtractionProcessFailed(
                    "the entity extraction process stopped unexpectedly"
                    f" (exit code {proc.exitcode}); the articles finished before it are"
                    " kept, and extracting again takes up the rest"
                ) from None
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "waiting":
                if waiting is not None:
                    waiting(payload)
            elif kind == "done":
                return int(payload)
            elif kind == "failed":
                raise _unpickled(payload)
            else:  # "error": a defect in the child
                raise RuntimeError(f"entity extraction failed in its process:\n{payload}")
    finally:
        stop.set()
        answers.close()
        proc.join(timeout=STOP_GRACE_SECONDS)
        if proc.is_alive():
            proc.terminate()  # its recognition processes see it gone and stop
            proc.join()


def _unpickled(payload: bytes | str) -> BaseException:
    if isinstance(payload, bytes):
        with contextlib.suppress(Exception):
            exc = pickle.loads(payload)
            if isinstance(exc, BaseException):
                return exc
        return LibraryError("entity extraction failed in its process")
    return LibraryError(payload)


def _child(
    path: str,
    ids: list[int],
    jobs: int,
    recognizer: RecognizerSpec,
    activity: str,
    out: Connection,
    stop: Any,
) -> None:
    """The child: open the library, extract, send what happened."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the caller's to handle
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX only
        os.nice(CHILD_NICENESS)
    from db.extraction import extract_library

    parent = multiprocessing.parent_process()

    def cancelled() -> bool:
        return stop.is_set() or (parent is not None and not parent.is_alive())

    def send(message: tuple[str, object]) -> None:
        with contextlib.suppress(OSError):
            out.send(message)

    lib: Library | None = None
    try:
        lib = Library.open(Path(path), create=False)
        if activity:
            lib.activity = activity
        lib.waiter = make_waiter(lib, cancelled, lambda w: send(("waiting", w)))
        done = extract_library(
            lib,
            ids,
            progress=lambda d, t: send(("progress", (d, t))),
            cancelled=cancelled,
            recognizer=recognizer,
            jobs=jobs,
        )
        send(("done", done))
    except (LibraryError, OSError) as exc:
        try:
            payload: bytes | str = pickle.dumps(exc)
        except Exception:
            payload = str(exc)
        send(("failed", payload))
    except BaseException:
        send(("error", traceback.format_exc()))
    finally:
        if lib is not None:
            with contextlib.suppress(Exception):
                lib.close()
        out.close()

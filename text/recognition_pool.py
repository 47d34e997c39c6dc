"""Entity recognition of many articles in worker processes, one per core.

The recogniser is pure Python held by the GIL, so threads would share one core;
processes use them all.  Each worker is started with the "spawn" method (the same
on Windows, macOS and Linux, and inside the frozen app, whose entry calls
``multiprocessing.freeze_support``), loads the recogniser once, and turns batches
of ``ArticleText`` into their mentions (``article_mentions``, exactly what the
in-process path computes).  ``RecognitionPool.results`` gives the batches back in
the order they were given, with at most ``window`` of them in flight, so the
texts of a large library are never all in memory; the caller writes the library.

A worker that dies (killed, out of memory) ends the run with ``WorkerFailed``
instead of a wait for a result that will not come; a worker's error is raised
again in the caller with the worker's traceback.  Leaving the pool (``with``)
after a cancellation or an error terminates the workers.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from text.entities import Mention

# None: the shipped recogniser; False: rules only; a path: the model there.
RecognizerSpec = bool | str | Path | None

PIECE_ENDS = "\n。！？!?；;"
WORKER_NICENESS = 10  # added to a worker's scheduling niceness (POSIX)
POLL_SECONDS = 0.1  # how often a waiting caller looks at its cancel flag
PARENT_CHECK_SECONDS = 1.0  # how often an idle worker looks whether its parent lives


@dataclass(frozen=True)
class ArticleText:
    """One article as recognition needs it (plain data, sent to a worker)."""

    id: int
    text: str
    date: str | None = None
    bylines: tuple[tuple[str, str], ...] = ()
    # A piece of a longer article (``piece_tasks``): where the piece starts in the
    # article, and the article's length (0: the text is the whole article).
    offset: int = 0
    whole: int = 0

    @property
    def last_piece(self) -> bool:
        """Whether this is a whole article or the last piece of one."""
        return self.offset + len(self.text) >= self.whole


def iter_pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``split_pieces`` one piece at a time (no list of every piece of a long text)."""
    if len(text) <= size:
        yield 0, text
        return
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind(ch) for ch in PIECE_ENDS) + 1
        if cut <= size // 2:
            cut = size
        yield start, window[:cut]
        start += cut
    yield start, text[start:]


def split_pieces(text: str, size: int) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``size`` characters, cut after a line
    or sentence end where there is one in the second half of a piece."""
    return list(iter_pieces(text, size))


def piece_tasks(article: ArticleText, size: int) -> Iterator[ArticleText]:
    """An article longer than ``size`` as its pieces (``split_pieces``), each one a task
    of its own: a worker then holds and sends back one piece's mentions at a time, not
    the whole article's (hundreds of megabytes for tens of millions of characters,
    twice over while they are pickled), and the pieces of one article are recognised
    on every core.  ``article_mentions`` places each piece's mentions in the article."""
    if len(article.text) <= size:
        yield article
        return
    whole = len(article.text)
    for offset, part in iter_pieces(article.text, size):
        yield replace(article, text=part, offset=offset, whole=whole)


def mentions_in_pieces(article: ArticleText, recognizer: Any, piece: int) -> Iterator[Mention]:
    """The mentions of a long article, recognised ``piece`` characters at a time."""
    from text.entities import extract, recognize_many

    # One string object per distinct name: a long article names the same few thousand
    # things hundreds of thousands of times, and a copy each made the worker (and, once
    # unpickled, the parent) hold hundreds of megabytes of duplicates; pickling shares
    # an object it has seen, so the message shrinks too.
    shared: dict[str, str] = {}
    for offset, part in split_pieces(article.text, piece):
        found = recognize_many([part], recognizer)
        for m in extract(
            part,
            bylines=article.bylines,
            article_date=article.date,
            recognizer=False,
            spans=None if found is None else found[0],
        ):
            yield replace(
                m,
                start=m.start + offset,
                end=m.end + offset,
                text=shared.setdefault(m.text, m.text),
                name=shared.setdefault(m.name, m.name),
            )


def short_mentions(articles: Sequence[ArticleText], recognizer: Any) -> list[list[Mention]]:
    """The mentions of articles of at most a piece each, recognised together (decoding
    many at once is faster)."""
    from text.entities import extract, recognize_many

    found = recognize_many([a.text for a in articles], recognizer)
    return [
        extract(
            a.text,
            bylines=a.bylines,
            article_date=a.date,
            recognizer=False,  # its spans are given (None: there is no recogniser)
            spans=None if found is None else found[k],
        )
        for k, a in enumerate(articles)
    ]


def article_mentions(
    articles: Sequence[ArticleText], recognizer: Any, piece: int
) -> list[list[Mention]]:
    """The mentions of each article, in order: what a worker computes for a batch."""
    short = [a for a in articles if len(a.text) <= piece]
    found = iter(short_mentions(short, recognizer))
    out = [
        next(found) if len(a.text) <= piece else list(mentions_in_pieces(a, recognizer, piece))
        for a in articles
    ]
    for a, mentions in zip(articles, out, strict=True):
        if a.offset:  # a piece of a longer article (``piece_tasks``)
            for m in mentions:
                m.start += a.offset
                m.end += a.offset
    return out


def usable_cores() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        try:
            return max(1, len(affinity(0)))
        except OSError:
            pass
    return os.cpu_count() or 1


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ctrl+C ignored while workers start (in the main thread, where it can be set), so
    that a worker started meanwhile ignores it from its first instruction on (an ignored
    signal stays ignored in a started program): the parent alone handles Ctrl+C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class WorkerFailed(Exception):
    """A worker process stopped unexpectedly (killed, out of memory, crashed)."""


class WorkerError(RuntimeError):
    """Recognition raised an error in a worker; the message holds its traceback."""


def _load(spec: RecognizerSpec) -> Any:
    if isinstance(spec, str | Path):
        from text.ner.recognizer import Recognizer

        return Recognizer.load(Path(spec))
    return spec


class _Tasks:
    """Tasks from the parent to the workers: one pipe whose writing end the parent alone
    holds (so a worker reads end of file when the parent is gone, even in the middle of
    a task), written by a thread (so the parent never blocks on a full pipe while a
    worker waits for it to read an answer), read by one worker at a time."""

    def __init__(self, ctx: Any) -> None:
        self.reader, self._writer = ctx.Pipe(duplex=False)
        self.lock = ctx.Lock()
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._feeder = threading.Thread(target=self._feed, name="recognition-tasks", daemon=True)
        self._feeder.start()

    def _feed(self) -> None:
        while (item := self._queue.get()) is not _END:
            try:
                self._writer.send(item)
            except OSError:  # every worker is gone
                break
        self._writer.close()

    def put(self, item: object) -> None:
        self._queue.put(item)

    def started(self) -> None:
        """The workers hold the reading end now: the parent lets go of its own, so that
        writing fails instead of waiting once no worker is left to read."""
        self.reader.close()

    def close(self) -> None:
        self._queue.put(_END)


_END = object()  # tells the feeder to stop (never sent)


def _next_task(reader: Connection, lock: Any) -> tuple | None:
    """The next task, or None when told to stop or when the parent is gone (killed:
    nobody would read the answers, and a worker must not outlive it)."""
    parent = multiprocessing.parent_process()
    while not lock.acquire(timeout=PARENT_CHECK_SECONDS):
        if parent is not None and not parent.is_alive():
            return None
    try:
        while not reader.poll(PARENT_CHECK_SECONDS):
            if parent is not None and not parent.is_alive():
                return None
        return reader.recv()
    except EOFError:
        return None
    finally:
        lock.release()


def _serve(tasks: Connection, lock: Any, out: Connection, spec: RecognizerSpec) -> None:
    """A worker: load the recogniser, then answer batches until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    # Background work: the window's own process (keys, painting, storing the results)
    # goes first when the cores are all busy (with two cores, two workers and the
    # window a key waited 40-90 ms, p95, for a time slice).
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX only
        os.nice(WORKER_NICENESS)
    from text.entities import recognize_many

    seq = -1
    try:
        recognizer = _load(spec)
        recognize_many(["北京中关村。"], recognizer)  # loads the model and the segmenter now
        while (task := _next_task(tasks, lock)) is not None:
            seq, articles, piece = task
            out.send(("done", seq, article_mentions(articles, recognizer, piece)))
    except BrokenPipeError:
        pass  # the parent is gone
    except Exception:
        with contextlib.suppress(OSError):
            out.send(("error", seq, traceback.format_exc()))
    finally:
        out.close()


class RecognitionPool:
    """``jobs`` worker processes recognising batches of articles; see the module."""

    def __init__(self, jobs: int, recognizer: RecognizerSpec = None) -> None:
        if isinstance(recognizer, Path):
            recognizer = str(recognizer)
        ctx = multiprocessing.get_context("spawn")
        self._tasks = _Tasks(ctx)
        self._workers: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
        self._unfinished = False  # a run of ``results`` left batches in the workers
        try:
            with sigint_ignored():
                for n in range(max(1, jobs)):
                    reader, writer = ctx.Pipe(duplex=False)
                    proc = ctx.Process(
                        target=_serve,
                        args=(self._tasks.reader, self._tasks.lock, writer, recognizer),
                        name=f"duizhao-recognition-{n + 1}",
                        daemon=True,
                    )
                    proc.start()
                    writer.close()  # the worker's end: its death then reads as end of file
                    self._workers.append((proc, reader))
            self._tasks.started()
        except BaseException:
            self.terminate()
            raise

    def results(
        self,
        batches: Iterable[Sequence[ArticleText]],
        *,
        piece: int,
        window: int | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[Sequence[ArticleText], list[list[Mention]]]]:
        """Each batch with the mentions of its articles, in the order given.  At most
        ``window`` batches (default: two per worker and two more) are read ahead.  Ends
        early, without an error, once ``cancelled()`` is true."""
        window = window or 2 * len(self._workers) + 2
        self._unfinished = True
        pending = iter(batches)
        sent: dict[int, Sequence[ArticleText]] = {}
        answers: dict[int, list[list[Mention]]] = {}
        next_seq = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_seq - next_out < window:
                batch = next(pending, None)
                if batch is None:
                    exhausted = True
                    break
                sent[next_seq] = batch
                self._tasks.put((next_seq, list(batch), piece))
                next_seq += 1
            if next_out in answers:
                yield sent.pop(next_out), answers.pop(next_out)
                next_out += 1
                continue
            if exhausted and next_out == next_seq:
                self._unfinished = False
                return
            if cancelled is not None and cancelled():
                return
            if not self._receive(answers, cancelled):
                return

    def _receive(
        self, answers: dict[int, list[list[Mention]]], cancelled: Callable[[], bool] | None
    ) -> bool:
        """Wait a moment for answers; False when the run is cancelled meanwhile."""
        wait([r for _, r in self._workers] + [p.sentinel for p, _ in self._workers], POLL_SECONDS)
        for proc, reader in self._workers:
            try:
                while reader.poll():  # what a worker sent before it ended is read too
                    kind, seq, payload = reader.recv()
                    if kind == "error":
                        raise WorkerError(f"entity recognition failed in a worker:\n{payload}")
                    answers[seq] = payload
            except EOFError:
                pass
            if not proc.is_alive():  # a worker ends only when told to (close)
                if cancelled is not None and cancelled():
                    return False
                raise self._failure(proc)
        return True

    @staticmethod
    def _failure(proc: multiprocessing.process.BaseProcess) -> WorkerFailed:
        proc.join(timeout=1)
        return WorkerFailed(
            f"an entity recognition process stopped unexpectedly (exit code {proc.exitcode})"
        )

    def close(self) -> None:
        """Let the workers finish and stop; stop them now if a run did not end."""
        if self._unfinished:
            self.terminate()
            return
        for _ in self._workers:
            self._tasks.put(None)
        for proc, _ in self._workers:
            proc.join(timeout=5)
        self.terminate()

    def terminate(self) -> None:
        """Stop the workers now (cancelled, or after an error)."""
        for proc, _ in self._workers:
            if proc.is_alive():
                proc.terminate()
        for proc, reader in self._workers:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()
            reader.close()
        self._workers = []
        self._tasks.close()

    def __enter__(self) -> RecognitionPool:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()

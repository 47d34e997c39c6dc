"""Entity extraction with recognition in worker processes (``text.recognition_pool``).

The workers recognise; this thread alone writes the library, batch after batch in
the order of the articles, each batch in one transaction exactly as the in-process
path stores it (``db.extraction.store_batch``), so the result is the same, a
crash or a cancellation keeps every finished batch, and the next run takes up the
rest.  Texts are read as the workers need them: a few batches are in flight at
any time, never the whole library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from db.entities import Pair
from db.library import Library, LibraryError

if TYPE_CHECKING:
    from text.entities import Mention

from text.recognition_pool import (
    ArticleText,
    RecognitionPool,
    RecognizerSpec,
    WorkerFailed,
    piece_tasks,
    usable_cores,
)

MAX_JOBS = 4  # each worker holds its own copy of the model (about 270 MB)
# Characters of pending text below which processes are not worth starting (each
# spends about a second loading the model; one core does ~100,000 characters a second).
PARALLEL_FROM = 300_000
TASK_CHARS = 50_000  # characters sent to a worker at a time (the recogniser decodes them together)


def auto_jobs(lib: Library, ids: Sequence[int], parallel_from: int | None = None) -> int:
    """Worker processes for extracting ``ids``: every usable core (at most ``MAX_JOBS``)
    when there are at least ``parallel_from`` (default ``PARALLEL_FROM``) characters,
    else 1 (in this process)."""
    least = PARALLEL_FROM if parallel_from is None else parallel_from
    cores = min(usable_cores(), MAX_JOBS)
    if cores < 2:
        return 1
    size = 0
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        size += lib.conn.execute(
            f"SELECT coalesce(sum(length(text)), 0) FROM articles WHERE id IN ({marks})", chunk
        ).fetchone()[0]
        if size >= least:
            return cores
    return 1


def batches(
    chunks: Iterable[Iterable[ArticleText]],
    *,
    task_chars: int,
    piece: int,
    reread: Callable[[int], ArticleText | None],
    small: int = 0,
    small_chars: int = 0,
) -> Iterator[list[ArticleText]]:
    """The articles of each chunk (``BATCH`` ids of the in-process path) in groups of
    about ``task_chars`` characters, then each of its articles longer than ``piece``
    alone: the order in which the in-process path stores them, so that every row gets
    the same id.  A long article is kept as its id and read again (``reread``; None:
    deleted meanwhile) when its turn comes, so a chunk of many long articles never
    holds all their texts.  The first ``small`` groups are cut at ``small_chars``: the
    workers' first answers come back sooner, so this thread starts storing while they
    load."""
    made = 0
    for chunk in chunks:
        group: list[ArticleText] = []
        size = 0
        long: list[int] = []
        for article in chunk:
            if len(article.text) > piece:
                long.append(article.id)
                continue
            group.append(article)
            size += len(article.text)
            if size >= (small_chars if made < small else task_chars):
                yield group
                made += 1
                group, size = [], 0
        article = None  # (the last one read: a long one's text is not kept)
        if group:
            yield group
            made += 1
        for aid in long:
            again = reread(aid)
            if again is not None:
                yield [again]


def extract_in_processes(
    lib: Library,
    ids: Sequence[int],
    *,
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    recognizer: RecognizerSpec = None,
) -> int:
    """``db.extraction.extract_library`` with ``jobs`` recognition processes."""
    from db import extraction

    total = len(ids)
    if progress:
        progress(0, total)
    if not ids or (cancelled is not None and cancelled()):
        return 0
    done = 0
    cache: dict[Pair, int] = {}
    step = extraction.BATCH
    work = batches(
        (extraction.article_texts(lib, ids[i : i + step]) for i in range(0, total, step)),
        task_chars=TASK_CHARS,
        piece=extraction.PIECE,
        small=jobs,
        small_chars=TASK_CHARS // 5,
        reread=lambda aid: next(extraction.article_texts(lib, [aid]), None),
    )
    try:
        with RecognitionPool(jobs, recognizer) as pool:
            long = _LongArticle()
            tasks = _split_long(work, extraction.PIECE, long)
            for batch, found in pool.results(tasks, piece=extraction.PIECE, cancelled=cancelled):
                if batch[0].whole:  # a piece of a long article: stored once it is whole
                    if not long.add(batch[0], found[0]):
                        continue
                    stored = [long.take(batch[0].id)]
                else:
                    stored = [(a.id, m, a.text) for a, m in zip(batch, found, strict=True)]
                extraction.store_batch(lib, stored, cache)
                done += len(stored)
                if progress:
                    progress(done, total)
                if cancelled is not None and cancelled():
                    break
    except WorkerFailed as exc:
        raise LibraryError(
            f"{exc}; the articles finished before it are kept, and extracting again"
            " takes up the rest"
        ) from exc
    if not (cancelled is not None and cancelled()):
        done = total  # as the in-process path, articles deleted meanwhile count as done
    return done


def _split_long(
    work: Iterable[list[ArticleText]], piece: int, long: _LongArticle
) -> Iterator[list[ArticleText]]:
    """The batches of ``batches``, but an article longer than ``piece`` (alone in its
    batch) as one batch for each of its pieces (``text.recognition_pool.piece_tasks``);
    ``long`` keeps its whole text for storing."""
    for batch in work:
        if len(batch) == 1 and len(batch[0].text) > piece:
            long.texts[batch[0].id] = batch[0].text
            yield from ([p] for p in piece_tasks(batch[0], piece))
        else:
            yield batch


class _LongArticle:
    """The mentions of a long article, gathered piece by piece in order, and its text.

    The pieces' mentions name the same few thousand things hundreds of thousands of
    times; one string object each (as ``mentions_in_pieces`` makes them in one
    process) instead of one copy per unpickled piece."""

    def __init__(self) -> None:
        self.texts: dict[int, str] = {}  # article id -> text, from _split_long
        self.mentions: list[Mention] = []
        self.shared: dict[str, str] = {}

    def add(self, piece: ArticleText, mentions: list[Mention]) -> bool:
        """Add the next piece; True when it was the article's last."""
        shared = self.shared
        for m in mentions:
            m.text = shared.setdefault(m.text, m.text)
            m.name = shared.setdefault(m.name, m.name)
        self.mentions += mentions
        return piece.last_piece

    def take(self, article_id: int) -> tuple[int, list[Mention], str]:
        """(article id, mentions, text) of the gathered article, and forget it."""
        out = (article_id, self.mentions, self.texts.pop(article_id))
        self.mentions, self.shared = [], {}
        return out

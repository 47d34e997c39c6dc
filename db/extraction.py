"""Entity extraction over a library: a job with progress that can be cancelled.

Mentions are stored with their raw keys (and, for a short name that stands for a
longer one of its article, that name's key); ``db.resolution.Resolution`` maps them
to entities through the name rules of ``text.resolve`` and the user's curation, so
re-extraction never loses an edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

from db.articles import bylines_of
from db.entities import Pair, entity_key
from db.library import Library, friendly_error
from db.resolution import Resolution, apply_attributes, ensure_entity
from text.recognition_pool import ArticleText, mentions_in_pieces, short_mentions
from text.recognition_pool import split_pieces as pieces_of
from text.resolve import BARE_ABBREVIATION_FACTOR, NameUse, bare_abbreviation, local_referents

# Raised whenever the recogniser or the rules change what is extracted: articles extracted
# by an older version are pending again, and re-extraction keeps the curation.
# 2: the guide-model recogniser; abbreviations as aliases of their full names.
# 3: plain nouns cut from organizations, known names tiling a word, bare park words dropped.
# 4: the recogniser trained on the full corpora with embedding clusters; span confidence;
#    one entity per real thing (text.resolve); junk rules of the recogniser.
EXTRACTOR_VERSION = 4
BATCH = 50
PIECE = 100_000  # characters of one article recognised at a time (bounds the memory)

ProgressFn = Callable[[int, int], None]


def split_pieces(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``size`` (default ``PIECE``) characters,
    cut after a line or sentence end where there is one in the second half of a piece."""
    return pieces_of(text, size or PIECE)


def article_texts(lib: Library, ids: Iterable[int]) -> Iterator[ArticleText]:
    """The articles of ``ids`` (those that still exist) as recognition needs them, read
    one at a time."""
    for aid in ids:
        row = lib.conn.execute("SELECT text, date FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is not None:
            yield ArticleText(aid, row[0], row[1], tuple(bylines_of(lib, aid)))


# Articles not extracted with the current extractor (its version the parameter).
_PENDING_SQL = (
    "SELECT a.id FROM articles a LEFT JOIN extraction_state s ON s.article_id = a.id"
    " WHERE s.version IS NULL OR s.version < ?"
)


def pending_articles(lib: Library) -> list[int]:
    """Articles not yet extracted with the current extractor."""
    return [r[0] for r in lib.conn.execute(_PENDING_SQL + " ORDER BY a.id", (EXTRACTOR_VERSION,))]


_MENTION_SQL = (
    "INSERT INTO mentions (article_id, entity_id, raw_type, raw_key, ref_key, start,"
    " end, text, name, role, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def has_pending(lib: Library) -> bool:
    """Whether any article is not yet extracted with the current extractor."""
    return lib.conn.execute(_PENDING_SQL + " LIMIT 1", (EXTRACTOR_VERSION,)).fetchone() is not None


def _store(
    conn: sqlite3.Connection,
    article_id: int,
    mentions: Iterable,  # of text.entities.Mention, consumed here
    res: Resolution,
    cache: dict[Pair, int],
    text: str | None = None,  # the article's text, where the in-article rules read it
) -> set[int]:
    # The entities losing these mentions are recounted too (re-extraction may drop a name).
    touched = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?", (article_id,)
        )
    }
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    # Each mention kept with its name's key, one key string per name: an article of
    # tens of millions of characters has about a million mentions of a few ten
    # thousand names, and a key string and a tuple for each mention are about 150
    # bytes a mention.
    key_of: dict[str, str] = {}
    kept: list = []
    keys: list[str] = []
    for m in mentions:
        key = key_of.get(m.name)
        if key is None:
            key = key_of[m.name] = entity_key(m.name)
        if key:
            kept.append(m)
            keys.append(key)
    del key_of
    # Which longer name of this article a short one stands for (燕郊中心 after
    # 京津冀国家技术创新中心燕郊中心); uses of a 以下简称 form and bylines are settled.
    refs = local_referents(
        [
            NameUse(m.type, key, m.start, m.role is not None, m.end)
            for m, key in zip(kept, keys, strict=True)
        ],
        text,
    )
    pending: list[tuple] = []  # mention rows inserted together, in order (same ids)
    for m, key, ref in zip(kept, keys, refs, strict=True):
        raw = (m.type, key)
        final = res.resolve(raw, ref)
        eid = cache.get(final)
        if eid is None:
            eid = ensure_entity(conn, final, m.name)
            cache[final] = eid
        row = (
            article_id,
            eid,
            raw[0],
            raw[1],
            ref,
            m.start,
            m.end,
            m.text,
            m.name,
            m.role,
            getattr(m, "confidence", 1.0)
            * (BARE_ABBREVIATION_FACTOR if bare_abbreviation(*final) else 1.0),
        )
        touched.add(eid)
        fig = getattr(m, "figure", None)
        if fig is None:
            pending.append(row)
            continue
        if pending:
            conn.executemany(_MENTION_SQL, pending)
            pending = []
        cur = conn.execute(_MENTION_SQL, row)  # the figure needs the mention's id
        conn.execute(
            "INSERT INTO figures (mention_id, value, unit, qualifier, subject, sentence)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (cur.lastrowid, fig.value, fig.unit, fig.qualifier, fig.subject, fig.sentence),
        )
    if pending:
        conn.executemany(_MENTION_SQL, pending)
    conn.execute(
        "INSERT OR REPLACE INTO extraction_state (article_id, version, extracted_at)"
        " VALUES (?, ?, ?)",
        (article_id, EXTRACTOR_VERSION, now),
    )
    return touched


def store_batch(
    lib: Library, work: Iterable[tuple[int, Iterable, str]], cache: dict[Pair, int]
) -> None:
    """Store the mentions of a few articles, ``(article id, mentions, text)`` each.

    Mentions, the articles' extraction state and the counts of every entity they touch
    change in one transaction: after a crash or a full disk the library is as it was
    before this batch or after it, never in between."""
    with lib.transaction() as conn:
        res = Resolution.load(conn)
        touched: set[int] = set()
        for aid, mentions, text in work:
            touched |= _store(conn, aid, mentions, res, cache, text)
        apply_attributes(conn, touched)


def extract_library(
    lib: Library,
    article_ids: Sequence[int] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    recognizer: object = None,
    jobs: int | None = 1,
) -> int:
    """Extract entities from the given articles (default: those not yet extracted).

    Commits every few articles, so a cancelled or interrupted job keeps what it
    finished, and the next run takes up the articles it had not.
    ``jobs``: worker processes recognising the articles while this thread stores them
    (``db.extraction_processes``); 1 recognises them here, None chooses (every core for
    a large job, 1 for a small one).  A ``recognizer`` object is not sent to processes:
    it is used here (processes take None, False or a model path).
    Returns the number of articles processed.
    """
    ids = list(article_ids) if article_ids is not None else pending_articles(lib)
    if not isinstance(recognizer, bool | str | Path | None):
        jobs = 1
    try:
        if jobs is None:
            from db.extraction_processes import auto_jobs

            jobs = auto_jobs(lib, ids)
        if jobs > 1:
            from db.extraction_processes import extract_in_processes

            return extract_in_processes(
                lib, ids, jobs=jobs, progress=progress, cancelled=cancelled, recognizer=recognizer
            )
        return _extract_here(lib, ids, progress, cancelled, recognizer)
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc


def _extract_here(
    lib: Library,
    ids: list[int],
    progress: ProgressFn | None,
    cancelled: Callable[[], bool] | None,
    recognizer: object,
) -> int:
    """``extract_library`` in this thread, ``BATCH`` articles to a transaction."""
    total = len(ids)
    if progress:
        progress(0, total)
    done = 0
    cache: dict[Pair, int] = {}
    for i in range(0, total, BATCH):
        if cancelled is not None and cancelled():
            break
        chunk = ids[i : i + BATCH]
        # Articles up to PIECE characters are recognised together (decoding many at
        # once is faster) before the transaction.  A longer one is read again and
        # recognised a piece at a time while it is stored, one after the other, so the
        # memory of a batch holds one long article whatever their number and length
        # (it holds the write lock meanwhile).
        short, long = _short_and_long(lib, chunk)
        work: list[tuple[int, Iterable, str]] = [
            (a.id, mentions, a.text)
            for a, mentions in zip(short, short_mentions(short, recognizer), strict=True)
        ]
        del short
        store_batch(lib, chain(work, _long_work(lib, long, recognizer)), cache)
        del work
        done += len(chunk)
        if progress:
            progress(done, total)
    return done


def _short_and_long(lib: Library, ids: Sequence[int]) -> tuple[list[ArticleText], list[int]]:
    """The articles of ``ids`` up to ``PIECE`` characters, and the ids of the longer ones
    (their texts are not kept)."""
    short: list[ArticleText] = []
    long: list[int] = []
    for a in article_texts(lib, ids):
        if len(a.text) <= PIECE:
            short.append(a)
        else:
            long.append(a.id)
    return short, long


def _long_work(
    lib: Library, ids: list[int], recognizer: object
) -> Iterator[tuple[int, Iterable, str]]:
    """The long articles of a batch, each read when its turn to be stored comes."""
    for a in article_texts(lib, ids):
        yield a.id, mentions_in_pieces(a, recognizer, PIECE), a.text


def reextract(
    lib: Library,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    jobs: int | None = 1,
) -> int:
    """Extract every article again; curation is kept (it is applied to the new mentions)."""
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")]
    return extract_library(lib, ids, progress=progress, cancelled=cancelled, jobs=jobs)

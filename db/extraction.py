"""Entity extraction over a library: a job with progress that can be cancelled.

Mentions are stored with their raw keys (and, for a short name that stands for a
longer one of its article, that name's key); ``db.entities.Resolution`` maps them
to entities through the name rules of ``text.resolve`` and the user's curation, so
re-extraction never loses an edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from db.articles import bylines_of
from db.entities import Pair, Resolution, apply_attributes, ensure_entity, entity_key
from db.library import Library, friendly_error
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
_PIECE_ENDS = "\n。！？!?；;"

ProgressFn = Callable[[int, int], None]


def split_pieces(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``size`` characters, cut after a line
    or sentence end where there is one in the second half of a piece."""
    size = size or PIECE
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind(ch) for ch in _PIECE_ENDS) + 1
        if cut <= size // 2:
            cut = size
        out.append((start, window[:cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _mentions_in_pieces(
    lib: Library, aid: int, text: str, date: str | None, recognizer: object
) -> Iterator:  # Iterator[text.entities.Mention]
    """The mentions of a long article, recognised one piece at a time."""
    from text.entities import extract, recognize_many

    bylines = bylines_of(lib, aid)
    for offset, piece in split_pieces(text):
        found = recognize_many([piece], recognizer)
        for m in extract(
            piece,
            bylines=bylines,
            article_date=date,
            recognizer=False,
            spans=None if found is None else found[0],
        ):
            yield replace(m, start=m.start + offset, end=m.end + offset) if offset else m


def pending_articles(lib: Library) -> list[int]:
    """Articles not yet extracted with the current extractor."""
    return [
        r[0]
        for r in lib.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN extraction_state s ON s.article_id = a.id"
            " WHERE s.version IS NULL OR s.version < ? ORDER BY a.id",
            (EXTRACTOR_VERSION,),
        )
    ]


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
    keyed = [(m, entity_key(m.name)) for m in mentions]
    keyed = [(m, key) for m, key in keyed if key]
    # Which longer name of this article a short one stands for (燕郊中心 after
    # 京津冀国家技术创新中心燕郊中心); uses of a 以下简称 form and bylines are settled.
    refs = local_referents(
        [NameUse(m.type, key, m.start, m.role is not None, m.end) for m, key in keyed], text
    )
    for (m, key), ref in zip(keyed, refs, strict=True):
        raw = (m.type, key)
        final = res.resolve(raw, ref)
        eid = cache.get(final)
        if eid is None:
            eid = ensure_entity(conn, final, m.name)
            cache[final] = eid
        cur = conn.execute(
            "INSERT INTO mentions (article_id, entity_id, raw_type, raw_key, ref_key, start,"
            " end, text, name, role, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
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
            ),
        )
        touched.add(eid)
        fig = getattr(m, "figure", None)
        if fig is not None:
            conn.execute(
                "INSERT INTO figures (mention_id, value, unit, qualifier, subject, sentence)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (cur.lastrowid, fig.value, fig.unit, fig.qualifier, fig.subject, fig.sentence),
            )
    conn.execute(
        "INSERT OR REPLACE INTO extraction_state (article_id, version, extracted_at)"
        " VALUES (?, ?, ?)",
        (article_id, EXTRACTOR_VERSION, now),
    )
    return touched


def extract_library(
    lib: Library,
    article_ids: Sequence[int] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    recognizer: object = None,
) -> int:
    """Extract entities from the given articles (default: those not yet extracted).

    Commits every ``BATCH`` articles, so a cancelled or interrupted job keeps what it
    finished, and the next run takes up the articles it had not.
    Returns the number of articles processed.
    """
    from text.entities import extract, recognize_many  # heavy: loads the model

    ids = list(article_ids) if article_ids is not None else pending_articles(lib)
    total = len(ids)
    if progress:
        progress(0, total)
    done = 0
    cache: dict[Pair, int] = {}
    try:
        for i in range(0, total, BATCH):
            if cancelled is not None and cancelled():
                break
            chunk = ids[i : i + BATCH]
            rows = []
            for aid in chunk:
                row = lib.conn.execute(
                    "SELECT text, date FROM articles WHERE id = ?", (aid,)
                ).fetchone()
                if row is not None:
                    rows.append((aid, row[0], row[1]))
            # Articles up to PIECE characters are recognised together (decoding many
            # at once is faster) before the transaction.  A longer one is recognised a
            # piece at a time while it is stored, so the memory of one article is
            # bounded whatever its length (it holds the write lock meanwhile).
            short = [r for r in rows if len(r[1]) <= PIECE]
            found = recognize_many([text for _, text, _ in short], recognizer)
            work: list[tuple[int, Iterable, str]] = []
            for k, (aid, text, date) in enumerate(short):
                mentions = extract(
                    text,
                    bylines=bylines_of(lib, aid),
                    article_date=date,
                    recognizer=False,  # its spans are given (None: there is no recogniser)
                    spans=None if found is None else found[k],
                )
                work.append((aid, mentions, text))
            work += [
                (aid, _mentions_in_pieces(lib, aid, text, date, recognizer), text)
                for aid, text, date in rows
                if len(text) > PIECE
            ]
            del rows, short, found
            # Mentions, the articles' extraction state and the counts of every entity
            # they touch change in one transaction: after a crash or a full disk the
            # library is as it was before this batch or after it, never in between.
            with lib.transaction() as conn:
                res = Resolution.load(conn)
                touched: set[int] = set()
                for aid, mentions, text in work:
                    touched |= _store(conn, aid, mentions, res, cache, text)
                apply_attributes(conn, touched)
            done += len(chunk)
            if progress:
                progress(done, total)
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc
    return done


def reextract(
    lib: Library,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Extract every article again; curation is kept (it is applied to the new mentions)."""
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")]
    return extract_library(lib, ids, progress=progress, cancelled=cancelled)

"""Entity extraction over a library: a job with progress that can be cancelled.

Mentions are stored with their raw keys (and, for a short name that stands for a
longer one of its article, that name's key); ``db.entities.Resolution`` maps them
to entities through the name rules of ``text.resolve`` and the user's curation, so
re-extraction never loses an edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from db.articles import bylines_of
from db.entities import Pair, Resolution, apply_attributes, ensure_entity, entity_key
from db.library import Library, friendly_error
from text.resolve import NameUse, local_referents

# Raised whenever the recogniser or the rules change what is extracted: articles extracted
# by an older version are pending again, and re-extraction keeps the curation.
# 2: the guide-model recogniser; abbreviations as aliases of their full names.
# 3: plain nouns cut from organizations, known names tiling a word, bare park words dropped.
EXTRACTOR_VERSION = 3
BATCH = 50

ProgressFn = Callable[[int, int], None]


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
    mentions: list,  # list[text.entities.Mention]
    res: Resolution,
    cache: dict[Pair, int],
    text: str | None = None,  # the article's text, where the in-article rules read it
) -> set[int]:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    touched: set[int] = set()
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
                getattr(m, "confidence", 1.0),
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

    Commits every ``BATCH`` articles, so a cancelled job keeps what it finished.
    Returns the number of articles processed.
    """
    from text.entities import extract, recognize_many  # heavy: loads the model

    ids = list(article_ids) if article_ids is not None else pending_articles(lib)
    total = len(ids)
    if progress:
        progress(0, total)
    done = 0
    cache: dict[Pair, int] = {}
    touched: set[int] = set()
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
            # The recogniser decodes the whole batch at once (faster than one by one).
            found = recognize_many([text for _, text, _ in rows], recognizer)
            work = []
            for k, (aid, text, date) in enumerate(rows):
                mentions = extract(
                    text,
                    bylines=bylines_of(lib, aid),
                    article_date=date,
                    recognizer=False,  # its spans are given (None: there is no recogniser)
                    spans=None if found is None else found[k],
                )
                work.append((aid, mentions, text))
            with lib.transaction() as conn:
                res = Resolution.load(conn)
                for aid, mentions, text in work:
                    touched |= _store(conn, aid, mentions, res, cache, text)
            done += len(chunk)
            if progress:
                progress(done, total)
        with lib.transaction() as conn:
            stale = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM entities WHERE mentions > 0 AND id NOT IN"
                    " (SELECT DISTINCT entity_id FROM mentions)"
                )
            }
            apply_attributes(conn, touched | stale)
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

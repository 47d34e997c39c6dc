"""Sources and synthetic entities for a benchmark library, so the window's filters,
facets, timeline and network have something to work on.

    python -m bench.gui_library prepare LIB [--words 30] [--sample 2000]

``bench_core`` imports its corpus without extraction: its libraries have no
entities and almost no sources.  ``prepare`` changes the given file (work on a
copy): it

- gives every article a source, one of ``SOURCES`` chosen by its id (unevenly,
  as real sources are: the first has about a quarter of the articles);
- counts the 2- and 3-character CJK words of a sample of the articles (folded,
  so both scripts count as one) and makes the ``--words`` most frequent ones
  entities, of the named types in turn (person, organisation, place, park,
  document);
- adds a mention at every occurrence of these words in every article (matched on
  the folded text, never overlapping; the offsets index the
  original text, as extraction's do) and sets each entity's counts;
- marks every article extracted with the current extractor version, so a window
  opened on the file does not replace these mentions by extracting.

The words are the corpus's commonest (poetry: 明月, 春风, 何处 …), not names; they
stand in for entities because what the views cost depends on how many mentions
and articles an entity has, not on what it is.  The library is opened with
``db.library.Library.open`` first, so it gets the app's migrations.  Running it
again on a prepared file replaces its synthetic entities; a file with entities of
its own is refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.counts import recount_all
from db.entities import entity_key, script_names
from db.extraction import EXTRACTOR_VERSION
from db.library import Library
from text.fold import fold

SOURCES = (
    "人民日报",
    "新华社",
    "光明日报",
    "经济日报",
    "中国青年报",
    "北京日报",
    "天津日报",
    "河北日报",
)
# Shares of the sources (per 100 articles), largest first.
SOURCE_WEIGHTS = (25, 20, 15, 12, 10, 8, 6, 4)
TYPES = ("person", "organization", "place", "park", "document")
PREPARED = "bench_synthetic_entities"  # meta key of a prepared library
BATCH = 500  # articles per statement batch

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Prepared:
    articles: int
    entities: int
    mentions: int
    top: tuple[str, int, int]  # the entity with most mentions: name, mentions, articles


def source_of(article_id: int) -> str:
    """The source of an article, by its id alone (same id, same source)."""
    slot = (article_id * 2654435761) % 100
    for source, weight in zip(SOURCES, SOURCE_WEIGHTS, strict=True):
        if slot < weight:
            return source
        slot -= weight
    return SOURCES[-1]  # pragma: no cover - the weights add up to 100


def frequent_words(texts: Iterable[str], count: int) -> list[str]:
    """The ``count`` most frequent CJK words of 2 and 3 characters in ``texts`` (folded),
    about two thirds of two characters.  A fragment of a longer string (本报记 of
    本报记者: a character more is found at least half as often) is skipped, and so is a
    word inside an already chosen one or holding one, so that no two words overlap."""
    grams: dict[int, Counter[str]] = {n: Counter() for n in (2, 3, 4)}
    for text in texts:
        for run in _CJK.findall(fold(text)):
            for n, counter in grams.items():
                counter.update(run[i : i + n] for i in range(len(run) - n + 1))
    longer: Counter[str] = Counter()  # word -> count of its commonest one-longer string
    for n in (3, 4):
        for gram, k in grams[n].items():
            for part in (gram[:-1], gram[1:]):
                longer[part] = max(longer[part], k)
    chosen: list[str] = []

    def fits(word: str, k: int) -> bool:
        fragment = longer[word] * 2 >= k
        return not fragment and not any(word in c or c in word for c in chosen)

    for n, share in ((3, count // 3), (2, count)):
        taken = 0
        for word, k in grams[n].most_common():
            if taken >= share or len(chosen) >= count:
                break
            if fits(word, k):
                chosen.append(word)
                taken += 1
    return chosen


def find_mentions(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of every occurrence in ``text`` (matched folded)."""
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(fold(text))]


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regular expression for all words (no word holds another, as
    ``frequent_words`` chooses them, so no two can match at the same place)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words))))


def _sample(lib: Library, size: int) -> list[str]:
    total = int(lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    step = max(1, total // max(1, size))
    return [
        r[0]
        for r in lib.conn.execute(
            "SELECT text FROM articles WHERE id % ? = 0 ORDER BY id LIMIT ?", (step, size)
        )
    ]


def prepare(path: Path, words: int = 30, sample: int = 2000, progress: bool = False) -> Prepared:
    """Sources, synthetic entities and their mentions in the library at ``path`` (see the
    module).  Raises ``ValueError`` for a library with entities that are not ours."""
    lib = Library.open(path, create=False)  # the app's migrations run here
    try:
        conn = lib.conn
        prepared = conn.execute("SELECT 1 FROM meta WHERE key = ?", (PREPARED,)).fetchone()
        if not prepared and conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone():
            raise ValueError(f"{path} has entities of its own; prepare a copy of a bench library")
        chosen = frequent_words(_sample(lib, sample), words)
        pattern = word_pattern(chosen)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute("BEGIN")
        try:
            conn.execute("DELETE FROM mentions")
            conn.execute("DELETE FROM entities")
            ids: dict[str, int] = {}
            for i, word in enumerate(chosen):
                hans, hant = script_names(word)
                type_ = TYPES[i % len(TYPES)]
                cur = conn.execute(
                    "INSERT INTO entities (type, key, name, name_hans, name_hant)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (type_, entity_key(word), word, hans, hant),
                )
                ids[word] = int(cur.lastrowid or 0)
            types = {word: TYPES[i % len(TYPES)] for i, word in enumerate(chosen)}
            article_ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
            mentions = 0
            for b in range(0, len(article_ids), BATCH):
                part = article_ids[b : b + BATCH]
                marks = ", ".join("?" * len(part))
                rows = conn.execute(
                    f"SELECT id, text FROM articles WHERE id IN ({marks})", part
                ).fetchall()
                found = []
                for aid, text in rows:
                    for start, end, word in find_mentions(text, pattern):
                        surface = text[start:end]
                        found.append(
                            (aid, ids[word], types[word], word, start, end, surface, surface)
                        )
                conn.executemany(
                    "INSERT INTO mentions (article_id, entity_id, raw_type, raw_key, start,"
                    " end, text, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    found,
                )
                mentions += len(found)
                conn.executemany(
                    "UPDATE articles SET source = ? WHERE id = ?",
                    [(source_of(aid), aid) for aid in part],
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO extraction_state (article_id, version, extracted_at)"
                    " VALUES (?, ?, ?)",
                    [(aid, EXTRACTOR_VERSION, now) for aid in part],
                )
                if progress and (b // BATCH) % 20 == 0:
                    print(
                        f"  {b + len(part):,} / {len(article_ids):,} articles,"
                        f" {mentions:,} mentions",
                        file=sys.stderr,
                        flush=True,
                    )
            recount_all(conn)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PREPARED, now))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        top = conn.execute(
            "SELECT name, mentions, articles FROM entities ORDER BY mentions DESC, id LIMIT 1"
        ).fetchone()
        return Prepared(len(article_ids), len(chosen), mentions, tuple(top) if top else ("", 0, 0))
    finally:
        lib.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m bench.gui_library", description=__doc__.split("\n")[0]
    )
    sub = p.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare", help="add sources and synthetic entities (changes LIB)")
    prep.add_argument("library", type=Path)
    prep.add_argument("--words", type=int, default=30, help="entities to make (default 30)")
    prep.add_argument(
        "--sample", type=int, default=2000, help="articles whose words are counted (default 2000)"
    )
    args = p.parse_args(argv)
    done = prepare(args.library, args.words, args.sample, progress=True)
    name, n, k = done.top
    print(
        f"{args.library}: {done.articles:,} articles, {done.entities} entities,"
        f" {done.mentions:,} mentions; most mentioned: {name} ({n:,} mentions in {k:,} articles)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

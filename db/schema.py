"""Schema of a Duizhao library: an ordered list of migrations.

Migration ``n`` (1-based) brings a file from ``PRAGMA user_version = n - 1`` to
``n``.  Each runs inside one transaction together with the version bump.
Never edit a migration that has shipped; append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, bylines and the search index
    """
    CREATE TABLE articles (
        id          INTEGER PRIMARY KEY,
        uid         TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        byline      TEXT NOT NULL DEFAULT '',
        date        TEXT,
        source      TEXT,
        path        TEXT,
        script      TEXT NOT NULL,
        encoding    TEXT,
        text        TEXT NOT NULL,
        text_hash   TEXT NOT NULL UNIQUE,
        chars       INTEGER NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_title ON articles(title);
    CREATE TABLE bylines (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        role       TEXT NOT NULL,
        PRIMARY KEY (article_id, name, role)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        tokens, content='', tokenize='ascii', prefix='1'
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
]

MIGRATIONS.append(
    # 2: entities, their mentions and figures, and the user's curation log
    """
    CREATE TABLE entities (
        id        INTEGER PRIMARY KEY,
        type      TEXT NOT NULL,
        key       TEXT NOT NULL,
        name      TEXT NOT NULL,
        name_hans TEXT NOT NULL,
        name_hant TEXT NOT NULL,
        status    INTEGER NOT NULL DEFAULT 0,
        mentions  INTEGER NOT NULL DEFAULT 0,
        articles  INTEGER NOT NULL DEFAULT 0,
        UNIQUE (type, key)
    );
    CREATE INDEX entities_type ON entities(type, mentions);
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        key       TEXT NOT NULL,
        origin    TEXT NOT NULL,
        PRIMARY KEY (entity_id, key)
    );
    CREATE TABLE mentions (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id  INTEGER NOT NULL REFERENCES entities(id),
        raw_type   TEXT NOT NULL,
        raw_key    TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        name       TEXT NOT NULL,
        role       TEXT
    );
    CREATE INDEX mentions_article ON mentions(article_id, start);
    CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
    CREATE INDEX mentions_raw ON mentions(raw_type, raw_key);
    CREATE TABLE figures (
        mention_id INTEGER PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
        value      REAL,
        unit       TEXT NOT NULL,
        qualifier  TEXT,
        subject    TEXT,
        sentence   TEXT NOT NULL
    );
    CREATE TABLE curation (
        id         INTEGER PRIMARY KEY,
        op         TEXT NOT NULL,
        type       TEXT NOT NULL,
        key        TEXT NOT NULL,
        arg        TEXT,
        label      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone     INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE extraction_state (
        article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        extracted_at TEXT NOT NULL
    );
    """
)

MIGRATIONS.append(
    # 3: search-index settings for large imports.  FTS5 writes its in-memory
    # index as a new segment at each commit or when it holds ``hashsize`` bytes,
    # and merges segments once ``automerge`` of them share a level.  A larger
    # memory budget and wider merges rewrite each index entry fewer times: a
    # quarter less indexing time on 10,000 articles (see bench/bench_core.py).
    """
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    """
)

MIGRATIONS.append(
    # 4: how sure the extractor is of each mention (0 to 1: the recogniser's probability
    # for its spans, 1 for rules), and of each entity (its most confident mention, or 1
    # once the user has confirmed it); the entity tree hides the uncertain ones by
    # default.  Mentions extracted before have 1 until they are extracted again.
    """
    ALTER TABLE mentions ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
    ALTER TABLE entities ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
    """
)

MIGRATIONS.append(
    # 5: the name a mention stands for inside its article (中科谱光 after
    # 天津中科谱光信息技术有限公司): the key of that longer name, NULL when the mention
    # stands for its own name.  Kept apart from raw_key so that curation can
    # still detach the short name.
    """
    ALTER TABLE mentions ADD COLUMN ref_key TEXT;
    """
)

MIGRATIONS.append(
    # 6: the reader's own: notes on an article or a passage of it (a highlight, with
    # a colour) and saved searches.  Notes point at the article by its uid (a digest
    # of its text) and at the passage by offsets into that text, so they survive
    # re-extraction and re-import untouched; nothing else writes these tables.
    """
    CREATE TABLE notes (
        id          INTEGER PRIMARY KEY,
        article_uid TEXT NOT NULL,
        start       INTEGER,
        end         INTEGER,
        colour      TEXT,
        text        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        CHECK ((start IS NULL) = (end IS NULL) AND (start IS NULL OR start < end))
    );
    CREATE INDEX notes_article ON notes(article_uid);
    CREATE TABLE saved_searches (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        spec        TEXT NOT NULL,
        opened_at   TEXT,
        seen_max_id INTEGER NOT NULL DEFAULT 0
    );
    """
)

MIGRATIONS.append(
    # 7: one-character search that does not grow with the library (db/onechar.py):
    # per character, how many articles hold it and the best few hundred of them by
    # bm25 impact.  A library that already has articles keeps the ordinary path
    # until `repair` rebuilds the index (and these lists with it).
    """
    CREATE TABLE char_stats (
        ch     TEXT PRIMARY KEY,
        df     INTEGER NOT NULL,
        listed INTEGER NOT NULL DEFAULT 0,
        floor  REAL
    ) WITHOUT ROWID;
    CREATE TABLE char_rank (
        ch         TEXT NOT NULL,
        article_id INTEGER NOT NULL,
        tf         INTEGER NOT NULL,
        dl         INTEGER NOT NULL,
        PRIMARY KEY (ch, article_id)
    ) WITHOUT ROWID;
    INSERT INTO meta (key, value) SELECT 'char_lists', 'ready'
        WHERE NOT EXISTS (SELECT 1 FROM articles);
    """
)

MIGRATIONS.append(
    # 8: what an import found missing from an article's file, in words (a PDF's pages
    # without a text layer), kept so that the reader and `show` can say it later.
    """
    CREATE TABLE article_warnings (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        warning    TEXT NOT NULL,
        PRIMARY KEY (article_id, warning)
    );
    """
)

LATEST = len(MIGRATIONS)

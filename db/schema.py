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

LATEST = len(MIGRATIONS)

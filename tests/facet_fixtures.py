"""A library built from the seed texts with several sources and dates (and one of each
missing), for facet and export tests."""

from __future__ import annotations

from pathlib import Path

from db.articles import insert_article
from db.extraction import extract_library
from db.library import Library
from tests.helpers import SEEDS
from text.fold import detect_script

# (seed file index, date, source): each seed text twice, told apart by a line at the end
MIXED = [
    (0, "2022-03-01", "天津日报"),
    (1, "2022-11-30", "天津日报"),
    (2, "2023-07-21", "北京日报"),
    (3, "2024-02-26", "人民日报"),
    (0, "2024-05-01", "北京日报"),
    (1, "2023-01-15", None),
    (2, None, "天津日报"),
    (3, "2024-12", "天津日报"),
]


def build_mixed_library(path: Path) -> Path:
    """The MIXED articles, entities extracted (the file is closed again)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lib = Library.open(path)
    with lib.transaction() as conn:
        for n, (i, date, source) in enumerate(MIXED):
            text = texts[i] + f"\n（第{n}稿）\n"
            title = text.strip().splitlines()[0][:30]
            insert_article(
                conn, title=title, text=text, script=detect_script(text), date=date, source=source
            )
    assert extract_library(lib) == len(MIXED)
    lib.close()
    return path

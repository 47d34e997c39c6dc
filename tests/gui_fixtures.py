"""Building blocks shared by the GUI tests: real libraries and windows in temporary folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.articles import Article, insert_article  # noqa: E402
from db.importer import import_paths  # noqa: E402
from db.library import Library  # noqa: E402
from text.fold import detect_script  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def build_seed_library(path: Path) -> Path:
    """A library file holding the four seed articles (closed again)."""
    lib = Library.open(path)
    report = import_paths(lib, [SEEDS])
    assert len(report.added) == 4, report.summary()
    lib.close()
    return path


def copy_library(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copy2(source, target)
    return target


def build_tiny_library(path: Path, count: int) -> Path:
    """A library of ``count`` one-line articles, dated, titled 'Article 00001' and so on."""
    lib = Library.open(path)
    with lib.transaction() as conn:
        for i in range(count):
            insert_article(
                conn,
                title=f"Article {i:05d}",
                text=f"第{i}号 创新 {i}",
                script="hans",
                date=f"20{10 + i % 14:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                source="tiny",
            )
    lib.close()
    return path


def add_articles(path: Path, articles: list[tuple[str, str, str | None]]) -> list[int]:
    """Add (title, text, date) articles; the script is detected from the text."""
    lib = Library.open(path)
    ids = []
    with lib.transaction() as conn:
        for title, text, date in articles:
            ids.append(
                insert_article(conn, title=title, text=text, script=detect_script(text), date=date)
            )
    lib.close()
    return ids


def article(
    text: str, *, script: str | None = None, title: str = "标题", uid: str = "u1"
) -> Article:
    """An article object for reader tests that need no library."""
    return Article(
        id=1,
        uid=uid,
        title=title,
        byline="",
        date="2024-05-01",
        source="人民日报",
        path=None,
        script=script or detect_script(text),
        text=text,
    )

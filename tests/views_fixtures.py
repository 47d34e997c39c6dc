"""A seed library with entities, dates and sources, built once per test run and copied."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from db.extraction import extract_library
from tests.helpers import seed_library

DATES = ("2016-12-31", "2017-01-02", "2016-12-05", None)
SOURCES = ("人民日报", "河北日报", "人民日报", None)

_built: Path | None = None


def dated_seed_library(folder: Path) -> Path:
    """A copy, in ``folder``, of the four seed articles extracted, dated and with sources."""
    global _built
    if _built is None or not _built.exists():
        base = Path(tempfile.mkdtemp(prefix="views-seed-"))
        lib = seed_library(base)
        extract_library(lib)
        ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")]
        for aid, date, source in zip(ids, DATES, SOURCES, strict=True):
            lib.conn.execute(
                "UPDATE articles SET date = ?, source = ? WHERE id = ?", (date, source, aid)
            )
        lib.conn.commit()
        lib.close()
        _built = base / "lib.duizhao"
    target = folder / "lib.duizhao"
    shutil.copy2(_built, target)
    return target

"""The whole library's ids in date order come from the date index in two walks (dated,
then undated) rather than one sort: the same order as the one ORDER BY, any limit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from db.articles import ORDERS, all_article_ids, insert_article
from db.library import Library


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    rng = random.Random(3)
    lib = Library.open(tmp_path / "order.duizhao")
    with lib.transaction() as conn:
        for i in range(300):
            date = (
                None
                if rng.random() < 0.3
                else f"20{rng.randint(10, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            )
            insert_article(conn, title=f"t{i}", text=f"第{i}篇", script="hans", date=date)
    yield lib
    lib.close()


@pytest.mark.parametrize("order", ["newest", "oldest", "title"])
@pytest.mark.parametrize("limit", [None, 1, 150, 205, 211, 299, 300, 500])
def test_the_ids_come_in_the_order_of_one_sort(lib: Library, order: str, limit: int | None) -> None:
    sort = [r[0] for r in lib.conn.execute(f"SELECT id FROM articles ORDER BY {ORDERS[order]}")]
    undated = lib.conn.execute("SELECT count(*) FROM articles WHERE date IS NULL").fetchone()[0]
    assert 50 < undated < 150  # both walks have rows; some limits end inside the second
    assert all_article_ids(lib, order, limit=limit) == (sort if limit is None else sort[:limit])

"""``has_pending`` says whether the window should start extracting on open: the same
answer as the list of pending articles, without listing them."""

from __future__ import annotations

from pathlib import Path

from db.extraction import EXTRACTOR_VERSION, extract_library, has_pending, pending_articles
from tests.helpers import seed_library


def test_pending_until_every_article_is_extracted_with_this_extractor(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    try:
        assert has_pending(lib) and len(pending_articles(lib)) == 4
        extract_library(lib, recognizer=False)
        assert not has_pending(lib) and pending_articles(lib) == []
        with lib.transaction() as conn:  # one article extracted by an older extractor
            conn.execute(
                "UPDATE extraction_state SET version = ? WHERE article_id = 2",
                (EXTRACTOR_VERSION - 1,),
            )
        assert has_pending(lib) and pending_articles(lib) == [2]
        with lib.transaction() as conn:  # and one never extracted
            conn.execute("DELETE FROM extraction_state WHERE article_id = 3")
        assert has_pending(lib) and pending_articles(lib) == [2, 3]
    finally:
        lib.close()

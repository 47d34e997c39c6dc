"""The entity tree of the seed library scored against the hand-checked list.

``seed_tree_scores`` builds a library from ``seeds/`` in a temporary folder (import and
extraction, as the app does), reads each article's tree entries at the given
confidence thresholds and scores them with ``text.ner.tree_score``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from db.entities import article_entities
from db.extraction import extract_library
from db.importer import import_paths
from db.library import Library
from text.ner.tree_score import Entry, TreeScore, load_gold, score_tree
from text.resources import seeds_dir

GOLD_PATH = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed_tree_gold.json"


def tree_entries(lib: Library, threshold: float | None) -> dict[str, list[Entry]]:
    """Article file name -> the tree entries of the entities it mentions."""
    names = {
        aid: Path(path).name for aid, path in lib.conn.execute("SELECT id, path FROM articles")
    }
    return {
        names[aid]: [Entry(e.type, e.name, tuple(e.aliases)) for e in rows]
        for aid, rows in article_entities(lib, threshold).items()
    }


def seed_tree_scores(
    thresholds: Sequence[float | None], recognizer: object = None
) -> dict[float | None, TreeScore]:
    """Scores of the seed library's tree at each threshold (None: every entity), extracted
    with ``recognizer`` (None: the shipped model)."""
    gold = load_gold(GOLD_PATH)
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "seeds.duizhao")
        try:
            import_paths(lib, [seeds_dir()])
            extract_library(lib, recognizer=recognizer)
            return {t: score_tree(gold, tree_entries(lib, t)) for t in thresholds}
        finally:
            lib.close()

"""Precision and recall of an entity tree against a hand-checked list of names.

The list (``tests/data/seed_tree_gold.json``) gives, for each article, the persons,
organisations, places and parks a careful reader lists, names a reader may or may not
list (``either``: they count neither way) and strings that must never be an entry
(``not``).  An entry of the tree is the entity's type, its name and its aliases; it is
right when one of those names (folded to Simplified) is listed with its type.  Names
are compared per article: the entries of an article are the entities it mentions.
No Qt, no SQL: the caller reads the entries from a library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from text.fold import fold

TREE_TYPES = ("person", "organization", "place", "park")


def _key(name: str) -> str:
    return "".join(fold(name).split())


@dataclass(frozen=True)
class Entry:
    """One line of the tree: an entity's type, name and aliases."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()

    def keys(self) -> list[str]:
        return [_key(n) for n in (self.name, *self.aliases)]


@dataclass(frozen=True)
class ArticleGold:
    article: str
    names: dict[str, frozenset[str]]  # folded name -> the types it may be listed as
    either: frozenset[str]
    never: frozenset[str]


@dataclass
class TreeScore:
    right: int = 0  # entries that are a listed name of the listed type
    shown: int = 0  # entries counted (all but the 'either' ones)
    wanted: int = 0  # listed names
    found: int = 0  # listed names some entry gives, with a listed type
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (article, type, name)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (article, name)
    forbidden: list[tuple[str, str, str]] = field(default_factory=list)  # 'not' names shown

    @property
    def precision(self) -> float:
        return self.right / self.shown if self.shown else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[ArticleGold]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for item in data["articles"]:
        names: dict[str, set[str]] = {}
        for type_ in TREE_TYPES:
            for name in item.get(type_, []):
                names.setdefault(_key(name), set()).add(type_)
        out.append(
            ArticleGold(
                item["article"],
                {k: frozenset(v) for k, v in names.items()},
                frozenset(_key(n) for n in item.get("either", [])),
                frozenset(_key(n) for n in item.get("not", [])),
            )
        )
    return out


def score_tree(gold: Iterable[ArticleGold], entries: Mapping[str, Iterable[Entry]]) -> TreeScore:
    """Score the tree entries of each article (article name -> entries; entities of other
    types than persons, organisations, places and parks are left out)."""
    out = TreeScore()
    for g in gold:
        found: set[str] = set()
        for entry in entries.get(g.article, ()):
            if entry.type not in TREE_TYPES:
                continue
            keys = entry.keys()
            right = [k for k in keys if entry.type in g.names.get(k, ())]
            if right:
                out.right += 1
                out.shown += 1
                found.update(right)
                continue
            if any(k in g.either for k in keys):
                continue
            out.shown += 1
            out.wrong.append((g.article, entry.type, entry.name))
            if any(k in g.never for k in keys):
                out.forbidden.append((g.article, entry.type, entry.name))
        out.wanted += len(g.names)
        out.found += len(found & g.names.keys())
        out.missed += [(g.article, n) for n in sorted(g.names.keys() - found)]
    return out

"""Domain gazetteer: parks, places, organizations, abbreviations and surnames.

Files live in ``resources/gazetteer/`` as UTF-8 text, one entry a line:
``name<TAB>type`` (``abbreviations.txt`` adds a third column, the full name).
Lines starting with ``#`` are comments.  Names are stored folded (Simplified,
half-width) so that a lookup on folded text finds both scripts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from text.fold import fold
from text.resources import resource_path

GAZETTEER_DIR = resource_path("gazetteer")
USERDICT_PATH = resource_path("userdict.txt")

ENTITY_TYPES = ("person", "organization", "place", "park")

# Words whose presence at the end of a name makes it a park / zone.
PARK_WORDS: tuple[str, ...] = (
    "自由贸易试验区",
    "经济技术开发区",
    "高新技术产业开发区",
    "综合保税区",
    "自贸试验区",
    "高新区",
    "开发区",
    "经开区",
    "科技园",
    "科创园",
    "产业园",
    "科技城",
    "科学城",
    "园区",
    "新区",
    "自贸区",
    "保税区",
)
# Suffixes that end organization names (longest first when matching).
ORG_SUFFIXES: tuple[str, ...] = (
    "有限责任公司",
    "有限公司",
    "委员会",
    "研究院",
    "研究所",
    "管委会",
    "办公室",
    "公司",
    "集团",
    "大学",
    "学院",
    "中心",
    "协会",
    "联盟",
    "银行",
    "医院",
    "部",
    "局",
    "院",
    "所",
    "委",
    "厅",
    "署",
    "社",
    "会",
    "队",
)
# Characters that end place names.
PLACE_SUFFIXES: tuple[str, ...] = ("省", "市", "县", "区", "镇", "乡", "村", "街", "州", "旗", "岛")


@dataclass
class Gazetteer:
    """Folded name -> type, plus abbreviations and surnames, with longest-match lookup."""

    entries: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    surnames: frozenset[str] = frozenset()
    # Names whose type the context decides (countries: place, or a team / state as organization).
    weak: set[str] = field(default_factory=set)
    _trie: dict = field(default_factory=dict, repr=False)
    _head_set: frozenset[str] | None = field(default=None, repr=False)

    def add(self, name: str, type_: str) -> None:
        key = fold(name.strip())
        if len(key) < 2:
            return
        self.entries[key] = type_
        self._head_set = None
        node = self._trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = type_

    def _heads(self) -> frozenset[str]:
        """The first two characters of every name (rebuilt after ``add``)."""
        if self._head_set is None:
            self._head_set = frozenset(name[:2] for name in self.entries)
        return self._head_set

    def lookup(self, name: str) -> str | None:
        return self.entries.get(fold(name))

    def longest_matches(self, folded: str) -> list[tuple[int, int, str]]:
        """Greedy left-to-right longest matches in already folded text: (start, end, type)."""
        out: list[tuple[int, int, str]] = []
        root = self._trie
        heads = self._heads()
        n = len(folded)
        i = 0
        while i < n:
            # Every name has two characters or more: most positions fail on the first two.
            if folded[i : i + 2] not in heads:
                i += 1
                continue
            node = root[folded[i]]
            best_end = -1
            best_type = ""
            j = i + 1
            while node is not None:
                type_ = node.get("")
                if type_ is not None:
                    best_end, best_type = j, type_
                if j >= n:
                    break
                node = node.get(folded[j])
                j += 1
            if best_end > 0:
                out.append((i, best_end, best_type))
                i = best_end
            else:
                i += 1
        return out


def _read_lines(path: Path) -> Iterable[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if line and not line.startswith("#"):
                yield line.split("\t")


def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    gaz = Gazetteer()
    surnames: set[str] = set()
    for path in sorted(directory.glob("*.txt")):
        for cols in _read_lines(path):
            if len(cols) < 2:
                continue
            name, type_ = cols[0], cols[1]
            if type_ == "surname":
                surnames.add(fold(name))
            elif type_ in ENTITY_TYPES:
                gaz.add(name, type_)
                if path.stem == "countries":
                    gaz.weak.add(fold(name))
                if len(cols) >= 3 and cols[2]:
                    gaz.abbreviations[fold(name)] = cols[2]
    gaz.surnames = frozenset(surnames)
    return gaz


_lock = threading.Lock()
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once (thread-safe)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load_gazetteer()
    return _default


def expand_abbreviation(name: str) -> str | None:
    """Full name for a known abbreviation (北航 -> 北京航空航天大学), in either script; else None."""
    return default_gazetteer().abbreviations.get(fold(name.strip()))


def read_userdict(path: Path = USERDICT_PATH) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba user dictionary: ``word [freq] [tag]`` a line."""
    out: list[tuple[str, int | None, str | None]] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            parts = raw.split()
            if not parts or parts[0].startswith("#"):
                continue
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
            out.append((parts[0], freq, tag))
    return out

"""Annotated sentences: reading, the fixed held-out split, BIOES labels, CLUENER mapping.

Held-out split: sentence ``i`` (0-based line number in ``train.jsonl``) is held
out when ``i % 10 == 0``; every other sentence is used for training.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# The annotated data lives beside the checkout (../shared/data/ner), never in it.
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"
MSRA_TYPES = ("PER", "LOC", "ORG")
HELD_OUT_MODULUS = 10
# The full training corpora, and the development split carved out of them.
FULL_CORPUS_FILES = ("msra_train_full.jsonl", "peoples_daily_1998_jan.jsonl")
DEV_MODULUS = 20


@dataclass(frozen=True)
class Sentence:
    text: str
    entities: tuple[tuple[int, int, str], ...]  # (start, end, MSRA type)
    source: str = ""


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line:
                yield json.loads(line)


def write_pairs(entries: dict[str, str], path: Path) -> None:
    """``name<TAB>value`` lines, sorted by name: the files written beside a model."""
    lines = [f"{name}\t{value}" for name, value in sorted(entries.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_pairs(path: Path) -> dict[str, str] | None:
    """The pairs of a ``write_pairs`` file (lines without both parts are skipped);
    None when there is no such file."""
    if not path.is_file():
        return None
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, value = line.partition("\t")
        if name and value:
            pairs[name] = value
    return pairs


def read_sentences(path: Path) -> list[Sentence]:
    out = []
    for row in read_jsonl(path):
        ents = tuple((e["start"], e["end"], e["type"]) for e in row["entities"])
        out.append(Sentence(row["text"], ents, row.get("source", "")))
    return out


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held_out): index % 10 == 0 is held out."""
    train = [s for i, s in enumerate(sentences) if i % HELD_OUT_MODULUS != 0]
    held = [s for i, s in enumerate(sentences) if i % HELD_OUT_MODULUS == 0]
    return train, held


def held_out(data_dir: Path = DEFAULT_DATA_DIR) -> list[Sentence]:
    return split(read_sentences(data_dir / "train.jsonl"))[1]


def is_dev(text: str) -> bool:
    """Whether a sentence belongs to the development split of the full corpora: decided
    by a digest of its text, so a sentence in both corpora falls on one side only."""
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % DEV_MODULUS == 0


def full_corpus(data_dir: Path = DEFAULT_DATA_DIR) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) of the full MSRA and People's Daily corpora, duplicates dropped
    (compared by their text); a sentence is in dev when ``is_dev`` says so (one in 20)."""
    seen: set[str] = set()
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for name in FULL_CORPUS_FILES:
        for s in read_sentences(data_dir / name):
            if s.text in seen:
                continue
            seen.add(s.text)
            source = s.source or name.split("_")[0]
            item = Sentence(s.text, s.entities, source)
            (dev if is_dev(s.text) else train).append(item)
    return train, dev


def bioes(n: int, entities: Iterable[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for start, end, type_ in entities:
        if end - start == 1:
            labels[start] = "S-" + type_
        else:
            labels[start] = "B-" + type_
            for k in range(start + 1, end - 1):
                labels[k] = "I-" + type_
            labels[end - 1] = "E-" + type_
    return labels


def bio(n: int, entities: Iterable[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for start, end, type_ in entities:
        labels[start] = "B-" + type_
        for k in range(start + 1, end):
            labels[k] = "I-" + type_
    return labels


def decode_bioes(labels: list[str]) -> list[tuple[int, int, str]]:
    """Spans from BIOES (or BIO) labels; tolerant of ill-formed sequences (B without E, stray I/E)."""
    return decode_labelled([(i, label) for i, label in enumerate(labels) if label != "O"])


def decode_labelled(items: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """``decode_bioes`` of a sequence given by its labelled characters only: (position,
    label) in order, every other character "O"."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    current = ""
    last = -2
    for i, label in items:
        if start >= 0 and i != last + 1:  # an O in between ends the open span
            spans.append((start, last + 1, current))
            start, current = -1, ""
        last = i
        tag, type_ = label[0], label[2:]
        if tag == "S":
            if start >= 0:
                spans.append((start, i, current))
            spans.append((i, i + 1, type_))
            start, current = -1, ""
        elif tag == "B" or start < 0 or type_ != current:
            if start >= 0:
                spans.append((start, i, current))
            start, current = i, type_
            if tag == "E":
                spans.append((i, i + 1, type_))
                start, current = -1, ""
        elif tag == "E":
            spans.append((start, i + 1, current))
            start, current = -1, ""
    if start >= 0:
        spans.append((start, last + 1, current))
    return spans


# CLUENER fine types -> MSRA.  Addresses are kept only when they look like a
# single administrative or geographic name (no street numbers, roads, buildings);
# a sentence with any address or scene that cannot be mapped is dropped, so no
# real place is ever taught as "O".
_CLUENER_MAP = {"name": "PER", "organization": "ORG", "company": "ORG", "government": "ORG"}
_CLUENER_DROP_SENTENCE = {"scene"}
_STREET_MARKS = (
    "路",
    "街",
    "号",
    "道",
    "巷",
    "楼",
    "小区",
    "花园",
    "广场",
    "大厦",
    "门",
    "弄",
    "栋",
)


def _address_ok(name: str) -> bool:
    if len(name) > 6 or any(ch.isdigit() for ch in name):
        return False
    if any(mark in name for mark in _STREET_MARKS):
        return False
    if "“" in name or "《" in name:
        return False
    # Multi-level addresses (江西省余干县) are several entities in MSRA: drop.
    levels = sum(name.count(ch) for ch in "省市县区镇乡村")
    return levels <= 1


def read_cluener(path: Path, keep: tuple[str, ...] = MSRA_TYPES) -> list[Sentence]:
    """Mapped CLUENER sentences whose every entity maps to one of ``keep``."""
    keep_types = keep
    out = []
    for row in read_jsonl(path):
        ents: list[tuple[int, int, str]] = []
        keep = True
        for e in row["entities"]:
            t = e["type"]
            if t in _CLUENER_MAP:
                if any(ch in e["text"] for ch in "“”《》"):
                    keep = False
                    break
                ents.append((e["start"], e["end"], _CLUENER_MAP[t]))
            elif t == "address":
                if not _address_ok(e["text"]):
                    keep = False
                    break
                ents.append((e["start"], e["end"], "LOC"))
            elif t in _CLUENER_DROP_SENTENCE:
                keep = False
                break
        if keep and all(t in keep_types for _, _, t in ents):
            ents.sort()
            # Drop sentences with overlapping spans.
            if all(a[1] <= b[0] for a, b in zip(ents, ents[1:], strict=False)):
                out.append(Sentence(row["text"], tuple(ents), "cluener2020"))
    return out

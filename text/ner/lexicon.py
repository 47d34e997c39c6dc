"""Name lexicon learnt from the training sentences, used as a CRF feature.

Every annotated name (two characters or more) that is annotated in at least
half of its occurrences in the training text becomes an entry with its most
frequent MSRA type.  While training, the lexicon feature of a sentence comes
from a lexicon built on the *other* folds (jackknife), so the CRF learns how far
to trust a lexicon match on names it has not seen annotated.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from text.fold import fold
from text.ner.data import Sentence, read_pairs
from text.ner.gazetteer import Gazetteer

FOLDS = 5


def lexicon_entries(sentences: Sequence[Sentence]) -> dict[str, str]:
    types: dict[str, Counter[str]] = defaultdict(Counter)
    texts = [fold(s.text) for s in sentences]
    for s, folded in zip(sentences, texts, strict=True):
        for start, end, type_ in s.entities:
            if end - start >= 2:
                types[folded[start:end]][type_] += 1
    seen = occurrences(types, texts)
    out: dict[str, str] = {}
    for name, counter in types.items():
        annotated = sum(counter.values())
        if annotated * 2 >= seen[name]:
            out[name] = counter.most_common(1)[0][0]
    return out


def occurrences(names: Iterable[str], texts: Iterable[str]) -> Counter[str]:
    """How often each name (two characters or more) occurs in the texts, overlapping
    occurrences included. One pass over each text, looking only where the next two
    characters begin some name: the corpora hold tens of thousands of names."""
    lengths: dict[str, set[int]] = defaultdict(set)
    wanted = set()
    for name in names:
        if len(name) >= 2:
            lengths[name[:2]].add(len(name))
            wanted.add(name)
    by_prefix = {p: sorted(ls) for p, ls in lengths.items()}
    counts: Counter[str] = Counter()
    for text in texts:
        for i in range(len(text) - 1):
            sizes = by_prefix.get(text[i : i + 2])
            if sizes is None:
                continue
            for size in sizes:
                candidate = text[i : i + size]
                if len(candidate) == size and candidate in wanted:
                    counts[candidate] += 1
    return counts


def as_gazetteer(entries: dict[str, str]) -> Gazetteer:
    gaz = Gazetteer()
    for name, type_ in entries.items():
        gaz.add(name, type_)
    return gaz


def jackknife(
    sentences: Sequence[Sentence], folds: int = FOLDS, extra: dict[str, str] | None = None
) -> list[Gazetteer]:
    """For sentence i, the lexicon built from the folds that do not contain it (i % folds),
    plus ``extra`` entries from other sources."""
    per_fold = [
        as_gazetteer(
            {
                **(extra or {}),
                **lexicon_entries([s for j, s in enumerate(sentences) if j % folds != k]),
            }
        )
        for k in range(folds)
    ]
    return [per_fold[i % folds] for i in range(len(sentences))]


def load(path: Path) -> Gazetteer | None:
    entries = read_pairs(path)
    return None if entries is None else as_gazetteer(entries)


def lexicon_path(model_path: Path) -> Path:
    return model_path.with_suffix(".lexicon.tsv")

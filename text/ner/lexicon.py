"""Name lexicon learnt from the training sentences, used as a CRF feature.

Every annotated name (two characters or more) that is annotated in at least
half of its occurrences in the training text becomes an entry with its most
frequent MSRA type.  While training, the lexicon feature of a sentence comes
from a lexicon built on the *other* folds (jackknife), so the CRF learns how far
to trust a lexicon match on names it has not seen annotated.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from text.fold import fold
from text.ner.data import Sentence, read_pairs
from text.ner.gazetteer import Gazetteer

FOLDS = 5


def lexicon_entries(sentences: Sequence[Sentence]) -> dict[str, str]:
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        folded = fold(s.text)
        for start, end, type_ in s.entities:
            if end - start >= 2:
                types[folded[start:end]][type_] += 1
    corpus = "\n".join(fold(s.text) for s in sentences)
    out: dict[str, str] = {}
    for name, counter in types.items():
        annotated = sum(counter.values())
        if annotated * 2 >= corpus.count(name):
            out[name] = counter.most_common(1)[0][0]
    return out


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

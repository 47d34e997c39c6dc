"""A guide model: a second CRF trained on CLUENER2020 in its own fine types.

CLUENER's conventions differ from MSRA's (street-level addresses, companies and
government bodies apart, titles as ``position``), so its sentences hurt as MSRA
labels.  Here they teach a separate CRF (BIO labels) to tag six types made from
its ten (``GUIDE_TYPES``); the labels it
predicts become features of the MSRA model (the ``guide`` feature group), which
learns from the MSRA training sentences how far each CLUENER type agrees with
the MSRA annotation.  The guide never sees an MSRA label, so its predictions on
the MSRA training sentences are as honest as on new text and need no jackknife.

The guide reads the leading columns of the MSRA model's feature rows (the
character and its neighbours, the word tag with the character's place in the
word, the bigram ending at the character: ``GUIDE_COLUMNS``), so it adds one
small CRF pass and no feature extraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from text.fold import fold
from text.ner.data import Sentence, bio, read_jsonl
from text.ner.decoder import END, START
from text.ner.features import GUIDE_COLUMNS, Chars, Column

# CLUENER fine type -> guide label type.  Organizations, companies and government
# bodies are one type (all ORG in MSRA; fewer labels make the guide faster), and
# book / movie / game are one "work" type: each is rare and all are titles.
GUIDE_TYPES = {
    "name": "nm",
    "organization": "og",
    "company": "og",
    "government": "og",
    "address": "ad",
    "scene": "sc",
    "position": "po",
    "book": "wk",
    "movie": "wk",
    "game": "wk",
}


def guide_path(model_path: Path) -> Path:
    """Where the guide model of ``model_path`` lives (beside it)."""
    return model_path.with_suffix(".guide.crfsuite")


def read_guide_sentences(path: Path) -> list[Sentence]:
    """CLUENER sentences with their entities in guide types; overlapping spans are dropped."""
    out: list[Sentence] = []
    for row in read_jsonl(path):
        ents = sorted(
            (e["start"], e["end"], GUIDE_TYPES[e["type"]])
            for e in row["entities"]
            if e["type"] in GUIDE_TYPES and e["end"] > e["start"]
        )
        kept: list[tuple[int, int, str]] = []
        for ent in ents:
            if kept and ent[0] < kept[-1][1]:
                continue
            kept.append(ent)
        out.append(Sentence(row["text"], tuple(kept), "cluener2020"))
    return out


def guide_columns(labels: Sequence[str], names: dict[str, str] | None = None) -> list[Column]:
    """Feature columns of the MSRA model from the guide's labels: the label of the
    character and of the two characters either side.  With ``names`` (the guide
    decoder's ``code_names``), ``labels`` is a string of label codes."""
    n = len(labels)
    if names is not None:
        coded = START * 2 + "".join(labels) + END * 2
        return [
            ("gd=", Chars(coded[2 : n + 2], names=names)),
            ("gdl=", Chars(coded[1 : n + 1], names=names)),
            ("gdr=", Chars(coded[3 : n + 3], names=names)),
            ("gdl2=", Chars(coded[:n], names=names)),
            ("gdr2=", Chars(coded[4 : n + 4], names=names)),
        ]
    p = ["^", "^", *labels, "$", "$"]
    return [
        ("gd=", labels),
        ("gdl=", p[1 : n + 1]),
        ("gdr=", p[3 : n + 3]),
        ("gdl2=", p[:n]),
        ("gdr2=", p[4 : n + 4]),
    ]


def guide_features(labels: Sequence[str]) -> list[tuple[str, ...]]:
    """``guide_columns`` as one tuple of attributes per character."""
    columns = [[prefix + v for v in values] for prefix, values in guide_columns(labels)]
    return list(zip(*columns, strict=True))


def guide_rows(feats: list[list[str]]) -> list[list[str]]:
    """The part of each feature row the guide model reads."""
    return [row[:GUIDE_COLUMNS] for row in feats]


def add_guide_features(feats: list[list[str]], tagger) -> None:
    """Tag ``feats`` with the guide model and append its features to each row, in place."""
    if not feats:
        return
    for row, extra in zip(feats, guide_features(tagger.tag(guide_rows(feats))), strict=True):
        row += extra


def train_guide(
    sentences: Sequence[Sentence],
    out: Path,
    featurize,
    *,
    c1: float = 0.1,
    c2: float = 0.1,
    max_iterations: int = 150,
    minfreq: float = 2,
) -> None:
    """Train the guide CRF on ``sentences``; ``featurize(folded)`` gives the MSRA model's
    feature rows, of which the guide reads the leading ``GUIDE_COLUMNS``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sentences:
        folded = fold(s.text)
        trainer.append(guide_rows(featurize(folded)), bio(len(folded), s.entities))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.minfreq": minfreq,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))

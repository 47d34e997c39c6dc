"""Train the CRF entity model: ``python -m text.ner.train [--data DIR] [--out PATH]``.

Trains on the full MSRA and People's Daily corpora less their development split
(``data.full_corpus``; ``--corpus sample`` takes ``train.jsonl`` less its held-out
tenth instead), optionally plus mapped CLUENER sentences, prints the scores on the
development sentences and on their Traditional conversion, and writes the model.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from text.fold import fold
from text.ner.clusters import clusters_path
from text.ner.clusters import load as load_clusters
from text.ner.data import (
    DEFAULT_DATA_DIR,
    MSRA_TYPES,
    Sentence,
    bio,
    bioes,
    full_corpus,
    read_cluener,
    read_sentences,
    split,
    write_pairs,
)
from text.ner.decoder import LinearCRF, weights_path
from text.ner.dictionary import DictionaryNames, dictionary_path, jieba_dict_path, read_jieba_dict
from text.ner.features import DEFAULT_GROUPS, FEATURE_GROUPS, save_groups, sentence_features
from text.ner.gazetteer import default_gazetteer
from text.ner.guide import add_guide_features, guide_path, read_guide_sentences, train_guide
from text.ner.lexicon import jackknife, lexicon_entries, lexicon_path
from text.ner.recognizer import DEFAULT_MODEL_PATH, Recognizer
from text.ner.scoring import format_table, score
from text.ner.segmenter import default_segmenter


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides the trained model besides the sentences."""

    c1: float = 0.1
    c2: float = 0.1
    max_iterations: int = 150
    minfreq: float = 1
    possible_states: bool = False
    scheme: str = "BIOES"  # or "BIO"
    groups: frozenset[str] = DEFAULT_GROUPS
    use_lexicon: bool = True

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        d = TrainConfig()
        parser.add_argument("--c1", type=float, default=d.c1)
        parser.add_argument("--c2", type=float, default=d.c2)
        parser.add_argument("--iterations", type=int, default=d.max_iterations)
        parser.add_argument("--minfreq", type=float, default=d.minfreq)
        parser.add_argument(
            "--possible-states", action=argparse.BooleanOptionalAction, default=d.possible_states
        )
        parser.add_argument("--scheme", choices=("BIOES", "BIO"), default=d.scheme)
        parser.add_argument(
            "--groups",
            default=",".join(sorted(d.groups)),
            help="optional feature groups, comma-separated, of " + ", ".join(FEATURE_GROUPS),
        )
        parser.add_argument("--no-lexicon", action="store_true", help="no learnt name lexicon")

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> TrainConfig:
        groups = frozenset(g for g in args.groups.split(",") if g)
        unknown = groups - set(FEATURE_GROUPS)
        if unknown:
            raise SystemExit(f"unknown feature groups: {', '.join(sorted(unknown))}")
        return cls(
            c1=args.c1,
            c2=args.c2,
            max_iterations=args.iterations,
            minfreq=args.minfreq,
            possible_states=args.possible_states,
            scheme=args.scheme,
            groups=groups,
            use_lexicon=not args.no_lexicon,
        )

    def __str__(self) -> str:
        return (
            f"c1={self.c1} c2={self.c2} iterations={self.max_iterations} "
            f"minfreq={self.minfreq} possible_states={self.possible_states} "
            f"scheme={self.scheme} groups={','.join(sorted(self.groups)) or '-'} "
            f"lexicon={self.use_lexicon}"
        )


def train_model(
    sentences: list[Sentence],
    out: Path,
    config: TrainConfig = TrainConfig(),
    *,
    lexicon_extra: list[Sentence] | None = None,
    verbose: bool = False,
    guide: Path | None = None,
    data_dir: Path = DEFAULT_DATA_DIR,
    clusters: Path | None = None,
) -> None:
    """Train the model at ``out`` and write the files it uses beside it.

    With the ``clus`` group, ``clusters`` is the cluster table (``text.ner.clusters``)
    to train with and copy beside ``out``.

    With the ``guide`` group, ``guide`` is a guide model to copy beside ``out``
    (see ``prepare_guide``); without one it is trained from ``data_dir``.
    """
    import pycrfsuite

    segmenter = default_segmenter()
    gazetteer = default_gazetteer()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    extra = lexicon_entries(lexicon_extra) if lexicon_extra else {}
    lexicons = jackknife(sentences, extra=extra) if config.use_lexicon else [None] * len(sentences)
    labels = bioes if config.scheme == "BIOES" else bio
    words = read_jieba_dict(jieba_dict_path()) if "dict" in config.groups else {}
    dictionary = DictionaryNames(words) if words else None
    guide_tagger = None
    if "guide" in config.groups:
        path = prepare_guide(out, guide, data_dir)
        guide_tagger = pycrfsuite.Tagger()
        guide_tagger.open(str(path))
    else:
        for stale in (guide_path(out), weights_path(guide_path(out))):
            if stale.exists():
                stale.unlink()
    table = None
    if "clus" in config.groups and (clusters is None or (table := load_clusters(clusters)) is None):
        raise SystemExit("the clus group needs a cluster table (--clusters PATH)")
    for s, lexicon in zip(sentences, lexicons, strict=True):
        folded = fold(s.text)
        feats = sentence_features(
            folded, segmenter, gazetteer, lexicon, config.groups, dictionary, clusters=table
        )
        if guide_tagger is not None:
            add_guide_features(feats, guide_tagger)
        trainer.append(feats, labels(len(folded), s.entities))
    trainer.set_params(
        {
            "c1": config.c1,
            "c2": config.c2,
            "max_iterations": config.max_iterations,
            "feature.minfreq": config.minfreq,
            "feature.possible_transitions": True,
            "feature.possible_states": config.possible_states,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    LinearCRF.write_beside(out)
    save_groups(config.groups, out)
    if table is not None and clusters is not None:
        if clusters.resolve() != clusters_path(out).resolve():
            shutil.copyfile(clusters, clusters_path(out))
    elif clusters_path(out).exists():
        clusters_path(out).unlink()
    _save_beside(out, dictionary_path(out), words)
    lexicon = {**extra, **lexicon_entries(sentences)} if config.use_lexicon else {}
    _save_beside(out, lexicon_path(out), lexicon)


def prepare_guide(out: Path, guide: Path | None = None, data_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """The guide model beside ``out``: a copy of ``guide``, or trained on CLUENER2020."""
    target = guide_path(out)
    if guide is not None:
        if guide.resolve() != target.resolve():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(guide, target)
            LinearCRF.write_beside(target)
        return target
    segmenter = default_segmenter()
    gazetteer = default_gazetteer()

    # The guide reads only the leading columns, which no optional group, lexicon or
    # dictionary changes: the cheapest rows serve.
    def featurize(folded: str) -> list[list[str]]:
        return sentence_features(folded, segmenter, gazetteer, None, frozenset())

    t0 = time.perf_counter()
    train_guide(read_guide_sentences(data_dir / "cluener_train.jsonl"), target, featurize)
    LinearCRF.write_beside(target)
    print(f"guide model trained in {time.perf_counter() - t0:.0f} s -> {target}", flush=True)
    return target


def _save_beside(model: Path, path: Path, entries: dict[str, str]) -> None:
    """Write the entries a model uses beside it, or remove a stale file when it uses none."""
    if entries:
        write_pairs(entries, path)
    elif path.exists():
        path.unlink()


def evaluate_msra(recognizer: Recognizer, sentences: list[Sentence], *, traditional: bool = False):
    """Scores of the full recogniser (gazetteer and park rules included, parks as LOC)."""
    from text.ner.recognizer import to_msra

    convert = None
    if traditional:
        import opencc

        convert = opencc.OpenCC("s2t").convert
    gold, pred, texts = [], [], []
    for i, s in enumerate(sentences):
        text = s.text
        if convert is not None:
            converted = convert(text)
            if len(converted) == len(text):
                text = converted
        texts.append(text)
        gold.extend((i, a, b, t) for a, b, t in s.entities)
    for i, spans in enumerate(recognizer.predict_many(texts)):
        pred.extend((i, sp.start, sp.end, to_msra(sp.type)) for sp in spans)
    return score(gold, pred, MSRA_TYPES)


def _typed(sentences: list[Sentence], types: str) -> list[Sentence]:
    """The sentences with only the entities of the comma-separated ``types``."""
    keep = set(types.split(","))
    return [
        Sentence(s.text, tuple(e for e in s.entities if e[2] in keep), s.source) for s in sentences
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH)
    parser.add_argument(
        "--cluener",
        default="",
        help="add mapped CLUENER sentences whose entities are all of these types, e.g. PER,LOC,ORG",
    )
    TrainConfig.add_arguments(parser)
    parser.add_argument(
        "--guide", type=Path, help="an existing guide model to use (else one is trained)"
    )
    parser.add_argument(
        "--cluener-lexicon",
        default="",
        help="add names of these types (e.g. ORG) from mapped CLUENER to the lexicon, not the labels",
    )
    parser.add_argument(
        "--corpus",
        choices=("full", "sample"),
        default="full",
        help="full: msra_train_full + peoples_daily_1998_jan, scored on their development "
        "split; sample: train.jsonl and its held-out tenth",
    )
    parser.add_argument("--verbose", action="store_true", help="CRFsuite's progress per iteration")
    parser.add_argument(
        "--clusters", type=Path, help="cluster table for the clus group (text.ner.clusters)"
    )
    args = parser.parse_args(argv)

    if args.corpus == "full":
        train, held = full_corpus(args.data)
    else:
        train, held = split(read_sentences(args.data / "train.jsonl"))
    if args.cluener:
        extra = read_cluener(args.data / "cluener_train.jsonl", tuple(args.cluener.split(",")))
        print(f"CLUENER sentences kept after mapping: {len(extra)}")
        train = train + extra
    config = TrainConfig.from_args(args)
    print(f"training sentences: {len(train)}, held out: {len(held)}; {config}")
    t0 = time.perf_counter()
    train_model(
        train,
        args.out,
        config,
        lexicon_extra=_typed(read_cluener(args.data / "cluener_train.jsonl"), args.cluener_lexicon)
        if args.cluener_lexicon
        else None,
        guide=args.guide,
        data_dir=args.data,
        verbose=args.verbose,
        clusters=args.clusters,
    )
    print(f"trained in {time.perf_counter() - t0:.0f} s -> {args.out}")
    recognizer = Recognizer.load(args.out)
    print(
        format_table(
            f"{args.corpus} development split (Simplified)", evaluate_msra(recognizer, held)
        )
    )
    print(
        format_table(
            f"{args.corpus} development split (Traditional, s2t)",
            evaluate_msra(recognizer, held, traditional=True),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

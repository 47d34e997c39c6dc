"""Embedding clusters of characters and words, for the ``clus`` feature group.

Characters and jieba words of the unlabelled text of the training corpora are
embedded with word2vec (skip-gram) and grouped by k-means; a character's or
word's cluster number is then a CRF feature, so a name the annotated
sentences never showed still shares features with names used the same way.
The table is written beside the model (``model.clusters.tsv``: ``c:字`` and
``w:词`` keys, cluster numbers as values) and read when the model loads; the
app needs neither gensim nor scikit-learn, which only ``python -m
text.ner.clusters`` (training) imports.

    python -m text.ner.clusters [--data DIR] [--out resources/ner/model.clusters.tsv]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from text.fold import fold
from text.ner.data import DEFAULT_DATA_DIR, full_corpus, read_jsonl, read_pairs, write_pairs

CHAR_CLUSTERS = 256
WORD_CLUSTERS = 1024
MIN_COUNT = 3
_UNKNOWN = "-"


def clusters_path(model_path: Path) -> Path:
    return model_path.with_suffix(".clusters.tsv")


class Clusters:
    """Cluster numbers of characters (as code characters, for ``Chars`` columns) and of
    words (as strings, for ``Words`` columns); unknown ones share the value '-'."""

    def __init__(self, chars: dict[str, str], words: dict[str, str]) -> None:
        self.words = words
        numbers = sorted(set(chars.values()) | {_UNKNOWN, "^", "$"})
        self._code = {name: chr(0xE800 + k) for k, name in enumerate(numbers)}
        self.names: dict[str, str] = {code: name for name, code in self._code.items()}
        self._table: dict[int, str] = {ord(ch): self._code[k] for ch, k in chars.items()}
        self._seen = set(chars)
        self._unknown = self._code[_UNKNOWN]
        self.start, self.end = self._code["^"], self._code["$"]
        self._lock = threading.Lock()

    @classmethod
    def from_pairs(cls, pairs: dict[str, str]) -> Clusters:
        chars = {k[2:]: v for k, v in pairs.items() if k.startswith("c:") and len(k) == 3}
        words = {k[2:]: v for k, v in pairs.items() if k.startswith("w:")}
        return cls(chars, words)

    def char_codes(self, folded: str) -> str:
        """The code of each character's cluster, with the codes of ^ and $ either side."""
        if not self._seen.issuperset(folded):
            with self._lock:
                for ch in set(folded) - self._seen:
                    self._table[ord(ch)] = self._unknown
                    self._seen.add(ch)
        return self.start + folded.translate(self._table) + self.end

    def word(self, word: str) -> str:
        return self.words.get(word, _UNKNOWN)


def load(path: Path) -> Clusters | None:
    pairs = read_pairs(path)
    return None if pairs is None else Clusters.from_pairs(pairs)


def _kmeans(vectors, k: int, seed: int):  # noqa: ANN001, ANN202 - numpy arrays
    from sklearn.cluster import KMeans

    k = min(k, len(vectors))
    return KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(vectors)


def train_clusters(texts: Iterable[str], seed: int = 1) -> dict[str, str]:
    """The ``c:`` / ``w:`` table of folded ``texts`` (gensim and scikit-learn needed)."""
    from gensim.models import Word2Vec

    from text.ner.segmenter import default_segmenter

    segmenter = default_segmenter()
    folded = [fold(t) for t in texts]
    char_seqs = [list(t) for t in folded]
    word_seqs = [[w for w, _ in segmenter.tag_exact(t)] for t in folded]
    table: dict[str, str] = {}
    for prefix, seqs, dim, window, k in (
        ("c:", char_seqs, 50, 3, CHAR_CLUSTERS),
        ("w:", word_seqs, 100, 5, WORD_CLUSTERS),
    ):
        started = time.perf_counter()
        model = Word2Vec(
            seqs,
            vector_size=dim,
            window=window,
            min_count=MIN_COUNT,
            sg=1,
            workers=1,
            seed=seed,
            epochs=5,
        )
        keys = list(model.wv.index_to_key)
        labels = _kmeans(model.wv.vectors, k, seed)
        table.update({prefix + key: str(label) for key, label in zip(keys, labels, strict=True)})
        print(
            f"{prefix} {len(keys)} items in {len(set(labels))} clusters, "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
    return table


def training_texts(data_dir: Path) -> list[str]:
    """The unlabelled text the clusters learn from: the full corpora's training sentences
    (never the development split) and the CLUENER2020 training sentences."""
    train, _ = full_corpus(data_dir)
    texts = [s.text for s in train]
    cluener = data_dir / "cluener_train.jsonl"
    if cluener.is_file():
        texts += [row["text"] for row in read_jsonl(cluener)]
    return texts


def main(argv: list[str] | None = None) -> int:
    from text.ner.recognizer import DEFAULT_MODEL_PATH

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, default=clusters_path(DEFAULT_MODEL_PATH))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    table = train_clusters(training_texts(args.data), args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_pairs(table, args.out)
    print(f"{len(table)} entries -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A linear-chain CRF decoder over feature columns, with the weights of a CRFsuite model.

CRFsuite trains the models (text.ner.train); tagging through its binding costs a
string per attribute per character, converted twice and looked up in the model's
hash database.  Here each feature column (text.ner.features.Column) becomes
weight rows at once: character columns (``Chars``) by their character codes (a
table per code, or sorted keys for pairs and triples), word columns (``Words``)
once per word, other values through a dictionary for their prefix.  State scores
are sums of those rows (numpy), and Viterbi runs over all sentences of a batch at
once.
The labels are those CRFsuite's own Viterbi gives (same scores, same ties: the
first best label wins); ``tests/test_ner_decoder.py`` checks it on real text.

The weights are read from the CRFsuite model once and kept beside it in
``<model>.weights.npz`` with the model file's digest, so loading takes
milliseconds; a weights file that does not match its model is rebuilt.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from text.ner.data import decode_labelled
from text.ner.features import Chars, Column, Words

# One sentence to decode: its columns, its sparse extra attributes, its length.
Sentence = tuple[list[Column], dict[int, list[str]], int]


def weights_path(model_path: Path) -> Path:
    """model.crfsuite -> model.weights.npz; model.guide.crfsuite -> model.guide.weights.npz."""
    return model_path.with_suffix(".weights.npz")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class LinearCRF:
    def __init__(
        self, labels: Sequence[str], attributes: Sequence[str], weights, transitions
    ) -> None:
        self.labels: tuple[str, ...] = tuple(labels)
        # Row 0 of the weights is zero: the row of every attribute the model does not know.
        self._rows: dict[str, int] = {a: i + 1 for i, a in enumerate(attributes)}
        self._weights = np.vstack([np.zeros((1, len(self.labels))), np.asarray(weights)])
        self._transitions = np.asarray(transitions, dtype=np.float64)
        self._into = np.ascontiguousarray(self._transitions.T)  # [to, from]
        self._label_range = np.arange(len(self.labels))
        self._tables: dict[str, dict[str, int]] = {}
        self._by_name: dict[str, dict[str, int]] | None = None
        codes = {chr(_LABEL_BASE + i): label for i, label in enumerate(self.labels)}
        self._code_names = codes | {START: "^", END: "$"}  # one dict: tables are cached by it
        self._dense: dict[str, np.ndarray] = {}
        self._keys: dict[tuple, tuple[np.ndarray, np.ndarray, int]] = {}

    # -- loading ------------------------------------------------------------------

    @classmethod
    def from_crfsuite(cls, model_path: Path) -> LinearCRF:
        """The weights of a CRFsuite model (attributes with no weight are left out)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        try:
            info = tagger.info()
        finally:
            tagger.close()
        labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
        column = {label: i for i, label in enumerate(labels)}
        attributes = sorted({attr for attr, _ in info.state_features})
        row = {attr: i for i, attr in enumerate(attributes)}
        weights = np.zeros((len(attributes), len(labels)))
        for (attr, label), weight in info.state_features.items():
            weights[row[attr], column[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (a, b), weight in info.transitions.items():
            transitions[column[a], column[b]] = weight
        return cls(labels, attributes, weights, transitions)

    @classmethod
    def load(cls, model_path: Path) -> LinearCRF:
        """The decoder of a CRFsuite model, from the weights file beside it when that file
        was made from this model; otherwise from the model (and the weights file is
        written, when the folder allows).  Without the model (the app's bundle ships the
        weights alone) the weights file is read as it is."""
        model_path = Path(model_path)
        cached = weights_path(model_path)
        if not model_path.is_file():
            if not cached.is_file():
                raise FileNotFoundError(f"entity model not found: {model_path}")
            crf = cls._from_weights(cached)
            assert crf is not None  # no digest asked for
            return crf
        digest = _digest(model_path)
        if cached.is_file():
            try:
                crf = cls._from_weights(cached, digest)
                if crf is not None:
                    return crf
            except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
                pass  # unreadable: rebuilt from the model below
        crf = cls.from_crfsuite(model_path)
        try:
            crf.save(cached, digest)
        except OSError:
            pass  # a read-only install still tags, only loads slower
        return crf

    @classmethod
    def _from_weights(cls, path: Path, digest: str | None = None) -> LinearCRF | None:
        """The decoder a weights file holds; None when ``digest`` is given and the file was
        made from another model."""
        with np.load(path, allow_pickle=False) as data:
            if digest is not None and str(data["digest"]) != digest:
                return None
            return cls(
                data["labels"].tolist(),
                data["attributes"].tolist(),
                data["weights"],
                data["transitions"],
            )

    def save(self, path: Path, digest: str) -> None:
        """Write the weights, marked with the digest of the CRFsuite model they came from."""
        attributes = sorted(self._rows, key=self._rows.__getitem__)
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh,
                digest=np.array(digest),
                labels=np.array(self.labels),
                attributes=np.array(attributes),
                weights=self._weights[1:],
                transitions=self._transitions,
            )

    @staticmethod
    def write_beside(model_path: Path) -> Path:
        """Make the weights file of a freshly trained model; its path."""
        model_path = Path(model_path)
        path = weights_path(model_path)
        LinearCRF.from_crfsuite(model_path).save(path, _digest(model_path))
        return path

    # -- scoring ------------------------------------------------------------------

    def _table(self, prefix: str) -> dict[str, int]:
        """Value -> weight row for the attributes starting with ``prefix``."""
        table = self._tables.get(prefix)
        if table is None:
            if prefix.find("=") == len(prefix) - 1:
                # "name=": exactly the attributes whose first "=" ends the same name
                table = self._named().get(prefix, {})
            else:
                cut = len(prefix)
                table = {a[cut:]: row for a, row in self._rows.items() if a.startswith(prefix)}
            self._tables[prefix] = table
        return table

    def _named(self) -> dict[str, dict[str, int]]:
        """Value -> weight row of the attributes of every "name=", in one pass over the
        attributes (a scan per name made the first sentence of a process take a second)."""
        if self._by_name is None:
            groups: dict[str, dict[str, int]] = {}
            for a, row in self._rows.items():
                cut = a.find("=") + 1
                if cut:
                    groups.setdefault(a[:cut], {})[a[cut:]] = row
            self._by_name = groups
        return self._by_name

    def _char_table(self, prefix: str) -> np.ndarray:
        """Weight rows by character code (Basic Multilingual Plane; the last entry, for
        characters beyond it, is 0) for one-character values of ``prefix``."""
        dense = self._dense.get(prefix)
        if dense is None:
            dense = np.zeros(_BMP + 1, dtype=np.intp)
            for value, row in self._table(prefix).items():
                if len(value) == 1 and ord(value) < _BMP:
                    dense[ord(value)] = row
            self._dense[prefix] = dense
        return dense

    def _key_table(self, prefix: str, chars: Chars) -> tuple[np.ndarray, np.ndarray]:
        """Sorted keys (``_chars_key``) of the values of ``prefix`` that a column like
        ``chars`` can hold, and their weight rows."""
        width, names, sep = len(chars.parts), chars.names, chars.sep
        cache = (prefix, width, id(names), sep)
        found = self._keys.get(cache)
        if found is None or (names is not None and found[2] != len(names)):
            code = {name: ch for ch, name in names.items()} if names is not None else None
            codes: list[list[int]] = []
            rows: list[int] = []
            for value, row in self._table(prefix).items():
                if code is None:
                    pieces = value.split(sep) if sep else list(value)
                else:  # names are joined by sep (one name: no sep)
                    pieces = [code.get(name, "") for name in (value.split(sep) if sep else [value])]
                if len(pieces) == width and all(len(piece) == 1 for piece in pieces):
                    codes.append([ord(piece) for piece in pieces])
                    rows.append(row)
            keys = _chars_key(
                [np.array([c[k] for c in codes], dtype=np.int64) for k in range(width)]
            )
            order = np.argsort(keys, kind="stable")
            found = (keys[order], np.array(rows, dtype=np.intp)[order], len(names or ()))
            self._keys[cache] = found
        return found[0], found[1]

    def _column_rows(self, prefix: str, parts: list[Any], total: int) -> np.ndarray:
        """Weight rows of one column over a batch: ``parts`` holds each sentence's values."""
        first = parts[0]
        if isinstance(first, str):
            joined = "".join(parts)
            codes = _codes(joined)
            rows = self._char_table(prefix)[np.minimum(codes, _BMP)]
            wide = np.flatnonzero(codes >= _BMP)
            if len(wide):
                table = self._table(prefix)
                rows[wide] = [table.get(joined[i], 0) for i in wide]
            return rows
        if isinstance(first, Chars):
            width = len(first.parts)
            codes = [_codes("".join(c.parts[k] for c in parts)) for k in range(width)]
            keys, rows = self._key_table(prefix, first)
            if not len(keys):
                return np.zeros(total, dtype=np.intp)
            query = _chars_key(codes)
            at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
            return np.where(keys[at] == query, rows[at], 0)
        get = self._table(prefix).get
        if isinstance(first, Words):
            words = list(chain.from_iterable(w.words for w in parts))
            rows = np.fromiter(map(get, words, repeat(0)), dtype=np.intp, count=len(words))
            return np.repeat(rows, list(chain.from_iterable(w.sizes for w in parts)))
        return np.fromiter(
            map(get, chain.from_iterable(parts), repeat(0)), dtype=np.intp, count=total
        )

    def state_scores(self, sentences: Sequence[Sentence]) -> np.ndarray:
        """Scores (characters of all sentences in order) x labels."""
        present = [s for s in sentences if s[2]]
        total = sum(n for _, _, n in present)
        scores = np.zeros((total, len(self.labels)))
        if total == 0:
            return scores
        weights = self._weights
        columns = present[0][0]
        rows = np.empty((len(columns), total), dtype=np.intp)
        # column j of every sentence, as (prefix, values) pairs
        by_column = zip(*[c for c, _, _ in present], strict=True)
        for j, pairs in enumerate(by_column):
            rows[j] = self._column_rows(columns[j][0], list(map(_second, pairs)), total)
        # Added block by block, so the rows being summed stay in the processor's cache
        # (about four times faster than adding whole columns).
        buffer = np.empty((_BLOCK, len(self.labels)))
        for i in range(0, total, _BLOCK):
            block = scores[i : i + _BLOCK]
            part = buffer[: len(block)]
            for j in range(len(columns)):
                np.take(weights, rows[j, i : i + _BLOCK], axis=0, out=part)
                block += part
        at: list[int] = []
        names: list[str] = []
        offset = 0
        for _, extra, n in present:
            for i, attrs in extra.items():
                at += [offset + i] * len(attrs)
                names += attrs
            offset += n
        if at:
            rows = np.fromiter(map(self._rows.get, names, repeat(0)), dtype=np.intp, count=len(at))
            known = rows > 0
            np.add.at(scores, np.array(at, dtype=np.intp)[known], weights[rows[known]])
        return scores

    # -- decoding -----------------------------------------------------------------

    def viterbi(self, scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """Best label indices for consecutive sequences of ``lengths`` in ``scores``.

        All sequences advance together, longest first, so each step is a few numpy
        operations over the sequences still running.  Ties go to the lowest label index,
        as in CRFsuite.
        """
        size = np.asarray(lengths, dtype=np.intp)
        start = np.concatenate(([0], np.cumsum(size)[:-1])).astype(np.intp)
        best = np.zeros(int(size.sum()), dtype=np.intp)
        order = np.argsort(-size, kind="stable")
        order = order[size[order] > 0]
        if not len(order):
            return best
        if len(order) == 1:  # one sequence: plain arrays, fewer operations a step
            first = int(start[order[0]])
            n = int(size[order[0]])
            best[first : first + n] = self._viterbi_one(scores[first : first + n])
            return best
        size, start = size[order], start[order]
        longest = int(size[0])
        # running[t]: how many sequences are longer than t (a prefix, longest first)
        running = np.searchsorted(-size, -np.arange(longest), side="left")
        # into[j, i]: the score of moving from label i to label j
        into = self._into
        labels = np.arange(len(self.labels))
        rows = np.arange(len(size))
        column = rows[:, None]
        path = scores[start].copy()
        back: list[np.ndarray] = []
        for t, k in enumerate(running[1:].tolist(), start=1):
            cand = path[:k, None, :] + into
            came = cand.argmax(axis=2)
            back.append(came)
            if k <= _FEW:
                path[:k] = cand.max(axis=2)
            else:  # picking the maxima is faster than a second reduction
                path[:k] = path[column[:k], came] + into[labels, came]
            path[:k] += scores[start[:k] + t]
        label = path.argmax(axis=1)
        for t in range(longest - 1, 0, -1):
            k = int(running[t])
            best[start[:k] + t] = label[:k]
            label[:k] = back[t - 1][rows[:k], label[:k]]
        best[start] = label
        return best

    def decode(self, sentences: Sequence[Sentence]) -> np.ndarray:
        """Best label indices of the sentences' characters, one after another."""
        return self.viterbi(self.state_scores(sentences), [n for _, _, n in sentences])

    def _viterbi_one(self, scores: np.ndarray) -> np.ndarray:
        """``viterbi`` of a single sequence (same ties)."""
        into = self._into
        labels = self._label_range
        path = scores[0]
        back = []
        for row in scores[1:]:
            cand = into + path  # cand[j, i]: from label i to label j
            came = cand.argmax(axis=1)
            back.append(came)
            path = cand[labels, came] + row
        label = int(path.argmax())
        out = [label]
        for came in reversed(back):
            label = int(came[label])
            out.append(label)
        out.reverse()
        return np.array(out, dtype=np.intp)

    # -- marginals ------------------------------------------------------------------

    def forward_backward(
        self, scores: np.ndarray, lengths: Sequence[int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Log forward and backward scores of consecutive sequences, and each sequence's
        log partition function.

        ``alpha[t, y]`` is the log of the summed weight of every path through the first
        characters of a sequence up to ``t`` that ends in ``y`` (state score of ``t``
        included); ``beta[t, y]`` the same for the rest of the sequence after ``t``, given
        ``y`` at ``t``; ``log_z[k]`` the log sum over all paths of sequence ``k`` (0 for an
        empty one).  The sequences advance together, longest first, as in ``viterbi``.

        Everything is kept in log space.  A step is a log-sum-exp done as a product of
        matrices: the running values are shifted by their maximum before ``exp`` (so the
        largest is 1) and the transitions by the maximum of each column (forward) or row
        (backward), so nothing overflows; a term underflows only when a transition weight
        is more than about 700 below the largest one into (or out of) the same label,
        where its probability is nil anyway.
        """
        size = np.asarray(lengths, dtype=np.intp)
        starts = np.concatenate(([0], np.cumsum(size)[:-1])).astype(np.intp)
        n_labels = len(self.labels)
        total = int(size.sum())
        alpha = np.zeros((total, n_labels))
        beta = np.zeros((total, n_labels))
        log_z = np.zeros(len(size))
        order = np.argsort(-size, kind="stable")
        order = order[size[order] > 0]
        if not len(order):
            return alpha, beta, log_z
        size, start = size[order], starts[order]
        longest = int(size[0])
        running = np.searchsorted(-size, -np.arange(longest + 1), side="left")
        trans = self._transitions  # [from, to]
        col_max = trans.max(axis=0)  # into each label
        row_max = trans.max(axis=1)  # out of each label
        into = np.exp(trans - col_max)  # [from, to], each column's largest is 1
        out_of = np.exp(trans - row_max[:, None])  # [from, to], each row's largest is 1
        path = scores[start].copy()
        alpha[start] = path
        for t in range(1, longest):
            k = int(running[t])
            prev = path[:k]
            top = prev.max(axis=1, keepdims=True)
            step = np.log(np.exp(prev - top) @ into) + top + col_max
            path = step + scores[start[:k] + t]
            alpha[start[:k] + t] = path
        # backward: beta at a sequence's last character is 0 (already so)
        for t in range(longest - 2, -1, -1):
            k = int(running[t + 1])  # sequences with a character after t
            nxt = scores[start[:k] + t + 1] + beta[start[:k] + t + 1]
            top = nxt.max(axis=1, keepdims=True)
            beta[start[:k] + t] = np.log(np.exp(nxt - top) @ out_of.T) + top + row_max
        last = alpha[start + size - 1]
        top = last.max(axis=1)
        log_z[order] = np.log(np.exp(last - top[:, None]).sum(axis=1)) + top
        return alpha, beta, log_z

    def marginals(self, scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """P(label of character t is y), characters of all sequences in order x labels."""
        alpha, beta, log_z = self.forward_backward(scores, lengths)
        per_char = np.repeat(log_z, np.asarray(lengths, dtype=np.intp))
        return np.exp(alpha + beta - per_char[:, None])

    def path_probabilities(
        self,
        scores: np.ndarray,
        lengths: Sequence[int],
        labels: np.ndarray,
        ranges: Sequence[tuple[int, int]],
    ) -> np.ndarray:
        """For each ``(start, end)`` (offsets into the characters of all sequences, within
        one sequence), the probability under the model that characters ``start`` to
        ``end - 1`` carry exactly the given ``labels`` (whatever the rest of the sequence
        carries): ``alpha`` at the first, the path's own weights in between, ``beta`` at
        the last, over the sequence's partition function."""
        if not len(ranges):
            return np.zeros(0)
        alpha, beta, log_z = self.forward_backward(scores, lengths)
        labels = np.asarray(labels, dtype=np.intp)
        at = np.arange(len(labels))
        gain = scores[at, labels]
        gain[1:] += self._transitions[labels[:-1], labels[1:]]
        cumulative = np.concatenate(([0.0], np.cumsum(gain)))
        first = np.array([s for s, _ in ranges], dtype=np.intp)
        last = np.array([e for _, e in ranges], dtype=np.intp) - 1
        owner = np.searchsorted(np.cumsum(np.asarray(lengths, dtype=np.intp)), first, "right")
        inner = cumulative[last + 1] - cumulative[first + 1]  # the steps first+1 .. last
        log_p = alpha[first, labels[first]] + inner + beta[last, labels[last]] - log_z[owner]
        return np.exp(np.minimum(log_p, 0.0))

    def label_codes(self, best: np.ndarray) -> str:
        """Decoded labels as one character each (``code_names`` maps them back): a
        string the next model's columns can use as ``Chars``."""
        return (np.asarray(best, dtype=np.uint32) + _LABEL_BASE).tobytes().decode("utf-32-le")

    @property
    def code_names(self) -> dict[str, str]:
        """Label code character -> label (``label_codes``), and the padding codes
        ``START`` -> "^" and ``END`` -> "$"."""
        return self._code_names

    def spans(self, best: np.ndarray, lengths: Sequence[int]) -> list[list[tuple[int, int, str]]]:
        """Entity spans of each sequence from BIOES (or BIO) label indices, as
        ``text.ner.data.decode_bioes`` reads them; only labelled characters are visited."""
        outside = self.labels.index("O")
        hits = np.flatnonzero(best != outside)
        found = best[hits].tolist()
        hits_list = hits.tolist()
        bounds = np.searchsorted(hits, np.cumsum([0, *lengths])).tolist()
        labels = self.labels
        out = []
        start = 0
        for k, n in enumerate(lengths):
            lo, hi = bounds[k], bounds[k + 1]
            items = [(hits_list[j] - start, labels[found[j]]) for j in range(lo, hi)]
            out.append(decode_labelled(items))
            start += n
        return out


_BMP = 0x10000
_second = itemgetter(1)
# Label codes (label_codes) are private-use characters from here, after the codes of
# the padding either side of a sentence.
START, END = "\ue7fe", "\ue7ff"
_LABEL_BASE = 0xE800
# Characters whose scores are summed together (2048 x 13 labels x 8 bytes: 208 KB).
_BLOCK = 2048
# Up to this many sequences, a Viterbi step takes the maxima by a second reduction.
_FEW = 8


def _codes(text: str) -> np.ndarray:
    """Unicode code points of ``text``."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.intp)


def _chars_key(codes: Sequence[np.ndarray]) -> np.ndarray:
    """One integer per position from up to three code arrays (21 bits each)."""
    key = np.zeros(len(codes[0]), dtype=np.int64)
    for k, part in enumerate(codes):
        key |= np.asarray(part, dtype=np.int64) << (21 * k)
    return key

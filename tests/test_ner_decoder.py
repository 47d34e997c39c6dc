"""The column decoder gives CRFsuite's own labels, from weights kept beside the model."""

from __future__ import annotations

import itertools
import shutil

import numpy as np
import pycrfsuite
import pytest

from text.fold import fold
from text.ner.clusters import clusters_path
from text.ner.clusters import load as load_clusters
from text.ner.decoder import LinearCRF, weights_path
from text.ner.features import (
    DEFAULT_GROUPS,
    FEATURE_GROUPS,
    feature_rows,
    sentence_columns,
    sentence_features,
)
from text.ner.gazetteer import default_gazetteer
from text.ner.guide import guide_features, guide_path, guide_rows
from text.ner.recognizer import DEFAULT_MODEL_PATH, Recognizer, split_sentences
from text.ner.segmenter import default_segmenter
from text.resources import seeds_dir


def _seed_sentences() -> list[str]:
    out = []
    for path in sorted(seeds_dir().glob("*.txt")):
        folded = fold(path.read_text(encoding="utf-8"))
        out += [folded[s:e] for s, e in split_sentences(folded)]
    return out


def _string_scores(crf: LinearCRF, rows: list[list[str]]) -> np.ndarray:
    """State scores the slow way: the weights of each attribute string, summed."""
    weights = crf._weights
    return np.array(
        [
            sum((weights[crf._rows.get(a, 0)] for a in row), np.zeros(len(crf.labels)))
            for row in rows
        ]
    )


def test_labels_equal_crfsuite_on_the_seed_articles():
    """Every seed sentence: the shipped model and its guide through CRFsuite's binding
    (string attributes) and through the recogniser's decoder give the same labels."""
    rec = Recognizer.load()
    tagger, guide = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL_PATH))
    guide.open(str(guide_path(DEFAULT_MODEL_PATH)))
    sentences = _seed_sentences()
    assert len(sentences) > 100
    expected = []
    for sentence in sentences:
        rows = sentence_features(
            sentence,
            rec._segmenter,
            rec._gazetteer,
            rec._lexicon,
            rec._groups,
            rec._dictionary,
            clusters=rec._clusters,
        )
        extra = guide_features(guide.tag(guide_rows(rows)))
        expected.append(
            tagger.tag([row + list(more) for row, more in zip(rows, extra, strict=True)])
        )
    segmented = [rec._segmenter.tag_exact(s) for s in sentences]
    known = [rec._gazetteer.longest_matches(s) for s in sentences]
    got, confidences = rec._tag(sentences, segmented, known)
    assert [len(c) for c in confidences] == [len(g) for g in got]
    from text.ner.data import decode_bioes

    assert got == [decode_bioes(labels) for labels in expected]
    assert any(got)  # the seeds have names


@pytest.mark.parametrize("groups", [DEFAULT_GROUPS, frozenset(FEATURE_GROUPS)])
def test_column_scores_equal_attribute_string_scores(groups):
    """Characters beyond the Basic Multilingual Plane, unknown characters and padding
    included: looking up columns gives the scores of the attribute strings."""
    crf = LinearCRF.load(DEFAULT_MODEL_PATH)
    segmenter, gazetteer = default_segmenter(), default_gazetteer()
    clusters = load_clusters(clusters_path(DEFAULT_MODEL_PATH))
    assert clusters is not None
    texts = [*_seed_sentences()[:40], "𠀀北京𡈽大学^$ab", "京津冀协同发展", "x"]
    batch = []
    expected = []
    for text in texts:
        columns, extra = sentence_columns(
            text, segmenter, gazetteer, None, groups, clusters=clusters
        )
        batch.append((columns, extra, len(text)))
        expected.append(_string_scores(crf, feature_rows(columns, extra, len(text))))
        assert feature_rows(columns, extra, len(text)) == sentence_features(
            text, segmenter, gazetteer, None, groups, clusters=clusters
        )
    if "clus" in groups:  # the cluster columns are there, and the model has their weights
        names = {name for row in feature_rows(columns, extra, len(text)) for name in row}
        assert any(name.startswith("q=") for name in names)
    got = crf.state_scores(batch)
    assert np.allclose(got, np.vstack(expected), rtol=0, atol=1e-9)
    assert np.abs(got).sum() > 0


def test_viterbi_finds_the_best_path_of_every_sequence():
    """Against brute force over all label paths, for sequences of several lengths decoded
    together (the longest first, the shorter ones dropping out)."""
    rng = np.random.default_rng(7)
    labels = ["A", "B", "C"]
    crf = LinearCRF(labels, [], np.zeros((0, 3)), rng.normal(size=(3, 3)))
    for lengths in ([4, 1, 3, 0, 5, 2], [6], [0, 5, 0], [1]):  # one sequence: its own path
        scores = rng.normal(size=(sum(lengths), 3))
        _check_best_paths(crf, scores, lengths)


def _check_best_paths(crf: LinearCRF, scores: np.ndarray, lengths: list[int]) -> None:
    best = crf.viterbi(scores, lengths)
    start = 0
    for n in lengths:
        if n:
            part = scores[start : start + n]

            def total(path, part=part):
                return sum(part[t, y] for t, y in enumerate(path)) + sum(
                    crf._transitions[a, b] for a, b in itertools.pairwise(path)
                )

            brute = max(itertools.product(range(3), repeat=n), key=total)
            assert tuple(best[start : start + n]) == brute
        start += n


def test_weights_file_is_checked_against_its_model(tmp_path):
    # the small guide model for the round trips (each rebuild reads the whole model)
    model = tmp_path / "model.crfsuite"
    shutil.copyfile(guide_path(DEFAULT_MODEL_PATH), model)
    assert not weights_path(model).exists()
    first = LinearCRF.load(model)  # read from the model, and the weights file written
    assert weights_path(model).is_file()
    again = LinearCRF.load(model)
    assert again.labels == first.labels
    assert np.array_equal(again._weights, first._weights)
    # A damaged weights file is rebuilt.
    for junk in (b"garbage", b"PK\x03\x04garbage", b""):
        weights_path(model).write_bytes(junk)
        assert LinearCRF.load(model).labels == first.labels
    # A weights file made from another model is not used: the labels differ.
    shutil.copyfile(DEFAULT_MODEL_PATH, model)
    other = LinearCRF.load(model)
    assert "B-ORG" in other.labels and "B-og" not in other.labels
    assert "B-og" in first.labels


def test_shipped_weights_files_match_their_models():
    for model in (DEFAULT_MODEL_PATH, guide_path(DEFAULT_MODEL_PATH)):
        with np.load(weights_path(model)) as data:
            import hashlib

            assert str(data["digest"]) == hashlib.sha256(model.read_bytes()).hexdigest()


def test_predict_many_equals_predict_one_by_one():
    rec = Recognizer.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    texts += ["", "。", "任睿杰说，北航在北京。"]
    assert rec.predict_many(texts) == [rec.predict(t) for t in texts]


def test_spans_from_labelled_characters_only():
    """decode_bioes reads only the labelled characters (decode_labelled, as the decoder
    does): an O between them ends a span; ill-formed sequences are read leniently."""
    from text.ner.data import decode_bioes, decode_labelled

    cases = {
        ("B-PER", "E-PER"): [(0, 2, "PER")],
        ("B-PER", "O", "E-PER"): [(0, 1, "PER"), (2, 3, "PER")],
        ("O", "O", "O", "I-LOC", "I-LOC"): [(3, 5, "LOC")],
        ("B-LOC", "I-ORG"): [(0, 1, "LOC"), (1, 2, "ORG")],
        ("O", "O", "O", "O", "O", "S-PER"): [(5, 6, "PER")],
        ("E-ORG", "B-PER", "I-PER"): [(0, 1, "ORG"), (1, 3, "PER")],
        ("B-PER", "S-LOC", "E-LOC"): [(0, 1, "PER"), (1, 2, "LOC"), (2, 3, "LOC")],
        (): [],
    }
    for labels, spans in cases.items():
        assert decode_bioes(list(labels)) == spans
        labelled = [(i, x) for i, x in enumerate(labels) if x != "O"]
        assert decode_labelled(labelled) == spans


def test_threads_recognise_as_one_thread_does():
    """The recogniser is shared (the window's extraction job and its own calls): four
    threads at once find what one thread finds."""
    from concurrent.futures import ThreadPoolExecutor

    rec = Recognizer.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    alone = [rec.predict(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(2):
            assert list(pool.map(rec.predict, texts)) == alone


def test_many_texts_are_taken_in_groups(monkeypatch):
    """Texts beyond one group's size are recognised in several groups, with the same
    result as one by one."""
    import text.ner.recognizer as recognizer

    rec = Recognizer.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))] * 2
    calls = []
    crf = rec._crf
    monkeypatch.setattr(rec, "_crf", lambda folded: calls.append(len(folded)) or crf(folded))
    monkeypatch.setattr(recognizer, "_GROUP_CHARS", 2 * max(len(t) for t in texts))
    together = rec.predict_many(texts)
    assert len(calls) > 1 and sum(calls) == len(texts)  # several groups, every text once
    assert together == [rec.predict(t) for t in texts]


def _path_weight(crf: LinearCRF, part: np.ndarray, path: tuple[int, ...]) -> float:
    return sum(part[t, y] for t, y in enumerate(path)) + sum(
        crf._transitions[a, b] for a, b in itertools.pairwise(path)
    )


def test_marginals_and_path_probabilities_equal_brute_force():
    """Forward-backward over sequences of several lengths decoded together, against the
    sums over every label path: per-character marginals and the probability that a range
    of characters carries given labels.  Large weights show the sums stay finite."""
    rng = np.random.default_rng(11)
    labels = ["A", "B", "C"]
    for scale in (1.0, 40.0):
        crf = LinearCRF(labels, [], np.zeros((0, 3)), scale * rng.normal(size=(3, 3)))
        lengths = [4, 1, 0, 3, 5]
        scores = scale * rng.normal(size=(sum(lengths), 3))
        marginals = crf.marginals(scores, lengths)
        assert np.all(np.isfinite(marginals))
        chosen = rng.integers(0, 3, size=sum(lengths))
        ranges = []
        start = 0
        for n in lengths:
            ranges += [(start + a, start + b) for a in range(n) for b in range(a + 1, n + 1)]
            start += n
        probs = crf.path_probabilities(scores, lengths, chosen, ranges)
        expected_probs = {}
        start = 0
        for n in lengths:
            if n:
                part = scores[start : start + n]
                paths = list(itertools.product(range(3), repeat=n))
                weights = np.array([_path_weight(crf, part, p) for p in paths])
                p_path = np.exp(weights - weights.max())
                p_path /= p_path.sum()
                for t in range(n):
                    for y in range(3):
                        want = sum(p for p, path in zip(p_path, paths, strict=True) if path[t] == y)
                        assert marginals[start + t, y] == pytest.approx(want, abs=1e-9)
                for a in range(n):
                    for b in range(a + 1, n + 1):
                        want = sum(
                            p
                            for p, path in zip(p_path, paths, strict=True)
                            if all(path[t] == chosen[start + t] for t in range(a, b))
                        )
                        expected_probs[(start + a, start + b)] = want
            start += n
        got = dict(zip(ranges, probs.tolist(), strict=True))
        assert got.keys() == expected_probs.keys()
        for key, want in expected_probs.items():
            assert got[key] == pytest.approx(want, abs=1e-9), key
        assert marginals.sum(axis=1) == pytest.approx(np.ones(sum(lengths)))


def test_a_model_folder_with_the_weights_alone_tags_the_same(tmp_path) -> None:  # noqa: ANN001
    """The app's bundle ships the weights files without the CRFsuite models they come
    from: the recogniser loads from them and labels exactly as with the models."""
    for p in DEFAULT_MODEL_PATH.parent.glob("model.*"):
        if p.suffix != ".crfsuite":
            shutil.copy(p, tmp_path / p.name)
    assert not list(tmp_path.glob("*.crfsuite"))
    bare = Recognizer.load(tmp_path / DEFAULT_MODEL_PATH.name)
    full = Recognizer.load(DEFAULT_MODEL_PATH)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    got = [[(s.start, s.end, s.type) for s in spans] for spans in bare.predict_many(texts)]
    want = [[(s.start, s.end, s.type) for s in spans] for spans in full.predict_many(texts)]
    assert got == want
    assert sum(len(x) for x in got) > 100
    (tmp_path / "model.weights.npz").unlink()
    with pytest.raises(FileNotFoundError):
        Recognizer.load(tmp_path / DEFAULT_MODEL_PATH.name)


def _scanned(crf: LinearCRF, prefix: str) -> list[tuple[str, int]]:
    """What the table of ``prefix`` holds: every attribute that starts with it, in order."""
    cut = len(prefix)
    return [(a[cut:], row) for a, row in crf._rows.items() if a.startswith(prefix)]


def test_attribute_tables_hold_what_a_scan_of_the_attributes_finds() -> None:
    attributes = ["a=1", "a==2", "ab=3", "a=b=4", "b=5", "a", "=6", "a=7"]
    crf = LinearCRF(["O", "X"], attributes, np.ones((len(attributes), 2)), np.zeros((2, 2)))
    for prefix in ("a=", "ab=", "a", "a=b=", "b=", "=", "c=", "a=b"):
        assert list(crf._table(prefix).items()) == _scanned(crf, prefix), prefix
    rec = Recognizer.load(DEFAULT_MODEL_PATH)
    rec.predict_many(_seed_sentences())  # builds the table of every column of both models
    for model in (rec._model, rec._guide):
        assert model is not None and len(model._tables) > 3
        for prefix, table in model._tables.items():
            assert list(table.items()) == _scanned(model, prefix), prefix

"""Entity recogniser: loading, seed names in both scripts, parks, offsets, quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from text.fold import fold
from text.ner import NER_TYPES, Recognizer, Span, default_recognizer, to_msra
from text.ner.data import DEFAULT_DATA_DIR, FULL_CORPUS_FILES, bioes, decode_bioes, full_corpus
from text.ner.decoder import weights_path
from text.ner.gazetteer import expand_abbreviation
from text.ner.recognizer import DEFAULT_MODEL_PATH, split_sentences
from text.ner.scoring import score

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# The annotated corpora live beside the checkout (../shared/data/ner), never in it.
HAVE_CORPORA = all((DEFAULT_DATA_DIR / name).is_file() for name in FULL_CORPUS_FILES)


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    return default_recognizer()


def _spans_of(spans: list[Span], name: str) -> list[Span]:
    return [s for s in spans if fold(s.text) == name]


def test_model_loads_and_is_small() -> None:
    # Load time is measured by bench/eval_ner.py, not asserted here (shared machines).
    rec = Recognizer.load()
    assert DEFAULT_MODEL_PATH.stat().st_size < 30_000_000
    assert rec.predict("") == []


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Recognizer.load(tmp_path / "absent.crfsuite")


def test_seed_000_traditional(recognizer: Recognizer) -> None:
    text = (SEEDS / "000_2f04d9bc40567d04.txt").read_text(encoding="utf-8")
    spans = recognizer.predict(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.type in NER_TYPES
    people = _spans_of(spans, "任睿杰")
    assert len(people) >= 5 and all(s.type == "person" for s in people)
    centre = _spans_of(spans, "京津冀国家技术创新中心")
    assert len(centre) >= 5 and all(s.type == "organization" for s in centre)
    assert centre[0].text == "京津冀國家技術創新中心"  # the original, Traditional text
    assert all(s.type == "organization" for s in _spans_of(spans, "联泰集群"))
    assert _spans_of(spans, "联泰集群")[0].text == "聯泰集群"
    parks = _spans_of(spans, "燕郊高新区")
    assert parks and all(s.type == "park" for s in parks)
    found = {(fold(s.text), s.type) for s in spans}
    for place in ("北京", "燕郊", "河北", "天津"):
        assert (place, "place") in found


def test_simplified_sentence(recognizer: Recognizer) -> None:
    text = "京津冀国家技术创新中心产业规划经理任睿杰说，联泰集群已在燕郊高新区投产。"
    got = {(s.text, s.type) for s in recognizer.predict(text)}
    assert ("任睿杰", "person") in got
    assert ("京津冀国家技术创新中心", "organization") in got
    assert ("联泰集群", "organization") in got
    assert ("燕郊高新区", "park") in got


def test_park_rule_on_unknown_zone(recognizer: Recognizer) -> None:
    text = "昨天，邯郸市委书记考察了廊坊经济技术开发区和邯郸高新区。"
    spans = recognizer.predict(text)
    parks = [s.text for s in spans if s.type == "park"]
    assert "邯郸高新区" in parks
    assert "廊坊经济技术开发区" in parks
    assert ("邯郸市委", "organization") in {(s.text, s.type) for s in spans}


def test_offsets_point_into_original_text(recognizer: Recognizer) -> None:
    text = "　　據新華社報導，北京大學教授張偉昨日抵達天津。\n第二段：王厚金在雄安新區。"
    spans = recognizer.predict(text)
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert ("雄安新區", "park") in {(s.text, s.type) for s in spans}


def test_to_msra() -> None:
    assert to_msra("person") == "PER"
    assert to_msra("place") == "LOC"
    assert to_msra("park") == "LOC"
    assert to_msra("organization") == "ORG"
    assert to_msra("date") is None


def test_expand_abbreviation() -> None:
    assert expand_abbreviation("北航") == "北京航空航天大学"
    assert expand_abbreviation("工信部") == "工业和信息化部"
    assert expand_abbreviation("發改委") == "国家发展和改革委员会"
    assert expand_abbreviation("北京") is None


def test_bioes_round_trip() -> None:
    entities = [(0, 3, "PER"), (4, 5, "LOC"), (6, 10, "ORG")]
    labels = bioes(12, entities)
    assert labels[:6] == ["B-PER", "I-PER", "E-PER", "O", "S-LOC", "O"]
    assert decode_bioes(labels) == entities
    # ill-formed sequences still give spans
    assert decode_bioes(["I-PER", "E-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]


def test_sentence_split_keeps_offsets() -> None:
    text = "第一句。第二句！\n第三句？尾巴"
    parts = split_sentences(text)
    covered = {i for a, b in parts for i in range(a, b)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert [text[a:b] for a, b in parts][:2] == ["第一句。", "第二句！"]


@pytest.mark.skipif(not HAVE_CORPORA, reason=f"annotated corpora not found in {DEFAULT_DATA_DIR}")
def test_development_split_f1(recognizer: Recognizer) -> None:
    _, held = full_corpus(DEFAULT_DATA_DIR)
    held = held[:600]
    gold, pred = [], []
    for i, sentence in enumerate(held):
        gold += [(i, a, b, t) for a, b, t in sentence.entities]
        pred += [(i, s.start, s.end, to_msra(s.type)) for s in recognizer.predict(sentence.text)]
    # 90.9 on the whole split when the shipped model was chosen (bench/eval_ner.py)
    assert score(gold, pred, ("PER", "LOC", "ORG"))["micro"].f1 > 0.87


def test_seed_gold_file_is_consistent() -> None:
    gold = json.loads((ROOT / "tests" / "data" / "seed_gold_ner.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert {g["article"] for g in gold} == set(texts)
    for g in gold:
        assert texts[g["article"]][g["start"] : g["end"]] == g["text"]
        assert g["type"] in NER_TYPES


def test_lexicon_keeps_names_mostly_annotated() -> None:
    from text.ner.data import Sentence
    from text.ner.lexicon import jackknife, lexicon_entries

    sentences = [
        Sentence("张三在北京工作。", ((0, 2, "PER"), (3, 5, "LOC"))),
        Sentence("北京很大。", ((0, 2, "LOC"),)),
        Sentence("公司在公司旁边，公司很多。", ((0, 2, "ORG"),)),  # annotated 1 time in 3
        Sentence("李四去了上海。", ((0, 2, "PER"), (4, 6, "LOC"))),
    ]
    entries = lexicon_entries(sentences)
    assert entries == {"张三": "PER", "北京": "LOC", "李四": "PER", "上海": "LOC"}
    lexicons = jackknife(sentences, folds=2)
    # sentence 0 is in fold 0: its lexicon comes from sentences 1 and 3 only
    assert lexicons[0].lookup("北京") == "LOC"
    assert lexicons[0].lookup("张三") is None
    assert lexicons[1].lookup("张三") == "PER"


def test_bio_labels_decode_like_bioes() -> None:
    from text.ner.data import bio

    entities = [(0, 3, "PER"), (4, 5, "LOC"), (5, 7, "ORG")]
    labels = bio(8, entities)
    assert labels[:6] == ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    assert decode_bioes(labels) == entities


def test_feature_groups_are_recorded_beside_the_model(tmp_path: Path) -> None:
    from text.ner.features import DEFAULT_GROUPS, load_groups, save_groups

    model = tmp_path / "model.crfsuite"
    assert load_groups(model) == DEFAULT_GROUPS
    save_groups(frozenset({"org", "shape"}), model)
    assert load_groups(model) == {"org", "shape"}
    save_groups(frozenset(), model)
    assert load_groups(model) == frozenset()


def test_organization_phrase_features() -> None:
    from text.ner.features import FEATURE_GROUPS, sentence_features
    from text.ner.gazetteer import default_gazetteer
    from text.ner.segmenter import default_segmenter

    text = "上海市人民检察院起诉了他。"
    rows = sentence_features(
        text, default_segmenter(), default_gazetteer(), None, frozenset(FEATURE_GROUPS)
    )
    assert len(rows) == len(text)
    assert "op=B" in rows[0]  # the phrase starts at 上海市 ...
    assert "op=E" in rows[text.index("院")]  # ... and ends with the organization word
    assert "ow=E" in rows[text.index("院")]
    assert not any(f.startswith(("op=", "ow=")) for f in rows[text.index("诉")])
    plain = sentence_features(text, default_segmenter(), default_gazetteer(), None, frozenset())
    assert not any(f.startswith(("op=", "od=", "wl=", "cp=")) for row in plain for f in row)


def test_abbreviation_features() -> None:
    from text.ner.features import sentence_features
    from text.ner.gazetteer import default_gazetteer
    from text.ner.segmenter import default_segmenter

    text = "中美两国和英、法代表"
    rows = sentence_features(
        text, default_segmenter(), default_gazetteer(), None, frozenset({"abbr"})
    )
    assert "ab=01" in rows[0] and "ab=10" in rows[1]  # 中美
    assert "ab=01" in rows[text.index("英")] and "ab=10" in rows[text.index("法")]  # 英、法
    assert not any(f.startswith("ab=") for f in rows[text.index("两")])


def test_dictionary_names_match_overlapping_words(tmp_path: Path) -> None:
    from text.ner.data import write_pairs
    from text.ner.dictionary import DictionaryNames, load, read_jieba_dict
    from text.ner.features import sentence_features
    from text.ner.gazetteer import default_gazetteer
    from text.ner.segmenter import default_segmenter

    source = tmp_path / "dict.txt"
    source.write_text(
        "北京市 50 ns\n京市 2 ns\n北京 900 ns\n江泽民 80 nr\n一劳永逸 34 v\n", "utf-8"
    )
    words = read_jieba_dict(source)
    assert words == {"北京市": "L", "北京": "L", "江泽民": "P"}  # rare and untagged words dropped
    write_pairs(words, tmp_path / "m.dictionary.tsv")
    names = load(tmp_path / "m.dictionary.tsv")
    assert isinstance(names, DictionaryNames)
    text = "江泽民在北京市"
    assert names.matches(text) == [(0, 3, "P"), (4, 6, "L"), (4, 7, "L")]
    rows = sentence_features(
        text, default_segmenter(), default_gazetteer(), None, frozenset({"dict"}), names
    )
    assert "dP=B" in rows[0] and "dP=E" in rows[2]
    assert "dL=E" in rows[6] and "dL=M" in rows[5]  # the longest covering name wins


def test_titles_are_not_part_of_person_names() -> None:
    from text.ner.recognizer import _trim_titles

    text = "李鹏总理和王先生到刘家，王小家同志"
    spans = [(0, 4, "person"), (5, 8, "person"), (9, 11, "person"), (12, 15, "person")]
    trimmed = _trim_titles(text, spans, frozenset({"王", "刘"}))
    assert [text[s:e] for s, e, _ in trimmed] == ["李鹏", "王", "刘", "王小家"]


def test_wider_ngram_features() -> None:
    from text.ner.features import sentence_features
    from text.ner.gazetteer import default_gazetteer
    from text.ner.segmenter import default_segmenter

    rows = sentence_features(
        "甲乙丙丁戊", default_segmenter(), default_gazetteer(), None, frozenset({"ngram"})
    )
    assert {"b2l=甲乙", "b2r=丁戊", "t3l=甲乙丙", "t3r=丙丁戊"} <= set(rows[2])
    assert "b2l=^^" in rows[0]


def test_guide_model_is_trained_loaded_and_read(tmp_path: Path) -> None:
    from text.ner.data import Sentence
    from text.ner.guide import guide_features, guide_path, read_guide_sentences
    from text.ner.train import TrainConfig, train_model

    rows = [
        {"text": "浙商银行的叶老桂说", "entities": [[0, 4, "company"], [5, 8, "name"]]},
        {"text": "北京市政府在朝阳区", "entities": [[0, 5, "government"], [6, 9, "address"]]},
        {"text": "王总经理读了《三体》", "entities": [[1, 4, "position"], [6, 10, "book"]]},
    ]
    data = tmp_path / "data"
    data.mkdir()
    with (data / "cluener_train.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows * 5:
            ents = [{"start": a, "end": b, "type": t} for a, b, t in row["entities"]]
            handle.write(json.dumps({"text": row["text"], "entities": ents}) + "\n")
    guided = read_guide_sentences(data / "cluener_train.jsonl")
    assert guided[0].entities == ((0, 4, "og"), (5, 8, "nm"))  # company, government: og
    assert guided[2].entities == ((1, 4, "po"), (6, 10, "wk"))  # book, movie, game: one type

    sentences = [
        Sentence("李鹏在北京会见了日本代表团", ((0, 2, "PER"), (3, 5, "LOC"), (8, 13, "ORG")))
    ]
    out = tmp_path / "m" / "model.crfsuite"
    config = TrainConfig(max_iterations=5, groups=frozenset({"guide"}), use_lexicon=False)
    train_model(sentences * 5, out, config, data_dir=data)
    assert guide_path(out).is_file()
    rec = Recognizer.load(out)
    import pycrfsuite

    guide = pycrfsuite.Tagger()
    guide.open(str(guide_path(out)))
    assert set(guide.labels()) <= {"O", "B-og", "I-og", "B-nm", "I-nm", "B-ad", "I-ad"} | {
        "B-po",
        "I-po",
        "B-wk",
        "I-wk",
    }  # BIO labels of the guide types
    # loads and runs both models: spans of the text, of the recogniser's types
    spans = rec.predict("李鹏在北京会见了日本代表团")
    assert all("李鹏在北京会见了日本代表团"[s.start : s.end] == s.text for s in spans)
    assert {s.type for s in spans} <= {"person", "organization", "place", "park"}
    assert [list(row) for row in guide_features(["B-og", "I-og"])] == [
        ["gd=B-og", "gdl=^", "gdr=I-og", "gdl2=^", "gdr2=$"],
        ["gd=I-og", "gdl=B-og", "gdr=$", "gdl2=^", "gdr2=$"],
    ]
    # Without its guide the model is refused with a clear error; a model trained
    # without the group removes a stale guide beside it.
    guide_path(out).unlink()
    weights_path(guide_path(out)).unlink()
    with pytest.raises(FileNotFoundError, match="guide"):
        Recognizer.load(out)
    guide_path(out).write_bytes(b"stale")
    train_model(
        sentences * 5, out, TrainConfig(max_iterations=5, groups=frozenset(), use_lexicon=False)
    )
    assert not guide_path(out).exists()


def test_organizations_are_trimmed_at_a_copula_and_a_leading_verb() -> None:
    from text.ner.recognizer import _trim_organizations

    def words(*pieces: tuple[str, str]) -> list[tuple[int, str, str]]:
        out, pos = [], 0
        for word, tag in pieces:
            out.append((pos, word, tag))
            pos += len(word)
        return out

    built = words(("建设", "v"), ("京津冀", "ns"), ("国家", "n"), ("高新区", "n"), ("联盟", "j"))
    assert _trim_organizations([(0, 12, "organization")], built) == [(2, 12, "organization")]
    known = words(("建设", "vn"), ("京津冀国家高新区联盟", "nt"))
    assert _trim_organizations([(0, 12, "organization")], known) == [(2, 12, "organization")]
    copula = words(("联泰", "nz"), ("集群", "n"), ("是", "v"), ("国家", "n"), ("中心", "n"))
    assert _trim_organizations([(0, 9, "organization")], copula) == [(5, 9, "organization")]
    # 和 inside a name stays (工业和信息化部), other types are left alone, and a span that
    # does not fall on word edges is kept as it is.
    ministry = words(("工业", "n"), ("和", "c"), ("信息化", "n"), ("部", "n"))
    assert _trim_organizations([(0, 7, "organization")], ministry) == [(0, 7, "organization")]
    assert _trim_organizations([(0, 12, "place")], built) == [(0, 12, "place")]
    assert _trim_organizations([(1, 12, "organization")], built) == [(1, 12, "organization")]
    # Plain nouns after a known organization are cut off (布局 only looks like one: 局),
    # an organization word after it is not (学部).
    plan = words(("燕郊中心", "nt"), ("重点", "n"), ("布局", "n"))
    assert _trim_organizations([(0, 8, "organization")], plan) == [(0, 4, "organization")]
    faculty = words(("中科院", "nt"), ("学部", "n"))
    assert _trim_organizations([(0, 5, "organization")], faculty) == [(0, 5, "organization")]
    # A description before a complete name the segmenter knows is cut off; a place before
    # it is part of the name, and so is a single word.
    described = words(("央企", "j"), ("二级", "b"), ("总部", "n"), ("通用机床有限公司", "nt"))
    assert _trim_organizations([(0, 14, "organization")], described) == [(6, 14, "organization")]
    placed = words(("天津", "ns"), ("二级", "b"), ("总部", "n"), ("通用机床有限公司", "nt"))
    assert _trim_organizations([(0, 14, "organization")], placed) == [(0, 14, "organization")]
    single = words(("国家", "n"), ("统计局", "nt"))
    assert _trim_organizations([(0, 5, "organization")], single) == [(0, 5, "organization")]


def test_known_names_that_tile_one_word_are_found(recognizer: Recognizer) -> None:
    """武清区高村科技创新园 is one word for the segmenter; the place and the park in it
    are found (or the department they head, whole), never CRF pieces across them
    (武清区高村科技创新 + 园企业服务部)."""
    text = "武清区高村科技创新园企业服务部部长张士硕介绍。"
    found = {(s.text, s.type) for s in recognizer.predict(text)}
    assert ("张士硕", "person") in found
    whole = ("武清区高村科技创新园企业服务部", "organization")
    assert whole in found or {("武清区", "place"), ("高村科技创新园", "park")} <= found
    pieces = {name for name, _ in found} - {"张士硕", whole[0], "武清区", "高村科技创新园"}
    assert not pieces


def test_generic_organization_words_are_not_names(recognizer: Recognizer) -> None:
    text = "該創新中心與技术研究院合作，京津冀国家技术创新中心也参加。"
    orgs = [s.text for s in recognizer.predict(text) if s.type == "organization"]
    assert "京津冀国家技术创新中心" in orgs
    assert not {"創新中心", "技术研究院"} & set(orgs)
    zones = "京津冀9家高新区五大类创新资源共享，燕郊高新区也参加。"
    names = {s.text for s in recognizer.predict(zones)}
    assert "燕郊高新区" in names and "高新区" not in names


def _words(*pieces: tuple[str, str], start: int = 0) -> list[tuple[int, str, str]]:
    out, pos = [], start
    for word, tag in pieces:
        out.append((pos, word, tag))
        pos += len(word)
    return out


def test_spans_carry_a_confidence(recognizer: Recognizer) -> None:
    """CRF spans carry the probability of their labels (between 0 and 1, not always 1);
    known names have KNOWN_NAME_CONFIDENCE; predict and predict_many agree on it."""
    from text.ner.recognizer import KNOWN_NAME_CONFIDENCE

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    spans = [s for found in recognizer.predict_many(texts) for s in found]
    assert all(0 < s.confidence <= 1 for s in spans)
    assert any(s.confidence < 0.9 for s in spans) and any(s.confidence > 0.99 for s in spans)
    assert len({s.confidence for s in spans}) > 30  # probabilities, not a few fixed values
    known = {s.confidence for s in spans if fold(s.text) in ("燕郊", "潮白河", "天津大学")}
    assert known == {KNOWN_NAME_CONFIDENCE}
    # 北京 before 地铁22号线 is part of a line's name: doubtful there, sure elsewhere
    assert {s.confidence for s in spans if s.text == "北京"} == {KNOWN_NAME_CONFIDENCE / 2, 1}
    one = recognizer.predict(texts[2])
    assert [s.confidence for s in one] == [s.confidence for s in recognizer.predict_many(texts)[2]]


def test_doubtful_spans_keep_half_their_confidence() -> None:
    """A count inside a span (a description), a transport line right after it (京唐城际
    铁路, also in a list), and two common words alone (国内外|大学) halve a mention's
    confidence; names are left alone."""
    from text.ner.recognizer import DOUBT_FACTOR, _doubts

    text = "国家首个综合类中心"
    words = _words(("国家", "n"), ("首个", "m"), ("综合类", "vn"), ("中心", "n"))
    assert _doubts(text, [(0, 9, "organization")], words, {}) == [DOUBT_FACTOR]
    text = "京唐、京滨城际铁路和京雄高速，京雄两地"
    spans = [(0, 2, "place"), (3, 5, "place"), (10, 12, "place"), (15, 17, "place")]
    assert _doubts(text, spans, [], {}) == [DOUBT_FACTOR] * 3 + [1.0]
    text = "国内外大学和北京大学和人工智能中心和中关村管委会"
    words = _words(
        ("国内外", "s"),
        ("大学", "n"),
        ("和", "c"),
        ("北京", "ns"),
        ("大学", "n"),
        ("和", "c"),
        ("人工智能", "n"),
        ("中心", "n"),
        ("和", "c"),
        ("中关村", "ns"),
        ("管委会", "j"),
    )
    spans = [(0, 5, "organization"), (6, 10, "organization"), (11, 17, "organization")]
    spans.append((18, 24, "organization"))
    assert _doubts(text, spans, words, {}) == [DOUBT_FACTOR, 1.0, DOUBT_FACTOR, 1.0]
    # a known name is never two common words; a place is not an organization
    assert _doubts(text, spans[:1], words, {"国内外大学": "organization"}) == [1.0]
    assert _doubts(text, [(0, 5, "place")], words, {}) == [1.0]


def test_a_one_character_place_inside_a_longer_word_is_doubtful() -> None:
    """巴 of 快巴 (a bus) is a character of a word; 中 and 巴 of 中巴, both places, are two
    places; a place that is a word of its own is left alone."""
    from text.ner.recognizer import DOUBT_FACTOR, _doubts

    text = "定制快巴和中巴走廊和京"
    words = _words(("定制", "v"), ("快巴", "j"), ("和", "c"), ("中巴", "ns"), ("走廊", "n"))
    words += _words(("和", "c"), ("京", "j"), start=len("定制快巴和中巴走廊"))
    spans = [(3, 4, "place"), (5, 6, "place"), (6, 7, "place"), (10, 11, "place")]
    assert _doubts(text, spans, words, {}) == [DOUBT_FACTOR, 1.0, 1.0, 1.0]
    # an organization of one character in a word is left to the other rules
    assert _doubts(text, [(3, 4, "organization")], words, {}) == [1.0]


def test_personal_names_after_a_title_and_repeated_characters() -> None:
    """A surname right after a job title (a blank between allowed) makes a name at least
    TITLED_NAME_CONFIDENCE sure; one character twice (强强联手) is doubtful."""
    from text.ner.recognizer import DOUBT_FACTOR, TITLED_NAME_CONFIDENCE, _person_confidence

    surnames = frozenset({"马", "王", "强", "欧阳"})
    text = "常务 副主任马义民提出"
    assert _person_confidence(text, 6, 9, 0.6, surnames) == TITLED_NAME_CONFIDENCE
    assert _person_confidence(text, 6, 9, 0.97, surnames) == 0.97  # never lowered
    text = "他说马义民提出"  # no title before
    assert _person_confidence(text, 2, 5, 0.6, surnames) == 0.6
    text = "总经理欧阳明说"
    assert _person_confidence(text, 3, 6, 0.5, surnames) == TITLED_NAME_CONFIDENCE
    text = "主任李明说"  # 李 is no surname of this list
    assert _person_confidence(text, 2, 4, 0.5, surnames) == 0.5
    text = "强强联手"
    assert _person_confidence(text, 0, 2, 0.9, surnames) == 0.9 * DOUBT_FACTOR


def test_places_ending_in_an_organization_word_are_organizations() -> None:
    from text.ner.recognizer import _retype_places

    text = "京津冀科技成果交易中心在烟台和天津市"
    spans = [(0, 11, "place"), (12, 14, "place"), (15, 18, "place")]
    assert _retype_places(text, spans, {}) == [
        (0, 11, "organization"),
        (12, 14, "place"),  # 台 alone is no organization word (烟台, 邢台)
        (15, 18, "place"),
    ]
    assert _retype_places(text, spans[:1], {"京津冀科技成果交易中心": "place"}) == spans[:1]


def test_span_rules_for_juxtaposed_and_embedded_names(recognizer: Recognizer) -> None:
    """Two known organizations side by side are two entities; a known name inside a common
    word (科技部|门) is none; plain nouns after a known name are cut off (雄安新区|布局);
    a known name with an organization word after it is confident (石家庄高新区|党工委)."""
    from text.ner.recognizer import COMPOSED_NAME_CONFIDENCE, _composed

    def found(text: str) -> set[tuple[str, str]]:
        return {(s.text, s.type) for s in recognizer.predict(text)}

    pair = found("记者从北京市科委中关村管委会了解到有关情况。")
    assert {("北京市科委", "organization"), ("中关村管委会", "organization")} <= pair
    assert not any(name == "北京市科委中关村管委会" for name, _ in pair)
    assert not found("三地科技部门不断完善协同创新机制。")
    assert ("科技部", "organization") in found("科技部发布通知。")
    assert ("雄安新区", "park") in found("北京积极支持创新资源在雄安新区布局发展。")
    known = recognizer._gazetteer.entries
    assert _composed("石家庄高新区党工委", known) and _composed("北京市委", known)
    assert not _composed("人工智能中心", known) and not _composed("北京国际科创中心", known)
    assert COMPOSED_NAME_CONFIDENCE >= 0.75


def test_names_broken_by_the_layout_are_read_whole(recognizer: Recognizer) -> None:
    """Blanks between two Han characters are the layout of a column (唐山高 新区党工委,
    燕郊 + empty line + 高新区): the name is found across them, with offsets of the
    original text.  A credit's blanks stay (本报记者 张伟), and so does a line break after a
    short line (a byline or a heading is not joined to the text after it)."""
    from text.ner.recognizer import _layout_breaks

    text = "真正打响创新品牌。”唐山高 新区党工委副书记、管委会主任董学忠希望联盟能拓展场景。"
    spans = recognizer.predict(text)
    org = next(s for s in spans if s.type == "organization")
    assert org.text == "唐山高 新区党工委" and text[org.start : org.end] == org.text
    assert ("董学忠", "person") in {(s.text, s.type) for s in spans}
    column = "北京经开区、天津滨海高新区、燕郊\n\n高新区、沧州高新区联合签署合作倡议。"
    assert ("燕郊\n\n高新区", "park") in {(s.text, s.type) for s in recognizer.predict(column)}
    byline = "▶ 本报记者 张伟\n\n习近平总书记强调,要推动京津冀协同发展。"
    assert {"张伟", "习近平"} <= {s.text for s in recognizer.predict(byline)}
    assert _layout_breaks(byline) == []
    ending = "联盟轮值秘书处的接力棒也交到了天津滨海高新区\n手上。"
    park = next(s for s in recognizer.predict(ending) if s.type == "park")
    assert park.text == "天津滨海高新区" and ending[park.start : park.end] == park.text
    assert _layout_breaks("本版漫画 王宇 本版照片 本报资料照片") == []
    assert _layout_breaks("协同创新亮点\n设立平台") == []  # a heading
    assert _layout_breaks("这是一行很长的栏目文字，到这里被排版\n断开了") == [(18, 19)]
    # the mention's name has no blank in it
    from text.entities import extract

    names = {m.name for m in extract(text, recognizer=recognizer)}
    assert "唐山高新区党工委" in names

"""extract(): documents, aliases, bylines, overlaps, gold recall on the seeds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from text.aliases import find_alias_definitions, find_alias_uses, find_aliases
from text.entities import ENTITY_TYPES, Mention, extract, find_documents
from text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seed_gold_rules.json"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str


class FixedRecognizer:
    """Returns the spans it was given: the statistical part made predictable."""

    def __init__(self, text: str, spans: list[tuple[str, str]]) -> None:
        self.spans: list[Span] = []
        for surface, span_type in spans:
            start = text.index(surface)
            self.spans.append(Span(start, start + len(surface), span_type, surface))

    def predict(self, text: str) -> list[Span]:
        return list(self.spans)


def by_type(mentions: list[Mention], span_type: str) -> list[Mention]:
    return [m for m in mentions if m.type == span_type]


# ---------------------------------------------------------------- sentences


def test_split_sentences() -> None:
    text = "第一句。“第二句！”\n\n标题\n  第三句……第四句"
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["第一句。", "“第二句！”", "标题", "第三句……", "第四句"]


# ---------------------------------------------------------------- documents


def test_documents_in_seeds() -> None:
    names = {
        "001": [
            "京津冀重大科研基础设施和大型科研仪器开放共享及科技创新券合作工作机制",
            "京津冀蓝皮书:京津冀发展报告(2022)——数字经济助推区域协同发展",
        ],
        "003": [
            "中关村世界领先科技园区建设方案(2024-2027年)",
            "京津冀G2产业创新走廊合作倡议",
            "京津冀国家高新区联盟数实融合发展宣言",
            "京津冀国家高新区联盟 2024年计划",
        ],
    }
    for prefix, expected in names.items():
        mentions = extract(seed(prefix), recognizer=False)
        docs = by_type(mentions, "document")
        assert [m.name for m in docs] == expected
        assert all(m.text == "《" + m.name + "》" for m in docs)


def test_nested_document_title() -> None:
    text = "印发《关于贯彻〈中华人民共和国科学技术进步法〉的意见》和《A《B》C》。"
    found = [(name, text[s:e]) for s, e, name in find_documents(text)]
    assert found == [
        (
            "关于贯彻〈中华人民共和国科学技术进步法〉的意见",
            "《关于贯彻〈中华人民共和国科学技术进步法〉的意见》",
        ),
        ("A《B》C", "《A《B》C》"),
    ]


def test_document_covers_entities_dates_figures_inside() -> None:
    text = "三地发布《京津冀国家高新区联盟 2024年计划》，北京牵头。"
    rec = FixedRecognizer(text, [("京津冀国家高新区联盟", "organization"), ("北京", "place")])
    mentions = extract(text, recognizer=rec)
    assert [(m.type, m.text) for m in mentions] == [
        ("document", "《京津冀国家高新区联盟 2024年计划》"),
        ("place", "北京"),
    ]


# ---------------------------------------------------------------- aliases


def test_aliases_in_seeds() -> None:
    assert find_aliases(seed("001")) == [("清华电子院", "清华大学天津电子信息研究院")]
    assert find_aliases(seed("002")) == [("中心", "京津冀国家技术创新中心")]
    assert find_aliases(seed("003")) == [("联盟", "京津冀国家高新区联盟")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("京津冀國家技術創新中心（以下簡稱“中心”）成立。", ("中心", "京津冀國家技術創新中心")),
        ("成立京津冀国家高新区联盟（以下简称“联盟”）。", ("联盟", "京津冀国家高新区联盟")),
        ("成立京津冀國家高新區聯盟(以下簡稱「聯盟」)。", ("聯盟", "京津冀國家高新區聯盟")),
        (
            "依托京津冀国家技术创新中心（简称“京津冀中心”）",
            ("京津冀中心", "京津冀国家技术创新中心"),
        ),
        (
            "在清华大学天津电子信息研究院(以下简称清华电子院)",
            ("清华电子院", "清华大学天津电子信息研究院"),
        ),
        ("由市科委主办的京津冀协同创新联盟（下称联盟）", ("联盟", "京津冀协同创新联盟")),
        ("印发“京津冀一体化交通规划”（以下简称“规划”）", ("规划", "京津冀一体化交通规划")),
    ],
)
def test_alias_definitions_synthetic(text: str, expected: tuple[str, str]) -> None:
    assert find_aliases(text) == [expected]


def test_alias_prefers_entity_span() -> None:
    text = "今年成立的北京协同创新研究院（以下简称研究院）发布报告。"
    start = text.index("北京协同创新研究院")
    spans = [(start, start + 9, "organization"), (start, start + 2, "place")]
    (d,) = find_alias_definitions(text, spans)
    assert (d.short, d.full, d.type) == ("研究院", "北京协同创新研究院", "organization")


def test_alias_uses_only_after_definition_and_free_standing() -> None:
    text = (
        "中心在海淀。京津冀国家技术创新中心（以下简称中心）揭牌。"
        "中心主任表示，将推动中心建设，国际科技创新中心辐射带动，京津冀国家技术创新中心再获支持。"
    )
    (d,) = find_alias_definitions(text)
    uses = find_alias_uses(text, d)
    assert [text[s - 2 : e] for s, e in uses] == ["牌。中心", "推动中心"]
    assert all(s > d.end for s, _ in uses)


def test_alias_mentions_in_extract_both_scripts() -> None:
    for text, short, full in [
        (
            "京津冀国家高新区联盟（以下简称“联盟”）成立。一年来，联盟带领三地。",
            "联盟",
            "京津冀国家高新区联盟",
        ),
        (
            "京津冀國家高新區聯盟（以下簡稱“聯盟”）成立。一年來，聯盟帶領三地。",
            "聯盟",
            "京津冀國家高新區聯盟",
        ),
    ]:
        mentions = extract(text, recognizer=False)
        aliases = [m for m in mentions if m.role == "alias"]
        assert [(m.text, m.name, m.type) for m in aliases] == [(short, full, "organization")]
        assert aliases[0].start > text.index("）")
        fulls = [m for m in mentions if m.name == full and m.role is None]
        assert [m.start for m in fulls] == [0]


def test_alias_takes_type_of_full_entity() -> None:
    text = "北京经济技术开发区（以下简称经开区）成立。经开区发展迅速。"
    rec = FixedRecognizer(text, [("北京经济技术开发区", "park")])
    mentions = extract(text, recognizer=rec)
    alias = [m for m in mentions if m.role == "alias"]
    assert [(m.text, m.type, m.name) for m in alias] == [("经开区", "park", "北京经济技术开发区")]


# ---------------------------------------------------------------- bylines


def test_bylines_mark_every_occurrence() -> None:
    text = seed("000")
    mentions = extract(
        text, bylines=[("曹政", "reporter"), ("潘之望", "photographer")], recognizer=False
    )
    reporters = [m for m in mentions if m.role == "reporter"]
    assert len(reporters) == text.count("曹政") == 3
    assert all(m.type == "person" and m.name == "曹政" for m in reporters)
    (photo,) = [m for m in mentions if m.role == "photographer"]
    assert text[photo.start : photo.end + 1] == "潘之望攝"


def test_byline_in_other_script_and_beats_recognizer() -> None:
    text = "本報記者 曹政攝。曹政說。"
    rec = FixedRecognizer(text, [("曹政攝", "person")])
    mentions = extract(text, bylines=[("曹政", "photographer")], recognizer=rec)
    assert [(m.start, m.text, m.role) for m in mentions] == [
        (5, "曹政", "photographer"),
        (9, "曹政", "photographer"),
    ]


# ---------------------------------------------------------------- combination


def test_overlaps_junk_and_order() -> None:
    text = "北京中关村管委会 在 2022年 发布 。张 称，投资5000万元。"
    rec = FixedRecognizer(
        text,
        [
            ("北京中关村管委会 ", "organization"),  # trailing space is stripped
            ("中关村", "place"),  # inside a longer span: dropped
            ("张", "person"),  # one character: dropped
            ("。", "organization"),  # punctuation: dropped
            ("2022", "organization"),  # digits only: dropped
            ("5000万", "organization"),  # crosses the figure, shorter: dropped
        ],
    )
    mentions = extract(text, recognizer=rec)
    assert [(m.type, m.text, m.name) for m in mentions] == [
        ("organization", "北京中关村管委会", "北京中关村管委会"),
        ("date", "2022年", "2022"),
        ("figure", "5000万元", "5000万元"),
    ]
    assert mentions[2].figure is not None and mentions[2].figure.value == 5e7
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.type in ENTITY_TYPES


def test_recogniser_name_has_no_layout_spaces() -> None:
    text = "京津冀国家高新区联 盟成员增至 10 家。"
    rec = FixedRecognizer(text, [("京津冀国家高新区联 盟", "organization")])
    (org, figure) = extract(text, recognizer=rec)
    assert (org.text, org.name) == ("京津冀国家高新区联 盟", "京津冀国家高新区联盟")
    assert (figure.text, figure.figure.value if figure.figure else None) == ("10 家", 10)


def test_known_abbreviation_is_a_mention_of_the_full_name() -> None:
    text = "北航与工信部合作，清華亦參與。"
    rec = FixedRecognizer(
        text, [("北航", "organization"), ("工信部", "organization"), ("清華", "organization")]
    )
    got = [(m.text, m.name, m.role) for m in extract(text, recognizer=rec)]
    assert got == [
        ("北航", "北京航空航天大学", "abbreviation"),
        ("工信部", "工业和信息化部", "abbreviation"),
        ("清華", "清華大學", "abbreviation"),  # a Traditional mention gets the Traditional name
    ]
    # Only organizations are expanded: a place called 清华 keeps its own name.
    (place,) = extract(text, recognizer=FixedRecognizer(text, [("北航", "place")]))
    assert (place.name, place.role) == ("北航", None)


def test_extract_rules_never_overlap_on_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = extract(text, recognizer=False, article_date="2023-08-01")
        assert mentions == sorted(mentions, key=lambda m: (m.start, m.end))
        for a, b in zip(mentions, mentions[1:], strict=False):
            assert a.end <= b.start, (path.name, a, b)
        for m in mentions:
            assert text[m.start : m.end] == m.text


def test_article_date_resolves_relative_dates_in_extract() -> None:
    text = seed("002")
    without = {m.text for m in extract(text, recognizer=False) if m.type == "date"}
    with_date = [m for m in extract(text, recognizer=False, article_date="2023-07-21")]
    assert "7月20日" not in without
    assert [m.name for m in with_date if m.text == "7月20日"] == ["2023-07-20", "2023-07-20"]
    assert [m.name for m in with_date if m.text == "今年5月"] == ["2023-05"]


# ---------------------------------------------------------------- gold


def _score(span_type: str) -> tuple[float, float, list[str]]:
    gold = [g for g in json.loads(GOLD.read_text(encoding="utf-8")) if g["type"] == span_type]
    expected = {(g["article"], g["start"], g["end"]): g for g in gold}
    predicted: dict[tuple[str, int, int], Mention] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in extract(text, recognizer=False):
            if m.type == span_type:
                predicted[(path.name, m.start, m.end)] = m
    problems: list[str] = []
    correct = 0
    for key, g in expected.items():
        m = predicted.get(key)
        if m is None:
            problems.append(f"missed {g['article'][:3]} {g['text']}")
            continue
        if span_type == "figure":
            assert m.figure is not None
            ok = m.figure.unit == g["unit"] and m.figure.value == pytest.approx(g["value"])
        elif span_type == "date":
            ok = m.name == g["iso"]
        else:
            ok = m.text == g["text"]
        if ok:
            correct += 1
        else:
            problems.append(f"wrong {g['article'][:3]} {g['text']}: {m.name} {m.figure}")
    for key, m in predicted.items():
        if key not in expected:
            problems.append(f"extra {key[0][:3]} {m.text}")
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(expected)
    return precision, recall, problems


@pytest.mark.parametrize("span_type", ["document", "figure", "date"])
def test_gold_recall(span_type: str) -> None:
    precision, recall, problems = _score(span_type)
    message = f"{span_type}: precision {precision:.3f} recall {recall:.3f}; " + "; ".join(
        problems[:20]
    )
    assert recall >= 0.9, message
    assert precision >= 0.9, message


def test_gold_file_offsets_match_seeds() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for g in gold:
        assert texts[g["article"]][g["start"] : g["end"]] == g["text"], g
    assert {"139项", "1800亿元"} <= {g["text"] for g in gold if g["type"] == "figure"}


# ---------------------------------------------------------------- with the recogniser


def test_extract_with_default_recognizer() -> None:
    text = seed("002")
    mentions = extract(text, article_date="2023-07-21")
    types = {m.type for m in mentions}
    assert {"figure", "date"} <= types
    assert types & {"person", "organization", "place", "park"}
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start
    for m in mentions:
        if m.type in ("person", "organization"):
            assert len(m.text) >= 2
    assert any(m.role == "alias" and m.name == "京津冀国家技术创新中心" for m in mentions)

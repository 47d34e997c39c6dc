"""Figures: number parsing, normalisation, qualifiers, subjects, and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from text.figures import Figure, find_figures, parse_number

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def only(text: str) -> tuple[str, Figure]:
    found = find_figures(text)
    assert len(found) == 1, [(text[s:e], f) for s, e, f in found]
    start, end, figure = found[0]
    return text[start:end], figure


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1200", 1200),
        ("1,200", 1200),
        ("3949.1", 3949.1),
        ("１２３４", 1234),
        ("１，２００．５", 1200.5),
        ("三千五百", 3500),
        ("两万", 20000),
        ("兩萬", 20000),
        ("一百二十三", 123),
        ("十二", 12),
        ("二十", 20),
        ("十", 10),
        ("一千零五", 1005),
        ("三千五", 3500),
        ("两万五", 25000),
        ("二十五点五", 25.5),
        ("1.2万", 12000),
        ("3亿5千万", 350_000_000),
        ("83.1亿", 8_310_000_000),
        ("2万亿", 2e12),
        ("二〇二三", 2023),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "abc", "1.2.3", "三x", "元"])
def test_parse_number_rejects_non_numbers(written: str) -> None:
    assert parse_number(written) is None


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("年销售收入约110亿元。", "110亿元", 1.1e10, "元"),
        ("投资5000万元推动建设。", "5000万元", 5e7, "元"),
        ("规模预计达到1.2亿元。", "1.2亿元", 1.2e8, "元"),
        ("年均增速达到22.64%。", "22.64%", 22.64, "%"),
        ("增速为２２．６４％。", "２２．６４％", 22.64, "%"),
        ("大型仪器达到2425台套。", "2425台套", 2425, "台套"),
        ("已有139项成果实现转化。", "139项", 139, "项"),
        ("引进三千余家企业。", "三千余家", 3000, "家"),
        ("占比百分之二十。", "百分之二十", 20, "%"),
        ("落地20余个项目。", "20余个", 20, "个"),
        ("带动1.5万人就业。", "1.5万人", 15000, "人"),
        ("面积4000多平方米。", "4000多平方米", 4000, "平方米"),
        ("总值突破10萬億元。", "10萬億元", 1e13, "元"),
        ("2020年营业收入1个亿。", "1个亿", 1e8, "元"),
        ("总投资 111.555 亿元。", "111.555 亿元", 1.11555e10, "元"),
        ("土地两万亩。", "两万亩", 20000, "亩"),
        ("总量1,200吨。", "1,200吨", 1200, "吨"),
        ("规模以上100家企业。", "100家", 100, "家"),
    ],
)
def test_figure_normalisation(text: str, span: str, value: float, unit: str) -> None:
    written, figure = only(text)
    assert written == span
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "2023年是关键之年。",
        "第一家落地燕郊的企业。",
        "第二届会员大会召开。",
        "已经走了3年。",
        "用40分钟抵达,两个月后开工。",
        "唯一一个跨省级的综合保税区。",
        "数千家企业在雄安注册。",
        "带动上万人就业。",
        "京津冀协同创新指数从100增长到417.27。",
        "9周年特别报道",
        "北京地铁22号线",
        "这是一家公司。",
    ],
)
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("总估值约1800亿元。", "约"),
        ("总投资超过400亿元。", "超过"),
        ("累计已超2100亿元。", "超"),
        ("共挖掘项目近120个。", "近"),
        ("设立分支机构9500余家。", "余"),
        ("有400多位员工。", "多"),
        ("承载80家左右的企业。", "左右"),
        ("纳税1.2亿元以上。", "以上"),
        ("收入逾300万元。", "逾"),
        ("促进京津冀项目签约34项。", None),
        ("立项支持20项。", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert only(text)[1].qualifier == qualifier


def test_traditional_qualifier_is_simplified() -> None:
    assert only("總投資超過400億元。")[1].qualifier == "超过"


def test_subjects() -> None:
    found = {
        text_: f.subject
        for text_, f in (
            (t[s:e], f) for t in ["立项支持20项，支持经费1200万元。"] for s, e, f in find_figures(t)
        )
    }
    assert found == {"20项": None, "1200万元": "经费"}
    assert only("营业收入超过1800亿元。")[1].subject == "营业收入"
    assert only("全市制造业贷款余额3160亿元。")[1].subject == "全市制造业贷款余额"
    assert only("2022年,京津冀地区生产总值突破10万亿元。")[1].subject == "京津冀地区生产总值"
    assert only("培育硬科技企业105家。")[1].subject == "硬科技企业"
    assert only("年均增速達到22.64%。")[1].subject == "年均增速"
    assert only("同比增长16.6%。")[1].subject is None
    # Nothing before it in the clause: the noun right after a count.
    assert only("目前,已有139项成果实现转化。")[1].subject == "成果"
    # ... past an approximation and 的 (not the qualifier itself)
    assert only("2025年建成后可以承载80家左右的初创企业。")[1].subject == "初创企业"
    assert only("吸引了200家以上的企業入駐。")[1].subject == "企業"


def test_figure_sentence() -> None:
    text = "第一句话。目前，已有139项成果实现转化！第三句。"
    _, figure = only(text)
    assert figure.sentence == "目前，已有139项成果实现转化！"


def test_seed_figures_139_and_1800() -> None:
    text = seed("002")
    by_text: dict[str, list[Figure]] = {}
    for start, end, figure in find_figures(text):
        by_text.setdefault(text[start:end], []).append(figure)
    assert len(by_text["139项"]) == 2
    assert all(f.value == 139 and f.unit == "项" for f in by_text["139项"])
    (total,) = by_text["1800亿元"]
    assert total.value == 1.8e11 and total.unit == "元"
    assert total.qualifier == "约"
    assert total.subject == "总估值"


def test_seed_traditional_figures() -> None:
    text = seed("000")
    found = {text[s:e]: f for s, e, f in find_figures(text)}
    assert found["5000萬元"].value == 5e7
    assert found["21萬平方公裡"].unit == "平方公里"
    assert found["21萬平方公裡"].value == 2.1e5
    assert found["4個多億"].value == 4e8 and found["4個多億"].qualifier == "多"

"""The name rules of text/resolve.py: which names are one entity, and which are not."""

from __future__ import annotations

import pytest

from text.resolve import (
    PROVINCES,
    NameUse,
    canonical_key,
    local_referents,
    zone_place_key,
)


@pytest.mark.parametrize(
    ("type_", "names", "key"),
    [
        ("place", ["北京", "北京市", "京"], "北京"),
        ("place", ["上海", "上海市", "沪"], "上海"),
        ("place", ["广东", "广东省", "粤"], "广东"),
        ("place", ["河北", "河北省", "冀"], "河北"),
        ("place", ["广西", "广西壮族自治区", "桂"], "广西"),
        ("place", ["宝坻", "宝坻区"], "宝坻"),
        ("place", ["天津", "津门", "津沽", "天津市"], "天津"),
        ("place", ["北京", "京城"], "北京"),
        ("organization", ["华为", "华为公司", "华为技术有限公司"], "华为"),
        ("organization", ["眼神科技", "眼神科技公司"], "眼神"),
        ("organization", ["有研稀土", "有研稀土公司", "有研稀土高技术公司"], "有研稀土"),
        ("organization", ["国家发改委", "国家发展和改革委员会"], "国家发展和改革委员会"),
        ("organization", ["北京市发改委", "北京市发展和改革委员会"], "北京发展和改革委员会"),
        ("organization", ["工信部规划司", "工业和信息化部规划司"], "工业和信息化部规划司"),
        ("organization", ["工信部", "工业和信息化部"], "工业和信息化部"),
        ("organization", ["北航", "北京航空航天大学"], "北京航空航天大学"),
        ("park", ["燕郊高新区", "燕郊高新技术产业开发区", "燕郊国家高新区"], "燕郊高新区"),
        ("park", ["滨海高新区", "天津滨海高新区"], "滨海高新区"),
        (
            "park",
            ["滨海—中关村", "天津滨海—中关村科技园", "滨海—中关村科技园区"],
            "滨海—中关村科技园",
        ),
    ],
)
def test_names_of_one_thing_share_a_key(type_: str, names: list[str], key: str) -> None:
    assert {canonical_key(type_, n) for n in names} == {key}


@pytest.mark.parametrize(
    ("type_", "a", "b"),
    [
        ("place", "京津冀", "北京"),  # a region, not Beijing
        ("place", "京津", "北京"),
        ("place", "吉林市", "吉林"),  # the city, not the province
        ("place", "津市", "天津"),  # a city in Hunan: one character is no stem
        ("place", "北京城市副中心", "北京"),
        ("place", "滨海新区", "滨海"),  # a zone keeps its zone word
        ("organization", "北京英创汇智科技有限公司", "天津英创汇智汽车技术有限公司"),
        ("organization", "中国电信天津分公司", "中国电信"),  # a branch is not the company
        ("organization", "天津公司", "天津"),  # no stem that is a place name
        ("organization", "发改委", "国家发展和改革委员会"),  # level unknown without the article
        ("organization", "北京市发改委", "国家发改委"),
        ("organization", "市发改委", "北京市发改委"),  # which city: the article tells
        ("organization", "北大荒集团", "北京大学荒集团"),  # 北大 heads no other name
        ("organization", "中心", "公司"),
        ("park", "北京经开区", "经开区"),  # a bare zone word is no name
    ],
)
def test_different_things_keep_different_keys(type_: str, a: str, b: str) -> None:
    assert canonical_key(type_, a) != canonical_key(type_, b)


@pytest.mark.parametrize("name", ["发改委", "市发改委", "省科委", "中心", "天津公司", "吉林市"])
def test_names_no_rule_can_place_keep_their_own_key(name: str) -> None:
    # a body without its place, a bare word, a place-named company, a city named as a
    # province: whatever they stand for, the article must tell
    assert canonical_key("organization" if "吉林" not in name else "place", name) == name


def test_every_province_abbreviation_is_its_province_or_left_to_the_article() -> None:
    assert len(PROVINCES) == 34
    for name, abbrs in PROVINCES.items():
        assert canonical_key("place", name) == name
        for abbr in abbrs:
            assert canonical_key("place", abbr) in (name, abbr)
    assert canonical_key("place", "粤") == "广东"
    assert canonical_key("place", "云") == "云"  # also "cloud": the article must say 云南


def test_rules_are_per_type() -> None:
    # 北京大学 is no place and 中国共产党 no name of 中国: the rules never cross types
    assert canonical_key("organization", "北京大学") == "北京大学"
    assert canonical_key("organization", "中国共产党") == "中国共产党"
    assert canonical_key("person", "京") == "京"


def _uses(*items: tuple[str, str, int]) -> list[NameUse]:
    return [NameUse(t, k, s) for t, k, s in items]


def test_a_short_company_name_stands_for_the_registered_name_in_its_article() -> None:
    uses = _uses(
        ("organization", "天津中科谱光信息技术有限公司", 0),
        ("organization", "中科谱光", 40),
        ("organization", "博宇(天津)半导体材料有限公司", 60),
        ("organization", "博宇半导体", 90),
    )
    assert local_referents(uses) == [
        None,
        "天津中科谱光信息技术有限公司",
        None,
        "博宇(天津)半导体材料有限公司",
    ]


def test_a_unit_short_name_stands_for_its_full_name_but_a_parent_does_not() -> None:
    uses = _uses(
        ("organization", "京津冀国家技术创新中心燕郊中心", 0),
        ("organization", "燕郊中心", 30),
        ("organization", "工信部规划司", 50),
        ("organization", "工信部", 70),  # the ministry, not its department
        ("organization", "中心", 80),  # a generic word stands for nothing
        ("place", "燕郊", 90),
    )
    assert local_referents(uses) == [None, "京津冀国家技术创新中心燕郊中心", None, None, None, None]
    # a branch contains its company's name, and is not its full name
    uses = _uses(("organization", "中国电信天津分公司", 0), ("organization", "中国电信", 20))
    assert local_referents(uses) == [None, None]


def test_only_organizations_stand_for_organizations() -> None:
    # the founder is not his company, the city of the company is not the company
    uses = _uses(
        ("organization", "王浩科技有限公司", 0),
        ("person", "王浩", 10),
        ("place", "天津", 20),
        ("organization", "天津中科谱光信息技术有限公司", 30),
    )
    assert local_referents(uses) == [None, None, None, None]
    # a place name typed as an organization (天津 for its government) is no short name
    uses = _uses(("organization", "天津中科谱光信息技术有限公司", 0), ("organization", "天津", 30))
    assert local_referents(uses) == [None, None]


def test_the_nearest_earlier_name_wins_and_none_when_all_come_later() -> None:
    uses = _uses(
        ("organization", "天津中心", 0),  # before both longer names: ambiguous, left alone
        ("organization", "京津冀国家技术创新中心天津中心", 10),
        ("organization", "天津中心", 30),
        ("organization", "清华大学天津中心", 40),
        ("organization", "天津中心", 60),
    )
    assert local_referents(uses) == [
        None,
        None,
        "京津冀国家技术创新中心天津中心",
        None,
        "清华大学天津中心",
    ]


def test_a_tail_must_follow_a_parent_name_not_cut_a_word() -> None:
    # the recogniser cut 唐山高 新区党工委 at a line break: 新区党工委 is no short name
    uses = _uses(("organization", "石家庄高新区党工委", 0), ("organization", "新区党工委", 20))
    assert local_referents(uses) == [None, None]
    # 国家超算 is no body of which 天津中心 would be a unit
    uses = _uses(("organization", "国家超算天津中心", 0), ("organization", "天津中心", 20))
    assert local_referents(uses) == [None, None]


def test_names_the_text_joins_as_two_things_stay_apart() -> None:
    text = "天津中科谱光信息技术有限公司与中科谱光合作。中科谱光表示。"
    long_end = text.index("与")
    uses = [
        NameUse("organization", "天津中科谱光信息技术有限公司", 0, end=long_end),
        NameUse("organization", "中科谱光", long_end + 1, end=long_end + 5),
        NameUse("organization", "中科谱光", 22, end=26),
    ]
    assert local_referents(uses, text) == [None, None, None]
    # without that sentence the short name stands for the company
    assert local_referents(uses[:1] + uses[2:], text) == [None, "天津中科谱光信息技术有限公司"]


def test_a_bare_body_takes_the_level_its_article_gives() -> None:
    national = _uses(("organization", "国家发改委", 0), ("organization", "发改委", 20))
    assert local_referents(national) == [None, "国家发改委"]
    city = _uses(("organization", "北京市发展和改革委员会", 0), ("organization", "发改委", 20))
    assert local_referents(city) == [None, "北京市发展和改革委员会"]
    assert local_referents(_uses(("organization", "发改委", 0))) == [None]
    city = _uses(("organization", "天津市发改委", 0), ("organization", "市发改委", 20))
    assert local_referents(city) == [None, "天津市发改委"]


def test_an_ambiguous_abbreviation_needs_its_province_in_the_article() -> None:
    assert local_referents(_uses(("place", "云", 5))) == [None]
    assert local_referents(_uses(("place", "云南", 0), ("place", "云", 5))) == [None, "云南"]


def test_settled_uses_are_left_alone_but_are_names_for_others() -> None:
    uses = [
        NameUse("organization", "京津冀国家技术创新中心燕郊中心", 0),
        NameUse("organization", "燕郊中心", 30, local=True),
    ]
    assert local_referents(uses) == [None, None]
    # 国家发改委 written out by the gazetteer is settled, and still gives 发改委 its level
    uses = [
        NameUse("organization", "国家发展和改革委员会", 0, local=True),
        NameUse("organization", "发改委", 30),
    ]
    assert local_referents(uses) == [None, "国家发展和改革委员会"]


def test_a_zone_is_named_after_a_place() -> None:
    assert zone_place_key("浦东新区") == "浦东"
    assert zone_place_key("雄安新区") == "雄安"
    assert zone_place_key("天津滨海高新区") == "滨海"
    assert zone_place_key("北京经开区") == "北京"
    assert zone_place_key("中关村") is None
    assert zone_place_key("高新区") is None


@pytest.mark.parametrize(
    ("type_", "name", "key"),
    [
        ("place", "滨海新区", "滨海新区"),  # 新区 is a zone word, not a district's 区
        ("place", "海淀区", "海淀"),
        ("place", "唐山市", "唐山"),  # 山 before 市 is no zone word
        ("place", "大厂县", "大厂"),
        ("place", "广西自治区", "广西"),  # the short form of 广西壮族自治区
        ("place", "新疆自治区", "新疆"),
        ("organization", "北师大附中", "北京师范大学附中"),  # an abbreviation heads a unit
        ("organization", "哈工大人", "哈工大人"),  # but not a single character after it
        ("organization", "博宇(天津)半导体材料有限公司", "博宇半导体材料"),
        ("organization", "雄安新区发改委", "雄安新区发展和改革委员会"),  # a level that is no place
        ("park", "高新技术产业开发区", "高新技术产业开发区"),  # a bare zone word names no park
    ],
)
def test_the_key_a_name_is_filed_under(type_: str, name: str, key: str) -> None:
    assert canonical_key(type_, name) == key


def test_a_two_character_short_name_and_a_company_in_preparation() -> None:
    uses = _uses(
        ("organization", "博宇(天津)半导体材料有限公司", 0),
        ("organization", "博宇", 40),
        ("organization", "天津中科谱光信息技术有限公司(筹)", 60),
        ("organization", "中科谱光", 90),
    )
    assert local_referents(uses) == [
        None,
        "博宇(天津)半导体材料有限公司",
        None,
        "天津中科谱光信息技术有限公司(筹)",
    ]


def test_a_short_name_after_a_generic_word_or_a_place_is_still_resolved() -> None:
    uses = _uses(
        ("organization", "京津冀国家技术创新中心燕郊中心", 0),
        ("organization", "中心", 20),
        ("organization", "天津", 25),
        ("organization", "燕郊中心", 30),
    )
    assert local_referents(uses) == [None, None, None, "京津冀国家技术创新中心燕郊中心"]


def test_two_names_of_one_company_give_its_short_name_one_referent() -> None:
    uses = _uses(
        ("organization", "天津中科谱光信息技术有限公司", 0),
        ("organization", "天津中科谱光有限公司", 20),
        ("organization", "中科谱光", 40),
    )
    assert local_referents(uses) == [None, None, "天津中科谱光有限公司"]


def test_the_nearest_earlier_name_wins_also_at_the_start_and_when_written_again_later() -> None:
    a, b = "京津冀国家技术创新中心天津中心", "清华大学天津中心"
    first = _uses(("organization", a, 0), ("organization", "天津中心", 30), ("organization", b, 50))
    assert local_referents(first) == [None, a, None]
    again = _uses(
        ("organization", a, 0),
        ("organization", b, 10),
        ("organization", "天津中心", 30),
        ("organization", b, 50),
    )
    assert local_referents(again) == [None, None, b, None]


def test_a_name_said_apart_from_one_company_can_stand_for_another() -> None:
    text = "天津中科谱光信息技术有限公司与中科谱光合作，中科谱光光电有限公司供货。"
    long_end = text.index("与")
    other = text.index("中科谱光光电")
    uses = [
        NameUse("organization", "天津中科谱光信息技术有限公司", 0, end=long_end),
        NameUse("organization", "中科谱光", long_end + 1, end=long_end + 5),
        NameUse("organization", "中科谱光光电有限公司", other, end=other + 10),
    ]
    assert local_referents(uses, text) == [None, "中科谱光光电有限公司", None]

"""One entity per real thing, in real libraries: the name rules applied when mentions are
stored, what they must not merge, and curation winning over them (also after re-extraction).

Articles are written to a temporary folder and imported; a recogniser that finds the names
of a fixed list stands in for the statistical one, so each case controls what is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from db import curation
from db.articles import get_article
from db.entities import (
    article_mentions,
    entity_articles,
    find_entity,
    get_entity,
    list_entities,
    zone_links,
)
from db.extraction import extract_library, reextract
from db.importer import import_paths
from db.library import Library
from tests.helpers import seed_library


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


class ListRecognizer:
    """Finds every occurrence of the names it was given, longest first, never overlapping."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def predict(self, text: str) -> list[Span]:
        taken = bytearray(len(text))
        spans: list[Span] = []
        for name in sorted(self.names, key=len, reverse=True):
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                if not any(taken[pos:end]):
                    taken[pos:end] = b"\x01" * len(name)
                    spans.append(Span(pos, end, self.names[name]))
                pos = text.find(name, end)
        return sorted(spans, key=lambda s: s.start)


P, O, K = "place", "organization", "park"  # noqa: E741
NAMES = {
    "北京": P,
    "北京市": P,
    "京": P,
    "京津冀": P,
    "天津": P,
    "津门": P,
    "廣東省": P,
    "粵": P,
    "浦东": P,
    "浦东新区": K,
    "中国": P,
    "北京大学": O,
    "中国共产党": O,
    "华为": O,
    "华为公司": O,
    "华为技术有限公司": O,
    "天津中科谱光信息技术有限公司": O,
    "中科谱光": O,
    "工信部规划司": O,
    "工信部": O,
    "京津冀国家技术创新中心": O,
    "人工智能中心": O,
    "中心": O,
    "国家发改委": O,
    "北京市发改委": O,
    "发改委": O,
}

ARTICLES = {
    "a_places.txt": "京津冀三地合作\n\n北京市与津门企业签约，天津方面表示欢迎。在北京，京、津两地企业对接。\n"
    "北京大学的专家说，京津冀协同还要深入。\n",
    "b_traditional.txt": "廣東消息\n\n廣東省與粵港兩地合作，中国共产党和中国都提到。\n",
    "c_company.txt": "华为发布\n\n华为技术有限公司今天发布新品。华为公司表示，华为将继续投入。\n"
    "天津中科谱光信息技术有限公司也参加。中科谱光的产品受关注。\n"
    "工信部规划司出席。工信部表示支持。\n",
    "d_elsewhere.txt": "另一篇\n\n中科谱光在别处被提到。人工智能中心揭牌，中心主任讲话。\n",
    "e_center.txt": "成立消息\n\n京津冀国家技术创新中心(以下简称中心)成立。中心将推动合作。\n",
    "f_national.txt": "国家发改委\n\n国家发改委发布通知。发改委表示将推进。\n",
    "g_city.txt": "北京市发改委\n\n北京市发改委召开会议。发改委相关负责人说。\n",
    "h_bare.txt": "发改委\n\n发改委一词在这里没有层级。\n",
    "j_apart.txt": "签约消息\n\n天津中科谱光信息技术有限公司与中科谱光签约。中科谱光表示满意。\n",
    "i_zone.txt": "浦东\n\n浦东新区位于浦东，浦东新区的企业很多。\n",
}


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library.open(tmp_path / "lib.duizhao")
    assert len(import_paths(lib, [folder]).added) == len(ARTICLES)
    extract_library(lib, recognizer=ListRecognizer(NAMES))
    yield lib
    lib.close()


def _article(lib: Library, title: str) -> int:
    return lib.conn.execute("SELECT id FROM articles WHERE title = ?", (title,)).fetchone()[0]


def _entity(lib: Library, name: str, type_: str):  # noqa: ANN202
    found = find_entity(lib, name, type_)
    assert found is not None, name
    return found


def test_suffixes_and_abbreviations_make_one_place_named_by_its_fullest_name(lib: Library) -> None:
    beijing = _entity(lib, "北京", P)
    assert beijing.name == "北京市"
    assert {"北京", "京"} <= set(beijing.aliases)
    assert _entity(lib, "北京市", P) == _entity(lib, "京", P) == beijing
    places = [e.name_hans for e in list_entities(lib, P)]
    assert places.count("北京市") == 1 and "北京" not in places and "京" not in places
    # 廣東省 and 粵 written in Traditional: one place, found by either script
    # 津门 is Tianjin; the entity goes by its own name, not the nickname
    tianjin = _entity(lib, "津门", P)
    assert tianjin.name == "天津" and "津门" in tianjin.aliases
    guangdong = _entity(lib, "广东", P)
    assert guangdong == _entity(lib, "粤", P) == _entity(lib, "廣東省", P)
    assert guangdong.name == "廣東省" and "粵" in guangdong.aliases


def test_regions_and_other_types_are_not_merged(lib: Library) -> None:
    beijing = _entity(lib, "北京", P)
    region = _entity(lib, "京津冀", P)
    assert region.id != beijing.id and region.name == "京津冀"
    # 京 inside 京津冀 is no mention of Beijing: only the two standalone uses count
    aid = _article(lib, "京津冀三地合作")
    text = get_article(lib, aid).text
    mine = [m for m in article_mentions(lib, aid) if m.entity_id == beijing.id]
    assert sorted(m.text for m in mine) == ["京", "北京", "北京市"]
    for m in article_mentions(lib, aid):
        assert text[m.start : m.end] == m.text  # offsets stay exact
    assert _entity(lib, "北京大学", O).type == O
    assert _entity(lib, "中国共产党", O).id != _entity(lib, "中国", P).id
    assert "中国共产党" not in _entity(lib, "中国", P).aliases


def test_company_names_are_one_entity(lib: Library) -> None:
    huawei = _entity(lib, "华为", O)
    assert huawei.name == "华为技术有限公司"
    assert {"华为", "华为公司"} <= set(huawei.aliases)
    assert huawei.mentions == 4  # the title's 华为 and three in the text
    assert _entity(lib, "华为公司", O) == huawei
    # a form the library never wrote finds it by the rules
    assert _entity(lib, "华为技术公司", O) == huawei


def test_a_short_name_stands_for_the_longer_one_in_its_own_article_only(lib: Library) -> None:
    full = _entity(lib, "天津中科谱光信息技术有限公司", O)
    here = _article(lib, "华为发布")
    short = [m for m in article_mentions(lib, here) if m.text == "中科谱光"]
    assert short and all(m.entity_id == full.id for m in short)
    # in another article 中科谱光 stands for itself, and it is no global alias
    elsewhere = _article(lib, "另一篇")
    (other,) = [m for m in article_mentions(lib, elsewhere) if m.text == "中科谱光"]
    assert other.entity_id != full.id
    assert "中科谱光" not in full.aliases
    # an article that joins the two as partners says they are two things
    apart = _article(lib, "签约消息")
    uses = [m for m in article_mentions(lib, apart) if m.text == "中科谱光"]
    assert len(uses) == 2 and all(m.entity_id == other.entity_id for m in uses)
    # a parent body is not its department
    assert _entity(lib, "工信部", O).id != _entity(lib, "工信部规划司", O).id


def test_a_defined_short_form_never_becomes_a_global_alias(lib: Library) -> None:
    center = _entity(lib, "京津冀国家技术创新中心", O)
    assert "中心" not in center.aliases
    aid = _article(lib, "成立消息")
    uses = [m for m in article_mentions(lib, aid) if m.text == "中心" and m.role == "alias"]
    assert uses and all(m.entity_id == center.id for m in uses)
    # the 中心 of another article is not the innovation centre
    elsewhere = _article(lib, "另一篇")
    (other,) = [m for m in article_mentions(lib, elsewhere) if m.text == "中心"]
    assert other.entity_id != center.id
    assert find_entity(lib, "中心", O).id == other.entity_id


def test_a_bare_body_takes_its_level_from_the_article(lib: Library) -> None:
    national = _entity(lib, "国家发改委", O)
    city = _entity(lib, "北京市发改委", O)
    assert national.id != city.id
    for title, entity in (("国家发改委", national), ("北京市发改委", city)):
        aid = _article(lib, title)
        bare = [m for m in article_mentions(lib, aid) if m.text == "发改委"]
        assert bare and all(m.entity_id == entity.id for m in bare)
    alone = article_mentions(lib, _article(lib, "发改委"))
    assert alone and all(m.entity_id not in (national.id, city.id) for m in alone)
    # the full name of the level finds the entity too
    assert find_entity(lib, "国家发展和改革委员会", O) == national


def test_a_zone_and_its_place_stay_two_entities_and_are_linked(lib: Library) -> None:
    zone = _entity(lib, "浦东新区", K)
    place = _entity(lib, "浦东", P)
    assert zone.id != place.id and zone.type == K
    links = zone_links(lib)
    assert links[zone.id] == [place.id] and links[place.id] == [zone.id]
    assert _entity(lib, "北京", P).id not in links


def test_curation_wins_over_the_rules_and_survives_extraction(lib: Library) -> None:
    rec = ListRecognizer(NAMES)
    beijing = _entity(lib, "北京", P)
    full = _entity(lib, "天津中科谱光信息技术有限公司", O)
    curation.split(lib, beijing.id, "京")
    curation.split(lib, full.id, "中科谱光")
    jing = _entity(lib, "京", P)
    curation.rename(lib, jing.id, "京（简称）")
    huawei = _entity(lib, "华为", O)
    curation.rename(lib, huawei.id, "华为")

    def check() -> None:
        now = _entity(lib, "北京", P)
        assert now.id == beijing.id and "京" not in now.aliases
        assert now.mentions == beijing.mentions - 1
        alone = _entity(lib, "京", P)
        assert alone.id != beijing.id and alone.name == "京（简称）"
        here = _article(lib, "华为发布")
        short = [m for m in article_mentions(lib, here) if m.text == "中科谱光"]
        assert short and all(m.entity_id != full.id for m in short)
        assert get_entity(lib, huawei.id).name == "华为"

    check()
    extract_library(
        lib, [r[0] for r in lib.conn.execute("SELECT id FROM articles")], recognizer=rec
    )
    check()
    # undo brings the automatic rule back: 京 is Beijing again
    while curation.undo(lib) is not None:
        pass
    assert _entity(lib, "京", P).id == beijing.id
    assert get_entity(lib, huawei.id).name == "华为技术有限公司"


def test_a_user_merge_keeps_the_target_name(lib: Library) -> None:
    # 津门 is Tianjin; the entity goes by its own name, not the nickname
    tianjin = _entity(lib, "津门", P)
    assert tianjin.name == "天津" and "津门" in tianjin.aliases
    guangdong = _entity(lib, "广东", P)
    beijing = _entity(lib, "北京", P)
    curation.merge(lib, guangdong.id, beijing.id)
    merged = get_entity(lib, beijing.id)
    assert merged.name == "北京市" and "廣東省" in merged.aliases
    assert find_entity(lib, "粤", P) == merged


def test_split_refuses_names_the_entity_does_not_hold(lib: Library) -> None:
    beijing = _entity(lib, "北京", P)
    with pytest.raises(curation.CurationError):
        curation.split(lib, beijing.id, "北京")  # its own name
    with pytest.raises(curation.CurationError):
        curation.split(lib, beijing.id, "上海")


def test_an_edit_made_before_the_rules_keeps_its_name_apart(lib: Library) -> None:
    # A log entry that names 北京市 as an entity of its own (written before 北京市 and
    # 北京 were one) still describes that name: the rules do not fold it away.
    with lib.transaction() as conn:
        conn.execute(
            "INSERT INTO curation (op, type, key, arg, label, created_at)"
            " VALUES ('rename', 'place', '北京市', '北京市（旧）', 'rename', '2024-01-01')"
        )
    extract_library(
        lib,
        [r[0] for r in lib.conn.execute("SELECT id FROM articles")],
        recognizer=ListRecognizer(NAMES),
    )
    city = _entity(lib, "北京市", P)
    assert city.name == "北京市（旧）"
    beijing = _entity(lib, "京", P)
    assert beijing.id != city.id and beijing.name == "北京"


@pytest.fixture()
def seeds(tmp_path: Path) -> Library:
    lib = seed_library(tmp_path)
    extract_library(lib)
    yield lib
    lib.close()


def test_seed_duplicates_are_gone_and_curation_survives_reextract(seeds: Library) -> None:
    names = [e.name_hans for e in list_entities(seeds, P)]
    assert "北京市" in names and "北京" not in names and "京" not in names
    assert "天津市" in names and "天津" not in names
    orgs = [e.name_hans for e in list_entities(seeds, O)]
    assert "眼神科技公司" in orgs and "眼神科技" not in orgs
    beijing = _entity(seeds, "北京", P)
    tianjin = _entity(seeds, "天津", P)
    curation.split(seeds, beijing.id, "京")
    curation.rename(seeds, tianjin.id, "天津")
    reextract(seeds)
    assert _entity(seeds, "京", P).id != beijing.id
    assert get_entity(seeds, tianjin.id).name == "天津"
    assert "京" not in get_entity(seeds, beijing.id).aliases
    assert entity_articles(seeds, [beijing.id])


def test_a_bare_one_character_place_is_uncertain_and_a_resolved_one_is_not(
    tmp_path: Path,
) -> None:
    """云 of 云计算, in an article that never names 云南, and 新 of 新业态 stay one
    character: uncertain (one click away in the tree). 云 where the article names 云南
    and 京 alone are their provinces, and listed."""
    from db.entities import list_entities

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("云计算\n\n云计算和新业态在京发展。\n", encoding="utf-8")
    (folder / "b.txt").write_text("云南消息\n\n云南省的云企业。\n", encoding="utf-8")
    lib = Library.open(tmp_path / "lib.duizhao")
    import_paths(lib, [folder])
    names = {"云": P, "新": P, "京": P, "云南省": P}
    extract_library(lib, recognizer=ListRecognizer(names))
    listed = {e.id for e in list_entities(lib)}
    every = {e.name: e for e in list_entities(lib, include_uncertain=True)}
    assert every["云"].id not in listed and every["新"].id not in listed
    assert every["云"].confidence <= 0.5
    beijing = _entity(lib, "北京", P)  # 京 alone is Beijing
    assert beijing.id in listed and beijing.confidence == 1
    assert every["云南省"].id in listed  # 云 of article b counts for 云南
    assert every["云南省"].mentions == 3  # 云南省, and 云 twice (the title, 云企业)
    lib.close()


def _reextract_all(lib: Library) -> None:
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles")]
    extract_library(lib, ids, recognizer=ListRecognizer(NAMES))


def test_renaming_an_entity_to_a_name_the_rules_fold_keeps_one_entity(lib: Library) -> None:
    beijing = _entity(lib, "北京", P)
    curation.rename(lib, beijing.id, "北京市")
    _reextract_all(lib)
    for name in ("北京", "北京市", "京"):
        found = _entity(lib, name, P)
        assert (found.id, found.name, found.mentions) == (beijing.id, "北京市", beijing.mentions)


def test_merges_in_a_chain_take_the_first_entity_to_the_last(lib: Library) -> None:
    guangdong = _entity(lib, "广东", P)
    tianjin = _entity(lib, "天津", P)
    beijing = _entity(lib, "北京", P)
    curation.merge(lib, guangdong.id, tianjin.id)
    curation.merge(lib, tianjin.id, beijing.id)
    for step in ("after the merges", "after re-extraction"):
        for name in ("粤", "廣東省", "津门", "北京"):
            assert _entity(lib, name, P).id == beijing.id, (step, name)
        total = guangdong.mentions + tianjin.mentions + beijing.mentions
        assert get_entity(lib, beijing.id).mentions == total, step
        _reextract_all(lib)


def test_renaming_the_entity_of_a_short_name_leaves_its_uses_for_the_company(lib: Library) -> None:
    company = _entity(lib, "天津中科谱光信息技术有限公司", O)
    short = _entity(lib, "中科谱光", O)  # named alone in another article
    assert short.id != company.id
    curation.rename(lib, short.id, "中科谱光（另一家）")
    _reextract_all(lib)
    here = _article(lib, "华为发布")
    uses = [m for m in article_mentions(lib, here) if m.text == "中科谱光"]
    assert uses and {m.entity_id for m in uses} == {company.id}
    assert get_entity(lib, short.id).name == "中科谱光（另一家）"

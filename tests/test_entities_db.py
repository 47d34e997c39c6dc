"""Entities in a real library: the seed pins, script merging, curation that survives
re-extraction, undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import curation
from db.entities import (
    TREE_THRESHOLD,
    article_entities,
    article_mentions,
    entity_articles,
    figures,
    find_entity,
    get_entity,
    list_entities,
    uncertain_count,
)
from db.extraction import extract_library, pending_articles, reextract
from db.importer import import_paths
from db.library import Library
from tests.helpers import seed_library


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    lib = seed_library(tmp_path)
    assert extract_library(lib) == 4
    yield lib
    lib.close()


def _names(lib: Library, type_: str) -> set[str]:
    return {e.name_hans for e in list_entities(lib, type_)}


def test_seed_library_holds_what_a_reader_would_list(lib: Library) -> None:
    assert "任睿杰" in _names(lib, "person")
    assert "京津冀国家技术创新中心" in _names(lib, "organization")
    assert "燕郊高新区" in _names(lib, "park")
    docs = _names(lib, "document")
    assert "京津冀国家高新区联盟数实融合发展宣言" in docs
    assert not any(d.startswith("《") for d in docs)
    figs = {f.text: f for f in figures(lib)}
    assert figs["139项"].value == 139 and figs["139项"].unit == "项"
    assert figs["1800亿元"].value == pytest.approx(1.8e11) and figs["1800亿元"].unit == "元"
    assert pending_articles(lib) == []


def test_one_entity_across_scripts(lib: Library) -> None:
    trad = find_entity(lib, "聯泰集群", "organization")
    simp = find_entity(lib, "联泰集群", "organization")
    assert trad is not None and trad == simp
    # 联泰集群公司 in the same article: the fuller name is shown, the short one an alias
    assert trad.name_hans == "联泰集群公司" and "聯泰集群" in trad.aliases
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    assert center is not None
    # mentioned in the Traditional seed and in a Simplified one: one entity, two articles
    assert center.articles >= 2


def test_bylines_are_persons_with_roles(lib: Library) -> None:
    cao = find_entity(lib, "曹政", "person")
    pan = find_entity(lib, "潘之望", "person")
    assert cao is not None and pan is not None
    art = entity_articles(lib, [cao.id])[0]
    roles = {m.role for m in article_mentions(lib, art) if m.entity_id == cao.id}
    assert "reporter" in roles
    roles = {m.role for m in article_mentions(lib, art) if m.entity_id == pan.id}
    assert "photographer" in roles


def test_article_aliases_point_at_the_full_name(lib: Library) -> None:
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    # (以下简称中心) in seed 003 holds in that article only: 中心 is no global alias
    assert center is not None and "中心" not in center.aliases
    assert find_entity(lib, "中心") is None
    # later uses of 中心 in that article are mentions of the full entity
    via_alias = [
        m
        for aid in entity_articles(lib, [center.id])
        for m in article_mentions(lib, aid)
        if m.entity_id == center.id and m.text == "中心"
    ]
    assert via_alias and all(m.role == "alias" for m in via_alias)


def test_known_abbreviations_are_aliases_of_the_full_name(lib: Library) -> None:
    # seed 003 names 北航 and seed 001 中科院; the gazetteer knows their full names
    for short, full in (("北航", "北京航空航天大学"), ("中科院", "中国科学院")):
        entity = find_entity(lib, full, "organization")
        assert entity is not None and short in entity.aliases
        assert find_entity(lib, short, "organization").id == entity.id
    assert "北航" not in _names(lib, "organization")


def test_articles_extracted_by_an_older_extractor_are_pending(lib: Library) -> None:
    from db.extraction import EXTRACTOR_VERSION

    first = lib.conn.execute("SELECT min(article_id) FROM extraction_state").fetchone()[0]
    with lib.transaction() as conn:
        conn.execute(
            "UPDATE extraction_state SET version = ? WHERE article_id = ?",
            (EXTRACTOR_VERSION - 1, first),
        )
    assert pending_articles(lib) == [first]
    assert extract_library(lib) == 1
    assert pending_articles(lib) == []


def test_mentions_point_into_the_original_text(lib: Library) -> None:
    from db.articles import get_article

    for aid in range(1, 5):
        text = get_article(lib, aid).text
        for m in article_mentions(lib, aid):
            assert text[m.start : m.end] == m.text


def test_rename_merge_retype_hide_delete_alias_survive_reextraction(lib: Library) -> None:
    ren = find_entity(lib, "任睿杰", "person")
    lt = find_entity(lib, "联泰集群", "organization")
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    yj = find_entity(lib, "燕郊高新区", "park")
    assert ren and lt and center and yj
    before = center.mentions + lt.mentions

    curation.rename(lib, ren.id, "任睿杰（产业规划经理）")
    curation.merge(lib, lt.id, center.id)
    curation.hide(lib, yj.id)
    curation.add_alias(lib, center.id, "京津冀中心")
    junk = next(
        e for e in list_entities(lib, "person") if e.name_hans not in {"任睿杰（产业规划经理）"}
    )
    curation.delete(lib, junk.id)
    beijing = find_entity(lib, "北京", "place")
    assert beijing is not None
    curation.retype(lib, beijing.id, "organization")

    def check() -> None:
        assert get_entity(lib, ren.id).name == "任睿杰（产业规划经理）"
        merged = find_entity(lib, "京津冀国家技术创新中心", "organization")
        assert merged.mentions == before
        assert find_entity(lib, "联泰集群", "organization") == merged
        assert "京津冀中心" in merged.aliases
        assert "燕郊高新区" not in _names(lib, "park")
        assert "燕郊高新区" in {
            e.name_hans for e in list_entities(lib, "park", include_hidden=True)
        }
        assert junk.name_hans not in {e.name_hans for e in list_entities(lib, include_hidden=True)}
        # 北京 took its aliases (北京市, 京) along into its new type
        assert find_entity(lib, "北京", "place") is None
        assert find_entity(lib, "京", "organization") == find_entity(lib, "北京", "organization")

    check()
    assert reextract(lib) == 4
    check()
    # importing again (duplicates) and extracting again changes nothing either
    import_paths(lib, [Path(__file__).resolve().parent.parent / "seeds"])
    extract_library(lib, list(range(1, 5)))
    check()


def test_undo_and_redo(lib: Library) -> None:
    lt = find_entity(lib, "联泰集群", "organization")
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    n_center = center.mentions
    assert not curation.can_undo(lib)
    label = curation.merge(lib, lt.id, center.id)
    assert get_entity(lib, center.id).mentions == n_center + lt.mentions
    assert curation.undo(lib) == label
    assert get_entity(lib, center.id).mentions == n_center
    restored = find_entity(lib, "联泰集群", "organization")
    assert restored is not None and restored.mentions == lt.mentions
    assert curation.can_redo(lib)
    assert curation.redo(lib) == label
    assert get_entity(lib, center.id).mentions == n_center + lt.mentions
    assert curation.undo(lib) == label
    curation.rename(lib, center.id, "创新中心")
    assert not curation.can_redo(lib)  # a new edit forgets what could be redone
    deleted = curation.delete(lib, center.id)
    assert find_entity(lib, "京津冀国家技术创新中心", "organization") is None
    assert curation.undo(lib) == deleted
    assert find_entity(lib, "京津冀国家技术创新中心", "organization").name == "创新中心"
    assert curation.undo(lib).startswith("rename")
    assert curation.undo(lib) is None  # the undone merge was forgotten by the rename
    assert get_entity(lib, center.id).name_hans == "京津冀国家技术创新中心"


def test_bad_edits_are_refused(lib: Library) -> None:
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    with pytest.raises(curation.CurationError):
        curation.merge(lib, center.id, center.id)
    with pytest.raises(curation.CurationError):
        curation.rename(lib, center.id, "  ")
    with pytest.raises(curation.CurationError):
        curation.retype(lib, center.id, "planet")
    with pytest.raises(curation.CurationError):
        curation.hide(lib, 10**9)


def test_a_rename_survives_a_later_change_of_type(lib: Library) -> None:
    yj = find_entity(lib, "燕郊高新区", "park")
    curation.rename(lib, yj.id, "燕郊国家高新区")
    curation.retype(lib, yj.id, "place")
    moved = find_entity(lib, "燕郊高新区", "place")
    assert moved is not None and moved.name == "燕郊国家高新区"
    reextract(lib)
    assert find_entity(lib, "燕郊高新区", "place").name == "燕郊国家高新区"
    curation.undo(lib)
    back = find_entity(lib, "燕郊高新区", "park")
    assert back is not None and back.name == "燕郊国家高新区"


def test_entity_confidence_is_its_best_mention_and_the_tree_leaves_out_low_ones(
    lib: Library,
) -> None:
    every = list_entities(lib, include_uncertain=True)
    sure = list_entities(lib)
    low = [e for e in every if e.confidence < TREE_THRESHOLD]
    assert low and all(e.uncertain for e in low)
    assert {e.id for e in sure} == {e.id for e in every if e.confidence >= TREE_THRESHOLD}
    assert uncertain_count(lib) == len(low)
    assert uncertain_count(lib, "organization") == sum(e.type == "organization" for e in low)
    for e in every[:40] + low:
        best = lib.conn.execute(
            "SELECT max(confidence) FROM mentions WHERE entity_id = ?", (e.id,)
        ).fetchone()[0]
        assert e.confidence == pytest.approx(best)
    # rules give 1: documents, dates, figures, bylines
    assert all(e.confidence == 1 for e in every if e.type in ("document", "date", "figure"))
    assert find_entity(lib, "曹政").confidence == 1
    # per article, as the tree's scoring reads it
    per_article = article_entities(lib, TREE_THRESHOLD)
    assert set(per_article) == {1, 2, 3, 4}
    shown = {e.id for rows in per_article.values() for e in rows}
    assert shown == {e.id for e in sure}
    assert not shown & {e.id for e in low}


def test_keeping_an_uncertain_entity_survives_reextraction_and_undo(lib: Library) -> None:
    low = next(e for e in list_entities(lib, include_uncertain=True) if e.uncertain)
    curation.confirm(lib, low.id)
    kept = get_entity(lib, low.id)
    assert kept.confidence == 1 and not kept.uncertain
    assert low.id in {e.id for e in list_entities(lib)}
    reextract(lib)
    again = find_entity(lib, low.name, low.type)
    assert again is not None and not again.uncertain
    curation.undo(lib)
    assert find_entity(lib, low.name, low.type).uncertain


def test_redo_brings_back_the_edit_undone_last(lib: Library) -> None:
    ren = find_entity(lib, "任睿杰", "person")
    first = curation.rename(lib, ren.id, "任经理")
    second = curation.rename(lib, ren.id, "任睿杰经理")
    third = curation.hide(lib, ren.id)
    assert curation.undo(lib) == third
    assert curation.undo(lib) == second
    assert curation.undo(lib) == first
    assert get_entity(lib, ren.id).name == "任睿杰" and not get_entity(lib, ren.id).hidden
    # redo walks forward again: the oldest undone edit first, the newest last
    assert curation.redo(lib) == first
    assert get_entity(lib, ren.id).name == "任经理"
    assert curation.redo(lib) == second
    assert get_entity(lib, ren.id).name == "任睿杰经理" and not get_entity(lib, ren.id).hidden
    assert curation.redo(lib) == third
    assert get_entity(lib, ren.id).hidden
    assert curation.redo(lib) is None and not curation.can_redo(lib)
    assert [undone for _, _, undone in curation.history(lib)] == [False, False, False]


def test_history_lists_every_edit_oldest_first_with_what_is_undone(lib: Library) -> None:
    ren = find_entity(lib, "任睿杰", "person")
    assert curation.history(lib) == [] and not curation.can_undo(lib)
    first = curation.rename(lib, ren.id, "任经理")
    second = curation.hide(lib, ren.id)
    curation.undo(lib)
    history = curation.history(lib)
    assert [(label, undone) for _, label, undone in history] == [(first, False), (second, True)]
    assert history[0][0] < history[1][0]
    assert curation.can_undo(lib) and curation.can_redo(lib)
    assert first == "rename 任睿杰 → 任经理" and second == "hide 任经理"


def test_show_again_what_was_hidden(lib: Library) -> None:
    yj = find_entity(lib, "燕郊高新区", "park")
    curation.hide(lib, yj.id)
    assert yj.id not in {e.id for e in list_entities(lib, "park")}
    assert curation.unhide(lib, yj.id) == f"show {yj.name}"
    assert yj.id in {e.id for e in list_entities(lib, "park")}
    assert not get_entity(lib, yj.id).hidden
    assert reextract(lib) == 4
    assert not find_entity(lib, "燕郊高新区", "park").hidden
    curation.undo(lib)  # undoing the unhide hides it again
    assert get_entity(lib, yj.id).hidden


def test_split_off_a_name_the_rules_joined(lib: Library) -> None:
    beijing = find_entity(lib, "北京", "place")
    assert set(curation.split_candidates(lib, beijing.id)) == {"京", "北京市"}
    assert curation.split_candidates(lib, find_entity(lib, "清华大学", "organization").id) == []
    curation.split(lib, beijing.id, "京")
    jing = find_entity(lib, "京", "place")
    assert jing is not None and jing.id != beijing.id and jing.name == "京"
    after = get_entity(lib, beijing.id)
    assert after.mentions + jing.mentions == beijing.mentions
    assert curation.split_candidates(lib, beijing.id) == ["北京市"]
    assert "京" not in after.aliases
    assert reextract(lib) == 4
    assert find_entity(lib, "京", "place").mentions == jing.mentions
    curation.undo(lib)
    assert find_entity(lib, "京", "place").id == beijing.id


def test_undoing_a_change_of_type_takes_every_name_back(lib: Library) -> None:
    beijing = find_entity(lib, "北京", "place")
    curation.retype(lib, beijing.id, "organization")
    assert find_entity(lib, "京", "place") is None
    curation.undo(lib)
    back = find_entity(lib, "北京", "place")
    assert back is not None and back.mentions == beijing.mentions
    assert find_entity(lib, "京", "place") == find_entity(lib, "北京市", "place") == back
    assert find_entity(lib, "北京", "organization") is None


def test_messages_of_refused_edits(lib: Library) -> None:
    with pytest.raises(curation.CurationError, match="^no entity 999999$"):
        curation.rename(lib, 999999, "x")
    center = find_entity(lib, "京津冀国家技术创新中心", "organization")
    with pytest.raises(curation.CurationError, match="^an alias cannot be empty$"):
        curation.add_alias(lib, center.id, "  ")
    with pytest.raises(curation.CurationError, match="^a name cannot be empty$"):
        curation.rename(lib, center.id, " ")
    with pytest.raises(curation.CurationError, match="^cannot merge an entity into itself$"):
        curation.merge(lib, center.id, center.id)
    with pytest.raises(curation.CurationError, match="^unknown type 'planet'$"):
        curation.retype(lib, center.id, "planet")
    with pytest.raises(curation.CurationError, match=" is already of type organization$"):
        curation.retype(lib, center.id, "organization")
    beijing = find_entity(lib, "北京", "place")
    with pytest.raises(curation.CurationError, match="^北京 is the entity's own name$"):
        curation.split(lib, beijing.id, "北京")
    with pytest.raises(curation.CurationError, match="^北京市 has no mention named 天津$"):
        curation.split(lib, beijing.id, "天津")
    assert curation.history(lib) == []


def test_only_names_the_rules_joined_can_be_split_off(lib: Library) -> None:
    company = find_entity(lib, "天津中科谱光信息技术有限公司", "organization")
    assert "中科谱光" in curation.split_candidates(lib, company.id)  # its short name
    beijing = find_entity(lib, "北京", "place")
    yanjiao = find_entity(lib, "燕郊", "place")
    curation.merge(lib, yanjiao.id, beijing.id)  # a user's merge is undone, not split
    assert set(curation.split_candidates(lib, beijing.id)) == {"京", "北京市"}


def test_a_user_alias_takes_the_mentions_of_that_name(lib: Library) -> None:
    beijing = find_entity(lib, "北京", "place")
    jingji = find_entity(lib, "京畿", "place")  # its own entity as extracted
    assert beijing and jingji and jingji.id != beijing.id
    curation.add_alias(lib, beijing.id, "京畿")

    def check() -> None:
        now = find_entity(lib, "京畿")
        assert now is not None and now.id == find_entity(lib, "北京", "place").id
        assert now.mentions == beijing.mentions + jingji.mentions
        assert "京畿" in now.aliases
        assert "京畿" not in _names(lib, "place")
        texts = {
            m.text
            for aid in entity_articles(lib, [now.id])
            for m in article_mentions(lib, aid)
            if m.entity_id == now.id
        }
        assert "京畿" in texts

    check()
    assert reextract(lib) == 4
    check()
    curation.undo(lib)
    back = find_entity(lib, "京畿", "place")
    assert back is not None and back.id != find_entity(lib, "北京", "place").id
    assert back.mentions == jingji.mentions


def test_an_edit_while_another_program_writes_says_so_and_changes_nothing(lib: Library) -> None:
    import sqlite3

    from db.library import LibraryError

    ren = find_entity(lib, "任睿杰", "person")
    label = curation.rename(lib, ren.id, "任经理")
    other = sqlite3.connect(lib.path)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    lib.conn.execute("PRAGMA busy_timeout = 0")  # give up at once instead of waiting
    try:
        for edit in (lambda: curation.hide(lib, ren.id), lambda: curation.undo(lib)):
            with pytest.raises(LibraryError, match=f"^{lib.path.name} is being changed by"):
                edit()
    finally:
        other.rollback()
        other.close()
    assert [(lab, undone) for _, lab, undone in curation.history(lib)] == [(label, False)]
    assert not get_entity(lib, ren.id).hidden and get_entity(lib, ren.id).name == "任经理"

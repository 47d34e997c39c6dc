"""export entities|mentions|figures, reextract and show --variant, run as a user runs them,
with what they wrote read back."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from db import curation
from db.articles import get_article
from db.entities import find_entity, list_entities
from db.entity_export import ENTITY_COLUMNS, FIGURE_COLUMNS, MENTION_COLUMNS
from db.extraction import pending_articles
from db.library import Library
from tests.helpers import SEEDS
from tests.test_cli import run
from text.convert import convert


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds imported without entities: the exports extract them first."""
    path = tmp_path_factory.mktemp("cli-entities") / "lib.duizhao"
    r = run("import", "--no-extract", str(SEEDS), lib=path)
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture()
def lib_path(imported: Path, tmp_path: Path) -> Path:
    path = tmp_path / "lib.duizhao"
    shutil.copy(imported, path)
    return path


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel sees UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _export(lib_path: Path, what: str, out: Path) -> list[dict[str, str]]:
    r = run("export", what, "-o", str(out), lib=lib_path)
    assert r.returncode == 0, r.stderr
    header, rows = _read(out)
    assert f"wrote {len(rows)} row(s)" in r.stdout
    assert (
        header
        == {
            "entities": ENTITY_COLUMNS,
            "mentions": MENTION_COLUMNS,
            "figures": FIGURE_COLUMNS,
        }[what]
    )
    return rows


def test_export_entities_mentions_and_figures(lib_path: Path, tmp_path: Path) -> None:
    entities = _export(lib_path, "entities", tmp_path / "e.csv")
    with Library.open(lib_path) as lib:
        assert pending_articles(lib) == []  # the export extracted the new articles first
        listed = {e.id: e for e in list_entities(lib, include_uncertain=True)}
        articles = {get_article(lib, a).uid: get_article(lib, a) for a in range(1, 5)}
    assert {int(r["entity_id"]) for r in entities} == set(listed)
    by_name = {r["name_hans"]: r for r in entities}
    lt = by_name["联泰集群公司"]
    assert lt["type"] == "organization" and lt["name_hant"] == "聯泰集群公司"
    assert "聯泰集群" in lt["aliases"].split("; ")
    beijing = by_name["北京市"]
    assert {"北京", "京"} <= set(beijing["aliases"].split("; "))
    assert int(beijing["mentions"]) == listed[int(beijing["entity_id"])].mentions

    mentions = _export(lib_path, "mentions", tmp_path / "m.csv")
    assert mentions
    for m in mentions:
        article = articles[m["article_uid"]]
        assert article.text[int(m["start"]) : int(m["end"])] == m["text"]
        assert m["article_title"] == article.title
    of_beijing = [m for m in mentions if m["entity_id"] == beijing["entity_id"]]
    assert len(of_beijing) == int(beijing["mentions"])
    assert {m["entity"] for m in of_beijing} == {"北京市"}

    figures = _export(lib_path, "figures", tmp_path / "f.csv")
    by_text = {f["text"]: f for f in figures}
    assert float(by_text["139项"]["value"]) == 139 and by_text["139项"]["unit"] == "项"
    assert float(by_text["1800亿元"]["value"]) == pytest.approx(1.8e11)
    assert by_text["1800亿元"]["unit"] == "元"
    for f in figures:
        article = articles[f["article_uid"]]
        assert article.text[int(f["start"]) : int(f["end"])] == f["text"]
        assert f["text"] in f["sentence"]


def test_export_leaves_out_what_the_user_hid_or_deleted(lib_path: Path, tmp_path: Path) -> None:
    assert run("reextract", lib=lib_path).returncode == 0
    with Library.open(lib_path) as lib:
        hidden = find_entity(lib, "燕郊", "place")
        deleted = find_entity(lib, "任睿杰", "person")
        curation.hide(lib, hidden.id)
        curation.delete(lib, deleted.id)
    gone = {str(hidden.id), str(deleted.id)}
    entities = _export(lib_path, "entities", tmp_path / "e.csv")
    assert not gone & {r["entity_id"] for r in entities}
    assert "天津市" in {r["name_hans"] for r in entities}
    mentions = _export(lib_path, "mentions", tmp_path / "m.csv")
    assert not gone & {m["entity_id"] for m in mentions}
    assert not {"燕郊", "任睿杰"} & {m["entity"] for m in mentions}


def test_reextract_keeps_curation_and_rebuilds_mentions(lib_path: Path) -> None:
    r = run("reextract", lib=lib_path)
    assert r.returncode == 0, r.stderr
    assert "extracted entities from 4 article(s); curation kept" in r.stdout
    with Library.open(lib_path) as lib:
        before = lib.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        assert before > 0 and pending_articles(lib) == []
        ren = find_entity(lib, "任睿杰", "person")
        curation.rename(lib, ren.id, "任睿杰（经理）")
        yj = find_entity(lib, "燕郊高新区", "park")
        curation.hide(lib, yj.id)
        with lib.transaction() as conn:  # mentions of one article lost
            conn.execute("DELETE FROM mentions WHERE article_id = 1")
    r = run("reextract", lib=lib_path)
    assert r.returncode == 0, r.stderr
    assert "extracted entities from 4 article(s)" in r.stdout
    with Library.open(lib_path) as lib:
        assert lib.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == before
        assert lib.conn.execute("SELECT count(*) FROM mentions WHERE article_id = 1").fetchone()[0]
        assert find_entity(lib, "任睿杰", "person").name == "任睿杰（经理）"
        park = find_entity(lib, "燕郊高新区", "park")
        assert park.hidden and park.id not in {e.id for e in list_entities(lib)}


def test_show_variant_writes_that_conversion(lib_path: Path) -> None:
    with Library.open(lib_path) as lib:
        arts = [get_article(lib, a) for a in range(1, 5)]
    simp = next(a for a in arts if a.script == "hans" and "信息" in a.text)
    trad = next(a for a in arts if a.script == "hant")

    def show(uid: str, *args: str) -> str:
        r = run("show", uid, *args, lib=lib_path)
        assert r.returncode == 0, r.stderr
        return r.stdout

    twp = show(simp.uid, "--variant", "s2twp")
    assert twp.rstrip("\n") == convert(simp.text, "s2twp").rstrip("\n")
    assert "資訊" in twp and "信息" not in twp  # Taiwan's words, not only its characters
    plain = show(simp.uid, "--variant", "s2t")
    assert "信息" in plain and "資訊" not in plain
    hk = show(simp.uid, "--variant", "s2hk")
    assert hk.rstrip("\n") == convert(simp.text, "s2hk").rstrip("\n") and hk != plain
    back = show(trad.uid, "--variant", "t2s")
    assert "联泰集群" in back and "聯泰集群" not in back
    assert len(back.rstrip("\n")) == len(trad.text.rstrip("\n"))
    # the variant wins over --script
    assert show(simp.uid, "--script", "hans", "--variant", "s2twp") == twp

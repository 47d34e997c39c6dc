"""CSV exports of entities, mentions and figures, read back from the files written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from db import curation
from db.articles import get_article
from db.entities import figures, find_entity, list_entities
from db.entity_export import ENTITY_COLUMNS, FIGURE_COLUMNS, MENTION_COLUMNS, export
from db.extraction import extract_library
from db.library import Library
from tests.helpers import seed_library


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    lib = seed_library(tmp_path)
    assert extract_library(lib) == 4
    yield lib
    lib.close()


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_hidden_and_deleted_entities_are_not_exported(lib: Library, tmp_path: Path) -> None:
    yanjiao = find_entity(lib, "燕郊", "place")
    ren = find_entity(lib, "任睿杰", "person")
    fig = find_entity(lib, "1800亿元", "figure")
    tianjin = find_entity(lib, "天津", "place")
    assert yanjiao and ren and fig and tianjin
    curation.hide(lib, yanjiao.id)
    curation.delete(lib, ren.id)
    curation.hide(lib, fig.id)
    gone = {yanjiao.id, ren.id, fig.id}

    n = export(lib, "entities", tmp_path / "e.csv")
    header, rows = _read(tmp_path / "e.csv")
    assert header == ENTITY_COLUMNS and n == len(rows)
    ids = {int(r["entity_id"]) for r in rows}
    assert not ids & gone and tianjin.id in ids
    # every listed entity, the uncertain ones too, and nothing else
    assert ids == {e.id for e in list_entities(lib, include_uncertain=True)}

    n = export(lib, "mentions", tmp_path / "m.csv")
    header, rows = _read(tmp_path / "m.csv")
    assert header == MENTION_COLUMNS and n == len(rows) > 0
    ids = {int(r["entity_id"]) for r in rows}
    assert not ids & gone and tianjin.id in ids

    n = export(lib, "figures", tmp_path / "f.csv")
    header, rows = _read(tmp_path / "f.csv")
    assert header == FIGURE_COLUMNS and n == len(rows) > 0
    assert "1800亿元" not in {r["text"] for r in rows}
    assert "139项" in {r["text"] for r in rows}

    # undoing the edits brings them back into every export
    for _ in range(3):
        curation.undo(lib)
    export(lib, "entities", tmp_path / "e2.csv")
    assert gone <= {int(r["entity_id"]) for r in _read(tmp_path / "e2.csv")[1]}
    export(lib, "mentions", tmp_path / "m2.csv")
    assert {yanjiao.id, ren.id} <= {int(r["entity_id"]) for r in _read(tmp_path / "m2.csv")[1]}


def test_each_row_says_what_the_library_holds(lib: Library, tmp_path: Path) -> None:
    tianjin = find_entity(lib, "天津", "place")
    export(lib, "entities", tmp_path / "e.csv", ids=[tianjin.id])
    (row,) = _read(tmp_path / "e.csv")[1]
    assert row["type"] == "place" and row["name_hans"] == tianjin.name_hans
    assert row["name_hant"] == tianjin.name_hant
    assert row["aliases"].split("; ") == tianjin.aliases
    assert int(row["mentions"]) == tianjin.mentions and int(row["articles"]) == tianjin.articles

    export(lib, "mentions", tmp_path / "m.csv", ids=[tianjin.id])
    rows = _read(tmp_path / "m.csv")[1]
    assert len(rows) == tianjin.mentions
    assert len({r["article_uid"] for r in rows}) == tianjin.articles
    uids = {get_article(lib, a).uid: get_article(lib, a) for a in range(1, 5)}
    for r in rows:
        article = uids[r["article_uid"]]
        assert r["entity_id"] == str(tianjin.id) and r["entity"] == tianjin.name
        assert article.text[int(r["start"]) : int(r["end"])] == r["text"]
        assert r["article_title"] == article.title

    held = figures(lib)
    wanted = [f.id for f in held if f.text in ("139项", "1800亿元")]
    export(lib, "figures", tmp_path / "f.csv", ids=wanted)
    rows = _read(tmp_path / "f.csv")[1]
    assert sorted(int(r["mention_id"]) for r in rows) == sorted(wanted)
    by_text = {r["text"]: r for r in rows}
    assert float(by_text["139项"]["value"]) == 139 and by_text["139项"]["unit"] == "项"
    assert float(by_text["1800亿元"]["value"]) == pytest.approx(1.8e11)
    for r in rows:
        article = uids[r["article_uid"]]
        assert article.text[int(r["start"]) : int(r["end"])] == r["text"]
        assert r["text"] in r["sentence"]


def test_a_byte_order_mark_unless_asked_not_to(lib: Library, tmp_path: Path) -> None:
    columns = {"entities": ENTITY_COLUMNS, "mentions": MENTION_COLUMNS, "figures": FIGURE_COLUMNS}
    for what, header in columns.items():
        export(lib, what, tmp_path / f"{what}.csv")
        with_bom = (tmp_path / f"{what}.csv").read_bytes()
        assert with_bom.startswith(b"\xef\xbb\xbf" + header[0].encode()), what
        export(lib, what, tmp_path / f"{what}-plain.csv", bom=False)
        plain = (tmp_path / f"{what}-plain.csv").read_bytes()
        assert plain.startswith(header[0].encode()) and plain == with_bom[3:], what


def test_mentions_of_several_chosen_entities(lib: Library, tmp_path: Path) -> None:
    tianjin = find_entity(lib, "天津", "place")
    ren = find_entity(lib, "任睿杰", "person")
    assert export(lib, "mentions", tmp_path / "m.csv", ids=[tianjin.id, ren.id]) == (
        tianjin.mentions + ren.mentions
    )
    rows = _read(tmp_path / "m.csv")[1]
    assert {r["entity_id"] for r in rows} == {str(tianjin.id), str(ren.id)}
    # in reading order: article by article, then by position
    keys = [(r["article_uid"], int(r["start"])) for r in rows]
    order = {uid: i for i, uid in enumerate(dict.fromkeys(r["article_uid"] for r in rows))}
    assert keys == sorted(keys, key=lambda k: (order[k[0]], k[1]))


def test_an_unknown_export_is_refused(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export 'planets'"):
        export(lib, "planets", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()

"""``main.py facets``: the counts of db.facets, with the filters of ``search``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import run
from db.facets import facets
from db.library import Library
from db.spec import SearchSpec
from tests.facet_fixtures import build_mixed_library


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mixed_library(tmp_path_factory.mktemp("cli_facets") / "mixed.duizhao")


def test_json_holds_the_facets_of_the_filtered_search(lib_path: Path, capsys) -> None:  # noqa: ANN001
    argv = ["--library", str(lib_path), "facets", "创新", "--source", "天津日报", "--top", "2"]
    assert run([*argv, "--type", "document", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    with Library.open(lib_path) as lib:
        spec = SearchSpec(query="创新", sources=("天津日报",), types=("document",))
        expected = facets(lib, spec, top=2)
    assert expected is not None and 0 < out["total"] == expected.total < 8
    assert out["types"] == [{"type": t.value, "articles": t.count} for t in expected.types]
    assert out["sources"] == [{"source": "天津日报", "articles": expected.total}]
    assert out["years"] == [{"year": y.value, "articles": y.count} for y in expected.years]
    assert out["entities"] == {
        t: [{"id": e.value, "name": e.label, "articles": e.count} for e in entries]
        for t, entries in expected.entities.items()
    }
    assert all(len(v) <= 2 for v in out["entities"].values())


def test_table_and_errors(lib_path: Path, capsys) -> None:  # noqa: ANN001
    assert run(["--library", str(lib_path), "facets", "--entity", "任睿杰"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "mentions 任睿杰 · 2 article(s)"
    assert out[-1].startswith("years:") and "2024 1" in out[-1] and "2022 1" in out[-1]
    assert run(["--library", str(lib_path), "facets", "--entity", "不存在的名字"]) == 1
    assert "no entity named" in capsys.readouterr().err
    assert run(["--library", str(lib_path), "facets", "--", "-创新"]) == 2

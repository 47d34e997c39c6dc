"""Numeric arguments out of SQLite's range get a one-line message, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.query import QueryError
from db.search import search
from tests.helpers import seed_library
from tests.test_cli import run

HUGE = "99999999999999999999"  # beyond a 64-bit integer


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("numbers")
    seed_library(folder).close()
    return folder / "lib.duizhao"


@pytest.mark.parametrize(
    "args",
    [
        ("search", "创新", "--limit", HUGE),
        ("search", "创新", "--offset", HUGE),
        ("search", "创新", "--limit", "-1"),
        ("--size", f"{HUGE}x800", "stats"),
    ],
)
def test_out_of_range_option_is_a_one_line_usage_error(lib_path: Path, args: tuple) -> None:
    r = run(*args, lib=lib_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "out of range" in lines[0], r.stderr


def test_show_of_an_id_beyond_any_article_says_so(lib_path: Path) -> None:
    r = run("show", HUGE, lib=lib_path)
    assert r.returncode == 1
    assert r.stderr.strip() == f"error: no article {HUGE}"


def test_largest_limit_and_offset_are_accepted(lib_path: Path) -> None:
    top = str(2**63 - 1)
    r = run("search", "创新", "--limit", top, lib=lib_path)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]  # 创新 · 4 article(s) match; showing 4 (1 ms)
    total = re.search(r"(\d+) article\(s\) match", first)
    shown = re.search(r"showing (\d+)", first)
    assert total and shown and total.group(1) == shown.group(1) != "0", first  # all shown
    r = run("search", "创新", "--offset", top, lib=lib_path)
    assert r.returncode == 0 and "showing 0" in r.stdout, r.stderr


def test_search_refuses_a_limit_sqlite_cannot_hold(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    with pytest.raises(QueryError, match="out of range"):
        search(lib, "创新", limit=2**63)
    with pytest.raises(QueryError, match="out of range"):
        search(lib, "创新", offset=-1)
    assert search(lib, "创新", limit=2**63 - 1).total > 0
    lib.close()

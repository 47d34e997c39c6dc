"""A library on read-only media opens read-only: searching, reading and exporting work,
and a change says why it cannot be made.

The folder is made read-only as media are: a read-only bind mount in a private mount
namespace where the system allows one (an administrator ignores a folder's permission
bits, a read-only mount binds everyone), else by taking the write bits away.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.extraction import extract_library
from tests.helpers import ROOT, SEEDS, seed_library

RO_MOUNT = 'mount --bind -o ro "$0" "$0" && exec "$@"'


def _can_mount_read_only(folder: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", RO_MOUNT + " 2>/dev/null", str(folder), "true"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def ro_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A folder holding an extracted library, and the command prefix that sees it read-only."""
    folder = tmp_path_factory.mktemp("media")
    lib = seed_library(folder)
    extract_library(lib)
    lib.close()
    assert sorted(p.name for p in folder.iterdir()) == ["lib.duizhao"]  # no -wal, no -shm
    if _can_mount_read_only(folder):
        yield folder, ["unshare", "-rm", "sh", "-c", RO_MOUNT, str(folder)]
    elif os.geteuid() != 0:
        for p in [folder, *folder.iterdir()]:
            p.chmod(p.stat().st_mode & 0o555)
        yield folder, []
        for p in [folder, *folder.iterdir()]:
            p.chmod(p.stat().st_mode | 0o200)
    else:
        pytest.skip("no way to make a folder read-only for an administrator here")


def ro_run(ro: tuple[Path, list[str]], *args: str) -> subprocess.CompletedProcess:
    folder, prefix = ro
    cmd = [*prefix, sys.executable, str(ROOT / "main.py"), "--library", str(folder / "lib.duizhao")]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_search_show_and_entities_work_on_read_only_media(ro_folder: tuple) -> None:
    r = ro_run(ro_folder, "search", "创新")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("创新 · 4 article(s) match")
    r = ro_run(ro_folder, "show", "1", "--script", "hans")
    assert r.returncode == 0 and "创新" in r.stdout, r.stderr
    r = ro_run(ro_folder, "entities", "--type", "place", "--format", "json")
    assert r.returncode == 0 and "京津冀" in r.stdout, r.stderr


def test_export_from_read_only_media_writes_elsewhere(ro_folder: tuple, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    r = ro_run(ro_folder, "export", "articles", "-o", str(out))
    assert r.returncode == 0, r.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 4


def test_a_change_on_read_only_media_says_why_not(ro_folder: tuple) -> None:
    r = ro_run(ro_folder, "import", str(SEEDS))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "read-only" in r.stderr and "searching" in r.stderr, r.stderr
    folder, _ = ro_folder
    assert sorted(p.name for p in folder.iterdir()) == ["lib.duizhao"]  # nothing was written

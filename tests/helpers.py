"""Shared test helpers: building real libraries in temporary folders."""

from __future__ import annotations

import shutil
from pathlib import Path

from db.importer import import_paths
from db.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_library(folder: Path, name: str = "lib.duizhao") -> Library:
    lib = Library.open(folder / name)
    report = import_paths(lib, [SEEDS])
    assert len(report.added) == 4, report.summary()
    return lib


def copy_seeds(folder: Path) -> Path:
    target = folder / "seeds"
    shutil.copytree(SEEDS, target)
    return target

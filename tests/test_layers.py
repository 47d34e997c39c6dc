"""text/ and db/ import and run without PySide6; gui/ holds no SQL."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.helpers import ROOT

BLOCK_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this check: ' + name)
        return None
sys.meta_path.insert(0, _NoQt())
"""

SCRIPT = (
    BLOCK_QT
    + """
import pkgutil, importlib, pathlib, tempfile
for pkg in ('text', 'db', 'cli'):
    for mod in pkgutil.walk_packages([pkg], prefix=pkg + '.'):
        importlib.import_module(mod.name)
from db.library import Library
from db.importer import import_paths
from db.search import search
d = pathlib.Path(tempfile.mkdtemp())
lib = Library.open(d / 'x.duizhao')
import_paths(lib, ['seeds'])
assert search(lib, '創新').total == 4
print('ok')
"""
)


def test_core_runs_without_qt() -> None:
    r = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("ok")


def test_gui_holds_no_sql() -> None:
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b|\.execute\(")
    offenders = []
    for path in (ROOT / "gui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if sql.search(line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert not offenders, offenders

"""The import summary dialog: every file found is counted, odd names are shown safely."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from db.importer import ImportReport
from gui.import_dialog import ImportSummary


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_summary_counts_every_file_and_shows_an_odd_name_safely(qtbot, tmp_path: Path) -> None:
    odd = Path(os.fsdecode(os.fsencode(tmp_path) + b"/bad\xff\xfename.txt"))
    report = ImportReport(
        added=[(tmp_path / "a.txt", 1)],
        failed=[(odd, "empty file")],
        cancelled=True,
        found=5,
    )
    summary = ImportSummary(report)
    qtbot.addWidget(summary)
    text = summary.label.text()
    assert "Files found: 5" in text
    assert "Not reached: 3" in text
    [(shown, reason)] = summary.failed_rows()
    assert shown.endswith("bad\\xff\\xfename.txt") and reason == "empty file"

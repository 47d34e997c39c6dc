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


def test_the_size_limit_is_a_preference_the_window_imports_with(qtbot, tmp_path: Path) -> None:
    from gui.import_dialog import IMPORT_FILTER
    from gui.preferences import PreferencesDialog
    from gui.settings import Settings
    from tests.gui_fixtures import build_tiny_library
    from tests.test_gui_window import make_window

    assert "*.pdf" in IMPORT_FILTER and "*.docx" in IMPORT_FILTER
    settings = Settings.at(tmp_path / "settings.ini")
    assert settings.import_max_mb == 64
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.max_size_box.setValue(1)
    dialog.accept()
    assert settings.import_max_mb == 1

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "big.txt").write_text("大文件标题\n" + "创新" * 600_000, encoding="utf-8")  # 3.6 MB
    (folder / "small.txt").write_text("小文件标题\n雄安新区建设持续推进。", encoding="utf-8")
    window = make_window(qtbot, settings, build_tiny_library(tmp_path / "lib.duizhao", 2))
    job = window.import_paths([folder])
    assert job is not None and job.summary is not None
    [(shown, reason)] = job.summary.failed_rows()
    assert shown.endswith("big.txt") and reason == "larger than the size limit (3.4 MB > 1 MB)"
    assert len(job.report.added) == 1
    job.summary.accept()
    window.close()


def test_the_window_shows_the_warning_of_a_partly_scanned_pdf(qtbot, tmp_path: Path) -> None:
    from gui.settings import Settings
    from tests.gui_fixtures import build_tiny_library
    from tests.test_gui_window import make_window
    from tests.test_pdf import partly_scanned_pdf

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "partly.pdf").write_bytes(partly_scanned_pdf())
    (folder / "note.txt").write_text("小文件标题\n雄安新区建设持续推进。", encoding="utf-8")
    settings = Settings.at(tmp_path / "settings.ini")
    window = make_window(qtbot, settings, build_tiny_library(tmp_path / "lib.duizhao", 2))
    job = window.import_paths([folder])
    assert job is not None and job.summary is not None
    summary = job.summary
    assert "Imported: 2" in summary.label.text()
    assert "Imported with warnings: 1" in summary.label.text()
    [(shown, warning)] = summary.warning_rows()
    assert shown.endswith("partly.pdf")
    assert warning == "pages 2, 4–5 of 6 have no text layer (scanned?); their text is missing"
    assert not summary.warnings.isHidden() and summary.failures.isHidden()
    assert summary.failed_rows() == []
    summary.accept()
    # the warning stays with the article: the reader says it whenever it is open
    [pdf_id] = [aid for path, aid in job.report.added if path.name == "partly.pdf"]
    [txt_id] = [aid for path, aid in job.report.added if path.name == "note.txt"]
    window.reading.open_article(pdf_id)
    shown = window.reader.import_warnings
    assert not shown.isHidden()
    assert shown.text() == f"Imported with a warning: {warning}"
    window.reading.open_article(txt_id)
    assert shown.isHidden() and shown.text() == ""
    window.close()


def test_a_summary_without_warnings_hides_their_list(qtbot, tmp_path: Path) -> None:
    report = ImportReport(added=[(tmp_path / "a.txt", 1)], found=1)
    summary = ImportSummary(report)
    qtbot.addWidget(summary)
    assert summary.warning_rows() == [] and summary.warnings.isHidden()
    assert "warnings" not in summary.label.text()


def test_the_progress_names_the_listing_of_common_words_at_the_end(qtbot, tmp_path: Path) -> None:
    from db.importer import ImportProgress
    from gui.import_dialog import ImportJob
    from gui.settings import Settings
    from tests.gui_fixtures import build_tiny_library
    from tests.test_gui_window import make_window

    settings = Settings.at(tmp_path / "settings.ini")
    window = make_window(qtbot, settings, build_tiny_library(tmp_path / "lib.duizhao", 2))
    job = ImportJob(window.importer.ops, [], window)
    job._progress(ImportProgress(2, 4, Path("a.txt"), 1, 0, 0))
    assert job.progress.labelText().startswith("2 of 4 files")
    job._progress(ImportProgress(3, 10, None, 4, 0, 0, "lists"))
    assert "two-character words: 3 of 10" in job.progress.labelText()
    assert (job.progress.value(), job.progress.maximum()) == (3, 10)
    window.close()

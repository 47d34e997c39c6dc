"""The respell dialog, with a real library: its edits spell the name and can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from db import curation
from db.entities import find_entity, get_entity
from db.extraction import extract_library
from db.library import Library
from gui.i18n import Translations
from gui.respell_dialog import RespellDialog
from tests.helpers import seed_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("respell-dialog"))
    assert extract_library(lib) == 4
    yield lib
    lib.close()


def test_the_dialog_spells_the_name_and_refuses_another_name(lib: Library, qtbot) -> None:
    ren = find_entity(lib, "任睿杰", "person")
    dialog = RespellDialog(ren)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    hans, hant = dialog.fields["hans"], dialog.fields["hant"]
    assert (hans.text(), hant.text()) == ("任睿杰", "任睿傑")
    assert not ok.isEnabled()  # nothing changed yet
    hant.setText("張偉")
    assert not ok.isEnabled() and "張偉" in dialog.problem.text()
    assert dialog.problem.isVisibleTo(dialog)
    hant.setText("任睿杰")
    assert ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    assert dialog.changed() == {"hant": "任睿杰"}
    labels = [edit() for edit in dialog.edits(lib)]
    assert len(labels) == 1 and "任睿杰" in labels[0]
    assert get_entity(lib, ren.id).name_hant == "任睿杰"
    # emptying the field converts the name again
    again = RespellDialog(get_entity(lib, ren.id))
    qtbot.addWidget(again)
    again.fields["hant"].clear()
    assert again.changed() == {"hant": ""}
    for edit in again.edits(lib):
        edit()
    assert get_entity(lib, ren.id).name_hant == "任睿傑"
    assert curation.undo(lib) is not None
    assert get_entity(lib, ren.id).name_hant == "任睿杰"


def test_the_dialog_and_its_menu_entry_are_translated(lib: Library, qtbot) -> None:
    translations = Translations()
    try:
        assert translations.apply("zh_TW") == "zh_TW"
        assert RespellDialog.action_text() == "名稱的寫法…"
        dialog = RespellDialog(find_entity(lib, "任睿杰", "person"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "名稱的寫法"
        assert "任睿杰" in dialog.intro.text()
    finally:
        translations.apply("en")
    assert RespellDialog.action_text() == "Spelling of the name…"

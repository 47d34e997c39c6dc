"""A dialog to spell an entity's name yourself in each script (``db.curation.respell``).

The entity panel opens it for the selected entity; the fields start with the
spellings the library has (converted, or given before).  A field changed to
another spelling of the same name (one that folds to the same Simplified form)
becomes a curation edit; an emptied field goes back to the converted spelling.
The dialog makes no edit itself: ``edits(lib)`` returns them for the panel to
apply, so they are undone and announced like its other edits.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db import curation
from db.entities import EntityRow, entity_key
from gui import plain

if TYPE_CHECKING:
    from db.library import Library


class RespellDialog(QDialog):
    """Simplified and Traditional spellings of one entity's name."""

    @staticmethod
    def action_text() -> str:
        """The text of the menu entry that opens the dialog (translated)."""
        return QCoreApplication.translate("RespellDialog", "Spelling of the name…")

    def __init__(self, entity: EntityRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.setObjectName("respellDialog")
        self.initial = {"hans": entity.name_hans, "hant": entity.name_hant}
        self.fields = {script: QLineEdit(text, self) for script, text in self.initial.items()}
        for script, edit in self.fields.items():
            edit.setObjectName(f"spelling_{script}")
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._check)
        self.intro = plain.label("", self)
        self.intro.setWordWrap(True)
        self.problem = plain.label("", self)
        self.problem.setObjectName("respellProblem")
        self.problem.setWordWrap(True)
        self.form = QFormLayout()
        self.hans_label = plain.label("", self)
        self.hant_label = plain.label("", self)
        self.hans_label.setBuddy(self.fields["hans"])
        self.hant_label.setBuddy(self.fields["hant"])
        self.form.addRow(self.hans_label, self.fields["hans"])
        self.form.addRow(self.hant_label, self.fields["hant"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(420, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spelling of a name"))
        self.intro.setText(
            self.tr(
                "How {name} is written in each script. The reader and exports write it so "
                "in a conversion to that script, instead of converting it. Leave a field "
                "empty to convert the name again."
            ).format(name=self.entity.name)
        )
        self.hans_label.setText(self.tr("&Simplified:"))
        self.hant_label.setText(self.tr("&Traditional:"))
        for edit in self.fields.values():
            edit.setPlaceholderText(self.tr("converted"))
        self._check()

    def changed(self) -> dict[str, str]:
        """Script -> the new spelling ('' to convert again), for the fields changed."""
        out = {}
        for script, edit in self.fields.items():
            text = edit.text().strip()
            if text != self.initial[script]:
                out[script] = text
        return out

    def invalid(self) -> list[str]:
        """The spellings typed that do not read as the entity's name."""
        key = entity_key(self.entity.name)
        return [s for s in self.changed().values() if s and entity_key(s) != key]

    def edits(self, lib: Library) -> list[Callable[[], str]]:
        """The curation edits the changed fields ask for, to apply in order."""
        return [
            partial(curation.respell, lib, self.entity.id, script, spelling)
            for script, spelling in self.changed().items()
        ]

    def _check(self, *_args: object) -> None:
        bad = self.invalid()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.changed()) and not bad)
        self.problem.setText(
            self.tr(
                "{0} is another name, not a spelling of {1}: rename it or add an alias."
            ).format("、".join(bad), self.entity.name)
            if bad
            else ""
        )
        self.problem.setVisible(bool(bad))

"""The "Dates & sources…" dialog: a date range (YYYY, YYYY-MM or YYYY-MM-DD) and sources.

It only collects input; the caller puts it into the search state.  "2016-12"
as the end of the range includes every day of December (``db.spec``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.plain import label as plain_label

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def valid_date(text: str) -> bool:
    """Empty (no bound), or YYYY, YYYY-MM, YYYY-MM-DD."""
    return not text.strip() or bool(DATE.match(text.strip()))


class DatesSourcesDialog(QDialog):
    def __init__(
        self,
        date_from: str | None,
        date_to: str | None,
        sources: Sequence[tuple[str, int]],
        chosen: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("datesSourcesDialog")
        self.setWindowTitle(self.tr("Dates and sources"))
        self.from_edit = QLineEdit(date_from or "", self)
        self.to_edit = QLineEdit(date_to or "", self)
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._validate)
        self.sources = QListWidget(self)
        for name, count in sources:
            item = QListWidgetItem(f"{name} ({count})", self.sources)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To"), self.to_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Sources (none checked: all)"), self))
        layout.addWidget(self.sources, 1)
        layout.addWidget(self.buttons)
        self.resize(380, 420)
        self._validate()

    def _validate(self, *args: object) -> None:
        ok = valid_date(self.from_edit.text()) and valid_date(self.to_edit.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def dates(self) -> tuple[str | None, str | None]:
        return self.from_edit.text().strip() or None, self.to_edit.text().strip() or None

    def chosen_sources(self) -> list[str]:
        out = []
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

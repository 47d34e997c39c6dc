"""Preferences: interface language (applied at once), the default conversion, the import size limit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from gui.i18n import LANGUAGE_NAMES
from gui.plain import label, tooltip
from gui.settings import IMPORT_MAX_MB_LIMIT, Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        self.language_box.addItem(self.tr("System language"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.conversion_box = QComboBox(self)
        self.conversion_box.setObjectName("defaultConversion")
        self.conversion_box.addItem(self.tr("Automatic (the other script)"), "auto")
        for key, name in (
            ("t2s", "大陆简体"),
            ("s2t", "繁體"),
            ("s2tw", "台灣正體"),
            ("s2twp", "台灣用語"),
            ("s2hk", "香港繁體"),
        ):
            self.conversion_box.addItem(name, key)
        self.conversion_box.setCurrentIndex(
            max(0, self.conversion_box.findData(settings.conversion))
        )
        self.max_size_box = QSpinBox(self)
        self.max_size_box.setObjectName("importMaxSize")
        self.max_size_box.setRange(1, IMPORT_MAX_MB_LIMIT)
        self.max_size_box.setSuffix(" MB")
        self.max_size_box.setValue(settings.import_max_mb)
        self.max_size_box.setToolTip(
            tooltip(self.tr("Larger files are listed in the import summary, not read."))
        )
        self.accepted.connect(self._save_import_limit)
        note = label(self.tr("The language changes as soon as you press OK."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Conversion:"), self.conversion_box)
        form.addRow(self.tr("Largest file to &import:"), self.max_size_box)
        form.addRow(note)
        form.addRow(buttons)

    def _save_import_limit(self) -> None:
        self.settings.import_max_mb = self.max_size_box.value()

    def language(self) -> str:
        return str(self.language_box.currentData())

    def conversion(self) -> str:
        return str(self.conversion_box.currentData())

"""The dialog that keeps a highlight (a colour and an optional comment) or a note on a
whole article (a comment)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.notes import COLOURS
from gui import plain

# The background a highlight of each colour gets in the reader (light enough that
# the text, search hits and mention underlines stay readable on it).
HIGHLIGHT_HEX = {"yellow": "#fff09a", "green": "#bfe8b8", "blue": "#b8d6ff", "pink": "#ffc8de"}
QUOTE_LIMIT = 300  # characters of the passage shown in the dialog


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of a highlight colour (for the dialog and the notes list)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(HIGHLIGHT_HEX.get(colour, "#ffffff")))
    return QIcon(pixmap)


class HighlightDialog(QDialog):
    """Asks for a colour (a highlight only) and a comment; not modal to the application."""

    def __init__(self, passage: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightDialog")
        self.passage = passage  # None: a note on the whole article
        self.quote = plain.label(plain.clip(passage or "", QUOTE_LIMIT), self)
        self.quote.setWordWrap(True)
        self.quote.setVisible(passage is not None)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for i, colour in enumerate(COLOURS):
            button = QRadioButton(self)
            button.setIcon(swatch(colour))
            button.setObjectName(f"colour_{colour}")
            self.group.addButton(button, i)
            self.buttons[colour] = button
            row.addWidget(button)
            button.setVisible(passage is not None)
        row.addStretch(1)
        self.buttons[COLOURS[0]].setChecked(True)
        self.comment_label = plain.label("", self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addLayout(row)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(box)
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
        }
        for colour, button in self.buttons.items():
            button.setText(names.get(colour, colour))
        if self.passage is None:
            self.setWindowTitle(self.tr("Note on article"))
            self.comment_label.setText(self.tr("&Note:"))
        else:
            self.setWindowTitle(self.tr("Highlight"))
            self.comment_label.setText(self.tr("&Comment (optional):"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def colour(self) -> str | None:
        if self.passage is None:
            return None
        return COLOURS[max(0, self.group.checkedId())]

    def set_colour(self, colour: str) -> None:
        self.buttons[colour].setChecked(True)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

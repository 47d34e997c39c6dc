"""The reader's legend: which colour is a search hit and which is each selected entity.

Shown only when an article has both kinds of highlight (hits of the search and
mentions of the selected entities); alone, either kind explains itself.  Each
entry is a swatch painted as the panes paint the mark, and the entity's name in
a plain label (names come from articles and are never read as HTML).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui import plain
from gui.reader_pane import HIT_COLOUR, mention_tint, type_colour

SWATCH = 12  # pixels
MAX_NAMES = 3  # entities named in the legend; more are counted ("+2") and listed in its tooltip
NAME_LENGTH = 12  # characters of a name shown before "…"


def swatch(background: QColor, underline: QColor | None = None) -> QPixmap:
    """A small square of ``background`` over white, underlined like a mention."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.fillRect(pixmap.rect(), background)
    if underline is not None:
        painter.setPen(QPen(underline, 2))
        painter.drawLine(0, SWATCH - 1, SWATCH, SWATCH - 1)
    painter.end()
    return pixmap


class MarkLegend(QWidget):
    """``set_entries(has_hits, [(name, type), ...])``; visible only with hits and entities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markLegend")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._hits_label = plain.label("", self)
        self._entities: tuple[tuple[str, str], ...] = ()
        self._entity_widgets: list[QWidget] = []
        hit_swatch = plain.label("", self)
        hit_swatch.setPixmap(swatch(QColor(HIT_COLOUR)))
        self._layout.addWidget(hit_swatch)
        self._layout.addWidget(self._hits_label)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self._hits_label.setText(self.tr("search hits"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entries(self, has_hits: bool, entities: Sequence[tuple[str, str]]) -> None:
        """Show the hits' colour and each entity's (name, type) colour, if there are both."""
        entries = tuple(entities)
        if entries != self._entities:
            self._entities = entries
            for widget in self._entity_widgets:
                self._layout.removeWidget(widget)
                widget.deleteLater()
            self._entity_widgets = []
            for name, entity_type in entries[:MAX_NAMES]:
                box = plain.label("", self)
                box.setPixmap(swatch(mention_tint(entity_type, True), type_colour(entity_type)))
                self._add(box)
                self._add(plain.label(plain.clip(name, NAME_LENGTH), self))
            if len(entries) > MAX_NAMES:
                self._add(plain.label(f"+{len(entries) - MAX_NAMES}", self))
            self.setToolTip(plain.tooltip("\n".join(name for name, _ in entries)))
        self.setVisible(has_hits and bool(entries))

    def _add(self, widget: QWidget) -> None:
        if isinstance(widget, QLabel):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._layout.addWidget(widget)
        self._entity_widgets.append(widget)

    def entries(self) -> list[str]:
        """What the legend says, in order (the hits' entry first)."""
        names = [w.text() for w in self._entity_widgets if isinstance(w, QLabel) and w.text()]
        return [self._hits_label.text(), *names]

    def shown(self) -> bool:
        """Whether the legend is meant to be seen (``isVisible`` also needs a shown parent)."""
        return not self.isHidden()

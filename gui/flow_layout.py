"""A layout that places its widgets left to right and wraps onto a new row when
the width runs out, so every one of them stays in sight (the filter chips)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    # -- QLayout ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        """Put ``widget`` at ``index`` (appended when ``index`` is past the end)."""
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing -------------------------------------------------------------------
    def rows(self, width: int) -> int:
        """How many rows the visible items take at ``width``."""
        return len(self._lines(width))

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        m = self.contentsMargins()
        room = width - m.left() - m.right()
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if lines and used + w <= room:
                lines[-1].append(item)
                used += w + self._gap
            else:
                lines.append([item])
                used = w + self._gap
        return lines

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        m = self.contentsMargins()
        y = rect.y() + m.top()
        for line in self._lines(rect.width()):
            x = rect.x() + m.left()
            height = max(item.sizeHint().height() for item in line)
            for item in line:
                hint = item.sizeHint()
                if place:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y()) + m.bottom()

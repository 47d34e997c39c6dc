"""One side of the reader: read-only plain text with hit and mention highlights.

Article text is only ever set with ``setPlainText``; highlights are extra
selections.  Offsets given to this pane are Python string indices; they are
turned into Qt's UTF-16 positions here (characters outside the Basic
Multilingual Plane, such as CJK Extension B, take two).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import show_tooltip


class Utf16Map:
    """Python string index -> UTF-16 position, for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def back(self, pos: int) -> int:
        """UTF-16 position -> Python index."""
        if not self._astral:
            return pos
        index = pos
        while index > 0 and self(index) > pos:
            index -= 1
        return index


@dataclass(frozen=True)
class Mark:
    """A highlighted span of this pane's text (Python indices, end exclusive)."""

    start: int
    end: int
    kind: str  # "hit", "current", "mention", "uncertain" or "highlight"
    entity_id: int = 0
    entity_type: str = ""
    tooltip: str = ""  # plain text; shown through gui.plain
    emphasised: bool = False
    colour: str = ""  # a highlight's background ("#rrggbb")


_TYPE_COLOURS = {
    "person": "#e7298a",
    "org": "#1b9e77",
    "place": "#d95f02",
    "zone": "#7570b3",
    "park": "#7570b3",
    "document": "#66a61e",
    "policy": "#66a61e",
    "figure": "#a6761d",
    "date": "#666666",
}


HIT_COLOUR = "#ffe14d"  # the background of a search hit (the reader's legend shows it too)


def type_colour(entity_type: str) -> QColor:
    key = entity_type.lower()
    for name, colour in _TYPE_COLOURS.items():
        if key.startswith(name) or name in key:
            return QColor(colour)
    return QColor("#1f78b4")


def mention_tint(entity_type: str, emphasised: bool) -> QColor:
    """The background of a mention: its type's colour, stronger for an emphasised entity."""
    tint = type_colour(entity_type)
    tint.setAlpha(110 if emphasised else 45)
    return tint


class ReaderPane(QPlainTextEdit):
    mentionClicked = Signal(int)
    copyWithCitationRequested = Signal()
    contextMenuAt = Signal(int)  # the index the context menu is for, before it shows

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self._text = ""
        self._u16 = Utf16Map("")
        self._marks: list[Mark] = []
        self._mention_starts: list[int] = []
        self._mentions: list[Mark] = []
        self._uncertain_starts: list[int] = []
        self._uncertain: list[Mark] = []
        self._press: QPoint | None = None
        self.citation_action = None  # set by the reader; shown in the context menu
        self.extra_actions: list[QAction] = []  # the reader's highlight actions, after it

    # -- content -------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self._text = text
        self._u16 = Utf16Map(text)
        self.setPlainText(text)

    def text(self) -> str:
        return self._text

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = marks
        self._mentions = sorted((m for m in marks if m.kind == "mention"), key=lambda m: m.start)
        self._mention_starts = [m.start for m in self._mentions]
        self._uncertain = sorted((m for m in marks if m.kind == "uncertain"), key=lambda m: m.start)
        self._uncertain_starts = [m.start for m in self._uncertain]
        selections: list[QTextEdit.ExtraSelection] = []
        # Uncertain marks last: they set only a grey underline over the others' colours.
        order = {"mention": 0, "highlight": 1, "hit": 2, "current": 3, "uncertain": 4}
        for mark in sorted(marks, key=lambda m: order.get(m.kind, 0)):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for(mark.start, mark.end)
            sel.format = self._format(mark)
            selections.append(sel)
        self.setExtraSelections(selections)

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def _format(self, mark: Mark) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if mark.kind == "current":
            fmt.setBackground(QColor("#ff9632"))
            fmt.setForeground(QColor("#000000"))
        elif mark.kind == "uncertain":
            # A thin grey underline (dotted and wavy underlines are not drawn under
            # CJK text by every platform's text engine).
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#9a9a9a"))
        elif mark.kind == "highlight":
            fmt.setBackground(QColor(mark.colour))
        elif mark.kind == "hit":
            fmt.setBackground(QColor(HIT_COLOUR))
            fmt.setForeground(QColor("#000000"))
        else:
            colour = type_colour(mark.entity_type)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour)
            fmt.setBackground(mention_tint(mark.entity_type, mark.emphasised))
            if mark.emphasised:
                fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._u16(start))
        cursor.setPosition(self._u16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as Python indices into this pane's text (None: nothing selected)."""
        c = self.textCursor()
        return (
            (self._u16.back(c.selectionStart()), self._u16.back(c.selectionEnd()))
            if c.hasSelection()
            else None
        )

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def index_at(self, pos: QPoint) -> int:
        return self._u16.back(self.cursorForPosition(pos).position())

    def mention_at(self, index: int) -> Mark | None:
        i = bisect.bisect_right(self._mention_starts, index) - 1
        for k in range(i, max(-1, i - 16), -1):  # overlapping mentions are few
            m = self._mentions[k]
            if m.start <= index < m.end:
                return m
        return None

    def uncertain_at(self, index: int) -> Mark | None:
        i = bisect.bisect_right(self._uncertain_starts, index) - 1
        if i >= 0 and self._uncertain[i].start <= index < self._uncertain[i].end:
            return self._uncertain[i]
        return None

    def show_span(self, start: int) -> None:
        """Put the cursor at ``start`` (no selection) and scroll it to the centre."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._u16(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    # -- paragraphs (for keeping both panes on the same paragraph) --------------
    def first_block(self) -> tuple[int, float]:
        """The first visible paragraph and how far into it (0..1) the view starts."""
        block = self.firstVisibleBlock()
        lines = max(1, block.lineCount())
        offset = self.verticalScrollBar().value() - block.firstLineNumber()
        return block.blockNumber(), max(0.0, min(1.0, offset / lines))

    def scroll_to_block(self, number: int, fraction: float = 0.0) -> None:
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        line = block.firstLineNumber() + int(fraction * max(1, block.lineCount()))
        self.verticalScrollBar().setValue(line)

    # -- events --------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            notes = [m for m in self._marks if m.kind == "highlight" and m.start <= index < m.end]
            tips = [
                m.tooltip for m in (self.mention_at(index), self.uncertain_at(index), *notes) if m
            ]
            tip = "\n\n".join(t for t in tips if t)
            if tip:
                show_tooltip(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over = self.mention_at(self.index_at(event.position().toPoint())) is not None
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (pos - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            mark = self.mention_at(self.index_at(pos))
            if mark is not None and mark.entity_id:
                self.mentionClicked.emit(mark.entity_id)
        self._press = None

    def contextMenuEvent(self, event: object) -> None:
        self.contextMenuAt.emit(self.index_at(event.pos()))  # type: ignore[attr-defined]
        menu: QMenu = self.createStandardContextMenu()
        if self.citation_action is not None:
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.citation_action)
        first = menu.actions()[1] if len(menu.actions()) > 1 else None
        menu.insertActions(first, self.extra_actions)
        menu.exec(event.globalPos())  # type: ignore[attr-defined]
        menu.deleteLater()

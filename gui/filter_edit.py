"""A filter box that applies its text shortly after typing stops, or at once on Enter."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class FilterEdit(QLineEdit):
    applied = Signal()

    def __init__(self, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._fire)

    def cancel_pending(self) -> None:
        """Forget a delayed apply (the caller is applying the text now)."""
        self._timer.stop()

    def _fire(self) -> None:
        self._timer.stop()
        self.applied.emit()

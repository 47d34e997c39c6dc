"""Unexpected errors: a dialog with details that can be copied; the app keeps running."""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.plain import label as plain_label
from gui.plain import window_title


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return "".join(lines) + "\n" + environment()


def environment() -> str:
    return (
        f"Python {platform.python_version()} · Qt {qVersion()} · "
        f"{platform.system()} {platform.release()} ({platform.machine()})"
    )


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(window_title(self.tr("Duizhao: unexpected error")))
        self.details = details
        label = plain_label(
            self.tr(
                "Something went wrong inside Duizhao. Your library has not been changed by "
                "this error and you can keep working.\nPlease copy the details below into a "
                "bug report."
            )
        )
        label.setWordWrap(True)
        headline = plain_label(summary)
        headline.setObjectName("crashSummary")
        headline.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.setObjectName("copyDetails")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(headline)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class CrashHandler:
    """Installed as ``sys.excepthook``: shows one dialog per error, never exits."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self.parent = parent
        self.dialogs: list[CrashDialog] = []
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        details = describe(exc_type, exc, tb)
        sys.stderr.write(details)
        self.show(f"{exc_type.__name__}: {exc}", details)

    def show(self, summary: str, details: str) -> CrashDialog | None:
        if QGuiApplication.instance() is None:
            return None
        dialog = CrashDialog(summary, details, self.parent())
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.open()  # non-blocking; the event loop keeps running
        return dialog

    def worker_error(self, exc: BaseException, details: str) -> None:
        """For ``Worker(on_unhandled=...)``: an unexpected error in a background job."""
        summary = f"{type(exc).__name__}: {exc}"
        sys.stderr.write(details)
        self.show(summary, details + "\n" + environment())

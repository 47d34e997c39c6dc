"""The reader's line about what an article's file lacked when it was imported.

A PDF imported with pages that have no text layer (scanned pages) keeps that
warning with the article (``db.article_warnings``); the reader shows it under
the article's title whenever the article is open, so a reader who quotes it
knows that pages are missing.  Hidden for every other article.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from gui import plain


class ArticleWarnings(QLabel):
    """``set_warnings(words)``: one line per warning, hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleWarnings")
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5a00;")
        self.warnings: tuple[str, ...] = ()
        plain.set_plain(self, "")
        self.setVisible(False)

    def set_warnings(self, warnings: Sequence[str]) -> None:
        self.warnings = tuple(warnings)
        self.retranslate()
        self.setVisible(bool(self.warnings))

    def retranslate(self) -> None:
        lines = [self.tr("Imported with a warning: {0}").format(w) for w in self.warnings]
        plain.set_plain(self, "\n".join(lines))

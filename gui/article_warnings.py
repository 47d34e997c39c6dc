"""The reader's line about what an article's file lacked when it was imported.

A PDF imported with pages that have no text layer (scanned pages) keeps that
warning with the article (``db.article_warnings``); the reader shows it under
the article's title whenever the article is open, so a reader who quotes it
knows that pages are missing.  Hidden for every other article.  The warnings are
kept in English words (``text.pdf``); the ones it knows are shown in the
interface's language, any other as kept.
"""

from __future__ import annotations

import re
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
        lines = [
            self.tr("Imported with a warning: {0}").format(self.words(w)) for w in self.warnings
        ]
        plain.set_plain(self, "\n".join(lines))

    def words(self, warning: str) -> str:
        """A kept warning in the interface's language (as kept when it is not known)."""
        m = _SCANNED.match(warning)
        if m is None:
            return warning
        if m["one"]:
            text = self.tr("page {0} of {1} has no text layer (scanned?); its text is missing")
        else:
            text = self.tr("pages {0} of {1} have no text layer (scanned?); their text is missing")
        return text.format(m["pages"], m["total"])


# text.pdf's warning: "pages 3, 5–7 of 9 have no text layer (scanned?); their text is missing"
_SCANNED = re.compile(
    r"^(?:(?P<one>page)|pages) (?P<pages>[0-9, –-]+) of (?P<total>[0-9]+) (?:has|have) no"
    r" text layer \(scanned\?\); their text is missing$"
)

"""Text from articles, shown by Qt exactly as it is written.

Several Qt sinks guess whether a string is HTML: a tooltip, a ``QLabel`` left
at ``Qt.AutoText``, the text of a ``QMessageBox`` and the labels of
``QInputDialog`` and ``QProgressDialog`` are rendered as rich text when
``Qt.mightBeRichText`` says so (a tag or ``&lt;`` on the first line).  A title
holding ``<img src=file:///dev/zero>`` would then make Qt read that device
until the program aborts, and ``<b>`` or ``&amp;`` would not show as written.
Menu and button texts take ``&`` as a mnemonic, and a window title takes
``[*]`` as the "modified" mark.

Every place in ``gui/`` that shows a string which can come from an article or
from the user (titles, sentences, entity names, snippets, bylines, sources,
file names, error messages that quote them) goes through this module:

- ``tooltip(text)`` for tooltips, from item models (``ToolTipRole``), widgets
  and ``show_tooltip``: the text escaped inside a paragraph (or a table cell of
  a fixed width, for long lines) that keeps line breaks and spaces, so it is
  always rich text and always shows literally, whatever its first line looks
  like;
- ``label``, ``set_plain``, ``message_box``, ``warning``, ``text_dialog`` and
  ``progress_dialog`` make the widgets with their text format fixed to plain;
- ``action_text`` for menu and button texts, ``window_title`` for titles.

Plain item views draw ``DisplayRole`` as plain text already; a delegate that
paints HTML must build it with ``escape`` around everything not its own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QToolTip,
    QWidget,
)

TOOLTIP_LIMIT = 2000  # characters of one tooltip; the rest is cut with "…"
TOOLTIP_LINE = 50  # a tooltip whose lines are all this short is not wrapped
TOOLTIP_WIDTH = 32  # a longer one wraps at this many CJK characters


def escape(text: str) -> str:
    """``text`` as HTML that shows exactly these characters."""
    return html.escape(text, quote=True)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def tooltip(text: str | None, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip string that Qt shows as ``text`` literally (empty for no text).

    Short lines keep their line breaks and are not wrapped, as a plain tooltip
    would show them.  A long line wraps in a box of a fixed width: left to
    itself Qt wraps a rich tooltip into a narrow column a few words wide.
    """
    if not text:
        return ""
    text = clip(text, limit)
    body = escape(text)
    if max(len(line) for line in text.splitlines() or [""]) <= TOOLTIP_LINE:
        return f'<p style="white-space:pre">{body}</p>'
    em = QFontMetrics(QToolTip.font()).horizontalAdvance("中") if QGuiApplication.instance() else 16
    width = em * TOOLTIP_WIDTH
    return (
        f'<table width="{width}" cellspacing="0" cellpadding="0">'
        f'<tr><td style="white-space:pre-wrap">{body}</td></tr></table>'
    )


def show_tooltip(pos: QPoint, text: str, widget: QWidget | None = None) -> None:
    """``QToolTip.showText`` for a text that may hold markup."""
    QToolTip.showText(pos, tooltip(text), widget)


def show_html_tooltip(pos: QPoint, html_text: str, widget: QWidget | None = None) -> None:
    """A tooltip of rich text the caller built with ``escape`` around every string
    that is not its own (as a delegate that paints HTML must)."""
    QToolTip.showText(pos, html_text, widget)


def action_text(text: str) -> str:
    """A menu or button text that shows ``&`` as written (not as a mnemonic)."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title that shows ``[*]`` as written (not as the modified mark)."""
    return text.replace("[*]", "[*][*]")


def set_plain(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML."""
    widget = QLabel(parent)
    set_plain(widget, text)
    return widget


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box (not yet shown) whose text is plain."""
    box = QMessageBox(icon, window_title(title), text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def about(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Like ``QMessageBox.about`` (the window's icon beside the text), plain and not blocking."""
    box = message_box(parent, title, text, QMessageBox.Icon.NoIcon)
    icon = parent.windowIcon() if parent is not None else QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warning(parent: QWidget | None, title: str, text: str) -> int:
    """``QMessageBox.warning`` with the text shown as written (blocks until closed)."""
    box = message_box(parent, title, text)
    try:
        return box.exec()
    finally:
        box.deleteLater()


def _plain_labels(widget: QWidget) -> None:
    for child in widget.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)


def text_dialog(parent: QWidget | None, title: str, prompt: str, text: str = "") -> QInputDialog:
    """A one-line text dialog (not yet shown); the prompt may quote an article."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(window_title(title))
    dialog.setLabelText(prompt)  # creates the dialog's label
    _plain_labels(dialog)
    dialog.setTextValue(text)
    return dialog


def progress_dialog(parent: QWidget | None = None) -> QProgressDialog:
    """A progress dialog whose label text (file names) is plain."""
    dialog = QProgressDialog(parent)
    dialog.setLabel(label("", dialog))
    return dialog

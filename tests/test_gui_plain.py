"""Article text is shown literally everywhere: no markup of an article ever reaches Qt as HTML.

A library is planted with markup in an article's title, byline, source and
text (so in figure sentences and search snippets), in an entity's name and
alias, in the library's file name, a failed file's name, a search history
entry and an error message.  The window is opened on it and every string that
Qt shows is collected from the widgets (labels, buttons, menus, tooltips,
message boxes, window titles, the status bar) and from every item model
(``DisplayRole``, ``ToolTipRole``, headers).  Each is read the way Qt reads
it (rich text when the sink is rich or ``Qt.mightBeRichText`` says so, ``&``
as a mnemonic in menus and buttons) and must show the planted markup as
written.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtGui  # noqa: E402
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QAction, QHelpEvent, QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QStatusBar,
    QToolTip,
    QWidget,
)

from db.articles import insert_article  # noqa: E402
from db.curation import CurationError  # noqa: E402
from db.entities import list_entities  # noqa: E402
from db.library import Library  # noqa: E402
from gui import plain  # noqa: E402
from gui.mainwindow import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402
from gui.worker import Worker  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# The short payload fits in a search snippet; the long one adds an image and a link.
SHORT = "<b>ZQX</b>&amp;"
IMAGE = "<img src=file:///nonexistent/zero>"
LONG = IMAGE + '<a href="http://x/">链</a>' + SHORT
IN_FILE_NAME = "<b>QZF&amp;"  # no "/" (a file name cannot hold one)
PAYLOADS = {"ZQX": SHORT, "nonexistent": IMAGE, "QZF": IN_FILE_NAME}
HOSTILE = [
    "<img src=file:///dev/zero>",
    "<b>x</b>",
    '<a href="http://example.com/">link</a>',
    "&amp;",
    "a &lt; b",
    "<!DOCTYPE html><p>doc</p>",
    "first line\n<b>second</b>  two  spaces\tand a tab",
    "引号 \" ' 和 <<>>",
]


# -- reading a string the way Qt shows it ------------------------------------------------


def rich_document(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(text)  # parsed only: nothing is laid out, so no resource is loaded
    return doc


def rich_text(doc: QTextDocument) -> str:
    """The characters of a parsed document (the block breaks around a table are not)."""
    text = doc.toPlainText()
    if doc.rootFrame().childFrames():  # one table: an empty block before it and after it
        assert text.startswith("\n") and text.endswith("\n"), repr(text)
        return text[1:-1]
    return text


def document_links(doc: QTextDocument) -> list[str]:
    """Images and anchors of a parsed document (none may come from an article)."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append("image " + fmt.toImageFormat().name())
            if fmt.isAnchor():
                found.append("anchor " + fmt.anchorHref())
            it += 1
        block = block.next()
    return found


def strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(text: str, kind: str) -> tuple[str, list[str]]:
    """What the user reads for ``text`` given to a sink of ``kind``, and any links in it."""
    if kind == "mnemonic":
        return strip_mnemonic(text), []
    if kind == "title":
        return text.replace("[*][*]", "\0").replace("[*]", "").replace("\0", "[*]"), []
    if kind == "rich" or (kind == "auto" and QtGui.Qt.mightBeRichText(text)):
        doc = rich_document(text)
        return rich_text(doc), document_links(doc)
    return text, []


# -- collecting every string a window shows -------------------------------------------------


def label_kind(fmt: Qt.TextFormat) -> str:
    return {Qt.TextFormat.PlainText: "plain", Qt.TextFormat.RichText: "rich"}.get(fmt, "auto")


def model_strings(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str, str]]:
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, "plain"),
                (Qt.ItemDataRole.ToolTipRole, "auto"),
            ):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name} header {section} {role.name}", value, kind

    def walk(parent: QModelIndex) -> Iterator[tuple[str, str, str]]:
        for row in range(model.rowCount(parent)):
            for col in range(model.columnCount(parent)):
                index = model.index(row, col, parent)
                for role, kind in (
                    (Qt.ItemDataRole.DisplayRole, "plain"),  # drawn by Qt's delegates: plain
                    (Qt.ItemDataRole.ToolTipRole, "auto"),
                    (Qt.ItemDataRole.StatusTipRole, "plain"),
                    (Qt.ItemDataRole.WhatsThisRole, "auto"),
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{name} ({row},{col}) {role.name}", value, kind
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:
                yield from walk(first)

    yield from walk(QModelIndex())


def action_strings(name: str, action: QAction) -> Iterator[tuple[str, str, str]]:
    if action.text():
        yield f"{name} action text", action.text(), "mnemonic"
    # An action's tooltip defaults to its text without mnemonics; only one set by hand counts.
    if action.toolTip() and action.toolTip() != strip_mnemonic(action.text()):
        yield f"{name} action tooltip", action.toolTip(), "auto"


def widget_strings(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, string, kind) for every string a widget tree hands to Qt for display."""
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip(), "auto"
        if w.isWindow() and w.windowTitle():
            yield f"{name} window title", w.windowTitle(), "title"
        if isinstance(w, QLabel) and w.text():
            yield f"{name} text", w.text(), label_kind(w.textFormat())
        if isinstance(w, QAbstractButton) and w.text():
            yield f"{name} text", w.text(), "mnemonic"
        if isinstance(w, QMessageBox):
            yield f"{name} message", w.text(), label_kind(w.textFormat())
        if isinstance(w, QStatusBar) and w.currentMessage():
            yield f"{name} message", w.currentMessage(), "plain"  # painted as plain text
        if isinstance(w, QMenu) and w.title():
            yield f"{name} title", w.title(), "mnemonic"
        for action in w.actions():
            yield from action_strings(name, action)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            delegate = w.itemDelegate()
            # Qt's own delegates (those of views, combo boxes and completers) draw
            # DisplayRole as plain text.  A delegate of our own that paints HTML must
            # escape the article's text with gui.plain.escape and gets a check here.
            assert type(delegate).__module__.startswith("PySide6"), (name, delegate)
            yield from model_strings(name, w.model())


def check_literal(strings: list[tuple[str, str, str]]) -> set[str]:
    """Assert that every planted payload shows as written; return where they were seen."""
    seen: set[str] = set()
    problems = []
    for where, text, kind in strings:
        visible, links = shown(text, kind)
        if links:
            problems.append(f"{where}: {links} in {text!r}")
        for marker, payload in PAYLOADS.items():
            if visible.count(marker) != visible.count(payload):
                problems.append(f"{where}: shows {visible!r} for {text!r}")
            if marker in visible:
                seen.add(where)
    assert not problems, "\n".join(problems)
    return seen


# -- the helpers themselves -------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_tooltip_shows_the_text_as_written(text: str) -> None:
    tip = plain.tooltip(text)
    assert QtGui.Qt.mightBeRichText(tip)  # always rich text, never left to Qt's guess
    doc = rich_document(tip)
    assert rich_text(doc) == text
    assert document_links(doc) == []
    long = plain.tooltip(text * 30)  # long lines wrap in a table cell of a fixed width
    assert rich_text(rich_document(long)) == text * 30
    wraps = max(len(line) for line in (text * 30).splitlines()) > plain.TOOLTIP_LINE
    assert ("<table" in long) == wraps and ("<table" in tip) is False


def test_tooltip_is_empty_for_no_text_and_bounded_for_a_long_one() -> None:
    assert plain.tooltip("") == plain.tooltip(None) == ""
    long = "长" * (plain.TOOLTIP_LIMIT * 10)
    visible = rich_text(rich_document(plain.tooltip(long)))
    assert len(visible) == plain.TOOLTIP_LIMIT and visible.endswith("…")


@pytest.mark.parametrize("text", HOSTILE)
def test_widgets_of_the_helper_show_their_text_as_written(qtbot, text: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    widgets = [
        plain.label(text, parent),
        plain.message_box(parent, "t", text),
        plain.text_dialog(parent, "t", text, text),
        plain.progress_dialog(parent),
    ]
    widgets[-1].setLabelText(text)
    action = QAction(plain.action_text(text), parent)
    parent.addAction(action)
    visible = [shown(s, kind) for _where, s, kind in widget_strings(parent)]
    assert all(links == [] for _, links in visible)
    # the label, the box's text, the dialog's prompt, the progress label, the action
    assert [v for v, _ in visible].count(text) >= 5


def test_window_title_keeps_a_literal_placeholder(qtbot) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    w.setWindowTitle(plain.window_title("a[*]b"))
    w.show()
    qtbot.waitExposed(w)
    assert w.windowHandle().title() == "a[*]b"


# -- the whole window on a hostile library ---------------------------------------------------


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    from db.extraction import extract_library

    path = tmp_path / f"库{IN_FILE_NAME}.duizhao"
    lib = Library.open(path)
    with lib.transaction() as conn:
        insert_article(
            conn,
            title="标题" + LONG,
            byline="记者 " + LONG,
            source="来源" + SHORT,
            script="hans",
            date="2024-05-01",
            text=(
                f"中关村科技园区{SHORT}今年投资3亿元{SHORT}支持创新{SHORT}。\n"
                f"北京市人民政府表示，将继续推动京津冀协同创新{SHORT}。"
            ),
        )
    extract_library(lib)
    lib.close()
    return path


def test_every_string_of_the_window_shows_article_markup_literally(
    qtbot, hostile_library: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "in" / f"坏{IN_FILE_NAME}.txt"
    broken.parent.mkdir()
    broken.write_bytes(b"")
    window = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    window.auto_extract = False
    qtbot.addWidget(window)
    window.set_library(Library.open(hostile_library, create=False))
    window.show()
    qtbot.waitExposed(window)
    strings: list[tuple[str, str, str]] = []
    dialogs: dict[str, list[tuple[str, str, str]]] = {}

    # the entity: renamed and given an alias with markup, through the panel
    panel = window.entity_panel
    org = next(e for e in list_entities(window.lib) if e.name == "北京市人民政府")
    assert panel.select_entity(org.id)
    panel.rename_selected("北京市人民政府" + LONG)
    strings += widget_strings(window)  # the status bar shows the rename and undo names it
    panel.add_alias_to_selected("政府" + SHORT)
    renamed = next(e for e in list_entities(window.lib) if e.name.startswith("北京市人民政府"))
    assert panel.select_entity(renamed.id)
    for name, dialog in (
        ("rename", panel.rename_dialog()),
        ("alias", panel.alias_dialog()),
        ("merge", panel.merge_dialog()),
    ):
        assert dialog is not None
        dialogs[name] = list(widget_strings(dialog))
        dialog.deleteLater()

    # a search with a snippet next to markup, and the article in the reader
    window.search_bar.set_text("创新", emit=True)
    window.results.select_row(0)
    window.open_pending_article()
    assert window.reader.article is not None
    pane = window.reader.original_pane
    mention = next(m for m in pane.marks() if m.kind == "mention" and m.entity_id == renamed.id)
    rect = pane.cursorRect(pane.cursor_for(mention.start, mention.start + 1))
    pos = rect.center() + QPoint(1, 0)
    QApplication.sendEvent(
        pane.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, pane.viewport().mapToGlobal(pos))
    )
    assert QToolTip.isVisible()
    strings.append(("reader mention tooltip", QToolTip.text(), "auto"))
    QToolTip.hideText()

    # menus filled on demand, an error message, a crash report and an import summary
    window.search_bar.set_history([SHORT])
    window.search_bar._fill_history_menu()
    window.library_menu.fill_recent_menu()
    panel.curation._guard(lambda: (_ for _ in ()).throw(CurationError("不能改 " + LONG)))
    window.crash.show("ValueError: " + LONG, "details " + LONG)
    window.import_paths([broken.parent])
    strings += widget_strings(window)

    seen = check_literal(strings)
    for name, group in dialogs.items():
        assert check_literal(group), f"the {name} dialog should quote the entity's name"
    expected = [
        "ResultsView#results (0,0) ToolTipRole",  # the title
        "ResultsView#results (0,2) ToolTipRole",  # the source
        "ResultsView#results (0,4) ToolTipRole",  # the snippet
        "QTableView# (0,4) ToolTipRole",  # the figure's sentence
        "QTreeView# (0,0) ToolTipRole",  # the entity's name and alias
        "QLabel#articleTitle text",
        "QLabel#articleMeta text",  # the byline
        "reader mention tooltip",
        "QStatusBar# message",  # the rename
        "action text",  # Undo rename …
        "QMessageBox#curationProblem message",
        "QLabel#crashSummary text",
        "QTreeWidget#failures",  # the broken file's name
        "MainWindow#mainWindow window title",  # the library's file name
    ]
    missing = [e for e in expected if not any(e in where for where in seen)]
    assert not missing, f"not seen: {missing}; seen: {sorted(seen)}"
    window.close()


# -- no sink is reached around the helper -------------------------------------------------------

GUI = ROOT / "gui"
# Calls that hand a string to Qt in a form it may read as HTML (or construct a widget
# whose text format is left to Qt's guess); outside gui/plain.py they are not used.
FORBIDDEN_CALLS = {
    "QLabel",
    "QMessageBox",
    "QInputDialog",
    "QProgressDialog",
    "showText",
    "warning",
    "critical",
    "information",
    "question",
    "about",
    "getText",
    "getItem",
    "getMultiLineText",
    "setInformativeText",
}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if func.attr in {"warning", "critical", "information", "question", "about"}:
            return func.attr if isinstance(owner, ast.Name) and owner.id == "QMessageBox" else ""
        if func.attr in {"getText", "getItem", "getMultiLineText"}:
            return func.attr if isinstance(owner, ast.Name) and owner.id == "QInputDialog" else ""
        if func.attr == "showText":
            return func.attr if isinstance(owner, ast.Name) and owner.id == "QToolTip" else ""
        return func.attr if func.attr == "setInformativeText" else ""
    return ""


def _is_own_text(node: ast.expr) -> bool:
    """``self.tr("...")`` with a literal and nothing formatted in: no article text."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
    )


def _is_tooltip_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "tooltip")
        or (isinstance(node.func, ast.Attribute) and node.func.attr == "tooltip")
    )


def test_gui_reaches_text_sinks_only_through_the_helper() -> None:
    problems = []
    for path in sorted(GUI.glob("*.py")):
        if path.name == "plain.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            where = f"{path.name}:{node.lineno}"
            if name in FORBIDDEN_CALLS:
                problems.append(f"{where}: {name}(...) (use gui.plain)")
            if isinstance(node.func, ast.Attribute) and node.func.attr == "setToolTip":
                text = node.args[-1] if node.args else None
                if text is None or not (_is_own_text(text) or _is_tooltip_call(text)):
                    problems.append(f"{where}: setToolTip without gui.plain.tooltip")
    assert not problems, "\n".join(problems)


def test_the_sink_check_sees_a_call_around_the_helper(tmp_path: Path) -> None:
    bad = "QToolTip.showText(p, title, w)\nitem.setToolTip(0, title)\nQLabel(title)\n"
    names = [_call_name(n) for n in ast.walk(ast.parse(bad)) if isinstance(n, ast.Call)]
    assert {"showText", "QLabel"} <= set(names)
    call = next(
        n
        for n in ast.walk(ast.parse(bad))
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "setToolTip"
    )
    assert not (_is_own_text(call.args[-1]) or _is_tooltip_call(call.args[-1]))

"""The entity tree's curation commands: rename, merge, change type, hide, keep, delete,
add an alias, split off, undo and redo, and the context menu that offers them.

Every edit goes through ``db.curation``.  In the window the edits are writes
through ``gui.operations`` (their own connection, off the interface thread, one
write at a time) and announce that the entities changed; a user's error (an
empty name, a merge into itself, a library another program holds) is shown in
a message.  A panel without the operations helper (tests) makes the edits at
once on its library and raises the error to the caller.  The dialogs only
collect input and call the public ``*_selected`` methods.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from db import curation
from db.changes import ENTITIES_CHANGED
from db.entities import ENTITY_TYPES, EntityRow, find_entity, list_entities
from db.library import Library, LibraryError
from gui.merge_dialog import MergeDialog
from gui.plain import action_text, message_box, text_dialog
from gui.respell_dialog import RespellDialog

if TYPE_CHECKING:
    from gui.entity_panel import EntityPanel
    from gui.operations import Operations
    from gui.worker import Task

Edit = Callable[[Library], str]
Follow = Callable[[Library], Sequence[int]]


class CurationActions(QObject):
    """Owned by the entity panel; its ``*_selected`` methods are the panel's own."""

    PUBLIC = (
        "rename_selected",
        "merge_selected_into",
        "retype_selected",
        "hide_selected",
        "unhide_selected",
        "keep_selected",
        "delete_selected",
        "add_alias_to_selected",
        "split_off_selected",
        "undo",
        "redo",
        "build_context_menu",
        "rename_dialog",
        "alias_dialog",
        "merge_dialog",
    )

    def __init__(self, panel: EntityPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.ops: Operations | None = None
        self._undo_state: tuple[bool, str | None, bool, str | None] = (False, None, False, None)
        self.undo_action = QAction(panel)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda: self._guard(self.undo))
        self.redo_action = QAction(panel)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self._guard(self.redo))
        self.rename_action = QAction(panel)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._ask_rename)
        self.rename_action.setEnabled(False)
        self.respell_action = QAction(panel)
        self.respell_action.setObjectName("respellEntity")
        self.respell_action.triggered.connect(self._ask_respell)

    def retranslate(self) -> None:
        self.rename_action.setText(self.tr("Rename…"))
        self.respell_action.setText(RespellDialog.action_text())
        self._show_actions()

    # -- making edits ------------------------------------------------------------
    def _require_lib(self) -> Library:
        lib = self.panel.library()
        if lib is None:
            raise LibraryError(self.tr("no library is open"))
        return lib

    def _one_selected(self) -> EntityRow:
        panel = self.panel
        current = panel.model.entity_at(panel.tree.currentIndex())
        chosen = panel.selected_entities()
        if current is not None and current.id in {e.id for e in chosen}:
            return current
        if not chosen:
            raise curation.CurationError(self.tr("select an entity first"))
        return chosen[0]

    def _apply(self, edits: Sequence[Edit], select: Follow | None = None) -> str:
        """Make edits through ``db.curation``, then reload once and emit ``curated``.

        If an edit fails, those made before it stay made (each can be undone):
        the tree is reloaded and ``curated`` emitted before the error goes on.
        """
        lib = self._require_lib()
        if self.ops is None:
            labels, follow, error = _run_edits(lib, edits, select)
            if error is not None:
                if labels:
                    self._finish("; ".join(labels))
                raise error
            return self._finish("; ".join(labels), follow)
        out: list[str] = []

        def job(own: Library, _task: Task) -> tuple[list[str], list[int] | None, Exception | None]:
            return _run_edits(own, edits, select)

        def done(result: tuple[list[str], list[int] | None, Exception | None]) -> None:
            labels, follow, error = result
            if labels or error is None:
                out.append(self._finish("; ".join(labels), follow))
            if error is not None:
                self._problem(error)

        self.ops.write(job, done, on_error=self._problem)
        return out[0] if out else ""  # known at once when the worker is synchronous

    def _finish(self, label: str | None, select: Sequence[int] | None = None) -> str:
        self.panel.reload_after_edit(select)
        self.panel.curated.emit()
        if self.ops is not None:
            self.panel.announce(ENTITIES_CHANGED)
        if label:  # after the announcement: the search it reruns has its own line
            self.panel.statusMessage.emit(label)
        return label or ""

    def rename_selected(self, new_name: str) -> str:
        entity = self._one_selected()
        return self._apply([lambda lib: curation.rename(lib, entity.id, new_name)])

    def merge_selected_into(self, target_id: int) -> str:
        """Merge every selected entity (other than the target) into ``target_id``.

        Each merge is one step of undo.
        """
        self._require_lib()
        sources = [e.id for e in self.panel.selected_entities() if e.id != target_id]
        if not sources:
            raise curation.CurationError(self.tr("select the entities to merge first"))
        edits = [lambda lib, sid=sid: curation.merge(lib, sid, target_id) for sid in sources]
        return self._apply(edits, lambda _lib: [target_id])

    def retype_selected(self, new_type: str) -> str:
        self._require_lib()
        entities = [e for e in self.panel.selected_entities() if e.type != new_type]
        if not entities:
            raise curation.CurationError(self.tr("nothing to change"))
        before: set[int] = set()

        def remember(own: Library) -> str:
            before.update(r.id for r in list_entities(own, type=new_type, include_hidden=True))
            return ""  # no edit: what the new type held before the first move

        def moved(own: Library) -> list[int]:
            # The entity changes id (it is keyed by type): follow it to the new type.
            after = [r.id for r in list_entities(own, type=new_type, include_hidden=True)]
            ids = [i for i in after if i not in before]
            for e in entities:
                found = find_entity(own, e.name_hans, new_type)
                if found is not None and found.id not in ids:
                    ids.append(found.id)
            return ids

        edits = [lambda own, e=e: curation.retype(own, e.id, new_type) for e in entities]
        return self._apply([remember, *edits], moved)

    def _each(self, keep: Callable[[EntityRow], bool], edit: Callable, empty: str) -> str:
        self._require_lib()
        entities = [e for e in self.panel.selected_entities() if keep(e)]
        if not entities:
            raise curation.CurationError(empty)
        return self._apply([lambda lib, e=e: edit(lib, e.id) for e in entities])

    def hide_selected(self) -> str:
        return self._each(lambda e: not e.hidden, curation.hide, self.tr("select an entity first"))

    def unhide_selected(self) -> str:
        return self._each(
            lambda e: e.hidden, curation.unhide, self.tr("no hidden entity is selected")
        )

    def keep_selected(self) -> str:
        """Keep the selected uncertain entities in the tree (the user takes them for names)."""
        return self._each(
            lambda e: e.uncertain, curation.confirm, self.tr("no uncertain entity is selected")
        )

    def delete_selected(self) -> str:
        return self._each(lambda e: True, curation.delete, self.tr("select an entity first"))

    def add_alias_to_selected(self, alias: str) -> str:
        entity = self._one_selected()
        return self._apply(
            [lambda lib: curation.add_alias(lib, entity.id, alias)], lambda _lib: [entity.id]
        )

    def split_off_selected(self, name: str) -> str:
        """Make ``name``, which the automatic rules put into the selected entity, its own."""
        entity = self._one_selected()
        return self._apply(
            [lambda lib: curation.split(lib, entity.id, name)], lambda _lib: [entity.id]
        )

    def undo(self) -> str | None:
        """Undo the newest edit; its description, or None when there was nothing to undo."""
        return self._step(curation.undo)

    def redo(self) -> str | None:
        return self._step(curation.redo)

    def _step(self, step: Callable[[Library], str | None]) -> str | None:
        lib = self._require_lib()
        if self.ops is None:
            label = step(lib)
            self._finish(label)
            return label
        out: list[str | None] = []

        def done(label: str | None) -> None:
            out.append(label)
            self._finish(label)

        self.ops.write(lambda own, _task: step(own), done, on_error=self._problem)
        return out[0] if out else None

    # -- undo and redo as actions ------------------------------------------------
    def update_actions(self) -> None:
        """Read what can be undone and redone from the library, then show it."""
        lib = self.panel.library()
        can_undo = lib is not None and curation.can_undo(lib)
        can_redo = lib is not None and curation.can_redo(lib)
        undo_label = redo_label = None
        if lib is not None and (can_undo or can_redo):
            entries = curation.history(lib)
            done = [label for _, label, undone in entries if not undone]
            pending = [label for _, label, undone in entries if undone]
            undo_label = done[-1] if done else None
            redo_label = pending[0] if pending else None
        self._undo_state = (can_undo, undo_label, can_redo, redo_label)
        self._show_actions()

    def _show_actions(self) -> None:
        can_undo, undo_label, can_redo, redo_label = self._undo_state
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo = self.tr("Undo %s") % undo_label if undo_label else self.tr("Undo")
        redo = self.tr("Redo %s") % redo_label if redo_label else self.tr("Redo")
        self.undo_action.setText(action_text(undo))
        self.redo_action.setText(action_text(redo))

    def _guard(self, fn: Callable[[], object]) -> None:
        """Run an edit started from the interface; show the user's errors in a message."""
        try:
            fn()
        except LibraryError as exc:
            self._problem(exc)

    def _problem(self, exc: BaseException) -> None:
        box = message_box(self.panel, self.tr("Cannot change the entity"), str(exc))
        box.setObjectName("curationProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- context menu ------------------------------------------------------------
    def build_context_menu(self) -> QMenu:
        """The curation menu for the current selection (empty when nothing is selected)."""
        panel = self.panel
        menu = QMenu(panel)
        entities = panel.selected_entities()
        if not entities:
            return menu
        single = len(entities) == 1
        menu.addAction(self.rename_action)
        types = {e.type for e in entities}
        merge = menu.addAction(self.tr("Merge into…"), lambda: self._ask_merge())
        merge.setEnabled(len(types) == 1)
        retype = menu.addMenu(self.tr("Change type"))
        for t in ENTITY_TYPES:
            if types == {t}:
                continue
            retype.addAction(
                panel.model.type_label(t), lambda t=t: self._guard(lambda: self.retype_selected(t))
            )
        menu.addAction(self.tr("Add alias…"), lambda: self._ask_alias()).setEnabled(single)
        menu.addAction(self.respell_action)
        self.respell_action.setEnabled(single)
        lib = panel.library()
        names = curation.split_candidates(lib, entities[0].id) if single and lib else []
        split = menu.addMenu(self.tr("Split off"))
        for name in names:
            split.addAction(name, lambda n=name: self._guard(lambda: self.split_off_selected(n)))
        split.setEnabled(bool(names))
        menu.addSeparator()
        if any(not e.hidden for e in entities):
            menu.addAction(self.tr("Hide"), lambda: self._guard(self.hide_selected))
        if any(e.hidden for e in entities):
            menu.addAction(self.tr("Show again"), lambda: self._guard(self.unhide_selected))
        if any(e.uncertain for e in entities):
            menu.addAction(self.tr("Keep in the tree"), lambda: self._guard(self.keep_selected))
        menu.addAction(self.tr("Delete (not an entity)"), lambda: self._guard(self.delete_selected))
        menu.addSeparator()
        menu.addAction(panel.copy_action)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        return menu

    # -- dialogs -----------------------------------------------------------------
    def rename_dialog(self) -> QInputDialog | None:
        """The dialog asking for a new name of the selected entity (not yet shown)."""
        if not self.panel.selected_ids():
            return None
        entity = self._one_selected()
        return text_dialog(
            self.panel, self.tr("Rename"), self.tr("New name for %s:") % entity.name, entity.name
        )

    def alias_dialog(self) -> QInputDialog | None:
        """The dialog asking for another name of the selected entity (not yet shown)."""
        if not self.panel.selected_ids():
            return None
        entity = self._one_selected()
        return text_dialog(
            self.panel, self.tr("Add alias"), self.tr("Another name for %s:") % entity.name
        )

    def merge_dialog(self) -> MergeDialog | None:
        """A dialog listing the other entities of the selection's type."""
        sources = self.panel.selected_entities()
        types = {e.type for e in sources}
        if not sources or len(types) != 1:
            return None
        ids = {e.id for e in sources}
        candidates = [e for e in self.panel.model.entities_of_type(types.pop()) if e.id not in ids]
        return MergeDialog(candidates, sources, self.panel)

    def _ask_rename(self) -> None:
        dialog = self.rename_dialog()
        if dialog is None:
            return
        entity = self._one_selected()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.textValue()
            if name.strip() and name.strip() != entity.name:
                self._guard(lambda: self.rename_selected(name))
        dialog.deleteLater()

    def respell_dialog(self) -> RespellDialog:
        return RespellDialog(self._one_selected(), self.panel)

    def _ask_respell(self) -> None:
        """How the entity's name is spelt in the other script (the reader then uses it)."""
        try:
            dialog = self.respell_dialog()
        except curation.CurationError as exc:
            self._problem(exc)
            return
        entity_id = dialog.entity.id
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edits: list[Edit] = [
                lambda lib, s=script, v=spelling: curation.respell(lib, entity_id, s, v)
                for script, spelling in dialog.changed().items()
            ]
            self._guard(lambda: self._apply(edits, lambda _lib: [entity_id]))
        dialog.deleteLater()

    def _ask_alias(self) -> None:
        dialog = self.alias_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            alias = dialog.textValue()
            if alias.strip():
                self._guard(lambda: self.add_alias_to_selected(alias))
        dialog.deleteLater()

    def _ask_merge(self) -> None:
        dialog = self.merge_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            target = dialog.target_id()
            if target is not None:
                self._guard(lambda: self.merge_selected_into(target))
        dialog.deleteLater()


def _run_edits(
    lib: Library, edits: Sequence[Edit], select: Follow | None
) -> tuple[list[str], list[int] | None, Exception | None]:
    """Make the edits in turn; stop at the first refused one (those before it stay made)."""
    labels: list[str] = []
    try:
        for edit in edits:
            label = edit(lib)
            if label:
                labels.append(label)
    except LibraryError as exc:
        return labels, None, exc
    return labels, (list(select(lib)) if select is not None else None), None

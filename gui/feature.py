"""The small interface every window feature has, and the hub that feeds it.

A feature (a panel, a view, an action group such as import or export) is told
which library is open, reacts to what changed, and retranslates itself.  The
window registers features with the :class:`FeatureHub`; writers' change
records (``db.changes.Change``) reach every feature through one signal, so a
new view adds nothing to the main window beyond its registration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

from db.changes import LIBRARY_REPLACED, Change

if TYPE_CHECKING:
    from db.library import Library


@runtime_checkable
class Feature(Protocol):
    def set_library(self, lib: Library | None) -> None: ...

    def on_change(self, change: Change) -> None: ...

    def retranslate(self) -> None: ...


class FeatureHub(QObject):
    """Holds the features; ``changed`` carries every Change to each of them."""

    changed = Signal(object)  # db.changes.Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.features: list[Feature] = []
        self.lib: Library | None = None
        self.changed.connect(self._deliver)

    def register(self, feature: Feature) -> Feature:
        self.features.append(feature)
        feature.set_library(self.lib)
        return feature

    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        for feature in self.features:
            feature.set_library(lib)

    def announce(self, change: Change) -> None:
        """Called on the GUI thread after a write has committed."""
        if not change.empty:
            self.changed.emit(change)

    def retranslate(self) -> None:
        for feature in self.features:
            feature.retranslate()

    def _deliver(self, change: Change) -> None:
        for feature in self.features:
            feature.on_change(change)


__all__ = ["Change", "Feature", "FeatureHub", "LIBRARY_REPLACED"]

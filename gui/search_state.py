"""What the window is looking at: one ``db.spec.SearchSpec``, edited by every panel.

The search bar sets the query text, the entity tree adds or sets the entities,
the chips remove filters, the dates-and-sources dialog sets a range and
sources; each edit emits ``changed`` once with the new specification and the
search runs from it.  The filters combine (AND): setting one never clears
another.  The list order may also be "title" (a sort of the window's only),
which is kept beside the specification.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from db.spec import ORDERS, SearchSpec


class SearchState(QObject):
    changed = Signal(object)  # SearchSpec

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spec = SearchSpec()
        self._order = "relevance"

    # -- reading ----------------------------------------------------------------
    def spec(self) -> SearchSpec:
        return self._spec

    def order(self) -> str:
        """The list order: relevance, newest, oldest or title."""
        return self._order

    def entity_names(self) -> dict[int, str]:
        names = self._spec.entity_names
        return {
            eid: (names[i] if i < len(names) else f"#{eid}")
            for i, eid in enumerate(self._spec.entities)
        }

    # -- editing ----------------------------------------------------------------
    def set_spec(self, spec: SearchSpec) -> None:
        if spec.order != self._spec.order:
            self._order = spec.order
        self._update(spec, force=True)

    def set_query(self, text: str) -> None:
        self._update(replace(self._spec, query=text.strip()))

    def set_entities(self, ids: Sequence[int], names: Sequence[str] = ()) -> None:
        """Filter by exactly these entities (every one is mentioned); ``names`` label them."""
        ids = list(dict.fromkeys(ids))
        labels = list(names) + [f"#{i}" for i in ids[len(names) :]]
        self._update(
            replace(self._spec, entities=tuple(ids), entity_names=tuple(labels[: len(ids)]))
        )

    def add_entity(self, entity_id: int, name: str = "") -> None:
        if entity_id in self._spec.entities:
            return
        names = self.entity_names()
        names[entity_id] = name or f"#{entity_id}"
        self.set_entities(list(names), list(names.values()))

    def remove_entity(self, entity_id: int) -> None:
        names = self.entity_names()
        if names.pop(entity_id, None) is not None:
            self.set_entities(list(names), list(names.values()))

    def set_types(self, types: Sequence[str]) -> None:
        self._update(replace(self._spec, types=tuple(dict.fromkeys(types))))

    def set_dates(self, date_from: str | None, date_to: str | None) -> None:
        self._update(replace(self._spec, date_from=date_from or None, date_to=date_to or None))

    def set_sources(self, sources: Sequence[str]) -> None:
        self._update(replace(self._spec, sources=tuple(dict.fromkeys(sources))))

    def set_order(self, order: str) -> None:
        self._order = order
        self._update(
            replace(self._spec, order=order if order in ORDERS else "relevance"), force=True
        )

    def clear(self) -> None:
        """Every filter and the search text go; the order stays."""
        self._update(SearchSpec(order=self._spec.order))

    def refresh(self) -> None:
        """Emit ``changed`` with the same specification (the library changed)."""
        self.changed.emit(self._spec)

    def _update(self, spec: SearchSpec, *, force: bool = False) -> None:
        same = spec == self._spec and spec.entity_names == self._spec.entity_names
        self._spec = spec
        if force or not same:
            self.changed.emit(spec)

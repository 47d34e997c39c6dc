"""The whole search in one line, in the interface language.

"燕郊 · mentions 任睿杰 · 2023–2024 · 12 articles": the parts of
``db.spec.SearchSpec.describe`` with their words translated, used by the status
bar and the chips.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.spec import SearchSpec


def type_name(entity_type: str) -> str:
    """An entity type as a noun after "a": person, organisation, place ..."""
    names = {
        "person": QCoreApplication.translate("SearchSpec", "person"),
        "organization": QCoreApplication.translate("SearchSpec", "organisation"),
        "place": QCoreApplication.translate("SearchSpec", "place"),
        "park": QCoreApplication.translate("SearchSpec", "park or zone"),
        "document": QCoreApplication.translate("SearchSpec", "document"),
        "figure": QCoreApplication.translate("SearchSpec", "figure"),
        "date": QCoreApplication.translate("SearchSpec", "date"),
    }
    return names.get(entity_type, entity_type)


def entity_part(name: str) -> str:
    return QCoreApplication.translate("SearchSpec", "mentions {0}").format(name)


def types_part(types: tuple[str, ...]) -> str:
    return QCoreApplication.translate("SearchSpec", "a {0}").format(
        QCoreApplication.translate("SearchSpec", " or ").join(type_name(t) for t in types)
    )


def dates_part(date_from: str | None, date_to: str | None) -> str:
    return f"{date_from or '…'}–{date_to or '…'}"


def sources_part(sources: tuple[str, ...]) -> str:
    return QCoreApplication.translate("SearchSpec", "from {0}").format(
        QCoreApplication.translate("SearchSpec", ", ").join(sources)
    )


def order_part(order: str) -> str:
    return {
        "newest": QCoreApplication.translate("SearchSpec", "newest first"),
        "oldest": QCoreApplication.translate("SearchSpec", "oldest first"),
        "title": QCoreApplication.translate("SearchSpec", "by title"),
    }.get(order, "")


def describe(spec: SearchSpec, count: int | None = None, order: str | None = None) -> str:
    """The specification in one line, with the number of articles when given."""
    parts = [spec.query] if spec.query else []
    names = spec.entity_names or tuple(f"#{i}" for i in spec.entities)
    parts += [entity_part(name) for name in names[: len(spec.entities)]]
    if spec.types:
        parts.append(types_part(spec.types))
    if spec.date_from or spec.date_to:
        parts.append(dates_part(spec.date_from, spec.date_to))
    if spec.sources:
        parts.append(sources_part(spec.sources))
    shown_order = order_part(order or spec.order)
    if shown_order:
        parts.append(shown_order)
    if count is not None:
        parts.append(articles_part(count))
    return " · ".join(parts)


def articles_part(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("SearchSpec", "1 article")
    return QCoreApplication.translate("SearchSpec", "{0} articles").format(f"{count:,}")

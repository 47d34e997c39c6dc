"""What a reader is looking at, as one Qt-free value: the search specification.

A search text, the entities every article must mention, entity types it must
mention one of, a date range and sources, and an order.  The command line's
``search`` builds one; the search, its count and the exports take it, so the
filters combine (AND) the same way everywhere.  It is plain data: ``to_json``
and ``from_json`` keep it (a saved search), ``describe`` states it in one line.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

Order = Literal["relevance", "newest", "oldest"]
ORDERS: tuple[Order, ...] = ("relevance", "newest", "oldest")


@dataclass(frozen=True)
class SearchSpec:
    query: str = ""
    entities: tuple[int, ...] = ()  # every one is mentioned (entity ids)
    types: tuple[str, ...] = ()  # an entity of one of these types is mentioned
    date_from: str | None = None
    date_to: str | None = None  # "2016-12" includes every day of December
    sources: tuple[str, ...] = ()  # from one of these sources
    order: Order = "relevance"
    entity_names: tuple[str, ...] = field(default=(), compare=False)  # for describe()
    added_after: int = 0  # only articles with a larger id (added later)

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}")

    @property
    def filtered(self) -> bool:
        """Whether anything besides the search text narrows the articles."""
        return bool(self.entities or self.types or self.date_from or self.date_to or self.sources)

    def filter_sql(self, alias: str = "a") -> tuple[str, list[object]]:
        """The conditions on the articles table (as ``alias``) other than the search text:
        `` AND ...`` clauses and their parameters ("" when there are none)."""
        a = alias
        sql, params = "", []
        if self.date_from:
            sql += f" AND {a}.date >= ?"
            params.append(self.date_from)
        if self.date_to:
            sql += f" AND {a}.date <= ?"
            # "2020-12" includes every day of December
            params.append(self.date_to + "\uffff" if len(self.date_to) < 10 else self.date_to)
        if self.sources:
            sql += f" AND {a}.source IN ({', '.join('?' * len(self.sources))})"
            params.extend(self.sources)
        for entity_id in self.entities:
            sql += f" AND {a}.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
            params.append(entity_id)
        if self.added_after:
            sql += f" AND {a}.id > ?"
            params.append(self.added_after)
        if self.types:
            marks = ", ".join("?" * len(self.types))
            sql += (
                f" AND {a}.id IN (SELECT m.article_id FROM mentions m"
                f" JOIN entities e ON e.id = m.entity_id WHERE e.type IN ({marks}))"
            )
            params.extend(self.types)
        return sql, params

    def describe(self) -> str:
        """The whole specification in one line: 燕郊 · mentions 任睿杰 · 2023–2024."""
        parts = [self.query] if self.query else []
        names = self.entity_names or tuple(f"#{i}" for i in self.entities)
        parts += [f"mentions {name}" for name in names]
        if self.types:
            parts.append("a " + " or ".join(self.types))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'}–{self.date_to or '…'}")
        if self.sources:
            parts.append("from " + ", ".join(self.sources))
        if self.order != "relevance":
            parts.append(f"{self.order} first")
        return " · ".join(parts)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SearchSpec:
        data = json.loads(text)
        for key in ("entities", "types", "sources", "entity_names"):
            data[key] = tuple(data.get(key) or ())
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

"""Facet counts of a search's results: entity types, top entities, sources, years.

``facets(lib, spec)`` counts, over the articles ``spec`` matches (search text and
filters, compiled by ``db.search.spec_ids_sql``):

- entity types: how many of the articles mention an entity of each type (the
  same condition as ``SearchSpec.types``, so narrowing to a type leaves exactly
  that many articles);
- the ``top`` entities of each type by the number of those articles mentioning
  them (the entities the tree lists: visible, confidence at least the tree's
  threshold), the same condition as ``SearchSpec.entities``;
- sources (the ``max_sources`` largest; ``None`` for articles without one);
- years of the articles' dates (``None`` for undated articles), newest first.

Cost: the matching ids are put once into a temporary table (one pass of the
search, as the result list makes); then one pass reads the mentions of those
articles and groups them by entity, a second by type, and a third groups the
articles by source and year (source and date are stored before the text, so no
text is read).  Each pass takes one of two ways, by the share of the library in
the results: few results (at most ``NARROW_SHARE`` of the articles) are read
from the results outwards (index ``mentions_article``, then each mention's row);
more are read as one scan in order of the covering index ``mentions_entity``
(every mention of the library, looked up in the temporary table), which for
most of a library costs less than as many lookups.  So a narrow search costs its
own mentions, and the whole of 100,000 articles costs a scan of every mention per
pass.  All passes read one snapshot (one read transaction); ``cancelled`` is
asked between them, and a cancelled run stops at the next pass and returns
``None``.  The lists are capped: ``top`` entities per type, ``max_sources``
sources (the years are bounded by the calendar).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from db.entities import ENTITY_TYPES, STATUS_VISIBLE, TREE_THRESHOLD
from db.library import Library
from db.search import spec_ids_sql
from db.spec import SearchSpec

TOP_ENTITIES = 10  # entities listed per type
MAX_SOURCES = 30  # sources listed; the others are counted in ``more_sources``
# Results up to this share of the library are read from the results outwards; more, by
# a scan of the whole index (an estimate: a row found through an index costs several
# times what an entry read in order does).
NARROW_SHARE = 0.1


@dataclass(frozen=True)
class FacetEntry:
    value: object  # entity id, type name, source, year ("2024"); None: no source / undated
    label: str
    count: int  # articles of the results


@dataclass(frozen=True)
class Facets:
    total: int  # articles the spec matches
    types: list[FacetEntry] = field(default_factory=list)  # most articles first
    entities: dict[str, list[FacetEntry]] = field(default_factory=dict)  # type -> top entities
    sources: list[FacetEntry] = field(default_factory=list)  # most articles first
    years: list[FacetEntry] = field(default_factory=list)  # newest first, undated last
    more_sources: int = 0  # sources left out of ``sources`` by the cap


def _type_order(type_: str) -> int:
    return ENTITY_TYPES.index(type_) if type_ in ENTITY_TYPES else len(ENTITY_TYPES)


def facets(
    lib: Library,
    spec: SearchSpec,
    *,
    top: int = TOP_ENTITIES,
    max_sources: int = MAX_SOURCES,
    cancelled: Callable[[], bool] | None = None,
    from_results: bool | None = None,
) -> Facets | None:
    """The facets of the articles ``spec`` matches, or ``None`` when ``cancelled``
    said so between two passes.  Raises ``db.query.QueryError`` for a query that
    cannot be searched for.  ``from_results`` forces the way the passes read (see
    the module); by default the share of the library in the results decides."""
    ids_sql, params = spec_ids_sql(spec)
    conn = lib.conn
    table = f"temp.facet_ids_{secrets.token_hex(4)}"

    def stop() -> bool:
        return cancelled is not None and cancelled()

    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")  # one snapshot for every pass
    try:
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        try:
            conn.execute(f"INSERT OR IGNORE INTO {table} (id) {ids_sql}", params)
            total = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            if from_results is None:
                library = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
                from_results = total <= NARROW_SHARE * library
            # CROSS JOIN makes SQLite loop over the results first (its planner would
            # scan every mention: it knows nothing of the temporary table's size)
            join = "CROSS JOIN" if from_results else "JOIN"
            if stop():
                return None
            rows = conn.execute(
                "SELECT type, id, name, n FROM (SELECT e.type, e.id, e.name, c.n,"
                " row_number() OVER (PARTITION BY e.type ORDER BY c.n DESC, e.mentions DESC,"
                " e.id) AS place"
                " FROM (SELECT m.entity_id AS id, count(DISTINCT m.article_id) AS n"
                f" FROM {table} r {join} mentions m ON m.article_id = r.id"
                " GROUP BY m.entity_id) c JOIN entities e ON e.id = c.id"
                " WHERE e.status = ? AND e.confidence >= ?) WHERE place <= ?"
                " ORDER BY place",
                (STATUS_VISIBLE, TREE_THRESHOLD, top),
            ).fetchall()
            entities: dict[str, list[FacetEntry]] = {}
            for type_, eid, name, n in rows:
                entities.setdefault(type_, []).append(FacetEntry(eid, name, n))
            if stop():
                return None
            type_rows = conn.execute(
                "SELECT e.type, count(DISTINCT m.article_id)"
                f" FROM {table} r {join} mentions m ON m.article_id = r.id"
                " JOIN entities e ON e.id = m.entity_id GROUP BY e.type"
            ).fetchall()
            types = [
                FacetEntry(t, t, n)
                for t, n in sorted(type_rows, key=lambda r: (-r[1], _type_order(r[0])))
            ]
            if stop():
                return None
            by_source: dict[str | None, int] = {}
            by_year: dict[str | None, int] = {}
            for source, year, n in conn.execute(
                "SELECT a.source, substr(a.date, 1, 4) AS y, count(*)"
                f" FROM {table} r {join} articles a ON a.id = r.id GROUP BY a.source, y"
            ):
                by_source[source] = by_source.get(source, 0) + n
                year = year if year and len(year) == 4 and year.isdigit() else None
                by_year[year] = by_year.get(year, 0) + n
        finally:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("COMMIT")
    ranked = sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
    sources = [FacetEntry(s, s or "", n) for s, n in ranked[:max_sources]]
    years = [
        FacetEntry(y, y or "", n)
        for y, n in sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    ]
    years = [y for y in reversed(years) if y.value is not None] + [
        y for y in years if y.value is None
    ]
    return Facets(
        total=total,
        types=types,
        entities=entities,
        sources=sources,
        years=years,
        more_sources=max(0, len(ranked) - max_sources),
    )


def _date_end(date: str) -> str:
    """A date range's upper bound as compared ("2023" runs to the end of 2023)."""
    return date + "\uffff" if len(date) < 10 else date


def narrow_spec(spec: SearchSpec, kind: str, value: object, name: str = "") -> SearchSpec:
    """``spec`` narrowed to one facet entry: ``("entity", id)`` adds the entity (named
    ``name`` in ``describe``), ``("year", "2024")`` keeps the part of the date range in
    that year, ``("source", s)`` and ``("type", t)`` keep that one source or type (the
    spec takes sources and types as alternatives, so the one clicked replaces them).
    Without a type filter before, the articles left are the ones the entry counted."""
    if kind == "entity":
        eid = int(value)  # type: ignore[call-overload]
        if eid in spec.entities:
            return spec
        names = spec.entity_names if len(spec.entity_names) == len(spec.entities) else ()
        return replace(
            spec,
            entities=(*spec.entities, eid),
            entity_names=(*names, name or f"#{eid}") if names or name else (),
        )
    if kind == "type":
        return replace(spec, types=(str(value),))
    if kind == "source":
        return replace(spec, sources=(str(value),))
    if kind == "year":
        year = str(value)
        date_from = max(spec.date_from or year, year)
        date_to = min(spec.date_to or year, year, key=_date_end)
        return replace(spec, date_from=date_from, date_to=date_to)
    raise ValueError(f"unknown facet {kind!r}")

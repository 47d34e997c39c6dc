"""``python main.py facets``: how the results of a search divide by entity type, entity,
source and year (``db.facets``), with the filters of ``search``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cli.common import EXIT_FAILED, EXIT_OK, find_entities, open_for_command
from cli.numbers import whole_number

ENTITY_TYPES = ("person", "organization", "place", "park", "document", "figure", "date")


def add_parser(sub: Any) -> None:  # noqa: ANN401 - argparse's subparsers action
    fc = sub.add_parser("facets", help="counts of a search's results by type, entity, source, year")
    fc.add_argument("query", nargs="?", default="", help="search text (none: every article)")
    fc.add_argument("--from", dest="date_from", metavar="DATE", help="earliest date, e.g. 2020-01")
    fc.add_argument("--to", dest="date_to", metavar="DATE", help="latest date, e.g. 2023-12-31")
    fc.add_argument("--source", action="append", default=[], help="only this source (repeatable)")
    fc.add_argument(
        "--entity",
        action="append",
        default=[],
        metavar="NAME",
        help="only articles that mention this entity (repeatable: all of them)",
    )
    fc.add_argument(
        "--type",
        action="append",
        default=[],
        choices=list(ENTITY_TYPES),
        help="only articles that mention an entity of this type (repeatable: any of them)",
    )
    fc.add_argument("--top", type=whole_number(1), default=10, help="entities listed per type")
    fc.add_argument("--format", choices=["table", "json"], default="table")


def cmd_facets(args: argparse.Namespace) -> int:
    from db.facets import facets
    from db.spec import SearchSpec

    lib = open_for_command(args)
    try:
        entities = find_entities(lib, args.entity)
        if entities is None:
            return EXIT_FAILED
        spec = SearchSpec(
            query=args.query,
            entities=tuple(e.id for e in entities),
            types=tuple(args.type),
            date_from=args.date_from,
            date_to=args.date_to,
            sources=tuple(args.source),
            entity_names=tuple(e.name for e in entities),
        )
        got = facets(lib, spec, top=args.top)
    finally:
        lib.close()
    assert got is not None  # nothing cancels it here
    if args.format == "json":
        out = {
            "total": got.total,
            "types": [{"type": t.value, "articles": t.count} for t in got.types],
            "entities": {
                type_: [{"id": e.value, "name": e.label, "articles": e.count} for e in entries]
                for type_, entries in got.entities.items()
            },
            "sources": [{"source": s.value, "articles": s.count} for s in got.sources],
            "years": [{"year": y.value, "articles": y.count} for y in got.years],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{spec.describe() or 'every article'} · {got.total} article(s)")

    def line(title: str, pairs: list[tuple[object, int]]) -> None:
        if pairs:
            print(f"{title + ':':14}" + " · ".join(f"{v} {n}" for v, n in pairs))

    line("types", [(t.value, t.count) for t in got.types])
    for t in got.types:
        line(str(t.value), [(e.label, e.count) for e in got.entities.get(str(t.value), [])])
    line("sources", [(s.value or "(none)", s.count) for s in got.sources])
    if got.more_sources:
        print(f"{'':14}and {got.more_sources} more source(s)")
    line("years", [(y.value or "undated", y.count) for y in got.years])
    return EXIT_OK

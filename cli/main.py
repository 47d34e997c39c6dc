"""The command line of ``python main.py``: ``run`` parses (``cli.parser``) and dispatches.

The article commands are here (import, search, show, convert, export, timeline,
network, notes); the entity commands are in ``cli.entity_commands``, the library's
upkeep in ``cli.library_commands``, and what they share in ``cli.common``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence

from cli import facets as facets_cli
from cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    find_entities,
    interruptible,
    open_for_command,
)
from cli.entity_commands import cmd_entities, cmd_extract, cmd_reextract, extract_pending
from cli.library_commands import cmd_backup, cmd_check, cmd_repair, cmd_stats
from cli.parser import build_parser
from cli.words import cmd_define
from db.library import LibraryError


def cmd_import(args: argparse.Namespace) -> int:
    from cli.progress import ProgressBar
    from db.importer import ImportProgress, import_paths
    from text.files import DEFAULT_MAX_BYTES, display_path

    lib = open_for_command(args)
    bar = ProgressBar("importing")
    lists: list[ProgressBar] = []  # the common two-character words listed at the end

    def progress(p: ImportProgress) -> None:
        if p.phase == "lists":
            if not lists:
                bar.finish()
                lists.append(ProgressBar("listing common two-character words"))
            lists[0].update(p.done, p.total)
            return
        bar.update(
            p.done, p.total, f"added {p.added}  duplicates {p.duplicates}  failed {p.failed}"
        )

    try:
        with interruptible() as stop:
            report = import_paths(
                lib,
                args.paths,
                source=args.source,
                progress=progress,
                cancelled=stop.is_set,
                max_bytes=args.max_size or DEFAULT_MAX_BYTES,
            )
    finally:
        (lists[0] if lists else bar).finish()
    for path, reason in report.failed:
        hint = " (--max-size raises the limit)" if "size limit" in reason else ""
        print(f"failed: {display_path(path)}: {reason}{hint}", file=sys.stderr)
    for path, aid in report.duplicates:
        print(f"duplicate: {display_path(path)} (already article {aid})", file=sys.stderr)
    for path, warning in report.warnings:
        print(f"warning: {display_path(path)}: {warning}", file=sys.stderr)
    if report.fatal:
        print(f"error: {report.fatal}", file=sys.stderr)
    print(report.summary())
    if report.lists is not None and report.lists.promoted:
        print(
            f"{report.lists.promoted} common two-character word(s) listed for fast search"
            f" in {report.lists.seconds:.1f} s"
        )
    if not args.no_extract and not report.cancelled and not report.fatal:
        extract_pending(lib, jobs=args.jobs)  # also what an interrupted earlier run left
    lib.close()
    if report.cancelled:
        return EXIT_FAILED
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_search(args: argparse.Namespace) -> int:
    from cli.words import describe, search_text
    from db.search import SearchPage, search
    from db.spec import SearchSpec

    lib = open_for_command(args)
    entities = find_entities(lib, args.entity)
    found = search_text(lib, args) if entities is not None else None
    if found is None:
        lib.close()
        return EXIT_FAILED if entities is None else EXIT_USAGE
    query, words = found  # words: which words --pinyin / --regional searched
    spec = SearchSpec(
        query=query,
        entities=tuple(e.id for e in entities),
        types=tuple(args.type),
        date_from=args.date_from,
        date_to=args.date_to,
        sources=tuple(args.source),
        order=args.order,
        entity_names=tuple(e.name for e in entities),
    )
    page = (
        search(lib, query, limit=args.limit, offset=args.offset, order=args.order, spec=spec)
        if query
        else SearchPage(query, 0)
    )
    if args.format == "json":
        out = [
            {
                "article_id": h.uid,
                "title": h.title,
                "date": h.date,
                "source": h.source,
                "hits": h.hits,
                "snippets": h.snippets,
            }
            for h in page.hits
        ]
        result = {**words, "results": out} if words else out
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        from db.csvio import neutralise

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["article_id", "title", "date", "source", "hits", "snippet"])
        for h in page.hits:
            row = [h.uid, h.title, h.date or "", h.source or "", h.hits, " | ".join(h.snippets)]
            w.writerow([neutralise(c) for c in row])
        sys.stdout.write(buf.getvalue())
    else:
        if words:
            print(describe(words))
        print(
            f"{spec.describe()} · {page.total} article(s) match; showing {len(page.hits)}"
            f" ({page.elapsed_ms:.0f} ms)"
        )
        for h in page.hits:
            print(f"{h.uid}  {h.date or '':10}  {h.hits:3} hit(s)  {h.title}")
            for s in h.snippets[:2]:
                print(f"      {s}")
    lib.close()
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from db.views import timeline
    from db.views_csv import TIMELINE_COLUMNS, timeline_rows

    lib = open_for_command(args)
    entities = find_entities(lib, args.names)
    if entities is None:
        lib.close()
        return EXIT_FAILED
    ids = [e.id for e in entities]
    rows = timeline_rows(timeline(lib, ids, args.by))
    lib.close()
    if args.format == "json":
        out = [dict(zip(TIMELINE_COLUMNS, row, strict=True)) for row in rows]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(TIMELINE_COLUMNS)
        w.writerows(rows)
    else:
        for p, n, k in rows:
            print(f"{p:10}  {n:6} mention(s)  {k:5} article(s)")
    return EXIT_OK


def cmd_network(args: argparse.Namespace) -> int:
    from db.csvio import neutralise
    from db.views import network
    from db.views_csv import NETWORK_COLUMNS, network_rows

    lib = open_for_command(args)
    entities = find_entities(lib, args.names)
    if entities is None:
        lib.close()
        return EXIT_FAILED
    ids = [e.id for e in entities]
    net = network(lib, ids, min_weight=args.min_weight, limit=args.limit)
    lib.close()
    if args.format == "json":
        out = {
            "nodes": [
                {"id": n.id, "name": n.name, "type": n.type, "mentions": n.mentions}
                for n in net.nodes
            ],
            "edges": [
                {"source": e.source, "target": e.target, "articles": e.articles} for e in net.edges
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(NETWORK_COLUMNS)
        w.writerows([neutralise(cell) for cell in row] for row in network_rows(net))
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from db.articles import resolve_article_id
    from db.notes import add_note

    lib = open_for_command(args)
    try:
        aid = resolve_article_id(lib, args.article)
        if aid is None:
            print(f"error: no article {args.article}", file=sys.stderr)
            return EXIT_FAILED
        nid = add_note(lib, aid, args.text, start=args.start, end=args.end, colour=args.colour)
        print(f"note {nid} kept")
        return EXIT_OK
    finally:
        lib.close()


def cmd_notes(args: argparse.Namespace) -> int:
    from db.notes import list_notes
    from db.notes_export import note_records, write_notes

    lib = open_for_command(args)
    notes = list_notes(lib, args.search)
    lib.close()
    if args.format == "json":
        print(json.dumps(note_records(notes), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_notes(sys.stdout, notes)
    else:
        for n in notes:
            passage = f"「{n.quote}」 " if n.quote else ""
            print(f"{n.id:4}  {passage}{n.text}\n      —— {n.citation}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from db.articles import get_article, resolve_article_id
    from db.conversion import convert_article
    from text.convert import CONFIGS
    from text.convert_marked import Marked

    lib = open_for_command(args)
    aid = resolve_article_id(lib, args.article)
    if aid is None:
        print(f"error: no article {args.article}", file=sys.stderr)
        return EXIT_FAILED
    art = get_article(lib, aid)
    assert art is not None
    for warning in art.warnings:  # what the import found missing (a PDF's scanned pages)
        print(f"warning: {warning}", file=sys.stderr)
    text = art.text
    config = args.variant
    if config is not None and config not in CONFIGS:
        print(
            f"error: unknown conversion {config!r}; choose from {', '.join(CONFIGS)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if config is None and args.script == "hans":
        config = None if art.script == "hans" else "t2s"
    elif config is None and args.script == "hant":
        config = None if art.script == "hant" else "s2t"
    # As the reader shows it: names kept as spelt (db.conversion)
    marked = convert_article(lib, art, config)[1] if config else Marked(text)
    lib.close()
    if args.format == "json":
        _dump_marked(marked)
        return EXIT_OK
    text = marked.text
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _dump_marked(marked) -> None:  # noqa: ANN001 - text.convert_marked.Marked
    """``{"text", "uncertain": [{"start", "end", "text", "alternatives"}]}`` on stdout."""
    json.dump(marked.as_json(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def _print_marked(text: str, config: str) -> None:
    from text.convert_marked import convert_marked

    _dump_marked(convert_marked(text, config))


def cmd_convert(args: argparse.Namespace) -> int:
    from text.convert import convert

    text = sys.stdin.read()
    if args.format == "json":
        _print_marked(text, args.variant)
    else:
        sys.stdout.write(convert(text, args.variant))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from db import export

    lib = open_for_command(args)
    bom = not args.no_bom
    if args.what == "articles":
        n = export.export_articles(lib, args.output, bom=bom, variant=args.variant)
    elif args.what == "search":
        if not args.query:
            print("error: export search needs -q QUERY", file=sys.stderr)
            return EXIT_USAGE
        n = export.export_search(lib, args.query, args.output, bom=bom, variant=args.variant)
    else:
        from db import entity_export

        extract_pending(lib)
        n = entity_export.export(lib, args.what, args.output, bom=bom)
    print(f"wrote {n} row(s) to {args.output}")
    lib.close()
    return EXIT_OK


COMMANDS = {
    "import": cmd_import,
    "search": cmd_search,
    "timeline": cmd_timeline,
    "note": cmd_note,
    "notes": cmd_notes,
    "network": cmd_network,
    "show": cmd_show,
    "convert": cmd_convert,
    "export": cmd_export,
    "stats": cmd_stats,
    "entities": cmd_entities,
    "extract": cmd_extract,
    "reextract": cmd_reextract,
    "check": cmd_check,
    "repair": cmd_repair,
    "backup": cmd_backup,
    "define": cmd_define,
    "facets": facets_cli.cmd_facets,
}


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if args.self_test:
            from gui.selftest import run_self_test

            return run_self_test()
        from gui.app import run_gui

        return run_gui(args)
    from db.query import QueryError

    try:
        return COMMANDS[args.command](args)
    except QueryError as exc:
        print(f"search: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130
    except OSError as exc:
        name = getattr(exc, "filename", None)
        where = f" ({name})" if name else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAILED

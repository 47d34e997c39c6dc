"""Argument parsing and dispatch for ``python main.py``."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn, TypeVar

from cli import facets as facets_cli
from cli.numbers import whole_number, window_size
from cli.words import add_define_parser, add_search_options, cmd_define
from db.library import LibraryError

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="duizhao",
        description="Duizhao (对照): an offline reference browser for Chinese-language news. "
        "Without a command it opens the window.",
    )
    p.add_argument("--library", metavar="PATH", help="library file to open or create")
    p.add_argument("--self-test", action="store_true", help="check the app end to end, offscreen")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--query", help="with --screenshot: search for this first")
    p.add_argument("--entity", help="with --screenshot: select this entity first")
    p.add_argument(
        "--size", type=window_size, default="1400x860", help="with --screenshot: window size WxH"
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    imp = sub.add_parser("import", help="import files or folders (recursive)")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--source", help="source name to record for these articles")
    imp.add_argument("--no-extract", action="store_true", help="skip entity extraction")
    _add_jobs(imp)
    imp.add_argument(
        "--max-size",
        type=_megabytes,
        default=None,
        metavar="MB",
        help="files larger than this are reported, not read (default 64)",
    )

    se = sub.add_parser("search", help="search the library in either script")
    se.add_argument("query", nargs="?", default="")
    se.add_argument("--limit", type=whole_number(0), default=20, help="at most N results")
    se.add_argument("--offset", type=whole_number(0), default=0, help="skip the first N")
    se.add_argument("--format", choices=["table", "csv", "json"], default="table")
    se.add_argument("--order", choices=["relevance", "newest", "oldest"], default="relevance")
    se.add_argument("--from", dest="date_from", metavar="DATE", help="earliest date, e.g. 2020-01")
    se.add_argument("--to", dest="date_to", metavar="DATE", help="latest date, e.g. 2023-12-31")
    se.add_argument(
        "--source", action="append", default=[], help="only articles from this source (repeatable)"
    )
    se.add_argument(
        "--entity",
        action="append",
        default=[],
        metavar="NAME",
        help="only articles that mention this entity, by any of its names or aliases, in "
        "either script (repeatable: all of them)",
    )
    se.add_argument(
        "--type",
        action="append",
        default=[],
        choices=list(ENTITY_TYPE_NAMES),
        help="only articles that mention an entity of this type (repeatable: any of them)",
    )
    add_search_options(se)
    add_define_parser(sub)

    sh = sub.add_parser("show", help="print an article in the requested script")
    sh.add_argument("article", metavar="ARTICLE_ID", help="numeric id or stable uid")
    sh.add_argument("--script", choices=["hans", "hant", "original"], default="original")
    sh.add_argument("--variant", help="OpenCC conversion, e.g. s2tw, s2twp, s2hk, t2s")
    sh.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json: the text and its uncertain conversions with their alternatives",
    )

    cv = sub.add_parser("convert", help="convert standard input to the other script")
    cv.add_argument("--variant", required=True, choices=list(MARKED_VARIANTS))
    cv.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json: the text and its uncertain conversions with their alternatives",
    )

    ex = sub.add_parser("export", help="export to CSV (UTF-8 with BOM for Excel)")
    ex.add_argument("what", choices=["articles", "search", "entities", "mentions", "figures"])
    ex.add_argument("-q", "--query", help="the search for 'export search'")
    ex.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    ex.add_argument("--no-bom", action="store_true", help="write UTF-8 without a byte-order mark")
    ex.add_argument(
        "--variant",
        choices=["auto", *MARKED_VARIANTS],
        default="auto",
        help="articles and search: the conversion of the text_converted column "
        "(auto: the other script)",
    )

    en = sub.add_parser("entities", help="list the entities found in the library")
    en.add_argument("--type", choices=list(ENTITY_TYPE_NAMES), help="only this type")
    en.add_argument("--format", choices=["table", "csv", "json"], default="table")
    en.add_argument("--hidden", action="store_true", help="include hidden entities")
    en.add_argument(
        "--uncertain",
        action="store_true",
        help="include entities below the confidence threshold (left out by default)",
    )
    en_sub = en.add_subparsers(dest="entities_command", metavar="EDIT", parser_class=OneLineParser)
    rs = en_sub.add_parser(
        "respell", help="spell an entity's name yourself in the other script (undoable)"
    )
    rs.add_argument("entity", metavar="ID", help="entity id (as listed) or one of its names")
    spelt = rs.add_mutually_exclusive_group(required=True)
    spelt.add_argument("--hans", metavar="SPELLING", help="the Simplified spelling")
    spelt.add_argument("--hant", metavar="SPELLING", help="the Traditional spelling")
    en_sub.add_parser("undo", help="undo the latest edit of the entities")
    en_sub.add_parser("redo", help="redo the latest undone edit")

    xt = sub.add_parser(
        "extract",
        help="find entities in the library's articles not yet searched for them"
        " (with --jsonl: in text lines read from standard input)",
    )
    xt.add_argument("--jsonl", action="store_true", help='read lines of {"id"?, "text"}')
    xt.add_argument("--scheme", choices=["duizhao", "msra"], default="duizhao")
    _add_jobs(xt)

    ck = sub.add_parser("check", help="check the file, the search index and the counts")
    ck.add_argument("--quick", action="store_true", help="a quick check on a sample")
    sub.add_parser("repair", help="rebuild the search index from the texts (after a copy)")
    bk = sub.add_parser("backup", help="copy the library consistently while it is in use")
    bk.add_argument("output", metavar="OUT", help="file to write the copy to")
    tl = sub.add_parser("timeline", help="mentions of entities per month or year")
    tl.add_argument("names", nargs="+", metavar="NAME", help="entities, by any name or alias")
    tl.add_argument("--by", choices=["month", "year"], default="month")
    tl.add_argument("--format", choices=["table", "csv", "json"], default="table")
    nw = sub.add_parser("network", help="entities that appear in the same articles")
    nw.add_argument("names", nargs="+", metavar="NAME", help="entities, by any name or alias")
    nw.add_argument(
        "--min-weight", type=whole_number(1), default=1, help="least articles an edge shares"
    )
    nw.add_argument("--limit", type=whole_number(1), default=50, help="at most N other entities")
    nw.add_argument("--format", choices=["json", "csv"], default="json")
    no = sub.add_parser("note", help="keep a note on an article or a highlight of a passage")
    no.add_argument("article", metavar="ARTICLE_ID", help="numeric id or stable uid")
    no.add_argument("text", nargs="?", default="", help="the note")
    no.add_argument("--start", type=whole_number(0), help="highlight from this offset")
    no.add_argument("--end", type=whole_number(1), help="to this offset (exclusive)")
    no.add_argument("--colour", choices=list(NOTE_COLOURS), help="the highlight's colour")
    ns = sub.add_parser("notes", help="list notes and highlights with their citations")
    ns.add_argument("--search", metavar="TEXT", help="only notes, passages or titles with this")
    ns.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _add_jobs(sub.add_parser("reextract", help="extract entities again over the whole library"))
    sub.add_parser("stats", help="what the library holds")
    facets_cli.add_parser(sub)
    return p


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        type=whole_number(1, 64),
        default=None,
        metavar="N",
        help="processes recognising entities (default: every core for a large job;"
        " 1: in this process)",
    )


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if not 0 < mb <= 1024 * 1024:
        raise argparse.ArgumentTypeError(f"a size in megabytes above 0, not {value}")
    return int(mb * 1024 * 1024)


class OneLineParser(argparse.ArgumentParser):
    """Usage errors in one line (the usage itself is one ``--help`` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


NOTE_COLOURS = ("yellow", "green", "blue", "pink")  # db.notes.COLOURS, without importing db
MARKED_VARIANTS = ("s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp", "hk2s")
ENTITY_TYPE_NAMES = ("person", "organization", "place", "park", "document", "figure", "date")


# Set by Ctrl+C inside ``interruptible``: a long job stops between items, and a command
# waiting for another writer stops waiting.
_STOP = threading.Event()


def _open(args: argparse.Namespace):  # -> Library
    from cli.waiting import wait_at_terminal
    from db.bootstrap import open_library

    lib = open_library(args.library)
    lib.activity = f"'duizhao {args.command}'"
    wait_at_terminal(lib, _STOP.is_set)
    return lib


@contextlib.contextmanager
def interruptible() -> Iterator[threading.Event]:
    """Ctrl+C sets the event (the job stops between items) instead of killing the process."""
    _STOP.clear()
    previous = signal.signal(signal.SIGINT, lambda *_: _STOP.set())
    try:
        yield _STOP
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_import(args: argparse.Namespace) -> int:
    from cli.progress import ProgressBar
    from db.importer import ImportProgress, import_paths
    from text.files import DEFAULT_MAX_BYTES, display_path

    lib = _open(args)
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
        _extract_pending(lib, jobs=args.jobs)  # also what an interrupted earlier run left
    lib.close()
    if report.cancelled:
        return EXIT_FAILED
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_search(args: argparse.Namespace) -> int:
    from cli.words import describe, search_text
    from db.search import SearchPage, search
    from db.spec import SearchSpec

    lib = _open(args)
    entities = _entities(lib, args.entity)
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


def _entities(lib, names: list[str]) -> list | None:  # noqa: ANN001 - db.library.Library
    """The entities of the names (any name or alias, either script): db.entities.EntityRow
    each; None, said on stderr, when one is not in the library."""
    from db.entities import find_entity

    found = []
    for name in names:
        entity = find_entity(lib, name)
        if entity is None:
            print(f"error: no entity named {name!r} in this library", file=sys.stderr)
            return None
        found.append(entity)
    return found


def cmd_timeline(args: argparse.Namespace) -> int:
    from db.views import timeline
    from db.views_csv import TIMELINE_COLUMNS, timeline_rows

    lib = _open(args)
    entities = _entities(lib, args.names)
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

    lib = _open(args)
    entities = _entities(lib, args.names)
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

    lib = _open(args)
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

    lib = _open(args)
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

    lib = _open(args)
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

    lib = _open(args)
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

        _extract_pending(lib)
        n = entity_export.export(lib, args.what, args.output, bom=bom)
    print(f"wrote {n} row(s) to {args.output}")
    lib.close()
    return EXIT_OK


def _with_progress(label: str, unit: str, job: Callable[..., T]) -> T:
    """Run ``job(progress, cancelled)`` with a progress bar of ``unit`` counts; Ctrl+C
    asks it to stop between items."""
    from cli.progress import ProgressBar

    bar = ProgressBar(label)
    try:
        with interruptible() as stop:
            return job(lambda d, t: bar.update(d, t, unit), stop.is_set)
    finally:
        bar.finish()


def _extract_pending(
    lib,  # noqa: ANN001
    label: str = "extracting entities",
    jobs: int | None = None,
) -> int:
    """Bring the library's entities up to date, with a progress bar; the number of
    articles processed.  ``jobs`` as in ``db.extraction.extract_library``."""
    from db.extraction import extract_library, pending_articles

    pending = pending_articles(lib)
    if not pending:
        return 0
    if lib.read_only:
        print(f"note: {len(pending)} article(s) not yet searched for entities", file=sys.stderr)
        return 0
    return _with_progress(
        label,
        "articles",
        lambda progress, cancelled: extract_library(
            lib, pending, progress=progress, cancelled=cancelled, jobs=jobs
        ),
    )


def cmd_entities(args: argparse.Namespace) -> int:
    from db.entities import list_entities

    if args.entities_command is not None:
        return _edit_entities(args)
    lib = _open(args)
    _extract_pending(lib)
    rows = list_entities(
        lib, args.type, include_hidden=args.hidden, include_uncertain=args.uncertain
    )
    if args.format == "json":
        out = [
            {
                "id": e.id,
                "name": e.name,
                "name_hans": e.name_hans,
                "name_hant": e.name_hant,
                "type": e.type,
                "aliases": e.aliases,
                "mentions": e.mentions,
                "articles": e.articles,
                "confidence": e.confidence,
                "linked": [{"id": i, "type": t, "name": n} for i, t, n in e.linked],
            }
            for e in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        from db.csvio import neutralise
        from db.entity_export import ENTITY_COLUMNS, entity_row

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(ENTITY_COLUMNS)
        w.writerows([neutralise(c) for c in entity_row(e)] for e in rows)
    else:
        for e in rows:
            alias = f"  (= {', '.join(e.aliases)})" if e.aliases else ""
            near = ", ".join(n for _, _, n in e.linked)
            near = f"  [~ {near}]" if near else ""
            print(f"{e.id:6}  {e.type:12}  {e.mentions:5}  {e.articles:4}  {e.name}{alias}{near}")
    if not args.uncertain:
        from db.entities import uncertain_count

        n = uncertain_count(lib, args.type, include_hidden=args.hidden)
        if n:
            print(f"{n} uncertain entities left out (--uncertain lists them)", file=sys.stderr)
    lib.close()
    return EXIT_OK


def _edit_entities(args: argparse.Namespace) -> int:
    """``entities respell|undo|redo``: an edit through db.curation, said in one line."""
    from db import curation

    lib = _open(args)
    try:
        if args.entities_command == "respell":
            if args.entity.isdigit():
                entity_id = int(args.entity)
            else:
                found = _entities(lib, [args.entity])
                if found is None:
                    return EXIT_FAILED
                entity_id = found[0].id
            script, spelling = ("hans", args.hans) if args.hans is not None else ("hant", args.hant)
            label = curation.respell(lib, entity_id, script, spelling)
        elif args.entities_command == "undo":
            label = curation.undo(lib) or "nothing to undo"
        else:
            label = curation.redo(lib) or "nothing to redo"
    finally:
        lib.close()
    print(label)
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    if not args.jsonl:
        return _extract_library(args)
    from text.entities import extract, recognize_many
    from text.ner.recognizer import to_msra

    # Lines are recognised in batches (decoding many sentences together is faster);
    # typed at a terminal, each line is answered at once.
    size = 1 if sys.stdin.isatty() else 256
    status = EXIT_OK
    batch: list[dict] = []

    def flush() -> None:
        found = recognize_many([item["text"] for item in batch])
        for k, item in enumerate(batch):
            text = item["text"]
            spans = None if found is None else found[k]
            entities = []
            for m in extract(text, recognizer=False, spans=spans):
                kind = m.type
                if args.scheme == "msra":
                    kind = to_msra(m.type)
                    if kind is None:
                        continue
                entities.append({"start": m.start, "end": m.end, "type": kind, "text": m.text})
            out = {"text": text, "entities": entities}
            if "id" in item:
                out = {"id": item["id"], **out}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        batch.clear()

    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as exc:
            print(f"line {n}: not a JSON object with a text field ({exc})", file=sys.stderr)
            status = EXIT_FAILED
            continue
        batch.append(item)
        if len(batch) >= size:
            flush()
    if batch:
        flush()
    return status


def _extract_library(args: argparse.Namespace) -> int:
    """``extract`` without --jsonl: the articles not yet extracted (also those an
    interrupted run left); Ctrl+C stops and keeps what was finished."""
    from db.extraction import pending_articles

    lib = _open(args)
    try:
        left = len(pending_articles(lib))
        n = _extract_pending(lib, jobs=args.jobs)
        still = len(pending_articles(lib))
    finally:
        lib.close()
    if not left:
        print("every article is extracted already")
    elif still:
        print(f"extracted entities from {left - still} article(s); {still} left for next time")
        return EXIT_FAILED
    else:
        print(f"extracted entities from {n} article(s)")
    return EXIT_OK


def cmd_reextract(args: argparse.Namespace) -> int:
    from db.extraction import reextract

    lib = _open(args)
    n = _with_progress(
        "re-extracting",
        "articles",
        lambda progress, cancelled: reextract(
            lib, progress=progress, cancelled=cancelled, jobs=args.jobs
        ),
    )
    print(f"extracted entities from {n} article(s); curation kept")
    lib.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from db.health import check_library

    lib = _open(args)
    try:
        report = _with_progress(
            "checking",
            "articles compared",
            lambda progress, cancelled: check_library(
                lib, quick=args.quick, progress=progress, cancelled=cancelled
            ),
        )
    finally:
        lib.close()
    print(f"{lib.path}: {report.articles} article(s)")
    for line in report.problems:
        print(f"problem: {line}")
    for line in report.notes:
        print(f"note: {line}")
    if report.ok:
        print("no problems found")
        return EXIT_OK
    if report.repairable:
        print("'duizhao repair' rebuilds the search index and the counts from the stored texts")
    if report.file_problems:
        print("the damage is in the file itself: restore a backup, or copy what can be read")
    return EXIT_FAILED


def cmd_repair(args: argparse.Namespace) -> int:
    from db.health import repair_library

    lib = _open(args)
    try:
        done = _with_progress(
            "rebuilding the search index",
            "articles",
            lambda progress, cancelled: repair_library(lib, progress=progress, cancelled=cancelled),
        )
    finally:
        lib.close()
    print(f"copied the library to {done.backup} first")
    print(f"search index rebuilt from {done.indexed} article(s); {done.recounted} count(s) mended")
    if done.bigram_lists:
        print(f"{done.bigram_lists} common two-character word(s) listed for fast search")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from db.backup import backup_library

    lib = _open(args)
    try:
        out = backup_library(lib, args.output)
    finally:
        lib.close()
    print(f"copied {lib.path} to {out}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from db.articles import article_count

    lib = _open(args)
    print(f"library: {lib.path}")
    print(f"articles: {article_count(lib)}")
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

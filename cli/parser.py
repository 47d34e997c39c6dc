"""The command line's arguments: ``build_parser`` for ``python main.py``."""

from __future__ import annotations

import argparse
from typing import NoReturn

from cli import facets as facets_cli
from cli.common import EXIT_USAGE
from cli.numbers import whole_number, window_size
from cli.words import add_define_parser, add_search_options


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

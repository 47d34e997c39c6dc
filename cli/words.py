"""The command line's dictionary and word searches: ``define``, ``search --pinyin``,
``search --regional``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_define_parser(sub: Any) -> None:  # sub: argparse's subparsers action
    de = sub.add_parser("define", help="dictionary entries of a word (CC-CEDICT), with pinyin")
    de.add_argument("word", help="a word in either script")
    de.add_argument("--format", choices=["text", "json"], default="text")


def add_search_options(se: argparse.ArgumentParser) -> None:
    se.add_argument(
        "--pinyin",
        metavar="LETTERS",
        help="search the library's words that read so (yanjiao, 'yan jiao', initials yj); "
        "with QUERY too, articles must also match QUERY",
    )
    se.add_argument(
        "--regional",
        action="store_true",
        help="also find the Taiwan and Hong Kong words for the query's words "
        "(信息 → 資訊, 软件 → 軟體) and the mainland ones for theirs",
    )


def format_entries(word: str, entries: list[Any]) -> str:
    """``define``'s text: each entry with both scripts, pinyin and numbered senses."""
    lines = []
    for e in entries:
        forms = (
            e.simplified if e.simplified == e.traditional else f"{e.simplified} / {e.traditional}"
        )
        lines.append(f"{forms}  [{e.pinyin}]")
        if not e.in_dictionary:
            lines.append(
                f"    (not in CC-CEDICT: reading by pypinyin, other script by OpenCC; {word} "
                "may read otherwise)"
            )
        for n, sense in enumerate(e.senses, 1):
            lines.append(f"    {n}. {sense}")
    return "\n".join(lines)


def cmd_define(args: argparse.Namespace) -> int:
    from text.dictionary import default_dictionary

    word = args.word.strip()
    if not word:
        print("define: give a word", file=sys.stderr)
        return EXIT_USAGE
    dictionary = default_dictionary()
    entries = dictionary.define(word)
    if args.format == "json":
        out = {
            "word": word,
            "found": any(e.in_dictionary for e in entries),
            "entries": [e.to_json() for e in entries],
            "dictionary": dictionary.source,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(format_entries(word, entries))
    return EXIT_OK


def search_text(lib: Any, args: argparse.Namespace) -> tuple[str, dict[str, Any]] | None:
    """The search text ``search`` runs, and what it says about the words it searched
    (empty for a plain search).  None when a pinyin reading offers no word."""
    from db.added_terms import regional_query, words_query

    query: str = args.query or ""
    info: dict[str, Any] = {}
    if args.pinyin is not None:
        from db.pinyin_words import pinyin_words
        from text.pinyin_search import reads_as_pinyin

        if not reads_as_pinyin(args.pinyin):
            print(
                f"search: {args.pinyin!r} does not read as pinyin (letters only)", file=sys.stderr
            )
            return None
        words = pinyin_words(lib, args.pinyin)
        info["pinyin"] = args.pinyin
        info["offered"] = words
        if not words:
            info["searched"] = []
            return "", info
        expanded = words_query(words, query)
        query = expanded.query
        info["searched"] = list(expanded.searched)
    if args.regional:
        expanded = regional_query(query)
        query = expanded.query
        info["searched"] = list(expanded.searched)
        info["added"] = list(expanded.added)
    if not query.strip() and args.pinyin is None:
        from db.query import QueryError

        raise QueryError("nothing to search for: give QUERY or --pinyin LETTERS")
    return query, info


def describe(info: dict[str, Any]) -> str:
    """One line saying which words were searched (for the table output)."""
    parts = []
    if "pinyin" in info:
        words = ", ".join(info["offered"]) or "no word of the library"
        parts.append(f"{info['pinyin']} reads as: {words}")
    if info.get("added"):
        parts.append("regional words added: " + ", ".join(info["added"]))
    elif "added" in info:
        parts.append("no regional words to add")
    return "; ".join(parts)

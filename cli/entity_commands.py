"""The entity commands: ``entities`` (list, edit), ``extract``, ``reextract``."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    find_entities,
    open_for_command,
    with_progress,
)


def extract_pending(
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
    return with_progress(
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
    lib = open_for_command(args)
    extract_pending(lib)
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

    lib = open_for_command(args)
    try:
        if args.entities_command == "respell":
            if args.entity.isdigit():
                entity_id = int(args.entity)
            else:
                found = find_entities(lib, [args.entity])
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

    lib = open_for_command(args)
    try:
        left = len(pending_articles(lib))
        n = extract_pending(lib, jobs=args.jobs)
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

    lib = open_for_command(args)
    n = with_progress(
        "re-extracting",
        "articles",
        lambda progress, cancelled: reextract(
            lib, progress=progress, cancelled=cancelled, jobs=args.jobs
        ),
    )
    print(f"extracted entities from {n} article(s); curation kept")
    lib.close()
    return EXIT_OK

"""The library's upkeep: ``check``, ``repair``, ``backup``, ``stats``."""

from __future__ import annotations

import argparse

from cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    open_for_command,
    with_progress,
)


def cmd_check(args: argparse.Namespace) -> int:
    from db.health import check_library

    lib = open_for_command(args)
    try:
        report = with_progress(
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

    lib = open_for_command(args)
    try:
        done = with_progress(
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

    lib = open_for_command(args)
    try:
        out = backup_library(lib, args.output)
    finally:
        lib.close()
    print(f"copied {lib.path} to {out}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from db.articles import article_count

    lib = open_for_command(args)
    print(f"library: {lib.path}")
    print(f"articles: {article_count(lib)}")
    lib.close()
    return EXIT_OK

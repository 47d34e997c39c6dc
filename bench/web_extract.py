"""Main-text extraction of saved Chinese news pages: candidates scored against gold.

    python -m bench.web_extract [--show] [--all] [--pages DIR]

The pages are ``tests/data/web/*.html`` (navigation, share bars, related
links, comments, sidebars around the article), each with a ``.json`` of gold:
title, date, author, source, the body paragraphs, and ``optional`` lines that
may be kept or dropped (bylines, editor credits, captions).  The body is
scored on characters (whitespace ignored, counted with multiplicity):
recall = body characters found, precision = extracted characters that belong
to the article (title, body or optional lines).  Metadata: the share of pages
whose title, date, author and source are right.

Candidates: ``duizhao`` (``text.reader.read_document``, what the app imports:
trafilatura with the rules of ``text.web`` around it), ``trafilatura`` on its
own (comments left out, tables kept) and ``readability`` (readability-lxml's
``Document.summary()``, with htmldate for the date).  ``--all`` adds the
libraries' documented options: trafilatura's ``favor_precision``,
``favor_recall`` and ``include_tables=False``, readability's
``negative_keywords`` with the comment and share words of Chinese sites.
readability is scored only when installed (a development dependency).

The hand-written extractor the app used before ``text.web`` (commit f515b75)
scored, on the 8 pages it was written with: precision 0.996, recall 1.000,
F1 0.998, title 8/8, date 8/8, author 8/8, source 7/8; on the 5 pages made
afterwards (chinanews, cna_tw, ltn_big5, people_paging, stats_table):
precision 0.953, recall 1.000, F1 0.975, title 5/5, date 5/5, author 3/5,
source 5/5.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "web"


@dataclass
class Result:
    text: str
    title: str | None
    date: str | None
    authors: list[str]
    source: str | None


def _bag(text: str) -> Counter[str]:
    return Counter(re.sub(r"\s+", "", text))


def score(result: Result, gold: dict) -> dict[str, float]:
    from text.fold import fold

    body = _bag("".join(gold["body"]))
    allowed = _bag(gold["title"] + "".join(gold["body"]) + "".join(gold.get("optional", [])))
    got = _bag(result.text)
    found = sum((got & body).values())
    kept = sum((got & allowed).values())
    recall = found / max(1, sum(body.values()))
    precision = kept / max(1, sum(got.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    norm = lambda s: re.sub(r"\s+", "", fold(s or ""))  # noqa: E731
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "title": float(norm(result.title) == norm(gold["title"])),
        "date": float((result.date or "")[:10] == gold["date"]),
        "author": float(
            gold["author"] is None and not result.authors or gold["author"] in result.authors
        ),
        "source": float(norm(gold["source"]) in norm(result.source)),
    }


def duizhao(path: Path) -> Result:
    from text.reader import read_document

    doc = read_document(path)
    return Result(doc.text, doc.title, doc.date, [b.name for b in doc.bylines], doc.source)


def _decoded(path: Path) -> str:
    from text.reader import _decode_html

    return _decode_html(path.read_bytes())[0]


def trafilatura_result(path: Path, **options: object) -> Result:
    import trafilatura

    settings = {"include_comments": False, "include_tables": True, **options}
    doc = trafilatura.bare_extraction(_decoded(path), with_metadata=True, **settings)
    if doc is None:
        return Result("", None, None, [], None)
    d = doc if isinstance(doc, dict) else doc.as_dict()
    authors = [a.strip() for a in re.split(r"[;,，、]", d.get("author") or "") if a.strip()]
    return Result(d.get("text") or "", d.get("title"), d.get("date"), authors, d.get("sitename"))


def readability_result(path: Path, **options: object) -> Result:
    from htmldate import find_date
    from lxml import html as lhtml
    from readability import Document

    from text.web import _page_lines

    page = _decoded(path)
    doc = Document(page, **options)
    text = "\n".join(_page_lines(lhtml.fromstring(doc.summary(html_partial=True))))
    date = find_date(page, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    return Result(text, doc.short_title(), date, [], None)


# Class words of comment boxes, share bars and related links on Chinese sites.
CHINESE_NOISE = ["comment", "tie", "pinglun", "liuyan", "tuijian", "fenxiang", "xglj", "related"]

CANDIDATES: dict[str, Callable[[Path], Result]] = {
    "duizhao": duizhao,
    "trafilatura": trafilatura_result,
    "readability": readability_result,
}
OPTIONS: dict[str, Callable[[Path], Result]] = {
    "traf-precision": lambda p: trafilatura_result(p, favor_precision=True),
    "traf-recall": lambda p: trafilatura_result(p, favor_recall=True),
    "traf-notables": lambda p: trafilatura_result(p, include_tables=False),
    "read-negative": lambda p: readability_result(p, negative_keywords=CHINESE_NOISE),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each extracted text")
    parser.add_argument("--all", action="store_true", help="also the libraries' options")
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of .html and .json")
    args = parser.parse_args()
    pages = sorted(args.pages.glob("*.html"))
    keys = ["precision", "recall", "f1", "title", "date", "author", "source"]
    print(f"{len(pages)} pages in {args.pages}")
    print(f"{'candidate':<14} {'page':<13} " + " ".join(f"{k:>9}" for k in keys))
    candidates = {**CANDIDATES, **(OPTIONS if args.all else {})}
    for name, run in candidates.items():
        totals: Counter[str] = Counter()
        try:
            results = [(page, run(page)) for page in pages]
        except ImportError as exc:
            print(f"{name:<14} not installed ({exc.name})")
            continue
        for page, result in results:
            gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            s = score(result, gold)
            totals.update(s)
            print(f"{name:<14} {page.stem:<13} " + " ".join(f"{s[k]:9.3f}" for k in keys))
            if args.show:
                print(result, "\n")
        mean = {k: totals[k] / len(pages) for k in keys}
        print(f"{name:<14} {'MEAN':<13} " + " ".join(f"{mean[k]:9.3f}" for k in keys))


if __name__ == "__main__":
    main()

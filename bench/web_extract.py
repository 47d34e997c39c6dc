"""Main-text extraction of saved Chinese news pages: candidates scored against gold.

    python -m bench.web_extract [--show]

The pages are ``tests/data/web/*.html`` (navigation, share bars, related
links, comments, sidebars around the article), each with a ``.json`` of gold:
title, date, author, source, the body paragraphs, and ``optional`` lines that
may be kept or dropped (bylines, editor credits, captions).  The body is
scored on characters (whitespace ignored, counted with multiplicity):
recall = body characters found, precision = extracted characters that belong
to the article (title, body or optional lines).  Metadata: the share of pages
whose title, date, author and source are right.

Candidates: ``duizhao`` (``text.reader.read_document``, what the app imports),
``trafilatura`` and ``readability`` (readability-lxml, with htmldate for the
date); the last two are scored only when installed.
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


def trafilatura_result(path: Path) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        _decoded(path), with_metadata=True, include_comments=False, include_tables=True
    )
    if doc is None:
        return Result("", None, None, [], None)
    d = doc if isinstance(doc, dict) else doc.as_dict()
    authors = [a.strip() for a in re.split(r"[;,，、]", d.get("author") or "") if a.strip()]
    return Result(d.get("text") or "", d.get("title"), d.get("date"), authors, d.get("sitename"))


def readability_result(path: Path) -> Result:
    from htmldate import find_date
    from lxml import html as lhtml
    from readability import Document

    from text.reader import _render

    page = _decoded(path)
    doc = Document(page)
    text = "\n".join(_render(lhtml.fromstring(doc.summary(html_partial=True))))
    date = find_date(page, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    return Result(text, doc.short_title(), date, [], None)


CANDIDATES: dict[str, Callable[[Path], Result]] = {
    "duizhao": duizhao,
    "trafilatura": trafilatura_result,
    "readability": readability_result,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each extracted text")
    args = parser.parse_args()
    pages = sorted(PAGES.glob("*.html"))
    keys = ["precision", "recall", "f1", "title", "date", "author", "source"]
    print(f"{len(pages)} pages in {PAGES.relative_to(ROOT)}")
    print(f"{'candidate':<12} {'page':<10} " + " ".join(f"{k:>9}" for k in keys))
    for name, run in CANDIDATES.items():
        totals: Counter[str] = Counter()
        try:
            results = [(page, run(page)) for page in pages]
        except ImportError as exc:
            print(f"{name:<12} not installed ({exc.name})")
            continue
        for page, result in results:
            gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            s = score(result, gold)
            totals.update(s)
            print(f"{name:<12} {page.stem:<10} " + " ".join(f"{s[k]:9.3f}" for k in keys))
            if args.show:
                print(result, "\n")
        mean = {k: totals[k] / len(pages) for k in keys}
        print(f"{name:<12} {'MEAN':<10} " + " ".join(f"{mean[k]:9.3f}" for k in keys))


if __name__ == "__main__":
    main()

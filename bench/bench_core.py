"""Core benchmark: import throughput, library size, search latency and recall.

    python -m bench.bench_core --sizes 1000,10000 [--reuse] [--json bench/out/core.json]

For each corpus size (built on demand by ``bench.corpus``) it imports the
articles into a fresh library through ``db.importer.import_paths`` (no entity
extraction), then times ~50 queries per length (1, 2, 3 and 4+ characters,
taken from the articles themselves in both scripts, plus a few absent strings)
through ``db.search.search`` (first page of 20 with snippets), through the bare
FTS5 ``MATCH`` of ``compile_query`` and through ``grep -F -r -l`` over the
article files.  Every query's ``search_ids`` result is checked against a
substring scan of the folded text of every article: recall must be 100%.
With ``--cold N`` it also times N queries per length each right after the page
cache was dropped and the library reopened (``bench.cold_cache``; Linux, as root).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import opencc

from bench.cold_cache import time_cold
from bench.corpus import DATA_DIR, Pool, built_corpus, fetch_source, load_pool, write_corpus
from db import bigrams
from db.importer import ImportProgress, import_paths
from db.library import Library
from db.search import QueryError, compile_query, search, search_ids
from text.fold import fold

BUCKETS = ("1", "2", "3", "4+")
PAGE = 20
FTS_SQL = (  # the ranked page query of db.search, without the join and the snippets
    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT 20"
)
_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@dataclass
class Query:
    text: str
    bucket: str
    kind: str  # "hant", "hans", "cross" (converted to the other script) or "absent"


@dataclass
class SizeResult:
    articles: int
    corpus_mb: float
    import_s: float | None = None
    imported: int = 0
    failed: int = 0
    library_mb: float = 0.0
    search_ms: dict[str, list[float]] = field(default_factory=dict)
    cold_ms: dict[str, list[float]] = field(default_factory=dict)  # each after a cache drop
    fts_ms: dict[str, list[float]] = field(default_factory=dict)
    grep_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    expected: int = 0
    found: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    queries: dict[str, list[str]] = field(default_factory=dict)
    tenths_s: list[float] = field(default_factory=list)  # import seconds per tenth of the files
    lists_s: float | None = None  # the common bigrams' promotion (db/bigrams.py), if it ran
    lists_promoted: int = 0


# ----------------------------------------------------------------- queries


def folded_texts(conn: sqlite3.Connection, chunk: int = 2000) -> Iterator[tuple[int, str]]:
    """(id, folded text) of every article in id order, a chunk at a time: a million
    articles' texts (3.5 GB) are never held at once."""
    last = -1
    while True:
        rows = conn.execute(
            "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)
        ).fetchall()
        if not rows:
            return
        for aid, text in rows:
            yield aid, fold(text)
        last = rows[-1][0]


def _absent_candidates(rng: random.Random, bucket: str, count: int) -> list[str]:
    """Strings of common characters for ``bucket``: most of them occur nowhere."""
    common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    out: list[str] = []
    for _ in range(count):
        length = int(bucket) if bucket != "4+" else rng.randint(4, 6)
        out.append("".join(rng.choice(common) for _ in range(length)))
    return out


@dataclass
class Presence:
    """What one pass over the folded texts found: every character, and which of the
    candidate strings occur somewhere."""

    chars: set[str]
    found: set[str]


def scan_presence(conn: sqlite3.Connection, candidates: list[str]) -> Presence:
    chars: set[str] = set()
    pending = {fold(c) for c in candidates}
    found: set[str] = set()
    for _, text in folded_texts(conn):
        chars.update(text)
        hits = [c for c in pending if c in text]
        found.update(hits)
        pending.difference_update(hits)
    return Presence(chars, found)


def sample_queries(
    conn: sqlite3.Connection, per_length: int, absent: int, seed: int
) -> list[Query]:
    """Substrings of random articles, in both scripts, and strings found nowhere."""
    rng = random.Random(f"duizhao-bench-queries:{seed}")
    absent_rng = random.Random(f"duizhao-bench-absent:{seed}")
    pools = {b: _absent_candidates(absent_rng, b, 4 * absent) for b in BUCKETS if b != "1"}
    presence = scan_presence(conn, [c for pool in pools.values() for c in pool])
    rows = conn.execute("SELECT id, script FROM articles ORDER BY id").fetchall()
    hant = [r[0] for r in rows if r[1] == "hant"] or [r[0] for r in rows]
    other = [r[0] for r in rows if r[1] != "hant"] or hant
    out: list[Query] = []
    for bucket in BUCKETS:
        for i in range(per_length):
            ids = hant if i % 3 == 0 else other
            length = int(bucket) if bucket != "4+" else rng.randint(4, 7)
            q = ""
            for _ in range(200):
                aid = rng.choice(ids)
                text = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
                if len(text) <= length:
                    continue
                start = rng.randrange(len(text) - length)
                cand = text[start : start + length]
                if all(_is_cjk(c) for c in cand):
                    q = cand
                    break
            if not q:
                continue
            kind = "hant" if ids is hant else "hans"
            if i % 4 == 1:  # typed in the other script
                conv = (_T2S if kind == "hant" else _S2T).convert(q)
                if len(conv) == len(q):
                    q, kind = conv, "cross"
            out.append(Query(q, bucket, kind))
        if bucket == "1":
            picked = _absent_chars(absent_rng, presence.chars, absent)
        else:
            picked = [c for c in pools[bucket] if fold(c) not in presence.found][:absent]
        out.extend(Query(q, bucket, "absent") for q in picked)
    return out


def _absent_chars(rng: random.Random, present: set[str], count: int) -> list[str]:
    out: list[str] = []
    for _ in range(2000):
        if len(out) >= count:
            break
        q = chr(rng.randint(0x4E00, 0x9FA5))
        if fold(q) not in present:
            out.append(q)
    return out


# ------------------------------------------------------------------ timing


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def time_search(lib: Library, queries: list[Query], res: SizeResult) -> None:
    for q in queries[:5]:  # warm the page cache
        try:
            search(lib, q.text, limit=PAGE)
        except QueryError:
            pass
    for q in queries:
        t0 = time.perf_counter()
        try:
            page = search(lib, q.text, limit=PAGE)
            _ = [h.snippets for h in page.hits]
        except QueryError as exc:
            res.errors.append(f"search {q.text!r}: {exc}")
            continue
        res.search_ms.setdefault(q.bucket, []).append(_ms(t0))


def _page(lib: Library, text: str) -> None:
    """What a search shows: the first page with its snippets."""
    try:
        page = search(lib, text, limit=PAGE)
        _ = [h.snippets for h in page.hits]
    except QueryError:
        pass


def time_fts(lib: Library, queries: list[Query], res: SizeResult) -> None:
    for q in queries:
        try:
            expr = compile_query(q.text)
        except QueryError as exc:
            res.errors.append(f"compile {q.text!r}: {exc}")
            continue
        t0 = time.perf_counter()
        try:
            lib.conn.execute(FTS_SQL, (expr,)).fetchall()
        except sqlite3.Error as exc:
            res.errors.append(f"fts {expr!r}: {exc}")
            continue
        res.fts_ms.setdefault(q.bucket, []).append(_ms(t0))


def time_grep(root: Path, queries: list[Query], res: SizeResult, limit: int | None) -> None:
    grep = shutil.which("grep")
    if grep is None:
        return
    env = dict(os.environ, LC_ALL="C")
    counts: dict[str, int] = {}
    for i, q in enumerate([queries[0], *queries]):
        if i and limit is not None and counts.get(q.bucket, 0) >= limit:
            continue
        t0 = time.perf_counter()
        # Output to a pipe, not /dev/null: GNU grep stops at the first match then.
        subprocess.run(
            [grep, "-F", "-r", "-l", "--include=*.txt", "--", q.text, str(root)],
            stdout=subprocess.PIPE,
            env=env,
            check=False,
        )
        if i:  # the first run only warms the cache
            res.grep_ms.setdefault(q.bucket, []).append(_ms(t0))
            counts[q.bucket] = counts.get(q.bucket, 0) + 1


def check_recall(lib: Library, queries: list[Query], res: SizeResult) -> None:
    """Every query's ``search_ids`` against a substring scan of every folded text.

    The scan streams the texts once for all queries; what the search found is
    kept as one byte per article id per query (a million articles: 1 MB each).
    """
    top = lib.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    found: list[bytearray] = []
    for q in queries:
        try:
            got = search_ids(lib, q.text)
        except QueryError:
            got = []
        marks = bytearray(top + 1)
        for aid in got:
            marks[aid] = 1
        found.append(marks)
        res.found += len(got)
    needles = [fold(q.text) for q in queries]
    expected = [0] * len(queries)
    correct = [0] * len(queries)
    for aid, text in folded_texts(lib.conn):
        for k, needle in enumerate(needles):
            if needle in text:
                expected[k] += 1
                correct[k] += found[k][aid]
    for k, q in enumerate(queries):
        res.expected += expected[k]
        res.correct += correct[k]
        got_k = sum(found[k])
        if expected[k] > correct[k]:
            res.missed.append(f"{q.text} ({expected[k] - correct[k]} of {expected[k]} missed)")
        if got_k > correct[k]:
            res.extra.append(f"{q.text} ({got_k - correct[k]} extra)")


# ------------------------------------------------------------------- a size


def _remove_library(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def run_size(n: int, args: argparse.Namespace) -> SizeResult:
    data_dir: Path = args.data_dir
    corpus = built_corpus(n, seed=args.seed, data_dir=data_dir)
    if corpus is None:
        print(f"[{n:,}] building corpus ...", file=sys.stderr, flush=True)
        corpus = write_corpus(n, seed=args.seed, data_dir=data_dir, pool=_pool(data_dir))
    res = SizeResult(n, corpus.megabytes)
    lib_path = data_dir / f"library-{n}.sqlite"
    if not (args.reuse and lib_path.exists()):
        _remove_library(lib_path)
        folders = sorted(p for p in corpus.path.iterdir() if p.is_dir())
        print(f"[{n:,}] importing {corpus.megabytes:.1f} MB ...", file=sys.stderr, flush=True)
        lib = Library.open(lib_path)
        t0 = time.perf_counter()
        marks = [t0]
        step = max(1, n // 10)

        def progress(p: ImportProgress) -> None:
            if p.phase == "files" and len(marks) <= p.done // step:
                marks.append(time.perf_counter())
                print(
                    f"[{n:,}] {p.done:,} files, {marks[-1] - t0:.0f} s", file=sys.stderr, flush=True
                )

        report = import_paths(lib, folders, progress=progress)
        res.import_s = time.perf_counter() - t0
        res.tenths_s = [b - a for a, b in zip(marks, marks[1:], strict=False)]
        res.imported = len(report.added)
        res.failed = len(report.failed)
        if report.lists is not None:  # part of the import's time: the tenths leave it out
            res.lists_s, res.lists_promoted = report.lists.seconds, report.lists.promoted
        lib.close()
    lib = Library.open(lib_path, create=False)
    try:
        if bigrams.due(lib.conn):  # a reused library made before the bigram lists
            print(f"[{n:,}] listing the common bigrams ...", file=sys.stderr, flush=True)
            lists = bigrams.refresh(lib)
            res.lists_s, res.lists_promoted = lists.seconds, lists.promoted
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        res.library_mb = lib_path.stat().st_size / 1e6
        if res.import_s is None:
            res.imported = lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"[{n:,}] sampling queries ...", file=sys.stderr, flush=True)
        queries = sample_queries(lib.conn, args.queries, args.absent, args.seed)
        for q in queries:
            res.queries.setdefault(q.bucket, []).append(f"{q.text}:{q.kind}")
        print(f"[{n:,}] timing {len(queries)} queries ...", file=sys.stderr, flush=True)
        time_search(lib, queries, res)
        time_fts(lib, queries, res)
        if args.cold:
            print(f"[{n:,}] timing {args.cold} queries a length cold ...", file=sys.stderr)
            cold = time_cold(lib_path, [(q.bucket, q.text) for q in queries], _page, args.cold)
            if cold is None:
                res.errors.append("the page cache could not be dropped: no cold figures")
            res.cold_ms = cold or {}
        if not args.no_grep:
            time_grep(corpus.path, queries, res, args.grep_queries)
        print(f"[{n:,}] checking recall ...", file=sys.stderr, flush=True)
        check_recall(lib, queries, res)
    finally:
        lib.close()
    return res


_POOLS: dict[Path, Pool] = {}


def _pool(data_dir: Path) -> Pool:
    """The source texts, read once for all sizes."""
    if data_dir not in _POOLS:
        _POOLS[data_dir] = load_pool(fetch_source(data_dir))
    return _POOLS[data_dir]


# ------------------------------------------------------------------ report


def _p(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _lat(values: list[float] | None) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):.2f} / {_p(values, 95):.2f}"


def _chars(bucket: str) -> str:
    return f"{bucket} char" + ("" if bucket == "1" else "s")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def _ratio(a: str, b: str) -> str:
    """b ÷ a for each number of two cells ("1.2 / 3.4" gives two ratios)."""
    try:
        pairs = zip(_numbers(a), _numbers(b), strict=True)
        return " / ".join(f"{y / x:.1f}x" if x else "-" for x, y in pairs) or "-"
    except ValueError:
        return "-"


def _numbers(cell: str) -> list[float]:
    cell = cell.split(" (")[0]
    return [float(part.replace(",", "")) for part in cell.split(" / ")]


def table(results: list[SizeResult]) -> str:
    """The figures per size side by side; with two sizes or more, a last column
    gives each figure's ratio of the largest size to the one before it."""
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fn: Callable[[SizeResult], str]) -> None:
        values = [fn(r) for r in results]
        if len(results) > 1:
            values.append(_ratio(values[-2], values[-1]))
        rows.append((label, values))

    row("articles", lambda r: f"{r.articles:,}")
    row("corpus MB (UTF-8 text)", lambda r: f"{r.corpus_mb:.1f}")
    row("import s", lambda r: "reused" if r.import_s is None else f"{r.import_s:.1f}")
    row("import MB/s", lambda r: "-" if not r.import_s else f"{r.corpus_mb / r.import_s:.2f}")
    row("import articles/s", lambda r: "-" if not r.import_s else f"{r.imported / r.import_s:,.0f}")

    def tenths(r: SizeResult) -> str:
        rates = [r.corpus_mb / 10 / t for t in r.tenths_s if t > 0]
        return f"{rates[0]:.2f} / {min(rates):.2f} / {rates[-1]:.2f}" if rates else "-"

    row("import MB/s first / slowest / last tenth", tenths)
    row("imported / failed", lambda r: f"{r.imported:,} / {r.failed:,}")
    row(
        "bigrams listed / s (promotion)",
        lambda r: "-" if r.lists_s is None else f"{r.lists_promoted:,} / {r.lists_s:.1f}",
    )
    row("library MB", lambda r: f"{r.library_mb:.1f} ({r.library_mb / r.corpus_mb:.1f}x text)")
    for b in BUCKETS:
        row(f"search {_chars(b)} ms p50 / p95", lambda r, b=b: _lat(r.search_ms.get(b)))
    if any(r.cold_ms for r in results):
        for b in BUCKETS:
            row(
                f"search {_chars(b)}, cold cache, ms p50 / p95",
                lambda r, b=b: _lat(r.cold_ms.get(b)),
            )
    for b in BUCKETS:
        row(f"FTS5 MATCH {_chars(b)} ms p50 / p95", lambda r, b=b: _lat(r.fts_ms.get(b)))
    for b in BUCKETS:
        row(
            f"grep -F -r -l {_chars(b)} ms p50",
            lambda r, b=b: f"{statistics.median(r.grep_ms[b]):.1f}" if r.grep_ms.get(b) else "-",
        )
    for b in BUCKETS:

        def ratio(r: SizeResult, b: str = b) -> str:
            if not r.grep_ms.get(b) or not r.search_ms.get(b):
                return "-"
            return f"{statistics.median(r.grep_ms[b]) / statistics.median(r.search_ms[b]):.1f}x"

        row(f"grep / search {_chars(b)} (p50)", ratio)
    row("queries (per length)", lambda r: "/".join(str(len(r.queries.get(b, []))) for b in BUCKETS))
    row("recall", lambda r: f"{100 * r.correct / r.expected:.2f}%" if r.expected else "-")
    row("precision", lambda r: f"{100 * r.correct / r.found:.2f}%" if r.found else "-")
    row("queries missing / extra", lambda r: f"{len(r.missed)} / {len(r.extra)}")
    row("errors", lambda r: str(len(r.errors)))

    width = max(len(label) for label, _ in rows)
    heads = [f"N={r.articles:,}" for r in results]
    if len(results) > 1:
        heads.append(f"{results[-1].articles:,} ÷ {results[-2].articles:,}")
    cols = [max(12, len(heads[i]), *(len(v[i]) for _, v in rows)) for i in range(len(heads))]
    lines = ["  ".join([" " * width, *(f"{h:>{c}}" for h, c in zip(heads, cols, strict=True))])]
    for label, values in rows:
        lines.append(
            "  ".join(
                [label.ljust(width), *(f"{v:>{c}}" for v, c in zip(values, cols, strict=True))]
            )
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.bench_core", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    ap.add_argument("--reuse", action="store_true", help="keep an existing built library")
    ap.add_argument("--queries", type=int, default=50, help="sampled queries per length")
    ap.add_argument("--absent", type=int, default=5, help="absent strings per length")
    ap.add_argument(
        "--grep-queries", type=int, default=None, help="at most this many grep runs per length"
    )
    ap.add_argument("--no-grep", action="store_true")
    ap.add_argument(
        "--cold",
        type=int,
        default=0,
        metavar="N",
        help="also time N queries per length each with a cold cache (Linux, root)",
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--json", type=Path, default=None, help="also write the raw figures here")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    started = datetime.now(UTC)
    results = [run_size(n, args) for n in sizes]
    print(f"Duizhao core benchmark, {started:%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    print(
        f"search = search(lib, q, limit={PAGE}) incl. snippets; FTS5 = bare MATCH ... LIMIT {PAGE};"
        " grep over the article files (LC_ALL=C); latencies ms median / p95"
    )
    print()
    print(table(results))
    for r in results:
        for label, items in (("missed", r.missed), ("extra", r.extra), ("error", r.errors)):
            for item in items[:10]:
                print(f"N={r.articles:,} {label}: {item}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "date": started.isoformat(),
            "machine": machine(),
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if all(r.correct == r.expected for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

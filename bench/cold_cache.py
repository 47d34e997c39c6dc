"""Search latency with a cold cache: each query timed right after the operating
system's page cache was dropped and the library reopened (SQLite's own cache is
per connection), as the first search after a restart or after other work pushed
the library out of memory.

Dropping the page cache needs Linux and the right to write
``/proc/sys/vm/drop_caches`` (root); elsewhere ``drop_page_cache`` says it could
not, and the bench leaves the cold figures out.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from db.library import Library

DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_page_cache() -> bool:
    """Write dirty pages out and drop the clean ones; False where that is not allowed."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def time_cold(
    lib_path: Path,
    queries: Sequence[tuple[str, str]],
    run: Callable[[Library, str], object],
    per_bucket: int,
) -> dict[str, list[float]] | None:
    """Milliseconds of ``run(lib, text)`` for the first ``per_bucket`` queries of each
    bucket (``(bucket, text)`` pairs), each with a cold cache; None when the page cache
    cannot be dropped."""
    taken: dict[str, int] = {}
    out: dict[str, list[float]] = {}
    for bucket, text in queries:
        if taken.get(bucket, 0) >= per_bucket:
            continue
        if not drop_page_cache():
            return None
        lib = Library.open(lib_path, create=False)
        try:
            t0 = time.perf_counter()
            run(lib, text)
            out.setdefault(bucket, []).append((time.perf_counter() - t0) * 1000)
        finally:
            lib.close()
        taken[bucket] = taken.get(bucket, 0) + 1
    return out

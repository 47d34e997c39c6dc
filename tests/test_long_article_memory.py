"""A very long article imports within a memory bound that grows slowly with its length.

FTS5 holds all of one row's terms in memory until the row is done, so indexing one
article of millions of characters is the peak of an import.  Beside FTS5's own
hash only SQLite's copy of the tokens may be alive then: not a string of them, not
the UTF-8 copy that binding a string leaves on it, not the importer's own
reference (``db.articles.index_articles`` takes the tokens over).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from db.articles import insert_article
from db.library import Library
from db.search import search
from tests.helpers import SEEDS, run_python_child

# A child process imports one long .txt under an address-space limit above what it
# had mapped at its start (going past it fails the import: "out of memory"), then
# searches and checks it without the limit.
_CHILD = r"""
import json, resource, sys
from pathlib import Path
from db.importer import import_paths
from db.library import Library
from db.health import check_library
from db.search import search

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

start, resident = status("VmSize"), status("VmRSS")
hard = resource.getrlimit(resource.RLIMIT_AS)[1]
resource.setrlimit(resource.RLIMIT_AS, (start + int(sys.argv[3]) * 1024 * 1024, hard))
lib = Library.open(Path(sys.argv[2]))
report = import_paths(lib, [Path(sys.argv[1])])
added = status("VmPeak") - start
# the most memory in use at once (the address space counts reservations never used)
peak = status("VmHWM") - resident
resource.setrlimit(resource.RLIMIT_AS, (hard, hard))  # the bound is the import's
page = search(lib, sys.argv[4], snippets=False)
indexed = lib.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
# the check compares the article with its index entry: its peak, on its own
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # VmHWM starts again from VmRSS
resident = status("VmRSS")
checked = check_library(lib)
check_peak = status("VmHWM") - resident
lib.close()
print(json.dumps({
    "summary": report.summary(),
    "ok": report.ok,
    "hits": [h.article_id for h in page.hits],
    "indexed": indexed,
    "import_mb": added // (1024 * 1024),
    "peak_mb": peak // (1024 * 1024),
    "check_ok": checked.ok,
    "check_mb": check_peak // (1024 * 1024),
}))
"""

CHARS = 5_000_000  # about 15 MB of UTF-8
# What the import may add (MiB), measured for this article: memory in use at its
# peak 238 before the tokens were bytes handed over to SQLite (213 under the address
# space limit, which it then reached), 128 since; address space 270 before, 174 since.
PEAK_MB = 155
# What the check of it may add (MiB): it tokenises the text again; measured 38,
# and 405 with a list of every token.
CHECK_MB = 80
ALPHABET = 400
LIMIT_MB = 220


def long_article(path: Path, chars: int) -> str:
    """One article of about ``chars`` characters drawn at random from the seed
    articles' characters, in lines of sentences: as many different two-character
    words as dense news text has (FTS5's memory for a row grows with them); returns
    a phrase found once, in the middle."""
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    alphabet = sorted({c for c in seeds if "\u4e00" <= c <= "\u9fff"})[:ALPHABET]
    rng = random.Random(14)
    lines: list[str] = []
    size = 0
    while size < chars:
        line = "，".join("".join(rng.choices(alphabet, k=rng.randint(4, 16))) for _ in range(6))
        lines.append(line + "。")
        size += len(line) + 2
    phrase = "长文中间独有的一句话"
    lines[len(lines) // 2] += phrase
    path.write_text("长篇报道\n" + "\n".join(lines), encoding="utf-8")
    return phrase


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc")
def test_a_long_article_imports_within_bounded_memory(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    phrase = long_article(source, CHARS)
    out = run_python_child(
        _CHILD, str(source), str(tmp_path / "lib.duizhao"), str(LIMIT_MB), phrase
    )
    assert out["ok"] and out["summary"] == "1 found: 1 imported, 0 duplicate(s), 0 failed", out
    assert out["hits"] == [1] and out["indexed"] == 1, out
    assert out["peak_mb"] <= PEAK_MB, out
    assert out["check_ok"] and out["check_mb"] <= CHECK_MB, out
    print(
        f"the import added {out['peak_mb']} MB in use, {out['import_mb']} MB of address"
        f" space; the check {out['check_mb']} MB"
    )


def test_storing_an_article_leaves_no_utf8_copy_on_its_text(tmp_path: Path) -> None:
    # Binding a str makes CPython keep its UTF-8 form beside it for as long as the
    # str lives (sys.getsizeof counts it): for an import, the whole file's text again.
    lib = Library.open(tmp_path / "lib.duizhao")
    text = "京津冀协同创新共同体建设。" * 1000
    before = sys.getsizeof(text)
    with lib.transaction() as conn:
        article_id = insert_article(conn, title="标题", text=text, script="hans")
    assert sys.getsizeof(text) == before
    row = lib.conn.execute(
        "SELECT typeof(text), text, chars FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    assert row == ("text", text, len(text))
    assert search(lib, "协同创新").total == 1
    lib.close()

"""Benchmark corpora of real Chinese text shaped like news articles.

The text comes from the npm package ``chinese-poetry`` (Tang and Song poems,
Song ci, classical prose; mostly Traditional script).  It is fetched on demand
into ``bench/data/`` with ``npm pack`` and never committed.  Articles are put
together deterministically from a seed: a title line, a date line on some, a
byline on some, then several paragraphs, 1–6 KB of UTF-8 in all.  About three
articles in four are converted to Simplified script with OpenCC ``t2s``, the
rest stay Traditional, like the seed library.

    python -m bench.corpus --articles 10000    # writes bench/data/corpus-10000/

Without the npm data (no network, as in the tests) a small built-in sample of
the same kind of text can be used instead: ``load_pool(sample=True)``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import opencc

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / "data"
NPM_PACKAGE = "chinese-poetry@2.0.1"
SOURCE_DIR = DATA_DIR / "npm-chinese-poetry"

# Files of the package that are used, relative to its dist/ folder.
SOURCE_GLOBS = (
    "quantangshi/poet.tang.*.json",
    "quantangshi/poet.song.*.json",
    "songci/ci.song.*.json",
    "mengxue/guwenguanzhi.json",
    "sishuwujing/*.json",
    "lunyu/lunyu.json",
    "yuanqu/yuanqu.json",
)

MIN_BYTES = 1024
MAX_BYTES = 6144
HANT_SHARE = 0.25  # share of articles left in Traditional script
DATE_SHARE = 0.6  # share of articles with a date line under the title
BYLINE_SHARE = 0.4
FILES_PER_FOLDER = 1000
GENERATOR_VERSION = 1

Script = Literal["hant", "hans"]

_T2S = opencc.OpenCC("t2s")

# A few public-domain texts, Traditional and Simplified, used when the npm data
# is absent.  Enough to make articles of every size, not enough for a benchmark.
SAMPLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("帝京篇十首 一", "李世民", ("秦川雄帝宅，函谷壯皇居。", "綺殿千尋起，離宮百雉餘。",
                               "連甍遙接漢，飛觀迥凌虛。", "雲日隱層闕，風煙出綺疎。")),
    ("日詩", "宋太祖", ("欲出未出光辣達，千山萬山如火發。", "須臾走向天上來，逐却殘星趕却月。")),
    ("靜夜思", "李白", ("牀前明月光，疑是地上霜。", "舉頭望明月，低頭思故鄉。")),
    ("春曉", "孟浩然", ("春眠不覺曉，處處聞啼鳥。", "夜來風雨聲，花落知多少。")),
    ("登鸛雀樓", "王之渙", ("白日依山盡，黃河入海流。", "欲窮千里目，更上一層樓。")),
    ("望嶽", "杜甫", ("岱宗夫如何？齊魯青未了。", "造化鍾神秀，陰陽割昏曉。",
                      "盪胸生曾雲，決眥入歸鳥。", "會當凌絕頂，一覽衆山小。")),
    ("鄭伯克段於鄢", "左丘明", ("初，鄭武公娶於申，曰武姜，生莊公及共叔段。莊公寤生，驚姜氏，故名曰寤生，遂惡之。",
                              "愛共叔段，欲立之。亟請於武公，公弗許。及莊公即位，爲之請制。")),
    ("梁惠王上", "孟子", ("孟子見梁惠王。王曰：「叟不遠千里而來，亦將有以利吾國乎？」",
                         "孟子對曰：「王何必曰利？亦有仁義而已矣。」")),
    ("导引", "和岘", ("气和玉烛，睿化著鸿明。", "缇管一阳生。", "郊禋盛礼燔柴毕，旋轸凤凰城。",
                      "森罗仪卫振华缨。", "载路溢欢声。", "皇图大业超前古，垂象泰阶平。")),
    ("学而篇", "孔子", ("子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”",
                        "有子曰：“其为人也孝弟，而好犯上者，鲜矣；不好犯上而好作乱者，未之有也。”")),
    ("水调歌头", "苏轼", ("明月几时有？把酒问青天。", "不知天上宫阙，今夕是何年。",
                          "我欲乘风归去，又恐琼楼玉宇，高处不胜寒。", "起舞弄清影，何似在人间。")),
    ("念奴娇·赤壁怀古", "苏轼", ("大江东去，浪淘尽，千古风流人物。", "故垒西边，人道是，三国周郎赤壁。",
                                "乱石穿空，惊涛拍岸，卷起千堆雪。", "江山如画，一时多少豪杰。")),
)  # fmt: skip


@dataclass(frozen=True)
class Piece:
    """One poem or prose chapter of the source."""

    title: str
    author: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Pool:
    """Source texts, split by script, and where they came from."""

    hant: tuple[Piece, ...]
    hans: tuple[Piece, ...]
    origin: str
    all: tuple[Piece, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "all", self.hant + self.hans)


@dataclass(frozen=True)
class Article:
    index: int
    title: str
    text: str  # the whole file: title line first
    script: Script
    date: str | None


@dataclass(frozen=True)
class CorpusInfo:
    path: Path
    articles: int
    bytes: int
    origin: str
    reused: bool

    @property
    def megabytes(self) -> float:
        return self.bytes / 1e6


# ---------------------------------------------------------------- source data


def fetch_source(data_dir: Path = DATA_DIR) -> Path:
    """Download and unpack the npm package into ``data_dir`` unless present."""
    target = data_dir / SOURCE_DIR.name
    if (target / "dist").is_dir():
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed: cannot fetch the chinese-poetry package")
    data_dir.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [npm, "pack", NPM_PACKAGE, "--silent"],
        cwd=data_dir,
        check=True,
        capture_output=True,
        text=True,
    )
    tgz = data_dir / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tgz) as tar:
        members = [
            m
            for m in tar.getmembers()
            if m.isfile()
            and m.name.startswith("package/dist/")
            and not any(skip in m.name for skip in ("/error/", "/rank/", "/strains/"))
        ]
        tar.extractall(data_dir / "unpack", members=members, filter="data")
    (data_dir / "unpack" / "package").rename(target)
    shutil.rmtree(data_dir / "unpack", ignore_errors=True)
    tgz.unlink()
    return target


def _pieces(node: object, context: str = "") -> Iterator[Piece]:
    """Every object with a list of ``paragraphs`` anywhere in a JSON tree."""
    if isinstance(node, list):
        for item in node:
            yield from _pieces(item, context)
    elif isinstance(node, dict):
        paras = node.get("paragraphs")
        title = str(node.get("title") or node.get("chapter") or node.get("rhythmic") or context)
        if isinstance(paras, list):
            lines = tuple(p.strip() for p in paras if isinstance(p, str) and p.strip())
            if sum(map(len, lines)) >= 10:
                yield Piece(title.strip(), str(node.get("author") or "").strip(), lines)
        for key in ("content", "chapters"):
            if isinstance(node.get(key), list):
                yield from _pieces(node[key], title)


def _is_traditional(pieces: Iterable[Piece]) -> bool:
    sample = "".join(line for p in list(pieces)[:200] for line in p.paragraphs)
    if not sample:
        return False
    changed = sum(a != b for a, b in zip(sample, _T2S.convert(sample), strict=False))
    return changed / len(sample) > 0.02


def load_pool(source: Path | None = None, *, sample: bool = False) -> Pool:
    """Read the source texts (the built-in sample if ``sample`` is true)."""
    if sample:
        pieces = [Piece(t, a, p) for t, a, p in SAMPLE]
        hant = tuple(p for p in pieces if _is_traditional([p]))
        hans = tuple(p for p in pieces if not _is_traditional([p]))
        return Pool(hant, hans, "built-in sample")
    root = (source or SOURCE_DIR) / "dist"
    if not root.is_dir():
        raise FileNotFoundError(f"{root} not found: run python -m bench.corpus to fetch it")
    hant: list[Piece] = []
    hans: list[Piece] = []
    for pattern in SOURCE_GLOBS:
        for path in sorted(root.glob(pattern)):
            pieces = list(_pieces(json.loads(path.read_text(encoding="utf-8"))))
            (hant if _is_traditional(pieces) else hans).extend(pieces)
    if not hant or not hans:
        raise RuntimeError(f"{root}: expected texts in both scripts")
    return Pool(tuple(hant), tuple(hans), "npm " + NPM_PACKAGE)


# ------------------------------------------------------------------- articles


def _title(piece: Piece) -> str:
    if piece.title:
        return piece.title
    first = piece.paragraphs[0]
    for i, ch in enumerate(first):
        if ch in "，。；：？！,.":
            return first[:i] or first[:12]
    return first[:12]


def make_article(pool: Pool, index: int, seed: int = 1) -> Article:
    """Article number ``index``: the same for the same pool, seed and index."""
    rng = random.Random(f"duizhao-bench:{seed}:{index}")
    script: Script = "hant" if rng.random() < HANT_SHARE else "hans"
    pieces = pool.hant if script == "hant" else pool.all
    target = int(rng.triangular(MIN_BYTES + 200, MAX_BYTES - 400, 2600))

    first = pieces[rng.randrange(len(pieces))]
    head = [_title(first)]
    date = None
    if rng.random() < DATE_SHARE:
        date = f"{rng.randint(2000, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        head.append(date)
    if rng.random() < BYLINE_SHARE and first.author:
        head.append(("本報記者 " if script == "hant" else "本报记者 ") + first.author)
    size = len("\n".join(head).encode()) + 2

    body: list[str] = []
    queue = list(first.paragraphs)
    while size < target:
        para_chars = rng.randint(40, max(60, min(320, target // 9)))
        para = ""
        while len(para) < para_chars:
            if not queue:
                queue = list(pieces[rng.randrange(len(pieces))].paragraphs)
            para += queue.pop(0)
        limit = para_chars * 3 // 2
        if len(para) > limit:  # cut a long line of prose after a full stop
            cut = para.rfind("。", para_chars // 2, limit) + 1 or limit
            queue.insert(0, para[cut:])
            para = para[:cut]
        room = (MAX_BYTES - 200 - size) // 3
        if room < 20:
            break
        para = para[:room]
        body.append(para)
        size += len(para.encode()) + 1

    text = "\n".join(head) + "\n\n" + "\n".join(body) + "\n"
    if script == "hans":
        text = _T2S.convert(text)
    data = text.encode()
    if len(data) > MAX_BYTES:
        text = data[: MAX_BYTES - 1].decode("utf-8", errors="ignore") + "\n"
    return Article(index, text.split("\n", 1)[0], text, script, date)


def iter_articles(n: int, *, seed: int = 1, pool: Pool | None = None) -> Iterator[Article]:
    """``n`` articles without writing files."""
    pool = pool or load_pool()
    for i in range(n):
        yield make_article(pool, i, seed)


def iter_pairs(n: int, *, seed: int = 1, pool: Pool | None = None) -> Iterator[tuple[str, str]]:
    """``(title, text)`` pairs of ``n`` articles."""
    for art in iter_articles(n, seed=seed, pool=pool):
        yield art.title, art.text


def article_path(root: Path, index: int) -> Path:
    return root / f"{index // FILES_PER_FOLDER:03d}" / f"{index:06d}.txt"


def corpus_dir(n: int, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / f"corpus-{n}"


def corpus_files(root: Path) -> list[Path]:
    return sorted(root.glob("*/*.txt"))


def built_corpus(n: int, *, seed: int = 1, data_dir: Path = DATA_DIR) -> CorpusInfo | None:
    """The corpus already on disk for ``n`` and ``seed``, if complete."""
    root = corpus_dir(n, data_dir)
    manifest = root / "manifest.json"
    if not manifest.exists():
        return None
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    if meta.get("seed") != seed or meta.get("generator") != GENERATOR_VERSION:
        return None
    return CorpusInfo(root, meta["articles"], meta["bytes"], meta["origin"], True)


def write_corpus(
    n: int,
    *,
    seed: int = 1,
    data_dir: Path = DATA_DIR,
    pool: Pool | None = None,
    force: bool = False,
) -> CorpusInfo:
    """Write ``n`` articles as UTF-8 files under ``data_dir/corpus-<n>/``.

    An existing corpus made with the same seed and generator is reused.
    """
    root = corpus_dir(n, data_dir)
    existing = built_corpus(n, seed=seed, data_dir=data_dir)
    if existing is not None and not force:
        return existing
    if root.exists():
        shutil.rmtree(root)
    if pool is None:
        fetch_source(data_dir)
        pool = load_pool(data_dir / SOURCE_DIR.name)
    total = 0
    for art in iter_articles(n, seed=seed, pool=pool):
        path = article_path(root, art.index)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = art.text.encode()
        path.write_bytes(data)
        total += len(data)
    meta = {
        "articles": n,
        "seed": seed,
        "bytes": total,
        "origin": pool.origin,
        "generator": GENERATOR_VERSION,
    }
    (root / "manifest.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return CorpusInfo(root, n, total, pool.origin, False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--force", action="store_true", help="rebuild even if present")
    ap.add_argument("--sample", action="store_true", help="use the built-in sample, not npm data")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    pool = load_pool(sample=True) if args.sample else None
    info = write_corpus(
        args.articles, seed=args.seed, data_dir=args.data_dir, pool=pool, force=args.force
    )
    what = "reused" if info.reused else "wrote"
    print(
        f"{what} {info.articles:,} articles in {info.path} "
        f"({info.megabytes:.1f} MB of UTF-8 text, from {info.origin}) "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

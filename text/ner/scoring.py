"""Precision / recall / F1 of entity spans (exact start, end and type)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Key = tuple[object, int, int, str]  # (item id, start, end, type)


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Key], predicted: Iterable[Key], types: Iterable[str]) -> dict[str, Score]:
    """Scores per type and ``"micro"`` over ``types``."""
    types = tuple(types)
    g = {k for k in gold if k[3] in types}
    p = {k for k in predicted if k[3] in types}
    out: dict[str, Score] = {}
    for t in types:
        gt = {k for k in g if k[3] == t}
        pt = {k for k in p if k[3] == t}
        out[t] = Score(len(gt & pt), len(pt - gt), len(gt - pt))
    out["micro"] = Score(len(g & p), len(p - g), len(g - p))
    return out


def format_table(title: str, scores: dict[str, Score]) -> str:
    lines = [title, f"{'type':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for name, s in scores.items():
        lines.append(
            f"{name:<14}{100 * s.precision:8.2f}{100 * s.recall:8.2f}{100 * s.f1:8.2f}"
            f"{s.tp + s.fn:7d}{s.tp + s.fp:7d}"
        )
    return "\n".join(lines)

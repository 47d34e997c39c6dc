"""The table ``bench.bench_gui`` prints: one column per library, the targets marked.

``table`` turns the start-up and window figures (the dictionaries ``bench_gui``'s
runs give) into rows; ``section5`` is the rows of its filters, facets and views.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

STARTUP_PHASES = (
    ("python", "spawn → Python running"),
    ("imports", "→ imports done (PySide6, gui, db)"),
    ("window", "→ QApplication + MainWindow built"),
    ("library", "→ library opened"),
    ("shown", "→ window shown"),
    ("results", "→ first result list in the model"),
    ("painted", "→ result list painted"),
    ("article", "→ first article shown"),
)

TARGET_START_SEED_MS = 1000.0
TARGET_START_LARGE_MS = 1500.0  # 100,000 and 1,000,000 articles
TARGET_KEY_P95_MS = 100.0
TARGET_JUMP_MS = 100.0
TARGET_RSS_MB = 300.0


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def ms(value: float | None) -> str:
    return "—" if value is None or value != value else f"{value:,.0f}"


def mark(value: float | None, target: float) -> str:
    if value is None or value != value:
        return ""
    return " ✓" if value <= target else " ✗"


def section5(window: dict, names: list[str]) -> list[list[str]]:
    """The rows of section 5: two filters, facets, the views and the memory after them."""
    rows: list[list[str]] = []

    def values(n: str, source: str, key: str) -> list[float]:
        got = window.get(n, {}).get(source, [])
        return [r[key] for r in got if r.get(key) is not None]

    def cells(fn: Callable[[str], str]) -> list[str]:
        return [fn(n) if n in window and "typing_filtered" in window[n] else "—" for n in names]

    def p50_p95(n: str, source: str, key: str = "ms", target: float | None = None) -> str:
        v = values(n, source, key)
        if not v:
            return "—"
        text = f"{ms(pct(v, 0.5))} / {ms(pct(v, 0.95))}"
        return text + (mark(pct(v, 0.95), target) if target is not None else "")

    def med(n: str, source: str, key: str = "ms") -> str:
        v = values(n, source, key)
        return ms(median(v)) if v else "—"

    def view(n: str, key: str, field: str = "ms") -> str:
        runs = window[n].get("views", {}).get(key, [])
        v = [r[field] for r in runs if r.get(field) is not None]
        if not v:
            return "—"
        shown = all(r["content"] and not r["error"] for r in runs)
        return f"{ms(median(v))} / {ms(max(v))}" + ("" if shown else " (empty)")

    def add(label: str, fn: Callable[[str], str]) -> None:
        rows.append([label, *cells(fn)])

    add(
        "5. two filters: keystroke → list painted p50 / p95",
        lambda n: p50_p95(n, "typing_filtered", "paint_ms", TARGET_KEY_P95_MS),
    )
    add(
        "   keystroke → first article shown p50 / p95",
        lambda n: p50_p95(n, "typing_filtered", "article_ms"),
    )
    add(
        "   results per query p50 / max",
        lambda n: (
            f"{ms(pct(values(n, 'typing_filtered', 'hits'), 0.5))} / "
            f"{ms(pct(values(n, 'typing_filtered', 'hits'), 1))}"
        ),
    )
    add("   facet refresh ms p50 / p95 (typed + filters)", lambda n: p50_p95(n, "facets_typed"))
    add("   facet refresh ms, the filters alone, median", lambda n: med(n, "facets_filters"))
    add("   facet refresh ms, whole library, median", lambda n: med(n, "facets_library"))
    add(
        "   articles counted: filters / whole library",
        lambda n: (
            f"{ms(median(values(n, 'facets_filters', 'total')))} / "
            f"{ms(median(values(n, 'facets_library', 'total')))}"
        ),
    )
    add(
        "   entity's mentions / articles",
        lambda n: (
            f"{window[n]['filters']['entity'][2]:,} / {window[n]['filters']['entity'][3]:,}"
            if window[n]["filters"].get("entity")
            else "no entity"
        ),
    )
    add("   timeline: entity selected → shown ms, median / max", lambda n: view(n, "timeline"))
    add("   network: entity selected → shown ms, median / max", lambda n: view(n, "network"))
    add(
        "   RSS after section 5 MB / peak (VmHWM)",
        lambda n: (
            f"{window[n]['rss_end_mb']:.0f}{mark(window[n]['rss_end_mb'], TARGET_RSS_MB)} / "
            f"{window[n]['hwm_end_mb']:.0f}"
        ),
    )
    return rows  # fmt: skip


def table(libs: list[tuple[str, Path]], start: dict, window: dict, runs: int) -> str:
    head = ["", *(name for name, _ in libs)]
    rows: list[list[str]] = []

    def row(label: str, cells: list[str]) -> None:
        rows.append([label, *cells])

    names = [name for name, _ in libs]
    row("articles", [f"{window[n]['articles']:,}" if n in window else "—" for n in names])
    row(f"1. start-up ms, median / max of {runs}", ["" for _ in names])
    for key, label in STARTUP_PHASES:
        cells = []
        for n in names:
            values = start.get(n, {}).get("phases", {}).get(key, [])
            cell = f"{ms(median(values))} / {ms(max(values))}" if values else "—"
            target = {
                "seed": TARGET_START_SEED_MS,
                "100k": TARGET_START_LARGE_MS,
                "1m": TARGET_START_LARGE_MS,
            }.get(n)
            if key == "painted" and values and target is not None:
                cell += mark(median(values), target)
            cells.append(cell)
        row(f"   {label}", cells)
    cells = []
    for n in names:
        v = start.get(n, {}).get("screenshot", [])
        cells.append(f"{ms(median(v))} / {ms(max(v))}" if v else "—")
    row("   --screenshot wall (upper bound)", cells)

    def typing(n: str, key: str, q: float, source: str = "typing") -> float:
        vals = [r[key] for r in window.get(n, {}).get(source, []) if r.get(key) is not None]
        return pct(vals, q)

    row("2. keystroke → list painted p50 / p95", [
        f"{ms(typing(n, 'paint_ms', .5))} / {ms(typing(n, 'paint_ms', .95))}"
        + mark(typing(n, "paint_ms", .95), TARGET_KEY_P95_MS) if n in window else "—"
        for n in names
    ])  # fmt: skip
    row("   keystroke → first article shown p50 / p95", [
        f"{ms(typing(n, 'article_ms', .5))} / {ms(typing(n, 'article_ms', .95))}"
        if n in window else "—" for n in names
    ])  # fmt: skip
    row("   key event handled p50 / max", [
        f"{typing(n, 'key_ms', .5):.1f} / {typing(n, 'key_ms', 1):.1f}"
        if n in window else "—" for n in names
    ])  # fmt: skip
    row("   results per query p50 / max", [
        f"{ms(typing(n, 'hits', .5))} / {ms(typing(n, 'hits', 1))}"
        if n in window else "—" for n in names
    ])  # fmt: skip
    row("   debounce (set) / key → search starts p50", [
        f"{window[n]['debounce_ms']} / {ms(typing(n, 'query_ms', .5, 'typing_debounced'))}"
        if n in window else "—" for n in names
    ])  # fmt: skip
    row("   with debounce: key → list painted p50", [
        ms(typing(n, "paint_ms", .5, "typing_debounced")) if n in window else "—" for n in names
    ])  # fmt: skip
    cells = []
    for n in names:
        if n not in window:
            cells.append("—")
            continue
        j = window[n]["jumps"]
        t = median([x["ms"] for x in j])
        cells.append(f"{t:.0f}{mark(t, TARGET_JUMP_MS)}")
    row("3. jump to last row + select + repaint ms, median", cells)
    row("   rows / blocks read from the library", [
        f"{median([x['rows'] for x in window[n]['jumps']]):.0f} / "
        f"{median([x['blocks'] for x in window[n]['jumps']]):.0f}"
        if n in window else "—" for n in names
    ])  # fmt: skip
    row("4. RSS after list shown MB", [
        f"{window[n]['rss_opened_mb']:.0f}" if n in window else "—" for n in names
    ])  # fmt: skip
    row("   RSS after sections 2-3 MB / peak (VmHWM)", [
        f"{window[n]['rss_mb']:.0f}{mark(window[n]['rss_mb'], TARGET_RSS_MB)} / "
        f"{window[n]['hwm_mb']:.0f}" if n in window else "—" for n in names
    ])  # fmt: skip
    rows.extend(section5(window, names))

    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(
        zip(r, widths, strict=True))) for r in [head, *rows]]  # fmt: skip
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)

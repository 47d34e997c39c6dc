"""Time the entity tree with many entities: loading them and filtering by a name.

    python -m bench.bench_entity_tree [--entities 50000] [--runs 3]

Runs offscreen. Prints, per run, the seconds to load the rows into the tree (with
every type expanded) and to filter them by 聯泰 (either script); the tests check
only that the rows load and filter right.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.entities import ENTITY_TYPES, EntityRow  # noqa: E402
from gui.entity_panel import EntityPanel  # noqa: E402


def synthetic_entities(n: int, seed: int = 7) -> list[EntityRow]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        name = "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(2, 6)))
        rows.append(
            EntityRow(
                i + 1, ENTITY_TYPES[i % 7], name, name, name, [], rnd.randint(1, 500), 1, False
            )
        )
    rows[min(123, n - 1)] = EntityRow(
        124, "organization", "聯泰集群", "联泰集群", "聯泰集羣", [], 3, 1, False
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    rows = synthetic_entities(args.entities)
    loads, filters = [], []
    for _ in range(args.runs):
        panel = EntityPanel()
        panel.show()
        t0 = time.perf_counter()
        panel.model.set_entities(rows)
        panel.tree.expandAll()
        loads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        panel.set_filter_text("聯泰")
        filters.append(time.perf_counter() - t0)
        panel.close()
        app.processEvents()
    print(f"{args.entities} entities, {args.runs} runs")
    print(f"load + expand  s: median {statistics.median(loads):.3f}  max {max(loads):.3f}")
    print(f"filter 聯泰    s: median {statistics.median(filters):.3f}  max {max(filters):.3f}")


if __name__ == "__main__":
    main()

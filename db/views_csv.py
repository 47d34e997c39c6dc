"""The timeline's and the network's data as table rows, and as CSV files written through
``db.csvio`` (UTF-8 with a byte order mark, formula-like cells neutralised).  The command
line's ``timeline`` and ``network`` print the same rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from db.csvio import write_csv
from db.views import Network, Period

TIMELINE_COLUMNS = ["period", "mentions", "articles"]
NETWORK_COLUMNS = [
    "source_id",
    "source",
    "source_type",
    "target_id",
    "target",
    "target_type",
    "articles",
]


def timeline_rows(periods: Sequence[Period]) -> list[list[object]]:
    return [[p.period, p.mentions, p.articles] for p in periods]


def network_rows(net: Network) -> list[list[object]]:
    """One row per edge, each end with its id, name and type."""
    nodes = {n.id: n for n in net.nodes}
    rows: list[list[object]] = []
    for e in net.edges:
        a, b = nodes[e.source], nodes[e.target]
        rows.append([a.id, a.name, a.type, b.id, b.name, b.type, e.articles])
    return rows


def write_timeline_csv(path: Path | str, periods: Sequence[Period], *, bom: bool = True) -> int:
    return write_csv(path, TIMELINE_COLUMNS, timeline_rows(periods), bom=bom)


def write_network_csv(path: Path | str, net: Network, *, bom: bool = True) -> int:
    return write_csv(path, NETWORK_COLUMNS, network_rows(net), bom=bom)

"""Positions of a network's nodes, by networkx's spring layout (Fruchterman-Reingold).

networkx is imported on the first layout (on the worker thread), not when the window
starts.  The layout is seeded, so the same network is drawn the same way each time.
For fewer than 500 nodes (the view shows at most ``NODE_LIMIT`` and the chosen ones)
networkx computes it with numpy alone; with more (only when hundreds of entities are
selected) it would need scipy, which the app does not ship, so they go on a circle.
"""

from __future__ import annotations

import math

from db.views import Network

LAYOUT_SEED = 13
NODE_LIMIT = 60  # other entities shown at most (those sharing most with the chosen ones)
SPRING_LIMIT = 500  # from this many nodes (hundreds of chosen ones) they are put on a circle


def lay_out(net: Network) -> dict[int, tuple[float, float]]:
    """Node id -> (x, y), each within 0..1."""
    if not net.nodes:
        return {}
    if len(net.nodes) == 1:
        return {net.nodes[0].id: (0.5, 0.5)}
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in net.nodes)
    # damped weights: a pair sharing 40 articles pulls harder than one sharing 1,
    # but does not collapse onto it
    graph.add_weighted_edges_from(
        (e.source, e.target, 1.0 + math.log(e.articles)) for e in net.edges
    )
    if len(net.nodes) >= SPRING_LIMIT:  # networkx would need scipy's sparse matrices
        pos = nx.circular_layout(graph)
    else:
        k = 1.6 / math.sqrt(len(net.nodes))  # more room between nodes than the default
        pos = nx.spring_layout(
            graph, k=k, seed=LAYOUT_SEED, iterations=120, weight="weight", method="force"
        )
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    x0, y0 = min(xs), min(ys)
    wx, wy = (max(xs) - x0) or 1.0, (max(ys) - y0) or 1.0
    return {int(n): ((float(p[0]) - x0) / wx, (float(p[1]) - y0) / wy) for n, p in pos.items()}

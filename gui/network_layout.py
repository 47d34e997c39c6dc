"""Positions of a network's nodes: a seeded spring layout (Fruchterman-Reingold) in numpy.

Nodes repel each other (force k²/d) and the articles two entities share pull them
together (force weight·d²/k); each step moves a node along its net force by at most
a "temperature" that cools linearly to zero.  Seeded, so the same network is drawn
the same way each time.  The view shows at most ``NODE_LIMIT`` entities and the
chosen ones; with ``SPRING_LIMIT`` nodes or more (only when hundreds of entities are
selected) the n×n forces would cost too much, so they go on a circle.

This was networkx's ``spring_layout``; importing networkx for it added 20 MB to the
window's memory, for a computation of a few dozen lines over numpy.
"""

from __future__ import annotations

import math

import numpy as np

from db.views import Network

LAYOUT_SEED = 13
NODE_LIMIT = 60  # other entities shown at most (those sharing most with the chosen ones)
SPRING_LIMIT = 500  # from this many nodes (hundreds of chosen ones) they are put on a circle
ITERATIONS = 120
MIN_DISTANCE = 0.01  # closer nodes repel as if this far apart (no division by zero)


def spring(weights: np.ndarray, k: float, iterations: int, seed: int) -> np.ndarray:
    """Fruchterman-Reingold positions (n×2) of a graph given by its symmetric weights."""
    n = len(weights)
    pos = np.random.RandomState(seed).rand(n, 2)
    temperature = 0.1  # the starting square is 1 wide
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]  # n×n×2: from each node to each other
        distance = np.maximum(np.linalg.norm(delta, axis=-1), MIN_DISTANCE)
        force = k * k / distance**2 - weights * distance / k  # along delta, per unit length
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.linalg.norm(displacement, axis=-1)
        length = np.where(length < MIN_DISTANCE, 0.1, length)
        step = displacement * (temperature / length)[:, None]
        pos += step
        temperature -= cooling
        if np.linalg.norm(step) / n < 1e-4:
            break
    return pos


def circle(n: int) -> np.ndarray:
    angles = np.arange(n) * (2 * math.pi / n)
    return np.column_stack((np.cos(angles), np.sin(angles)))


def lay_out(net: Network) -> dict[int, tuple[float, float]]:
    """Node id -> (x, y), each within 0..1."""
    if not net.nodes:
        return {}
    if len(net.nodes) == 1:
        return {net.nodes[0].id: (0.5, 0.5)}
    ids = [n.id for n in net.nodes]
    if len(ids) >= SPRING_LIMIT:
        pos = circle(len(ids))
    else:
        row = {node: i for i, node in enumerate(ids)}
        weights = np.zeros((len(ids), len(ids)))
        # damped weights: a pair sharing 40 articles pulls harder than one sharing 1,
        # but does not collapse onto it
        for e in net.edges:
            a, b = row.get(e.source), row.get(e.target)
            if a is not None and b is not None and a != b:
                weights[a, b] = weights[b, a] = 1.0 + math.log(e.articles)
        k = 1.6 / math.sqrt(len(ids))  # more room between nodes than the default 1/√n
        pos = spring(weights, k, ITERATIONS, LAYOUT_SEED)
    low = pos.min(axis=0)
    span = pos.max(axis=0) - low
    span[span == 0] = 1.0
    scaled = (pos - low) / span
    return {node: (float(x), float(y)) for node, (x, y) in zip(ids, scaled, strict=True)}

"""Node positions computed in Python: a force layout, then room made for every label.

A drawing must not suggest what the graph does not say: an edge that runs through
a node it does not touch reads as a relation of that node, and two labels that
touch read as one name. :func:`layout_positions` therefore moves nodes until no
node's box (its shape and the label under it) overlaps another's and no edge
crosses the box of a node it does not link.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import igraph
import numpy

__all__ = ["Footprint", "OVERLAP_LIMIT", "find_overlaps", "layout_positions"]

#: Above this many nodes only hub labels are drawn at the zoom that shows the whole
#: graph, and the pairwise checks would cost seconds: overlaps are left as they fall.
OVERLAP_LIMIT = 300
#: Free space kept around each box, in pixels.
MARGIN = 6.0
#: vis-network draws a label this far under its node's shape.
LABEL_GAP = 4.0


@dataclass(frozen=True)
class Footprint:
    """What a drawn node covers: its shape (``radius`` around the centre) and its label,
    ``label_width`` by ``label_height``, centred under the shape."""

    radius: float
    label_width: float = 0.0
    label_height: float = 0.0

    def extent(self) -> tuple[float, float, float]:
        """Half the box's width, and its reach above and below the node's centre."""
        below = self.radius + (LABEL_GAP + self.label_height if self.label_height else 0.0)
        return max(self.radius, self.label_width / 2), self.radius, below


def layout_positions(ids: Sequence[str], edges: Sequence[tuple[str, str]], *,
                     footprints: Mapping[str, Footprint] | None = None,
                     spacing: float = 140.0, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in pixels: linked nodes about ``spacing`` apart, unlinked ones in rows below.

    igraph's Fruchterman-Reingold (its grid variant above 500 nodes) runs in
    seconds at 20,000 nodes, where networkx's spring layout takes minutes. Nodes
    without edges would float in a ring around the drawing; they are set in rows
    under it instead. With ``footprints`` and at most :data:`OVERLAP_LIMIT` nodes,
    nodes are then pushed apart until :func:`find_overlaps` finds nothing.

    Args:
        ids: The nodes, in a fixed order (positions are reproducible for one order).
        edges: Pairs of node ids; pairs naming unknown ids are ignored.
        footprints: Each node's shape and label size; a node without one is a point.
        spacing: Wanted distance between neighbouring nodes, in pixels.
        seed: Seed of the random start, for reproducible drawings.

    Returns:
        Each node's ``(x, y)``.
    """
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    pairs = sorted({(index[a], index[b]) for a, b in edges
                    if a in index and b in index and a != b})
    linked = sorted({i for pair in pairs for i in pair})
    coords = numpy.zeros((len(ids), 2))
    if linked:
        coords[linked] = _force_layout(len(ids), pairs, linked, spacing, seed)
    feet = [(footprints or {}).get(node, Footprint(0.0)) for node in ids]
    if footprints and len(ids) <= OVERLAP_LIMIT and linked:
        coords[linked] = _separate(coords[linked], [feet[i] for i in linked],
                                   _reindex(pairs, linked))
    placed = set(linked)
    alone = [i for i in range(len(ids)) if i not in placed]
    if alone:
        coords[alone] = _rows(coords[linked] if linked else None, [feet[i] for i in alone],
                              spacing)
    return {node: (round(float(coords[i][0]), 1), round(float(coords[i][1]), 1))
            for node, i in index.items()}


def find_overlaps(positions: Mapping[str, tuple[float, float]],
                  footprints: Mapping[str, Footprint],
                  edges: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs that would mislead a reader: two nodes whose boxes touch, or an edge
    ``"a->b"`` and a node it crosses without linking it.

    Args:
        positions: Each node's centre.
        footprints: Each node's shape and label size (missing: a point).
        edges: Pairs of node ids drawn as straight lines.
    """
    ids = list(positions)
    index = {node: i for i, node in enumerate(ids)}
    coords = numpy.array([positions[n] for n in ids], dtype=float).reshape(-1, 2)
    feet = [footprints.get(n, Footprint(0.0)) for n in ids]
    pairs = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    boxes = _boxes(coords, feet, 0.0)
    found = [(ids[i], ids[j]) for i, j in zip(*_box_overlaps(boxes), strict=True)]
    for e, w in zip(*_edge_crossings(coords, boxes, pairs), strict=True):
        a, b = pairs[e]
        found.append((f"{ids[a]}->{ids[b]}", ids[w]))
    return found


def _force_layout(count: int, pairs: list[tuple[int, int]], linked: list[int],
                  spacing: float, seed: int) -> numpy.ndarray:
    graph = igraph.Graph(n=len(linked), edges=_reindex(pairs, linked), directed=False)
    graph = graph.simplify()
    # The grid variant only repels nearby nodes: 10x faster at 1,000 nodes, and the
    # difference does not show at that size. igraph's own random start scales with
    # the graph (a start squeezed into a small square makes the grid useless).
    grid = "grid" if len(linked) > 500 else "nogrid"
    igraph.set_random_number_generator(random.Random(seed))
    try:
        layout = graph.layout_fruchterman_reingold(niter=500, grid=grid)
    finally:
        igraph.set_random_number_generator(random)
    coords = numpy.array(layout.coords, dtype=float).reshape(-1, 2)
    lengths = [math.dist(coords[a], coords[b]) for a, b in graph.get_edgelist()]
    mean = sum(lengths) / len(lengths) if lengths else 0.0
    extent = max(float(numpy.ptp(coords[:, 0])), float(numpy.ptp(coords[:, 1])), 1e-9)
    # Whichever is larger: edges of ``spacing`` length, or a square with room for every node.
    scale = max(spacing / mean if mean > 0 else 0.0, spacing * math.sqrt(len(linked)) / extent)
    return coords * scale


def _reindex(pairs: list[tuple[int, int]], subset: list[int]) -> list[tuple[int, int]]:
    local = {old: new for new, old in enumerate(subset)}
    return [(local[a], local[b]) for a, b in pairs]


def _boxes(coords: numpy.ndarray, feet: Sequence[Footprint], margin: float) -> numpy.ndarray:
    """Each node's box as rows of (left, top, right, bottom), grown by ``margin``."""
    extents = numpy.array([f.extent() for f in feet], dtype=float).reshape(-1, 3)
    x, y = coords[:, 0], coords[:, 1]
    return numpy.stack([x - extents[:, 0] - margin, y - extents[:, 1] - margin,
                        x + extents[:, 0] + margin, y + extents[:, 2] + margin], axis=1)


def _box_overlaps(boxes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Index pairs ``i < j`` of boxes that overlap."""
    left, top, right, bottom = boxes.T
    apart_x = (right[:, None] <= left[None, :]) | (right[None, :] <= left[:, None])
    apart_y = (bottom[:, None] <= top[None, :]) | (bottom[None, :] <= top[:, None])
    touching = ~(apart_x | apart_y)
    first, second = numpy.nonzero(numpy.triu(touching, k=1))
    return first, second


def _edge_crossings(coords: numpy.ndarray, boxes: numpy.ndarray,
                    pairs: Sequence[tuple[int, int]]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(edge, node) index pairs where a straight edge passes through a box it does not link."""
    if not pairs or not len(boxes):
        return numpy.zeros(0, dtype=int), numpy.zeros(0, dtype=int)
    ends = numpy.array(pairs, dtype=int)
    start, delta = coords[ends[:, 0]], coords[ends[:, 1]] - coords[ends[:, 0]]
    enter = numpy.zeros((len(pairs), len(boxes)))
    leave = numpy.ones((len(pairs), len(boxes)))
    for axis, (low, high) in enumerate(((0, 2), (1, 3))):
        origin, step = start[:, axis][:, None], delta[:, axis][:, None]
        with numpy.errstate(divide="ignore", invalid="ignore"):
            t1 = (boxes[None, :, low] - origin) / step
            t2 = (boxes[None, :, high] - origin) / step
        parallel = step == 0
        inside = (boxes[None, :, low] < origin) & (origin < boxes[None, :, high])
        near = numpy.where(parallel, numpy.where(inside, -numpy.inf, numpy.inf),
                           numpy.minimum(t1, t2))
        far = numpy.where(parallel, numpy.where(inside, numpy.inf, -numpy.inf),
                          numpy.maximum(t1, t2))
        enter, leave = numpy.maximum(enter, near), numpy.minimum(leave, far)
    crossing = enter < leave
    rows = numpy.arange(len(pairs))
    crossing[rows, ends[:, 0]] = False
    crossing[rows, ends[:, 1]] = False
    edge, node = numpy.nonzero(crossing)
    return edge, node


def _separate(coords: numpy.ndarray, feet: Sequence[Footprint],
              pairs: list[tuple[int, int]], *, rounds: int = 20,
              growth: float = 1.2, attempts: int = 25) -> numpy.ndarray:
    """Push overlapping boxes apart and nodes off edges they do not touch.

    Each round moves every node by the sum of the pushes its overlaps ask for.
    When rounds of pushing do not settle (a crowded hub), the whole drawing is
    spread a little and pushing starts again: with room enough, every overlap
    can be undone, so this ends.
    """
    coords = coords.copy()
    for _ in range(attempts):
        for _ in range(rounds):
            moves = _pushes(coords, feet, pairs)
            if moves is None:
                return coords
            coords += moves
        centre = coords.mean(axis=0)
        coords = centre + (coords - centre) * growth
    return coords


def _pushes(coords: numpy.ndarray, feet: Sequence[Footprint],
            pairs: list[tuple[int, int]]) -> numpy.ndarray | None:
    """How far each node must move this round, or None when nothing overlaps."""
    boxes = _boxes(coords, feet, MARGIN / 2)
    moves = numpy.zeros_like(coords)
    first, second = _box_overlaps(boxes)
    if len(first):
        a, b = boxes[first], boxes[second]
        overlap_x = numpy.minimum(a[:, 2], b[:, 2]) - numpy.maximum(a[:, 0], b[:, 0])
        overlap_y = numpy.minimum(a[:, 3], b[:, 3]) - numpy.maximum(a[:, 1], b[:, 1])
        centre_a = (a[:, :2] + a[:, 2:]) / 2
        centre_b = (b[:, :2] + b[:, 2:]) / 2
        # Apart along the axis that needs the shorter move; ties go by index.
        side = numpy.sign(centre_a - centre_b)
        side[side == 0] = -1
        along_x = overlap_x <= overlap_y
        push = numpy.zeros((len(first), 2))
        push[along_x, 0] = (overlap_x[along_x] / 2 + 0.5) * side[along_x, 0]
        push[~along_x, 1] = (overlap_y[~along_x] / 2 + 0.5) * side[~along_x, 1]
        numpy.add.at(moves, first, push)
        numpy.add.at(moves, second, -push)
    edge, node = _edge_crossings(coords, boxes, pairs)
    if len(edge):
        ends = numpy.array(pairs, dtype=int)[edge]
        start, end = coords[ends[:, 0]], coords[ends[:, 1]]
        direction = end - start
        length = numpy.linalg.norm(direction, axis=1)
        length[length == 0] = 1.0
        normal = numpy.stack([-direction[:, 1], direction[:, 0]], axis=1) / length[:, None]
        box = boxes[node]
        centre = (box[:, :2] + box[:, 2:]) / 2
        half = (box[:, 2:] - box[:, :2]) / 2
        distance = numpy.einsum("ij,ij->i", centre - start, normal)
        side = numpy.where(distance >= 0, 1.0, -1.0)
        # The box's half-width across the edge, less how far its centre already is.
        reach = (numpy.abs(normal) * half).sum(axis=1) - numpy.abs(distance) + 0.5
        numpy.add.at(moves, node, normal * (reach * side)[:, None])
    if not len(first) and not len(edge):
        return None
    return moves


def _rows(placed: numpy.ndarray | None, feet: Sequence[Footprint],
          spacing: float) -> numpy.ndarray:
    """Positions in rows for nodes without edges, under what is already ``placed``."""
    widths = [2 * f.extent()[0] + MARGIN for f in feet]
    heights = [f.extent()[1] + f.extent()[2] + MARGIN for f in feet]
    cell_w = max(max(widths), spacing / 2)
    cell_h = max(max(heights), spacing / 3)
    if placed is not None and len(placed):
        left, right = float(placed[:, 0].min()), float(placed[:, 0].max())
        top = float(placed[:, 1].max()) + spacing
    else:
        left, right, top = 0.0, cell_w * math.ceil(math.sqrt(len(feet))), 0.0
    per_row = max(1, int((right - left) // cell_w) + 1)
    out = numpy.zeros((len(feet), 2))
    for k in range(len(feet)):
        row, col = divmod(k, per_row)
        out[k] = (left + col * cell_w, top + row * cell_h)
    return out

"""The co-occurrence network view: the entities that appear in the same articles (or
sentences) as the selected ones, sized by their mentions, coloured by type, with edges
as thick as the articles (sentences) two entities share.

The data is ``db.views.network`` over the window's filtered articles; the layout is
networkx's seeded spring layout (``gui.network_layout``), both made on the worker.  At
most ``NODE_LIMIT`` other entities are shown, and the view says how many more there
were.  Clicking a node emits ``entityChosen(id)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QSpinBox, QToolTip, QWidget

from db.entities import ENTITY_TYPES
from db.library import Library
from db.views import Network, Node, Unit, network
from db.views_csv import write_network_csv
from gui import spec_text
from gui.entity_model import type_label
from gui.network_layout import NODE_LIMIT, lay_out
from gui.plain import label, show_tooltip
from gui.reader_pane import type_colour
from gui.view_base import Canvas, LibraryView
from gui.worker import Worker

INK = QColor("#222222")
MUTED = QColor("#555555")
EDGE = QColor(110, 110, 110)
LABELLED = (
    NODE_LIMIT  # names drawn at most besides the chosen ones; overlapping ones are left to hover
)
MAX_WEIGHT = 100_000
GAP = 3.0  # pixels at least between two nodes
NAMED_TYPES = ("person", "organization", "place", "park", "document")  # the default filter
NAMED, ALL = "named", "all"  # the type filter's first two choices


def separate(
    xs: list[float], ys: list[float], rs: list[float], area: QRectF, rounds: int = 40
) -> None:
    """Push overlapping circles apart (in place), keeping their centres in ``area``."""
    n = len(xs)
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = xs[j] - xs[i], ys[j] - ys[i]
                gap = rs[i] + rs[j] + GAP
                d = math.hypot(dx, dy)
                if d >= gap:
                    continue
                if d < 1e-6:
                    dx, dy, d = 1.0, 0.0, 1.0
                push = (gap - d) / 2
                ux, uy = dx / d * push, dy / d * push
                xs[i] -= ux
                ys[i] -= uy
                xs[j] += ux
                ys[j] += uy
                moved = True
        for i in range(n):
            xs[i] = min(max(xs[i], area.left()), area.right())
            ys[i] = min(max(ys[i], area.top()), area.bottom())
        if not moved:
            return


@dataclass(frozen=True)
class NetworkData:
    net: Network
    positions: dict[int, tuple[float, float]]  # node id -> 0..1 each
    chosen: tuple[int, ...]
    unit: Unit


class NetworkCanvas(Canvas):
    """The drawing; ``nodes`` holds each drawn node's centre and radius (widget coordinates)."""

    nodeClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 280)
        self.data: NetworkData | None = None
        self.title = ""
        self.note = ""
        self.tip: Callable[[Node], str] = lambda n: n.name
        self.nodes: dict[int, tuple[Node, QPointF, float]] = {}
        self._placed_key: object = None
        self._placed_nodes: dict[int, tuple[Node, QPointF, float]] = {}

    def set_data(self, data: NetworkData | None) -> None:
        self.data = data
        self.update()

    def render_to(self, painter: QPainter, size: QSize) -> None:
        self.nodes = {}
        data = self.data
        if data is None or not data.net.nodes:
            return
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        line = fm.height()
        w, h = float(size.width()), float(size.height())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(
            QRectF(8, 4, w - 16, line + 2),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, w - 16),
        )
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(8, line + 6, w - 16, line + 2),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(self.note, Qt.TextElideMode.ElideRight, w - 16),
        )
        max_r = max(12.0, min(w, h) / 22)
        area = QRectF(24 + max_r, line * 2 + 14 + max_r, 0, 0)
        area.setRight(max(area.left() + 1, w - 24 - max_r - 40))
        area.setBottom(max(area.top() + 1, h - line * 2 - 8 - max_r))
        chosen = set(data.chosen)
        self.nodes = self._placed(data, area, max_r)
        # edges, lightest first
        top_weight = max((e.articles for e in data.net.edges), default=1)
        for edge in sorted(data.net.edges, key=lambda e: e.articles):
            if edge.source not in self.nodes or edge.target not in self.nodes:
                continue
            share = edge.articles / top_weight
            colour = QColor(EDGE)
            colour.setAlpha(int(40 + 150 * share))
            painter.setPen(QPen(colour, 0.6 + 4.0 * share))
            painter.drawLine(self.nodes[edge.source][1], self.nodes[edge.target][1])
        # nodes, biggest first so small ones stay visible on top
        for node, centre, radius in sorted(self.nodes.values(), key=lambda t: -t[2]):
            outline = QPen(INK, 2.0) if node.id in chosen else QPen(QColor("white"), 1.2)
            painter.setPen(outline)
            painter.setBrush(type_colour(node.type))
            painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # names: the chosen ones, then the most mentioned, where they do not overlap
        taken: list[QRectF] = [
            QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
            for n, c, r in self.nodes.values()
            if n.id in chosen
        ]
        order = sorted(self.nodes.values(), key=lambda t: (t[0].id not in chosen, -t[0].mentions))
        for node, centre, radius in order[: LABELLED + len(chosen)]:
            text = node.name
            tw = fm.horizontalAdvance(text) + 6
            rect = QRectF(centre.x() - tw / 2, centre.y() + radius + 1, tw, line)
            if rect.right() > w - 2:
                rect.moveRight(w - 2)
            if rect.left() < 2:
                rect.moveLeft(2)
            if node.id not in chosen and any(rect.intersects(t) for t in taken):
                continue
            taken.append(rect)
            painter.fillRect(rect, QColor(255, 255, 255, 200))
            painter.setFont(bold if node.id in chosen else font)
            painter.setPen(INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(font)
        # legend: the types on the picture
        x = 8.0
        y = h - line - 6
        for entity_type in [t for t in ENTITY_TYPES if any(n.type == t for n in data.net.nodes)]:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(type_colour(entity_type))
            painter.drawEllipse(QPointF(x + 5, y + line / 2), 5, 5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(INK)
            text = type_label(entity_type)
            painter.drawText(QRectF(x + 14, y, fm.horizontalAdvance(text) + 4, line), text)
            x += 14 + fm.horizontalAdvance(text) + 16

    def _placed(
        self, data: NetworkData, area: QRectF, max_r: float
    ) -> dict[int, tuple[Node, QPointF, float]]:
        """Each node's centre and radius in ``area``; nodes that the layout put on top of
        each other are pushed apart (kept for the next paint of the same size)."""
        key = (id(data), area.getRect(), max_r)
        if self._placed_key == key:
            return self._placed_nodes
        top_mentions = max(1, max(n.mentions for n in data.net.nodes))
        nodes = data.net.nodes
        xs, ys, rs = [], [], []
        for node in nodes:
            x, y = data.positions.get(node.id, (0.5, 0.5))
            xs.append(area.left() + x * area.width())
            ys.append(area.top() + y * area.height())
            rs.append(4.0 + (max_r - 4.0) * math.sqrt(max(0, node.mentions) / top_mentions))
        separate(xs, ys, rs, area)
        placed = {n.id: (n, QPointF(x, y), r) for n, x, y, r in zip(nodes, xs, ys, rs, strict=True)}
        self._placed_key, self._placed_nodes = key, placed
        return placed

    def node_at(self, pos: QPointF) -> Node | None:
        best: tuple[float, Node] | None = None
        for node, centre, radius in self.nodes.values():
            d = math.hypot(pos.x() - centre.x(), pos.y() - centre.y())
            if d <= radius + 3 and (best is None or d < best[0]):
                best = (d, node)
        return best[1] if best else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            node = self.node_at(QPointF(event.pos()))
            if node is None:
                QToolTip.hideText()
            else:
                show_tooltip(event.globalPos(), self.tip(node), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        over = self.node_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        node = self.node_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and node is not None:
            self.nodeClicked.emit(node.id)
        super().mousePressEvent(event)


class NetworkView(LibraryView):
    """Type filter, minimum weight and article/sentence controls above the drawing."""

    entityChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, worker: Worker | None = None) -> None:
        self.drawing = NetworkCanvas()
        super().__init__(self.drawing, parent, worker=worker)
        self.type_box = QComboBox(self)
        self.type_box.addItem("", NAMED)
        self.type_box.addItem("", ALL)
        for entity_type in ENTITY_TYPES:
            self.type_box.addItem("", entity_type)
        self.unit_box = QComboBox(self)
        self.unit_box.addItem("", "article")
        self.unit_box.addItem("", "sentence")
        self.weight_label = label("", self)
        self.weight_box = QSpinBox(self)
        self.weight_box.setRange(1, MAX_WEIGHT)
        self.weight_box.setValue(1)
        self.weight_label.setBuddy(self.weight_box)
        for widget in (self.type_box, self.unit_box, self.weight_label, self.weight_box):
            self.controls.addWidget(widget)
        self.type_box.currentIndexChanged.connect(lambda _: self.reload())
        self.unit_box.currentIndexChanged.connect(lambda _: self.reload())
        self.weight_box.valueChanged.connect(lambda _: self.reload())
        self.drawing.nodeClicked.connect(self.entityChosen)
        self.drawing.tip = self._tip
        self.retranslate()

    # -- options ----------------------------------------------------------
    @property
    def types(self) -> tuple[str, ...]:
        chosen = self.type_box.currentData()
        return {NAMED: NAMED_TYPES, ALL: ()}.get(chosen, (chosen,))

    @property
    def unit(self) -> Unit:
        return self.unit_box.currentData()

    @property
    def min_weight(self) -> int:
        return self.weight_box.value()

    def retranslate(self) -> None:
        self.type_box.setItemText(0, self.tr("Names (no figures or dates)"))
        self.type_box.setItemText(1, self.tr("All types"))
        for i, entity_type in enumerate(ENTITY_TYPES, start=2):
            self.type_box.setItemText(i, type_label(entity_type))
        self.unit_box.setItemText(0, self.tr("Same article"))
        self.unit_box.setItemText(1, self.tr("Same sentence"))
        self.weight_label.setText(self.tr("At least"))
        self.weight_box.setSuffix(
            self.tr(" shared sentence(s)")
            if self.unit == "sentence"
            else self.tr(" shared article(s)")
        )
        self._titles()
        super().retranslate()

    # -- building ---------------------------------------------------------
    def wanted(self) -> bool:
        return bool(self.entity_ids())

    def empty_text(self) -> str:
        if not self.wanted():
            return self.tr("Select an entity in the tree to see the entities that appear with it.")
        return self.tr("No other entity shares that many articles with the selection.")

    def has_content(self) -> bool:
        return self.data is not None and len(self.data.net.nodes) > 1

    def build_job(self) -> Callable[[Library], NetworkData]:
        ids, spec = list(self.entity_ids()), self.spec
        types, unit, weight = self.types, self.unit, self.min_weight

        def build(lib: Library) -> NetworkData:
            net = network(lib, ids, weight, NODE_LIMIT, spec=spec, types=types, unit=unit)
            return NetworkData(net, lay_out(net), tuple(ids), unit)

        return build

    def reload(self) -> None:
        if hasattr(self, "weight_box"):
            self.weight_box.setSuffix(
                self.tr(" shared sentence(s)")
                if self.unit == "sentence"
                else self.tr(" shared article(s)")
            )
        super().reload()

    def show_data(self, data: NetworkData) -> None:
        self._titles()
        self.drawing.set_data(data)

    def _titles(self) -> None:
        data = self.data
        if data is None:
            return
        names = ", ".join(n.name for n in data.net.nodes if n.id in data.chosen)
        title = (
            self.tr("Entities in the same sentences as {0}")
            if data.unit == "sentence"
            else self.tr("Entities in the same articles as {0}")
        ).format(names)
        if self.spec is not None and (self.spec.query.strip() or self.spec.filtered):
            title += " · " + spec_text.describe(self.spec)
        others = len(data.net.nodes) - len(data.chosen)
        note = self.tr("{0} entities, {1} links; node size: mentions; line: shared {2}").format(
            others,
            len(data.net.edges),
            self.tr("sentences") if data.unit == "sentence" else self.tr("articles"),
        )
        if data.net.left_out:
            note = self.tr(
                "The {0} entities sharing most are shown; {1} more left out"
                " (raise the minimum or choose a type)"
            ).format(NODE_LIMIT, data.net.left_out)
        self.drawing.title = title
        self.drawing.note = note

    def _tip(self, node: Node) -> str:
        text = f"{node.name}\n{type_label(node.type)} · " + self.tr("{0} mention(s)").format(
            node.mentions
        )
        data = self.data
        if data is not None and node.id not in data.chosen:
            shared = max(
                (
                    e.articles
                    for e in data.net.edges
                    if {e.source, e.target} & set(data.chosen) and node.id in (e.source, e.target)
                ),
                default=0,
            )
            text += "\n" + (
                self.tr("{0} sentence(s) shared with the selection")
                if data.unit == "sentence"
                else self.tr("{0} article(s) shared with the selection")
            ).format(shared)
        return text + "\n" + self.tr("Click to select it")

    def file_stem(self) -> str:
        return self.tr("network")

    def export_csv(self, path: str) -> None:
        write_network_csv(path, self.data.net if self.data else Network([], []))

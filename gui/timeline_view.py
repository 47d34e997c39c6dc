"""The timeline view: mentions of the selected entities (or the matching articles) per
month or year across the filtered articles, as bars drawn with QPainter.

QtCharts is not used: it is in PySide6-Addons, which is not a dependency (the bundle
stays under its size budget).  Hovering a bar tells its figures; clicking it emits
``periodChosen(date_from, date_to)`` for the window's date filter.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QToolTip, QWidget

from db.entities import get_entity
from db.library import Library
from db.views import UNDATED, By, Period, period_range, period_slots, timeline
from db.views_csv import write_timeline_csv
from gui import spec_text
from gui.plain import show_tooltip
from gui.view_base import Canvas, LibraryView
from gui.worker import Worker

BAR_COLOUR = QColor("#1f78b4")
UNDATED_COLOUR = QColor("#9a9a9a")
INK = QColor("#222222")
GRID = QColor("#e3e3e3")
MAX_BAR = 56.0  # a few periods are drawn as bars of this width, not as wide blocks


@dataclass(frozen=True)
class TimelineData:
    periods: list[Period]
    by: By
    names: list[str]  # the entities' names; empty for the matching articles


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5 times a power of ten) giving about ``ticks`` grid lines."""
    raw = max(1.0, top / ticks)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover


def label_stride(least: int, by: By) -> int:
    """Label every n-th period, n at least ``least`` and a round step of time (every
    3, 6 or 12 months; every 2, 5 or 10 years)."""
    steps = (1, 2, 3, 6, 12, 24, 60, 120, 240) if by == "month" else (1, 2, 5, 10, 20, 50, 100)
    return next((n for n in steps if n >= least), max(least, 1))


class TimelineCanvas(Canvas):
    """The bars; ``bars`` holds each drawn bar's period and rectangle (widget coordinates)."""

    barClicked = Signal(str)  # the period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.data: TimelineData | None = None
        self.title = ""
        self.axis_label = ""
        self.undated_label = "undated"
        self.tip: Callable[[Period], str] = lambda p: p.period
        self.bars: list[tuple[Period, QRectF]] = []
        self.labels: list[str] = []  # the period labels drawn under the axis
        self.label_boxes: list[QRectF] = []  # where each of them is drawn
        self.clipped: list[str] = []  # periods whose bar is taller than the scale (cut)
        self.cut_values: list[str] = []  # their figures written above narrow cut bars

    def set_data(self, data: TimelineData | None) -> None:
        self.data = data
        self.update()

    def render_to(self, painter: QPainter, size: QSize) -> None:
        self.bars, self.labels, self.label_boxes = [], [], []
        self.clipped, self.cut_values = [], []
        data = self.data
        if data is None or not data.periods:
            return
        font = QFont(self.font())
        painter.setFont(font)
        fm = QFontMetricsF(font)
        line = fm.height()
        w, h = float(size.width()), float(size.height())
        # The scale is the dated periods': undated articles are often many (all of them in
        # one bar), and would flatten every month to nothing.  A taller bar is cut.
        dated = [p.mentions for p in data.periods if p.period != UNDATED]
        top_value = max(dated or [p.mentions for p in data.periods])
        step = nice_step(top_value)
        top = step * math.ceil(top_value / step)
        left = fm.horizontalAdvance(f"{top:,}") + 14
        plot = QRectF(left, line * 3 + 8, max(10.0, w - left - 14), 0.0)
        plot.setBottom(max(plot.top() + 10, h - line * 2 - 12))
        # title and the axis's name
        painter.setPen(INK)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, w - 16, line + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, w - 16),
        )
        painter.setFont(font)
        painter.drawText(
            QRectF(8, line + 6, w - 16, line), Qt.AlignmentFlag.AlignLeft, self.axis_label
        )
        # grid and y labels
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK)
            painter.drawText(
                QRectF(0, y - line / 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:,}",
            )
        slots = period_slots(data.periods, data.by)
        by_period = {p.period: p for p in data.periods}
        slot = plot.width() / max(1, len(slots))
        bar_w = min(max(1.0, slot * 0.8), MAX_BAR)
        labels = [self.undated_label if s == UNDATED else s for s in slots]
        widest = max(fm.horizontalAdvance(t) for t in labels) + 8
        every = label_stride(math.ceil(widest / slot), data.by)
        boxes: dict[int, QRectF] = {}
        for i in [i for i, name in enumerate(slots) if i % every == 0 or name == UNDATED]:
            centre = plot.left() + slot * (i + 0.5)
            box = QRectF(centre - widest / 2, plot.bottom() + 4, widest, line)
            box.moveLeft(min(max(box.left(), 0.0), w - widest))
            boxes[i] = box
        if slots and slots[-1] == UNDATED:  # "undated" is always labelled: others give way
            last = boxes[len(slots) - 1]
            boxes = {
                i: b for i, b in boxes.items() if i == len(slots) - 1 or not b.intersects(last)
            }
        for i, (name, text) in enumerate(zip(slots, labels, strict=True)):
            x = plot.left() + slot * i + (slot - bar_w) / 2
            period = by_period.get(name)
            if period is not None:
                bar_h = plot.height() * min(period.mentions, top) / top
                rect = QRectF(x, plot.bottom() - bar_h, bar_w, bar_h)
                painter.fillRect(rect, UNDATED_COLOUR if name == UNDATED else BAR_COLOUR)
                self.bars.append((period, rect))
                if period.mentions > top:  # cut: two white strokes across its top
                    self.clipped.append(name)
                    painter.setPen(QPen(QColor("white"), 2))
                    for dy in (10.0, 16.0):
                        y = rect.top() + dy
                        painter.drawLine(QPointF(x - 1, y + 3), QPointF(x + bar_w + 1, y - 3))
                value = f"{period.mentions:,}"
                if fm.horizontalAdvance(value) + 2 <= slot:
                    painter.setPen(INK)
                    painter.drawText(
                        QRectF(x - 20, rect.top() - line, bar_w + 40, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        value,
                    )
                elif period.mentions > top:  # a cut bar always says how tall it is
                    painter.setPen(INK)
                    tw = fm.horizontalAdvance(value) + 4
                    box = QRectF(x + bar_w / 2 - tw / 2, rect.top() - line, tw, line)
                    box.moveRight(min(box.right(), w - 2))
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, value)
                    self.cut_values.append(value)
            where = boxes.get(i)
            if where is not None:
                self.labels.append(text)
                self.label_boxes.append(where)
                painter.setPen(INK)
                painter.drawText(
                    where,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
        painter.setPen(QPen(INK, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def bar_at(self, pos: QPointF) -> Period | None:
        for period, rect in self.bars:
            # the whole column above a bar counts, so a low bar is easy to hit
            column = QRectF(rect.left(), 0, rect.width(), rect.bottom())
            if column.contains(pos):
                return period
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            period = self.bar_at(QPointF(event.pos()))
            if period is None:
                QToolTip.hideText()
            else:
                show_tooltip(event.globalPos(), self.tip(period), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        period = self.bar_at(event.position())
        clickable = period is not None and period.period != UNDATED
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        period = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and period is not None:
            self.barClicked.emit(period.period)
        super().mousePressEvent(event)


class TimelineView(LibraryView):
    """Bars per month or year; ``periodChosen(first_day, last_day)`` on a click."""

    periodChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, worker: Worker | None = None) -> None:
        self.chart = TimelineCanvas()
        super().__init__(self.chart, parent, worker=worker)
        self.by_box = QComboBox(self)
        self.by_box.addItem("", "month")
        self.by_box.addItem("", "year")
        self.by_box.currentIndexChanged.connect(lambda _: self.reload())
        self.controls.addWidget(self.by_box)
        self.chart.barClicked.connect(self._bar_clicked)
        self.chart.tip = self._tip
        self.retranslate()

    @property
    def by(self) -> By:
        return self.by_box.currentData()

    def set_by(self, by: By) -> None:
        self.by_box.setCurrentIndex(self.by_box.findData(by))

    def retranslate(self) -> None:
        self.by_box.setItemText(0, self.tr("By month"))
        self.by_box.setItemText(1, self.tr("By year"))
        self.chart.undated_label = self.tr("undated")
        self._titles()
        super().retranslate()

    def wanted(self) -> bool:
        spec = self.spec
        return bool(self.entity_ids()) or (
            spec is not None and (bool(spec.query.strip()) or spec.filtered)
        )

    def empty_text(self) -> str:
        if not self.wanted():
            return self.tr(
                "Select an entity in the tree, or search, to see its mentions per month."
            )
        return self.tr("Nothing to show: no mentions in the filtered articles.")

    def has_content(self) -> bool:
        return self.data is not None and bool(self.data.periods)

    def build_job(self) -> Callable[[Library], TimelineData]:
        ids, spec, by = list(self.entity_ids()), self.spec, self.by

        def build(lib: Library) -> TimelineData:
            names = _names(lib, ids)
            return TimelineData(timeline(lib, ids, by, spec), by, names)

        return build

    def show_data(self, data: TimelineData) -> None:
        self._titles()
        self.chart.set_data(data)

    def _titles(self) -> None:
        data = self.data
        if data is None:
            return
        year = data.by == "year"
        if data.names:
            names = ", ".join(data.names)
            title = (
                self.tr("Mentions of {0} per year")
                if year
                else self.tr("Mentions of {0} per month")
            ).format(names)
            axis = self.tr("mentions")
        else:
            title = (
                self.tr("Articles matching the search per year")
                if year
                else self.tr("Articles matching the search per month")
            )
            axis = self.tr("articles")
        if self.spec is not None and (self.spec.query.strip() or self.spec.filtered):
            title += " · " + spec_text.describe(self.spec)
        self.chart.title = title
        self.chart.axis_label = axis

    def _tip(self, period: Period) -> str:
        name = self.chart.undated_label if period.period == UNDATED else period.period
        if self.data is not None and self.data.names:
            text = self.tr("{0}: {1} mention(s) in {2} article(s)").format(
                name, period.mentions, period.articles
            )
        else:
            text = self.tr("{0}: {1} article(s)").format(name, period.articles)
        if period.period != UNDATED:
            text += "\n" + self.tr("Click to show only this period")
        return text

    def _bar_clicked(self, period: str) -> None:
        span = period_range(period)
        if span is not None:
            self.periodChosen.emit(*span)

    def file_stem(self) -> str:
        return self.tr("timeline")

    def export_csv(self, path: str) -> None:
        write_timeline_csv(path, self.data.periods if self.data else [])


def _names(lib: Library, ids: list[int]) -> list[str]:
    return [e.name for e in (get_entity(lib, i) for i in ids) if e is not None]

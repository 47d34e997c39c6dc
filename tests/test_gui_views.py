"""The timeline and network views on a real seed library: what they draw equals
db.views with the same specification; clicks, filters, exports and the Feature
interface."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from db import curation
from db.changes import ENTITIES_CHANGED
from db.entities import find_entity
from db.library import Library
from db.spec import SearchSpec
from db.views import UNDATED, network, timeline
from db.views_csv import NETWORK_COLUMNS, TIMELINE_COLUMNS, network_rows, timeline_rows
from gui.feature import Feature
from gui.network_layout import NODE_LIMIT
from gui.network_view import ALL, NAMED_TYPES, NetworkView
from gui.timeline_view import TimelineView
from gui.views_panel import ViewsPanel
from gui.worker import Worker
from tests.views_fixtures import dated_seed_library


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(dated_seed_library(tmp_path), create=False)
    yield lib
    lib.close()


def _id(lib: Library, name: str) -> int:
    found = find_entity(lib, name)
    assert found is not None
    return found.id


def _timeline_view(qtbot, lib: Library) -> TimelineView:  # noqa: ANN001 - pytest-qt's qtbot
    view = TimelineView(worker=Worker(sync=True))
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    view.set_library(lib)
    return view


def _network_view(qtbot, lib: Library) -> NetworkView:  # noqa: ANN001
    view = NetworkView(worker=Worker(sync=True))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_library(lib)
    return view


def _drawn(view: TimelineView | NetworkView) -> None:
    view.canvas.grab()  # paints: the drawn bars and nodes are recorded


def test_timeline_draws_a_bar_per_period(qtbot, lib: Library) -> None:
    view = _timeline_view(qtbot, lib)
    assert view.stack.currentWidget() is view.message  # nothing selected yet
    assert not view.export_button.isEnabled()
    hub = _id(lib, "京津冀")
    view.set_entities([hub])
    _drawn(view)
    want = timeline(lib, [hub], "month")
    assert [p for p, _ in view.chart.bars] == want
    assert len(want) == 3 and want[-1].period == UNDATED
    # bar heights are proportional to the mentions
    per_mention = {round(r.height() / p.mentions, 6) for p, r in view.chart.bars}
    assert len(per_mention) == 1
    assert [p.period for p in want[:-1]] + ["undated"] == view.chart.labels
    view.set_by("year")
    _drawn(view)
    assert [p for p, _ in view.chart.bars] == timeline(lib, [hub], "year")
    assert view.chart.labels == ["2016", "2017", "undated"]


def test_timeline_follows_the_spec(qtbot, lib: Library) -> None:
    view = _timeline_view(qtbot, lib)
    hub = _id(lib, "京津冀")
    spec = SearchSpec(query="创新", sources=("人民日报",))
    view.set_spec(spec)  # no entity: the matching articles per month
    _drawn(view)
    assert [p for p, _ in view.chart.bars] == timeline(lib, [], "month", spec)
    assert "matching" in view.chart.title
    view.set_entities([hub])
    _drawn(view)
    assert [p for p, _ in view.chart.bars] == timeline(lib, [hub], "month", spec)
    assert view.chart.bars != [] and "京津冀" in view.chart.title
    view.set_entities([])
    view.set_spec(SearchSpec(entities=(hub,)))  # the spec's entities, when none is selected
    _drawn(view)
    assert [p for p, _ in view.chart.bars] == timeline(lib, [hub], "month")
    view.set_spec(SearchSpec(query="-"))  # an invalid search says so
    assert view.stack.currentWidget() is view.message
    assert "nothing to search for" in view.message.text()


def test_clicking_a_bar_chooses_its_period(qtbot, lib: Library) -> None:
    view = _timeline_view(qtbot, lib)
    view.set_entities([_id(lib, "京津冀")])
    _drawn(view)
    (first, rect), *_, (undated, last) = view.chart.bars
    assert first.period == "2016-12" and undated.period == UNDATED
    with qtbot.waitSignal(view.periodChosen) as signal:
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == ["2016-12-01", "2016-12-31"]
    with qtbot.assertNotEmitted(view.periodChosen):
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=last.center().toPoint())
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_network_draws_the_data_and_filters(qtbot, lib: Library) -> None:
    view = _network_view(qtbot, lib)
    assert view.stack.currentWidget() is view.message
    hub = _id(lib, "京津冀")
    spec = SearchSpec(date_from="2016-12")
    view.set_spec(spec)
    view.set_entities([hub])
    _drawn(view)
    want = network(lib, [hub], 1, NODE_LIMIT, spec=spec, types=NAMED_TYPES)
    assert view.data.net == want
    assert set(view.drawing.nodes) == {n.id for n in want.nodes}
    assert "left out" not in view.drawing.note or want.left_out
    loose = len(want.edges)
    view.weight_box.setValue(2)
    _drawn(view)
    strict = network(lib, [hub], 2, NODE_LIMIT, spec=spec, types=NAMED_TYPES)
    assert view.data.net == strict
    assert 0 < len(strict.edges) < loose and all(e.articles >= 2 for e in strict.edges)
    view.type_box.setCurrentIndex(view.type_box.findData("person"))
    _drawn(view)
    assert {n.type for n in view.data.net.nodes if n.id != hub} <= {"person"}
    assert view.data.net == network(lib, [hub], 2, NODE_LIMIT, spec=spec, types=("person",))
    view.type_box.setCurrentIndex(view.type_box.findData(ALL))
    view.unit_box.setCurrentIndex(view.unit_box.findData("sentence"))
    _drawn(view)
    assert view.data.net == network(lib, [hub], 2, NODE_LIMIT, spec=spec, unit="sentence")
    assert "sentences" in view.drawing.title


def test_network_caps_the_nodes_and_says_so(qtbot, lib: Library) -> None:
    view = _network_view(qtbot, lib)
    view.type_box.setCurrentIndex(view.type_box.findData(ALL))
    view.set_entities([_id(lib, "京津冀")])
    _drawn(view)
    assert len(view.drawing.nodes) == NODE_LIMIT + 1
    assert view.data.net.left_out > 0
    assert f"{view.data.net.left_out} more left out" in view.drawing.note
    # in a small window the crowded nodes are pushed apart: none covers another
    view.resize(640, 480)
    _drawn(view)
    placed = list(view.drawing.nodes.values())
    for i, (_, a, ra) in enumerate(placed):
        for _, b, rb in placed[i + 1 :]:
            assert ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5 >= ra + rb


def test_clicking_a_node_chooses_it(qtbot, lib: Library) -> None:
    view = _network_view(qtbot, lib)
    hub = _id(lib, "任睿杰")
    view.set_entities([hub])
    _drawn(view)
    node, centre, radius = next(t for t in view.drawing.nodes.values() if t[0].id != hub)
    with qtbot.waitSignal(view.entityChosen) as signal:
        qtbot.mouseClick(view.drawing, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert signal.args == [node.id]


def test_exports_write_png_svg_and_csv(qtbot, lib: Library, tmp_path: Path) -> None:
    hub = _id(lib, "京津冀")
    timeline_view = _timeline_view(qtbot, lib)
    timeline_view.set_entities([hub])
    network_view = _network_view(qtbot, lib)
    network_view.set_entities([hub])
    for name, view in (("timeline", timeline_view), ("network", network_view)):
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        view.export_png(str(png))
        image = QImage(str(png))
        assert image.width() == 2 * view.canvas.width() and not image.isNull()
        view.export_svg(str(svg))
        text = svg.read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text and "京津冀" in text
    path = tmp_path / "timeline.csv"
    timeline_view.export_csv(str(path))
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={"period": str})
    assert list(frame.columns) == TIMELINE_COLUMNS
    assert frame.values.tolist() == timeline_rows(timeline(lib, [hub]))
    path = tmp_path / "network.csv"
    network_view.export_csv(str(path))
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={"source": str, "target": str})
    assert list(frame.columns) == NETWORK_COLUMNS
    assert frame.values.tolist() == network_rows(network_view.data.net)
    assert len(frame) == len(network_view.data.net.edges) > 0
    assert not list(tmp_path.glob(".*.tmp*"))  # no temporary file left behind


def test_panel_is_a_feature_that_builds_on_the_worker(qtbot, lib: Library) -> None:
    panel = ViewsPanel(worker=Worker())  # a real thread pool
    qtbot.addWidget(panel)
    assert isinstance(panel, Feature) and isinstance(panel.network, Feature)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_library(lib)
    hub, ren = _id(lib, "京津冀"), _id(lib, "任睿杰")
    panel.set_entities([hub])
    panel.set_entities([ren])  # overtakes the first build: only the last one is shown
    qtbot.waitUntil(lambda: panel.timeline.data is not None, timeout=10000)
    assert panel.timeline.data.periods == timeline(lib, [ren])
    assert panel.network.data is None  # the hidden tab builds when it is shown
    panel.tabs.setCurrentWidget(panel.network)
    qtbot.waitUntil(lambda: panel.network.data is not None, timeout=10000)
    assert ren in {n.id for n in panel.network.data.net.nodes}
    other = next(n.id for n in panel.network.data.net.nodes if n.id != ren)
    curation.hide(lib, other)
    panel.on_change(ENTITIES_CHANGED)
    qtbot.waitUntil(
        lambda: other not in {n.id for n in panel.network.data.net.nodes}, timeout=10000
    )
    with qtbot.waitSignal(panel.entityChosen) as signal:
        panel.network.drawing.nodeClicked.emit(ren)
    assert signal.args == [ren]
    panel.worker.wait()


def test_export_menu_asks_for_a_file_and_adds_the_extension(
    qtbot, lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    view = _timeline_view(qtbot, lib)
    view.set_entities([_id(lib, "京津冀")])
    assert view.export_button.isEnabled()
    asked = []

    def choose(parent, caption, name, filters):  # noqa: ANN001, ANN202 - Qt's signature
        asked.append(name)
        return str(tmp_path / "mentions"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    view.export_button.csv_action.trigger()
    view.export_button.svg_action.trigger()
    assert asked == ["timeline.csv", "timeline.svg"]
    assert (tmp_path / "mentions.csv").read_text(encoding="utf-8-sig").startswith("period,")
    assert "<svg" in (tmp_path / "mentions.svg").read_text(encoding="utf-8")


def test_hovering_a_bar_or_a_node_tells_its_figures(qtbot, lib: Library) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    def hover(widget, point) -> str:  # noqa: ANN001
        pos = point.toPoint()
        QApplication.sendEvent(
            widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
        )
        return QToolTip.text()

    view = _timeline_view(qtbot, lib)
    hub = _id(lib, "京津冀")
    view.set_entities([hub])
    _drawn(view)
    period, rect = view.chart.bars[0]
    text = hover(view.chart, rect.center())
    assert f"{period.period}: {period.mentions} mention(s) in {period.articles} article(s)" in text
    assert text.startswith("<p")  # rich text made by gui.plain.tooltip
    network_view = _network_view(qtbot, lib)
    network_view.set_entities([hub])
    _drawn(network_view)
    node, centre, _ = next(t for t in network_view.drawing.nodes.values() if t[0].id != hub)
    text = hover(network_view.drawing, centre)
    assert node.name in text and f"{node.mentions} mention(s)" in text


def test_layout_is_stable_and_needs_no_scipy() -> None:
    from db.views import Edge, Network, Node
    from gui.network_layout import SPRING_LIMIT, lay_out

    small = Network(
        [Node(i, f"n{i}", "place", 10 - i) for i in range(6)],
        [Edge(0, i, i) for i in range(1, 6)] + [Edge(1, 2, 1)],
    )
    first = lay_out(small)
    assert first == lay_out(small)  # seeded: the same picture every time
    assert set(first) == set(range(6))
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in first.values())
    assert len({(round(x, 3), round(y, 3)) for x, y in first.values()}) == 6
    many = Network(
        [Node(i, f"n{i}", "place", 1) for i in range(SPRING_LIMIT + 10)],
        [Edge(0, i, 1) for i in range(1, SPRING_LIMIT + 10)],
    )
    assert len(lay_out(many)) == SPRING_LIMIT + 10  # no ImportError for scipy


def test_panel_docks_in_a_window_in_one_line(qtbot, lib: Library) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    panel = ViewsPanel(worker=Worker(sync=True))
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel.dock(window))
    assert panel.dock(window) is panel.parent() and panel.dock(window).objectName()
    assert panel.dock(window).windowTitle() == panel.title() == "Timeline and network"
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    panel.set_library(lib)
    hub = _id(lib, "北京")
    panel.set_entities([hub])
    assert panel.timeline.data.periods == timeline(lib, [hub])


def test_an_overtaken_build_waiting_for_a_thread_is_skipped(qtbot, lib: Library) -> None:
    import threading

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    view = TimelineView(worker=Worker(pool=pool))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_library(lib)
    built: list[tuple[int, ...]] = []
    make = view.build_job

    def counted():  # noqa: ANN202
        ids, build = view.entity_ids(), make()

        def run(conn: Library):  # noqa: ANN202
            built.append(ids)
            return build(conn)

        return run

    view.build_job = counted
    gate = threading.Event()
    pool.start(lambda: gate.wait(10))  # the only thread is busy
    hub, beijing = _id(lib, "京津冀"), _id(lib, "北京")
    view.set_entities([hub])
    view.set_entities([beijing])  # overtakes the first while it waits
    gate.set()
    qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
    pool.waitForDone(10000)
    assert built == [(beijing,)]
    assert view.data.periods == timeline(lib, [beijing])


def test_built_says_the_data_is_on_screen_once_per_request(qtbot, lib: Library) -> None:
    import threading

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    view = NetworkView(worker=Worker(pool=pool))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_library(lib)
    seen: list[tuple[object, object]] = []  # (data, page shown) at each emission
    view.built.connect(lambda: seen.append((view.data, view.stack.currentWidget())))
    gate = threading.Event()
    pool.start(lambda: gate.wait(10))  # the only thread is busy
    hub, beijing = _id(lib, "京津冀"), _id(lib, "北京")
    view.set_entities([hub])
    with qtbot.waitSignal(view.built, timeout=10000):
        view.set_entities([beijing])  # overtakes the first: one emission, for this one
        gate.set()
    pool.waitForDone(10000)
    qtbot.wait(50)  # a second emission would be delivered by now
    assert len(seen) == 1
    data, page = seen[0]
    assert data is not None and data.chosen == (beijing,)
    assert data.net == network(lib, [beijing], 1, NODE_LIMIT, types=NAMED_TYPES)
    assert page is view.canvas


def test_timeline_scale_is_the_dated_periods_and_labels_keep_apart(qtbot) -> None:  # noqa: ANN001
    from db.views import Period
    from gui.timeline_view import TimelineCanvas, TimelineData

    months = [f"{y}-{m:02d}" for y in range(2000, 2025) for m in range(1, 13)]
    periods = [Period(p, 1 + i % 7, 1) for i, p in enumerate(months)]
    periods.append(Period(UNDATED, 5000, 3000))  # many undated articles, as in a real library
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1200, 300)
    canvas.set_data(TimelineData(periods, "month", ["x"]))
    canvas.grab()
    heights = {p.period: r.height() for p, r in canvas.bars}
    tallest = max(h for period, h in heights.items() if period != UNDATED)
    assert tallest >= heights[UNDATED] / 2  # the months fill the scale ...
    assert heights[UNDATED] <= tallest * 8 / 7 + 1  # ... and undated is cut to its top
    assert canvas.clipped == [UNDATED]
    assert canvas.cut_values == ["5,000"]  # its figure is written, the bar too narrow for it
    per_mention = {round(r.height() / p.mentions, 6) for p, r in canvas.bars if p.period != UNDATED}
    assert len(per_mention) == 1
    assert canvas.labels[-1] == "undated" and len(canvas.labels) > 5
    boxes = canvas.label_boxes
    assert len(boxes) == len(canvas.labels)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])

"""The entity tree (filter, selection, curation with undo) and the figures view."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402

from db.entities import ENTITY_TYPES, EntityRow, get_entity, list_entities  # noqa: E402
from db.extraction import extract_library  # noqa: E402
from db.importer import import_paths  # noqa: E402
from db.library import Library  # noqa: E402
from gui.entity_model import (  # noqa: E402
    SORT_PINYIN,
    EntityTreeModel,
    pinyin_key,
)
from gui.entity_panel import EntityPanel  # noqa: E402
from gui.figures_model import COL_VALUE, FiguresModel, FiguresProxy  # noqa: E402
from gui.figures_view import FiguresView  # noqa: E402
from text.fold import fold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seed_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seedlib") / "seeds.duizhao"
    lib = Library.open(path)
    report = import_paths(lib, [SEEDS])
    assert len(report.added) == 4
    extract_library(lib)
    lib.close()
    return path


@pytest.fixture
def lib(seed_library_file: Path, tmp_path: Path):
    path = tmp_path / "lib.duizhao"
    shutil.copy(seed_library_file, path)
    library = Library.open(path)
    yield library
    library.close()


@pytest.fixture
def panel(qtbot, lib) -> EntityPanel:
    widget = EntityPanel()
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    widget.set_library(lib)
    return widget


def entity_named(lib: Library, name_hans: str, type_: str | None = None) -> EntityRow:
    rows = [
        e
        for e in list_entities(lib, include_hidden=True)
        if (e.name_hans == name_hans or name_hans in {fold(a) for a in e.aliases})
        and (type_ is None or e.type == type_)
    ]
    assert rows, f"the seeds should yield an entity {name_hans}"
    return rows[0]


def other_entity(lib: Library, type_: str, exclude: set[int]) -> EntityRow:
    """The least mentioned entity of a type (whatever the extractor found)."""
    rows = [e for e in list_entities(lib, type=type_) if e.id not in exclude]
    assert rows, f"the seeds should yield entities of type {type_}"
    return rows[-1]


def names_in_tree(panel: EntityPanel) -> set[str]:
    return {panel.model.entity(i).name_hans for i in panel.visible_ids()}


# -- tree and filter -----------------------------------------------------------


def test_tree_groups_entities_by_type_with_counts(panel: EntityPanel, lib: Library) -> None:
    rows = list_entities(lib)
    model = panel.model
    assert model.rowCount() == len(ENTITY_TYPES)
    assert model.entity_count() == len(rows)
    person = model.index_of_type("person")
    n_people = sum(1 for r in rows if r.type == "person")
    assert model.rowCount(person) == n_people
    assert model.index(0, 0).data() == f"People ({sum(r.type == 'person' for r in rows)})"
    top = max(rows, key=lambda r: r.mentions)
    index = model.index_of_entity(top.id)
    assert index.parent() == model.index_of_type(top.type)
    assert index.data() == top.name
    assert index.siblingAtColumn(1).data() == f"{top.mentions:,}"
    assert index.siblingAtColumn(2).data() == f"{top.articles:,}"
    # Count order inside a type: mentions never increase.
    counts = [
        model.entity(i).mentions for i in panel.visible_ids() if model.entity(i).type == "place"
    ]
    assert counts == sorted(counts, reverse=True)


def test_filter_in_traditional_finds_simplified_named_entity(panel: EntityPanel, lib) -> None:
    lianti = entity_named(lib, "联泰集群", "organization")
    panel.set_filter_text("聯泰")
    shown = names_in_tree(panel)
    assert "联泰集群公司" in shown  # the fuller name of 聯泰集群 / 聯泰集群公司
    for eid in panel.visible_ids():
        entity = panel.model.entity(eid)
        assert "联泰" in entity.name_hans or any("联泰" in fold(a) for a in entity.aliases)
    assert "北京" not in shown
    # Only the types with a match remain, expanded.
    assert panel.model.rowCount() == 1
    assert panel.model.types() == ["organization"]
    assert panel.tree.isExpanded(panel.model.index(0, 0))
    panel.set_filter_text("联泰集群")
    assert lianti.id in panel.visible_ids()
    panel.set_filter_text("")
    assert len(panel.visible_ids()) == panel.model.entity_count()


def test_filter_typed_in_the_box_applies_after_a_pause(panel: EntityPanel, qtbot) -> None:
    panel.filter_edit.insert("中關村")  # as an input method commits it
    assert panel.filter_needle == ""  # not yet: the filter waits for a pause
    qtbot.waitUntil(lambda: panel.filter_needle == "中关村", timeout=2000)
    assert "中关村" in names_in_tree(panel)
    assert "北京" not in names_in_tree(panel)


def test_alias_matches_the_filter(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "联泰集群", "organization")
    assert panel.select_entity(target.id)
    panel.add_alias_to_selected("聯泰科技")
    assert "聯泰科技" in get_entity(lib, target.id).aliases
    panel.set_filter_text("联泰科技")
    assert panel.visible_ids() == [target.id]


def test_pinyin_sort_orders_by_reading(panel: EntityPanel) -> None:
    panel.set_sort_mode(SORT_PINYIN)
    assert panel.model.sort_mode == SORT_PINYIN
    people = [panel.model.entity(i) for i in panel.visible_ids()]
    people = [e for e in people if e.type == "person"]
    assert len(people) > 3
    keys = [pinyin_key(e.name_hans) for e in people]
    assert keys == sorted(keys)
    assert keys != sorted(keys, key=lambda k: -len(k))  # a real ordering, not a no-op
    assert pinyin_key("重庆") == ("chong", "qing")
    panel.set_sort_mode("count")
    counts = [panel.model.entity(i).mentions for i in panel.visible_ids()]
    place_counts = [
        panel.model.entity(i).mentions
        for i in panel.visible_ids()
        if panel.model.entity(i).type == "place"
    ]
    assert place_counts == sorted(place_counts, reverse=True)
    assert counts


def test_sort_change_keeps_the_selection(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "联泰集群", "organization")
    panel.select_entity(target.id)
    panel.set_sort_mode(SORT_PINYIN)
    assert panel.selected_ids() == [target.id]
    current = panel.tree.currentIndex()
    assert panel.model.entity_id(current) == target.id


# -- selection -----------------------------------------------------------------


def test_selecting_entities_emits_their_ids(panel: EntityPanel, lib, qtbot) -> None:
    lianti = entity_named(lib, "联泰集群", "organization")
    yanjiao = entity_named(lib, "燕郊", "place")
    with qtbot.waitSignal(panel.entitiesSelected, timeout=1000) as blocker:
        assert panel.select_entity(lianti.id)
    assert blocker.args == [[lianti.id]]
    index = panel.model.index_of_entity(lianti.id)
    assert panel.tree.isExpanded(index.parent())

    # Ctrl+click a second entity: both are selected.
    panel.tree.expand(panel.model.index_of_type("place"))
    second = panel.model.index_of_entity(yanjiao.id)
    panel.tree.scrollTo(second)
    rect = panel.tree.visualRect(second)
    with qtbot.waitSignal(panel.entitiesSelected, timeout=1000) as blocker:
        qtbot.mouseClick(
            panel.tree.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    assert sorted(blocker.args[0]) == sorted([lianti.id, yanjiao.id])
    # Type rows cannot be selected.
    panel.tree.selectionModel().select(
        panel.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert panel.selected_ids() == []


def test_select_entity_clears_a_filter_that_hides_it(panel: EntityPanel, lib) -> None:
    beijing = entity_named(lib, "北京", "place")
    panel.set_filter_text("聯泰")
    assert panel.select_entity(beijing.id)
    assert panel.filter_edit.text() == ""
    assert panel.selected_ids() == [beijing.id]
    assert not panel.select_entity(10**9)


# -- curation ------------------------------------------------------------------


def test_rename_then_undo_restores_the_name(panel: EntityPanel, lib, qtbot) -> None:
    target = entity_named(lib, "联泰集群", "organization")
    panel.select_entity(target.id)
    assert not panel.undo_action.isEnabled()
    with qtbot.waitSignal(panel.curated, timeout=1000):
        panel.rename_selected("联泰科技集团")
    assert panel.model.entity(target.id).name == "联泰科技集团"
    assert panel.selected_ids() == [target.id]
    assert panel.undo_action.isEnabled()
    assert "联泰科技集团" in panel.undo_action.text()
    assert panel.undo_action.shortcut().toString() == "Ctrl+Z"
    assert panel.redo_action.shortcut().toString() == "Ctrl+Shift+Z"

    with qtbot.waitSignal(panel.curated, timeout=1000):
        panel.undo_action.trigger()
    assert panel.model.entity(target.id).name == target.name
    assert get_entity(lib, target.id).name == target.name
    assert panel.redo_action.isEnabled()
    panel.redo_action.trigger()
    assert panel.model.entity(target.id).name == "联泰科技集团"
    assert not panel.redo_action.isEnabled()


def test_merge_moves_mentions_and_undo_restores(panel: EntityPanel, lib, qtbot) -> None:
    target = entity_named(lib, "联泰集群", "organization")
    source = other_entity(lib, "organization", exclude={target.id})
    panel.select_entity(source.id)

    dialog = panel.merge_dialog()
    assert dialog is not None
    offered = dialog.visible_ids()
    assert target.id in offered and source.id not in offered
    assert all(panel.model.entity(i).type == "organization" for i in offered)
    dialog.set_filter_text("聯泰集群")
    assert target.id in dialog.visible_ids()
    assert len(dialog.visible_ids()) < len(offered)
    assert dialog.choose(target.id)
    assert dialog.target_id() == target.id
    dialog.deleteLater()

    with qtbot.waitSignal(panel.curated, timeout=1000):
        panel.merge_selected_into(target.id)
    merged = panel.model.entity(target.id)
    assert merged.mentions == target.mentions + source.mentions
    assert panel.model.entity(source.id) is None
    assert panel.selected_ids() == [target.id]

    panel.undo()
    assert panel.model.entity(target.id).mentions == target.mentions
    assert panel.model.entity(source.id).mentions == source.mentions


def test_merging_several_reports_the_target_once(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "联泰集群", "organization")
    orgs = [e for e in list_entities(lib, type="organization") if e.id != target.id]
    a, b = orgs[-1], orgs[-2]
    panel.select_entity(a.id)
    panel.tree.selectionModel().select(
        panel.model.index_of_entity(b.id),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    emitted: list[list[int]] = []
    panel.entitiesSelected.connect(emitted.append)
    label = panel.merge_selected_into(target.id)
    assert a.name in label and b.name in label
    assert emitted == [[target.id]]
    assert panel.model.entity(target.id).mentions == target.mentions + a.mentions + b.mentions
    panel.undo()
    panel.undo()
    assert panel.model.entity(target.id).mentions == target.mentions
    assert panel.model.entity(a.id) is not None and panel.model.entity(b.id) is not None


def test_hide_and_show_hidden(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "燕郊", "place")
    panel.select_entity(target.id)
    panel.hide_selected()
    assert panel.model.entity(target.id) is None
    assert target.id not in panel.visible_ids()

    panel.set_show_hidden(True)
    assert panel.show_hidden_button.isChecked()
    row = panel.model.entity(target.id)
    assert row is not None and row.hidden
    index = panel.model.index_of_entity(target.id)
    assert index.data(Qt.ItemDataRole.FontRole).italic()

    panel.select_entity(target.id)
    panel.unhide_selected()
    assert not panel.model.entity(target.id).hidden
    panel.set_show_hidden(False)
    assert panel.model.entity(target.id) is not None


def test_select_entity_shows_a_hidden_one(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "燕郊", "place")
    panel.select_entity(target.id)
    panel.hide_selected()
    assert panel.select_entity(target.id)
    assert panel.show_hidden
    assert panel.selected_ids() == [target.id]


def test_delete_and_retype(panel: EntityPanel, lib) -> None:
    wrong = other_entity(lib, "organization", exclude=set())
    panel.select_entity(wrong.id)
    panel.delete_selected()
    assert panel.model.entity(wrong.id) is None
    panel.set_show_hidden(True)
    assert panel.model.entity(wrong.id) is None  # deleted, not hidden
    panel.undo()
    assert panel.model.entity(wrong.id) is not None

    park = other_entity(lib, "park", exclude=set())
    panel.select_entity(park.id)
    panel.rename_selected(park.name_hans + "园区")
    panel.retype_selected("place")
    moved = panel.selected_entities()
    assert [e.type for e in moved] == ["place"]
    assert moved[0].id != park.id
    assert moved[0].mentions >= park.mentions
    assert all(e.id != park.id for e in panel.model.entities_of_type("park"))
    panel.undo()  # the change of type
    assert any(e.id == park.id for e in panel.model.entities_of_type("park"))
    assert panel.model.entity(park.id).name == park.name_hans + "园区"


def test_context_menu_offers_curation_and_runs_it(panel: EntityPanel, lib) -> None:
    target = entity_named(lib, "燕郊", "place")
    panel.select_entity(target.id)
    menu = panel.build_context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    for wanted in ("Rename…", "Merge into…", "Change type", "Add alias…", "Hide"):
        assert wanted in texts
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Change type")
    assert len(submenu.actions()) == len(ENTITY_TYPES) - 1
    assert "Places" not in [a.text() for a in submenu.actions()]
    next(a for a in menu.actions() if a.text() == "Hide").trigger()
    assert panel.model.entity(target.id) is None
    menu.deleteLater()


def test_split_off_takes_a_name_out_of_an_entity_and_undo_puts_it_back(
    panel: EntityPanel, lib
) -> None:
    beijing = entity_named(lib, "北京", "place")
    panel.select_entity(beijing.id)
    menu = panel.build_context_menu()
    split = next(a.menu() for a in menu.actions() if a.text() == "Split off")
    offered = [a.text() for a in split.actions()]
    # the names the rules brought in; 北京, the name the entity is keyed by, stays
    assert {"京", "北京市"} <= set(offered) and "北京" not in offered
    next(a for a in split.actions() if a.text() == "京").trigger()
    jing = entity_named(lib, "京", "place")
    assert jing.id != beijing.id and panel.model.entity(jing.id) is not None
    assert "京" not in panel.model.entity(beijing.id).aliases
    panel.undo()
    assert panel.model.entity(jing.id) is None
    assert "京" in panel.model.entity(beijing.id).aliases
    menu.deleteLater()


def test_tooltip_names_the_other_names_and_the_linked_zone(panel: EntityPanel, lib) -> None:
    xiongan = entity_named(lib, "雄安", "place")
    assert panel.select_entity(xiongan.id)
    tip = panel.model.data(panel.tree.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "Linked:" in tip and "雄安新區" in tip
    beijing = entity_named(lib, "北京", "place")
    assert panel.select_entity(beijing.id)
    tip = panel.model.data(panel.tree.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "Also:" in tip and "京" in tip


def test_rename_action_follows_the_selection(panel: EntityPanel, lib) -> None:
    assert not panel.rename_action.isEnabled()
    assert panel.rename_action.shortcut().toString() == "F2"
    first = entity_named(lib, "燕郊", "place")
    second = entity_named(lib, "联泰集群", "organization")
    panel.select_entity(first.id)
    assert panel.rename_action.isEnabled()
    panel.tree.selectionModel().select(
        panel.model.index_of_entity(second.id),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(panel.selected_ids()) == sorted([first.id, second.id])
    assert not panel.rename_action.isEnabled()
    menu = panel.build_context_menu()
    merge = next(a for a in menu.actions() if a.text() == "Merge into…")
    assert not merge.isEnabled()  # different types cannot be merged
    menu.deleteLater()


def test_a_small_library_opens_with_its_types_expanded(panel: EntityPanel) -> None:
    assert all(panel.tree.isExpanded(panel.model.index(r, 0)) for r in range(7))


def test_curation_errors_are_raised_to_callers(panel: EntityPanel, lib) -> None:
    from db.curation import CurationError

    target = entity_named(lib, "燕郊", "place")
    panel.select_entity(target.id)
    with pytest.raises(CurationError):
        panel.rename_selected("   ")
    with pytest.raises(CurationError):
        panel.merge_selected_into(target.id)
    assert panel.model.entity(target.id).name == target.name


# -- models --------------------------------------------------------------------


def test_entity_models_pass_the_model_tester(qtmodeltester, lib) -> None:
    model = EntityTreeModel()
    model.set_entities(list_entities(lib, include_hidden=True))
    qtmodeltester.check(model)
    model.set_sort_mode(SORT_PINYIN)
    qtmodeltester.check(model)
    assert model.set_filter_text("京")
    assert 0 < model.visible_count() < model.entity_count()
    qtmodeltester.check(model)


def synthetic_entities(n: int) -> list[EntityRow]:
    rnd = random.Random(7)
    rows = []
    for i in range(n):
        name = "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(2, 6)))
        rows.append(
            EntityRow(
                i + 1, ENTITY_TYPES[i % 7], name, name, name, [], rnd.randint(1, 500), 1, False
            )
        )
    rows[123] = EntityRow(124, "organization", "聯泰集群", "联泰集群", "聯泰集羣", [], 3, 1, False)
    return rows


def test_fifty_thousand_entities_load_and_filter(qtbot) -> None:
    """Fifty thousand rows load and filter (python -m bench.bench_entity_tree times it)."""
    widget = EntityPanel()
    qtbot.addWidget(widget)
    widget.show()
    rows = synthetic_entities(50_000)
    widget.model.set_entities(rows)
    widget.tree.expandAll()
    assert widget.model.entity_count() == 50_000
    widget.set_filter_text("聯泰")
    assert widget.visible_ids() == [124]
    assert widget.model.entity(124).name_hans == "联泰集群"
    widget.set_filter_text("")
    assert len(widget.visible_ids()) == 50_000


# -- figures -------------------------------------------------------------------


@pytest.fixture
def figures_view(qtbot, lib) -> FiguresView:
    view = FiguresView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_library(lib)
    return view


def test_figures_sort_by_value_numerically(figures_view: FiguresView) -> None:
    assert figures_view.model.rowCount() > 20
    figures_view.table.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    texts = [f.text.replace(" ", "") for f in figures_view.visible_figures()]
    assert "1800亿元" in texts and "1200万元" in texts
    assert texts.index("1800亿元") < texts.index("1200万元")
    values = [f.value for f in figures_view.visible_figures() if f.value is not None]
    assert values == sorted(values, reverse=True)
    figures_view.table.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)
    texts = [f.text.replace(" ", "") for f in figures_view.visible_figures()]
    assert texts.index("1200万元") < texts.index("1800亿元")
    # Numeric, not textual: 9000亿元 (9e11) is above 1800亿元 when descending.
    figures_view.table.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    first = figures_view.visible_figures()[0]
    assert first.value == max(values)


def test_figures_filter_in_either_script(figures_view: FiguresView) -> None:
    total = figures_view.model.rowCount()
    figures_view.set_filter_text("億元")
    shown = figures_view.visible_figures()
    assert 0 < len(shown) < total
    for f in shown:
        fields = (f.unit, f.subject, f.text, f.qualifier, f.article_title)
        assert any("亿元" in fold("".join(x.split())) for x in fields if x)
    assert any(f.text.replace(" ", "") == "1800亿元" for f in shown)
    figures_view.set_filter_text("亿元")
    assert len(figures_view.visible_figures()) == len(shown)
    assert "of" in figures_view.count_label.text()
    figures_view.set_filter_text("")
    assert len(figures_view.visible_figures()) == total


def test_figures_double_click_and_enter_open_the_article(figures_view: FiguresView, qtbot) -> None:
    table = figures_view.table
    index = figures_view.proxy.index(3, 4)
    expected = figures_view.visible_figures()[3]
    table.scrollTo(index)
    rect = table.visualRect(index)
    # A double click is a press and release followed by a double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(figures_view.articleActivated, timeout=1000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [expected.article_id]
    assert figures_view.selected_figure_ids() == [expected.id]

    other = figures_view.visible_figures()[-1]
    table.setCurrentIndex(figures_view.proxy.index(figures_view.proxy.rowCount() - 1, 0))
    table.setFocus()
    with qtbot.waitSignal(figures_view.articleActivated, timeout=1000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [other.article_id]


def test_figures_copy_selected_rows(figures_view: FiguresView) -> None:
    figures_view.table.selectRow(0)
    text = figures_view.copy_selected()
    first = figures_view.visible_figures()[0]
    lines = text.splitlines()
    assert lines[0].startswith("Value\tUnit")
    assert first.unit in lines[1] and first.text.replace(" ", "") in lines[1].replace(" ", "")


def test_figures_models_pass_the_model_tester(qtmodeltester, lib) -> None:
    from db.entities import figures

    model = FiguresModel()
    model.set_figures(figures(lib))
    qtmodeltester.check(model)
    proxy = FiguresProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("万元")
    proxy.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


# -- translation ---------------------------------------------------------------

TYPE_LABELS_ZH = {
    "People": "人物",
    "Organisations": "机构",
    "Places": "地点",
    "Parks and zones": "园区",
    "Documents": "文件",
    "Figures": "数字",
    "Dates": "日期",
}


def test_labels_are_translatable_and_follow_a_language_change(qtbot, qapp, tmp_path) -> None:
    """lupdate finds the labels in the widgets' contexts; a translator switches them live."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    tools = Path(sys.executable).parent
    lupdate, lrelease = tools / "pyside6-lupdate", tools / "pyside6-lrelease"
    if not (lupdate.exists() and lrelease.exists()):
        pytest.skip("pyside6-lupdate / pyside6-lrelease are not installed")
    wanted = {
        "EntityTreeModel": TYPE_LABELS_ZH,
        "EntityPanel": {"Show hidden": "显示隐藏项"},
        "FiguresModel": {"Value": "数值"},
    }
    ts = tmp_path / "entities_zh_CN.ts"
    sources = [str(ROOT / "gui" / f) for f in ("entity_model.py", "entity_panel.py")]
    sources.append(str(ROOT / "gui" / "figures_model.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    found = set()
    for context in tree.getroot().iter("context"):
        table = wanted.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source")
            if source in table:
                found.add(source)
                translation = message.find("translation")
                translation.text = table[source]
                translation.attrib.pop("type", None)
    assert found == {s for table in wanted.values() for s in table}
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "entities_zh_CN.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)

    panel = EntityPanel()
    qtbot.addWidget(panel)
    figures_model = FiguresModel()
    assert panel.show_hidden_button.text() == "Show hidden"
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.show_hidden_button.text() == "显示隐藏项", timeout=2000)
        model = panel.model
        labels = [model.index(r, 0).data().split(" (")[0] for r in range(model.rowCount())]
        assert labels == ["人物", "机构", "地点", "园区", "文件", "数字", "日期"]
        assert figures_model.headerData(0, Qt.Orientation.Horizontal) == "数值"
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.show_hidden_button.text() == "Show hidden", timeout=2000)
    assert panel.model.index(0, 0).data().startswith("People")


def test_uncertain_entities_are_one_click_away(panel: EntityPanel, lib) -> None:
    """Entities below the confidence threshold are not in the tree; the "Show N uncertain"
    button (N counted from the library) lists them in grey italics, selecting one turns it
    on, and "Keep in the tree" keeps one for good (undoable)."""
    every = list_entities(lib, include_uncertain=True)
    low = [e for e in every if e.uncertain]
    assert low
    assert panel.uncertain_count == len(low)
    assert panel.show_uncertain_button.text() == f"Show {len(low)} uncertain"
    assert panel.show_uncertain_button.isEnabled()
    assert all(panel.model.entity(e.id) is None for e in low)
    assert panel.model.entity_count() == len(every) - len(low)

    panel.set_show_uncertain(True)
    assert panel.show_uncertain
    target = low[0]
    index = panel.model.index_of_entity(target.id)
    assert index.isValid()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "uncertain" in index.data(Qt.ItemDataRole.ToolTipRole)
    sure = next(e for e in every if not e.uncertain and not e.hidden)
    assert panel.model.index_of_entity(sure.id).data(Qt.ItemDataRole.FontRole) is None

    panel.select_entity(target.id)
    assert "Keep in the tree" in [a.text() for a in panel.build_context_menu().actions()]
    panel.keep_selected()
    panel.set_show_uncertain(False)
    assert panel.model.entity(target.id) is not None
    assert panel.uncertain_count == len(low) - 1
    panel.undo()
    assert panel.model.entity(target.id) is None
    assert panel.select_entity(target.id)  # shows the uncertain ones again
    assert panel.show_uncertain and panel.selected_ids() == [target.id]

"""CSV export: RFC 4180 layout, BOM, formula neutralising, atomic writes."""

from __future__ import annotations

import codecs
import csv
import os
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from db.csvio import FORMULA_PREFIXES, neutralise, read_csv, write_csv

HEADER = ["标题", "正文", "數量", "备注"]
LONG = "京津冀协同发展，" * 5000

AWKWARD: list[list[object]] = [
    ["北京中关村", "科技园区", 12, None],
    ['他说："创新"', 'a "quoted" word', -3, 2.5],
    ["逗号,在中间", "a,b,c", 0, Decimal("-1.25")],
    ["第一行\n第二行", "line1\r\nline2", 1, "CR\ronly"],
    ["表情 😀🚀", "𠀀𪚥 (outside the BMP)", 10**20, ""],
    ["=1+1", "+86 10 1234 5678", "-x", "@SUM(A1:A2)"],
    ["\tTab-led", "\rCR-led", "-", "="],
    [LONG, "  leading and trailing spaces  ", -0.5, "''already quoted"],
    ["繁體：聯泰集群", "简体：联泰集群", True, "'apostrophe"],
]


def expected_cells(row: list[object]) -> list[str]:
    return [neutralise(cell) for cell in row]


def test_neutralise_rules() -> None:
    assert neutralise(None) == ""
    assert neutralise(-3) == "-3"
    assert neutralise(-2.5) == "-2.5"
    assert neutralise(Decimal("-1.5")) == "-1.5"
    assert neutralise(0) == "0"
    assert neutralise("北京") == "北京"
    assert neutralise("a=b") == "a=b"
    for prefix in FORMULA_PREFIXES:
        assert neutralise(prefix + "x") == "'" + prefix + "x"
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+86 10") == "'+86 10"
    assert neutralise("-x") == "'-x"
    assert neutralise("-3") == "'-3"  # text that looks like a number is still text
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("\rx") == "'\rx"
    assert neutralise(Path("=evil")) == "'=evil"


@pytest.mark.parametrize(
    "cell",
    [
        " =1+1",
        "  @SUM(A1)",
        '\n=HYPERLINK("x")',
        " \r\n+1",
        "\u3000-2",
        "\xa0=1",
        "\uff1d1+1",
        "\uff0b86",
        "\uff0d3",
        "\uff20SUM(A1)",
        " \uff1dA1",
    ],
)
def test_formula_signs_after_blanks_and_full_width_signs_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


def test_text_with_signs_inside_is_left_alone() -> None:
    assert neutralise("北京 = 首都") == "北京 = 首都"
    assert neutralise("增长\uff0b5%") == "增长\uff0b5%"
    assert neutralise("   ") == "   "


def test_round_trip_with_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    written = write_csv(path, HEADER, AWKWARD)
    assert written == len(AWKWARD)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    assert records[0] == HEADER
    assert records[1:] == [expected_cells(row) for row in AWKWARD]
    assert read_csv(path) == (HEADER, [expected_cells(row) for row in AWKWARD])


def test_layout_is_rfc4180(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["a", "b"], [["x", 'say "hi"'], ["1,2", "line\nbreak"]])
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    body = raw[len(codecs.BOM_UTF8) :].decode("utf-8")
    assert body == 'a,b\r\nx,"say ""hi"""\r\n"1,2","line\nbreak"\r\n'


def test_bom_switch(tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.csv"
    without = tmp_path / "plain.csv"
    write_csv(with_bom, HEADER, AWKWARD[:2])
    write_csv(without, HEADER, AWKWARD[:2], bom=False)
    assert with_bom.read_bytes().startswith(codecs.BOM_UTF8)
    assert not without.read_bytes().startswith(codecs.BOM_UTF8)
    assert without.read_bytes().startswith("标题".encode())
    assert read_csv(with_bom) == read_csv(without)
    assert read_csv(without)[0] == HEADER


def test_formula_cells_start_with_apostrophe(tmp_path: Path) -> None:
    path = tmp_path / "formulas.csv"
    cells = ["=1+1", "+86 10", "-x", "@SUM(A1:A9)", "\tTab", "\rCR"]
    write_csv(path, ["f"] * len(cells), [cells, [-3, 4.5, -7, 0, None, "ok"]])
    _, rows = read_csv(path)
    assert all(cell.startswith("'") for cell in rows[0])
    assert [cell[1:] for cell in rows[0]] == cells
    assert rows[1] == ["-3", "4.5", "-7", "0", "", "ok"]


def test_header_is_neutralised_too(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    write_csv(path, ["=cmd", "name"], [])
    assert read_csv(path) == (["'=cmd", "name"], [])


def test_round_trip_with_pandas(tmp_path: Path) -> None:
    path = tmp_path / "pandas.csv"
    write_csv(path, HEADER, AWKWARD)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == HEADER
    assert frame.values.tolist() == [expected_cells(row) for row in AWKWARD]


def test_rows_from_generator_and_count(tmp_path: Path) -> None:
    path = tmp_path / "gen.csv"

    def rows() -> Iterator[list[object]]:
        for i in range(1000):
            yield [f"第{i}条", i]

    assert write_csv(path, ["名", "号"], rows()) == 1000
    header, back = read_csv(path)
    assert header == ["名", "号"]
    assert back[999] == ["第999条", "999"]
    assert len(back) == 1000


def test_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.csv"
    with pytest.raises(OSError):
        write_csv(target, HEADER, AWKWARD)
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_failure_midway_keeps_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv(target, ["old"], [["kept"]])
    before = target.read_bytes()

    def failing_rows() -> Iterator[list[object]]:
        yield ["first", 1]
        yield ["second", 2]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_csv(target, ["new", "n"], failing_rows())
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failure_on_fresh_target_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "fresh.csv"

    def failing_rows() -> Iterator[list[object]]:
        yield ["x"]
        raise ValueError("bad row")

    with pytest.raises(ValueError):
        write_csv(target, ["h"], failing_rows())
    assert list(tmp_path.iterdir()) == []


def test_overwrite_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv(target, ["a"], [["1"], ["2"], ["3"]])
    write_csv(target, ["b"], [["9"]])
    assert read_csv(target) == (["b"], [["9"]])
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_read_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert read_csv(path) == ([], [])


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_file_gets_the_modes_of_a_new_document(tmp_path: Path) -> None:
    """Readable and writable as the umask allows, like any saved document; never executable."""
    mask = os.umask(0o022)
    try:
        path = tmp_path / "modes.csv"
        write_csv(path, HEADER, [])
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.umask(0o002)
        write_csv(path, HEADER, [])
        assert stat.S_IMODE(path.stat().st_mode) == 0o664
    finally:
        os.umask(mask)
    assert [p.name for p in tmp_path.iterdir()] == ["modes.csv"]  # no temporary file left


def test_a_file_in_the_way_of_the_temporary_name_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["aaaaaaaaaaaa", "aaaaaaaaaaaa", "bbbbbbbbbbbb"])
    monkeypatch.setattr("db.csvio.secrets.token_hex", lambda n: next(names))
    stray = tmp_path / ".out.csv.aaaaaaaaaaaa.tmp"
    stray.write_text("someone else's file", encoding="utf-8")
    assert write_csv(tmp_path / "out.csv", HEADER, [["a", "b", "c"]]) == 1
    assert stray.read_text(encoding="utf-8") == "someone else's file"
    assert read_csv(tmp_path / "out.csv")[1] == [["a", "b", "c"]]
    # when every name is taken, the export says so and leaves the files alone
    monkeypatch.setattr("db.csvio.secrets.token_hex", lambda n: "aaaaaaaaaaaa")
    (tmp_path / ".new.csv.aaaaaaaaaaaa.tmp").write_text("taken", encoding="utf-8")
    with pytest.raises(FileExistsError, match="cannot create a temporary file next to .*new.csv"):
        write_csv(tmp_path / "new.csv", HEADER, [])
    assert stray.read_text(encoding="utf-8") == "someone else's file"
    assert not (tmp_path / "new.csv").exists()
    assert (tmp_path / ".new.csv.aaaaaaaaaaaa.tmp").read_text(encoding="utf-8") == "taken"

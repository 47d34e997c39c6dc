"""The citation: one function for the notes export, the command line and the window's copy;
the notes table written to a file and to standard output by the same code."""

from __future__ import annotations

import io
from pathlib import Path

from db.citation import CitationWords, cite, paragraph_around, quotation
from db.csvio import read_csv
from db.notes import add_note, list_notes
from db.notes_export import NOTE_COLUMNS, export_notes, write_notes
from tests.helpers import seed_library

CHINESE = CitationWords(separator="，", article="（对照文章 {uid}）", missing="（已不在文库中）")


def test_cite_names_title_source_date_byline_and_ends_with_the_uid() -> None:
    text = cite("京津冀：协同", "人民日报", "2024-05-01", "本报记者 张伟", "abc123")
    assert text == "《京津冀：协同》, 人民日报, 2024-05-01, 本报记者 张伟 (Duizhao article abc123)"
    assert cite("标题", None, "2024", "  ", "u") == "《标题》, 2024 (Duizhao article u)"
    zh = cite("标题", "新华社", "2024-05-01", None, "u9", CHINESE)
    assert zh == "《标题》，新华社，2024-05-01（对照文章 u9）"
    assert (
        cite(None, "新华社", None, None, "u9", CHINESE) == "（已不在文库中），新华社（对照文章 u9）"
    )


def test_paragraph_around_is_the_whole_paragraph_or_the_paragraphs_a_passage_spans() -> None:
    text = "第一段。\n第二段，有协同。\n第三段。"
    start = text.index("协同")
    assert paragraph_around(text, start, start + 2) == "第二段，有协同。"
    assert paragraph_around(text, 0, 1) == "第一段。"
    # a passage ending on its paragraph's line break stays in that paragraph
    end = text.index("\n", start) + 1
    assert paragraph_around(text, start, end) == "第二段，有协同。"
    # one running over a line break takes both paragraphs, whole
    both = paragraph_around(text, start, text.index("第三") + 1)
    assert both == "第二段，有协同。\n第三段。"


def test_quotation_quotes_a_part_then_the_paragraph_then_the_citation() -> None:
    part = quotation("协同", "第二段，有协同。", "《标题》 (Duizhao article u)")
    assert part.splitlines() == ["「协同」", "第二段，有协同。", "—— 《标题》 (Duizhao article u)"]
    whole = quotation("第二段，有协同。", "第二段，有协同。", "C")
    assert whole.splitlines() == ["第二段，有协同。", "—— C"]


def test_the_notes_file_and_the_command_lines_csv_are_one_table(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    aid, text, uid = lib.conn.execute(
        "SELECT id, text, uid FROM articles WHERE instr(text, '任睿杰') > 0"
    ).fetchone()
    start = text.index("任睿杰")
    add_note(lib, aid, "=1+1 公式", start=start, end=start + 3, colour="pink")
    add_note(lib, aid, "整篇的笔记")
    path = tmp_path / "notes.csv"
    assert export_notes(lib, path, words=CHINESE) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    header, rows = read_csv(path)
    assert header == NOTE_COLUMNS
    by_note = {r[NOTE_COLUMNS.index("note")]: dict(zip(header, r, strict=True)) for r in rows}
    highlight = by_note["'=1+1 公式"]  # a formula cell is neutralised
    assert highlight["quote"] == "任睿杰" and highlight["colour"] == "pink"
    assert highlight["article_id"] == uid and highlight["start"] == str(start)
    assert "任睿杰" in highlight["paragraph"] and highlight["paragraph"] in text
    assert highlight["citation"].endswith(f"（对照文章 {uid}）")
    assert by_note["整篇的笔记"]["start"] == "" and by_note["整篇的笔记"]["quote"] == ""
    # only the notes that match a search
    assert export_notes(lib, path, search="公式") == 1
    # standard output: the same columns and cells, the citation in English
    out = io.StringIO()
    write_notes(out, list_notes(lib))
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(NOTE_COLUMNS)
    assert any(line.startswith(f"{rows[0][0]},{uid},") for line in lines[1:])
    assert f"(Duizhao article {uid})" in out.getvalue() and "'=1+1 公式" in out.getvalue()
    lib.close()

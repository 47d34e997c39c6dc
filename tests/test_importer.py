"""Importing: every encoding and format, broken files reported, duplicates, progress, cancel."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from db.articles import article_count, get_article
from db.importer import ImportProgress, import_paths
from db.library import Library

SIMP = "北京中关村科技园区今年新增企业三千余家，营业收入超过1800亿元。\n本报记者 张璐\n"
TRAD = "聯泰集群是京津冀國家技術創新中心自主培育的企業，在海澱成立。\n本報記者 曹政\n"


def _corpus(folder: Path) -> Path:
    src = folder / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "utf8.txt").write_text("创新标题一\n" + SIMP, encoding="utf-8")
    (src / "bom.md").write_bytes("\ufeff创新标题二\n".encode() + "第二篇".encode() + SIMP.encode())
    (src / "sub" / "gb.txt").write_bytes(("标题三\n第三篇" + SIMP).encode("gb18030"))
    (src / "sub" / "big5.txt").write_bytes(("標題四\n" + TRAD).encode("big5"))
    (src / "sub" / "deeper" / "u16.txt").write_bytes(("标题五\n第五篇" + SIMP).encode("utf-16"))
    (src / "page.html").write_text(
        "<html><head><title>网页标题</title><style>.x{}</style><script>var a=1;</script></head>"
        "<body><nav>首页 | 导航</nav><article><h1>网页标题</h1><p>第六篇" + SIMP + "</p></article>"
        "<footer>版权所有</footer></body></html>",
        encoding="utf-8",
    )
    d = docx.Document()
    d.add_paragraph("文档标题七")
    d.add_paragraph("第七篇" + SIMP)
    d.save(src / "seven.docx")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (src / "corrupt.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(src / "notword.docx", "w") as z:
        z.writestr("hello.txt", "no document inside")
    (src / "ignored.xlsx").write_bytes(b"PK\x03\x04")
    return src


def test_folder_import_reports_broken_files_and_keeps_the_rest(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    lib = Library.open(tmp_path / "lib.duizhao")
    events: list[ImportProgress] = []
    report = import_paths(lib, [src], progress=events.append)
    failed = {p.name: reason for p, reason in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "corrupt.docx", "notword.docx"}
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.txt"]
    assert len(report.added) == 7
    assert article_count(lib) == 7
    # progress counted every file, in order, to the end
    assert events[0].done == 0 and events[-1].done == events[-1].total == 11
    assert [e.done for e in events] == sorted(e.done for e in events)
    texts = {p.name: get_article(lib, aid) for p, aid in report.added}
    assert texts["big5.txt"].script == "hant"
    assert texts["big5.txt"].text.startswith("標題四")
    assert "导航" not in texts["page.html"].text and "var a" not in texts["page.html"].text
    assert "第六篇" in texts["page.html"].text
    assert texts["utf8.txt"].text == "创新标题一\n" + SIMP  # verbatim
    lib.close()


def test_the_same_article_twice_is_added_once(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("标题\n" + SIMP, encoding="utf-8")
    # the same text with different whitespace and line endings, in another encoding
    b.write_bytes(("标题\r\n\r\n" + SIMP.replace("\n", "  \r\n")).encode("gb18030"))
    first = import_paths(lib, [a])
    second = import_paths(lib, [b, a])
    assert len(first.added) == 1
    assert len(second.added) == 0 and len(second.duplicates) == 2
    assert second.duplicates[0][1] == first.added[0][1]
    assert second.ok
    assert article_count(lib) == 1
    lib.close()


def test_cancel_between_files_keeps_what_was_done(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(10):
        (src / f"{i:02}.txt").write_text(f"第{i}篇标题\n内容{i}" + SIMP, encoding="utf-8")
    lib = Library.open(tmp_path / "lib.duizhao")
    seen: list[int] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p.done)

    report = import_paths(lib, [src], progress=progress, cancelled=lambda: len(seen) > 3)
    assert report.cancelled
    assert len(report.added) == 3
    assert article_count(lib) == 3
    lib.close()


def test_missing_and_unsupported_paths_are_reported(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    sheet = tmp_path / "x.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    report = import_paths(lib, [tmp_path / "nope", sheet])
    reasons = [r for _, r in report.failed]
    assert any("no such file" in r for r in reasons)
    assert any("unsupported" in r for r in reasons)
    assert not report.ok
    lib.close()


def test_a_full_disk_stops_the_import_and_keeps_articles_and_index_in_step(
    tmp_path: Path,
) -> None:
    from db.search import search_ids

    lib = Library.open(tmp_path / "lib.duizhao")
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("已有的文章\n" + SIMP, encoding="utf-8")
    assert import_paths(lib, [first]).ok
    src = tmp_path / "many"
    src.mkdir()
    for i in range(60):
        body = "".join(chr(0x4E00 + (i * 977 + j * 31) % 20000) for j in range(3000))
        (src / f"{i:03}.txt").write_text(f"第{i}篇\n{body}\n", encoding="utf-8")
    # A real "database or disk is full": the file may grow by a few pages only.
    pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
    lib.conn.execute(f"PRAGMA max_page_count = {pages + 40}")
    report = import_paths(lib, [src])
    assert report.fatal and "full" in report.fatal
    assert not report.ok
    lost = [p for p, reason in report.failed if reason.startswith("not saved")]
    assert lost
    # what was reported added is in the library and in the index; nothing else is
    ids = {aid for _p, aid in report.added}
    stored = {r[0] for r in lib.conn.execute("SELECT id FROM articles")}
    indexed = {r[0] for r in lib.conn.execute("SELECT id FROM articles_fts_docsize")}
    assert stored == indexed == ids | {1}
    assert search_ids(lib, "已有") == [1]
    lib.close()

"""PDF import: text in reading order with its pages, wrapped lines joined, scans refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from db.importer import import_paths
from db.library import Library
from db.search import search_ids
from tests.pdf_maker import Page, make_pdf
from text.pdf import PAGE_BREAK
from text.reader import ReadError, read_document

TITLE = "京津冀协同发展年度报告"
P1 = "北京中关村科技园区今年新增企业三千余家，营业收入超过一千八百亿元，其中高新"
P1_END = "技术企业占六成。"
P2 = "天津滨海新区承接北京转移项目一百二十个。"
P3 = "河北雄安新区的建设进入新阶段。"


def report_pdf() -> bytes:
    first = Page(
        # drawn out of reading order: the last paragraph first, the title last
        lines=[(72, 600, P2), (72, 700, P1), (72, 685, P1_END), (72, 780, TITLE)]
    )
    return make_pdf([first, Page(lines=[(72, 780, P3)])], title="协同发展")


def test_pages_are_read_top_to_bottom_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf())
    doc = read_document(path)
    pages = doc.text.split(PAGE_BREAK)
    assert len(pages) == 2
    lines = [line for line in pages[0].split("\n") if line]
    assert lines == [TITLE, P1 + P1_END, P2]
    assert pages[1] == P3
    assert doc.title == TITLE
    assert doc.encoding == "pdf" and doc.script == "hans"


def test_a_pdf_imports_and_a_word_wrapped_across_lines_is_found(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "report.pdf").write_bytes(report_pdf())
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert report.ok and len(report.added) == 1
    article_id = report.added[0][1]
    assert search_ids(lib, "高新技术") == [article_id]  # 高新 | 技术 at a line end
    assert search_ids(lib, "雄安") == [article_id]  # second page
    lib.close()


def test_a_scanned_pdf_is_reported_not_imported_empty(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([Page(image=True), Page(image=True)]))
    with pytest.raises(ReadError, match=r"scanned PDF without a text layer \(2 of 2 pages"):
        read_document(path)
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(make_pdf([Page()]))
    with pytest.raises(ReadError, match="no text in the PDF"):
        read_document(blank)


def test_damaged_and_locked_pdfs_are_reported(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    data = report_pdf()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReadError, match="corrupt PDF|no text"):
        read_document(cut)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as f:
        writer.write(f)
    with pytest.raises(ReadError, match="password"):
        read_document(locked)
    fake = tmp_path / "fake.pdf"
    fake.write_text("北京新闻", encoding="utf-8")
    with pytest.raises(ReadError, match="not a PDF"):
        read_document(fake)

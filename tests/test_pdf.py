"""PDF import: text in reading order with its pages, wrapped lines joined, scans refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from db.articles import get_article
from db.importer import import_paths
from db.library import Library
from db.search import search_ids
from tests.pdf_maker import CMAPS, Page, make_pdf, two_columns, wrap
from text.pdf import PAGE_BREAK, extract_pdf, page_ranges
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


HEADING = "京津冀协同创新共同体建设取得新进展：三地联合发布年度报告"
LEFT = [
    "北京中关村科技园区今年新增科技型企业三千余家，营业收入超过一千八百亿元，其中高新技术企业占六成。",
    "园区管委会表示，明年将继续推进重大科技基础设施建设，吸引更多创新团队落户。",
    "中关村发展集团负责人说，已有四十余家企业在天津和河北设立分支机构。",
]
RIGHT = [
    "天津滨海新区承接北京转移项目一百二十个，总投资超过六百亿元，覆盖生物医药和新能源汽车等领域。",
    "河北雄安新区的建设进入新阶段，首批疏解的高校和医院已开工建设。",
]


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@pytest.mark.parametrize("width", [18, 12])
def test_two_columns_read_column_by_column_under_a_heading_that_spans_both(width: int) -> None:
    page = two_columns(HEADING, LEFT, RIGHT, width)
    pdf = make_pdf([page, Page(lines=wrap(50, 780, LEFT[:1], 40))])
    text = extract_pdf(pdf).text
    first, second = text.split(PAGE_BREAK)
    # every paragraph whole (its wrapped lines joined), the left column before the right
    assert _paragraphs(first) == [HEADING, *LEFT, *RIGHT]
    assert _paragraphs(second) == LEFT[:1]  # a single-column page after it, its page kept


def test_a_single_column_page_keeps_its_paragraphs() -> None:
    paragraphs = [*LEFT, *RIGHT]
    page = Page(lines=[(72, 790, "年度报告"), *wrap(72, 760, paragraphs, 36, leading=15)])
    pdf = make_pdf([page, page])
    pages = extract_pdf(pdf).text.split(PAGE_BREAK)
    assert len(pages) == 2
    # one paragraph a line: an indented line starts one, a short line ends one
    assert _paragraphs(pages[0]) == ["年度报告", *paragraphs]
    assert pages[0] == pages[1]


def test_a_long_centred_heading_stays_apart_from_the_line_under_it() -> None:
    heading = "京津冀协同创新共同体建设取得新进展：三地联合发布年度报"  # 29 of 36 characters
    dateline = "本报北京三月一日电"
    lines = [(72 + 6 * 12, 790, heading), (72, 770, dateline)]
    lines += wrap(72, 750, LEFT, 36, leading=15)
    assert _paragraphs(extract_pdf(make_pdf([Page(lines=lines)])).text) == [
        heading,
        dateline,
        *LEFT,
    ]


def test_columns_whose_lines_do_not_share_rows_and_a_closing_paragraph_across_both() -> None:
    closing = "全文完。本报告由三地统计部门联合编制，数据截至去年十二月底，如有出入以正式公报为准。"
    # the right column half a line lower than the left: its lines fall between the rows
    page = Page(
        lines=[(50, 790, HEADING), *wrap(50, 740, LEFT, 18), *wrap(290, 732, RIGHT, 18)]
        + wrap(50, 560, [closing], 38)
    )
    assert _paragraphs(extract_pdf(make_pdf([page])).text) == [HEADING, *LEFT, *RIGHT, closing]


def test_three_columns_are_read_one_after_another() -> None:
    columns = [LEFT[:2], RIGHT, LEFT[2:]]
    lines = [(50, 790, HEADING)]
    for n, paragraphs in enumerate(columns):
        lines += wrap(40 + 170 * n, 740, paragraphs, 12)
    text = extract_pdf(make_pdf([Page(lines=lines)])).text
    assert _paragraphs(text) == [HEADING, *LEFT[:2], *RIGHT, *LEFT[2:]]


def test_a_table_of_short_cells_is_not_taken_for_columns() -> None:
    rows = [("年份", "企业数量"), ("二〇二一年", "一千二百家"), ("二〇二二年", "一千五百家")]
    rows += [("二〇二三年", "一千八百家"), ("二〇二四年", "两千一百家")]
    rows += [("二〇二五年", "两千四百家"), ("二〇二六年", "两千六百家")]
    page = Page(
        lines=[(72, 790 - 20 * i, a) for i, (a, _) in enumerate(rows)]
        + [(300, 790 - 20 * i, b) for i, (_, b) in enumerate(rows)]
    )
    text = extract_pdf(make_pdf([page])).text
    cells = [cell for row in rows for cell in row]
    # read row by row (a column order would give every year before any count)
    assert [text.index(cell) for cell in cells] == sorted(text.index(cell) for cell in cells)


@pytest.mark.parametrize("cmap", sorted(CMAPS))
def test_chinese_text_through_the_predefined_cmaps(cmap: str) -> None:
    traditional = CMAPS[cmap][0] == b"CNS1"
    line = "臺北市政府發布報告，經濟部說明" if traditional else "北京市发展和改革委员会发布报告"
    pdf = make_pdf([Page(lines=[(72, 700, line), (72, 620, "2024 年 3 月")])], cmap=cmap)
    assert _paragraphs(extract_pdf(pdf).text) == [line, "2024 年 3 月"]


def test_page_ranges() -> None:
    assert page_ranges([7, 3, 5, 6]) == "3, 5–7"
    assert page_ranges([2]) == "2"
    assert page_ranges([1, 2, 4, 4]) == "1–2, 4"


def partly_scanned_pdf() -> bytes:
    text_page = Page(lines=[(72, 780, TITLE), (72, 700, P2)])
    scan = Page(image=True)
    return make_pdf([text_page, scan, Page(lines=[(72, 780, P3)]), scan, scan, Page()])


def test_scanned_pages_of_a_pdf_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    pdf = extract_pdf(partly_scanned_pdf())
    assert pdf.scanned_pages == [2, 4, 5]  # page 6 is blank: no image, nothing missing
    assert pdf.warnings == [
        "pages 2, 4–5 of 6 have no text layer (scanned?); their text is missing"
    ]
    pages = pdf.text.split(PAGE_BREAK)
    assert len(pages) == 6 and pages[2] == P3 and pages[1] == pages[3] == ""
    one = extract_pdf(make_pdf([Page(lines=[(72, 780, TITLE)]), Page(image=True)]))
    assert one.warnings == ["page 2 of 2 has no text layer (scanned?); their text is missing"]
    assert extract_pdf(report_pdf()).warnings == []
    path = tmp_path / "partly.pdf"
    path.write_bytes(partly_scanned_pdf())
    assert read_document(path).warnings == pdf.warnings


def test_an_import_keeps_the_warning_of_a_partly_scanned_pdf(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_partly.pdf").write_bytes(partly_scanned_pdf())
    (src / "b_report.pdf").write_bytes(report_pdf())
    (src / "c_scan.pdf").write_bytes(make_pdf([Page(image=True)]))
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert [p.name for p, _ in report.added] == ["a_partly.pdf", "b_report.pdf"]
    assert [(p.name, w) for p, w in report.warnings] == [
        ("a_partly.pdf", "pages 2, 4–5 of 6 have no text layer (scanned?); their text is missing")
    ]
    [(failed, reason)] = report.failed
    assert failed.name == "c_scan.pdf" and reason.startswith("scanned PDF without a text layer")
    assert report.summary() == "3 found: 2 imported, 0 duplicate(s), 1 failed, 1 with warnings"
    again = import_paths(lib, [src / "a_partly.pdf"])  # a duplicate still says what it lacks
    assert len(again.duplicates) == 1 and len(again.warnings) == 1
    lib.close()
    # kept with the article, once, for whoever reads it later
    lib = Library.open(tmp_path / "lib.duizhao")
    partly, report_id = (article_id for _, article_id in report.added)
    assert get_article(lib, partly).warnings == (report.warnings[0][1],)
    assert get_article(lib, report_id).warnings == ()
    # imported before warnings were kept: importing the file again keeps its warning
    with lib.transaction():
        lib.conn.execute("DELETE FROM article_warnings")
    import_paths(lib, [src / "a_partly.pdf"])
    assert get_article(lib, partly).warnings == (report.warnings[0][1],)
    lib.close()


def test_column_search_is_bounded_on_a_page_of_far_flung_text() -> None:
    from text.pdf_columns import MAX_CELLS, MAX_WIDTH, split_columns

    row = "北京中关村科技园区新增企业" + " " * 4 + "天津滨海新区承接转移项目"
    rows = [row] * 8
    assert split_columns(rows) == [[row[:13]] * 8, [row[17:]] * 8]  # two columns
    far = [r + " " * MAX_WIDTH + "页" for r in rows]  # text far off the page
    assert split_columns(far) == [far]  # read as printed, without a search
    many = rows * (MAX_CELLS // len(row) // 8 + 1)  # a page of very many rows
    assert split_columns(many) == [many]

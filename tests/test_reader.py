"""Reading article files: encodings, HTML, DOCX, broken files, metadata."""

from __future__ import annotations

import codecs
import random
import zipfile
from pathlib import Path

import docx
import pytest

from text.metadata import extract_metadata, find_date, normalize_date, parse_byline_line
from text.reader import (
    SUPPORTED_SUFFIXES,
    Byline,
    ReadError,
    decode_bytes,
    document_from_text,
    iter_article_files,
    read_document,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SIMPLIFIED = (
    "北京创新力量奔赴燕郊\n\n本报记者 曹政\n"
    "今年3月，燕郊高新区，来自北京的“专精特新”企业——联泰集群公司的首台算力设备在此下线。\r\n"
    "联泰集群是京津冀国家技术创新中心自主培育的企业。\n"
)
TRADITIONAL = (
    "創新“候鳥”燕郊築巢\n\n本報記者 曹政\n"
    "一大早，任睿杰駕車從京通快速路拐入通燕高速，一路向東跨過潮白河，隻用40分鐘就抵達燕郊。\n"
    "隨著京津冀協同發展不斷深入，燕郊小鎮也加速融入北京創新網絡。本報記者 潘之望攝\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("text", "encoded", "encoding"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED, codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (TRADITIONAL, codecs.BOM_UTF16_BE + TRADITIONAL.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL, TRADITIONAL.encode("gb18030"), "gb18030"),
    ],
)
def test_text_file_in_each_encoding_is_read_verbatim(
    tmp_path: Path, text: str, encoded: bytes, encoding: str
) -> None:
    doc = read_document(write(tmp_path, "article.txt", encoded))
    assert doc.text == text  # BOM removed, \r\n kept
    assert doc.encoding == encoding
    assert doc.path == tmp_path / "article.txt"
    assert Byline("曹政", "reporter") in doc.bylines


SHORT_SIMPLIFIED = ["中文", "你好世界", "北京创新", "本报记者 曹政", "来源：人民日报"]
SHORT_TRADITIONAL = ["中文", "臺灣", "記者", "本報記者 曹政", "創新候鳥燕郊築巢", "來源：人民日報"]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(t, e) for t in SHORT_SIMPLIFIED for e in ("gb18030", "utf-8", "utf-16")]
    + [(t, e) for t in SHORT_TRADITIONAL for e in ("big5", "gb18030", "utf-8", "utf-16")],
)
def test_short_texts_decode_in_each_encoding(text: str, encoding: str) -> None:
    decoded, name = decode_bytes(text.encode(encoding))
    assert decoded == text, name


def test_utf16_without_bom_is_detected(tmp_path: Path) -> None:
    for enc in ("utf-16-le", "utf-16-be"):
        doc = read_document(write(tmp_path, f"{enc}.txt", SIMPLIFIED.encode(enc)))
        assert doc.text == SIMPLIFIED
        assert doc.encoding == enc


def test_seed_in_big5_and_gb18030_reads_like_utf8(tmp_path: Path) -> None:
    seed = (SEEDS / "000_2f04d9bc40567d04.txt").read_text(encoding="utf-8")
    for enc in ("big5", "gb18030", "utf-16"):
        doc = read_document(write(tmp_path, f"seed-{enc}.txt", seed.encode(enc)))
        assert doc.text == seed
        assert doc.title == "創新“候鳥”燕郊筑巢"
        assert doc.script == "hant"


def test_markdown_is_kept_verbatim(tmp_path: Path) -> None:
    text = "京津冀协同发展\n\n# 创新促协同 共享“硬科技”\n\n■ 本报记者 张璐\n\n正文第一段。\n"
    doc = read_document(write(tmp_path, "a.md", text.encode("utf-8")))
    assert doc.text == text
    assert doc.title == "创新促协同 共享“硬科技”"
    assert doc.byline == "本报记者 张璐"


# -------------------------------------------------------------- broken files


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  ", "\u3000\n".encode()])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path, "empty.txt", content))
    assert str(err.value) == "empty file"
    assert err.value.reason == "empty file"
    assert err.value.path == tmp_path / "empty.txt"


def test_binary_files_are_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(ReadError, match="binary file"):
        read_document(write(tmp_path, "picture.txt", png))
    noise = random.Random(7).randbytes(2000)
    with pytest.raises(ReadError, match="binary file"):
        read_document(write(tmp_path, "noise.txt", noise))
    controls = b"\x01\x02\x03\x04\x05\x06abc" * 50
    with pytest.raises(ReadError, match="binary file"):
        decode_bytes(controls)


def test_non_chinese_legacy_text_falls_back_to_detection() -> None:
    text = "Москва — столица России, крупнейший по численности населения город страны.\n"
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text
    assert encoding == "cp1251"


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(ReadError, match="cannot decode"):
        decode_bytes(bytes(range(128, 256)) * 3)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="file not found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="unsupported file type .xls"):
        read_document(write(tmp_path, "a.xls", b"\xd0\xcf\x11\xe0"))


# ---------------------------------------------------------------------- HTML

NOISY_HTML = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>创新促协同 共享硬科技_新闻中心_北方网</title>
<meta property="article:published_time" content="2023-02-27T08:00:00+08:00">
<meta property="og:site_name" content="天津日报">
<style>.nav {{ color: red }} 样式里的文字</style>
<script>var menu = "脚本里的文字";</script>
</head><body>
<header><div class="logo">北方网首页</div></header>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻中心</a></li></ul>
<nav>国内 国际 财经 体育</nav>
<div class="main">
 <div class="left">
  <h1>创新促协同 共享“硬科技”</h1>
  {body}
 </div>
 <div class="sidebar"><h3>热点新闻</h3>
  <ul><li><a href="#">侧栏里的热门新闻标题</a></li></ul></div>
</div>
<footer><p>版权所有 北方网 页脚文字</p></footer>
<script>document.write("统计代码")</script>
</body></html>
"""
ARTICLE_BODY = """<div class="content">
   <p>■ 本报记者 张璐</p>
   <p>9年来，天津持续深化京津冀协同创新，主动融入北京国际科创中心建设，
   大力破除体制机制藩篱。</p>
   <!-- 注释里的文字 -->
   <p>三地科技部门不断完善京津冀协同创新机制。<br>实施专项，开展联合技术攻关。</p>
   <p style="display:none">隐藏的文字</p>
  </div>"""
NOISE = [
    "首页",
    "新闻中心",
    "国内",
    "样式",
    "脚本",
    "热门",
    "版权",
    "统计",
    "注释",
    "隐藏",
    "北方网",
]


def test_html_is_reduced_to_the_article(tmp_path: Path) -> None:
    page = NOISY_HTML.format(body=ARTICLE_BODY)
    doc = read_document(write(tmp_path, "page.html", page.encode("gb18030")))
    assert doc.encoding == "html:gb18030"
    assert doc.title == "创新促协同 共享“硬科技”"
    assert doc.date == "2023-02-27"
    assert doc.source == "天津日报"
    assert doc.bylines == [Byline("张璐", "reporter")]
    lines = doc.text.split("\n")
    assert lines == [
        "创新促协同 共享“硬科技”",
        "■ 本报记者 张璐",
        "9年来，天津持续深化京津冀协同创新，主动融入北京国际科创中心建设，大力破除体制机制藩篱。",
        "三地科技部门不断完善京津冀协同创新机制。",
        "实施专项，开展联合技术攻关。",
    ]
    for word in NOISE:
        assert word not in doc.text


def test_html_prefers_article_element_and_reads_date_from_text(tmp_path: Path) -> None:
    page = """<html><head><meta charset="utf-8"><title>標題 - 某網站</title></head><body>
    <div id="menu"><a href="/">首頁</a> <a href="/a">國際新聞</a> <a href="/b">財經新聞</a></div>
    <div class="recommend"><p>推薦閱讀：另一篇很長很長的文章標題在這裡出現，字數不少於二十個字。</p></div>
    <article><h1>燕郊築巢</h1><p>來源：北京日報　2023年2月27日</p>
    <p>任先生住在北京，工作在燕郊。</p><p>他的工作就是將北京培育的創新企業送到燕郊。</p></article>
    </body></html>"""
    doc = read_document(write(tmp_path, "page.htm", page.encode("utf-8")))
    assert doc.encoding == "html:utf-8"
    assert doc.title == "燕郊築巢"
    assert doc.date == "2023-02-27"
    assert doc.source == "北京日報"
    assert doc.script == "hant"
    assert "推薦" not in doc.text and "首頁" not in doc.text
    assert doc.text.endswith(
        "任先生住在北京，工作在燕郊。\n他的工作就是將北京培育的創新企業送到燕郊。"
    )


def test_html_without_paragraph_tags_uses_block_with_most_chinese(tmp_path: Path) -> None:
    page = """<html><head><meta charset="big5"><title>京津冀協同 | 新聞網</title></head><body>
    <table><tr><td class="links"><a href="/">首頁</a><br><a href="/x">要聞</a></td>
    <td>京津冀協同發展不斷深入，北京與廊坊北三縣之間交通一體化加速。<br>
    燕郊小鎮也加速融入北京創新網絡。</td></tr></table></body></html>"""
    doc = read_document(write(tmp_path, "old.html", page.encode("big5")))
    assert doc.encoding == "html:big5"
    assert doc.title == "京津冀協同"
    assert doc.text.split("\n") == [
        "京津冀協同",
        "京津冀協同發展不斷深入，北京與廊坊北三縣之間交通一體化加速。",
        "燕郊小鎮也加速融入北京創新網絡。",
    ]


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no article text"):
        read_document(
            write(tmp_path, "blank.html", b"<html><body><script>x</script></body></html>")
        )


# ---------------------------------------------------------------------- DOCX


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("创新促协同 共享“硬科技”")
    document.add_paragraph("本报记者 王昊男 通讯员 李明")
    document.add_paragraph("2023年2月27日")
    document.add_paragraph("9年来，天津持续深化京津冀协同创新。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "经费1200万元"
    document.add_paragraph("（来源：天津日报）")
    document.save(str(path))
    return path


def test_docx_paragraphs_joined_with_newlines(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "article.docx"))
    assert doc.encoding == "docx"
    assert doc.text == (
        "创新促协同 共享“硬科技”\n本报记者 王昊男 通讯员 李明\n2023年2月27日\n"
        "9年来，天津持续深化京津冀协同创新。\n项目\t经费1200万元\n（来源：天津日报）"
    )
    assert doc.title == "创新促协同 共享“硬科技”"
    assert doc.bylines == [Byline("王昊男", "reporter"), Byline("李明", "correspondent")]
    assert doc.date == "2023-02-27"
    assert doc.source == "天津日报"


def test_corrupt_docx_is_refused(tmp_path: Path) -> None:
    random_bytes = random.Random(3).randbytes(4000)
    with pytest.raises(ReadError, match=r"^corrupt \.docx: "):
        read_document(write(tmp_path, "random.docx", random_bytes))
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    with pytest.raises(ReadError, match=r"^corrupt \.docx: "):
        read_document(write(tmp_path, "truncated.docx", whole[: len(whole) // 2]))
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("readme.txt", "not a word document")
    with pytest.raises(ReadError, match=r"^corrupt \.docx: "):
        read_document(other_zip)
    with pytest.raises(ReadError, match="empty file"):
        read_document(write(tmp_path, "zero.docx", b""))


# ------------------------------------------------------------------- listing


def test_iter_article_files_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    for name in [
        "b/2.txt",
        "b/deep/3.HTML",
        "a/1.md",
        "a/skip.xlsx",
        "a/x.docx",
        ".hidden/4.txt",
        "a/.5.txt",
        "a/~$lock.docx",
        "c.htm",
    ]:
        write(tmp_path, name, b"x")
    found = iter_article_files([tmp_path / "b", tmp_path, str(tmp_path / "c.htm")])
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a/1.md", "a/x.docx", "b/2.txt", "b/deep/3.HTML", "c.htm"]
    assert iter_article_files([tmp_path / "missing", tmp_path / "a" / "skip.xlsx"]) == []
    assert all(p.suffix.lower() in SUPPORTED_SUFFIXES for p in found)


# --------------------------------------------------------------------- seeds


def test_seed_titles_and_bylines() -> None:
    docs = {p.name[:3]: read_document(p) for p in sorted(SEEDS.glob("*.txt"))}
    d0, d1, d2, d3 = docs["000"], docs["001"], docs["002"], docs["003"]
    assert d0.title == "創新“候鳥”燕郊筑巢"
    assert d0.byline == "本報記者 曹政"
    assert d0.bylines[:2] == [Byline("曹政", "reporter"), Byline("潘之望", "photographer")]
    assert d0.script == "hant"
    assert d1.title == "创新促协同 共享“硬科技”"
    assert d1.byline == "本报记者 张璐"
    assert d1.bylines[0] == Byline("张璐", "reporter")
    assert Byline("陈璠", "reporter") in d1.bylines  # later articles on the same page
    assert d2.bylines == [] and d2.byline == ""
    assert d2.title.startswith("近年来") and "阅读提示" not in d2.title
    assert d3.byline == "本报记者 张伟"
    assert d3.bylines == [Byline("张伟", "reporter")]
    for doc in docs.values():
        assert doc.encoding == "utf-8"
        assert doc.date is None  # no date is stated in any seed's header
        assert doc.source is None
        assert doc.path is not None and doc.text == doc.path.read_text(encoding="utf-8")


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报记者 曹政", [("曹政", "reporter")]),
        ("■ 本报记者 张璐", [("张璐", "reporter")]),
        ("▶ 本报记者 张伟", [("张伟", "reporter")]),
        ("本報記者 潘之望攝", [("潘之望", "photographer")]),
        ("本报记者 王昊男 通讯员 李某", [("王昊男", "reporter"), ("李某", "correspondent")]),
        ("新华社记者 张三、李四", [("张三", "reporter"), ("李四", "reporter")]),
        ("新華社記者 歐陽明 李四", [("歐陽明", "reporter"), ("李四", "reporter")]),
        ("文/张三 图/李四", [("张三", "reporter"), ("李四", "photographer")]),
        ("本报驻天津记者 王某 北京报道", [("王某", "correspondent")]),
        ("记者 张三 李四 摄", [("张三", "photographer"), ("李四", "photographer")]),
        ("记者:眼神科技是什么时候开始筹备落地雄安的?", None),
        ("北京创新力量奔赴燕郊", None),
        ("他告诉记者，这里很好", None),
    ],
)
def test_parse_byline_line(line: str, expected: list[tuple[str, str]] | None) -> None:
    result = parse_byline_line(line)
    assert (None if result is None else [(b.name, b.role) for b in result]) == expected


def test_traditional_and_simplified_headers_give_same_metadata() -> None:
    simp = "9周年特别报道\n# 燕郊筑巢\n本报记者 曹政\n（2023年2月27日）\n来源：人民日报\n正文。"
    trad = "9周年特別報道\n# 燕郊築巢\n本報記者 曹政\n（2023年2月27日）\n來源:人民日報\n正文。"
    for text, title, source in ((simp, "燕郊筑巢", "人民日报"), (trad, "燕郊築巢", "人民日報")):
        meta = extract_metadata(text)
        assert meta.title == title
        assert meta.bylines == [Byline("曹政", "reporter")]
        assert meta.date == "2023-02-27"
        assert meta.source == source


def test_captions_and_signoffs_inside_paragraphs() -> None:
    text = (
        "标题\n正文开头。\n"
        "图为活动现场。新华社记者 王五 摄\n"
        "新华社北京2月27日电（记者张三、李四）今天，会议召开。\n"
        "协同是针，创新是线。 本报记者 赵六\n"
        "他告诉记者现场拍摄\n"
    )
    assert extract_metadata(text).bylines == [
        Byline("王五", "photographer"),
        Byline("张三", "reporter"),
        Byline("李四", "reporter"),
        Byline("赵六", "reporter"),
    ]


def test_information_line_under_the_title() -> None:
    meta = extract_metadata("燕郊筑巢\n2023-02-27 08:30 作者：张三 编辑：李四\n正文。")
    assert meta.title == "燕郊筑巢"
    assert meta.date == "2023-02-27"
    assert meta.bylines == [Byline("张三", "author"), Byline("李四", "editor")]


def test_masthead_source_and_dates() -> None:
    meta = extract_metadata("《北京日报》2023年02月27日 第5版\n燕郊筑巢\n正文。")
    assert (meta.source, meta.date, meta.title) == ("北京日报", "2023-02-27", "燕郊筑巢")
    assert extract_metadata("《长安十二时辰》热播\n正文。").source is None
    assert extract_metadata("标题\n2023-02\n正文。").date == "2023-02"
    assert extract_metadata("标题\n2023年\n正文。").date == "2023"
    # A date inside the body is not the article's date.
    body = "标题\n" + "据统计，2023年2月27日以来，京津冀三地协同创新不断迈上新台阶，成果丰硕。" * 2
    assert extract_metadata(body).date is None
    assert normalize_date("2023-02-27T08:00:00+08:00") == "2023-02-27"
    assert normalize_date("二〇二三年二月二十七日") == "2023-02-27"
    assert normalize_date("2023/2/30") is None
    assert find_date("发布时间：2023.2.7 08:30") == "2023-02-07"


def test_document_from_text_keeps_text_and_path() -> None:
    text = "京津冀协同发展\r\n本报记者 曹政\r\n正文。"
    doc = document_from_text(text, Path("x.txt"), "gb18030")
    assert doc.text == text
    assert (doc.title, doc.byline, doc.encoding, doc.path) == (
        "京津冀协同发展",
        "本报记者 曹政",
        "gb18030",
        Path("x.txt"),
    )
    assert doc.script == "hans"

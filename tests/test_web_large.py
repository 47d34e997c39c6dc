"""A very large saved web page is read as a stream, within bounded memory.

Pages over ``text.web.LARGE_PAGE`` characters of markup skip trafilatura (whose
copies of the page's tree take gigabytes on a page of tens of MB); the tests
lower the threshold so that a small page takes that path.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import trafilatura

import text.web
from tests.helpers import run_python_child
from text.reader import ReadError, read_document

PARAGRAPH = "京津冀协同创新共同体建设提速，三地科技部门开展联合攻关，第{}段。"


def _page(paragraphs: int, *, wrap: str = "") -> str:
    article = "".join(f"<p>{PARAGRAPH.format(i)}</p>\n" for i in range(paragraphs))
    body = (
        '<nav class="top">首页 | 新闻 | 体育</nav><header>网站头条</header>'
        "<script>var s = '脚本里的字';</script><style>p { color: red }</style>"
        '<div class="main-nav"><ul><li>导航一</li><li>导航二</li></ul></div>'
        "<article><h1>协同创新报道</h1>"
        "<div class='info'>2023-02-27 08:30 来源：人民网</div>"
        f"{article}"
        "<table><tr><td>指标</td><td>数值</td></tr><tr><td>企业</td><td>三千家</td></tr></table>"
        "<p>末段第一行<br>末段第二行</p></article>"
        '<div id="comment_list"><p>网友：说得好。</p></div>'
        "<aside>相关阅读</aside><footer>版权所有</footer>"
    )
    if wrap:
        body = f"<{wrap}>{body}</{wrap.split()[0]}>"
    return (
        "<html><head><meta charset='utf-8'><title>协同创新报道 - 新华网</title>"
        '<meta name="author" content="张三">'
        '<meta property="article:published_time" content="2023-02-26T22:00:00+08:00">'
        '<meta property="og:site_name" content="新华网">'
        f"</head><body>{body}</body></html>"
    )


def _expected(paragraphs: int) -> list[str]:
    return [
        "协同创新报道",
        "2023-02-27 08:30 来源：人民网",
        *(PARAGRAPH.format(i) for i in range(paragraphs)),
        "指标 数值",
        "企业 三千家",
        "末段第一行",
        "末段第二行",
    ]


@pytest.fixture
def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("trafilatura was given a large page")

    monkeypatch.setattr(trafilatura, "bare_extraction", refuse)


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch, no_trafilatura: None) -> None:
    """Pages over 50,000 characters take the stream; trafilatura must not be called."""
    monkeypatch.setattr(text.web, "LARGE_PAGE", 50_000)


def test_a_large_page_reads_the_article_in_order_without_the_rest(
    tmp_path: Path, streamed: None
) -> None:
    path = tmp_path / "large.html"
    path.write_text(_page(20_000), encoding="utf-8")  # about 1.5 MB
    doc = read_document(path)
    assert doc.text.split("\n") == _expected(20_000)
    assert doc.title == "协同创新报道"
    assert doc.date == "2023-02-26"
    assert doc.source == "新华网"
    assert [b.name for b in doc.bylines] == ["张三"]


@pytest.mark.parametrize("wrap", ["form id='form1'", "div class='comments-and-nav'"])
def test_a_block_held_aside_that_holds_the_article_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None, wrap: str
) -> None:
    """A page wrapped whole in a <form> (ASP.NET) or a block named for comments,
    with too few paragraphs to be kept for them."""
    monkeypatch.setattr(text.web, "LARGE_PAGE", 100)
    path = tmp_path / "large.html"
    path.write_text(_page(3, wrap=wrap), encoding="utf-8")
    assert read_document(path).text.split("\n") == _expected(3)


def test_paragraphs_keep_a_block_named_for_comments_without_an_article(
    tmp_path: Path, streamed: None
) -> None:
    paragraphs = [PARAGRAPH.format(i) for i in range(2_000)]
    path = tmp_path / "large.html"
    path.write_text(
        "<html><head><title>协同创新报道</title></head><body>"
        '<div class="comment-area">'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + '<div class="comment"><p>网友：说得好。</p></div></div></body></html>',
        encoding="utf-8",
    )
    assert read_document(path).text.split("\n") == ["协同创新报道", *paragraphs]


def test_a_normal_page_stays_on_trafilatura(tmp_path: Path, streamed: None) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(100), encoding="utf-8")  # under 50,000 characters
    with pytest.raises(AssertionError, match="trafilatura was given"):
        read_document(path)


def test_a_page_of_many_tags_takes_the_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_trafilatura: None
) -> None:
    """Short as it is, a page of tens of thousands of paragraphs keeps trafilatura for minutes."""
    monkeypatch.setattr(text.web, "LARGE_PAGE_TAGS", 1_000)
    path = tmp_path / "many.html"
    page = _page(600)
    assert len(page) < text.web.LARGE_PAGE
    path.write_text(page, encoding="utf-8")
    assert read_document(path).text.split("\n") == _expected(600)


def test_deep_nesting_is_refused_on_the_stream_too(tmp_path: Path, streamed: None) -> None:
    depth = 1_000
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><head><title>只有标题</title></head><body>"
        + "<div>" * depth
        + "".join(f"<p>{PARAGRAPH.format(i)}</p>" for i in range(2_000))
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ReadError, match="could not be read whole"):
        read_document(path)


# A child reads a page of about 25 MB under an address-space limit that
# trafilatura's tree and its copies go past (they peak near 10 times the page).
_CHILD = r"""
import json, resource, sys
from pathlib import Path

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

from text.reader import read_document
import trafilatura, lxml.html  # loaded before the limit is set
limit = status("VmSize") + int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
doc = read_document(Path(sys.argv[1]))
lines = doc.text.split("\n")
print(json.dumps({"lines": len(lines), "first": lines[:2], "last": lines[-1],
                  "peak_rss_mb": status("VmHWM") // 2**20}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc")
def test_a_25_mb_page_is_read_within_bounded_memory(tmp_path: Path) -> None:
    paragraphs = 250_000
    path = tmp_path / "huge.html"
    path.write_text(_page(paragraphs), encoding="utf-8")
    assert 20 * 2**20 < path.stat().st_size < 40 * 2**20
    out = run_python_child(_CHILD, str(path), "400")
    assert out["lines"] == len(_expected(paragraphs))
    assert out["first"] == ["协同创新报道", "2023-02-27 08:30 来源：人民网"]
    assert out["last"] == "末段第二行"
    print(f"peak RSS {out['peak_rss_mb']} MB")

"""Pages of a very long article (text.paging): bounds, offsets to pages, clipping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text.convert import convert
from text.paging import PAGE_SIZE, paginate


def pages_text(text: str, size: int) -> list[str]:
    pages = paginate(text, size)
    return [text[s:e] for s, e in zip(pages.starts, pages.ends, strict=True)]


def test_a_text_that_fits_is_one_page() -> None:
    for text in ("", "短", "京津冀协同发展。\n第二段。" * 10):
        pages = paginate(text)
        assert pages.count == 1 and pages.span(0) == (0, len(text))
        assert pages.page_of(0) == pages.page_of(len(text)) == 0
    assert paginate("x" * PAGE_SIZE).count == 1
    assert paginate("x" * (PAGE_SIZE + 1)).count == 2


def test_pages_are_whole_paragraphs_and_the_line_ends_between_them_are_dropped() -> None:
    paragraphs = [f"第{i}段，" + "创新协同" * (i % 7 + 1) + "。" for i in range(400)]
    text = "\n".join(paragraphs)
    pages = paginate(text, 100)
    assert pages.count > 10
    parts = pages_text(text, 100)
    assert "\n".join(parts) == text  # only the line ends between pages are left out
    for start, end in zip(pages.starts, pages.ends, strict=True):
        assert 0 < end - start <= 100
        assert end == len(text) or text[end] == "\n"
        assert start == 0 or text[start - 1] == "\n"
        assert end - start >= 50 or end == len(text)  # cut in the second half of the window
    assert pages.starts[0] == 0 and pages.ends[-1] == len(text)


def test_windows_line_ends_stay_out_of_pages() -> None:
    text = "\r\n".join("段落" * 20 for _ in range(20))
    for part in pages_text(text, 100):
        assert not part.endswith("\r") and not part.startswith("\n")


def test_without_line_ends_a_page_ends_after_a_sentence_then_after_punctuation() -> None:
    text = "".join(f"第{i}句话说的是创新。" for i in range(100))
    parts = pages_text(text, 64)
    assert "".join(parts) == text
    assert all(p.endswith("。") for p in parts)
    commas = "".join(f"第{i}个，" for i in range(100))
    assert all(p.endswith("，") for p in pages_text(commas, 64)[:-1])
    solid = "创" * 1000
    parts = pages_text(solid, 64)
    assert "".join(parts) == solid and [len(p) for p in parts[:-1]] == [64] * 15


def test_converting_page_by_page_gives_the_converted_article() -> None:
    text = "\n".join(f"第{i}段：程序员在互联网公司写软件，计算机很快。" for i in range(300))
    parts = pages_text(text, 300)
    assert len(parts) > 10
    assert "\n".join(convert(p, "s2twp") for p in parts) == convert(text, "s2twp")


def test_page_of_local_and_clip() -> None:
    text = "\n".join("一二三四五六七八九" for _ in range(10))  # lines of 9, 10 apart
    pages = paginate(text, 20)
    assert [pages.span(i) for i in range(pages.count)] == [
        (0, 19),
        (20, 39),
        (40, 59),
        (60, 79),
        (80, 99),
    ]
    assert pages.page_of(0) == 0 and pages.page_of(18) == 0
    assert pages.page_of(19) == 0  # the line end between two pages counts to the first
    assert pages.page_of(20) == 1 and pages.page_of(99) == 4 and pages.page_of(10**6) == 4
    assert pages.local(1, 25) == 5 and pages.local(1, 50) == 19 and pages.local(1, 3) == 0
    assert pages.clip(1, 22, 24) == (2, 4)
    assert pages.clip(1, 15, 25) == (0, 5)  # a span over the page break is cut
    assert pages.clip(0, 15, 25) == (15, 19)
    assert pages.clip(2, 15, 25) is None and pages.clip(0, 19, 20) is None


def test_no_page_is_empty() -> None:
    assert paginate("\r\nab", 2).span(0) == (0, 1)  # not (0, 0): the "\r" stays


def test_a_page_holds_at_least_two_characters() -> None:
    with pytest.raises(ValueError):
        paginate("abc", 1)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("创新京津冀\n\r。，, "), max_size=400),
    st.integers(min_value=2, max_value=60),
)
def test_every_character_but_page_breaks_is_on_exactly_one_page(text: str, size: int) -> None:
    pages = paginate(text, size)
    covered = [0] * len(text)
    for i in range(pages.count):
        start, end = pages.span(i)
        assert 0 < end - start <= size or pages.count == 1
        for k in range(start, end):
            covered[k] += 1
            assert pages.page_of(k) == i
            assert pages.clip(i, k, k + 1) == (k - start, k - start + 1)
        if i + 1 < pages.count:
            assert text[end : pages.starts[i + 1]] in ("", "\n", "\r\n")
    assert all(c == 1 or text[k] in "\r\n" for k, c in enumerate(covered))

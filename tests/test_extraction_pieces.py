"""A long article is recognised in bounded pieces; its mentions land at the right offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

import db.extraction
from db.articles import insert_article
from db.extraction import extract_library, split_pieces
from db.library import Library
from tests.helpers import SEEDS


def test_pieces_cover_the_text_and_end_at_sentence_ends() -> None:
    text = "北京创新中心成立。" * 50 + "无标点的长段落" * 40 + "结尾。"
    pieces = split_pieces(text, 100)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]
    assert pieces[0][1].endswith("。")
    assert split_pieces("短文。", 100) == [(0, "短文。")]


def test_a_long_article_extracted_in_pieces_keeps_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n".join(p.read_text("utf-8") for p in sorted(SEEDS.iterdir()))
    lib = Library.open(tmp_path / "lib.duizhao")
    with lib.transaction() as conn:
        whole = insert_article(conn, title="整篇", text=text, script="hans")
        cut = insert_article(conn, title="分段", text="。" + text, script="hans")
    extract_library(lib, [whole])
    monkeypatch.setattr(db.extraction, "PIECE", 2000)
    assert len(split_pieces("。" + text)) > 5
    extract_library(lib, [cut])
    rows = lib.conn.execute(
        "SELECT article_id, start, end, text FROM mentions ORDER BY article_id, start"
    ).fetchall()
    texts = {whole: text, cut: "。" + text}
    assert rows and all(texts[a][s:e] == t for a, s, e, t in rows)
    one = {(s, t) for a, s, _, t in rows if a == whole}
    other = {(s - 1, t) for a, s, _, t in rows if a == cut}
    assert len(one & other) >= 0.9 * len(one)  # the same mentions, but near the cuts
    lib.close()

"""Index tokens of a long text are built in blocks, and are the same tokens."""

from __future__ import annotations

import pytest

import db.onechar
import text.tokens
from text.fold import fold
from text.tokens import index_token_bytes, index_tokens


def reference_tokens(folded: str) -> str:
    out: list[str] = []
    for m in text.tokens._UNIT_RE.finditer(folded):
        run = m.group(1)
        if run is None:
            out.append(m.group(2))
            continue
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


SAMPLES = [
    "",
    "创",
    "创新",
    "京津冀协同创新 ABC 2023年 x",
    "长" * 50 + " a b c " + "文" * 9,
]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 65536])
def test_tokens_in_blocks_are_the_tokens(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(text.tokens, "_BLOCK", block)
    for sample in SAMPLES:
        folded = fold(sample)
        assert index_tokens(folded) == reference_tokens(folded), (block, sample)


@pytest.mark.parametrize("block", [1, 2, 3, 7, 65536])
def test_the_bytes_of_the_tokens_are_the_tokens_encoded(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(text.tokens, "_BLOCK", block)
    for sample in SAMPLES:
        folded = fold(sample)
        assert index_token_bytes(folded) == reference_tokens(folded).encode("utf-8"), sample


@pytest.mark.parametrize("piece", [1, 2, 5, 13, 1_000_000])
def test_the_lists_count_bytes_as_they_count_the_string(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    # A long text's tokens are counted a piece at a time, cut at a space.
    monkeypatch.setattr(db.onechar, "_PIECE", piece)
    folded = fold("京津冀协同创新，京津共建。GDP增长京 2023年 北京中关村科技园区" * 3)
    listed = {"京津", "创新"}
    expected = db.onechar.token_stats(reference_tokens(folded), listed)
    assert expected[0]["京"] == 12 and expected[0]["京津"] == 6
    assert db.onechar.token_stats(index_token_bytes(folded), listed) == expected
    assert db.onechar.token_stats(index_tokens(folded), listed) == expected

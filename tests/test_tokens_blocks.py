"""Index tokens of a long text are built in blocks, and are the same tokens."""

from __future__ import annotations

import pytest

import text.tokens
from text.fold import fold
from text.tokens import index_tokens


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


@pytest.mark.parametrize("block", [1, 2, 3, 7, 65536])
def test_tokens_in_blocks_are_the_tokens(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(text.tokens, "_BLOCK", block)
    for sample in [
        "",
        "创",
        "创新",
        "京津冀协同创新 ABC 2023年 x",
        "长" * 50 + " a b c " + "文" * 9,
    ]:
        folded = fold(sample)
        assert index_tokens(folded) == reference_tokens(folded), (block, sample)

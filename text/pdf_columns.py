"""Columns of a PDF page, found in the fixed-width text of pypdf's layout mode.

pypdf's layout mode writes each printed row of a page as one line of text,
every piece at the character cell its position gives; on a two-column page a
row holds the left column's line, a run of blanks (the gutter) and the right
column's line.  Read as it stands, the columns interleave line by line.

``split_columns`` finds such a gutter: a run of at least two blank cells that
no row's text crosses except rows spanning both columns (a heading, a
footer), with text of some width on both sides in at least three rows each.
Rows are then cut at the gutter: each stretch of rows between spanning rows
becomes the left column's lines, then the right column's (each side split
again, for three columns).  Spanning rows stay where they are, so a heading
above the columns is read first.  Pages where no gutter is found (single
column, tables whose cells are short) come back as one block, unchanged.

Bounds: the page's rows must line up on a grid of character cells (what
layout mode produces); columns that change position down the page, or text
flowing around a picture, are read as they are printed, row by row.
"""

from __future__ import annotations

from statistics import median

__all__ = ["split_columns"]

MIN_ROWS = 3  # rows with text on each side of a gutter before it counts
MIN_WIDTH = 8  # median width in cells of a column's lines (table cells are narrower)
GUTTER = 2  # blank cells that make a gutter
_MAX_DEPTH = 3  # columns split again: at most four side by side
# Bounds of the search, which grows with rows x width x width: a page wider than
# MAX_WIDTH cells or larger than MAX_CELLS (rows x cells) is read as printed.  A
# typical page is 60-100 rows of 80-200 cells; text placed far outside its page
# makes rows of many thousands.
MAX_WIDTH = 600
MAX_CELLS = 200_000


def split_columns(rows: list[str]) -> list[list[str]]:
    """The page's rows as blocks in reading order: spanning rows, left column, right column."""
    return _split(rows, 0)


def _split(rows: list[str], depth: int) -> list[list[str]]:
    cut = _gutter(rows) if depth < _MAX_DEPTH else None
    if cut is None:
        return [rows]
    blocks: list[list[str]] = []
    spanning: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush_columns() -> None:
        if any(line.strip() for line in left + right):
            blocks.extend(_split(list(left), depth + 1))
            blocks.extend(_split(_dedent(right), depth + 1))
        left.clear()
        right.clear()

    for number, row in enumerate(rows):
        if _crosses(row, cut) or (spanning and _ends_spanning(rows, number, cut)):
            flush_columns()
            spanning.append(row)
            continue
        if spanning:
            blocks.append(list(spanning))
            spanning.clear()
        left_part, right_part = row[:cut].rstrip(), row[cut:].rstrip()
        # Blank rows say nothing of one column: layout mode puts them where the
        # other column's paragraphs are apart, or between rows of differing
        # baselines.  A column's paragraphs are told apart by their indented
        # first lines and short last lines instead (text.pdf._tidy).
        if left_part.strip():
            left.append(left_part)
        if right_part.strip():
            right.append(right_part)
    flush_columns()
    if spanning:
        blocks.append(spanning)
    return [block for block in blocks if any(line.strip() for line in block)]


def _ends_spanning(rows: list[str], number: int, cut: int) -> bool:
    """A short last line of a spanning paragraph: left text only, then a gap or the end."""
    row = rows[number]
    if not row.strip() or row[cut:].strip():
        return False
    after = rows[number + 1] if number + 1 < len(rows) else ""
    return not after.strip() or _crosses(after, cut)


def _crosses(row: str, cut: int) -> bool:
    """Text on both sides of ``cut`` with no gutter at it (a row spanning the columns)."""
    if not row[:cut].strip() or not row[cut:].strip():
        return False
    return not row[cut - GUTTER + 1 : cut + 1].isspace()


def _gutter(rows: list[str]) -> int | None:
    """The cell where the columns' rows are cut, or None for a page of one column."""
    width = max((len(row) for row in rows), default=0)
    texts = [row for row in rows if row.strip()]
    if len(texts) < 2 * MIN_ROWS or width > MAX_WIDTH or len(texts) * width > MAX_CELLS:
        return None
    # Only cells that at most half the rows print on can be a gutter (the rest
    # would have more rows across than beside it): one pass finds them.
    printed = [0] * (width + 1)
    for row in texts:
        for cell, char in enumerate(row):
            if char != " ":
                printed[cell] += 1
    best: tuple[int, int] | None = None  # (rows with text on the weaker side, cell)
    for cut in range(MIN_WIDTH, width - MIN_WIDTH):
        if 2 * min(printed[cut - 1], printed[cut]) > len(texts):
            continue
        sides = [(row[:cut].rstrip(), row[cut:].strip()) for row in texts if not _crosses(row, cut)]
        lefts = [len(left) for left, _ in sides if left]
        rights = [len(right) for _, right in sides if right]
        support = min(len(lefts), len(rights))
        if support < MIN_ROWS or (best is not None and support <= best[0]):
            continue
        if median(lefts) < MIN_WIDTH or median(rights) < MIN_WIDTH:
            continue
        spanning = len(texts) - len(sides)
        if spanning > support:  # mostly rows across: one column with some short lines
            continue
        best = (support, cut)
    return None if best is None else best[1]


def _dedent(rows: list[str]) -> list[str]:
    """The right column's rows without the blanks before its left edge."""
    margin = min((len(row) - len(row.lstrip(" ")) for row in rows if row.strip()), default=0)
    return [row[margin:] for row in rows]

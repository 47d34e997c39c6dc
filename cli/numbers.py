"""Range-checked numeric arguments: a number the library cannot use is a usage error."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from db.library import SQLITE_MAX_INT


def whole_number(low: int, high: int = SQLITE_MAX_INT) -> Callable[[str], int]:
    """An argparse ``type`` accepting whole numbers from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} is out of range (from {low} to {high})"
            ) from None
        return value

    parse.__name__ = "whole number"
    return parse


def window_size(text: str) -> str:
    """``WxH`` in pixels, width 320 to 16384 and height 240 to 16384 (returned as given)."""
    w, sep, h = text.lower().partition("x")
    try:
        width, height = int(w), int(h)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1400x860") from None
    if not sep or not (320 <= width <= 16384 and 240 <= height <= 16384):
        raise argparse.ArgumentTypeError(
            f"{text} is out of range (width 320 to 16384, height 240 to 16384)"
        )
    return text

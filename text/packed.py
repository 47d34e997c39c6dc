"""Sorted string keys mapped to integers, packed into one string and two arrays.

A ``dict[str, list[int]]`` of 200,000 short keys holds 200,000 key objects,
200,000 lists and their integers: about 40 MB of Python objects for what is a
few MB of data.  ``PackedMap`` keeps the keys in sorted order in one string
with an array of their offsets, and the values of all keys in one array of
unsigned 32-bit integers (each key's values contiguous, in the order given),
so a table of that size takes a few MB.  A key is found by binary search
(about 18 comparisons for 200,000 keys).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping

_LAST = "\U0010ffff"  # after every character: prefix + _LAST ends the keys with that prefix


class _Keys:
    """The sorted keys as a sequence, for ``bisect`` (each key made when read)."""

    def __init__(self, text: str, starts: array) -> None:
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, k: int) -> str:
        return self._text[self._starts[k] : self._starts[k + 1]]


class PackedMap:
    """Keys → tuples of non-negative integers (below 2**32); read-only once made.

    ``pairs`` are ``(key, value)``; a key's values keep the order in which they
    were given.
    """

    def __init__(self, pairs: Iterable[tuple[str, int]] = ()) -> None:
        groups: dict[str, int | list[int]] = {}  # most keys have one value: kept bare
        for key, value in pairs:
            group = groups.get(key)
            if group is None:
                groups[key] = value
            elif isinstance(group, list):
                group.append(value)
            else:
                groups[key] = [group, value]
        self._pack(groups)

    @classmethod
    def from_groups(cls, groups: Mapping[str, Iterable[int]]) -> PackedMap:
        """Each key with its values, in their order (no pair made for each value)."""
        packed = cls.__new__(cls)
        packed._pack(groups)
        return packed

    def _pack(self, groups: Mapping[str, int | Iterable[int]]) -> None:
        keys = sorted(groups)
        key_starts = array("I", [0])
        value_starts = array("I")
        values = array("I")
        length = 0
        for key in keys:
            length += len(key)
            key_starts.append(length)
            value_starts.append(len(values))
            group = groups[key]
            if isinstance(group, int):
                values.append(group)
            else:
                values.extend(group)
        value_starts.append(len(values))
        self._keys = _Keys("".join(keys), key_starts)
        self._value_starts = value_starts
        self._values = values

    def __len__(self) -> int:
        return len(self._keys)

    def _find(self, key: str) -> int:
        k = bisect_left(self._keys, key)
        return k if k < len(self._keys) and self._keys[k] == key else -1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def get(self, key: str) -> tuple[int, ...]:
        """The values of ``key`` in their order (none: an empty tuple)."""
        k = self._find(key)
        if k < 0:
            return ()
        return tuple(self._values[self._value_starts[k] : self._value_starts[k + 1]])

    def longest_key_at(self, text: str, pos: int, max_len: int) -> int:
        """The length of the longest key (at most ``max_len``) that ``text`` holds at
        ``pos``; 0: none.  The keys starting with each longer prefix are a narrower
        run of the sorted keys, so the search stops at the first prefix no key has."""
        keys = self._keys
        lo, hi = 0, len(keys)
        best = 0
        for length in range(1, min(max_len, len(text) - pos) + 1):
            prefix = text[pos : pos + length]
            lo = bisect_left(keys, prefix, lo, hi)
            hi = bisect_left(keys, prefix + _LAST, lo, hi)
            if lo >= hi:
                break
            if keys[lo] == prefix:
                best = length
        return best

    def keys(self) -> list[str]:
        """Every key, sorted (made on demand: for tests and tools, not lookups)."""
        return [self._keys[k] for k in range(len(self._keys))]

    def nbytes(self) -> int:
        """Bytes held by the packed data (the key text and the three arrays)."""
        arrays = (self._keys._starts, self._value_starts, self._values)  # noqa: SLF001
        return sys.getsizeof(self._keys._text) + sum(sys.getsizeof(a) for a in arrays)  # noqa: SLF001

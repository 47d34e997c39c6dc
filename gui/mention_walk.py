"""Walking an article's stops: search hits and mentions of the emphasised entities.

The reader's F3 / Shift+F3 step through *stops*: every hit of the search and
every mention of the entities the user selected (``set_emphasised_entities``),
merged in text order, so a search and an entity filter together visit both
kinds as they come in the text.  A mention that covers exactly the span of a
hit is one stop (searching for 任睿杰 with 任睿杰 selected does not stop twice on
each name).  With only a search the walk is the hits, as before; with only an
entity it is that entity's mentions.

Stops keep offsets into the whole article; stepping to one on another page
turns to that page (``text.paging``), and the converted pane shows the same
stop through the page's span map.  A mention that becomes current is selected
in both panes, so it can be copied with its citation at once.

The reader owns one :class:`MentionWalk`; it keeps which stop is current and
which hit that is (``Reader.current_hit``), labels the position ("mention 2 of
7") and fills the legend shown when hits and mentions are both highlighted.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.mark_legend import MarkLegend
from gui.reader_pane import Mark

if TYPE_CHECKING:
    from gui.reader import Mention, Reader


@dataclass(frozen=True)
class Stop:
    """One place F3 stops at (offsets into the whole article, end exclusive)."""

    start: int
    end: int
    hit: int = -1  # index into the reader's hits; -1 for a mention only
    entity_id: int = 0  # the emphasised entity mentioned here (0: a hit only)

    @property
    def is_mention(self) -> bool:
        return self.entity_id != 0


def walk_stops(
    hits: Sequence[tuple[int, int]], mentions: Iterable[Mention], emphasised: Iterable[int]
) -> list[Stop]:
    """The hits and the emphasised entities' mentions, merged in text order.

    A mention whose span is exactly a hit's joins that hit's stop; two
    emphasised entities mentioned at one span are one stop too.
    """
    wanted = set(emphasised)
    by_span: dict[tuple[int, int], Stop] = {}
    for i, (start, end) in enumerate(hits):
        by_span.setdefault((start, end), Stop(start, end, hit=i))
    for m in mentions:
        if m.entity_id not in wanted:
            continue
        span = (m.start, m.end)
        found = by_span.get(span)
        if found is None:
            by_span[span] = Stop(m.start, m.end, entity_id=m.entity_id)
        elif not found.is_mention:
            by_span[span] = Stop(m.start, m.end, found.hit, m.entity_id)
    return [by_span[span] for span in sorted(by_span)]


class MentionWalk(QObject):
    """The reader's stops, the current one, the position label and the legend."""

    def __init__(self, reader: Reader) -> None:
        super().__init__(reader)
        self.reader = reader
        self.legend = MarkLegend()
        self.current = -1  # index into stops()
        self._stops: list[Stop] = []
        self._hit_stops: list[int] = []  # hit index -> stop index
        self._mentions = 0  # stops that are mentions
        self._named: list[tuple[str, str]] = []  # (name, type) of the emphasised entities here
        self._of: tuple[object, object, frozenset[int]] | None = None

    # -- the stops ---------------------------------------------------------------
    def stops(self) -> list[Stop]:
        """The stops of the article shown (made again when hits, mentions or emphasis change)."""
        r = self.reader
        emphasised = frozenset(r.emphasised)
        of = self._of
        same_hits = of is not None and (of[0] is r.hits or (not of[0] and not r.hits))
        if same_hits and of is not None and of[1] is r.mentions and of[2] == emphasised:
            return self._stops  # (the reader makes a new empty hit list for every repaint)
        before = self._stops[self.current] if 0 <= self.current < len(self._stops) else None
        self._stops = walk_stops(r.hits, r.mentions, emphasised)
        self._of = (r.hits, r.mentions, emphasised)
        index = {(s.start, s.end): i for i, s in enumerate(self._stops)}
        self._hit_stops = [index[span] for span in r.hits]
        self._mentions = sum(1 for s in self._stops if s.is_mention)
        named: dict[int, tuple[str, str]] = {}  # the legend's entities, in text order
        if self._mentions:
            for m in r.mentions:
                if m.entity_id in emphasised and m.entity_id not in named:
                    named[m.entity_id] = (m.name, m.entity_type)
        self._named = list(named.values())
        self.current = self._index_of(before)
        return self._stops

    def _index_of(self, stop: Stop | None) -> int:
        """Where the same place is among the stops (-1: gone)."""
        if stop is None:
            return -1
        i = bisect.bisect_left(self._stops, (stop.start, stop.end), key=lambda s: (s.start, s.end))
        if i < len(self._stops) and (self._stops[i].start, self._stops[i].end) == (
            stop.start,
            stop.end,
        ):
            return i
        return -1

    def current_stop(self) -> Stop | None:
        stops = self.stops()
        return stops[self.current] if 0 <= self.current < len(stops) else None

    @property
    def current_hit(self) -> int:
        """The hit index of the current stop (-1 when it is not a hit, or none is current)."""
        stop = self.current_stop()
        return stop.hit if stop is not None else -1

    def reset(self) -> None:
        self.stops()
        self.current = -1

    def mention_count(self) -> int:
        self.stops()
        return self._mentions

    # -- stepping ------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """To the next (``delta`` 1) or previous (-1) stop, wrapping at either end."""
        n = len(self.stops())
        if n == 0:
            return
        if self.current < 0:
            self.show(0 if delta > 0 else n - 1)
        else:
            self.show((self.current + delta) % n)

    def show_hit(self, index: int) -> None:
        """Make hit ``index`` (of the whole article, wrapping) the current stop."""
        self.stops()
        if self._hit_stops:
            self.show(self._hit_stops[index % len(self._hit_stops)])

    def show_first(self) -> bool:
        """Open at the first stop of the article (False: it has none)."""
        if not self.stops():
            return False
        self.show(0)
        return True

    def show_first_mention(self) -> bool:
        """Scroll to and select the first mention of the emphasised entities (False: none)."""
        first = next((i for i, s in enumerate(self.stops()) if s.is_mention), -1)
        if first < 0:
            return False
        self.show(first)
        return True

    def reshow(self) -> None:
        """Centre the current stop again (after the page was converted anew)."""
        if self.current_stop() is not None:
            self.show(self.current)

    def show(self, index: int) -> None:
        """Make stop ``index`` current: turn to its page, mark it, centre it in both panes."""
        r = self.reader
        stops = self.stops()
        if not stops or r.article is None:
            return
        self.current = index % len(stops)
        stop = stops[self.current]
        page = r.pages.page_of(stop.start)
        if page != r.page:
            r._load_page(page)
        r._apply_marks(keep_current=True)
        conv = r.converted
        assert conv is not None
        span = r.pages.clip(page, stop.start, stop.end) or (r.pages.local(page, stop.start),) * 2
        converted = conv.to_converted(*span)
        r._syncing = True
        try:
            r.original_pane.show_span(span[0])
            r.converted_pane.show_span(converted[0])
            if stop.is_mention:  # selected, ready to copy with its citation
                r.original_pane.setTextCursor(r.original_pane.cursor_for(*span))
                r.converted_pane.setTextCursor(r.converted_pane.cursor_for(*converted))
        finally:
            r._syncing = False

    # -- marks, label and legend -----------------------------------------------------
    def current_mention_marks(self) -> tuple[list[Mark], list[Mark]]:
        """The "current" mark of a current mention on the page shown (original, converted)."""
        r = self.reader
        stop = self.current_stop()
        if stop is None or stop.hit >= 0 or r.converted is None:
            return [], []  # a current hit is marked with the hits
        span = r.pages.clip(r.page, stop.start, stop.end)
        if span is None:
            return [], []
        return [Mark(*span, "current")], [Mark(*r.converted.to_converted(*span), "current")]

    def update_label(self) -> None:
        """The position in the walk, the F3 actions' state and the legend."""
        r = self.reader
        stops = self.stops()
        searching, emphasising = bool(r.terms), bool(r.emphasised)
        shown = self.current + 1 if self.current >= 0 else 0
        n = len(stops)
        if searching and emphasising:
            text = (
                self.tr("{0} of {1} hits and mentions").format(shown, n)
                if n
                else self.tr("no hits or mentions")
            )
        elif emphasising:
            text = self.tr("mention {0} of {1}").format(shown, n) if n else self.tr("no mentions")
        elif searching:
            text = self.tr("hit {0} of {1}").format(shown, n) if n else self.tr("no hits")
        else:
            text = ""
        r.hit_label.setText(text)
        r.next_hit_action.setEnabled(n > 0)
        r.prev_hit_action.setEnabled(n > 0)
        self.legend.set_entries(bool(r.hits), self._named)

"""The reader: an article side by side in its original script and a converted one.

The converted side is produced with ``text.convert_names.reader_conversion``
(a span map, as ``text.convert.convert_with_map`` makes) so that search hits and
entity mentions (offsets into the original) land on the right characters of the
converted text even where a phrase changes length (s2twp: 计算机 → 電腦).  The
names of people, organisations, parks and documents among the mentions keep
their spelling (no regional vocabulary inside them), or take the spelling the
user gave them.  Both panes show the same paragraph: conversion keeps
line ends, so paragraph *n* on one side is paragraph *n* on the other.

A very long article is shown a page at a time (``text.paging``: about 200,000
characters of whole paragraphs), so that opening it converts and lays out one
page, not the whole text.  Hits and mentions keep offsets into the whole
article; each page shows the ones on it, and stepping to a hit on another page
turns to that page.  An article that fits on one page is shown as a whole.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.articles import Article
from db.query import Term
from db.search import find_hits
from gui import plain, qtcompat  # noqa: F401  (qtcompat guards None's reference count)
from gui.article_warnings import ArticleWarnings
from gui.citation import article_citation, copied_text
from gui.dictionary_popup import DictionaryPopup
from gui.highlights import Highlights
from gui.mention_walk import MentionWalk
from gui.page_bar import PageBar
from gui.reader_pane import Mark, ReaderPane
from gui.uncertain_bar import PaneLabels, UncertainBar, pane_titles, uncertain_marks
from text.convert import Converted, default_config, target_script
from text.convert_marked import Uncertain
from text.convert_names import PROTECTED_TYPES, ChainedConversion, Name, reader_conversion
from text.fold import fold
from text.paging import PAGE_SIZE, Pages, paginate

AUTO = "auto"
TARGETS = ("t2s", "s2t", "s2tw", "s2twp", "s2hk")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity_id: int
    entity_type: str
    name: str
    # The spellings the user gave the entity's name (db.curation.respell), if any.
    hans: str | None = None
    hant: str | None = None


def _field(obj: object, *names: str) -> object:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return None


def mentions_from(rows: Iterable[object]) -> list[Mention]:
    """Mentions from whatever ``db.entities.article_mentions`` returns (rows or objects)."""
    out = []
    for row in rows:
        start = _field(row, "start", "begin", "offset")
        end = _field(row, "end", "stop")
        entity_id = _field(row, "entity_id", "entity")
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        etype = _field(row, "type", "entity_type", "kind", "label") or ""
        name = _field(row, "name", "entity_name", "text", "surface") or ""
        hans, hant = _field(row, "spelling_hans"), _field(row, "spelling_hant")
        out.append(
            Mention(
                start,
                end,
                int(entity_id or 0),  # type: ignore[call-overload]
                str(etype),
                str(name),
                hans if isinstance(hans, str) else None,
                hant if isinstance(hant, str) else None,
            )
        )
    return out


def conversion_for(
    original: str, script: str, config: str, names: Sequence[Name] = ()
) -> Converted | ChainedConversion:
    """The text to show beside ``original`` for the chosen conversion ``config``
    (``text.convert_names.reader_conversion``: names keep their spelling)."""
    if config == AUTO:
        config = default_config(script)
    return reader_conversion(original, script, config, names)[0]


class Reader(QWidget):
    mentionClicked = Signal(int)
    conversionChanged = Signal(str)
    zoomChanged = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.article: Article | None = None
        self.converted: Converted | ChainedConversion | None = None  # of the page shown
        self.page_size = PAGE_SIZE
        self.pages: Pages = paginate("")
        self.page = 0
        self._hits_of: tuple[object, list[Term]] | None = None  # (article, terms) of self.hits
        self.terms: list[Term] = []
        self._keep_mentions([])
        self._names_shown: list[Name] = []  # the names kept as spelt on the page shown
        self.emphasised: set[int] = set()
        # entity id -> (mentions, articles) in the whole library, for tooltips
        self.library_counts: dict[int, tuple[int, int]] = {}
        self.hits: list[tuple[int, int]] = []
        self.walk = MentionWalk(self)  # F3 through hits and emphasised mentions
        self.swapped = False
        self.zoom = 0
        self._syncing = False

        self.original_pane = ReaderPane("original")
        self.converted_pane = ReaderPane("converted")
        self.dictionary_popup = DictionaryPopup(self, (self.original_pane, self.converted_pane))
        # Uncertain conversions on the page shown (offsets into the converted pane's text).
        self.uncertain: list[Uncertain] = []
        self.uncertain_bar = UncertainBar()
        self.uncertain_bar.stepped.connect(self._show_uncertain)
        self.uncertain_bar.pageWanted.connect(self._uncertain_on_page)
        self.pane_labels = PaneLabels()
        self.title_label = plain.label()
        self.title_label.setObjectName("articleTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.meta_label = plain.label()
        self.import_warnings = ArticleWarnings()
        self.meta_label.setObjectName("articleMeta")
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conversion_label = plain.label()
        self.conversion = QComboBox()
        # the choice's full name is in the pane label below: the box may cut it short
        self.conversion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.conversion.setMinimumContentsLength(12)
        self.conversion.setObjectName("conversion")
        self.conversion_label.setBuddy(self.conversion)
        self.swap_button = QToolButton()
        self.swap_button.setObjectName("swap")
        self.prev_button = QToolButton()
        self.next_button = QToolButton()
        self.hit_label = plain.label()
        self.hit_label.setObjectName("hitCount")
        self.page_bar = PageBar(self)
        self.page_bar.pageRequested.connect(self.show_page)
        self.addActions([self.page_bar.previous_action, self.page_bar.next_action])

        self.copy_citation_action = QAction(self)
        self.copy_citation_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_citation_action.triggered.connect(self.copy_with_citation)
        self.next_hit_action = QAction(self)
        self.next_hit_action.setShortcut(QKeySequence("F3"))
        self.next_hit_action.triggered.connect(self.next_hit)
        self.prev_hit_action = QAction(self)
        self.prev_hit_action.setShortcut(QKeySequence("Shift+F3"))
        self.prev_hit_action.triggered.connect(self.previous_hit)
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_in_action.triggered.connect(lambda: self.set_zoom(self.zoom + 1))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_out_action.triggered.connect(lambda: self.set_zoom(self.zoom - 1))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(0))
        self.prev_button.setDefaultAction(self.prev_hit_action)
        self.next_button.setDefaultAction(self.next_hit_action)
        self.swap_button.clicked.connect(self.swap_sides)

        self.highlights = Highlights(self)  # stored highlights and notes; their actions
        self.highlights.marksChanged.connect(lambda: self._apply_marks(keep_current=True))
        self.addActions(self.highlights.actions())
        for pane in (self.original_pane, self.converted_pane):
            pane.citation_action = self.copy_citation_action
            pane.extra_actions = self.highlights.actions()
            pane.mentionClicked.connect(self.mentionClicked)
            pane.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync_scroll(p))
            pane.setTabChangesFocus(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.conversion_label)
        bar.addWidget(self.conversion)
        bar.addWidget(self.swap_button)
        bar.addStretch(1)
        bar.addWidget(self.page_bar)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.hit_label)
        bar.addWidget(self.next_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.original_pane)
        self.splitter.addWidget(self.converted_pane)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        meta_row = QHBoxLayout()
        meta_row.setContentsMargins(0, 0, 0, 0)
        # a long byline is cut at the panel's edge rather than widening the window
        self.meta_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        meta_row.addWidget(self.meta_label, 1)
        meta_row.addWidget(self.walk.legend)  # which colour is a hit, which an entity
        meta_row.addWidget(self.uncertain_bar)  # the count of uncertain conversions
        layout.addLayout(meta_row)
        layout.addWidget(self.import_warnings)  # pages the file lacked (a scanned PDF's)
        layout.addLayout(bar)
        layout.addWidget(self.pane_labels)
        layout.addWidget(self.splitter, 1)
        self.splitter.splitterMoved.connect(
            lambda *_: self.pane_labels.set_sizes(self.splitter.sizes())
        )
        self.conversion.currentIndexChanged.connect(self._conversion_picked)
        self.retranslate()
        self._update_hit_label()

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            AUTO: self.tr("Automatic (the other script)"),
            "t2s": "大陆简体",
            "s2t": "繁體",
            "s2tw": "台灣正體",
            "s2twp": "台灣用語",
            "s2hk": "香港繁體",
        }
        current = self.current_conversion()
        self.conversion.blockSignals(True)
        self.conversion.clear()
        for key in (AUTO, *TARGETS):
            self.conversion.addItem(names[key], key)
        index = self.conversion.findData(current)
        self.conversion.setCurrentIndex(max(0, index))
        self.conversion.blockSignals(False)
        self.conversion_label.setText(self.tr("&Conversion:"))
        self.conversion.setToolTip(
            self.tr(
                "How the second pane is converted from the original.\n"
                "Automatic shows the other script: Simplified for a Traditional article, "
                "Traditional for a Simplified one.\n"
                "A Simplified article is converted directly to the chosen variant; for a "
                "Traditional article and a Traditional variant (Taiwan, Hong Kong) the text "
                "is first made Simplified, then converted, so the variant's own characters "
                "and phrases show."
            )
        )
        self.swap_button.setText(self.tr("Swap sides"))
        self.swap_button.setToolTip(self.tr("Show the original on the other side"))
        self.copy_citation_action.setText(self.tr("Copy with citation"))
        self.next_hit_action.setText(self.tr("Next hit or mention"))
        self.next_hit_action.setToolTip(self.tr("Next hit or mention (F3)"))
        self.prev_hit_action.setText(self.tr("Previous hit or mention"))
        self.prev_hit_action.setToolTip(self.tr("Previous hit or mention (Shift+F3)"))
        self.next_hit_action.setIconText(self.tr("Next"))  # the buttons beside "hit 2 of 9"
        self.prev_hit_action.setIconText(self.tr("Previous"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_reset_action.setText(self.tr("Actual size"))
        self.page_bar.retranslate()
        self.uncertain_bar.retranslate()
        self.highlights.retranslate()
        self._update_hit_label()
        self._update_meta()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- article -----------------------------------------------------------------
    def set_article(
        self,
        article: Article | None,
        terms: Sequence[Term] = (),
        mentions: Sequence[Mention] = (),
        library_counts: dict[int, tuple[int, int]] | None = None,
    ) -> None:
        self.article = article
        self.library_counts = dict(library_counts or {})
        self.terms = list(terms)
        self._keep_mentions(mentions)
        self.highlights.load(article)
        self._render()

    def set_terms(self, terms: Sequence[Term]) -> None:
        self.terms = list(terms)
        self._apply_marks(keep_current=False)

    def set_mentions(self, mentions: Sequence[Mention]) -> None:
        self._keep_mentions(mentions)
        shown = self.article is not None and self.page >= 0
        if shown and self._page_names(self.page) != self._names_shown:
            self._load_page(self.page)  # a name or its spelling changed: convert again
        self._apply_marks(keep_current=True)

    def _keep_mentions(self, mentions: Sequence[Mention]) -> None:
        """Keep the mentions in text order, with what finding a page's mentions needs."""
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._longest_mention = max((m.end - m.start for m in self.mentions), default=0)
        self._mention_counts = Counter(m.entity_id for m in self.mentions)

    def _mentions_on_page(self, page: int | None = None) -> list[Mention]:
        if self.pages.count == 1:
            return self.mentions
        start, end = self.pages.span(self.page if page is None else page)
        starts = self._mention_starts
        first = bisect.bisect_left(starts, start - self._longest_mention)
        return self.mentions[first : bisect.bisect_left(starts, end)]

    def _page_names(self, page: int) -> list[Name]:
        """The names on ``page`` that keep their spelling (offsets into the page)."""
        out = []
        for m in self._mentions_on_page(page):
            span = self.pages.clip(page, m.start, m.end)
            if span is not None and m.entity_type in PROTECTED_TYPES:
                out.append(Name(*span, m.hans, m.hant))
        return out

    def set_emphasised_entities(self, ids: Iterable[int]) -> None:
        self.emphasised = set(ids)
        self._apply_marks(keep_current=True)

    def current_conversion(self) -> str:
        data = self.conversion.currentData()
        return str(data) if data else AUTO

    def set_conversion(self, config: str) -> None:
        index = self.conversion.findData(config)
        if index >= 0:
            self.conversion.setCurrentIndex(index)

    def effective_conversion(self) -> str:
        config = self.current_conversion()
        if config == AUTO and self.article is not None:
            return default_config(self.article.script)
        return config

    def _conversion_picked(self, _index: int) -> None:
        if self.article is not None and self.pages.count > 1:
            self._load_page(self.page)  # the same page, converted again
            self._apply_marks(keep_current=True)
            self.walk.reshow()
        else:
            self._render()
        self.conversionChanged.emit(self.current_conversion())

    def _update_meta(self) -> None:
        a = self.article
        self.import_warnings.set_warnings(a.warnings if a is not None else ())
        if a is None:
            self.title_label.setText(self.tr("No article open"))
            self.meta_label.setText("")
            self.pane_labels.set_titles("", "")
            return
        config = self.effective_conversion()
        chained = target_script(config) == "hant" and a.script == "hant"
        self.pane_labels.set_titles(*pane_titles(a.script, config, chained))
        self.title_label.setText(a.title)
        parts = [p for p in (a.date, a.source, a.byline) if p]
        parts.append(a.uid)
        self.meta_label.setText("  ·  ".join(parts))

    def _render(self) -> None:
        """Show the article from its first page (or the page of its first hit)."""
        self._update_meta()
        a = self.article
        self.pages = paginate(a.text if a is not None else "", self.page_size)
        self.page = -1
        if a is None:
            self.converted = None
            self.original_pane.set_text("")
            self.converted_pane.set_text("")
            self.uncertain = []
            self.uncertain_bar.set_spans([])
            self.hits = []
            self.walk.reset()
            self.page_bar.set_page(0, 1)
            self._update_hit_label()
            return
        self._find_hits()
        self.walk.reset()
        if not self.walk.show_first():  # the first hit or emphasised mention
            self.show_page(0)

    def _load_page(self, page: int) -> None:
        """Convert and show one page of the article (both panes), without marks."""
        a = self.article
        assert a is not None
        self.page = page
        start, end = self.pages.span(page)
        text = a.text if (start, end) == (0, len(a.text)) else a.text[start:end]
        self._names_shown = self._page_names(page)
        self.converted, marked = reader_conversion(
            text, a.script, self.effective_conversion(), self._names_shown
        )
        self.uncertain = list(marked.uncertain)
        self.uncertain_bar.set_spans(self.uncertain, paged=self.pages.count > 1)
        self.original_pane.set_text(text)
        self.converted_pane.set_text(self.converted.text)
        self._update_meta()
        self.page_bar.set_page(page, self.pages.count)

    def show_page(self, page: int) -> None:
        """Turn to ``page`` (0-based) of the article, at its top; hits and mentions stay."""
        if self.article is None or not 0 <= page < self.pages.count:
            return
        if page != self.page:
            self._load_page(page)
        self._apply_marks(keep_current=True)

    def page_text(self) -> str:
        """The original text of the page shown."""
        return self.original_pane.text()

    def _find_hits(self) -> None:
        """The hits of the terms in the whole article (computed once per article and terms)."""
        a = self.article
        if a is None or not self.terms:
            self.hits, self._hits_of = [], None
            return
        if self._hits_of is not None and self._hits_of[0] is a and self._hits_of[1] == self.terms:
            return
        self.hits = find_hits(fold(a.text), self.terms)
        self._hits_of = (a, list(self.terms))

    def type_name(self, entity_type: str) -> str:
        """The translated name of one entity type, as a mention's tooltip shows it."""
        names = {
            "person": self.tr("Person"),
            "organization": self.tr("Organisation"),
            "place": self.tr("Place"),
            "park": self.tr("Park or zone"),
            "document": self.tr("Document"),
            "figure": self.tr("Figure"),
            "date": self.tr("Date"),
        }
        return names.get(entity_type, entity_type)

    def _apply_marks(self, *, keep_current: bool) -> None:
        """Highlight the hits and mentions on the page shown (page offsets in both panes)."""
        a, conv = self.article, self.converted
        if a is None or conv is None:
            return
        self._find_hits()
        if not keep_current:
            self.walk.reset()
        counts = self._mention_counts
        left: list[Mark] = []
        right: list[Mark] = []
        page, pages = self.page, self.pages
        for m in self._mentions_on_page():
            span = pages.clip(page, m.start, m.end)
            if span is None:
                continue
            tip = self.tr("{name}\n{type} · {n} mention(s) in this article").format(
                name=m.name, type=self.type_name(m.entity_type), n=counts[m.entity_id]
            )
            if m.entity_id in self.library_counts:
                total, articles = self.library_counts[m.entity_id]
                tip += "\n" + self.tr("{0} mention(s) in {1} article(s) of the library").format(
                    total, articles
                )
            emph = m.entity_id in self.emphasised
            s, e = span
            left.append(Mark(s, e, "mention", m.entity_id, m.entity_type, tip, emph))
            cs, ce = conv.to_converted(s, e)
            right.append(Mark(cs, ce, "mention", m.entity_id, m.entity_type, tip, emph))
        first, last = self._hits_on_page()
        current = self.current_hit
        for i in range(first, last):
            span = pages.clip(page, *self.hits[i])
            if span is None:
                continue
            kind = "current" if i == current else "hit"
            left.append(Mark(*span, kind))
            cs, ce = conv.to_converted(*span)
            right.append(Mark(cs, ce, kind))
        current_left, current_right = self.walk.current_mention_marks()
        left += current_left
        right += current_right
        right.extend(uncertain_marks(self.uncertain))
        kept = self.highlights.marks()
        left.extend(kept[0])
        right.extend(kept[1])
        self.original_pane.set_marks(left)
        self.converted_pane.set_marks(right)
        self._update_hit_label()

    # -- hits ------------------------------------------------------------------
    def _hits_on_page(self) -> tuple[int, int]:
        """The range of indices into ``self.hits`` of the hits that touch the page shown."""
        if self.pages.count == 1:
            return 0, len(self.hits)
        start, end = self.pages.span(self.page)
        first = bisect.bisect_left(self.hits, (start, start))
        while first > 0 and self.hits[first - 1][1] > start:  # a hit from the page before
            first -= 1
        return first, bisect.bisect_left(self.hits, (end, end))

    @property
    def current_hit(self) -> int:
        """The index of the current hit in ``hits`` (-1: none, or a mention is current)."""
        return self.walk.current_hit

    def show_hit(self, index: int) -> None:
        """Make hit ``index`` (of the whole article) current: turn to its page, centre it."""
        self.walk.show_hit(index)

    def show_first_mention(self) -> bool:
        """Scroll to and select the first mention of the emphasised entities (False: none)."""
        return self.walk.show_first_mention()

    def next_hit(self) -> None:
        """The next hit or emphasised mention (F3), in text order."""
        self.walk.step(1)

    def previous_hit(self) -> None:
        self.walk.step(-1)

    def current_hit_texts(self) -> tuple[str, str] | None:
        """The current hit as shown in the original and the converted pane."""
        if not 0 <= self.current_hit < len(self.hits) or self.converted is None:
            return None
        span = self.pages.clip(self.page, *self.hits[self.current_hit])
        if span is None:
            return None
        s, e = span
        cs, ce = self.converted.to_converted(s, e)
        return self.original_pane.text()[s:e], self.converted_pane.text()[cs:ce]

    def _update_hit_label(self) -> None:
        self.walk.update_label()

    # -- layout ------------------------------------------------------------------
    def view_actions(self) -> list[QAction | None]:
        """The actions of the View menu (None: a separator)."""
        bar = self.page_bar
        zoom = [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]
        return [*zoom, None, bar.previous_action, bar.next_action]

    def left_pane(self) -> ReaderPane:
        widget = self.splitter.widget(0)
        assert isinstance(widget, ReaderPane)
        return widget

    def swap_sides(self) -> None:
        sizes = self.splitter.sizes()
        first = self.splitter.widget(0)
        self.splitter.insertWidget(1, first)  # moves the left pane to the right
        self.splitter.setSizes(list(reversed(sizes)))
        self.swapped = not self.swapped
        self.pane_labels.set_swapped(self.swapped)
        self.pane_labels.set_sizes(self.splitter.sizes())

    def _uncertain_on_page(self, delta: int) -> None:
        """Step to the first uncertain conversion of a following page (or the last of one
        before), skipping pages that have none; at either end of the article it stays."""
        start, current = self.page, self.uncertain_bar.current
        page = start + delta
        while 0 <= page < self.pages.count:
            self.show_page(page)
            if self.uncertain_bar.enter(delta):
                return
            page += delta
        if self.page != start:  # none further on: back to where the reader was
            self.show_page(start)
            if current >= 0:
                self.uncertain_bar.current = current - delta
                self.uncertain_bar.step(delta)

    def _show_uncertain(self, start: int, end: int) -> None:
        """Select one uncertain conversion in the converted pane and scroll to it."""
        pane = self.converted_pane
        pane.show_span(start)
        pane.setTextCursor(pane.cursor_for(start, end))

    def set_swapped(self, swapped: bool) -> None:
        if swapped != self.swapped:
            self.swap_sides()

    def set_zoom(self, steps: int) -> None:
        steps = max(-8, min(20, steps))
        for pane in (self.original_pane, self.converted_pane):
            font = pane.font()
            base = QGuiApplication.font().pointSizeF()
            font.setPointSizeF(max(4.0, base + steps))
            pane.setFont(font)
        changed = steps != self.zoom
        self.zoom = steps
        if changed:
            self.zoomChanged.emit(steps)

    def _sync_scroll(self, source: ReaderPane) -> None:
        if self._syncing:
            return
        other = self.converted_pane if source is self.original_pane else self.original_pane
        self._syncing = True
        try:
            block, fraction = source.first_block()
            other.scroll_to_block(block, fraction)
        finally:
            self._syncing = False

    # -- copying -------------------------------------------------------------------
    def citation(self) -> str:
        return "" if self.article is None else article_citation(self.article)

    def copy_with_citation(self) -> str:
        """Put the selected passage (focused pane first), its whole paragraph as that pane
        shows it and the article's citation on the clipboard."""
        found = self.highlights.focused_selection()
        if self.article is None or found is None:
            self.message.emit(self.tr("Select some text to copy with its citation"))
            return ""
        pane, start, end = found
        payload = copied_text(self.article, pane.text(), start, end)
        QGuiApplication.clipboard().setText(payload)
        self.message.emit(self.tr("Copied with citation"))
        return payload

"""The reader's uncertain conversions: the count, stepping through them, and pane labels.

The spans come from ``text.convert_names.reader_conversion`` (``text.convert_marked``
inside; the reader holds no logic of its own about which characters are uncertain).  ``UncertainBar`` shows "3 uncertain
conversions" with buttons to step to the previous and next one; ``PaneLabels`` names
the two panes: the original (and its script) and the conversion that made the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from gui import plain
from gui.reader_pane import Mark
from text.convert import CONFIGS
from text.convert_marked import Uncertain


def uncertain_marks(spans: Sequence[Uncertain]) -> list[Mark]:
    """Marks for the converted pane, each with its alternatives as the tooltip."""
    choice = QCoreApplication.translate(
        "UncertainBar",
        "Uncertain conversion: {0}\nOther forms: {1}\nNo phrase settled this choice.",
    )
    regional = QCoreApplication.translate(
        "UncertainBar",
        "Uncertain conversion: {0}\nOther forms: {1}\n"
        "This is OpenCC's standard form; regional standards (Taiwan, Hong Kong) may write "
        "it differently.",
    )
    marks = []
    for u in spans:
        others = " ".join(a for a in u.alternatives if a != u.text)
        tip = (regional if u.regional else choice).format(u.text, others)
        marks.append(Mark(u.start, u.end, "uncertain", tooltip=tip))
    return marks


class UncertainBar(QWidget):
    """ "N uncertain conversions" and ◀ ▶ to step through them.

    The spans are those of the page shown; on a paged article stepping past the first
    or last one asks for the neighbouring page (``pageWanted``), whose spans the
    reader then sets with ``enter``.
    """

    stepped = Signal(int, int)  # start, end of the span stepped to (converted text)
    pageWanted = Signal(int)  # -1: the page before, 1: the page after

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainBar")
        self.label = plain.label()
        self.label.setObjectName("uncertainCount")
        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        self.spans: list[Uncertain] = []
        self.current = -1
        self.paged = False
        self.retranslate()

    def set_spans(self, spans: Sequence[Uncertain], *, paged: bool = False) -> None:
        self.spans = list(spans)
        self.current = -1
        self.paged = paged
        self.retranslate()

    def step(self, delta: int) -> None:
        n = len(self.spans)
        target = self.current + delta if self.current >= 0 or delta > 0 else n - 1
        if self.paged and not 0 <= target < n:
            self.pageWanted.emit(1 if delta > 0 else -1)
            return
        if not n:
            return
        self.current = target % n
        u = self.spans[self.current]
        self.retranslate()
        self.stepped.emit(u.start, u.end)

    def enter(self, delta: int) -> bool:
        """Step to the first (``delta`` > 0) or last span of newly set spans; False if none."""
        if not self.spans:
            return False
        self.current = -1 if delta > 0 else len(self.spans)
        self.current = (self.current + delta) % len(self.spans)
        u = self.spans[self.current]
        self.retranslate()
        self.stepped.emit(u.start, u.end)
        return True

    def retranslate(self) -> None:
        n = len(self.spans)
        if n == 0:
            text = self.tr("no uncertain conversions")
        elif n == 1:
            text = self.tr("1 uncertain conversion")
        else:
            text = self.tr("{0} uncertain conversions").format(n)
        if n and self.paged:
            text += " " + self.tr("on this page")
        if 0 <= self.current < n:
            text = self.tr("{0} of {1}").format(self.current + 1, text)
        self.label.setText(text)
        self.label.setToolTip(
            plain.tooltip(
                self.tr(
                    "Characters with several forms in the other script where no phrase of "
                    "the conversion's dictionaries settled the choice: the conversion wrote "
                    "its first form. They are underlined in grey in the converted pane; "
                    "hover over one to see the other forms."
                )
            )
        )
        self.prev_button.setToolTip(self.tr("Previous uncertain conversion"))
        self.next_button.setToolTip(self.tr("Next uncertain conversion"))
        for b in (self.prev_button, self.next_button):
            b.setEnabled(n > 0 or self.paged)


def pane_titles(script: str, config: str, chained: bool) -> tuple[str, str]:
    """Titles of the original and the converted pane."""
    names = {
        "hans": QCoreApplication.translate("UncertainBar", "Simplified"),
        "hant": QCoreApplication.translate("UncertainBar", "Traditional"),
        "mixed": QCoreApplication.translate("UncertainBar", "mixed scripts"),
    }
    original = QCoreApplication.translate("UncertainBar", "Original")
    if script in names:
        original = QCoreApplication.translate("UncertainBar", "Original ({0})").format(
            names[script]
        )
    description = CONFIGS.get(config, config)
    if chained:
        converted = QCoreApplication.translate(
            "UncertainBar", "Converted by OpenCC t2s, then {0} ({1})"
        ).format(config, description)
    else:
        converted = QCoreApplication.translate(
            "UncertainBar", "Converted by OpenCC {0} ({1})"
        ).format(config, description)
    return original, converted


class PaneLabels(QWidget):
    """A label over each pane, kept over its pane when the sides are swapped.

    The labels never widen the window: a long one is cut, its full text is its tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original_label: QLabel = plain.label()
        self.original_label.setObjectName("originalPaneLabel")
        self.converted_label: QLabel = plain.label()
        self.converted_label.setObjectName("convertedPaneLabel")
        for label in (self.original_label, self.converted_label):
            label.setStyleSheet("color: palette(dark);")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(2, 0, 2, 0)
        self._layout.addWidget(self.original_label, 1)
        self._layout.addWidget(self.converted_label, 1)

    def set_titles(self, original: str, converted: str) -> None:
        self.original_label.setText(original)
        self.converted_label.setText(converted)
        self.original_label.setToolTip(plain.tooltip(original))
        self.converted_label.setToolTip(plain.tooltip(converted))

    def set_swapped(self, swapped: bool) -> None:
        first = self.converted_label if swapped else self.original_label
        if self._layout.itemAt(0).widget() is not first:
            self._layout.removeWidget(first)
            self._layout.insertWidget(0, first, 1)

    def set_sizes(self, sizes: Sequence[int]) -> None:
        """Follow the splitter: each label as wide as the pane under it."""
        if len(sizes) == 2 and sum(sizes) > 0:
            for i, size in enumerate(sizes):
                self._layout.setStretch(i, max(1, size))

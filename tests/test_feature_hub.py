from __future__ import annotations

from db.changes import ARTICLES_ADDED, NOTES_CHANGED, Change
from gui.feature import Feature, FeatureHub


class Recorder:
    def __init__(self) -> None:
        self.libs: list[object] = []
        self.changes: list[Change] = []
        self.retranslated = 0

    def set_library(self, lib: object) -> None:
        self.libs.append(lib)

    def on_change(self, change: Change) -> None:
        self.changes.append(change)

    def retranslate(self) -> None:
        self.retranslated += 1


def test_change_union_and_empty() -> None:
    both = NOTES_CHANGED | Change(article_ids=frozenset({3}), articles=True)
    assert both.notes and both.articles and not both.entities
    assert both.article_ids == frozenset({3})
    assert Change().empty and not both.empty
    assert ARTICLES_ADDED.touches_entities() and not NOTES_CHANGED.touches_articles()


def test_hub_delivers_to_every_feature(qtbot) -> None:
    hub = FeatureHub()
    first, second = Recorder(), Recorder()
    assert isinstance(first, Feature)
    hub.register(first)
    hub.set_library("lib")
    hub.register(second)  # a late feature is told the open library at once
    assert first.libs == [None, "lib"] and second.libs == ["lib"]
    hub.announce(Change())  # nothing changed: nobody is disturbed
    hub.announce(NOTES_CHANGED)
    assert first.changes == [NOTES_CHANGED] and second.changes == [NOTES_CHANGED]
    hub.retranslate()
    assert first.retranslated == second.retranslated == 1

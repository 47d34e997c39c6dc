"""What a write changed in a library, as one Qt-free record.

Writers in ``db/`` (import, extraction, curation, notes, saved searches,
repair) describe what they changed with a :class:`Change`; the window hands
the record to every panel through one signal, and each panel decides for
itself whether to reload.  A new view therefore adds nothing to the code that
made the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    articles: bool = False  # articles added, removed or their text/metadata changed
    entities: bool = False  # entities, mentions or their counts changed
    notes: bool = False  # notes or highlights changed
    saved: bool = False  # saved searches changed
    library: bool = False  # the whole library was replaced (opened, repaired)
    article_ids: frozenset[int] = field(default_factory=frozenset)  # when known

    def __or__(self, other: Change) -> Change:
        return Change(
            articles=self.articles or other.articles,
            entities=self.entities or other.entities,
            notes=self.notes or other.notes,
            saved=self.saved or other.saved,
            library=self.library or other.library,
            article_ids=self.article_ids | other.article_ids,
        )

    @property
    def empty(self) -> bool:
        return not (self.articles or self.entities or self.notes or self.saved or self.library)

    def touches_articles(self) -> bool:
        return self.articles or self.library

    def touches_entities(self) -> bool:
        return self.entities or self.library


LIBRARY_REPLACED = Change(library=True)
ARTICLES_ADDED = Change(articles=True, entities=True)
ENTITIES_CHANGED = Change(entities=True)
NOTES_CHANGED = Change(notes=True)
SAVED_CHANGED = Change(saved=True)

"""Entity recognition: persons, organizations, places and parks (CRF + gazetteer)."""

from text.ner.recognizer import NER_TYPES, Recognizer, Span, default_recognizer, to_msra

__all__ = ["NER_TYPES", "Recognizer", "Span", "default_recognizer", "to_msra"]

"""What the window remembers between runs, on top of QSettings.

The ``Settings`` object is created by the application (or by a test, pointed at
an INI file in a temporary folder) and passed to the window: nothing reads a
global settings object.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
MAX_HISTORY = 50
CONVERSIONS = ("t2s", "s2t", "s2tw", "s2twp", "s2hk")
LANGUAGES = ("system", "zh_CN", "zh_TW", "en")


IMPORT_MAX_MB_LIMIT = 4096


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in an INI file (tests, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- generic -----------------------------------------------------------
    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int = 0) -> int:
        try:
            return int(self.q.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _list(self, key: str) -> list[str]:
        value = self.q.value(key, [])
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]  # type: ignore[union-attr]

    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set(self, key: str, value: object) -> None:
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()

    # -- named values ------------------------------------------------------
    @property
    def conversion(self) -> str:
        value = self._str("reader/conversion", "auto")
        return value if value in CONVERSIONS else "auto"

    @conversion.setter
    def conversion(self, value: str) -> None:
        self.set("reader/conversion", value)

    @property
    def zoom(self) -> int:
        return max(-8, min(20, self._int("reader/zoom", 0)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.set("reader/zoom", value)

    @property
    def import_max_mb(self) -> int:
        """Files larger than this many megabytes are reported by an import, not read."""
        return max(1, min(IMPORT_MAX_MB_LIMIT, self._int("import/max_mb", 64)))

    @import_max_mb.setter
    def import_max_mb(self, value: int) -> None:
        self.set("import/max_mb", int(value))

    @property
    def language(self) -> str:
        value = self._str("ui/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.set("ui/language", value)

    @property
    def last_query(self) -> str:
        return self._str("search/last_query", "")

    @last_query.setter
    def last_query(self, value: str) -> None:
        self.set("search/last_query", value)

    @property
    def search_order(self) -> str:
        return self._str("search/order", "relevance")

    @search_order.setter
    def search_order(self, value: str) -> None:
        self.set("search/order", value)

    @property
    def browse_order(self) -> str:
        return self._str("browse/order", "newest")

    @browse_order.setter
    def browse_order(self, value: str) -> None:
        self.set("browse/order", value)

    @property
    def history(self) -> list[str]:
        return self._list("search/history")

    def add_history(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        items = [q for q in self.history if q != query]
        self.set("search/history", [query, *items][:MAX_HISTORY])

    @property
    def recent_libraries(self) -> list[str]:
        return self._list("library/recent")

    def add_recent_library(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_libraries if p != path]
        self.set("library/recent", [path, *items][:MAX_RECENT])

    def remove_recent_library(self, path: str) -> None:
        self.set("library/recent", [p for p in self.recent_libraries if p != path])

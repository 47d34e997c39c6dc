"""Interface language: Qt translators for Duizhao's own strings and Qt's standard ones.

Switching happens at runtime: installing a translator sends a LanguageChange
event to every widget, and the window and panels re-set their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from text.resources import resource_path

LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


def i18n_dir() -> str:
    return str(resource_path("i18n"))


def system_language() -> str:
    name = QLocale.system().name()  # zh_CN, zh_TW, zh_HK, en_GB, ...
    if name.startswith("zh"):
        script = QLocale.system().script()
        if name in ("zh_TW", "zh_HK", "zh_MO") or script == QLocale.Script.TraditionalHanScript:
            return "zh_TW"
        return "zh_CN"
    return "en"


def resolve(language: str) -> str:
    return system_language() if language not in LANGUAGE_NAMES else language


class Translations:
    """The translators installed on the application; ``apply`` swaps them."""

    def __init__(self) -> None:
        self.app_translator: QTranslator | None = None
        self.qt_translator: QTranslator | None = None
        self.language = "en"

    def apply(self, language: str) -> str:
        """Install the translators for ``language`` ('system' allowed); return the one used."""
        app = QCoreApplication.instance()
        code = resolve(language)
        if app is None:
            return code
        for old in (self.app_translator, self.qt_translator):
            if old is not None:
                app.removeTranslator(old)
        self.app_translator = self.qt_translator = None
        ours = QTranslator(app)
        if ours.load(f"duizhao_{code}", i18n_dir()):
            app.installTranslator(ours)
            self.app_translator = ours
        if code != "en":
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_dir):
                app.installTranslator(qt)
                self.qt_translator = qt
        self.language = code
        return code

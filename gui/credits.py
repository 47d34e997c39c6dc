"""The About box's text: what Duizhao is and whose data it ships, with their licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def about_text() -> str:
    """Plain text for ``gui.plain.about`` (translated)."""

    return "\n\n".join(
        [
            QCoreApplication.translate(
                "Credits",
                "Duizhao (对照 / 對照): an offline reference browser for Chinese-language "
                "news, in both scripts.",
            ),
            QCoreApplication.translate(
                "Credits",
                "Dictionary: CC-CEDICT, published by MDBG, licensed under the Creative "
                "Commons Attribution-ShareAlike 4.0 International licence "
                "(https://creativecommons.org/licenses/by-sa/4.0/). "
                "https://cc-cedict.org/wiki/",
            ),
            QCoreApplication.translate(
                "Credits",
                "Script conversion and regional vocabulary: OpenCC's dictionaries "
                "(Apache-2.0). Pinyin of words the dictionary lacks: pypinyin (MIT).",
            ),
        ]
    )

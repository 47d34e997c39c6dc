"""The reader's warning line speaks the interface's language for the warnings it
knows (a PDF's pages without a text layer) and shows any other as it was kept."""

from __future__ import annotations

from gui.article_warnings import ArticleWarnings
from gui.i18n import Translations
from text.pdf import PdfText


def test_a_scanned_pages_warning_is_shown_in_the_interface_language(qtbot) -> None:
    label = ArticleWarnings()
    qtbot.addWidget(label)
    several = PdfText("", 9, None, None, scanned_pages=[3, 5, 6, 7]).warnings[0]
    one = PdfText("", 2, None, None, scanned_pages=[2]).warnings[0]
    translations = Translations()
    try:
        label.set_warnings([several, one, "something else"])
        assert not label.isHidden()
        assert label.text().splitlines() == [
            f"Imported with a warning: {several}",
            "Imported with a warning: page 2 of 2 has no text layer (scanned?); its text is missing",
            "Imported with a warning: something else",
        ]
        translations.apply("zh_CN")
        label.retranslate()
        lines = label.text().splitlines()
        assert "第 3, 5–7 页（共 9 页）没有文字层" in lines[0]
        assert "第 2 页（共 2 页）没有文字层（扫描件？），该页文字缺失" in lines[1]
        assert lines[2].endswith("something else")  # not known: as kept
        translations.apply("zh_TW")
        label.retranslate()
        assert "第 3, 5–7 頁（共 9 頁）沒有文字層" in label.text()
    finally:
        translations.apply("en")
    label.set_warnings([])
    assert label.isHidden()

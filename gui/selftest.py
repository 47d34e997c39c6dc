"""``main.py --self-test``: the whole app end to end, offscreen, in a temporary folder.

Works the same from source and from the frozen (PyInstaller) app, so CI runs it
on the built program to prove that the bundle carries everything: the seed
articles, the entity model and gazetteers, OpenCC's dictionaries, pypinyin's
tables, SQLite with FTS5 (the library's search index), .docx reading, PDF
reading (pypdf, a predefined Chinese CMap), the Qt platform plugin, translations
and the window itself. It never touches the user's library or settings: the
library, the CSV and the screenshot are written to a temporary folder, and
DUIZHAO_DATA_DIR points there while the checks run.

Prints one line per check and a summary; returns 0 when every check passed.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class CheckFailed(Exception):
    """A check found the app misbehaving; the message says how."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


class SelfTest:
    """Runs named checks in order; a check that needs an earlier one's result is skipped."""

    def __init__(self, folder: Path, out: Any = None) -> None:
        self.folder = folder
        self.out = out if out is not None else sys.stdout
        self.results: list[tuple[str, str, str]] = []  # (status, name, detail)
        self.lib: Any = None

    def say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    def check(self, name: str, func: Callable[[], str], needs_library: bool = False) -> None:
        if needs_library and self.lib is None:
            self.results.append(("skip", name, "the library could not be built"))
            self.say(f"FAIL {name}: skipped, the library could not be built")
            return
        t0 = time.perf_counter()
        try:
            detail = func()
        except CheckFailed as exc:
            self.results.append(("fail", name, str(exc)))
            self.say(f"FAIL {name}: {exc}")
            return
        except Exception as exc:  # a crash inside the app is a failure with its traceback
            reason = f"{type(exc).__name__}: {exc}"
            self.results.append(("fail", name, reason))
            self.say(f"FAIL {name}: {reason}")
            for line in traceback.format_exc().rstrip().splitlines():
                self.say(f"     {line}")
            return
        ms = (time.perf_counter() - t0) * 1000
        self.results.append(("ok", name, detail))
        suffix = f" ({detail})" if detail else ""
        self.say(f"ok   {name}{suffix}  [{ms:.0f} ms]")

    @property
    def failures(self) -> list[tuple[str, str, str]]:
        return [r for r in self.results if r[0] != "ok"]

    # -- the checks -------------------------------------------------------------
    def bundled_data(self) -> str:
        from text.ner.clusters import clusters_path
        from text.ner.decoder import weights_path
        from text.ner.gazetteer import GAZETTEER_DIR, USERDICT_PATH
        from text.ner.guide import guide_path
        from text.ner.recognizer import DEFAULT_MODEL_PATH
        from text.resources import resource_path, seeds_dir

        needed = [  # the model's weights are what the app decodes with
            weights_path(DEFAULT_MODEL_PATH),
            weights_path(guide_path(DEFAULT_MODEL_PATH)),
            clusters_path(DEFAULT_MODEL_PATH),
            USERDICT_PATH,
            resource_path("i18n", "duizhao_zh_CN.qm"),
            resource_path("icons", "duizhao.png"),
            resource_path("convert", "opencc_tables.json.gz"),
        ]
        missing = [str(p) for p in needed if not p.is_file()]
        _require(not missing, f"missing {', '.join(missing)}")
        gazetteers = list(GAZETTEER_DIR.glob("*.txt"))
        _require(bool(gazetteers), f"no gazetteer files in {GAZETTEER_DIR}")
        seeds = sorted(seeds_dir().glob("*.txt"))
        _require(bool(seeds), f"no seed articles in {seeds_dir()}")
        return f"{len(seeds)} seeds, {len(gazetteers)} gazetteers, model, userdict"

    def build_library(self) -> str:
        import sqlite3

        from db.importer import import_paths
        from db.library import Library
        from text.resources import seeds_dir

        seeds = sorted(seeds_dir().glob("*.txt"))
        lib = Library.open(self.folder / "selftest.duizhao")
        report = import_paths(lib, [seeds_dir()])
        if not report.ok or len(report.added) != len(seeds):
            lib.close()
            failed = "; ".join(f"{p.name}: {why}" for p, why in report.failed)
            raise CheckFailed(
                f"imported {len(report.added)} of {len(seeds)} seed articles"
                + (f" ({failed})" if failed else "")
                + (f" ({report.fatal})" if report.fatal else "")
            )
        self.lib = lib
        # The library's search index is an FTS5 table: building it proves SQLite has FTS5.
        return f"{len(report.added)} articles, SQLite {sqlite3.sqlite_version} with FTS5"

    def search_both_scripts(self) -> str:
        from db.search import search

        simplified = search(self.lib, "创新", limit=100)
        traditional = search(self.lib, "創新", limit=100)
        ids_s = [h.uid for h in simplified.hits]
        ids_t = [h.uid for h in traditional.hits]
        _require(bool(ids_s), "创新 found nothing")
        _require(
            sorted(ids_s) == sorted(ids_t),
            f"创新 found {len(ids_s)} article(s) but 創新 found {len(ids_t)}",
        )
        return f"{len(ids_s)} articles"

    def search_one_character(self) -> str:
        from db.articles import iter_articles
        from db.search import search
        from text.fold import fold

        page = search(self.lib, "京", limit=100)
        expected = sum(1 for a in iter_articles(self.lib) if "京" in fold(a.text))
        _require(page.total > 0, "京 found nothing")
        _require(page.total == expected, f"京 found {page.total}, {expected} articles contain it")
        return f"{page.total} articles"

    def extract_entities(self) -> str:
        from db.entities import find_entity
        from db.extraction import extract_library

        n = extract_library(self.lib)
        _require(n > 0, "no article was processed")
        wanted = {"任睿杰": "person", "燕郊高新区": "park"}
        found = []
        for name, kind in wanted.items():
            row = find_entity(self.lib, name)
            _require(row is not None, f"{name} was not found")
            assert row is not None
            _require(row.type == kind, f"{name} is a {row.type}, expected a {kind}")
            found.append(f"{name} {kind}")
        return f"{n} articles; " + ", ".join(found)

    def extract_in_processes(self) -> str:
        """The seed articles extracted as the window extracts a large job (a process of
        its own that starts two recognition processes, each started again from this
        program, frozen or not) give the entities that one process found."""
        from db.entities import list_entities
        from db.extraction import pending_articles
        from db.extraction_child import extract_in_child
        from db.importer import import_paths
        from db.library import Library
        from text.resources import seeds_dir

        def found(lib: Library) -> list[tuple[str, str, int, int]]:
            return [
                (e.name, e.type, e.mentions, e.articles)
                for e in list_entities(lib, include_hidden=True, include_uncertain=True)
            ]

        lib = Library.open(self.folder / "processes.duizhao")
        try:
            import_paths(lib, [seeds_dir()])
            n = extract_in_child(lib.path, pending_articles(lib), jobs=2)
            two = found(lib)
        finally:
            lib.close()
        one = found(self.lib)
        _require(n > 0, "no article was processed")
        _require(two == one, f"two processes found {len(two)} entities, one found {len(one)}")
        return f"{n} articles, {len(two)} entities, as in one process"

    def convert_article(self) -> str:
        from db.articles import iter_articles
        from text.convert import convert
        from text.convert_marked import convert_marked

        phrases = convert("软件和鼠标", "s2twp")
        _require(phrases == "軟體和滑鼠", f"s2twp turned 软件和鼠标 into {phrases}")
        article = next(iter(iter_articles(self.lib)), None)
        _require(article is not None, "the library has no article")
        assert article is not None
        config = "t2s" if article.script == "hant" else "s2t"
        other = convert(article.text, config)
        _require(bool(other.strip()), f"{config} gave empty text")
        _require(other != article.text, f"{config} left the article unchanged")
        back = convert(other, "s2t" if config == "t2s" else "t2s")
        _require(bool(back.strip()), "converting back gave empty text")
        marked = convert_marked("任睿杰的头发", "s2t")  # the tables in resources/convert
        _require(
            [u.text for u in marked.uncertain] == ["傑"],
            f"uncertain conversions of 任睿杰的头发: {marked.as_json()}",
        )
        article_marks = convert_marked(article.text, config)
        _require(article_marks.text == other, f"{config} with marks differs from OpenCC")
        return (
            f"{article.script} article, {config}, {len(article.text)} characters, "
            f"{len(article_marks.uncertain)} uncertain"
        )

    def _read_sample(self, name: str, data: bytes) -> None:
        """Write ``data`` as ``name`` and read it back through the importer's reader."""
        from text.reader import read_document

        path = self.folder / name
        path.write_bytes(data)
        doc = read_document(path)
        _require("京津冀协同创新" in doc.text, f"read {doc.text!r}")

    def read_docx(self) -> str:
        self._read_sample("minimal.docx", _minimal_docx("京津冀协同创新共同体建设"))
        return "a document without styles or templates"

    def read_pdf(self) -> str:
        self._read_sample("minimal.pdf", _minimal_pdf("京津冀协同创新共同体建设"))
        return "text through the predefined CMap UniGB-UCS2-H"

    def read_web_page(self) -> str:
        from justext import get_stoplist

        from text.reader import read_document

        path = self.folder / "page.html"
        path.write_bytes(_SAVED_PAGE.encode("gb18030"))
        doc = read_document(path)
        _require(doc.encoding == "html:gb18030", f"decoded as {doc.encoding}")
        _require(doc.title == "京津冀协同创新共同体建设提速", f"title {doc.title!r}")
        _require(doc.date == "2023-02-27", f"date {doc.date!r}")
        _require("联合攻关" in doc.text, f"read {doc.text!r}")
        noise = [w for w in ("首页", "网友评论", "相关新闻") if w in doc.text]
        _require(not noise, f"kept {noise} of the page around the article: {doc.text!r}")
        # What trafilatura's jusText fallback reads.
        _require(len(get_stoplist("English")) > 100, "jusText's stop words are missing")
        return f"{len(doc.text)} characters of article text (trafilatura)"

    def export_csv(self) -> str:
        from db.articles import article_count
        from db.csvio import read_csv
        from db.export import export_articles

        path = self.folder / "articles.csv"
        n = export_articles(self.lib, path)
        expected = article_count(self.lib)
        _require(n == expected, f"wrote {n} rows for {expected} articles")
        _require(path.read_bytes().startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark")
        header, rows = read_csv(path)
        _require(len(rows) == n, f"read back {len(rows)} rows of {n}")
        _require(all(len(r) == len(header) for r in rows), "rows and header differ in width")
        return f"{n} rows, {len(header)} columns"

    def translations(self) -> str:
        from PySide6.QtWidgets import QApplication

        from gui.i18n import Translations

        app = QApplication.instance() or QApplication(sys.argv[:1])
        tr = Translations()
        tr.apply("zh_CN")
        try:
            _require(tr.app_translator is not None, "duizhao_zh_CN.qm did not load")
            _require(tr.qt_translator is not None, "Qt's qtbase_zh_CN.qm did not load")
        finally:
            tr.apply("en")
        return f"Qt {app.platformName()} platform, zh_CN"

    def render_window(self) -> str:
        from PySide6.QtGui import QImage

        from gui.screenshot import render_screenshot

        out = self.folder / "window.png"
        render_screenshot(self.lib, out, query="创新", size=(1200, 800))
        _require(out.is_file(), f"no image was written to {out}")
        image = QImage(str(out))
        _require(not image.isNull(), "the image does not load")
        _require(
            image.width() >= 800 and image.height() >= 600,
            f"image is {image.width()}x{image.height()}",
        )
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 29)
        }
        _require(len(colours) > 3, "the window rendered blank")
        return f"{image.width()}x{image.height()}, searched 创新"


# A saved news page: menu, related links and comments around a short article.
_SAVED_PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>京津冀协同创新共同体建设提速_新闻中心</title>
<meta property="article:published_time" content="2023-02-27T08:00:00+08:00">
</head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">新闻中心</a> <a href="/k">科技</a></div>
<div class="main"><h1>京津冀协同创新共同体建设提速</h1>
<div class="content">
<p>三地科技部门不断完善京津冀协同创新机制，实施专项，开展联合攻关。</p>
<p>一批创新成果在津冀落地转化，区域创新链、产业链加速融合。</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="#">雄安新区建设进展</a></li></ul></div>
<div class="comment"><h3>网友评论</h3><p>希望更多成果早日落地，带动周边产业发展。</p></div>
</div></body></html>
"""


def _minimal_docx(text: str) -> bytes:
    """A .docx with only the parts Word needs: no styles, settings or properties."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose font uses Adobe's UniGB-UCS2-H CMap (no ToUnicode map)."""
    content = b"BT /F1 12 Tf 72 700 Td <%s> Tj ET" % text.encode("utf-16-be").hex().encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
        b" /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def run_self_test(out: Any = None) -> int:
    """Run every check; print one line each and a summary. 0 when all passed, else 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stream = out if out is not None else sys.stdout
    frozen = bool(getattr(sys, "frozen", False))
    from text.resources import app_root

    print(
        f"Duizhao self-test ({'frozen' if frozen else 'source'}, Python "
        f"{sys.version.split()[0]}, {sys.platform}) from {app_root()}",
        file=stream,
        flush=True,
    )
    previous = os.environ.get("DUIZHAO_DATA_DIR")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="duizhao-selftest-") as tmp:
        folder = Path(tmp)
        os.environ["DUIZHAO_DATA_DIR"] = str(folder / "data")  # never the user's library
        test = SelfTest(folder, stream)
        try:
            test.check("bundled data", test.bundled_data)
            test.check("library from seeds", test.build_library)
            test.check("search both scripts", test.search_both_scripts, needs_library=True)
            test.check("one-character query", test.search_one_character, needs_library=True)
            test.check("entities", test.extract_entities, needs_library=True)
            test.check("entities in two processes", test.extract_in_processes, needs_library=True)
            test.check("convert an article", test.convert_article, needs_library=True)
            test.check("read .docx", test.read_docx)
            test.check("read PDF", test.read_pdf)
            test.check("read a saved web page", test.read_web_page)
            test.check("export and read CSV", test.export_csv, needs_library=True)
            test.check("translations", test.translations)
            test.check("render the window", test.render_window, needs_library=True)
        finally:
            if test.lib is not None:
                test.lib.close()
            if previous is None:
                os.environ.pop("DUIZHAO_DATA_DIR", None)
            else:
                os.environ["DUIZHAO_DATA_DIR"] = previous
    seconds = time.perf_counter() - t0
    failures = test.failures
    total = len(test.results)
    if failures:
        names = ", ".join(name for _, name, _ in failures)
        print(
            f"self-test FAILED: {len(failures)} of {total} checks failed ({names})",
            file=stream,
            flush=True,
        )
        return 1
    print(f"self-test passed: {total} checks in {seconds:.1f} s", file=stream, flush=True)
    return 0

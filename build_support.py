"""What the packaged app must carry, shared by ``build.spec`` and ``tests/test_bundle.py``.

    python build_support.py datas                 list (source, bundle folder) pairs
    python build_support.py verify dist/Duizhao   check a built app holds every needed file

Every data file the frozen app reads is declared here explicitly; the spec
passes ``app_datas()`` to PyInstaller and drops what the library hooks collect
but the app never reads (``EXCLUDED_DATA``). ``runtime_files()`` lists the
paths the code looks up at run time, relative to the bundle folder
(``sys._MEIPASS``), so a test can prove that each lookup is covered and
``verify`` can prove that each file arrived in the build.

Not bundled on purpose:
- jieba (the Python package): segmentation uses rjieba, whose dictionary is
  compiled into its extension module, so jieba's dict.txt, idf.txt and
  analyse/ are never read.
- python-docx's templates/: they are read only when a document is created or
  a part missing from an opened file is added; Duizhao only reads .docx.
- Babel's locale-data/ (35 MB): courlan, which trafilatura imports, imports
  Babel for its language filter of URLs, which only trafilatura's crawling of
  sitemaps and feeds calls; reading a saved page never loads a locale.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent

# OpenCC configurations the app opens: text.convert.CONFIGS plus the folding
# chain in text.fold (hk2s, tw2s, t2s), which are among them.
OPENCC_CONFIGS = (
    "s2t",
    "s2tw",
    "s2twp",
    "s2hk",
    "t2s",
    "tw2s",
    "tw2sp",
    "hk2s",
    "t2tw",
    "t2hk",
    "tw2t",
    "hk2t",
)
OPENCC_SHARE = ("opencc", "clib", "share", "opencc")

# Qt's own translations for the interface languages Duizhao offers (gui/i18n.py).
QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qtbase_zh_TW.qm")

# Bundle paths (prefixes, "/" separated) collected by library hooks but never read.
EXCLUDED_DATA = (
    "opencc/clib/include/",  # C++ headers
    "opencc/clib/lib64/",  # static libraries and CMake files
    "opencc/clib/lib/",
    "opencc/clib/bin/",  # command-line tools
    "docx/templates/",
    "jieba/",
    "babel/locale-data/",
    # Qt plugins for embedded framebuffer devices and VNC (not desktops).
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvnc",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/lib/libQt6EglFS",
)

# Python modules never imported by the app (keeps PyInstaller from following them).
EXCLUDED_MODULES = (
    "jieba",
    # training only (text.ner.clusters imports them inside its training functions)
    "gensim",
    "sklearn",
    "torch",
    "tkinter",
    "pydoc_data",
    "pytest",
    "_pytest",
    "hypothesis",
    "pandas",
    "IPython",
    # readability-lxml and what it brings, installed for bench/web_extract.py only;
    # chardet would otherwise come in as an optional import of bs4 (which falls back
    # to charset-normalizer)
    "readability",
    "chardet",
    "bs4",  # no module of the app reads HTML with it (text/web.py uses trafilatura and lxml)
    "cssselect",
    # networkx's optional companions: the app uses its spring layout on fewer than 500
    # nodes, which needs numpy only (gui/network_layout.py)
    "scipy",
    "matplotlib",
    "sympy",
    "pygraphviz",
    "pydot",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtSql",
    # PySide6.QtSvg stays: the views write SVG with its QSvgGenerator (gui/view_export.py)
    "PySide6.QtSvgWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtPdf",
)


def package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def opencc_share_dir() -> Path:
    return package_dir("opencc").joinpath(*OPENCC_SHARE[1:])


def opencc_files(configs: tuple[str, ...] = OPENCC_CONFIGS) -> list[Path]:
    """The configuration files and every dictionary file they name."""
    share = opencc_share_dir()
    files: set[Path] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("ocd2", "ocd", "text") and isinstance(node.get("file"), str):
                files.add(share / node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in configs:
        config = share / f"{name}.json"
        files.add(config)
        walk(json.loads(config.read_text(encoding="utf-8")))
    return sorted(files)


def _tree(folder: Path, pattern: str, dest: str) -> list[tuple[str, str]]:
    return [(str(p), dest) for p in sorted(folder.glob(pattern)) if p.is_file()]


def _shipped_model_file(path: str) -> bool:
    """The app decodes with the weights files; the CRFsuite models stay out of the bundle."""
    return not path.endswith(".crfsuite")


def app_datas() -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every data file the app reads."""
    res = ROOT / "resources"
    datas: list[tuple[str, str]] = []
    # The files of the entity model: its weights (model.weights.npz, the decoder reads
    # them; the CRFsuite files they are made from stay out) and what is stored beside it.
    datas += [
        d for d in _tree(res / "ner", "model.*", "resources/ner") if _shipped_model_file(d[0])
    ]
    datas += _tree(res / "gazetteer", "*.txt", "resources/gazetteer")
    datas.append((str(res / "userdict.txt"), "resources"))
    datas.append((str(res / "convert" / "opencc_tables.json.gz"), "resources/convert"))
    # The dictionary under the reader's pointer (CC-CEDICT) and the regional words for search.
    datas.append((str(res / "dictionary" / "cedict.tsv.gz"), "resources/dictionary"))
    datas.append((str(res / "convert" / "regional_terms.tsv"), "resources/convert"))
    datas += _tree(res / "i18n", "*.qm", "resources/i18n")
    datas += [(str(res / "icons" / f"duizhao.{ext}"), "resources/icons") for ext in ("png",)]
    datas += _tree(ROOT / "seeds", "*.txt", "seeds")
    datas += [(str(p), "/".join(OPENCC_SHARE)) for p in opencc_files()]
    pinyin = package_dir("pypinyin")
    datas += [(str(pinyin / n), "pypinyin") for n in ("pinyin_dict.json", "phrases_dict.json")]
    datas += trafilatura_datas()
    return datas


def trafilatura_datas() -> list[tuple[str, str]]:
    """trafilatura's settings (read on import), its package metadata (its download
    module asks importlib.metadata for its version on import) and jusText's stop
    word lists (read when trafilatura falls back to jusText)."""
    from importlib.metadata import distribution

    datas = [(str(package_dir("trafilatura") / "settings.cfg"), "trafilatura")]
    meta = next(f for f in distribution("trafilatura").files or [] if f.name == "METADATA")
    datas.append((str(meta.locate()), meta.parent.as_posix()))
    datas += _tree(package_dir("justext") / "stoplists", "*.txt", "justext/stoplists")
    return datas


def excluded(dest_name: str) -> bool:
    """True for a collected file (bundle-relative path) the app never reads or loads."""
    name = dest_name.replace("\\", "/")
    if any(name.startswith(prefix) for prefix in EXCLUDED_DATA):
        return True
    qt_tr = "PySide6/Qt/translations/"
    if name.startswith(qt_tr):
        return name[len(qt_tr) :] not in QT_TRANSLATIONS
    return False


def runtime_files() -> list[str]:
    """Bundle-relative paths the app opens at run time (each must be in the build)."""
    files = [
        f"resources/ner/{p.name}"
        for p in sorted((ROOT / "resources/ner").glob("model.*"))
        if _shipped_model_file(str(p))
    ]
    files += [
        "resources/userdict.txt",
        "resources/icons/duizhao.png",
        "resources/dictionary/cedict.tsv.gz",
        "resources/convert/regional_terms.tsv",
    ]
    files += [
        f"resources/gazetteer/{p.name}"
        for p in sorted((ROOT / "resources/gazetteer").glob("*.txt"))
    ]
    files += [f"resources/i18n/duizhao_{code}.qm" for code in ("zh_CN", "zh_TW", "en")]
    files += [f"seeds/{p.name}" for p in sorted((ROOT / "seeds").glob("*.txt"))]
    share = opencc_share_dir()
    files += ["/".join((*OPENCC_SHARE, p.relative_to(share).as_posix())) for p in opencc_files()]
    files += ["pypinyin/pinyin_dict.json", "pypinyin/phrases_dict.json"]
    files += [f"{dest}/{Path(src).name}" for src, dest in trafilatura_datas()]
    return files


def declared_files(datas: list[tuple[str, str]] | None = None) -> set[str]:
    """The bundle-relative paths that ``datas`` puts into the bundle."""
    pairs = app_datas() if datas is None else datas
    return {f"{dest}/{Path(src).name}" for src, dest in pairs}


def bundle_data_root(dist: Path) -> Path:
    """Where data files sit in a built app: _internal/ (one-folder) or the .app's Resources."""
    for candidate in (dist / "_internal", dist / "Contents" / "Resources", dist):
        if (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(f"{dist} does not look like a built Duizhao (no resources/ folder)")


def verify(dist: Path) -> list[str]:
    """Required files missing from the built app (an empty list when it is complete)."""
    root = bundle_data_root(dist)
    return [rel for rel in runtime_files() if not (root / rel).is_file()]


def main(argv: list[str]) -> int:
    if argv[:1] == ["datas"]:
        for src, dest in app_datas():
            print(f"{dest}\t{src}")
        return 0
    if len(argv) == 2 and argv[0] == "verify":
        dist = Path(argv[1])
        try:
            missing = verify(dist)
        except FileNotFoundError as exc:
            print(f"verify: {exc}", file=sys.stderr)
            return 1
        for rel in missing:
            print(f"missing: {rel}", file=sys.stderr)
        n = len(runtime_files())
        if missing:
            print(
                f"verify: {len(missing)} of {n} required files missing from {dist}", file=sys.stderr
            )
            return 1
        print(f"verify: all {n} required files present in {bundle_data_root(dist)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

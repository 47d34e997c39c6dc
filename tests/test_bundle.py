"""The packaged app carries every data file the code reads; the icons are valid; --self-test.

``build_support.app_datas()`` is what ``build.spec`` hands to PyInstaller. These
tests take the paths the code actually looks up at run time (from the modules
themselves, not from a copy of the list) and check each one is declared, so a
new resource file or OpenCC configuration cannot silently go missing from the
frozen app.
"""

from __future__ import annotations

import io
import os
import re
import struct
from pathlib import Path

import pytest

import build_support
from build_support import app_datas, declared_files, excluded, package_dir, runtime_files
from tests.helpers import ROOT

APP_PACKAGES = ("text", "db", "gui", "cli")


def _bundle_rel(path: Path) -> str:
    """``path`` (under the source tree) as PyInstaller puts it under sys._MEIPASS."""
    from text.resources import app_root

    return Path(path).resolve().relative_to(app_root().resolve()).as_posix()


def _site_rel(path: str | Path, package: str) -> str:
    """``path`` inside an installed package, as a bundle path (package/...)."""
    return Path(path).resolve().relative_to(package_dir(package).resolve().parent).as_posix()


def test_every_declared_source_exists() -> None:
    datas = app_datas()
    assert datas
    missing = [src for src, _ in datas if not Path(src).is_file()]
    assert missing == []


def test_spec_uses_the_shared_list() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "datas=build_support.app_datas()" in spec
    assert "build_support.excluded(" in spec
    assert 'os.environ.get("DUIZHAO_ONEFILE"' in spec
    for ext in ("ico", "icns", "png"):
        assert f"duizhao.{ext}" in spec
        assert (ROOT / "resources" / "icons" / f"duizhao.{ext}").is_file()


def test_resource_lookups_are_bundled() -> None:
    from gui.i18n import i18n_dir
    from text.ner.gazetteer import GAZETTEER_DIR, USERDICT_PATH
    from text.ner.recognizer import DEFAULT_MODEL_PATH
    from text.resources import resource_path, seeds_dir

    looked_up = [USERDICT_PATH, resource_path("icons", "duizhao.png")]
    # Files the recogniser reads beside its model (its weights, the training lexicon ...);
    # the CRFsuite files the weights are made from are not read by the app.
    looked_up += [
        p
        for p in sorted(DEFAULT_MODEL_PATH.parent.glob(DEFAULT_MODEL_PATH.stem + ".*"))
        if p.suffix != ".crfsuite"
    ]
    looked_up += sorted(GAZETTEER_DIR.glob("*.txt"))
    looked_up += sorted(Path(i18n_dir()).glob("*.qm"))
    looked_up += sorted(seeds_dir().glob("*.txt"))
    declared = declared_files()
    missing = [_bundle_rel(p) for p in looked_up if _bundle_rel(p) not in declared]
    assert missing == []
    assert "resources/ner/model.weights.npz" in runtime_files()
    assert "resources/ner/model.crfsuite" not in runtime_files()


def test_every_i18n_language_has_its_translation() -> None:
    from gui.i18n import LANGUAGE_NAMES

    declared = declared_files()
    for code in LANGUAGE_NAMES:
        assert f"resources/i18n/duizhao_{code}.qm" in declared
        qt = f"qtbase_{code}.qm"
        assert code == "en" or qt in build_support.QT_TRANSLATIONS
        assert not excluded(f"PySide6/Qt/translations/{qt}") or code == "en"


def test_opencc_configurations_are_bundled_where_opencc_looks() -> None:
    import opencc

    from text.convert import CONFIGS

    share = _site_rel(opencc._opencc_share_dir, "opencc")
    assert share == "/".join(build_support.OPENCC_SHARE)
    assert set(CONFIGS) <= set(build_support.OPENCC_CONFIGS)
    declared = declared_files()
    needed = build_support.opencc_files(tuple(CONFIGS))
    assert any(p.suffix == ".ocd2" for p in needed)
    missing = [_site_rel(p, "opencc") for p in needed if _site_rel(p, "opencc") not in declared]
    assert missing == []


def test_text_fold_uses_only_bundled_conversions() -> None:
    source = (ROOT / "text" / "fold.py").read_text(encoding="utf-8")
    used = set(re.findall(r'"((?:hk|tw|t|s)2(?:s|t|tw|hk|sp|twp))"', source))
    assert used, "fold.py no longer names its OpenCC configurations"
    assert used <= set(build_support.OPENCC_CONFIGS)


def test_pypinyin_tables_are_bundled() -> None:
    from pypinyin import phrases_dict, pinyin_dict

    declared = declared_files()
    for module in (pinyin_dict, phrases_dict):
        assert _site_rel(module._json_path, "pypinyin") in declared


def test_what_trafilatura_reads_is_bundled() -> None:
    """Its settings and version are read on import, jusText's stop words on a fallback."""
    import sys
    from importlib.metadata import distribution

    import justext
    import trafilatura.settings

    declared = declared_files()
    settings = Path(trafilatura.settings.__file__).parent / "settings.cfg"
    assert _site_rel(settings, "trafilatura") in declared
    meta = next(f for f in distribution("trafilatura").files or [] if f.name == "METADATA")
    assert f"{meta.parent.as_posix()}/METADATA" in declared
    stoplists = Path(sys.modules["justext"].__file__).parent / "stoplists"
    names = {f"justext/stoplists/{n}.txt" for n in justext.get_stoplists()}
    assert stoplists.is_dir() and len(names) > 50
    assert names <= declared


def test_runtime_files_are_declared_and_never_excluded() -> None:
    declared = declared_files()
    files = runtime_files()
    assert len(files) == len(set(files))
    assert [f for f in files if f not in declared] == []
    assert [f for f in declared if excluded(f)] == []


def test_excluded_packages_are_not_imported_by_the_app() -> None:
    """jieba is left out of the bundle: the app segments with rjieba (dictionary built in)."""
    pattern = re.compile(r"^\s*(?:import|from)\s+jieba\b", re.M)
    users = [
        str(p.relative_to(ROOT))
        for pkg in APP_PACKAGES
        for p in (ROOT / pkg).rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert users == [], "these modules import jieba: bundle its dictionary in build_support.py"


def test_exclusion_rules() -> None:
    assert excluded("opencc/clib/include/opencc/Dict.hpp")
    assert excluded("opencc\\clib\\bin\\opencc")
    assert excluded("docx/templates/default.docx")
    assert excluded("PySide6/Qt/translations/qtbase_de.qm")
    assert not excluded("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert not excluded("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not excluded("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not excluded("opencc/clib/share/opencc/t2s.json")
    assert excluded("babel/locale-data/zh_Hant.dat")
    assert not excluded("babel/global.dat")


def test_icons_are_valid_containers() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "duizhao.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", png[16:24]) == (256, 256)

    ico = (icons / "duizhao.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes

    icns = (icons / "duizhao.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = set(), 8
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        pos += length
    assert pos == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_self_test_reports_each_failure(tmp_path: Path) -> None:
    from gui.selftest import CheckFailed, SelfTest

    out = io.StringIO()
    test = SelfTest(tmp_path, out)
    test.check("passes", lambda: "fine")

    def broken() -> str:
        raise CheckFailed("wrong answer")

    def crashes() -> str:
        raise ValueError("boom")

    test.check("broken", broken)
    test.check("crashes", crashes)
    test.check("needs library", lambda: "", needs_library=True)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok   passes (fine)")
    assert "FAIL broken: wrong answer" in lines
    assert "FAIL crashes: ValueError: boom" in lines
    assert any(line.startswith("FAIL needs library: skipped") for line in lines)
    assert [name for _, name, _ in test.failures] == ["broken", "crashes", "needs library"]


@pytest.mark.slow
def test_self_test_passes_from_source(qapp: object) -> None:
    from gui.selftest import run_self_test

    before = os.environ.get("DUIZHAO_DATA_DIR")
    out = io.StringIO()
    status = run_self_test(out)
    text = out.getvalue()
    assert status == 0, text
    assert "FAIL" not in text
    assert "ok   search both scripts" in text
    assert os.environ.get("DUIZHAO_DATA_DIR") == before


@pytest.mark.skipif(
    not (ROOT / "dist" / "Duizhao").is_dir(), reason="no one-folder build in dist/Duizhao"
)
def test_built_app_holds_every_required_file() -> None:
    missing = build_support.verify(ROOT / "dist" / "Duizhao")
    assert missing == [], "rebuild with: .venv/bin/pyinstaller --noconfirm build.spec"

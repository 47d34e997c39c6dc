"""Hostile input: zip bombs, odd names, special files, huge files, dying readers, silent loss.

Every file found ends up imported, duplicate or failed with its reason; one
file's problem never costs another file.
"""

from __future__ import annotations

import io
import os
import sys
import threading
import zipfile
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlparse

import docx
import pytest

import db.importer
from db.articles import article_count, get_article
from db.importer import import_paths
from db.library import Library
from text.files import display_path, stored_path

BODY = "北京中关村科技园区今年新增企业三千余家，营业收入超过1800亿元。\n本报记者 张璐\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types and names")


def write_article(path: Path, n: int) -> None:
    path.write_text(f"第{n}篇文章的标题\n第{n}篇：{BODY}", encoding="utf-8")


def docx_bytes(text: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def zip_bomb(path: Path, expanded_mb: int) -> None:
    """A real .docx whose document.xml is padded with ``expanded_mb`` MB of spaces
    after its root element (still well-formed XML), deflated to a few hundred KB."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes("炸弹文件的正文"))) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in parts.items():
            if name != "word/document.xml":
                out.writestr(name, data)
        with out.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(parts["word/document.xml"])
            chunk = b" " * (1 << 20)
            for _ in range(expanded_mb):
                f.write(chunk)


def accounted(report: db.importer.ImportReport) -> list[Path]:
    return [p for p, *_ in report.added + report.duplicates + report.failed]


def test_a_docx_zip_bomb_is_refused_by_its_expanded_size_and_the_rest_imports(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src / "a.txt", 1)
    zip_bomb(src / "b_bomb.docx", 80)  # over the default limit of 64 MB
    (src / "c.docx").write_bytes(docx_bytes("正常的文档\n" + BODY))
    assert (src / "b_bomb.docx").stat().st_size < 1024 * 1024
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    failed = {p.name: r for p, r in report.failed}
    assert set(failed) == {"b_bomb.docx"}
    assert "size limit" in failed["b_bomb.docx"] and "word/document.xml" in failed["b_bomb.docx"]
    assert sorted(p.name for p, _ in report.added) == ["a.txt", "c.docx"]
    lib.close()


@posix_only
def test_a_name_that_is_not_utf8_is_imported_kept_losslessly_and_shown_safely(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src / "a.txt", 1)
    raw = os.fsencode(src) + b"/bad\xff\xfename.txt"
    with open(raw, "wb") as f:
        f.write(f"第二篇的标题\n{BODY}".encode())
    write_article(src / "z.txt", 3)
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert not report.failed, report.failed
    assert len(report.added) == 3 and article_count(lib) == 3
    (odd_path, odd_id) = next((p, a) for p, a in report.added if p.name.startswith("bad"))
    assert os.fsencode(odd_path) == raw
    assert display_path(odd_path).endswith("bad\\xff\\xfename.txt")
    stored = get_article(lib, odd_id).path
    assert stored is not None and stored.startswith("file://")
    assert unquote_to_bytes(urlparse(stored).path) == os.fsencode(odd_path.absolute())
    lib.close()


def test_stored_path_keeps_ordinary_names_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "新闻 稿.txt"
    assert stored_path(path) == str(path)
    assert display_path(path) == str(path)


@posix_only
def test_the_command_line_shows_an_odd_name_and_a_failure_without_a_traceback(
    tmp_path: Path,
) -> None:
    from tests.test_cli import run

    src = tmp_path / "in"
    src.mkdir()
    with open(os.fsencode(src) + b"/bad\xff\xfename.txt", "wb") as f:
        f.write(b"")  # empty: a failure whose name must be printed
    write_article(src / "ok.txt", 1)
    r = run("import", "--no-extract", str(src), lib=tmp_path / "lib.duizhao")
    assert "Traceback" not in r.stderr
    assert r.returncode == 1
    assert "bad\\xff\\xfename.txt: empty file" in r.stderr
    assert "2 found: 1 imported, 0 duplicate(s), 1 failed" in r.stdout


def test_an_error_while_saving_one_file_costs_no_other_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        write_article(src / f"{i}.txt", i)
    real_insert = db.importer.insert_article

    def insert(conn, **kw):  # type: ignore[no-untyped-def]
        if kw["title"].startswith("第2篇"):
            raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
        return real_insert(conn, **kw)

    monkeypatch.setattr(db.importer, "insert_article", insert)
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert [p.name for p, _ in report.failed] == ["2.txt"]
    assert "UnicodeEncodeError" in report.failed[0][1]
    assert sorted(p.name for p, _ in report.added) == ["0.txt", "1.txt", "3.txt", "4.txt"]
    assert article_count(lib) == 4
    stored = {r[0] for r in lib.conn.execute("SELECT id FROM articles")}
    indexed = {r[0] for r in lib.conn.execute("SELECT id FROM articles_fts_docsize")}
    assert stored == indexed
    lib.close()


@posix_only
def test_a_fifo_is_reported_by_name_without_hanging(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src / "a.txt", 1)
    os.mkfifo(src / "pipe.txt")
    write_article(src / "z.txt", 2)
    lib_path = tmp_path / "lib.duizhao"
    result: list[db.importer.ImportReport] = []

    def job() -> None:
        lib = Library.open(lib_path)
        try:
            result.append(import_paths(lib, [src]))
        finally:
            lib.close()

    worker = threading.Thread(target=job, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a guard against hanging the suite, not a measure of speed
    if worker.is_alive():  # release the reader blocked on the pipe before failing
        fd = os.open(src / "pipe.txt", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(timeout=10)
        pytest.fail("the import hung on a named pipe")
    report = result[0]
    assert [(p.name, r) for p, r in report.failed] == [
        ("pipe.txt", "not a regular file: a named pipe (FIFO)")
    ]
    assert sorted(p.name for p, _ in report.added) == ["a.txt", "z.txt"]


def test_a_file_over_the_size_limit_is_reported_not_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src / "a.txt", 1)
    with open(src / "huge.txt", "wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: costs no disk, and over the default 64 MB
    small = src / "small.txt"
    write_article(small, 2)
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    failed = dict(report.failed)
    assert failed == {src / "huge.txt": "larger than the size limit (65 MB > 64 MB)"}
    assert len(report.added) == 2
    # the limit is an option: lowered, a small file is over it too
    limited = import_paths(lib, [small], max_bytes=100)
    assert limited.failed[0][1].startswith("larger than the size limit")
    lib.close()


def test_an_unexpected_error_in_the_reading_thread_is_that_files_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        write_article(src / f"{i}.txt", i)
    real_read = db.importer.read_document

    def read(path, **kw):  # type: ignore[no-untyped-def]
        if path.name == "1.txt":
            raise RuntimeError("a bug in a reader")
        if path.name == "3.txt":
            raise MemoryError
        return real_read(path, **kw)

    monkeypatch.setattr(db.importer, "read_document", read)
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    failed = {p.name: r for p, r in report.failed}
    assert failed == {
        "1.txt": "unexpected error (RuntimeError: a bug in a reader)",
        "3.txt": "out of memory",
    }
    assert sorted(p.name for p, _ in report.added) == ["0.txt", "2.txt", "4.txt", "5.txt"]
    assert report.found == 6 and sorted(accounted(report)) == sorted(src.iterdir())
    assert report.summary() == "6 found: 4 imported, 0 duplicate(s), 2 failed"
    lib.close()


def test_deeply_nested_html_is_a_failure_not_its_title_alone(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    depth = 100_000
    page.write_text(
        "<html><head><title>只有标题</title></head><body>"
        + "<div>" * depth
        + f"<p>{BODY}</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [page])
    assert not report.added
    assert "could not be read whole" in report.failed[0][1]
    lib.close()


def test_a_folder_that_cannot_be_opened_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    locked = src / "locked"
    locked.mkdir(parents=True)
    write_article(src / "a.txt", 1)
    write_article(locked / "inside.txt", 2)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # the superuser reads it anyway: refuse it by hand
        real_scandir = os.scandir

        def scandir(path):  # type: ignore[no-untyped-def]
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        lib = Library.open(tmp_path / "lib.duizhao")
        report = import_paths(lib, [src])
    finally:
        locked.chmod(0o755)
    assert report.failed == [(locked, "cannot open folder: permission denied")]
    assert [p.name for p, _ in report.added] == ["a.txt"]
    assert "1 failed" in report.summary()
    lib.close()


def test_files_a_dead_reading_thread_never_delivered_are_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        write_article(src / f"{i}.txt", i)
    real_prepare = db.importer._prepare

    def prepare(path, max_bytes):  # type: ignore[no-untyped-def]
        if path.name == "2.txt":
            raise RuntimeError("the thread itself broke")
        return real_prepare(path, max_bytes)

    monkeypatch.setattr(db.importer, "_prepare", prepare)
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert sorted(p.name for p, _ in report.added) == ["0.txt", "1.txt"]
    assert sorted(p.name for p, _ in report.failed) == ["2.txt", "3.txt"]
    assert all("RuntimeError: the thread itself broke" in r for _, r in report.failed)
    assert report.summary() == "4 found: 2 imported, 0 duplicate(s), 2 failed"
    lib.close()


# A child process imports the hostile corpus under an address-space limit:
# reading any of these files whole (600 MB of zip bomb, /dev/zero) would fail
# there with MemoryError, which the report would show as "out of memory".
_CHILD = r"""
import json, os, resource, sys
from pathlib import Path
from db.importer import import_paths
from db.library import Library

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

limit = status("VmSize") + int(sys.argv[3]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
lib = Library.open(Path(sys.argv[2]))
report = import_paths(lib, [Path(sys.argv[1])])
lib.close()
out = {
    "added": [os.fsencode(p).hex() for p, _ in report.added],
    "failed": [[os.fsencode(p).hex(), r] for p, r in report.failed],
    "duplicates": [os.fsencode(p).hex() for p, _ in report.duplicates],
    "found": report.found,
    "summary": report.summary(),
    # the peaks of this process image (ru_maxrss would include the parent's)
    "peak_rss_mb": status("VmHWM") // (1024 * 1024),
    "peak_vm_mb": status("VmPeak") // (1024 * 1024),
    "limit_mb": limit // (1024 * 1024),
}
print(json.dumps(out))
"""


def hostile_corpus(root: Path) -> tuple[set[bytes], dict[bytes, str]]:
    """The corpus, with the files that must import and the reason each other one fails."""
    src = root / "corpus"
    sub = src / "sub"
    sub.mkdir(parents=True)
    base = os.fsencode(src)
    good: set[bytes] = set()
    bad: dict[bytes, str] = {}

    def article(path: Path, n: int, encoding: str = "utf-8") -> None:
        path.write_bytes(f"第{n}篇文章的标题\n第{n}篇：{BODY}".encode(encoding))
        good.add(os.fsencode(path))

    article(src / "a_first.txt", 1)
    article(sub / "gb.txt", 2, "gb18030")
    article(src / "zz_last.txt", 3)
    with open(base + b"/bad\xff\xfename.txt", "wb") as f:
        f.write(f"第四篇的标题\n{BODY}".encode())
    good.add(base + b"/bad\xff\xfename.txt")
    zip_bomb(src / "bomb.docx", 600)
    bad[os.fsencode(src / "bomb.docx")] = "size limit"
    os.mkfifo(src / "pipe.txt")
    bad[os.fsencode(src / "pipe.txt")] = "named pipe"
    os.symlink("/dev/zero", src / "zero.txt")
    bad[os.fsencode(src / "zero.txt")] = "character device"
    os.symlink("/dev/urandom", sub / "random.html")
    bad[os.fsencode(sub / "random.html")] = "character device"
    os.symlink(src / "missing.txt", src / "dangling.txt")
    bad[os.fsencode(src / "dangling.txt")] = "not found"
    os.symlink(src, sub / "loop")  # a link back up: searched once, not forever
    with open(src / "huge.txt", "wb") as f:
        f.truncate(65 * 1024 * 1024)
    bad[os.fsencode(src / "huge.txt")] = "size limit"
    depth = 100_000
    (src / "deep.html").write_text(
        "<title>标题</title>" + "<div>" * depth + BODY + "</div>" * depth, encoding="utf-8"
    )
    bad[os.fsencode(src / "deep.html")] = "could not be read whole"
    nested = "<w:p>" * depth + "</w:p>" * depth
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes("x"))) as z,
        zipfile.ZipFile(src / "deep.docx", "w") as out,
    ):
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + nested.encode())
            out.writestr(info, data)
    bad[os.fsencode(src / "deep.docx")] = "corrupt .docx"
    whole = docx_bytes("截断的文档")
    (src / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    bad[os.fsencode(src / "truncated.docx")] = "corrupt .docx"
    (src / "nul.html").write_bytes(b"<html>\x00\x00\x00" + bytes(range(256)) * 64)
    bad[os.fsencode(src / "nul.html")] = ""  # any reason
    from tests.pdf_maker import Page, make_pdf

    (src / "scan.pdf").write_bytes(make_pdf([Page(image=True)]))
    bad[os.fsencode(src / "scan.pdf")] = "scanned PDF"
    (src / "cut.pdf").write_bytes(make_pdf([Page(lines=[(72, 700, BODY)])])[:300])
    bad[os.fsencode(src / "cut.pdf")] = ""
    (src / "binary.md").write_bytes(os.urandom(4096))
    bad[os.fsencode(src / "binary.md")] = ""
    return good, bad


@posix_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc")
def test_the_hostile_corpus_imports_without_tracebacks_within_bounded_memory(
    tmp_path: Path,
) -> None:
    from tests.helpers import run_python_child

    good, bad = hostile_corpus(tmp_path)
    out = run_python_child(_CHILD, str(tmp_path / "corpus"), str(tmp_path / "lib.duizhao"), "400")
    added = {bytes.fromhex(h) for h in out["added"]}
    failed = {bytes.fromhex(h): reason for h, reason in out["failed"]}
    assert added == good
    assert set(failed) == set(bad), failed
    for path, reason in failed.items():
        assert bad[path] in reason, (path, reason)
        assert not reason.startswith(("unexpected error", "out of memory")), (path, reason)
    assert not out["duplicates"]
    assert out["found"] == len(good) + len(bad)
    # RLIMIT_AS bounds the memory: going past it shows above as "out of memory".
    print(
        out["summary"],
        f"peak RSS {out['peak_rss_mb']} MB, peak VM {out['peak_vm_mb']} MB",
        f"(limit {out['limit_mb']} MB)",
    )


def test_cancelling_is_heard_while_a_file_is_still_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        write_article(src / f"{i}.txt", i)
    release = threading.Event()
    stuck = threading.Event()
    real_read = db.importer.read_document

    def read(path, **kw):  # type: ignore[no-untyped-def]
        if path.name == "0.txt":  # a file on a stalled network drive
            stuck.set()
            release.wait(60)
        return real_read(path, **kw)

    monkeypatch.setattr(db.importer, "read_document", read)
    result: list[db.importer.ImportReport] = []

    def job() -> None:
        lib = Library.open(tmp_path / "lib.duizhao")
        try:
            result.append(import_paths(lib, [src], cancelled=stuck.is_set))
        finally:
            lib.close()

    worker = threading.Thread(target=job, daemon=True)
    worker.start()
    worker.join(timeout=30)  # a guard against hanging the suite, not a measure of speed
    release.set()
    assert not worker.is_alive(), "the import did not stop while a file was stuck"
    report = result[0]
    assert report.cancelled and not report.added
    assert (
        report.summary()
        == "3 found: 0 imported, 0 duplicate(s), 0 failed, 3 not reached (cancelled)"
    )

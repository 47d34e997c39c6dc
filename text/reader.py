"""Read article files (.txt, .md, .html, .htm, .docx, .pdf) into ``Document`` objects.

Text files are decoded from their bytes, never with the locale's encoding:
BOMs first, then strict UTF-8, then a comparison of candidate Chinese decodings
(GB18030, Big5, UTF-16) scored by the share of frequent Chinese characters
they produce; charset-normalizer is asked only when that comparison is not
conclusive.  HTML is reduced to the article text, DOCX to its paragraphs, PDF
to the text of its pages in reading order (``text.pdf``).
Whatever cannot be read raises ``ReadError`` with a reason a user understands.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from text.files import (
    DEFAULT_MAX_BYTES,
    FileTooLarge,
    NotARegularFile,
    format_size,
    read_limited,
    scan_paths,
)
from text.fold import detect_script, table
from text.metadata import (
    Byline,
    extract_metadata,
    normalize_date,
    parse_byline_line,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Byline",
    "Document",
    "ReadError",
    "decode_bytes",
    "document_from_text",
    "iter_article_files",
    "read_document",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
_TEXT_SUFFIXES = (".txt", ".md")
_HTML_SUFFIXES = (".html", ".htm")


class ReadError(Exception):
    """A file that cannot be read as an article; ``str(err)`` is the reason."""

    def __init__(self, reason: str, path: Path | None = None) -> None:
        self.reason = " ".join(reason.split())
        self.path = path
        super().__init__(self.reason)

    def __str__(self) -> str:
        return self.reason


@dataclass
class Document:
    path: Path | None
    title: str
    bylines: list[Byline]
    byline: str
    date: str | None
    source: str | None
    text: str
    script: str
    encoding: str
    # What the file holds that the text lacks (a PDF's scanned pages), in words;
    # the import reports them with the file.
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ file listing


def iter_article_files(paths: Iterable[Path | str]) -> list[Path]:
    """Supported files among ``paths``, folders searched recursively.

    Hidden files and folders (name starting with ".") and Office lock files
    ("~$...") inside folders are skipped; missing paths are ignored. The result
    is sorted by path and has no duplicates.  ``text.files.scan_paths`` also
    tells which folders could not be opened.
    """
    return scan_paths(paths, SUPPORTED_SUFFIXES).files


# ----------------------------------------------------------------------- decoding

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "program"),
    (b"MZ", "program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 control bytes that never occur in text (tab, newlines, form feed, ESC allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 64 * 1024
# Characters looked at to tell the script; a few thousand decide it reliably.
_SCRIPT_SAMPLE = 2000

# The 600 most frequent Chinese characters (character counts over the word
# frequencies of jieba's dictionary); Traditional forms are added from the
# folding table.  Used to score candidate decodings of short texts.
_TOP_SIMPLIFIED = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自"
    "之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同"
    "北定开产前其军还然起种所如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西"
    "没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武"
    "使次二向治因立数样身情入原问把路被并利石老教万知级量任江及应省资委务元美特期世湖回系比气"
    "汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给"
    "打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五京河接条规式县白"
    "它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集"
    "联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连"
    "调感转笑革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准"
    "究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁"
    "断派速怎需片爱律纪支早况病境证编越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙"
    "响药站施均消客失轻存低甚般击曾防请离落显罗营足素视护副食创余照兴占巴虽洲村费易试星木黑左"
    "宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
)
_CHAR_SETS: tuple[frozenset[str], frozenset[str]] | None = None


def _char_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(frequent characters in both scripts, characters of everyday use).

    The second set is the first level of GB2312 (3,755 characters) and of Big5
    (5,401 characters), the common characters of each standard.
    """
    global _CHAR_SETS
    if _CHAR_SETS is None:
        top = set(_TOP_SIMPLIFIED)
        trad = {chr(code) for code, simp in table().items() if simp in top and code > 0x2E80}
        known: set[str] = set()
        for hi in range(0xB0, 0xD8):
            known.update(bytes([hi, lo]).decode("gb2312", "ignore") for lo in range(0xA1, 0xFF))
        for hi in range(0xA4, 0xC7):
            for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
                known.add(bytes([hi, lo]).decode("big5", "ignore"))
        frequent = top | trad
        known.discard("")
        _CHAR_SETS = (frozenset(frequent), frozenset(known - frequent))
    return _CHAR_SETS


_ODD_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f"
    "\u2500-\u25ff"  # box drawing
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # CJK extension A
    "\uac00-\ud7ff"  # Hangul syllables
    "\ue000-\uf8ff"  # private use
    "\ufffd\U00010000-\U0010ffff]"
)
_PUNCT_RE = re.compile("[\u2000-\u206f\u3000-\u303f\uff00-\uffef]")


def _cjk_score(text: str) -> float:
    """How much ``text`` reads as Chinese, about -2 to 1.

    Frequent characters count 1, other everyday characters and punctuation
    one half; characters that garbled decodings produce (control characters,
    private use, Hangul, kana, box drawing, rare CJK) count -2.  ASCII
    letters and digits are left out.
    """
    frequent, known = _char_sets()
    sample = text[:2048]
    odd = len(_ODD_RE.findall(sample))
    n = (
        len(sample)
        - len(sample.encode("ascii", "ignore"))
        + len(re.findall("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]", sample))
    )
    if n == 0:
        return 0.0
    n_frequent = sum(map(frequent.__contains__, sample))
    n_known = sum(map(known.__contains__, sample)) + len(_PUNCT_RE.findall(sample))
    return (n_frequent + 0.5 * n_known - 2 * odd) / n


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "program" and magic == b"MZ" and len(data) > 2 and data[2:3].isalpha():
                continue  # "MZ" followed by letters is plausible text
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.2 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str) -> None:
    if not text or text.isspace():
        raise ReadError("empty file")
    sample = text[:_SAMPLE]
    controls = len(_CONTROL_CHARS_RE.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise ReadError("binary file, not text")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: ``(text, encoding)``.

    The BOM, if any, is removed from the text. Raises ``ReadError`` for empty
    or binary content and for bytes that no candidate encoding decodes.
    """
    if not data or data.isspace():
        raise ReadError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-32-le" and _strict(data, "utf-32-le") is None:
                continue  # FF FE 00 00 can also open UTF-16-LE text
            text = _strict(data[len(bom) :], name.removesuffix("-sig"))
            if text is None:
                raise ReadError(f"cannot decode text (broken {name.upper()} after its BOM)")
            _check_text(text)
            return text, name
    kind = _binary_kind(data)
    if kind:
        raise ReadError(f"binary file ({kind}), not text")

    if b"\x00" in data:
        return _decode_with_nul(data)

    head = data[:_SAMPLE]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(head) // 100):
        raise ReadError("binary file, not text")

    text = _strict(data, "utf-8")
    if text is not None:
        _check_text(text)
        return text, "utf-8"
    return _decode_legacy(data)


def _decode_with_nul(data: bytes) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a BOM, or not text at all."""
    utf16 = _utf16_without_bom(data)
    candidates = [utf16] if utf16 else []
    if len(data) % 2 == 0:
        candidates += [e for e in ("utf-16-le", "utf-16-be") if e != utf16]
    for enc in candidates:
        text = _strict(data, enc)
        if text is None or _CONTROL_CHARS_RE.search(text[:_SAMPLE]):
            continue
        if enc == utf16 or _cjk_score(text) >= _MIN_SCORE:
            _check_text(text)
            return text, enc
    raise ReadError("binary file, not text")


_MIN_SCORE = 0.4
_CANDIDATES = ("gb18030", "big5hkscs", "cp950", "utf-16-le", "utf-16-be")


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: pick the candidate decoding that reads best."""
    scored: list[tuple[float, int, str, str]] = []
    for rank, enc in enumerate(_CANDIDATES):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        text = _strict(data, enc)
        if text is not None and all(text != other for *_, other in scored):
            scored.append((_cjk_score(text), -rank, enc, text))
    scored.sort(reverse=True)
    if (
        scored
        and scored[0][0] >= _MIN_SCORE
        and (len(scored) == 1 or scored[0][0] - scored[1][0] > 0.1)
    ):
        _, _, enc, text = scored[0]
    else:
        guess = _charset_normalizer_guess(data)
        match = next((s for s in scored if _same_codec(s[2], guess)), None) if guess else None
        if match is not None:
            _, _, enc, text = match
        elif guess is not None and (decoded := _strict(data, guess)) is not None:
            enc, text = guess, decoded
        elif scored and scored[0][0] >= _MIN_SCORE:
            _, _, enc, text = scored[0]
        else:
            raise ReadError("cannot decode text (tried UTF-8, UTF-16, GB18030, Big5)")
    _check_text(text)
    return text, _PUBLIC_NAMES.get(enc, enc)


_PUBLIC_NAMES = {"big5hkscs": "big5", "cp950": "big5"}


def _same_codec(a: str, b: str) -> bool:
    def norm(name: str) -> str:
        try:
            return codecs.lookup(name).name
        except LookupError:
            return name

    groups = ({"gb18030", "gbk", "gb2312"}, {"big5", "big5hkscs", "cp950"})
    na, nb = norm(a), norm(b)
    return na == nb or any(na in g and nb in g for g in groups)


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    return best.encoding if best is not None else None


# --------------------------------------------------------------------- documents


def document_from_text(text: str, path: Path | None = None, encoding: str = "utf-8") -> Document:
    """A ``Document`` for ``text`` kept verbatim, with metadata read from it."""
    meta = extract_metadata(text)
    return Document(
        path=path,
        title=meta.title,
        bylines=meta.bylines,
        byline=meta.byline,
        date=meta.date,
        source=meta.source,
        text=text,
        script=detect_script(text, sample=_SCRIPT_SAMPLE),
        encoding=encoding,
    )


def read_document(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file; raises ``ReadError`` with the reason it cannot.

    Only regular files of at most ``max_bytes`` are read; the parts of a .docx
    package may expand to at most ``max_bytes`` in all.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"unsupported file type {suffix or '(no suffix)'}", path)
    try:
        data = read_limited(path, max_bytes)
    except (NotARegularFile, FileTooLarge) as exc:
        raise ReadError(str(exc), path) from None
    except FileNotFoundError:
        raise ReadError("file not found", path) from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file", path) from None
    except PermissionError:
        raise ReadError("permission denied", path) from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}", path) from None
    try:
        if suffix in _TEXT_SUFFIXES:
            text, encoding = decode_bytes(data)
            return document_from_text(text, path, encoding)
        if suffix in _HTML_SUFFIXES:
            return _read_html(data, path)
        if suffix == ".pdf":
            return _read_pdf(data, path)
        return _read_docx(data, path, max_bytes)
    except ReadError as err:
        if err.path is None:
            err.path = path
        raise


def _read_html(data: bytes, path: Path | None) -> Document:
    if not data or data.isspace():
        raise ReadError("empty file")
    from text.web import PageUnreadable, extract_page

    text, encoding = _decode_html(data)
    try:
        page = extract_page(text)
    except PageUnreadable as exc:
        raise ReadError(str(exc)) from None
    if not page.text.strip():
        raise ReadError("no article text found in the HTML page")
    doc = document_from_text(page.text, path, f"html:{encoding}")
    if page.title:
        doc.title = page.title
    if page.date:
        doc.date = normalize_date(page.date) or doc.date
    if page.source:
        doc.source = page.source
    credited = page.author if not doc.bylines else ""  # the markup's, when the text has none
    if credited:
        credits = parse_byline_line(credited)
        if credits:
            doc.bylines = credits
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,4}", credited):
            doc.bylines = [Byline(credited, "reporter")]
    if doc.bylines and not doc.byline:  # the byline column of exports shows it
        doc.byline = credited or "、".join(b.name for b in doc.bylines)
    return doc


def _read_pdf(data: bytes, path: Path | None) -> Document:
    from text.pdf import PdfUnreadable, extract_pdf

    if not data:
        raise ReadError("empty file")
    if not data.lstrip()[:5] == b"%PDF-":
        raise ReadError("not a PDF file")
    try:
        pdf = extract_pdf(data)
    except PdfUnreadable as exc:
        raise ReadError(str(exc)) from None
    doc = document_from_text(pdf.text, path, "pdf")
    doc.warnings = pdf.warnings
    if not doc.title and pdf.title:
        doc.title = pdf.title
    if not doc.bylines and pdf.author and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", pdf.author):
        doc.bylines = [Byline(pdf.author, "author")]
    return doc


_MAX_PARTS = 10_000


def _check_package(data: bytes, max_bytes: int) -> None:
    """Refuse a package whose parts expand beyond ``max_bytes`` in all (a zip bomb).

    zipfile never expands a part beyond the size its directory declares, so
    the declared sizes bound what reading the package can take.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ReadError(f"corrupt .docx: {exc}") from None
    if len(infos) > _MAX_PARTS:
        raise ReadError(f"corrupt .docx: {len(infos):,} parts in the package")
    expanded = sum(info.file_size for info in infos)
    if expanded > max_bytes:
        biggest = max(infos, key=lambda info: info.file_size)
        raise ReadError(
            f"the .docx package expands to {format_size(expanded)}, over the size limit of "
            f"{format_size(max_bytes)} (largest part {biggest.filename}: "
            f"{format_size(biggest.file_size)})"
        )


def _read_docx(data: bytes, path: Path | None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    if not data:
        raise ReadError("empty file")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("corrupt .docx: not a ZIP package")
    _check_package(data, max_bytes)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(_docx_blocks(document))
        core_title = (document.core_properties.title or "").strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise ReadError(f"corrupt .docx: {exc}") from None
    except PackageNotFoundError:
        raise ReadError("corrupt .docx: not a Word document package") from None
    except KeyError as exc:
        raise ReadError(f"corrupt .docx: missing part {exc}") from None
    except (ValueError, OSError, EOFError) as exc:
        raise ReadError(f"corrupt .docx: {exc}") from None
    except Exception as exc:  # lxml.etree.XMLSyntaxError and other damage
        if type(exc).__module__.startswith(("lxml", "docx", "zipfile")):
            detail = str(exc)[:120] or type(exc).__name__
            raise ReadError(f"corrupt .docx: damaged content ({detail})") from None
        raise
    if not text.strip():
        raise ReadError("empty file")
    doc = document_from_text(text, path, "docx")
    if not doc.title and core_title:
        doc.title = core_title
    return doc


def _docx_blocks(document: object) -> Iterable[str]:
    """Paragraph texts in body order; table cells row by row, tab separated."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(p.text for p in cell.paragraphs).strip()
                    if not cells or cells[-1] != value:  # merged cells repeat
                        cells.append(value)
                yield "\t".join(cells)


# -------------------------------------------------------------------------- HTML

_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I
)
_HTML_CODECS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "x-x-big5": "cp950",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf-8",
    "unicode": "utf-8",
}


def _decode_html(data: bytes) -> tuple[str, str]:
    # Declarations are often stale (pages re-saved as UTF-8), and non-UTF-8
    # Chinese bytes practically never decode as strict UTF-8: try that first.
    if b"\x00" not in data[:_SAMPLE] and (text := _strict(data, "utf-8")) is not None:
        if text.startswith("\ufeff"):
            return text[1:], "utf-8-sig"
        return text, "utf-8"
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET_RE.search(data[:8192])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            codec = _HTML_CODECS.get(declared, declared)
            for enc in (codec, "big5hkscs") if codec == "cp950" else (codec,):
                text = _strict(data, enc)
                if text is not None and not text.isspace():
                    return text, _PUBLIC_NAMES.get(enc, declared if enc != "gb18030" else enc)
            # The declaration is wrong: detect from the bytes.
    text, enc = decode_bytes(data)
    return text, enc.removesuffix("-sig")

"""A small PDF writer for tests: Chinese text lines placed on pages, or image-only pages.

Text uses a Type 0 font (Identity-H, two-byte CIDs equal to the code points)
with a ToUnicode map, as PDFs made by word processors do; the font itself is
not embedded (viewers substitute one), which text extraction does not need.
``cmap`` names one of Adobe's predefined Chinese CMaps instead (``CMAPS``): the
text is then written in that CMap's bytes, with no ToUnicode map, as older
Chinese PDFs are, so a reader must know the CMap and its character collection.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

Line = tuple[float, float, str]  # x, y (from the bottom), text

# predefined CMap -> (character collection, codec of its bytes)
CMAPS: dict[str, tuple[bytes, str]] = {
    "UniGB-UCS2-H": (b"GB1", "utf-16-be"),
    "GBK-EUC-H": (b"GB1", "gbk"),
    "UniCNS-UCS2-H": (b"CNS1", "utf-16-be"),
    "ETen-B5-H": (b"CNS1", "cp950"),
}


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    image: bool = False  # a full-page grey image, like a scan


def _to_unicode(chars: set[str]) -> bytes:
    codes = sorted(ord(c) for c in chars)
    out = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for i in range(0, len(codes), 100):
        block = codes[i : i + 100]
        out.append(f"{len(block)} beginbfchar".encode())
        out += [f"<{c:04X}> <{c:04X}>".encode() for c in block]
        out.append(b"endbfchar")
    out += [b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(out)


def make_pdf(
    pages: list[Page],
    *,
    title: str | None = None,
    compress: bool = True,
    cmap: str | None = None,
) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> int:
        if compress:
            data = zlib.compress(data)
            extra += b" /Filter /FlateDecode"
        return add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    chars = {c for page in pages for _, _, text in page.lines for c in text}
    font = 0
    codec = "utf-16-be"
    if chars and cmap is None:
        to_unicode = stream(_to_unicode(chars))
        descendant = add(
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            b" /DW 1000 >>"
        )
        font = add(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
            b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
        )
    elif chars and cmap is not None:
        ordering, codec = CMAPS[cmap]
        base = b"STSong-Light" if ordering == b"GB1" else b"MSung-Light"
        descendant = add(
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 4 >>"
            b" /DW 1000 >>" % (base, ordering)
        )
        font = add(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /%s"
            b" /DescendantFonts [%d 0 R] >>" % (base, cmap.encode(), descendant)
        )
    pages_id = len(objects) + 1 + 0  # reserved below
    objects.append(b"")  # the page tree, filled in at the end
    kids = []
    for page in pages:
        ops: list[bytes] = []
        resources = b""
        if page.image:
            grey = bytes(range(256)) * 64  # 128 x 128, 8-bit grey
            image = stream(
                grey,
                b" /Type /XObject /Subtype /Image /Width 128 /Height 128"
                b" /ColorSpace /DeviceGray /BitsPerComponent 8",
            )
            ops.append(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
            resources += b" /XObject << /Im1 %d 0 R >>" % image
        for x, y, text in page.lines:
            hexed = text.encode(codec).hex().upper().encode()
            ops.append(b"BT /F1 12 Tf %.2f %.2f Td <%s> Tj ET" % (x, y, hexed))
        if font:
            resources += b" /Font << /F1 %d 0 R >>" % font
        content = stream(b"\n".join(ops))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
                b" /Resources <<%s >> /Contents %d 0 R >>" % (pages_id, resources, content)
            )
        )
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = 0
    if title is not None:
        info = add(b"<< /Title <FEFF%s> >>" % title.encode("utf-16-be").hex().upper().encode())

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


FONT_SIZE = 12  # the size every line is drawn at (one Chinese character is as wide)


def wrap(
    x: float, top: float, paragraphs: list[str], width: int, *, leading: float = 16
) -> list[Line]:
    """Paragraphs set in a column ``width`` characters wide from (x, top) down.

    Each paragraph's first line is indented by two characters, as Chinese
    paragraphs are; lines follow ``leading`` points apart, a paragraph another
    half line below the one before.
    """
    lines: list[Line] = []
    y = top
    for paragraph in paragraphs:
        rest, first = paragraph, True
        while rest:
            indent = 2 if first else 0
            take = width - indent
            lines.append((x + indent * FONT_SIZE, y, rest[:take]))
            rest, first, y = rest[take:], False, y - leading
        y -= leading / 2
    return lines


def two_columns(heading: str, left: list[str], right: list[str], width: int = 18) -> Page:
    """An A4 page: a heading across both columns, then two columns of paragraphs.

    The lines are drawn row by row across both columns (as a layout program
    may write them), so reading in drawing order interleaves the columns.
    """
    gutter = 2 * FONT_SIZE
    left_x = 50
    right_x = left_x + width * FONT_SIZE + gutter
    columns = [wrap(left_x, 740, left, width), wrap(right_x, 740, right, width)]
    rows = sorted(columns[0] + columns[1], key=lambda line: (-line[1], line[0]))
    return Page(lines=[(left_x, 790, heading), *rows])

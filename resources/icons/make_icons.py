"""Draw the Duizhao icon and write it as PNG, Windows .ico and macOS .icns.

    python resources/icons/make_icons.py

The icon is the character 对 in white on a rounded teal square with a thin
amber bar (the two sides of a comparison). It is drawn with QPainter on the
offscreen platform, so no display and no external tools are needed; the .ico
and .icns containers are written here from PNG-compressed entries.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, by edge length in pixels.
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Zen Hei",
)


def render_png(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels, PNG-encoded."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.06
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = square.width() * 0.22
    path = QPainterPath()
    path.addRoundedRect(square, radius, radius)
    p.fillPath(path, QColor("#17706e"))
    # The amber bar down the right side: the "other script" column.
    p.setClipPath(path)
    bar = QRectF(
        square.right() - square.width() * 0.16, square.top(), square.width() * 0.16, square.height()
    )
    p.fillRect(bar, QColor("#f2b33d"))
    p.setClipping(False)

    families = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in families), None)
    font = QFont(family) if family else QFont()
    font.setPixelSize(int(square.height() * 0.66))
    font.setWeight(QFont.Weight.Bold)
    p.setFont(font)
    p.setPen(QColor("white"))
    text_box = QRectF(square.left(), square.top(), square.width() * 0.86, square.height())
    p.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), "对")
    p.end()

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError(f"cannot encode the {size}px icon")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG-compressed entries (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG data (types icp4/icp5/ic07-ic10)."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        blob = pngs[size]
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES.values()))
    pngs = {s: render_png(s) for s in sizes}
    (HERE / "duizhao.png").write_bytes(pngs[256])
    (HERE / "duizhao.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "duizhao.icns").write_bytes(icns_bytes(pngs))
    for name in ("duizhao.png", "duizhao.ico", "duizhao.icns"):
        print(f"{HERE / name}  {(HERE / name).stat().st_size} bytes")
    del _app
    return 0


if __name__ == "__main__":
    sys.exit(main())

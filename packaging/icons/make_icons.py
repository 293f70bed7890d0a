#!/usr/bin/env python3
"""Render the application icon from inspector-desk.svg (Qt's SVG renderer and QPainter):

    inspector-desk-<N>.png   N = 16 24 32 48 64 128 256 (Linux hicolor theme, .desktop)
    inspector-desk.png       the 256 px one (window icon, tarball, docs)
    inspector-desk.ico       Windows: 16-48 px as 32-bit bitmaps, 256 px as PNG

Run with the project's Python: ``.venv/bin/python packaging/icons/make_icons.py``;
packaging/build.py runs it when the files are missing. No downloads, no other tools.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "inspector-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 256)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BGRA bitmap as an ICO entry: BITMAPINFOHEADER, bottom-up rows, AND mask."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    bits = bytes(img.constBits())[: img.bytesPerLine() * h]
    rows = b"".join(bits[y * img.bytesPerLine(): y * img.bytesPerLine() + 4 * w]
                    for y in reversed(range(h)))
    if sys.byteorder != "little":  # ARGB32 is 0xAARRGGBB in native order; ICO wants B,G,R,A
        rows = b"".join(rows[i:i + 4][::-1] for i in range(0, len(rows), 4))
    mask_row = ((w + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, w, 2 * h, 1, 32, 0, len(rows) + mask_row * h, 0, 0, 0, 0)
    return header + rows + bytes(mask_row * h)


def write_ico(path: Path, images: dict[int, object]) -> None:
    entries = [(size, png_bytes(images[size]) if size >= 256 else dib_bytes(images[size]))
               for size in ICO_SIZES]
    offset = 6 + 16 * len(entries)
    head = struct.pack("<HHH", 0, 1, len(entries))
    table, blobs = b"", b""
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(head + table + blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - keeps Qt alive
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        (HERE / f"inspector-desk-{size}.png").write_bytes(png_bytes(image))
    (HERE / "inspector-desk.png").write_bytes(png_bytes(images[256]))
    write_ico(HERE / "inspector-desk.ico", images)
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The one typeface of every printed document: DejaVu Sans, shipped in resources/fonts/.

Reportlab's built-in fonts (Helvetica, Times, …) have no Cyrillic, let alone the Kazakh
letters ә ғ қ ң ө ұ ү һ і; a font found on the laptop may differ from one laptop to the next.
So the documents use only the TrueType files shipped with the program (licence:
resources/fonts/LICENSE), registered once per process and embedded (as a subset of the glyphs
used) in every PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector_desk.paths import resource_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The program's own font files are missing or damaged: reinstall the program."""


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (once) and return their names."""
    global _registered
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            for name, filename in FILES.items():
                path = fonts_dir() / filename
                try:
                    font = TTFont(name, str(path))
                except Exception as exc:  # noqa: BLE001 - any failure means the same to the user
                    raise FontMissing(f"cannot load the document font {path}: {exc}") from exc
                missing = [c for c in KAZAKH_LETTERS if ord(c) not in font.face.charToGlyph]
                if missing:
                    raise FontMissing(f"{path} lacks the letters {''.join(missing)}")
                pdfmetrics.registerFont(font)
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD


__all__ = ["BOLD", "KAZAKH_LETTERS", "REGULAR", "FontMissing", "fonts_dir", "register_fonts"]

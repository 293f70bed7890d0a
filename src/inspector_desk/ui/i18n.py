"""Interface language: Qt translations compiled from resources/i18n/inspector_desk_*.ts.

Source strings in the code are English (``self.tr("…")``); Russian is the default language
and is loaded like the others. ``.qm`` files are compiled from the ``.ts`` sources by the
set-up step (scripts/dev.py) and the packaging; when a ``.qm`` is missing or older than its
``.ts`` (a source checkout), it is compiled on the spot with pyside6-lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_desk.paths import resource_dir

LANGUAGES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def ts_path(lang: str) -> Path:
    return resource_dir() / "i18n" / f"inspector_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return resource_dir() / "i18n" / f"inspector_desk_{lang}.qm"


def lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


def compile_translations(force: bool = False) -> list[Path]:
    """Compile every .ts whose .qm is missing or stale; returns the .qm files written."""
    out = []
    tool = lrelease()
    for lang in LANGUAGES:
        ts, qm = ts_path(lang), qm_path(lang)
        if not ts.exists() or tool is None:
            continue
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            out.append(qm)
    return out


# The translators this program put on the application: one application, one language at a
# time, whichever Translations object (window, self-test, test) installed them last.
_INSTALLED: list[QTranslator] = []
_CURRENT = ["ru"]


def current_language() -> str:
    """The interface language installed last (the first-run wizard opens in it)."""
    return _CURRENT[0]


# Qt's own dialogs (file dialog, message box, wizard buttons, print dialog) are translated by
# the qtbase_<lang>.qm files PySide6 ships (Qt/translations: qtbase_ru.qm and qtbase_kk.qm).
# A few strings of Qt's own file dialog are missing from them (checked with PySide6 6.11:
# «Look in» and «Files of type» stay English in the Russian file; the Kazakh file has them);
# they are filled in here, so no Qt dialog is half English.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "ru": {
        ("QFileDialog", "&Look in:"): "&Папка:",
        ("QFileDialog", "Files of &type:"): "&Тип файлов:",
        ("QFileDialog", "&Show hidden files"): "Показать с&крытые файлы",
        ("QFileDialog", "Computer"): "Компьютер",
        ("QPlatformTheme", "OK"): "ОК",
        ("QMessageBox", "OK"): "ОК",
        ("QDialogButtonBox", "OK"): "ОК",
        ("QSidebar", "Remove"): "Убрать",
    },
    "kk": {
        ("QFileDialog", "Computer"): "Компьютер",
        ("QFileDialog", "My Computer"): "Менің компьютерім",
        ("QFileDialog", "File Folder"): "Файл бумасы",
        ("QFileDialog", "Folder"): "Бума",
        ("QFileDialog", "File"): "Файл",
        ("QFileDialog", "Drive"): "Диск",
        ("QFileDialog", "Unknown"): "Белгісіз",
        ("QFileDialog", "&Show hidden files"): "Жасырын файлдарды &көрсету",
        ("QMessageBox", "OK"): "ОК",
        ("QSidebar", "Remove"): "Өшіру",
    },
}


class _QtGaps(QTranslator):
    """The strings Qt's shipped translation of one language lacks (``QT_GAPS``)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.table = QT_GAPS.get(lang, {})

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        ctx = context.decode() if isinstance(context, (bytes, bytearray)) else str(context)
        return self.table.get((ctx, source))  # None: a null string, the next translator answers

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table


def qt_translations_path() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def uninstall_all() -> None:
    app = QCoreApplication.instance()
    while _INSTALLED:
        t = _INSTALLED.pop()
        if app is not None:
            app.removeTranslator(t)


class Translations:
    """Installs the program's and Qt's own translations for one language at a time."""

    def __init__(self) -> None:
        self.language = "ru"

    @property
    def _installed(self) -> list[QTranslator]:
        return _INSTALLED

    def install(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        uninstall_all()
        self.language = lang if lang in LANGUAGES else "ru"
        ok = True
        if self.language != "en":
            compile_translations()
            ours = QTranslator()
            ok = ours.load(str(qm_path(self.language)))
            if ok:
                app.installTranslator(ours)
                self._installed.append(ours)
            qt = QTranslator()
            if qt.load(QLocale(self.language), "qtbase", "_", qt_translations_path()):
                app.installTranslator(qt)
                self._installed.append(qt)
            gaps = _QtGaps(self.language)
            if not gaps.isEmpty():  # installed last: asked first, answers only its own strings
                app.installTranslator(gaps)
                self._installed.append(gaps)
        _CURRENT[0] = self.language
        QLocale.setDefault(QLocale({"ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh,
                                    "en": QLocale.Language.English}[self.language]))
        return ok

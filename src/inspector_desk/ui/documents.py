"""Preview, print and save a document, with no file on disk until the user saves one.

The PDF is built in memory (reports/), rendered to page images in memory with PDFium
(pypdfium2: the engine QtPdf itself wraps, without the 170 MB Qt add-ons package), shown
in the dialog, and painted onto a QPrinter for printing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from inspector_desk.core.kinds import record_documents

if TYPE_CHECKING:
    from inspector_desk.ui.pages import DeskPort
    from inspector_desk.app.actions import AppActions

_FORMATS = {2: QImage.Format.Format_RGB888, 3: QImage.Format.Format_RGBX8888,
            4: QImage.Format.Format_RGBA8888}


def render_pages(pdf: bytes, dpi: int = 96) -> list[QImage]:
    """Every page of ``pdf`` as an image (safe to call off the UI thread)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           _FORMATS.get(bitmap.format, QImage.Format.Format_RGB888))
            images.append(image.copy())  # own the pixels before PDFium frees its buffer
        return images
    finally:
        doc.close()


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()


def documents_folder() -> Path:
    """The person's Documents folder (platformdirs: XDG_DOCUMENTS_DIR, "Документы",
    %USERPROFILE%\\Documents), or the home folder when there is none."""
    from platformdirs import user_documents_dir

    for candidate in (Path(user_documents_dir()), Path.home()):
        if candidate.is_dir():
            return candidate
    return Path.home()


class DocumentDialog(QDialog):
    """``document``: visit, incident, measure-notice, referral, case-summary, statistics.

    "For whom": a record's document is rendered per signatory or recipient (the offender's
    copy, a protected person's notice, the case file's copy; app/documents.py
    ``renderings``). The choice lists what the service offers for this record, the
    document's own default first and preselected (``default_rendering``); the PDF shown,
    printed and saved is always the one built for the rendering chosen."""

    RECORD_DOCUMENTS = tuple(d.name for _kind, d in record_documents())  # core/kinds.py

    def __init__(self, desk: DeskPort, document: str, ref: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.document, self.ref = desk, document, ref
        self.pdf: bytes | None = None
        self.pdf_for: tuple[str | None, str | None] = (None, None)  # what self.pdf was built for
        self.images: list[QImage] = []
        self._generation = 0  # a build still running for an earlier choice is not shown
        self.setWindowTitle(self.tr("Document"))
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.language.addItem(name, code)
        ui_lang = desk.language
        self.language.setCurrentIndex(max(self.language.findData(ui_lang if ui_lang != "en" else "ru"), 0))
        self.language.currentIndexChanged.connect(self.build)
        bar.addWidget(QLabel(self.tr("Language")))
        bar.addWidget(self.language)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("For whom the copy is"))
        self.audience_label = QLabel(self.tr("For whom"))
        bar.addWidget(self.audience_label)
        bar.addWidget(self.audience)
        self.audience_label.setVisible(False)
        self.audience.setVisible(False)
        bar.addStretch()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for b in (self.print_button, self.save_button, close):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.status = QLabel(self.tr("Preparing the document…"))
        layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.scroll_area.setWidget(self.pages)
        layout.addWidget(self.scroll_area, 1)
        if document in self.RECORD_DOCUMENTS and ref:
            self._load_choices()
        else:
            self.build()

    # --- for whom -------------------------------------------------------------------------

    def _load_choices(self) -> None:
        document, ref = self.document, self.ref or ""  # only called with a record's id
        self.desk.client.act(lambda a: a.printing.renderings(document, ref),
                             on_done=self._set_choices, on_error=self._failed, owner=self)

    def caption(self, rendering) -> str:
        """How a rendering reads in the choice: whose copy, and the person's name."""
        own = {"offender": self.tr("Offender's copy"),
               "protected": self.tr("Protected person's copy"),
               "internal": self.tr("Copy for the file")}.get(rendering.audience, rendering.audience)
        return self.tr("{0}: {1}").format(own, rendering.name) if rendering.name else own

    def _set_choices(self, choices) -> None:
        from inspector_desk.app.documents import default_rendering

        self.audience.blockSignals(True)
        self.audience.clear()
        for r in choices:
            self.audience.addItem(self.caption(r), (r.audience, r.person_id or None))
        default = default_rendering(list(choices))
        if default is not None:
            self.audience.setCurrentIndex(choices.index(default))
        self.audience.blockSignals(False)
        self.audience.setEnabled(len(choices) > 1)
        self.audience_label.setVisible(bool(choices))
        self.audience.setVisible(bool(choices))
        self.audience.currentIndexChanged.connect(self.build)
        self.build()

    def chosen(self) -> tuple[str | None, str | None]:
        """(audience, person id) chosen, or (None, None): the document's default."""
        data = self.audience.currentData() if self.audience.count() else None
        return tuple(data) if data else (None, None)  # type: ignore[return-value]

    # --- the document ---------------------------------------------------------------------

    def build(self) -> None:
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.pdf = None
        self._generation += 1
        generation = self._generation
        lang, document, ref = self.language.currentData(), self.document, self.ref
        audience, person = self.chosen()

        def job(actions: AppActions) -> tuple:
            pdf, name = actions.printing.print(document, ref, lang, audience=audience,
                                               person_id=person)
            return pdf, render_pages(pdf), (audience, person), name

        def done(result) -> None:
            if generation == self._generation:
                self._show(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._failed(exc)

        self.status.setText(self.tr("Preparing the document…"))
        self.desk.client.act(job, on_done=done, on_error=failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.desk.presenter.message(exc))

    def _show(self, result: tuple) -> None:
        self.pdf, self.images = result[0], result[1]
        self.pdf_for = result[2] if len(result) > 2 else (None, None)
        self.file_name = result[3] if len(result) > 3 else f"{self.document}.pdf"
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
        self.status.setText(self.tr("{0} page(s)").format(len(self.images)))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def print_(self) -> None:
        if self.pdf is None:
            return
        # Printing goes to a printer, never to a file: with no printer Qt's dialog offers
        # "print to file" and writes the whole document to ~/print.pdf. A copy on disk is
        # made only by "Save as PDF…", where the person chooses the place.
        if not QPrinterInfo.availablePrinters():
            QMessageBox.information(
                self, self.tr("Print"),
                self.tr("No printer is set up on this computer, so nothing was printed. "
                        "Connect a printer, or keep a copy with “Save as PDF…”."))
            self.status.setText(self.tr("Not printed: no printer."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pdf = self.pdf
        self.desk.client.runner.run(lambda: render_pages(pdf, dpi=300),
                                    on_done=lambda images: print_images(printer, images),
                                    on_error=self.desk.presenter.show)

    def suggested_path(self) -> Path:
        """Where "Save as PDF…" opens: the person's Documents folder (never the program's
        folder or the working directory), under a name with the paper, the case number and
        the date and no person's name (app/documents.py ``file_name``)."""
        return documents_folder() / (getattr(self, "file_name", "") or f"{self.document}.pdf")

    def save(self) -> None:
        if self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(self.suggested_path()),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            from inspector_desk.paths import open_private

            with os.fdopen(open_private(Path(path), exclusive=False), "wb") as f:  # for its user alone
                f.write(self.pdf)
            self.status.setText(self.tr("Saved: {0}").format(path))

"""Preview, print and save a document, with no file on disk until the user saves one.

The PDF is built in memory (reports/), rendered to page images in memory with PDFium
(pypdfium2: the engine QtPdf itself wraps, without the 170 MB Qt add-ons package), shown
in the dialog, and painted onto a QPrinter for printing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

_FORMATS = {2: QImage.Format.Format_RGB888, 3: QImage.Format.Format_RGBX8888,
            4: QImage.Format.Format_RGBA8888}


def render_pages(pdf: bytes, dpi: int = 96) -> list[QImage]:
    """Every page of ``pdf`` as an image (safe to call off the UI thread)."""
    import pypdfium2 as pdfium

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


class DocumentDialog(QDialog):
    """``document``: visit, incident, measure-notice, referral, case-summary, statistics."""

    def __init__(self, desk, document: str, ref: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.document, self.ref = desk, document, ref
        self.pdf: bytes | None = None
        self.images: list[QImage] = []
        self.setWindowTitle(self.tr("Document"))
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.language.addItem(name, code)
        ui_lang = desk.controller.settings.language
        self.language.setCurrentIndex(max(self.language.findData(ui_lang if ui_lang != "en" else "ru"), 0))
        self.language.currentIndexChanged.connect(self.build)
        bar.addWidget(QLabel(self.tr("Language")))
        bar.addWidget(self.language)
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
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)
        self.build()

    def build(self) -> None:
        from inspector_desk.app import documents

        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        lang, document, ref = self.language.currentData(), self.document, self.ref

        def job(session):
            pdf = documents.print_document(session, document, ref, lang)
            return pdf, render_pages(pdf)

        self.desk.client.session_call(job, on_done=self._show, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.desk.controller.presenter.message(exc))

    def _show(self, result: tuple[bytes, list[QImage]]) -> None:
        self.pdf, self.images = result
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
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
                                    on_error=self.desk.controller.presenter.show)

    def save(self) -> None:
        if self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{self.document}.pdf",
                                              "PDF (*.pdf)")
        if path:
            from inspector_desk.paths import open_private

            with os.fdopen(open_private(Path(path), exclusive=False), "wb") as f:  # for its user alone
                f.write(self.pdf)
            self.status.setText(self.tr("Saved: {0}").format(path))

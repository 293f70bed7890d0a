"""Printed documents built with reportlab from plain data (the documents issue).

* :mod:`~inspector_desk.reports.documents`: visit act, incident report, the measure notice
  served on the offender (privacy-checked), referral letter, case summary;
* :mod:`~inspector_desk.reports.statistics`: the inspector's monthly statistics (the figures
  themselves: :mod:`inspector_desk.core.statistics`);
* :mod:`~inspector_desk.reports.qr`: the signed check code (QR and PDF metadata) and
  :func:`~inspector_desk.reports.qr.verify_document`;
* :mod:`~inspector_desk.reports.layout`: A4 page, header, "page X of Y", signature blocks;
* :mod:`~inspector_desk.reports.fonts`: the shipped DejaVu Sans, embedded in every PDF.

Every function returns PDF bytes built in memory; nothing here reads the vault, imports Qt
or writes a file. See docs/documents.md.
"""

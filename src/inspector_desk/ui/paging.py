"""A table model whose rows are read a page at a time: the inspector's case register
(ui/register.py) and the cases of a caseload group on the headquarters desk (hqdesk/pages.py).

``data()`` never waits for the database: a row whose page has not arrived shows "…" and asks
for that page (:meth:`PagedTableModel.fetch`, which a subclass sends to its worker); when the
rows come (:meth:`PagedTableModel.arrived`), the view is told. A new filter, sort or group
starts a new generation (:meth:`PagedTableModel.restart`), and pages of an older generation
are dropped on arrival.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

PAGE = 200
"""Rows read at a time."""
LOADING = "…"
"""What a row shows while its page is being read."""


class PagedTableModel(QAbstractTableModel):
    """Rows ``0 … total - 1`` read in pages of :data:`PAGE`, one column per header. A subclass
    says how a page is read (:meth:`fetch`) and what a cell of an arrived row shows (:meth:`cell`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = 0
        self.headers: list[str] = []
        self._pages: dict[int, list[Any]] = {}
        self._pending: set[int] = set()
        self._generation = 0

    # --- for a subclass ----------------------------------------------------------------------

    def fetch(self, page: int, generation: int) -> None:
        """Ask for the rows ``page * PAGE`` onwards (``PAGE`` of them) and hand them to
        :meth:`arrived` with ``generation``."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What the view shows for ``role`` in ``column`` of an arrived ``row``."""
        raise NotImplementedError

    def page_shown(self, page: int) -> None:
        """A page's rows are on screen (nothing by default)."""

    # --- loading -----------------------------------------------------------------------------

    def restart(self, total: int) -> None:
        """Show ``total`` rows, none read yet (the pages read so far are dropped; those still
        on their way are dropped when they come if the generation has changed)."""
        self.beginResetModel()
        self.total = total
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def request(self, page: int) -> None:
        if page in self._pending or page in self._pages:
            return
        self._pending.add(page)
        self.fetch(page, self._generation)

    def arrived(self, generation: int, page: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        first, last = page * PAGE, min(page * PAGE + len(rows), self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))
        self.page_shown(page)

    def row_at(self, row: int) -> Any:
        """The row ``row`` if its page has arrived, else None."""
        rows = self._pages.get(row // PAGE)
        return rows[row % PAGE] if rows is not None and row % PAGE < len(rows) else None

    # --- the model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.total:
            return None
        row = self.row_at(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self.request(index.row() // PAGE)
                return LOADING
            return None
        return self.cell(row, index.column(), role)

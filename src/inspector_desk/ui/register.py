"""The case register: a table over an SQL-paged model, search as you type, filters, sorting.

``data()`` never waits for the database: a row whose page has not arrived shows "…" and
asks the worker for that page; when it comes, the rows are updated. A change of filter or
sort starts a new generation, and pages of an older generation are dropped on arrival.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from inspector_desk.core.records import CASE_SORTS, CaseFilter, CaseRow
from inspector_desk.ui.labels import Labels

if TYPE_CHECKING:
    from inspector_desk.ui.client import ServiceClient

PAGE = 200
RISK_COLOURS = {"high": "#fee2e2", "medium": "#fef3c7"}


class CaseTableModel(QAbstractTableModel):
    COLUMNS = ("case_no", "risk_level", "affected", "address", "district", "due_at", "status",
               "measures")

    def __init__(self, client: "ServiceClient", labels: Labels) -> None:
        super().__init__()
        self.client = client
        self.labels = labels
        self.filter = CaseFilter()
        self.sort_key, self.descending = "due_at", False
        self.total = 0
        self._pages: dict[int, list[CaseRow]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.headers = [labels.column(c) for c in self.COLUMNS]

    # --- loading -------------------------------------------------------------------------

    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        gen, f = self._generation, self.filter
        self.client.call(lambda svc: svc.case_count(f), on_done=lambda n: self._counted(gen, n))

    def _counted(self, gen: int, total: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.total = total
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
        if total:
            self._request(0)

    def _request(self, page: int) -> None:
        if page in self._pending or page in self._pages:
            return
        self._pending.add(page)
        gen, f, key, desc = self._generation, self.filter, self.sort_key, self.descending
        self.client.call(lambda svc: svc.case_page(f, key, desc, page * PAGE, PAGE),
                         on_done=lambda rows: self._arrived(gen, page, rows))

    def _arrived(self, gen: int, page: int, rows: list[CaseRow]) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        first = page * PAGE
        last = min(first + len(rows), self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def row_at(self, row: int) -> CaseRow | None:
        rows = self._pages.get(row // PAGE)
        if rows is None or row % PAGE >= len(rows):
            return None
        return rows[row % PAGE]

    # --- the model API ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.total):
            return None
        row = self.row_at(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // PAGE)
                return "…"
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and column == "risk_level" \
                and row.risk_level in RISK_COLOURS:
            return QBrush(QColor(RISK_COLOURS[row.risk_level]))
        if role == Qt.ItemDataRole.ToolTipRole and column == "due_at" and row.due_reason:
            return self.labels.due_reason(row.due_reason)
        return None

    def _text(self, row: CaseRow, column: str) -> str:
        if column == "risk_level":
            return self.labels.risk(row.risk_level)
        if column == "status":
            return self.labels.status(row.status)
        if column == "due_at":
            return row.due_at.strftime("%d.%m.%Y") if row.due_at else ""
        if column == "measures":
            return ", ".join(self.labels.measure(m) for m in row.active_measures)
        return str(getattr(row, column) or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "due_at"
        if key not in CASE_SORTS:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


class RegisterPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        labels = Labels()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, IIN, phone, address or case number"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.status = self._combo(self.tr("Status"), [(self.tr("Open cases"), None),
                                                      (self.tr("Closed"), "closed"),
                                                      (self.tr("All"), "all")])
        self.risk = self._combo(self.tr("Risk"), [(self.tr("Any risk"), None)] + [
            (labels.risk(r), r) for r in ("high", "medium", "standard", "unknown")])
        self.district = self._combo(self.tr("District"), [(self.tr("Any district"), None)])
        self.mine = self._combo(self.tr("Inspector"), [(self.tr("My cases"), "mine"),
                                                       (self.tr("Everyone's"), None)])
        self.measure = self._combo(self.tr("Active measure"), [(self.tr("Any or none"), None),
                                                               (self.tr("Any active measure"), "any")] + [
            (labels.measure(m), m) for m in ("protective_order", "special_requirements",
                                             "preventive_register")])
        for combo in (self.status, self.risk, self.district, self.mine, self.measure):
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._apply)
        new = QPushButton(self.tr("New case"))
        new.clicked.connect(self._new_case)
        bar.addWidget(new)
        layout.addLayout(bar)
        self.model = CaseTableModel(desk.client, labels)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)  # a reset forgets section sizes
        self.table.setAccessibleName(self.tr("Case register"))
        # activated alone: Qt emits it for a double-click and for Enter; listening to
        # doubleClicked as well opened the row twice (the first page destroyed mid-load).
        self.table.activated.connect(self._open)
        self._pending_row: int | None = None
        self.model.dataChanged.connect(self._rows_arrived)
        self.model.modelReset.connect(lambda: setattr(self, "_pending_row", None))
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        desk.client.call(lambda svc: svc.districts(), on_done=self._districts)
        self._apply()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 130), (1, 95), (2, 210), (4, 95), (5, 100), (6, 90), (7, 170)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _districts(self, names: list[str]) -> None:
        for n in names:
            self.district.addItem(n, n)

    def _apply(self) -> None:
        inspector = self.desk.controller.session_login if self.mine.currentData() == "mine" else None
        self.model.set_filter(CaseFilter(
            text=self.search.text(), status=self.status.currentData(),
            risk_level=self.risk.currentData(), district=self.district.currentData(),
            inspector=inspector, active_measure=self.measure.currentData()))

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_id:
            self._pending_row = None
            self.desk.open_case(case_id)
        elif index.isValid():
            # A row still loading ("…"): it opens as soon as its page arrives, once.
            self._pending_row = index.row()

    def _rows_arrived(self, first: QModelIndex, last: QModelIndex) -> None:
        row = getattr(self, "_pending_row", None)
        if row is not None and first.row() <= row <= last.row():
            self._open(self.model.index(row, 0))

    def _open_first(self) -> None:
        if self.model.total:
            self._open(self.model.index(0, 0))

    def _new_case(self) -> None:
        from inspector_desk.ui.case_dialogs import NewCaseDialog

        NewCaseDialog(self.desk, self).open()

"""The case register: a table over an SQL-paged model, search as you type, filters, sorting.

``data()`` never waits for the database: a row whose page has not arrived shows "…" and
asks the worker for that page; when it comes, the rows are updated. A change of filter or
sort starts a new generation, and pages of an older generation are dropped on arrival.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal,
)
from PySide6.QtGui import QActionGroup, QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from inspector_desk.core.records import CASE_SORTS, CaseFilter, CaseRow
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.paging import PAGE, PagedTableModel

if TYPE_CHECKING:
    from inspector_desk.core.services import DeskService
    from inspector_desk.ui.pages import DeskPort
    from inspector_desk.ui.client import ServiceClient
    from inspector_desk.ui.tasks import Task

RISK_COLOURS = {"high": "#fee2e2", "medium": "#fef3c7"}
DEBOUNCE_MS = 80


class CaseTableModel(PagedTableModel):
    COLUMNS = ("case_no", "risk_level", "affected", "address", "district", "due_at", "status",
               "measures")
    # The columns the vault can order by (the list of active measures has no order).
    SORTABLE = tuple(c for c in COLUMNS if c in CASE_SORTS)
    counted = Signal(int)  # the number of cases the filter finds, once it is known

    def __init__(self, client: "ServiceClient", labels: Labels) -> None:
        super().__init__()
        self.client = client
        self.labels = labels
        self.filter = CaseFilter()
        self.sort_key, self.descending = "due_at", False
        self._queued: list[Task] = []  # this generation's reads, to cancel when superseded
        self.active = True
        self.shown_generation = 0  # the filter and sort whose count the model shows
        self.headers = [labels.column(c) for c in self.COLUMNS]

    # --- loading -------------------------------------------------------------------------

    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.refresh()

    def refresh(self) -> None:
        if not self.active:  # the page is still being put together: one read at the end
            return
        self._generation += 1
        # What an older filter or sort still has queued (a keystroke superseded by the next)
        # is not run at all: the worker skips a cancelled task that has not started.
        for task in self._queued:
            task.cancel()
        gen, f, key, desc = self._generation, self.filter, self.sort_key, self.descending

        def first(svc: DeskService) -> tuple[int, list[CaseRow]]:
            # The count and the first page in one trip to the worker: a keystroke's rows
            # come back with its count, not one round of the event loop later.
            total = svc.desk.case_count(f)
            return total, svc.desk.case_page(f, key, desc, 0, PAGE) if total else []

        self._queued = [self.client.call(first, on_done=lambda r: self._counted(gen, *r))]

    def _counted(self, gen: int, total: int, rows: list[CaseRow]) -> None:
        if gen != self._generation:
            return
        self.shown_generation = gen
        self.restart(total)
        if total:
            self.arrived(gen, 0, rows)
        self.counted.emit(total)

    def fetch(self, page: int, generation: int) -> None:
        f, key, desc = self.filter, self.sort_key, self.descending
        self._queued = [t for t in self._queued if not t.done]
        self._queued.append(self.client.call(
            lambda svc: svc.desk.case_page(f, key, desc, page * PAGE, PAGE),
            on_done=lambda rows: self.arrived(generation, page, rows)))

    def row_at(self, row: int) -> CaseRow | None:
        found: CaseRow | None = super().row_at(row)
        return found

    # --- the model API (ui/paging.py): what a cell shows ------------------------------

    def cell(self, row: CaseRow, index: int, role: int) -> Any:
        column = self.COLUMNS[index]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and column == "risk_level" \
                and row.risk_level in RISK_COLOURS:
            return QBrush(QColor(RISK_COLOURS[row.risk_level]))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, for a column too narrow to show it (the view elides it).
            text = self._text(row, column)
            if column == "due_at" and row.due_reason:
                return f"{text} — {self.labels.due_reason(row.due_reason)}" if text \
                    else self.labels.due_reason(row.due_reason)
            return text or None
        return None

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column] in self.SORTABLE

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
        if not self.sortable(column):
            return  # the view puts the arrow back where it was (RegisterPage._sort_clicked)
        key = self.COLUMNS[column]
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


class RegisterPage(QWidget):
    DEFAULT_SORT = 5  # next contact, soonest first

    def __init__(self, desk: DeskPort) -> None:
        super().__init__()
        self.desk = desk
        labels = Labels()
        layout = QVBoxLayout(self)
        # Two rows, so that the page fits 1366×768 at 150 % (about 700 pixels beside the
        # navigation): search, count and "New case"; then the filters, which may shrink.
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, IIN, phone, address or case number"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setToolTip(self.tr("Any part of a phone number finds it: 4567, 12 34, "
                                       "+7 (701) 123, 8 701 …"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases found"))
        bar.addWidget(self.count)
        new = QPushButton(self.tr("New case"))
        new.clicked.connect(self._new_case)
        bar.addWidget(new)
        layout.addLayout(bar)
        filters = QHBoxLayout()
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
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._apply)
        layout.addLayout(filters)
        self.model = CaseTableModel(desk.client, labels)
        self.model.active = False  # sorting and filters set up below ask for no rows yet
        self.model.counted.connect(self._show_count)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self._sorted_by = (self.DEFAULT_SORT, Qt.SortOrder.AscendingOrder)
        self.table.sortByColumn(self.DEFAULT_SORT, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_clicked)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(24)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)  # a reset forgets section sizes
        self.table.viewport().installEventFilter(self)  # columns follow the width
        self.table.installEventFilter(self)  # the Menu key and Shift+F10 open the sort menu
        self.table.setAccessibleName(self.tr("Case register"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._sort_menu_at)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._sort_menu_at(header.mapTo(self.table, pos), header))
        self.sort_menu: QMenu | None = None
        # activated alone: Qt emits it for a double-click and for Enter; listening to
        # doubleClicked as well opened the row twice (the first page destroyed mid-load).
        self.table.activated.connect(self._open)
        self._pending_row: int | None = None
        self.model.dataChanged.connect(self._rows_arrived)
        self.model.modelReset.connect(lambda: setattr(self, "_pending_row", None))
        layout.addWidget(self.table)
        # A keystroke's read waits this long for the next keystroke (a typist's next letter
        # comes sooner); a read already queued for an older text is cancelled anyway.
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        desk.client.call(lambda svc: svc.desk.districts(), on_done=self._districts)
        self.model.active = True
        self._apply()

    # --- the count -----------------------------------------------------------------------

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", n))

    # --- sorting -------------------------------------------------------------------------

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a header. A column the vault cannot order by keeps no arrow: the arrow
        goes back to the column the list is sorted by (the model ignored the request)."""
        if self.model.sortable(column):
            self._sorted_by = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)

    def sort_by(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Sort by ``column``; without an order, ascending, or the other way round when the
        list is sorted by that column already (as a click on the header does)."""
        if not self.model.sortable(column):
            return
        if order is None:
            current, was = self._sorted_by
            order = Qt.SortOrder.DescendingOrder if current == column \
                and was == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def _sort_menu_at(self, pos: QPoint, source: QWidget | None = None) -> None:
        """The sort menu (right click, or the Menu key / Shift+F10 on the table): the columns
        that can be sorted, the current one checked; choosing it again turns the order."""
        menu = QMenu(self.tr("Sort by"), self)
        group = QActionGroup(menu)
        current, order = self._sorted_by
        for column, key in enumerate(self.model.COLUMNS):
            if not self.model.sortable(column):
                continue
            text = self.model.headers[column]
            if column == current:
                text += "  ↓" if order == Qt.SortOrder.DescendingOrder else "  ↑"
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(column == current)
            action.setData(column)
            group.addAction(action)
        menu.triggered.connect(lambda a: self.sort_by(a.data()))
        self.sort_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos) if source is None
                   else source.mapToGlobal(source.mapFrom(self.table, pos)))

    # --- columns -------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif obj is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10 and
                                                  event.modifiers() == Qt.KeyboardModifier.ShiftModifier)):
            # The sort menu by keyboard, at the current row (or the table's corner).
            index = self.table.currentIndex()
            rect = self.table.visualRect(index) if index.isValid() else self.table.viewport().rect()
            self._sort_menu_at(rect.bottomLeft() if index.isValid() else rect.topLeft())
            return True
        return super().eventFilter(obj, event)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.COLUMNS.index("address"), QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def _widths(self) -> dict[str, tuple[int, int]]:
        """(least, wished) width of each column but the address, from the font in use (so
        they grow with 150 % scaling or a larger font). The least keeps what must be read
        whole: the date of the next contact, the risk, the case number."""
        fm = self.table.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        arrow = 18  # room for the sort arrow beside a header's text

        def w(text: str) -> int:
            return fm.horizontalAdvance(text) + pad

        labels = self.model.labels
        head = {c: w(self.model.headers[i]) + arrow for i, c in enumerate(self.model.COLUMNS)}
        risk = max(w(labels.risk(r)) for r in ("high", "medium", "standard", "unknown"))
        status = max(w(labels.status(s)) for s in ("active", "monitoring", "closed"))
        return {
            "case_no": (w("WWWW-2026-0000"), max(w("WWWW-2026-0000"), head["case_no"])),
            "risk_level": (risk, max(risk, head["risk_level"])),
            "affected": (w("Абдрахманов А"), max(w("Абдрахманова Гүлмира"), head["affected"])),
            "district": (w("Сарыарка"), max(w("Сарыарка"), head["district"])),
            "due_at": (w("00.00.0000"), max(w("00.00.0000"), head["due_at"])),
            "status": (status, max(status, head["status"])),
            "measures": (w(labels.measure("protective_order")[:10]),
                         w(labels.measure("protective_order"))),
        }

    # Columns given up, in this order, when even their least widths leave the address too
    # little (1366×768 at 150 %): the district (the filter above still chooses it), then the
    # status, then the measures. The rest is always shown.
    HIDE_FIRST = ("district", "status", "measures")

    def _fit_columns(self) -> None:
        """Every column but the address at its wished width when the table is wide enough;
        otherwise each gives up width towards its least, in proportion, so that the address
        (which takes the rest) keeps a readable width and no sideways scrolling is needed;
        when even that is too wide, columns of HIDE_FIRST are hidden. Longer texts are
        elided; their tooltip shows them whole."""
        widths = self._widths()
        fm = self.table.fontMetrics()
        width = self.table.viewport().width()
        # The address needs at least the street and house; it would like the flat too.
        room = width - fm.horizontalAdvance("г. Астана, ул. Кенесары, д. 40")
        hidden = set()
        for key in self.HIDE_FIRST:
            if sum(least for k, (least, _) in widths.items() if k not in hidden) <= room:
                break
            hidden.add(key)
        shown = {k: v for k, v in widths.items() if k not in hidden}
        room = width - fm.horizontalAdvance("г. Астана, ул. Кенесары, д. 40, кв. 112") - 16
        wished = sum(w for _, w in shown.values())
        spare = sum(w - least for least, w in shown.values())
        give = min(1.0, max(0.0, (wished - room) / spare)) if spare else 0.0
        header = self.table.horizontalHeader()
        for column, key in enumerate(self.model.COLUMNS):
            if self.table.isColumnHidden(column) != (key in hidden):
                self.table.setColumnHidden(column, key in hidden)
            if key in shown:
                least, w = shown[key]
                size = round(w - (w - least) * give)
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        # May shrink below its longest item (elided), so that the row fits a narrow screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _districts(self, names: list[str]) -> None:
        for n in names:
            self.district.addItem(n, n)

    def _apply(self) -> None:
        inspector = self.desk.session_login if self.mine.currentData() == "mine" else None
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

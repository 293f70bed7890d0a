"""The desk: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QToolBar, QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from inspector_desk.ui.controller import AppController


class Desk(QWidget):
    """Everything shown while the vault is unlocked. Destroyed on lock."""

    def __init__(self, controller: "AppController") -> None:
        super().__init__()
        from inspector_desk.ui.audit_view import AuditPage
        from inspector_desk.ui.dashboard import DashboardPage
        from inspector_desk.ui.register import RegisterPage
        from inspector_desk.ui.settings_view import SettingsPage
        from inspector_desk.ui.sync_view import SyncPage

        self.controller = controller
        self.client = controller.client
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        outer.addWidget(self.toolbar)
        body = QHBoxLayout()
        outer.addLayout(body)
        self.nav = QListWidget()
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 14px } QListWidget::item { padding: 8px 6px }")
        self.nav.setAccessibleName(self.tr("Sections"))
        body.addWidget(self.nav)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 1)
        self.status = QLabel()
        outer.addWidget(self.status)

        self.dashboard = DashboardPage(self)
        self.register = RegisterPage(self)
        self.sync = SyncPage(self)
        self.audit = AuditPage(self)
        self.settings = SettingsPage(self)
        self._named = {}
        for name, title, page in (
            ("dashboard", self.tr("Today"), self.dashboard),
            ("register", self.tr("Cases"), self.register),
            ("sync", self.tr("Headquarters"), self.sync),
            ("audit", self.tr("Audit log"), self.audit),
            ("settings", self.tr("Settings"), self.settings),
        ):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
            self.pages.addWidget(page)
            self._named[name] = page
        self.nav.currentRowChanged.connect(lambda row: self.pages.setCurrentIndex(row))
        # The section already current (a case was opened from it) is shown again on a click:
        # currentRowChanged does not fire for the row that is already current.
        self.nav.itemClicked.connect(lambda item: self.pages.setCurrentIndex(self.nav.row(item)))
        self.nav.setCurrentRow(0)
        self._actions()
        self.client.changed.connect(self._on_changed)
        self.case_page = None
        self.form_page = None

    def _actions(self) -> None:
        def action(text: str, shortcut: str, slot) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.toolbar.addAction(a)
            return a

        self.search_action = action(self.tr("Search (Ctrl+F)"), "Ctrl+F", self.focus_search)
        self.new_visit_action = action(self.tr("New visit (Ctrl+N)"), "Ctrl+N", self.new_visit)
        self.save_action = action(self.tr("Save (Ctrl+S)"), "Ctrl+S", self.save_current)
        self.lock_button = action(self.tr("Lock (Ctrl+L)"), "", self.controller.lock)

    # --- navigation ----------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        names = list(self._named)
        if name in names:
            self.nav.setCurrentRow(names.index(name))
            self.pages.setCurrentWidget(self._named[name])
        elif name == "case" and self.case_page is not None:
            self.pages.setCurrentWidget(self.case_page)

    def current_page_name(self) -> str:
        current = self.pages.currentWidget()
        for name, page in self._named.items():
            if page is current:
                return name
        return "dashboard"

    def open_case(self, case_id: str) -> None:
        from inspector_desk.ui.case_view import CasePage

        if self.case_page is not None and self.case_page.case_id == case_id and self.form_page is None:
            self.pages.setCurrentWidget(self.case_page)  # already open: a second click shows it
            self.nav.clearSelection()
            return
        if self.case_page is not None:
            self.pages.removeWidget(self.case_page)
            self.case_page.deleteLater()
        self.case_page = CasePage(self, case_id)
        self.pages.addWidget(self.case_page)
        self.pages.setCurrentWidget(self.case_page)
        self.nav.clearSelection()

    def open_form(self, kind: str, case_id: str, record=None, draft=None) -> None:
        from inspector_desk.ui.form_view import FormPage

        page = self.form_page
        if (page is not None and record is not None and draft is None and page.kind == kind
                and getattr(page.record, "id", None) == getattr(record, "id", None)):
            self.pages.setCurrentWidget(page)  # the same record again: no second page
            return
        self.close_form()
        self.form_page = FormPage(self, kind, case_id, record=record, draft=draft)
        self.pages.addWidget(self.form_page)
        self.pages.setCurrentWidget(self.form_page)

    def close_form(self) -> None:
        if self.form_page is not None:
            self.pages.removeWidget(self.form_page)
            self.form_page.deleteLater()
            self.form_page = None
        if self.case_page is not None:
            self.pages.setCurrentWidget(self.case_page)

    # --- toolbar -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.show_page("register")
        self.register.search.setFocus()
        self.register.search.selectAll()

    def new_visit(self) -> None:
        if self.case_page is not None:
            self.open_form("visit", self.case_page.case_id)
        else:
            self.say(self.tr("Open a case first, then press Ctrl+N for a new visit."))

    def save_current(self) -> None:
        if self.form_page is not None and self.pages.currentWidget() is self.form_page:
            self.form_page.save()

    def say(self, text: str) -> None:
        self.status.setText(text)

    def _on_changed(self, changes) -> None:
        self.dashboard.refresh()
        self.register.model.refresh()
        if self.case_page is not None and self.case_page.case_id in changes.case_ids:
            self.case_page.refresh()

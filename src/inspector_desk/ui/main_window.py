"""The desk: a menu bar and a tool bar on top, sections on the left, one page at a time on the
right, a status line below.

Navigation never misleads (docs/desk.md):

- every way to a page (sidebar click, its shortcut, the menu, Ctrl+F, Back) shows that page
  and puts the keyboard focus in its first field; a click on the section already shown shows
  it again, refreshed;
- Back (Alt+Left, the tool bar, the View menu) returns to where the inspector came from: a
  small history of pages and cases; from a form it closes the form (its draft is kept);
- the window title names what is open by its case number and the page, never by a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QMenuBar,
    QMessageBox, QStackedWidget, QStatusBar, QToolBar, QVBoxLayout, QWidget,
)

from inspector_desk.ui import clock as ui_clock

if TYPE_CHECKING:
    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.errors import ErrorPresenter

STATUS_MS = 8000  # a status message goes away by itself: nothing stale stays on the line
HISTORY = 50  # places remembered for Back
FOCUS_WAIT_MS = 50  # how often a form still being built is checked for its first field
LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))  # each in its own words

# The navigation keys of the search box: they move the highlighted register row.
_ROW_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


# What the register's rows show of a case besides the case itself: the affected person's
# name, the active measures (and the next contact, which due_changed announces).
REGISTER_KINDS = {"case", "person", "participant", "measure"}


class Desk(QWidget):
    """Everything shown while the vault is unlocked. Destroyed on lock (the menu bar with it)."""

    def __init__(self, controller: "AppController") -> None:
        super().__init__()
        from inspector_desk.ui.audit_view import AuditPage
        from inspector_desk.ui.dashboard import DashboardPage
        from inspector_desk.ui.register import RegisterPage
        from inspector_desk.ui.settings_view import SettingsPage
        from inspector_desk.ui.sync_view import SyncPage

        self.controller = controller
        self.client = controller.client
        self.status_ms = STATUS_MS
        self.case_page = None
        self.form_page = None
        self._here: tuple[str, str] = ("page", "dashboard")
        self._history: list[tuple[str, str]] = []
        self._case_nos: dict[str, str] = {}  # case id -> case number, for the title
        self._last_focus: dict[int, QWidget] = {}  # page -> the field it had when left
        self._search_stale = False  # the search box holds text the table does not show yet
        self._enter_pending = False  # Enter came before the results: open the first one then
        self._passing = False  # a form is being closed on the way elsewhere
        self._stale: set[str] = set()  # sections whose rows changed while they were hidden

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.menu_bar = QMenuBar(self)
        self.menu_bar.setNativeMenuBar(False)  # always in the window, reachable by Alt and F10
        outer.setMenuBar(self.menu_bar)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        outer.addWidget(self.toolbar)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.nav = QListWidget()
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 14px } QListWidget::item { padding: 8px 6px }")
        self.nav.setAccessibleName(self.tr("Sections"))
        body.addWidget(self.nav)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 1)
        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        outer.addWidget(self.status)

        # Today and the register at once (the first thing seen, and Ctrl+F from anywhere);
        # the other sections are built when first shown: each asks the vault for its rows,
        # and at unlock those reads would queue behind the dashboard's on the one worker.
        self.dashboard = DashboardPage(self)
        self.register = RegisterPage(self)
        self._named: dict[str, QWidget] = {"dashboard": self.dashboard, "register": self.register}
        self._builders: dict[str, Callable[[Desk], QWidget]] = {
            "sync": SyncPage, "audit": AuditPage,
            "settings": lambda desk: SettingsPage(desk, desk.controller)}
        self._titles: dict[str, str] = {}
        for name, title in (
            ("dashboard", self.tr("Today")),
            ("register", self.tr("Cases")),
            ("sync", self.tr("Headquarters")),
            ("audit", self.tr("Audit log")),
            ("settings", self.tr("Settings")),
        ):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
            self._titles[name] = title
        for page in self._named.values():
            self.pages.addWidget(page)
        self.nav.setCurrentRow(0)
        # Arrow keys in the list show the sections and leave the focus in the list; a click
        # (even on the section already shown) or Enter shows it refreshed, focus on its field.
        self.nav.currentRowChanged.connect(self._nav_moved)
        self.nav.itemClicked.connect(lambda item: self.show_page(self._nav_name(item), refresh=True))
        self.nav.itemActivated.connect(lambda item: self.show_page(self._nav_name(item), refresh=True))

        self._focus_timer = QTimer(self, interval=FOCUS_WAIT_MS)
        self._focus_timer.timeout.connect(self._focus_when_ready)
        self._focus_tries = 0
        self._build_actions()
        self._build_menus()
        self._watch_search()
        self.client.changed.connect(self._on_changed)
        self._update_title()
        self.focus_first(self.dashboard)
        from inspector_desk.ui.case_dialogs import offer_dialog_drafts

        offer_dialog_drafts(self)  # a dialog half filled when the desk locked comes back

    # --- the sections -------------------------------------------------------------------

    def section(self, name: str) -> QWidget | None:
        """The page of a section of the list, built the first time it is asked for."""
        page = self._named.get(name)
        if page is None and name in self._builders:
            page = self._named[name] = self._builders[name](self)
            self.pages.addWidget(page)
        return page

    @property
    def sync(self):  # type: ignore[no-untyped-def]  # SyncPage, imported lazily
        return self.section("sync")

    @property
    def audit(self):  # type: ignore[no-untyped-def]
        return self.section("audit")

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        return self.section("settings")

    # --- actions, menus, tool bar --------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "",
                shown_key: str = "") -> QAction:
        """An action of the menu (and maybe the tool bar). ``shown_key``: a key read by the
        controller's application-wide filter (Ctrl+L, F12): shown in the menu, not bound twice."""
        a = QAction(text + (f"\t{shown_key}" if shown_key else ""), self)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)  # the shortcut works wherever the focus is inside the desk
        return a

    def _build_actions(self) -> None:
        c = self.controller
        self.back_action = self._action(self.tr("&Back"), self.go_back, "Alt+Left")
        self.back_action.setIconText(self.tr("← Back (Alt+Left)"))
        self.search_action = self._action(self.tr("&Search cases"), self.focus_search, "Ctrl+F")
        self.search_action.setIconText(self.tr("Search (Ctrl+F)"))
        self.new_case_action = self._action(self.tr("New &case…"), self.new_case, "Ctrl+Shift+N")
        self.new_visit_action = self._action(self.tr("New &visit"), self.new_visit, "Ctrl+N")
        self.new_visit_action.setIconText(self.tr("New visit (Ctrl+N)"))
        self.save_action = self._action(self.tr("&Save"), self.save_current, "Ctrl+S")
        self.save_action.setIconText(self.tr("Save (Ctrl+S)"))
        self.print_action = self._action(self.tr("&Print…"), self.print_current, "Ctrl+P")
        self.lock_action = self._action(self.tr("&Lock"), lambda: c.lock(), shown_key="Ctrl+L")
        self.lock_action.setIconText(self.tr("Lock (Ctrl+L)"))
        self.lock_button = self.lock_action  # the tool bar's Lock (older name)
        self.privacy_action = self._action(self.tr("&Privacy screen"), c.toggle_blank, shown_key="F12")
        self.quit_action = self._action(self.tr("&Quit"), self.quit, "Ctrl+Q")
        self.menu_key_action = self._action(self.tr("Menu"), self.open_menu, "F10")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About Inspector Desk"), self.show_about)
        self.page_actions: dict[str, QAction] = {}
        for i, name in enumerate(self._titles, start=1):
            self.page_actions[name] = self._action(
                self._titles[name], lambda n=name: self.show_page(n, refresh=True), f"Ctrl+{i}")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            a = self._action(name, lambda lang=code: self._set_language(lang))
            a.setCheckable(True)
            a.setChecked(code == c.settings.language)
            group.addAction(a)
            self.language_actions[code] = a
        for a in (self.back_action, self.search_action, self.new_visit_action, self.save_action,
                  self.lock_action):
            self.toolbar.addAction(a)
            a.setToolTip(a.iconText())

    def _build_menus(self) -> None:
        bar = self.menu_bar
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.case_menu = bar.addMenu(self.tr("&Case"))
        for a in (self.new_case_action, self.new_visit_action, self.save_action):
            self.case_menu.addAction(a)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for a in (self.back_action, self.search_action):
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        for a in self.page_actions.values():
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.privacy_action)
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def open_menu(self) -> None:
        """F10: the menu bar opens on its first menu (Alt alone highlights it, as usual)."""
        first = self.menu_bar.actions()[0]
        self.menu_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.menu_bar.setActiveAction(first)

    def _set_language(self, lang: str) -> None:
        if lang != self.controller.settings.language:
            QTimer.singleShot(0, lambda: self.controller.set_language(lang))  # after the menu closes

    def quit(self) -> None:
        """Ctrl+Q: an open form's unsaved answers are kept as a draft first."""
        if self.form_page is not None:
            self.form_page.save_draft()
            self.controller.runner.wait_idle(3000)
        self.controller.window.close()

    def show_shortcuts(self) -> None:
        rows = [(a.text().replace("&", "").split("\t")[0],
                 a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                 or (a.text().split("\t")[1] if "\t" in a.text() else ""))
                for a in (self.search_action, self.back_action, self.new_visit_action,
                          self.save_action, self.print_action, self.new_case_action,
                          self.lock_action, self.privacy_action, self.menu_key_action,
                          *self.page_actions.values(), self.quit_action)]
        text = "\n".join(f"{key}\t{what}" for what, key in rows if key)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Inspector Desk"),
                          self.tr("Inspector Desk {0}").format(self.controller.version))

    # --- navigation ----------------------------------------------------------------------

    @staticmethod
    def _nav_name(item: QListWidgetItem) -> str:
        return item.data(Qt.ItemDataRole.UserRole)

    def _nav_moved(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.show_page(self._nav_name(item), focus=not self.nav.hasFocus())

    def _select_nav(self, name: str | None) -> None:
        """Highlight the section shown, quietly; none while a case or a form is shown. (The
        list keeps a current row even then: a list without one takes its first row as soon
        as it gets the focus, which would show "Today" over the case.)"""
        blocked = self.nav.blockSignals(True)
        names = list(self._titles)
        if name in names:
            self.nav.setCurrentRow(names.index(name))
        else:
            self.nav.clearSelection()
        self.nav.blockSignals(blocked)

    def _go(self, where: tuple[str, str], widget: QWidget, remember: bool, focus: bool) -> None:
        """Show ``widget`` as the place ``where``; the place left is remembered for Back."""
        current = self.pages.currentWidget()
        if current is not None and current is not widget:
            fw = QApplication.focusWidget()
            if fw is not None and current.isAncestorOf(fw):
                self._last_focus[id(current)] = fw
        if remember and where != self._here:
            if not self._history or self._history[-1] != self._here:
                self._history.append(self._here)
                del self._history[:-HISTORY]
        self._here = where
        self.pages.setCurrentWidget(widget)
        if where[0] == "page" and where[1] in self._stale:  # changed while it was hidden
            self._refresh_section(where[1])
        self._select_nav(where[1] if where[0] == "page" else None)
        self.back_action.setEnabled(self.can_go_back())
        self._update_title()
        if focus:
            self.focus_first(widget)

    def show_page(self, name: str, refresh: bool = False, focus: bool = True,
                  remember: bool = True) -> None:
        if name == "case" and self.case_page is not None:  # older callers
            self._go(("case", self.case_page.case_id), self.case_page, remember, focus)
            return
        built = name in self._named
        page = self.section(name)
        if page is None:
            return
        if refresh and built:  # a click or a shortcut shows the page as it is now (a page
            # built just now has asked for its rows already)
            self._stale.discard(name)
            refresh_page = getattr(page, "refresh", None)
            if name == "register":
                self.register.model.refresh()
            elif callable(refresh_page):
                refresh_page()
        self._go(("page", name), page, remember, focus)

    def current_page_name(self) -> str:
        current = self.pages.currentWidget()
        for name, page in self._named.items():
            if page is current:
                return name
        return "dashboard"

    def open_case(self, case_id: str, remember: bool = True) -> None:
        from inspector_desk.ui.case_view import CasePage

        if self.case_page is not None and self.case_page.case_id == case_id:
            if self.form_page is not None and self.pages.currentWidget() is self.form_page:
                self.form_page.close_page()  # back to its case; the draft is kept
                return
            self._go(("case", case_id), self.case_page, remember, True)  # a second click shows it
            return
        if self.form_page is not None:
            self._passing = True  # closed on the way to another family: no stop at its case
            try:
                self.form_page.close_page()  # its draft is kept
            finally:
                self._passing = False
        if self.case_page is not None:
            self.pages.removeWidget(self.case_page)
            self.case_page.deleteLater()
        self.case_page = CasePage(self, case_id)
        self.pages.addWidget(self.case_page)
        self._go(("case", case_id), self.case_page, remember, True)

    def open_form(self, kind: str, case_id: str, record=None, draft=None) -> None:
        from inspector_desk.ui.form_view import FormPage

        page = self.form_page
        if (page is not None and record is not None and draft is None and page.kind == kind
                and getattr(page.record, "id", None) == getattr(record, "id", None)):
            self._go(("form", str(id(page))), page, True, True)  # the same record again: no second page
            return
        self.close_form()
        self.form_page = FormPage(self, kind, case_id, record=record, draft=draft)
        self.pages.addWidget(self.form_page)
        self._go(("form", str(id(self.form_page))), self.form_page, True, True)

    def close_form(self) -> None:
        if self.form_page is not None:
            self.pages.removeWidget(self.form_page)
            self._last_focus.pop(id(self.form_page), None)
            self.form_page.deleteLater()
            self.form_page = None
            if self.case_page is not None and not self._passing:
                self._go(("case", self.case_page.case_id), self.case_page, False, True)

    def can_go_back(self) -> bool:
        return self._here[0] == "form" or bool(self._history)

    def go_back(self) -> None:
        """Return to where the inspector came from (Alt+Left). From a form: close it, its
        draft kept, back to its case."""
        if self._here[0] == "form" and self.form_page is not None:
            self.form_page.close_page()
            return
        while self._history:
            kind, key = self._history.pop()
            if (kind, key) == self._here:
                continue
            if kind == "page":
                self.show_page(key, remember=False)
                return
            if kind == "case":
                self.open_case(key, remember=False)
                return
            if kind == "form" and self.form_page is not None and str(id(self.form_page)) == key:
                self._go((kind, key), self.form_page, False, True)
                return
        self.back_action.setEnabled(self.can_go_back())

    # --- focus ---------------------------------------------------------------------------

    def focus_first(self, page: QWidget) -> None:
        """The keyboard goes to the page's first field; a page left and come back to gets
        the field it had. A form still being built gets it as soon as it is ready."""
        self._focus_timer.stop()
        before = self._last_focus.pop(id(page), None)
        if before is not None and shiboken6.isValid(before) and before.isVisibleTo(page) \
                and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if page is self.form_page and not getattr(page, "ready", True):
            page.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard stays in the form meanwhile
            self._focus_tries = 0
            self._focus_timer.start()
            return
        if page is self.form_page:
            self._focus_form(page)
            return
        target = self._first_field(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_form(self, page: QWidget) -> None:
        """A form knows where the keyboard starts: the first field still needing an answer
        (ui/form_view.py), not literally the first one (often prefilled)."""
        start = getattr(page, "focus_start", None)
        if start is not None:
            start()
            return
        target = self._first_field(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_when_ready(self) -> None:
        page = self.form_page
        self._focus_tries += 1
        if page is None or self.pages.currentWidget() is not page or self._focus_tries > 400:
            self._focus_timer.stop()
            return
        if getattr(page, "ready", True):
            self._focus_timer.stop()
            fw = QApplication.focusWidget()
            if fw is None or fw is page or not page.isAncestorOf(fw):
                self._focus_form(page)

    def _first_field(self, page: QWidget) -> QWidget | None:
        if page is self.register:
            return self.register.search
        if page is self.dashboard:
            return self.dashboard.view
        if page is self.case_page:
            return self.case_page.timeline_view  # a list: arrows and Enter open a record
        container = getattr(page, "body", None) if page is self.form_page else None
        return _first_focusable(container or page)

    # --- the register's search box ---------------------------------------------------------

    def _watch_search(self) -> None:
        """Enter in the search box opens exactly the highlighted row (row 1 is highlighted as
        the results come); the arrow keys move the highlight. Enter typed before the results
        of the latest letters opens the first of those results, never of older ones."""
        reg = self.register
        reg.search.installEventFilter(self)
        reg.search.textChanged.connect(self._search_typed)
        reg._debounce.timeout.connect(self._search_typed)
        reg.model.modelReset.connect(self._search_results)

    def _search_typed(self, *_args) -> None:
        self._search_stale = True

    def _search_results(self) -> None:
        reg = self.register
        if reg._debounce.isActive():
            return  # more letters are coming
        self._search_stale = False
        if reg.model.total:
            reg.table.setCurrentIndex(reg.model.index(0, 0))
        if self._enter_pending:
            self._enter_pending = False
            self._open_highlighted()

    def _open_highlighted(self) -> None:
        reg = self.register
        if not reg.model.total:
            self.say(self.tr("No case found."))
            return
        index = reg.table.currentIndex()
        reg._open(index if index.isValid() else reg.model.index(0, 0))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.register.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_stale or self.register._debounce.isActive():
                    if self.register._debounce.isActive():
                        self.register._debounce.stop()
                        self.register._apply()
                    self._enter_pending = True
                else:
                    self._open_highlighted()
                return True
            if key in _ROW_KEYS and self.register.model.total:
                table = self.register.table
                row = table.currentIndex().row() if table.currentIndex().isValid() else -1
                row = max(0, min(self.register.model.total - 1, row + _ROW_KEYS[key]))
                table.setCurrentIndex(self.register.model.index(row, 0))
                table.scrollTo(table.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)
                return True
        return super().eventFilter(obj, event)

    # --- the window title ------------------------------------------------------------------

    def _update_title(self) -> None:
        """The title shows in the task bar and in Alt+Tab, to anyone in the room: it names
        the page and the case by its number only, never a person (nor an address)."""
        kind, key = self._here
        if kind == "page":
            what = self._titles.get(key, "")
        elif kind == "case":
            what = self.tr("Case {0}").format(self._case_nos.get(key, "…"))
        else:
            page = self.form_page
            from inspector_desk.ui.labels import Labels

            what = Labels().kind(page.kind) if page is not None else ""
            if page is not None:
                what += " — " + self._case_nos.get(page.case_id, "…")
        self.controller.show_title(what)

    def case_shown(self, page) -> None:
        """Called by the case page once its case has loaded (or reloaded): the title gets the
        case number, and a contact already overdue is flagged on the page itself."""
        if page is not self.case_page or page.view is None:
            return
        self._case_nos[page.case_id] = page.view.case.case_no
        self._update_title()
        due = page.view.next_due
        if due is not None and page.view.case.status != "closed":
            at = due[0]
            now = ui_clock.now() if at.tzinfo else ui_clock.now().replace(tzinfo=None)
            if at < now:
                days = (now - at).days
                flag = (self.tr("OVERDUE by {0} day(s)").format(days) if days >= 1
                        else self.tr("OVERDUE"))
                page.due.setText(f"● {flag}: {page.due.text()}")
                page.due.setStyleSheet("color: #b91c1c; font-weight: 600")
                page.due.setProperty("overdue", True)
                return
        page.due.setStyleSheet("")
        page.due.setProperty("overdue", False)

    # --- the actions -----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F from anywhere: the register is shown and its search box has the focus (an
        open form stays open behind it: Back returns to it)."""
        self.show_page("register", focus=False)
        self.register.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register.search.selectAll()

    def _case_on_screen(self) -> str | None:
        """The case the inspector is looking at: its page or one of its forms."""
        if self._here[0] == "case" and self.case_page is not None:
            return self.case_page.case_id
        if self._here[0] == "form" and self.form_page is not None:
            return self.form_page.case_id
        return None

    def new_visit(self) -> None:
        case_id = self._case_on_screen()
        if case_id is not None:
            self.open_form("visit", case_id)
        else:
            self.say(self.tr("Open a case first, then press Ctrl+N for a new visit."))

    def new_case(self) -> None:
        from inspector_desk.ui.case_dialogs import NewCaseDialog

        NewCaseDialog(self, self).open()

    def save_current(self) -> None:
        if self.form_page is not None and self.pages.currentWidget() is self.form_page:
            self.form_page.save()
        else:
            self.say(self.tr("Nothing to save on this page: Ctrl+S saves an open form."))

    def print_current(self) -> None:
        from inspector_desk.ui.documents import DocumentDialog

        page = self.form_page
        if self._here[0] == "form" and page is not None and page.record is not None:
            doc = "measure-notice" if page.kind == "measure" else page.kind
            DocumentDialog(self, doc, page.record.id, page).open()
        elif self._case_on_screen() is not None:
            DocumentDialog(self, "case-summary", self._case_on_screen(), self).open()
        else:
            self.say(self.tr("Open a case first: printing is of a case or one of its records."))

    def say(self, text: str) -> None:
        self.status.showMessage(text, self.status_ms)

    # --- what the pages receive besides navigation (ui/pages.py DeskPort) ---------------

    @property
    def presenter(self) -> ErrorPresenter:
        return self.controller.presenter

    @property
    def inspector(self) -> InspectorInfo | None:
        return self.controller.inspector

    @property
    def session_login(self) -> str:
        return self.controller.session_login

    @property
    def language(self) -> str:
        return self.controller.settings.language

    def refresh_dashboard(self) -> None:
        self.dashboard.refresh()

    def _on_changed(self, changes) -> None:
        """Refresh what the change set says may look different, and only when it is on
        screen: a page behind others is marked stale and read again when shown."""
        if changes.records or changes.due_changed:  # the unsent count, due dates, risks
            self._stale.add("dashboard")
        if changes.due_changed or set(changes.records) & REGISTER_KINDS:
            self._stale.add("register")
        current = self.pages.currentWidget()
        for name in list(self._stale):
            if self._named.get(name) is current:
                self._refresh_section(name)
        if self.case_page is not None and self.case_page.case_id in changes.case_ids:
            self.case_page.refresh()

    def _refresh_section(self, name: str) -> None:
        self._stale.discard(name)
        if name == "register":
            self.register.model.refresh()
        elif name == "dashboard":
            self.dashboard.refresh()


def _first_focusable(container: QWidget) -> QWidget | None:
    """The first widget in ``container`` that Tab would reach: visible, enabled, takes focus."""
    w = container.nextInFocusChain()
    seen = 0
    while w is not None and w is not container and seen < 2000:
        seen += 1
        if container.isAncestorOf(w) and w.isVisibleTo(container) and w.isEnabled() \
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None:
            return w
        w = w.nextInFocusChain()
    return None

"""What a page of the desk receives: :class:`DeskPort`, the typed seam between a page and the
desk that shows it (ui/main_window.py ``Desk``).

A page (the dashboard, the register, a case, a form, the Headquarters and Audit sections, the
case dialogs, the document dialog) reads and saves through ``client`` (ui/client.py: the
use cases and the application's jobs, on the worker thread), shows errors through
``presenter``, and moves the person around through the navigation methods. It is given
nothing else: not the controller, the core, the session or another page. (The Settings page
also receives the controller itself, typed: its moves are the controller's own, backup,
restore, a new passphrase, the language.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.ui.client import ServiceClient
    from inspector_desk.ui.errors import ErrorPresenter


class DeskPort(Protocol):
    """The desk as its pages see it."""

    client: ServiceClient

    @property
    def presenter(self) -> ErrorPresenter:
        """Shows an error (a dialog) or turns it into words for a page's own label."""

    @property
    def inspector(self) -> InspectorInfo | None:
        """Who is working (their name, login and unit)."""

    @property
    def session_login(self) -> str:
        """The login of who is working ("" before the profile is known)."""

    @property
    def language(self) -> str:
        """The language of the screens: ru, kk or en."""

    def open_case(self, case_id: str, remember: bool = True) -> None: ...

    def open_form(self, kind: str, case_id: str, record: Any = None, draft: Any = None) -> None: ...

    def close_form(self) -> None: ...

    def case_shown(self, page: QWidget) -> None:
        """A case page has its case on screen (the window title, an overdue contact flagged)."""

    def show_page(self, name: str, refresh: bool = False, focus: bool = True,
                  remember: bool = True) -> None: ...

    def refresh_dashboard(self) -> None:
        """Read Today's lists again (after an exchange with headquarters)."""

    def say(self, text: str) -> None:
        """A short message in the status bar."""

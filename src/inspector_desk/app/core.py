"""The application core: the one owner of the unlocked state (ARCHITECTURE.md, habit 10).

Like Anki's ``Collection``, one object holds what exists only while the vault is unlocked:
the open vault and its keys (inside :class:`~inspector_desk.app.session.Session`) and the
composed services; ``generation`` says which opening a job ran against. The desktop window and the command
line reach the vault only through it: ``core.services`` for the use cases, ``core.session``
for the few application jobs that need the session itself (documents, sync, backup).

Locking ends it: :meth:`lock` closes the vault (SQLCipher wipes its
key pages) and drops every reference. Python cannot promise that no copy of a key or a name
is left in its heap after that (immutable ``str``/``bytes``, freed but not zeroed memory), so
the desktop program does not stop there: after ``lock()`` it replaces its own process with
a fresh one that shows the unlock screen (``ui/relaunch.py``, docs/lock.md), and the kernel
takes the old address space, every thread and every copy with it.

The core is plain Python: the UI's task runner calls it from its one worker thread, the CLI
from its main thread. It never imports Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from typing import TYPE_CHECKING

from inspector_desk.app.profile import Profiles
from inspector_desk.core.errors import VaultLocked

if TYPE_CHECKING:  # loaded with the first vault opened, not before the unlock window
    from inspector_desk.app.session import InspectorInfo, Session
    from inspector_desk.app.actions import AppActions
    from inspector_desk.core.services import DeskService

log = logging.getLogger(__name__)


class AppCore:
    """Open, use and lock one profile's vault. Thread-confined to its caller's worker."""

    def __init__(self, profiles: Profiles, profile: str = "default") -> None:
        self.profiles = profiles
        self.profile = profile
        self._session: Session | None = None
        self.generation = 0  # +1 on every unlock and lock: results of an older one are void

    # --- the unlocked state --------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self._session is not None and not self._session.locked

    @property
    def session(self) -> Session:
        if not self.unlocked:
            raise VaultLocked("the vault is locked")
        assert self._session is not None
        return self._session

    @property
    def services(self) -> DeskService:
        return self.session.services

    @property
    def actions(self) -> AppActions:
        """The application's jobs on the open vault for the screens (app/actions.py)."""
        from inspector_desk.app.actions import AppActions

        return AppActions(self.session, self.profiles, self.profile)

    @property
    def inspector(self) -> InspectorInfo | None:
        return self._session.inspector if self.unlocked and self._session else None

    def case_notices(self, case_id: str, lang: str) -> list[str]:
        """Headquarters' notices about this case's persons (app/notices.py), one line each."""
        from inspector_desk.app import notices

        s = self.session
        return [notices.notice_text(s, n, lang) for n in notices.notices(s, case_id)]

    # --- moves ---------------------------------------------------------------------------

    def create(self, passphrase: str, inspector: InspectorInfo, *, allow_passphrase_only: bool = False,
               enrolment: Path | None = None, hq_fingerprint: str | None = None) -> InspectorInfo:
        """First run: make the profile, and enrol with headquarters if a file was given.

        An enrolment that fails (a wrong fingerprint, a forged file) removes the profile
        just made, so that the person can try again from the start with the right file."""
        session = self.profiles.create(self.profile, passphrase, inspector,
                                       allow_passphrase_only=allow_passphrase_only)
        if enrolment is not None:
            from inspector_desk.app import sync

            try:
                sync.import_enrolment(session, Path(enrolment), profiles=self.profiles,
                                      profile=self.profile, passphrase=passphrase,
                                      expect_hq_key_id=hq_fingerprint)
            except BaseException:
                session.lock()
                self.profiles.discard_new(self.profile)
                raise
        self._open(session)
        return inspector

    def prepare(self) -> None:
        """Load what every unlock needs and no secret: the form definitions. Called while
        the unlock page waits for the passphrase."""
        self.profiles.forms  # noqa: B018 - loaded once, kept by the profiles

    def unlock(self, passphrase: str) -> InspectorInfo:
        session = self.profiles.unlock(self.profile, passphrase)
        self._open(session)
        return session.inspector

    def restore(self, backup: Path, passphrase: str) -> Path:
        """Replace this profile's vault with a backup and open it; returns the folder that
        keeps the previous files. The backup is checked in full while the current session
        stays open: not a backup, damaged, a wrong passphrase (counted) or a wait leave
        everything as it was. Only then is the session locked, the files replaced and the
        restored vault unlocked with the same passphrase. If replacing fails the previous
        files are put back and the vault stays locked (``unlocked`` is False)."""
        checked = self.profiles.check_backup(self.profile, Path(backup), passphrase)
        self.lock()
        kept = self.profiles.install_backup(self.profile, checked)
        self.unlock(passphrase)
        return kept

    def _open(self, session: Session) -> None:
        if self._session is not None:
            self._session.lock()
        self._session = session
        self.generation += 1

    def lock(self) -> None:
        """Close the vault, forget the session. Safe to call twice. The jobs queued against
        it are the caller's to cancel (the desktop's task runner does it before the lock is
        queued); whatever still runs finds the vault locked."""
        session, self._session = self._session, None
        self.generation += 1
        if session is not None:
            session.lock()
            log.info("vault locked")

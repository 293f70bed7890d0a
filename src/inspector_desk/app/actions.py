"""What the screens may do with the open vault beyond the use cases, each a typed method.

The use cases (core/services) cover what an inspector records and reads. A few jobs belong
to the application instead: printing a document, the exchange with headquarters (bundles,
receipts, update packs, enrolment, sending online), and the vault's own upkeep (backup,
check). The screens ask for those through :class:`AppActions`, which
``ServiceClient.act`` (ui/client.py) hands to a job on the worker thread; the session
behind it (the vault, the keys, the signing key) stays here, never in a screen.

Each method is one call of the module that does the work (app/documents.py, app/sync.py,
app/online.py, app/profile.py); the command line calls those modules directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Generator

from inspector_desk.app import online, sync
from inspector_desk.core.errors import VaultLocked

if TYPE_CHECKING:
    from inspector_desk.app.documents import Rendering
    from inspector_desk.app.online import OnlineStatus, SendResult
    from inspector_desk.app.profile import BackupInfo, Profiles
    from inspector_desk.app.session import Session
    from inspector_desk.app.sync import SyncStatus
    from inspector_desk.storage.vault import DoctorReport
    from inspector_desk.sync.apply_update import UpdateResult


class Printing:
    """Printed documents of the open vault (app/documents.py)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def renderings(self, document: str, ref: str) -> list[Rendering]:
        """The copies ``document`` of record ``ref`` may be printed as (whose, for whom)."""
        from inspector_desk.app import documents  # reportlab: loaded when printing is asked for

        return documents.renderings(self._session, document, ref)

    def print(self, document: str, ref: str | None, lang: str, *, audience: str | None = None,
              person_id: str | None = None) -> tuple[bytes, str]:
        """The PDF (printing is audited) and the file name a saved copy gets."""
        from inspector_desk.app import documents

        pdf = documents.print_document(self._session, document, ref, lang, audience=audience,
                                       person_id=person_id)
        return pdf, documents.file_name(self._session, document, ref, audience)


class Exchange:
    """The exchange with headquarters: by USB stick (app/sync.py) and online (app/online.py)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def status(self) -> SyncStatus:
        return sync.status(self._session)

    def online_status(self) -> OnlineStatus:
        return online.status(self._session)

    def set_auto(self, on: bool) -> bool:
        """Send automatically (a setting kept in the vault)."""
        return online.set_auto(self._session, on)

    def export(self, folder: Path) -> Generator[tuple[int, int], None, Any]:
        """Write the bundle(s) into ``folder``; yields progress, returns the bundles written
        (a job the task runner can cancel between steps)."""
        run = sync.export(self._session, folder)
        yield from run
        return run.result

    def send(self) -> Generator[tuple[int, int], None, SendResult]:
        """One exchange with headquarters' intake; yields progress."""
        result: SendResult = yield from online.send(self._session)
        return result

    def import_receipt(self, path: Path, lang: str) -> list[str]:
        """Take a receipt; the changes headquarters holds, each with its reason and what to do."""
        result = sync.import_receipt(self._session, path)
        return sync.held_notes(self._session, result, lang)

    def import_update(self, path: Path) -> UpdateResult:
        return sync.import_update(self._session, path)

    def enrolment_request(self, folder: Path) -> Path:
        return sync.enrolment_request(self._session, folder)

    def import_enrolment(self, path: Path, expect_hq_key_id: str) -> Any:
        """Take headquarters' enrolment file, trusted only if signed by the key whose
        fingerprint the inspector typed from the letter."""
        return sync.import_enrolment(self._session, path, expect_hq_key_id=expect_hq_key_id)


class Upkeep:
    """The vault's own upkeep: a verified backup, the integrity check."""

    def __init__(self, session: Session, profiles: Profiles, profile: str) -> None:
        self._session, self._profiles, self._profile = session, profiles, profile

    def backup(self, passphrase: str, folder: Path) -> BackupInfo:
        """A consistent encrypted copy plus the key file, verified by opening it; the
        passphrase is checked again (Profiles.backup)."""
        return self._profiles.backup(self._session, self._profile, passphrase, folder)

    def doctor(self) -> DoctorReport:
        vault = self._session.vault
        if vault is None:
            raise VaultLocked("the vault is locked")
        return vault.doctor()


class AppActions:
    """The application's jobs on the open vault, by subject (see the module's docstring)."""

    def __init__(self, session: Session, profiles: Profiles, profile: str) -> None:
        self.printing = Printing(session)
        self.exchange = Exchange(session)
        self.upkeep = Upkeep(session, profiles, profile)

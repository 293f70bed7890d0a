"""What the headquarters desk window does (docs/hq-desk.md), without Qt and without SQL in
its callers.

An :class:`HqSession` is one person at headquarters: the unit's keys (the headquarters
passphrase), the repository (the SQLCipher file or PostgreSQL) and the HQ user who unlocked
it with their own login and passphrase (hq/users.py). Every method checks the user's role
(:func:`hq.users.allowed`) and runs under the user's login as the actor of the HQ audit; it
returns plain dataclasses the screens show. The work itself is done by the modules the
command line uses (importer, receipts, review, updates, recovery, devices, quarantine,
report): there is no second importer and no second way to decide a conflict.

The session is not thread-safe: the window calls it from one worker thread only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from inspector_desk.core import kinds
from inspector_desk.core.errors import InspectorDeskError, NotFound, ValidationError
from inspector_desk.core.ports import SystemClock
from inspector_desk.core.records import FamilyCase, Incident, Measure, Visit
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.hq import devices as hq_devices
from inspector_desk.hq import keys as hq_keys
from inspector_desk.hq import quarantine as hq_quarantine
from inspector_desk.hq import recovery as hq_recovery
from inspector_desk.hq import report as hq_report
from inspector_desk.hq import review, summary, updates
from inspector_desk.hq import users as hq_users
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.gaps import gaps_of
from inspector_desk.hq.importer import AlreadyImported, Importer, Rejection
from inspector_desk.hq.intake.tls import enrolment_intake
from inspector_desk.hq.receipts import write_receipt
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.sync.canonical import read_limited
from inspector_desk.sync.records_codec import record_from_json

ENDING_DAYS = 5
"""Caseload: measures whose term ends within this many days."""
HIGH_RISK = "high"
VIEW_CASE = "view_case"
NotAllowed = hq_users.NotAllowed


def _now() -> dt.datetime:
    """The unit's clock (core/ports.py ``SystemClock``: UTC+5), never the computer's zone."""
    return SystemClock().now()


def _age_hours(at: str | None, now: dt.datetime) -> float | None:
    if not at:
        return None
    try:
        then = dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=dt.timezone.utc)
    return max((now - then).total_seconds() / 3600, 0.0)


# --- what the screens show ----------------------------------------------------------------------


@dataclass
class DeviceOverview:
    device_id: str
    prefix: str
    status: str
    login: str
    name: str
    unit: str
    district: str
    enrolled_at: str
    bundles: int
    last_seq: int
    last_bundle_at: str | None
    last_bundle_age_hours: float | None
    missing: list[int]
    burned: list[int]
    forks: list[int]
    revoked_at: str | None
    revoke_reason: str


@dataclass
class EnrolmentLetter:
    """What headquarters gives the inspector with the enrolment file."""

    device_id: str
    prefix: str
    login: str
    name: str
    unit: str
    fingerprint: str        # as the inspector types it: four groups of four (hq/keys.py)
    file: Path
    replaced_key: bool


@dataclass
class InboxRow:
    file: str
    outcome: str            # imported | already_imported | refused | skipped
    device_id: str
    seq: int | None
    records: int = 0
    conflicts: int = 0
    code: str = ""          # the refusal's code (docs/bundle-format.md)
    reason: str = ""
    quarantined: str = ""
    notes: list[str] = field(default_factory=list)
    error: Any = None       # the refusal itself (the desk names it in the reader's language)


@dataclass
class QuarantineSummary:
    folder: Path
    count: int
    bytes: int
    by_reason: dict[str, int]
    by_device: dict[str, int]
    oldest: dt.datetime | None
    newest: dt.datetime | None
    retention_days: int
    expired: int


@dataclass
class InboxResult:
    total: int = 0
    rows: list[InboxRow] = field(default_factory=list)
    receipts: list[Path] = field(default_factory=list)
    receipts_dir: Path | None = None
    cancelled: bool = False
    quarantine: QuarantineSummary | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)


@dataclass
class CaseFlags:
    case_id: str
    case_no: str
    district: str
    inspector: str
    status: str
    risk_level: str
    due_at: dt.datetime | None
    due_reason: str
    overdue: bool
    ending_soon: int        # active measures ending within ENDING_DAYS
    court_missing: int


@dataclass
class CaseloadRow:
    district: str
    inspector: str
    open_cases: int = 0
    high_risk: int = 0
    overdue: int = 0
    ending_soon: int = 0
    court_missing: int = 0
    last_sync_at: str | None = None
    last_sync_age_hours: float | None = None
    cases: list[CaseFlags] = field(default_factory=list)


@dataclass
class CaseRecord:
    kind: str
    record_id: str
    at: str
    summary: str
    data: dict[str, Any]


@dataclass
class CaseView:
    """A case as headquarters holds it, for reading only (every view is audited)."""

    case_id: str
    case_no: str
    fields: dict[str, Any]
    people: list[tuple[str, str, str]]     # (role, name, birth date)
    records: list[CaseRecord]
    owner_device: str
    owner_login: str


@dataclass
class AuditEntry:
    at: str
    actor: str
    action: str
    subject: str
    detail: str


@dataclass
class CaseChoice:
    case_id: str
    case_no: str
    inspector: str


# --- the session --------------------------------------------------------------------------------


class HqSession:
    """One person at headquarters, from login to lock."""

    def __init__(self, home: Path, keys: hq_keys.HqKeys, repo: Repository, user: hq_users.HqUser,
                 now: Callable[[], dt.datetime] = _now, db: str | None = None) -> None:
        self.home, self.keys, self.repo, self.user, self.now = Path(home), keys, repo, user, now
        self.db = db
        self._rules: FollowUpRules | None = None
        self._cache: dict[Any, tuple[Any, dt.datetime, Any]] = {}

    # --- answers kept while the data has not changed ----------------------------------------

    CACHE_MINUTES = 10
    """A kept answer (caseload, figures, link candidates) is also recomputed after this long:
    "overdue" moves with the clock even when no bundle arrives."""

    def data_stamp(self) -> tuple:
        """Changes whenever what the heavy screens show can change: a bundle imported, a
        decision taken (conflicts, links), a case reassigned, a device enrolled or revoked."""
        bundles = self.repo.db.query("SELECT count(*), max(imported_at) FROM bundles")[0]
        events = self.repo.db.query(
            "SELECT count(*), max(at) FROM events WHERE action NOT IN ('desk_login', 'desk_lock', 'view_case')")[0]
        return tuple(bundles) + tuple(events)

    def _kept(self, key: Any, compute: Callable[[], Any]) -> Any:
        stamp, now = self.data_stamp(), self.now()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == stamp and now - hit[1] < dt.timedelta(minutes=self.CACHE_MINUTES):
            return hit[2]
        value = compute()
        self._cache[key] = (stamp, now, value)
        return value

    @classmethod
    def open(cls, home: Path, db: str | None, hq_passphrase: str, login: str, user_passphrase: str, *,
             now: Callable[[], dt.datetime] = _now,
             unlock: Callable[[Path, str], hq_keys.HqKeys] = hq_keys.unlock) -> "HqSession":
        """Unlock the keys with the headquarters passphrase, open the database and
        authenticate the person (hq/users.py: one refusal for every wrong answer)."""
        keys = unlock(Path(home), hq_passphrase)
        repo = Repository(open_backend(db or None, Path(home), keys.db_key))
        try:
            user = hq_users.authenticate(repo, login, user_passphrase)
        except BaseException:
            repo.close()
            raise
        session = cls(home, keys, repo, user, now, db)
        with repo.transaction():
            repo.add_event(session.at(), user.login, "desk_login", user.login, user.role)
        return session

    @classmethod
    def first_admin(cls, home: Path, db: str | None, hq_passphrase: str, login: str, name: str,
                    user_passphrase: str, *, now: Callable[[], dt.datetime] = _now,
                    unlock: Callable[[Path, str], hq_keys.HqKeys] = hq_keys.unlock) -> "HqSession":
        """A database without users gets its first one, an admin (``users add`` on the
        command line does the same); then that person is logged in."""
        keys = unlock(Path(home), hq_passphrase)
        repo = Repository(open_backend(db or None, Path(home), keys.db_key))
        try:
            if hq_users.has_users(repo):
                raise hq_users.UserRequired("this headquarters already has users: log in")
            hq_users.add(repo, login, name, "admin", user_passphrase, at=now().isoformat(),
                         actor=login.strip().lower())
        finally:
            repo.close()
        return cls.open(home, db, hq_passphrase, login, user_passphrase, now=now, unlock=lambda *_: keys)

    def close(self) -> None:
        try:
            with self.repo.transaction():
                self.repo.add_event(self.at(), self.user.login, "desk_lock", self.user.login, "")
        except Exception:  # noqa: BLE001 - a lock always closes, whatever the database says
            pass
        self.repo.close()

    # --- basics --------------------------------------------------------------------------

    @property
    def actor(self) -> str:
        return self.user.login

    def at(self) -> str:
        return self.now().isoformat()

    def allowed(self, action: str) -> bool:
        return self.user.allowed(action)

    def _need(self, action: str) -> None:
        if not self.allowed(action):
            raise NotAllowed("the role does not allow this", login=self.user.login, role=self.user.role,
                             action=action)

    @property
    def outbox_updates(self) -> Path:
        return self.home / "outbox" / "updates"

    @property
    def outbox_receipts(self) -> Path:
        return self.home / "outbox" / "receipts"

    @property
    def fingerprint(self) -> str:
        return hq_keys.fingerprint(self.keys.public)

    @property
    def rules(self) -> FollowUpRules:
        if self._rules is None:
            self._rules = hq_report.default_rules()
        return self._rules

    # --- devices -----------------------------------------------------------------------------

    def devices(self) -> list[DeviceOverview]:
        self._need("devices")
        now = self.now()
        out = []
        for d in self.repo.devices():
            bundles = self.repo.bundles_of(d.device_id)
            g = gaps_of(self.repo, d.device_id)
            last = max((b.imported_at for b in bundles), default=None)
            out.append(DeviceOverview(d.device_id, d.case_prefix, d.status, d.login, d.name, d.unit,
                                      d.district, d.enrolled_at, len(bundles), g.highest, last,
                                      _age_hours(last, now), g.missing, g.burned, g.forks,
                                      d.revoked_at, d.revoke_reason))
        return out

    def enrol(self, request: Path, prefix: str, *, unit: str | None = None, out: Path | None = None,
              replace_key: bool = False, reason: str = "") -> EnrolmentLetter:
        """Approve an enrolment request; the enrolment file is written beside the request
        (or into ``out``) and the letter names the fingerprint the inspector types."""
        self._need("enrol")
        row, data = hq_devices.approve(self.repo, self.keys, read_limited(Path(request)),
                                       case_prefix=prefix, at=self.at(), actor=self.actor, unit=unit,
                                       replace_key=replace_key, reason=reason,
                                       intake=enrolment_intake(self.home))  # docs/hq-server.md
        dest = Path(out) if out else Path(request).parent
        if dest.is_dir():
            dest = dest / f"idesk-enrolment-{row.device_id[:8]}.idenrol"
        write_atomic(dest, data)
        return EnrolmentLetter(row.device_id, row.case_prefix, row.login, row.name, row.unit,
                               self.fingerprint, dest, replace_key)

    def revoke(self, device_id: str, reason: str) -> None:
        self._need("revoke")
        if not reason.strip():
            raise ValidationError({"reason": ["required"]})
        hq_devices.revoke(self.repo, device_id, reason.strip(), self.at(), self.actor)

    def receipt(self, device_id: str) -> Path:
        self._need("inbox")
        return write_receipt(self.repo, self.keys, self.home, device_id, self.at(), self.outbox_receipts)

    # --- inbox -----------------------------------------------------------------------------

    def import_inbox(self, paths: list[Path], receipts_dir: Path | None = None) -> "InboxJob":
        """A job that imports every ``*.idb`` of the folders (or the files) given, one file
        at a time; iterate it for ``(done, total)``; stopping the iteration (cancel) leaves
        what was imported imported and still writes the receipts."""
        self._need("inbox")
        return InboxJob(self, [Path(p) for p in paths], Path(receipts_dir) if receipts_dir
                        else self.outbox_receipts)

    def quarantine(self, days: int = hq_quarantine.DEFAULT_RETENTION_DAYS) -> QuarantineSummary:
        self._need("inbox")
        r = hq_quarantine.report(self.home)
        old = hq_quarantine.expired(self.home, self.now(), days)
        return QuarantineSummary(self.home / hq_quarantine.QUARANTINE, r.count, r.bytes, dict(r.by_reason),
                                 dict(r.by_device), r.oldest, r.newest, days, len(old))

    def purge_quarantine(self, days: int = hq_quarantine.DEFAULT_RETENTION_DAYS) -> tuple[int, int]:
        self._need("inbox")
        return hq_quarantine.purge(self.home, self.repo, self.now(), self.actor, days)

    # --- conflicts and held changes (hq/review.py, as is) -----------------------------------

    def review_items(self) -> list[review.Item]:
        self._need("conflicts")
        return review.items(self.repo)

    def review_load(self, ref: str) -> review.Item:
        self._need("conflicts")
        return review.load(self.repo, ref)

    def resolve(self, ref: str, *, take: dict[str, str] | None = None, values: dict[str, Any] | None = None,
                rest: str | None = None, note: str) -> review.Decision:
        self._need("conflicts")
        return review.resolve(self.repo, self.keys, ref, take=take, values=values, rest=rest, note=note,
                              actor=self.actor, at=self.at(), out_dir=self.outbox_updates)

    def reject(self, ref: str, note: str) -> review.Decision:
        self._need("conflicts")
        return review.reject(self.repo, self.keys, ref, note=note, actor=self.actor, at=self.at(),
                             out_dir=self.outbox_updates)

    def decisions(self) -> list[dict[str, Any]]:
        self._need("conflicts")
        return review.decisions(self.repo)

    # --- caseload and oversight --------------------------------------------------------------

    def caseload(self) -> list[CaseloadRow]:
        """Per district and inspector: open cases, high-risk families, overdue contacts
        (core/rules.py ``next_due``, the shipped follow-up rules), measures ending within
        :data:`ENDING_DAYS` days, court decisions missing, and the last bundle from the
        inspector's laptops. The rows' ``cases`` stay empty: a group's cases are read when it
        is opened (:meth:`caseload_cases`)."""
        self._need("caseload")
        return self._kept("caseload", self._caseload)

    def _caseload(self) -> list[CaseloadRow]:
        """Counted by the database over the per-case summary (hq/summary.py
        ``caseload_groups``, kept by every import and decision): the next contact due is
        compared with the clock, the measures' last days with today."""
        now = self.now()
        summary.ensure(self.repo, now)
        last_sync: dict[str, str] = {}
        for login, last in self.repo.db.query(
                "SELECT d.login, max(b.imported_at) FROM devices d JOIN bundles b ON b.device_id = d.device_id "
                "GROUP BY d.login"):
            if last:
                last_sync[login] = last
        rows = []
        for district, inspector, n, high, overdue, ending, court in summary.caseload_groups(
                self.repo, now, ENDING_DAYS, HIGH_RISK):
            row = CaseloadRow(district, inspector, n, high, overdue, ending, court)
            row.last_sync_at = last_sync.get(inspector)
            row.last_sync_age_hours = _age_hours(row.last_sync_at, now)
            rows.append(row)
        return sorted(rows, key=lambda r: (r.district, r.inspector))

    def caseload_cases(self, district: str | None, inspector: str | None, offset: int = 0,
                       limit: int | None = None) -> list[CaseFlags]:
        """One group's open cases, overdue first, then by the next contact due and the case
        number; ``offset``/``limit``: one page of them (the screen reads a page at a time)."""
        self._need("caseload")
        cases = self._kept(("caseload_cases", district, inspector), lambda: self._group_cases(district, inspector))
        return cases[offset:None if limit is None else offset + limit]

    def _group_cases(self, district: str | None, inspector: str | None) -> list[CaseFlags]:
        now = self.now()
        day = now.date().isoformat()
        until = (now.date() + dt.timedelta(days=ENDING_DAYS)).isoformat()
        summary.ensure(self.repo, now)
        out = []
        for case_id, case_no, status, risk, due_at, due_reason, ends, court_req, court_fixed in \
                summary.caseload_cases(self.repo, district, inspector):
            due = dt.datetime.fromisoformat(due_at) if due_at else None
            ending = [kind for end, kind in ends if day <= end <= until]
            court = court_fixed + (0 if court_req else sum(1 for k in ending if k == "protective_order"))
            out.append(CaseFlags(case_id, case_no, district, inspector, status, risk, due,  # type: ignore[arg-type]
                                 due_reason, bool(due and due < now), len(ending), court))
        out.sort(key=lambda f: (not f.overdue, f.due_at or now, f.case_no))
        return out

    def view_case(self, case: str, reason: str) -> CaseView:
        """A case, read-only. Needs a reason; the view is recorded in the HQ audit
        (``view_case``: who, which case, why) before anything is shown."""
        self._need("view_case")
        if not reason.strip():
            raise ValidationError({"reason": ["required"]})
        found = self.repo.record(case)
        if found is None or found[0] != "case":
            hits = list(self.repo.records_where("kind = 'case' AND case_no = ?", (case,)))
            if not hits:
                raise NotFound("no case with this number at headquarters", kind="case", id=case)
            data = hits[0][1]
        else:
            data = found[1]
        with self.repo.transaction():
            self.repo.add_event(self.at(), self.actor, VIEW_CASE, data["id"],
                                f"{data.get('case_no', '')}: {reason.strip()}")
        people = []
        records = []
        for kind, d, _sha in self.repo.records_where("case_id = ? AND kind != 'case' AND deleted = 0",
                                                     (data["id"],)):
            if kind == "participant":
                person = self.repo.record(d.get("person_id", ""))
                p = person[1] if person else {}
                name = " ".join(x for x in (p.get("last_name"), p.get("first_name"), p.get("patronymic")) if x)
                people.append((str(d.get("role", "")), name, str(p.get("birth_date") or "")))
            else:
                records.append(CaseRecord(kind, d["id"], _when(kind, d), _summary(kind, d), d))
        records.sort(key=lambda r: (r.at, r.kind))
        people.sort()
        owner = self.repo.owners([data["id"]]).get(data["id"])
        fields = {k: v for k, v in data.items() if k not in ("id",)}
        return CaseView(data["id"], str(data.get("case_no", "")), fields, people, records,
                        owner.device_id if owner else "", owner.login if owner else "")

    def cases(self) -> list[CaseChoice]:
        """Every case headquarters holds (number and inspector), for reassignment."""
        self._need("caseload")
        return sorted((CaseChoice(d["id"], str(d.get("case_no", "")), str(d.get("inspector", "")))
                       for _k, d, _s in self.repo.records_where("kind = 'case' AND deleted = 0", ())),
                      key=lambda c: c.case_no)

    def reassign(self, case_no: str, to_device: str) -> list[Path]:
        self._need("reassign")
        return updates.reassign(self.repo, self.keys, case_no, to_device, self.outbox_updates, self.at(),
                                self.actor)

    def send_update(self, device_id: str, *, forms: list[Path] = (),  # type: ignore[assignment]
                    choices: list[Path] = (), rules: Path | None = None) -> Path:  # type: ignore[assignment]
        self._need("updates")
        content = updates.content_from_files(list(forms), list(choices), rules)
        return updates.issue(self.repo, self.keys, device_id, content, self.outbox_updates, self.at(),
                             self.actor)

    # --- recovery -------------------------------------------------------------------------

    def recovery_officers(self) -> int:
        doc = json.loads((self.home / hq_keys.PUBLIC).read_text(encoding="utf-8"))
        return int(doc.get("recovery_officers", hq_keys.MIN_OFFICERS))

    def approve_recovery(self, request: Path, officer_passphrases: list[str], out: Path | None = None) -> Path:
        """Every officer's passphrase opens the recovery key (hq/keys.py); the answer file is
        written beside the request (or into ``out``)."""
        self._need("recovery")
        identity = hq_keys.unlock_recovery(self.home, officer_passphrases)
        body, data = hq_recovery.approve(
            self.repo, self.keys, identity, read_limited(Path(request)),
            officers=[f"officer {i + 1}" for i in range(len(officer_passphrases))], at=self.at(),
            actor=self.actor)
        dest = Path(out) if out else Path(request).parent
        if dest.is_dir():
            dest = dest / f"idesk-recovery-{body['device_id'][:8]}-{body['request_id'][:8]}.idrec"
        write_atomic(dest, data)
        return dest

    # --- statistics ------------------------------------------------------------------------

    def figures(self, month: str, by: str) -> list[Any]:
        """The month's figures with the list of overdue cases (what the exports print)."""
        self._need("statistics")
        return self._kept(("figures", month, by), lambda: list(hq_report.figures(self.repo, month, by, self.now())))

    def screen_figures(self, month: str, by: str) -> list[Any]:
        """The figures the Statistics screen shows: the same numbers, without the list of
        overdue cases (``stats.overdue`` is None; hq/summary.py ``figures``)."""
        self._need("statistics")
        return self._kept(("screen_figures", month, by),
                          lambda: list(hq_report.figures(self.repo, month, by, self.now(), overdue=False)))

    def figures_and_previous(self, month: str, by: str) -> tuple[list[Any], list[Any]]:
        """The month's figures and the month before's (the charts' month over month), as the
        screen shows them (:meth:`screen_figures`)."""
        return self.screen_figures(month, by), self.screen_figures(hq_report.previous_month(month), by)

    def export_csv(self, month: str, by: str, path: Path | None = None) -> Path:
        self._need("statistics")
        return hq_report.write_csv(self.figures(month, by), by, month, Path(path) if path else
                                   self.home / "reports" / f"statistics-{month}-{by}.csv")

    def export_pdf(self, month: str, by: str, folder: Path | None = None, lang: str = "ru") -> list[Path]:
        self._need("statistics")
        return hq_report.write_pdfs(self.figures(month, by), by, Path(folder) if folder else self.home / "reports",
                                    self.keys.signer, self.now(), lang)

    @property
    def can_export_xlsx(self) -> bool:
        return callable(getattr(hq_report, "write_xlsx", None))

    def export_xlsx(self, month: str, by: str, path: Path | None = None, lang: str = "ru") -> Path:
        """hq/report.py ``write_xlsx`` (issue 17, item 6), when it is there."""
        self._need("statistics")
        write = getattr(hq_report, "write_xlsx", None)
        if write is None:
            raise InspectorDeskError("XLSX export is not available in this version")
        return write(self.figures(month, by), by, month, Path(path) if path else
                     self.home / "reports" / f"statistics-{month}-{by}.xlsx", lang)

    # --- linked persons (hq/links.py, issue 17 item 7, when it is there) -----------------------

    @staticmethod
    def _links() -> Any:
        try:
            from inspector_desk.hq import links  # type: ignore[attr-defined]
        except ImportError:
            return None
        return links

    @property
    def links_available(self) -> bool:
        return self._links() is not None and callable(getattr(self._links(), "candidates", None))

    def link_candidates(self, offset: int = 0, limit: int | None = 200) -> list[Any]:
        """Undecided candidate pairs, best first, ``limit`` of them from ``offset`` (the kept
        pairs, HQ schema 6: a page is read by index; a migrated database is filled once)."""
        self._need("links")
        links = self._links()
        if links is None or not callable(getattr(links, "candidates", None)):
            return []
        if callable(getattr(links, "ensure", None)):
            links.ensure(self.repo, self.now())
        return self._kept(("links", offset, limit), lambda: list(links.candidates(self.repo, offset=offset,
                                                                                   limit=limit)))

    def link_confirm(self, ref: str, note: str) -> Any:
        """hq/links.py ``confirm``: both inspectors are told in their next update pack."""
        self._need("links")
        return self._links().confirm(self.repo, self.keys, ref, note=note, actor=self.actor, at=self.at(),
                                     out_dir=self.outbox_updates)

    def link_reject(self, ref: str, note: str) -> Any:
        self._need("links")
        return self._links().reject(self.repo, ref, note=note, actor=self.actor, at=self.at())

    # --- people at headquarters, the audit ------------------------------------------------------

    def users(self) -> list[hq_users.HqUser]:
        self._need("users")
        return hq_users.users(self.repo)

    def add_user(self, login: str, name: str, role: str, passphrase: str) -> hq_users.HqUser:
        self._need("users")
        return hq_users.add(self.repo, login, name, role, passphrase, at=self.at(), actor=self.actor)

    def disable_user(self, login: str, reason: str) -> None:
        self._need("users")
        hq_users.disable(self.repo, login, reason, at=self.at(), actor=self.actor)

    def audit(self, last: int = 2000) -> list[AuditEntry]:
        """The HQ audit; a subject that is a device id is named "login (prefix)"."""
        self._need("audit")
        names = {d.device_id: f"{d.login} ({d.case_prefix})" for d in self.repo.devices()}
        return [AuditEntry(at, actor, action, names.get(subject, subject), detail)
                for at, actor, action, subject, detail in (map(str, r) for r in self.repo.events()[-last:])]


class InboxJob:
    """One import of a folder (hq/importer.py ``Importer.import_file``, one file at a time).
    Iterating yields ``(done, total)``; :attr:`result` fills as it goes. Closing the
    iteration early (cancel) is safe between files: the receipts of every device touched so
    far are written all the same."""

    def __init__(self, session: HqSession, paths: list[Path], receipts_dir: Path) -> None:
        self.session = session
        self.files: list[Path] = []
        for p in paths:
            self.files.extend(sorted(p.glob("*.idb")) if p.is_dir() else [p])
        self.result = InboxResult(total=len(self.files), receipts_dir=receipts_dir)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return self.run()

    def run(self) -> Iterator[tuple[int, int]]:
        s = self.session
        importer = Importer(s.repo, s.keys, s.home, now=s.now)
        sweep = getattr(importer, "_sweep_incoming", None)
        if callable(sweep):
            sweep()
        touched: set[str] = set()
        total = len(self.files)
        try:
            yield 0, total
            for n, f in enumerate(self.files, 1):
                self.result.rows.append(self._one(importer, f, touched))
                yield n, total
        except GeneratorExit:
            self.result.cancelled = True
            raise
        finally:
            for device in sorted(touched):
                self.result.receipts.append(write_receipt(s.repo, s.keys, s.home, device, s.at(),
                                                          self.result.receipts_dir))  # type: ignore[arg-type]
            self.result.quarantine = s.quarantine()

    def _one(self, importer: Importer, f: Path, touched: set[str]) -> InboxRow:
        from inspector_desk.sync.errors import BundleRejected

        try:
            r = importer.import_file(f)
        except BundleRejected as exc:
            verified = getattr(exc, "verified", False)
            r = Rejection(f, exc, getattr(exc, "quarantined", None), verified,
                          getattr(exc, "device_id", None) if verified else None)
        if isinstance(r, Rejection):
            if r.verified and r.device_id and self.session.repo.device(r.device_id):
                touched.add(r.device_id)
            skipped = r.error.code == "bundle_not_a_file"
            return InboxRow(f.name, "skipped" if skipped else "refused", r.device_id or "", None,
                            code=r.error.code, reason=str(r.error),
                            quarantined=str(r.quarantined or ""), error=r.error)
        touched.add(r.device_id)
        if isinstance(r, AlreadyImported):
            return InboxRow(f.name, "already_imported", r.device_id, r.seq, reason=r.imported_at)
        return InboxRow(f.name, "imported", r.device_id, r.seq, r.records, r.conflicts, notes=list(r.notes))


# --- caseload helpers -----------------------------------------------------------------------------


def _flags(c: FamilyCase, visits: list[Visit], incidents: list[Incident], measures: list[Measure],
           rules: FollowUpRules, now: dt.datetime, today: dt.date) -> CaseFlags:
    due = rules.next_due(c, visits, incidents, measures)
    until = today + dt.timedelta(days=ENDING_DAYS)
    active = [m for m in measures if not m.deleted and m.status == "active"]
    ending = [m for m in active if m.valid_to is not None and today <= m.valid_to <= until]
    has_court_requirements = any(m.kind == "special_requirements" for m in measures if not m.deleted)
    # As on the inspector's desk (core/services/cases.py ``expiring_measures``): a protective
    # order about to end with no court requirements (ОТП) in the case; and an ОТП in force
    # without the date of the court's decision.
    court = sum(1 for m in ending if m.kind == "protective_order" and not has_court_requirements)
    court += sum(1 for m in active if m.kind == "special_requirements" and m.court_decision_date is None)
    return CaseFlags(c.id, c.case_no, c.district, c.inspector, c.status, c.risk_level,
                     due.at if due else None, due.reason if due else "",
                     bool(due and due.at < now), len(ending), court)


_SUMMARY = {"visit": ("visit_type",), "incident": ("channel", "violence_types"),
            "measure": ("kind", "status", "valid_from", "valid_to"), "referral": ("service", "outcome"),
            "risk": ("computed_level", "score"), "attachment": ("file_name", "size")}


def _when(kind: str, d: dict[str, Any]) -> str:
    """When a record (``d``, as it travels) happened: the first of its kind's time fields that
    is set (core/kinds.py ``RecordKind.when``), else when it was written."""
    found = kinds.find(kind)
    return next((str(d[k]) for k in (*(found.when if found else ()), "created_at") if d.get(k)), "")


def _summary(kind: str, d: dict[str, Any]) -> str:
    parts = []
    for k in _SUMMARY.get(kind, ()):
        v = d.get(k)
        if v in (None, "", []):
            continue
        parts.append(", ".join(map(str, v)) if isinstance(v, list) else str(v))
    return " · ".join(parts)


def plain(obj: Any) -> Any:
    """A dataclass as a dict (for tests and the generic linked-persons table)."""
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) else obj


__all__ = ["HqSession", "InboxJob", "InboxResult", "InboxRow", "DeviceOverview", "EnrolmentLetter",
           "QuarantineSummary", "CaseloadRow", "CaseFlags", "CaseView", "CaseRecord", "AuditEntry",
           "CaseChoice", "NotAllowed", "ENDING_DAYS", "VIEW_CASE"]

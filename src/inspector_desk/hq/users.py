"""People at headquarters: who decided what (docs/hq.md, "Headquarters users").

The headquarters passphrase opens the keys and the database; it is the unit's, not a
person's. Every command that changes something names the person who runs it (``--user``)
and proves it with that person's own passphrase, checked against an scrypt hash kept in
the (encrypted) headquarters database. The HQ audit (``events``) and every decision on a
conflict carry that login instead of a shared "hq".

Passphrases are judged by the same estimator as the inspectors' and the recovery officers'
(keystore/strength.py, passphrase-only minimum: nothing else protects a stolen copy of the
hash). Roles say what a person does (:data:`PERMISSIONS`: ``admin`` everything, users
included; ``analyst`` conflicts, linked persons, caseload and statistics; ``chief`` caseload,
statistics and the devices list; ``officer``, a recovery officer, recovery approvals); the
first user of a database is its admin.
"""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector_desk.core.errors import InspectorDeskError, NotFound, ValidationError
from inspector_desk.core.passphrase import GuessablePassphrase
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore import strength

ROLES = ("admin", "analyst", "chief", "officer")
ACTIONS = ("devices", "enrol", "revoke", "inbox", "conflicts", "links", "caseload", "view_case",
           "statistics", "reassign", "updates", "recovery", "users", "audit")
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(ACTIONS),
    "analyst": frozenset({"conflicts", "links", "caseload", "view_case", "statistics"}),
    "chief": frozenset({"caseload", "view_case", "statistics", "devices"}),
    "officer": frozenset({"recovery"}),
}
"""What each role may do (the HQ desk offers only these screens and buttons; hq/service.py
refuses the rest). ``devices`` is reading the devices list; ``enrol``/``revoke`` change it."""
LOGIN_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")
SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P = 16, 8, 1  # 64 MiB, about 0.2 s per check
MODE = "passphrase_only"
NO_USER = "hq"  # the actor of a database that has no users yet (before the first is added)


class UserPassphraseWeak(GuessablePassphrase):
    code = "hq_user_passphrase_weak"


class UserUnknown(InspectorDeskError):
    """No such user, a disabled one, or the wrong passphrase (one message for all three)."""

    code = "hq_user_refused"


class UserRequired(InspectorDeskError):
    code = "hq_user_required"


class NotAdmin(InspectorDeskError):
    code = "hq_user_not_admin"


class NotAllowed(InspectorDeskError):
    """The user's role does not include this action (:data:`PERMISSIONS`)."""

    code = "hq_user_not_allowed"


def allowed(role: str, action: str) -> bool:
    """Whether a user of ``role`` may do ``action`` (one of :data:`ACTIONS`)."""
    return action in PERMISSIONS.get(role, frozenset())


@dataclass(frozen=True)
class HqUser:
    login: str
    name: str
    role: str
    created_at: str
    created_by: str
    disabled_at: str | None
    disable_reason: str

    def allowed(self, action: str) -> bool:
        return self.disabled_at is None and allowed(self.role, action)


def _scrypt(salt: bytes, log_n: int = SCRYPT_LOG_N) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=1 << log_n, r=SCRYPT_R, p=SCRYPT_P)


def hash_secret(passphrase: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(salt).derive(passphrase.encode("utf-8"))
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${SCRYPT_LOG_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def secret_matches(stored: str, passphrase: str) -> bool:
    try:
        scheme, log_n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt" or (int(r), int(p)) != (SCRYPT_R, SCRYPT_P) or not 14 <= int(log_n) <= 20:
            return False
        got = _scrypt(base64.b64decode(salt), int(log_n)).derive(passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def _row(r: tuple) -> HqUser:
    return HqUser(*r)


_COLS = "login, name, role, created_at, created_by, disabled_at, disable_reason"


def users(repo: Repository) -> list[HqUser]:
    return [_row(r) for r in repo.db.query(f"SELECT {_COLS} FROM hq_users ORDER BY login")]


def has_users(repo: Repository) -> bool:
    return bool(repo.db.query("SELECT 1 FROM hq_users LIMIT 1"))


def add(repo: Repository, login: str, name: str, role: str, passphrase: str, *, at: str,
        actor: str) -> HqUser:
    """A new user. The first one must be an admin; later ones are added by an admin."""
    login = login.strip().lower()
    problems: dict[str, list[str]] = {}
    if not login or len(login) > 40 or set(login) - LOGIN_CHARS:
        problems["login"] = ["invalid_login"]
    if not name.strip():
        problems["name"] = ["required"]
    if role not in ROLES:
        problems["role"] = ["not_a_choice"]
    if problems:
        raise ValidationError(problems)
    first = not has_users(repo)
    if first and role != "admin":
        raise ValidationError({"role": ["first_user_is_admin"]})
    try:
        strength.check(passphrase, mode=MODE, user_inputs=[login, name])
    except GuessablePassphrase as exc:
        raise UserPassphraseWeak(exc.problems, **exc.params) from None
    with repo.transaction():
        if repo.db.query("SELECT 1 FROM hq_users WHERE login = ?", (login,)):
            raise ValidationError({"login": ["taken"]})
        repo.db.execute("INSERT INTO hq_users (login, name, role, secret, created_at, created_by) "
                        "VALUES (?, ?, ?, ?, ?, ?)", (login, name.strip(), role, hash_secret(passphrase),
                                                      at, actor))
        repo.add_event(at, actor, "user_add", login, f"{name.strip()} ({role})")
    return user(repo, login)


def user(repo: Repository, login: str) -> HqUser:
    rows = repo.db.query(f"SELECT {_COLS} FROM hq_users WHERE login = ?", (login.strip().lower(),))
    if not rows:
        raise NotFound("no such headquarters user", kind="user", id=login)
    return _row(rows[0])


def authenticate(repo: Repository, login: str, passphrase: str) -> HqUser:
    """The user ``login`` if the passphrase is theirs and they are not disabled."""
    rows = repo.db.query("SELECT secret, disabled_at FROM hq_users WHERE login = ?",
                         (login.strip().lower(),))
    stored = rows[0][0] if rows else hash_secret("")  # the same work whether or not it exists
    ok = secret_matches(stored, passphrase) and bool(rows) and rows[0][1] is None
    if not ok:
        raise UserUnknown("unknown user, disabled user or wrong passphrase", login=login)
    return user(repo, login)


def require_admin(repo: Repository, actor: HqUser | None) -> None:
    """Adding or disabling users needs an admin once the database has any user."""
    if actor is None:
        if has_users(repo):
            raise UserRequired("name yourself with --user")
        return
    if actor.role != "admin":
        raise NotAdmin("only an admin manages users", login=actor.login)


def disable(repo: Repository, login: str, reason: str, *, at: str, actor: str) -> None:
    if not reason.strip():
        raise ValidationError({"reason": ["required"]})
    target = user(repo, login)
    with repo.transaction():
        if target.role == "admin" and not repo.db.query(
                "SELECT 1 FROM hq_users WHERE role = 'admin' AND disabled_at IS NULL AND login != ?",
                (target.login,)):
            raise ValidationError({"login": ["last_admin"]})
        repo.db.execute("UPDATE hq_users SET disabled_at = ?, disable_reason = ? WHERE login = ?",
                        (at, reason.strip(), target.login))
        repo.add_event(at, actor, "user_disable", target.login, reason.strip())


__all__ = ["HqUser", "ROLES", "ACTIONS", "PERMISSIONS", "allowed", "NotAllowed", "NO_USER", "add", "authenticate", "disable", "has_users", "require_admin",
           "user", "users", "UserPassphraseWeak", "UserUnknown", "UserRequired", "NotAdmin"]

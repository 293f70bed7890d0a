"""``inspector-desk-hq demo``: a headquarters to try the desk on (docs/hq-desk.md).

Makes the headquarters keys in HOME, four HQ users (admin, analyst, chief, recovery
officer), several demo laptops (real device profiles with synthetic families from
app/demo.py, cheap test KDF parameters, a keyring that lives only in this process),
enrols them, and carries their bundles to headquarters the way the field does: bundles in
batches, each batch imported and its receipts taken back by the laptops. One case is
reassigned and then edited on both laptops, so Conflicts has a held change with a clash. The
last batch of every laptop is left in ``HOME/demo-inbox`` for the Inbox screen.

Every name is invented. The passphrases are printed: this is a demo, never real data.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any, Callable

from inspector_desk.app import sync
from inspector_desk.app.demo import DISTRICTS, generate
from inspector_desk.app.forms_adapter import load_forms
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.core.ports import SystemClock
from inspector_desk.core.records import FamilyCase
from inspector_desk.hq import keys as hq_keys
from inspector_desk.hq.service import HqSession
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.keystore.process_keyring import ProcessKeyring

HQ_PASSPHRASE = "штаб-демо-пароль-2026"
OFFICERS = ["офицер-демо-первый-Әлия-2026", "офицер-демо-второй-Бекзат-2026"]
USERS = (  # login, name, role, passphrase
    ("admin", "Әкімші Демо", "admin", "Лампа-5173-жираф-Облако-шкаф"),
    ("analyst", "Ботагөз Сарапшы", "analyst", "Чайник-8264-зебра-Ракета-мел"),
    ("chief", "Нұрлан Бастық", "chief", "Кактус-3957-пингвин-Ураган-сыр"),
    ("officer", "Гүлмира Офицер", "officer", "Фонарь-6418-дельфин-Каток-лён"),
)
DEVICE_PASSPHRASE = "Демо-ноутбук-Есіл-2026!"
PREFIXES = ("AST1", "AST2", "AST3", "AST4", "AST5", "AST6", "AST7", "AST8", "AST9")
BATCH = 10  # bundles per laptop between two trips to headquarters


_ProcessKeyring = ProcessKeyring
"""The demo laptops' keyring: in this process only (bench/bench_hq_desk.py uses this name)."""


def _export(session: Any, dest: Path) -> list[Path]:
    job = sync.export(session, dest)
    for _ in job:
        pass
    return [b.path for b in job.result]


def make_demo(home: Path, db: str | None = None, *, devices: int = 3, bundles: int = 300,
              hq_passphrase: str = HQ_PASSPHRASE, say: Callable[[str], None] = print,
              unlock: Callable[[Path, str], hq_keys.HqKeys] = hq_keys.unlock) -> dict[str, Any]:
    home = Path(home)
    devices = max(1, min(devices, len(PREFIXES)))
    if not (home / hq_keys.PUBLIC).exists():
        say(f"headquarters keys in {home} (about 10 s: scrypt 2^20 per layer)…")
        hq_keys.init_keys(home, hq_passphrase, OFFICERS, dt.datetime.now(dt.timezone.utc))
    login, name, _role, secret = USERS[0]
    session = HqSession.first_admin(home, db, hq_passphrase, login, name, secret, unlock=unlock)
    try:
        for login, name, role, secret in USERS[1:]:
            session.add_user(login, name, role, secret)
        clock = SystemClock()
        forms = load_forms()
        keyring = ProcessKeyring()
        laptops = []
        for n in range(devices):
            profiles = Profiles(home / "demo-devices" / f"laptop-{n + 1}", KeyringSecrets(keyring), clock,
                                kdf=KdfParams.fast_for_tests(), forms=forms)
            district = DISTRICTS[n % len(DISTRICTS)]
            s = profiles.create("default", DEVICE_PASSPHRASE, InspectorInfo(
                name=f"Демо инспектор {n + 1}", login=f"D-{101 + n}", district=district,
                unit="УП г. Астаны (демо)"))
            request = sync.enrolment_request(s, home / "demo-devices")
            letter = session.enrol(request, PREFIXES[n])
            sync.import_enrolment(s, letter.file, expect_hq_key_id=letter.fingerprint)
            laptops.append(s)
        say(f"{devices} laptops enrolled; writing {bundles} bundles…")
        inbox = home / "demo-inbox"
        each = max(1, bundles // devices)
        made = 0

        def trip(folder: Path) -> None:
            for _ in session.import_inbox([folder]):
                pass
            for s in laptops:
                sync.import_receipt(s, session.receipt(s.actor.device_id))
            for f in folder.glob("*.idb"):
                f.unlink()

        batch = home / "demo-batch"
        for start in range(0, each, BATCH):
            last = start + BATCH >= each
            for k, s in enumerate(laptops):
                for i in range(start, min(start + BATCH, each)):
                    generate(s, households=1, seed=1000 * (k + 1) + i)
                    made += len(_export(s, inbox if last else batch))
            if not last:
                trip(batch)
                say(f"  {made} bundles written, imported and acknowledged")
        if len(laptops) >= 2:
            _conflict(session, laptops[0], laptops[1], inbox)
        say(f"{made} bundles written; the last batch waits in {inbox} for the Inbox screen")
    finally:
        session.close()
        for s in laptops if "laptops" in locals() else []:
            if not s.locked:
                s.lock()
    return {"home": home, "inbox": home / "demo-inbox", "users": USERS, "hq_passphrase": hq_passphrase}


def _conflict(session: HqSession, a: Any, b: Any, inbox: Path) -> None:
    """A's case reassigned to B; then both edit its beat: A's edit is held (the case is
    B's now) with a clash against B's."""
    at_hq = {c.case_no for c in session.cases()}
    case = next((c for c in a.store.find(FamilyCase) if c.status != "closed" and c.case_no in at_hq), None)
    if case is None:  # nothing of A's at headquarters yet (a demo of very few bundles)
        return
    packs = session.reassign(case.case_no, b.actor.device_id)
    for pack in packs:
        for s in (a, b):
            if s.actor.device_id[:8] in pack.name:
                sync.import_update(s, pack)
    b.services.cases.update_case(case.id, beat="участок 12 (Б)")
    _export(b, inbox)
    a.services.cases.update_case(case.id, beat="участок 7 (А)", address=case.address + ", подъезд 2")
    _export(a, inbox)


def main(hq: Any) -> int:
    a = hq.args
    secret = hq.secret(a.passphrase_file, hq.t("hq.passphrase")) if a.passphrase_file else HQ_PASSPHRASE
    out = make_demo(hq.home, a.db, devices=a.devices, bundles=a.bundles, hq_passphrase=secret, say=hq.say)
    hq.say("")
    hq.say(f"demo headquarters: {out['home']}")
    if not a.passphrase_file:
        hq.say(f"headquarters passphrase: {secret}")
    for login, _name, role, passphrase in USERS:
        hq.say(f"  user {login:<8} ({role}): {passphrase}")
    hq.say(f"start the window: inspector-desk-hq --home {out['home']}" + (f" --db {a.db}" if a.db else "")
           + " desk")
    return 0


if __name__ == "__main__":  # pragma: no cover - python -m inspector_desk.hqdesk.demo is not the way
    sys.exit("use: inspector-desk-hq --home DIR demo")

"""The process the crash harness kills (tests/reliability/test_crash.py).

Run as ``python -m tests.reliability.crash_worker CONFIG.json``. It prints ``READY`` once it
is set up, then does one kind of work in a loop for ever and prints ``ACK {json}`` (flushed)
after each piece of work *returned*: that is the moment a user is told "saved". The harness
kills it with SIGKILL at a random moment and then checks that every acknowledged piece of
work is there and that nothing is damaged or half-done.

Only synthetic data; the keyring is a file (tests/support/keyrings.py).
"""

from __future__ import annotations

import io
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

MIB = 1 << 20


def ack(**info: Any) -> None:
    sys.stdout.write("ACK " + json.dumps(info, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def ready() -> None:
    sys.stdout.write("READY\n")
    sys.stdout.flush()


def unlock(cfg: dict):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from tests.support.keyrings import FileKeyring

    profiles = Profiles(Path(cfg["home"]), KeyringSecrets(FileKeyring(Path(cfg["keyring"]))),
                        kdf=KdfParams.fast_for_tests())
    return profiles.unlock("default", cfg["passphrase"])


def visit_answers(person_id: str, address: str) -> dict:
    return {"visit_at": "2026-11-19T15:00", "visit_type": "planned", "place": "home",
            "visit_address": address, "persons_met": [{"person": person_id, "role": "affected"}],
            "conversation_held": "no", "intoxication": "no", "children_present": "no",
            "rights_explained": ["line_111"], "measure_in_force": "no", "risk_reassessed": "no",
            "next_visit": "2026-12-03"}


def hq(cfg: dict):
    """The headquarters repository and importer, with keys the harness handed over (the
    real ``hq_keys.unlock`` runs age's scrypt, seconds per start)."""
    import pyrage

    from inspector_desk.hq.backends import open_backend
    from inspector_desk.hq.importer import Importer
    from inspector_desk.hq.keys import HqKeys, load_public
    from inspector_desk.hq.repo import Repository
    from inspector_desk.keystore.signing import SigningKey

    home = Path(cfg["hq_home"])
    secrets = json.loads(Path(cfg["hq_secrets"]).read_text())
    keys = HqKeys(load_public(home), SigningKey.from_private_bytes(bytes.fromhex(secrets["signer"])),
                  pyrage.x25519.Identity.from_str(secrets["identity"]), bytes.fromhex(secrets["db_key"]))
    repo = Repository(open_backend(cfg.get("hq_url"), home, keys.db_key))
    return repo, keys, Importer(repo, keys, home)


# --- the kinds of work ---------------------------------------------------------------------


def saves(cfg: dict) -> None:
    """Cases, persons, visits (through save_form) and case changes, round-robin."""
    from inspector_desk.core.services import PersonInput

    s = unlock(cfg)
    svc = s.services
    ready()
    i, case_id, person_id = 0, cfg["case_id"], cfg["person_id"]
    while True:
        marker = f"{cfg['tag']}-{i:05d}"
        op = i % 4
        if op == 0:
            case_id = svc.cases.open_case(address=marker, district="Есиль", source="111").created
            ack(op="case", id=case_id, marker=marker)
        elif op == 1:
            person_id = svc.people.add_person_to_case(
                case_id, PersonInput(last_name=marker, first_name="Әсел", patronymic="Қайратқызы"),
                "affected", "self").created
            ack(op="person", id=person_id, marker=marker)
        elif op == 2:
            vid = svc.desk.save_form("visit", case_id, visit_answers(person_id, marker)).created
            ack(op="visit", id=vid, marker=marker)
        else:
            svc.cases.update_case(case_id, beat=marker)
            ack(op="update", id=case_id, marker=marker, n=i)
        i += 1


def drafts(cfg: dict) -> None:
    """Draft autosave every keystroke-ish; every tenth turn the draft becomes a visit (the
    record and the draft's removal in one transaction)."""
    s = unlock(cfg)
    svc = s.services
    ready()
    i, draft_id = 0, None
    while True:
        if draft_id and i % 10 == 9:
            vid = svc.desk.save_form("visit", cfg["case_id"],
                                visit_answers(cfg["person_id"], f"form-{draft_id}"),
                                draft_id=draft_id).created
            ack(op="form", id=vid, draft=draft_id)
            draft_id = None
        else:
            answers = {"visit_address": f"{cfg['tag']}-{i:05d}", "n": i,
                       "notes": "Көрші айтты: " + "ә" * (i % 50)}
            d = svc.desk.save_draft("visit", cfg["case_id"], answers, draft_id=draft_id)
            draft_id = d.id
            ack(op="draft", id=d.id, n=i)
        i += 1


def exports(cfg: dict) -> None:
    """A few saves (one with a photo), then an export to the stick; again and again."""
    from inspector_desk.app import sync

    s = unlock(cfg)
    svc = s.services
    dest = Path(cfg["dest"])
    ready()
    i = 0
    while True:
        for _ in range(3):
            marker = f"{cfg['tag']}-{i:05d}"
            cid = svc.cases.open_case(address=marker, district="Есиль", source="111").created
            ack(op="case", id=cid, marker=marker)
            if i % 6 == 0:
                svc.records.attach(cid, record_kind="case", record_id=cid, filename="photo.jpg",
                           mime="image/jpeg", stream=io.BytesIO(os.urandom(2 * MIB)))
                ack(op="attachment", case=cid)
            i += 1
        job = sync.export(s, dest)
        for _ in job:
            pass
        ack(op="export", bundles=[{"seq": b.seq, "file": Path(b.path).name, "sha512": b.sha512}
                                  for b in job.result])


def round_trips(cfg: dict) -> None:
    """The whole loop in one process: save, export, headquarters import, receipt, receipt
    import on the device. A kill lands in any of them."""
    from inspector_desk.app import sync
    from inspector_desk.hq.receipts import write_receipt

    s = unlock(cfg)
    repo, keys, importer = hq(cfg)
    dest, receipts, imported = Path(cfg["dest"]), Path(cfg["receipts"]), Path(cfg["imported"])
    ready()
    i = 0
    while True:
        marker = f"{cfg['tag']}-{i:05d}"
        cid = s.services.cases.open_case(address=marker, district="Есиль", source="111").created
        ack(op="case", id=cid, marker=marker)
        job = sync.export(s, dest)
        for _ in job:
            pass
        ack(op="export", bundles=[{"seq": b.seq, "file": Path(b.path).name} for b in job.result])
        for r in importer.import_paths([dest]):
            if hasattr(r, "error"):
                ack(op="hq_rejected", file=r.path.name, reason=r.error.reason)
            else:  # the operator files away what was imported
                imported.mkdir(exist_ok=True)
                os.replace(r.path, imported / r.path.name)
                ack(op="hq_import", file=r.path.name)
        path = write_receipt(repo, keys, Path(cfg["hq_home"]), s.actor.device_id,
                             "2026-11-20T10:00:00+05:00", receipts)
        res = sync.import_receipt(s, path)
        ack(op="receipt", file=path.name, acked=sync.status(s).acknowledged_bundle,
            result=str(res.__class__.__name__))
        i += 1


def hq_imports(cfg: dict) -> None:
    """Headquarters imports a stack of bundles from several devices."""
    _repo, _keys, importer = hq(cfg)
    ready()
    for f in sorted(Path(cfg["inbox"]).glob("*.idb")):  # one at a time: an ack per bundle
        [r] = importer.import_paths([f])
        if hasattr(r, "error"):
            ack(op="rejected", file=r.path.name, reason=r.error.reason)
        else:
            ack(op="imported", file=r.path.name, bundle=r.bundle_id)
    ack(op="done")
    while True:  # wait for the kill
        signal.pause()


def migration(cfg: dict) -> None:
    """Open (and so migrate) a vault an earlier release made."""
    from inspector_desk.storage.vault import Vault

    ready()
    v = Vault.open(Path(cfg["vault"]), bytes.fromhex(cfg["key"]))
    ack(op="migrated", version=v.schema_version)
    v.close()
    ack(op="closed")
    while True:
        signal.pause()


KINDS = {"saves": saves, "drafts": drafts, "exports": exports, "round_trips": round_trips,
         "hq_imports": hq_imports, "migration": migration}

if __name__ == "__main__":
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    KINDS[config["kind"]](config)

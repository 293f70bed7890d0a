"""atheris (libFuzzer) targets: one per reader of a file the program takes from outside.

    python fuzz/targets.py NAME [libFuzzer options] [CORPUS_DIR ...]

``fuzz/run.py`` is the usual way in: it builds the seeds once (valid files of every kind,
made by the program itself, never committed) and runs each target in its own process.

A target calls the reader as the program does and lets through only the program's typed
errors (``InspectorDeskError``: every refusal class derives from it) or a result; anything
else is a crash that libFuzzer saves as ``crash-*`` with the input. Slow inputs
(``-timeout``) and memory (``-rss_limit_mb``, ``-malloc_limit_mb``) are libFuzzer's checks.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

import atheris

with atheris.instrument_imports(include=["inspector_desk"]):
    import inspector_desk.app.profile
    import inspector_desk.app.settings
    import inspector_desk.app.sync
    import inspector_desk.core.rules
    import inspector_desk.forms
    import inspector_desk.forms.expressions
    import inspector_desk.hq.devices
    import inspector_desk.hq.importer
    import inspector_desk.hq.recovery
    import inspector_desk.keystore.keyfile
    import inspector_desk.reports.qr
    import inspector_desk.sync.escrow  # noqa: F401

from inspector_desk.core.errors import InspectorDeskError

SEEDS = {  # target → the world's seed files it starts from
    "bundle": ["bundle"], "receipt": ["receipt"], "enrolment": ["enrolment"],
    "update": ["update_records", "update_forms"], "recovery_response": ["recovery_response"],
    "enrolment_request": ["enrolment_request"], "recovery_request": ["recovery_request"],
    "form_yaml": [], "choices_yaml": [], "rules_json": [], "expression": [], "keyfile": [],
    "settings": [], "verify_document": [],
}
NEEDS_WORLD = {"bundle", "receipt", "enrolment", "update", "recovery_response", "enrolment_request",
               "recovery_request", "keyfile", "verify_document"}


def make_world(base: Path):
    """The same world tests/fuzz builds (tests/fuzz/world.py), with headquarters keys of its own."""
    import datetime as dt

    from inspector_desk.app.forms_adapter import load_forms
    from inspector_desk.hq import keys as hq_keys
    from tests.fuzz.world import build_world
    from tests.sync.fixtures import HQ_PASSPHRASE, OFFICERS

    keys_dir = base / "hq-keys"
    keys_dir.mkdir(parents=True)
    hq_keys.init_keys(keys_dir, HQ_PASSPHRASE, OFFICERS, dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    return build_world(base / "world", keys_dir, hq_keys.unlock(keys_dir, HQ_PASSPHRASE),
                       hq_keys.unlock_recovery(keys_dir, OFFICERS), load_forms())


def extra_seeds(name: str) -> list[bytes]:
    """Seeds that need no world: the shipped forms, choice lists, rules, sample texts."""
    import json

    from inspector_desk.forms.paths import default_forms_dir
    from inspector_desk.paths import resource_dir

    forms = default_forms_dir()
    if name == "form_yaml":
        return [p.read_bytes() for p in sorted(forms.glob("*.v*.yaml"))]
    if name == "choices_yaml":
        return [p.read_bytes() for p in sorted((forms / "choices").glob("*.yaml"))]
    if name == "rules_json":
        return [(resource_dir() / "rules" / "followup.json").read_bytes()]
    if name == "expression":
        return [b"${n} >= 1 and ${n} <= 60", b"if(${t} = 'x', days_between(${day}, today()), 0)",
                b"count_selected(${m}) > 0 or is_empty(.)", b"date(${moment}) + 30 < today()"]
    if name == "settings":
        return [json.dumps({"language": "kk", "autolock_minutes": 5, "profile": "default"}).encode()]
    return []


# --- the readers -------------------------------------------------------------------------------


class Target:
    def __init__(self, name: str, world, scratch: Path) -> None:
        self.name, self.w, self.scratch = name, world, scratch
        self.n = 0
        if name in ("form_yaml", "choices_yaml"):
            from inspector_desk.forms import FormRegistry
            from inspector_desk.forms.paths import default_forms_dir
            self.shared = FormRegistry.from_directory(default_forms_dir()).shared_choices
        if name == "keyfile":
            from inspector_desk.app.profile import Profiles
            from inspector_desk.app.session import InspectorInfo
            from inspector_desk.keystore.device_secret import KeyringSecrets
            from inspector_desk.keystore.keyfile import KdfParams
            from tests.sync.fixtures import PASSPHRASE
            self.profiles = Profiles(scratch / "kf-home", KeyringSecrets(world.keyring), world.clock,
                                     kdf=KdfParams.fast_for_tests(), forms=world.devices["bundle"].forms)
            self.profiles.create("default", PASSPHRASE, InspectorInfo(name="K", login="K-1")).lock()
            self.passphrase = PASSPHRASE
        if name == "verify_document":
            from inspector_desk.app import documents
            from inspector_desk.core.records import Visit
            a = world.devices["bundle"]
            self.seed_pdf = documents.print_record(a, "visit", a.store.find(Visit)[0].id)

    def path(self, data: bytes) -> Path:
        self.n += 1
        p = self.scratch / f"in-{self.n % 8}"
        p.write_bytes(data)
        return p

    def __call__(self, data: bytes) -> None:
        try:
            getattr(self, "t_" + self.name)(data)
        except InspectorDeskError:
            pass  # a typed refusal: what hostile input must end in

    # one method per target
    def t_bundle(self, data: bytes) -> None:
        from inspector_desk.hq.importer import ImportResult, Rejection
        for r in self.w.hub.importer.import_paths([self.path(data)]):
            assert isinstance(r, (ImportResult, Rejection))
            if isinstance(r, Rejection) and r.quarantined is not None:
                for p in r.quarantined.parent.glob(r.quarantined.name + "*"):
                    p.unlink(missing_ok=True)

    def t_receipt(self, data: bytes) -> None:
        from inspector_desk.app import sync
        sync.import_receipt(self.w.devices["receipt"], self.path(data))

    def t_enrolment(self, data: bytes) -> None:
        from inspector_desk.app import sync
        sync.import_enrolment(self.w.devices["enrol"], self.path(data))

    def t_update(self, data: bytes) -> None:
        from inspector_desk.app import sync
        sync.import_update(self.w.devices["update"], self.path(data))

    def t_recovery_response(self, data: bytes) -> None:
        import base64

        from inspector_desk.sync.escrow import read_response
        v = self.w.devices["recovery"]
        read_response(data, base64.b64decode(self.w.hub.keys.public.signing_key), v.actor.device_id,
                      self.w.extra["recovery_pending"]["request_id"], self.w.extra["recovery_identity_device"])

    def t_enrolment_request(self, data: bytes) -> None:
        from inspector_desk.hq import devices
        devices.approve(self.w.hub.repo, self.w.hub.keys, data, case_prefix="FZ" + str(self.n % 10), at="t",
                        actor="fuzz")
        self.n += 1

    def t_recovery_request(self, data: bytes) -> None:
        from inspector_desk.hq import recovery
        recovery.approve(self.w.hub.repo, self.w.hub.keys, self.w.extra["recovery_identity_hq"], data,
                         officers=["o1", "o2"], at=self.w.clock.now().isoformat(), actor="fuzz")

    def t_form_yaml(self, data: bytes) -> None:
        from inspector_desk.forms import FormRegistry
        FormRegistry(self.shared).add_definition(data.decode("utf-8", "replace"), source="fuzz")

    def t_choices_yaml(self, data: bytes) -> None:
        from inspector_desk.forms import FormRegistry
        FormRegistry().add_choice_list(data.decode("utf-8", "replace"), source="fuzz")

    def t_rules_json(self, data: bytes) -> None:
        import datetime as dt
        import json

        from inspector_desk.core.records import FamilyCase, Measure
        from inspector_desk.core.rules import FollowUpRules
        try:
            doc = json.loads(data)
        except (ValueError, RecursionError):
            return  # the device refuses an unparsable file before reading it as rules
        rules = FollowUpRules.from_mapping(doc)
        case = FamilyCase(id="c", opened_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), risk_level="high")
        m = Measure(id="m", case_id="c", kind="protective_order", status="active",
                    valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 2, 1))
        rules.next_due(case, [], [], [m])
        rules.default_order_end(dt.date(2026, 1, 1))

    def t_expression(self, data: bytes) -> None:
        import datetime as dt
        from decimal import Decimal

        from inspector_desk.forms.expressions import Checker, FieldInfo, evaluate, parse
        tree = parse(data.decode("utf-8", "replace"))
        kinds = {"n": "number", "t": "text", "day": "date", "moment": "datetime", "m": "list"}
        try:
            Checker({k: FieldInfo(v) for k, v in kinds.items()}, current=FieldInfo("number")).check(tree)
        except InspectorDeskError:
            pass
        values = {"n": 10 ** 17, "t": "x", "day": dt.date.max, "moment": dt.datetime.min, "m": ["a"] * 50,
                  "d": Decimal("1e-20")}

        class Scope:
            today, now = dt.date(2026, 3, 10), dt.datetime(2026, 3, 10, 16, 0)

            def field(self, name, position):
                return values.get(name)

            def current(self, position):
                return 3

            def yes_no_values(self, position):
                return ["yes", "no"]

        evaluate(tree, Scope())

    def t_keyfile(self, data: bytes) -> None:
        folder = self.profiles.folder("default")
        original = (folder / "keyfile.json").read_bytes()
        try:
            (folder / "keyfile.json").write_bytes(data)
            (folder / "unlock-state.json").unlink(missing_ok=True)
            self.profiles.unlock("default", self.passphrase).lock()
        finally:
            (folder / "keyfile.json").write_bytes(original)

    def t_settings(self, data: bytes) -> None:
        from inspector_desk.app.settings import LANGUAGES, Settings
        (self.scratch / "settings.json").write_bytes(data)
        s = Settings.load(self.scratch)
        assert s.language in LANGUAGES and 1 <= s.autolock_minutes <= 60

    def t_verify_document(self, data: bytes) -> None:
        from inspector_desk.app import documents
        from inspector_desk.reports.qr import VerifyResult
        assert isinstance(documents.verify(self.w.devices["bundle"], data), VerifyResult)

    def seeds(self) -> list[bytes]:
        out = [self.w.files[k] for k in SEEDS[self.name]] if self.w else []
        if self.name == "keyfile":
            out.append((self.profiles.folder("default") / "keyfile.json").read_bytes())
        if self.name == "verify_document":
            out.append(self.seed_pdf)
        return out + extra_seeds(self.name)


def main() -> None:
    name = sys.argv[1]
    if name not in SEEDS:
        sys.exit(f"unknown target {name!r}; targets: {', '.join(SEEDS)}")
    base = Path(tempfile.mkdtemp(prefix=f"idesk-fuzz-{name}-"))
    world = make_world(base) if name in NEEDS_WORLD else None
    target = Target(name, world, base)
    seed_dir = os.environ.get("IDESK_FUZZ_SEED_DIR")
    if seed_dir:  # write the seeds where run.py asked, then fuzz from them
        Path(seed_dir).mkdir(parents=True, exist_ok=True)
        for i, seed in enumerate(target.seeds()):
            (Path(seed_dir) / f"seed-{i}").write_bytes(seed)
    atheris.Setup([sys.argv[0]] + sys.argv[2:], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

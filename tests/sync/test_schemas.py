"""Issue 14, item 8: JSON Schemas another team can implement (docs/schemas/), made from the
record classes and checked here so they cannot drift; every line of a real demo bundle
validates against the published files; headquarters refuses a line that does not (an extra,
a missing or a wrongly typed field), with its typed reason and the database unchanged, on
SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from inspector_desk.app.demo import generate
from inspector_desk.core.audit import GENESIS, AuditEntry, entry_hash
from inspector_desk.core.records import ADDED_FIELDS, RECORD_TYPES, Referral
from inspector_desk.hq.header import FIELDS_BY_FORMAT
from inspector_desk.sync import schemas
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.payload import MANIFEST_FIELDS
from inspector_desk.sync.records_codec import record_sha256
from tests.hq.test_bounds import Seed, refused
from tests.hq.test_import import attach
from tests.sync.fixtures import export

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
KINDS = ["case", "person", "participant", "visit", "incident", "measure", "referral", "risk",
         "attachment"]


def published() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.json"))}


def validator(name: str, docs: dict[str, dict]):
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in docs.values())
    cls = jsonschema.validators.validator_for(docs[name])
    cls.check_schema(docs[name])
    return cls(docs[name], registry=registry)


def test_the_published_schemas_are_what_the_code_makes():
    docs = published()
    made = schemas.all_schemas()
    assert set(docs) == set(made) == {f"{k}.json" for k in KINDS} | {
        "record-line.json", "audit-entry.json", "bundle-manifest.json", "bundle-header.json"}
    for name, schema in made.items():
        assert (DOCS / name).read_text(encoding="utf-8") == schemas.render(schema), \
            f"docs/schemas/{name} is stale: python -m inspector_desk.sync.schemas docs/schemas"
    assert sorted(RECORD_TYPES) == sorted(KINDS)
    for kind, cls in RECORD_TYPES.items():
        names = [f.name for f in dataclasses.fields(cls)]
        s = docs[f"{kind}.json"]
        assert list(s["properties"]) == names and s["additionalProperties"] is False
        assert set(s["required"]) == set(names) - set(ADDED_FIELDS.get(kind, {}))
    assert set(docs["audit-entry.json"]["properties"]) == {f.name for f in dataclasses.fields(AuditEntry)}
    header = {v["properties"]["format"]["const"]: set(v["properties"])
              for v in docs["bundle-header.json"]["oneOf"]}
    assert header == FIELDS_BY_FORMAT
    manifest = {v["properties"]["format"]["const"]: set(v["properties"])
                for v in docs["bundle-manifest.json"]["oneOf"]}
    assert manifest == {1: MANIFEST_FIELDS["bundle"], 2: MANIFEST_FIELDS["bundle/2"]}


@pytest.fixture
def seed(hub, make_device, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    for n in range(11, 30):  # households until every kind is there (referrals are random)
        generate(a, households=2, seed=n)
        if a.store.find(Referral):
            break
    attach(a, 3000)
    [bundle] = export(a, tmp_path / "usb")
    return Seed(hub, a, bundle.path.read_bytes())


def _lines(seed: Seed, name: str) -> list[dict]:
    data = dict(seed.members)[name]
    return [json.loads(line) for line in data.splitlines()]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_line_of_a_demo_bundle_validates_against_the_published_files(seed):
    docs = published()
    line_v, audit_v = validator("record-line.json", docs), validator("audit-entry.json", docs)
    lines = _lines(seed, "records.jsonl")
    assert {ln["kind"] for ln in lines} == set(KINDS)  # every kind is exercised
    for ln in lines:
        line_v.validate(ln)
        validator(f"{ln['kind']}.json", docs).validate(ln["record"])
    audit = _lines(seed, "audit.jsonl")
    assert audit[0]["seq"] == 1 and audit[0]["prev_hash"] == GENESIS == "0" * 64
    for e in audit:
        audit_v.validate(e)
    validator("bundle-header.json", docs).validate(seed.header)
    validator("bundle-manifest.json", docs).validate(json.loads(seed.members[0][1]))
    # What the schemas refuse (the reader's own checks refuse it too).
    bad_audit = dict(audit[0], prev_hash="1" * 64)
    assert not audit_v.is_valid(bad_audit)
    case = next(ln for ln in lines if ln["kind"] == "case")
    for broken in (dict(case["record"], extra=1), {k: v for k, v in case["record"].items() if k != "district"},
                   dict(case["record"], version="3"), dict(case["record"], opened_at="20261101")):
        assert not line_v.is_valid(dict(case, record=broken))


def _with_line(seed: Seed, kind: str, change) -> list[tuple[str, bytes]]:
    """The seed's members with the first record of ``kind`` changed (its hash made right)."""
    out, done = [], False
    for ln in _lines(seed, "records.jsonl"):
        if ln["kind"] == kind and not done:
            rec = change(dict(ln["record"]))
            ln = dict(ln, record=rec, sha256=record_sha256(rec))
            done = True
        out.append(canonical(ln) + b"\n")
    members = list(seed.members)
    members[1] = ("records.jsonl", b"".join(out))
    return members


def test_headquarters_refuses_a_line_its_schema_refuses(hub, seed, tmp_path):
    variants = {
        "extra-field": ("person", lambda r: r | {"nickname": "x"}, "'nickname' was unexpected"),
        "missing-field": ("visit", lambda r: {k: v for k, v in r.items() if k != "visit_type"},
                          "'visit_type' is a required property"),
        "wrong-type-int": ("case", lambda r: r | {"version": str(r["version"])}, "/record/version"),
        "wrong-type-bool": ("person", lambda r: r | {"deleted": 0}, "/record/deleted"),
        "wrong-type-list": ("person", lambda r: r | {"phones": {"home": "1"}}, "/record/phones"),
        "list-of-numbers": ("incident", lambda r: r | {"violence_types": [1]}, "/record/violence_types/0"),
        "bad-time": ("visit", lambda r: r | {"visit_at": "2026-11-01 10:00:00+05:00"}, "/record/visit_at"),
        "added-field-default": ("participant", lambda r: r | {"cohabiting": ""}, "/record/cohabiting"),
    }
    for name, (kind, change, where) in variants.items():
        r = refused(hub, tmp_path, seed.variant(_with_line(seed, kind, change)), f"{name}.idb",
                    "bundle_content_invalid")
        assert ".json at" in str(r.error) and where in str(r.error), (name, str(r.error))
        assert "Иван" not in str(r.error)  # the rule and the place, never the value
    # The first audit entry must follow 64 zeros (docs/schemas/audit-entry.json).
    audit = _lines(seed, "audit.jsonl")
    first = dict(audit[0], prev_hash="1" * 64, hash="")
    first["hash"] = entry_hash(AuditEntry(**first))
    members = list(seed.members)
    members[2] = ("audit.jsonl", b"".join(canonical(e) + b"\n" for e in [first, *audit[1:]]))
    r = refused(hub, tmp_path, seed.variant(members), "audit-genesis.idb", "bundle_content_invalid")
    assert "audit-entry.json at /prev_hash" in str(r.error), str(r.error)

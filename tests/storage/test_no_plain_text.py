"""The vault file and its -wal hold neither the SQLite header nor any name from the demo data."""

from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase, Person


def personal_strings(store):
    out = set()
    for p in store.find(Person):
        out.update(x for x in (p.last_name, p.first_name, p.patronymic, p.iin, *p.phones) if x)
    for c in store.find(FamilyCase):
        out.add(c.address)
    return out


def assert_opaque(path, needles):
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"SQLite format 3" not in data
    for s in needles:
        for enc in ("utf-8", "utf-16-le"):
            assert s.encode(enc) not in data, (path.name, s)


def test_demo_vault_and_wal_hold_no_personal_text(session):
    stats = generate(session, households=25, seed=11)
    assert stats["persons"] >= 50
    needles = personal_strings(session.store)
    assert len(needles) >= 100
    db = session.vault.path
    wal = db.with_name(db.name + "-wal")
    assert wal.stat().st_size > 0  # not checkpointed yet: the WAL holds the recent pages
    assert_opaque(db, needles)
    assert_opaque(wal, needles)
    session.lock()
    assert_opaque(db, needles)
    for f in db.parent.iterdir():
        if f.is_file():
            assert_opaque(f, needles)

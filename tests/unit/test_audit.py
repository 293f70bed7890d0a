from dataclasses import replace

from inspector_desk.core.audit import GENESIS, AuditEntry, seal, verify_chain


def chain(n):
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        e = seal(AuditEntry(seq=i, at=f"2026-11-20T10:{i:02d}:00+00:00", actor="A-1047",
                            device_id="dev", action="view", kind="case", record_id=f"c{i}",
                            detail="", prev_hash=prev))
        out.append(e)
        prev = e.hash
    return out


def test_intact_chain_has_no_problems():
    entries = chain(5)
    assert verify_chain(entries, (5, entries[-1].hash)) == []


def test_edited_entry_is_reported():
    entries = chain(5)
    entries[2] = replace(entries[2], action="delete")
    problems = verify_chain(entries)
    assert problems == ["entry 3: content was changed after it was written"]


def test_removed_entry_is_reported():
    entries = chain(5)
    del entries[1]
    problems = verify_chain(entries)
    assert any("entries removed" in p for p in problems)
    assert any("does not follow" in p for p in problems)


def test_truncated_tail_is_reported_by_the_head():
    entries = chain(5)
    head = (5, entries[-1].hash)
    assert verify_chain(entries[:3], head) == [
        "the log ends at entry 3 but its head says 5 (entries removed)"]


def test_resealed_edit_still_breaks_the_next_link():
    entries = chain(4)
    entries[1] = seal(replace(entries[1], actor="someone-else"))
    assert verify_chain(entries) == ["entry 3: does not follow the entry before it"]

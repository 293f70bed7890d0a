"""The merge's notion of ancestry and heads, on hand-made histories."""

from inspector_desk.hq.merge import heads, heads_key, is_ancestor
from inspector_desk.hq.repo import Node


def n(v, sha, dev, base=None, superseded=False, at=None):
    return Node("r", v, sha, "case", dev, base[0] if base else None, base[1] if base else None,
                at or f"2026-11-{v:02d}", superseded)


def test_one_device_editing_in_sequence_has_one_head():
    a1, a2, a5 = n(1, "a1", "A"), n(2, "a2", "A"), n(5, "a5", "A")
    assert [h.sha256 for h in heads([a5, a1, a2])] == ["a5"]
    nothing = lambda v, s: None  # noqa: E731
    assert is_ancestor(a1, a5, nothing) and not is_ancestor(a5, a1, nothing)


def test_a_handover_continues_and_a_concurrent_edit_conflicts():
    a3 = n(3, "a3", "A")
    hq4 = n(4, "hq4", "hq", base=(3, "a3"))       # reassigned: the case made at HQ from A's v3
    b5 = n(5, "b5", "B", base=(4, "hq4"))         # B continues from what it received
    assert [h.sha256 for h in heads([a3, hq4, b5])] == ["b5"]
    a4 = n(4, "a4", "A")                          # A kept editing its own copy
    hs = heads([a3, hq4, b5, a4])
    assert {h.sha256 for h in hs} == {"b5", "a4"} and hs[0].sha256 == "b5"
    # Order of arrival does not matter; the key names the pair.
    assert heads_key(heads([a4, b5, hq4, a3])) == heads_key(hs)


def test_same_version_number_with_different_content_is_a_fork():
    a2, a2b = n(2, "x", "A"), n(2, "y", "A")  # a device restored from a backup, edited again
    assert len(heads([n(1, "a1", "A"), a2, a2b])) == 2


def test_a_reviewer_setting_a_head_aside_leaves_one():
    a4, b5 = n(4, "a4", "A", superseded=True), n(5, "b5", "B", base=(3, "a3"))
    assert [h.sha256 for h in heads([n(3, "a3", "A", superseded=True), a4, b5])] == ["b5"]
    a6 = n(6, "a6", "A")  # A keeps going on the line that was set aside: listed again
    assert {h.sha256 for h in heads([n(3, "a3", "A", superseded=True), a4, b5, a6])} == {"b5", "a6"}

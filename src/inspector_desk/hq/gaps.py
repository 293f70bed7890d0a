"""What is missing from a device's run of bundle numbers, and why.

A bundle names the previous bundle its device actually *wrote* (``prev_seq``,
``prev_hash``). Numbers between the two were reserved and never written (an export that
crashed or was cancelled: "burned"); a number below the highest that is neither received
nor burned was written and never arrived ("missing": harmless, because every bundle
carries everything not yet acknowledged, but worth a look). A ``prev_hash`` that differs
from the bundle headquarters holds under that number is a fork: the device went back to an
older state (a restored backup).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from inspector_desk.hq.repo import Repository


@dataclass
class Gaps:
    highest: int = 0
    missing: list[int] = field(default_factory=list)
    burned: list[int] = field(default_factory=list)
    forks: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def gaps_of(repo: Repository, device_id: str) -> Gaps:
    bundles = {b.seq: b for b in repo.bundles_of(device_id)}
    g = Gaps(highest=max(bundles, default=0))
    burned: set[int] = set()
    for b in bundles.values():
        burned.update(range(b.prev_seq + 1, b.seq))
        prev = bundles.get(b.prev_seq)
        if prev is not None and prev.sha512 != b.prev_hash:
            g.forks.append(b.seq)
    g.burned = sorted(s for s in burned if s not in bundles)
    g.missing = [s for s in range(1, g.highest) if s not in bundles and s not in burned]
    g.forks.sort()
    if g.missing:
        g.notes.append(f"bundles never received: {', '.join(map(str, g.missing))}")
    if g.forks:
        g.notes.append(f"bundles that do not follow the one received before them: "
                       f"{', '.join(map(str, g.forks))}")
    return g

#!/usr/bin/env python3
"""What one passphrase guess costs, and how many guesses the back-off allows.

    .venv/bin/python bench/bench_guess.py [--runs 7]

Measured in the same run:

* raw: ``cryptography``'s Argon2id with the key file's parameters (keyring mode: 128 MiB,
  3 passes, 4 lanes; passphrase-only mode: 256 MiB, 3 passes), the floor for any guesser;
* ours: one wrong-passphrase attempt through ``Profiles.unlock`` on a real profile (read the
  key file, the keyring, Argon2id, HKDF, the AEAD check, the failure recorded), as the
  program's own unlock screen pays it;
* the back-off schedule (``backoff_seconds``): guesses possible at the unlock screen in an
  hour, a day and a month.

Not a test: the figures go into docs/reliability.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from inspector_desk.app.profile import FREE_ATTEMPTS, MAX_DELAY_S, Profiles, backoff_seconds  # noqa: E402
from inspector_desk.app.session import InspectorInfo  # noqa: E402
from inspector_desk.core.errors import UnlockThrottled, WrongPassphrase  # noqa: E402
from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "Жаз-2026-Астана!"


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def guesses_allowed(seconds: float, attempt_s: float) -> int:
    """Wrong attempts that fit in ``seconds`` at the unlock screen with the back-off."""
    n, t = 0, 0.0
    while True:
        t += attempt_s
        if t > seconds:
            return n
        n += 1
        t += backoff_seconds(n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    print(f"Argon2id, {args.runs} runs each (median / min):")
    raw = {}
    for mode in ("keyring", "passphrase_only"):
        params = KdfParams.for_mode(mode)
        times = timed(lambda: params.derive("not the passphrase"), args.runs)
        raw[mode] = statistics.median(times)
        print(f"  raw KDF  {mode:<16} m={params.memory_kib // 1024} MiB t={params.iterations} "
              f"p={params.lanes}: {raw[mode] * 1000:7.1f} ms / {min(times) * 1000:7.1f} ms")

    clock = FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    with tempfile.TemporaryDirectory() as tmp:
        profiles = Profiles(Path(tmp), KeyringSecrets(MemoryKeyring()), clock)
        profiles.create("default", PASSPHRASE, InspectorInfo(name="Бенчмарк", login="B-1")).lock()

        def attempt() -> None:
            try:
                profiles.unlock("default", "Жаз-2026-Астана?")
            except WrongPassphrase:
                pass
            clock.advance(seconds=MAX_DELAY_S + 1)  # measure the attempt, not the waiting

        ours = timed(attempt, args.runs)
        med = statistics.median(ours)
        print(f"  ours: one wrong attempt through Profiles.unlock: {med * 1000:7.1f} ms "
              f"(x{med / raw['keyring']:.2f} of the raw KDF)")
        profiles.unlock("default", PASSPHRASE).lock()  # success resets the count
        throttled = 0
        for _ in range(FREE_ATTEMPTS + 2):
            try:
                profiles.unlock("default", "wrong wrong wrong")
            except WrongPassphrase:
                pass
            except UnlockThrottled:
                throttled += 1
        print(f"  after {FREE_ATTEMPTS} free attempts the next ones are refused until the "
              f"delay passes (refused here: {throttled})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:.0f} MiB (the KDF's memory is per guess)")

    print("\nOnline, at the unlock screen (attempt cost + back-off):")
    for label, seconds in (("1 hour", 3600), ("1 day", 86400), ("30 days", 30 * 86400)):
        print(f"  {label:<8} {guesses_allowed(seconds, med):>7} guesses")
    print("\nOffline, key file + device secret both stolen (one core, keyring mode):")
    per_s = 1 / raw["keyring"]
    space = {"10 random lowercase Cyrillic+Kazakh letters (42^10)": 42 ** 10,
             "3 random words from 7,776": 7776 ** 3, "4 random words from 7,776": 7776 ** 4}
    for label, n in space.items():
        years = n / 2 / per_s / 86400 / 365
        print(f"  {label:<52} half the space: {years:,.0f} core-years")
    print("  Without the device secret (key file copied, keyring not): 2^256 secret; no guessing.")


if __name__ == "__main__":
    main()

"""After a lock, no key and no word of the victim is left in any process of the program
(issue 13, "Done when"; SECURITY.md T14).

tests/reliability/lock_run.py runs the real program in a sandbox: the passphrase typed
into the first-run wizard, a victim typed into the "Add person" dialog (name, ИИН, safe
contact), a narrative typed into a visit. Then it is locked each way a person or the
computer locks it: Ctrl+L, the idle timer, logind's PrepareForSleep signal on D-Bus, the
screen locker's ActiveChanged signal, and
F12 then Ctrl+L with a dialog open holding a typed name. Each time the test reads the whole
memory of every process of the program (``/proc/PID/mem``, every readable mapping; this
needs CAP_SYS_PTRACE, which root has in CI, because the program makes itself non-dumpable)
and counts:

* the database key (raw, hex, HEX), the unlock key, the device secret (raw and as the
  keyring holds it, base64), the passphrase;
* the canaries typed in (UTF-8, UTF-16-LE, UTF-16-BE, lower and upper case).

The expected count is 0. The same scan run just before the lock must find the canaries
(self-check: the scanner reads what it claims to read).
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("lock_run.py")
sys.path.insert(0, str(Path(__file__).resolve().parent))

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")]

TIMEOUT = 120


# --- reading a process's memory ----------------------------------------------------------


def regions(pid: int) -> list[tuple[int, int, str]]:
    out = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        lo, hi = (int(x, 16) for x in parts[0].split("-"))
        name = parts[5] if len(parts) > 5 else ""
        if "r" in parts[1] and name not in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            out.append((lo, hi, name))
    return out


def read_memory(pid: int) -> tuple[bytes, int]:
    """Every readable mapping of ``pid`` as one byte string (mappings joined by a separator
    that no needle contains), and how many bytes were read."""
    chunks, total = [], 0
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for lo, hi, _name in regions(pid):
            try:
                mem.seek(lo)
                data = mem.read(hi - lo)
            except (OSError, ValueError, OverflowError):
                continue
            if data:
                chunks.append(data)
                total += len(data)
    return b"\0\xff\0".join(chunks), total


def program_pids(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def needles_for(texts: dict[str, str], secrets: dict[str, bytes]) -> dict[str, bytes]:
    out = {}
    for label, text in texts.items():
        for variant in {text, text.lower(), text.upper()}:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                out[f"{label} [{enc}{'' if variant == text else ', case'}]"] = variant.encode(enc)
    for label, raw in secrets.items():
        out[f"{label} [raw]"] = raw
        out[f"{label} [hex]"] = raw.hex().encode()
        out[f"{label} [HEX]"] = raw.hex().upper().encode()
        out[f"{label} [base64]"] = base64.b64encode(raw)
    return out


def count(memory: bytes, needles: dict[str, bytes]) -> dict[str, int]:
    return {label: memory.count(data) for label, data in needles.items() if memory.count(data)}


# --- the sandbox ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bus():
    """A private D-Bus daemon, used as both the system and the session bus of the program."""
    daemon = shutil.which("dbus-daemon")
    if not daemon:
        pytest.skip("dbus-daemon is not installed (Debian: dbus-daemon; .ci/run installs it)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def display():
    """Xvfb when there is one (the real xcb platform, as on a laptop), else offscreen."""
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    r, w = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(w), "-screen", "0", "1366x768x24", "-nolisten", "tcp",
                             "-noreset"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:  # the whole line: closing early makes Xvfb fail its write and exit
        number = f.readline().strip()
    socket = Path(f"/tmp/.X11-unix/X{number}")
    end = time.monotonic() + 10
    while number and not socket.exists() and time.monotonic() < end:
        time.sleep(0.05)
    if not number or not socket.exists() or proc.poll() is not None:
        proc.kill()
        pytest.skip("Xvfb did not start")
    yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    proc.terminate()
    proc.wait(10)


def sandbox_env(sandbox: Path, bus: str, display: dict) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DBUS_", "QT_", "INSPECTOR_DESK_")) and k != "DISPLAY"}
    for sub in ("home", "config", "cache", "data", "state", "runtime", "tmp"):
        (sandbox / sub).mkdir(parents=True, exist_ok=True)
    (sandbox / "runtime").chmod(0o700)
    env.update(display)
    env.update(HOME=str(sandbox / "home"), XDG_CONFIG_HOME=str(sandbox / "config"),
               XDG_CACHE_HOME=str(sandbox / "cache"), XDG_DATA_HOME=str(sandbox / "data"),
               XDG_STATE_HOME=str(sandbox / "state"), XDG_RUNTIME_DIR=str(sandbox / "runtime"),
               TMPDIR=str(sandbox / "tmp"), INSPECTOR_DESK_HOME=str(sandbox / "desk"),
               INSPECTOR_DESK_LANG="ru",
               PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               TEST_KEYRING_FILE=str(sandbox / "keyring.json"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]),
               DBUS_SESSION_BUS_ADDRESS=bus, DBUS_SYSTEM_BUS_ADDRESS=bus)
    return env


def the_secrets(sandbox: Path, passphrase: str) -> dict[str, bytes]:
    """The keys of the run, worked out here from the files (never sent by the program)."""
    from inspector_desk.app.profile import KEYFILE
    from inspector_desk.keystore.keyfile import KeyFile

    kf = KeyFile.load(sandbox / "desk" / "profiles" / "default" / KEYFILE)
    store = json.loads((sandbox / "keyring.json").read_text())
    [device_b64] = [v for k, v in store.items() if kf.device_id in k]
    device_secret = base64.b64decode(device_b64)
    unlock_key = kf.unlock_key(passphrase, device_secret)
    dek = kf.unwrap("current", unlock_key)
    return {"database key": dek, "unlock key": unlock_key, "device secret": device_secret}


def wait_for(cond, what: str, timeout: float = TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = cond()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def log_text(sandbox: Path) -> str:
    logs = sandbox / "desk" / "logs"
    return "".join(p.read_text(errors="replace") for p in sorted(logs.glob("*.log*"))) if logs.exists() else ""


# --- the test ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["ctrl-l", "idle", "suspend", "screen", "dialog"])
def test_nothing_survives_a_lock_in_memory(method, tmp_path, bus, display):
    import lock_run

    if os.geteuid() != 0:
        pytest.skip("reading a non-dumpable process's memory needs CAP_SYS_PTRACE (root in CI)")
    sandbox = tmp_path / "sandbox"
    env = sandbox_env(sandbox, bus, display)
    out = open(tmp_path / "run.out", "w+")
    proc = subprocess.Popen([sys.executable, str(SCRIPT), str(sandbox), method], env=env,
                            stdout=out, stderr=subprocess.STDOUT, cwd=str(sandbox / "home"),
                            start_new_session=True)
    try:
        def ready():
            out.flush()
            m = re.search(r"LOCKRUN-READY (\d+)", (tmp_path / "run.out").read_text())
            if proc.poll() is not None:
                raise AssertionError("the run ended early:\n" + (tmp_path / "run.out").read_text()[-4000:])
            return int(m.group(1)) if m else None

        pid = wait_for(ready, "the scripted run")
        assert pid == proc.pid
        texts = {"passphrase": lock_run.PASSPHRASE, "victim's last name": lock_run.VICTIM_LAST,
                 "victim's first name": lock_run.VICTIM_FIRST, "safe contact": lock_run.SAFE_CONTACT,
                 "narrative": lock_run.NARRATIVE}
        from inspector_desk.core.iin import make_iin

        texts["ИИН"] = make_iin(lock_run.IIN_BORN, "F", 7731)
        if method == "dialog":
            texts["name typed in the dialog"] = lock_run.DIALOG_NAME
        secrets = the_secrets(sandbox, lock_run.PASSPHRASE)
        needles = needles_for(texts, secrets)

        # Self-check: while unlocked the scanner finds what was typed.
        before, scanned = read_memory(pid)
        found_before = count(before, needles)
        del before
        assert any(label.startswith("victim's last name") for label in found_before), found_before
        assert any(label.startswith("narrative") for label in found_before), found_before

        started = time.monotonic()
        if method == "suspend":  # logind, on the system bus, before the machine sleeps
            subprocess.run(["dbus-send", f"--bus={bus}", "--type=signal", "/org/freedesktop/login1",
                            "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"],
                           check=True, env=env)
        elif method == "screen":  # the desktop's screen locker, on the session bus
            subprocess.run(["dbus-send", f"--bus={bus}", "--type=signal", "/org/freedesktop/ScreenSaver",
                            "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                           check=True, env=env)
        else:
            (sandbox / "go").touch()
        wait_for(lambda: b"--locked" in Path(f"/proc/{pid}/cmdline").read_bytes(), "the process to be replaced")
        replaced = time.monotonic() - started
        wait_for(lambda: "after lock=" in log_text(sandbox) and "after lock=no" not in
                 log_text(sandbox).split("window shown")[-1], "the unlock screen of the fresh process")
        shown = time.monotonic() - started
        time.sleep(1.0)  # let the fresh process settle at its unlock screen
        assert proc.poll() is None, (tmp_path / "run.out").read_text()[-4000:]

        hits: dict[str, int] = {}
        total = 0
        pids = program_pids(pid)
        for p in pids:
            memory, n = read_memory(p)
            total += n
            for label, k in count(memory, needles).items():
                hits[f"pid {p}: {label}"] = k
        platform = re.search(r"platform=(\S+)", (tmp_path / "run.out").read_text()).group(1)
        print(f"\nlock by {method} ({platform}): process replaced after {replaced:.2f} s, unlock screen after "
              f"{shown:.2f} s; scanned {len(pids)} process(es), {total / 2**20:.0f} MiB "
              f"(before the lock {scanned / 2**20:.0f} MiB, found: "
              f"{sorted({k.split(' [')[0] for k in found_before})}); "
              f"{len(needles)} needles; hits after the lock: {sum(hits.values())}")
        assert hits == {}, f"left in memory after the lock by {method}: {hits}"
        reason = {"ctrl-l": "manual", "dialog": "manual", "idle": "idle", "suspend": "suspend",
                  "screen": "screen"}[method]
        assert f"--locked\0{reason}".encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        out.close()


# --- dumps and reading by others -----------------------------------------------------------


HARDENED_CHILD = """
import os, resource, signal, sys
sys.path.insert(0, {src!r})
if sys.argv[1] == "hardened":
    from inspector_desk.app.hardening import harden_process, report
    harden_process()
    print(report(), flush=True)
else:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
secret = ("КАНАРЕЙКА-В-ПАМЯТИ-" * 4).encode()
os.kill(os.getpid(), signal.SIGSEGV)
"""


def test_a_crash_after_hardening_writes_no_core(tmp_path):
    code = HARDENED_CHILD.format(src=str(ROOT / "src"))
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    subprocess.run([sys.executable, "-c", code, "control"], cwd=control, check=False)
    done = subprocess.run([sys.executable, "-c", code, "hardened"], cwd=hardened, check=False,
                          capture_output=True, text=True)
    assert done.returncode == -signal.SIGSEGV
    assert "'core_limit': (0, 0)" in done.stdout and "'dumpable': 0" in done.stdout, done.stdout
    assert list(hardened.iterdir()) == []
    if not list(control.iterdir()):
        pytest.skip("this machine writes no core file even without hardening (core_pattern "
                    f"{Path('/proc/sys/kernel/core_pattern').read_text().strip()!r}): the "
                    "limits above were checked")


def test_another_process_of_the_same_user_cannot_read_the_memory(tmp_path):
    """Without CAP_SYS_PTRACE (any ordinary program the user runs), /proc/PID/mem of the
    hardened program is refused; the same reader gets in when the program is not hardened."""
    setpriv = shutil.which("setpriv")
    if not setpriv or os.geteuid() != 0:
        pytest.skip("needs setpriv and root to drop CAP_SYS_PTRACE for the reader")
    child = ("import sys, time\nsys.path.insert(0, {src!r})\n"
             "if sys.argv[1] == 'hardened':\n"
             "    from inspector_desk.app.hardening import harden_process; harden_process()\n"
             "print('ready', flush=True)\ntime.sleep(60)\n").format(src=str(ROOT / "src"))
    reader = ("import sys\nf = open(f'/proc/{sys.argv[1]}/mem', 'rb')\n"
              "maps = open(f'/proc/{sys.argv[1]}/maps').read().split()[0].split('-')\n"
              "f.seek(int(maps[0], 16)); f.read(16); print('read')\n")
    results = {}
    for kind in ("plain", "hardened"):
        # Both without capabilities: a user's ordinary programs (as root they would pass the
        # capability checks of ptrace_may_access whatever the program did).
        proc = subprocess.Popen([setpriv, "--inh-caps=-all", "--bounding-set=-all", sys.executable,
                                 "-c", child, kind], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().strip() == "ready"
            done = subprocess.run([setpriv, "--inh-caps=-all", "--bounding-set=-all", sys.executable,
                                   "-c", reader, str(proc.pid)], capture_output=True, text=True)
            results[kind] = done.returncode == 0 and "read" in done.stdout
        finally:
            proc.kill()
            proc.wait()
    assert results == {"plain": True, "hardened": False}

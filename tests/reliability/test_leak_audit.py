"""Leak audit (issue 8, part 4; SECURITY.md T7): after a scripted run of the real application,
no personal string of the run is found in plain form anywhere it wrote.

The run (tests/reliability/leak_run.py) is a subprocess whose HOME, XDG_CONFIG/CACHE/DATA/
STATE_HOME, XDG_RUNTIME_DIR, TMPDIR and INSPECTOR_DESK_HOME all point into one sandbox
folder, so that everything the process writes lands there. It creates the profile through
the first-run wizard, enrols with headquarters through the Headquarters screen, loads demo
data, types a case and three people into the dialogs, records a visit (draft autosave, an
attached scan), an incident and the risk checklist, previews, prints and saves documents,
exports a bundle, backs the vault up, raises two unexpected errors carrying personal data
and presses "Copy details", copies a name, locks, unlocks and locks again. It prints every
personal string of the run, read back from the vault.

Then every file under the sandbox, hidden ones included, is searched for every one of those
strings: UTF-8, UTF-16-LE and UTF-16-BE; as typed, lower case, upper case, case-folded and
NFD; and the same again after undoing JSON ``\\uXXXX``, Qt-settings (``%UXXXX``,
``\\xHH``, ``\\0``) and URL (``%HH``) escapes. The expected number of hits is zero, the
vault, its backup and the bundle included (they are encrypted: a hit there would be a hit).

Excluded, and only these: ``sandbox/paper/`` (what the printer received: the printout is
the paper) and ``sandbox/saved-by-user/`` (the PDF saved with "Save as PDF…" into a folder
the user chose). Outside the sandbox by construction: headquarters' folder (another
machine) and the folder of the scan the inspector attached (the user's own file).

A self-check plants a canary in every representation the scan claims to read and requires
each to be found (and the copy in the paper folder not to be).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("leak_run.py")
EXCLUDED = ("paper", "saved-by-user")
MIN_CHARS = 4  # shorter strings ("Ли", "Ким") would match by chance in encrypted files
CANARY = "Қарлығашева Үміт Әбдіқызы 991231650017"

pytestmark = pytest.mark.slow


# --- the scanner ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Needle:
    kind: str
    text: str
    variant: str
    encoding: str
    data: bytes


@dataclass
class Hit:
    path: str
    view: str
    needle: Needle
    offset: int
    count: int

    def __str__(self) -> str:
        n = self.needle
        return (f"{self.path} @ {self.offset} ({self.view} view, x{self.count}): {n.kind} "
                f"{n.text!r} [{n.variant}, {n.encoding}]")


@dataclass
class ScanReport:
    files: list[tuple[str, int]] = field(default_factory=list)
    excluded: list[tuple[str, int]] = field(default_factory=list)
    bytes_scanned: int = 0
    needles: int = 0
    strings: int = 0
    hits: list[Hit] = field(default_factory=list)


ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def variants(text: str, kind: str = "") -> dict[str, str]:
    out = {"as typed": text, "lower": text.lower(), "upper": text.upper(),
           "casefold": text.casefold(), "nfd": unicodedata.normalize("NFD", text)}
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        out["digits"] = digits
        if digits.startswith("7"):
            out["digits 8"] = "8" + digits[1:]
    return out


def make_needles(strings: dict[str, str]) -> list[Needle]:
    """``strings``: text → kind. Every variant in every encoding, each byte string once."""
    seen: set[bytes] = set()
    out: list[Needle] = []
    for text, kind in strings.items():
        for variant, v in variants(text, kind).items():
            for enc in ENCODINGS:
                data = v.encode(enc)
                if data not in seen:
                    seen.add(data)
                    out.append(Needle(kind, text, variant, enc, data))
    return out


_ESCAPE = re.compile(rb"\\u([0-9a-fA-F]{4})|%U([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})"
                     rb"|\\x([0-9a-fA-F]{1,2})|\\0")


def _unescape_one(m: re.Match) -> bytes:
    code = m.group(1) or m.group(2)
    if code:
        return chr(int(code, 16)).encode("utf-8", "surrogatepass")
    byte = m.group(3) or m.group(4)
    return bytes([int(byte, 16)]) if byte else b"\0"


def unescape(data: bytes) -> bytes:
    """Undo JSON (``\\u0416``), Qt settings (``%U0416`` in keys, ``\\xd0``/``\\0`` in byte
    arrays and variants) and URL (``%D0%96``) escapes, so that the plain needles find text
    written escaped."""
    return _ESCAPE.sub(_unescape_one, data)


def views(data: bytes) -> list[tuple[str, bytes]]:
    out = [("raw", data)]
    if b"\\" in data or b"%" in data:
        un = unescape(data)
        if un != data:
            out.append(("unescaped", un))
    return out


def scan_bytes(label: str, data: bytes, needles: list[Needle]) -> list[Hit]:
    hits = []
    for view, blob in views(data):
        for n in needles:
            at = blob.find(n.data)
            if at >= 0:
                hits.append(Hit(label, view, n, at, blob.count(n.data)))
    return hits


def scan_tree(root: Path, needles: list[Needle], excluded: tuple[str, ...] = EXCLUDED) -> ScanReport:
    """Every regular file under ``root`` (hidden ones too, symlinks not followed), except
    those under the top-level folders named in ``excluded``."""
    report = ScanReport(needles=len(needles))
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if not path.is_file() or path.is_symlink():
                continue
            size = path.stat().st_size
            if rel.split("/", 1)[0] in excluded:
                report.excluded.append((rel, size))
                continue
            data = path.read_bytes()
            report.files.append((rel, len(data)))
            report.bytes_scanned += len(data)
            report.hits += scan_bytes(rel, data, needles)
    return report


# --- the run -------------------------------------------------------------------------------


def sandbox_env(sandbox: Path, hq_by_caller: bool = True) -> dict[str, str]:
    folders = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config", "XDG_CACHE_HOME": "home/.cache",
               "XDG_DATA_HOME": "home/.local/share", "XDG_STATE_HOME": "home/.local/state",
               "XDG_RUNTIME_DIR": "runtime", "TMPDIR": "tmp", "INSPECTOR_DESK_HOME": "data"}
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "INSPECTOR_DESK_", "PYTEST_", "QT_"))}
    for var, rel in folders.items():
        (sandbox / rel).mkdir(parents=True, exist_ok=True)
        env[var] = str(sandbox / rel)
    (sandbox / "runtime").chmod(0o700)
    env.update(PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               TEST_KEYRING_FILE=str(sandbox / "home" / ".local" / "share" / "test-keyring.json"),
               PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", LEAK_LANG="ru",
               PYTHONDONTWRITEBYTECODE="1", TEMP=str(sandbox / "tmp"), TMP=str(sandbox / "tmp"))
    if hq_by_caller:
        env["LEAK_HQ_KEYS_BY_CALLER"] = "1"
    return env


def make_hq_keys(hq: Path) -> None:
    """Headquarters' keys (seconds of scrypt), made here while the run starts."""
    import datetime as dt

    from inspector_desk.hq import keys as hq_keys

    hq_keys.init_keys(hq, "штаб-пароль-2026", ["офицер-первый-2026", "офицер-второй-2026"],
                      dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    (hq / "READY").write_text("ok")


SYSTEM_PLACES = ("/tmp", "/var/tmp", "/dev/shm")


def _listing(roots, skip: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    out = {}
    for root in roots:
        if not os.path.isdir(root):
            continue
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = [d for d in dirs if not os.path.join(folder, d).startswith(skip)
                       and not (folder == "/tmp" and d.startswith(("bash_jobs", "bash_tool")))]
            for name in files:
                p = os.path.join(folder, name)
                try:
                    st = os.lstat(p)
                except OSError:
                    continue
                out[p] = (st.st_mtime_ns, st.st_size)
    return out


def system_places(tmp_path: Path) -> tuple[list[str], tuple[str, ...]]:
    home = Path.home()
    roots = [*SYSTEM_PLACES, str(home / ".config"), str(home / ".cache"), str(home / ".local")]
    return roots, (str(tmp_path),)


# --- what the process wrote, deleted files included (strace) -----------------------------

STRACE_CALLS = ("open,openat,openat2,creat,rename,renameat,renameat2,unlink,unlinkat,"
                "mkdir,mkdirat,link,linkat,symlink,symlinkat,truncate")
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
_STR = r'"((?:[^"\\]|\\.)*)"'
_ARG = re.compile(r'(?:(?:AT_FDCWD|\d+)<((?:[^>\\]|\\.)*)>,\s*)?' + _STR)
_CALL = re.compile(r"^(\w+)\((.*)\)\s+=\s+(-?\d+)(?:<((?:[^>\\]|\\.)*)>)?")


def strace_prefix(out: Path) -> list[str]:
    import shutil

    if os.environ.get("LEAK_NO_STRACE") or not shutil.which("strace"):
        return []
    out.mkdir(parents=True, exist_ok=True)
    return ["strace", "-f", "-ff", "-y", "-qq", "--seccomp-bpf", "-e", f"trace={STRACE_CALLS}",
            "-o", str(out / "t")]


def _c_unescape(text: str) -> str:
    raw = text.encode("latin-1", "backslashreplace")
    out = bytearray()
    i = 0
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("v"): 11, ord("f"): 12,
              ord('"'): 34, ord("\\"): 92}
    while i < len(raw):
        b = raw[i]
        if b == 92 and i + 1 < len(raw):
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
            if m:
                out.append(int(m.group(), 8) & 0xFF)
                i += 1 + len(m.group())
                continue
            if raw[i + 1] == ord("x"):
                out.append(int(raw[i + 2:i + 4], 16))
                i += 4
                continue
            out.append(simple.get(raw[i + 1], raw[i + 1]))
            i += 2
            continue
        out.append(b)
        i += 1
    return out.decode("utf-8", "replace")


@dataclass
class FileEvents:
    written: set[str] = field(default_factory=set)
    dirs: set[str] = field(default_factory=set)
    renamed: dict[str, str] = field(default_factory=dict)
    unlinked: set[str] = field(default_factory=set)
    lines: int = 0


def read_strace(folder: Path, cwd: Path) -> FileEvents:
    ev = FileEvents()
    for f in sorted(folder.glob("t.*")):
        for line in f.read_text("latin-1").splitlines():
            m = _CALL.match(line)
            if not m or int(m.group(3)) < 0:
                continue
            ev.lines += 1
            call, args, fd_path = m.group(1), m.group(2), m.group(4)
            paths = [os.path.normpath(os.path.join(_c_unescape(d) if d else str(cwd), _c_unescape(p)))
                     for d, p in _ARG.findall(args)]
            if call in ("open", "openat", "openat2", "creat"):
                if call == "creat" or any(flag in args for flag in _WRITE_FLAGS):
                    ev.written.add(_c_unescape(fd_path) if fd_path else paths[0])
            elif call.startswith("rename") and len(paths) == 2:
                ev.renamed[paths[0]] = paths[1]
            elif call.startswith("unlink") and paths:
                ev.unlinked.add(paths[0])
            elif call.startswith("mkdir") and paths:
                ev.dirs.add(paths[0])
            elif call.startswith(("link", "symlink", "truncate")) and paths:
                ev.written.add(paths[-1])
    return ev


# Files the run may write and remove again, and why their content needs no scan.
TRANSIENT_OK = (
    (re.compile(r"\.db(\.partial)?-(journal|wal|shm)$"),
     "SQLCipher rollback journal, WAL and WAL index: encrypted pages (SECURITY.md §1), "
     "removed when the vault closes"),
    (re.compile(r"/QtProject\.conf\.lock$"), "Qt's lock file for its settings: a process id"),
    (re.compile(r"/home/\.config/#\d+$"), "an unnamed O_TMPFILE of Qt's QSaveFile for "
     "QtProject.conf: never named on disk; it holds a version of that file"),
    (re.compile(r"/sandbox/tmp/[a-z0-9_]{8}$"), "Python's tempfile probing that TMPDIR is "
     "writable (it writes b'blat'); seen only when something uses tempfile"),
    (re.compile(r"/profiles/[^/]+/\.unlock-state\.json\.[0-9a-f]{8}\.tmp$"), "the back-off's "
     "record of a passphrase attempt (a count and a time), written before the KDF runs and "
     "removed again when the passphrase was right (app/profile.py, Profiles._attempt)"),
)


def final_path(path: str, ev: FileEvents) -> str:
    """Where a written file ended up, through renames of it or of a folder above it."""
    for _ in range(20):
        if path in ev.renamed:
            path = ev.renamed[path]
            continue
        moved = next((d for d in ev.renamed if path.startswith(d + "/")), None)
        if moved is None:
            return path
        path = ev.renamed[moved] + path[len(moved):]
    return path


def check_file_events(ev: FileEvents, sandbox: Path, allowed_outside: list[Path]) -> tuple[list, list, list]:
    """(writes outside the sandbox, written files that vanished unexplained, transient files
    explained), from the strace of the run."""
    box = str(sandbox) + "/"
    outside, unexplained, explained = [], [], []
    for p in sorted(ev.written | ev.dirs | set(ev.renamed.values())):
        if not p.startswith(box) and not any(p.startswith(str(a) + "/") for a in allowed_outside) \
                and p not in ("/dev/null", "/dev/tty"):
            outside.append(p)
    for p in sorted(ev.written):
        if not p.startswith(box):
            continue
        end = final_path(p, ev)
        if os.path.exists(end):
            continue
        why = next((reason for rx, reason in TRANSIENT_OK if rx.search(p)), None)
        (explained if why else unexplained).append((p[len(box):], why))
    return outside, unexplained, explained


def run_app(tmp_path: Path) -> tuple[dict, str, str, Path, FileEvents | None]:
    sandbox = tmp_path / "sandbox"
    hq, inputs = tmp_path / "hq-machine", tmp_path / "inputs"
    for d in (sandbox, hq, inputs):
        d.mkdir(parents=True)
    env = sandbox_env(sandbox)
    trace = strace_prefix(tmp_path / "strace")
    keys = threading.Thread(target=make_hq_keys, args=(hq,))
    keys.start()
    try:
        p = subprocess.run([*trace, sys.executable, str(SCRIPT), str(sandbox), str(sandbox / "paper"),
                            str(sandbox / "saved-by-user"), str(hq), str(inputs)],
                           env=env, cwd=sandbox / "home", capture_output=True, text=True, timeout=180)
    finally:
        keys.join()
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("LEAKRUN-RESULT ")]
    assert p.returncode == 0 and lines, f"the scripted run failed ({p.returncode}):\n{p.stderr[-6000:]}"
    result = json.loads(lines[-1][len("LEAKRUN-RESULT "):])
    other_stdout = "\n".join(ln for ln in p.stdout.splitlines() if not ln.startswith("LEAKRUN-RESULT "))
    events = read_strace(tmp_path / "strace", sandbox / "home") if trace else None
    return result, other_stdout, p.stderr, sandbox, events


def personal_strings(result: dict) -> tuple[dict[str, str], dict[str, int]]:
    """text → kind, without strings that are the inspector's own identity (the enrolment
    request carries it by design) and without strings too short to search."""
    inspector = result["inspector"].casefold()
    strings: dict[str, str] = {}
    skipped = {"too_short": 0, "part_of_inspector_name": 0}
    extra = [{"kind": "typed_text", "value": t} for t in result["typed"]["texts"]]
    for p in result["typed"]["people"]:
        extra += [{"kind": f"typed_{k}", "value": p[k]}
                  for k in ("last", "first", "patronymic", "iin", "phone", "address", "safe")]
    for item in result["strings"] + extra:
        text = item["value"].strip()
        if not text or text in strings:
            continue
        if len(text) < MIN_CHARS:
            skipped["too_short"] += 1
        elif text.casefold() in inspector:
            skipped["part_of_inspector_name"] += 1
        else:
            strings[text] = item["kind"]
    return strings, skipped


def typed_strings(result: dict) -> dict[str, str]:
    """What the run typed itself: names and texts no other program or test writes, for the
    places outside the sandbox that other programs share."""
    out = {t: "typed_text" for t in result["typed"]["texts"]}
    for p in result["typed"]["people"]:
        out.update({p[k]: f"typed_{k}" for k in ("last", "first", "patronymic", "iin", "phone",
                                                  "address", "safe") if len(p[k]) >= MIN_CHARS})
    return out


# --- the test ------------------------------------------------------------------------------


def test_no_personal_string_outside_the_vault_and_bundles(tmp_path):
    started = time.monotonic()
    roots, skip = system_places(tmp_path)
    before = _listing(roots, skip)
    result, other_stdout, stderr, sandbox, events = run_app(tmp_path)
    run_seconds = time.monotonic() - started
    after = _listing(roots, skip)

    strings, skipped = personal_strings(result)
    typed = result["typed"]
    # The scan looks for what was really typed and stored: the vault gave these back.
    stored = {s["value"] for s in result["strings"]}
    for p in typed["people"]:
        assert p["iin"] in stored and p["last"] in stored and p["first"] in stored
        assert not p["phone"] or p["phone"] in stored
        assert not p["safe"] or p["safe"] in stored
    for text in typed["texts"][:3]:
        assert text in stored, text
    # … the bundle carries them (headquarters decrypted it), and the paper does too.
    assert result["in_bundle"]["imported"] == ["ImportResult"], result["in_bundle"]
    assert all(result["in_bundle"][k] for k in ("last_name", "iin", "narrative", "home_conditions")), \
        result["in_bundle"]
    assert result["printed"] and all(Path(p).stat().st_size > 0 for p in result["printed"])
    assert result["saved"] and all(Path(p).exists() for p in result["saved"])
    from pypdf import PdfReader

    saved_text = "".join(page.extract_text() for page in PdfReader(result["saved"][0]).pages)
    assert typed["people"][0]["last"] in saved_text  # why that folder is excluded

    needles = make_needles(strings)
    t = time.monotonic()
    report = scan_tree(sandbox, needles)
    report.strings = len(strings)
    scan_seconds = time.monotonic() - t

    # The inspector's own name: in plain text only in the enrolment request, by design.
    inspector_hits = scan_tree(sandbox, make_needles({result["inspector"]: "inspector"})).hits
    inspector_files = sorted({h.path for h in inspector_hits})

    # What the process printed (its console: SQLCipher and Qt messages, tracebacks).
    console_hits = scan_bytes("<stderr>", stderr.encode(), needles) + \
        scan_bytes("<stdout>", other_stdout.encode(), needles)

    # The clipboard: "Copy details" holds no personal data; the lock empties it.
    clip = result["clipboard"]
    clip_hits = scan_bytes("<clipboard after Copy details>", clip["after_copy_details"].encode(), needles)
    for moment in ("after_lock", "at_end"):
        for mode, state in clip[moment].items():
            blob = json.dumps(state, ensure_ascii=False).encode()
            clip_hits += scan_bytes(f"<clipboard {mode} {moment}>", blob, needles)

    # System places outside the sandbox: files new or changed during the run.
    changed = sorted(p for p, v in after.items() if before.get(p) != v)
    distinctive = make_needles(typed_strings(result))
    system_hits = []
    for p in changed:
        try:
            if os.path.getsize(p) <= 64 << 20:
                system_hits += scan_bytes(p, Path(p).read_bytes(), distinctive)
        except OSError:
            continue

    # Every file the process opened for writing (strace), removed ones included; and every
    # file and folder name the run made, for personal data in names.
    names = [str(p.relative_to(sandbox)) for p in sandbox.rglob("*")]
    outside, unexplained, explained = ([], [], [])
    if events is not None:
        outside, unexplained, explained = check_file_events(
            events, sandbox, [tmp_path / "hq-machine", tmp_path / "inputs"])
        names += [p for p in events.written | events.dirs | set(events.renamed.values())
                  if p.startswith(str(sandbox))]
    name_hits = [h for n in sorted(set(names)) for h in scan_bytes(f"<name> {n}", n.encode(), needles)]

    lines = [
        "", "=== leak audit ===",
        f"run {run_seconds:.1f} s (app {result['timings'].get('end')} s), scan {scan_seconds:.1f} s",
        f"strings {report.strings} (skipped: {skipped}), needles {report.needles}",
        f"files scanned {len(report.files)}, bytes scanned {report.bytes_scanned}",
        *[f"  {rel}  {size}" for rel, size in report.files],
        f"excluded ({', '.join(EXCLUDED)}): " + ", ".join(f"{r} {s}" for r, s in report.excluded),
        f"inspector's name in plain text: {inspector_files}",
        f"clipboard after Copy details: {clip['after_copy_details']!r}",
        f"clipboard before lock: {json.dumps(clip['before_lock'], ensure_ascii=False)}",
        f"clipboard after lock: {json.dumps(clip['after_lock'], ensure_ascii=False)}",
        f"system places: {len(before)} files before, {len(changed)} new or changed during the run",
        f"strace: {'%d file calls' % events.lines if events else 'not available: skipped'}; "
        f"{len(events.written) if events else 0} files written, {len(names)} names checked",
        *[f"  transient {p}: {why}" for p, why in explained],
        *[f"  UNEXPLAINED transient file {p}" for p, _ in unexplained],
        *[f"  WRITE OUTSIDE THE SANDBOX {p}" for p in outside],
        f"in the bundle (decrypted at HQ): {result['in_bundle']}",
    ]
    all_hits = report.hits + console_hits + clip_hits + system_hits + name_hits
    lines += [f"HIT {h}" for h in all_hits] or ["hits: none"]
    print("\n".join(lines))

    assert not all_hits, "personal data found outside the vault and bundles:\n" + \
        "\n".join(map(str, all_hits))
    assert not outside, f"the run wrote outside its sandbox: {outside}"
    assert not unexplained, f"files written and removed during the run, content unknown: {unexplained}"
    assert all(p.endswith((".idreq", ".idenrol")) for p in inspector_files), inspector_files
    assert clip["after_lock"]["clipboard"]["text"] == "" and clip["after_lock"]["clipboard"]["formats"] == []
    # The run did cover what it claims (the vault, a backup, a bundle, the log, settings).
    scanned = {rel for rel, _ in report.files}
    for expected in ("data/profiles/default/vault.db", "data/profiles/default/keyfile.json",
                     "data/settings.json", "data/logs/inspector-desk.log"):
        assert expected in scanned, expected
    assert any(n.endswith(".idb") for n in scanned)
    assert any(n.startswith("backups/") and n.endswith("/vault.db") for n in scanned)
    assert "audit-copies/vault.db-wal" in scanned, "no copy of the open vault's WAL"
    assert (tmp_path / "sandbox" / "paper").exists()

    self_check(sandbox, report)


def self_check(sandbox: Path, main_report: ScanReport) -> None:
    """The scan finds a canary in every representation it claims to read, wherever it is
    in the sandbox, and ignores the copy in the excluded paper folder."""
    from PySide6.QtCore import QByteArray, QSettings, QUrl

    folder = sandbox / "home" / ".selfcheck" / "deep" / "er"
    folder.mkdir(parents=True)
    c = CANARY
    planted: dict[str, bytes] = {
        "utf-8": c.encode("utf-8"),
        "utf-16-le": c.encode("utf-16-le"),
        "utf-16-be": c.encode("utf-16-be"),
        "utf-16 with BOM": c.encode("utf-16"),
        "json ascii": json.dumps({"name": c}).encode("ascii"),
        "json ascii upper hex": re.sub(r"\\u([0-9a-f]{4})", lambda m: "\\u" + m.group(1).upper(),
                                       json.dumps(c)).encode("ascii"),
        "url": QUrl.fromLocalFile(f"/x/{c}").toEncoded().data(),
        "lower case": c.lower().encode("utf-8"),
        "upper case": c.upper().encode("utf-8"),
        "nfd": unicodedata.normalize("NFD", c).encode("utf-8"),
        "inside random bytes": os.urandom(300_001) + c.encode("utf-16-le") + os.urandom(77),
    }
    for name, data in planted.items():
        (folder / (name.replace(" ", "-") + ".bin")).write_bytes(data)
    (sandbox / "home" / ".hidden-canary").write_bytes(c.encode("utf-8"))
    planted["hidden file"] = b""
    ini = folder / "qsettings.ini"
    s = QSettings(str(ini), QSettings.Format.IniFormat)
    s.setValue("value", c)
    s.setValue(f"key {c}", 1)
    s.setValue("bytes", QByteArray(c.encode("utf-8")))
    s.setValue("variant", [QUrl.fromLocalFile(f"/x/{c}")])
    s.sync()
    del s
    ini_views = ini.read_bytes()
    # And separately, each Qt form alone: the escaped key, the byte array, the variant.
    for label, value in (("qt key", f"key {c}"), ("qt bytes", QByteArray(c.encode("utf-8"))),
                         ("qt variant", [QUrl.fromLocalFile(f"/x/{c}")])):
        path = folder / (label.replace(" ", "-") + ".ini")
        s = QSettings(str(path), QSettings.Format.IniFormat)
        if label == "qt key":
            s.setValue(value, 1)
        else:
            s.setValue("k", value)
        s.sync()
        del s
        data = path.read_bytes()
        assert c.encode("utf-8") not in data, f"{label}: not escaped, so this checks nothing"
        planted[label] = data
    planted["qsettings"] = ini_views
    paper = sandbox / "paper" / "canary.txt"
    paper.write_bytes(c.encode("utf-8"))

    # Needles with Cyrillic letters only, so that an escaped form is found only by undoing
    # its escapes (the digits of an IIN stay plain in JSON and URLs).
    needles = make_needles({c: "canary", "Қарлығашева": "canary_last"})
    report = scan_tree(sandbox, needles)
    found = {h.path for h in report.hits}
    expect = {f"home/.selfcheck/deep/er/{n.replace(' ', '-')}.bin" for n in planted
              if n not in ("hidden file", "qt key", "qt bytes", "qt variant", "qsettings")}
    expect |= {"home/.hidden-canary", "home/.selfcheck/deep/er/qsettings.ini",
               "home/.selfcheck/deep/er/qt-key.ini", "home/.selfcheck/deep/er/qt-bytes.ini",
               "home/.selfcheck/deep/er/qt-variant.ini"}
    missing = expect - found
    assert not missing, f"the scanner missed planted canaries: {sorted(missing)}"
    assert not any(p.startswith("paper/") for p in found), "the paper folder was not excluded"
    extra = found - expect
    assert not extra, f"canary hits where none was planted: {sorted(extra)}"
    # The same walk: every file of the main scan was seen again.
    assert {r for r, _ in main_report.files} <= {r for r, _ in report.files}
    print(f"self-check: canary found in all {len(expect)} planted files "
          f"({', '.join(sorted(planted))}); not in the excluded paper folder")


# --- the X11 primary selection -------------------------------------------------------------


@pytest.fixture
def x_server(tmp_path):
    """A private X server (Xvfb) for the one check the offscreen platform cannot make."""
    import shutil

    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed")
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-nolisten", "tcp", "-screen", "0",
                             "1280x800x24"], pass_fds=(w,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = f.readline().strip()
    if not display:
        proc.kill()
        pytest.skip("Xvfb did not start")
    yield f":{display}"
    proc.terminate()
    proc.wait(10)


def test_lock_clears_the_x11_primary_selection(tmp_path, x_server):
    """On X11 (and Wayland) text selected in any of our line edits becomes the PRIMARY
    selection, which every other program can read (middle click) for as long as we own it.
    Locking must give it up, as it empties the clipboard."""
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    env = sandbox_env(sandbox, hq_by_caller=False)
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=x_server)
    p = subprocess.run([sys.executable, str(SCRIPT), "--selection"], env=env, cwd=sandbox / "home",
                       capture_output=True, text=True, timeout=120)
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("LEAKRUN-RESULT ")]
    assert p.returncode == 0 and lines, p.stderr[-4000:]
    result = json.loads(lines[-1][len("LEAKRUN-RESULT "):])
    print(json.dumps(result, ensure_ascii=False, indent=1))
    assert result["platform"] == "xcb"
    # The check can fail: before the lock the name is in the selection, ours.
    assert result["before_lock"]["supported"] and result["before_lock"]["owned"]
    assert result["before_lock"]["text"] == result["name"]
    assert result["after_lock"]["other_process"] == "''", result["after_lock"]
    assert not result["after_lock"]["owned"]

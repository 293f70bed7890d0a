#!/usr/bin/env python3
"""Maintain the interface translations (Qt Linguist .ts files in resources/i18n/).

    python scripts/i18n.py update    re-read self.tr() strings from src/inspector_desk/ui/*.py, hqdesk/*.py and
                                     core/kinds.py (the kinds' names) into
                                     the ru, kk and en .ts files (existing translations are kept;
                                     strings gone from the code are dropped), then fill every
                                     unfinished English translation with its (English) source text
    python scripts/i18n.py check     exit 1, listing them, if any message is unfinished or empty,
                                     or loses a {0}-style placeholder of its source
    python scripts/i18n.py compile   run lrelease: inspector_desk_<lang>.qm next to each .ts

After `update`, translate the new Russian and Kazakh messages (Qt Linguist, or edit the .ts:
write the <translation> and remove type="unfinished"), then run `check`.
The tools used are the pyside6-lupdate / pyside6-lrelease installed next to this Python
(run it with the project's .venv/bin/python). Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "src" / "inspector_desk" / "ui"
HQ_DESK = ROOT / "src" / "inspector_desk" / "hqdesk"  # the HQ window shares the catalogues
LANGUAGES = ("ru", "kk", "en")
SOURCE_LANGUAGE = "en"  # the strings in the code are English
PLACEHOLDER = re.compile(r"\{\d+\}")


def ts_path(lang: str) -> Path:
    return I18N / f"inspector_desk_{lang}.ts"


def tool(name: str) -> str:
    """The Qt tool installed next to the running Python (the virtualenv), else on PATH."""
    exe = Path(sys.executable).with_name(name + (".exe" if os.name == "nt" else ""))
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found next to {sys.executable} nor on PATH; "
                 "run this script with the project's .venv/bin/python")
    return found


KINDS = ROOT / "src" / "inspector_desk" / "core" / "kinds.py"  # the kinds' names on screen


def ui_sources() -> list[str]:
    return [p.relative_to(ROOT).as_posix()
            for p in [*(p for folder in (UI, HQ_DESK) for p in sorted(folder.glob("*.py"))), KINDS]]


def run_lupdate(ts: Path, *extra: str) -> None:
    cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "absolute", *extra,
           *ui_sources(), "-ts", str(ts)]
    subprocess.run(cmd, cwd=ROOT, check=True)


# --- reading .ts files ------------------------------------------------------------------

def messages(ts: Path):
    """Yield (context, source, translations, unfinished) for each live message of a .ts file.

    translations is a list (one item, or one per numerus form); vanished and obsolete
    messages (kept by lupdate without -no-obsolete) are skipped."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            if tr is None:
                texts = []
            elif message.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.iter("numerusform")]
            else:
                texts = [tr.text or ""]
            yield name, source, texts, kind == "unfinished"


def problems(ts: Path) -> list[str]:
    out = []
    for context, source, texts, unfinished in messages(ts):
        where = f"{ts.name}: [{context}] {source!r}"
        if unfinished:
            out.append(f"{where}: unfinished")
        elif not texts or any(not t.strip() for t in texts):
            out.append(f"{where}: empty translation")
        else:
            wanted = set(PLACEHOLDER.findall(source))
            for t in texts:
                missing = wanted - set(PLACEHOLDER.findall(t))
                if missing:
                    out.append(f"{where}: placeholder(s) {', '.join(sorted(missing))} missing "
                               f"in {t!r}")
    return out


# --- English: the source text is the translation -----------------------------------------

_MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished"\s*(?:/>|>(.*?)</translation>)', re.S)
_NUMERUS = re.compile(r"<numerusform>.*?</numerusform>|<numerusform\s*/>", re.S)


def _fill_message(block: str) -> str:
    source = _SOURCE.search(block)
    match = _UNFINISHED.search(block)
    if source is None or match is None:
        return block
    text = source.group(1)  # already XML-escaped: copied as is
    inner = match.group(1) or ""
    if "<numerusform" in inner:
        body = _NUMERUS.sub(f"<numerusform>{text}</numerusform>", inner)
        body = body.replace("<numerusform></numerusform>", f"<numerusform>{text}</numerusform>")
    else:
        body = text
    return block[:match.start()] + f"<translation>{body}</translation>" + block[match.end():]


def fill_source_language(ts: Path) -> int:
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def fill(m: re.Match) -> str:
        nonlocal filled
        new = _fill_message(m.group(0))
        filled += new != m.group(0)
        return new

    new = _MESSAGE.sub(fill, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")
    return filled


# --- commands ---------------------------------------------------------------------------

def update() -> int:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        extra = () if ts.exists() else ("-source-language", SOURCE_LANGUAGE, "-target-language", lang)
        run_lupdate(ts, *extra)
    filled = fill_source_language(ts_path(SOURCE_LANGUAGE))
    print(f"{ts_path(SOURCE_LANGUAGE).name}: {filled} message(s) filled with the source text")
    todo = [p for lang in LANGUAGES if lang != SOURCE_LANGUAGE for p in problems(ts_path(lang))]
    if todo:
        print(f"{len(todo)} message(s) to translate:")
        print("\n".join("  " + p for p in todo))
    return 0


def check() -> int:
    found = []
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            found.append(f"{ts.name}: missing")
            continue
        found += problems(ts)
    if found:
        print("\n".join(found))
        print(f"{len(found)} problem(s). Run `python scripts/i18n.py update` and translate.",
              file=sys.stderr)
        return 1
    counts = ", ".join(f"{lang} {sum(1 for _ in messages(ts_path(lang)))}" for lang in LANGUAGES)
    print(f"All translations finished ({counts} messages).")
    return 0


def compile_all() -> int:
    lrelease = tool("pyside6-lrelease")
    for lang in LANGUAGES:
        ts = ts_path(lang)
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "check", "compile"))
    args = parser.parse_args(argv)
    return {"update": update, "check": check, "compile": compile_all}[args.command]()


if __name__ == "__main__":
    sys.exit(main())

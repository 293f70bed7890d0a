"""The interface translations (resources/i18n/inspector_desk_{ru,kk,en}.ts) are complete and
match the self.tr() strings of the code. No Qt widgets: only the .ts XML and pyside6-lupdate.

When a test here fails after a change to src/inspector_desk/ui/, run
`python scripts/i18n.py update`, translate the new Russian and Kazakh messages, then
`python scripts/i18n.py check`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "src" / "inspector_desk" / "ui"
HQ_DESK = ROOT / "src" / "inspector_desk" / "hqdesk"  # shares the catalogues (scripts/i18n.py)
KINDS = ROOT / "src" / "inspector_desk" / "core" / "kinds.py"  # the kinds' names on screen
LANGUAGES = ("ru", "kk", "en")
PLACEHOLDER = re.compile(r"\{\d+\}")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
HOW_TO_FIX = "run python scripts/i18n.py update and translate the new messages (ru, kk)"


def ts_path(lang: str) -> Path:
    return I18N / f"inspector_desk_{lang}.ts"


def live_messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translation texts, unfinished) of every message that is not
    vanished/obsolete."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if tr is None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.iter("numerusform")]
            else:
                texts = [tr.text or ""]
            out.append((name, message.findtext("source") or "", texts, kind == "unfinished"))
    return out


def pairs(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _t, _u in live_messages(ts)}


def lupdate() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished(lang: str) -> None:
    messages = live_messages(ts_path(lang))
    assert messages, f"{ts_path(lang).name} has no messages"
    bad = [f"[{c}] {s!r}" for c, s, texts, unfinished in messages
           if unfinished or not texts or any(not t.strip() for t in texts)]
    assert not bad, (f"{len(bad)} unfinished or empty message(s) in {ts_path(lang).name} "
                     f"({HOW_TO_FIX}):\n" + "\n".join(bad))


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_ru.ts"
    # The same sources as scripts/i18n.py reads (ui_sources there).
    sources = [str(p) for folder in (UI, HQ_DESK) for p in sorted(folder.glob("*.py"))] + [str(KINDS)]
    subprocess.run([tool, "-silent", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code, committed = pairs(fresh), pairs(ts_path("ru"))
    new = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not new and not gone, (
        f"resources/i18n/*.ts are out of date with src/inspector_desk/ui/ and hqdesk/: {HOW_TO_FIX}.\n"
        + "".join(f"  new in code: [{c}] {s!r}\n" for c, s in new)
        + "".join(f"  no longer in code: [{c}] {s!r}\n" for c, s in gone))


def test_the_three_languages_have_the_same_messages() -> None:
    ru = pairs(ts_path("ru"))
    for lang in ("kk", "en"):
        assert pairs(ts_path(lang)) == ru, f"{ts_path(lang).name} differs from the ru file: {HOW_TO_FIX}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang: str) -> None:
    bad = []
    for context, source, texts, _unfinished in live_messages(ts_path(lang)):
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            missing = wanted - set(PLACEHOLDER.findall(text))
            if missing:
                bad.append(f"[{context}] {source!r} -> {text!r}: missing {sorted(missing)}")
    assert not bad, "\n".join(bad)


def test_kazakh_file_is_kazakh() -> None:
    messages = live_messages(ts_path("kk"))
    text = "".join(t for _c, _s, texts, _u in messages for t in texts)
    found = KAZAKH_LETTERS & set(text)
    # A Kazakh text of this size uses most of these letters; Russian alone uses none of them.
    assert len(found) >= 6, f"Kazakh-specific letters found: {sorted(found)}"
    with_letters = sum(1 for _c, _s, texts, _u in messages if KAZAKH_LETTERS & set("".join(texts)))
    assert with_letters >= len(messages) // 3, (
        f"only {with_letters} of {len(messages)} Kazakh translations use a Kazakh-specific letter")

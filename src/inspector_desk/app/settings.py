"""Preferences that must be known before the vault is unlocked: language, auto-lock minutes,
which profile to open. Nothing personal: the file sits in plain text in the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import private_dir

LANGUAGES = ("ru", "kk", "en")


@dataclass
class Settings:
    language: str = "ru"
    autolock_minutes: int = 5
    profile: str = "default"

    @classmethod
    def load(cls, home: Path) -> "Settings":
        try:
            data = json.loads((Path(home) / "settings.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, RecursionError):
            return cls()
        if not isinstance(data, dict):  # damaged or edited by hand: the defaults, never a crash
            return cls()
        known = {f.name for f in fields(cls)}
        s = cls(**{k: v for k, v in data.items() if k in known})
        if s.language not in LANGUAGES:
            s.language = "ru"
        if type(s.autolock_minutes) is not int:
            s.autolock_minutes = cls.autolock_minutes
        s.autolock_minutes = min(max(s.autolock_minutes, 1), 60)
        if not isinstance(s.profile, str) or not s.profile.replace("-", "").replace("_", "").isalnum():
            s.profile = cls.profile
        return s

    def save(self, home: Path) -> None:
        private_dir(Path(home))  # the data home: 0700; the file 0600 (write_atomic)
        write_atomic(Path(home) / "settings.json", json.dumps(asdict(self), indent=2).encode())

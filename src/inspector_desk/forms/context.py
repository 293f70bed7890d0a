"""The evaluation context: what answers are checked against besides the answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class FormContext:
    """``today``/``now`` for ``today()``/``now()`` (never the wall clock: tests stay
    deterministic), the case's persons (id -> display name) for person fields, and the
    language of messages and rendering.

    ``now`` defaults to the start of ``today``. A time zone on ``now`` is dropped: the forms
    engine compares local wall-clock times. ``persons=None`` means person ids are not checked
    (for instance at headquarters, without the case's persons).
    """

    today: dt.date
    now: dt.datetime | None = None
    persons: Mapping[str, str] | None = None
    lang: str = "ru"
    birth_dates: Mapping[str, dt.date] = field(default_factory=dict)
    """Person id -> birth date (from the record or the ИИН), for ``age()``."""
    roles: Mapping[str, str] = field(default_factory=dict)
    """Person id -> role code in the case, for ``role_of()``."""
    legal: Any = None
    """The legal reference (``inspector_desk.core.legal.LegalReference``) for ``legal()`` and
    ``in_force()``; ``None``: both give null, so warnings built on them stay silent."""

    def __post_init__(self) -> None:
        if isinstance(self.today, dt.datetime) or not isinstance(self.today, dt.date):
            raise TypeError("FormContext.today must be a datetime.date")
        now = self.now if self.now is not None else dt.datetime.combine(self.today, dt.time())
        if not isinstance(now, dt.datetime):
            raise TypeError("FormContext.now must be a datetime.datetime")
        object.__setattr__(self, "now", now.replace(tzinfo=None))

    @classmethod
    def at(cls, moment: dt.datetime, persons: Mapping[str, str] | None = None,
           lang: str = "ru", **more: Any) -> "FormContext":
        """A context for ``moment`` (e.g. ``clock.now()``): today is its date."""
        return cls(today=moment.date(), now=moment, persons=persons, lang=lang, **more)

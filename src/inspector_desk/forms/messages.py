"""Answer errors (:class:`FieldError`) and the built-in message catalog (forms/messages.yaml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from inspector_desk.core.errors import FormError, ValidationError
from inspector_desk.forms.model import LANGUAGES, YES_NO_UNKNOWN, Choice, ChoiceList, Text
from inspector_desk.forms.paths import engine_file
from inspector_desk.forms.yamlio import load_yaml

MESSAGES_FILE = "messages.yaml"


class _Keep(dict):
    """Leaves unknown ``{placeholders}`` as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Catalog:
    """The built-in texts: error messages, yes/no/unknown labels, render strings."""

    errors: Mapping[str, Text]
    yes_no_unknown: ChoiceList
    render: Mapping[str, Text]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = MESSAGES_FILE) -> "Catalog":
        try:
            errors = {code: Text.from_mapping(text) for code, text in data["errors"].items()}
            yes_no = ChoiceList("yes_no_unknown", tuple(
                Choice(code, Text.from_mapping(data["yes_no_unknown"][code]))
                for code in YES_NO_UNKNOWN), source)
            render = {key: Text.from_mapping(text) for key, text in data["render"].items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise FormError(f"{source}: malformed message catalog ({exc!r})", file=source) from exc
        return cls(errors, yes_no, render)  # type: ignore[arg-type]

    def text(self, code: str, lang: str = "ru", **params: Any) -> str:
        text = self.errors.get(code)
        template = text.get(lang) if text else code
        return template.format_map(_Keep({k: v for k, v in params.items()}))

    def render_text(self, key: str, lang: str = "ru", **params: Any) -> str:
        return self.render[key].get(lang).format_map(_Keep(params))

    def missing_translations(self) -> list[tuple[str, str]]:
        """(key, language) pairs without a text of their own."""
        out = []
        for group, texts in (("errors", self.errors), ("render", self.render)):
            for key, text in texts.items():
                out.extend((f"{group}.{key}", lang) for lang in text.missing())
        for choice in self.yes_no_unknown.choices:
            out.extend((f"yes_no_unknown.{choice.code}", lang) for lang in choice.label.missing())
        return out


@functools.cache
def catalog() -> Catalog:
    """The catalog from forms/messages.yaml (read once)."""
    path = engine_file(MESSAGES_FILE)
    return Catalog.from_mapping(load_yaml(path.read_text(encoding="utf-8")), str(path))


@dataclass(frozen=True)
class FieldError:
    """One problem with one answer.

    ``field`` is the field id, or ``group[row].child`` inside a repeated group (rows count
    from 0). ``code`` is stable (``required``, ``not_integer``, ``unknown_choice``,
    ``constraint``, ``unknown_field``...); ``params`` hold values for the message (codes and
    numbers, never personal data); ``custom`` is a constraint's own message from the form.
    """

    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    custom: Text | None = None

    def message(self, lang: str = "ru") -> str:
        """The message in ``lang`` (ru, kk or en; other values give Russian)."""
        lang = lang if lang in LANGUAGES else "ru"
        if self.custom is not None:
            return self.custom.get(lang).format_map(_Keep(dict(self.params)))
        return catalog().text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.code}"


def validation_error(errors: Iterable[FieldError], **params: Any) -> ValidationError:
    """A core :class:`ValidationError` mapping each field to its error codes.

    The :class:`FieldError` objects ride along in ``params['field_errors']`` so a screen can
    show ``message(lang)`` (constraint messages are only there).
    """
    errors = list(errors)
    by_field: dict[str, list[str]] = {}
    for error in errors:
        by_field.setdefault(error.field, []).append(error.code)
    return ValidationError(by_field, field_errors=errors, **params)

"""Turning a definition (a mapping read from YAML) into a :class:`~inspector_desk.forms.form.Form`.

First the JSON Schema (shape, unknown keys, field types), then the rules a schema cannot
express, each with a precise message:

* duplicate section or field ids, duplicate choice codes;
* keys that a field type does not use (``choices`` on an integer), groups inside groups;
* references to unknown choice lists, defaults that are not valid values or codes;
* expressions: syntax, unknown fields, wrong kinds, unknown choice codes (with positions);
* cycles through calculations and relevance;
* the ``scoring`` block: level codes, thresholds, override fields;
* privacy: a calculation that reads a private field must itself be private.

Missing Kazakh or English texts are not errors; they are listed in
``Form.missing_translations``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any, Iterator, Mapping

from inspector_desk.core.prefill import SOURCES as PREFILL_SOURCES
from inspector_desk.forms.answers import AnswerError, coerce
from inspector_desk.forms.expressions import (
    Call, Checker, FieldInfo, FieldRef, PositionedError, compatible, parse, suggest, walk,
)
from inspector_desk.forms.messages import Catalog, catalog
from inspector_desk.forms.model import (
    CALCULABLE, CHOICE_TYPES, VALUE_KIND, Choice, ChoiceList, Constraint, Expr, FieldDef,
    Level, MissingTranslation, ScoringDef, SectionDef, Text,
)
from inspector_desk.forms.problems import FormDefinitionError, Problem
from inspector_desk.forms.schema import choice_list_validator, form_validator, schema_problems

_COMMON = {"id", "type", "label", "hint", "relevant", "privacy"}
_VALUE = _COMMON | {"required", "default", "constraints", "calculate", "prefill"}
ALLOWED_KEYS: dict[str, set[str]] = {
    **{t: _VALUE for t in ("text", "textarea", "integer", "decimal", "date", "time", "datetime",
                           "yes_no_unknown")},
    "select_one": _VALUE | {"choices"},
    "select_multiple": _VALUE | {"choices"},
    "person": _COMMON | {"required", "constraints", "prefill"},
    "attachment": _COMMON | {"required"},
    "group": _COMMON | {"required", "fields", "repeat", "prefill"},
    "note": _COMMON,
    "signature": _COMMON,
}
_KIND_WORDS = {"bool": "true or false", "number": "a number", "text": "text", "date": "a date",
               "datetime": "a date and time", "time": "a time", "list": "a list",
               "rows": "a list of entries"}


_FORMAT_HINTS = {"date": " (write YYYY-MM-DD)", "datetime": " (write YYYY-MM-DDTHH:MM)",
                 "time": " (write HH:MM)", "integer": " (write a whole number)",
                 "decimal": " (write a number)", "yes_no_unknown": " (use yes, no or unknown)",
                 "select_multiple": " (write a list of codes)"}


def definition_digest(data: Any, shared: Mapping[str, ChoiceList] | None = None) -> str:
    """A SHA-256 of the definition (and the shared lists it uses), stable across key order.

    ``prefill`` keys are left out: where a new record's first values come from changes no
    recorded answer, so adding or changing them needs no new form version."""
    payload = {"definition": _without_prefill(data)}
    if shared:
        payload["shared"] = {name: [[c.code, c.label.ru, c.label.kk, c.label.en]
                                    for c in lst.choices] for name, lst in sorted(shared.items())}
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _without_prefill(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prefill(v) for k, v in node.items()
                if not (k == "prefill" and "type" in node)}
    if isinstance(node, list):
        return [_without_prefill(v) for v in node]
    return node


def build_choice_list(data: Any, source: str) -> ChoiceList:
    """A shared choice list (forms/choices/<id>.yaml); raises :class:`FormDefinitionError`."""
    problems = schema_problems(data, choice_list_validator(), form=None, version=None,
                               source=source)
    if problems:
        raise FormDefinitionError(problems)
    name = data["id"]
    items, problems = _choices(data["choices"], name, source)
    if problems:
        raise FormDefinitionError(problems)
    return ChoiceList(name, items, source)


def _choices(items: list[Mapping[str, Any]], name: str, source: str,
             form: str | None = None, version: int | None = None,
             ) -> tuple[tuple[Choice, ...], list[Problem]]:
    out, problems, seen = [], [], set()
    for item in items:
        code = item["code"]
        if code in seen:
            problems.append(Problem(f"code '{code}' appears twice", form=form, version=version,
                                    where=f"choice list {name}", source=source))
        seen.add(code)
        out.append(Choice(code, Text.from_mapping(item["label"]),  # type: ignore[arg-type]
                          Text.from_mapping(item.get("hint"))))
    return tuple(out), problems


def choice_list_translations(lst: ChoiceList) -> list[tuple[str, str]]:
    """(``choices:<list>/<code>``, language) for every label without its own translation."""
    out = []
    for choice in lst.choices:
        out.extend((f"choices:{lst.name}/{choice.code}", lang) for lang in choice.label.missing())
        if choice.hint:
            out.extend((f"choices:{lst.name}/{choice.code}.hint", lang)
                       for lang in choice.hint.missing())
    return out


def build_form(data: Any, *, source: str = "<memory>",
               shared: Mapping[str, ChoiceList] | None = None,
               messages: Catalog | None = None):
    """Check ``data`` and build the form; raises :class:`FormDefinitionError` listing every
    problem found."""
    from inspector_desk.forms.form import Form

    form_id = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None
    version = data.get("version") if isinstance(data, dict) else None
    version = version if isinstance(version, int) and not isinstance(version, bool) else None
    problems = schema_problems(data, form_validator(), form=form_id, version=version, source=source)
    if problems:
        raise FormDefinitionError(problems)
    builder = _Builder(data, source, shared or {}, messages or catalog())
    sections, scoring = builder.build()
    if builder.problems:
        raise FormDefinitionError(builder.problems)
    used_shared = {name: lst for name, lst in (shared or {}).items() if name in builder.used_shared}
    return Form(
        id=data["id"], version=data["version"], title=Text.from_mapping(data["title"]),
        description=Text.from_mapping(data.get("description")), sections=sections,
        scoring=scoring, definition=data, source=source,
        missing_translations=tuple(builder.missing), choice_lists=builder.lists,
        digest=definition_digest(data, used_shared),
    )


class _Builder:
    def __init__(self, data: dict[str, Any], source: str, shared: Mapping[str, ChoiceList],
                 messages: Catalog) -> None:
        self.data, self.source, self.shared, self.messages = data, source, shared, messages
        self.form: str = data["id"]
        self.version: int = data["version"]
        self.problems: list[Problem] = []
        self.missing: list[MissingTranslation] = []
        self.lists: dict[str, ChoiceList] = {}
        self.used_shared: set[str] = set()
        self.raw: dict[str, dict[str, Any]] = {}  # field id -> raw mapping
        self.group_of: dict[str, str] = {}  # child id -> group id
        self.children: dict[str, list[str]] = {}  # group id -> child ids
        self.infos: dict[str, FieldInfo] = {}
        self.resolved: dict[str, ChoiceList] = {}  # field id -> its choice list
        self.built: dict[str, FieldDef] = {}

    # --- small helpers -------------------------------------------------------------------

    def problem(self, message: str, field: str | None = None, where: str | None = None,
                position: int | None = None) -> None:
        self.problems.append(Problem(message, form=self.form, version=self.version, field=field,
                                     where=where, position=position, source=self.source))

    def translations(self, text: Text | None, where: str) -> None:
        if text is not None:
            self.missing.extend(MissingTranslation(self.form, self.version, where, lang)
                                for lang in text.missing())

    def walk_fields(self) -> Iterator[tuple[dict[str, Any], str, str | None]]:
        """(raw field, section id, group id) for every field, groups' children included."""
        for section in self.data["sections"]:
            for raw in section["fields"]:
                yield raw, section["id"], None
                if raw["type"] == "group":
                    for child in raw.get("fields", []):
                        yield child, section["id"], raw["id"]

    # --- the steps -----------------------------------------------------------------------

    def build(self) -> tuple[tuple[SectionDef, ...], ScoringDef | None]:
        self.translations(Text.from_mapping(self.data["title"]), "title")
        self.translations(Text.from_mapping(self.data.get("description")), "description")
        self._form_choice_lists()
        self._index_fields()
        if self.problems:  # ids and references must be sound before expressions are read
            return (), None
        sections = tuple(self._section(s) for s in self.data["sections"])
        scoring = self._scoring() if "scoring" in self.data else None
        if not self.problems:
            self._check_cycles(sections)
        return sections, scoring

    def _form_choice_lists(self) -> None:
        for name, items in self.data.get("choices", {}).items():
            choices, problems = _choices(items, name, self.source, self.form, self.version)
            self.problems.extend(problems)
            lst = ChoiceList(name, choices, self.source)
            self.lists[name] = lst
            for where, lang in choice_list_translations(lst):
                self.missing.append(MissingTranslation(self.form, self.version, where, lang))

    def _resolve_list(self, name: str, field: str | None, where: str | None) -> ChoiceList | None:
        if name in self.lists:
            return self.lists[name]
        if name in self.shared:
            self.used_shared.add(name)
            return self.shared[name]
        known = sorted(set(self.lists) | set(self.shared))
        self.problem(f"unknown choice list '{name}'{suggest(name, known)}"
                     + ("" if known else "; no choice lists are defined"), field, where)
        return None

    def _index_fields(self) -> None:
        sections: set[str] = set()
        for section in self.data["sections"]:
            if section["id"] in sections:
                self.problem(f"duplicate section id '{section['id']}'",
                             where=f"section {section['id']}")
            sections.add(section["id"])
        for raw, _section, group in self.walk_fields():
            fid, ftype = raw["id"], raw["type"]
            if fid in self.raw:
                self.problem(f"duplicate field id '{fid}' (field ids must be unique in the "
                             "whole form)", fid)
                continue
            self.raw[fid] = raw
            if group is not None:
                self.group_of[fid] = group
                self.children.setdefault(group, []).append(fid)
                if ftype == "group":
                    self.problem("a repeated group cannot contain another group", fid)
            for key in raw:
                if key not in ALLOWED_KEYS[ftype]:
                    self.problem(f"key '{key}' cannot be used with type {ftype}", fid)
            if "calculate" in raw:
                if ftype not in CALCULABLE and "calculate" in ALLOWED_KEYS[ftype]:
                    self.problem(f"a {ftype} field cannot be calculated", fid)
                for key in ("required", "default", "constraints"):
                    if key in raw:
                        self.problem(f"a calculated field cannot have '{key}'", fid)
            if ftype in CHOICE_TYPES and "choices" not in raw:
                self.problem(f"type {ftype} needs 'choices' (the name of a choice list)", fid)
            if ftype == "group" and "fields" not in raw:
                self.problem("type group needs 'fields' (its questions)", fid)
            repeat = raw.get("repeat", {})
            if repeat.get("min", 0) > repeat.get("max", 100):
                self.problem(f"repeat min {repeat['min']} is above max {repeat.get('max', 100)}",
                             fid, "repeat")
            codes, list_name = None, None
            if "choices" in raw and ftype in CHOICE_TYPES:
                lst = self._resolve_list(raw["choices"], fid, "choices")
                if lst is not None:
                    self.resolved[fid] = lst
                    codes, list_name = frozenset(lst.codes), lst.name
            elif ftype == "yes_no_unknown":
                self.resolved[fid] = self.messages.yes_no_unknown
                codes, list_name = frozenset(self.messages.yes_no_unknown.codes), "yes_no_unknown"
            if ftype in VALUE_KIND:
                self.infos[fid] = FieldInfo(VALUE_KIND[ftype], codes, list_name)

    def _scope(self, group: str | None) -> tuple[dict[str, FieldInfo], dict[str, str]]:
        """Fields visible from a field of ``group`` (None: top level), and the hidden ones."""
        visible = {f: i for f, i in self.infos.items() if f not in self.group_of}
        if group is not None:
            visible.update({c: self.infos[c] for c in self.children.get(group, [])
                            if c in self.infos})
        hidden = {c: g for c, g in self.group_of.items() if c not in visible}
        return visible, hidden

    def _expr(self, text: str, *, field: str | None, where: str, group: str | None,
              wanted: tuple[str, ...] | None, current: FieldInfo | None = None) -> Expr | None:
        visible, hidden = self._scope(group)
        try:
            tree = parse(text)
            kind = Checker(visible, current=current, out_of_scope=hidden).check(tree)
        except PositionedError as exc:
            self.problem(exc.detail, field, where, exc.position)
            return None
        if wanted is not None and not compatible(kind, wanted):
            words = " or ".join(_KIND_WORDS.get(w, w) for w in wanted)
            self.problem(f"must give {words}, but gives {_KIND_WORDS.get(kind, kind)}",
                         field, where, 1)
            return None
        refs = frozenset(n.name for n in walk(tree) if isinstance(n, FieldRef))
        all_yes = any(isinstance(n, Call) and n.name == "count_yes" and not n.args
                      for n in walk(tree))
        return Expr(text, tree, refs, all_yes)

    def _section(self, raw: dict[str, Any]) -> SectionDef:
        sid = raw["id"]
        title, hint = Text.from_mapping(raw["title"]), Text.from_mapping(raw.get("hint"))
        self.translations(title, f"section:{sid}")
        self.translations(hint, f"section:{sid}.hint")
        relevant = None
        if "relevant" in raw:
            relevant = self._expr(raw["relevant"], field=None, where=f"section {sid}, relevant",
                                  group=None, wanted=("bool",))
        fields = tuple(self._field(f, sid, None) for f in raw["fields"])
        return SectionDef(sid, title, fields, hint, relevant)  # type: ignore[arg-type]

    def _field(self, raw: dict[str, Any], section: str, group: str | None,
               parent: FieldDef | None = None) -> FieldDef:
        fid, ftype = raw["id"], raw["type"]
        label, hint = Text.from_mapping(raw["label"]), Text.from_mapping(raw.get("hint"))
        self.translations(label, fid)
        self.translations(hint, f"{fid}.hint")
        info = self.infos.get(fid)
        required = raw.get("required", False)
        required_if = None
        if isinstance(required, str):
            required_if = self._expr(required, field=fid, where="required", group=group,
                                     wanted=("bool",))
            required = False
        relevant = calculate = None
        if "relevant" in raw:
            relevant = self._expr(raw["relevant"], field=fid, where="relevant", group=group,
                                  wanted=("bool",))
        if "calculate" in raw and info is not None:
            calculate = self._expr(raw["calculate"], field=fid, where="calculate", group=group,
                                   wanted=(info.kind,))
        constraints = []
        for index, item in enumerate(raw.get("constraints", []), start=1):
            message = Text.from_mapping(item["message"])
            self.translations(message, f"{fid}.constraint{index}")
            expr = self._expr(item["expression"], field=fid, where=f"constraint {index}",
                              group=group, wanted=("bool",), current=info)
            if expr is not None:
                constraints.append(Constraint(expr, message,  # type: ignore[arg-type]
                                              item.get("severity", "error")))
        privacy = raw.get("privacy", {})
        # a group's privacy marks apply to its children as well
        offender_copy = privacy.get("offender_copy", True) and \
            (parent is None or parent.offender_copy)
        statistics = privacy.get("statistics", True) and (parent is None or parent.statistics)
        repeat = raw.get("repeat", {})
        built = FieldDef(
            id=fid, type=ftype, label=label, hint=hint, section=section,  # type: ignore[arg-type]
            required=bool(required), required_if=required_if, constraints=tuple(constraints),
            relevant=relevant, calculate=calculate, choices=self.resolved.get(fid),
            repeat_min=repeat.get("min", 0), repeat_max=repeat.get("max", 100),
            offender_copy=offender_copy, statistics=statistics, group=group)
        if ftype == "group":
            children = tuple(self._field(c, section, fid, built) for c in raw.get("fields", []))
            built = replace(built, children=children)
        if "default" in raw:
            built = replace(built, default=self._default(built, raw["default"]))
        if "prefill" in raw:
            built = replace(built, prefill=self._prefill(built, raw["prefill"]))
        self._privacy_of_calculation(built)
        self.built[fid] = built
        return built

    def _default(self, field: FieldDef, value: Any) -> Any:
        if field.calculate is not None:
            return None  # reported in _index_fields
        try:
            typed = coerce(field, value)
        except AnswerError as exc:
            if exc.code in ("unknown_choice", "duplicate_choice") and field.choices is not None:
                bad = exc.params.get("value")
                word = "is listed twice" if exc.code == "duplicate_choice" else \
                    f"is not in choice list '{field.choices.name}'" \
                    f"{suggest(str(bad), field.choices.codes)}"
                self.problem(f"'{bad}' {word}", field.id, "default")
            else:
                shown = f"'{value}'" if isinstance(value, str) else repr(value)
                self.problem(f"{shown} is not a valid {field.type} value"
                             f"{_FORMAT_HINTS.get(field.type, '')}", field.id, "default")
            return None
        return value if typed is not None else None

    def _prefill(self, field: FieldDef, source: str) -> str | None:
        """``prefill:`` must name a known source that suits the field's type."""
        if field.calculate is not None:
            self.problem("a calculated field cannot have 'prefill'", field.id, "prefill")
            return None
        if source not in PREFILL_SOURCES:
            hint = suggest(source, PREFILL_SOURCES) or f"; known: {', '.join(PREFILL_SOURCES)}"
            self.problem(f"unknown prefill source '{source}'{hint}", field.id, "prefill")
            return None
        if field.type not in PREFILL_SOURCES[source]:
            self.problem(f"prefill '{source}' cannot fill a {field.type} field (it fills "
                         f"{', '.join(PREFILL_SOURCES[source])})", field.id, "prefill")
            return None
        if field.group is not None and source != "previous":
            self.problem(f"a field inside a repeated group can only use 'prefill: previous'; "
                         f"put '{source}' on the group", field.id, "prefill")
            return None
        return source

    def _privacy_of_calculation(self, field: FieldDef) -> None:
        if field.calculate is None:
            return
        for ref in sorted(field.calculate.refs):
            source = self.raw.get(ref, {}).get("privacy", {})
            for mark, audience in (("offender_copy", "the offender's copy"),
                                   ("statistics", "statistics")):
                if source.get(mark, True) is False and getattr(field, mark):
                    self.problem(f"is calculated from '{ref}', which is kept out of {audience}; "
                                 f"mark it with privacy: {{{mark}: false}} too", field.id,
                                 "calculate")

    def _scoring(self) -> ScoringDef | None:
        raw = self.data["scoring"]
        before = len(self.problems)
        lst = self._resolve_list(raw["choices"], None, "scoring, choices")
        score = self._expr(raw["score"], field=None, where="scoring, score", group=None,
                           wanted=("number",))
        levels: list[Level] = []
        for item in raw["levels"]:
            if lst is not None and item["level"] not in lst.codes:
                self.problem(f"level '{item['level']}' is not a code of choice list "
                             f"'{lst.name}'{suggest(item['level'], lst.codes)}",
                             where="scoring, levels")
            if any(level.code == item["level"] for level in levels):
                self.problem(f"level '{item['level']}' is listed twice", where="scoring, levels")
            if any(level.min == item["min"] for level in levels):
                self.problem(f"two levels start at {item['min']}", where="scoring, levels")
            levels.append(Level(item["level"], item["min"]))
        levels.sort(key=lambda level: level.min)
        if levels and levels[0].min != 0:
            self.problem(f"the lowest level must start at 0, not {levels[0].min}",
                         where="scoring, levels")
        override = raw.get("override", {})
        level_field, reason_field = override.get("level_field"), override.get("reason_field")
        if level_field is not None:
            target = self.raw.get(level_field)
            if target is None or level_field in self.group_of:
                self.problem(f"unknown field '{level_field}'{suggest(level_field, self.raw)}",
                             where="scoring, override, level_field")
            elif target["type"] != "select_one" or (lst and target.get("choices") != lst.name):
                self.problem(f"'{level_field}' must be a select_one field with choice list "
                             f"'{raw['choices']}'", where="scoring, override, level_field")
        if reason_field is not None:
            target = self.raw.get(reason_field)
            if target is None or reason_field in self.group_of:
                self.problem(f"unknown field '{reason_field}'{suggest(reason_field, self.raw)}",
                             where="scoring, override, reason_field")
            elif target["type"] not in ("text", "textarea"):
                self.problem(f"'{reason_field}' must be a text or textarea field",
                             where="scoring, override, reason_field")
        if len(self.problems) > before or score is None or lst is None:
            return None
        return ScoringDef(score, tuple(levels), lst, level_field, reason_field)

    def _check_cycles(self, sections: tuple[SectionDef, ...]) -> None:
        """Relevance and calculations must not depend on themselves, directly or not.

        Nodes are ("val", id) - the value of a field - and ("rel", id) - whether it is shown.
        """
        graph: dict[tuple[str, str], list[tuple[str, str]]] = {}
        yes_no = [f for f, raw in self.raw.items()
                  if raw["type"] == "yes_no_unknown" and f not in self.group_of]

        def reads(expr: Expr | None, owner: str) -> list[tuple[str, str]]:
            if expr is None:
                return []
            names = sorted(expr.refs) + ([y for y in yes_no if y != owner]
                                         if expr.counts_all_yes else [])
            return [("val", name) for name in names]

        order: list[str] = []
        for section in sections:
            section_reads = reads(section.relevant, "")
            for top in section.fields:
                for field in (top, *top.children):
                    order.append(field.id)
                    rel = reads(field.relevant, field.id)
                    rel += [("rel", field.group)] if field.group else section_reads
                    graph[("rel", field.id)] = rel
                    val = [("rel", field.id)] + reads(field.calculate, field.id)
                    val += [("val", child.id) for child in field.children]
                    graph[("val", field.id)] = val

        state: dict[tuple[str, str], int] = {}  # 1 = on the current path, 2 = done
        reported: set[frozenset[str]] = set()

        def visit(node: tuple[str, str], path: list[tuple[str, str]]) -> None:
            state[node] = 1
            path.append(node)
            for nxt in graph.get(node, []):
                if state.get(nxt) == 1:
                    loop = path[path.index(nxt):] + [nxt]
                    names: list[str] = []
                    for _kind, name in loop:
                        if not names or names[-1] != name:
                            names.append(name)
                    if len(names) == 1:
                        names.append(names[0])
                    key = frozenset(names)
                    if key not in reported:
                        reported.add(key)
                        self.problem("calculation cycle: " + " -> ".join(names), names[0])
                elif nxt not in state:
                    visit(nxt, path)
            path.pop()
            state[node] = 2

        for fid in order:
            for node in (("val", fid), ("rel", fid)):
                if node not in state:
                    visit(node, [])

"""``inspector-desk forms check``: is a forms folder fit to ship?

It loads every definition and shared choice list, runs each form's sample answers
(``samples/<form>.v<version>.yaml``: valid sets must give no error, invalid sets exactly the
errors they list; a set that has a ``warnings:`` key must give exactly those warnings),
reads the Kazakh glossary, and lists texts that lack their Kazakh or English translation
(those show the Russian text; they are not errors).

Samples run against the legal reference shipped with the program
(``resources/rules/followup.json``, key ``legal``), so ``legal()``/``in_force()`` warnings
fire as they do in the application; a sample's ``context:`` may give ``birth_dates`` and
``roles`` of its persons for ``age()`` and ``role_of()``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.legal import LegalReference
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.forms.context import FormContext
from inspector_desk.forms.form import Form
from inspector_desk.forms.loader import choice_list_translations
from inspector_desk.forms.messages import catalog
from inspector_desk.forms.model import MissingTranslation
from inspector_desk.forms.paths import default_forms_dir
from inspector_desk.forms.problems import FormDefinitionError, Problem
from inspector_desk.forms.registry import (
    DEFINITION_NAME, FormRegistry, load_directory, read_document,
)
from inspector_desk.paths import resource_dir

GLOSSARY_STATUSES = ("needs_native_review", "reviewed")


@dataclass
class CheckReport:
    """What :func:`check_forms` found. ``ok`` is true when there is no error."""

    directory: Path
    problems: list[Problem] = field(default_factory=list)
    missing_translations: list[MissingTranslation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    forms: dict[str, list[int]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    samples_checked: int = 0
    glossary_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def errors(self) -> list[str]:
        return [problem.with_source() for problem in self.problems]

    def summary_lines(self) -> list[str]:
        """One line per form: id, versions and Russian title."""
        lines = []
        for form_id, versions in sorted(self.forms.items()):
            listed = ", ".join(f"v{v}" for v in versions)
            lines.append(f"{form_id}: {listed} - {self.titles.get(form_id, '')}")
        return lines


@dataclass(frozen=True)
class SampleOutcome:
    name: str
    expected: list[tuple[str, str]]
    actual: list[tuple[str, str]]
    assess_mismatch: str | None = None
    expected_warnings: list[str] | None = None
    """Fields the set's ``warnings:`` lists (None: the set does not say, not checked)."""
    actual_warnings: list[str] = field(default_factory=list)

    @property
    def warnings_ok(self) -> bool:
        return self.expected_warnings is None or \
            Counter(self.expected_warnings) == Counter(self.actual_warnings)

    @property
    def ok(self) -> bool:
        return Counter(self.expected) == Counter(self.actual) and self.assess_mismatch is None \
            and self.warnings_ok


_SHIPPED: Any = object()


def shipped_legal() -> LegalReference | None:
    """The legal reference shipped with the program: ``resources/rules/followup.json`` (key
    ``legal``) beside the shipped forms, read through :class:`FollowUpRules`; ``None`` when
    the file is absent (the legal functions then give null and their warnings stay silent).
    A malformed file raises (``ValidationError``, or ``ValueError`` for broken JSON)."""
    path = resource_dir() / "rules" / "followup.json"
    if not path.is_file():
        return None
    return FollowUpRules.from_mapping(json.loads(path.read_text(encoding="utf-8"))).legal


def _date(value: Any) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"not a date: {value!r}")
    return value


def sample_context(data: Mapping[str, Any] | None, legal: Any = _SHIPPED) -> FormContext:
    """The context a sample file asks for (today, now, persons, lang, birth_dates, roles),
    with the shipped legal reference (:func:`shipped_legal`) unless ``legal`` is given."""
    data = data or {}
    today = _date(data.get("today", dt.date(2026, 3, 10)))
    now = data.get("now")
    now = dt.datetime.fromisoformat(now) if isinstance(now, str) else now
    birth_dates = {str(k): _date(v) for k, v in (data.get("birth_dates") or {}).items()}
    roles = {str(k): str(v) for k, v in (data.get("roles") or {}).items()}
    return FormContext(today=today, now=now, persons=data.get("persons"),
                       lang=data.get("lang", "ru"), birth_dates=birth_dates, roles=roles,
                       legal=shipped_legal() if legal is _SHIPPED else legal)


def run_samples(form: Form, data: Mapping[str, Any], legal: Any = _SHIPPED) -> list[SampleOutcome]:
    """Validate every answer set of a sample file (and collect its warnings); see the module
    docstring. ``legal`` as for :func:`sample_context`."""
    context = sample_context(data.get("context"), legal)
    outcomes = []
    for kind in ("valid", "invalid"):
        for number, case in enumerate(data.get(kind) or [], start=1):
            name = f"{kind} {number}: {case.get('name', '')}".rstrip(": ")
            expected = [(e["field"], e["code"]) for e in case.get("errors", [])] \
                if kind == "invalid" else []
            expected_warnings = [w["field"] for w in case["warnings"] or []] \
                if "warnings" in case else None
            answers = case.get("answers") or {}
            actual = [(e.field, e.code) for e in form.validate(answers, context)]
            warned = [w.field for w in form.warnings(answers, context)]
            outcomes.append(SampleOutcome(name, expected, actual,
                                          _assess_mismatch(form, answers, context, case),
                                          expected_warnings, warned))
    return outcomes


def _assess_mismatch(form: Form, answers: Mapping[str, Any], context: FormContext,
                     case: Mapping[str, Any]) -> str | None:
    """Compare ``case['assess']`` (score, computed_level, final_level) with the result."""
    wanted = case.get("assess")
    if not wanted:
        return None
    try:
        result = form.assess(answers, context)
    except InspectorDeskError as exc:
        return f"assess failed: {exc}"
    got = {key: getattr(result, key) for key in wanted}
    return None if got == dict(wanted) else f"assess gave {got}, expected {dict(wanted)}"


def _check_samples(registry: FormRegistry, root: Path, report: CheckReport) -> None:
    folder = root / "samples"
    seen: set[tuple[str, int]] = set()
    try:
        legal = shipped_legal()
    except (InspectorDeskError, ValueError) as exc:
        report.problems.append(Problem(f"the legal reference cannot be read: {exc}",
                                       source="resources/rules/followup.json"))
        legal = None
    for file in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        source = f"samples/{file.name}"
        match = DEFINITION_NAME.match(file.name)
        if match is None:
            report.problems.append(Problem("a sample file must be named "
                                           "<form_id>.v<version>.yaml", source=source))
            continue
        form_id, version = match["id"], int(match["version"])
        try:
            data = read_document(file.read_text(encoding="utf-8"), source)
            form = registry.get(form_id, version)
            outcomes = run_samples(form, data, legal)
        except FormDefinitionError as exc:
            report.problems.extend(exc.problems)
            continue
        except InspectorDeskError as exc:
            report.problems.append(Problem(str(exc), form=form_id, version=version, source=source))
            continue
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            report.problems.append(Problem(f"malformed sample file ({exc!r})", form=form_id,
                                           version=version, source=source))
            continue
        seen.add((form_id, version))
        if not any(o.name.startswith("valid") for o in outcomes) or \
                not any(o.name.startswith("invalid") for o in outcomes):
            report.problems.append(Problem("needs at least one valid and one invalid answer set",
                                           form=form_id, version=version, source=source))
        for outcome in outcomes:
            report.samples_checked += 1
            if Counter(outcome.expected) != Counter(outcome.actual):
                report.problems.append(Problem(
                    f"sample '{outcome.name}': expected errors {sorted(outcome.expected)}, "
                    f"got {sorted(outcome.actual)}", form=form_id, version=version, source=source))
            if not outcome.warnings_ok:
                report.problems.append(Problem(
                    f"sample '{outcome.name}': expected warnings "
                    f"{sorted(outcome.expected_warnings or [])}, "
                    f"got {sorted(outcome.actual_warnings)}",
                    form=form_id, version=version, source=source))
            if outcome.assess_mismatch:
                report.problems.append(Problem(
                    f"sample '{outcome.name}': {outcome.assess_mismatch}",
                    form=form_id, version=version, source=source))
    for form_id in registry.form_ids():
        for version in registry.versions(form_id):
            if (form_id, version) not in seen:
                report.warnings.append(f"no sample answers for {form_id} v{version} "
                                       f"(samples/{form_id}.v{version}.yaml)")


def _check_glossary(root: Path, report: CheckReport) -> None:
    file = root / "glossary-kk.yaml"
    if not file.is_file():
        return
    source = file.name
    try:
        data = read_document(file.read_text(encoding="utf-8"), source)
    except FormDefinitionError as exc:
        report.problems.extend(exc.problems)
        return
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        report.problems.append(Problem("needs a list 'entries'", source=source))
        return
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        if not isinstance(entry, dict):
            report.problems.append(Problem("must be a mapping", where=where, source=source))
            continue
        for key in ("kk", "ru", "en", "status"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                report.problems.append(Problem(f"missing '{key}'", where=where, source=source))
        if entry.get("status") not in GLOSSARY_STATUSES:
            report.problems.append(Problem(f"status must be one of {', '.join(GLOSSARY_STATUSES)}",
                                           where=where, source=source))
    report.glossary_entries = len(entries)


def check_forms(directory: str | Path | None = None) -> CheckReport:
    """Check a forms folder (default: :func:`default_forms_dir`) and report every problem."""
    root = Path(directory) if directory is not None else default_forms_dir()
    report = CheckReport(directory=root)
    try:
        messages = catalog()
        report.missing_translations.extend(MissingTranslation("messages", 0, key, lang)
                                           for key, lang in messages.missing_translations())
    except InspectorDeskError as exc:
        report.problems.append(Problem(str(exc), source="messages.yaml"))
        return report
    registry, problems = load_directory(root)
    report.problems.extend(problems)
    for lst in registry.shared_choices.values():
        report.missing_translations.extend(MissingTranslation("choices", 0, where, lang)
                                           for where, lang in choice_list_translations(lst))
    for form_id in registry.form_ids():
        report.forms[form_id] = registry.versions(form_id)
        report.titles[form_id] = registry.get(form_id).title.ru
        for version in registry.versions(form_id):
            report.missing_translations.extend(registry.get(form_id, version).missing_translations)
    _check_samples(registry, root, report)
    _check_glossary(root, report)
    return report


def format_report(report: CheckReport) -> str:
    """The report as text for the command line."""
    lines = [f"Forms folder: {report.directory}"]
    lines += [f"  {line}" for line in report.summary_lines()] or ["  (no forms loaded)"]
    lines.append(f"Sample answer sets checked: {report.samples_checked}")
    if report.glossary_entries:
        lines.append(f"Kazakh glossary: {report.glossary_entries} entries to review")
    if report.missing_translations:
        lines.append(f"Missing translations (Russian is shown instead): "
                     f"{len(report.missing_translations)}")
        lines += [f"  {item}" for item in report.missing_translations]
    if report.warnings:
        lines.append(f"Warnings: {len(report.warnings)}")
        lines += [f"  {warning}" for warning in report.warnings]
    if report.problems:
        lines.append(f"Errors: {len(report.problems)}")
        lines += [f"  {error}" for error in report.errors]
    lines.append("Result: OK" if report.ok else f"Result: FAILED ({len(report.problems)} errors)")
    return "\n".join(lines)

"""``inspector-desk forms check``: is a forms folder fit to ship?

It loads every definition and shared choice list, runs each form's sample answers
(``samples/<form>.v<version>.yaml``: valid sets must give no error, invalid sets exactly the
errors they list), reads the Kazakh glossary, and lists texts that lack their Kazakh or
English translation (those show the Russian text; they are not errors).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from inspector_desk.core.errors import InspectorDeskError
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

    @property
    def ok(self) -> bool:
        return Counter(self.expected) == Counter(self.actual) and self.assess_mismatch is None


def sample_context(data: Mapping[str, Any] | None) -> FormContext:
    """The context a sample file asks for (today, now, persons, lang)."""
    data = data or {}
    today = data.get("today", dt.date(2026, 3, 10))
    today = dt.date.fromisoformat(today) if isinstance(today, str) else today
    now = data.get("now")
    now = dt.datetime.fromisoformat(now) if isinstance(now, str) else now
    return FormContext(today=today, now=now, persons=data.get("persons"),
                       lang=data.get("lang", "ru"))


def run_samples(form: Form, data: Mapping[str, Any]) -> list[SampleOutcome]:
    """Validate every answer set of a sample file; see the module docstring."""
    context = sample_context(data.get("context"))
    outcomes = []
    for kind in ("valid", "invalid"):
        for number, case in enumerate(data.get(kind) or [], start=1):
            name = f"{kind} {number}: {case.get('name', '')}".rstrip(": ")
            expected = [(e["field"], e["code"]) for e in case.get("errors", [])] \
                if kind == "invalid" else []
            answers = case.get("answers") or {}
            actual = [(e.field, e.code) for e in form.validate(answers, context)]
            outcomes.append(SampleOutcome(name, expected, actual,
                                          _assess_mismatch(form, answers, context, case)))
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
            outcomes = run_samples(form, data)
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

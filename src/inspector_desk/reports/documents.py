"""The printed documents of one case: visit act, incident report, the notice served on the
offender, referral letter and case summary.

Each function takes plain data (core records, a forms registry, who prints) and returns PDF
bytes; nothing here reads the vault or writes a file. A record is always rendered under its
own form version (``registry.get(record.form_id, record.form_version)``) in the language
chosen for that document.

**The offender's copy.** :func:`measure_notice` is handed to the person the measure applies
to. It renders the form with ``audience="offender"`` (the forms' privacy marks drop the
protected person's address, phone, safe way of contact and shelter), prints nothing of the
other persons' records but their names, and then checks every text it put on the page
against every private detail the case holds (addresses, phones, safe contacts, shelters,
whatever a form marks ``offender_copy: false``): when one is found, it refuses to print.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import (
    ROLES,
    FamilyCase,
    FormRecord,
    Incident,
    Measure,
    Participant,
    Person,
    Record,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.forms import FormContext
from inspector_desk.reports.labels import Labels
from inspector_desk.reports.layout import (
    DocumentBuilder,
    Issuer,
    SignLine,
    fmt_date,
    fmt_day,
)
from inspector_desk.reports.qr import sign_payload
from inspector_desk.reports.texts import check_lang, t


@dataclass(frozen=True)
class CaseFile:
    """A case as printing needs it: the case, its participants with their persons, its
    timeline records, and (for the summary) the next due contact."""

    case: FamilyCase
    participants: Sequence[tuple[Participant, Person]] = ()
    records: Sequence[FormRecord] = ()
    next_due: tuple[dt.datetime, str] | None = None

    @property
    def persons(self) -> dict[str, Person]:
        return {person.id: person for _, person in self.participants}

    def names(self) -> dict[str, str]:
        return {person.id: person.full_name for _, person in self.participants}

    def with_role(self, role: str) -> list[Person]:
        return [person for part, person in self.participants if part.role == role]


def case_summary_subject(case: CaseFile) -> tuple[Record, ...]:
    """What a case summary's check code covers: the case first, then its participants,
    persons and timeline records (each at the version printed)."""
    persons = {p.id: p for _, p in case.participants}
    return (case.case, *(part for part, _ in case.participants), *persons.values(),
            *case.records)


def _context(case: CaseFile, issuer: Issuer, lang: str) -> FormContext:
    moment = issuer.printed_at.astimezone(KZ_TZ) if issuer.printed_at.tzinfo else issuer.printed_at
    return FormContext.at(moment, persons=case.names(), lang=lang)


def _builder(document: str, subject: Any, *, title: str, case: CaseFile | None, issuer: Issuer,
             lang: str, date: str, subtitle: str = "") -> DocumentBuilder:
    payload = sign_payload(document, subject, issuer.signer, issuer.printed_at)
    return DocumentBuilder(lang=lang, issuer=issuer, title=title, payload=payload,
                           case_no=case.case.case_no if case else "", date=date,
                           subtitle=subtitle)


def _form_subtitle(record: FormRecord, registry: Any, lang: str) -> str:
    form = registry.get(record.form_id, record.form_version)
    return f"{form.title.get(lang)} · {record.form_id} v{record.form_version}"


def _render(builder: DocumentBuilder, record: FormRecord, registry: Any, context: FormContext,
            audience: str = "internal") -> list[Any]:
    """Put the record's form on the page, section by section; return its signature fields
    (drawn by the signature block, not as rows)."""
    form = registry.get(record.form_id, record.form_version)
    signatures = []
    for section in form.render(record.answers, context, lang=builder.lang, audience=audience):
        rows = []
        for line in section.fields:
            if line.type == "signature":
                signatures.append(line)
            elif line.type == "attachment" and not line.value:
                continue  # "scan of the signed act": nothing to print before it exists
            else:
                rows.append((line.label, line.value))
        if rows:
            builder.section(section.title)
            builder.fields(rows)
    return signatures


def _signature_label(signatures: Iterable[Any], field_id: str, default: str) -> str:
    for line in signatures:
        if line.field_id == field_id:
            return line.label
    return default


def _inspector_line(signatures: Iterable[Any], field_id: str, issuer: Issuer, lang: str) -> SignLine:
    return SignLine(_signature_label(signatures, field_id, t("sign.inspector", lang)),
                    issuer.name)


def _live(record: Record) -> None:
    if record.deleted:
        raise NotFound("the record was deleted", kind=record.KIND, id=record.id)


# --- the documents -------------------------------------------------------------------------


def visit_act(visit: Visit, case: CaseFile, registry: Any, issuer: Issuer,
              lang: str = "ru") -> bytes:
    """Акт профилактического посещения: the visit's form, signed by the inspector and by
    each person met."""
    lang = check_lang(lang)
    _live(visit)
    labels = Labels(registry, lang)
    b = _builder("visit", visit, title=t("title.visit", lang), case=case, issuer=issuer, lang=lang,
                 date=fmt_day(visit.visit_at), subtitle=_form_subtitle(visit, registry, lang))
    signatures = _render(b, visit, registry, _context(case, issuer, lang))
    lines = [_inspector_line(signatures, "inspector_signature", issuer, lang)]
    names = case.names()
    for row in visit.answers.get("persons_met") or []:
        if isinstance(row, dict) and row.get("person"):
            caption = labels("role", row.get("role")) or t("sign.person_met", lang)
            lines.append(SignLine(caption, names.get(row["person"], "")))
    if len(lines) == 1:
        lines.append(SignLine(_signature_label(signatures, "visited_signature",
                                               t("sign.person_met", lang))))
    b.signatures(lines)
    return b.build(f"{t('title.visit', lang)} {case.case.case_no}")


def incident_report(incident: Incident, case: CaseFile, registry: Any, issuer: Issuer,
                    lang: str = "ru") -> bytes:
    """Рапорт: the incident's form, signed by the inspector; the affected persons sign that
    they have read it."""
    lang = check_lang(lang)
    _live(incident)
    b = _builder("incident", incident, title=t("title.incident", lang), case=case, issuer=issuer,
                 lang=lang, date=fmt_day(incident.reported_at or incident.occurred_at),
                 subtitle=_form_subtitle(incident, registry, lang))
    signatures = _render(b, incident, registry, _context(case, issuer, lang))
    lines = [_inspector_line(signatures, "inspector_signature", issuer, lang)]
    lines += [SignLine(t("sign.applicant", lang), p.full_name) for p in case.with_role("affected")]
    b.signatures(lines)
    return b.build(f"{t('title.incident', lang)} {case.case.case_no}")


def measure_notice(measure: Measure, case: CaseFile, registry: Any, issuer: Issuer,
                   lang: str = "ru") -> bytes:
    """The notice served on the person a measure applies to (the offender's copy).

    Raises ``ValidationError({"document": ["private_data_on_offender_copy"]})`` rather than
    print a page that would show a private detail of another person of the case.
    """
    lang = check_lang(lang)
    _live(measure)
    labels = Labels(registry, lang)
    title = t("title.order_notice" if measure.kind == "protective_order" else "title.measure_notice",
              lang)
    b = _builder("measure-notice", measure, title=title, case=case, issuer=issuer, lang=lang,
                 date=fmt_day(measure.issued_at),
                 subtitle=f"{labels('measure_kind', measure.kind)} · {t('copy.offender', lang)}")
    subject = case.persons.get(measure.person_id)
    if subject is not None:
        details = [subject.full_name]
        if subject.birth_date:
            details.append(f"{t('notice.born', lang)} {fmt_date(subject.birth_date)}")
        if subject.iin:
            details.append(f"{t('notice.iin', lang)} {subject.iin}")
        b.fields([(t("notice.to", lang), ", ".join(details))], bold_values=True)
        b.spacer(3)
    b.paragraph(t("notice.body", lang))
    signatures = _render(b, measure, registry, _context(case, issuer, lang), audience="offender")
    b.spacer(4)
    b.paragraph(t("notice.rights", lang))
    b.signatures([
        SignLine(_signature_label(signatures, "issuer_signature", t("sign.inspector", lang)),
                 issuer.name),
        SignLine(_signature_label(signatures, "offender_signature", t("notice.to", lang)),
                 subject.full_name if subject else ""),
        SignLine(t("sign.refused", lang)),
    ], note=f"{t('sign.served_at', lang)}: «____» ______________ 20____  ____:____")
    check_offender_copy(b.texts, case, registry, subject_id=measure.person_id, record_id=measure.id)
    return b.build(f"{title} {case.case.case_no}")


def referral_letter(referral: Referral, case: CaseFile, registry: Any, issuer: Issuer,
                    lang: str = "ru") -> bytes:
    """Направление: addressed to the service, with the reason and the person's consent."""
    lang = check_lang(lang)
    _live(referral)
    labels = Labels(registry, lang)
    b = _builder("referral", referral, title=t("title.referral", lang), case=case, issuer=issuer,
                 lang=lang, date=fmt_day(referral.referred_at),
                 subtitle=_form_subtitle(referral, registry, lang))
    to = labels("service", referral.service)
    place = referral.answers.get("service_name")
    person = case.persons.get(referral.person_id)
    who = person.full_name if person else ""
    if person and person.birth_date:
        who += f", {t('notice.born', lang)} {fmt_date(person.birth_date)}"
    b.fields([(t("referral.to", lang), f"{to}\n{place}" if place else to),
              (t("referral.person", lang), who),
              (t("referral.contact", lang), f"{issuer.name} ({t('header.badge', lang)} "
                                            f"{issuer.login}), {issuer.unit}".rstrip(", "))])
    b.spacer(4)
    b.paragraph(t("referral.body", lang))
    signatures = _render(b, referral, registry, _context(case, issuer, lang))
    b.signatures([_inspector_line(signatures, "inspector_signature", issuer, lang),
                  SignLine(t("sign.consent", lang), person.full_name if person else "")])
    return b.build(f"{t('title.referral', lang)} {case.case.case_no}")


def _moment(record: FormRecord) -> dt.datetime | None:
    for name in ("visit_at", "reported_at", "occurred_at", "issued_at", "referred_at",
                 "assessed_at"):
        value = getattr(record, name, None)
        if value is not None:
            return value
    return record.created_at


def _summary_line(record: FormRecord, case: CaseFile, labels: Labels, lang: str) -> str:
    names = case.names()
    if isinstance(record, Visit):
        parts = [labels("visit_type", record.visit_type)]
        if record.next_visit_due:
            parts.append(f"→ {fmt_date(record.next_visit_due)}")
        return "; ".join(p for p in parts if p)
    if isinstance(record, Incident):
        kinds = ", ".join(labels("violence", k) for k in record.violence_types)
        return "; ".join(p for p in (kinds, labels("channel", record.channel)) if p)
    if isinstance(record, Measure):
        period = ""
        if record.valid_to:
            period = f"{fmt_date(record.valid_from)} – {fmt_date(record.valid_to)}"
        who = names.get(record.person_id, "")
        return "; ".join(p for p in (labels("measure_kind", record.kind), who, period,
                                     labels("measure_status", record.status)) if p)
    if isinstance(record, Referral):
        return "; ".join(p for p in (labels("service", record.service),
                                     names.get(record.person_id, ""),
                                     labels("outcome", record.outcome)) if p)
    if isinstance(record, RiskAssessment):
        level = labels("risk", record.level)
        return f"{level}; {t('case.score', lang, score=record.score)}"
    return ""


def case_summary(case: CaseFile, registry: Any, issuer: Issuer, lang: str = "ru") -> bytes:
    """Справка по делу: the case, its participants, measures in force and timeline."""
    lang = check_lang(lang)
    _live(case.case)
    labels = Labels(registry, lang)
    c = case.case
    b = _builder("case-summary", case_summary_subject(case), title=t("title.case_summary", lang),
                 case=case, issuer=issuer, lang=lang, date=fmt_day(issuer.printed_at))
    b.section(t("case.details", lang))
    rows = [
        (t("header.case_no", lang), c.case_no),
        (t("case.status", lang), labels.text("case.status", c.status)),
        (t("case.risk", lang), labels("risk", c.risk_level)),
        (t("case.district", lang), ", ".join(p for p in (c.district, c.beat) if p)),
        (t("case.address", lang), c.address),
        (t("case.source", lang), labels("channel", c.source)),
        (t("case.opened", lang), fmt_date(c.opened_at)),
    ]
    if c.closed_at:
        rows.append((t("case.closed", lang), fmt_date(c.closed_at)))
        reason = labels.text("closure", c.closure_reason)
        rows.append((t("case.closure_reason", lang),
                     f"{reason}. {c.closure_note}" if c.closure_note else reason))
    if case.next_due:
        at, reason = case.next_due
        rows.append((t("case.next_due", lang), f"{fmt_date(at)} ({labels.due_reason(reason)})"))
    b.fields(rows)

    b.section(t("case.participants", lang))
    people = sorted(case.participants, key=lambda pp: (
        ROLES.index(pp[0].role) if pp[0].role in ROLES else len(ROLES), pp[1].full_name))
    b.table([t("case.role", lang), t("case.name", lang), t("case.born", lang),
             t("case.iin", lang), t("case.phone", lang)],
            [[labels("role", part.role) + (f" ({labels.text('relation', part.relation)})"
                                           if part.relation else ""),
              person.full_name, fmt_date(person.birth_date), person.iin or "",
              "\n".join(person.phones)] for part, person in people],
            widths=[0.24, 0.30, 0.13, 0.15, 0.18])

    active = [m for m in case.records if isinstance(m, Measure) and not m.deleted
              and m.status == "active"]
    b.section(t("case.measures", lang))
    if active:
        b.table([t("stats.kind", lang), t("case.summary", lang)],
                [[labels("measure_kind", m.kind), _summary_line(m, case, labels, lang)]
                 for m in sorted(active, key=lambda m: m.valid_to or dt.date.max)],
                widths=[0.35, 0.65])
    else:
        b.paragraph(t("case.none", lang))

    timeline = sorted((r for r in case.records if not r.deleted),
                      key=lambda r: _moment(r) or dt.datetime.min.replace(tzinfo=dt.UTC),
                      reverse=True)
    b.section(t("case.timeline", lang))
    if timeline:
        b.table([t("case.when", lang), t("case.what", lang), t("case.summary", lang)],
                [[(fmt_day if isinstance(r, (Measure, Referral)) else fmt_date)(_moment(r)),
                  labels.form_title(r.form_id, r.form_version),
                  _summary_line(r, case, labels, lang)] for r in timeline],
                widths=[0.18, 0.27, 0.55])
    else:
        b.paragraph(t("case.none", lang))
    b.signatures([SignLine(t("sign.inspector", lang),
                           issuer.name)])
    return b.build(f"{t('title.case_summary', lang)} {c.case_no}")


# --- the offender's copy: a last check before anything leaves the printer -----------------

_MIN_TEXT = 8  # shorter private values ("да", "кв. 7") would match innocent words
_DIGITS = re.compile(r"\+?\d[\d\s()\-]{6,}\d")


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().replace("ё", "е").split())


def _phone_key(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    return digits[-10:] if len(digits) >= 10 else None


def private_details(case: CaseFile, registry: Any, subject_id: str) -> tuple[set[str], set[str]]:
    """Every private detail of the case that must not reach ``subject_id``: (texts, phone
    keys). The persons' addresses, phones and safe contacts (all but the subject's own), the
    family's address, and every answer of a field marked ``offender_copy: false`` in any
    record of the case."""
    texts: set[str] = set()
    phones: set[str] = set()
    for _, person in case.participants:
        if person.id == subject_id:
            continue
        texts.update((person.address, person.safe_contact))
        for phone in person.phones:
            texts.add(phone)
            key = _phone_key(phone)
            if key:
                phones.add(key)
    texts.add(case.case.address)
    for record in case.records:
        try:
            form = registry.get(record.form_id, record.form_version)
        except Exception:  # noqa: BLE001 - an unknown form: all its free text counts as private
            values: Iterable[Any] = _strings(record.answers)
        else:
            private = {f.id for f in form.fields() if not f.shown_to("offender")}
            values = _private_answers(record.answers, private)
        for value in values:
            texts.add(value)
            key = _phone_key(value)
            if key and _DIGITS.fullmatch(value.strip()):
                phones.add(key)
    return {n for n in (_norm(x) for x in texts if x) if len(n) >= _MIN_TEXT}, phones


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _private_answers(answers: dict[str, Any], private: set[str]) -> Iterable[str]:
    for key, value in answers.items():
        if key in private:
            yield from _strings(value)
        elif isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    for child, v in row.items():
                        if child in private:
                            yield from _strings(v)


def check_offender_copy(texts: Iterable[str], case: CaseFile, registry: Any, *, subject_id: str,
                        record_id: str) -> None:
    """Refuse (``ValidationError``) when any text of the page holds a private detail."""
    forbidden, phones = private_details(case, registry, subject_id)
    page = [_norm(x) for x in texts if x]
    leaked = any(f in line for f in forbidden for line in page)
    if not leaked and phones:
        for line in texts:
            for run in _DIGITS.findall(line or ""):
                key = _phone_key(run)
                if key and any(key in p or p in re.sub(r"\D", "", run) for p in phones):
                    leaked = True
    if leaked:
        raise ValidationError({"document": ["private_data_on_offender_copy"]}, id=record_id)


__all__ = ["CaseFile", "case_summary", "case_summary_subject", "check_offender_copy",
           "incident_report", "measure_notice", "private_details", "referral_letter",
           "visit_act"]

"""The printed documents of one case: visit act, incident report, the notice served on the
offender, referral letter and case summary.

Each function takes plain data (core records, a forms registry, who prints) and returns PDF
bytes; nothing here reads the vault or writes a file. A record is always rendered under its
own form version (``registry.get(record.form_id, record.form_version)``) in the language
chosen for that document.

**Per signatory.** Every paper an offender signs or receives is rendered for him apart:
the measure's notice (one template per kind of measure), the offender's copy of a visit act
(``audience="offender"``), a referral of the offender. Such a rendering uses the forms'
offender audience (fields marked ``offender_copy: false`` are dropped, and
:data:`VICTIM_ONLY` for records of older form versions), prints nothing of the other
persons' records but their names, and then checks every text it put on the page against
every private detail the case holds (:func:`check_offender_copy`): when one is found, it
refuses to print. The protected person gets a notice of their own
(``measure_notice(..., audience="protected")``); the case file keeps the whole record
(``audience="internal"``).

**Legal texts** (bases, the term of an order, consequences of a breach, the appeal route)
come from the dated legal reference (``FollowUpRules.legal``, core/legal.py): the record's
own date selects the text in force.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.kinds import form_kinds, happened_at, timeline_time
from inspector_desk.core.kinds import of as kind_of
from inspector_desk.core.legal import LegalReference
from inspector_desk.core.ports import in_zone
from inspector_desk.core.statistics import measure_in_force
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
from inspector_desk.reports.legal_source import default_legal
from inspector_desk.reports.layout import (
    DocumentBuilder,
    Issuer,
    SignLine,
    fmt_date,
    fmt_day,
    unit_tz,
)
from inspector_desk.reports.qr import sign_payload
from inspector_desk.reports.texts import check_lang, has, t


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
    moment = in_zone(issuer.printed_at, unit_tz())
    return FormContext.at(moment, persons=case.names(), lang=lang)


def _builder(document: str, subject: Any, *, title: str, case: CaseFile | None, issuer: Issuer,
             lang: str, date: str, subtitle: str = "") -> DocumentBuilder:
    payload = sign_payload(document, subject, issuer.signer, issuer.printed_at)
    return DocumentBuilder(lang=lang, issuer=issuer, title=title, payload=payload,
                           case_no=case.case.case_no if case else "", date=date,
                           subtitle=subtitle)


# --- legal reference ------------------------------------------------------------------------


def _legal(legal: LegalReference | None) -> LegalReference:
    return legal if legal is not None else default_legal()


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return in_zone(value, unit_tz()).date()
    return value


def record_day(record: FormRecord) -> dt.date | None:
    """The record's own date, which selects the legal texts in force."""
    return _day(_moment(record))


def _entry_text_any(legal: LegalReference, ident: str, lang: str) -> str:
    found = [e for e in legal.entries() if e.id == ident]
    return found[-1].text_in(lang) if found else ""


def basis_in_force(code: str, on: dt.date | None, legal: LegalReference,
                   candidates: Iterable[str] = ()) -> str:
    """The basis to cite for a record of day ``on`` that names ``code``: ``code`` itself when
    it is in force that day (or not dated), else the one of ``candidates`` (the form's other
    bases) that the reference has in force that day (Law 214-IV gave way to 245-VIII)."""
    if not code or on is None or legal.in_force(code, on) is not False:
        return code
    for other in candidates:
        if other != code and legal.known(other) and legal.in_force(other, on):
            entry = legal.entry(other, on)
            if entry is not None and (entry.valid_from or entry.valid_to):
                return other
    return code


def basis_text(record: FormRecord, registry: Any, legal: LegalReference, lang: str) -> str:
    """The legal basis as printed: the reference's text in force on the record's date, then
    the article the inspector typed (left out when the basis was replaced by the one in
    force: the article belonged to the other law)."""
    code = str(record.answers.get("legal_basis") or getattr(record, "legal_basis", "") or "")
    if not code:
        return ""
    on = record_day(record)
    try:
        field = registry.get(record.form_id, record.form_version).field("legal_basis")
        choices = field.choices
    except Exception:  # noqa: BLE001 - a form without the field
        choices = None
    cited = basis_in_force(code, on, legal, choices.codes if choices else ())
    text = (legal.text(cited, on, lang) if on else "") or _entry_text_any(legal, cited, lang)
    if not text:
        text = choices.label(cited, lang) if choices else cited
    article = str(record.answers.get("legal_basis_article") or "").strip()
    if article and cited == code:
        text = f"{text}, {article}"
    return text


def order_term(measure: Measure, legal: LegalReference, lang: str) -> str:
    """The term as the law states it: «30 суток, с 19.11.2026 по 18.12.2026 включительно».
    The count comes from the reference in force on the first day; when the recorded end is
    not the legal end (the inspector set another), only the recorded dates are printed."""
    start, end = measure.valid_from, measure.valid_to
    if start is None:
        return ""
    if end is None:
        return t("notice.since", lang, start=fmt_date(start))
    period = t("notice.period", lang, start=fmt_date(start), end=fmt_date(end))
    count = legal.text("order_term_days", start, lang)
    if measure.kind == "protective_order" and count and \
            legal.value("order_term_days", start) is not None and legal.order_end(start) == end:
        return f"{count}, {period}"
    return period


# --- rendering ------------------------------------------------------------------------------

AUDIENCES = ("internal", "offender", "protected")

# Fields no offender rendering prints, whatever the record's form version marks: victim-only
# in the version 2 forms (offender_copy: false), and so also kept off the offender's copy of a
# record made under version 1, whose marks were fewer. Each kind lists its own
# (``victim_only`` in core/kinds.py); here by form id.
VICTIM_ONLY = {k.form_id: k.victim_only for k in form_kinds() if k.victim_only}


def _victim_only(form_id: str, field_id: str) -> bool:
    hidden = VICTIM_ONLY.get(form_id, frozenset())
    top = field_id.split("[", 1)[0]
    child = field_id.rsplit(".", 1)[-1] if "." in field_id else ""
    return top in hidden or child in hidden


def _lines(record: FormRecord, registry: Any, context: FormContext, lang: str,
           audience: str = "internal") -> list[tuple[str, list[Any]]]:
    """The record's form as (section title, lines) for ``audience`` (an offender rendering
    also drops :data:`VICTIM_ONLY`)."""
    form = registry.get(record.form_id, record.form_version)
    out = []
    for section in form.render(record.answers, context, lang=lang,
                               audience="offender" if audience == "offender" else "internal"):
        lines = [line for line in section.fields
                 if not (audience == "offender" and _victim_only(record.form_id, line.field_id))]
        if lines:
            out.append((section.title, lines))
    return out


def _render(builder: DocumentBuilder, record: FormRecord, registry: Any, context: FormContext,
            audience: str = "internal", replace: dict[str, tuple[str, str]] | None = None,
            skip: Iterable[str] = ()) -> list[Any]:
    """Put the record's form on the page, section by section; return its signature fields
    (drawn by the signature block, not as rows). ``replace``: field id -> (label, value)
    printed instead of the form's (the legal basis, the term)."""
    replace = replace or {}
    skip = set(skip)
    signatures = []
    for title, lines in _lines(record, registry, context, builder.lang, audience):
        rows = []
        for line in lines:
            if line.type == "signature":
                signatures.append(line)
            elif line.field_id in skip or (line.type == "attachment" and not line.value):
                continue  # "scan of the signed act": nothing to print before it exists
            elif line.field_id in replace:
                if replace[line.field_id][1]:
                    rows.append(replace[line.field_id])
            elif _ROLE_ROW.match(line.field_id):  # a role as the law words it (no «агрессор»)
                rows.append((line.label, _role_value(record, line, builder.lang, registry)))
            else:
                rows.append((line.label, line.value))
        if rows:
            builder.section(title)
            builder.fields(rows)
    return signatures


_ROLE_ROW = re.compile(r"^(\w+)\[(\d+)\]\.role$")


def _role_value(record: FormRecord, line: Any, lang: str, registry: Any) -> str:
    group, row = _ROLE_ROW.match(line.field_id).groups()
    rows = record.answers.get(group)
    try:
        code = rows[int(row)]["role"]
    except (TypeError, IndexError, KeyError):
        return line.value
    return Labels(registry, lang)("role", code) if has(f"role.{code}") else line.value


def _signature_label(signatures: Iterable[Any], field_id: str, default: str) -> str:
    for line in signatures:
        if line.field_id == field_id:
            return line.label
    return default


def _inspector_line(signatures: Iterable[Any], field_id: str, issuer: Issuer, lang: str) -> SignLine:
    return SignLine(_signature_label(signatures, field_id, t("sign.inspector", lang)),
                    issuer.name_rank)


def _live(record: Record) -> None:
    if record.deleted:
        raise NotFound("the record was deleted", kind=record.KIND, id=record.id)


def _check_audience(audience: str, allowed: Sequence[str]) -> str:
    if audience not in allowed:
        raise ValidationError({"audience": ["unknown_value"]}, allowed=list(allowed))
    return audience


def offenders_met(visit: Visit, case: CaseFile) -> list[str]:
    """Person ids of the offender(s) among the persons met: by the row's role or by their
    role in the case."""
    in_case = {part.person_id for part, _ in case.participants if part.role == "offender"}
    out = []
    for row in visit.answers.get("persons_met") or []:
        if isinstance(row, dict) and row.get("person"):
            if (row.get("role") == "offender" or row["person"] in in_case) \
                    and row["person"] not in out:
                out.append(row["person"])
    return out


def _is_offender(case: CaseFile, person_id: str | None) -> bool:
    return any(part.person_id == person_id and part.role == "offender"
               for part, _ in case.participants)


# --- the documents -------------------------------------------------------------------------


def visit_act(visit: Visit, case: CaseFile, registry: Any, issuer: Issuer,
              lang: str = "ru", *, audience: str = "internal",
              legal: LegalReference | None = None) -> bytes:
    """Акт профилактического посещения.

    ``audience="internal"`` (the case file and the victim): the whole act, signed by the
    inspector and the persons met other than the offender. ``audience="offender"``: the copy
    the offender signs, without the victim-only fields (visit address, safe contacts, the
    conversation and observations), checked by :func:`check_offender_copy`."""
    del legal
    lang = check_lang(lang)
    _check_audience(audience, ("internal", "offender"))
    _live(visit)
    labels = Labels(registry, lang)
    offenders = offenders_met(visit, case)
    if audience == "offender" and not offenders:
        raise ValidationError({"audience": ["no_offender_met"]}, id=visit.id)
    b = _builder("visit", visit, title=t("title.visit", lang), case=case, issuer=issuer, lang=lang,
                 date=fmt_day(visit.visit_at),
                 subtitle=t("copy.visit_offender", lang) if audience == "offender" else "")
    signatures = _render(b, visit, registry, _context(case, issuer, lang), audience=audience)
    lines = [_inspector_line(signatures, "inspector_signature", issuer, lang)]
    names = case.names()
    seen: set[str] = set()
    for row in visit.answers.get("persons_met") or []:
        if not (isinstance(row, dict) and row.get("person")) or row["person"] in seen:
            continue
        seen.add(row["person"])
        if (row["person"] in offenders) != (audience == "offender"):
            continue  # each signs their own rendering
        caption = labels("role", row.get("role")) or t("sign.person_met", lang)
        lines.append(SignLine(caption, names.get(row["person"], "")))
    if len(lines) == 1:
        lines.append(SignLine(_signature_label(signatures, "visited_signature",
                                               t("sign.person_met_sign", lang))))
    b.signatures(lines)
    if audience == "offender":
        for person_id in offenders:
            check_offender_copy(b.texts, case, registry, subject_id=person_id, record_id=visit.id)
    return b.build(f"{t('title.visit', lang)} {case.case.case_no}")


def incident_report(incident: Incident, case: CaseFile, registry: Any, issuer: Issuer,
                    lang: str = "ru", *, audience: str = "internal",
                    legal: LegalReference | None = None) -> bytes:
    """Рапорт, addressed to the head of the unit: the incident's form, signed by the
    inspector, who notes the statement taken from each affected person. Internal only."""
    del legal
    lang = check_lang(lang)
    _check_audience(audience, ("internal",))
    _live(incident)
    b = _builder("incident", incident, title=t("title.incident", lang), case=case, issuer=issuer,
                 lang=lang, date=fmt_day(incident.reported_at or incident.occurred_at))
    to = str(incident.answers.get("addressed_to") or "").strip()
    if not to and issuer.unit_in(lang):
        to = t("incident.to", lang, unit=issuer.unit_in(lang))
    if to:
        b.addressee(to)
    b.paragraph(t("incident.opening", lang))
    signatures = _render(b, incident, registry, _context(case, issuer, lang))
    lines = [_inspector_line(signatures, "inspector_signature", issuer, lang)]
    lines += [SignLine(t("sign.applicant", lang), p.full_name) for p in case.with_role("affected")]
    b.signatures(lines)
    return b.build(f"{t('title.incident', lang)} {case.case.case_no}")


MEASURE_TEMPLATES = ("protective_order", "special_requirements", "official_warning",
                     "admin_detention", "preventive_register")
PROTECTED_COPY = ("protective_order", "special_requirements")


def measure_audiences(measure: Measure) -> tuple[str, ...]:
    """The renderings a measure has: the offender's copy, the protected person's (orders
    and court requirements) and the case file's."""
    return ("offender", "protected", "internal") if measure.kind in PROTECTED_COPY \
        else ("offender", "internal")


def protected_persons(measure: Measure) -> list[str]:
    """Person ids protected by a measure: the version 2 list, or the version 1 single one."""
    out: list[str] = []
    for row in measure.answers.get("protected_persons") or []:
        pid = row.get("person") if isinstance(row, dict) else row
        if pid and pid not in out:
            out.append(str(pid))
    single = measure.answers.get("protected_person")
    if single and single not in out:
        out.append(str(single))
    return out


def _notice_title(kind: str, audience: str, lang: str) -> str:
    if audience == "protected":
        return t("title.notice.protected_court" if kind == "special_requirements"
                 else "title.notice.protected", lang)
    own = t(f"title.notice.{kind}" if kind in MEASURE_TEMPLATES
            else "title.notice.preventive_register", lang)
    return t("title.notice.internal", lang, title=own) if audience == "internal" else own


class _Values:
    """The measure's answers as the form prints them (field id -> formatted value)."""

    def __init__(self, record: FormRecord, registry: Any, context: FormContext, lang: str,
                 audience: str) -> None:
        self.lang = lang
        self.form = registry.get(record.form_id, record.form_version)
        self.lines = {line.field_id: line for _, lines in
                      _lines(record, registry, context, lang, audience) for line in lines}

    def __call__(self, field_id: str) -> str:
        line = self.lines.get(field_id)
        return line.value if line is not None and line.type != "signature" else ""

    def label(self, field_id: str, default: str = "") -> str:
        line = self.lines.get(field_id)
        return line.label if line is not None else default

    def choices(self, field_id: str, codes: Iterable[str]) -> list[str]:
        try:
            choices = self.form.field(field_id).choices
        except KeyError:
            choices = None
        return [choices.label(c, self.lang) if choices else str(c) for c in codes]


def _joined(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def measure_notice(measure: Measure, case: CaseFile, registry: Any, issuer: Issuer,
                   lang: str = "ru", *, audience: str = "offender", person_id: str | None = None,
                   legal: LegalReference | None = None) -> bytes:
    """The paper of a measure, one template per kind, for one recipient.

    ``audience="offender"`` (default): served on the person the measure applies to: the
    protective order itself, the notice of the court's special requirements, the official
    warning, the detention record, the notice of placement on the register. Rendered with
    the offender audience and checked: raises
    ``ValidationError({"document": ["private_data_on_offender_copy"]})`` rather than print a
    page that would show a private detail of another person of the case.
    ``audience="protected"``: the notice for a protected person (``person_id``, default the
    first adult one) of an order or court requirements. ``audience="internal"``: the case
    file's copy, the whole form.
    """
    lang = check_lang(lang)
    _check_audience(audience, measure_audiences(measure))
    _live(measure)
    legal = _legal(legal)
    labels = Labels(registry, lang)
    context = _context(case, issuer, lang)
    kind = measure.kind if measure.kind in MEASURE_TEMPLATES else "preventive_register"
    title = _notice_title(kind, audience, lang)
    no = str(measure.answers.get("document_no") or "").strip()
    if kind == "admin_detention":
        no = str(measure.answers.get("detention_protocol_no") or "").strip() or no
    copy_name = {"offender": t("copy.offender", lang), "protected": t("copy.protected", lang),
                 "internal": t("copy.internal", lang)}[audience]
    b = _builder("measure-notice", measure, title=title, case=case, issuer=issuer, lang=lang,
                 date=fmt_day(measure.issued_at),
                 subtitle=_joined(f"№ {no}" if no else "", copy_name, sep=" · "))
    basis = basis_text(measure, registry, legal, lang)
    term = order_term(measure, legal, lang)
    on = record_day(measure) or _day(issuer.printed_at)  # the program's clock, not the OS's
    if audience == "internal":
        signatures = _render(b, measure, registry, context, replace={
            "legal_basis": (t("notice.basis", lang), basis),
            "legal_basis_article": ("", ""),
            "duration_days": (t("notice.term", lang), term)})
        b.signatures([
            SignLine(_signature_label(signatures, "issuer_signature", t("sign.issuer", lang)),
                     _issued_by(measure, issuer)),
            *([SignLine(t("sign.approver", lang), _approved_by(measure))]
              if kind == "protective_order" else [])])
        return b.build(f"{title} {case.case.case_no}")

    values = _Values(measure, registry, context, lang, audience)
    names = case.names()
    subject = case.persons.get(measure.person_id)
    protected = protected_persons(measure)
    head: list[tuple[str, str]] = []
    if no:
        head.append((t("notice.protocol_no" if kind == "admin_detention" else "notice.no", lang),
                     no))
    place = str(measure.answers.get("place_issued") or "").strip()
    if place:
        head.append((t("notice.place", lang), place))
    issued = _joined(fmt_day(measure.issued_at), str(measure.answers.get("issued_time") or ""),
                     sep=" ")
    court = kind == "special_requirements"  # the court decided; the police notify
    head.append((t("notice.date" if court else "notice.issued", lang), issued))
    head.append((t("notice.prepared_by" if court else "notice.issued_by", lang),
                 _issued_by(measure, issuer)))
    if kind == "protective_order" and _approved_by(measure):
        head.append((t("notice.approved_by", lang), _approved_by(measure)))
    b.fields(head)
    b.spacer(3)

    if audience == "protected":
        recipient = person_id or _default_recipient(case, protected)
        person = case.persons.get(recipient) if recipient else None
        b.fields([(t("notice.recipient", lang), person.full_name if person else "")],
                 bold_values=True)
        b.spacer(3)
        b.paragraph(t("notice.body.protected_court" if kind == "special_requirements"
                      else "notice.body.protected", lang))
        rows = [(t("notice.role_subject", lang), subject.full_name if subject else ""),
                (t("notice.protected", lang), "\n".join(names.get(p, "") for p in protected))]
        rows += _court_rows(measure, values, lang) if kind == "special_requirements" else []
        rows += [(t("notice.term", lang), term), (t("notice.basis", lang), basis)]
        b.fields(rows)
        _restrictions(b, measure, values, lang)
        b.fields([(t("notice.contact", lang),
                   _joined(f"{issuer.name_rank} ({t('header.badge', lang)} {issuer.login})",
                           issuer.unit_in(lang)))])
        b.signatures([SignLine(t("sign.issuer", lang), _issued_by(measure, issuer)),
                      SignLine(t("sign.informed", lang), person.full_name if person else "")],
                     note=f"{t('sign.served_at', lang)}: «____» ______________ 20____  ____:____")
        return b.build(f"{title} {case.case.case_no}")

    if subject is not None:
        details = [subject.full_name]
        if subject.birth_date:
            details.append(f"{t('notice.born', lang)} {fmt_date(subject.birth_date)}")
        if subject.iin:
            details.append(f"{t('notice.iin', lang)} {subject.iin}")
        b.fields([(t("notice.to", lang), ", ".join(details))], bold_values=True)
        b.spacer(3)
    b.paragraph(t(f"notice.body.{kind}", lang))
    rows = []
    if kind in PROTECTED_COPY:
        rows.append((t("notice.protected", lang), "\n".join(names.get(p, "") for p in protected)))
    if kind == "special_requirements":
        rows += _court_rows(measure, values, lang)
    if kind == "admin_detention":
        rows += [(t("notice.detained_from", lang), values("detained_from")),
                 (t("notice.detained_until", lang), values("detained_until"))]
        if values("detention_place"):
            rows.append((t("notice.detention_place", lang), values("detention_place")))
        if values("relatives_notified"):
            rows.append((t("notice.relatives", lang), values("relatives_notified")))
    elif term:
        rows.append((t("notice.term", lang), term))
    rows.append((t("notice.basis", lang), basis))
    b.fields(rows)
    _restrictions(b, measure, values, lang)
    lead: list[str] = []
    if kind in PROTECTED_COPY:
        consequence = legal.text("breach_consequence", on, lang)
        if consequence:
            lead.append(f"{t('notice.consequences', lang)}. {consequence}")
    if values("consequences_explained"):
        lead.append(f"{t('notice.explained', lang)}: {values('consequences_explained')}.")
    if str(measure.answers.get("preventive_register") or "") == "yes":
        lead.append(t("notice.register_text", lang))
    appeal = t("notice.appeal.special_requirements", lang) if kind == "special_requirements" \
        else legal.text("appeal_route", on, lang)
    if appeal:
        lead.append(f"{t('notice.appeal', lang)}. {appeal}")
    receipt = {"protective_order": "sign.received", "official_warning": "sign.warned",
               "admin_detention": "sign.detained"}.get(kind, "sign.informed")
    lines = [SignLine(t("sign.issuer", lang), _issued_by(measure, issuer))]
    if kind == "protective_order":
        lines.append(SignLine(t("sign.approver", lang), _approved_by(measure)))
    lines += [SignLine(t(receipt, lang), subject.full_name if subject else ""),
              SignLine(t("sign.refused", lang))]
    for text in lead[:-1]:
        b.paragraph(text)
    b.signatures(lines, lead=lead[-1:],  # the last text stays on the page of the signatures
                 note=f"{t('sign.served_at', lang)}: «____» ______________ 20____  ____:____")
    check_offender_copy(b.texts, case, registry, subject_id=measure.person_id, record_id=measure.id)
    del labels
    return b.build(f"{title} {case.case.case_no}")


def _issued_by(measure: Measure, issuer: Issuer) -> str:
    name = str(measure.answers.get("issued_by") or "").strip()
    rank = str(measure.answers.get("issued_by_rank") or "").strip()
    if not name:
        return issuer.name_rank
    return _joined(name, rank)


def _approved_by(measure: Measure) -> str:
    return _joined(str(measure.answers.get("approved_by") or "").strip(),
                   str(measure.answers.get("approved_by_rank") or "").strip())


def _default_recipient(case: CaseFile, protected: Sequence[str]) -> str | None:
    roles = {part.person_id: part.role for part, _ in case.participants}
    adults = [p for p in protected if roles.get(p) not in ("child",)]
    return (adults or list(protected) or [None])[0]


def _court_rows(measure: Measure, values: _Values, lang: str) -> list[tuple[str, str]]:
    a = measure.answers
    rows = [(t("notice.court", lang), values("court_name") or measure.court)]
    decision_no = str(a.get("court_decision_no") or "").strip()
    decision_date = values("court_decision_date") or fmt_date(measure.court_decision_date)
    rows.append((t("notice.decision", lang),
                 t("notice.decision_no", lang, no=decision_no, date=decision_date)
                 if decision_no else decision_date))
    petition_no = str(a.get("petition_no") or "").strip()
    if petition_no or values("petition_date"):
        rows.append((t("notice.petition", lang),
                     t("notice.decision_no", lang, no=petition_no, date=values("petition_date"))
                     if petition_no else values("petition_date")))
    if measure.checkins_per_month:
        rows.append((t("notice.checkins", lang),
                     t("notice.checkins_value", lang, n=measure.checkins_per_month)))
    if values("psycho_correction"):
        rows.append((values.label("psycho_correction"), values("psycho_correction")))
    if values("weapons_surrendered"):
        rows.append((t("notice.weapons", lang), values("weapons_surrendered")))
    return rows


def _restrictions(b: DocumentBuilder, measure: Measure, values: _Values, lang: str) -> None:
    codes = measure.restrictions or list(measure.answers.get("restrictions") or [])
    if measure.kind not in PROTECTED_COPY or not codes:
        return
    b.section(t("notice.restrictions", lang))
    for label in values.choices("restrictions", codes):
        b.paragraph(f"— {label}")


def referral_letter(referral: Referral, case: CaseFile, registry: Any, issuer: Issuer,
                    lang: str = "ru", *, audience: str | None = None,
                    legal: LegalReference | None = None) -> bytes:
    """Направление: addressed to the service, with the reason and the person's consent.
    A referral of the offender (psycho-correction, addiction treatment) is handed to him:
    it is rendered for the offender audience and checked like every offender's copy."""
    del legal
    lang = check_lang(lang)
    _live(referral)
    offender = _is_offender(case, referral.person_id)
    audience = _check_audience(audience or ("offender" if offender else "internal"),
                               ("offender",) if offender else ("internal",))
    labels = Labels(registry, lang)
    b = _builder("referral", referral, title=t("title.referral", lang), case=case, issuer=issuer,
                 lang=lang, date=fmt_day(referral.referred_at))
    to = labels("service", referral.service)
    # the service's name is victim-only in the forms (it is often the shelter)
    place = referral.answers.get("service_name") if audience == "internal" else None
    person = case.persons.get(referral.person_id)
    who = person.full_name if person else ""
    if person and person.birth_date:
        who += f", {t('notice.born', lang)} {fmt_date(person.birth_date)}"
    rows = []
    outgoing = str(referral.answers.get("outgoing_no") or "").strip()
    if outgoing:
        rows.append((t("notice.no", lang), outgoing))
    rows += [(t("referral.to", lang), f"{to}\n{place}" if place else to),
             (t("referral.person", lang), who),
             (t("referral.contact", lang), f"{issuer.name_rank} ({t('header.badge', lang)} "
                                           f"{issuer.login}), {issuer.unit_in(lang)}".rstrip(", "))]
    b.fields(rows)
    b.spacer(4)
    b.paragraph(t("referral.body", lang))
    signatures = _render(b, referral, registry, _context(case, issuer, lang), audience=audience)
    b.signatures([_inspector_line(signatures, "inspector_signature", issuer, lang),
                  SignLine(t("sign.consent", lang), person.full_name if person else "")])
    if audience == "offender":
        check_offender_copy(b.texts, case, registry, subject_id=referral.person_id,
                            record_id=referral.id)
    return b.build(f"{t('title.referral', lang)} {case.case.case_no}")


def _moment(record: FormRecord) -> dt.datetime | None:
    """When the record happened (core/kinds.py), else when it was written."""
    return happened_at(record) or record.created_at


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


def role_caption(labels: Labels, role: str, relation: str | None) -> str:
    """«Правонарушитель (супруг(а))»; the relation is left out for the victim («сам(а)») and
    where it only repeats the role («Ребёнок (ребёнок)»)."""
    caption = labels("role", role)
    if not relation or relation == "self" or role == "affected" or relation == role:
        return caption
    named = labels.text("relation", relation)
    if not named or named.casefold() == caption.casefold():
        return caption
    return f"{caption} ({named})"


def _with_cohabiting(labels: Labels, part: Any, caption: str) -> str:
    """The role caption, then «Проживает совместно с пострадавшим: да» on its own line where
    it was asked (``Participant.cohabiting``; never for the affected person themself)."""
    cohabiting = getattr(part, "cohabiting", "")
    if not cohabiting or part.role == "affected":
        return caption
    return f"{caption}\n{t('case.cohabiting', labels.lang)}: {labels.text('cohabiting', cohabiting)}"


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
            [[_with_cohabiting(labels, part, role_caption(labels, part.role, part.relation)),
              person.full_name, fmt_date(person.birth_date), person.iin or "",
              "\n".join(person.phones)] for part, person in people],
            widths=[0.24, 0.30, 0.13, 0.15, 0.18])

    # In force on the day printed: an order past its last day is ended, whatever its status.
    active = [m for m in case.records if isinstance(m, Measure)
              and measure_in_force(m, _day(issuer.printed_at))]
    b.section(t("case.measures", lang))
    if active:
        b.table([t("stats.kind", lang), t("case.summary", lang)],
                [[labels("measure_kind", m.kind), _summary_line(m, case, labels, lang)]
                 for m in sorted(active, key=lambda m: m.valid_to or dt.date.max)],
                widths=[0.35, 0.65])
    else:
        b.paragraph(t("case.none", lang))

    timeline = sorted((r for r in case.records if not r.deleted),
                      key=timeline_time,  # the screen's order (core/kinds.py)
                      reverse=True)
    b.section(t("case.timeline", lang))
    if timeline:
        b.table([t("case.when", lang), t("case.what", lang), t("case.summary", lang)],
                [[(fmt_day if kind_of(r).when_is_day else fmt_date)(_moment(r)),
                  labels.form_title(r.form_id, r.form_version),
                  _summary_line(r, case, labels, lang)] for r in timeline],
                widths=[0.18, 0.27, 0.55])
    else:
        b.paragraph(t("case.none", lang))
    b.signatures([SignLine(t("sign.inspector", lang), issuer.name_rank)])
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


__all__ = ["AUDIENCES", "CaseFile", "basis_in_force", "basis_text", "case_summary",
           "case_summary_subject", "check_offender_copy", "default_legal", "incident_report",
           "measure_audiences", "measure_notice", "offenders_met", "order_term",
           "private_details", "protected_persons", "record_day", "referral_letter",
           "role_caption", "visit_act"]

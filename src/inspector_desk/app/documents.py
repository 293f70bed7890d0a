"""Printing and checking documents for an unlocked session (the composition root's glue).

Reads what a document needs through the session's store (read-only), builds it with
``inspector_desk.reports``, records the print in the audit log and returns the PDF bytes.
Nothing is written to disk here: the caller saves the bytes where the user chose.

Documents: ``visit``, ``incident``, ``measure-notice`` (the paper of a measure: by default
the copy served on the offender), ``referral``, ``case-summary`` (by case id or number) and
``statistics`` (by month; with ``by``, every district or inspector of the vault side by
side, as PDF or CSV: :func:`print_statistics_by`).

**For whom.** A record's document may have several renderings, one per signatory or
recipient: :func:`renderings` lists them (audience, person, caption) for the "for whom"
choice, and ``print_record(..., audience=..., person_id=...)`` prints one. Without an
audience each document prints as before: the visit act and the incident report for the case
file, the measure's paper for the offender, a referral for the person referred
(:func:`default_rendering`: the first of :func:`renderings`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.kinds import documents as kind_documents
from inspector_desk.core.kinds import form_kinds, record_documents
from inspector_desk.core.records import (
    FamilyCase,
    FormRecord,
    Incident,
    Measure,
    Participant,
    Person,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.core.statistics import (
    GROUPINGS,
    GroupFigures,
    Month,
    MonthlyStatistics,
    csv_text,
    monthly_statistics,
    statistics_by as _statistics_by,
)
from inspector_desk.reports import documents as report_documents
from inspector_desk.reports.documents import (
    CaseFile,
    case_summary,
    case_summary_subject,
    measure_audiences,
    offenders_met,
    protected_persons,
    record_day,
)
from inspector_desk.reports.layout import Issuer
from inspector_desk.reports.qr import (
    DocumentPayload,
    VerifyResult,
    payloads_in_pdf,
    verify_document,
)
from inspector_desk.reports.statistics import (
    StatisticsSummary,
    statistics_report,
    statistics_summary_report,
)

RECORD_DOCUMENTS = {d.name: (k.cls, getattr(report_documents, d.render))
                    for k, d in record_documents()}
"""Document -> (the record class it is printed from, its renderer): core/kinds.py."""
DOCUMENTS = (*RECORD_DOCUMENTS, "case-summary", "statistics")
TIMELINE = tuple(k.cls for k in form_kinds())  # the kinds of a case's timeline


def _now(session: Any) -> dt.datetime:
    """The program's clock, to the second (the check code carries seconds)."""
    return session.clock.now().replace(microsecond=0)


def issuer(session: Any, printed_at: dt.datetime | None = None) -> Issuer:
    """Who prints. ``rank``, ``unit_kk`` and ``unit_en`` are read when the profile holds
    them (InspectorInfo fields; older profiles have none)."""
    info = session.inspector
    return Issuer(unit=info.unit, name=info.name, login=info.login, signer=session.signing_key,
                  printed_at=printed_at or _now(session),
                  rank=str(getattr(info, "rank", "") or ""),
                  unit_kk=str(getattr(info, "unit_kk", "") or ""),
                  unit_en=str(getattr(info, "unit_en", "") or ""))


def legal(session: Any) -> Any:
    """The legal reference of the session's rules (None: the shipped one)."""
    return getattr(session.services.rules, "legal", None)


@dataclass(frozen=True)
class Rendering:
    """One "for whom" choice of a document: the audience, the recipient (a person id, or
    empty), and a caption for the screen (the person's name, or empty)."""

    audience: str
    person_id: str = ""
    name: str = ""


def renderings(session: Any, document: str, record_id: str) -> list[Rendering]:
    """The renderings a record's document has, the default first."""
    if document not in RECORD_DOCUMENTS:
        raise ValidationError({"document": ["unknown_value"]})
    cls, _ = RECORD_DOCUMENTS[document]
    record = session.store.get(cls, record_id)
    case = case_file(session, record.case_id)
    names = case.names()
    if isinstance(record, Visit):
        return [Rendering("internal"), *(Rendering("offender", p, names.get(p, ""))
                                         for p in offenders_met(record, case))]
    if isinstance(record, Measure):
        out = [Rendering("offender", record.person_id, names.get(record.person_id, ""))]
        if "protected" in measure_audiences(record):
            out += [Rendering("protected", p, names.get(p, "")) for p in protected_persons(record)]
        return [*out, Rendering("internal")]
    if isinstance(record, Referral):
        offender = any(part.person_id == record.person_id and part.role == "offender"
                       for part, _ in case.participants)
        return [Rendering("offender" if offender else "internal", record.person_id,
                          names.get(record.person_id, ""))]
    return [Rendering("internal")]


def default_rendering(choices: list[Rendering]) -> Rendering | None:
    """The rendering a screen preselects: the document's own default, which
    :func:`renderings` lists first (the case file's copy of a visit act or incident report,
    the paper served on the offender for a measure, the referred person's referral). Never
    the case file's copy of a measure: that one holds the victim-only fields, and a paper
    printed without looking must be one that can be handed over."""
    return choices[0] if choices else None


def case_file(session: Any, case_id: str, with_due: bool = False) -> CaseFile:
    """The case, its participants with their persons and its timeline records."""
    store = session.store
    case = store.get(FamilyCase, case_id)
    participants = [(p, store.get(Person, p.person_id))
                    for p in store.find(Participant, case_id=case_id)]
    records: list[FormRecord] = []
    for cls in TIMELINE:
        records.extend(store.find(cls, case_id=case_id))
    due = None
    if with_due:
        found = session.services.rules.next_due(
            case, [r for r in records if isinstance(r, Visit)],
            [r for r in records if isinstance(r, Incident)],
            [r for r in records if isinstance(r, Measure)])
        due = (found.at, found.reason) if found else None
    return CaseFile(case, participants, records, due)


def _find_case(session: Any, ref: str) -> FamilyCase:
    store = session.store
    try:
        case = store.get(FamilyCase, ref)
    except NotFound:
        case = session.services.cases.find_case_by_number(ref)
    if case.deleted:
        raise NotFound("the case was deleted", kind="case", id=case.id)
    return case


def _audit(session: Any, kind: str, record_id: str, document: str, lang: str, pdf: bytes,
           audience: str | None = None) -> None:
    codes = payloads_in_pdf(pdf)
    code = DocumentPayload.parse(codes[0]) if codes else None
    detail = f"{document} {lang}" + (f" v{code.version} {code.digest[:12]}" if code else "")
    if audience:
        detail += f" for {audience}"  # an audience name, never a person
    session.services.records.record_printed(kind, record_id, detail)


def print_record(session: Any, document: str, record_id: str, lang: str = "ru",
                 audience: str | None = None, person_id: str | None = None) -> bytes:
    """A visit act, incident report, measure's paper or referral letter, for ``audience``
    (see :func:`renderings`; None: the document's default) and, for a protected person's
    notice, ``person_id``."""
    if document not in RECORD_DOCUMENTS:
        raise ValidationError({"document": ["unknown_value"]})
    cls, render = RECORD_DOCUMENTS[document]
    record = session.store.get(cls, record_id)
    if record.deleted:
        raise NotFound("the record was deleted", kind=cls.KIND, id=record_id)
    options: dict[str, Any] = {"legal": legal(session)}
    if audience is not None:
        options["audience"] = audience
    if person_id and document == "measure-notice":
        options["person_id"] = person_id
    pdf = render(record, case_file(session, record.case_id), session.forms.registry,
                 issuer(session), lang, **options)
    _audit(session, cls.KIND, record.id, document, lang, pdf, audience)
    return pdf


def print_case_summary(session: Any, case_ref: str, lang: str = "ru") -> bytes:
    """The case summary, by case id or case number."""
    case = _find_case(session, case_ref)
    pdf = case_summary(case_file(session, case.id, with_due=True), session.forms.registry,
                       issuer(session), lang)
    _audit(session, "case", case.id, "case-summary", lang, pdf)
    return pdf


def statistics(session: Any, month: Month | str, inspector: str | None = "",
               now: dt.datetime | None = None) -> MonthlyStatistics:
    """The month's figures for ``inspector`` (default: the session's; ``None``: all cases
    of this vault), at ``now`` (default: the clock)."""
    login = session.inspector.login if inspector == "" else inspector
    store = session.store
    cases = store.find(FamilyCase, inspector=login) if login else store.find(FamilyCase)
    ids = [c.id for c in cases]
    lists = {cls: store.find_for_cases(cls, ids) for cls in TIMELINE}
    participants = store.find_for_cases(Participant, ids)
    persons = [store.get(Person, pid) for pid in sorted({p.person_id for p in participants})]
    return monthly_statistics(
        month, now=now or _now(session), cases=cases, visits=lists[Visit],
        incidents=lists[Incident], measures=lists[Measure], referrals=lists[Referral],
        risks=lists[RiskAssessment], inspector=login, rules=session.services.rules,
        participants=participants, persons=persons)


def print_statistics(session: Any, month: Month | str, lang: str = "ru",
                     inspector: str | None = "") -> bytes:
    now = _now(session)
    stats = statistics(session, month, inspector, now)
    pdf = statistics_report(stats, session.forms.registry, issuer(session, now), lang)
    _audit(session, "statistics", stats.record_id, "statistics", lang, pdf)
    return pdf


def statistics_by(session: Any, month: Month | str, by: str,
                  now: dt.datetime | None = None) -> list[GroupFigures]:
    """The month's figures of every case in this vault, per district or per inspector
    (``core.statistics.statistics_by``, as headquarters' ``report --by``), then ``*``."""
    if by not in GROUPINGS:
        raise ValidationError({"by": ["unknown_value"]}, allowed=list(GROUPINGS))
    store = session.store
    cases = store.find(FamilyCase)
    ids = [c.id for c in cases]
    lists = {cls: store.find_for_cases(cls, ids) for cls in TIMELINE}
    participants = store.find_for_cases(Participant, ids)
    persons = [store.get(Person, pid) for pid in sorted({p.person_id for p in participants})]
    return _statistics_by(by, month, now=now or _now(session), cases=cases,
                          rules=session.services.rules, visits=lists[Visit],
                          incidents=lists[Incident], measures=lists[Measure],
                          referrals=lists[Referral], risks=lists[RiskAssessment],
                          participants=participants, persons=persons)


def print_statistics_by(session: Any, month: Month | str, by: str, lang: str = "ru",
                        fmt: str = "pdf") -> bytes:
    """Every group's figures side by side (``fmt="pdf"``: the signed summary page HQ also
    prints) or as CSV (``fmt="csv"``: the columns of HQ's ``report``, UTF-8 with a BOM)."""
    if fmt not in ("pdf", "csv"):
        raise ValidationError({"format": ["unknown_value"]}, allowed=["pdf", "csv"])
    now = _now(session)
    month = Month.parse(month) if isinstance(month, str) else month
    groups = statistics_by(session, month, by, now)
    record_id = StatisticsSummary(groups, by, str(month)).record_id
    if fmt == "csv":
        data = csv_text(groups, by, month).encode("utf-8-sig")
        session.services.records.record_printed("statistics", record_id, f"statistics-by csv {by}")
        return data
    pdf = statistics_summary_report(groups, by, issuer(session, now), lang)
    _audit(session, "statistics", record_id, "statistics", lang, pdf)
    return pdf


def print_document(session: Any, document: str, ref: str | None = None, lang: str = "ru",
                   month: str | None = None, audience: str | None = None,
                   person_id: str | None = None, by: str | None = None) -> bytes:
    """One entry for every document (the command line and the screens use it)."""
    if document == "statistics":
        month = month or str(Month.of(_now(session)))
        if by:
            return print_statistics_by(session, month, by, lang)
        return print_statistics(session, month, lang)
    if not ref:
        raise ValidationError({"id": ["required"]})
    if document == "case-summary":
        return print_case_summary(session, ref, lang)
    return print_record(session, document, ref, lang, audience, person_id)


# --- the name a saved copy gets ---------------------------------------------------------------

_FILE_STEMS = {  # Latin letters (Russian words transliterated): any disk, any mail system
    **{d.name: d.file_stem for _k, d in kind_documents() if d.file_stem},  # core/kinds.py
    "statistics": "statistika",
}
_MEASURE_STEMS = {
    "protective_order": "zashchitnoe-predpisanie",
    "special_requirements": "osobye-trebovaniya",
    "official_warning": "predosterezhenie",
    "admin_detention": "protokol-zaderzhaniya",
    "preventive_register": "uvedomlenie-o-mere",
}
_AUDIENCE_TAILS = {"internal": "dlya-dela", "offender": "dlya-vrucheniya",
                   "protected": "dlya-zashchishchaemogo"}


def _safe(text: str) -> str:
    out = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in text)
    return "-".join(part for part in out.split("-") if part)


def file_name(session: Any, document: str, ref: str | None = None,
              audience: str | None = None, month: str | None = None) -> str:
    """The name a saved PDF is offered under: what the paper is, the case number and the
    date, e.g. ``akt-poseshcheniya-K7QM-2026-0001-2026-11-20.pdf``. Never a person's name
    (a file name shows in folder listings, mail and backups): whose copy it is goes in as a
    role (``dlya-vrucheniya``: the copy handed over), never as a name. The date is the
    record's own day on the unit's clock (today for a summary)."""
    today = _now(session).date()
    if document == "statistics":
        return f"{_FILE_STEMS['statistics']}-{_safe(month or str(Month.of(_now(session))))}.pdf"
    stem = _FILE_STEMS.get(document, "dokument")
    case_no, day = "", today
    if document in RECORD_DOCUMENTS and ref:
        record = session.store.get(RECORD_DOCUMENTS[document][0], ref)
        if isinstance(record, Measure):
            stem = _MEASURE_STEMS.get(record.kind, "uvedomlenie-o-mere")
        case_no = session.store.get(FamilyCase, record.case_id).case_no
        day = record_day(record) or today
    elif document == "case-summary" and ref:
        case_no = _find_case(session, ref).case_no
    parts = [stem, _safe(case_no), day.isoformat()]
    if audience in _AUDIENCE_TAILS and document in ("measure-notice", "visit"):
        parts.append(_AUDIENCE_TAILS[audience])
    return "-".join(p for p in parts if p) + ".pdf"


def _subject(session: Any, payload: DocumentPayload) -> Any:
    """The current state of what a document was printed from, or None if it is gone."""
    store = session.store
    try:
        if payload.document in RECORD_DOCUMENTS:
            return store.get(RECORD_DOCUMENTS[payload.document][0], payload.record_id)
        if payload.document == "case-summary":
            return case_summary_subject(case_file(session, payload.record_id))
    except NotFound:
        return None
    # statistics: recompute the figures as they stood when printed
    if payload.record_id.startswith("stats-by:"):
        _, by, month = payload.record_id.split(":", 2)
        return StatisticsSummary(statistics_by(session, month, by, now=payload.printed_moment),
                                 by, month)
    _, login, month = payload.record_id.split(":", 2)
    return statistics(session, month, None if login == "*" else unquote(login),
                      now=payload.printed_moment)


def verify(session: Any, payload_or_pdf: str | bytes) -> VerifyResult:
    """Check a document against this device's key and the record as it is now."""
    public = session.signing_key.public_bytes()
    first = verify_document(payload_or_pdf, public)
    if not first.signature_valid or first.payload is None:
        return first
    subject = _subject(session, first.payload)
    if subject is None:
        return VerifyResult("record_missing", True, False, first.payload)
    return verify_document(payload_or_pdf, public, subject)


__all__ = ["DOCUMENTS", "RECORD_DOCUMENTS", "Rendering", "case_file", "default_rendering",
           "file_name", "issuer", "legal", "print_case_summary", "print_document", "print_record",
           "print_statistics", "print_statistics_by", "renderings", "statistics",
           "statistics_by", "verify"]

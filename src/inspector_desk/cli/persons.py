"""``person add | show | edit | remove`` and ``participant remove``: persons and their roles."""

from __future__ import annotations

from inspector_desk.cli.common import (
    Commands, Context, LazyChoices, UsageError, date_arg, reason, wants_json, with_session,
)


def _links_text(links) -> str:
    return ", ".join(f"{link.case_no} ({link.role})" for link in links) or "-"


def _removal_reason(ctx: Context) -> str:
    from inspector_desk.core.services.people import REMOVAL_REASONS

    return reason(ctx, REMOVAL_REASONS, "removal.")


def _correction_reason(ctx: Context) -> str:
    from inspector_desk.core.services.people import CORRECTION_REASONS

    return reason(ctx, CORRECTION_REASONS, "correction.")


@with_session
def cmd_person_add(ctx: Context, session) -> int:
    from inspector_desk.core.services import PersonInput

    a = ctx.args
    svc = session.services
    case = svc.cases.find_case_by_number(a.case)
    data = PersonInput(last_name=a.last_name, first_name=a.first_name, patronymic=a.patronymic,
                       iin=a.iin, birth_date=a.birth_date, sex=a.sex, phones=a.phone or [],
                       address=a.address, safe_contact=a.safe_contact)
    person_id = svc.people.add_person_to_case(case.id, data, a.role, a.relation, a.cohabiting).created
    ctx.say(ctx.t("label.added_person", case_no=case.case_no, person_id=person_id))
    return 0


PERSON_KEYS = ("id", "last_name", "first_name", "patronymic", "iin", "birth_date", "sex",
               "phones", "address", "safe_contact", "version")


@with_session
def cmd_person_show(ctx: Context, session) -> int:
    """One person opened: one "view" entry in the audit log."""
    svc = session.services
    person = svc.people.get_person(svc.people.find_person(ctx.args.person).id)
    links = svc.people.person_links(person.id)
    if wants_json(ctx):
        data = {k: getattr(person, k) for k in PERSON_KEYS}
        data["cases"] = [{"case_id": link.case_id, "case_no": link.case_no, "role": link.role,
                          "participant_id": link.participant_id} for link in links]
        ctx.say_json(data)
        return 0
    for label, value in (("id", person.id), ("last_name", person.last_name),
                         ("first_name", person.first_name), ("patronymic", person.patronymic),
                         ("iin", person.iin or ""),
                         ("birth_date", person.birth_date.isoformat() if person.birth_date else ""),
                         ("sex", person.sex or ""), ("phone", ", ".join(person.phones)),
                         ("address", person.address), ("safe_contact", person.safe_contact)):
        ctx.say(f"{label}: {value}")
    ctx.say(f"{ctx.t('label.person_cases')}: {_links_text(links)}")
    return 0


PERSON_FIELDS = ("last_name", "first_name", "patronymic", "iin", "birth_date", "sex", "phone",
                 "address", "safe_contact", "notes")


def _edit_checks(ctx: Context) -> None:
    _correction_reason(ctx)
    if not any(getattr(ctx.args, f) is not None for f in PERSON_FIELDS):
        raise UsageError("usage.person_edit_nothing")


@with_session(first=_edit_checks)
def cmd_person_edit(ctx: Context, session) -> int:
    """Correct a person: only the fields given change (an empty value empties the field)."""
    from inspector_desk.core.services import PersonInput

    a = ctx.args
    svc = session.services
    person = svc.people.find_person(a.person)
    why = _correction_reason(ctx)
    given = {f: getattr(a, f) for f in PERSON_FIELDS if getattr(a, f) is not None}
    data = PersonInput(last_name=person.last_name, first_name=person.first_name,
                       patronymic=person.patronymic, iin=person.iin, birth_date=person.birth_date,
                       sex=person.sex, phones=list(person.phones), address=person.address,
                       safe_contact=person.safe_contact, vulnerabilities=list(person.vulnerabilities),
                       risk_flags=list(person.risk_flags), notes=person.notes)
    for name, value in given.items():
        if name == "phone":
            data.phones = [p for p in value if p.strip()]
        elif name == "iin":
            data.iin = value or None
            if "birth_date" not in given:
                data.birth_date = None  # taken from the new ИИН
            if "sex" not in given:
                data.sex = None
        elif name == "birth_date":
            data.birth_date = value or None
        elif name == "sex":
            data.sex = value or None
        else:
            setattr(data, name, value)
    svc.people.update_person(person.id, data, expected_version=person.version, reason=why, note=a.note)
    cases = ", ".join(sorted({link.case_no for link in svc.people.person_links(person.id)}))
    ctx.say(ctx.t("label.person_corrected", person_id=person.id, cases=cases or "-"))
    return 0


@with_session(first=_removal_reason)
def cmd_person_remove(ctx: Context, session) -> int:
    """Out of one case (--case: the person stays in their other cases) or out of all."""
    a = ctx.args
    svc = session.services
    person = svc.people.find_person(a.person)
    why = _removal_reason(ctx)
    case = svc.cases.find_case_by_number(a.case) if a.case else None
    svc.people.remove_person(person.id, why, a.note, case_id=case.id if case else None)
    if case is not None:
        ctx.say(ctx.t("label.person_removed_from_case", person_id=person.id, case_no=case.case_no,
                      cases=_links_text(svc.people.person_links(person.id))))
    else:
        ctx.say(ctx.t("label.person_removed", person_id=person.id))
    return 0


@with_session(first=_removal_reason)
def cmd_participant_remove(ctx: Context, session) -> int:
    """One role of a person in one case; with --role when they have several there."""
    a = ctx.args
    svc = session.services
    person = svc.people.find_person(a.person)
    case = svc.cases.find_case_by_number(a.case)
    why = _removal_reason(ctx)
    roles = [link for link in svc.people.person_links(person.id) if link.case_id == case.id
             and (not a.role or link.role == a.role)]
    if len(roles) != 1:
        raise UsageError("usage.participant_role", roles=", ".join(link.role for link in roles) or "-")
    svc.people.remove_participant(roles[0].participant_id, why, a.note)
    ctx.say(ctx.t("label.person_removed_from_case", person_id=person.id, case_no=case.case_no,
                  cases=_links_text(svc.people.person_links(person.id))))
    return 0


def register(cli: Commands) -> None:
    person = cli.group("person", "persons")
    s = person.add("add", cmd_person_add, "add a person to a case")
    s.add_argument("--case", required=True, help="case number")
    s.add_argument("--role", required=True, help="affected, offender, child, elderly, family_member, witness")
    s.add_argument("--relation", default="")
    s.add_argument("--cohabiting", choices=LazyChoices("inspector_desk.core.records", "COHABITING"),
                   default="", metavar="ANSWER", help="lives together with the affected person: "
                   "%(choices)s (left out: not asked)")
    s.add_argument("--last-name", required=True)
    s.add_argument("--first-name", required=True)
    s.add_argument("--patronymic", default="")
    s.add_argument("--iin")
    s.add_argument("--birth-date", type=date_arg)
    s.add_argument("--sex", choices=("M", "F"))
    s.add_argument("--phone", action="append")
    s.add_argument("--address", default="")
    s.add_argument("--safe-contact", default="")

    s = person.add("show", cmd_person_show, "show a person and the cases they are in", json=True)
    s.add_argument("person", help="the person's id or IIN")
    s = person.add("edit", cmd_person_edit, "correct a person: only the fields given change")
    s.add_argument("person", help="the person's id or IIN")
    s.add_argument("--reason", metavar="REASON", help="typing_error, documents_checked, "
                   "new_information, other (other needs --note); without it the reasons are listed")
    s.add_argument("--note", default="")
    for name in PERSON_FIELDS:
        if name == "phone":
            s.add_argument("--phone", action="append", help="repeat for several; replaces the phones")
        elif name == "sex":
            s.add_argument("--sex", choices=("M", "F", ""))
        elif name == "birth_date":
            s.add_argument("--birth-date", dest=name, type=lambda v: date_arg(v) if v else "")
        else:
            s.add_argument("--" + name.replace("_", "-"), dest=name)
    s = person.add("remove", cmd_person_remove, "remove a person from a case (--case) or from all")
    s.add_argument("person", help="the person's id or IIN")
    s.add_argument("--case", help="case number: only from this case; their other cases keep them")
    s.add_argument("--reason", metavar="REASON", help="entered_by_mistake, duplicate, "
                   "not_part_of_case, other (other needs --note); without it the reasons are listed")
    s.add_argument("--note", default="")

    participant = cli.group("participant", "a person's role in a case")
    s = participant.add("remove", cmd_participant_remove, "take one role of a person out of a case")
    s.add_argument("--case", required=True, help="case number")
    s.add_argument("--person", required=True, help="the person's id or IIN")
    s.add_argument("--role", help="when the person has several roles in the case")
    s.add_argument("--reason", metavar="REASON", help="entered_by_mistake, duplicate, "
                   "not_part_of_case, other; without it the reasons are listed")
    s.add_argument("--note", default="")

"""A realistic synthetic vault: for tests, benchmarks, screenshots and training.

Households in Astana's districts, with Kazakh and Russian names, ИИНs with valid check
digits, Kazakh mobile numbers, and histories of incidents, visits, measures, referrals and
risk assessments, all written through the same services as real work (so the change log,
the audit log, search and the due list are filled exactly as in the field). Every name is
invented; any likeness to a real person is chance.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, Callable

from inspector_desk.app.session import Session
from inspector_desk.core.iin import make_iin
from inspector_desk.core.services import DeskService, PersonInput

DISTRICTS = ("Алматы", "Есиль", "Сарыарка", "Байконур", "Нура")
STREETS = (
    "пр. Абая", "ул. Кенесары", "пр. Республики", "ул. Бейбітшілік", "пр. Мәңгілік Ел",
    "ул. Сығанақ", "ул. Қабанбай батыр", "пр. Тұран", "ул. Сарайшық", "ул. Ақмешіт",
    "ул. Достық", "ул. Иманова", "ул. Потанина", "ул. Ауэзова", "ул. Сейфуллина",
    "ул. Бөгенбай батыр", "ул. Кошкарбаева", "пр. Шәкәрім Құдайбердіұлы", "ул. Әлихан Бөкейхан",
    "пр. Ұлы Дала", "ул. Орынбор", "ул. Жұбанов", "ул. Күйші Дина", "ул. Петрова",
)
KZ_SURNAMES = (
    "Ахметов", "Жумабаев", "Серікбаев", "Нұрланов", "Қасымов", "Оспанов", "Төлегенов",
    "Абдрахманов", "Бекмұханбетов", "Есенов", "Садықов", "Ысқақов", "Сүлейменов",
    "Кенжебаев", "Омаров", "Байжанов", "Әбілов", "Өтебаев", "Жақсылықов", "Үсенов",
    "Ғабитов", "Құдайбергенов", "Мұқанов", "Шәріпов", "Тоқаев", "Әлімжанов", "Иманғалиев",
)
RU_SURNAMES = ("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
               "Морозов", "Волков", "Лебедев", "Ефимов", "Фёдоров")
GENDERLESS = ("Ким", "Пак", "Ли", "Цой")
KZ_MALE = ("Нұрлан", "Ерлан", "Асхат", "Бауыржан", "Дәурен", "Ержан", "Қайрат", "Серік",
           "Талғат", "Әлихан", "Мұрат", "Айдос", "Ернар", "Жандос", "Ғалым", "Болат", "Арман")
KZ_FEMALE = ("Айгүл", "Әсел", "Гүлнар", "Жанар", "Мәдина", "Динара", "Айжан", "Ақмарал",
             "Сәуле", "Назерке", "Ұлжан", "Гүлмира", "Қарлығаш", "Інкәр", "Аружан", "Томирис")
RU_MALE = ("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Игорь", "Виктор", "Николай")
RU_FEMALE = ("Елена", "Ольга", "Наталья", "Татьяна", "Светлана", "Ирина", "Анна", "Алёна")
SOURCES = ("102", "102", "102", "111", "111", "statement", "social_networks", "school", "medical", "patrol")


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.serial = 0

    def person(self, sex: str, born: dt.date, surname_root: str | None = None,
               kazakh: bool = True) -> PersonInput:
        rng = self.rng
        root = surname_root or rng.choice(KZ_SURNAMES if kazakh else RU_SURNAMES)
        last = root if root in GENDERLESS else (root + "а" if sex == "F" else root)
        first = rng.choice((KZ_FEMALE if sex == "F" else KZ_MALE) if kazakh else
                           (RU_FEMALE if sex == "F" else RU_MALE))
        father = rng.choice(KZ_MALE if kazakh else RU_MALE)
        if kazakh and rng.random() < 0.4:
            patronymic = father + ("қызы" if sex == "F" else "ұлы")
        else:
            patronymic = _ru_patronymic(father, sex)
        self.serial += 1
        iin = make_iin(born, sex, self.serial) if rng.random() < 0.92 else None
        phones = [] if born.year > 2012 else [
            f"+7 7{rng.choice('0157')}{rng.randint(0, 9)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"]
        return PersonInput(last_name=last, first_name=first, patronymic=patronymic, iin=iin,
                           birth_date=born, sex=sex, phones=phones)


def _ru_patronymic(father: str, sex: str) -> str:
    stem = father[:-1] if father[-1] in "йь" else father
    if father.endswith(("й", "ь")):
        return stem + ("евна" if sex == "F" else "евич")
    return stem + ("овна" if sex == "F" else "ович")


def _born(rng: random.Random, today: dt.date, low: int, high: int) -> dt.date:
    return today - dt.timedelta(days=rng.randint(low * 365, high * 365))


def generate(session: Session, households: int, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             answers: "DemoAnswers | None" = None) -> dict[str, int]:
    """Write ``households`` synthetic family cases through the services."""
    rng = random.Random(seed)
    svc = session.services
    names = _Names(rng)
    answers = answers or DemoAnswers(rng)
    today = svc.clock.now().date()
    stats = {"households": 0, "persons": 0, "visits": 0}
    for n in range(households):
        with session.store.transaction():
            _household(svc, rng, names, answers, today, stats)
        stats["households"] += 1
        if progress and n % 100 == 0:
            progress(n, households)
    return stats


def _household(svc: DeskService, rng: random.Random, names: _Names, answers: "DemoAnswers",
               today: dt.date, stats: dict[str, int]) -> None:
    now = svc.clock.now()
    kazakh = rng.random() < 0.75
    family = rng.choice(KZ_SURNAMES if kazakh else RU_SURNAMES + GENDERLESS)
    district = rng.choice(DISTRICTS)
    address = (f"г. Астана, {rng.choice(STREETS)}, д. {rng.randint(1, 120)}"
               + (f", кв. {rng.randint(1, 300)}" if rng.random() < 0.8 else ""))
    opened = now - dt.timedelta(days=rng.randint(1, 700), hours=rng.randint(0, 23))
    case_id = svc.open_case(address=address, district=district, source=rng.choice(SOURCES),
                            beat=f"{rng.randint(1, 40)}", opened_at=opened).created

    def add(person: PersonInput, role: str, relation: str) -> str:
        person.address = address if rng.random() < 0.9 else ""
        pid = svc.add_person(person).created
        svc.add_participant(case_id, pid, role, relation)
        stats["persons"] += 1
        return pid

    # Who is the affected person: women most often, but since 2025 every family member.
    shape = rng.random()
    if shape < 0.6:
        affected = add(names.person("F", _born(rng, today, 20, 55), family, kazakh), "affected", "self")
        offender = add(names.person("M", _born(rng, today, 22, 60), family, kazakh), "offender",
                       rng.choice(("spouse", "spouse", "former_spouse", "cohabitant")))
    elif shape < 0.75:
        affected = add(names.person("F", _born(rng, today, 62, 85), family, kazakh), "affected", "self")
        offender = add(names.person("M", _born(rng, today, 25, 45), family, kazakh), "offender", "child")
    elif shape < 0.88:
        affected = add(names.person("M", _born(rng, today, 25, 60), family, kazakh), "affected", "self")
        offender = add(names.person("F", _born(rng, today, 22, 58), family, kazakh), "offender",
                       rng.choice(("spouse", "former_spouse")))
    else:
        affected = add(names.person(rng.choice("MF"), _born(rng, today, 8, 16), family, kazakh),
                       "affected", "self")
        offender = add(names.person("M", _born(rng, today, 30, 55), family, kazakh), "offender", "parent")
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        add(names.person(rng.choice("MF"), _born(rng, today, 1, 15), family, kazakh), "child", "child")
    if rng.random() < 0.1:
        add(names.person("F", _born(rng, today, 65, 88), family, kazakh), "elderly", "parent")

    persons = [affected, offender]
    # History: incidents, a risk assessment, measures, referrals, visits.
    t = opened
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        occurred = t + dt.timedelta(days=rng.randint(0, 30), hours=rng.randint(0, 20))
        if occurred > now:
            break
        reported = min(occurred + dt.timedelta(minutes=rng.randint(10, 600)), now)
        kinds = answers.violence_kinds()
        svc.record_incident(case_id, occurred_at=occurred, reported_at=reported,
                            channel=rng.choice(SOURCES[:6]), violence_types=kinds,
                            answers=answers.incident(occurred, reported, kinds))
        t = reported
    if rng.random() < 0.55:
        svc.assess_risk(case_id, respondent_id=affected, answers=answers.risk(),
                        assessed_at=min(t + dt.timedelta(hours=2), now))
    if rng.random() < 0.5:
        issued = min(t + dt.timedelta(hours=3), now)
        svc.issue_measure(case_id, person_id=offender, kind="protective_order", issued_at=issued,
                          restrictions=["contact"], answers=answers.measure("protective_order", issued))
    if rng.random() < 0.08:
        issued = min(t + dt.timedelta(days=10), now)
        svc.issue_measure(case_id, person_id=offender, kind="special_requirements", issued_at=issued,
                          valid_to=issued.date() + dt.timedelta(days=rng.choice((90, 180, 365))),
                          court="Специализированный межрайонный суд по административным делам г. Астаны",
                          court_decision_date=issued.date(), checkins_per_month=rng.randint(1, 4),
                          restrictions=["contact", "weapons"],
                          answers=answers.measure("special_requirements", issued))
    if rng.random() < 0.4:
        svc.refer(case_id, person_id=affected, service=rng.choice(
            ("crisis_centre", "family_support_centre", "psychologist", "legal_aid", "medical")),
            consent=True, referred_at=min(t + dt.timedelta(days=1), now), answers=answers.referral())
    visit_at = opened + dt.timedelta(days=1)
    for _ in range(rng.choice((2, 3, 4, 5, 5, 6, 7, 8))):
        visit_at += dt.timedelta(days=rng.randint(5, 40), hours=rng.randint(0, 8))
        if visit_at > now:
            break
        svc.record_visit(case_id, visit_at=visit_at, visit_type=rng.choice(("planned", "planned", "unplanned", "signal", "joint")),
                         answers=answers.visit(visit_at, persons))
        stats["visits"] += 1
    if rng.random() < 0.12:
        svc.close_case(case_id, "measures_expired_no_incidents")


class DemoAnswers:
    """Answers to the shipped forms (forms/*.yaml), varied but always valid."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def violence_kinds(self) -> list[str]:
        kinds = ["physical", "psychological", "sexual", "economic"]
        weights = [0.6, 0.8, 0.05, 0.2]
        chosen = [k for k, w in zip(kinds, weights) if self.rng.random() < w]
        return chosen or ["psychological"]

    def visit(self, at: dt.datetime, persons: list[str]) -> dict[str, Any]:
        return {}

    def incident(self, occurred: dt.datetime, reported: dt.datetime, kinds: list[str]) -> dict[str, Any]:
        return {}

    def risk(self) -> dict[str, Any]:
        return {}

    def measure(self, kind: str, issued: dt.datetime) -> dict[str, Any]:
        return {}

    def referral(self) -> dict[str, Any]:
        return {}

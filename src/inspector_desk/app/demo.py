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
        self.used: set[str] = set()

    def iin(self, born: dt.date, sex: str) -> str:
        """A valid IIN no other demo person has (serials wrap at 10,000 per birth date)."""
        while True:
            self.serial += 1
            iin = make_iin(born, sex, self.serial % 10000)
            if iin not in self.used:
                self.used.add(iin)
                return iin

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
        iin = self.iin(born, sex) if rng.random() < 0.92 else None
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
    case_id = svc.cases.open_case(address=address, district=district, source=rng.choice(SOURCES),
                            beat=f"{rng.randint(1, 40)}", opened_at=opened).created

    def add(person: PersonInput, role: str, relation: str) -> str:
        person.address = address if rng.random() < 0.9 else ""
        pid = svc.people.add_person(person).created
        svc.people.add_participant(case_id, pid, role, relation)
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
    children = [add(names.person(rng.choice("MF"), _born(rng, today, 1, 15), family, kazakh),
                    "child", "child") for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))]
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
        svc.records.record_incident(case_id, answers.incident(occurred, reported, answers.violence_kinds(),
                                                      address))
        t = reported
    if rng.random() < 0.85:
        svc.records.assess_risk(case_id, answers.risk(min(t + dt.timedelta(hours=2), now), affected))
    if rng.random() < 0.5:
        issued = min(t + dt.timedelta(hours=3), now)
        svc.records.issue_measure(case_id, answers.measure("protective_order", issued, offender,
                                                   [affected, *children]))
    if rng.random() < 0.08:
        issued = min(t + dt.timedelta(days=10), now)
        until = issued.date() + dt.timedelta(days=rng.choice((90, 180, 365)))
        svc.records.issue_measure(case_id, answers.measure("special_requirements", issued, offender,
                                                   [affected, *children], until, rng.randint(1, 4)))
    if rng.random() < 0.4:
        svc.records.refer(case_id, answers.referral(min(t + dt.timedelta(days=1), now), affected, rng.choice(
            ("crisis_centre", "family_support_centre", "psychologist", "legal_aid", "medical"))))
    # Visits spread over the life of the case, the last one a few days to weeks ago; a few
    # cases fall behind, as they do in the field.
    n_visits = rng.choice((2, 3, 4, 5, 5, 6, 7, 8))
    last = now - dt.timedelta(days=rng.choice((1, 3, 5, 8, 12, 20, 45)), hours=rng.randint(0, 8))
    span = last - opened
    if span > dt.timedelta(days=1):
        for i in range(n_visits):
            visit_at = opened + span * (i + 1) / n_visits
            svc.records.record_visit(case_id, answers.visit(visit_at, persons, address))
            stats["visits"] += 1
    if rng.random() < 0.12:
        svc.cases.close_case(case_id, "measures_expired_no_incidents")


RISK_QUESTIONS = (
    "q01_injured", "q02_very_frightened", "q03_afraid_of_harm", "q04_isolated", "q05_depressed",
    "q06_separation", "q07_child_contact", "q08_stalking", "q09_pregnant_or_baby",
    "q10_other_children", "q11_hurt_children", "q12_threatened_children", "q13_more_often",
    "q14_getting_worse", "q15_controlling", "q16_weapons", "q17_threat_to_kill",
    "q18_strangulation", "q19_sexual_abuse", "q20_other_threatening", "q21_hurt_others",
    "q22_animals", "q23_money", "q24_substances", "q25_offender_suicide", "q26_breached_orders",
    "q27_police_history",
)
NARRATIVES = (
    "Со слов заявительницы, супруг в состоянии опьянения устроил скандал, оскорблял и угрожал.",
    "Сын требовал деньги на спиртное, толкнул мать, повредил имущество.",
    "Бывший супруг преследует, звонит и пишет с угрозами, приходит к месту работы.",
    "Отец ударил несовершеннолетнего сына, со слов соседей — не впервые.",
    "Супруга в ходе ссоры нанесла мужу удар предметом посуды по голове.",
    "Жәбірленушінің айтуынша, күйеуі ұрсып, үйден қуып шығуға қорқытқан.",
)


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


class DemoAnswers:
    """Answers to the newest shipped forms (forms/*.yaml), varied but always valid."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.measure_no = 0

    def violence_kinds(self) -> list[str]:
        kinds = ["physical", "psychological", "sexual", "economic"]
        weights = [0.6, 0.8, 0.05, 0.2]
        chosen = [k for k, w in zip(kinds, weights) if self.rng.random() < w]
        return chosen or ["psychological"]

    def visit(self, at: dt.datetime, persons: list[str], address: str) -> dict[str, Any]:
        rng = self.rng
        children = rng.random() < 0.5
        answers: dict[str, Any] = {
            "visit_at": _local(at),
            "visit_type": rng.choice(("planned", "planned", "unplanned", "signal")),
            "place": "home", "visit_address": address,
            "persons_met": [{"person": pid, "role": role}
                            for pid, role in zip(persons, ("affected", "offender"))],
            "conversation_held": "yes" if persons else "no",
            "intoxication": rng.choice(("no", "no", "no", "yes", "unknown")),
            "children_present": "yes" if children else "no",
            "rights_explained": rng.sample(["victim_rights", "line_111", "line_102",
                                            "crisis_centre"], rng.randint(1, 4)),
            "measure_in_force": "no",
            "risk_reassessed": "no",
            "next_visit": (at.date() + dt.timedelta(days=rng.choice((7, 14, 30)))).isoformat(),
            "home_conditions": rng.choice(("Порядок, конфликтов со слов сторон не было.",
                                           "Обстановка напряжённая, стороны спорят о жилье.",
                                           "Үйде тәртіп, жанжал болмаған.")),
        }
        if persons:
            answers.update(conversation_with=persons[-1], conversation_minutes=rng.randint(15, 60),
                           conversation_online="no", conversation_minor="no")
        if children:
            answers["children_condition"] = rng.choice(("good", "good", "good", "concerns"))
            if answers["children_condition"] == "concerns":
                answers["children_notes"] = "Ребёнок замкнут, со слов матери плохо спит."
        return answers

    def incident(self, occurred: dt.datetime, reported: dt.datetime, kinds: list[str],
                 address: str) -> dict[str, Any]:
        rng = self.rng
        injuries = "physical" in kinds and rng.random() < 0.5
        children = rng.random() < 0.4
        answers: dict[str, Any] = {
            "occurred_at": _local(occurred), "reported_at": _local(reported),
            "channel": rng.choice(("102", "102", "111", "statement")),
            "place_kind": "shared_home", "incident_address": address,
            "narrative": rng.choice(NARRATIVES), "violence_types": kinds,
            "gbvims_type": ("physical_assault" if "physical" in kinds else
                            "denial_of_resources" if "economic" in kinds else "psychological_abuse"),
            "forced_marriage": "no", "injuries": "yes" if injuries else "no",
            "weapon": "no", "strangulation": "no",
            "intoxication": rng.choice(("yes", "no", "unknown")),
            "children_present": "yes" if children else "no",
            "actions": rng.sample(["delivered", "protective_order", "referral"], rng.randint(1, 2)),
            "statement": rng.choice(("given", "given", "refused", "police_initiative")),
            "rights_explained": "yes",
            "admin_protocol": "yes" if rng.random() < 0.6 else "no",
        }
        if answers["admin_protocol"] == "yes":
            answers.update(protocol_no=f"{rng.randint(100000, 999999)}",
                           protocol_article="koap_73",
                           admin_outcome=rng.choice(("arrest", "community_service", "fine",
                                                     "warning", "pending")))
            if answers["admin_outcome"] == "arrest":
                answers["arrest_days"] = rng.randint(3, 15)
        if "sexual" in kinds:
            answers["gbvims_type"] = "sexual_assault"
        if injuries:
            answers.update(injuries_description="Кровоподтёки лица и рук.",
                           medical_help=["ambulance"])
        if children:
            answers.update(children_count=rng.randint(1, 3),
                           children_involvement=rng.choice(("witnessed", "present", "present")))
        return answers

    def risk(self, at: dt.datetime, respondent: str) -> dict[str, Any]:
        yes = set(self.rng.sample(RISK_QUESTIONS, self.rng.choice((2, 5, 8, 11, 12, 15, 18))))
        answers: dict[str, Any] = {"assessed_at": _local(at), "respondent": respondent}
        answers.update({q: "yes" if q in yes else self.rng.choice(("no", "no", "unknown"))
                        for q in RISK_QUESTIONS})
        if "q18_strangulation" in yes and len(yes) < 14:
            answers.update(override_level="high",
                           override_reason="Удушение в анамнезе: профессиональное суждение — высокий риск.")
        return answers

    def measure(self, kind: str, issued: dt.datetime, subject: str, protected: list[str],
                until: dt.date | None = None, checkins: int | None = None) -> dict[str, Any]:
        """A measure under the newest form: the basis in force on the day of issue (the 2009
        law until 01.03.2026, Law 245-VIII from 02.03.2026; court requirements: the КоАП),
        every protected person named, children included."""
        day = issued.date()
        self.measure_no += 1
        order_basis = "law_2025_245" if day >= dt.date(2026, 3, 2) else "law_2009_214"
        answers: dict[str, Any] = {
            "measure_kind": kind, "subject": subject,
            "protected_persons": [{"person": p} for p in protected],
            "legal_basis": order_basis if kind == "protective_order" else "koap",
            "issued_at": day.isoformat(), "valid_from": day.isoformat(),
            "restrictions": ["no_contact"] if kind == "protective_order" else ["no_contact", "no_weapons"],
            "preventive_register": "yes", "consequences_explained": "yes", "status": "active",
        }
        if kind == "protective_order":
            answers.update(document_no=f"ЗП-{day:%y}-{self.measure_no:05d}",
                           issued_by="Старший инспектор ОБСБН", issued_by_rank="капитан полиции",
                           approved_by="Начальник УП Есильского района", approved_by_rank="подполковник полиции",
                           place_issued="г. Астана", issued_time="10:30", served_at=day.isoformat(),
                           protected_notified="yes", protected_notified_at=day.isoformat())
        if kind == "special_requirements":
            answers.update(court_name="Специализированный административный суд г. Астаны",
                           court_decision_no=f"7194-{day:%y}-00-3/{self.measure_no}",
                           court_decision_date=day.isoformat(),
                           valid_to=(until or day).isoformat(), checkins_per_month=checkins)
        return answers

    def referral(self, at: dt.datetime, person: str, service: str) -> dict[str, Any]:
        return {"referred_at": at.date().isoformat(), "person": person, "service": service,
                "referral_kind": "voluntary",
                "consent": "yes", "reason": "Нужна психологическая и правовая помощь.",
                "outcome": "pending"}

"""The fixed wording of printed documents, in Russian, Kazakh and English.

Labels of form fields and of choices come from the form definitions (forms/*.yaml); this
module holds only what belongs to the document itself: titles, header and footer lines,
signature captions, the statistics' row names. A missing Kazakh or English text falls back
to Russian. Kazakh wording was drafted by a non-native speaker and waits for review (like
forms/glossary-kk.yaml); legal facts (article numbers, durations) are deliberately absent.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("ru", "kk", "en")

TEXTS: dict[str, dict[str, str]] = {
    # --- titles ----------------------------------------------------------------------------
    "title.visit": {"ru": "АКТ профилактического посещения", "kk": "Профилактикалық бару АКТІСІ",
                    "en": "RECORD OF A PREVENTIVE HOME VISIT"},
    "title.incident": {"ru": "РАПОРТ о сообщении о бытовом насилии",
                       "kk": "Тұрмыстық зорлық-зомбылық туралы хабарлама бойынша БАЯНАТ",
                       "en": "DOMESTIC VIOLENCE INCIDENT REPORT"},
    "title.measure_notice": {"ru": "УВЕДОМЛЕНИЕ о применении меры защиты",
                             "kk": "Қорғау шарасын қолдану туралы ХАБАРЛАМА",
                             "en": "NOTICE OF A PROTECTIVE MEASURE"},
    "title.order_notice": {"ru": "УВЕДОМЛЕНИЕ о вынесении защитного предписания",
                           "kk": "Қорғау нұсқамасын шығару туралы ХАБАРЛАМА",
                           "en": "NOTICE OF A PROTECTIVE ORDER"},
    "title.referral": {"ru": "НАПРАВЛЕНИЕ в организацию помощи",
                       "kk": "Көмек көрсету ұйымына ЖОЛДАМА", "en": "REFERRAL LETTER"},
    "title.case_summary": {"ru": "СПРАВКА по учётному делу семьи",
                           "kk": "Отбасының есептік ісі бойынша АНЫҚТАМА", "en": "CASE SUMMARY"},
    "title.statistics": {"ru": "Статистика работы инспектора за месяц",
                         "kk": "Инспектор жұмысының айлық статистикасы",
                         "en": "Inspector's monthly statistics"},
    "copy.offender": {"ru": "Экземпляр для лица, в отношении которого применена мера",
                      "kk": "Шара қолданылған адамға арналған дана",
                      "en": "Copy for the person the measure applies to"},
    # --- header and footer -----------------------------------------------------------------
    "header.case_no": {"ru": "Дело №", "kk": "Іс №", "en": "Case No."},
    "header.date": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "header.inspector": {"ru": "Инспектор", "kk": "Инспектор", "en": "Inspector"},
    "header.badge": {"ru": "жетон", "kk": "жетон", "en": "badge"},
    "header.period": {"ru": "Период", "kk": "Кезең", "en": "Period"},
    "footer.page": {"ru": "Стр. {page} из {pages}", "kk": "{page}-бет, барлығы {pages}",
                    "en": "Page {page} of {pages}"},
    "footer.record": {"ru": "Запись {id}, версия {version}. Напечатано {printed}.",
                      "kk": "{id} жазбасы, {version}-нұсқа. Басылған уақыты: {printed}.",
                      "en": "Record {id}, version {version}. Printed {printed}."},
    "footer.check": {"ru": "Подлинность копии проверяется по QR-коду (ключ {key})",
                     "kk": "Көшірменің түпнұсқалығы QR-код арқылы тексеріледі (кілт {key})",
                     "en": "The QR code lets this copy be checked against the record (key {key})"},
    # --- signatures --------------------------------------------------------------------------
    "sign.title": {"ru": "Подписи", "kk": "Қолдар", "en": "Signatures"},
    "sign.signature": {"ru": "подпись", "kk": "қолы", "en": "signature"},
    "sign.name": {"ru": "Ф.И.О.", "kk": "Т.А.Ә.", "en": "name"},
    "sign.date": {"ru": "дата", "kk": "күні", "en": "date"},
    "sign.inspector": {"ru": "Инспектор", "kk": "Инспектор", "en": "Inspector"},
    "sign.person_met": {"ru": "Опрошенное лицо", "kk": "Сұхбат берген адам",
                        "en": "Person met"},
    "sign.applicant": {"ru": "С рапортом ознакомлен(а)", "kk": "Баянатпен таныстым",
                       "en": "Read by the applicant"},
    "sign.refused": {"ru": "Отметка об отказе от подписи (получения)",
                     "kk": "Қол қоюдан (алудан) бас тарту туралы белгі",
                     "en": "Refusal to sign (to accept) noted by"},
    "sign.served_at": {"ru": "Дата и время вручения", "kk": "Табыс етілген күні мен уақыты",
                       "en": "Date and time served"},
    "sign.chief": {"ru": "Руководитель подразделения", "kk": "Бөлімше басшысы",
                   "en": "Head of unit"},
    "sign.consent": {"ru": "С направлением согласен(на)", "kk": "Жолдамаға келісемін",
                     "en": "I agree to this referral"},
    # --- protective measure notice ----------------------------------------------------------
    "notice.to": {"ru": "Кому", "kk": "Кімге", "en": "To"},
    "notice.born": {"ru": "дата рождения", "kk": "туған күні", "en": "born"},
    "notice.iin": {"ru": "ИИН", "kk": "ЖСН", "en": "IIN"},
    "notice.body": {
        "ru": "Настоящим Вы уведомляетесь о применении к Вам меры, указанной ниже. В течение "
              "срока её действия Вам запрещается совершать действия, перечисленные в разделе "
              "«Запреты», в отношении защищаемого лица. Нарушение требований влечёт "
              "ответственность, установленную законодательством Республики Казахстан.",
        "kk": "Осы арқылы Сізге төменде көрсетілген шараның қолданылғаны туралы хабарланады. "
              "Шараның қолданылу мерзімі ішінде қорғалатын адамға қатысты «Тыйымдар» бөлімінде "
              "көрсетілген әрекеттерді жасауға тыйым салынады. Талаптарды бұзу Қазақстан "
              "Республикасының заңнамасында белгіленген жауаптылыққа әкеп соғады.",
        "en": "You are hereby notified of the measure set out below. While it is in force you "
              "must not do, towards the protected person, anything listed under "
              "“Restrictions”. A breach carries the liability set by the law of the Republic "
              "of Kazakhstan.",
    },
    "notice.rights": {
        "ru": "Вы вправе обжаловать применённую меру в установленном законом порядке.",
        "kk": "Сіз қолданылған шараға заңда белгіленген тәртіппен шағымдануға құқылысыз.",
        "en": "You may appeal against this measure in the manner the law provides.",
    },
    # --- referral letter ---------------------------------------------------------------------
    "referral.to": {"ru": "Куда", "kk": "Қайда", "en": "To"},
    "referral.person": {"ru": "Направляется", "kk": "Жолданатын адам", "en": "Person referred"},
    "referral.body": {
        "ru": "Прошу оказать помощь в пределах компетенции организации и сообщить о результате "
              "инспектору, направившему лицо. Лицо дало согласие на направление.",
        "kk": "Ұйымның құзыреті шегінде көмек көрсетуіңізді және нәтижесі туралы жолдама берген "
              "инспекторға хабарлауыңызды сұраймын. Адам жолдамаға келісім берді.",
        "en": "Please give help within your organisation's remit and tell the referring "
              "inspector the outcome. The person has consented to this referral.",
    },
    "referral.contact": {"ru": "Инспектор для связи", "kk": "Байланыс үшін инспектор",
                         "en": "Inspector to contact"},
    # --- case summary -------------------------------------------------------------------------
    "case.details": {"ru": "Сведения о деле", "kk": "Іс туралы мәліметтер", "en": "Case details"},
    "case.status": {"ru": "Состояние", "kk": "Жай-күйі", "en": "Status"},
    "case.risk": {"ru": "Текущий уровень риска", "kk": "Ағымдағы қауіп деңгейі",
                  "en": "Current risk level"},
    "case.district": {"ru": "Район, участок", "kk": "Аудан, учаске", "en": "District, beat"},
    "case.address": {"ru": "Адрес семьи", "kk": "Отбасының мекенжайы", "en": "Family's address"},
    "case.source": {"ru": "Источник сообщения", "kk": "Хабарлама көзі", "en": "Report source"},
    "case.opened": {"ru": "Дело заведено", "kk": "Іс ашылды", "en": "Opened"},
    "case.closed": {"ru": "Дело закрыто", "kk": "Іс жабылды", "en": "Closed"},
    "case.closure_reason": {"ru": "Основание закрытия", "kk": "Жабу негізі",
                            "en": "Reason for closing"},
    "case.next_due": {"ru": "Следующий контакт", "kk": "Келесі байланыс", "en": "Next contact"},
    "case.participants": {"ru": "Участники", "kk": "Қатысушылар", "en": "Participants"},
    "case.role": {"ru": "Роль", "kk": "Рөлі", "en": "Role"},
    "case.name": {"ru": "Ф.И.О.", "kk": "Т.А.Ә.", "en": "Name"},
    "case.born": {"ru": "Дата рождения", "kk": "Туған күні", "en": "Born"},
    "case.iin": {"ru": "ИИН", "kk": "ЖСН", "en": "IIN"},
    "case.phone": {"ru": "Телефон", "kk": "Телефон", "en": "Phone"},
    "case.timeline": {"ru": "Хронология", "kk": "Хронология", "en": "Timeline"},
    "case.when": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "case.what": {"ru": "Запись", "kk": "Жазба", "en": "Record"},
    "case.summary": {"ru": "Кратко", "kk": "Қысқаша", "en": "Summary"},
    "case.measures": {"ru": "Действующие меры", "kk": "Қолданыстағы шаралар",
                      "en": "Measures in force"},
    "case.none": {"ru": "нет", "kk": "жоқ", "en": "none"},
    "case.score": {"ru": "балл {score}", "kk": "{score} балл", "en": "score {score}"},
    "case.until": {"ru": "по {date}", "kk": "{date} дейін", "en": "until {date}"},
    "case.status.active": {"ru": "Активно", "kk": "Белсенді", "en": "Active"},
    "case.status.monitoring": {"ru": "На контроле", "kk": "Бақылауда", "en": "Monitoring"},
    "case.status.closed": {"ru": "Закрыто", "kk": "Жабық", "en": "Closed"},
    "risk.unknown": {"ru": "Не оценён", "kk": "Бағаланбаған", "en": "Not assessed"},
    "closure.measures_expired_no_incidents": {
        "ru": "Меры истекли, новых сообщений нет", "kk": "Шаралар мерзімі өтті, жаңа хабарлама жоқ",
        "en": "Measures expired, no new incidents"},
    "closure.family_moved": {"ru": "Семья переехала", "kk": "Отбасы көшіп кетті",
                             "en": "The family moved"},
    "closure.reconciled_no_risk": {"ru": "Примирение, риска нет", "kk": "Татуласты, қауіп жоқ",
                                   "en": "Reconciled, no risk"},
    "closure.transferred": {"ru": "Передано другому подразделению",
                            "kk": "Басқа бөлімшеге берілді", "en": "Transferred"},
    "closure.person_deceased": {"ru": "Смерть лица", "kk": "Адам қайтыс болды",
                                "en": "Person deceased"},
    "closure.other": {"ru": "Иное", "kk": "Басқа", "en": "Other"},
    "relation.self": {"ru": "сам(а)", "kk": "өзі", "en": "self"},
    "relation.spouse": {"ru": "супруг(а)", "kk": "жұбайы", "en": "spouse"},
    "relation.former_spouse": {"ru": "бывший(ая) супруг(а)", "kk": "бұрынғы жұбайы",
                               "en": "former spouse"},
    "relation.cohabitant": {"ru": "сожитель(ница)", "kk": "бірге тұратын адам",
                            "en": "cohabitant"},
    "relation.parent": {"ru": "родитель", "kk": "ата-анасы", "en": "parent"},
    "relation.child": {"ru": "ребёнок", "kk": "баласы", "en": "child"},
    "relation.sibling": {"ru": "брат/сестра", "kk": "бауыры", "en": "sibling"},
    "relation.grandparent": {"ru": "дедушка/бабушка", "kk": "атасы/әжесі", "en": "grandparent"},
    "relation.grandchild": {"ru": "внук/внучка", "kk": "немересі", "en": "grandchild"},
    "relation.relative": {"ru": "родственник", "kk": "туысы", "en": "relative"},
    "relation.in_law": {"ru": "свойственник", "kk": "құдандалы туысы", "en": "in-law"},
    "relation.other": {"ru": "иное", "kk": "басқа", "en": "other"},
    # --- monthly statistics -------------------------------------------------------------------
    "stats.as_of": {"ru": "Сведения на", "kk": "Мәліметтер берілген уақыт", "en": "Figures as of"},
    "stats.scope": {"ru": "Дела инспектора", "kk": "Инспектордың істері", "en": "Cases of"},
    "stats.all": {"ru": "все инспекторы", "kk": "барлық инспекторлар", "en": "all inspectors"},
    "stats.figure": {"ru": "Показатель", "kk": "Көрсеткіш", "en": "Figure"},
    "stats.count": {"ru": "Количество", "kk": "Саны", "en": "Count"},
    "stats.total": {"ru": "Всего", "kk": "Барлығы", "en": "Total"},
    "stats.visits": {"ru": "Профилактические посещения", "kk": "Профилактикалық барулар",
                     "en": "Preventive visits"},
    "stats.visits_total": {"ru": "Всего посещений", "kk": "Барлық барулар",
                           "en": "Visits in total"},
    "stats.conversations": {"ru": "Проведено профилактических бесед",
                            "kk": "Жүргізілген профилактикалық әңгімелесулер",
                            "en": "Preventive conversations held"},
    "stats.incidents": {"ru": "Сообщения о бытовом насилии",
                        "kk": "Тұрмыстық зорлық-зомбылық туралы хабарламалар",
                        "en": "Incident reports"},
    "stats.incidents_total": {"ru": "Всего сообщений", "kk": "Барлық хабарламалар",
                              "en": "Reports in total"},
    "stats.by_kind": {"ru": "По видам насилия (одно сообщение может относиться к нескольким видам)",
                      "kk": "Зорлық-зомбылық түрлері бойынша (бір хабарлама бірнеше түрге жатуы мүмкін)",
                      "en": "By kind of violence (one report may count under several kinds)"},
    "stats.by_channel": {"ru": "По каналу поступления", "kk": "Түсу арнасы бойынша",
                         "en": "By channel"},
    "stats.measures": {"ru": "Меры защиты", "kk": "Қорғау шаралары", "en": "Protective measures"},
    "stats.kind": {"ru": "Вид меры", "kk": "Шара түрі", "en": "Kind of measure"},
    "stats.issued": {"ru": "Вынесено", "kk": "Шығарылды", "en": "Issued"},
    "stats.expired": {"ru": "Истёк срок", "kk": "Мерзімі өтті", "en": "Expired"},
    "stats.breached": {"ru": "Нарушено", "kk": "Бұзылды", "en": "Breached"},
    "stats.referrals": {"ru": "Направления в организации помощи",
                        "kk": "Көмек көрсету ұйымдарына жолдамалар", "en": "Referrals"},
    "stats.service": {"ru": "Организация", "kk": "Ұйым", "en": "Service"},
    "stats.by_outcome": {"ru": "По результату", "kk": "Нәтижесі бойынша", "en": "By outcome"},
    "stats.cases": {"ru": "Учётные дела", "kk": "Есептік істер", "en": "Cases"},
    "stats.cases_supervised": {"ru": "Дел в работе за месяц", "kk": "Ай ішінде жұмыстағы істер",
                               "en": "Cases worked on in the month"},
    "stats.cases_opened": {"ru": "Заведено дел", "kk": "Ашылған істер", "en": "Cases opened"},
    "stats.cases_closed": {"ru": "Закрыто дел", "kk": "Жабылған істер", "en": "Cases closed"},
    "stats.by_risk": {"ru": "Открытые дела по уровню риска на {date}",
                      "kk": "{date} жағдай бойынша ашық істер қауіп деңгейі бойынша",
                      "en": "Open cases by risk level on {date}"},
    "stats.overdue": {"ru": "Просроченные контакты", "kk": "Мерзімі өткен байланыстар",
                      "en": "Overdue follow-ups"},
    "stats.overdue_total": {"ru": "Дел с просроченным контактом на {date}",
                            "kk": "{date} жағдай бойынша байланыс мерзімі өткен істер",
                            "en": "Cases with an overdue contact on {date}"},
    "stats.overdue_unknown": {"ru": "не рассчитано", "kk": "есептелмеді", "en": "not computed"},
    "stats.due_at": {"ru": "Срок контакта", "kk": "Байланыс мерзімі", "en": "Due"},
    "stats.reason": {"ru": "Основание", "kk": "Негізі", "en": "Reason"},
    "stats.days_late": {"ru": "Дней просрочки", "kk": "Кешіктірілген күн", "en": "Days late"},
    "stats.more": {"ru": "… и ещё {n}", "kk": "… және тағы {n}", "en": "… and {n} more"},
    "due.routine": {"ru": "Плановый контакт ({level})", "kk": "Жоспарлы байланыс ({level})",
                    "en": "Routine contact ({level})"},
    "due.new_incident": {"ru": "Контакт после нового сообщения",
                         "kk": "Жаңа хабарламадан кейінгі байланыс",
                         "en": "Contact after a new incident"},
    "due.order_midterm": {"ru": "Проверка ЗП в середине срока",
                          "kk": "Қорғау нұсқамасын мерзім ортасында тексеру",
                          "en": "Protective order mid-term check"},
    "due.order_expiry_check": {"ru": "Проверка перед окончанием ЗП",
                               "kk": "Қорғау нұсқамасы аяқталар алдында тексеру",
                               "en": "Check before the protective order ends"},
    "due.court_checkin": {"ru": "Явка по особым требованиям суда",
                          "kk": "Соттың ерекше талаптары бойынша келу",
                          "en": "Court-ordered check-in"},
    "due.register_contact": {"ru": "Контакт по профилактическому учёту",
                             "kk": "Профилактикалық есеп бойынша байланыс",
                             "en": "Preventive register contact"},
    "visit_type.planned": {"ru": "Плановое", "kk": "Жоспарлы", "en": "Planned"},
    "visit_type.unplanned": {"ru": "Внеплановое", "kk": "Жоспардан тыс", "en": "Unplanned"},
    "visit_type.signal": {"ru": "По сигналу (сообщению)", "kk": "Хабарлама бойынша",
                          "en": "On a signal (report)"},
    "visit_type.joint": {"ru": "Совместное", "kk": "Бірлескен", "en": "Joint"},
}

MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def t(name: str, lang: str, **params: Any) -> str:
    entry = TEXTS[name]
    template = entry.get(lang) or entry["ru"]
    return template.format(**params) if params else template


def has(name: str) -> bool:
    return name in TEXTS


def month_name(year: int, month: int, lang: str) -> str:
    name = MONTHS.get(lang, MONTHS["ru"])[month - 1]
    if lang == "kk":
        return f"{year} жылғы {name}"
    if lang == "en":
        return f"{name} {year}"
    return f"{name} {year} г."


__all__ = ["LANGUAGES", "MONTHS", "TEXTS", "check_lang", "has", "month_name", "t"]

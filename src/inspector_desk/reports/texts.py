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
    "title.incident": {"ru": "РАПОРТ о поступлении сообщения о бытовом насилии",
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
    "sign.person_met": {"ru": "Опрошенное лицо", "kk": "Сұралған адам",
                        "en": "Person met"},
    "sign.person_met_sign": {"ru": "Подпись опрошенного лица", "kk": "Сұралған адамның қолы",
                             "en": "Signature of the person met"},
    "sign.applicant": {"ru": "Объяснение (заявление) получено",
                       "kk": "Түсініктеме (арыз) алынды",
                       "en": "Statement taken"},
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
    "notice.role_subject": {"ru": "Лицо, в отношении которого применена мера",
                            "kk": "Шара қолданылған адам", "en": "Person the measure applies to"},
    "notice.recipient": {"ru": "Получатель", "kk": "Алушы", "en": "Recipient"},
    "notice.no": {"ru": "Номер документа", "kk": "Құжаттың нөмірі", "en": "Document No."},
    "notice.place": {"ru": "Место составления", "kk": "Жасалған жері", "en": "Place of issue"},
    "notice.issued": {"ru": "Дата и время вынесения", "kk": "Шығарылған күні мен уақыты",
                      "en": "Date and time of issue"},
    "notice.issued_by": {"ru": "Вынесено", "kk": "Шығарған", "en": "Issued by"},
    "notice.date": {"ru": "Дата уведомления", "kk": "Хабарлама күні", "en": "Date of the notice"},
    "notice.prepared_by": {"ru": "Уведомление составил", "kk": "Хабарламаны жасаған",
                           "en": "Notice prepared by"},
    "notice.approved_by": {"ru": "Утверждено", "kk": "Бекіткен", "en": "Approved by"},
    "notice.basis": {"ru": "Правовое основание", "kk": "Құқықтық негізі", "en": "Legal basis"},
    "notice.protected": {"ru": "Защищаемые лица", "kk": "Қорғалатын адамдар",
                         "en": "Protected persons"},
    "notice.term": {"ru": "Срок действия", "kk": "Қолданылу мерзімі", "en": "Term"},
    "notice.period": {"ru": "с {start} по {end} включительно",
                      "kk": "{start} бастап {end} қоса алғанда",
                      "en": "from {start} to {end} inclusive"},
    "notice.since": {"ru": "с {start}", "kk": "{start} бастап", "en": "from {start}"},
    "notice.restrictions": {"ru": "Запреты", "kk": "Тыйымдар", "en": "Restrictions"},
    "notice.consequences": {"ru": "Последствия нарушения", "kk": "Бұзудың салдары",
                            "en": "Consequences of a breach"},
    "notice.explained": {"ru": "Последствия нарушения разъяснены",
                         "kk": "Бұзудың салдары түсіндірілді",
                         "en": "Consequences of a breach explained"},
    "notice.appeal": {"ru": "Порядок обжалования", "kk": "Шағымдану тәртібі",
                      "en": "How to appeal"},
    "notice.register": {"ru": "Профилактический учёт", "kk": "Профилактикалық есеп",
                        "en": "Preventive register"},
    "notice.register_text": {
        "ru": "На срок действия меры Вы состоите на профилактическом учёте в органах внутренних дел.",
        "kk": "Шараның қолданылу мерзімі ішінде Сіз ішкі істер органдарында профилактикалық есепте тұрасыз.",
        "en": "While the measure is in force you are on the police preventive register."},
    "notice.court": {"ru": "Суд", "kk": "Сот", "en": "Court"},
    "notice.decision": {"ru": "Постановление суда", "kk": "Сот қаулысы", "en": "Court decision"},
    "notice.decision_no": {"ru": "№ {no} от {date}", "kk": "{date} № {no}", "en": "No. {no} of {date}"},
    "notice.petition": {"ru": "Ходатайство органа внутренних дел", "kk": "Ішкі істер органының өтінішхаты",
                        "en": "Police petition"},
    "notice.checkins": {"ru": "Явка в орган внутренних дел для регистрации",
                        "kk": "Тіркеу үшін ішкі істер органына келу",
                        "en": "Reporting to the police"},
    "notice.checkins_value": {"ru": "{n} раз(а) в месяц", "kk": "айына {n} рет",
                              "en": "{n} time(s) a month"},
    "notice.weapons": {"ru": "Оружие сдано", "kk": "Қару тапсырылды", "en": "Weapons surrendered"},
    "notice.detained_from": {"ru": "Время задержания", "kk": "Ұсталған уақыты",
                             "en": "Detained at"},
    "notice.detained_until": {"ru": "Время освобождения", "kk": "Босатылған уақыты",
                              "en": "Released at"},
    "notice.detention_place": {"ru": "Место содержания", "kk": "Ұстау орны",
                               "en": "Place of detention"},
    "notice.relatives": {"ru": "Родственники (близкие) уведомлены о задержании",
                         "kk": "Туыстары (жақындары) ұстап алу туралы хабардар етілді",
                         "en": "Relatives told of the detention"},
    "notice.protocol_no": {"ru": "Номер протокола", "kk": "Хаттаманың нөмірі",
                           "en": "Record No."},
    "notice.body.protective_order": {
        "ru": "Вам вынесено защитное предписание. В течение срока его действия Вам запрещается "
              "в отношении защищаемых лиц совершать действия, перечисленные ниже.",
        "kk": "Сізге қорғау нұсқамасы шығарылды. Оның қолданылу мерзімі ішінде Сізге "
              "қорғалатын адамдарға қатысты төменде көрсетілген әрекеттерді жасауға тыйым салынады.",
        "en": "A protective order has been issued against you. While it is in force you must not "
              "do, towards the protected persons, anything listed below."},
    "notice.body.protected": {
        "ru": "Уведомляем, что в Ваших интересах вынесено защитное предписание. О любом его "
              "нарушении немедленно сообщите по телефону 102 или инспектору, указанному ниже.",
        "kk": "Сіздің мүддеңізге қорғау нұсқамасы шығарылғаны туралы хабарлаймыз. Оның кез келген "
              "бұзылуы туралы дереу 102 телефоны бойынша немесе төменде көрсетілген инспекторға хабарлаңыз.",
        "en": "A protective order has been issued for your protection. Report any breach at once "
              "by calling 102 or to the inspector named below."},
    "notice.body.protected_court": {
        "ru": "Уведомляем, что судом в Ваших интересах установлены особые требования к поведению "
              "правонарушителя. О любом их нарушении немедленно сообщите по телефону 102 или "
              "инспектору, указанному ниже.",
        "kk": "Сіздің мүддеңізге сот құқық бұзушының мінез-құлқына ерекше талаптар белгілегені туралы "
              "хабарлаймыз. Олардың кез келген бұзылуы туралы дереу 102 телефоны бойынша немесе "
              "төменде көрсетілген инспекторға хабарлаңыз.",
        "en": "A court has set special requirements for the offender's behaviour for your "
              "protection. Report any breach at once by calling 102 or to the inspector named below."},
    "notice.body.special_requirements": {
        "ru": "Уведомляем, что постановлением суда Вам установлены особые требования к поведению, "
              "указанные ниже. Исполнение требований контролирует орган внутренних дел.",
        "kk": "Сот қаулысымен Сізге төменде көрсетілген мінез-құлыққа қойылатын ерекше талаптар "
              "белгіленгені туралы хабарлаймыз. Талаптардың орындалуын ішкі істер органы бақылайды.",
        "en": "By a court decision special requirements for your behaviour, listed below, have been "
              "set. The police supervise compliance."},
    "notice.appeal.special_requirements": {
        "ru": "Постановление суда обжалуется в порядке и в сроки, указанные в самом постановлении.",
        "kk": "Сот қаулысына қаулының өзінде көрсетілген тәртіппен және мерзімде шағым жасалады.",
        "en": "The court decision is appealed in the manner and within the time the decision states."},
    "notice.body.official_warning": {
        "ru": "Вам объявляется официальное предостережение о недопустимости противоправного "
              "поведения в сфере семейно-бытовых отношений. Совершение правонарушения после "
              "объявления предостережения влечёт ответственность, установленную законами "
              "Республики Казахстан.",
        "kk": "Сізге отбасылық-тұрмыстық қатынастар саласында құқыққа қайшы мінез-құлыққа жол "
              "берілмейтіні туралы ресми алдын ала ескерту жарияланады. Ескертуден кейін құқық "
              "бұзушылық жасау Қазақстан Республикасының заңдарында белгіленген жауаптылыққа "
              "әкеп соғады.",
        "en": "You are officially warned that unlawful behaviour in family and household relations "
              "is not tolerated. An offence committed after this warning carries the liability set "
              "by the laws of the Republic of Kazakhstan."},
    "notice.body.admin_detention": {
        "ru": "Составлен настоящий протокол о том, что указанное ниже лицо подвергнуто "
              "административному задержанию.",
        "kk": "Төменде көрсетілген адамның әкімшілік ұстап алынғаны туралы осы хаттама жасалды.",
        "en": "This record states that the person named below was held in administrative detention."},
    "notice.body.preventive_register": {
        "ru": "Уведомляем, что Вы поставлены на профилактический учёт в органах внутренних дел.",
        "kk": "Сіздің ішкі істер органдарында профилактикалық есепке қойылғаныңыз туралы хабарлаймыз.",
        "en": "You have been placed on the police preventive register."},
    "title.notice.protective_order": {"ru": "ЗАЩИТНОЕ ПРЕДПИСАНИЕ", "kk": "ҚОРҒАУ НҰСҚАМАСЫ",
                                      "en": "PROTECTIVE ORDER"},
    "title.notice.protected": {
        "ru": "УВЕДОМЛЕНИЕ защищаемого лица о вынесении защитного предписания",
        "kk": "Қорғалатын адамға қорғау нұсқамасының шығарылғаны туралы ХАБАРЛАМА",
        "en": "NOTICE TO THE PROTECTED PERSON OF A PROTECTIVE ORDER"},
    "title.notice.protected_court": {
        "ru": "УВЕДОМЛЕНИЕ защищаемого лица об особых требованиях суда",
        "kk": "Қорғалатын адамға соттың ерекше талаптары туралы ХАБАРЛАМА",
        "en": "NOTICE TO THE PROTECTED PERSON OF COURT REQUIREMENTS"},
    "title.notice.special_requirements": {
        "ru": "УВЕДОМЛЕНИЕ об особых требованиях к поведению, установленных судом",
        "kk": "Сот белгілеген мінез-құлыққа қойылатын ерекше талаптар туралы ХАБАРЛАМА",
        "en": "NOTICE OF SPECIAL REQUIREMENTS SET BY A COURT"},
    "title.notice.official_warning": {"ru": "ОФИЦИАЛЬНОЕ ПРЕДОСТЕРЕЖЕНИЕ",
                                      "kk": "РЕСМИ АЛДЫН АЛА ЕСКЕРТУ", "en": "OFFICIAL WARNING"},
    "title.notice.admin_detention": {"ru": "ПРОТОКОЛ об административном задержании",
                                     "kk": "Әкімшілік ұстап алу туралы ХАТТАМА",
                                     "en": "RECORD OF ADMINISTRATIVE DETENTION"},
    "title.notice.preventive_register": {
        "ru": "УВЕДОМЛЕНИЕ о постановке на профилактический учёт",
        "kk": "Профилактикалық есепке қою туралы ХАБАРЛАМА",
        "en": "NOTICE OF PLACEMENT ON THE PREVENTIVE REGISTER"},
    "title.notice.internal": {"ru": "{title} (экземпляр для учётного дела)",
                              "kk": "{title} (есептік іске арналған дана)",
                              "en": "{title} (case file copy)"},
    "copy.protected": {"ru": "Экземпляр для защищаемого лица", "kk": "Қорғалатын адамға арналған дана",
                       "en": "Copy for the protected person"},
    "copy.internal": {"ru": "Экземпляр для учётного дела", "kk": "Есептік іске арналған дана",
                      "en": "Case file copy"},
    "copy.visit_offender": {"ru": "Экземпляр для правонарушителя (без сведений о потерпевшем)",
                            "kk": "Құқық бұзушыға арналған дана (жәбірленуші туралы мәліметсіз)",
                            "en": "Copy for the offender (without the victim's details)"},
    "sign.issuer": {"ru": "Должностное лицо, вынесшее документ", "kk": "Құжатты шығарған лауазымды адам",
                    "en": "Official who issued the document"},
    "sign.approver": {"ru": "Утверждаю: начальник органа внутренних дел",
                      "kk": "Бекітемін: ішкі істер органының бастығы",
                      "en": "Approved: head of the police unit"},
    "sign.received": {"ru": "Копию получил(а)", "kk": "Көшірмесін алдым", "en": "Copy received by"},
    "sign.warned": {"ru": "Предостережение объявлено, копию получил(а)",
                    "kk": "Ескерту жарияланды, көшірмесін алдым",
                    "en": "Warning given; copy received by"},
    "sign.detained": {"ru": "С протоколом ознакомлен(а), копию получил(а)",
                      "kk": "Хаттамамен таныстым, көшірмесін алдым",
                      "en": "Record read and copy received by"},
    "sign.informed": {"ru": "Уведомление получил(а)", "kk": "Хабарламаны алдым",
                      "en": "Notice received by"},
    "notice.contact": {"ru": "Инспектор", "kk": "Инспектор", "en": "Inspector"},
    # --- incident report --------------------------------------------------------------------
    "incident.to": {"ru": "Начальнику {unit}", "kk": "{unit} бастығына",
                    "en": "To the head of {unit}"},
    "incident.opening": {
        "ru": "Докладываю о поступлении сообщения о бытовом насилии. Сведения о сообщении и "
              "принятых мерах приведены ниже.",
        "kk": "Тұрмыстық зорлық-зомбылық туралы хабарламаның түскенін баяндаймын. Хабарлама және "
              "қабылданған шаралар туралы мәліметтер төменде келтірілген.",
        "en": "I report that a domestic violence report was received. Its details and the action "
              "taken follow."},
    # --- roles on paper (the legal wording, whatever a choice list says) -----------------------
    "role.offender": {"ru": "Правонарушитель", "kk": "Құқық бұзушы", "en": "Offender"},
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
    "case.risk": {"ru": "Текущий уровень риска", "kk": "Ағымдағы тәуекел деңгейі",
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
    "case.cohabiting": {"ru": "Проживает совместно с пострадавшим",
                        "kk": "Жәбірленушімен бірге тұрады", "en": "Lives with the victim"},
    "cohabiting.yes": {"ru": "да", "kk": "иә", "en": "yes"},
    "cohabiting.no": {"ru": "нет", "kk": "жоқ", "en": "no"},
    "cohabiting.unknown": {"ru": "неизвестно", "kk": "белгісіз", "en": "unknown"},
    "case.timeline": {"ru": "Хронология", "kk": "Хронология", "en": "Timeline"},
    "case.when": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "case.what": {"ru": "Запись", "kk": "Жазба", "en": "Record"},
    "case.summary": {"ru": "Кратко", "kk": "Қысқаша", "en": "Summary"},
    "case.measures": {"ru": "Действующие меры", "kk": "Қолданыстағы шаралар",
                      "en": "Measures in force"},
    "case.none": {"ru": "нет", "kk": "жоқ", "en": "none"},
    "case.score": {"ru": "балл {score}", "kk": "{score} балл", "en": "score {score}"},
    "case.until": {"ru": "по {date}", "kk": "{date} дейін", "en": "until {date}"},
    "case.status.active": {"ru": "В работе", "kk": "Жұмыста", "en": "Open"},
    "case.status.monitoring": {"ru": "На контроле", "kk": "Бақылауда", "en": "Monitoring"},
    "case.status.closed": {"ru": "Закрыто", "kk": "Жабық", "en": "Closed"},
    "risk.unknown": {"ru": "Не оценён", "kk": "Бағаланбаған", "en": "Not assessed"},
    "closure.measures_expired_no_incidents": {
        "ru": "Меры истекли, новых сообщений нет", "kk": "Шаралар мерзімі өтті, жаңа хабарлама жоқ",
        "en": "Measures expired, no new incidents"},
    "closure.family_moved": {"ru": "Семья переехала", "kk": "Отбасы көшіп кетті",
                             "en": "The family moved"},
    "closure.reconciled_no_risk": {"ru": "Примирение, риска нет", "kk": "Татуласты, тәуекел жоқ",
                                   "en": "Reconciled, no risk"},
    "closure.transferred": {"ru": "Передано другому подразделению",
                            "kk": "Басқа бөлімшеге берілді", "en": "Transferred"},
    "closure.person_deceased": {"ru": "Смерть лица", "kk": "Адам қайтыс болды",
                                "en": "Person deceased"},
    "closure.other": {"ru": "Иное", "kk": "Басқа", "en": "Other"},
    "closure.register_ended": {"ru": "Снят с профилактического учёта по окончании меры",
                               "kk": "Шара аяқталуына байланысты профилактикалық есептен алынды",
                               "en": "Taken off the preventive register when the measure ended"},
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
    "relation.in_law": {"ru": "свойственник", "kk": "жекжаты", "en": "in-law"},
    "relation.former_cohabitant": {"ru": "бывший(ая) сожитель(ница)", "kk": "бұрын бірге тұрған адам",
                                   "en": "former cohabitant"},
    "relation.common_child": {"ru": "имеющий(ая) общего ребёнка", "kk": "ортақ баласы бар адам",
                              "en": "has a child in common"},
    "relation.step_parent": {"ru": "отчим/мачеха", "kk": "өгей әкесі/шешесі", "en": "step-parent"},
    "relation.guardian": {"ru": "опекун", "kk": "қамқоршысы", "en": "guardian"},
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
                      "kk": "{date} жағдай бойынша ашық істер тәуекел деңгейі бойынша",
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
                          "kk": "Қорғау нұсқамасының орындалуын мерзім ортасында бақылау",
                          "en": "Protective order mid-term check"},
    "due.order_expiry_check": {"ru": "Проверка перед окончанием ЗП",
                               "kk": "Қорғау нұсқамасы аяқталар алдында бақылау",
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
    # === statistics: the MVD's figures (owned by the statistics code; docs/statistics.md) ===
    "stats.mvd": {"ru": "Показатели для отчёта МВД", "kk": "ІІМ есебіне арналған көрсеткіштер",
                  "en": "Figures reported to the MVD"},
    "stats.admin_protocols_73": {"ru": "Составлено протоколов по ст. 73 КоАП",
                                 "kk": "ӘҚБтК 73-бабы бойынша толтырылған хаттамалар",
                                 "en": "Protocols under Art. 73 of the Administrative Code"},
    "stats.breaches_461": {"ru": "Нарушения защитного предписания и особых требований (ст. 461 КоАП)",
                           "kk": "Қорғау нұсқамасын және ерекше талаптарды бұзу (ӘҚБтК 461-бабы)",
                           "en": "Breaches of protective orders and special requirements "
                                 "(Art. 461 of the Administrative Code)"},
    "stats.protocols_461": {"ru": "в т. ч. протоколов по ст. 461 КоАП",
                            "kk": "оның ішінде ӘҚБтК 461-бабы бойынша хаттамалар",
                            "en": "of which protocols under Art. 461"},
    "stats.measures_breached_461": {"ru": "в т. ч. мер со статусом «нарушено»",
                                    "kk": "оның ішінде «бұзылды» мәртебесі бар шаралар",
                                    "en": "of which measures marked breached"},
    "stats.otp_petitions": {"ru": "Направлено ходатайств в суд об установлении особых требований",
                            "kk": "Ерекше талаптар белгілеу туралы сотқа жолданған өтінішхаттар",
                            "en": "Petitions to court for special requirements"},
    "stats.otp_granted": {"ru": "Установлено судом особых требований",
                          "kk": "Сот белгілеген ерекше талаптар",
                          "en": "Special requirements set by court"},
    "stats.protective_orders_issued": {"ru": "Вынесено защитных предписаний",
                                       "kk": "Шығарылған қорғау нұсқамалары",
                                       "en": "Protective orders issued"},
    "stats.official_warnings_issued": {"ru": "Объявлено официальных предостережений",
                                       "kk": "Жарияланған ресми алдын ала ескертулер",
                                       "en": "Official warnings issued"},
    "stats.admin_detentions": {"ru": "Административных задержаний", "kk": "Әкімшілік ұстап алулар",
                               "en": "Administrative detentions"},
    "stats.arrests": {"ru": "Назначено административных арестов",
                      "kk": "Тағайындалған әкімшілік қамаққа алулар",
                      "en": "Administrative arrests imposed"},
    "stats.criminal_incidents": {"ru": "Сообщений с квалификацией по УК РК",
                                 "kk": "ҚР ҚК бойынша сараланған хабарламалар",
                                 "en": "Reports qualified under the Criminal Code"},
    "stats.on_register": {"ru": "Лиц на профилактическом учёте на {date}",
                          "kk": "{date} жағдай бойынша профилактикалық есепте тұрған адамдар",
                          "en": "Persons on the preventive register on {date}"},
    "stats.victims": {"ru": "Потерпевших всего", "kk": "Барлық жәбірленушілер",
                      "en": "Victims in total"},
    "stats.repeat_incidents": {"ru": "Повторные сообщения (в деле было сообщение за 12 месяцев до него)",
                               "kk": "Қайталанған хабарламалар (істе одан бұрынғы 12 айда хабарлама болған)",
                               "en": "Repeat incidents (another one in the case in the 12 months before)"},
    "stats.criminal": {"ru": "Уголовно наказуемые деяния по статьям УК РК",
                       "kk": "ҚР ҚК баптары бойынша қылмыстық әрекеттер",
                       "en": "Criminal offences by article of the Criminal Code"},
    "stats.criminal_note": {"ru": "Сообщение с несколькими статьями учтено по каждой из них",
                            "kk": "Бірнеше бабы бар хабарлама әр бап бойынша есептелді",
                            "en": "A report citing several articles counts under each"},
    "stats.article": {"ru": "Статья", "kk": "Бап", "en": "Article"},
    "stats.uk_article": {"ru": "ст. {n} УК РК", "kk": "ҚР ҚК {n}-бабы", "en": "Criminal Code, Art. {n}"},
    "stats.victims_by_category": {"ru": "Потерпевшие по категориям", "kk": "Жәбірленушілер санаттар бойынша",
                                  "en": "Victims by category"},
    "stats.victims_note": {"ru": "Каждый потерпевший учтён в одной категории: ребёнок (до {adult} лет), "
                                 "пожилой (с {elderly} лет), женщина, мужчина, не установлено",
                           "kk": "Әр жәбірленуші бір санатта есептелді: бала ({adult} жасқа дейін), "
                                 "егде жастағы адам ({elderly} жастан бастап), әйел, ер адам, анықталмаған",
                           "en": "Each victim counts in one category: child (under {adult}), "
                                 "elderly ({elderly} and over), woman, man, unknown"},
    "stats.category": {"ru": "Категория", "kk": "Санаты", "en": "Category"},
    "stats.victim.child": {"ru": "Дети", "kk": "Балалар", "en": "Children"},
    "stats.victim.elderly": {"ru": "Пожилые", "kk": "Егде жастағы адамдар", "en": "Elderly persons"},
    "stats.victim.woman": {"ru": "Женщины", "kk": "Әйелдер", "en": "Women"},
    "stats.victim.man": {"ru": "Мужчины", "kk": "Ерлер", "en": "Men"},
    "stats.victim.unknown": {"ru": "Категория не установлена", "kk": "Санаты анықталмаған",
                             "en": "Category unknown"},
    "stats.summary_title": {"ru": "Сводные показатели за месяц", "kk": "Айлық жиынтық көрсеткіштер",
                            "en": "Monthly figures side by side"},
    "stats.by.district": {"ru": "По районам", "kk": "Аудандар бойынша", "en": "By district"},
    "stats.by.inspector": {"ru": "По инспекторам", "kk": "Инспекторлар бойынша", "en": "By inspector"},
    "stats.group_none": {"ru": "не указан", "kk": "көрсетілмеген", "en": "not given"},
    "stats.group_all": {"ru": "Итого", "kk": "Жиыны", "en": "Total"},
    # === end of the statistics block ===
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

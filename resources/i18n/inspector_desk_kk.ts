<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="450"/>
        <source>Add a person to the case</source>
        <translation>Іске адам қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="451"/>
        <source>Role in the case</source>
        <translation>Істегі рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="453"/>
        <source>Relation to the victim</source>
        <translation>Жәбірленушіге қатысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="457"/>
        <source>Lives together with the victim</source>
        <translation>Жәбірленушімен бірге тұрады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="459"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="44"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="46"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 сағ.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="94"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="182"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="158"/>
        <source>Locked after {0} minutes without activity.</source>
        <translation>{0} минут әрекетсіз болғаннан кейін бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="159"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Бұғатталды: компьютер ұйқы режиміне өтті.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="160"/>
        <source>Locked because the screen was locked.</source>
        <translation>Бұғатталды: экран бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="161"/>
        <source>Locked because the session ended.</source>
        <translation>Бұғатталды: пайдаланушы сеансы аяқталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="162"/>
        <source>Locked.</source>
        <translation>Бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="350"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="367"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Бұғаттау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="352"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="368"/>
        <source>Hide the screen (F12)</source>
        <translation>Экранды жасыру (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="407"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>no file</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="408"/>
        <source>Attach a photo or scan…</source>
        <translation>Фото немесе скан тіркеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="420"/>
        <source>Attach a photo or scan</source>
        <translation>Фото немесе скан тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="421"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Суреттер және PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="423"/>
        <source>storing in the vault…</source>
        <translation>қоймаға сақталуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>file kept in the vault</source>
        <translation>файл қоймада сақталған</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>Record id</source>
        <translation>Жазба идентификаторы</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="107"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="108"/>
        <source>Record id</source>
        <translation>Жазба ID</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="110"/>
        <source>User (badge number)</source>
        <translation>Қызметкер (жетон нөмірі)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="111"/>
        <source>User</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="113"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="114"/>
        <source>Any action</source>
        <translation>Кез келген әрекет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="117"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="128"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="851"/>
        <source>Filter: user, action, case…</source>
        <translation>Сүзгі: пайдаланушы, әрекет, іс…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="860"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Detail</source>
        <translation>Мәлімет</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="46"/>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="63"/>
        <source>Notices from headquarters</source>
        <translation>Штабтың хабарламалары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="71"/>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="123"/>
        <source>New visit</source>
        <translation>Бару қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="138"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="147"/>
        <source>Risk assessment checklist</source>
        <translation>Тәуекелді бағалау сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="161"/>
        <source>Protective measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="175"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Case summary…</source>
        <translation>Іс бойынша анықтама…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Close case…</source>
        <translation>Істі жабу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="73"/>
        <source>Reopen case…</source>
        <translation>Істі қайта ашу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="86"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="95"/>
        <source>Correct person…</source>
        <translation>Адам деректерін түзету…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="96"/>
        <source>Remove from case…</source>
        <translation>Істен шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="104"/>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="111"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="111"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="145"/>
        <source>From headquarters:</source>
        <translation>Штабтан:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="161"/>
        <source>Case {0}</source>
        <translation>Іс № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>Risk: {0}</source>
        <translation>Тәуекел: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="168"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Келесі байланыс: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="171"/>
        <source>The case is closed: {0}</source>
        <translation>Іс жабылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Relation</source>
        <translation>Қатысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Lives with the victim</source>
        <translation>Жәбірленушімен бірге тұрады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>What</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>Details</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="199"/>
        <source>By</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="214"/>
        <source>score {0}, level: {1}</source>
        <translation>балл: {0}, деңгейі: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="215"/>
        <source>professional judgement</source>
        <translation>кәсіби пайымдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="220"/>
        <source>ended</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="229"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · келесі бару: {1}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="477"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="478"/>
        <source>Open case (read-only)…</source>
        <translation>Істі ашу (тек қарау)…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="479"/>
        <source>Reassign…</source>
        <translation>Басқаға беру…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="507"/>
        <source>Caseload</source>
        <translation>Жүктеме</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Open cases</source>
        <translation>Ашық істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>High risk</source>
        <translation>Жоғары тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Overdue contacts</source>
        <translation>Мерзімі өткен байланыстар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Measures ending ≤ 5 days</source>
        <translation>≤ 5 күнде аяқталатын шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Court decision missing</source>
        <translation>Сот шешімі жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="463"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Next contact</source>
        <translation>Келесі байланыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <source>Measures ending</source>
        <translation>Аяқталатын шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="536"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="567"/>
        <source>Choose a case first.</source>
        <translation>Алдымен істі таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="538"/>
        <source>Open case {0}</source>
        <translation>№ {0} істі ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="539"/>
        <source>Why do you open this family&apos;s case? (Recorded in the HQ audit with your name.)</source>
        <translation>Бұл отбасының ісін не үшін ашасыз? (Штабтың аудит журналына сіздің атыңызбен жазылады.)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="545"/>
        <source>Case {0} — read-only</source>
        <translation>№ {0} іс — тек қарау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="546"/>
        <source>Owner: {0} ({1})</source>
        <translation>Иесі: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Changed</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="553"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="555"/>
        <source>People:</source>
        <translation>Қатысушылар:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="557"/>
        <source>Records:</source>
        <translation>Жазбалар:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="559"/>
        <source>Case {0}</source>
        <translation>Іс № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="562"/>
        <source>Case {0} opened; the view is recorded in the HQ audit.</source>
        <translation>№ {0} іс ашылды; қарау штабтың аудит журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="579"/>
        <source>Case {0} reassigned; update packs: {1}</source>
        <translation>№ {0} іс басқаға берілді; жаңарту пакеттері: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="604"/>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="616"/>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="607"/>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="608"/>
        <source>Nothing can be added to a closed case until it is reopened (with a reason).</source>
        <translation>Жабылған іске оны қайта ашпайынша (себебін көрсетіп) ештеңе қосуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="611"/>
        <source>I confirm: close case {0}</source>
        <translation>Растаймын: № {0} істі жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="623"/>
        <source>The case is high-risk.</source>
        <translation>Істің тәуекел деңгейі жоғары.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="624"/>
        <source>A protective measure is in force.</source>
        <translation>Қорғау шарасы қолданыста.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="625"/>
        <source>A contact with the family is overdue.</source>
        <translation>Отбасымен байланыс мерзімі өтіп кетті.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="626"/>
        <source>A contact with the family is due within 72 hours.</source>
        <translation>Алдағы 72 сағатта отбасымен байланыс қажет.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="628"/>
        <source>Before closing:</source>
        <translation>Жабу алдында:</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="72"/>
        <source>Note (required):</source>
        <translation>Ескертпе (міндетті):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="75"/>
        <source>Why this decision (kept with it in the HQ audit)</source>
        <translation>Бұл шешімнің себебі (онымен бірге штабтың аудит журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="77"/>
        <source>Decide</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="80"/>
        <source>Reject the held change</source>
        <translation>Ұсталған өзгерісті қабылдамау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="86"/>
        <source>Update packs written for the devices:</source>
        <translation>Құрылғыларға жаңарту пакеттері жазылды:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Inspectors</source>
        <translation>Инспекторлар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Side times</source>
        <translation>Тараптар уақыты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="110"/>
        <source>Clashes</source>
        <translation>Даулы өрістер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="119"/>
        <source>No conflicts and no held changes.</source>
        <translation>Қайшылықтар да, ұсталған өзгерістер де жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="120"/>
        <source>%n item(s) wait for a decision: choose one.</source>
        <translation>
            <numerusform>%n мәселе шешімді күтуде: біреуін таңдаңыз.</numerusform>
            <numerusform>%n мәселе шешімді күтуде: біреуін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="133"/>
        <source>side {0}: {1} on {2}, version {3}, {4}</source>
        <translation>{0}-тарап: {1}, {2} құрылғысында, {3} нұсқа, {4}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="137"/>
        <source>{0} · {1} · case {2} · {3}
{4}
Common base: {5}
{6}</source>
        <translation>{0} · {1} · № {2} іс · {3}
{4}
Ортақ негіз: {5}
{6}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="139"/>
        <source>none (headquarters has no common version)</source>
        <translation>жоқ (штабта ортақ нұсқа жоқ)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Base</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="142"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="154"/>
        <source>Side {0} ({1})</source>
        <translation>{0}-тарап ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="157"/>
        <source>Typed value</source>
        <translation>Енгізілген мән</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="152"/>
        <source>— decide —</source>
        <translation>— шешіңіз —</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="156"/>
        <source>Common base</source>
        <translation>Ортақ негіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="171"/>
        <source>Both sides changed this field: decide it</source>
        <translation>Бұл өрісті екі тарап та өзгертті: шешім қабылдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="227"/>
        <source>Decide these fields first: {0}</source>
        <translation>Алдымен мына өрістер бойынша шешім қабылдаңыз: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="232"/>
        <source>Write a note: why this decision</source>
        <translation>Ескертпе жазыңыз: бұл шешім неге қабылданды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="239"/>
        <source>{0} decided: version {1}</source>
        <translation>{0} шешілді: {1} нұсқа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="246"/>
        <source>Write a note: why this change is rejected</source>
        <translation>Ескертпе жазыңыз: бұл өзгеріс неге қабылданбады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="251"/>
        <source>{0} rejected: headquarters&apos; version stays</source>
        <translation>{0} қабылданбады: штаб нұсқасы қалады</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="37"/>
        <source>Today&apos;s work</source>
        <translation>Бүгінгі жұмыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="59"/>
        <source>Good day, {0}</source>
        <translation>Қайырлы күн, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="60"/>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="61"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Штабқа жіберілмеген өзгерістер: {0}. Соңғы экспорт: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="70"/>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="72"/>
        <source>(no affected person yet)</source>
        <translation>(жәбірленуші әлі көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="107"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="111"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="115"/>
        <source>Measures ending within 5 days</source>
        <translation>5 күн ішінде аяқталатын шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="119"/>
        <source>no court decision yet</source>
        <translation>сот шешімі әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="121"/>
        <source>in {0} days</source>
        <translation>{0} күннен кейін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="122"/>
        <source>High-risk cases</source>
        <translation>Тәуекел деңгейі жоғары істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="126"/>
        <source>high risk</source>
        <translation>жоғары тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="127"/>
        <source>Unfinished drafts</source>
        <translation>Аяқталмаған жобалар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="131"/>
        <source>{0}: continue where you stopped</source>
        <translation>{0}: тоқтаған жерден жалғастыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="134"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… тағы {0}: «Істер» бөлімін келесі байланыс бойынша сұрыптап қараңыз</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="73"/>
        <source>dd.mm.yyyy, today, +7</source>
        <translation>кк.аа.жжжж, бүгін, +7</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="74"/>
        <source>dd.mm.yyyy hh:mm, now</source>
        <translation>кк.аа.жжжж сс:мм, қазір</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="75"/>
        <source>hh:mm, now</source>
        <translation>сс:мм, қазір</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="78"/>
        <source>Type a date as dd.mm.yyyy (05031988 and 5.3.88 work too), &quot;today&quot;, +N for N days ahead or -N for N days back. Up and Down change it by a day.</source>
        <translation>Күнді кк.аа.жжжж түрінде енгізіңіз (05031988 және 5.3.88 те жарайды), «бүгін», N күн алға үшін +N немесе N күн артқа үшін -N. ↑ және ↓ пернелері күнді бір күнге өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="93"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="94"/>
        <source>Choose on a calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="153"/>
        <source>There is no such date: {0}</source>
        <translation>Мұндай күн жоқ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="155"/>
        <source>Add the time, for example {0} 14:30</source>
        <translation>Уақытты қосыңыз, мысалы: {0} 14:30</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="157"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="165"/>
        <source>Not a time: {0} (write hh:mm, for example 14:30)</source>
        <translation>Уақыт емес: {0} (сс:мм түрінде жазыңыз, мысалы 14:30)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="159"/>
        <source>Cannot be later than today</source>
        <translation>Бүгінгі күннен кеш болмауы керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="161"/>
        <source>Cannot be earlier than today</source>
        <translation>Бүгінгі күннен ерте болмауы керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="163"/>
        <source>Too early: {0}</source>
        <translation>Тым ерте күн: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="167"/>
        <source>Not a date: {0} (write dd.mm.yyyy hh:mm, &quot;now&quot; or +N)</source>
        <translation>Күн емес: {0} (кк.аа.жжжж сс:мм, «қазір» немесе +N деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="168"/>
        <source>Not a date: {0} (write dd.mm.yyyy, &quot;today&quot; or +N)</source>
        <translation>Күн емес: {0} (кк.аа.жжжж, «бүгін» немесе +N деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="286"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="84"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="102"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="103"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="104"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="105"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="172"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="173"/>
        <source>← Back (Alt+Left)</source>
        <translation>← Артқа (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="174"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Істерді іздеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="175"/>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="176"/>
        <source>New &amp;case…</source>
        <translation>Жаңа &amp;іс…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="177"/>
        <source>New &amp;visit</source>
        <translation>&amp;Бару қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="178"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Бару қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="180"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>Б&amp;ұғаттау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="183"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="185"/>
        <source>&amp;Privacy screen</source>
        <translation>Экранды &amp;жасыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="187"/>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="189"/>
        <source>&amp;About Inspector Desk</source>
        <translation>Inspector Desk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="214"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="225"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="258"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="261"/>
        <source>About Inspector Desk</source>
        <translation>Inspector Desk туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="262"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="487"/>
        <source>No case found.</source>
        <translation>Іс табылмады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="522"/>
        <source>Case {0}</source>
        <translation>Іс № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="545"/>
        <source>OVERDUE by {0} day(s)</source>
        <translation>МЕРЗІМІ ӨТКЕН ({0} күн)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="546"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="576"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Алдымен істі ашыңыз, содан кейін бару қосу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="587"/>
        <source>Nothing to save on this page: Ctrl+S saves an open form.</source>
        <translation>Бұл бетте сақтайтын ештеңе жоқ: Ctrl+S ашық форманы сақтайды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="599"/>
        <source>Open a case first: printing is of a case or one of its records.</source>
        <translation>Алдымен істі ашыңыз: іс немесе оның бір жазбасы басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="173"/>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="282"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="219"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="226"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Бұғаттау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="244"/>
        <source>Inspector Desk — Headquarters — {0}</source>
        <translation>Inspector Desk — Штаб — {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="280"/>
        <source>Locked. Log in again to go on.</source>
        <translation>Бұғатталды. Жалғастыру үшін қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="116"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="117"/>
        <source>Enrol…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="118"/>
        <source>Revoke…</source>
        <translation>Кері шақыру…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="119"/>
        <source>Update pack…</source>
        <translation>Жаңарту пакеті…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="120"/>
        <source>Write receipt</source>
        <translation>Түбіртекті жазу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="135"/>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Headquarters key fingerprint: {0}</source>
        <translation>Штаб кілтінің саусақ ізі: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>revoked</source>
        <translation>кері шақырылған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last no.</source>
        <translation>Соңғы №</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Age</source>
        <translation>Өткен уақыт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Missing</source>
        <translation>Жетіспейтін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Burned</source>
        <translation>Күйген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Forks</source>
        <translation>Тармақталулар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Revoked</source>
        <translation>Кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Device id</source>
        <translation>Құрылғы ID</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="168"/>
        <source>Enrolment of the laptop of {0} ({1})

Device: {2}
Case numbers begin with: {3}
Unit: {4}
Enrolment file: {5}

On the laptop: Headquarters → Import enrolment file, choose the file, then type headquarters&apos; key fingerprint exactly as printed here:

        {6}

If the program shows another fingerprint, stop and call headquarters: the file did not come from us.</source>
        <translation>Инспектор {0} ({1}) құрылғысын тіркеу

Құрылғы: {2}
Іс нөмірлері мынадан басталады: {3}
Бөлімше: {4}
Тіркеу файлы: {5}

Құрылғыда: Штаб → Тіркеу файлын жүктеу, файлды таңдаңыз, содан кейін штаб кілтінің саусақ ізін дәл осында басылғандай енгізіңіз:

        {6}

Егер бағдарлама басқа саусақ ізін көрсетсе, тоқтаңыз және штабқа хабарласыңыз: бұл файл бізден келмеген.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="176"/>
        <source>Enrolled {0} with prefix {1}; file: {2}</source>
        <translation>Тіркелді: {0}, префикс {1}; файл: {2}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="177"/>
        <source>Enrolment letter</source>
        <translation>Тіркеу хаты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="184"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="195"/>
        <source>Choose a device first.</source>
        <translation>Алдымен құрылғыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="186"/>
        <source>Revoke a device</source>
        <translation>Құрылғыны кері шақыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="187"/>
        <source>Every further bundle of this device will be refused. Why?</source>
        <translation>Бұл құрылғының бұдан кейінгі барлық пакеттері қабылданбайды. Неге?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="189"/>
        <source>Revoked.</source>
        <translation>Кері шақырылды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="197"/>
        <source>Forms, choice lists, follow-up rules</source>
        <translation>Формалар, таңдау тізімдері, бақылау ережелері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="198"/>
        <source>Forms and rules (*.yaml *.yml *.json)</source>
        <translation>Формалар мен ережелер (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="211"/>
        <source>Update pack written: {0}</source>
        <translation>Жаңарту пакеті жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="216"/>
        <source>Receipt written: {0}</source>
        <translation>Түбіртек жазылды: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="89"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="94"/>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="100"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="103"/>
        <source>For whom the copy is</source>
        <translation>Дана кімге арналған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="104"/>
        <source>For whom</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="110"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="112"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="114"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="119"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="197"/>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="143"/>
        <source>Offender&apos;s copy</source>
        <translation>Құқық бұзушының данасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="144"/>
        <source>Protected person&apos;s copy</source>
        <translation>Қорғалатын адамның данасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="145"/>
        <source>Copy for the file</source>
        <translation>Іске арналған дана</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>{0} page(s)</source>
        <translation>Беттер саны: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="228"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="229"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>Бұл компьютерде принтер бапталмаған, сондықтан ештеңе басылған жоқ. Принтерді қосыңыз немесе көшірмені «PDF ретінде сақтау…» арқылы сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="231"/>
        <source>Not printed: no printer.</source>
        <translation>Басылмады: принтер жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="252"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="262"/>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="499"/>
        <source>Correct a person&apos;s details</source>
        <translation>Адамның деректерін түзету</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="503"/>
        <source>Reason for the correction</source>
        <translation>Түзету себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="517"/>
        <source>This person is also in case(s) {0}: the correction shows there too.</source>
        <translation>Бұл адам басқа істерге де қатысады: {0}. Түзету оларда да көрінеді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="533"/>
        <source>A typing error</source>
        <translation>Енгізу кезіндегі қате</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="534"/>
        <source>Checked against documents</source>
        <translation>Құжаттармен салыстырылды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="535"/>
        <source>New information</source>
        <translation>Жаңа мәліметтер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="536"/>
        <source>Other (say in the note)</source>
        <translation>Басқа (ескертпеде көрсетіңіз)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="79"/>
        <source>Enrol a laptop</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="83"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="87"/>
        <source>Enrolment request (.idreq):</source>
        <translation>Тіркеуге сұраныс (.idreq):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="90"/>
        <source>Case-number prefix:</source>
        <translation>Іс нөмірлерінің префиксі:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="92"/>
        <source>as in the request</source>
        <translation>сұраныстағыдай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="93"/>
        <source>Unit:</source>
        <translation>Бөлімше:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="94"/>
        <source>This device id is enrolled with another key: replace it</source>
        <translation>Бұл құрылғы ID басқа кілтпен тіркелген: кілтті ауыстыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="97"/>
        <source>Reason (for a replaced key):</source>
        <translation>Себебі (кілт ауыстырылса):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="104"/>
        <source>Enrolment request</source>
        <translation>Тіркеуге сұраныс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="105"/>
        <source>Enrolment requests (*.idreq)</source>
        <translation>Тіркеуге сұраныстар (*.idreq)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/inspector_desk/ui/errors.py" line="53"/>
        <location filename="../../src/inspector_desk/ui/errors.py" line="58"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/errors.py" line="60"/>
        <source>Copy details</source>
        <translation>Толық мәліметті көшіру</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="29"/>
        <source>{0} *</source>
        <translation>{0} *</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="38"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="344"/>
        <source>Required</source>
        <translation>Міндетті өріс</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="387"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Inspector Desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="397"/>
        <source>Create my vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Start over</source>
        <translation>Басынан бастау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="406"/>
        <source>Close the program: no vault has been made yet.</source>
        <translation>Бағдарламаны жабу: қойма әлі жасалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="407"/>
        <source>Back to the first step; what was typed is cleared.</source>
        <translation>Бірінші қадамға оралу; енгізілгеннің бәрі өшіріледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="450"/>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>Қойма жасалып жатыр… Бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="472"/>
        <source>Nothing was created. Correct it and press “Create my vault” again.</source>
        <translation>Ештеңе жасалған жоқ. Түзетіп, «Қойма жасау» түймесін қайта басыңыз.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="95"/>
        <source>Risk score</source>
        <translation>Тәуекел балы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="118"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="121"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="123"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="199"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Жобадан қалпына келтірілді. Ештеңе жоғалған жоқ: дайын болғанда сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="201"/>
        <source>Filled in from the case: check and change as needed.</source>
        <translation>Іс деректерінен толтырылды: қарап шығып, қажет болса өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="404"/>
        <source>Score {0}: {1}</source>
        <translation>Балл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="408"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: шекті мәндер валидациядан өтпеген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="440"/>
        <source>{0} field(s) need attention</source>
        <translation>Назар аударуды қажет ететін өрістер: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="458"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Жоба қоймада сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="470"/>
        <source>Not saved: {0} field(s) need attention</source>
        <translation>Сақталмады: назар аударуды қажет ететін өрістер бар ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="484"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="495"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="447"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="448"/>
        <source>Add a row to {0}</source>
        <translation>«{0}» ішіне жол қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="467"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>HqLabels</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="60"/>
        <source>Form answer: {0}</source>
        <translation>Формадағы жауап: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Beat</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Source</source>
        <translation>Хабарлама көзі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="64"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="64"/>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Opened</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Closed</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Closing note</source>
        <translation>Жабу кезіндегі ескертпе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Safe contact</source>
        <translation>Қауіпсіз байланыс тәсілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Vulnerabilities</source>
        <translation>Осалдық белгілері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Risk factors</source>
        <translation>Тәуекел факторлары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Notes</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Role in the case</source>
        <translation>Істегі рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Relation</source>
        <translation>Қатысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Lives together</source>
        <translation>Бірге тұрады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Visit time</source>
        <translation>Барған күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Type of visit</source>
        <translation>Бару түрі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Next visit due</source>
        <translation>Келесі бару күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Occurred</source>
        <translation>Оқиға уақыты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Reported</source>
        <translation>Хабарлама уақыты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Channel</source>
        <translation>Хабарлама арнасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Types of violence</source>
        <translation>Зорлық-зомбылық түрлері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Kind of measure</source>
        <translation>Шара түрі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Issued</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Served</source>
        <translation>Табыс етілген күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid from</source>
        <translation>Қолданылу мерзімінің басталуы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid until</source>
        <translation>Қолданылу мерзімінің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="78"/>
        <source>Court decision date</source>
        <translation>Сот қаулысының күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Check-ins per month</source>
        <translation>Айына полицияға келу саны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Restrictions</source>
        <translation>Тыйымдар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Service</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Referred</source>
        <translation>Жолдама күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome date</source>
        <translation>Нәтиже күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Assessed</source>
        <translation>Бағалау күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Computed risk level</source>
        <translation>Есептелген тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Risk level set by hand</source>
        <translation>Кәсіби пайымдау бойынша тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>Why set by hand</source>
        <translation>Кәсіби пайымдаудың негіздемесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Created</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Created by</source>
        <translation>Кім қосты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Form version</source>
        <translation>Форма нұсқасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Respondent</source>
        <translation>Сұралған адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="110"/>
        <source>Two versions of the record: headquarters cannot merge them alone</source>
        <translation>Жазбаның екі нұсқасы: штаб оларды өздігінен біріктіре алмайды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="111"/>
        <source>The case belongs to another inspector: the change was held</source>
        <translation>Іс басқа инспекторға бекітілген: өзгеріс ұсталды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="112"/>
        <source>The person belongs to another inspector: the change was held</source>
        <translation>Адам басқа инспекторға бекітілген: өзгеріс ұсталды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="113"/>
        <source>The record names another device or inspector than the one that sent it</source>
        <translation>Жазбада жіберушіден басқа құрылғы немесе инспектор көрсетілген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="114"/>
        <source>The record was sent as another kind of record</source>
        <translation>Жазба басқа түрдегі жазба ретінде жіберілді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="115"/>
        <source>The case number was changed on the laptop</source>
        <translation>Іс нөмірі құрылғыда өзгертілді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="116"/>
        <source>Versions are missing between headquarters&apos; copy and this change</source>
        <translation>Штаб көшірмесі мен осы өзгеріс арасында нұсқалар жетіспейді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="117"/>
        <source>Its case was held, so this record was held too</source>
        <translation>Жазбаның ісі ұсталды, сондықтан жазба да ұсталды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="127"/>
        <source>The case belongs to {0} (device {1})</source>
        <translation>Іс инспекторға бекітілген: {0} ({1} құрылғысы)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="128"/>
        <source>The person belongs to {0} (device {1})</source>
        <translation>Адам инспекторға бекітілген: {0} ({1} құрылғысы)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="132"/>
        <source>Names the inspector of another device ({0})</source>
        <translation>Басқа құрылғының инспекторы көрсетілген ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="135"/>
        <source>Headquarters holds it as: {0}; sent as: {1}</source>
        <translation>Штабта сақталған түрі: {0}; жіберілген түрі: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="137"/>
        <source>Its case was held, not applied</source>
        <translation>Жазбаның ісі ұсталды, жазба қолданылмады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>logged in</source>
        <translation>жүйеге кіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>locked the window</source>
        <translation>терезені бұғаттау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>opened a case</source>
        <translation>істі қарау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>decided a conflict</source>
        <translation>қайшылықты шешу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>rejected a held change</source>
        <translation>ұсталған өзгерісті қабылдамау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>sent a decision again</source>
        <translation>шешімді қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>enrolled a laptop</source>
        <translation>құрылғыны тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>revoked a laptop</source>
        <translation>құрылғыны кері шақыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>revoked a laptop&apos;s key</source>
        <translation>құрылғы кілтін кері шақыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>cleaned the quarantine</source>
        <translation>карантинді тазалау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>approved a recovery</source>
        <translation>қалпына келтіруді мақұлдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>wrote an update pack</source>
        <translation>жаңарту пакетін жазу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>reassigned a case</source>
        <translation>істі басқаға беру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>added a user</source>
        <translation>пайдаланушыны қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>disabled a user</source>
        <translation>пайдаланушыны өшіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>confirmed a linked person</source>
        <translation>байланысты адамды растау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="152"/>
        <source>rejected a linked person</source>
        <translation>байланысты адамды қабылдамау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>analyst</source>
        <translation>талдаушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>unit chief</source>
        <translation>бөлімше бастығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="157"/>
        <source>recovery officer</source>
        <translation>қалпына келтіруге жауапты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same name and date of birth</source>
        <translation>Т.А.Ә. мен туған күні бірдей</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="161"/>
        <source>similar name, same date of birth</source>
        <translation>Т.А.Ә. ұқсас, туған күні бірдей</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="162"/>
        <source>similar name, same year of birth</source>
        <translation>Т.А.Ә. ұқсас, туған жылы бірдей</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="163"/>
        <source>decided by an analyst</source>
        <translation>талдаушының шешімі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="168"/>
        <source>not a regular file</source>
        <translation>қалыпты файл емес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="169"/>
        <source>not a bundle of Inspector Desk</source>
        <translation>Inspector Desk пакеті емес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="170"/>
        <source>the file is cut short (copy it again)</source>
        <translation>файл толық емес (қайта көшіріңіз)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="171"/>
        <source>the signature does not match: the file was changed</source>
        <translation>қолтаңба сәйкес емес: файл өзгертілген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="172"/>
        <source>from a laptop headquarters has not enrolled</source>
        <translation>штабта тіркелмеген құрылғыдан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="173"/>
        <source>from a revoked laptop</source>
        <translation>кері шақырылған құрылғыдан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="174"/>
        <source>too large</source>
        <translation>тым үлкен</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="233"/>
        <source>A folder or a USB stick with *.idb bundles</source>
        <translation>*.idb пакеттері бар қалта немесе флешка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="235"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="236"/>
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="237"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="260"/>
        <source>Remove entries older than the retention</source>
        <translation>Сақтау мерзімінен ескі жазбаларды жою</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="271"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="278"/>
        <source>Folder with bundles</source>
        <translation>Пакеттер қалтасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="285"/>
        <source>Choose a folder with bundles first</source>
        <translation>Алдымен пакеттер қалтасын таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="290"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n файл импортталуда…</numerusform>
            <numerusform>%n файл импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="299"/>
        <source>Stopping after the current file…</source>
        <translation>Ағымдағы файлдан кейін тоқтатылады…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="317"/>
        <source>{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, {5} skipped</source>
        <translation>{0}Файлдар: {1}; қабылданды: {2}, бұрын жүктелген: {3}, қабылданбады: {4}, өткізіп жіберілді: {5}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="318"/>
        <source>Cancelled. </source>
        <translation>Тоқтатылды. </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="322"/>
        <source>Receipts to carry back ({0}): {1}</source>
        <translation>Құрылғыларға апарылатын түбіртектер ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>already imported</source>
        <translation>бұрын жүктелген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>skipped (not a regular file)</source>
        <translation>өткізіп жіберілді (қалыпты файл емес)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="340"/>
        <source>imported on {0}</source>
        <translation>жүктелген уақыты: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="351"/>
        <source>Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. Kept {6} days: {7} older than that.</source>
        <translation>Карантин ({0}): файлдар: {1}, {2}; ең ескісі {3}, ең жаңасы {4}; себептері бойынша: {5}. Сақтау мерзімі {6} күн; одан ескісі: {7}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="360"/>
        <source>Removed {0} entries ({1}).</source>
        <translation>Жойылған жазбалар: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Next contact</source>
        <translation>Келесі байланыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Active measures</source>
        <translation>Қолданыстағы шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Standard</source>
        <translation>Стандартты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="41"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Monitoring</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>Protective order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>Official warning</source>
        <translation>Ресми алдын ала ескерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>Administrative detention</source>
        <translation>Әкімшілік ұстап алу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>Preventive register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Offender</source>
        <translation>Құқық бұзушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Elderly person</source>
        <translation>Егде жастағы отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Family member</source>
        <translation>Отбасының басқа мүшесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="57"/>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>spouse</source>
        <translation>жұбайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>former spouse</source>
        <translation>бұрынғы жұбайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>partner living together</source>
        <translation>бірге тұратын адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>parent</source>
        <translation>ата-анасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>child</source>
        <translation>баласы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>brother or sister</source>
        <translation>бауыры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandparent</source>
        <translation>атасы/әжесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandchild</source>
        <translation>немересі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>relative</source>
        <translation>туысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>in-law</source>
        <translation>жекжаты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="137"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="160"/>
        <source>Protective measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="174"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="109"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="113"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="115"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="181"/>
        <source>Attachment</source>
        <translation>Тіркелген файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="75"/>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>102 police line</source>
        <translation>Полиция 102</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Written statement</source>
        <translation>Жазбаша өтініш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Social networks</source>
        <translation>Әлеуметтік желілер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="99"/>
        <source>Medical organisation</source>
        <translation>Медициналық ұйым</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Patrol</source>
        <translation>Патруль анықтады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="25"/>
        <source>main</source>
        <translation>негізгі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>Court special requirements</source>
        <translation>Соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="65"/>
        <source>former partner (lived together)</source>
        <translation>бұрын бірге тұрған адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>has a child in common</source>
        <translation>ортақ баласы бар адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>step-parent</source>
        <translation>өгей әкесі / өгей шешесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>guardian (custodian)</source>
        <translation>қорғаншысы (қамқоршысы)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="122"/>
        <source>Preventive home visit</source>
        <translation>Профилактикалық бару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="146"/>
        <source>Risk assessment checklist</source>
        <translation>Тәуекелді бағалау сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>111 contact centre</source>
        <translation>111 байланыс орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="82"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Қызметкер анықтады (үйлерді аралау)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="83"/>
        <source>112 emergency line</source>
        <translation>112 қызметі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="84"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Family support centre</source>
        <translation>Отбасын қолдау орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Relatives, neighbours</source>
        <translation>Туыстары, көршілері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Шаралардың мерзімі өтті, қайталанған хабарлама жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Family moved away</source>
        <translation>Отбасы көшіп кетті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Reconciled, no risk</source>
        <translation>Татуласты, тәуекел жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Transferred to another unit</source>
        <translation>Басқа бөлімшеге берілді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Person deceased</source>
        <translation>Адам қайтыс болды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Шара аяқталуына байланысты профилактикалық есептен шығарылды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Crisis centre</source>
        <translation>Дағдарыс орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="100"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>Guardianship authority</source>
        <translation>Қорғаншылық және қамқоршылық органы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>Juvenile affairs inspector</source>
        <translation>Кәмелетке толмағандардың істері жөніндегі инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау органдары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>Non-governmental organisation</source>
        <translation>Үкіметтік емес ұйым (ҮЕҰ)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>Mobile group</source>
        <translation>Мобильді топ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="107"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Зорлық-зомбылықтан зардап шеккен балаларға көмек көрсету орталығы (кабинеті)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="108"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="109"/>
        <source>Addiction treatment</source>
        <translation>Наркологиялық көмек (тәуелділікті емдеу)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Құқық бұзушыға арналған психокоррекциялық бағдарлама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>created</source>
        <translation>жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>changed</source>
        <translation>өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>deleted</source>
        <translation>жою</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>viewed</source>
        <translation>қарау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>printed</source>
        <translation>басып шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>exported</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>imported</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>unlocked</source>
        <translation>құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>locked</source>
        <translation>құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>passphrase changed</source>
        <translation>құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>re-encrypted</source>
        <translation>қайта шифрлау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>backed up</source>
        <translation>сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>restored</source>
        <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="118"/>
        <source>recovered</source>
        <translation>қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="122"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Жоспарлы байланыс (тәуекел: {0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="124"/>
        <source>New incident: contact within 24 hours</source>
        <translation>Жаңа оқиға: 24 сағат ішінде хабарласу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="125"/>
        <source>Protective order: mid-term check</source>
        <translation>Қорғау нұсқамасы: мерзімнің ортасындағы бақылау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="126"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Қорғау нұсқамасы аяқталуға жақын: сотқа өтінішхат беру туралы шешім қабылдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="127"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Соттың ерекше талаптары: әңгімелесуге келу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="128"/>
        <source>Preventive register: contact</source>
        <translation>Профилактикалық есеп: байланыс</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="716"/>
        <source>Note (required): why</source>
        <translation>Ескертпе (міндетті): неге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="718"/>
        <source>More pairs</source>
        <translation>Тағы жұптар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Same person: confirm</source>
        <translation>Бір адам: растау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="720"/>
        <source>Not the same: reject</source>
        <translation>Басқа адамдар: қабылдамау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="729"/>
        <source>Linked persons</source>
        <translation>Байланысты адамдар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="733"/>
        <source>Linked persons across inspectors are not available in this version.</source>
        <translation>Әртүрлі инспекторлардың байланысты адамдары бұл нұсқада қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="735"/>
        <source>Candidate pairs: the same person in two inspectors&apos; families.</source>
        <translation>Үміткер жұптар: екі инспектордың отбасыларындағы бір адам.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Pair</source>
        <translation>Жұп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Person 1</source>
        <translation>1-адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="756"/>
        <source>Person 2</source>
        <translation>2-адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="766"/>
        <source>Choose a pair and write a note</source>
        <translation>Жұпты таңдап, ескертпе жазыңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>{0} confirmed; update packs: {1}</source>
        <translation>{0} расталды; жаңарту пакеттері: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="775"/>
        <source>{0} rejected{1:.0}</source>
        <translation>{0} қабылданбады{1:.0}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="80"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="89"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="92"/>
        <source>Headquarters folder:</source>
        <translation>Штаб қалтасы:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="95"/>
        <source>empty: the encrypted file in the folder; or postgresql://…</source>
        <translation>бос: қалтадағы шифрланған файл; немесе postgresql://…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="96"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="98"/>
        <source>Headquarters passphrase:</source>
        <translation>Штаб құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="101"/>
        <source>Your login:</source>
        <translation>Сіздің логиніңіз:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="103"/>
        <source>Your passphrase:</source>
        <translation>Сіздің құпиясөзіңіз:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="104"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="132"/>
        <source>Fill in the headquarters passphrase, your login and your passphrase.</source>
        <translation>Штаб құпиясөзін, өз логиніңізді және құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="136"/>
        <source>Opening the keys (a few seconds)…</source>
        <translation>Кілттер ашылуда (бірнеше секунд)…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="346"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="347"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="350"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="354"/>
        <source>Beat</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="355"/>
        <source>Source of the report</source>
        <translation>Хабарлама көзі</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="29"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="30"/>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>Passphrase strength</source>
        <translation>Құпиясөздің беріктігі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="83"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="88"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>Passphrase again</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="85"/>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="106"/>
        <source>your own name, badge number, unit or district</source>
        <translation>өз атыңыз, жетон нөміріңіз, бөлімшеңіз немесе ауданыңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>a well-known password</source>
        <translation>көпке белгілі құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="108"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>жиі кездесетін орысша не қазақша сөз, есім, қала немесе ай атауы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>a dictionary word</source>
        <translation>сөздіктегі сөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="110"/>
        <source>a common first name or surname</source>
        <translation>кең таралған есім немесе тегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="111"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>басқа пернетақта тілінде терілген сөз (gfhjkm — бұл «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="112"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>қатар тұрған пернелер (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="113"/>
        <source>repeated characters or words</source>
        <translation>қайталанатын таңбалар немесе сөздер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="114"/>
        <source>a sequence like abc or 123</source>
        <translation>abc немесе 123 сияқты тізбек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="115"/>
        <source>a year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="116"/>
        <source>a date</source>
        <translation>күн-ай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="117"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>a орнына @ немесе o орнына 0 сияқты болжамды ауыстырулар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="118"/>
        <source>a word spelled backwards</source>
        <translation>кері жазылған сөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="127"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>Табу үшін шамамен 10&lt;sup&gt;{0}&lt;/sup&gt; болжам қажет; кемінде 10&lt;sup&gt;{1}&lt;/sup&gt; талап етіледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="130"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>Кемінде 10&lt;sup&gt;{0}&lt;/sup&gt; болжам талап етіледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="138"/>
        <source>At least {0} characters.</source>
        <translation>Кемінде {0} таңба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="142"/>
        <source>Easy to guess: {0}.</source>
        <translation>Оңай табылады: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="143"/>
        <source>Easy to guess.</source>
        <translation>Оңай табылады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Тағы бір-екі сирек сөз қосыңыз: өзара байланыссыз төрт-бес сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="150"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті сенімді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="135"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Бірнеше сөзден тұратын сөйлемді есте сақтау оңай, ал табу қиын.</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="290"/>
        <source>Keys: {0}</source>
        <translation>Пернелер: {0}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="370"/>
        <source>Reassign case {0}</source>
        <translation>№ {0} істі басқаға беру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="377"/>
        <source>To the laptop of:</source>
        <translation>Инспектордың құрылғысына:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="787"/>
        <source>A passphrase recovery request from a laptop (.idrecreq): every recovery officer types their own passphrase.</source>
        <translation>Құрылғыдан келген құпиясөзді қалпына келтіру сұрауы (.idrecreq): қалпына келтіруге жауаптылардың әрқайсысы өз құпиясөзін енгізеді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="792"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="800"/>
        <source>Approve recovery</source>
        <translation>Қалпына келтіруді мақұлдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="808"/>
        <source>Recovery</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="821"/>
        <source>Officer {0}:</source>
        <translation>Қалпына келтіруге жауапты {0}:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="826"/>
        <source>Recovery request</source>
        <translation>Қалпына келтіру сұрауы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="827"/>
        <source>Recovery requests (*.idrecreq)</source>
        <translation>Қалпына келтіру сұраулары (*.idrecreq)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="836"/>
        <source>Answer written: {0}. Carry it to the laptop.</source>
        <translation>Жауап жазылды: {0}. Оны құрылғыға апарыңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="189"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>Т.А.Ә., ЖСН, телефон, мекенжай немесе іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="191"/>
        <source>Any part of a phone number finds it: 4567, 12 34, +7 (701) 123, 8 701 …</source>
        <translation>Телефон нөмірі оның кез келген бөлігі бойынша табылады: 4567, 12 34, +7 (701) 123, 8 701 …</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="196"/>
        <source>Number of cases found</source>
        <translation>Табылған істер саны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Open cases</source>
        <translation>Ашық істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="204"/>
        <source>Closed</source>
        <translation>Жабылғандар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="205"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Any risk</source>
        <translation>Барлық тәуекел деңгейлері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>Any district</source>
        <translation>Кез келген аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="210"/>
        <source>Everyone&apos;s</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Active measure</source>
        <translation>Қолданыстағы шара</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Any or none</source>
        <translation>Шарасы бар және жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="212"/>
        <source>Any active measure</source>
        <translation>Қолданыстағы шарасы бар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/ui/register.py" line="267"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="296"/>
        <source>Sort by</source>
        <translation>Сұрыптау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="198"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="242"/>
        <source>Case register</source>
        <translation>Істер тізілімі</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="564"/>
        <source>Remove a person from the case</source>
        <translation>Адамды істен шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="568"/>
        <source>Remove {0} ({1}) from case {2}?</source>
        <translation>{0} ({1}) № {2} істен шығарылсын ба?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="571"/>
        <source>Their other role(s) in this case stay.</source>
        <translation>Бұл адамның осы істегі басқа рөлдері сақталады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="573"/>
        <source>They stay in their other case(s): {0}.</source>
        <translation>Адам басқа істерде қалады: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="575"/>
        <source>They are in no other case: their record is removed too (it stays in the audit and at headquarters, marked removed).</source>
        <translation>Адам басқа істерге қатыспайды: оның жазбасы да жойылады (аудит журналында және штабта ол «жойылған» белгісімен сақталады).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="581"/>
        <source>Reason for the removal</source>
        <translation>Шығару себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="582"/>
        <source>Remove</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="585"/>
        <source>Entered by mistake</source>
        <translation>Қателесіп енгізілген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="586"/>
        <source>A duplicate of another record</source>
        <translation>Басқа жазбаның көшірмесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="587"/>
        <source>Not part of this case</source>
        <translation>Бұл іске қатысы жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="588"/>
        <source>Other (say in the note)</source>
        <translation>Басқа (ескертпеде көрсетіңіз)</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="654"/>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="656"/>
        <source>Reason for reopening</source>
        <translation>Қайта ашу себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen case {0}</source>
        <translation>№ {0} істі қайта ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="660"/>
        <source>A new report of violence</source>
        <translation>Зорлық-зомбылық туралы жаңа хабарлама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="661"/>
        <source>A new incident in the family</source>
        <translation>Отбасындағы жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="662"/>
        <source>Closed by mistake</source>
        <translation>Қателесіп жабылған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="663"/>
        <source>A court decision</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="664"/>
        <source>Other (say in the note)</source>
        <translation>Басқа (ескертпеде көрсетіңіз)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="45"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="47"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>Алдымен көшірме тексеріледі. Егер бұл сақтық көшірме болмаса, бүлінген болса немесе құпиясөз қате болса, ештеңе өзгермейді және қойма ашық қалады. Әйтпесе ағымдағы файлдар before-restore қалтасына көшіріліп, олардың орнын көшірме алады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="55"/>
        <source>Backup folder</source>
        <translation>Сақтық көшірме қалтасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="56"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Сақтық көшірме қалтасы (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="62"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="63"/>
        <source>Passphrase of the backup</source>
        <translation>Сақтық көшірменің құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="77"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Сақтық көшірме қалтасын таңдаңыз (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="94"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="100"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="102"/>
        <source>Lock after idle minutes</source>
        <translation>Әрекетсіздіктен кейін құлыптау, минут</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="105"/>
        <source>Lock after idle</source>
        <translation>Әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Data location</source>
        <translation>Деректер орны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="113"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="117"/>
        <source>UTC{0}: the unit&apos;s time, whatever the computer is set to</source>
        <translation>UTC{0}: бөлімше уақыты, компьютер баптауларына қарамастан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="120"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="123"/>
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="125"/>
        <source>Back up the vault…</source>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Change passphrase…</source>
        <translation>Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="128"/>
        <source>Check the vault</source>
        <translation>Қойманы тексеріп шығу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="140"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="143"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Пернелер тіркесімдері: Ctrl+N — бару қосу, Ctrl+F — іздеу, Ctrl+S — сақтау, Ctrl+L — құлыптау, F12 — экранды бірден жасыру.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="157"/>
        <source>Where to put the backup</source>
        <translation>Сақтық көшірмені қайда сақтау керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="160"/>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="164"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="167"/>
        <source>Backup written and verified: {0}</source>
        <translation>Сақтық көшірме жасалды және тексерілді: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="194"/>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="202"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Қалпына келтірілді. Бұрынғы файлдар {0} ішінде сақталды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="221"/>
        <source>Change passphrase</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="230"/>
        <source>Passphrase changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="234"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="238"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>Қойма бүтін, аудит журналы бұзылмаған (жазбалар саны: {0}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="243"/>
        <source>Problems found:</source>
        <translation>Мәселелер анықталды:</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="603"/>
        <source>by district</source>
        <translation>аудандар бойынша</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="604"/>
        <source>by inspector</source>
        <translation>инспекторлар бойынша</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="605"/>
        <source>Month (YYYY-MM):</source>
        <translation>Ай (ЖЖЖЖ-АА):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="608"/>
        <source>Compute</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="609"/>
        <source>Export CSV</source>
        <translation>CSV экспорттау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="610"/>
        <source>Export PDF</source>
        <translation>PDF экспорттау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="611"/>
        <source>Export XLSX</source>
        <translation>XLSX экспорттау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="625"/>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="632"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="638"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="646"/>
        <source>Incidents by kind of violence (all cases)</source>
        <translation>Зорлық-зомбылық түрлері бойынша оқиғалар (барлық істер)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="647"/>
        <source>Victims by category (all cases)</source>
        <translation>Жәбірленушілер санаттар бойынша (барлық істер)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>physical</source>
        <translation>физикалық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>psychological</source>
        <translation>психологиялық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>sexual</source>
        <translation>жыныстық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>economic</source>
        <translation>экономикалық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>elderly</source>
        <translation>қарт адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>woman</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>man</source>
        <translation>ер адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="651"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="665"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="666"/>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="683"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="687"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="691"/>
        <source>Written: {0}</source>
        <translation>Жазылды: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="32"/>
        <source>The enrolment needs headquarters&apos; fingerprint: 16 characters in groups of four, from headquarters&apos; letter (not from the file). {again}</source>
        <translation>Тіркеу үшін штаб кілтінің саусақ ізі керек: штаб хатындағы төрт-төрттен топталған 16 таңба (файлдан емес). {again}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="35"/>
        <source>The fingerprint typed is not the key that signed {file}. Compare it with headquarters&apos; letter group by group. If it matches the letter, do not use this file: call headquarters.</source>
        <translation>Енгізілген саусақ ізі {file} файлына қол қойған кілт емес. Оны штаб хатымен топ-топ бойынша салыстырыңыз. Хатпен сәйкес келсе, бұл файлды пайдаланбаңыз: штабқа хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="39"/>
        <source>{file} is not validly signed by headquarters. Do not use it; ask headquarters for the enrolment file again.</source>
        <translation>{file} штабтың жарамды қолымен расталмаған. Оны пайдаланбаңыз; штабтан тіркеу файлын қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>{file} is not an enrolment file (*.idenrol) or it is damaged. Choose the .idenrol file headquarters sent.</source>
        <translation>{file} тіркеу файлы (*.idenrol) емес немесе бүлінген. Штаб жіберген .idenrol файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="45"/>
        <source>{file} was made for another computer. Send headquarters this computer&apos;s request (“Enrolment request…” on the Headquarters screen) and import the file they send back.</source>
        <translation>{file} басқа компьютерге жасалған. Штабқа осы компьютердің сұрауын жіберіңіз («Штаб» экранындағы «Тіркеуге сұраныс…») және жіберілген жауапты импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="49"/>
        <source>Headquarters already has this computer enrolled. Ask headquarters to replace its key, then import the new enrolment file.</source>
        <translation>Бұл компьютер штабта тіркелген. Штабтан оның кілтін ауыстыруды сұраңыз, содан кейін жаңа тіркеу файлын импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="52"/>
        <source>Headquarters gave this computer a case-number prefix that is already used. Ask headquarters for a new enrolment file.</source>
        <translation>Штаб бұл компьютерге бос емес іс нөмірі префиксін берді. Штабтан жаңа тіркеу файлын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>This computer is not enrolled with headquarters yet. Press “Enrolment request…”, give the request file to headquarters, then press “Import the enrolment file…” with the file they send back and type the fingerprint from their letter.</source>
        <translation>Бұл компьютер штабта әлі тіркелмеген. «Тіркеуге сұраныс…» түймесін басып, сұрау файлын штабқа беріңіз, содан кейін «Тіркеу файлын жүктеу…» түймесін басып, штаб жіберген файлды таңдаңыз және хаттағы саусақ ізін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Choose the file again on this page and type the fingerprint from the letter.</source>
        <translation>Осы бетте файлды қайта таңдап, штаб хатындағы саусақ ізін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="62"/>
        <source>Press “Import the enrolment file…” again and type the fingerprint from the letter.</source>
        <translation>«Тіркеу файлын жүктеу…» түймесін қайта басып, хаттағы саусақ ізін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="65"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="100"/>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="104"/>
        <source>Enrolled with headquarters</source>
        <translation>Штабта тіркелген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="105"/>
        <source>Case-number prefix</source>
        <translation>Іс нөмірлерінің префиксі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="106"/>
        <source>Changes not yet acknowledged</source>
        <translation>Штаб растамаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="107"/>
        <source>Last export</source>
        <translation>Соңғы экспорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="108"/>
        <source>Bundles written / acknowledged</source>
        <translation>Жазылған / расталған пакеттер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="109"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Үзілген экспорттардың нөмірлері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="116"/>
        <source>Send to headquarters</source>
        <translation>Штабқа жіберу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="118"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>Пакет штаб үшін шифрланған және осы компьютермен қол қойылған; оны тек штаб аша алады. Оны флешкамен апарыңыз немесе ортақ қалтаға салыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="124"/>
        <source>Export a bundle…</source>
        <translation>Пакет экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="447"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="130"/>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="133"/>
        <source>Send now</source>
        <translation>Қазір жіберу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="134"/>
        <source>Send every bundle not yet acknowledged to headquarters over the network, and take its receipt and update packs</source>
        <translation>Штаб әлі растамаған барлық пакеттерді желі арқылы жіберу және түбіртек пен жаңарту пакеттерін алу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="142"/>
        <source>Send automatically when headquarters is reachable</source>
        <translation>Штаб қолжетімді болғанда автоматты түрде жіберу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="159"/>
        <source>From headquarters</source>
        <translation>Штабтан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="165"/>
        <source>Import a receipt…</source>
        <translation>Түбіртекті жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Import an update pack…</source>
        <translation>Жаңарту пакетін жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="167"/>
        <source>Enrolment request…</source>
        <translation>Тіркеуге сұраныс…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="168"/>
        <source>Import the enrolment file…</source>
        <translation>Тіркеу файлын жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="195"/>
        <source>Headquarters online: {0}</source>
        <translation>Желідегі штаб: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="196"/>
        <source>Sending over the network needs an enrolment file that names headquarters&apos; online address; until then carry bundles on a stick.</source>
        <translation>Желі арқылы жіберу үшін штабтың желілік мекенжайы көрсетілген тіркеу файлы керек; оған дейін пакеттерді флешкамен апарыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="199"/>
        <source>Bundles waiting to be sent: {0}</source>
        <translation>Жіберуді күтіп тұрған пакеттер: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Set aside, not sent again: bundle {0}: {1}</source>
        <translation>Шетке қойылды, қайта жіберілмейді: {0} пакет: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="214"/>
        <source>yes, headquarters key {0}</source>
        <translation>иә, штаб кілті {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="216"/>
        <source>not yet: press “Enrolment request…” below and give the file to headquarters; then “Import the enrolment file…” with their answer</source>
        <translation>әлі жоқ: төмендегі «Тіркеуге сұраныс…» түймесін басып, файлды штабқа беріңіз; содан кейін штаб жауабымен «Тіркеу файлын жүктеу…»</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="266"/>
        <source>Sending to headquarters…</source>
        <translation>Штабқа жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="278"/>
        <source>Sent: bundles {0}.</source>
        <translation>Жіберілді: {0} пакеттер.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="280"/>
        <source>Headquarters already had: {0}.</source>
        <translation>Штабта бұрыннан бар: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="282"/>
        <source>Acknowledged by headquarters: {0}.</source>
        <translation>Штаб растады: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="285"/>
        <source>Update packs applied: {0}.</source>
        <translation>Қолданылған жаңарту пакеттері: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="287"/>
        <source>Headquarters refused bundle {0}: {1}. It is set aside and will not be sent again.</source>
        <translation>Штаб {0} пакетті қабылдамады: {1}. Ол шетке қойылды және қайта жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="302"/>
        <source>{0} Trying again in about {1} min.</source>
        <translation>{0} Шамамен {1} минуттан кейін қайта әрекет жасалады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="313"/>
        <source>Sending cancelled; headquarters keeps what arrived and the next sending continues from there.</source>
        <translation>Жіберу тоқтатылды; штаб келіп үлгергенін сақтайды, келесі жіберу сол жерден жалғасады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="421"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Тіркеу файлдары (*.idenrol);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="429"/>
        <source>Enrolled with headquarters key {0}.</source>
        <translation>Тіркелді, штаб кілті {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="442"/>
        <source>Type the fingerprint from headquarters&apos; letter, as printed there: 16 characters, 0-9 and a-f, in groups of four (xxxx xxxx xxxx xxxx). Do not copy it from the file.</source>
        <translation>Штаб хатындағы саусақ ізін сол жерде басылғандай енгізіңіз: 16 таңба, 0-9 және a-f, төрт-төрттен (xxxx xxxx xxxx xxxx). Оны файлдан көшірмеңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="452"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter (xxxx xxxx xxxx xxxx). Press “Import the enrolment file…” to try again.</source>
        <translation>Тіркелмеді: саусақ ізі — штаб хатындағы 16 таңба (xxxx xxxx xxxx xxxx). Қайта көру үшін «Тіркеу файлын жүктеу…» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="221"/>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="339"/>
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="351"/>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="364"/>
        <source>Written: {0}</source>
        <translation>Жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="291"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="365"/>
        <source>Nothing new to send.</source>
        <translation>Жіберетін жаңа өзгеріс жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="374"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Экспорт тоқтатылды; аяқталмаған пакет қалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="386"/>
        <source>Receipt from headquarters</source>
        <translation>Штаб түбіртегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="395"/>
        <source>Receipt accepted.</source>
        <translation>Түбіртек қабылданды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="401"/>
        <source>Update pack from headquarters</source>
        <translation>Штабтан жаңарту пакеті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="404"/>
        <source>Update applied.</source>
        <translation>Жаңарту қолданылды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="410"/>
        <source>Where to write the request</source>
        <translation>Сұранысты қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="414"/>
        <source>Request written: {0}</source>
        <translation>Сұраныс жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="420"/>
        <source>Enrolment file from headquarters</source>
        <translation>Штабтан тіркеу файлы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="441"/>
        <source>Headquarters fingerprint</source>
        <translation>Штаб кілтінің саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="446"/>
        <source>Enrol</source>
        <translation>Тіркеу</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="500"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="504"/>
        <source>Profile: {0}. The vault is locked.</source>
        <translation>Профиль: {0}. Қойма құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="508"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="509"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="512"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="537"/>
        <source>Opening the vault…</source>
        <translation>Қойма ашылуда…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="881"/>
        <source>Add a headquarters user</source>
        <translation>Штаб пайдаланушысын қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="890"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="891"/>
        <source>Full name:</source>
        <translation>Т.А.Ә.:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="892"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="893"/>
        <source>Passphrase:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="894"/>
        <source>Again:</source>
        <translation>Тағы бір рет:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="907"/>
        <source>Add user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="908"/>
        <source>Disable…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="913"/>
        <source>admin: everything · analyst: conflicts, linked persons, caseload, statistics · chief: caseload, statistics, devices · officer: recovery approvals</source>
        <translation>admin: барлығы · analyst: қайшылықтар, байланысты адамдар, жүктеме, статистика · chief: жүктеме, статистика, құрылғылар · officer: қалпына келтіруді мақұлдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="919"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Created</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>By</source>
        <translation>Кім қосты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="926"/>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="937"/>
        <source>The two passphrases differ</source>
        <translation>Құпиясөздер сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="941"/>
        <source>User {0} added ({1}).</source>
        <translation>{0} пайдаланушысы қосылды ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Disable {0}</source>
        <translation>{0} пайдаланушысын өшіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Why?</source>
        <translation>Неге?</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="370"/>
        <source>Keys: 1 or Y yes, 2 or N no, 3 or U unknown</source>
        <translation>Пернелер: 1 немесе И — иә, 2 немесе Ж — жоқ, 3 немесе Б — белгісіз</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="201"/>
        <source>About you</source>
        <translation>Өзіңіз туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="202"/>
        <source>This information goes on your documents and into the audit log. Fields marked * are required.</source>
        <translation>Бұл мәліметтер құжаттарыңызға және аудит журналына түседі. * белгісі бар өрістер міндетті.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="208"/>
        <source>e.g. police captain</source>
        <translation>мысалы, полиция капитаны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="215"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="216"/>
        <source>Badge number</source>
        <translation>Жетон нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="217"/>
        <source>Rank</source>
        <translation>Арнаулы атағы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="218"/>
        <source>Unit (in Russian)</source>
        <translation>Бөлімше (орыс тілінде)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="219"/>
        <source>Unit (in Kazakh)</source>
        <translation>Бөлімше (қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="220"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="133"/>
        <source>problem</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="214"/>
        <source>A person with this IIN is already recorded.</source>
        <translation>Осындай ЖСН-і бар адам бұрын енгізілген.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="295"/>
        <source>Restored from a draft kept in the vault (the desk was locked while this was being filled in). Cancel discards it.</source>
        <translation>Қоймада сақталған жобадан қалпына келтірілді (бұл толтырылып жатқанда бағдарлама бұғатталды). «Бас тарту» жобаны жояды.</translation>
    </message>
</context>
<context>
    <name>_HeadquartersPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="288"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="296"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Optional: the enrolment file you received from headquarters (*.idenrol). With it, type the fingerprint from headquarters&apos; letter. Without it, enrol later on the Headquarters screen.</source>
        <translation>Міндетті емес: штабтан алған тіркеу файлы (*.idenrol). Онымен бірге штаб хатындағы саусақ ізін енгізіңіз. Онсыз кейін «Штаб» экранында тіркеліңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="295"/>
        <source>no file: the vault works on its own</source>
        <translation>файлсыз: қойма дербес жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="297"/>
        <source>Choose the enrolment file</source>
        <translation>Тіркеу файлын таңдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="301"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="329"/>
        <source>Enrolment file from headquarters</source>
        <translation>Штабтан келген тіркеу файлы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="304"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="343"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="346"/>
        <source>Headquarters fingerprint (from the letter)</source>
        <translation>Штаб кілтінің саусақ ізі (хаттан)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="313"/>
        <source>Creating the vault</source>
        <translation>Қойманы жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="317"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Тіркеу файлдары (*.idenrol);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="349"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>Тіркеу осы кілтпен қол қойылған болса ғана қабылданады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="352"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Тек 0-9 цифрлары және a-f әріптері, хаттағыдай.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="354"/>
        <source>{0} of 16 characters.</source>
        <translation>16 таңбаның {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="356"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Тіркеу файлы болса, міндетті: 16 таңба, 0-9 цифрлары және a-f әріптері, төрттен топтап (мысалы 3f9c 0a12 7b44 e8d1). Оны файлдан көшірмеңіз: ол хаттан алынуы керек.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="361"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>Тіркеу файлы жоқ: қойма тіркелгенге дейін дербес жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="176"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="178"/>
        <source>Choose the language of the program. It can be changed later in Settings.</source>
        <translation>Бағдарлама тілін таңдаңыз. Оны кейін баптауларда өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="240"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="241"/>
        <source>The passphrase and this computer together open your vault. Fields marked * are required.</source>
        <translation>Қойманы құпия сөз тіркесі мен осы компьютер бірге ашады. * белгісі бар өрістер міндетті.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="248"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>Түсінемін, тек құпиясөзбен жалғастырғым келеді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="250"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>Осы компьютердің құпия кілті жүйелік кілттер қоймасында ({0}) сақталады. Қойманың көшірмесін басқа компьютерде, тіпті құпиясөзді біле тұра да ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="255"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>Бұл компьютерде қолжетімді жүйелік кілттер қоймасы жоқ. Қойманы тек құпиясөзбен қорғауға болады, бірақ бұл қорғаныс әлсіздеу: файлдың көшірмесі бар кез келген адам құпиясөзді табуға тырысуы мүмкін. Мүмкіндігінше АТ қызметінен кілттер қоймасын баптауды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="389"/>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="390"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="391"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="392"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="394"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="395"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="400"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="401"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="403"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Мекенжайы, егер іс мекенжайынан басқа болса</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="404"/>
        <source>Safe way to contact</source>
        <translation>Қауіпсіз байланыс тәсілі</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="323"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="324"/>
        <source>Choose the reason…</source>
        <translation>Себебін таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="325"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="99"/>
        <source>Add a person to the case</source>
        <translation>Іске адам қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="101"/>
        <source>Role in the case</source>
        <translation>Істегі рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="102"/>
        <source>Relation to the victim</source>
        <translation>Жәбірленушіге қатысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="106"/>
        <source>Lives together with the victim</source>
        <translation>Жәбірленушімен бірге тұрады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="108"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="111"/>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="112"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="113"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="114"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="116"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="119"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="122"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="123"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="125"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Мекенжайы, егер іс мекенжайынан басқа болса</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="126"/>
        <source>Safe way to contact</source>
        <translation>Қауіпсіз байланыс тәсілі</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="83"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="319"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="130"/>
        <source>Locked after {0} minutes without activity.</source>
        <translation>{0} минут әрекетсіз болғаннан кейін бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="131"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Бұғатталды: компьютер ұйқы режиміне өтті.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="132"/>
        <source>Locked because the screen was locked.</source>
        <translation>Бұғатталды: экран бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="133"/>
        <source>Locked because the session ended.</source>
        <translation>Бұғатталды: пайдаланушы сеансы аяқталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="134"/>
        <source>Locked.</source>
        <translation>Бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="273"/>
        <source>Inspector Desk — press F12 to return</source>
        <translation>Inspector Desk — қайту үшін F12 басыңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="303"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="320"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Бұғаттау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="305"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="321"/>
        <source>Hide the screen (F12)</source>
        <translation>Экранды жасыру (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="245"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
        <source>no file</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="246"/>
        <source>Attach a photo or scan…</source>
        <translation>Фото немесе скан тіркеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="254"/>
        <source>Attach a photo or scan</source>
        <translation>Фото немесе скан тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="255"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Суреттер және PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="257"/>
        <source>storing in the vault…</source>
        <translation>қоймаға сақталуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
        <source>file kept in the vault</source>
        <translation>файл қоймада сақталған</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="23"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>Record id</source>
        <translation>Жазба ID</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="25"/>
        <source>User (badge number)</source>
        <translation>Қызметкер (жетон нөмірі)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>User</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="28"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="29"/>
        <source>Any action</source>
        <translation>Кез келген әрекет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="32"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="40"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>When (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>What</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="43"/>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>New visit</source>
        <translation>Бару қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Risk assessment checklist</source>
        <translation>Тәуекелді бағалау сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Protective measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Case summary…</source>
        <translation>Іс бойынша анықтама…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Close case…</source>
        <translation>Істі жабу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="70"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="76"/>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="83"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="83"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="116"/>
        <source>Case {0}</source>
        <translation>Іс № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="117"/>
        <source>Risk: {0}</source>
        <translation>Тәуекел: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="123"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Келесі байланыс: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="126"/>
        <source>The case is closed: {0}</source>
        <translation>Іс жабылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Relation</source>
        <translation>Қатысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Lives with the victim</source>
        <translation>Жәбірленушімен бірге тұрады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>What</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>Details</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="150"/>
        <source>By</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="164"/>
        <source>score {0}, level: {1}</source>
        <translation>балл: {0}, деңгейі: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>professional judgement</source>
        <translation>кәсіби пайымдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="176"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · келесі бару: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="145"/>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="147"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="148"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="32"/>
        <source>Today&apos;s work</source>
        <translation>Бүгінгі жұмыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="46"/>
        <source>Good day, {0}</source>
        <translation>Қайырлы күн, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="47"/>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="48"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Штабқа жіберілмеген өзгерістер: {0}. Соңғы экспорт: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="73"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="77"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="81"/>
        <source>Measures ending within 5 days</source>
        <translation>5 күн ішінде аяқталатын шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="85"/>
        <source>no court decision yet</source>
        <translation>сот шешімі әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="86"/>
        <source>in {0} days</source>
        <translation>{0} күннен кейін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="88"/>
        <source>High-risk cases</source>
        <translation>Тәуекел деңгейі жоғары істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="92"/>
        <source>Unfinished drafts</source>
        <translation>Аяқталмаған жобалар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="95"/>
        <source>continue where you stopped</source>
        <translation>тоқтаған жерден жалғастыру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="98"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… тағы {0}: «Істер» бөлімін келесі байланыс бойынша сұрыптап қараңыз</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="118"/>
        <source>Fill in now</source>
        <translation>Ағымдағы уақытты қою</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="121"/>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="41"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="55"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="56"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="57"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="58"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="59"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="85"/>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="86"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Бару қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="87"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="88"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="154"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Алдымен істі ашыңыз, содан кейін бару қосу үшін Ctrl+N басыңыз.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="76"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="81"/>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="87"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="90"/>
        <source>For whom the copy is</source>
        <translation>Дана кімге арналған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="91"/>
        <source>For whom</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="97"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="99"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="101"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="106"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="183"/>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="130"/>
        <source>Offender&apos;s copy</source>
        <translation>Құқық бұзушының данасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="131"/>
        <source>Protected person&apos;s copy</source>
        <translation>Қорғалатын адамның данасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="132"/>
        <source>Copy for the file</source>
        <translation>Іске арналған дана</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="133"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="201"/>
        <source>{0} page(s)</source>
        <translation>Беттер саны: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="213"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="214"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>Бұл компьютерде принтер бапталмаған, сондықтан ештеңе басылған жоқ. Принтерді қосыңыз немесе көшірмені «PDF ретінде сақтау…» арқылы сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>Not printed: no printer.</source>
        <translation>Басылмады: принтер жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="234"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="241"/>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Inspector Desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="296"/>
        <source>Create my vault</source>
        <translation>Қойма жасау</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="56"/>
        <source>Risk score</source>
        <translation>Тәуекел балы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="75"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="78"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="80"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="131"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Жобадан қалпына келтірілді. Ештеңе жоғалған жоқ: дайын болғанда сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="233"/>
        <source>Score {0}: {1}</source>
        <translation>Балл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="237"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: шекті мәндер валидациядан өтпеген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="262"/>
        <source>{0} field(s) need attention</source>
        <translation>Назар аударуды қажет ететін өрістер: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="280"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Жоба қоймада сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="299"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="306"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="281"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="282"/>
        <source>Add a row to {0}</source>
        <translation>«{0}» ішіне жол қосу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="299"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Next contact</source>
        <translation>Келесі байланыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Active measures</source>
        <translation>Қолданыстағы шаралар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Standard</source>
        <translation>Стандартты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="29"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Monitoring</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Protective order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>Official warning</source>
        <translation>Ресми алдын ала ескерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="39"/>
        <source>Administrative detention</source>
        <translation>Әкімшілік ұстап алу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Preventive register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Offender</source>
        <translation>Құқық бұзушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Elderly person</source>
        <translation>Егде жастағы отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Family member</source>
        <translation>Отбасының басқа мүшесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>spouse</source>
        <translation>жұбайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>former spouse</source>
        <translation>бұрынғы жұбайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>partner living together</source>
        <translation>бірге тұратын адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>parent</source>
        <translation>ата-анасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>child</source>
        <translation>баласы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>brother or sister</source>
        <translation>бауыры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandparent</source>
        <translation>атасы/әжесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandchild</source>
        <translation>немересі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>relative</source>
        <translation>туысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>in-law</source>
        <translation>жекжаты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Protective measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Attachment</source>
        <translation>Тіркелген файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>102 police line</source>
        <translation>Полиция 102</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Written statement</source>
        <translation>Жазбаша өтініш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Social networks</source>
        <translation>Әлеуметтік желілер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="87"/>
        <source>Medical organisation</source>
        <translation>Медициналық ұйым</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="69"/>
        <source>Patrol</source>
        <translation>Патруль анықтады</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="37"/>
        <source>Court special requirements</source>
        <translation>Соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>former partner (lived together)</source>
        <translation>бұрын бірге тұрған адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="54"/>
        <source>has a child in common</source>
        <translation>ортақ баласы бар адам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>step-parent</source>
        <translation>өгей әкесі / өгей шешесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>guardian (custodian)</source>
        <translation>қорғаншысы (қамқоршысы)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Preventive home visit</source>
        <translation>Профилактикалық бару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Risk assessment checklist</source>
        <translation>Тәуекелді бағалау сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>111 contact centre</source>
        <translation>111 байланыс орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="70"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Қызметкер анықтады (үйлерді аралау)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>112 emergency line</source>
        <translation>112 қызметі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="72"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="86"/>
        <source>Family support centre</source>
        <translation>Отбасын қолдау орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="73"/>
        <source>Relatives, neighbours</source>
        <translation>Туыстары, көршілері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="76"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Шаралардың мерзімі өтті, қайталанған хабарлама жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="77"/>
        <source>Family moved away</source>
        <translation>Отбасы көшіп кетті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>Reconciled, no risk</source>
        <translation>Татуласты, тәуекел жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Transferred to another unit</source>
        <translation>Басқа бөлімшеге берілді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Person deceased</source>
        <translation>Адам қайтыс болды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Шара аяқталуына байланысты профилактикалық есептен шығарылды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Crisis centre</source>
        <translation>Дағдарыс орталығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Guardianship authority</source>
        <translation>Қорғаншылық және қамқоршылық органы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Juvenile affairs inspector</source>
        <translation>Кәмелетке толмағандардың істері жөніндегі инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау органдары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Non-governmental organisation</source>
        <translation>Үкіметтік емес ұйым (ҮЕҰ)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="94"/>
        <source>Mobile group</source>
        <translation>Мобильді топ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="95"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Зорлық-зомбылықтан зардап шеккен балаларға көмек көрсету орталығы (кабинеті)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="96"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Addiction treatment</source>
        <translation>Наркологиялық көмек (тәуелділікті емдеу)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Құқық бұзушыға арналған психокоррекциялық бағдарлама</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>created</source>
        <translation>жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>changed</source>
        <translation>өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>deleted</source>
        <translation>жою</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>viewed</source>
        <translation>қарау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>printed</source>
        <translation>басып шығару</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>exported</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>imported</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>unlocked</source>
        <translation>құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>locked</source>
        <translation>құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>passphrase changed</source>
        <translation>құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>re-encrypted</source>
        <translation>қайта шифрлау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>backed up</source>
        <translation>сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>restored</source>
        <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>recovered</source>
        <translation>қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Жоспарлы байланыс (тәуекел: {0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>New incident: contact within 24 hours</source>
        <translation>Жаңа оқиға: 24 сағат ішінде хабарласу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>Protective order: mid-term check</source>
        <translation>Қорғау нұсқамасы: мерзімнің ортасындағы бақылау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Қорғау нұсқамасы аяқталуға жақын: сотқа өтінішхат беру туралы шешім қабылдау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Соттың ерекше талаптары: әңгімелесуге келу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>Preventive register: contact</source>
        <translation>Профилактикалық есеп: байланыс</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="80"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="81"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="83"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="86"/>
        <source>Beat</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="87"/>
        <source>Source of the report</source>
        <translation>Хабарлама көзі</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="27"/>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="31"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="32"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="34"/>
        <source>Passphrase strength</source>
        <translation>Құпиясөздің беріктігі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="43"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="48"/>
        <source>Passphrase again</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="45"/>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="65"/>
        <source>your own name, badge number, unit or district</source>
        <translation>өз атыңыз, жетон нөміріңіз, бөлімшеңіз немесе ауданыңыз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="66"/>
        <source>a well-known password</source>
        <translation>көпке белгілі құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="67"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>жиі кездесетін орысша не қазақша сөз, есім, қала немесе ай атауы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="68"/>
        <source>a dictionary word</source>
        <translation>сөздіктегі сөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="69"/>
        <source>a common first name or surname</source>
        <translation>кең таралған есім немесе тегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>басқа пернетақта тілінде терілген сөз (gfhjkm — бұл «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>қатар тұрған пернелер (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>repeated characters or words</source>
        <translation>қайталанатын таңбалар немесе сөздер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="73"/>
        <source>a sequence like abc or 123</source>
        <translation>abc немесе 123 сияқты тізбек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>a year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="75"/>
        <source>a date</source>
        <translation>күн-ай</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="76"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>a орнына @ немесе o орнына 0 сияқты болжамды ауыстырулар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="77"/>
        <source>a word spelled backwards</source>
        <translation>кері жазылған сөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="86"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>Табу үшін шамамен 10&lt;sup&gt;{0}&lt;/sup&gt; болжам қажет; кемінде 10&lt;sup&gt;{1}&lt;/sup&gt; талап етіледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>Кемінде 10&lt;sup&gt;{0}&lt;/sup&gt; болжам талап етіледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="97"/>
        <source>At least {0} characters.</source>
        <translation>Кемінде {0} таңба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="101"/>
        <source>Easy to guess: {0}.</source>
        <translation>Оңай табылады: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="102"/>
        <source>Easy to guess.</source>
        <translation>Оңай табылады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="103"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Тағы бір-екі сирек сөз қосыңыз: өзара байланыссыз төрт-бес сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті сенімді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>The two passphrases differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="94"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Бірнеше сөзден тұратын сөйлемді есте сақтау оңай, ал табу қиын.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="155"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>Т.А.Ә., ЖСН, телефон, мекенжай немесе іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="156"/>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Open cases</source>
        <translation>Ашық істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="160"/>
        <source>Closed</source>
        <translation>Жабылғандар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="161"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Any risk</source>
        <translation>Барлық тәуекел деңгейлері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>Any district</source>
        <translation>Кез келген аудан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="166"/>
        <source>Everyone&apos;s</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Active measure</source>
        <translation>Қолданыстағы шара</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Any or none</source>
        <translation>Шарасы бар және жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="168"/>
        <source>Any active measure</source>
        <translation>Қолданыстағы шарасы бар</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="174"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Case register</source>
        <translation>Істер тізілімі</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="42"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="44"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>Алдымен көшірме тексеріледі. Егер бұл сақтық көшірме болмаса, бүлінген болса немесе құпиясөз қате болса, ештеңе өзгермейді және қойма ашық қалады. Әйтпесе ағымдағы файлдар before-restore қалтасына көшіріліп, олардың орнын көшірме алады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="52"/>
        <source>Backup folder</source>
        <translation>Сақтық көшірме қалтасы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="53"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="57"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Сақтық көшірме қалтасы (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="59"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Passphrase of the backup</source>
        <translation>Сақтық көшірменің құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="74"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Сақтық көшірме қалтасын таңдаңыз (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="87"/>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="96"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="97"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="98"/>
        <source>Lock after idle minutes</source>
        <translation>Әрекетсіздіктен кейін құлыптау, минут</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source>Lock after idle</source>
        <translation>Әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="104"/>
        <source>Data location</source>
        <translation>Деректер орны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="107"/>
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="109"/>
        <source>Back up the vault…</source>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="110"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="111"/>
        <source>Change passphrase…</source>
        <translation>Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Check the vault</source>
        <translation>Қойманы тексеріп шығу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="124"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Пернелер тіркесімдері: Ctrl+N — бару қосу, Ctrl+F — іздеу, Ctrl+S — сақтау, Ctrl+L — құлыптау, F12 — экранды бірден жасыру.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="139"/>
        <source>Where to put the backup</source>
        <translation>Сақтық көшірмені қайда сақтау керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="146"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="149"/>
        <source>Backup written and verified: {0}</source>
        <translation>Сақтық көшірме жасалды және тексерілді: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="176"/>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="184"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Қалпына келтірілді. Бұрынғы файлдар {0} ішінде сақталды</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="203"/>
        <source>Change passphrase</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="212"/>
        <source>Passphrase changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="216"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="220"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>Қойма бүтін, аудит журналы бұзылмаған (жазбалар саны: {0}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="225"/>
        <source>Problems found:</source>
        <translation>Мәселелер анықталды:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="21"/>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="24"/>
        <source>Enrolled with headquarters</source>
        <translation>Штабта тіркелген</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="25"/>
        <source>Case-number prefix</source>
        <translation>Іс нөмірлерінің префиксі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="26"/>
        <source>Changes not yet acknowledged</source>
        <translation>Штаб растамаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="27"/>
        <source>Last export</source>
        <translation>Соңғы экспорт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="28"/>
        <source>Bundles written / acknowledged</source>
        <translation>Жазылған / расталған пакеттер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="29"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Үзілген экспорттардың нөмірлері</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="36"/>
        <source>Send to headquarters</source>
        <translation>Штабқа жіберу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="38"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>Пакет штаб үшін шифрланған және осы компьютермен қол қойылған; оны тек штаб аша алады. Оны флешкамен апарыңыз немесе ортақ қалтаға салыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>Export a bundle…</source>
        <translation>Пакет экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="44"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="205"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="48"/>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>From headquarters</source>
        <translation>Штабтан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="57"/>
        <source>Import a receipt…</source>
        <translation>Түбіртекті жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="58"/>
        <source>Import an update pack…</source>
        <translation>Жаңарту пакетін жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="59"/>
        <source>Enrolment request…</source>
        <translation>Тіркеуге сұраныс…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Import the enrolment file…</source>
        <translation>Тіркеу файлын жүктеу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="78"/>
        <source>yes, key {0}</source>
        <translation>иә, кілт {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="79"/>
        <source>not yet: send an enrolment request</source>
        <translation>жоқ: тіркеуге сұраныс жіберіңіз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="83"/>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="101"/>
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="113"/>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <source>Written: {0}</source>
        <translation>Жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="127"/>
        <source>Nothing new to send.</source>
        <translation>Жіберетін жаңа өзгеріс жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="136"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Экспорт тоқтатылды; аяқталмаған пакет қалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="148"/>
        <source>Receipt from headquarters</source>
        <translation>Штаб түбіртегі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="157"/>
        <source>Receipt accepted.</source>
        <translation>Түбіртек қабылданды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="163"/>
        <source>Update pack from headquarters</source>
        <translation>Штабтан жаңарту пакеті</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Update applied.</source>
        <translation>Жаңарту қолданылды.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="172"/>
        <source>Where to write the request</source>
        <translation>Сұранысты қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="176"/>
        <source>Request written: {0}</source>
        <translation>Сұраныс жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="182"/>
        <source>Enrolment file from headquarters</source>
        <translation>Штабтан тіркеу файлы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="190"/>
        <source>Enrolled.</source>
        <translation>Тіркелді.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="200"/>
        <source>Headquarters fingerprint</source>
        <translation>Штаб кілтінің саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Type the fingerprint from headquarters&apos; letter (16 characters, 0-9 and a-f):</source>
        <translation>Штаб хатындағы саусақ ізін енгізіңіз (16 таңба, 0-9 және a-f):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="204"/>
        <source>Enrol</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="210"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter.</source>
        <translation>Тіркелмеді: саусақ ізі — штаб хатындағы 16 таңба.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="322"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="326"/>
        <source>Profile: {0}. The vault is locked.</source>
        <translation>Профиль: {0}. Қойма құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="331"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="334"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="359"/>
        <source>Opening the vault…</source>
        <translation>Қойма ашылуда…</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="131"/>
        <source>About you</source>
        <translation>Өзіңіз туралы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="132"/>
        <source>This information goes on your documents and into the audit log.</source>
        <translation>Бұл мәліметтер сіздің құжаттарыңызда және аудит журналында көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="137"/>
        <source>e.g. police captain</source>
        <translation>мысалы, полиция капитаны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="145"/>
        <source>Badge number</source>
        <translation>Жетон нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="146"/>
        <source>Rank</source>
        <translation>Арнаулы атағы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="147"/>
        <source>Unit (in Russian)</source>
        <translation>Бөлімше (орыс тілінде)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>Unit (in Kazakh)</source>
        <translation>Бөлімше (қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="149"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
</context>
<context>
    <name>_HeadquartersPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="222"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="223"/>
        <source>Optional: the enrolment file you received from headquarters. With it, type the fingerprint from headquarters&apos; letter.</source>
        <translation>Міндетті емес: штабтан алынған тіркеу файлы. Онымен бірге штаб хатындағы саусақ ізін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="228"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="233"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="247"/>
        <source>Enrolment file</source>
        <translation>Тіркеу файлы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="229"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="235"/>
        <source>Headquarters fingerprint (from headquarters&apos; letter)</source>
        <translation>Штаб кілтінің саусақ ізі (штаб хатынан)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="258"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>Тіркеу осы кілтпен қол қойылған болса ғана қабылданады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="261"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Тек 0-9 цифрлары және a-f әріптері, хаттағыдай.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="263"/>
        <source>{0} of 16 characters.</source>
        <translation>16 таңбаның {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="265"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Тіркеу файлы болса, міндетті: 16 таңба, 0-9 цифрлары және a-f әріптері, төрттен топтап (мысалы 3f9c 0a12 7b44 e8d1). Оны файлдан көшірмеңіз: ол хаттан алынуы керек.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="270"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>Тіркеу файлы жоқ: қойма тіркелгенге дейін дербес жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="165"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="166"/>
        <source>The passphrase and this computer together open your vault.</source>
        <translation>Қоймаңызды құпиясөз бен осы компьютер бірге ғана ашады.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="172"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>Түсінемін, тек құпиясөзбен жалғастырғым келеді</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="174"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>Осы компьютердің құпия кілті жүйелік кілттер қоймасында ({0}) сақталады. Қойманың көшірмесін басқа компьютерде, тіпті құпиясөзді біле тұра да ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="179"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>Бұл компьютерде қолжетімді жүйелік кілттер қоймасы жоқ. Қойманы тек құпиясөзбен қорғауға болады, бірақ бұл қорғаныс әлсіздеу: файлдың көшірмесі бар кез келген адам құпиясөзді табуға тырысуы мүмкін. Мүмкіндігінше АТ қызметінен кілттер қоймасын баптауды сұраңыз.</translation>
    </message>
</context>
</TS>

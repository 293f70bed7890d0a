<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="450"/>
        <source>Add a person to the case</source>
        <translation>Добавить лицо в дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="451"/>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="453"/>
        <source>Relation to the victim</source>
        <translation>Кем приходится потерпевшему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="457"/>
        <source>Lives together with the victim</source>
        <translation>Проживает совместно с потерпевшим</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="459"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="44"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="46"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 ч</translation>
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
        <translation>Заблокировано после {0} мин. без действий.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="159"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Заблокировано: компьютер ушёл в спящий режим.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="160"/>
        <source>Locked because the screen was locked.</source>
        <translation>Заблокировано: экран был заблокирован.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="161"/>
        <source>Locked because the session ended.</source>
        <translation>Заблокировано: сеанс пользователя завершён.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="162"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="350"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="367"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="352"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="368"/>
        <source>Hide the screen (F12)</source>
        <translation>Скрыть экран (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="407"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>no file</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="408"/>
        <source>Attach a photo or scan…</source>
        <translation>Прикрепить фото или скан…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="420"/>
        <source>Attach a photo or scan</source>
        <translation>Прикрепить фото или скан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="421"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Изображения и PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="423"/>
        <source>storing in the vault…</source>
        <translation>сохранение в хранилище…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>file kept in the vault</source>
        <translation>файл сохранён в хранилище</translation>
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
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="107"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="108"/>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="110"/>
        <source>User (badge number)</source>
        <translation>Сотрудник (номер жетона)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="111"/>
        <source>User</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="113"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="114"/>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="117"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="128"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="851"/>
        <source>Filter: user, action, case…</source>
        <translation>Фильтр: пользователь, действие, дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="860"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="46"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="63"/>
        <source>Notices from headquarters</source>
        <translation>Сообщения штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="71"/>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="123"/>
        <source>New visit</source>
        <translation>Новое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="138"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="147"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="161"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="175"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Case summary…</source>
        <translation>Сводка по делу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="73"/>
        <source>Reopen case…</source>
        <translation>Открыть дело снова…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="86"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="95"/>
        <source>Correct person…</source>
        <translation>Исправить данные лица…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="96"/>
        <source>Remove from case…</source>
        <translation>Исключить из дела…</translation>
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
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="145"/>
        <source>From headquarters:</source>
        <translation>От штаба:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="161"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>Risk: {0}</source>
        <translation>Риск: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="168"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Следующий контакт: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="171"/>
        <source>The case is closed: {0}</source>
        <translation>Дело закрыто: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Lives with the victim</source>
        <translation>Проживает совместно с пострадавшим</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>What</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="199"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="214"/>
        <source>score {0}, level: {1}</source>
        <translation>баллов: {0}, уровень: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="215"/>
        <source>professional judgement</source>
        <translation>профессиональное суждение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="220"/>
        <source>ended</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="229"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · следующее посещение: {1}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="477"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="478"/>
        <source>Open case (read-only)…</source>
        <translation>Открыть дело (только просмотр)…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="479"/>
        <source>Reassign…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="507"/>
        <source>Caseload</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Overdue contacts</source>
        <translation>Просроченные контакты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Measures ending ≤ 5 days</source>
        <translation>Меры, истекающие ≤ 5 дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Court decision missing</source>
        <translation>Нет решения суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="463"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <source>Measures ending</source>
        <translation>Истекающие меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="536"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="567"/>
        <source>Choose a case first.</source>
        <translation>Сначала выберите дело.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="538"/>
        <source>Open case {0}</source>
        <translation>Открыть дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="539"/>
        <source>Why do you open this family&apos;s case? (Recorded in the HQ audit with your name.)</source>
        <translation>Зачем вы открываете дело этой семьи? (Записывается в журнал аудита штаба с вашим именем.)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="545"/>
        <source>Case {0} — read-only</source>
        <translation>Дело № {0} — только просмотр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="546"/>
        <source>Owner: {0} ({1})</source>
        <translation>Владелец: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="553"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="555"/>
        <source>People:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="557"/>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="559"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="562"/>
        <source>Case {0} opened; the view is recorded in the HQ audit.</source>
        <translation>Дело № {0} открыто; просмотр записан в журнал аудита штаба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="579"/>
        <source>Case {0} reassigned; update packs: {1}</source>
        <translation>Дело № {0} передано; пакеты обновлений: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="604"/>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="616"/>
        <source>Close the case</source>
        <translation>Закрытие дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="607"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="608"/>
        <source>Nothing can be added to a closed case until it is reopened (with a reason).</source>
        <translation>В закрытое дело ничего нельзя добавить, пока его не откроют снова (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="611"/>
        <source>I confirm: close case {0}</source>
        <translation>Подтверждаю: закрыть дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="623"/>
        <source>The case is high-risk.</source>
        <translation>Дело с высоким уровнем риска.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="624"/>
        <source>A protective measure is in force.</source>
        <translation>Действует мера защиты.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="625"/>
        <source>A contact with the family is overdue.</source>
        <translation>Контакт с семьёй просрочен.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="626"/>
        <source>A contact with the family is due within 72 hours.</source>
        <translation>В ближайшие 72 часа нужен контакт с семьёй.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="628"/>
        <source>Before closing:</source>
        <translation>Перед закрытием:</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="72"/>
        <source>Note (required):</source>
        <translation>Примечание (обязательно):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="75"/>
        <source>Why this decision (kept with it in the HQ audit)</source>
        <translation>Почему принято это решение (сохраняется вместе с ним в журнале аудита штаба)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="77"/>
        <source>Decide</source>
        <translation>Решить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="80"/>
        <source>Reject the held change</source>
        <translation>Отклонить задержанное изменение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="86"/>
        <source>Update packs written for the devices:</source>
        <translation>Пакеты обновлений для устройств записаны:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Inspectors</source>
        <translation>Инспекторы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Since</source>
        <translation>Ожидает с</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Side times</source>
        <translation>Время сторон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="110"/>
        <source>Clashes</source>
        <translation>Спорные поля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="119"/>
        <source>No conflicts and no held changes.</source>
        <translation>Нет ни конфликтов, ни задержанных изменений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="120"/>
        <source>%n item(s) wait for a decision: choose one.</source>
        <translation>
            <numerusform>%n вопрос ждёт решения: выберите его.</numerusform>
            <numerusform>%n вопроса ждут решения: выберите один.</numerusform>
            <numerusform>%n вопросов ждут решения: выберите один.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="133"/>
        <source>side {0}: {1} on {2}, version {3}, {4}</source>
        <translation>сторона {0}: {1} на устройстве {2}, версия {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="137"/>
        <source>{0} · {1} · case {2} · {3}
{4}
Common base: {5}
{6}</source>
        <translation>{0} · {1} · дело № {2} · {3}
{4}
Общая основа: {5}
{6}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="139"/>
        <source>none (headquarters has no common version)</source>
        <translation>нет (у штаба нет общей версии)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Base</source>
        <translation>Основа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="142"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="154"/>
        <source>Side {0} ({1})</source>
        <translation>Сторона {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="157"/>
        <source>Typed value</source>
        <translation>Введённое значение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="152"/>
        <source>— decide —</source>
        <translation>— решите —</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="156"/>
        <source>Common base</source>
        <translation>Общая основа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="171"/>
        <source>Both sides changed this field: decide it</source>
        <translation>Обе стороны изменили это поле: примите решение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="227"/>
        <source>Decide these fields first: {0}</source>
        <translation>Сначала примите решение по полям: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="232"/>
        <source>Write a note: why this decision</source>
        <translation>Напишите примечание: почему принято это решение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="239"/>
        <source>{0} decided: version {1}</source>
        <translation>{0} решено: версия {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="246"/>
        <source>Write a note: why this change is rejected</source>
        <translation>Напишите примечание: почему это изменение отклонено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="251"/>
        <source>{0} rejected: headquarters&apos; version stays</source>
        <translation>{0} отклонено: остаётся версия штаба</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="37"/>
        <source>Today&apos;s work</source>
        <translation>Работа на сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="59"/>
        <source>Good day, {0}</source>
        <translation>Добрый день, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="60"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="61"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Изменений, не отправленных в штаб: {0}. Последняя выгрузка: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="70"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="72"/>
        <source>(no affected person yet)</source>
        <translation>(потерпевший ещё не указан)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="107"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="111"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="115"/>
        <source>Measures ending within 5 days</source>
        <translation>Меры, истекающие в ближайшие 5 дней</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="119"/>
        <source>no court decision yet</source>
        <translation>решения суда ещё нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="121"/>
        <source>in {0} days</source>
        <translation>через {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="122"/>
        <source>High-risk cases</source>
        <translation>Дела с высоким риском</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="126"/>
        <source>high risk</source>
        <translation>высокий риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="127"/>
        <source>Unfinished drafts</source>
        <translation>Незавершённые черновики</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="131"/>
        <source>{0}: continue where you stopped</source>
        <translation>{0}: продолжить с того места, где вы остановились</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="134"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… и ещё {0}: см. «Дела», сортировка по следующему контакту</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="73"/>
        <source>dd.mm.yyyy, today, +7</source>
        <translation>дд.мм.гггг, сегодня, +7</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="74"/>
        <source>dd.mm.yyyy hh:mm, now</source>
        <translation>дд.мм.гггг чч:мм, сейчас</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="75"/>
        <source>hh:mm, now</source>
        <translation>чч:мм, сейчас</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="78"/>
        <source>Type a date as dd.mm.yyyy (05031988 and 5.3.88 work too), &quot;today&quot;, +N for N days ahead or -N for N days back. Up and Down change it by a day.</source>
        <translation>Введите дату в виде дд.мм.гггг (подойдёт и 05031988 или 5.3.88), «сегодня», +N — на N дней вперёд или -N — на N дней назад. Клавиши ↑ и ↓ меняют дату на один день.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="93"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="94"/>
        <source>Choose on a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="153"/>
        <source>There is no such date: {0}</source>
        <translation>Такой даты нет: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="155"/>
        <source>Add the time, for example {0} 14:30</source>
        <translation>Добавьте время, например: {0} 14:30</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="157"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="165"/>
        <source>Not a time: {0} (write hh:mm, for example 14:30)</source>
        <translation>Не время: {0} (введите чч:мм, например 14:30)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="159"/>
        <source>Cannot be later than today</source>
        <translation>Не может быть позже сегодняшнего дня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="161"/>
        <source>Cannot be earlier than today</source>
        <translation>Не может быть раньше сегодняшнего дня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="163"/>
        <source>Too early: {0}</source>
        <translation>Слишком ранняя дата: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="167"/>
        <source>Not a date: {0} (write dd.mm.yyyy hh:mm, &quot;now&quot; or +N)</source>
        <translation>Не дата: {0} (введите дд.мм.гггг чч:мм, «сейчас» или +N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="168"/>
        <source>Not a date: {0} (write dd.mm.yyyy, &quot;today&quot; or +N)</source>
        <translation>Не дата: {0} (введите дд.мм.гггг, «сегодня» или +N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="286"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="84"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="102"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="103"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="104"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="105"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="172"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="173"/>
        <source>← Back (Alt+Left)</source>
        <translation>← Назад (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="174"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Поиск дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="175"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="176"/>
        <source>New &amp;case…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="177"/>
        <source>New &amp;visit</source>
        <translation>Новое &amp;посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="178"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Новое посещение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="180"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="183"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="185"/>
        <source>&amp;Privacy screen</source>
        <translation>&amp;Скрыть экран</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="187"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="189"/>
        <source>&amp;About Inspector Desk</source>
        <translation>&amp;О программе Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="214"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="225"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="258"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="261"/>
        <source>About Inspector Desk</source>
        <translation>О программе Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="262"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="487"/>
        <source>No case found.</source>
        <translation>Дело не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="522"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="545"/>
        <source>OVERDUE by {0} day(s)</source>
        <translation>ПРОСРОЧЕНО на {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="546"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="576"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Сначала откройте дело, затем нажмите Ctrl+N, чтобы добавить посещение.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="587"/>
        <source>Nothing to save on this page: Ctrl+S saves an open form.</source>
        <translation>На этой странице нечего сохранять: Ctrl+S сохраняет открытую форму.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="599"/>
        <source>Open a case first: printing is of a case or one of its records.</source>
        <translation>Сначала откройте дело: печатается дело или одна из его записей.</translation>
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
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="244"/>
        <source>Inspector Desk — Headquarters — {0}</source>
        <translation>Inspector Desk — Штаб — {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="280"/>
        <source>Locked. Log in again to go on.</source>
        <translation>Заблокировано. Чтобы продолжить, войдите снова.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="116"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="117"/>
        <source>Enrol…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="118"/>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="119"/>
        <source>Update pack…</source>
        <translation>Пакет обновлений…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="120"/>
        <source>Write receipt</source>
        <translation>Записать квитанцию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="135"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Headquarters key fingerprint: {0}</source>
        <translation>Отпечаток ключа штаба: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>enrolled</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last no.</source>
        <translation>Последний №</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Missing</source>
        <translation>Недостающие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Burned</source>
        <translation>Сгоревшие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Forks</source>
        <translation>Ветвления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Device id</source>
        <translation>ID устройства</translation>
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
        <translation>Регистрация устройства инспектора {0} ({1})

Устройство: {2}
Номера дел начинаются с: {3}
Подразделение: {4}
Файл регистрации: {5}

На устройстве: Штаб → Загрузить файл регистрации, выберите файл, затем введите отпечаток ключа штаба точно так, как он напечатан здесь:

        {6}

Если программа показывает другой отпечаток, остановитесь и позвоните в штаб: этот файл прислан не нами.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="176"/>
        <source>Enrolled {0} with prefix {1}; file: {2}</source>
        <translation>Зарегистрировано: {0}, префикс {1}; файл: {2}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="177"/>
        <source>Enrolment letter</source>
        <translation>Письмо о регистрации</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="184"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="195"/>
        <source>Choose a device first.</source>
        <translation>Сначала выберите устройство.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="186"/>
        <source>Revoke a device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="187"/>
        <source>Every further bundle of this device will be refused. Why?</source>
        <translation>Все последующие пакеты этого устройства будут отклоняться. Почему?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="189"/>
        <source>Revoked.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="197"/>
        <source>Forms, choice lists, follow-up rules</source>
        <translation>Формы, списки выбора, правила контроля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="198"/>
        <source>Forms and rules (*.yaml *.yml *.json)</source>
        <translation>Формы и правила (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="211"/>
        <source>Update pack written: {0}</source>
        <translation>Пакет обновлений записан: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="216"/>
        <source>Receipt written: {0}</source>
        <translation>Квитанция записана: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="89"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="94"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="100"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="103"/>
        <source>For whom the copy is</source>
        <translation>Для кого экземпляр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="104"/>
        <source>For whom</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="110"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="112"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="114"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="119"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="197"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="143"/>
        <source>Offender&apos;s copy</source>
        <translation>Экземпляр правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="144"/>
        <source>Protected person&apos;s copy</source>
        <translation>Экземпляр защищаемого лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="145"/>
        <source>Copy for the file</source>
        <translation>Экземпляр в дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>{0} page(s)</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="228"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="229"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>На этом компьютере не настроен принтер, поэтому ничего не напечатано. Подключите принтер или сохраните копию через «Сохранить в PDF…».</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="231"/>
        <source>Not printed: no printer.</source>
        <translation>Не напечатано: нет принтера.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="252"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="262"/>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="499"/>
        <source>Correct a person&apos;s details</source>
        <translation>Исправление данных лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="503"/>
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="517"/>
        <source>This person is also in case(s) {0}: the correction shows there too.</source>
        <translation>Это лицо участвует и в других делах: {0}. Исправление будет видно и там.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="533"/>
        <source>A typing error</source>
        <translation>Опечатка при вводе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="534"/>
        <source>Checked against documents</source>
        <translation>Сверено с документами</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="535"/>
        <source>New information</source>
        <translation>Новые сведения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="536"/>
        <source>Other (say in the note)</source>
        <translation>Другое (укажите в примечании)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="79"/>
        <source>Enrol a laptop</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="83"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="87"/>
        <source>Enrolment request (.idreq):</source>
        <translation>Запрос на регистрацию (.idreq):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="90"/>
        <source>Case-number prefix:</source>
        <translation>Префикс номеров дел:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="92"/>
        <source>as in the request</source>
        <translation>как в запросе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="93"/>
        <source>Unit:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="94"/>
        <source>This device id is enrolled with another key: replace it</source>
        <translation>Этот ID устройства зарегистрирован с другим ключом: заменить ключ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="97"/>
        <source>Reason (for a replaced key):</source>
        <translation>Причина (при замене ключа):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="104"/>
        <source>Enrolment request</source>
        <translation>Запрос на регистрацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="105"/>
        <source>Enrolment requests (*.idreq)</source>
        <translation>Запросы на регистрацию (*.idreq)</translation>
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
        <translation>Скопировать подробности</translation>
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
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="387"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Добро пожаловать в Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="397"/>
        <source>Create my vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="406"/>
        <source>Close the program: no vault has been made yet.</source>
        <translation>Закрыть программу: хранилище ещё не создано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="407"/>
        <source>Back to the first step; what was typed is cleared.</source>
        <translation>Вернуться к первому шагу; всё введённое будет стёрто.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="450"/>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>Создаём хранилище… Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="472"/>
        <source>Nothing was created. Correct it and press “Create my vault” again.</source>
        <translation>Ничего не создано. Исправьте и снова нажмите «Создать хранилище».</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="95"/>
        <source>Risk score</source>
        <translation>Балл риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="118"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="121"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="123"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="199"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Восстановлено из черновика. Ничего не потеряно: сохраните, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="201"/>
        <source>Filled in from the case: check and change as needed.</source>
        <translation>Заполнено по данным дела: проверьте и при необходимости измените.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="404"/>
        <source>Score {0}: {1}</source>
        <translation>Балл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="408"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: пороговые значения не прошли валидацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="440"/>
        <source>{0} field(s) need attention</source>
        <translation>Полей, требующих внимания: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="458"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Черновик сохранён в хранилище: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="470"/>
        <source>Not saved: {0} field(s) need attention</source>
        <translation>Не сохранено: есть поля, требующие внимания ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="484"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="495"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="447"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="448"/>
        <source>Add a row to {0}</source>
        <translation>Добавить строку в «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="467"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>HqLabels</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="60"/>
        <source>Form answer: {0}</source>
        <translation>Ответ в форме: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Beat</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Source</source>
        <translation>Источник сообщения</translation>
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
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Closing note</source>
        <translation>Примечание при закрытии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Safe contact</source>
        <translation>Безопасный способ связи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Vulnerabilities</source>
        <translation>Факторы уязвимости</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Notes</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Lives together</source>
        <translation>Проживает совместно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Visit time</source>
        <translation>Дата и время посещения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Type of visit</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Next visit due</source>
        <translation>Дата следующего посещения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Occurred</source>
        <translation>Время события</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Reported</source>
        <translation>Время сообщения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Types of violence</source>
        <translation>Виды насилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Kind of measure</source>
        <translation>Вид меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Issued</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Served</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid from</source>
        <translation>Начало срока действия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid until</source>
        <translation>Окончание срока действия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="78"/>
        <source>Court decision date</source>
        <translation>Дата постановления суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Check-ins per month</source>
        <translation>Явок в полицию в месяц</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Restrictions</source>
        <translation>Запреты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Service</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Referred</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome date</source>
        <translation>Дата результата</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Assessed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Computed risk level</source>
        <translation>Расчётный уровень риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Risk level set by hand</source>
        <translation>Уровень риска по профессиональному суждению</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>Why set by hand</source>
        <translation>Обоснование профессионального суждения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Created</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Created by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Form version</source>
        <translation>Версия формы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Respondent</source>
        <translation>Опрашиваемое лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="110"/>
        <source>Two versions of the record: headquarters cannot merge them alone</source>
        <translation>Две версии записи: штаб не может объединить их сам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="111"/>
        <source>The case belongs to another inspector: the change was held</source>
        <translation>Дело закреплено за другим инспектором: изменение задержано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="112"/>
        <source>The person belongs to another inspector: the change was held</source>
        <translation>Лицо закреплено за другим инспектором: изменение задержано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="113"/>
        <source>The record names another device or inspector than the one that sent it</source>
        <translation>В записи указаны устройство или инспектор, отличные от отправителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="114"/>
        <source>The record was sent as another kind of record</source>
        <translation>Запись отправлена как запись другого вида</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="115"/>
        <source>The case number was changed on the laptop</source>
        <translation>Номер дела изменён на устройстве</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="116"/>
        <source>Versions are missing between headquarters&apos; copy and this change</source>
        <translation>Между копией штаба и этим изменением недостаёт версий</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="117"/>
        <source>Its case was held, so this record was held too</source>
        <translation>Дело записи задержано, поэтому задержана и запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="127"/>
        <source>The case belongs to {0} (device {1})</source>
        <translation>Дело закреплено за инспектором: {0} (устройство {1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="128"/>
        <source>The person belongs to {0} (device {1})</source>
        <translation>Лицо закреплено за инспектором: {0} (устройство {1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="132"/>
        <source>Names the inspector of another device ({0})</source>
        <translation>Указан инспектор другого устройства ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="135"/>
        <source>Headquarters holds it as: {0}; sent as: {1}</source>
        <translation>В штабе хранится как: {0}; отправлено как: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="137"/>
        <source>Its case was held, not applied</source>
        <translation>Дело записи задержано, запись не применена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>logged in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>locked the window</source>
        <translation>блокировка окна</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>opened a case</source>
        <translation>просмотр дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>decided a conflict</source>
        <translation>решение конфликта</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>rejected a held change</source>
        <translation>отклонение задержанного изменения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>sent a decision again</source>
        <translation>повторная отправка решения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>enrolled a laptop</source>
        <translation>регистрация устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>revoked a laptop</source>
        <translation>отзыв устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>revoked a laptop&apos;s key</source>
        <translation>отзыв ключа устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>cleaned the quarantine</source>
        <translation>очистка карантина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>approved a recovery</source>
        <translation>одобрение восстановления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>wrote an update pack</source>
        <translation>запись пакета обновлений</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>reassigned a case</source>
        <translation>передача дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>added a user</source>
        <translation>добавление пользователя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>disabled a user</source>
        <translation>отключение пользователя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>confirmed a linked person</source>
        <translation>подтверждение связанного лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="152"/>
        <source>rejected a linked person</source>
        <translation>отклонение связанного лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>analyst</source>
        <translation>аналитик</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>unit chief</source>
        <translation>начальник подразделения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="157"/>
        <source>recovery officer</source>
        <translation>ответственный за восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same IIN</source>
        <translation>совпадает ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same name and date of birth</source>
        <translation>совпадают ФИО и дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="161"/>
        <source>similar name, same date of birth</source>
        <translation>похожие ФИО, та же дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="162"/>
        <source>similar name, same year of birth</source>
        <translation>похожие ФИО, тот же год рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="163"/>
        <source>decided by an analyst</source>
        <translation>решение аналитика</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="168"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="169"/>
        <source>not a bundle of Inspector Desk</source>
        <translation>не пакет Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="170"/>
        <source>the file is cut short (copy it again)</source>
        <translation>файл обрезан (скопируйте его снова)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="171"/>
        <source>the signature does not match: the file was changed</source>
        <translation>подпись не совпадает: файл изменён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="172"/>
        <source>from a laptop headquarters has not enrolled</source>
        <translation>с устройства, не зарегистрированного в штабе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="173"/>
        <source>from a revoked laptop</source>
        <translation>с отозванного устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="174"/>
        <source>too large</source>
        <translation>слишком большой</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="233"/>
        <source>A folder or a USB stick with *.idb bundles</source>
        <translation>Папка или флешка с пакетами *.idb</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="235"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="236"/>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="237"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="260"/>
        <source>Remove entries older than the retention</source>
        <translation>Удалить записи старше срока хранения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="271"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="278"/>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="285"/>
        <source>Choose a folder with bundles first</source>
        <translation>Сначала выберите папку с пакетами</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="290"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="299"/>
        <source>Stopping after the current file…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="317"/>
        <source>{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, {5} skipped</source>
        <translation>{0}Файлов: {1}; принято: {2}, уже загружено: {3}, отклонено: {4}, пропущено: {5}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="318"/>
        <source>Cancelled. </source>
        <translation>Отменено. </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="322"/>
        <source>Receipts to carry back ({0}): {1}</source>
        <translation>Квитанции для передачи на устройства ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>already imported</source>
        <translation>уже загружен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>skipped (not a regular file)</source>
        <translation>пропущен (не обычный файл)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="340"/>
        <source>imported on {0}</source>
        <translation>загружен {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="351"/>
        <source>Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. Kept {6} days: {7} older than that.</source>
        <translation>Карантин ({0}): файлов: {1}, {2}; самый старый {3}, самый новый {4}; по причинам: {5}. Срок хранения {6} дн.; старше него: {7}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="360"/>
        <source>Removed {0} entries ({1}).</source>
        <translation>Удалено записей: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Active measures</source>
        <translation>Действующие меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="41"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Monitoring</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>Protective order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>Official warning</source>
        <translation>Официальное предостережение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>Administrative detention</source>
        <translation>Административное задержание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>Preventive register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Offender</source>
        <translation>Правонарушитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Elderly person</source>
        <translation>Пожилой член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Family member</source>
        <translation>Иной член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="57"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>former spouse</source>
        <translation>бывший(ая) супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>partner living together</source>
        <translation>сожитель(ница)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>brother or sister</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandparent</source>
        <translation>дедушка/бабушка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandchild</source>
        <translation>внук/внучка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>in-law</source>
        <translation>свойственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="137"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="160"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="174"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="109"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="113"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="115"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="181"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="75"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>102 police line</source>
        <translation>Полиция 102</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Written statement</source>
        <translation>Письменное заявление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="99"/>
        <source>Medical organisation</source>
        <translation>Медицинская организация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Patrol</source>
        <translation>Выявлено патрулём</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="25"/>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="65"/>
        <source>former partner (lived together)</source>
        <translation>бывший сожитель (проживали совместно)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>has a child in common</source>
        <translation>имеющий общего ребёнка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>step-parent</source>
        <translation>отчим / мачеха</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>guardian (custodian)</source>
        <translation>опекун (попечитель)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="122"/>
        <source>Preventive home visit</source>
        <translation>Профилактическое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="146"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>111 contact centre</source>
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="82"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Выявлено сотрудником (подворный обход)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="83"/>
        <source>112 emergency line</source>
        <translation>Служба 112</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="84"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Family support centre</source>
        <translation>Центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Relatives, neighbours</source>
        <translation>Родственники, соседи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Истёк срок мер, повторных сообщений нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Family moved away</source>
        <translation>Семья переехала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Reconciled, no risk</source>
        <translation>Примирение, риска нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Transferred to another unit</source>
        <translation>Передано другому подразделению</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Person deceased</source>
        <translation>Смерть лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Снят с профилактического учёта по окончании меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Crisis centre</source>
        <translation>Кризисный центр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="100"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>Guardianship authority</source>
        <translation>Орган опеки и попечительства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>Juvenile affairs inspector</source>
        <translation>Инспектор по делам несовершеннолетних (ИДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация (НПО)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>Mobile group</source>
        <translation>Мобильная группа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="107"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Центр (кабинет) помощи детям, потерпевшим от насилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="108"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Комиссия по делам несовершеннолетних и защите их прав (КДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="109"/>
        <source>Addiction treatment</source>
        <translation>Наркологическая помощь (лечение зависимости)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Психокоррекционная программа для правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>exported</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>imported</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>unlocked</source>
        <translation>разблокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>locked</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>passphrase changed</source>
        <translation>смена пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>re-encrypted</source>
        <translation>перешифрование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>backed up</source>
        <translation>резервное копирование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>restored</source>
        <translation>восстановление из копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="118"/>
        <source>recovered</source>
        <translation>восстановление доступа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="122"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Плановый контакт (риск: {0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="124"/>
        <source>New incident: contact within 24 hours</source>
        <translation>Новое происшествие: связаться в течение 24 часов</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="125"/>
        <source>Protective order: mid-term check</source>
        <translation>Защитное предписание: проверка в середине срока</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="126"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Защитное предписание истекает: решить вопрос о ходатайстве в суд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="127"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Особые требования суда: явка на беседу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="128"/>
        <source>Preventive register: contact</source>
        <translation>Профилактический учёт: контакт</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="716"/>
        <source>Note (required): why</source>
        <translation>Примечание (обязательно): почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="718"/>
        <source>More pairs</source>
        <translation>Ещё пары</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Same person: confirm</source>
        <translation>Одно лицо: подтвердить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="720"/>
        <source>Not the same: reject</source>
        <translation>Разные лица: отклонить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="729"/>
        <source>Linked persons</source>
        <translation>Связанные лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="733"/>
        <source>Linked persons across inspectors are not available in this version.</source>
        <translation>Связанные лица разных инспекторов в этой версии недоступны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="735"/>
        <source>Candidate pairs: the same person in two inspectors&apos; families.</source>
        <translation>Пары-кандидаты: одно и то же лицо в семьях двух инспекторов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Person 1</source>
        <translation>Лицо 1</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="756"/>
        <source>Person 2</source>
        <translation>Лицо 2</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="766"/>
        <source>Choose a pair and write a note</source>
        <translation>Выберите пару и напишите примечание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>{0} confirmed; update packs: {1}</source>
        <translation>{0} подтверждено; пакеты обновлений: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="775"/>
        <source>{0} rejected{1:.0}</source>
        <translation>{0} отклонено{1:.0}</translation>
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
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="92"/>
        <source>Headquarters folder:</source>
        <translation>Папка штаба:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="95"/>
        <source>empty: the encrypted file in the folder; or postgresql://…</source>
        <translation>пусто: зашифрованный файл в папке; или postgresql://…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="96"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="98"/>
        <source>Headquarters passphrase:</source>
        <translation>Пароль штаба:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="101"/>
        <source>Your login:</source>
        <translation>Ваш логин:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="103"/>
        <source>Your passphrase:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="104"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="132"/>
        <source>Fill in the headquarters passphrase, your login and your passphrase.</source>
        <translation>Введите пароль штаба, свой логин и свой пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="136"/>
        <source>Opening the keys (a few seconds)…</source>
        <translation>Открытие ключей (несколько секунд)…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="346"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="347"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="350"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="354"/>
        <source>Beat</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="355"/>
        <source>Source of the report</source>
        <translation>Источник сообщения</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="29"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="30"/>
        <source>Current passphrase</source>
        <translation>Текущий пароль</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="83"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="88"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>Passphrase again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="85"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="106"/>
        <source>your own name, badge number, unit or district</source>
        <translation>ваше имя, номер жетона, подразделение или район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>a well-known password</source>
        <translation>широко известный пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="108"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>частое русское или казахское слово, имя, город или месяц</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>a dictionary word</source>
        <translation>словарное слово</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="110"/>
        <source>a common first name or surname</source>
        <translation>распространённое имя или фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="111"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>слово, набранное в другой раскладке (gfhjkm — это «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="112"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>ряд соседних клавиш (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="113"/>
        <source>repeated characters or words</source>
        <translation>повторяющиеся символы или слова</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="114"/>
        <source>a sequence like abc or 123</source>
        <translation>последовательность вроде abc или 123</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="115"/>
        <source>a year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="116"/>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="117"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>предсказуемые замены вроде @ вместо a или 0 вместо o</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="118"/>
        <source>a word spelled backwards</source>
        <translation>слово, написанное задом наперёд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="127"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>Чтобы угадать, нужно около 10&lt;sup&gt;{0}&lt;/sup&gt; попыток; требуется не менее 10&lt;sup&gt;{1}&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="130"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>Требуется не менее 10&lt;sup&gt;{0}&lt;/sup&gt; попыток угадывания.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="138"/>
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="142"/>
        <source>Easy to guess: {0}.</source>
        <translation>Легко угадать: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="143"/>
        <source>Easy to guess.</source>
        <translation>Легко угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Добавьте ещё одно-два редких слова: четыре-пять не связанных слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="150"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжный.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="135"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Фразу из нескольких слов легко запомнить и трудно подобрать.</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="290"/>
        <source>Keys: {0}</source>
        <translation>Клавиши: {0}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="370"/>
        <source>Reassign case {0}</source>
        <translation>Передача дела № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="377"/>
        <source>To the laptop of:</source>
        <translation>На устройство инспектора:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="787"/>
        <source>A passphrase recovery request from a laptop (.idrecreq): every recovery officer types their own passphrase.</source>
        <translation>Запрос на восстановление пароля с устройства (.idrecreq): каждый ответственный за восстановление вводит свой пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="792"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="800"/>
        <source>Approve recovery</source>
        <translation>Одобрить восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="808"/>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="821"/>
        <source>Officer {0}:</source>
        <translation>Ответственный за восстановление {0}:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="826"/>
        <source>Recovery request</source>
        <translation>Запрос на восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="827"/>
        <source>Recovery requests (*.idrecreq)</source>
        <translation>Запросы на восстановление (*.idrecreq)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="836"/>
        <source>Answer written: {0}. Carry it to the laptop.</source>
        <translation>Ответ записан: {0}. Отнесите его на устройство.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="189"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>ФИО, ИИН, телефон, адрес или номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="191"/>
        <source>Any part of a phone number finds it: 4567, 12 34, +7 (701) 123, 8 701 …</source>
        <translation>Телефон находится по любой его части: 4567, 12 34, +7 (701) 123, 8 701 …</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="196"/>
        <source>Number of cases found</source>
        <translation>Количество найденных дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="204"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="205"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Any risk</source>
        <translation>Все уровни риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>Any district</source>
        <translation>Любой район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="210"/>
        <source>Everyone&apos;s</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Active measure</source>
        <translation>Действующая мера</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Any or none</source>
        <translation>С мерами и без</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="212"/>
        <source>Any active measure</source>
        <translation>Есть действующая мера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/ui/register.py" line="267"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="296"/>
        <source>Sort by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="198"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="242"/>
        <source>Case register</source>
        <translation>Реестр дел</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="564"/>
        <source>Remove a person from the case</source>
        <translation>Исключение лица из дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="568"/>
        <source>Remove {0} ({1}) from case {2}?</source>
        <translation>Исключить из дела № {2}: {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="571"/>
        <source>Their other role(s) in this case stay.</source>
        <translation>Другие роли этого лица в деле сохраняются.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="573"/>
        <source>They stay in their other case(s): {0}.</source>
        <translation>Лицо остаётся в других делах: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="575"/>
        <source>They are in no other case: their record is removed too (it stays in the audit and at headquarters, marked removed).</source>
        <translation>Лицо не участвует в других делах: его запись тоже удаляется (в журнале аудита и в штабе она остаётся с отметкой об удалении).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="581"/>
        <source>Reason for the removal</source>
        <translation>Причина исключения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="582"/>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="585"/>
        <source>Entered by mistake</source>
        <translation>Внесено по ошибке</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="586"/>
        <source>A duplicate of another record</source>
        <translation>Дубликат другой записи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="587"/>
        <source>Not part of this case</source>
        <translation>Не относится к этому делу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="588"/>
        <source>Other (say in the note)</source>
        <translation>Другое (укажите в примечании)</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="654"/>
        <source>Reopen the case</source>
        <translation>Повторное открытие дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="656"/>
        <source>Reason for reopening</source>
        <translation>Причина повторного открытия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen case {0}</source>
        <translation>Открыть дело № {0} снова</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="660"/>
        <source>A new report of violence</source>
        <translation>Новое сообщение о насилии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="661"/>
        <source>A new incident in the family</source>
        <translation>Новое происшествие в семье</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="662"/>
        <source>Closed by mistake</source>
        <translation>Закрыто по ошибке</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="663"/>
        <source>A court decision</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="664"/>
        <source>Other (say in the note)</source>
        <translation>Другое (укажите в примечании)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="45"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="47"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>Сначала копия проверяется. Если это не резервная копия, она повреждена или пароль неверен, ничего не меняется и хранилище остаётся открытым. Иначе текущие файлы переносятся в папку before-restore, а их место занимает копия.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="55"/>
        <source>Backup folder</source>
        <translation>Папка резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="56"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Папка резервной копии (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="62"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="63"/>
        <source>Passphrase of the backup</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="77"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Выберите папку резервной копии (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="94"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="100"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="102"/>
        <source>Lock after idle minutes</source>
        <translation>Блокировка после бездействия, минут</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="105"/>
        <source>Lock after idle</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Data location</source>
        <translation>Расположение данных</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="113"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="117"/>
        <source>UTC{0}: the unit&apos;s time, whatever the computer is set to</source>
        <translation>UTC{0}: время подразделения, независимо от настроек компьютера</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="120"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="123"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="125"/>
        <source>Back up the vault…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Change passphrase…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="128"/>
        <source>Check the vault</source>
        <translation>Проверить хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="140"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="143"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Сочетания клавиш: Ctrl+N — новое посещение, Ctrl+F — поиск, Ctrl+S — сохранить, Ctrl+L — заблокировать, F12 — мгновенно скрыть экран.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="157"/>
        <source>Where to put the backup</source>
        <translation>Куда сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="160"/>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="164"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="167"/>
        <source>Backup written and verified: {0}</source>
        <translation>Резервная копия создана и проверена: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="194"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="202"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Восстановлено. Прежние файлы сохранены в {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="221"/>
        <source>Change passphrase</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="230"/>
        <source>Passphrase changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="234"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="238"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>Хранилище цело, журнал аудита не нарушен (записей: {0}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="243"/>
        <source>Problems found:</source>
        <translation>Обнаружены проблемы:</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="603"/>
        <source>by district</source>
        <translation>по районам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="604"/>
        <source>by inspector</source>
        <translation>по инспекторам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="605"/>
        <source>Month (YYYY-MM):</source>
        <translation>Месяц (ГГГГ-ММ):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="608"/>
        <source>Compute</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="609"/>
        <source>Export CSV</source>
        <translation>Выгрузить CSV</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="610"/>
        <source>Export PDF</source>
        <translation>Выгрузить PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="611"/>
        <source>Export XLSX</source>
        <translation>Выгрузить XLSX</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="625"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="632"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="638"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="646"/>
        <source>Incidents by kind of violence (all cases)</source>
        <translation>Происшествия по видам насилия (все дела)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="647"/>
        <source>Victims by category (all cases)</source>
        <translation>Потерпевшие по категориям (все дела)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>physical</source>
        <translation>физическое</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>psychological</source>
        <translation>психологическое</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>sexual</source>
        <translation>сексуальное</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>economic</source>
        <translation>экономическое</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>elderly</source>
        <translation>пожилой человек</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>man</source>
        <translation>мужчина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="651"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="665"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="666"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="683"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="687"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="691"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="32"/>
        <source>The enrolment needs headquarters&apos; fingerprint: 16 characters in groups of four, from headquarters&apos; letter (not from the file). {again}</source>
        <translation>Для регистрации нужен отпечаток ключа штаба: 16 знаков группами по четыре, из письма штаба (не из файла). {again}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="35"/>
        <source>The fingerprint typed is not the key that signed {file}. Compare it with headquarters&apos; letter group by group. If it matches the letter, do not use this file: call headquarters.</source>
        <translation>Введённый отпечаток — не тот ключ, которым подписан {file}. Сверьте его с письмом штаба по группам. Если он совпадает с письмом, не используйте этот файл: позвоните в штаб.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="39"/>
        <source>{file} is not validly signed by headquarters. Do not use it; ask headquarters for the enrolment file again.</source>
        <translation>{file} не имеет действительной подписи штаба. Не используйте его; попросите у штаба файл регистрации ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>{file} is not an enrolment file (*.idenrol) or it is damaged. Choose the .idenrol file headquarters sent.</source>
        <translation>{file} — не файл регистрации (*.idenrol) или он повреждён. Выберите файл .idenrol, присланный штабом.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="45"/>
        <source>{file} was made for another computer. Send headquarters this computer&apos;s request (“Enrolment request…” on the Headquarters screen) and import the file they send back.</source>
        <translation>{file} сделан для другого компьютера. Отправьте в штаб запрос этого компьютера («Запрос на регистрацию…» на экране «Штаб») и импортируйте присланный ответ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="49"/>
        <source>Headquarters already has this computer enrolled. Ask headquarters to replace its key, then import the new enrolment file.</source>
        <translation>Этот компьютер уже зарегистрирован в штабе. Попросите штаб заменить его ключ, затем импортируйте новый файл регистрации.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="52"/>
        <source>Headquarters gave this computer a case-number prefix that is already used. Ask headquarters for a new enrolment file.</source>
        <translation>Штаб выдал этому компьютеру уже занятый префикс номеров дел. Попросите у штаба новый файл регистрации.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>This computer is not enrolled with headquarters yet. Press “Enrolment request…”, give the request file to headquarters, then press “Import the enrolment file…” with the file they send back and type the fingerprint from their letter.</source>
        <translation>Этот компьютер ещё не зарегистрирован в штабе. Нажмите «Запрос на регистрацию…», передайте файл запроса в штаб, затем нажмите «Загрузить файл регистрации…», выберите присланный штабом файл и введите отпечаток из письма.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Choose the file again on this page and type the fingerprint from the letter.</source>
        <translation>Выберите файл на этой странице ещё раз и введите отпечаток из письма штаба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="62"/>
        <source>Press “Import the enrolment file…” again and type the fingerprint from the letter.</source>
        <translation>Снова нажмите «Загрузить файл регистрации…» и введите отпечаток из письма.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="65"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="100"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="104"/>
        <source>Enrolled with headquarters</source>
        <translation>Зарегистрирован в штабе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="105"/>
        <source>Case-number prefix</source>
        <translation>Префикс номеров дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="106"/>
        <source>Changes not yet acknowledged</source>
        <translation>Изменения без подтверждения штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="107"/>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="108"/>
        <source>Bundles written / acknowledged</source>
        <translation>Пакетов записано / подтверждено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="109"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Номера прерванных выгрузок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="116"/>
        <source>Send to headquarters</source>
        <translation>Отправка в штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="118"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>Пакет зашифрован для штаба и подписан этим компьютером; открыть его может только штаб. Перенесите его на флешке или положите в общую папку.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="124"/>
        <source>Export a bundle…</source>
        <translation>Выгрузить пакет…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="447"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="130"/>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="133"/>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="134"/>
        <source>Send every bundle not yet acknowledged to headquarters over the network, and take its receipt and update packs</source>
        <translation>Отправить в штаб по сети все пакеты, получение которых ещё не подтверждено, и забрать квитанцию и пакеты обновлений</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="142"/>
        <source>Send automatically when headquarters is reachable</source>
        <translation>Отправлять автоматически, когда штаб доступен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="159"/>
        <source>From headquarters</source>
        <translation>Из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="165"/>
        <source>Import a receipt…</source>
        <translation>Загрузить квитанцию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Import an update pack…</source>
        <translation>Загрузить пакет обновлений…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="167"/>
        <source>Enrolment request…</source>
        <translation>Запрос на регистрацию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="168"/>
        <source>Import the enrolment file…</source>
        <translation>Загрузить файл регистрации…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="195"/>
        <source>Headquarters online: {0}</source>
        <translation>Штаб в сети: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="196"/>
        <source>Sending over the network needs an enrolment file that names headquarters&apos; online address; until then carry bundles on a stick.</source>
        <translation>Для отправки по сети нужен файл регистрации с сетевым адресом штаба; до тех пор переносите пакеты на флешке.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="199"/>
        <source>Bundles waiting to be sent: {0}</source>
        <translation>Пакетов ждут отправки: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Set aside, not sent again: bundle {0}: {1}</source>
        <translation>Отложен и больше не отправляется: пакет {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="214"/>
        <source>yes, headquarters key {0}</source>
        <translation>да, ключ штаба {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="216"/>
        <source>not yet: press “Enrolment request…” below and give the file to headquarters; then “Import the enrolment file…” with their answer</source>
        <translation>ещё нет: нажмите ниже «Запрос на регистрацию…» и передайте файл в штаб; затем «Загрузить файл регистрации…» с ответом штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="266"/>
        <source>Sending to headquarters…</source>
        <translation>Отправка в штаб…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="278"/>
        <source>Sent: bundles {0}.</source>
        <translation>Отправлено: пакеты {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="280"/>
        <source>Headquarters already had: {0}.</source>
        <translation>Уже были в штабе: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="282"/>
        <source>Acknowledged by headquarters: {0}.</source>
        <translation>Подтверждено штабом: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="285"/>
        <source>Update packs applied: {0}.</source>
        <translation>Применено пакетов обновлений: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="287"/>
        <source>Headquarters refused bundle {0}: {1}. It is set aside and will not be sent again.</source>
        <translation>Штаб отказался принять пакет {0}: {1}. Он отложен и больше не будет отправляться.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="302"/>
        <source>{0} Trying again in about {1} min.</source>
        <translation>{0} Новая попытка примерно через {1} мин.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="313"/>
        <source>Sending cancelled; headquarters keeps what arrived and the next sending continues from there.</source>
        <translation>Отправка отменена; штаб сохраняет то, что уже получил, и следующая отправка продолжится с этого места.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="421"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Файлы регистрации (*.idenrol);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="429"/>
        <source>Enrolled with headquarters key {0}.</source>
        <translation>Зарегистрировано, ключ штаба {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="442"/>
        <source>Type the fingerprint from headquarters&apos; letter, as printed there: 16 characters, 0-9 and a-f, in groups of four (xxxx xxxx xxxx xxxx). Do not copy it from the file.</source>
        <translation>Введите отпечаток из письма штаба так, как он там напечатан: 16 знаков, 0-9 и a-f, группами по четыре (xxxx xxxx xxxx xxxx). Не копируйте его из файла.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="452"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter (xxxx xxxx xxxx xxxx). Press “Import the enrolment file…” to try again.</source>
        <translation>Не зарегистрировано: отпечаток — это 16 знаков из письма штаба (xxxx xxxx xxxx xxxx). Нажмите «Загрузить файл регистрации…», чтобы попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="221"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="339"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="351"/>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="364"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="291"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="365"/>
        <source>Nothing new to send.</source>
        <translation>Нечего отправлять: новых изменений нет.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="374"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Выгрузка отменена; незавершённый пакет не оставлен.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="386"/>
        <source>Receipt from headquarters</source>
        <translation>Квитанция штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="395"/>
        <source>Receipt accepted.</source>
        <translation>Квитанция принята.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="401"/>
        <source>Update pack from headquarters</source>
        <translation>Пакет обновлений из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="404"/>
        <source>Update applied.</source>
        <translation>Обновление применено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="410"/>
        <source>Where to write the request</source>
        <translation>Куда записать запрос</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="414"/>
        <source>Request written: {0}</source>
        <translation>Запрос записан: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="420"/>
        <source>Enrolment file from headquarters</source>
        <translation>Файл регистрации из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="441"/>
        <source>Headquarters fingerprint</source>
        <translation>Отпечаток ключа штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="446"/>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
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
        <translation>Профиль: {0}. Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="508"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="509"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="512"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="537"/>
        <source>Opening the vault…</source>
        <translation>Открытие хранилища…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="881"/>
        <source>Add a headquarters user</source>
        <translation>Добавление пользователя штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="890"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="891"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="892"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="893"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="894"/>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="907"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="908"/>
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="913"/>
        <source>admin: everything · analyst: conflicts, linked persons, caseload, statistics · chief: caseload, statistics, devices · officer: recovery approvals</source>
        <translation>admin: всё · analyst: конфликты, связанные лица, нагрузка, статистика · chief: нагрузка, статистика, устройства · officer: одобрение восстановления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="919"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Created</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>By</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="926"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="937"/>
        <source>The two passphrases differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="941"/>
        <source>User {0} added ({1}).</source>
        <translation>Пользователь {0} добавлен ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Disable {0}</source>
        <translation>Отключить {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="370"/>
        <source>Keys: 1 or Y yes, 2 or N no, 3 or U unknown</source>
        <translation>Клавиши: 1 или Д — да, 2 или Н — нет, 3 — неизвестно</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="201"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="202"/>
        <source>This information goes on your documents and into the audit log. Fields marked * are required.</source>
        <translation>Эти сведения попадают в ваши документы и в журнал аудита. Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="208"/>
        <source>e.g. police captain</source>
        <translation>например, капитан полиции</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="215"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="216"/>
        <source>Badge number</source>
        <translation>Номер жетона</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="217"/>
        <source>Rank</source>
        <translation>Специальное звание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="218"/>
        <source>Unit (in Russian)</source>
        <translation>Подразделение (на русском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="219"/>
        <source>Unit (in Kazakh)</source>
        <translation>Подразделение (на казахском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="220"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="133"/>
        <source>problem</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="214"/>
        <source>A person with this IIN is already recorded.</source>
        <translation>Лицо с таким ИИН уже внесено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="295"/>
        <source>Restored from a draft kept in the vault (the desk was locked while this was being filled in). Cancel discards it.</source>
        <translation>Восстановлено из черновика, сохранённого в хранилище (программа была заблокирована, пока это заполнялось). «Отмена» удаляет черновик.</translation>
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
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Optional: the enrolment file you received from headquarters (*.idenrol). With it, type the fingerprint from headquarters&apos; letter. Without it, enrol later on the Headquarters screen.</source>
        <translation>Необязательно: файл регистрации, полученный из штаба (*.idenrol). С ним введите отпечаток из письма штаба. Без него зарегистрируйтесь позже на экране «Штаб».</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="295"/>
        <source>no file: the vault works on its own</source>
        <translation>без файла: хранилище работает автономно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="297"/>
        <source>Choose the enrolment file</source>
        <translation>Выбрать файл регистрации</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="301"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="329"/>
        <source>Enrolment file from headquarters</source>
        <translation>Файл регистрации из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="304"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="343"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="346"/>
        <source>Headquarters fingerprint (from the letter)</source>
        <translation>Отпечаток ключа штаба (из письма)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="313"/>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="317"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Файлы регистрации (*.idenrol);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="349"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>Регистрация будет принята, только если она подписана этим ключом.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="352"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Только цифры 0-9 и буквы a-f, как в письме.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="354"/>
        <source>{0} of 16 characters.</source>
        <translation>{0} из 16 символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="356"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Обязательно при файле регистрации: 16 символов, цифры 0-9 и буквы a-f, группами по четыре (например 3f9c 0a12 7b44 e8d1). Не копируйте его из файла: он должен быть из письма.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="361"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>Без файла регистрации: хранилище работает самостоятельно, пока его не зарегистрируют.</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="176"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="178"/>
        <source>Choose the language of the program. It can be changed later in Settings.</source>
        <translation>Выберите язык программы. Его можно изменить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="240"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="241"/>
        <source>The passphrase and this computer together open your vault. Fields marked * are required.</source>
        <translation>Хранилище открывают вместе парольная фраза и этот компьютер. Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="248"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>Понимаю и хочу продолжить только с паролем</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="250"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>Секретный ключ этого компьютера хранится в системном хранилище ключей ({0}). Копию хранилища нельзя открыть на другом компьютере, даже зная пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="255"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>На этом компьютере нет доступного системного хранилища ключей. Хранилище можно защитить только паролем, но такая защита слабее: любой, у кого есть копия файла, может попытаться подобрать пароль. По возможности попросите ИТ-службу настроить хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="389"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="390"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="391"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="392"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="394"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="395"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="400"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="401"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="403"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Адрес, если не совпадает с адресом дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="404"/>
        <source>Safe way to contact</source>
        <translation>Безопасный способ связи</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="323"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="324"/>
        <source>Choose the reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="325"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
</TS>

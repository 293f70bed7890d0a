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
    <name>AppController</name>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="83"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="155"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="131"/>
        <source>Locked after {0} minutes without activity.</source>
        <translation>Заблокировано после {0} мин. без действий.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="132"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Заблокировано: компьютер ушёл в спящий режим.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="133"/>
        <source>Locked because the screen was locked.</source>
        <translation>Заблокировано: экран был заблокирован.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="134"/>
        <source>Locked because the session ended.</source>
        <translation>Заблокировано: сеанс пользователя завершён.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="135"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="321"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="338"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="323"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="339"/>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="23"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="25"/>
        <source>User (badge number)</source>
        <translation>Сотрудник (номер жетона)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>User</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="28"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="29"/>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="32"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="40"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>When (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>What</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="698"/>
        <source>Filter: user, action, case…</source>
        <translation>Фильтр: пользователь, действие, дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="707"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
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
        <location filename="../../src/inspector_desk/ui/case_view.py" line="60"/>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="60"/>
        <source>New visit</source>
        <translation>Новое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="61"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="61"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="62"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="62"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="63"/>
        <source>Case summary…</source>
        <translation>Сводка по делу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="63"/>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="64"/>
        <source>Reopen case…</source>
        <translation>Открыть дело снова…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="77"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="86"/>
        <source>Correct person…</source>
        <translation>Исправить данные лица…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="87"/>
        <source>Remove from case…</source>
        <translation>Исключить из дела…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="95"/>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="102"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="102"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="143"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="144"/>
        <source>Risk: {0}</source>
        <translation>Риск: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="150"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Следующий контакт: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="153"/>
        <source>The case is closed: {0}</source>
        <translation>Дело закрыто: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="163"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="163"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="164"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="164"/>
        <source>Lives with the victim</source>
        <translation>Проживает совместно с пострадавшим</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>What</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="196"/>
        <source>score {0}, level: {1}</source>
        <translation>баллов: {0}, уровень: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="197"/>
        <source>professional judgement</source>
        <translation>профессиональное суждение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="202"/>
        <source>ended</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="211"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · следующее посещение: {1}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="385"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="386"/>
        <source>Open case (read-only)…</source>
        <translation>Открыть дело (только просмотр)…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="387"/>
        <source>Reassign…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="404"/>
        <source>Caseload</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="411"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="411"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="411"/>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="411"/>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="412"/>
        <source>Overdue contacts</source>
        <translation>Просроченные контакты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="412"/>
        <source>Measures ending ≤ 5 days</source>
        <translation>Меры, истекающие ≤ 5 дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="413"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="425"/>
        <source>Court decision missing</source>
        <translation>Нет решения суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="413"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="424"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="424"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="424"/>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="424"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="425"/>
        <source>Measures ending</source>
        <translation>Истекающие меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="427"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="433"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="464"/>
        <source>Choose a case first.</source>
        <translation>Сначала выберите дело.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="435"/>
        <source>Open case {0}</source>
        <translation>Открыть дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="436"/>
        <source>Why do you open this family&apos;s case? (Recorded in the HQ audit with your name.)</source>
        <translation>Зачем вы открываете дело этой семьи? (Записывается в журнал аудита штаба с вашим именем.)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="442"/>
        <source>Case {0} — read-only</source>
        <translation>Дело № {0} — только просмотр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="443"/>
        <source>Owner: {0} ({1})</source>
        <translation>Владелец: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="449"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="449"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="450"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="452"/>
        <source>People:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="454"/>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="456"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="459"/>
        <source>Case {0} opened; the view is recorded in the HQ audit.</source>
        <translation>Дело № {0} открыто; просмотр записан в журнал аудита штаба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="476"/>
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
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="36"/>
        <source>Today&apos;s work</source>
        <translation>Работа на сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="58"/>
        <source>Good day, {0}</source>
        <translation>Добрый день, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="59"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="60"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Изменений, не отправленных в штаб: {0}. Последняя выгрузка: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="68"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="68"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="68"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="71"/>
        <source>(no affected person yet)</source>
        <translation>(потерпевший ещё не указан)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="102"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="106"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="110"/>
        <source>Measures ending within 5 days</source>
        <translation>Меры, истекающие в ближайшие 5 дней</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="114"/>
        <source>no court decision yet</source>
        <translation>решения суда ещё нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="116"/>
        <source>in {0} days</source>
        <translation>через {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="117"/>
        <source>High-risk cases</source>
        <translation>Дела с высоким риском</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="121"/>
        <source>high risk</source>
        <translation>высокий риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="122"/>
        <source>Unfinished drafts</source>
        <translation>Незавершённые черновики</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="126"/>
        <source>{0}: continue where you stopped</source>
        <translation>{0}: продолжить с того места, где вы остановились</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="129"/>
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
        <location filename="../../src/inspector_desk/ui/main_window.py" line="78"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="94"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="95"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="96"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="97"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="98"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="142"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="143"/>
        <source>← Back (Alt+Left)</source>
        <translation>← Назад (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="144"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Поиск дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="145"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="146"/>
        <source>New &amp;case…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="147"/>
        <source>New &amp;visit</source>
        <translation>Новое &amp;посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="148"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Новое посещение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="150"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="152"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="153"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="155"/>
        <source>&amp;Privacy screen</source>
        <translation>&amp;Скрыть экран</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="157"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="158"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="159"/>
        <source>&amp;About Inspector Desk</source>
        <translation>&amp;О программе Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="184"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="187"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="195"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="228"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="231"/>
        <source>About Inspector Desk</source>
        <translation>О программе Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="232"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="452"/>
        <source>No case found.</source>
        <translation>Дело не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="487"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="510"/>
        <source>OVERDUE by {0} day(s)</source>
        <translation>ПРОСРОЧЕНО на {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="511"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="541"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Сначала откройте дело, затем нажмите Ctrl+N, чтобы добавить посещение.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="552"/>
        <source>Nothing to save on this page: Ctrl+S saves an open form.</source>
        <translation>На этой странице нечего сохранять: Ctrl+S сохраняет открытую форму.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="564"/>
        <source>Open a case first: printing is of a case or one of its records.</source>
        <translation>Сначала откройте дело: печатается дело или одна из его записей.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="155"/>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="264"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="201"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="208"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="226"/>
        <source>Inspector Desk — Headquarters — {0}</source>
        <translation>Inspector Desk — Штаб — {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="262"/>
        <source>Locked. Log in again to go on.</source>
        <translation>Заблокировано. Чтобы продолжить, войдите снова.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="110"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="111"/>
        <source>Enrol…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="112"/>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="113"/>
        <source>Update pack…</source>
        <translation>Пакет обновлений…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="114"/>
        <source>Write receipt</source>
        <translation>Записать квитанцию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="129"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="132"/>
        <source>Headquarters key fingerprint: {0}</source>
        <translation>Отпечаток ключа штаба: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="137"/>
        <source>enrolled</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="137"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="139"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="139"/>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="139"/>
        <source>Last no.</source>
        <translation>Последний №</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="139"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="140"/>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="140"/>
        <source>Missing</source>
        <translation>Недостающие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="140"/>
        <source>Burned</source>
        <translation>Сгоревшие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="140"/>
        <source>Forks</source>
        <translation>Ветвления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="141"/>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="141"/>
        <source>Device id</source>
        <translation>ID устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="162"/>
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
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="170"/>
        <source>Enrolled {0} with prefix {1}; file: {2}</source>
        <translation>Зарегистрировано: {0}, префикс {1}; файл: {2}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="171"/>
        <source>Enrolment letter</source>
        <translation>Письмо о регистрации</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="178"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="189"/>
        <source>Choose a device first.</source>
        <translation>Сначала выберите устройство.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="180"/>
        <source>Revoke a device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="181"/>
        <source>Every further bundle of this device will be refused. Why?</source>
        <translation>Все последующие пакеты этого устройства будут отклоняться. Почему?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="183"/>
        <source>Revoked.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="191"/>
        <source>Forms, choice lists, follow-up rules</source>
        <translation>Формы, списки выбора, правила контроля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="192"/>
        <source>Forms and rules (*.yaml *.yml *.json)</source>
        <translation>Формы и правила (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="205"/>
        <source>Update pack written: {0}</source>
        <translation>Пакет обновлений записан: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="210"/>
        <source>Receipt written: {0}</source>
        <translation>Квитанция записана: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="92"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="98"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="101"/>
        <source>For whom the copy is</source>
        <translation>Для кого экземпляр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="102"/>
        <source>For whom</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="108"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="110"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="112"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="117"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="195"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="141"/>
        <source>Offender&apos;s copy</source>
        <translation>Экземпляр правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="142"/>
        <source>Protected person&apos;s copy</source>
        <translation>Экземпляр защищаемого лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="143"/>
        <source>Copy for the file</source>
        <translation>Экземпляр в дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="144"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="214"/>
        <source>{0} page(s)</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="226"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="227"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>На этом компьютере не настроен принтер, поэтому ничего не напечатано. Подключите принтер или сохраните копию через «Сохранить в PDF…».</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="229"/>
        <source>Not printed: no printer.</source>
        <translation>Не напечатано: нет принтера.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="250"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="260"/>
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
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="73"/>
        <source>Enrol a laptop</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="77"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="81"/>
        <source>Enrolment request (.idreq):</source>
        <translation>Запрос на регистрацию (.idreq):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="84"/>
        <source>Case-number prefix:</source>
        <translation>Префикс номеров дел:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="86"/>
        <source>as in the request</source>
        <translation>как в запросе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="87"/>
        <source>Unit:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="88"/>
        <source>This device id is enrolled with another key: replace it</source>
        <translation>Этот ID устройства зарегистрирован с другим ключом: заменить ключ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="91"/>
        <source>Reason (for a replaced key):</source>
        <translation>Причина (при замене ключа):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="98"/>
        <source>Enrolment request</source>
        <translation>Запрос на регистрацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="99"/>
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
        <location filename="../../src/inspector_desk/ui/login.py" line="26"/>
        <source>{0} *</source>
        <translation>{0} *</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="35"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="338"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="381"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Добро пожаловать в Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="391"/>
        <source>Create my vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="398"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="398"/>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="400"/>
        <source>Close the program: no vault has been made yet.</source>
        <translation>Закрыть программу: хранилище ещё не создано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="401"/>
        <source>Back to the first step; what was typed is cleared.</source>
        <translation>Вернуться к первому шагу; всё введённое будет стёрто.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="444"/>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>Создаём хранилище… Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="466"/>
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
        <location filename="../../src/inspector_desk/ui/form_view.py" line="191"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Восстановлено из черновика. Ничего не потеряно: сохраните, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="193"/>
        <source>Filled in from the case: check and change as needed.</source>
        <translation>Заполнено по данным дела: проверьте и при необходимости измените.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="396"/>
        <source>Score {0}: {1}</source>
        <translation>Балл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="400"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: пороговые значения не прошли валидацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="432"/>
        <source>{0} field(s) need attention</source>
        <translation>Полей, требующих внимания: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="450"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Черновик сохранён в хранилище: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="462"/>
        <source>Not saved: {0} field(s) need attention</source>
        <translation>Не сохранено: есть поля, требующие внимания ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="476"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="487"/>
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
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="227"/>
        <source>A folder or a USB stick with *.idb bundles</source>
        <translation>Папка или флешка с пакетами *.idb</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="229"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="230"/>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="231"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="254"/>
        <source>Remove entries older than the retention</source>
        <translation>Удалить записи старше срока хранения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="265"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="272"/>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="279"/>
        <source>Choose a folder with bundles first</source>
        <translation>Сначала выберите папку с пакетами</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="284"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="293"/>
        <source>Stopping after the current file…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="311"/>
        <source>{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, {5} skipped</source>
        <translation>{0}Файлов: {1}; принято: {2}, уже загружено: {3}, отклонено: {4}, пропущено: {5}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="312"/>
        <source>Cancelled. </source>
        <translation>Отменено. </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="316"/>
        <source>Receipts to carry back ({0}): {1}</source>
        <translation>Квитанции для передачи на устройства ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="323"/>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="323"/>
        <source>already imported</source>
        <translation>уже загружен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="324"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="324"/>
        <source>skipped (not a regular file)</source>
        <translation>пропущен (не обычный файл)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="325"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="325"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="325"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="325"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="326"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="326"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="326"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="326"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="334"/>
        <source>imported on {0}</source>
        <translation>загружен {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="345"/>
        <source>Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. Kept {6} days: {7} older than that.</source>
        <translation>Карантин ({0}): файлов: {1}, {2}; самый старый {3}, самый новый {4}; по причинам: {5}. Срок хранения {6} дн.; старше него: {7}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="354"/>
        <source>Removed {0} entries ({1}).</source>
        <translation>Удалено записей: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Active measures</source>
        <translation>Действующие меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="39"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="42"/>
        <source>Monitoring</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="46"/>
        <source>Protective order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>Official warning</source>
        <translation>Официальное предостережение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>Administrative detention</source>
        <translation>Административное задержание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>Preventive register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>Offender</source>
        <translation>Правонарушитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="54"/>
        <source>Elderly person</source>
        <translation>Пожилой член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="54"/>
        <source>Family member</source>
        <translation>Иной член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="58"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="58"/>
        <source>former spouse</source>
        <translation>бывший(ая) супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>partner living together</source>
        <translation>сожитель(ница)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>brother or sister</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>grandparent</source>
        <translation>дедушка/бабушка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>grandchild</source>
        <translation>внук/внучка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>in-law</source>
        <translation>свойственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="69"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="70"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="70"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="72"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="72"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="73"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="76"/>
        <source>102 police line</source>
        <translation>Полиция 102</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="77"/>
        <source>Written statement</source>
        <translation>Письменное заявление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="77"/>
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Medical organisation</source>
        <translation>Медицинская организация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Patrol</source>
        <translation>Выявлено патрулём</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="42"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="47"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>former partner (lived together)</source>
        <translation>бывший сожитель (проживали совместно)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>has a child in common</source>
        <translation>имеющий общего ребёнка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="65"/>
        <source>step-parent</source>
        <translation>отчим / мачеха</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>guardian (custodian)</source>
        <translation>опекун (попечитель)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="69"/>
        <source>Preventive home visit</source>
        <translation>Профилактическое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="76"/>
        <source>111 contact centre</source>
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Выявлено сотрудником (подворный обход)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>112 emergency line</source>
        <translation>Служба 112</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="82"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="96"/>
        <source>Family support centre</source>
        <translation>Центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="83"/>
        <source>Relatives, neighbours</source>
        <translation>Родственники, соседи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="86"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Истёк срок мер, повторных сообщений нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="87"/>
        <source>Family moved away</source>
        <translation>Семья переехала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Reconciled, no risk</source>
        <translation>Примирение, риска нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Transferred to another unit</source>
        <translation>Передано другому подразделению</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Person deceased</source>
        <translation>Смерть лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Снят с профилактического учёта по окончании меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="95"/>
        <source>Crisis centre</source>
        <translation>Кризисный центр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="99"/>
        <source>Guardianship authority</source>
        <translation>Орган опеки и попечительства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="100"/>
        <source>Juvenile affairs inspector</source>
        <translation>Инспектор по делам несовершеннолетних (ИДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация (НПО)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>Mobile group</source>
        <translation>Мобильная группа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Центр (кабинет) помощи детям, потерпевшим от насилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Комиссия по делам несовершеннолетних и защите их прав (КДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="107"/>
        <source>Addiction treatment</source>
        <translation>Наркологическая помощь (лечение зависимости)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="108"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Психокоррекционная программа для правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="111"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="111"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="111"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>exported</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>imported</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>unlocked</source>
        <translation>разблокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>locked</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>passphrase changed</source>
        <translation>смена пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>re-encrypted</source>
        <translation>перешифрование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>backed up</source>
        <translation>резервное копирование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>restored</source>
        <translation>восстановление из копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>recovered</source>
        <translation>восстановление доступа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="120"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Плановый контакт (риск: {0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="122"/>
        <source>New incident: contact within 24 hours</source>
        <translation>Новое происшествие: связаться в течение 24 часов</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="123"/>
        <source>Protective order: mid-term check</source>
        <translation>Защитное предписание: проверка в середине срока</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="124"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Защитное предписание истекает: решить вопрос о ходатайстве в суд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="125"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Особые требования суда: явка на беседу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="126"/>
        <source>Preventive register: contact</source>
        <translation>Профилактический учёт: контакт</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="574"/>
        <source>Note (required): why</source>
        <translation>Примечание (обязательно): почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="576"/>
        <source>Same person: confirm</source>
        <translation>Одно лицо: подтвердить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="577"/>
        <source>Not the same: reject</source>
        <translation>Разные лица: отклонить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="586"/>
        <source>Linked persons</source>
        <translation>Связанные лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="590"/>
        <source>Linked persons across inspectors are not available in this version.</source>
        <translation>Связанные лица разных инспекторов в этой версии недоступны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="592"/>
        <source>Candidate pairs: the same person in two inspectors&apos; families.</source>
        <translation>Пары-кандидаты: одно и то же лицо в семьях двух инспекторов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="602"/>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="602"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="602"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="602"/>
        <source>Person 1</source>
        <translation>Лицо 1</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="603"/>
        <source>Person 2</source>
        <translation>Лицо 2</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="613"/>
        <source>Choose a pair and write a note</source>
        <translation>Выберите пару и напишите примечание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="619"/>
        <source>{0} confirmed; update packs: {1}</source>
        <translation>{0} подтверждено; пакеты обновлений: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="622"/>
        <source>{0} rejected{1:.0}</source>
        <translation>{0} отклонено{1:.0}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="63"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="72"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="75"/>
        <source>Headquarters folder:</source>
        <translation>Папка штаба:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="78"/>
        <source>empty: the encrypted file in the folder; or postgresql://…</source>
        <translation>пусто: зашифрованный файл в папке; или postgresql://…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="79"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="81"/>
        <source>Headquarters passphrase:</source>
        <translation>Пароль штаба:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="84"/>
        <source>Your login:</source>
        <translation>Ваш логин:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="86"/>
        <source>Your passphrase:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="87"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="115"/>
        <source>Fill in the headquarters passphrase, your login and your passphrase.</source>
        <translation>Введите пароль штаба, свой логин и свой пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="119"/>
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
        <location filename="../../src/inspector_desk/ui/login.py" line="64"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="65"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="66"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="68"/>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="77"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="82"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="83"/>
        <source>Passphrase again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="79"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="100"/>
        <source>your own name, badge number, unit or district</source>
        <translation>ваше имя, номер жетона, подразделение или район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="101"/>
        <source>a well-known password</source>
        <translation>широко известный пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="102"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>частое русское или казахское слово, имя, город или месяц</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="103"/>
        <source>a dictionary word</source>
        <translation>словарное слово</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="104"/>
        <source>a common first name or surname</source>
        <translation>распространённое имя или фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="105"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>слово, набранное в другой раскладке (gfhjkm — это «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="106"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>ряд соседних клавиш (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>repeated characters or words</source>
        <translation>повторяющиеся символы или слова</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="108"/>
        <source>a sequence like abc or 123</source>
        <translation>последовательность вроде abc или 123</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>a year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="110"/>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="111"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>предсказуемые замены вроде @ вместо a или 0 вместо o</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="112"/>
        <source>a word spelled backwards</source>
        <translation>слово, написанное задом наперёд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="121"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>Чтобы угадать, нужно около 10&lt;sup&gt;{0}&lt;/sup&gt; попыток; требуется не менее 10&lt;sup&gt;{1}&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="124"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>Требуется не менее 10&lt;sup&gt;{0}&lt;/sup&gt; попыток угадывания.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="132"/>
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="136"/>
        <source>Easy to guess: {0}.</source>
        <translation>Легко угадать: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="137"/>
        <source>Easy to guess.</source>
        <translation>Легко угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="138"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Добавьте ещё одно-два редких слова: четыре-пять не связанных слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжный.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="142"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="129"/>
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
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="364"/>
        <source>Reassign case {0}</source>
        <translation>Передача дела № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="371"/>
        <source>To the laptop of:</source>
        <translation>На устройство инспектора:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="634"/>
        <source>A passphrase recovery request from a laptop (.idrecreq): every recovery officer types their own passphrase.</source>
        <translation>Запрос на восстановление пароля с устройства (.idrecreq): каждый ответственный за восстановление вводит свой пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="639"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="647"/>
        <source>Approve recovery</source>
        <translation>Одобрить восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="655"/>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="668"/>
        <source>Officer {0}:</source>
        <translation>Ответственный за восстановление {0}:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="673"/>
        <source>Recovery request</source>
        <translation>Запрос на восстановление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="674"/>
        <source>Recovery requests (*.idrecreq)</source>
        <translation>Запросы на восстановление (*.idrecreq)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="683"/>
        <source>Answer written: {0}. Carry it to the laptop.</source>
        <translation>Ответ записан: {0}. Отнесите его на устройство.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="177"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>ФИО, ИИН, телефон, адрес или номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="178"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="179"/>
        <source>Any part of a phone number finds it: 4567, 12 34, +7 (701) 123, 8 701 …</source>
        <translation>Телефон находится по любой его части: 4567, 12 34, +7 (701) 123, 8 701 …</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="184"/>
        <source>Number of cases found</source>
        <translation>Количество найденных дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="191"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="191"/>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="192"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="193"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="194"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="194"/>
        <source>Any risk</source>
        <translation>Все уровни риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="196"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="196"/>
        <source>Any district</source>
        <translation>Любой район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="197"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="197"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="198"/>
        <source>Everyone&apos;s</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="199"/>
        <source>Active measure</source>
        <translation>Действующая мера</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="199"/>
        <source>Any or none</source>
        <translation>С мерами и без</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="200"/>
        <source>Any active measure</source>
        <translation>Есть действующая мера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/ui/register.py" line="253"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="282"/>
        <source>Sort by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="186"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="229"/>
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
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="498"/>
        <source>by district</source>
        <translation>по районам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="499"/>
        <source>by inspector</source>
        <translation>по инспекторам</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="500"/>
        <source>Month (YYYY-MM):</source>
        <translation>Месяц (ГГГГ-ММ):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="503"/>
        <source>Compute</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="504"/>
        <source>Export CSV</source>
        <translation>Выгрузить CSV</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="505"/>
        <source>Export PDF</source>
        <translation>Выгрузить PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="506"/>
        <source>Export XLSX</source>
        <translation>Выгрузить XLSX</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="522"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="535"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="536"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="541"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="545"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="549"/>
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
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="88"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="92"/>
        <source>Enrolled with headquarters</source>
        <translation>Зарегистрирован в штабе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="93"/>
        <source>Case-number prefix</source>
        <translation>Префикс номеров дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="94"/>
        <source>Changes not yet acknowledged</source>
        <translation>Изменения без подтверждения штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="95"/>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="96"/>
        <source>Bundles written / acknowledged</source>
        <translation>Пакетов записано / подтверждено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="97"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Номера прерванных выгрузок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="104"/>
        <source>Send to headquarters</source>
        <translation>Отправка в штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="106"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>Пакет зашифрован для штаба и подписан этим компьютером; открыть его может только штаб. Перенесите его на флешке или положите в общую папку.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="112"/>
        <source>Export a bundle…</source>
        <translation>Выгрузить пакет…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="114"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="297"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="118"/>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="125"/>
        <source>From headquarters</source>
        <translation>Из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="131"/>
        <source>Import a receipt…</source>
        <translation>Загрузить квитанцию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="132"/>
        <source>Import an update pack…</source>
        <translation>Загрузить пакет обновлений…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="133"/>
        <source>Enrolment request…</source>
        <translation>Запрос на регистрацию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="134"/>
        <source>Import the enrolment file…</source>
        <translation>Загрузить файл регистрации…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="153"/>
        <source>yes, headquarters key {0}</source>
        <translation>да, ключ штаба {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="155"/>
        <source>not yet: press “Enrolment request…” below and give the file to headquarters; then “Import the enrolment file…” with their answer</source>
        <translation>ещё нет: нажмите ниже «Запрос на регистрацию…» и передайте файл в штаб; затем «Загрузить файл регистрации…» с ответом штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="271"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Файлы регистрации (*.idenrol);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="279"/>
        <source>Enrolled with headquarters key {0}.</source>
        <translation>Зарегистрировано, ключ штаба {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="292"/>
        <source>Type the fingerprint from headquarters&apos; letter, as printed there: 16 characters, 0-9 and a-f, in groups of four (xxxx xxxx xxxx xxxx). Do not copy it from the file.</source>
        <translation>Введите отпечаток из письма штаба так, как он там напечатан: 16 знаков, 0-9 и a-f, группами по четыре (xxxx xxxx xxxx xxxx). Не копируйте его из файла.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="302"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter (xxxx xxxx xxxx xxxx). Press “Import the enrolment file…” to try again.</source>
        <translation>Не зарегистрировано: отпечаток — это 16 знаков из письма штаба (xxxx xxxx xxxx xxxx). Нажмите «Загрузить файл регистрации…», чтобы попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="160"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="189"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="214"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="215"/>
        <source>Nothing new to send.</source>
        <translation>Нечего отправлять: новых изменений нет.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="224"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Выгрузка отменена; незавершённый пакет не оставлен.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="236"/>
        <source>Receipt from headquarters</source>
        <translation>Квитанция штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="245"/>
        <source>Receipt accepted.</source>
        <translation>Квитанция принята.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="251"/>
        <source>Update pack from headquarters</source>
        <translation>Пакет обновлений из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="254"/>
        <source>Update applied.</source>
        <translation>Обновление применено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="260"/>
        <source>Where to write the request</source>
        <translation>Куда записать запрос</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="264"/>
        <source>Request written: {0}</source>
        <translation>Запрос записан: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="270"/>
        <source>Enrolment file from headquarters</source>
        <translation>Файл регистрации из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="291"/>
        <source>Headquarters fingerprint</source>
        <translation>Отпечаток ключа штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="296"/>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="494"/>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="498"/>
        <source>Profile: {0}. The vault is locked.</source>
        <translation>Профиль: {0}. Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="502"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="503"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="506"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="531"/>
        <source>Opening the vault…</source>
        <translation>Открытие хранилища…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="728"/>
        <source>Add a headquarters user</source>
        <translation>Добавление пользователя штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="737"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="738"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="739"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="740"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="741"/>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="754"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="760"/>
        <source>admin: everything · analyst: conflicts, linked persons, caseload, statistics · chief: caseload, statistics, devices · officer: recovery approvals</source>
        <translation>admin: всё · analyst: конфликты, связанные лица, нагрузка, статистика · chief: нагрузка, статистика, устройства · officer: одобрение восстановления</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="766"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>Created</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>By</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="773"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="784"/>
        <source>The two passphrases differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="788"/>
        <source>User {0} added ({1}).</source>
        <translation>Пользователь {0} добавлен ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="794"/>
        <source>Disable {0}</source>
        <translation>Отключить {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="794"/>
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
        <location filename="../../src/inspector_desk/ui/login.py" line="195"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="196"/>
        <source>This information goes on your documents and into the audit log. Fields marked * are required.</source>
        <translation>Эти сведения попадают в ваши документы и в журнал аудита. Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="202"/>
        <source>e.g. police captain</source>
        <translation>например, капитан полиции</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="209"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="210"/>
        <source>Badge number</source>
        <translation>Номер жетона</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="211"/>
        <source>Rank</source>
        <translation>Специальное звание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="212"/>
        <source>Unit (in Russian)</source>
        <translation>Подразделение (на русском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="213"/>
        <source>Unit (in Kazakh)</source>
        <translation>Подразделение (на казахском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="214"/>
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
        <location filename="../../src/inspector_desk/ui/login.py" line="282"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="290"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="283"/>
        <source>Optional: the enrolment file you received from headquarters (*.idenrol). With it, type the fingerprint from headquarters&apos; letter. Without it, enrol later on the Headquarters screen.</source>
        <translation>Необязательно: файл регистрации, полученный из штаба (*.idenrol). С ним введите отпечаток из письма штаба. Без него зарегистрируйтесь позже на экране «Штаб».</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>no file: the vault works on its own</source>
        <translation>без файла: хранилище работает автономно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="291"/>
        <source>Choose the enrolment file</source>
        <translation>Выбрать файл регистрации</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="295"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="323"/>
        <source>Enrolment file from headquarters</source>
        <translation>Файл регистрации из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="298"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="337"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="340"/>
        <source>Headquarters fingerprint (from the letter)</source>
        <translation>Отпечаток ключа штаба (из письма)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="307"/>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="311"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="324"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Файлы регистрации (*.idenrol);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="343"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>Регистрация будет принята, только если она подписана этим ключом.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="346"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Только цифры 0-9 и буквы a-f, как в письме.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="348"/>
        <source>{0} of 16 characters.</source>
        <translation>{0} из 16 символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="350"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Обязательно при файле регистрации: 16 символов, цифры 0-9 и буквы a-f, группами по четыре (например 3f9c 0a12 7b44 e8d1). Не копируйте его из файла: он должен быть из письма.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="355"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>Без файла регистрации: хранилище работает самостоятельно, пока его не зарегистрируют.</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="170"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="172"/>
        <source>Choose the language of the program. It can be changed later in Settings.</source>
        <translation>Выберите язык программы. Его можно изменить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="234"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="235"/>
        <source>The passphrase and this computer together open your vault. Fields marked * are required.</source>
        <translation>Хранилище открывают вместе парольная фраза и этот компьютер. Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="242"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>Понимаю и хочу продолжить только с паролем</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="244"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>Секретный ключ этого компьютера хранится в системном хранилище ключей ({0}). Копию хранилища нельзя открыть на другом компьютере, даже зная пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="249"/>
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
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="40"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="42"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 ч</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="44"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="45"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
</context>
</TS>

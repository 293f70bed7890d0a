<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="99"/>
        <source>Add a person to the case</source>
        <translation>Добавить лицо в дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="101"/>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="102"/>
        <source>Relation to the victim</source>
        <translation>Кем приходится потерпевшему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="106"/>
        <source>Lives together with the victim</source>
        <translation>Проживает совместно с потерпевшим</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="108"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="111"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="112"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="113"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="114"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="116"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="119"/>
        <source>not known</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="122"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="123"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="125"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Адрес, если не совпадает с адресом дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="126"/>
        <source>Safe way to contact</source>
        <translation>Безопасный способ связи</translation>
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
        <translation>Заблокировано после {0} мин. без действий.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="131"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Заблокировано: компьютер ушёл в спящий режим.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="132"/>
        <source>Locked because the screen was locked.</source>
        <translation>Заблокировано: экран был заблокирован.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="133"/>
        <source>Locked because the session ended.</source>
        <translation>Заблокировано: сеанс пользователя завершён.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="134"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="273"/>
        <source>Inspector Desk — press F12 to return</source>
        <translation>Inspector Desk — нажмите F12, чтобы вернуться</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="303"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="320"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="305"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="321"/>
        <source>Hide the screen (F12)</source>
        <translation>Скрыть экран (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="245"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
        <source>no file</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="246"/>
        <source>Attach a photo or scan…</source>
        <translation>Прикрепить фото или скан…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="254"/>
        <source>Attach a photo or scan</source>
        <translation>Прикрепить фото или скан</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="255"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Изображения и PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="257"/>
        <source>storing in the vault…</source>
        <translation>сохранение в хранилище…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
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
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="43"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>New visit</source>
        <translation>Новое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Case summary…</source>
        <translation>Сводка по делу…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="70"/>
        <source>Participants</source>
        <translation>Участники</translation>
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
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="116"/>
        <source>Case {0}</source>
        <translation>Дело № {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="117"/>
        <source>Risk: {0}</source>
        <translation>Риск: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="123"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Следующий контакт: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="126"/>
        <source>The case is closed: {0}</source>
        <translation>Дело закрыто: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Lives with the victim</source>
        <translation>Проживает совместно с пострадавшим</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>What</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="150"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="164"/>
        <source>score {0}, level: {1}</source>
        <translation>баллов: {0}, уровень: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>professional judgement</source>
        <translation>профессиональное суждение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="176"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · следующее посещение: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="145"/>
        <source>Close the case</source>
        <translation>Закрытие дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="147"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="148"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="32"/>
        <source>Today&apos;s work</source>
        <translation>Работа на сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="46"/>
        <source>Good day, {0}</source>
        <translation>Добрый день, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="47"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="48"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Изменений, не отправленных в штаб: {0}. Последняя выгрузка: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="73"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="77"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="81"/>
        <source>Measures ending within 5 days</source>
        <translation>Меры, истекающие в ближайшие 5 дней</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="85"/>
        <source>no court decision yet</source>
        <translation>решения суда ещё нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="86"/>
        <source>in {0} days</source>
        <translation>через {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="88"/>
        <source>High-risk cases</source>
        <translation>Дела с высоким риском</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="92"/>
        <source>Unfinished drafts</source>
        <translation>Незавершённые черновики</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="95"/>
        <source>continue where you stopped</source>
        <translation>продолжить с того места, где остановились</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="98"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… и ещё {0}: см. «Дела», сортировка по следующему контакту</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="118"/>
        <source>Fill in now</source>
        <translation>Подставить текущее время</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="121"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="41"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="55"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="56"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="57"/>
        <source>Headquarters</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="58"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="59"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="85"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="86"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Новое посещение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="87"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="88"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="154"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Сначала откройте дело, затем нажмите Ctrl+N, чтобы добавить посещение.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="76"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="81"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="87"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="90"/>
        <source>For whom the copy is</source>
        <translation>Для кого экземпляр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="91"/>
        <source>For whom</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="97"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="99"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="101"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="106"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="183"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="130"/>
        <source>Offender&apos;s copy</source>
        <translation>Экземпляр правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="131"/>
        <source>Protected person&apos;s copy</source>
        <translation>Экземпляр защищаемого лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="132"/>
        <source>Copy for the file</source>
        <translation>Экземпляр в дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="133"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="201"/>
        <source>{0} page(s)</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="213"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="214"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>На этом компьютере не настроен принтер, поэтому ничего не напечатано. Подключите принтер или сохраните копию через «Сохранить в PDF…».</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>Not printed: no printer.</source>
        <translation>Не напечатано: нет принтера.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="234"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="241"/>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Добро пожаловать в Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="296"/>
        <source>Create my vault</source>
        <translation>Создать хранилище</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="56"/>
        <source>Risk score</source>
        <translation>Балл риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="75"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="78"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="80"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="131"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Восстановлено из черновика. Ничего не потеряно: сохраните, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="233"/>
        <source>Score {0}: {1}</source>
        <translation>Балл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="237"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: пороговые значения не прошли валидацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="262"/>
        <source>{0} field(s) need attention</source>
        <translation>Полей, требующих внимания: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="280"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Черновик сохранён в хранилище: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="299"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="306"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="281"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="282"/>
        <source>Add a row to {0}</source>
        <translation>Добавить строку в «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="299"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Active measures</source>
        <translation>Действующие меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="29"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Monitoring</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Protective order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>Official warning</source>
        <translation>Официальное предостережение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="39"/>
        <source>Administrative detention</source>
        <translation>Административное задержание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Preventive register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Offender</source>
        <translation>Правонарушитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Elderly person</source>
        <translation>Пожилой член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Family member</source>
        <translation>Иной член семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>former spouse</source>
        <translation>бывший(ая) супруг(а)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>partner living together</source>
        <translation>сожитель(ница)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>brother or sister</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandparent</source>
        <translation>дедушка/бабушка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandchild</source>
        <translation>внук/внучка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>in-law</source>
        <translation>свойственник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Protective measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>102 police line</source>
        <translation>Полиция 102</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Written statement</source>
        <translation>Письменное заявление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="87"/>
        <source>Medical organisation</source>
        <translation>Медицинская организация</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="69"/>
        <source>Patrol</source>
        <translation>Выявлено патрулём</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="37"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>former partner (lived together)</source>
        <translation>бывший сожитель (проживали совместно)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="54"/>
        <source>has a child in common</source>
        <translation>имеющий общего ребёнка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>step-parent</source>
        <translation>отчим / мачеха</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>guardian (custodian)</source>
        <translation>опекун (попечитель)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Preventive home visit</source>
        <translation>Профилактическое посещение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Risk assessment checklist</source>
        <translation>Опросник оценки риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>111 contact centre</source>
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="70"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Выявлено сотрудником (подворный обход)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>112 emergency line</source>
        <translation>Служба 112</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="72"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="86"/>
        <source>Family support centre</source>
        <translation>Центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="73"/>
        <source>Relatives, neighbours</source>
        <translation>Родственники, соседи</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="76"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Истёк срок мер, повторных сообщений нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="77"/>
        <source>Family moved away</source>
        <translation>Семья переехала</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>Reconciled, no risk</source>
        <translation>Примирение, риска нет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Transferred to another unit</source>
        <translation>Передано другому подразделению</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Person deceased</source>
        <translation>Смерть лица</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Снят с профилактического учёта по окончании меры</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Crisis centre</source>
        <translation>Кризисный центр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Guardianship authority</source>
        <translation>Орган опеки и попечительства</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Juvenile affairs inspector</source>
        <translation>Инспектор по делам несовершеннолетних (ИДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация (НПО)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="94"/>
        <source>Mobile group</source>
        <translation>Мобильная группа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="95"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Центр (кабинет) помощи детям, потерпевшим от насилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="96"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Комиссия по делам несовершеннолетних и защите их прав (КДН)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Addiction treatment</source>
        <translation>Наркологическая помощь (лечение зависимости)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Психокоррекционная программа для правонарушителя</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>exported</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>imported</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>unlocked</source>
        <translation>разблокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>locked</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>passphrase changed</source>
        <translation>смена пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>re-encrypted</source>
        <translation>перешифрование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>backed up</source>
        <translation>резервное копирование</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>restored</source>
        <translation>восстановление из копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>recovered</source>
        <translation>восстановление доступа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Плановый контакт (риск: {0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>New incident: contact within 24 hours</source>
        <translation>Новое происшествие: связаться в течение 24 часов</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>Protective order: mid-term check</source>
        <translation>Защитное предписание: проверка в середине срока</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Защитное предписание истекает: решить вопрос о ходатайстве в суд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Особые требования суда: явка на беседу</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>Preventive register: contact</source>
        <translation>Профилактический учёт: контакт</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="80"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="81"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="83"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="86"/>
        <source>Beat</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="87"/>
        <source>Source of the report</source>
        <translation>Источник сообщения</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="27"/>
        <source>Current passphrase</source>
        <translation>Текущий пароль</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="31"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="32"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="34"/>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="43"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="48"/>
        <source>Passphrase again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="45"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="65"/>
        <source>your own name, badge number, unit or district</source>
        <translation>ваше имя, номер жетона, подразделение или район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="66"/>
        <source>a well-known password</source>
        <translation>широко известный пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="67"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>частое русское или казахское слово, имя, город или месяц</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="68"/>
        <source>a dictionary word</source>
        <translation>словарное слово</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="69"/>
        <source>a common first name or surname</source>
        <translation>распространённое имя или фамилия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>слово, набранное в другой раскладке (gfhjkm — это «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>ряд соседних клавиш (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>repeated characters or words</source>
        <translation>повторяющиеся символы или слова</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="73"/>
        <source>a sequence like abc or 123</source>
        <translation>последовательность вроде abc или 123</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>a year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="75"/>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="76"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>предсказуемые замены вроде @ вместо a или 0 вместо o</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="77"/>
        <source>a word spelled backwards</source>
        <translation>слово, написанное задом наперёд</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="86"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>Чтобы угадать, нужно около 10&lt;sup&gt;{0}&lt;/sup&gt; попыток; требуется не менее 10&lt;sup&gt;{1}&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>Требуется не менее 10&lt;sup&gt;{0}&lt;/sup&gt; попыток угадывания.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="97"/>
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="101"/>
        <source>Easy to guess: {0}.</source>
        <translation>Легко угадать: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="102"/>
        <source>Easy to guess.</source>
        <translation>Легко угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="103"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Добавьте ещё одно-два редких слова: четыре-пять не связанных слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжный.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="94"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Фразу из нескольких слов легко запомнить и трудно подобрать.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="155"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>ФИО, ИИН, телефон, адрес или номер дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="156"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="160"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="161"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Any risk</source>
        <translation>Все уровни риска</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>Any district</source>
        <translation>Любой район</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="166"/>
        <source>Everyone&apos;s</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Active measure</source>
        <translation>Действующая мера</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Any or none</source>
        <translation>С мерами и без</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="168"/>
        <source>Any active measure</source>
        <translation>Есть действующая мера</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="174"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Case register</source>
        <translation>Реестр дел</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="42"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="44"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>Сначала копия проверяется. Если это не резервная копия, она повреждена или пароль неверен, ничего не меняется и хранилище остаётся открытым. Иначе текущие файлы переносятся в папку before-restore, а их место занимает копия.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="52"/>
        <source>Backup folder</source>
        <translation>Папка резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="53"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="57"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Папка резервной копии (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="59"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Passphrase of the backup</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="74"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Выберите папку резервной копии (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="87"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="96"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="97"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="98"/>
        <source>Lock after idle minutes</source>
        <translation>Блокировка после бездействия, минут</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source>Lock after idle</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="104"/>
        <source>Data location</source>
        <translation>Расположение данных</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="107"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="109"/>
        <source>Back up the vault…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="110"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="111"/>
        <source>Change passphrase…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Check the vault</source>
        <translation>Проверить хранилище</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="124"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Сочетания клавиш: Ctrl+N — новое посещение, Ctrl+F — поиск, Ctrl+S — сохранить, Ctrl+L — заблокировать, F12 — мгновенно скрыть экран.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="139"/>
        <source>Where to put the backup</source>
        <translation>Куда сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="146"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="149"/>
        <source>Backup written and verified: {0}</source>
        <translation>Резервная копия создана и проверена: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="176"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="184"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Восстановлено. Прежние файлы сохранены в {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="203"/>
        <source>Change passphrase</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="212"/>
        <source>Passphrase changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="216"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="220"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>Хранилище цело, журнал аудита не нарушен (записей: {0}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="225"/>
        <source>Problems found:</source>
        <translation>Обнаружены проблемы:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="21"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="24"/>
        <source>Enrolled with headquarters</source>
        <translation>Зарегистрирован в штабе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="25"/>
        <source>Case-number prefix</source>
        <translation>Префикс номеров дел</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="26"/>
        <source>Changes not yet acknowledged</source>
        <translation>Изменения без подтверждения штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="27"/>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="28"/>
        <source>Bundles written / acknowledged</source>
        <translation>Пакетов записано / подтверждено</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="29"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Номера прерванных выгрузок</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="36"/>
        <source>Send to headquarters</source>
        <translation>Отправка в штаб</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="38"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>Пакет зашифрован для штаба и подписан этим компьютером; открыть его может только штаб. Перенесите его на флешке или положите в общую папку.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>Export a bundle…</source>
        <translation>Выгрузить пакет…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="44"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="205"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="48"/>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>From headquarters</source>
        <translation>Из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="57"/>
        <source>Import a receipt…</source>
        <translation>Загрузить квитанцию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="58"/>
        <source>Import an update pack…</source>
        <translation>Загрузить пакет обновлений…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="59"/>
        <source>Enrolment request…</source>
        <translation>Запрос на регистрацию…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Import the enrolment file…</source>
        <translation>Загрузить файл регистрации…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="78"/>
        <source>yes, key {0}</source>
        <translation>да, ключ {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="79"/>
        <source>not yet: send an enrolment request</source>
        <translation>нет: отправьте запрос на регистрацию</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="83"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="101"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="113"/>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="127"/>
        <source>Nothing new to send.</source>
        <translation>Нечего отправлять: новых изменений нет.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="136"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Выгрузка отменена; незавершённый пакет не оставлен.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="148"/>
        <source>Receipt from headquarters</source>
        <translation>Квитанция штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="157"/>
        <source>Receipt accepted.</source>
        <translation>Квитанция принята.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="163"/>
        <source>Update pack from headquarters</source>
        <translation>Пакет обновлений из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Update applied.</source>
        <translation>Обновление применено.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="172"/>
        <source>Where to write the request</source>
        <translation>Куда записать запрос</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="176"/>
        <source>Request written: {0}</source>
        <translation>Запрос записан: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="182"/>
        <source>Enrolment file from headquarters</source>
        <translation>Файл регистрации из штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="190"/>
        <source>Enrolled.</source>
        <translation>Регистрация выполнена.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="200"/>
        <source>Headquarters fingerprint</source>
        <translation>Отпечаток ключа штаба</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Type the fingerprint from headquarters&apos; letter (16 characters, 0-9 and a-f):</source>
        <translation>Введите отпечаток из письма штаба (16 символов, 0-9 и a-f):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="204"/>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="210"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter.</source>
        <translation>Не зарегистрировано: отпечаток — это 16 символов из письма штаба.</translation>
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
        <translation>Профиль: {0}. Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="331"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="334"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="359"/>
        <source>Opening the vault…</source>
        <translation>Открытие хранилища…</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="131"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="132"/>
        <source>This information goes on your documents and into the audit log.</source>
        <translation>Эти сведения будут указаны в ваших документах и в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="137"/>
        <source>e.g. police captain</source>
        <translation>например, капитан полиции</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="145"/>
        <source>Badge number</source>
        <translation>Номер жетона</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="146"/>
        <source>Rank</source>
        <translation>Специальное звание</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="147"/>
        <source>Unit (in Russian)</source>
        <translation>Подразделение (на русском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>Unit (in Kazakh)</source>
        <translation>Подразделение (на казахском)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="149"/>
        <source>District</source>
        <translation>Район</translation>
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
        <translation>Необязательно: файл регистрации, полученный из штаба. Вместе с ним введите отпечаток из письма штаба.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="228"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="233"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="247"/>
        <source>Enrolment file</source>
        <translation>Файл регистрации</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="229"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="235"/>
        <source>Headquarters fingerprint (from headquarters&apos; letter)</source>
        <translation>Отпечаток ключа штаба (из письма штаба)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="258"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>Регистрация будет принята, только если она подписана этим ключом.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="261"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Только цифры 0-9 и буквы a-f, как в письме.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="263"/>
        <source>{0} of 16 characters.</source>
        <translation>{0} из 16 символов.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="265"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Обязательно при файле регистрации: 16 символов, цифры 0-9 и буквы a-f, группами по четыре (например 3f9c 0a12 7b44 e8d1). Не копируйте его из файла: он должен быть из письма.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="270"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>Без файла регистрации: хранилище работает самостоятельно, пока его не зарегистрируют.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="165"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="166"/>
        <source>The passphrase and this computer together open your vault.</source>
        <translation>Ваше хранилище открывается паролем только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="172"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>Понимаю и хочу продолжить только с паролем</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="174"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>Секретный ключ этого компьютера хранится в системном хранилище ключей ({0}). Копию хранилища нельзя открыть на другом компьютере, даже зная пароль.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="179"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>На этом компьютере нет доступного системного хранилища ключей. Хранилище можно защитить только паролем, но такая защита слабее: любой, у кого есть копия файла, может попытаться подобрать пароль. По возможности попросите ИТ-службу настроить хранилище ключей.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="99"/>
        <source>Add a person to the case</source>
        <translation>Add a person to the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="101"/>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="102"/>
        <source>Relation to the victim</source>
        <translation>Relation to the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="106"/>
        <source>Lives together with the victim</source>
        <translation>Lives together with the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="107"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="108"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="111"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="112"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="113"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="114"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="116"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="119"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="121"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="122"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="123"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="125"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Address, if not the case&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="126"/>
        <source>Safe way to contact</source>
        <translation>Safe way to contact</translation>
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
        <translation>Locked after {0} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="131"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Locked because the computer went to sleep.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="132"/>
        <source>Locked because the screen was locked.</source>
        <translation>Locked because the screen was locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="133"/>
        <source>Locked because the session ended.</source>
        <translation>Locked because the session ended.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="134"/>
        <source>Locked.</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="273"/>
        <source>Inspector Desk — press F12 to return</source>
        <translation>Inspector Desk — press F12 to return</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="303"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="320"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="305"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="321"/>
        <source>Hide the screen (F12)</source>
        <translation>Hide the screen (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="245"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="246"/>
        <source>Attach a photo or scan…</source>
        <translation>Attach a photo or scan…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="254"/>
        <source>Attach a photo or scan</source>
        <translation>Attach a photo or scan</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="255"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="257"/>
        <source>storing in the vault…</source>
        <translation>storing in the vault…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="269"/>
        <source>file kept in the vault</source>
        <translation>file kept in the vault</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="23"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="25"/>
        <source>User (badge number)</source>
        <translation>User (badge number)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="28"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="29"/>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="32"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="40"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="54"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="55"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="43"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="55"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="56"/>
        <source>Risk assessment checklist</source>
        <translation>Risk assessment checklist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="57"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Case summary…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="58"/>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="70"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="76"/>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="83"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="83"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="116"/>
        <source>Case {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="117"/>
        <source>Risk: {0}</source>
        <translation>Risk: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="123"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Next contact: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="126"/>
        <source>The case is closed: {0}</source>
        <translation>The case is closed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="133"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="134"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="135"/>
        <source>Lives with the victim</source>
        <translation>Lives with the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="136"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="149"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="150"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="164"/>
        <source>score {0}, level: {1}</source>
        <translation>score {0}, level: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="165"/>
        <source>professional judgement</source>
        <translation>professional judgement</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="176"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · next: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="145"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="147"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="148"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="32"/>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="46"/>
        <source>Good day, {0}</source>
        <translation>Good day, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="47"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="48"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Not yet sent to headquarters: {0} changes. Last export: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="52"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="73"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="77"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="81"/>
        <source>Measures ending within 5 days</source>
        <translation>Measures ending within 5 days</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="85"/>
        <source>no court decision yet</source>
        <translation>no court decision yet</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="86"/>
        <source>in {0} days</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="88"/>
        <source>High-risk cases</source>
        <translation>High-risk cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="92"/>
        <source>Unfinished drafts</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="95"/>
        <source>continue where you stopped</source>
        <translation>continue where you stopped</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="98"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… and {0} more: see Cases, sorted by next contact</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="117"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="118"/>
        <source>Fill in now</source>
        <translation>Fill in now</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="121"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="41"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="55"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="56"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="57"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="58"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="59"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="85"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="86"/>
        <source>New visit (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="87"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="88"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="154"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Open a case first, then press Ctrl+N for a new visit.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="76"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="81"/>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="87"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="90"/>
        <source>For whom the copy is</source>
        <translation>For whom the copy is</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="91"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="97"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="99"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="101"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="106"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="183"/>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="130"/>
        <source>Offender&apos;s copy</source>
        <translation>Offender&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="131"/>
        <source>Protected person&apos;s copy</source>
        <translation>Protected person&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="132"/>
        <source>Copy for the file</source>
        <translation>Copy for the file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="133"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="201"/>
        <source>{0} page(s)</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="213"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="214"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>Not printed: no printer.</source>
        <translation>Not printed: no printer.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="234"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="241"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
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
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Welcome to Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="296"/>
        <source>Create my vault</source>
        <translation>Create my vault</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="56"/>
        <source>Risk score</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="75"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="78"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="80"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="131"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Restored from a draft. Nothing is lost: save when ready.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="233"/>
        <source>Score {0}: {1}</source>
        <translation>Score {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="237"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: thresholds not validated</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="262"/>
        <source>{0} field(s) need attention</source>
        <translation>{0} field(s) need attention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="280"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Draft kept in the vault at {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="299"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="306"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="281"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="282"/>
        <source>Add a row to {0}</source>
        <translation>Add a row to {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="299"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="23"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="24"/>
        <source>Active measures</source>
        <translation>Active measures</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="28"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="29"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="33"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Protective order</source>
        <translation>Protective order</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="38"/>
        <source>Official warning</source>
        <translation>Official warning</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="39"/>
        <source>Administrative detention</source>
        <translation>Administrative detention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Preventive register</source>
        <translation>Preventive register</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Elderly person</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>former spouse</source>
        <translation>former spouse</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>partner living together</source>
        <translation>partner living together</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandparent</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>grandchild</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>in-law</source>
        <translation>in-law</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>102 police line</source>
        <translation>102 police line</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Written statement</source>
        <translation>Written statement</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="87"/>
        <source>Medical organisation</source>
        <translation>Medical organisation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="69"/>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="22"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="43"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="32"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="37"/>
        <source>Court special requirements</source>
        <translation>Court special requirements</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="53"/>
        <source>former partner (lived together)</source>
        <translation>former partner (lived together)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="54"/>
        <source>has a child in common</source>
        <translation>has a child in common</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>step-parent</source>
        <translation>step-parent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>guardian (custodian)</source>
        <translation>guardian (custodian)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="59"/>
        <source>Preventive home visit</source>
        <translation>Preventive home visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>Risk assessment checklist</source>
        <translation>Risk assessment checklist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>111 contact centre</source>
        <translation>111 contact centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="70"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Found by an officer (door-to-door round)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="71"/>
        <source>112 emergency line</source>
        <translation>112 emergency line</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="72"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="86"/>
        <source>Family support centre</source>
        <translation>Family support centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="73"/>
        <source>Relatives, neighbours</source>
        <translation>Relatives, neighbours</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="76"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Measures expired, no repeat incidents</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="77"/>
        <source>Family moved away</source>
        <translation>Family moved away</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>Reconciled, no risk</source>
        <translation>Reconciled, no risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Transferred to another unit</source>
        <translation>Transferred to another unit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Person deceased</source>
        <translation>Person deceased</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Removed from the preventive register when the measure ended</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Crisis centre</source>
        <translation>Crisis centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Guardianship authority</source>
        <translation>Guardianship authority</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Juvenile affairs inspector</source>
        <translation>Juvenile affairs inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Non-governmental organisation</source>
        <translation>Non-governmental organisation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="94"/>
        <source>Mobile group</source>
        <translation>Mobile group</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="95"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Support centre (room) for child victims of violence</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="96"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Commission for juvenile affairs and the protection of their rights</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Addiction treatment</source>
        <translation>Addiction treatment</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Psycho-correction programme for the offender</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>passphrase changed</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>re-encrypted</source>
        <translation>re-encrypted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>backed up</source>
        <translation>backed up</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>recovered</source>
        <translation>recovered</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Routine contact ({0} risk)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="112"/>
        <source>New incident: contact within 24 hours</source>
        <translation>New incident: contact within 24 hours</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>Protective order: mid-term check</source>
        <translation>Protective order: mid-term check</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Protective order ends soon: decide on a court petition</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Court special requirements: check-in conversation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>Preventive register: contact</source>
        <translation>Preventive register: contact</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="80"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="81"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="83"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="86"/>
        <source>Beat</source>
        <translation>Beat</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="87"/>
        <source>Source of the report</source>
        <translation>Source of the report</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="26"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="27"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="31"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="32"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="34"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="43"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="48"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="45"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="65"/>
        <source>your own name, badge number, unit or district</source>
        <translation>your own name, badge number, unit or district</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="66"/>
        <source>a well-known password</source>
        <translation>a well-known password</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="67"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>a common Russian or Kazakh word, name, city or month</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="68"/>
        <source>a dictionary word</source>
        <translation>a dictionary word</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="69"/>
        <source>a common first name or surname</source>
        <translation>a common first name or surname</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>a word typed in the other keyboard layout (gfhjkm is «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>a row of neighbouring keys (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>repeated characters or words</source>
        <translation>repeated characters or words</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="73"/>
        <source>a sequence like abc or 123</source>
        <translation>a sequence like abc or 123</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="75"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="76"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>predictable substitutions like @ for a or 0 for o</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="77"/>
        <source>a word spelled backwards</source>
        <translation>a word spelled backwards</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="86"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="97"/>
        <source>At least {0} characters.</source>
        <translation>At least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="101"/>
        <source>Easy to guess: {0}.</source>
        <translation>Easy to guess: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="102"/>
        <source>Easy to guess.</source>
        <translation>Easy to guess.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="103"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="94"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>A sentence of several words is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="155"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>Name, IIN, phone, address or case number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="156"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="159"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="160"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="161"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="162"/>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="164"/>
        <source>Any district</source>
        <translation>Any district</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="165"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="166"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Active measure</source>
        <translation>Active measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="167"/>
        <source>Any or none</source>
        <translation>Any or none</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="168"/>
        <source>Any active measure</source>
        <translation>Any active measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="174"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="42"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="44"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="52"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="53"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="57"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Backup folder (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="59"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="74"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Choose the backup folder (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="87"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="96"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="98"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="104"/>
        <source>Data location</source>
        <translation>Data location</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="107"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="109"/>
        <source>Back up the vault…</source>
        <translation>Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="110"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="111"/>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="124"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="139"/>
        <source>Where to put the backup</source>
        <translation>Where to put the backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="146"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="149"/>
        <source>Backup written and verified: {0}</source>
        <translation>Backup written and verified: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="176"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="184"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Restored. The previous files are kept in {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="203"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="212"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="216"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="220"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>The vault is intact; the audit log is unbroken ({0} entries).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="225"/>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="21"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="24"/>
        <source>Enrolled with headquarters</source>
        <translation>Enrolled with headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="25"/>
        <source>Case-number prefix</source>
        <translation>Case-number prefix</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="26"/>
        <source>Changes not yet acknowledged</source>
        <translation>Changes not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="27"/>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="28"/>
        <source>Bundles written / acknowledged</source>
        <translation>Bundles written / acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="29"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Numbers lost to interrupted exports</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="36"/>
        <source>Send to headquarters</source>
        <translation>Send to headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="38"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>Export a bundle…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="44"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="205"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="48"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>From headquarters</source>
        <translation>From headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="57"/>
        <source>Import a receipt…</source>
        <translation>Import a receipt…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="58"/>
        <source>Import an update pack…</source>
        <translation>Import an update pack…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="59"/>
        <source>Enrolment request…</source>
        <translation>Enrolment request…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Import the enrolment file…</source>
        <translation>Import the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="78"/>
        <source>yes, key {0}</source>
        <translation>yes, key {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="79"/>
        <source>not yet: send an enrolment request</source>
        <translation>not yet: send an enrolment request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="83"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="101"/>
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="113"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="127"/>
        <source>Nothing new to send.</source>
        <translation>Nothing new to send.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="136"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Export cancelled; no partial bundle was left behind.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="148"/>
        <source>Receipt from headquarters</source>
        <translation>Receipt from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="157"/>
        <source>Receipt accepted.</source>
        <translation>Receipt accepted.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="163"/>
        <source>Update pack from headquarters</source>
        <translation>Update pack from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Update applied.</source>
        <translation>Update applied.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="172"/>
        <source>Where to write the request</source>
        <translation>Where to write the request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="176"/>
        <source>Request written: {0}</source>
        <translation>Request written: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="182"/>
        <source>Enrolment file from headquarters</source>
        <translation>Enrolment file from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="190"/>
        <source>Enrolled.</source>
        <translation>Enrolled.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="200"/>
        <source>Headquarters fingerprint</source>
        <translation>Headquarters fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Type the fingerprint from headquarters&apos; letter (16 characters, 0-9 and a-f):</source>
        <translation>Type the fingerprint from headquarters&apos; letter (16 characters, 0-9 and a-f):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="204"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="210"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter.</source>
        <translation>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter.</translation>
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
        <translation>Profile: {0}. The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="331"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="334"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="359"/>
        <source>Opening the vault…</source>
        <translation>Opening the vault…</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="131"/>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="132"/>
        <source>This information goes on your documents and into the audit log.</source>
        <translation>This information goes on your documents and into the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="137"/>
        <source>e.g. police captain</source>
        <translation>e.g. police captain</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="145"/>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="146"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="147"/>
        <source>Unit (in Russian)</source>
        <translation>Unit (in Russian)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>Unit (in Kazakh)</source>
        <translation>Unit (in Kazakh)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="149"/>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>_HeadquartersPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="222"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="223"/>
        <source>Optional: the enrolment file you received from headquarters. With it, type the fingerprint from headquarters&apos; letter.</source>
        <translation>Optional: the enrolment file you received from headquarters. With it, type the fingerprint from headquarters&apos; letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="228"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="233"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="247"/>
        <source>Enrolment file</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="229"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="235"/>
        <source>Headquarters fingerprint (from headquarters&apos; letter)</source>
        <translation>Headquarters fingerprint (from headquarters&apos; letter)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="258"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>The enrolment is accepted only if it was signed by this key.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="261"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Only digits 0-9 and letters a-f, as in the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="263"/>
        <source>{0} of 16 characters.</source>
        <translation>{0} of 16 characters.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="265"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="270"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>No enrolment file: the vault works on its own until it is enrolled.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="165"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="166"/>
        <source>The passphrase and this computer together open your vault.</source>
        <translation>The passphrase and this computer together open your vault.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="172"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>I understand and want to continue with the passphrase alone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="174"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="179"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</translation>
    </message>
</context>
</TS>

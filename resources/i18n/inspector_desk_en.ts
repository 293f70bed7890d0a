<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="450"/>
        <source>Add a person to the case</source>
        <translation>Add a person to the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="451"/>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="453"/>
        <source>Relation to the victim</source>
        <translation>Relation to the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="457"/>
        <source>Lives together with the victim</source>
        <translation>Lives together with the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="458"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="459"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="44"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/common.py" line="46"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
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
        <translation>Locked after {0} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="159"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Locked because the computer went to sleep.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="160"/>
        <source>Locked because the screen was locked.</source>
        <translation>Locked because the screen was locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="161"/>
        <source>Locked because the session ended.</source>
        <translation>Locked because the session ended.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="162"/>
        <source>Locked.</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="350"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="367"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/controller.py" line="352"/>
        <location filename="../../src/inspector_desk/ui/controller.py" line="368"/>
        <source>Hide the screen (F12)</source>
        <translation>Hide the screen (F12)</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="407"/>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="408"/>
        <source>Attach a photo or scan…</source>
        <translation>Attach a photo or scan…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="420"/>
        <source>Attach a photo or scan</source>
        <translation>Attach a photo or scan</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="421"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="423"/>
        <source>storing in the vault…</source>
        <translation>storing in the vault…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="435"/>
        <source>file kept in the vault</source>
        <translation>file kept in the vault</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="37"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="38"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="107"/>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="108"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="110"/>
        <source>User (badge number)</source>
        <translation>User (badge number)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="111"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="113"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="114"/>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="117"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/audit_view.py" line="128"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="851"/>
        <source>Filter: user, action, case…</source>
        <translation>Filter: user, action, case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="860"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="872"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="46"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="63"/>
        <source>Notices from headquarters</source>
        <translation>Notices from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="71"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="123"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="138"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="147"/>
        <source>Risk assessment checklist</source>
        <translation>Risk assessment checklist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="161"/>
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="175"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Case summary…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="72"/>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="73"/>
        <source>Reopen case…</source>
        <translation>Reopen case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="86"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="95"/>
        <source>Correct person…</source>
        <translation>Correct person…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="96"/>
        <source>Remove from case…</source>
        <translation>Remove from case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="104"/>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="111"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="111"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="145"/>
        <source>From headquarters:</source>
        <translation>From headquarters:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="161"/>
        <source>Case {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="162"/>
        <source>Risk: {0}</source>
        <translation>Risk: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="168"/>
        <source>Next contact: {0} — {1}</source>
        <translation>Next contact: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="171"/>
        <source>The case is closed: {0}</source>
        <translation>The case is closed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="180"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="181"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="182"/>
        <source>Lives with the victim</source>
        <translation>Lives with the victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="183"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="198"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="199"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="214"/>
        <source>score {0}, level: {1}</source>
        <translation>score {0}, level: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="215"/>
        <source>professional judgement</source>
        <translation>professional judgement</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="220"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_view.py" line="229"/>
        <source>{0} · next: {1}</source>
        <translation>{0} · next: {1}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="477"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="478"/>
        <source>Open case (read-only)…</source>
        <translation>Open case (read-only)…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="479"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="507"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="514"/>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Overdue contacts</source>
        <translation>Overdue contacts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="515"/>
        <source>Measures ending ≤ 5 days</source>
        <translation>Measures ending ≤ 5 days</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Court decision missing</source>
        <translation>Court decision missing</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="516"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="463"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="495"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="496"/>
        <source>Measures ending</source>
        <translation>Measures ending</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="536"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="567"/>
        <source>Choose a case first.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="538"/>
        <source>Open case {0}</source>
        <translation>Open case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="539"/>
        <source>Why do you open this family&apos;s case? (Recorded in the HQ audit with your name.)</source>
        <translation>Why do you open this family&apos;s case? (Recorded in the HQ audit with your name.)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="545"/>
        <source>Case {0} — read-only</source>
        <translation>Case {0} — read-only</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="546"/>
        <source>Owner: {0} ({1})</source>
        <translation>Owner: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="552"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="553"/>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="555"/>
        <source>People:</source>
        <translation>People:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="557"/>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="559"/>
        <source>Case {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="562"/>
        <source>Case {0} opened; the view is recorded in the HQ audit.</source>
        <translation>Case {0} opened; the view is recorded in the HQ audit.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="579"/>
        <source>Case {0} reassigned; update packs: {1}</source>
        <translation>Case {0} reassigned; update packs: {1}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="604"/>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="616"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="607"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="608"/>
        <source>Nothing can be added to a closed case until it is reopened (with a reason).</source>
        <translation>Nothing can be added to a closed case until it is reopened (with a reason).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="611"/>
        <source>I confirm: close case {0}</source>
        <translation>I confirm: close case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="623"/>
        <source>The case is high-risk.</source>
        <translation>The case is high-risk.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="624"/>
        <source>A protective measure is in force.</source>
        <translation>A protective measure is in force.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="625"/>
        <source>A contact with the family is overdue.</source>
        <translation>A contact with the family is overdue.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="626"/>
        <source>A contact with the family is due within 72 hours.</source>
        <translation>A contact with the family is due within 72 hours.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="628"/>
        <source>Before closing:</source>
        <translation>Before closing:</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="72"/>
        <source>Note (required):</source>
        <translation>Note (required):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="75"/>
        <source>Why this decision (kept with it in the HQ audit)</source>
        <translation>Why this decision (kept with it in the HQ audit)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="77"/>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="80"/>
        <source>Reject the held change</source>
        <translation>Reject the held change</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="86"/>
        <source>Update packs written for the devices:</source>
        <translation>Update packs written for the devices:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="96"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="108"/>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="109"/>
        <source>Side times</source>
        <translation>Side times</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="110"/>
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="119"/>
        <source>No conflicts and no held changes.</source>
        <translation>No conflicts and no held changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="120"/>
        <source>%n item(s) wait for a decision: choose one.</source>
        <translation>
            <numerusform>%n item waits for a decision: choose one.</numerusform>
            <numerusform>%n items wait for a decision: choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="133"/>
        <source>side {0}: {1} on {2}, version {3}, {4}</source>
        <translation>side {0}: {1} on {2}, version {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="137"/>
        <source>{0} · {1} · case {2} · {3}
{4}
Common base: {5}
{6}</source>
        <translation>{0} · {1} · case {2} · {3}
{4}
Common base: {5}
{6}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="139"/>
        <source>none (headquarters has no common version)</source>
        <translation>none (headquarters has no common version)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="141"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="142"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="154"/>
        <source>Side {0} ({1})</source>
        <translation>Side {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="143"/>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="157"/>
        <source>Typed value</source>
        <translation>Typed value</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="152"/>
        <source>— decide —</source>
        <translation>— decide —</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="156"/>
        <source>Common base</source>
        <translation>Common base</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="171"/>
        <source>Both sides changed this field: decide it</source>
        <translation>Both sides changed this field: decide it</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="227"/>
        <source>Decide these fields first: {0}</source>
        <translation>Decide these fields first: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="232"/>
        <source>Write a note: why this decision</source>
        <translation>Write a note: why this decision</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="239"/>
        <source>{0} decided: version {1}</source>
        <translation>{0} decided: version {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="246"/>
        <source>Write a note: why this change is rejected</source>
        <translation>Write a note: why this change is rejected</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/conflicts.py" line="251"/>
        <source>{0} rejected: headquarters&apos; version stays</source>
        <translation>{0} rejected: headquarters&apos; version stays</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="37"/>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="59"/>
        <source>Good day, {0}</source>
        <translation>Good day, {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="60"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="61"/>
        <source>Not yet sent to headquarters: {0} changes. Last export: {1}.</source>
        <translation>Not yet sent to headquarters: {0} changes. Last export: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="69"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="70"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="72"/>
        <source>(no affected person yet)</source>
        <translation>(no affected person yet)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="107"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="111"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="115"/>
        <source>Measures ending within 5 days</source>
        <translation>Measures ending within 5 days</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="119"/>
        <source>no court decision yet</source>
        <translation>no court decision yet</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="121"/>
        <source>in {0} days</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="122"/>
        <source>High-risk cases</source>
        <translation>High-risk cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="126"/>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="127"/>
        <source>Unfinished drafts</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="131"/>
        <source>{0}: continue where you stopped</source>
        <translation>{0}: continue where you stopped</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/dashboard.py" line="134"/>
        <source>… and {0} more: see Cases, sorted by next contact</source>
        <translation>… and {0} more: see Cases, sorted by next contact</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="73"/>
        <source>dd.mm.yyyy, today, +7</source>
        <translation>dd.mm.yyyy, today, +7</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="74"/>
        <source>dd.mm.yyyy hh:mm, now</source>
        <translation>dd.mm.yyyy hh:mm, now</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="75"/>
        <source>hh:mm, now</source>
        <translation>hh:mm, now</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="78"/>
        <source>Type a date as dd.mm.yyyy (05031988 and 5.3.88 work too), &quot;today&quot;, +N for N days ahead or -N for N days back. Up and Down change it by a day.</source>
        <translation>Type a date as dd.mm.yyyy (05031988 and 5.3.88 work too), &quot;today&quot;, +N for N days ahead or -N for N days back. Up and Down change it by a day.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="93"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="94"/>
        <source>Choose on a calendar</source>
        <translation>Choose on a calendar</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="153"/>
        <source>There is no such date: {0}</source>
        <translation>There is no such date: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="155"/>
        <source>Add the time, for example {0} 14:30</source>
        <translation>Add the time, for example {0} 14:30</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="157"/>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="165"/>
        <source>Not a time: {0} (write hh:mm, for example 14:30)</source>
        <translation>Not a time: {0} (write hh:mm, for example 14:30)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="159"/>
        <source>Cannot be later than today</source>
        <translation>Cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="161"/>
        <source>Cannot be earlier than today</source>
        <translation>Cannot be earlier than today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="163"/>
        <source>Too early: {0}</source>
        <translation>Too early: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="167"/>
        <source>Not a date: {0} (write dd.mm.yyyy hh:mm, &quot;now&quot; or +N)</source>
        <translation>Not a date: {0} (write dd.mm.yyyy hh:mm, &quot;now&quot; or +N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="168"/>
        <source>Not a date: {0} (write dd.mm.yyyy, &quot;today&quot; or +N)</source>
        <translation>Not a date: {0} (write dd.mm.yyyy, &quot;today&quot; or +N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/date_input.py" line="286"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="84"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="102"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="103"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="104"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="105"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="172"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="173"/>
        <source>← Back (Alt+Left)</source>
        <translation>← Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="174"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Search cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="175"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="176"/>
        <source>New &amp;case…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="177"/>
        <source>New &amp;visit</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="178"/>
        <source>New visit (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="180"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="183"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="185"/>
        <source>&amp;Privacy screen</source>
        <translation>&amp;Privacy screen</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="187"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="189"/>
        <source>&amp;About Inspector Desk</source>
        <translation>&amp;About Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="214"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="225"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="258"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="261"/>
        <source>About Inspector Desk</source>
        <translation>About Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="262"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="487"/>
        <source>No case found.</source>
        <translation>No case found.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="522"/>
        <source>Case {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="545"/>
        <source>OVERDUE by {0} day(s)</source>
        <translation>OVERDUE by {0} day(s)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="546"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="576"/>
        <source>Open a case first, then press Ctrl+N for a new visit.</source>
        <translation>Open a case first, then press Ctrl+N for a new visit.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="587"/>
        <source>Nothing to save on this page: Ctrl+S saves an open form.</source>
        <translation>Nothing to save on this page: Ctrl+S saves an open form.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/main_window.py" line="599"/>
        <source>Open a case first: printing is of a case or one of its records.</source>
        <translation>Open a case first: printing is of a case or one of its records.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="173"/>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="282"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="219"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="226"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="244"/>
        <source>Inspector Desk — Headquarters — {0}</source>
        <translation>Inspector Desk — Headquarters — {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="280"/>
        <source>Locked. Log in again to go on.</source>
        <translation>Locked. Log in again to go on.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="116"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="117"/>
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="118"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="119"/>
        <source>Update pack…</source>
        <translation>Update pack…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="120"/>
        <source>Write receipt</source>
        <translation>Write receipt</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="135"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="138"/>
        <source>Headquarters key fingerprint: {0}</source>
        <translation>Headquarters key fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="143"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last no.</source>
        <translation>Last no.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="145"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Burned</source>
        <translation>Burned</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="146"/>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="147"/>
        <source>Device id</source>
        <translation>Device id</translation>
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
        <translation>Enrolment of the laptop of {0} ({1})

Device: {2}
Case numbers begin with: {3}
Unit: {4}
Enrolment file: {5}

On the laptop: Headquarters → Import enrolment file, choose the file, then type headquarters&apos; key fingerprint exactly as printed here:

        {6}

If the program shows another fingerprint, stop and call headquarters: the file did not come from us.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="176"/>
        <source>Enrolled {0} with prefix {1}; file: {2}</source>
        <translation>Enrolled {0} with prefix {1}; file: {2}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="177"/>
        <source>Enrolment letter</source>
        <translation>Enrolment letter</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="184"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="195"/>
        <source>Choose a device first.</source>
        <translation>Choose a device first.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="186"/>
        <source>Revoke a device</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="187"/>
        <source>Every further bundle of this device will be refused. Why?</source>
        <translation>Every further bundle of this device will be refused. Why?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="189"/>
        <source>Revoked.</source>
        <translation>Revoked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="197"/>
        <source>Forms, choice lists, follow-up rules</source>
        <translation>Forms, choice lists, follow-up rules</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="198"/>
        <source>Forms and rules (*.yaml *.yml *.json)</source>
        <translation>Forms and rules (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="211"/>
        <source>Update pack written: {0}</source>
        <translation>Update pack written: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="216"/>
        <source>Receipt written: {0}</source>
        <translation>Receipt written: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="89"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="94"/>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="100"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="103"/>
        <source>For whom the copy is</source>
        <translation>For whom the copy is</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="104"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="110"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="112"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="114"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="119"/>
        <location filename="../../src/inspector_desk/ui/documents.py" line="197"/>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="143"/>
        <source>Offender&apos;s copy</source>
        <translation>Offender&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="144"/>
        <source>Protected person&apos;s copy</source>
        <translation>Protected person&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="145"/>
        <source>Copy for the file</source>
        <translation>Copy for the file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="216"/>
        <source>{0} page(s)</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="228"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="229"/>
        <source>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</source>
        <translation>No printer is set up on this computer, so nothing was printed. Connect a printer, or keep a copy with “Save as PDF…”.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="231"/>
        <source>Not printed: no printer.</source>
        <translation>Not printed: no printer.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="252"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/documents.py" line="262"/>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="499"/>
        <source>Correct a person&apos;s details</source>
        <translation>Correct a person&apos;s details</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="503"/>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="517"/>
        <source>This person is also in case(s) {0}: the correction shows there too.</source>
        <translation>This person is also in case(s) {0}: the correction shows there too.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="533"/>
        <source>A typing error</source>
        <translation>A typing error</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="534"/>
        <source>Checked against documents</source>
        <translation>Checked against documents</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="535"/>
        <source>New information</source>
        <translation>New information</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="536"/>
        <source>Other (say in the note)</source>
        <translation>Other (say in the note)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="79"/>
        <source>Enrol a laptop</source>
        <translation>Enrol a laptop</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="83"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="87"/>
        <source>Enrolment request (.idreq):</source>
        <translation>Enrolment request (.idreq):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="90"/>
        <source>Case-number prefix:</source>
        <translation>Case-number prefix:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="92"/>
        <source>as in the request</source>
        <translation>as in the request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="93"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="94"/>
        <source>This device id is enrolled with another key: replace it</source>
        <translation>This device id is enrolled with another key: replace it</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="97"/>
        <source>Reason (for a replaced key):</source>
        <translation>Reason (for a replaced key):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="104"/>
        <source>Enrolment request</source>
        <translation>Enrolment request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="105"/>
        <source>Enrolment requests (*.idreq)</source>
        <translation>Enrolment requests (*.idreq)</translation>
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
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="387"/>
        <source>Welcome to Inspector Desk</source>
        <translation>Welcome to Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="397"/>
        <source>Create my vault</source>
        <translation>Create my vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="404"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="406"/>
        <source>Close the program: no vault has been made yet.</source>
        <translation>Close the program: no vault has been made yet.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="407"/>
        <source>Back to the first step; what was typed is cleared.</source>
        <translation>Back to the first step; what was typed is cleared.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="450"/>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>Creating your vault… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="472"/>
        <source>Nothing was created. Correct it and press “Create my vault” again.</source>
        <translation>Nothing was created. Correct it and press “Create my vault” again.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="95"/>
        <source>Risk score</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="118"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="121"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="123"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="199"/>
        <source>Restored from a draft. Nothing is lost: save when ready.</source>
        <translation>Restored from a draft. Nothing is lost: save when ready.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="201"/>
        <source>Filled in from the case: check and change as needed.</source>
        <translation>Filled in from the case: check and change as needed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="404"/>
        <source>Score {0}: {1}</source>
        <translation>Score {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="408"/>
        <source>{0}: thresholds not validated</source>
        <translation>{0}: thresholds not validated</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="440"/>
        <source>{0} field(s) need attention</source>
        <translation>{0} field(s) need attention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="458"/>
        <source>Draft kept in the vault at {0}</source>
        <translation>Draft kept in the vault at {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="470"/>
        <source>Not saved: {0} field(s) need attention</source>
        <translation>Not saved: {0} field(s) need attention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="484"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_view.py" line="495"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="447"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="448"/>
        <source>Add a row to {0}</source>
        <translation>Add a row to {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="467"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HqLabels</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="60"/>
        <source>Form answer: {0}</source>
        <translation>Form answer: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="62"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Beat</source>
        <translation>Beat</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="63"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="64"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="64"/>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="65"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="66"/>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="67"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="68"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="69"/>
        <source>Safe contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="70"/>
        <source>Risk factors</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="71"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Lives together</source>
        <translation>Lives together</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="72"/>
        <source>Visit time</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Type of visit</source>
        <translation>Type of visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="73"/>
        <source>Next visit due</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="74"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="75"/>
        <source>Types of violence</source>
        <translation>Types of violence</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Kind of measure</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="76"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="77"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="78"/>
        <source>Court decision date</source>
        <translation>Court decision date</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Check-ins per month</source>
        <translation>Check-ins per month</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="79"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="80"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="81"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="82"/>
        <source>Outcome date</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="83"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Computed risk level</source>
        <translation>Computed risk level</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="84"/>
        <source>Risk level set by hand</source>
        <translation>Risk level set by hand</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>Why set by hand</source>
        <translation>Why set by hand</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="85"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="86"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="87"/>
        <source>Form version</source>
        <translation>Form version</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="88"/>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="110"/>
        <source>Two versions of the record: headquarters cannot merge them alone</source>
        <translation>Two versions of the record: headquarters cannot merge them alone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="111"/>
        <source>The case belongs to another inspector: the change was held</source>
        <translation>The case belongs to another inspector: the change was held</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="112"/>
        <source>The person belongs to another inspector: the change was held</source>
        <translation>The person belongs to another inspector: the change was held</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="113"/>
        <source>The record names another device or inspector than the one that sent it</source>
        <translation>The record names another device or inspector than the one that sent it</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="114"/>
        <source>The record was sent as another kind of record</source>
        <translation>The record was sent as another kind of record</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="115"/>
        <source>The case number was changed on the laptop</source>
        <translation>The case number was changed on the laptop</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="116"/>
        <source>Versions are missing between headquarters&apos; copy and this change</source>
        <translation>Versions are missing between headquarters&apos; copy and this change</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="117"/>
        <source>Its case was held, so this record was held too</source>
        <translation>Its case was held, so this record was held too</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="127"/>
        <source>The case belongs to {0} (device {1})</source>
        <translation>The case belongs to {0} (device {1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="128"/>
        <source>The person belongs to {0} (device {1})</source>
        <translation>The person belongs to {0} (device {1})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="132"/>
        <source>Names the inspector of another device ({0})</source>
        <translation>Names the inspector of another device ({0})</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="135"/>
        <source>Headquarters holds it as: {0}; sent as: {1}</source>
        <translation>Headquarters holds it as: {0}; sent as: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="137"/>
        <source>Its case was held, not applied</source>
        <translation>Its case was held, not applied</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>logged in</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="144"/>
        <source>locked the window</source>
        <translation>locked the window</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>opened a case</source>
        <translation>opened a case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="145"/>
        <source>decided a conflict</source>
        <translation>decided a conflict</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>rejected a held change</source>
        <translation>rejected a held change</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="146"/>
        <source>sent a decision again</source>
        <translation>sent a decision again</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>enrolled a laptop</source>
        <translation>enrolled a laptop</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="147"/>
        <source>revoked a laptop</source>
        <translation>revoked a laptop</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>revoked a laptop&apos;s key</source>
        <translation>revoked a laptop&apos;s key</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="148"/>
        <source>cleaned the quarantine</source>
        <translation>cleaned the quarantine</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>approved a recovery</source>
        <translation>approved a recovery</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="149"/>
        <source>wrote an update pack</source>
        <translation>wrote an update pack</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>reassigned a case</source>
        <translation>reassigned a case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="150"/>
        <source>added a user</source>
        <translation>added a user</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>disabled a user</source>
        <translation>disabled a user</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="151"/>
        <source>confirmed a linked person</source>
        <translation>confirmed a linked person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="152"/>
        <source>rejected a linked person</source>
        <translation>rejected a linked person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="156"/>
        <source>unit chief</source>
        <translation>unit chief</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="157"/>
        <source>recovery officer</source>
        <translation>recovery officer</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same IIN</source>
        <translation>same IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="160"/>
        <source>same name and date of birth</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="161"/>
        <source>similar name, same date of birth</source>
        <translation>similar name, same date of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="162"/>
        <source>similar name, same year of birth</source>
        <translation>similar name, same year of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="163"/>
        <source>decided by an analyst</source>
        <translation>decided by an analyst</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="168"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="169"/>
        <source>not a bundle of Inspector Desk</source>
        <translation>not a bundle of Inspector Desk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="170"/>
        <source>the file is cut short (copy it again)</source>
        <translation>the file is cut short (copy it again)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="171"/>
        <source>the signature does not match: the file was changed</source>
        <translation>the signature does not match: the file was changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="172"/>
        <source>from a laptop headquarters has not enrolled</source>
        <translation>from a laptop headquarters has not enrolled</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="173"/>
        <source>from a revoked laptop</source>
        <translation>from a revoked laptop</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/labels.py" line="174"/>
        <source>too large</source>
        <translation>too large</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="233"/>
        <source>A folder or a USB stick with *.idb bundles</source>
        <translation>A folder or a USB stick with *.idb bundles</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="235"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="236"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="237"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="260"/>
        <source>Remove entries older than the retention</source>
        <translation>Remove entries older than the retention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="271"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="278"/>
        <source>Folder with bundles</source>
        <translation>Folder with bundles</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="285"/>
        <source>Choose a folder with bundles first</source>
        <translation>Choose a folder with bundles first</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="290"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="299"/>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="317"/>
        <source>{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, {5} skipped</source>
        <translation>{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, {5} skipped</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="318"/>
        <source>Cancelled. </source>
        <translation>Cancelled. </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="322"/>
        <source>Receipts to carry back ({0}): {1}</source>
        <translation>Receipts to carry back ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="329"/>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="330"/>
        <source>skipped (not a regular file)</source>
        <translation>skipped (not a regular file)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="331"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="332"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="340"/>
        <source>imported on {0}</source>
        <translation>imported on {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="351"/>
        <source>Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. Kept {6} days: {7} older than that.</source>
        <translation>Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. Kept {6} days: {7} older than that.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="360"/>
        <source>Removed {0} entries ({1}).</source>
        <translation>Removed {0} entries ({1}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="35"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="36"/>
        <source>Active measures</source>
        <translation>Active measures</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="40"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="41"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="45"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="48"/>
        <source>Protective order</source>
        <translation>Protective order</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="50"/>
        <source>Official warning</source>
        <translation>Official warning</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="51"/>
        <source>Administrative detention</source>
        <translation>Administrative detention</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="52"/>
        <source>Preventive register</source>
        <translation>Preventive register</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Elderly person</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="56"/>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="57"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="60"/>
        <source>former spouse</source>
        <translation>former spouse</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>partner living together</source>
        <translation>partner living together</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="61"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="62"/>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandparent</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="63"/>
        <source>grandchild</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>in-law</source>
        <translation>in-law</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="64"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="137"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="160"/>
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="174"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="109"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="113"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="115"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="181"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="75"/>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>102 police line</source>
        <translation>102 police line</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Written statement</source>
        <translation>Written statement</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="79"/>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="80"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="99"/>
        <source>Medical organisation</source>
        <translation>Medical organisation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="81"/>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="34"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="55"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="25"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="44"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="49"/>
        <source>Court special requirements</source>
        <translation>Court special requirements</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="65"/>
        <source>former partner (lived together)</source>
        <translation>former partner (lived together)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="66"/>
        <source>has a child in common</source>
        <translation>has a child in common</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="67"/>
        <source>step-parent</source>
        <translation>step-parent</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="68"/>
        <source>guardian (custodian)</source>
        <translation>guardian (custodian)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="122"/>
        <source>Preventive home visit</source>
        <translation>Preventive home visit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/core/kinds.py" line="146"/>
        <source>Risk assessment checklist</source>
        <translation>Risk assessment checklist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="78"/>
        <source>111 contact centre</source>
        <translation>111 contact centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="82"/>
        <source>Found by an officer (door-to-door round)</source>
        <translation>Found by an officer (door-to-door round)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="83"/>
        <source>112 emergency line</source>
        <translation>112 emergency line</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="84"/>
        <location filename="../../src/inspector_desk/ui/labels.py" line="98"/>
        <source>Family support centre</source>
        <translation>Family support centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="85"/>
        <source>Relatives, neighbours</source>
        <translation>Relatives, neighbours</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="88"/>
        <source>Measures expired, no repeat incidents</source>
        <translation>Measures expired, no repeat incidents</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="89"/>
        <source>Family moved away</source>
        <translation>Family moved away</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="90"/>
        <source>Reconciled, no risk</source>
        <translation>Reconciled, no risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="91"/>
        <source>Transferred to another unit</source>
        <translation>Transferred to another unit</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Person deceased</source>
        <translation>Person deceased</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="92"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="93"/>
        <source>Removed from the preventive register when the measure ended</source>
        <translation>Removed from the preventive register when the measure ended</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="97"/>
        <source>Crisis centre</source>
        <translation>Crisis centre</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="100"/>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="101"/>
        <source>Guardianship authority</source>
        <translation>Guardianship authority</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="102"/>
        <source>Juvenile affairs inspector</source>
        <translation>Juvenile affairs inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="103"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="104"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="105"/>
        <source>Non-governmental organisation</source>
        <translation>Non-governmental organisation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="106"/>
        <source>Mobile group</source>
        <translation>Mobile group</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="107"/>
        <source>Support centre (room) for child victims of violence</source>
        <translation>Support centre (room) for child victims of violence</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="108"/>
        <source>Commission for juvenile affairs and the protection of their rights</source>
        <translation>Commission for juvenile affairs and the protection of their rights</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="109"/>
        <source>Addiction treatment</source>
        <translation>Addiction treatment</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="110"/>
        <source>Psycho-correction programme for the offender</source>
        <translation>Psycho-correction programme for the offender</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="113"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="114"/>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="115"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>passphrase changed</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="116"/>
        <source>re-encrypted</source>
        <translation>re-encrypted</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>backed up</source>
        <translation>backed up</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="117"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="118"/>
        <source>recovered</source>
        <translation>recovered</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="122"/>
        <source>Routine contact ({0} risk)</source>
        <translation>Routine contact ({0} risk)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="124"/>
        <source>New incident: contact within 24 hours</source>
        <translation>New incident: contact within 24 hours</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="125"/>
        <source>Protective order: mid-term check</source>
        <translation>Protective order: mid-term check</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="126"/>
        <source>Protective order ends soon: decide on a court petition</source>
        <translation>Protective order ends soon: decide on a court petition</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="127"/>
        <source>Court special requirements: check-in conversation</source>
        <translation>Court special requirements: check-in conversation</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/labels.py" line="128"/>
        <source>Preventive register: contact</source>
        <translation>Preventive register: contact</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="716"/>
        <source>Note (required): why</source>
        <translation>Note (required): why</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="718"/>
        <source>More pairs</source>
        <translation>More pairs</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="719"/>
        <source>Same person: confirm</source>
        <translation>Same person: confirm</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="720"/>
        <source>Not the same: reject</source>
        <translation>Not the same: reject</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="729"/>
        <source>Linked persons</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="733"/>
        <source>Linked persons across inspectors are not available in this version.</source>
        <translation>Linked persons across inspectors are not available in this version.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="735"/>
        <source>Candidate pairs: the same person in two inspectors&apos; families.</source>
        <translation>Candidate pairs: the same person in two inspectors&apos; families.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="755"/>
        <source>Person 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="756"/>
        <source>Person 2</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="766"/>
        <source>Choose a pair and write a note</source>
        <translation>Choose a pair and write a note</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="772"/>
        <source>{0} confirmed; update packs: {1}</source>
        <translation>{0} confirmed; update packs: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="775"/>
        <source>{0} rejected{1:.0}</source>
        <translation>{0} rejected{1:.0}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="80"/>
        <source>Inspector Desk — Headquarters</source>
        <translation>Inspector Desk — Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="89"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="92"/>
        <source>Headquarters folder:</source>
        <translation>Headquarters folder:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="95"/>
        <source>empty: the encrypted file in the folder; or postgresql://…</source>
        <translation>empty: the encrypted file in the folder; or postgresql://…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="96"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="98"/>
        <source>Headquarters passphrase:</source>
        <translation>Headquarters passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="101"/>
        <source>Your login:</source>
        <translation>Your login:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="103"/>
        <source>Your passphrase:</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="104"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="132"/>
        <source>Fill in the headquarters passphrase, your login and your passphrase.</source>
        <translation>Fill in the headquarters passphrase, your login and your passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/window.py" line="136"/>
        <source>Opening the keys (a few seconds)…</source>
        <translation>Opening the keys (a few seconds)…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="346"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="347"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="350"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="354"/>
        <source>Beat</source>
        <translation>Beat</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="355"/>
        <source>Source of the report</source>
        <translation>Source of the report</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="29"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="30"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="70"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="71"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="72"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="74"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="83"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="88"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="89"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="85"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="106"/>
        <source>your own name, badge number, unit or district</source>
        <translation>your own name, badge number, unit or district</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="107"/>
        <source>a well-known password</source>
        <translation>a well-known password</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="108"/>
        <source>a common Russian or Kazakh word, name, city or month</source>
        <translation>a common Russian or Kazakh word, name, city or month</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="109"/>
        <source>a dictionary word</source>
        <translation>a dictionary word</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="110"/>
        <source>a common first name or surname</source>
        <translation>a common first name or surname</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="111"/>
        <source>a word typed in the other keyboard layout (gfhjkm is «пароль»)</source>
        <translation>a word typed in the other keyboard layout (gfhjkm is «пароль»)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="112"/>
        <source>a row of neighbouring keys (qwerty, йцукен, asdf)</source>
        <translation>a row of neighbouring keys (qwerty, йцукен, asdf)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="113"/>
        <source>repeated characters or words</source>
        <translation>repeated characters or words</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="114"/>
        <source>a sequence like abc or 123</source>
        <translation>a sequence like abc or 123</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="115"/>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="116"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="117"/>
        <source>predictable substitutions like @ for a or 0 for o</source>
        <translation>predictable substitutions like @ for a or 0 for o</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="118"/>
        <source>a word spelled backwards</source>
        <translation>a word spelled backwards</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="127"/>
        <source>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</source>
        <translation>About 10&lt;sup&gt;{0}&lt;/sup&gt; guesses to find it; at least 10&lt;sup&gt;{1}&lt;/sup&gt; needed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="130"/>
        <source>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</source>
        <translation>At least 10&lt;sup&gt;{0}&lt;/sup&gt; guesses needed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="138"/>
        <source>At least {0} characters.</source>
        <translation>At least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="142"/>
        <source>Easy to guess: {0}.</source>
        <translation>Easy to guess: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="143"/>
        <source>Easy to guess.</source>
        <translation>Easy to guess.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="144"/>
        <source>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Add another uncommon word or two: four or five unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="150"/>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="135"/>
        <source>A sentence of several words is easy to remember and hard to guess.</source>
        <translation>A sentence of several words is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="290"/>
        <source>Keys: {0}</source>
        <translation>Keys: {0}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="370"/>
        <source>Reassign case {0}</source>
        <translation>Reassign case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="377"/>
        <source>To the laptop of:</source>
        <translation>To the laptop of:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="787"/>
        <source>A passphrase recovery request from a laptop (.idrecreq): every recovery officer types their own passphrase.</source>
        <translation>A passphrase recovery request from a laptop (.idrecreq): every recovery officer types their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="792"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="800"/>
        <source>Approve recovery</source>
        <translation>Approve recovery</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="808"/>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="821"/>
        <source>Officer {0}:</source>
        <translation>Officer {0}:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="826"/>
        <source>Recovery request</source>
        <translation>Recovery request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="827"/>
        <source>Recovery requests (*.idrecreq)</source>
        <translation>Recovery requests (*.idrecreq)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="836"/>
        <source>Answer written: {0}. Carry it to the laptop.</source>
        <translation>Answer written: {0}. Carry it to the laptop.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="189"/>
        <source>Name, IIN, phone, address or case number</source>
        <translation>Name, IIN, phone, address or case number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="190"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="191"/>
        <source>Any part of a phone number finds it: 4567, 12 34, +7 (701) 123, 8 701 …</source>
        <translation>Any part of a phone number finds it: 4567, 12 34, +7 (701) 123, 8 701 …</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="196"/>
        <source>Number of cases found</source>
        <translation>Number of cases found</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="203"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="204"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="205"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="206"/>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="208"/>
        <source>Any district</source>
        <translation>Any district</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="209"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="210"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Active measure</source>
        <translation>Active measure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="211"/>
        <source>Any or none</source>
        <translation>Any or none</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="212"/>
        <source>Any active measure</source>
        <translation>Any active measure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/inspector_desk/ui/register.py" line="267"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="296"/>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="198"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/register.py" line="242"/>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="564"/>
        <source>Remove a person from the case</source>
        <translation>Remove a person from the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="568"/>
        <source>Remove {0} ({1}) from case {2}?</source>
        <translation>Remove {0} ({1}) from case {2}?</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="571"/>
        <source>Their other role(s) in this case stay.</source>
        <translation>Their other role(s) in this case stay.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="573"/>
        <source>They stay in their other case(s): {0}.</source>
        <translation>They stay in their other case(s): {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="575"/>
        <source>They are in no other case: their record is removed too (it stays in the audit and at headquarters, marked removed).</source>
        <translation>They are in no other case: their record is removed too (it stays in the audit and at headquarters, marked removed).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="581"/>
        <source>Reason for the removal</source>
        <translation>Reason for the removal</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="582"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="585"/>
        <source>Entered by mistake</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="586"/>
        <source>A duplicate of another record</source>
        <translation>A duplicate of another record</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="587"/>
        <source>Not part of this case</source>
        <translation>Not part of this case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="588"/>
        <source>Other (say in the note)</source>
        <translation>Other (say in the note)</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="654"/>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="656"/>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen case {0}</source>
        <translation>Reopen case {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="657"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="660"/>
        <source>A new report of violence</source>
        <translation>A new report of violence</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="661"/>
        <source>A new incident in the family</source>
        <translation>A new incident in the family</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="662"/>
        <source>Closed by mistake</source>
        <translation>Closed by mistake</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="663"/>
        <source>A court decision</source>
        <translation>A court decision</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="664"/>
        <source>Other (say in the note)</source>
        <translation>Other (say in the note)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="45"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="47"/>
        <source>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</source>
        <translation>The backup is checked first. If it is not a backup, is damaged or the passphrase is wrong, nothing changes and the vault stays open. Otherwise the current files are moved to a before-restore folder and the backup takes their place.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="55"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="56"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="60"/>
        <source>Backup folder (*.idbackup)</source>
        <translation>Backup folder (*.idbackup)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="62"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="63"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="77"/>
        <source>Choose the backup folder (*.idbackup)</source>
        <translation>Choose the backup folder (*.idbackup)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="90"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="94"/>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="100"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="101"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="102"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="105"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="112"/>
        <source>Data location</source>
        <translation>Data location</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="113"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="117"/>
        <source>UTC{0}: the unit&apos;s time, whatever the computer is set to</source>
        <translation>UTC{0}: the unit&apos;s time, whatever the computer is set to</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="120"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="123"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="125"/>
        <source>Back up the vault…</source>
        <translation>Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="127"/>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="128"/>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="140"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="142"/>
        <source>Inspector Desk {0}</source>
        <translation>Inspector Desk {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="143"/>
        <source>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</source>
        <translation>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, Ctrl+L lock, F12 hide the screen at once.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="157"/>
        <source>Where to put the backup</source>
        <translation>Where to put the backup</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="160"/>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="164"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="167"/>
        <source>Backup written and verified: {0}</source>
        <translation>Backup written and verified: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="194"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="202"/>
        <source>Restored. The previous files are kept in {0}</source>
        <translation>Restored. The previous files are kept in {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="221"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="230"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="234"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="238"/>
        <source>The vault is intact; the audit log is unbroken ({0} entries).</source>
        <translation>The vault is intact; the audit log is unbroken ({0} entries).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/settings_view.py" line="243"/>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="603"/>
        <source>by district</source>
        <translation>by district</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="604"/>
        <source>by inspector</source>
        <translation>by inspector</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="605"/>
        <source>Month (YYYY-MM):</source>
        <translation>Month (YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="608"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="609"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="610"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="611"/>
        <source>Export XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="625"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="632"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="638"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="646"/>
        <source>Incidents by kind of violence (all cases)</source>
        <translation>Incidents by kind of violence (all cases)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="647"/>
        <source>Victims by category (all cases)</source>
        <translation>Victims by category (all cases)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>physical</source>
        <translation>physical</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="648"/>
        <source>psychological</source>
        <translation>psychological</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>sexual</source>
        <translation>sexual</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>economic</source>
        <translation>economic</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="649"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="650"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="651"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="665"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="666"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="683"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="687"/>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="691"/>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="32"/>
        <source>The enrolment needs headquarters&apos; fingerprint: 16 characters in groups of four, from headquarters&apos; letter (not from the file). {again}</source>
        <translation>The enrolment needs headquarters&apos; fingerprint: 16 characters in groups of four, from headquarters&apos; letter (not from the file). {again}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="35"/>
        <source>The fingerprint typed is not the key that signed {file}. Compare it with headquarters&apos; letter group by group. If it matches the letter, do not use this file: call headquarters.</source>
        <translation>The fingerprint typed is not the key that signed {file}. Compare it with headquarters&apos; letter group by group. If it matches the letter, do not use this file: call headquarters.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="39"/>
        <source>{file} is not validly signed by headquarters. Do not use it; ask headquarters for the enrolment file again.</source>
        <translation>{file} is not validly signed by headquarters. Do not use it; ask headquarters for the enrolment file again.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="42"/>
        <source>{file} is not an enrolment file (*.idenrol) or it is damaged. Choose the .idenrol file headquarters sent.</source>
        <translation>{file} is not an enrolment file (*.idenrol) or it is damaged. Choose the .idenrol file headquarters sent.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="45"/>
        <source>{file} was made for another computer. Send headquarters this computer&apos;s request (“Enrolment request…” on the Headquarters screen) and import the file they send back.</source>
        <translation>{file} was made for another computer. Send headquarters this computer&apos;s request (“Enrolment request…” on the Headquarters screen) and import the file they send back.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="49"/>
        <source>Headquarters already has this computer enrolled. Ask headquarters to replace its key, then import the new enrolment file.</source>
        <translation>Headquarters already has this computer enrolled. Ask headquarters to replace its key, then import the new enrolment file.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="52"/>
        <source>Headquarters gave this computer a case-number prefix that is already used. Ask headquarters for a new enrolment file.</source>
        <translation>Headquarters gave this computer a case-number prefix that is already used. Ask headquarters for a new enrolment file.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="55"/>
        <source>This computer is not enrolled with headquarters yet. Press “Enrolment request…”, give the request file to headquarters, then press “Import the enrolment file…” with the file they send back and type the fingerprint from their letter.</source>
        <translation>This computer is not enrolled with headquarters yet. Press “Enrolment request…”, give the request file to headquarters, then press “Import the enrolment file…” with the file they send back and type the fingerprint from their letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="60"/>
        <source>Choose the file again on this page and type the fingerprint from the letter.</source>
        <translation>Choose the file again on this page and type the fingerprint from the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="62"/>
        <source>Press “Import the enrolment file…” again and type the fingerprint from the letter.</source>
        <translation>Press “Import the enrolment file…” again and type the fingerprint from the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="65"/>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="100"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="104"/>
        <source>Enrolled with headquarters</source>
        <translation>Enrolled with headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="105"/>
        <source>Case-number prefix</source>
        <translation>Case-number prefix</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="106"/>
        <source>Changes not yet acknowledged</source>
        <translation>Changes not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="107"/>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="108"/>
        <source>Bundles written / acknowledged</source>
        <translation>Bundles written / acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="109"/>
        <source>Numbers lost to interrupted exports</source>
        <translation>Numbers lost to interrupted exports</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="116"/>
        <source>Send to headquarters</source>
        <translation>Send to headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="118"/>
        <source>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</source>
        <translation>The bundle is encrypted to headquarters and signed by this computer; only headquarters can open it. Carry it on a USB stick or put it on the shared folder.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="124"/>
        <source>Export a bundle…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="126"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="447"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="130"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="133"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="134"/>
        <source>Send every bundle not yet acknowledged to headquarters over the network, and take its receipt and update packs</source>
        <translation>Send every bundle not yet acknowledged to headquarters over the network, and take its receipt and update packs</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="142"/>
        <source>Send automatically when headquarters is reachable</source>
        <translation>Send automatically when headquarters is reachable</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="159"/>
        <source>From headquarters</source>
        <translation>From headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="165"/>
        <source>Import a receipt…</source>
        <translation>Import a receipt…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="166"/>
        <source>Import an update pack…</source>
        <translation>Import an update pack…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="167"/>
        <source>Enrolment request…</source>
        <translation>Enrolment request…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="168"/>
        <source>Import the enrolment file…</source>
        <translation>Import the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="195"/>
        <source>Headquarters online: {0}</source>
        <translation>Headquarters online: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="196"/>
        <source>Sending over the network needs an enrolment file that names headquarters&apos; online address; until then carry bundles on a stick.</source>
        <translation>Sending over the network needs an enrolment file that names headquarters&apos; online address; until then carry bundles on a stick.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="199"/>
        <source>Bundles waiting to be sent: {0}</source>
        <translation>Bundles waiting to be sent: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="201"/>
        <source>Set aside, not sent again: bundle {0}: {1}</source>
        <translation>Set aside, not sent again: bundle {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="214"/>
        <source>yes, headquarters key {0}</source>
        <translation>yes, headquarters key {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="216"/>
        <source>not yet: press “Enrolment request…” below and give the file to headquarters; then “Import the enrolment file…” with their answer</source>
        <translation>not yet: press “Enrolment request…” below and give the file to headquarters; then “Import the enrolment file…” with their answer</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="266"/>
        <source>Sending to headquarters…</source>
        <translation>Sending to headquarters…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="278"/>
        <source>Sent: bundles {0}.</source>
        <translation>Sent: bundles {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="280"/>
        <source>Headquarters already had: {0}.</source>
        <translation>Headquarters already had: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="282"/>
        <source>Acknowledged by headquarters: {0}.</source>
        <translation>Acknowledged by headquarters: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="285"/>
        <source>Update packs applied: {0}.</source>
        <translation>Update packs applied: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="287"/>
        <source>Headquarters refused bundle {0}: {1}. It is set aside and will not be sent again.</source>
        <translation>Headquarters refused bundle {0}: {1}. It is set aside and will not be sent again.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="302"/>
        <source>{0} Trying again in about {1} min.</source>
        <translation>{0} Trying again in about {1} min.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="313"/>
        <source>Sending cancelled; headquarters keeps what arrived and the next sending continues from there.</source>
        <translation>Sending cancelled; headquarters keeps what arrived and the next sending continues from there.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="421"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Enrolment files (*.idenrol);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="429"/>
        <source>Enrolled with headquarters key {0}.</source>
        <translation>Enrolled with headquarters key {0}.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="442"/>
        <source>Type the fingerprint from headquarters&apos; letter, as printed there: 16 characters, 0-9 and a-f, in groups of four (xxxx xxxx xxxx xxxx). Do not copy it from the file.</source>
        <translation>Type the fingerprint from headquarters&apos; letter, as printed there: 16 characters, 0-9 and a-f, in groups of four (xxxx xxxx xxxx xxxx). Do not copy it from the file.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="452"/>
        <source>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter (xxxx xxxx xxxx xxxx). Press “Import the enrolment file…” to try again.</source>
        <translation>Not enrolled: the fingerprint must be the 16 characters of headquarters&apos; letter (xxxx xxxx xxxx xxxx). Press “Import the enrolment file…” to try again.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="221"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="339"/>
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="351"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="364"/>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="291"/>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="365"/>
        <source>Nothing new to send.</source>
        <translation>Nothing new to send.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="374"/>
        <source>Export cancelled; no partial bundle was left behind.</source>
        <translation>Export cancelled; no partial bundle was left behind.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="386"/>
        <source>Receipt from headquarters</source>
        <translation>Receipt from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="395"/>
        <source>Receipt accepted.</source>
        <translation>Receipt accepted.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="401"/>
        <source>Update pack from headquarters</source>
        <translation>Update pack from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="404"/>
        <source>Update applied.</source>
        <translation>Update applied.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="410"/>
        <source>Where to write the request</source>
        <translation>Where to write the request</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="414"/>
        <source>Request written: {0}</source>
        <translation>Request written: {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="420"/>
        <source>Enrolment file from headquarters</source>
        <translation>Enrolment file from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="441"/>
        <source>Headquarters fingerprint</source>
        <translation>Headquarters fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/sync_view.py" line="446"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
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
        <translation>Profile: {0}. The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="508"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="509"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="512"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="537"/>
        <source>Opening the vault…</source>
        <translation>Opening the vault…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="881"/>
        <source>Add a headquarters user</source>
        <translation>Add a headquarters user</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="890"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="891"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="892"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="893"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="894"/>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="907"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="908"/>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="913"/>
        <source>admin: everything · analyst: conflicts, linked persons, caseload, statistics · chief: caseload, statistics, devices · officer: recovery approvals</source>
        <translation>admin: everything · analyst: conflicts, linked persons, caseload, statistics · chief: caseload, statistics, devices · officer: recovery approvals</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="919"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="925"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="926"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="937"/>
        <source>The two passphrases differ</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="941"/>
        <source>User {0} added ({1}).</source>
        <translation>User {0} added ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Disable {0}</source>
        <translation>Disable {0}</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/hqdesk/pages.py" line="947"/>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../src/inspector_desk/ui/form_fields.py" line="370"/>
        <source>Keys: 1 or Y yes, 2 or N no, 3 or U unknown</source>
        <translation>Keys: 1 or Y yes, 2 or N no, 3 or U unknown</translation>
    </message>
</context>
<context>
    <name>_AboutPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="201"/>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="202"/>
        <source>This information goes on your documents and into the audit log. Fields marked * are required.</source>
        <translation>This information goes on your documents and into the audit log. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="208"/>
        <source>e.g. police captain</source>
        <translation>e.g. police captain</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="215"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="216"/>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="217"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="218"/>
        <source>Unit (in Russian)</source>
        <translation>Unit (in Russian)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="219"/>
        <source>Unit (in Kazakh)</source>
        <translation>Unit (in Kazakh)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="220"/>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="133"/>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="214"/>
        <source>A person with this IIN is already recorded.</source>
        <translation>A person with this IIN is already recorded.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="295"/>
        <source>Restored from a draft kept in the vault (the desk was locked while this was being filled in). Cancel discards it.</source>
        <translation>Restored from a draft kept in the vault (the desk was locked while this was being filled in). Cancel discards it.</translation>
    </message>
</context>
<context>
    <name>_HeadquartersPage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="288"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="296"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="289"/>
        <source>Optional: the enrolment file you received from headquarters (*.idenrol). With it, type the fingerprint from headquarters&apos; letter. Without it, enrol later on the Headquarters screen.</source>
        <translation>Optional: the enrolment file you received from headquarters (*.idenrol). With it, type the fingerprint from headquarters&apos; letter. Without it, enrol later on the Headquarters screen.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="295"/>
        <source>no file: the vault works on its own</source>
        <translation>no file: the vault works on its own</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="297"/>
        <source>Choose the enrolment file</source>
        <translation>Choose the enrolment file</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="301"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="329"/>
        <source>Enrolment file from headquarters</source>
        <translation>Enrolment file from headquarters</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="304"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="343"/>
        <location filename="../../src/inspector_desk/ui/login.py" line="346"/>
        <source>Headquarters fingerprint (from the letter)</source>
        <translation>Headquarters fingerprint (from the letter)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="313"/>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="317"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="330"/>
        <source>Enrolment files (*.idenrol);;All files (*)</source>
        <translation>Enrolment files (*.idenrol);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="349"/>
        <source>The enrolment is accepted only if it was signed by this key.</source>
        <translation>The enrolment is accepted only if it was signed by this key.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="352"/>
        <source>Only digits 0-9 and letters a-f, as in the letter.</source>
        <translation>Only digits 0-9 and letters a-f, as in the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="354"/>
        <source>{0} of 16 characters.</source>
        <translation>{0} of 16 characters.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="356"/>
        <source>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</source>
        <translation>Required with an enrolment file: 16 characters, digits 0-9 and letters a-f, in groups of four (for example 3f9c 0a12 7b44 e8d1). Do not copy it from the file: it must come from the letter.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="361"/>
        <source>No enrolment file: the vault works on its own until it is enrolled.</source>
        <translation>No enrolment file: the vault works on its own until it is enrolled.</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="176"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="178"/>
        <source>Choose the language of the program. It can be changed later in Settings.</source>
        <translation>Choose the language of the program. It can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="240"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="241"/>
        <source>The passphrase and this computer together open your vault. Fields marked * are required.</source>
        <translation>The passphrase and this computer together open your vault. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="248"/>
        <source>I understand and want to continue with the passphrase alone</source>
        <translation>I understand and want to continue with the passphrase alone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="250"/>
        <source>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</source>
        <translation>A secret for this computer is kept in the system keyring ({0}). A copy of the vault is useless on another computer, even with the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/login.py" line="255"/>
        <source>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</source>
        <translation>This computer has no usable system keyring. The vault can be protected by the passphrase alone, which is weaker: anyone with a copy of the file can try to guess it. Ask IT to set up the keyring if you can.</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="389"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="390"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="391"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="392"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="394"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="395"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="399"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="400"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="401"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="403"/>
        <source>Address, if not the case&apos;s</source>
        <translation>Address, if not the case&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="404"/>
        <source>Safe way to contact</source>
        <translation>Safe way to contact</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="323"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="324"/>
        <source>Choose the reason…</source>
        <translation>Choose the reason…</translation>
    </message>
    <message>
        <location filename="../../src/inspector_desk/ui/case_dialogs.py" line="325"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
</TS>

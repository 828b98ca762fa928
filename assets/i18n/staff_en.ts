<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="62"/>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="75"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="63"/>
        <source>Show the number to call back</source>
        <translation>Show the number to call back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="64"/>
        <source>What was done (required to resolve or dismiss)</source>
        <translation>What was done (required to resolve or dismiss)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="68"/>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="69"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="70"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="133"/>
        <source>About: {v}</source>
        <translation>About: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="134"/>
        <source>What happened: {v}</source>
        <translation>What happened: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="136"/>
        <source>Status: {v}</source>
        <translation>Status: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="139"/>
        <source>Resolution: {v}</source>
        <translation>Resolution: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="145"/>
        <source>Call back: {phone}</source>
        <translation>Call back: {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="148"/>
        <source>Anonymous: no call-back.</source>
        <translation>Anonymous: no call-back.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="161"/>
        <source>Write what was done first.</source>
        <translation>Write what was done first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="176"/>
        <source>Complaint {ref} is now: {status}</source>
        <translation>Complaint {ref} is now: {status}</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="70"/>
        <source>Employers and job agents</source>
        <translation>Employers and job agents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="71"/>
        <source>Name contains…</source>
        <translation>Name contains…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="72"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="74"/>
        <source>Verification, warnings and blacklist are decided by the city registry.</source>
        <translation>Verification, warnings and blacklist are decided by the city registry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="76"/>
        <source>Postings and complaints</source>
        <translation>Postings and complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="80"/>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="121"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="121"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="126"/>
        <source>Licence no.: {v}</source>
        <translation>Licence no.: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="127"/>
        <source>Standing: {v}; warnings: {n}</source>
        <translation>Standing: {v}; warnings: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="141"/>
        <source>Complaint {ref}: {category} ({status})</source>
        <translation>Complaint {ref}: {category} ({status})</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="53"/>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="71"/>
        <source>Staff tools</source>
        <translation>Staff tools</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="55"/>
        <source>Post a job (quick form)</source>
        <translation>Post a job (quick form)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="56"/>
        <source>Review held postings</source>
        <translation>Review held postings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="57"/>
        <source>Matchmaking sessions</source>
        <translation>Matchmaking sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="58"/>
        <source>Employers and agents</source>
        <translation>Employers and agents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="59"/>
        <source>Workers and follow-ups</source>
        <translation>Workers and follow-ups</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="60"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="61"/>
        <source>Training courses</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="62"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="63"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="64"/>
        <source>Registry sync</source>
        <translation>Registry sync</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="96"/>
        <source>Postings held for review: {n}. Follow-ups due today: {m}.</source>
        <translation>Postings held for review: {n}. Follow-ups due today: {m}.</translation>
    </message>
</context>
<context>
    <name>NegotiationScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="123"/>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="145"/>
        <source>Negotiation record</source>
        <translation>Negotiation record</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="124"/>
        <source>Posted terms</source>
        <translation>Posted terms</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="125"/>
        <source>Agreed terms</source>
        <translation>Agreed terms</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="135"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="138"/>
        <source>Save the agreed terms</source>
        <translation>Save the agreed terms</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="139"/>
        <source>Worker confirms</source>
        <translation>Worker confirms</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="140"/>
        <source>Employer confirms</source>
        <translation>Employer confirms</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="141"/>
        <source>I witness it (staff)</source>
        <translation>I witness it (staff)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="205"/>
        <source>Frozen record {hash}. Both copies are queued for printing. Saving changes now makes a correction: a new record that points at this one.</source>
        <translation>Frozen record {hash}. Both copies are queued for printing. Saving changes now makes a correction: a new record that points at this one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="211"/>
        <source>This is a correction of an earlier record. It needs new confirmations.</source>
        <translation>This is a correction of an earlier record. It needs new confirmations.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="216"/>
        <source>Worker: {w}   Employer: {e}   Staff witness: {s}</source>
        <translation>Worker: {w}   Employer: {e}   Staff witness: {s}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="243"/>
        <source>Record and corrections: {list}</source>
        <translation>Record and corrections: {list}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="281"/>
        <source>A correction was made. Confirm it again, all three.</source>
        <translation>A correction was made. Confirm it again, all three.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="283"/>
        <source>Agreed terms saved.</source>
        <translation>Agreed terms saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="306"/>
        <source>Confirmed by all three: the record is frozen and printing.</source>
        <translation>Confirmed by all three: the record is frozen and printing.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="244"/>
        <source>Employer *</source>
        <translation>Employer *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="245"/>
        <source>Copy a posting</source>
        <translation>Copy a posting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="246"/>
        <source>Occupation *</source>
        <translation>Occupation *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="247"/>
        <source>Pay *</source>
        <translation>Pay *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="248"/>
        <source>Place *</source>
        <translation>Place *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="249"/>
        <source>Dates and hours *</source>
        <translation>Dates and hours *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="250"/>
        <source>Headcount *</source>
        <translation>Headcount *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="251"/>
        <source>Contact *</source>
        <translation>Contact *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="252"/>
        <source>Title and description</source>
        <translation>Title and description</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="253"/>
        <source>Deductions, meals, transport</source>
        <translation>Deductions, meals, transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="254"/>
        <source>More details (optional)</source>
        <translation>More details (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="255"/>
        <source>Employer name</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="256"/>
        <source>Licence no. (job agents)</source>
        <translation>Licence no. (job agents)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="257"/>
        <source>Employer phone</source>
        <translation>Employer phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="269"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="270"/>
        <source>Workplace address</source>
        <translation>Workplace address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="271"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="272"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="273"/>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="274"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="275"/>
        <source>Title (the occupation if left empty)</source>
        <translation>Title (the occupation if left empty)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="276"/>
        <source>What the work is, requirements</source>
        <translation>What the work is, requirements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="277"/>
        <source>Deductions from pay, if any</source>
        <translation>Deductions from pay, if any</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="278"/>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="279"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="282"/>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="322"/>
        <source>+ New employer</source>
        <translation>+ New employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="284"/>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="330"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="346"/>
        <source>Choose an employer</source>
        <translation>Choose an employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="421"/>
        <source>phone ends {tail}</source>
        <translation>phone ends {tail}</translation>
    </message>
</context>
<context>
    <name>PostingScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="70"/>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="77"/>
        <source>Post a job</source>
        <translation>Post a job</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="71"/>
        <source>Save posting</source>
        <translation>Save posting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="72"/>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="154"/>
        <source>Saved. The job “{title}” is open now.</source>
        <translation>Saved. The job “{title}” is open now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="172"/>
        <source>Clear everything typed in this form?</source>
        <translation>Clear everything typed in this form?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="173"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="174"/>
        <source>Yes, clear the form</source>
        <translation>Yes, clear the form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="251"/>
        <source>Pay cannot be negative: type the amount without a minus sign.</source>
        <translation>Pay cannot be negative: type the amount without a minus sign.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="259"/>
        <source>This venue proposed blacklisting this employer ({date}): {reason}</source>
        <translation>This venue proposed blacklisting this employer ({date}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="261"/>
        <source>This venue warned this employer ({date}): {reason}</source>
        <translation>This venue warned this employer ({date}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="311"/>
        <source>Not saved: see the notes beside the fields.</source>
        <translation>Not saved: see the notes beside the fields.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="325"/>
        <source>“{title}” went to a supervisor for review ({reasons}). The form is ready for the next job.</source>
        <translation>“{title}” went to a supervisor for review ({reasons}). The form is ready for the next job.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="84"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="85"/>
        <source>Retry failed jobs</source>
        <translation>Retry failed jobs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="86"/>
        <source>Reprint the chosen job</source>
        <translation>Reprint the chosen job</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="87"/>
        <source>Job and referral slips print on</source>
        <translation>Job and referral slips print on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="88"/>
        <source>A4 records and posters print on</source>
        <translation>A4 records and posters print on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="89"/>
        <source>Queue tickets print on</source>
        <translation>Queue tickets print on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="130"/>
        <source>{name} (system printer)</source>
        <translation>{name} (system printer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="139"/>
        <source>Save as PDF files ({folder})</source>
        <translation>Save as PDF files ({folder})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="171"/>
        <source>From now on this prints on {printer}.</source>
        <translation>From now on this prints on {printer}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="195"/>
        <source>{failed} failed · {waiting} waiting · {printed} printed</source>
        <translation>{failed} failed · {waiting} waiting · {printed} printed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="204"/>
        <source> (reprint)</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="222"/>
        <source>{n} failed jobs are being sent again.</source>
        <translation>{n} failed jobs are being sent again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="229"/>
        <source>Choose a job first.</source>
        <translation>Choose a job first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="235"/>
        <source>Reprint sent; it is marked as a reprint.</source>
        <translation>Reprint sent; it is marked as a reprint.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="136"/>
        <source>As set up: {printer}</source>
        <translation>As set up: {printer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="138"/>
        <source>No printer yet: documents wait here</source>
        <translation>No printer yet: documents wait here</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="228"/>
        <source>no printer is set for it: choose one below</source>
        <translation>no printer is set for it: choose one below</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="60"/>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="71"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="61"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="62"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="63"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="64"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="98"/>
        <source>Postings by status</source>
        <translation>Postings by status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="99"/>
        <source>Postings by occupation</source>
        <translation>Postings by occupation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="100"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="101"/>
        <source>Hires by day</source>
        <translation>Hires by day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="112"/>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="113"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="114"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="115"/>
        <source>Hires</source>
        <translation>Hires</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="116"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="117"/>
        <source>Graded workers served</source>
        <translation>Graded workers served</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="136"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="136"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="150"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="64"/>
        <source>Postings held for review</source>
        <translation>Postings held for review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="65"/>
        <source>Approve: open it</source>
        <translation>Approve: open it</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="66"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="67"/>
        <source>Reason (required to reject)</source>
        <translation>Reason (required to reject)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="68"/>
        <source>Nothing is waiting for review.</source>
        <translation>Nothing is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="72"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="118"/>
        <source>Occupation: {v}</source>
        <translation>Occupation: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="119"/>
        <source>Pay: {v}</source>
        <translation>Pay: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="121"/>
        <source>Place: {v}</source>
        <translation>Place: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="122"/>
        <source>Dates: {start} to {end}</source>
        <translation>Dates: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="123"/>
        <source>Headcount: {n}</source>
        <translation>Headcount: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="128"/>
        <source>Deductions: {v}</source>
        <translation>Deductions: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="134"/>
        <source>Why it was held:</source>
        <translation>Why it was held:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="155"/>
        <source>Write the reason for rejecting it.</source>
        <translation>Write the reason for rejecting it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="167"/>
        <source>“{title}” is now: {status}</source>
        <translation>“{title}” is now: {status}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="183"/>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="198"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="184"/>
        <source>Call next to this table</source>
        <translation>Call next to this table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="185"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="186"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="187"/>
        <source>Candidates and lottery</source>
        <translation>Candidates and lottery</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="190"/>
        <source>Seated at the table</source>
        <translation>Seated at the table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="191"/>
        <source>Back to waiting</source>
        <translation>Back to waiting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="192"/>
        <source>Record the negotiation</source>
        <translation>Record the negotiation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="193"/>
        <source>Worker: phone or card scan</source>
        <translation>Worker: phone or card scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="194"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="195"/>
        <source>Worker card code (scan)</source>
        <translation>Worker card code (scan)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="196"/>
        <source>Check in the worker</source>
        <translation>Check in the worker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="197"/>
        <source>Employer: postings and table</source>
        <translation>Employer: postings and table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="199"/>
        <source>Check in the employer</source>
        <translation>Check in the employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="200"/>
        <source>Ranked candidates</source>
        <translation>Ranked candidates</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="201"/>
        <source>Run the lottery</source>
        <translation>Run the lottery</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="202"/>
        <source>Re-run from the record</source>
        <translation>Re-run from the record</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="207"/>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="243"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="284"/>
        <source>No. {n}</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="286"/>
        <source>table {t}</source>
        <translation>table {t}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="318"/>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="321"/>
        <source>No. {n} to table {t}</source>
        <translation>No. {n} to table {t}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="329"/>
        <source>Choose a ticket first.</source>
        <translation>Choose a ticket first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="348"/>
        <source>Choose a called worker and a posting.</source>
        <translation>Choose a called worker and a posting.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="362"/>
        <source>Enter the worker&apos;s phone or scan their card.</source>
        <translation>Enter the worker&apos;s phone or scan their card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="381"/>
        <source>No worker with that phone or card. Register them first.</source>
        <translation>No worker with that phone or card. Register them first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="387"/>
        <source>Checked in: number {n} ({lane}). The ticket is printing.</source>
        <translation>Checked in: number {n} ({lane}). The ticket is printing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="434"/>
        <source>Employer seated at table {t}.</source>
        <translation>Employer seated at table {t}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="454"/>
        <source>score {s}</source>
        <translation>score {s}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="459"/>
        <source>No waiting worker to rank.</source>
        <translation>No waiting worker to rank.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="486"/>
        <source>Lottery record {id}</source>
        <translation>Lottery record {id}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="487"/>
        <source>Seats: {n}; entries: {m}</source>
        <translation>Seats: {n}; entries: {m}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="488"/>
        <source>Seed: {seed}</source>
        <translation>Seed: {seed}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="489"/>
        <source>Winners:</source>
        <translation>Winners:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="509"/>
        <source>Re-run from the stored seed and entries: the same winners.</source>
        <translation>Re-run from the stored seed and entries: the same winners.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="511"/>
        <source>Re-run gives different winners: the record was changed.</source>
        <translation>Re-run gives different winners: the record was changed.</translation>
    </message>
    <message>
        <source>{title} · {employer} · {pay} · {dates} · {left} places left</source>
        <translation>{title} · {employer} · {pay} · {dates} · {left} places left</translation>
    </message>
    <message>
        <source>{when} · {places} places, {entries} in the draw, {winners} referred</source>
        <translation>{when} · {places} places, {entries} in the draw, {winners} referred</translation>
    </message>
    <message>
        <source>no draw needed</source>
        <translation>no draw needed</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Drawn: {winners} of {entries} referred; their slips are printing.</source>
        <translation>Drawn: {winners} of {entries} referred; their slips are printing.</translation>
    </message>
    <message>
        <source>No draw needed: {entries} people for {places} places, everyone referred.</source>
        <translation>No draw needed: {entries} people for {places} places, everyone referred.</translation>
    </message>
    <message>
        <source>Second draw approved by {name}: {reason}</source>
        <translation>Second draw approved by {name}: {reason}</translation>
    </message>
    <message>
        <source>Voided by a later draw; its referrals were withdrawn.</source>
        <translation>Voided by a later draw; its referrals were withdrawn.</translation>
    </message>
    <message>
        <source>Draws of this posting</source>
        <translation>Draws of this posting</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>Supervisor's name</translation>
    </message>
    <message>
        <source>Supervisor's PIN</source>
        <translation>Supervisor's PIN</translation>
    </message>
    <message>
        <source>Why draw again (required)</source>
        <translation>Why draw again (required)</translation>
    </message>
    <message>
        <source>Void and draw again</source>
        <translation>Void and draw again</translation>
    </message>
    <message>
        <source>This phone is not registered. Register the worker here, with their consent.</source>
        <translation>This phone is not registered. Register the worker here, with their consent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Read to the worker: we keep your phone, name and year of birth so that staff and employers here can offer you jobs. They agree.</source>
        <translation>Read to the worker: we keep your phone, name and year of birth so that staff and employers here can offer you jobs. They agree.</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <source>No worker with that card. Try their phone.</source>
        <translation>No worker with that card. Try their phone.</translation>
    </message>
    <message>
        <source>No worker with that phone: register them below.</source>
        <translation>No worker with that phone: register them below.</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Record interest</source>
        <translation>Record interest</translation>
    </message>
    <message>
        <source>Choose a candidate in the ranked list first.</source>
        <translation>Choose a candidate in the ranked list first.</translation>
    </message>
    <message>
        <source>Referred; the referral slip is printing.</source>
        <translation>Referred; the referral slip is printing.</translation>
    </message>
    <message>
        <source>Interest recorded for the worker; the job slip is printing.</source>
        <translation>Interest recorded for the worker; the job slip is printing.</translation>
    </message>
    <message>
        <source>Close the session and print its summary</source>
        <translation>Close the session and print its summary</translation>
    </message>
    <message>
        <source>Session closed: {workers} workers, {employers} employers, {referrals} referrals, {hires} hires, {no_deals} no deal. The summary is printing.</source>
        <translation>Session closed: {workers} workers, {employers} employers, {referrals} referrals, {hires} hires, {no_deals} no deal. The summary is printing.</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="55"/>
        <source>Matchmaking sessions</source>
        <translation>Matchmaking sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="56"/>
        <source>Start a new session</source>
        <translation>Start a new session</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="59"/>
        <source>Title, e.g. Morning docking</source>
        <translation>Title, e.g. Morning docking</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="60"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="61"/>
        <source>Start the session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="62"/>
        <source>Open the chosen session</source>
        <translation>Open the chosen session</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="66"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="105"/>
        <source>Give the session a title.</source>
        <translation>Give the session a title.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="74"/>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="83"/>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="75"/>
        <source>For venue staff only. Enter your name and PIN.</source>
        <translation>For venue staff only. Enter your name and PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="77"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="78"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="79"/>
        <source>Back to the worker kiosk</source>
        <translation>Back to the worker kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="96"/>
        <source>You were signed out because nobody used the screen.</source>
        <translation>You were signed out because nobody used the screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="103"/>
        <source>Enter your name and PIN.</source>
        <translation>Enter your name and PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="127"/>
        <source>Too many wrong PINs. This account is locked until {time}.</source>
        <translation>Too many wrong PINs. This account is locked until {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="133"/>
        <source>Too many wrong PINs. This account is locked.</source>
        <translation>Too many wrong PINs. This account is locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="138"/>
        <source>Wrong name or PIN. {n} tries left before the account locks.</source>
        <translation>Wrong name or PIN. {n} tries left before the account locks.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="144"/>
        <source>Wrong name or PIN.</source>
        <translation>Wrong name or PIN.</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="150"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="151"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="155"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="28"/>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="33"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="35"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="36"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="41"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="42"/>
        <source>Held for review</source>
        <translation>Held for review</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="43"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="44"/>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="45"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="46"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="47"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="55"/>
        <source>Charges the worker a fee or deposit (not allowed)</source>
        <translation>Charges the worker a fee or deposit (not allowed)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="58"/>
        <source>Keeps the worker&apos;s ID card (not allowed)</source>
        <translation>Keeps the worker&apos;s ID card (not allowed)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="61"/>
        <source>Restricts by gender, ethnicity or home region (not allowed)</source>
        <translation>Restricts by gender, ethnicity or home region (not allowed)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="64"/>
        <source>Pay far above the guide rate: a common lure</source>
        <translation>Pay far above the guide rate: a common lure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="67"/>
        <source>Pay far below the guide rate</source>
        <translation>Pay far below the guide rate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="68"/>
        <source>Job agent without a known licence</source>
        <translation>Job agent without a known licence</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="71"/>
        <source>Employer is blacklisted</source>
        <translation>Employer is blacklisted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="72"/>
        <source>A term a worker must know is missing</source>
        <translation>A term a worker must know is missing</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="82"/>
        <location filename="../../kiosk/ui/staff/words.py" line="174"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="83"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="84"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="85"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="86"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="87"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="88"/>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="89"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="90"/>
        <source>Pay unit</source>
        <translation>Pay unit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="91"/>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="92"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="93"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="94"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="95"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="96"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="97"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="98"/>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="99"/>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="100"/>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="101"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="102"/>
        <source>Safety and insurance</source>
        <translation>Safety and insurance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="103"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="105"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="106"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="107"/>
        <source>Resolution note</source>
        <translation>Resolution note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="108"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="109"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="110"/>
        <source>How the case ended</source>
        <translation>How the case ended</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="111"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="119"/>
        <source>Settlement day</source>
        <translation>Settlement day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="125"/>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="127"/>
        <source>per piece</source>
        <translation>per piece</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="128"/>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="133"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="134"/>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="135"/>
        <source>At a table</source>
        <translation>At a table</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="136"/>
        <location filename="../../kiosk/ui/staff/words.py" line="256"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="137"/>
        <location filename="../../kiosk/ui/staff/words.py" line="255"/>
        <source>No deal</source>
        <translation>No deal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="138"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="145"/>
        <source>No grade</source>
        <translation>No grade</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="146"/>
        <source>Attention (1)</source>
        <translation>Attention (1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="147"/>
        <source>Priority (2)</source>
        <translation>Priority (2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="148"/>
        <source>Intensive (3)</source>
        <translation>Intensive (3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="156"/>
        <source>Aged 60 or over</source>
        <translation>Aged 60 or over</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="157"/>
        <source>Aged 50 to 59</source>
        <translation>Aged 50 to 59</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="158"/>
        <source>Older worker (declared)</source>
        <translation>Older worker (declared)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="161"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="162"/>
        <source>Low-income family</source>
        <translation>Low-income family</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="163"/>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="173"/>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="175"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="176"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="177"/>
        <source>Training sign-up</source>
        <translation>Training sign-up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="178"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="179"/>
        <source>Assistance case</source>
        <translation>Assistance case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="180"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="181"/>
        <source>Negotiation record</source>
        <translation>Negotiation record</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="182"/>
        <source>Training wish</source>
        <translation>Training wish</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="189"/>
        <source>adding it</source>
        <translation>adding it</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="190"/>
        <source>the change</source>
        <translation>the change</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="191"/>
        <source>the status change</source>
        <translation>the status change</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="199"/>
        <source>Another kiosk changed it first; its version stands.</source>
        <translation>Another kiosk changed it first; its version stands.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="202"/>
        <source>It was changed elsewhere in the meantime; make the change again.</source>
        <translation>It was changed elsewhere in the meantime; make the change again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="205"/>
        <source>The posting was suspended by the registry.</source>
        <translation>The posting was suspended by the registry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="208"/>
        <source>The same record was already there (made at another kiosk).</source>
        <translation>The same record was already there (made at another kiosk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="211"/>
        <source>Records of this kind cannot be changed, only added to.</source>
        <translation>Records of this kind cannot be changed, only added to.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="214"/>
        <source>The registry does not have this record (it may have been removed).</source>
        <translation>The registry does not have this record (it may have been removed).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="217"/>
        <source>Something it refers to is missing at the registry.</source>
        <translation>Something it refers to is missing at the registry.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="220"/>
        <source>It belongs to another venue.</source>
        <translation>It belongs to another venue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="223"/>
        <source>The registry found it incomplete or invalid.</source>
        <translation>The registry found it incomplete or invalid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="229"/>
        <source>The registry refused it ({code}).</source>
        <translation>The registry refused it ({code}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="237"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="243"/>
        <source>Closed</source>
        <comment>case</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="244"/>
        <source>Open</source>
        <comment>case</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="249"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="250"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="261"/>
        <source>Mobile caravan</source>
        <translation>Mobile caravan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="263"/>
        <source>Targeted recruitment</source>
        <translation>Targeted recruitment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="264"/>
        <source>On-site docking</source>
        <translation>On-site docking</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="269"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="271"/>
        <source>Job agent (intermediary)</source>
        <translation>Job agent (intermediary)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="272"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="277"/>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="279"/>
        <source>Warned</source>
        <translation>Warned</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="280"/>
        <source>In good standing</source>
        <translation>In good standing</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="285"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="286"/>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="287"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="288"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="295"/>
        <source>Propose a warning</source>
        <translation>Propose a warning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="297"/>
        <source>Propose blacklisting</source>
        <translation>Propose blacklisting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="298"/>
        <source>No action</source>
        <translation>No action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="303"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="304"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="305"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="306"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="313"/>
        <source>Job slip</source>
        <translation>Job slip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="314"/>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="315"/>
        <source>Negotiation record (archive)</source>
        <translation>Negotiation record (archive)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="318"/>
        <source>Negotiation record (worker copy)</source>
        <translation>Negotiation record (worker copy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="321"/>
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="322"/>
        <source>Worker card</source>
        <translation>Worker card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="323"/>
        <source>Posting poster</source>
        <translation>Posting poster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="324"/>
        <source>Training confirmation</source>
        <translation>Training confirmation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="327"/>
        <source>Complaint receipt</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="337"/>
        <source>Has the skills: {detail}</source>
        <translation>Has the skills: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="338"/>
        <source>Related trade: {detail}</source>
        <translation>Related trade: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="339"/>
        <source>No matching skills</source>
        <translation>No matching skills</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="340"/>
        <source>Skills not given</source>
        <translation>Skills not given</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="341"/>
        <source>Works in {detail}</source>
        <translation>Works in {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="342"/>
        <source>Prefers another district</source>
        <translation>Prefers another district</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="343"/>
        <source>District not given</source>
        <translation>District not given</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="344"/>
        <source>Available on {detail}</source>
        <translation>Available on {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="345"/>
        <source>Not available on {detail}</source>
        <translation>Not available on {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="346"/>
        <source>Availability not given</source>
        <translation>Availability not given</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="347"/>
        <source>Pay meets expectation</source>
        <translation>Pay meets expectation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="351"/>
        <source>Expected pay not given</source>
        <translation>Expected pay not given</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="352"/>
        <source>Pay not comparable</source>
        <translation>Pay not comparable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="353"/>
        <source>Speaks the language asked</source>
        <translation>Speaks the language asked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="354"/>
        <source>Does not speak: {detail}</source>
        <translation>Does not speak: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="355"/>
        <source>Graded assistance (priority)</source>
        <translation>Graded assistance (priority)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="356"/>
        <source>{detail} days without a job</source>
        <translation>{detail} days without a job</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="381"/>
        <source>Wrong name or PIN.</source>
        <translation>Wrong name or PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="382"/>
        <source>Too many wrong PINs: this account is locked. Try again later.</source>
        <translation>Too many wrong PINs: this account is locked. Try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="385"/>
        <source>Your role may not do this. Ask a supervisor.</source>
        <translation>Your role may not do this. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="388"/>
        <source>This record is frozen and already has a correction.</source>
        <translation>This record is frozen and already has a correction.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="391"/>
        <source>This case is closed. Open a new case if the worker needs help again.</source>
        <translation>This case is closed. Open a new case if the worker needs help again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="394"/>
        <source>This cannot be done in the record&apos;s current state.</source>
        <translation>This cannot be done in the record&apos;s current state.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="397"/>
        <source>Pay is below the local minimum wage.</source>
        <translation>Pay is below the local minimum wage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="400"/>
        <source>The date is in the past.</source>
        <translation>The date is in the past.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="403"/>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="406"/>
        <source>Headcount must be at least 1.</source>
        <translation>Headcount must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>This is required.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="410"/>
        <source>Phone: 11 digits starting with 1.</source>
        <translation>Phone: 11 digits starting with 1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="413"/>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="417"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>This posting is not open now (in review, rejected, closed, filled, suspended or past its date): nothing can be done to it.</source>
        <translation>This posting is not open now (in review, rejected, closed, filled, suspended or past its date): nothing can be done to it.</translation>
    </message>
    <message>
        <source>Referrals and hires already hold every place of this posting.</source>
        <translation>Referrals and hires already hold every place of this posting.</translation>
    </message>
    <message>
        <source>This posting's lottery has been drawn. A new draw needs a supervisor and a reason.</source>
        <translation>This posting's lottery has been drawn. A new draw needs a supervisor and a reason.</translation>
    </message>
    <message>
        <source>Nobody is interested in this posting yet: there is nobody to draw.</source>
        <translation>Nobody is interested in this posting yet: there is nobody to draw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="441"/>
        <source>the printer is stopped</source>
        <translation>the printer is stopped</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="442"/>
        <source>the printer refuses new jobs</source>
        <translation>the printer refuses new jobs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="443"/>
        <source>no such printer on this computer</source>
        <translation>no such printer on this computer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="444"/>
        <source>the print service is not running</source>
        <translation>the print service is not running</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="445"/>
        <source>the printer does not answer</source>
        <translation>the printer does not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="446"/>
        <source>the printer refused the job</source>
        <translation>the printer refused the job</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="447"/>
        <source>the PDF folder is not writable</source>
        <translation>the PDF folder is not writable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="448"/>
        <source>the printer setting is wrong</source>
        <translation>the printer setting is wrong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="449"/>
        <source>the document cannot be drawn</source>
        <translation>the document cannot be drawn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="451"/>
        <source>printer problem</source>
        <translation>printer problem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="460"/>
        <source>{problem} ({printer_says})</source>
        <translation>{problem} ({printer_says})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="469"/>
        <source>Printing: {document}…</source>
        <translation>Printing: {document}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="473"/>
        <source>Printed: {document}</source>
        <translation>Printed: {document}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="478"/>
        <source>Not printed: {document}: {reason}</source>
        <translation>Not printed: {document}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="481"/>
        <source>Waiting to print: {document}: {reason}; trying again</source>
        <translation>Waiting to print: {document}: {reason}; trying again</translation>
    </message>
    <message>
        <source>Session summary (A4)</source>
        <translation>Session summary (A4)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="378"/>
        <source>Mandarin</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="270"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="380"/>
        <source>Cantonese</source>
        <translation>Cantonese</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="405"/>
        <source>Pay meets expectation ({offered} offered, {expected} asked)</source>
        <translation>Pay meets expectation ({offered} offered, {expected} asked)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>Pay below expectation ({expected} asked, {offered} offered)</source>
        <translation>Pay below expectation ({expected} asked, {offered} offered)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>Pay below expectation</source>
        <translation>Pay below expectation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="60"/>
        <source>Missing: {field}</source>
        <translation>Missing: {field}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="78"/>
        <source>{why}: “{quote}”</source>
        <translation>{why}: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="455"/>
        <source>A phone number has digits only.</source>
        <translation>A phone number has digits only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="458"/>
        <source>The number has {digits} digits; a mobile number has 11.</source>
        <translation>The number has {digits} digits; a mobile number has 11.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="462"/>
        <source>No mobile number starts with {start}: check the first digits.</source>
        <translation>No mobile number starts with {start}: check the first digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="69"/>
        <source>{why}
{pay}; guide {low}–{high} yuan a day</source>
        <translation>{why}
{pay}; guide {low}–{high} yuan a day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="73"/>
        <source>{why}
{pay} (about {day} yuan a day); guide {low}–{high} yuan a day</source>
        <translation>{why}
{pay} (about {day} yuan a day); guide {low}–{high} yuan a day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="594"/>
        <source>Downloading the city's jobs</source>
        <translation>Downloading the city's jobs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="595"/>
        <source>Saving the jobs on this kiosk</source>
        <translation>Saving the jobs on this kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="596"/>
        <source>Catching up with the registry</source>
        <translation>Catching up with the registry</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="608"/>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="614"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="616"/>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="617"/>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="102"/>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="105"/>
        <source>Registry sync</source>
        <translation>Registry sync</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="106"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="137"/>
        <source>This kiosk is not enrolled: there is no registry to sync with.</source>
        <translation>This kiosk is not enrolled: there is no registry to sync with.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="141"/>
        <source>Syncing now. The figures above follow within a few seconds.</source>
        <translation>Syncing now. The figures above follow within a few seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="158"/>
        <source>This kiosk is enrolled as {device}.</source>
        <translation>This kiosk is enrolled as {device}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="161"/>
        <source>Registry: online</source>
        <translation>Registry: online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="163"/>
        <source>Registry: offline. Everything works here and waits to be sent.</source>
        <translation>Registry: offline. Everything works here and waits to be sent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="168"/>
        <source>This kiosk is not enrolled with a registry: it works on its own. To connect it, enroll it with a code from the registry operator.</source>
        <translation>This kiosk is not enrolled with a registry: it works on its own. To connect it, enroll it with a code from the registry operator.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="174"/>
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="176"/>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="191"/>
        <source>This kiosk&apos;s clock is {seconds} s off the registry&apos;s; it signs with the registry&apos;s time.</source>
        <translation>This kiosk's clock is {seconds} s off the registry's; it signs with the registry's time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="178"/>
        <source>Changes waiting to be sent: {n}</source>
        <translation>Changes waiting to be sent: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="200"/>
        <source>This kiosk needs an update: the registry does not accept its version. Everything works here and changes wait until it is updated.</source>
        <translation>This kiosk needs an update: the registry does not accept its version. Everything works here and changes wait until it is updated.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="181"/>
        <source>Changes have waited more than 5 minutes although the registry answers. Tell the registry operator.</source>
        <translation>Changes have waited more than 5 minutes although the registry answers. Tell the registry operator.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="186"/>
        <source>Last problem: {error}</source>
        <translation>Last problem: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="189"/>
        <source>Changes the registry refused: {n} (this kiosk shows the registry&apos;s version)</source>
        <translation>Changes the registry refused: {n} (this kiosk shows the registry&apos;s version)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="194"/>
        <source>{record} “{label}”: {action} was refused. {reason}</source>
        <translation>{record} “{label}”: {action} was refused. {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="220"/>
        <source>Records from the registry set aside: {n} (not used here until the registry sends them whole; tell the registry operator)</source>
        <translation>Records from the registry set aside: {n} (not used here until the registry sends them whole; tell the registry operator)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="220"/>
        <source>{record} “{label}”: its field {field} is wrong or missing.</source>
        <translation>{record} “{label}”: its field {field} is wrong or missing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="226"/>
        <source>{record} “{label}”: waits for the record its field {field} names.</source>
        <translation>{record} “{label}”: waits for the record its field {field} names.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="314"/>
        <source>{phase}: {done} MB so far</source>
        <translation>{phase}: {done} MB so far</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="316"/>
        <source>{phase}: {done} records so far</source>
        <translation>{phase}: {done} records so far</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="321"/>
        <source>{phase}: {done} / {total} MB ({percent}%)</source>
        <translation>{phase}: {done} / {total} MB ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="323"/>
        <source>{phase}: {done} / {total} records ({percent}%)</source>
        <translation>{phase}: {done} / {total} records ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="330"/>
        <source>{progress} · about {time} left</source>
        <translation>{progress} · about {time} left</translation>
    </message>
</context>
<context>
    <name>TrainingAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="124"/>
        <source>Training courses</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="125"/>
        <source>Courses (seats taken / seats)</source>
        <translation>Courses (seats taken / seats)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="126"/>
        <source>Enrollments and waiting list</source>
        <translation>Enrollments and waiting list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="127"/>
        <source>Skills people want to learn</source>
        <translation>Skills people want to learn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="128"/>
        <source>Cancel the chosen sign-up</source>
        <translation>Cancel the chosen sign-up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="129"/>
        <source>Add a course</source>
        <translation>Add a course</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="133"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="134"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="135"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="136"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="137"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="138"/>
        <source>Subsidy</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="143"/>
        <source>Add course</source>
        <translation>Add course</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="147"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="178"/>
        <source>{skill}: {n} asking</source>
        <translation>{skill}: {n} asking</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="191"/>
        <source>has a seat</source>
        <translation>has a seat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="192"/>
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="193"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="201"/>
        <source>Choose a sign-up first.</source>
        <translation>Choose a sign-up first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="213"/>
        <source>Sign-up cancelled.</source>
        <translation>Sign-up cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="215"/>
        <source>Sign-up cancelled; the first person waiting now has the seat.</source>
        <translation>Sign-up cancelled; the first person waiting now has the seat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="233"/>
        <source>Course added: {title}</source>
        <translation>Course added: {title}</translation>
    </message>
    <message>
        <source>Worker's phone</source>
        <translation>Worker's phone</translation>
    </message>
    <message>
        <source>Enroll in the chosen course</source>
        <translation>Enroll in the chosen course</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Choose a course first.</translation>
    </message>
    <message>
        <source>No worker with that phone. Register them first.</source>
        <translation>No worker with that phone. Register them first.</translation>
    </message>
    <message>
        <source>The course is full: the worker is on the waiting list.</source>
        <translation>The course is full: the worker is on the waiting list.</translation>
    </message>
    <message>
        <source>Enrolled; the confirmation is printing.</source>
        <translation>Enrolled; the confirmation is printing.</translation>
    </message>
</context>
<context>
    <name>WorkersScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="130"/>
        <source>Workers and follow-ups</source>
        <translation>Workers and follow-ups</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="131"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="132"/>
        <source>Worker card (scan)</source>
        <translation>Worker card (scan)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="133"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="135"/>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="136"/>
        <source>Assistance cases</source>
        <translation>Assistance cases</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="137"/>
        <source>Plan for a new case</source>
        <translation>Plan for a new case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="139"/>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="140"/>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="141"/>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="142"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="143"/>
        <source>Follow-ups due today</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="144"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="145"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="150"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="218"/>
        <source>No worker with that phone or card.</source>
        <translation>No worker with that phone or card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="259"/>
        <source>Skills: {v}</source>
        <translation>Skills: {v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="260"/>
        <source>Assistance grade: {g}; reasons: {r}</source>
        <translation>Assistance grade: {g}; reasons: {r}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="280"/>
        <source>Opened {date} · {status} · {grade}
Plan: {plan}</source>
        <translation>Opened {date} · {status} · {grade}
Plan: {plan}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="287"/>
        <source>Closed {date}: {outcome}</source>
        <translation>Closed {date}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="309"/>
        <source>Follow-ups: open a case first</source>
        <translation>Follow-ups: open a case first</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="309"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="314"/>
        <source>Follow-ups of the case opened {date}</source>
        <translation>Follow-ups of the case opened {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="316"/>
        <source>Follow-ups of the closed case opened {date}</source>
        <translation>Follow-ups of the closed case opened {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="360"/>
        <source>Case opened: new follow-ups go to it.</source>
        <translation>Case opened: new follow-ups go to it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="385"/>
        <source>Write in the note what came of the case, then close it.</source>
        <translation>Write in the note what came of the case, then close it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="400"/>
        <source>Case closed. Its follow-ups are off the due list.</source>
        <translation>Case closed. Its follow-ups are off the due list.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="407"/>
        <source>Follow-up added.</source>
        <translation>Follow-up added.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="320"/>
        <source>due {d}</source>
        <translation>due {d}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="138"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="320"/>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="323"/>
        <source>done {t}</source>
        <translation>done {t}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="342"/>
        <source>Correction saved (recorded in the audit log).</source>
        <translation>Correction saved (recorded in the audit log).</translation>
    </message>
    <message>
        <source>or name</source>
        <translation>or name</translation>
    </message>
    <message>
        <source>Several workers have that name: choose one.</source>
        <translation>Several workers have that name: choose one.</translation>
    </message>
    <message>
        <source>No worker with that phone, card or name.</source>
        <translation>No worker with that phone, card or name.</translation>
    </message>
</context>
</TS>

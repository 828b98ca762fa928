<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="115" />
        <source>Jobs open now - ask at the service desk</source>
        <translation>Jobs open now - ask at the service desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="116" />
        <source>Numbers called</source>
        <translation>Numbers called</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="151" />
        <source>No numbers called yet</source>
        <translation>No numbers called yet</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="84" />
        <source>Make a complaint</source>
        <translation>Make a complaint</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="104" />
        <source>1. Who is it about?</source>
        <translation>1. Who is it about?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="107" />
        <source>2. What happened?</source>
        <translation>2. What happened?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="110" />
        <source>3. Anything else to tell us? (optional)</source>
        <translation>3. Anything else to tell us? (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="111" />
        <source>Tap here to type</source>
        <translation>Tap here to type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="112" />
        <source>4. Can we call you back?</source>
        <translation>4. Can we call you back?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="113" />
        <source>No, stay anonymous</source>
        <translation>No, stay anonymous</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="114" />
        <source>Yes, call me</source>
        <translation>Yes, call me</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="115" />
        <source>Send the complaint</source>
        <translation>Send the complaint</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="114" />
        <source>To protect your details, the screen will be cleared.</source>
        <translation>To protect your details, the screen will be cleared.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="115" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="124" />
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>FindWorkScreen</name>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="140" />
        <source>Find work</source>
        <translation>Find work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="144" />
        <source>Type a job, e.g. cleaning</source>
        <translation>Type a job, e.g. cleaning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="145" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="146" />
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="147" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="148" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="149" />
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="150" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="151" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="152" />
        <source>Paid same day</source>
        <translation>Paid same day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="153" />
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="156" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="161" />
        <source>Sort:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="162" />
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="163" />
        <source>Highest pay</source>
        <translation>Highest pay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="164" />
        <source>Starts soonest</source>
        <translation>Starts soonest</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="166" />
        <source>No jobs match. Tap "Clear all" to see every job, or ask at the service desk.</source>
        <translation>No jobs match. Tap "Clear all" to see every job, or ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="251" />
        <source>The job list cannot be loaded. Please ask at the desk.</source>
        <translation>The job list cannot be loaded. Please ask at the desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="265" />
        <source>{n} jobs found</source>
        <translation>{n} jobs found</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="59" />
        <source>Help and complaints</source>
        <translation>Help and complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="63" />
        <source>Rules of this market</source>
        <translation>Rules of this market</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="68" />
        <source>1. Every service here is free for job seekers. Nobody may charge you a fee, a deposit or money for a uniform or a medical check.</source>
        <translation>1. Every service here is free for job seekers. Nobody may charge you a fee, a deposit or money for a uniform or a medical check.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="71" />
        <source>2. Nobody may keep your ID card.</source>
        <translation>2. Nobody may keep your ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="73" />
        <source>3. Every job here is checked by staff. Pay must not be below the local minimum wage.</source>
        <translation>3. Every job here is checked by staff. Pay must not be below the local minimum wage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="77" />
        <source>4. Agree the pay and the hours before you start. Staff can write down what you agreed and both sides sign it.</source>
        <translation>4. Agree the pay and the hours before you start. Staff can write down what you agreed and both sides sign it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="81" />
        <source>5. Older workers, people with a disability and families with a low income can ask for priority at the service desk.</source>
        <translation>5. Older workers, people with a disability and families with a low income can ask for priority at the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="87" />
        <source>Opening hours and hotline</source>
        <translation>Opening hours and hotline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="89" />
        <source>Open: {hours}
Hotline: {hotline}
Service desk: at the entrance</source>
        <translation>Open: {hours}
Hotline: {hotline}
Service desk: at the entrance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="93" />
        <source>How we handle a complaint</source>
        <translation>How we handle a complaint</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="97" />
        <source>1. You tell us what happened. You can stay anonymous.</source>
        <translation>1. You tell us what happened. You can stay anonymous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="98" />
        <source>2. You get a receipt with a reference number.</source>
        <translation>2. You get a receipt with a reference number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="100" />
        <source>3. Staff look into it within 3 working days and can stop a bad employer from posting jobs.</source>
        <translation>3. Staff look into it within 3 working days and can stop a bad employer from posting jobs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="103" />
        <source>4. If you left a phone number, we call you back with the result.</source>
        <translation>4. If you left a phone number, we call you back with the result.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="108" />
        <source>Were you asked for money, not paid, or treated unfairly? Tell us.</source>
        <translation>Were you asked for money, not paid, or treated unfairly? Tell us.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="110" />
        <source>Make a complaint</source>
        <translation>Make a complaint</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="69" />
        <source>Welcome! What would you like to do?</source>
        <translation>Welcome! What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="71" />
        <source>Tap a picture. Everything here is free. Tap the speaker to hear this page.</source>
        <translation>Tap a picture. Everything here is free. Tap the speaker to hear this page.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="74" />
        <source>This kiosk is not working right now. Please go to the service desk.</source>
        <translation>This kiosk is not working right now. Please go to the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="77" />
        <source>Find work</source>
        <translation>Find work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="78" />
        <source>Urgent today</source>
        <translation>Urgent today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="79" />
        <source>Register or
update my details</source>
        <translation>Register or
update my details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="80" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="81" />
        <source>Help and
complaints</source>
        <translation>Help and
complaints</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="82" />
        <source>Venue guide</source>
        <translation>Venue guide</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="71" />
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="74" />
        <source>Tell us who you are, so the employer can reach you</source>
        <translation>Tell us who you are, so the employer can reach you</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="75" />
        <source>Your mobile phone number</source>
        <translation>Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="76" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="77" />
        <source>Or scan your worker card</source>
        <translation>Or scan your worker card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="78" />
        <source>Hold the QR code on your card under the scanner.</source>
        <translation>Hold the QR code on your card under the scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="79" />
        <source>Waiting for a card...</source>
        <translation>Waiting for a card...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="80" />
        <source>First time here? It takes one minute.</source>
        <translation>First time here? It takes one minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="81" />
        <source>Register now</source>
        <translation>Register now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="131" />
        <source>This card is not known here. Please type your phone number or ask at the service desk.</source>
        <translation>This card is not known here. Please type your phone number or ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="143" />
        <source>This number is not registered yet. Tap "Register now" - it takes one minute.</source>
        <translation>This number is not registered yet. Tap "Register now" - it takes one minute.</translation>
    </message>
</context>
<context>
    <name>JobDetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="87" />
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="106" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="107" />
        <source>When you are paid</source>
        <translation>When you are paid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="108" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="109" />
        <source>The work</source>
        <translation>The work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="110" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="111" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="112" />
        <source>People needed</source>
        <translation>People needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="113" />
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="114" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="115" />
        <source>Money taken off</source>
        <translation>Money taken off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="116" />
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="117" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="123" />
        <source>This market never charges job seekers any fee. If anyone asks you for money (deposit, uniform, medical check), do not pay, and tell the service desk.</source>
        <translation>This market never charges job seekers any fee. If anyone asks you for money (deposit, uniform, medical check), do not pay, and tell the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="128" />
        <source>I'm interested</source>
        <translation>I'm interested</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="129" />
        <source>Report a problem with this job</source>
        <translation>Report a problem with this job</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="152" />
        <source>Not stated - ask the employer</source>
        <translation>Not stated - ask the employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="157" />
        <source>{name} (verified by the market)</source>
        <translation>{name} (verified by the market)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="159" />
        <source>{name} - a job agent, not the employer</source>
        <translation>{name} - a job agent, not the employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="180" />
        <source>{left} of {total} still needed</source>
        <translation>{left} of {total} still needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="185" />
        <location filename="../../kiosk/ui/job_detail_screen.py" line="186" />
        <source>None stated</source>
        <translation>None stated</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="188" />
        <source>The service desk gives you the full number with your slip.</source>
        <translation>The service desk gives you the full number with your slip.</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="223" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="224" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PostingCardDelegate</name>
    <message>
        <location filename="../../kiosk/ui/posting_card_delegate.py" line="130" />
        <source>Verified employer</source>
        <translation>Verified employer</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="155" />
        <source>Register or update my details</source>
        <translation>Register or update my details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="175" />
        <source>Your details help employers find you</source>
        <translation>Your details help employers find you</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="176" />
        <source>1. Your mobile phone number</source>
        <translation>1. Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="177" />
        <source>2. Your name</source>
        <translation>2. Your name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="178" />
        <source>Tap here to type</source>
        <translation>Tap here to type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="181" />
        <source>A keyboard appears. Type the pinyin and pick the characters. A surname is enough, e.g. Wang.</source>
        <translation>A keyboard appears. Type the pinyin and pick the characters. A surname is enough, e.g. Wang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="187" />
        <source>What work can you do? Tap all that fit.</source>
        <translation>What work can you do? Tap all that fit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="190" />
        <source>Where can you work?</source>
        <translation>Where can you work?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="195" />
        <source>When are you free?</source>
        <translation>When are you free?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="199" />
        <source>I'm free today</source>
        <translation>I'm free today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="201" />
        <source>Pay you expect per day (yuan), if you want to say</source>
        <translation>Pay you expect per day (yuan), if you want to say</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="202" />
        <source>You can leave this empty.</source>
        <translation>You can leave this empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="203" />
        <source>Do you need extra help finding work? (optional)</source>
        <translation>Do you need extra help finding work? (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="206" />
        <source>Only the staff who help you can see this. It can give you priority at the service desk and in matching. You do not have to answer.</source>
        <translation>Only the staff who help you can see this. It can give you priority at the service desk and in matching. You do not have to answer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="213" />
        <source>Nothing fits? Just tap "Next".</source>
        <translation>Nothing fits? Just tap "Next".</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="214" />
        <source>Before we save: please read</source>
        <translation>Before we save: please read</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="219" />
        <source>We will keep your phone number, name, the work you can do, your areas and free days, so that staff and employers at this market can offer you jobs.</source>
        <translation>We will keep your phone number, name, the work you can do, your areas and free days, so that staff and employers at this market can offer you jobs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="223" />
        <source>Employers only see your number when you say you are interested in their job. The screen and the slips always hide the middle of your number.</source>
        <translation>Employers only see your number when you say you are interested in their job. The screen and the slips always hide the middle of your number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="227" />
        <source>Your details are shared with the city's public employment service and nobody else.</source>
        <translation>Your details are shared with the city's public employment service and nobody else.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="231" />
        <source>You can ask at the service desk at any time to see, change or delete your details.</source>
        <translation>You can ask at the service desk at any time to see, change or delete your details.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="237" />
        <source>I agree, save my details</source>
        <translation>I agree, save my details</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="238" />
        <source>No, do not save</source>
        <translation>No, do not save</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="239" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="258" />
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="262" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="270" />
        <source>Please type your name (a surname is enough).</source>
        <translation>Please type your name (a surname is enough).</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="72" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="119" />
        <source>Print my worker card</source>
        <translation>Print my worker card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="120" />
        <source>Look at more jobs</source>
        <translation>Look at more jobs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="121" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="166" />
        <source>One moment, saving...</source>
        <translation>One moment, saving...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="168" />
        <source>That did not work</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="169" />
        <source>Please start again from the home screen.</source>
        <translation>Please start again from the home screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="171" />
        <source>Done! The employer will know you are interested.</source>
        <translation>Done! The employer will know you are interested.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="174" />
        <source>Next: take your job slip to the service desk. Staff will call the employer for you or tell you where to go.</source>
        <translation>Next: take your job slip to the service desk. Staff will call the employer for you or tell you where to go.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="180" />
        <source>You are signed up!</source>
        <translation>You are signed up!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="182" />
        <source>You are on the waiting list</source>
        <translation>You are on the waiting list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="185" />
        <source>Bring your ID card on the first day.</source>
        <translation>Bring your ID card on the first day.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="187" />
        <source>Thank you. Your complaint is recorded.</source>
        <translation>Thank you. Your complaint is recorded.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="188" />
        <source>Reference number: {ref}</source>
        <translation>Reference number: {ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="190" />
        <source>Staff look at every complaint within 3 working days. Keep the reference number; quote it when you call the hotline {hotline}.</source>
        <translation>Staff look at every complaint within 3 working days. Keep the reference number; quote it when you call the hotline {hotline}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="195" />
        <source>Your details are updated</source>
        <translation>Your details are updated</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="197" />
        <source>You are registered!</source>
        <translation>You are registered!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="199" />
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="201" />
        <source>Print a worker card, and next time just scan it. Or look at the jobs now.</source>
        <translation>Print a worker card, and next time just scan it. Or look at the jobs now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="204" />
        <source>Your worker card is on its way</source>
        <translation>Your worker card is on its way</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="205" />
        <source>Next time, hold the card under the scanner: no typing needed.</source>
        <translation>Next time, hold the card under the scanner: no typing needed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="223" />
        <source>Printing your slip...</source>
        <translation>Printing your slip...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="225" />
        <source>Please take your slip from the printer below the screen.</source>
        <translation>Please take your slip from the printer below the screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="228" />
        <source>The printer here is not available right now. Nothing is lost: please collect your slip at the service desk.</source>
        <translation>The printer here is not available right now. Nothing is lost: please collect your slip at the service desk.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="32" />
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="35" />
        <source>Staff mode comes in a later version.</source>
        <translation>Staff mode comes in a later version.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="36" />
        <source>Until then, use the kiosk command on the staff desk PC.</source>
        <translation>Until then, use the kiosk command on the staff desk PC.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="37" />
        <source>Open the worker kiosk</source>
        <translation>Open the worker kiosk</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="58" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="59" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="60" />
        <source>Senior mode</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="61" />
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="87" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="87" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="104" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="117" />
        <source>Free and subsidised courses. A certificate helps you earn more.</source>
        <translation>Free and subsidised courses. A certificate helps you earn more.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="120" />
        <source>No courses are planned right now. Tell us what you want to learn.</source>
        <translation>No courses are planned right now. Tell us what you want to learn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="122" />
        <source>Skills I want to learn</source>
        <translation>Skills I want to learn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="125" />
        <source>Even if no course fits now, tell us: we plan courses from what people ask for.</source>
        <translation>Even if no course fits now, tell us: we plan courses from what people ask for.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="134" />
        <source>Send my wish</source>
        <translation>Send my wish</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="135" />
        <source>Thank you! We noted it.</source>
        <translation>Thank you! We noted it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="164" />
        <source>Dates: {dates}</source>
        <translation>Dates: {dates}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="167" />
        <source>Time: {schedule}</source>
        <translation>Time: {schedule}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="170" />
        <source>Place: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="171" />
        <source>Run by: {provider}</source>
        <translation>Run by: {provider}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="182" />
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="182" />
        <source>Join the waiting list</source>
        <translation>Join the waiting list</translation>
    </message>
</context>
<context>
    <name>VenueScreen</name>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="59" />
        <source>Venue guide</source>
        <translation>Venue guide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="64" />
        <source>Ask at the service desk</source>
        <translation>Ask at the service desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="66" />
        <source>Address: {address}    Open: {hours}    Hotline: {hotline}</source>
        <translation>Address: {address}    Open: {hours}    Hotline: {hotline}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="71" />
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="72" />
        <source>Docking zone</source>
        <translation>Docking zone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="73" />
        <source>Talking tables</source>
        <translation>Talking tables</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="74" />
        <source>Training room</source>
        <translation>Training room</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="75" />
        <source>Slip printer</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="76" />
        <source>Job board</source>
        <translation>Job board</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="80" />
        <source>At the entrance. Staff help you register, print slips and take complaints.</source>
        <translation>At the entrance. Staff help you register, print slips and take complaints.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="82" />
        <source>Wait here for employers. Listen for your number.</source>
        <translation>Wait here for employers. Listen for your number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="84" />
        <source>When your number is called, go to the table shown on the board and agree the terms.</source>
        <translation>When your number is called, go to the table shown on the board and agree the terms.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="87" />
        <source>Upstairs. Free courses with certificates.</source>
        <translation>Upstairs. Free courses with certificates.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="88" />
        <source>Under this screen. Take your slip when it prints.</source>
        <translation>Under this screen. Take your slip when it prints.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="89" />
        <source>The big screen shows today's jobs and the numbers called.</source>
        <translation>The big screen shows today's jobs and the numbers called.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="32" />
        <source>{amount} yuan / hour</source>
        <translation>{amount} yuan / hour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="34" />
        <source>{amount} yuan / piece</source>
        <translation>{amount} yuan / piece</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="36" />
        <source>{amount} yuan / day</source>
        <translation>{amount} yuan / day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="43" />
        <source>Paid weekly</source>
        <translation>Paid weekly</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="45" />
        <source>Paid when done</source>
        <translation>Paid when done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="46" />
        <source>Paid same day</source>
        <translation>Paid same day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="52" />
        <source>You are paid once a week for the days you worked.</source>
        <translation>You are paid once a week for the days you worked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="54" />
        <source>You are paid when the whole job is finished.</source>
        <translation>You are paid when the whole job is finished.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="55" />
        <source>You are paid at the end of each working day.</source>
        <translation>You are paid at the end of each working day.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="61" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="63" />
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="64" />
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="70" />
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="79" />
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="84" />
        <source>People needed: {n}</source>
        <translation>People needed: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="89" />
        <source>Full - you can join the waiting list</source>
        <translation>Full - you can join the waiting list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="90" />
        <source>{n} seats left</source>
        <translation>{n} seats left</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="95" />
        <source>Asked me to pay a fee</source>
        <translation>Asked me to pay a fee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="96" />
        <source>The job was not as posted</source>
        <translation>The job was not as posted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="97" />
        <source>Wages not paid</source>
        <translation>Wages not paid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="98" />
        <source>Kept my ID card</source>
        <translation>Kept my ID card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="99" />
        <source>Unfair treatment</source>
        <translation>Unfair treatment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="100" />
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="107" />
        <source>A job posting</source>
        <translation>A job posting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="108" />
        <source>An employer</source>
        <translation>An employer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="109" />
        <source>A job agent</source>
        <translation>A job agent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="110" />
        <source>This market</source>
        <translation>This market</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="117" />
        <source>I am over 50</source>
        <translation>I am over 50</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="118" />
        <source>I have a disability</source>
        <translation>I have a disability</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="119" />
        <source>My family has a low income</source>
        <translation>My family has a low income</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="120" />
        <source>I have had no work for a long time</source>
        <translation>I have had no work for a long time</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="127" />
        <source>You are on the waiting list. We will call you when a seat is free.</source>
        <translation>You are on the waiting list. We will call you when a seat is free.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="131" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="132" />
        <source>You have a seat on this course.</source>
        <translation>You have a seat on this course.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="136" />
        <source>Please check the phone number: 11 digits, starting with 1.</source>
        <translation>Please check the phone number: 11 digits, starting with 1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="139" />
        <source>Please fill in this part.</source>
        <translation>Please fill in this part.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="140" />
        <source>You already said you are interested in this job. Take your slip to the service desk.</source>
        <translation>You already said you are interested in this job. Take your slip to the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="144" />
        <source>Sorry, this job has just been filled or closed. Please choose another one.</source>
        <translation>Sorry, this job has just been filled or closed. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="147" />
        <source>We can only save your details if you agree.</source>
        <translation>We can only save your details if you agree.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="150" />
        <source>This course is full.</source>
        <translation>This course is full.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="151" />
        <source>You have already signed up for this course.</source>
        <translation>You have already signed up for this course.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="154" />
        <source>We could not find that. Please ask at the service desk.</source>
        <translation>We could not find that. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="157" />
        <source>That is too long. Please make it shorter.</source>
        <translation>That is too long. Please make it shorter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="160" />
        <source>Please check the year you were born.</source>
        <translation>Please check the year you were born.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="163" />
        <source>Please enter an amount above zero.</source>
        <translation>Please enter an amount above zero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="164" />
        <source>Please check what you entered.</source>
        <translation>Please check what you entered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="174" />
        <source>Something went wrong. Nothing you entered is lost. Please ask at the service desk.</source>
        <translation>Something went wrong. Nothing you entered is lost. Please ask at the service desk.</translation>
    </message>
</context>
</TS>
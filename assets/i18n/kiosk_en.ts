<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/texts.py" line="92"/>
        <source>%n places left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/texts.py" line="95"/>
        <source>%n seats left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWorkScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/find_work_screen.py" line="293"/>
        <source>%n jobs found</source>
        <translation>
            <numerusform>%n job found</numerusform>
            <numerusform>%n jobs found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneEntry</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets.py" line="350"/>
        <source>%n more digit(s) needed: a mobile number has 11.</source>
        <translation>
            <numerusform>%n more digit needed: a mobile number has 11.</numerusform>
            <numerusform>%n more digits needed: a mobile number has 11.</numerusform>
        </translation>
    </message>
</context>
</TS>

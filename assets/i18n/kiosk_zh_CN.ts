<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="202"/>
        <source>Jobs open now - ask at the service desk</source>
        <translation>正在招工 —— 详情请到服务台咨询</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="203"/>
        <source>Numbers called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="250"/>
        <source>No numbers called yet</source>
        <translation>还没有叫号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="254"/>
        <source>Please go to table {table}</source>
        <translation>请到 {table} 号桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board_screen.py" line="258"/>
        <source>{number} to table {table}</source>
        <translation>{number} 号 → {table} 号桌</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="115"/>
        <source>Make a complaint</source>
        <translation>我要投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="144"/>
        <source>1. Who is it about?</source>
        <translation>1. 投诉谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="147"/>
        <source>Which employer? Tap one (employers with jobs here).</source>
        <translation>是哪个用人单位？请点选（在这里招过工的单位）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="148"/>
        <source>Or type part of the name</source>
        <translation>或者输入名字中的几个字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="149"/>
        <source>No employer here has that name.</source>
        <translation>这里没有叫这个名字的单位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="150"/>
        <source>2. What happened?</source>
        <translation>2. 发生了什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="153"/>
        <source>3. Anything else to tell us? (optional)</source>
        <translation>3. 还想告诉我们什么？（可不填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="154"/>
        <source>Tap here to type</source>
        <translation>点这里输入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="155"/>
        <source>4. Can we call you back?</source>
        <translation>4. 需要我们给您回电话吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="156"/>
        <source>No, stay anonymous</source>
        <translation>不用，匿名投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="157"/>
        <source>Yes, call me</source>
        <translation>需要，请给我打电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="160"/>
        <source>Your complaint will be anonymous: we cannot call you back with the answer. Keep the receipt and ask at the service desk with its reference number.</source>
        <translation>您的投诉是匿名的：我们无法打电话告诉您处理结果。请保管好回执，凭上面的编号到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="164"/>
        <source>Send the complaint</source>
        <translation>提交投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="173"/>
        <source>About this job: {title}</source>
        <translation>投诉这个工作：{title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/complaint_screen.py" line="175"/>
        <source>Employer: {name}</source>
        <translation>用人单位：{name}</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="118"/>
        <source>To protect your details, the screen will be cleared.</source>
        <translation>为保护您的信息，屏幕即将清空。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="128"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/texts.py" line="92"/>
        <source>%n places left</source>
        <translation>
            <numerusform>还招 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/texts.py" line="95"/>
        <source>%n seats left</source>
        <translation>
            <numerusform>还剩 %n 个名额</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWorkScreen</name>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="156"/>
        <source>Find work</source>
        <translation>找工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="160"/>
        <source>Type a job, e.g. cleaning</source>
        <translation>输入想找的工作，例如：保洁</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="161"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="162"/>
        <source>Clear the words typed</source>
        <translation>清除输入的字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="163"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="164"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="165"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="166"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="167"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="168"/>
        <source>Pay</source>
        <translation>工资</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="169"/>
        <source>Paid same day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="170"/>
        <source>Kind of work</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="173"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="178"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="179"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="180"/>
        <source>Highest pay</source>
        <translation>工资最高</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="181"/>
        <source>Starts soonest</source>
        <translation>最早开工</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="183"/>
        <source>No jobs match. Tap &quot;Clear all&quot; to see every job, or ask at the service desk.</source>
        <translation>没有找到合适的工作。点“全部清除”看所有工作，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/find_work_screen.py" line="279"/>
        <source>The job list cannot be loaded. Please ask at the desk.</source>
        <translation>工作列表暂时打不开，请到服务台咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/find_work_screen.py" line="293"/>
        <source>%n jobs found</source>
        <translation>
            <numerusform>找到 %n 个工作</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="59"/>
        <source>Help and complaints</source>
        <translation>帮助和投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="63"/>
        <source>Rules of this market</source>
        <translation>本市场规则</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="68"/>
        <source>1. Every service here is free for job seekers. Nobody may charge you a fee, a deposit or money for a uniform or a medical check.</source>
        <translation>1. 本市场对求职者的所有服务都免费。任何人不得向您收取中介费、押金、服装费或体检费。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="71"/>
        <source>2. Nobody may keep your ID card.</source>
        <translation>2. 任何人不得扣押您的身份证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="73"/>
        <source>3. Every job here is checked by staff. Pay must not be below the local minimum wage.</source>
        <translation>3. 这里的每个工作都经过工作人员审核，工资不得低于本地最低工资标准。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="77"/>
        <source>4. Agree the pay and the hours before you start. Staff can write down what you agreed and both sides sign it.</source>
        <translation>4. 上工前先谈好工资和工作时间。工作人员可以帮您把谈好的条件写下来，双方签字确认。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="81"/>
        <source>5. Older workers, people with a disability and families with a low income can ask for priority at the service desk.</source>
        <translation>5. 大龄、残疾人和低收入家庭的求职者，可以到服务台申请优先服务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="87"/>
        <source>Opening hours and hotline</source>
        <translation>开放时间和服务热线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="89"/>
        <source>Open: {hours}
Hotline: {hotline}
Service desk: at the entrance</source>
        <translation>开放时间：{hours}
服务热线：{hotline}
服务台：入口处</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="93"/>
        <source>How we handle a complaint</source>
        <translation>投诉怎么处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="97"/>
        <source>1. You tell us what happened. You can stay anonymous.</source>
        <translation>1. 告诉我们发生了什么，可以匿名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="98"/>
        <source>2. You get a receipt with a reference number.</source>
        <translation>2. 您会拿到一张有编号的回执。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="100"/>
        <source>3. Staff look into it within 3 working days and can stop a bad employer from posting jobs.</source>
        <translation>3. 工作人员在3个工作日内调查处理，可以禁止违规雇主再发布招工信息。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="103"/>
        <source>4. If you left a phone number, we call you back with the result.</source>
        <translation>4. 如果您留了电话，我们会打电话告诉您处理结果。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="108"/>
        <source>Were you asked for money, not paid, or treated unfairly? Tell us.</source>
        <translation>被要求交钱、被拖欠工资或受到不公平对待？请告诉我们。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/help_screen.py" line="110"/>
        <source>Make a complaint</source>
        <translation>我要投诉</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="88"/>
        <source>Welcome! What would you like to do?</source>
        <translation>欢迎！您想办什么事？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="90"/>
        <source>Tap a picture. Everything here is free. Tap the speaker to hear this page.</source>
        <translation>请点下面的图片。这里的服务全部免费。点“朗读”可以听本页内容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="93"/>
        <source>This kiosk is not working right now. Please go to the service desk.</source>
        <translation>这台机器暂时不能使用，请到服务台办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="96"/>
        <source>Find work</source>
        <translation>找工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="97"/>
        <source>Urgent today</source>
        <translation>今日急招</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="98"/>
        <source>Register or
update my details</source>
        <translation>登记或
修改我的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="99"/>
        <source>Training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="100"/>
        <source>Help and
complaints</source>
        <translation>帮助和
投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="101"/>
        <source>Venue guide</source>
        <translation>场地指引</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="72"/>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="75"/>
        <source>Tell us who you are, so the employer can reach you</source>
        <translation>请告诉我们您是谁，方便雇主联系您</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="76"/>
        <source>Your mobile phone number</source>
        <translation>您的手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="77"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="78"/>
        <source>Or scan your worker card</source>
        <translation>或者扫描您的求职卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="79"/>
        <source>Hold the QR code on your card under the scanner.</source>
        <translation>把卡上的二维码对准扫描口。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="80"/>
        <source>Waiting for a card...</source>
        <translation>等待扫卡……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="81"/>
        <source>First time here? It takes one minute.</source>
        <translation>第一次来？登记只要一分钟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="82"/>
        <source>Register now</source>
        <translation>现在登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="124"/>
        <source>This number is not registered yet. Tap &quot;Register now&quot; - it takes one minute.</source>
        <translation>这个号码还没有登记。请点“现在登记”，只要一分钟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/identify_screen.py" line="154"/>
        <source>Please check your number and type it again. First time here? Tap &quot;Register now&quot;.</source>
        <translation>请核对号码后重新输入。第一次来？请点“现在登记”。</translation>
    </message>
</context>
<context>
    <name>JobDetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="93"/>
        <source>Job details</source>
        <translation>工作详情</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="116"/>
        <source>Pay</source>
        <translation>工资</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="117"/>
        <source>When you are paid</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="118"/>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="119"/>
        <source>The work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="120"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="121"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="122"/>
        <source>People needed</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="123"/>
        <source>Meals</source>
        <translation>吃饭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="124"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="125"/>
        <source>Money taken off</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="126"/>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="127"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="133"/>
        <source>This market never charges job seekers any fee. If anyone asks you for money (deposit, uniform, medical check), do not pay, and tell the service desk.</source>
        <translation>本市场不向求职者收取任何费用。如果有人向您要钱（押金、服装费、体检费等），不要给，请告诉服务台。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="138"/>
        <source>I&apos;m interested</source>
        <translation>我想去</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="139"/>
        <source>Report a problem with this job</source>
        <translation>举报这个工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="163"/>
        <source>Not stated - ask the employer</source>
        <translation>没有写明，请问雇主</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="168"/>
        <source>{name} (verified by the market)</source>
        <translation>{name}（已经市场认证）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="170"/>
        <source>{name} - a job agent, not the employer</source>
        <translation>{name}（职业中介，不是雇主本人）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="191"/>
        <source>{left} of {total} still needed</source>
        <translation>共招 {total} 人，还差 {left} 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="196"/>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="197"/>
        <source>None stated</source>
        <translation>没有写明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/job_detail_screen.py" line="199"/>
        <source>The service desk gives you the full number with your slip.</source>
        <translation>服务台会把完整电话和工作单一起给您。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="225"/>
        <source>Leave without saving?</source>
        <translation>不保存就离开吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="226"/>
        <source>What you typed here will be lost.</source>
        <translation>您在这里填写的内容会被清除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="227"/>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="228"/>
        <source>Stay and finish</source>
        <translation>留下继续填</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242"/>
        <source>Are you done?</source>
        <translation>您办完了吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="244"/>
        <source>Yes, I&apos;m done</source>
        <translation>办完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="245"/>
        <source>No, I want to do more</source>
        <translation>还没有，继续办</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="278"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="279"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PhoneEntry</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="348"/>
        <source>Please type your mobile number.</source>
        <translation>请输入您的手机号。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets.py" line="350"/>
        <source>%n more digit(s) needed: a mobile number has 11.</source>
        <translation>
            <numerusform>还差 %n 位：手机号是 11 位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="354"/>
        <source>This is not a mobile number: it starts with 13 to 19.</source>
        <translation>这不是手机号：手机号以 13 到 19 开头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="362"/>
        <source>A mobile number has only 11 digits. Tap Delete to correct it.</source>
        <translation>手机号只有 11 位。请点“删除”改正。</translation>
    </message>
</context>
<context>
    <name>PostingCardDelegate</name>
    <message>
        <location filename="../../kiosk/ui/posting_card_delegate.py" line="205"/>
        <source>Verified employer</source>
        <translation>认证雇主</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../kiosk/ui/qr_view.py" line="71"/>
        <source>Scan with your phone camera to keep this job</source>
        <translation>用手机扫码，把这个工作存到手机上</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../kiosk/ui/question.py" line="33"/>
        <source>Is this you?</source>
        <translation>是您吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/question.py" line="35"/>
        <source>Yes, that&apos;s me</source>
        <translation>是我</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/question.py" line="36"/>
        <source>No, that&apos;s not me</source>
        <translation>不是我</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="240"/>
        <source>Register or update my details</source>
        <translation>登记或修改我的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="297"/>
        <source>Your details help employers find you</source>
        <translation>留下信息，雇主更容易找到您</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="301"/>
        <source>Welcome back! Change what you need, then save.</source>
        <translation>欢迎回来！改好要改的地方，再保存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="302"/>
        <source>I agree, save my changes</source>
        <translation>我同意，保存修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="303"/>
        <source>No, change nothing</source>
        <translation>不，什么都不改</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="305"/>
        <source>Phone: {phone}
Name: {name}</source>
        <translation>手机：{phone}
姓名：{name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="311"/>
        <source>To change your phone number or name, please ask at the service desk.</source>
        <translation>要改手机号码或姓名，请到服务台办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="321"/>
        <source>Waiting for a card...</source>
        <translation>等待扫卡……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="322"/>
        <source>1. Your mobile phone number</source>
        <translation>1. 您的手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="323"/>
        <source>2. Your name</source>
        <translation>2. 您的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="324"/>
        <source>Tap here to type</source>
        <translation>点这里输入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="327"/>
        <source>A keyboard appears. Type the pinyin and pick the characters. A surname is enough, e.g. Wang.</source>
        <translation>点输入框会出现键盘。输入拼音再选字。只写姓也可以，例如：王。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="333"/>
        <source>What work can you do? Tap all that fit.</source>
        <translation>您会做什么工作？可以选多个。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="336"/>
        <source>Where can you work?</source>
        <translation>您想在哪里工作？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="341"/>
        <source>When are you free?</source>
        <translation>您哪天有空？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="345"/>
        <source>I&apos;m free today</source>
        <translation>今天有空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="347"/>
        <source>Pay you expect per day (yuan), if you want to say</source>
        <translation>您希望每天多少钱（元）？可以不填</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="348"/>
        <source>You can leave this empty.</source>
        <translation>不想填可以空着。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="349"/>
        <source>Do you need extra help finding work? (optional)</source>
        <translation>找工作需要特别帮助吗？（可不填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="352"/>
        <source>Only the staff who help you can see this. It can give you priority at the service desk and in matching. You do not have to answer.</source>
        <translation>只有帮助您的工作人员能看到。选了可以在服务台和推荐工作时优先照顾您。不想回答可以不选。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="361"/>
        <source>Your earlier answers are not shown here, to protect your privacy. Choose again only if you want to change them: what you choose now replaces them.</source>
        <translation>您以前的回答不在这里显示，以保护您的隐私。只有要修改时才需要重新选择，新选的会代替以前的回答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="365"/>
        <source>None of these apply to me any more</source>
        <translation>以上都不符合我了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="422"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="423"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="425"/>
        <source>Phone: {phone}</source>
        <translation>手机：{phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="426"/>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="427"/>
        <source>Work: {work}</source>
        <translation>会做的工作：{work}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="428"/>
        <source>Areas: {areas}</source>
        <translation>能去的地区：{areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="429"/>
        <source>Free: {days}</source>
        <translation>有空的日子：{days}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="433"/>
        <source>Pay you expect: {pay}</source>
        <translation>期望工资：{pay}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="439"/>
        <source>Extra help: {help}</source>
        <translation>需要的帮助：{help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="494"/>
        <source>Please check your number and type it again.</source>
        <translation>请核对号码后重新输入。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="556"/>
        <source>Nothing fits? Just tap &quot;Next&quot;.</source>
        <translation>都不符合？直接点“下一步”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="558"/>
        <source>When you save, your earlier answers are removed.</source>
        <translation>保存后，您以前的回答会被删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="561"/>
        <source>When you save, what you chose replaces your earlier answers.</source>
        <translation>保存后，您新选的会代替以前的回答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="566"/>
        <source>Nothing to change? Just tap &quot;Next&quot;: your earlier answers stay as they are.</source>
        <translation>不用修改？直接点“下一步”，以前的回答保持不变。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="367"/>
        <source>Before we save: please read</source>
        <translation>保存之前，请您看一下</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="372"/>
        <source>We will keep your phone number, name, the work you can do, your areas and free days, so that staff and employers at this market can offer you jobs.</source>
        <translation>我们会保存您的手机号、姓名、会做的工作、想去的区域和有空的日子，方便本市场的工作人员和雇主给您介绍工作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="376"/>
        <source>Employers only see your number when you say you are interested in their job. The screen and the slips always hide the middle of your number.</source>
        <translation>只有您对某个工作点了“我想去”，那个雇主才能看到您的电话。屏幕和纸条上都会遮住号码中间几位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="380"/>
        <source>Your details are shared with the city&apos;s public employment service and nobody else.</source>
        <translation>您的信息只提供给本市公共就业服务机构，不给其他任何人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="384"/>
        <source>You can ask at the service desk at any time to see, change or delete your details.</source>
        <translation>您随时可以到服务台查看、修改或删除您的信息。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="298"/>
        <source>I agree, save my details</source>
        <translation>我同意，保存我的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="299"/>
        <source>No, do not save</source>
        <translation>不同意，不保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="314"/>
        <source>Registered before?</source>
        <translation>以前登记过？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="317"/>
        <source>Type your phone number and tap &quot;Next&quot;, or hold your worker card under the scanner: your details come back for you to change.</source>
        <translation>输入手机号码后点“下一步”，或者把求职卡对准扫描口，就能看到并修改您登记过的信息。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="448"/>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="451"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/register_screen.py" line="476"/>
        <source>Please type your name (a surname is enough).</source>
        <translation>请输入您的姓名（只写姓也可以）。</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="73"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="120"/>
        <source>Print my worker card</source>
        <translation>打印我的求职卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="121"/>
        <source>Look at more jobs</source>
        <translation>再看看其他工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="122"/>
        <source>Finish</source>
        <translation>办完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="167"/>
        <source>One moment, saving...</source>
        <translation>请稍等，正在保存……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="169"/>
        <source>That did not work</source>
        <translation>没有办成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="170"/>
        <source>Please start again from the home screen.</source>
        <translation>请回到首页重新开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="172"/>
        <source>Done! The employer will know you are interested.</source>
        <translation>办好了！雇主会知道您想去。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="175"/>
        <source>Next: take your job slip to the service desk. Staff will call the employer for you or tell you where to go.</source>
        <translation>下一步：拿着工作单到服务台。工作人员会帮您联系雇主，或者告诉您去哪里。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="181"/>
        <source>You are signed up!</source>
        <translation>报名成功！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="183"/>
        <source>You are on the waiting list</source>
        <translation>您已排上候补名单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="186"/>
        <source>Bring your ID card on the first day.</source>
        <translation>第一天上课请带身份证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="188"/>
        <source>Thank you. Your complaint is recorded.</source>
        <translation>谢谢您，投诉已经记录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="189"/>
        <source>Reference number: {ref}</source>
        <translation>投诉编号：{ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="193"/>
        <source>What happens next: staff look into it by {date} (within {days} working days).</source>
        <translation>接下来：工作人员会在 {date}前处理（{days} 个工作日内）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="196"/>
        <source>They will call you back on the number you left.</source>
        <translation>工作人员会打电话给您，告诉您结果。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="199"/>
        <source>You left no number, so nobody will call you: to hear the answer, ask at the service desk or call the hotline {hotline} with the reference number.</source>
        <translation>您没有留电话，所以不会有人打给您：想知道结果，请凭编号到服务台询问，或拨打热线 {hotline}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="204"/>
        <source>Your details are updated</source>
        <translation>您的信息已更新</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="206"/>
        <source>You are registered!</source>
        <translation>登记成功！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="208"/>
        <source>Phone: {phone}</source>
        <translation>手机：{phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="210"/>
        <source>Print a worker card, and next time just scan it. Or look at the jobs now.</source>
        <translation>可以打印一张求职卡，下次扫一下就行。也可以现在就去看工作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="213"/>
        <source>Your worker card is on its way</source>
        <translation>正在为您制作求职卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="214"/>
        <source>Next time, hold the card under the scanner: no typing needed.</source>
        <translation>下次把卡对准扫描口就行，不用再输入。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="232"/>
        <source>Printing your slip...</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="234"/>
        <source>Please take your slip from the printer below the screen.</source>
        <translation>请从屏幕下方的打印口取走纸条。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/result_screen.py" line="237"/>
        <source>The printer here is not available right now. Nothing is lost: please collect your slip at the service desk.</source>
        <translation>这里的打印机暂时不能用。您的信息已经保存，请到服务台领取纸条。</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_screen.py" line="28"/>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="67"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="68"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="69"/>
        <source>Senior mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="86"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="88"/>
        <source>Read-aloud unavailable</source>
        <translation>朗读不可用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="90"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="91"/>
        <source>I&apos;m done</source>
        <translation>办完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="118"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="118"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="104"/>
        <source>Training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="117"/>
        <source>Free and subsidised courses. A certificate helps you earn more.</source>
        <translation>免费和有补贴的培训。有证书，工资更高。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="120"/>
        <source>No courses are planned right now. Tell us what you want to learn.</source>
        <translation>现在还没有安排培训。请告诉我们您想学什么。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="122"/>
        <source>Skills I want to learn</source>
        <translation>我想学的技能</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="125"/>
        <source>Even if no course fits now, tell us: we plan courses from what people ask for.</source>
        <translation>就算现在没有合适的课，也请告诉我们：我们会根据大家的需要安排培训。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="134"/>
        <source>Send my wish</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="135"/>
        <source>Thank you! We noted it.</source>
        <translation>谢谢！我们记下了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="164"/>
        <source>Dates: {dates}</source>
        <translation>日期：{dates}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="167"/>
        <source>Time: {schedule}</source>
        <translation>时间：{schedule}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="170"/>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="171"/>
        <source>Run by: {provider}</source>
        <translation>培训机构：{provider}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="182"/>
        <source>Sign up</source>
        <translation>我要报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/training_screen.py" line="182"/>
        <source>Join the waiting list</source>
        <translation>排候补</translation>
    </message>
</context>
<context>
    <name>VenueScreen</name>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="59"/>
        <source>Venue guide</source>
        <translation>场地指引</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="64"/>
        <source>Ask at the service desk</source>
        <translation>请到服务台咨询</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="66"/>
        <source>Address: {address}    Open: {hours}    Hotline: {hotline}</source>
        <translation>地址：{address}    开放时间：{hours}    热线：{hotline}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="71"/>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="72"/>
        <source>Docking zone</source>
        <translation>对接等候区</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="73"/>
        <source>Talking tables</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="74"/>
        <source>Training room</source>
        <translation>培训教室</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="75"/>
        <source>Slip printer</source>
        <translation>打印口</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="76"/>
        <source>Job board</source>
        <translation>招工大屏</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="80"/>
        <source>At the entrance. Staff help you register, print slips and take complaints.</source>
        <translation>在入口处。工作人员帮您登记、打印纸条、受理投诉。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="82"/>
        <source>Wait here for employers. Listen for your number.</source>
        <translation>在这里等雇主，注意听叫号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="84"/>
        <source>When your number is called, go to the table shown on the board and agree the terms.</source>
        <translation>叫到您的号，就到大屏上显示的洽谈桌，和雇主谈好条件。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="87"/>
        <source>Upstairs. Free courses with certificates.</source>
        <translation>在楼上。免费培训，可以考证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="88"/>
        <source>Under this screen. Take your slip when it prints.</source>
        <translation>在这块屏幕下面。打印好后请取走纸条。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/venue_screen.py" line="89"/>
        <source>The big screen shows today&apos;s jobs and the numbers called.</source>
        <translation>大屏上有今天的招工信息和叫号。</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="32"/>
        <source>{amount} yuan / hour</source>
        <translation>{amount}元/小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="34"/>
        <source>{amount} yuan / piece</source>
        <translation>{amount}元/件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="36"/>
        <source>{amount} yuan / day</source>
        <translation>{amount}元/天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="43"/>
        <source>Paid weekly</source>
        <translation>周结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="45"/>
        <source>Paid when done</source>
        <translation>完工结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="46"/>
        <source>Paid same day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="52"/>
        <source>You are paid once a week for the days you worked.</source>
        <translation>每周结一次工资，按实际干的天数算。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="54"/>
        <source>You are paid when the whole job is finished.</source>
        <translation>整个活干完后一次结清。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="55"/>
        <source>You are paid at the end of each working day.</source>
        <translation>每天收工时当天结清。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="61"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="63"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="64"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="70"/>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="79"/>
        <source>from {start}</source>
        <translation>{start}开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="105"/>
        <source>Full - you can join the waiting list</source>
        <translation>已满，可以排候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="111"/>
        <source>Asked me to pay a fee</source>
        <translation>向我收费</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="112"/>
        <source>The job was not as posted</source>
        <translation>工作和说的不一样</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="113"/>
        <source>Wages not paid</source>
        <translation>拖欠工资</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="114"/>
        <source>Kept my ID card</source>
        <translation>扣押身份证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="115"/>
        <source>Unfair treatment</source>
        <translation>不公平对待</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="116"/>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="123"/>
        <source>A job posting</source>
        <translation>某个招工信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="124"/>
        <source>An employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="125"/>
        <source>A job agent</source>
        <translation>职业中介</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="126"/>
        <source>This market</source>
        <translation>本市场</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="133"/>
        <source>I am over 50</source>
        <translation>我50岁以上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="134"/>
        <source>I have a disability</source>
        <translation>我有残疾</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="135"/>
        <source>My family has a low income</source>
        <translation>我家是低收入家庭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="136"/>
        <source>I have had no work for a long time</source>
        <translation>我很久没有找到工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="143"/>
        <source>You are on the waiting list. We will call you when a seat is free.</source>
        <translation>您在候补名单上，有空位时我们会通知您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="147"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="148"/>
        <source>You have a seat on this course.</source>
        <translation>您已报上名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="152"/>
        <source>Please check the phone number: 11 digits, starting with 1.</source>
        <translation>请检查手机号码：11位数字，以1开头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="155"/>
        <source>Please fill in this part.</source>
        <translation>请填写这一项。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="156"/>
        <source>You already said you are interested in this job. Take your slip to the service desk.</source>
        <translation>您已经报过这个工作了，请拿纸条到服务台。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="160"/>
        <source>Sorry, this job has just been filled or closed. Please choose another one.</source>
        <translation>对不起，这个工作刚刚招满或已关闭，请选别的工作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="163"/>
        <source>We can only save your details if you agree.</source>
        <translation>您同意后我们才能保存您的信息。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="166"/>
        <source>This course is full.</source>
        <translation>这个培训已经报满了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="167"/>
        <source>You have already signed up for this course.</source>
        <translation>您已经报过这个培训了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="170"/>
        <source>We could not find that. Please ask at the service desk.</source>
        <translation>没有找到，请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="173"/>
        <source>That is too long. Please make it shorter.</source>
        <translation>内容太长了，请写短一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="176"/>
        <source>Please check the year you were born.</source>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="179"/>
        <source>Please enter an amount above zero.</source>
        <translation>请输入大于0的金额。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="180"/>
        <source>Please check what you entered.</source>
        <translation>请检查您输入的内容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="190"/>
        <source>Something went wrong. Nothing you entered is lost. Please ask at the service desk.</source>
        <translation>出了点问题，您输入的内容没有丢失。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/texts.py" line="197"/>
        <source>This card is not known here. Please type your phone number or ask at the service desk.</source>
        <translation>这张卡无法识别。请输入手机号码，或到服务台咨询。</translation>
    </message>
</context>
</TS>

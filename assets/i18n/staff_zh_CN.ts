<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="62"/>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="75"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="63"/>
        <source>Show the number to call back</source>
        <translation>显示回访号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="64"/>
        <source>What was done (required to resolve or dismiss)</source>
        <translation>处理情况（办结或驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="68"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="69"/>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="70"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="133"/>
        <source>About: {v}</source>
        <translation>投诉对象：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="134"/>
        <source>What happened: {v}</source>
        <translation>投诉事由：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="136"/>
        <source>Status: {v}</source>
        <translation>状态：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="139"/>
        <source>Resolution: {v}</source>
        <translation>处理结果：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="145"/>
        <source>Call back: {phone}</source>
        <translation>回访电话：{phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="148"/>
        <source>Anonymous: no call-back.</source>
        <translation>匿名投诉，无法回访。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="161"/>
        <source>Write what was done first.</source>
        <translation>请先填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="176"/>
        <source>Complaint {ref} is now: {status}</source>
        <translation>投诉 {ref} 当前状态：{status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="133"/>
        <source>+ Log a complaint (call or visit)</source>
        <translation>+ 登记投诉（来电或来访）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="134"/>
        <source>New complaint: what is it about?</source>
        <translation>新投诉：投诉的对象是？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="140"/>
        <source>What happened, in the caller&apos;s words</source>
        <translation>事情经过（按投诉人的原话）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="141"/>
        <source>Phone to call back (empty: anonymous)</source>
        <translation>回访电话（不填即匿名）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="142"/>
        <source>Save complaint</source>
        <translation>保存投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="143"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="303"/>
        <source>Job title or employer… (empty: the latest postings)</source>
        <translation>岗位名称或用工单位…（不填：最近的岗位）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="305"/>
        <source>Employer&apos;s name contains…</source>
        <translation>用工单位名称包含…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="355"/>
        <source>Choose what it is about and what happened.</source>
        <translation>请选择投诉对象和投诉类型。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="361"/>
        <source>Choose the posting or the employer from the list.</source>
        <translation>请从列表中选出岗位或用工单位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="384"/>
        <source>Complaint {ref} is logged; its receipt is printing.</source>
        <translation>投诉 {ref} 已登记，回执正在打印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/complaints_screen.py" line="149"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="70"/>
        <source>Employers and job agents</source>
        <translation>用工单位与中介</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="71"/>
        <source>Name contains…</source>
        <translation>名称包含…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="72"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="74"/>
        <source>Verification, warnings and blacklist are decided by the city registry.</source>
        <translation>认证、警告和黑名单由市级平台认定，此处仅供查看。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="76"/>
        <source>Postings and complaints</source>
        <translation>岗位与投诉记录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="80"/>
        <source>Employers</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="121"/>
        <source>verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="121"/>
        <source>not verified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="126"/>
        <source>Licence no.: {v}</source>
        <translation>许可证号：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="127"/>
        <source>Standing: {v}; warnings: {n}</source>
        <translation>信用状态：{v}；警告次数：{n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="141"/>
        <source>Complaint {ref}: {category} ({status})</source>
        <translation>投诉 {ref}：{category}（{status}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="79"/>
        <source>Warnings, postings and complaints</source>
        <translation>警告、岗位和投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="133"/>
        <source>Warnings at this venue: {n}</source>
        <translation>本市场警告次数：{n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="141"/>
        <source>Venue warning ({ref}, {at}): {reason}</source>
        <translation>本市场警告（{ref}，{at}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/employers_screen.py" line="143"/>
        <source>Blacklisting proposed to the city ({ref}, {at}): {reason}</source>
        <translation>已提请市级列入黑名单（{ref}，{at}）：{reason}</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="53"/>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="71"/>
        <source>Staff tools</source>
        <translation>工作人员功能</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="55"/>
        <source>Post a job (quick form)</source>
        <translation>快速发布岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="56"/>
        <source>Review held postings</source>
        <translation>审核待审岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="57"/>
        <source>Matchmaking sessions</source>
        <translation>供需对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="58"/>
        <source>Employers and agents</source>
        <translation>用工单位与中介</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="59"/>
        <source>Workers and follow-ups</source>
        <translation>求职者与跟踪回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="60"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="61"/>
        <source>Training courses</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="62"/>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="63"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="64"/>
        <source>Registry sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu_screen.py" line="96"/>
        <source>Postings held for review: {n}. Follow-ups due today: {m}.</source>
        <translation>待审核岗位：{n} 个。今日待回访：{m} 项。</translation>
    </message>
</context>
<context>
    <name>NegotiationScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="123"/>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="145"/>
        <source>Negotiation record</source>
        <translation>洽谈记录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="124"/>
        <source>Posted terms</source>
        <translation>发布条件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="125"/>
        <source>Agreed terms</source>
        <translation>约定条件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="135"/>
        <source>Outcome</source>
        <translation>洽谈结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="138"/>
        <source>Save the agreed terms</source>
        <translation>保存约定条件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="139"/>
        <source>Worker confirms</source>
        <translation>求职者确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="140"/>
        <source>Employer confirms</source>
        <translation>用工方确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="141"/>
        <source>I witness it (staff)</source>
        <translation>本人见证（工作人员）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="205"/>
        <source>Frozen record {hash}. Both copies are queued for printing. Saving changes now makes a correction: a new record that points at this one.</source>
        <translation>记录已锁定 {hash}。两联已加入打印队列。现在保存修改将生成一条指向本记录的更正记录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="211"/>
        <source>This is a correction of an earlier record. It needs new confirmations.</source>
        <translation>这是对之前记录的更正，需要重新确认。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="216"/>
        <source>Worker: {w}   Employer: {e}   Staff witness: {s}</source>
        <translation>求职者：{w}&#x3000;用工方：{e}&#x3000;工作人员见证：{s}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="243"/>
        <source>Record and corrections: {list}</source>
        <translation>原记录及更正：{list}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="281"/>
        <source>A correction was made. Confirm it again, all three.</source>
        <translation>已生成更正记录，请三方重新确认。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="283"/>
        <source>Agreed terms saved.</source>
        <translation>约定条件已保存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/negotiation_screen.py" line="306"/>
        <source>Confirmed by all three: the record is frozen and printing.</source>
        <translation>三方均已确认：记录已锁定并正在打印。</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="244"/>
        <source>Employer *</source>
        <translation>用工单位 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="245"/>
        <source>Copy a posting</source>
        <translation>复制已有岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="246"/>
        <source>Occupation *</source>
        <translation>工种 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="247"/>
        <source>Pay *</source>
        <translation>工资 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="248"/>
        <source>Place *</source>
        <translation>工作地点 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="249"/>
        <source>Dates and hours *</source>
        <translation>日期与时间 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="250"/>
        <source>Headcount *</source>
        <translation>招聘人数 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="251"/>
        <source>Contact *</source>
        <translation>联系人 *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="252"/>
        <source>Title and description</source>
        <translation>标题与说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="253"/>
        <source>Deductions, meals, transport</source>
        <translation>扣款、餐食、交通</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="254"/>
        <source>More details (optional)</source>
        <translation>更多信息（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="255"/>
        <source>Employer name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="256"/>
        <source>Licence no. (job agents)</source>
        <translation>许可证号（中介必填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="257"/>
        <source>Employer phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="269"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="270"/>
        <source>Workplace address</source>
        <translation>工作地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="271"/>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="272"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="273"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="274"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="275"/>
        <source>Title (the occupation if left empty)</source>
        <translation>标题（不填则用工种名称）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="276"/>
        <source>What the work is, requirements</source>
        <translation>工作内容与要求</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="277"/>
        <source>Deductions from pay, if any</source>
        <translation>工资扣款（如有）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="278"/>
        <source>Meals</source>
        <translation>餐食</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="279"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="282"/>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="322"/>
        <source>+ New employer</source>
        <translation>＋ 新用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="284"/>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="330"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="346"/>
        <source>Choose an employer</source>
        <translation>请选择用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_form.py" line="421"/>
        <source>phone ends {tail}</source>
        <translation>尾号{tail}</translation>
    </message>
</context>
<context>
    <name>PostingScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="70"/>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="77"/>
        <source>Post a job</source>
        <translation>发布岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="71"/>
        <source>Save posting</source>
        <translation>保存岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="72"/>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="154"/>
        <source>Saved. The job “{title}” is open now.</source>
        <translation>已保存，岗位“{title}”已上线。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="172"/>
        <source>Clear everything typed in this form?</source>
        <translation>清空本表单中已填写的全部内容？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="173"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="174"/>
        <source>Yes, clear the form</source>
        <translation>确定清空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="251"/>
        <source>Pay cannot be negative: type the amount without a minus sign.</source>
        <translation>工资不能为负数：请输入不带负号的金额。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="259"/>
        <source>This venue proposed blacklisting this employer ({date}): {reason}</source>
        <translation>本场地已提议将此单位列入黑名单（{date}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="261"/>
        <source>This venue warned this employer ({date}): {reason}</source>
        <translation>本场地已警告此单位（{date}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="311"/>
        <source>Not saved: see the notes beside the fields.</source>
        <translation>未保存：请看各栏旁的提示。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/posting_screen.py" line="325"/>
        <source>“{title}” went to a supervisor for review ({reasons}). The form is ready for the next job.</source>
        <translation>“{title}”已交主管审核（{reasons}）。表单已清空，可以录入下一个岗位。</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="84"/>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="85"/>
        <source>Retry failed jobs</source>
        <translation>重试失败任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="86"/>
        <source>Reprint the chosen job</source>
        <translation>补打所选任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="87"/>
        <source>Job and referral slips print on</source>
        <translation>职位单和推荐单打印到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="88"/>
        <source>A4 records and posters print on</source>
        <translation>A4 记录和海报打印到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="89"/>
        <source>Queue tickets print on</source>
        <translation>排队号票打印到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="130"/>
        <source>{name} (system printer)</source>
        <translation>{name}（系统打印机）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="139"/>
        <source>Save as PDF files ({folder})</source>
        <translation>保存为 PDF 文件（{folder}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="171"/>
        <source>From now on this prints on {printer}.</source>
        <translation>从现在起打印到：{printer}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="195"/>
        <source>{failed} failed · {waiting} waiting · {printed} printed</source>
        <translation>失败 {failed} · 等待 {waiting} · 已打印 {printed}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="204"/>
        <source> (reprint)</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="222"/>
        <source>{n} failed jobs are being sent again.</source>
        <translation>已重新发送 {n} 个失败任务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="229"/>
        <source>Choose a job first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="235"/>
        <source>Reprint sent; it is marked as a reprint.</source>
        <translation>补打已发送，并标注“补打”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="136"/>
        <source>As set up: {printer}</source>
        <translation>按设置：{printer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="138"/>
        <source>No printer yet: documents wait here</source>
        <translation>尚未设打印机：单据在此等待</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_screen.py" line="228"/>
        <source>no printer is set for it: choose one below</source>
        <translation>未设打印机：请在下方选择</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="60"/>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="71"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="61"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="62"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="63"/>
        <source>This period</source>
        <translation>按所选时段</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="64"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="66"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="98"/>
        <source>Postings by status</source>
        <translation>按状态统计岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="99"/>
        <source>Postings by occupation</source>
        <translation>按工种统计岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="100"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="101"/>
        <source>Hires by day</source>
        <translation>每日成功就业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="112"/>
        <source>Registrations</source>
        <translation>新登记求职者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="113"/>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="114"/>
        <source>Agreements</source>
        <translation>达成一致</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="115"/>
        <source>Hires</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="116"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="117"/>
        <source>Graded workers served</source>
        <translation>已服务的帮扶对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="136"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="136"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="150"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="75"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="76"/>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="111"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="186"/>
        <source>From {start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="215"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="224"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="225"/>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="226"/>
        <source>File type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="227"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="228"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/reports_screen.py" line="208"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="64"/>
        <source>Postings held for review</source>
        <translation>待审核岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="65"/>
        <source>Approve: open it</source>
        <translation>通过并上线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="66"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="67"/>
        <source>Reason (required to reject)</source>
        <translation>原因（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="68"/>
        <source>Nothing is waiting for review.</source>
        <translation>暂无待审核岗位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="72"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="118"/>
        <source>Occupation: {v}</source>
        <translation>工种：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="119"/>
        <source>Pay: {v}</source>
        <translation>工资：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="121"/>
        <source>Place: {v}</source>
        <translation>地点：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="122"/>
        <source>Dates: {start} to {end}</source>
        <translation>日期：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="123"/>
        <source>Headcount: {n}</source>
        <translation>人数：{n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="128"/>
        <source>Deductions: {v}</source>
        <translation>扣款：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="134"/>
        <source>Why it was held:</source>
        <translation>待审原因：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="155"/>
        <source>Write the reason for rejecting it.</source>
        <translation>请填写驳回原因。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="167"/>
        <source>“{title}” is now: {status}</source>
        <translation>“{title}”当前状态：{status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="117"/>
        <source>Why (required to approve or reject)</source>
        <translation>理由（通过或驳回都须填写）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="119"/>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="120"/>
        <source>Pay (yuan)</source>
        <translation>工资（元）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="121"/>
        <source>Deductions</source>
        <translation>扣款说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="122"/>
        <source>Description</source>
        <translation>岗位描述</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="209"/>
        <source>Write the pay as a number, for example 220.</source>
        <translation>工资请填数字，例如 220。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="230"/>
        <source>Write why: the note is kept with who decided.</source>
        <translation>请填写理由：理由和审核人一并留档。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="251"/>
        <source>Save your corrections and open “{title}” to workers now?</source>
        <translation>保存修改并立即向求职者发布“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="253"/>
        <source>Open “{title}” to workers now?</source>
        <translation>立即向求职者发布“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="255"/>
        <source>Yes, approve</source>
        <translation>确认通过</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="257"/>
        <source>Reject “{title}”? It will not be shown to anyone.</source>
        <translation>驳回“{title}”吗？驳回后不会向任何人展示。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="258"/>
        <source>Yes, reject</source>
        <translation>确认驳回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="294"/>
        <source>(opened despite: {flags})</source>
        <translation>（经审核后发布，原提示：{flags}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/review_screen.py" line="128"/>
        <source>Correct the terms</source>
        <translation>修改条款</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="183"/>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="198"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="184"/>
        <source>Call next to this table</source>
        <translation>叫下一位到此桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="185"/>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="186"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="187"/>
        <source>Candidates and lottery</source>
        <translation>推荐人选与抽签</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="190"/>
        <source>Seated at the table</source>
        <translation>已入座</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="191"/>
        <source>Back to waiting</source>
        <translation>退回排队</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="192"/>
        <source>Record the negotiation</source>
        <translation>记录洽谈</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="193"/>
        <source>Worker: phone or card scan</source>
        <translation>求职者：手机号或扫卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="194"/>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="195"/>
        <source>Worker card code (scan)</source>
        <translation>求职卡号（扫码）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="196"/>
        <source>Check in the worker</source>
        <translation>求职者签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="197"/>
        <source>Employer: postings and table</source>
        <translation>用工方：岗位与桌号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="199"/>
        <source>Check in the employer</source>
        <translation>用工方签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="200"/>
        <source>Ranked candidates</source>
        <translation>推荐人选排序</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="201"/>
        <source>Run the lottery</source>
        <translation>进行抽签</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="202"/>
        <source>Re-run from the record</source>
        <translation>按记录复核抽签</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="207"/>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="243"/>
        <source>Session</source>
        <translation>对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="284"/>
        <source>No. {n}</source>
        <translation>{n} 号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="286"/>
        <source>table {t}</source>
        <translation>{t} 号桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="318"/>
        <source>Nobody is waiting.</source>
        <translation>没有人在排队。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="321"/>
        <source>No. {n} to table {t}</source>
        <translation>请 {n} 号到 {t} 号桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="329"/>
        <source>Choose a ticket first.</source>
        <translation>请先选择一个号码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="348"/>
        <source>Choose a called worker and a posting.</source>
        <translation>请选择已叫号的求职者和岗位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="362"/>
        <source>Enter the worker&apos;s phone or scan their card.</source>
        <translation>请输入求职者手机号或扫描求职卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="381"/>
        <source>No worker with that phone or card. Register them first.</source>
        <translation>没有找到该手机号或卡号的求职者，请先登记。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="387"/>
        <source>Checked in: number {n} ({lane}). The ticket is printing.</source>
        <translation>签到成功：{n} 号（{lane}），号票正在打印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="434"/>
        <source>Employer seated at table {t}.</source>
        <translation>用工方已安排在 {t} 号桌。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="454"/>
        <source>score {s}</source>
        <translation>匹配分 {s}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="459"/>
        <source>No waiting worker to rank.</source>
        <translation>没有排队的求职者可推荐。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="486"/>
        <source>Lottery record {id}</source>
        <translation>抽签记录 {id}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="487"/>
        <source>Seats: {n}; entries: {m}</source>
        <translation>名额：{n}；参与人数：{m}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="488"/>
        <source>Seed: {seed}</source>
        <translation>随机种子：{seed}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="489"/>
        <source>Winners:</source>
        <translation>中签者：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="509"/>
        <source>Re-run from the stored seed and entries: the same winners.</source>
        <translation>按保存的种子和名单复核：中签者相同。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/session_screen.py" line="511"/>
        <source>Re-run gives different winners: the record was changed.</source>
        <translation>复核结果不同：记录已被改动。</translation>
    </message>
    <message>
        <source>{title} · {employer} · {pay} · {dates} · {left} places left</source>
        <translation>{title} · {employer} · {pay} · {dates} · 剩 {left} 个名额</translation>
    </message>
    <message>
        <source>{when} · {places} places, {entries} in the draw, {winners} referred</source>
        <translation>{when} · {places} 个名额，{entries} 人参加，推荐 {winners} 人</translation>
    </message>
    <message>
        <source>no draw needed</source>
        <translation>无需抽签</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Drawn: {winners} of {entries} referred; their slips are printing.</source>
        <translation>已抽签：{entries} 人中推荐 {winners} 人，推荐单正在打印。</translation>
    </message>
    <message>
        <source>No draw needed: {entries} people for {places} places, everyone referred.</source>
        <translation>无需抽签：{entries} 人报名，{places} 个名额，全部推荐。</translation>
    </message>
    <message>
        <source>Second draw approved by {name}: {reason}</source>
        <translation>重新抽签由{name}批准：{reason}</translation>
    </message>
    <message>
        <source>Voided by a later draw; its referrals were withdrawn.</source>
        <translation>已被后一次抽签作废，其推荐已撤回。</translation>
    </message>
    <message>
        <source>Draws of this posting</source>
        <translation>该岗位的抽签记录</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <source>Supervisor's PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <source>Why draw again (required)</source>
        <translation>重新抽签的原因（必填）</translation>
    </message>
    <message>
        <source>Void and draw again</source>
        <translation>作废并重新抽签</translation>
    </message>
    <message>
        <source>This phone is not registered. Register the worker here, with their consent.</source>
        <translation>该手机号未登记。请在此为求职者登记（需本人同意）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Read to the worker: we keep your phone, name and year of birth so that staff and employers here can offer you jobs. They agree.</source>
        <translation>向求职者读出：我们保存您的手机号、姓名和出生年份，以便本市场的工作人员和用工单位为您介绍工作。本人同意。</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <source>No worker with that card. Try their phone.</source>
        <translation>没有找到持该卡的求职者，请改用手机号。</translation>
    </message>
    <message>
        <source>No worker with that phone: register them below.</source>
        <translation>没有该手机号的求职者，请在下方登记。</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>推荐所选人选</translation>
    </message>
    <message>
        <source>Record interest</source>
        <translation>代为登记意向</translation>
    </message>
    <message>
        <source>Choose a candidate in the ranked list first.</source>
        <translation>请先在排序名单中选择一位人选。</translation>
    </message>
    <message>
        <source>Referred; the referral slip is printing.</source>
        <translation>已推荐，推荐上岗单正在打印。</translation>
    </message>
    <message>
        <source>Interest recorded for the worker; the job slip is printing.</source>
        <translation>已代为登记意向，岗位信息单正在打印。</translation>
    </message>
    <message>
        <source>Close the session and print its summary</source>
        <translation>结束活动并打印小结</translation>
    </message>
    <message>
        <source>Session closed: {workers} workers, {employers} employers, {referrals} referrals, {hires} hires, {no_deals} no deal. The summary is printing.</source>
        <translation>活动已结束：求职者 {workers} 人，用工单位 {employers} 家，推荐 {referrals} 人，录用 {hires} 人，未达成 {no_deals} 人。小结正在打印。</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="55"/>
        <source>Matchmaking sessions</source>
        <translation>供需对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="56"/>
        <source>Start a new session</source>
        <translation>新建对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="59"/>
        <source>Title, e.g. Morning docking</source>
        <translation>名称，例如：上午对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="60"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="61"/>
        <source>Start the session</source>
        <translation>开始对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="62"/>
        <source>Open the chosen session</source>
        <translation>打开所选对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="66"/>
        <source>Sessions</source>
        <translation>对接会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sessions_screen.py" line="105"/>
        <source>Give the session a title.</source>
        <translation>请填写对接会名称。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="74"/>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="83"/>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="75"/>
        <source>For venue staff only. Enter your name and PIN.</source>
        <translation>仅限本场所工作人员。请输入姓名和密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="77"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="78"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="79"/>
        <source>Back to the worker kiosk</source>
        <translation>返回求职者服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="96"/>
        <source>You were signed out because nobody used the screen.</source>
        <translation>长时间无操作，已自动退出登录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="103"/>
        <source>Enter your name and PIN.</source>
        <translation>请输入姓名和密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="127"/>
        <source>Too many wrong PINs. This account is locked until {time}.</source>
        <translation>密码错误次数过多，账号已锁定至 {time}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="133"/>
        <source>Too many wrong PINs. This account is locked.</source>
        <translation>密码错误次数过多，账号已锁定。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="138"/>
        <source>Wrong name or PIN. {n} tries left before the account locks.</source>
        <translation>姓名或密码错误。再错 {n} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sign_in_screen.py" line="144"/>
        <source>Wrong name or PIN.</source>
        <translation>姓名或密码错误。</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="150"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="151"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/mode.py" line="155"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
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
    <name>StaffWords</name>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="33"/>
        <source>Administrator</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="35"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="36"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="41"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="42"/>
        <source>Held for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="43"/>
        <source>Open</source>
        <translation>招聘中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="44"/>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="45"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="46"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="47"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="55"/>
        <source>Charges the worker a fee or deposit (not allowed)</source>
        <translation>向求职者收费或收押金（不允许）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="58"/>
        <source>Keeps the worker&apos;s ID card (not allowed)</source>
        <translation>扣押求职者身份证（不允许）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="61"/>
        <source>Restricts by gender, ethnicity or home region (not allowed)</source>
        <translation>限制性别、民族或地域（不允许）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="64"/>
        <source>Pay far above the guide rate: a common lure</source>
        <translation>工资远高于指导价：常见诱骗手段</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="67"/>
        <source>Pay far below the guide rate</source>
        <translation>工资远低于指导价</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="68"/>
        <source>Job agent without a known licence</source>
        <translation>中介无有效许可证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="71"/>
        <source>Employer is blacklisted</source>
        <translation>用工单位已被列入黑名单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="72"/>
        <source>A term a worker must know is missing</source>
        <translation>缺少求职者必须知道的条件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="82"/>
        <location filename="../../kiosk/ui/staff/words.py" line="174"/>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="83"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="84"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="85"/>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="86"/>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="87"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="88"/>
        <source>Workplace</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="89"/>
        <source>Pay</source>
        <translation>工资</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="90"/>
        <source>Pay unit</source>
        <translation>计薪方式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="91"/>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="92"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="93"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="94"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="95"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="96"/>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="97"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="98"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="99"/>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="100"/>
        <source>Meals</source>
        <translation>餐食</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="101"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="102"/>
        <source>Safety and insurance</source>
        <translation>安全与保险</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="103"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="104"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="106"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="107"/>
        <source>Resolution note</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="108"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="109"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="110"/>
        <source>How the case ended</source>
        <translation>结案情况</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="111"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="119"/>
        <source>Settlement day</source>
        <translation>结算日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="125"/>
        <source>per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="127"/>
        <source>per piece</source>
        <translation>按件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="128"/>
        <source>per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="133"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="134"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="135"/>
        <source>At a table</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="136"/>
        <location filename="../../kiosk/ui/staff/words.py" line="256"/>
        <source>Agreed</source>
        <translation>达成一致</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="137"/>
        <location filename="../../kiosk/ui/staff/words.py" line="255"/>
        <source>No deal</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="138"/>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="145"/>
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="146"/>
        <source>Attention (1)</source>
        <translation>关注（1级）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="147"/>
        <source>Priority (2)</source>
        <translation>优先（2级）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="148"/>
        <source>Intensive (3)</source>
        <translation>重点（3级）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="156"/>
        <source>Aged 60 or over</source>
        <translation>60岁及以上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="157"/>
        <source>Aged 50 to 59</source>
        <translation>50至59岁</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="158"/>
        <source>Older worker (declared)</source>
        <translation>大龄（本人申报）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="161"/>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="162"/>
        <source>Low-income family</source>
        <translation>低收入家庭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="163"/>
        <source>Long-term unemployed</source>
        <translation>长期失业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="173"/>
        <source>Posting</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="175"/>
        <source>Worker</source>
        <translation>求职者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="176"/>
        <source>Application</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="177"/>
        <source>Training sign-up</source>
        <translation>培训报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="178"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="179"/>
        <source>Assistance case</source>
        <translation>帮扶个案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="180"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="181"/>
        <source>Negotiation record</source>
        <translation>洽谈记录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="182"/>
        <source>Training wish</source>
        <translation>培训意愿</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="189"/>
        <source>adding it</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="190"/>
        <source>the change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="191"/>
        <source>the status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="199"/>
        <source>Another kiosk changed it first; its version stands.</source>
        <translation>另一台终端先改了它，以先到的为准。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="202"/>
        <source>It was changed elsewhere in the meantime; make the change again.</source>
        <translation>这期间别处改过它，请重新修改一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="205"/>
        <source>The posting was suspended by the registry.</source>
        <translation>该岗位已被平台暂停。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="208"/>
        <source>The same record was already there (made at another kiosk).</source>
        <translation>平台上已有相同的记录（在另一台终端登记的）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="211"/>
        <source>Records of this kind cannot be changed, only added to.</source>
        <translation>这类记录不能修改，只能追加。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="214"/>
        <source>The registry does not have this record (it may have been removed).</source>
        <translation>平台上没有这条记录（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="217"/>
        <source>Something it refers to is missing at the registry.</source>
        <translation>它关联的记录在平台上不存在。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="220"/>
        <source>It belongs to another venue.</source>
        <translation>它属于另一个场地。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="223"/>
        <source>The registry found it incomplete or invalid.</source>
        <translation>平台认为它不完整或有误。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="229"/>
        <source>The registry refused it ({code}).</source>
        <translation>平台拒绝了它（{code}）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="237"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="243"/>
        <source>Closed</source>
        <comment>case</comment>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="244"/>
        <source>Open</source>
        <comment>case</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="249"/>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="250"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="261"/>
        <source>Mobile caravan</source>
        <translation>流动服务（大篷车）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="263"/>
        <source>Targeted recruitment</source>
        <translation>专场招聘</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="264"/>
        <source>On-site docking</source>
        <translation>现场对接</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="269"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="271"/>
        <source>Job agent (intermediary)</source>
        <translation>职业中介</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="272"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="277"/>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="279"/>
        <source>Warned</source>
        <translation>已警告</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="280"/>
        <source>In good standing</source>
        <translation>信用良好</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="285"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="286"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="287"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="288"/>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="295"/>
        <source>Warn the employer</source>
        <translation>警告该用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="297"/>
        <source>Ask the city to blacklist</source>
        <translation>提请市级列入黑名单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="298"/>
        <source>No action</source>
        <translation>不处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="303"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="304"/>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="305"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="306"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="313"/>
        <source>Job slip</source>
        <translation>岗位单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="314"/>
        <source>Referral slip</source>
        <translation>推荐单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="315"/>
        <source>Negotiation record (archive)</source>
        <translation>洽谈记录（存档联）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="318"/>
        <source>Negotiation record (worker copy)</source>
        <translation>洽谈记录（求职者联）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="321"/>
        <source>Queue ticket</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="322"/>
        <source>Worker card</source>
        <translation>求职卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="323"/>
        <source>Posting poster</source>
        <translation>岗位海报</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="324"/>
        <source>Training confirmation</source>
        <translation>培训报名确认单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="327"/>
        <source>Complaint receipt</source>
        <translation>投诉回执</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="337"/>
        <source>Has the skills: {detail}</source>
        <translation>具备技能：{detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="338"/>
        <source>Related trade: {detail}</source>
        <translation>相关工种：{detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="339"/>
        <source>No matching skills</source>
        <translation>技能不匹配</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="340"/>
        <source>Skills not given</source>
        <translation>未填写技能</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="341"/>
        <source>Works in {detail}</source>
        <translation>愿意在{detail}工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="342"/>
        <source>Prefers another district</source>
        <translation>希望在其他区县工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="343"/>
        <source>District not given</source>
        <translation>未填写区县</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="344"/>
        <source>Available on {detail}</source>
        <translation>{detail} 有空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="345"/>
        <source>Not available on {detail}</source>
        <translation>{detail} 没空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="346"/>
        <source>Availability not given</source>
        <translation>未填写空闲时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="347"/>
        <source>Pay meets expectation</source>
        <translation>工资符合期望</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="351"/>
        <source>Expected pay not given</source>
        <translation>未填写期望工资</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="352"/>
        <source>Pay not comparable</source>
        <translation>工资无法比较</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="353"/>
        <source>Speaks the language asked</source>
        <translation>会说所需语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="354"/>
        <source>Does not speak: {detail}</source>
        <translation>不会说：{detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="355"/>
        <source>Graded assistance (priority)</source>
        <translation>分级帮扶（优先）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="356"/>
        <source>{detail} days without a job</source>
        <translation>已 {detail} 天没有工作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="381"/>
        <source>Wrong name or PIN.</source>
        <translation>姓名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="382"/>
        <source>Too many wrong PINs: this account is locked. Try again later.</source>
        <translation>密码错误次数过多，账号已锁定，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="385"/>
        <source>Your role may not do this. Ask a supervisor.</source>
        <translation>您的权限不能进行此操作，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="388"/>
        <source>This record is frozen and already has a correction.</source>
        <translation>此记录已锁定，且已有更正记录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="391"/>
        <source>This case is closed. Open a new case if the worker needs help again.</source>
        <translation>这个个案已结案。求职者如需再次帮扶，请新建个案。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="394"/>
        <source>This cannot be done in the record&apos;s current state.</source>
        <translation>记录当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="397"/>
        <source>Pay is below the local minimum wage.</source>
        <translation>工资低于当地最低工资标准。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="400"/>
        <source>The date is in the past.</source>
        <translation>日期已过。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="403"/>
        <source>The end is before the start.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="406"/>
        <source>Headcount must be at least 1.</source>
        <translation>招聘人数至少为 1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>This is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="410"/>
        <source>Phone: 11 digits starting with 1.</source>
        <translation>手机号须为 1 开头的 11 位数字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="413"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="417"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>This posting is not open now (in review, rejected, closed, filled, suspended or past its date): nothing can be done to it.</source>
        <translation>该岗位当前未开放（审核中、已驳回、已关闭、已招满、已暂停或已过期），不能对其操作。</translation>
    </message>
    <message>
        <source>Referrals and hires already hold every place of this posting.</source>
        <translation>该岗位的名额已全部被推荐或录用占满。</translation>
    </message>
    <message>
        <source>This posting's lottery has been drawn. A new draw needs a supervisor and a reason.</source>
        <translation>该岗位已抽过签。重新抽签需要主管授权并填写原因。</translation>
    </message>
    <message>
        <source>Nobody is interested in this posting yet: there is nobody to draw.</source>
        <translation>还没有人报名该岗位，无人可抽。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="441"/>
        <source>the printer is stopped</source>
        <translation>打印机已暂停</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="442"/>
        <source>the printer refuses new jobs</source>
        <translation>打印机拒收新任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="443"/>
        <source>no such printer on this computer</source>
        <translation>本机没有这台打印机</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="444"/>
        <source>the print service is not running</source>
        <translation>打印服务未运行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="445"/>
        <source>the printer does not answer</source>
        <translation>打印机无应答</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="446"/>
        <source>the printer refused the job</source>
        <translation>打印机拒绝了此任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="447"/>
        <source>the PDF folder is not writable</source>
        <translation>PDF 文件夹无法写入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="448"/>
        <source>the printer setting is wrong</source>
        <translation>打印机设置有误</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="449"/>
        <source>the document cannot be drawn</source>
        <translation>单据无法生成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="451"/>
        <source>printer problem</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="460"/>
        <source>{problem} ({printer_says})</source>
        <translation>{problem}（{printer_says}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="469"/>
        <source>Printing: {document}…</source>
        <translation>正在打印：{document}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="473"/>
        <source>Printed: {document}</source>
        <translation>已打印：{document}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="478"/>
        <source>Not printed: {document}: {reason}</source>
        <translation>未打印：{document}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="481"/>
        <source>Waiting to print: {document}: {reason}; trying again</source>
        <translation>等待打印：{document}：{reason}；稍后自动重试</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="143"/>
        <source>The posting or employer the complaint is about</source>
        <translation>投诉针对的岗位或用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="529"/>
        <source>The city registry has blacklisted this employer: its postings cannot be approved.</source>
        <translation>该用工单位已被市级平台列入黑名单，其岗位不能审核通过。</translation>
    </message>
    <message>
        <source>Session summary (A4)</source>
        <translation>活动小结（A4）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="378"/>
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="270"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="380"/>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="405"/>
        <source>Pay meets expectation ({offered} offered, {expected} asked)</source>
        <translation>工资符合期望（提供 {offered}，期望 {expected}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>Pay below expectation ({expected} asked, {offered} offered)</source>
        <translation>工资低于期望（期望 {expected}，提供 {offered}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="409"/>
        <source>Pay below expectation</source>
        <translation>工资低于期望</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="60"/>
        <source>Missing: {field}</source>
        <translation>缺少：{field}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="78"/>
        <source>{why}: “{quote}”</source>
        <translation>{why}：“{quote}”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="455"/>
        <source>A phone number has digits only.</source>
        <translation>电话号码只能是数字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="458"/>
        <source>The number has {digits} digits; a mobile number has 11.</source>
        <translation>号码有 {digits} 位，手机号码应为 11 位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="462"/>
        <source>No mobile number starts with {start}: check the first digits.</source>
        <translation>没有以 {start} 开头的手机号码，请核对前两位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="69"/>
        <source>{why}
{pay}; guide {low}–{high} yuan a day</source>
        <translation>{why}
{pay}；指导价每天 {low}–{high} 元</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="73"/>
        <source>{why}
{pay} (about {day} yuan a day); guide {low}–{high} yuan a day</source>
        <translation>{why}
{pay}（折合每天 {day} 元）；指导价每天 {low}–{high} 元</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="594"/>
        <source>Downloading the city's jobs</source>
        <translation>正在下载全市岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="595"/>
        <source>Saving the jobs on this kiosk</source>
        <translation>正在存入本机</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="596"/>
        <source>Catching up with the registry</source>
        <translation>正在同步最新变更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="608"/>
        <source>{h} h {min} min</source>
        <translation>{h} 小时 {min} 分</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="614"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="616"/>
        <source>{min} min</source>
        <translation>{min} 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/words.py" line="617"/>
        <source>{min} min {s} s</source>
        <translation>{min} 分 {s} 秒</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="102"/>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="105"/>
        <source>Registry sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="106"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="137"/>
        <source>This kiosk is not enrolled: there is no registry to sync with.</source>
        <translation>本终端尚未接入平台，没有可同步的对象。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="141"/>
        <source>Syncing now. The figures above follow within a few seconds.</source>
        <translation>正在同步，上面的数字几秒内会更新。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="158"/>
        <source>This kiosk is enrolled as {device}.</source>
        <translation>本终端已接入平台，编号 {device}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="161"/>
        <source>Registry: online</source>
        <translation>平台：在线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="163"/>
        <source>Registry: offline. Everything works here and waits to be sent.</source>
        <translation>平台：离线。本机一切照常，数据等联网后再发送。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="168"/>
        <source>This kiosk is not enrolled with a registry: it works on its own. To connect it, enroll it with a code from the registry operator.</source>
        <translation>本终端尚未接入平台，目前单机工作。如需接入，请向平台管理员索取接入码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="174"/>
        <source>Last sync: {time}</source>
        <translation>上次同步：{time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="176"/>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="191"/>
        <source>This kiosk&apos;s clock is {seconds} s off the registry&apos;s; it signs with the registry&apos;s time.</source>
        <translation>本机时钟与平台相差 {seconds} 秒；同步时按平台的时间签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="178"/>
        <source>Changes waiting to be sent: {n}</source>
        <translation>待发送的变更：{n} 条</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="200"/>
        <source>This kiosk needs an update: the registry does not accept its version. Everything works here and changes wait until it is updated.</source>
        <translation>本机需要更新：平台不接受本机的版本。这里一切照常使用，变更会等到更新后再发出。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="181"/>
        <source>Changes have waited more than 5 minutes although the registry answers. Tell the registry operator.</source>
        <translation>平台能连上，但变更已等待超过 5 分钟仍未发出。请联系平台管理员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="186"/>
        <source>Last problem: {error}</source>
        <translation>最近的问题：{error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="189"/>
        <source>Changes the registry refused: {n} (this kiosk shows the registry&apos;s version)</source>
        <translation>被平台拒绝的变更：{n} 条（本机显示的是平台上的版本）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="194"/>
        <source>{record} “{label}”: {action} was refused. {reason}</source>
        <translation>{record}“{label}”：{action}被拒绝。{reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="220"/>
        <source>Records from the registry set aside: {n} (not used here until the registry sends them whole; tell the registry operator)</source>
        <translation>平台发来的记录已搁置：{n} 条（在平台发来完整版本之前本机不使用；请告知平台管理员）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="220"/>
        <source>{record} “{label}”: its field {field} is wrong or missing.</source>
        <translation>{record}“{label}”：字段 {field} 有误或缺失。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="226"/>
        <source>{record} “{label}”: waits for the record its field {field} names.</source>
        <translation>{record}“{label}”：在等字段 {field} 所指的记录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="314"/>
        <source>{phase}: {done} MB so far</source>
        <translation>{phase}：已 {done} MB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="316"/>
        <source>{phase}: {done} records so far</source>
        <translation>{phase}：已 {done} 条</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="321"/>
        <source>{phase}: {done} / {total} MB ({percent}%)</source>
        <translation>{phase}：{done} / {total} MB（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="323"/>
        <source>{phase}: {done} / {total} records ({percent}%)</source>
        <translation>{phase}：{done} / {total} 条（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_screen.py" line="330"/>
        <source>{progress} · about {time} left</source>
        <translation>{progress} · 约剩 {time}</translation>
    </message>
</context>
<context>
    <name>TrainingAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="124"/>
        <source>Training courses</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="125"/>
        <source>Courses (seats taken / seats)</source>
        <translation>课程（已报名 / 名额）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="126"/>
        <source>Enrollments and waiting list</source>
        <translation>报名与候补名单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="127"/>
        <source>Skills people want to learn</source>
        <translation>求职者想学的技能</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="128"/>
        <source>Cancel the chosen sign-up</source>
        <translation>取消所选报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="129"/>
        <source>Add a course</source>
        <translation>新增课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="133"/>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="134"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="135"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="136"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="137"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="138"/>
        <source>Subsidy</source>
        <translation>补贴说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="143"/>
        <source>Add course</source>
        <translation>添加课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="147"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="178"/>
        <source>{skill}: {n} asking</source>
        <translation>{skill}：{n} 人想学</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="191"/>
        <source>has a seat</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="192"/>
        <source>waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="193"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="201"/>
        <source>Choose a sign-up first.</source>
        <translation>请先选择一条报名记录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="213"/>
        <source>Sign-up cancelled.</source>
        <translation>报名已取消。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="215"/>
        <source>Sign-up cancelled; the first person waiting now has the seat.</source>
        <translation>报名已取消；候补第一位已获得名额。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/training_screen.py" line="233"/>
        <source>Course added: {title}</source>
        <translation>课程已添加：{title}</translation>
    </message>
    <message>
        <source>Worker's phone</source>
        <translation>求职者手机号</translation>
    </message>
    <message>
        <source>Enroll in the chosen course</source>
        <translation>报名所选课程</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>请先选择课程。</translation>
    </message>
    <message>
        <source>No worker with that phone. Register them first.</source>
        <translation>没有该手机号的求职者，请先登记。</translation>
    </message>
    <message>
        <source>The course is full: the worker is on the waiting list.</source>
        <translation>课程已满，已列入候补名单。</translation>
    </message>
    <message>
        <source>Enrolled; the confirmation is printing.</source>
        <translation>已报名，确认单正在打印。</translation>
    </message>
</context>
<context>
    <name>WorkersScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="130"/>
        <source>Workers and follow-ups</source>
        <translation>求职者与跟踪回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="131"/>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="132"/>
        <source>Worker card (scan)</source>
        <translation>求职卡（扫码）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="133"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="134"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="135"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="136"/>
        <source>Assistance cases</source>
        <translation>帮扶个案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="137"/>
        <source>Plan for a new case</source>
        <translation>新个案的帮扶计划</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="139"/>
        <source>Follow-up note</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="140"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="141"/>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="142"/>
        <source>Due on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="143"/>
        <source>Follow-ups due today</source>
        <translation>今日待回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="144"/>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="145"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="150"/>
        <source>Workers</source>
        <translation>求职者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="218"/>
        <source>No worker with that phone or card.</source>
        <translation>没有找到该手机号或卡号的求职者。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="259"/>
        <source>Skills: {v}</source>
        <translation>技能：{v}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="260"/>
        <source>Assistance grade: {g}; reasons: {r}</source>
        <translation>帮扶等级：{g}；原因：{r}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="280"/>
        <source>Opened {date} · {status} · {grade}
Plan: {plan}</source>
        <translation>{date} 开案 · {status} · {grade}
计划：{plan}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="287"/>
        <source>Closed {date}: {outcome}</source>
        <translation>{date} 结案：{outcome}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="309"/>
        <source>Follow-ups: open a case first</source>
        <translation>回访：请先新建个案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="309"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="314"/>
        <source>Follow-ups of the case opened {date}</source>
        <translation>{date} 开案的个案的回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="316"/>
        <source>Follow-ups of the closed case opened {date}</source>
        <translation>{date} 开案（已结案）的回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="360"/>
        <source>Case opened: new follow-ups go to it.</source>
        <translation>个案已建立，新的回访将记入该个案。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="385"/>
        <source>Write in the note what came of the case, then close it.</source>
        <translation>请先在回访内容里写明结案情况，再结案。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="400"/>
        <source>Case closed. Its follow-ups are off the due list.</source>
        <translation>已结案，它的回访已从待回访名单中移除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="407"/>
        <source>Follow-up added.</source>
        <translation>回访已添加。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="320"/>
        <source>due {d}</source>
        <translation>{d} 到期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="138"/>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="320"/>
        <source>no due date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="323"/>
        <source>done {t}</source>
        <translation>{t} 已完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/workers_screen.py" line="342"/>
        <source>Correction saved (recorded in the audit log).</source>
        <translation>更正已保存（已记入审计日志）。</translation>
    </message>
    <message>
        <source>or name</source>
        <translation>或姓名</translation>
    </message>
    <message>
        <source>Several workers have that name: choose one.</source>
        <translation>有多位同名求职者，请选择一位。</translation>
    </message>
    <message>
        <source>No worker with that phone, card or name.</source>
        <translation>没有找到该手机号、卡号或姓名的求职者。</translation>
    </message>
</context>
</TS>

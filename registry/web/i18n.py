"""Words of the public pages in Simplified Chinese and English, and which one a reader gets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.domain.not_stated import NOT_STATED_EN, NOT_STATED_ZH

LANGS = ("zh_CN", "en")
DEFAULT_LANG = "zh_CN"
LANG_COOKIE = "lang"

# key -> (zh_CN, en). Placeholders are filled after translation, never before.
_TEXTS: dict[str, tuple[str, str]] = {
    "site_name": ("零工市场 · 公共招聘信息", "Gig market · public job board"),
    "nav_jobs": ("找工作", "Jobs"),
    "nav_venues": ("零工市场", "Venues"),
    "nav_feeds": ("数据订阅", "Feeds"),
    "switch_lang": ("English", "中文"),
    "free_for_seekers": ("本市场不向求职者收取任何费用", "This market never charges job seekers"),
    "free_detail": (
        "任何人以押金、服装费、体检费等名义向您收费，都请拒绝并拨打热线 {hotline} 投诉。",
        "If anyone asks you for a deposit or money for a uniform or a medical check, refuse "
        "and call the hotline {hotline}.",
    ),
    "hotline": ("服务热线", "Hotline"),
    "board_title": ("今日零工岗位", "Gig jobs today"),
    "board_count": ("共 {total} 个在招岗位", "{total} open jobs"),
    "filter_district": ("区域", "District"),
    "filter_occupation": ("工种", "Type of work"),
    "filter_date": ("上工日期", "Working on"),
    "filter_pay": ("日薪不低于（元）", "Day pay at least (yuan)"),
    "filter_any": ("不限", "Any"),
    "filter_apply": ("筛选", "Filter"),
    "filter_clear": ("清除筛选", "Clear filters"),
    "no_results": ("没有符合条件的岗位，请换个条件试试。", "No jobs match. Try other filters."),
    "page_of": ("第 {page} / {pages} 页", "Page {page} of {pages}"),
    "prev": ("上一页", "Previous"),
    "next": ("下一页", "Next"),
    "openings": ("招 {n} 人", "{n} wanted"),
    "verified": ("已核验", "Verified"),
    "verified_employer": ("已核验的用人单位", "Verified employer"),
    "unverified_employer": ("用人单位尚未核验", "Employer not yet verified"),
    "unit_day": ("元/天", "yuan/day"),
    "unit_hour": ("元/小时", "yuan/hour"),
    "unit_piece": ("元/件", "yuan/piece"),
    "settle_same_day": ("当天结算", "paid the same day"),
    "settle_weekly": ("按周结算", "paid weekly"),
    "settle_on_completion": ("完工后结算", "paid when the work is done"),
    "term_pay": ("工资", "Pay"),
    "term_settlement": ("结算方式", "When you are paid"),
    "term_dates": ("工作日期", "Dates"),
    "term_hours": ("工作时间", "Hours"),
    "term_place": ("工作地点", "Place of work"),
    "term_openings": ("招聘人数", "People wanted"),
    "term_openings_value": ("{left} 人（共 {total} 人）", "{left} (of {total})"),
    "term_meals": ("餐食", "Meals"),
    "term_transport": ("交通", "Transport"),
    "term_deductions": ("扣款", "Deductions"),
    # A term the employer left blank: the same words as on paper, never "none" (issue 13).
    "term_not_stated": (NOT_STATED_ZH, NOT_STATED_EN),
    "term_requirements": ("要求", "Requirements"),
    "term_description": ("工作内容", "The work"),
    "term_occupation": ("工种", "Type of work"),
    "term_contact": ("联系人", "Contact"),
    "term_employer": ("用人单位", "Employer"),
    "term_valid": ("信息有效期至", "Listed until"),
    "term_reference": ("岗位编号", "Job number"),
    "dates_one": ("{start}（1 天）", "{start} (1 day)"),
    "dates_many": ("{start} 至 {end}（{days} 天）", "{start} to {end} ({days} days)"),
    "go_to_venue": ("去哪里报名", "Where to go"),
    "scan_to_keep": ("用手机扫码，保存这个岗位", "Scan with your phone to keep this job"),
    "go_to_venue_hint": (
        "带上身份证到以下零工市场服务台，工作人员免费帮您对接。",
        "Bring your ID card to the service desk of this venue; staff put you in touch for free.",
    ),
    "any_venue": ("全市任一零工市场均可办理", "Any gig market venue in the city can help"),
    "status_open": ("正在招聘", "Open"),
    "status_filled": ("已招满", "Filled"),
    "status_closed": ("已结束招聘", "Closed"),
    "status_suspended": (
        "已暂停：此岗位正在核查，请勿前往或交钱",
        "Suspended: this job is under review. Do not go there and do not pay anyone",
    ),
    "status_expired": ("已过期：此岗位不再招聘", "Expired: this job is no longer open"),
    "status_not_published": ("尚未发布", "Not published"),
    "notice_suspended": (
        "本岗位已被零工市场暂停。如有人以此岗位名义联系您，请拨打 {hotline}。",
        "The market has suspended this job. If someone contacts you about it, call {hotline}.",
    ),
    "notice_expired": (
        "本岗位已过有效期，不再招聘。请看看其他在招岗位。",
        "This job has passed its listing date and is no longer open. See the open jobs.",
    ),
    "notice_closed": ("本岗位已停止招聘。", "This job is no longer taking people."),
    "notice_filled": ("本岗位已招满。", "All places on this job are taken."),
    "back_to_board": ("返回岗位列表", "Back to all jobs"),
    # verification
    "verify_title": ("凭证核验", "Document check"),
    "verdict_valid": ("真实凭证", "Genuine"),
    "verdict_valid_detail": (
        "此凭证由零工市场的登记设备签发，内容未被改动。",
        "This document was issued by a registered market device and has not been changed.",
    ),
    "verdict_tampered": ("凭证被篡改", "Tampered"),
    "verdict_tampered_detail": (
        "二维码的签名对不上：凭证内容被改动过，或是伪造的。"
        "请不要相信上面的内容，并拨打 {hotline}。",
        "The QR code's signature does not match: the document was changed or forged. Do not rely "
        "on it, and call {hotline}.",
    ),
    "verdict_unknown_device": ("签发设备未知", "Unknown issuing device"),
    "verdict_unknown_device_detail": (
        "签发此凭证的设备不在本市零工市场登记之列。请不要相信上面的内容，并拨打 {hotline}。",
        "The device that issued this document is not registered with the city's gig markets. "
        "Do not rely on it, and call {hotline}.",
    ),
    "verdict_revoked": ("签发设备已被吊销", "Issuing device revoked"),
    "verdict_revoked_detail": (
        "签发此凭证的设备密钥已被吊销，它签发的凭证一律不再可信。请到零工市场服务台核实。",
        "The key of the device that issued this document was revoked; nothing it signed can be "
        "trusted. Please check at a venue's service desk.",
    ),
    "verdict_digest_mismatch": ("内容与登记不符", "Does not match the record"),
    "verdict_digest_mismatch_detail": (
        "签名有效，但纸上的条款与零工市场现在登记的不同（可能已被更正）。请以下方登记内容为准。",
        "The signature is good, but the printed terms differ from what the market now holds "
        "(perhaps corrected since). Rely on the record below.",
    ),
    "verdict_malformed": ("不是有效的凭证", "Not a valid document"),
    "verdict_malformed_detail": (
        "这个二维码不是零工市场签发的凭证，或者没有扫完整。请重新扫描。",
        "This QR code is not a document issued by the gig market, or was not read in full. "
        "Please scan it again.",
    ),
    "doc_summary": ("凭证内容", "What the document says"),
    "doc_kind": ("凭证类型", "Document"),
    "doc_reference": ("凭证编号", "Number"),
    "doc_issued": ("签发时间", "Issued"),
    "doc_issuer": ("签发地点", "Issued at"),
    "doc_status": ("当前状态", "Status now"),
    "doc_not_compared": (
        "零工市场没有此凭证的登记记录，条款未比对。",
        "The registry holds no record for this document; its terms were not compared.",
    ),
    "doc_superseded": (
        "此记录已被一份更正后的记录取代。",
        "This record has been replaced by a corrected record.",
    ),
    "doc_current": ("此记录是最新的。", "This record is the latest."),
    "doc_see_posting": ("查看岗位当前信息", "See the job as it is now"),
    "kind_job_slip": ("岗位单", "Job slip"),
    "kind_referral_slip": ("推荐单", "Referral slip"),
    "kind_negotiation_record": ("洽谈记录（存档）", "Negotiation record"),
    "kind_negotiation_copy": ("洽谈记录（求职者联）", "Negotiation record (worker's copy)"),
    "kind_queue_ticket": ("排队号", "Queue ticket"),
    "kind_worker_card": ("求职卡", "Worker card"),
    "kind_posting_poster": ("岗位海报", "Job poster"),
    "kind_training_confirmation": ("培训报名确认", "Training confirmation"),
    "kind_complaint_receipt": ("投诉回执", "Complaint receipt"),
    "outcome_agreed": ("达成一致", "Agreed"),
    "outcome_no_deal": ("未达成", "No deal"),
    # venues
    "venues_title": ("零工市场与服务站点", "Gig market venues"),
    "venues_none": ("暂无登记的零工市场。", "No venues are registered yet."),
    "venue_address": ("地址", "Address"),
    "venue_hours": ("开放时间", "Opening hours"),
    "venue_hours_default": ("周一至周日 08:00-18:00", "Every day 08:00-18:00"),
    "venue_service": ("服务内容", "What we do for you"),
    "venue_service_items": (
        "岗位发布与查询|现场招聘与洽谈|洽谈记录见证|技能培训报名|困难群体优先服务",
        "Job listings and search|On-site hiring and negotiation|Witnessed negotiation records|"
        "Training sign-up|Priority for workers who need help",
    ),
    "venue_rules": ("市场规则", "Rules of this market"),
    "venue_rules_default": (
        "本市场所有服务对求职者免费，任何人不得收取押金、服装费或体检费。|"
        "任何人不得扣押您的身份证。|"
        "所有岗位均经工作人员审核，工资不得低于当地最低工资标准。|"
        "上工前先谈好工资和时间，工作人员可为双方记录并签字确认。|"
        "老年人、残疾人和低收入家庭可在服务台申请优先服务。",
        "Every service here is free for job seekers. Nobody may charge you a fee, a deposit or "
        "money for a uniform or a medical check.|Nobody may keep your ID card.|Every job here is "
        "checked by staff. Pay must not be below the local minimum wage.|Agree the pay and the "
        "hours before you start. Staff can write down what you agreed and both sides sign it.|"
        "Older workers, people with a disability and families with a low income can ask for "
        "priority at the service desk.",
    ),
    "venue_complaints": ("投诉渠道", "How to complain"),
    "venue_complaints_default": (
        "现场服务台|服务热线 {hotline}|自助终端“我要投诉”",
        'The service desk on site|The hotline {hotline}|"Make a complaint" on the kiosk',
    ),
    "venue_complaint_process": ("投诉怎么处理", "How we handle a complaint"),
    "venue_complaint_process_items": (
        "您说明情况，可以匿名。|您会拿到一张带编号的回执。|"
        "工作人员在 3 个工作日内核查，可以禁止违规用人单位发布岗位。|"
        "如您留了电话，我们会回电告知结果。",
        "You tell us what happened. You can stay anonymous.|You get a receipt with a reference "
        "number.|Staff look into it within 3 working days and can stop a bad employer from "
        "posting jobs.|If you left a phone number, we call you back with the result.",
    ),
    "venue_jobs": ("本站点在招岗位", "Open jobs at this venue"),
    "venue_jobs_count": ("{n} 个", "{n}"),
    # errors
    "not_found_title": ("找不到这个页面", "Page not found"),
    "not_found_detail": (
        "您要找的岗位或站点不存在，可能已被删除。",
        "The job or venue you are looking for does not exist or was removed.",
    ),
    "bad_request_title": ("请求无效", "Bad request"),
    "bad_request_detail": (
        "链接中的筛选条件无法识别，请返回重新选择。",
        "The filters in this link could not be read. Please go back and choose again.",
    ),
    "feeds_title": ("数据订阅", "Feeds"),
    "feeds_intro": (
        "其他平台可以订阅本市零工岗位（每分钟更新）：",
        "Other platforms can take the city's gig jobs (updated every minute):",
    ),
    "footer_note": (
        "零工市场公共就业服务 · 本页面不收集任何个人信息",
        "Public employment service · this site collects no personal data",
    ),
}


@dataclass(frozen=True, slots=True)
class Translator:
    lang: str

    def __call__(self, key: str, **values: object) -> str:
        pair = _TEXTS.get(key)
        if pair is None:
            return key
        text = pair[1] if self.lang == "en" else pair[0]
        return text.format(**values) if values else text

    def items(self, key: str, **values: object) -> list[str]:
        """A list stored as one '|'-separated text (rules, steps)."""
        return self(key, **values).split("|")

    @property
    def html_lang(self) -> str:
        return "en" if self.lang == "en" else "zh-CN"

    @property
    def other(self) -> str:
        return "zh_CN" if self.lang == "en" else "en"


def normalise(value: str) -> str | None:
    """A supported language code for a ?lang= or cookie value, or None."""
    v = value.strip().replace("-", "_").lower()
    if v in ("en", "en_us", "en_gb"):
        return "en"
    if v in ("zh", "zh_cn", "zh_hans"):
        return "zh_CN"
    return None


def from_accept_language(header: str) -> str:
    """The best of our languages for an Accept-Language header (q-values honoured)."""
    best, best_q = DEFAULT_LANG, -1.0
    for order, part in enumerate(header[:500].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        primary = tag.strip().lower().split("-")[0]
        lang = "en" if primary == "en" else "zh_CN" if primary == "zh" else None
        # Earlier entries win ties, as the header lists them in preference order.
        if lang and q > best_q and q > 0:
            best, best_q = lang, q - order * 1e-6
    return best


def choose(query_lang: str, cookies: Mapping[str, str], accept: str) -> tuple[str, bool]:
    """(language, whether to remember it in the cookie): ?lang= beats cookie beats header."""
    asked = normalise(query_lang) if query_lang else None
    if asked:
        return asked, True
    kept = normalise(cookies.get(LANG_COOKIE, ""))
    if kept:
        return kept, False
    return from_accept_language(accept), False

"""Intake screening: hold a posting for review when it shows a known fraud or an unlawful term."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from kiosk.domain.catalogue import OCCUPATIONS
from kiosk.domain.model import (
    Employer,
    EmployerKind,
    EmployerStatus,
    PayUnit,
    Posting,
    PostingStatus,
    ScreeningFlag,
)

FEE_CHARGED = "fee_charged"
ID_WITHHELD = "id_withheld"
DISCRIMINATION = "discrimination"
PAY_FAR_ABOVE = "pay_far_above"
PAY_FAR_BELOW = "pay_far_below"
INTERMEDIARY_UNLICENSED = "intermediary_unlicensed"
EMPLOYER_BLACKLISTED = "employer_blacklisted"
MISSING_TERMS = "missing_terms"

FLAG_CODES: tuple[str, ...] = (
    FEE_CHARGED,
    ID_WITHHELD,
    DISCRIMINATION,
    PAY_FAR_ABOVE,
    PAY_FAR_BELOW,
    INTERMEDIARY_UNLICENSED,
    EMPLOYER_BLACKLISTED,
    MISSING_TERMS,
)

# The free-text fields a fraudster writes in. Fees hide in deductions ("扣体检费100元") too.
TEXT_FIELDS: tuple[str, ...] = ("title", "description", "requirements", "deductions")


def _default_bands() -> dict[str, tuple[Decimal, Decimal]]:
    return {occ.code: occ.guide_pay_day for occ in OCCUPATIONS}


@dataclass(slots=True, kw_only=True)
class ScreeningPolicy:
    """What the venue screens against; built from config and the registry's lists.

    `licensed_intermediaries` holds the licence numbers of the 人力资源服务许可证 holders the
    registry knows. While it is empty every intermediary is held for review: a licence nobody
    has checked is no licence.
    """

    guide_bands: Mapping[str, tuple[Decimal, Decimal]] = field(default_factory=_default_bands)
    far_above_factor: Decimal = Decimal("2")
    far_below_factor: Decimal = Decimal("0.6")
    hours_per_day: Decimal = Decimal("8")
    licensed_intermediaries: frozenset[str] = frozenset()
    blacklisted_employer_ids: frozenset[str] = frozenset()


# ---------------------------------------------------------------- text patterns

FEE_TERMS: tuple[str, ...] = (
    "押金",
    "保证金",
    "体检费",
    "服装费",
    "工服费",
    "培训费",
    "中介费",
    "介绍费",
    "报名费",
    "资料费",
    "medical examination fee",
    "medical check fee",
    "medical exam fee",
    "registration fee",
    "placement fee",
    "training fee",
    "uniform fee",
    "agency fee",
    "deposit",
)


def _term(term: str) -> str:
    # Latin terms match whole words only ("deposit", "deposits", not "deposited").
    return rf"\b{re.escape(term)}s?\b" if term.isascii() else re.escape(term)


_FEE = re.compile("|".join(_term(t) for t in FEE_TERMS), re.IGNORECASE)

_ID_WITHHELD = re.compile(
    r"扣押身份证|扣留身份证|扣身份证|押身份证|身份证押|身份证(?:原件)?(?:作|做|当)押"
    r"|抵押证件|扣押证件|押证件|证件(?:抵押|押)"
    r"|身份证(?:原件)?(?:交|放|留)(?:在|给)?(?:公司|老板|我们|单位)(?:保管|处)?"
    r"|\b(?:keep|hold|retain|take)s?\s+(?:your|the|workers'?)\s+(?:id|identity)(?:\s+card)?s?\b"
    r"|\b(?:id|identity)(?:\s+card)?s?\s+(?:as|for)\s+(?:a\s+)?(?:deposit|collateral)\b"
    r"|\bsurrender\s+(?:your\s+)?(?:id|identity)(?:\s+card)?\b",
    re.IGNORECASE,
)

_PROVINCES = (
    "北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
    "|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|东北|外地|外省|外来|农村"
)

# Gender: an explicit restriction or preference by gender is flagged ("限男性", "只招女",
# "男性优先", "性别：男"), because the 2019 MOHRSS notice on gender discrimination in recruitment
# (人社部发〔2019〕17号) forbids both. Describing the work as physically demanding ("重体力活",
# "能吃苦") is not flagged: it states the job, not who may do it. "男女不限" is fine.
_GENDER = (
    r"(?<![不男女])(?:仅|只)?限(?:于)?[男女](?![女男])(?:性|士|工|生)?"
    r"|(?:只|仅)(?:招|要|收|录用?)[男女](?![女男])(?:性|士|工|生)?"
    r"|不(?:招|要|收|录用?)[男女](?![女男])(?:性|士|工|生)?"
    r"|(?<![男女])[男女](?:性|士|生)?(?:优先|勿扰|免谈|不要)"
    r"|性别[:：]?\s*[男女](?![女男]|\s*不限)"
    r"|\b(?:males?|females?|men|women)\s+only\b|\bonly\s+(?:males?|females?|men|women)\b"
    r"|\bno\s+(?:females|males|women|men)\b|\b(?:males?|females?|men|women)\s+preferred\b"
)
# Ethnicity: 就业促进法 art. 28 forbids it outright.
_ETHNICITY = (
    r"(?<!不)(?:仅|只)?限汉族|(?:只|仅)(?:招|要|收|录用?)汉族|汉族优先"
    r"|不(?:招|要|收|录用?)[\u4e00-\u9fff]{0,4}族(?:人)?"
    r"|(?:少数民族|[\u4e00-\u9fff]{1,3}族)(?:人)?(?:勿扰|免谈|不要)"
    r"|\bhan(?:\s+chinese)?\s+only\b|\bno\s+(?:ethnic\s+)?minorit(?:y|ies)\b"
)
# Region and household registration (户籍): "不招河南人", "外地人勿扰", "限本地户口".
_REGION = (
    r"(?<!不)(?:仅|只)?限(?:于)?(?:本地|本市|本省|当地|城镇)(?:户口|户籍|人|居民)"
    r"|(?:只|仅)(?:招|要|收|录用?)(?:本地|本市|本省|当地|城镇)"
    r"|(?:本地|本市|本省|当地|城镇)(?:户口|户籍|人)优先"
    rf"|不(?:招|要|收|录用?)(?:{_PROVINCES})(?:(?:籍|户口|户籍)?人|籍|户口|户籍)"
    rf"|(?:{_PROVINCES})(?:籍|户口|户籍)?(?:人)?(?:勿扰|免谈|不要|谢绝)"
    rf"|谢绝(?:{_PROVINCES})(?:(?:籍|户口|户籍)?人|籍|户口|户籍)"
    r"|\blocals?\s+only\b|\bonly\s+locals?\b"
    r"|\blocal\s+(?:hukou|household\s+registration|residents?)\s+(?:only|required|preferred)\b"
    r"|\bno\s+(?:outsiders|migrants|migrant\s+workers)\b"
)
_DISCRIMINATION = re.compile(rf"{_GENDER}|{_ETHNICITY}|{_REGION}", re.IGNORECASE)

# A fee or ID term is not a charge when the same clause denies it ("无押金", "不收取任何押金",
# "no deposit", "deposit: none"). Clauses end at these marks; "、" joins a list and does not.
# When in doubt the flag stays: a false flag costs a reviewer a minute, a missed one costs a worker.
_CLAUSE_END = re.compile(r"[。；;！!？?\n，,]|\.(?!\d)")
_NEGATION_BEFORE = re.compile(
    r"无|没有|不|免|零|拒绝|杜绝|严禁|禁止|谢绝|从未|"
    r"\b(?:no|without|zero|never|not|don't|doesn't|won't|free\s+of)\b",
    re.IGNORECASE,
)
_FILLER = (
    r"(?:[\s、/&,和或及与]|任何|一切|收取|收|交纳|缴纳|交|缴|需要|需|须|要|用|会|得|要求|额外|其他|的|乱"
    r"|向(?:求职者|劳动者|工人|员工|应聘者|你|您)|扣押|扣|押"
    r"|\b(?:any|a|an|the|for|of|or|and|to|charge[sd]?|pay|paid|collect(?:ed)?|require[sd]?|required"
    r"|need(?:ed)?|ask(?:ed)?|take|taken|upfront|extra|other|fees?|such|as|keep|hold|your|we|will"
    r"|do|does|is|are|be)\b"
    rf"|{'|'.join(_term(t) for t in FEE_TERMS)})*"
)
_FILLER_RE = re.compile(rf"{_FILLER}\s*", re.IGNORECASE)
_NEGATION_AFTER = re.compile(
    r"\s*(?:[:：]|为|是)?\s*(?:全免|免收|免除|不收|(?:无|没有|免|零|0(?:\.0+)?\s*(?:元|yuan|rmb)?)\s*$"
    r"|-?free\b|none\b|nil\b|waived\b|not\s+(?:required|charged)\b)",
    re.IGNORECASE,
)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for mark in _CLAUSE_END.finditer(text, 0, start):
        left = mark.end()
    right_mark = _CLAUSE_END.search(text, end)
    right = right_mark.start() if right_mark else len(text)
    return left, right


def _negated(text: str, start: int, end: int) -> bool:
    """True when the clause around text[start:end] says the thing is not there or not charged."""
    left, right = _clause_bounds(text, start, end)
    for neg in _NEGATION_BEFORE.finditer(text, left, start):
        gap = text[neg.end() : start]
        if _FILLER_RE.fullmatch(gap):
            return True
    return _NEGATION_AFTER.match(text, end, right) is not None


def _quote(text: str, start: int, end: int, width: int = 40) -> str:
    """The clause around a match, trimmed to `width` characters around it, for the reviewer."""
    left, right = _clause_bounds(text, start, end)
    clause_start = max(left, min(start, end - width))
    clause_end = min(right, max(end, clause_start + width))
    return text[clause_start:clause_end].strip()


def _scan(
    posting: Posting, pattern: re.Pattern[str], code: str, *, negatable: bool
) -> list[ScreeningFlag]:
    flags: list[ScreeningFlag] = []
    for name in TEXT_FIELDS:
        text = getattr(posting, name) or ""
        for match in pattern.finditer(text):
            if negatable and _negated(text, match.start(), match.end()):
                continue
            flag = ScreeningFlag(code=code, field=name, detail=_quote(text, *match.span()))
            if flag not in flags:
                flags.append(flag)
    return flags


def find_fees(text: str) -> list[str]:
    """The fee terms `text` charges the worker, negated mentions ("无押金") left out."""
    return [m.group(0) for m in _FEE.finditer(text) if not _negated(text, m.start(), m.end())]


# ---------------------------------------------------------------- the checks


def _day_rate(posting: Posting, policy: ScreeningPolicy) -> Decimal | None:
    if posting.pay_amount is None or posting.pay_amount <= 0:
        return None
    if posting.pay_unit == PayUnit.DAY:
        return Decimal(posting.pay_amount)
    if posting.pay_unit == PayUnit.HOUR:
        return Decimal(posting.pay_amount) * policy.hours_per_day
    return None


@dataclass(frozen=True, slots=True)
class PayCheck:
    """What a pay flag found: the pay offered, its day rate and the guide band (yuan a day).

    A flag's detail is stored and synced as text, so it carries these as numbers only
    (`encode`); the screen words them in the staff's language (`decode`)."""

    amount: Decimal
    unit: PayUnit
    day_rate: Decimal
    low: Decimal
    high: Decimal

    def encode(self) -> str:
        """E.g. "800 day 800 180 260": amount, unit, day rate, guide band."""
        day, low, high = (f"{n.normalize():f}" for n in (self.day_rate, self.low, self.high))
        return f"{self.amount.normalize():f} {self.unit.value} {day} {low} {high}"

    @classmethod
    def decode(cls, detail: str) -> PayCheck | None:
        """The numbers of a pay flag's detail; None for one stored before they were kept so."""
        parts = detail.split()
        if len(parts) != 5 or parts[1] not in {u.value for u in PayUnit}:
            return None
        try:
            amount, day_rate, low, high = (Decimal(p) for p in (parts[0], *parts[2:]))
        except ArithmeticError:
            return None
        return cls(amount, PayUnit(parts[1]), day_rate, low, high)


def _pay_flags(posting: Posting, policy: ScreeningPolicy) -> list[ScreeningFlag]:
    # Far above the band is the classic lure ("日薪800，轻松"); far below is exploitation.
    band = policy.guide_bands.get(posting.occupation_code)
    day = _day_rate(posting, policy)
    if band is None or day is None:
        return []
    low, high = band
    detail = PayCheck(Decimal(posting.pay_amount), posting.pay_unit, day, low, high).encode()
    if day > high * policy.far_above_factor:
        return [ScreeningFlag(code=PAY_FAR_ABOVE, field="pay_amount", detail=detail)]
    if day < low * policy.far_below_factor:
        return [ScreeningFlag(code=PAY_FAR_BELOW, field="pay_amount", detail=detail)]
    return []


def _employer_flags(
    posting: Posting, employer: Employer, policy: ScreeningPolicy
) -> list[ScreeningFlag]:
    flags: list[ScreeningFlag] = []
    if employer.kind == EmployerKind.INTERMEDIARY:
        licence = employer.licence_no.strip()
        if not licence:
            flags.append(
                ScreeningFlag(code=INTERMEDIARY_UNLICENSED, field="employer_id", detail="")
            )
        elif licence not in policy.licensed_intermediaries:
            flags.append(
                ScreeningFlag(code=INTERMEDIARY_UNLICENSED, field="employer_id", detail=licence)
            )
    if employer.status == EmployerStatus.BLACKLISTED or (
        {employer.id, posting.employer_id} & policy.blacklisted_employer_ids
    ):
        flags.append(
            ScreeningFlag(code=EMPLOYER_BLACKLISTED, field="employer_id", detail=employer.name)
        )
    return flags


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _missing_terms(posting: Posting) -> list[ScreeningFlag]:
    # What a worker must know before walking to the site: pay, when it is paid, where, when,
    # and whom to call. A post missing one is how "details on arrival" scams begin.
    missing: list[str] = []
    if _blank(posting.pay_amount) or posting.pay_amount <= 0 or _blank(posting.pay_unit):
        missing.append("pay_amount")
    for name in ("settlement", "workplace", "start_date", "end_date", "contact_phone"):
        if _blank(getattr(posting, name)):
            missing.append(name)
    return [ScreeningFlag(code=MISSING_TERMS, field=name, detail=name) for name in missing]


def screen_posting(
    posting: Posting, employer: Employer, policy: ScreeningPolicy
) -> list[ScreeningFlag]:
    """Every reason to hold `posting` for review, in a stable order; empty means it may go live."""
    return [
        *_scan(posting, _FEE, FEE_CHARGED, negatable=True),
        *_scan(posting, _ID_WITHHELD, ID_WITHHELD, negatable=True),
        *_scan(posting, _DISCRIMINATION, DISCRIMINATION, negatable=False),
        *_pay_flags(posting, policy),
        *_employer_flags(posting, employer, policy),
        *_missing_terms(posting),
    ]


def status_after_screening(flags: Iterable[ScreeningFlag]) -> PostingStatus:
    """Any flag sends the posting to staff review; a clean posting opens at once."""
    return PostingStatus.PENDING_REVIEW if any(True for _ in flags) else PostingStatus.OPEN

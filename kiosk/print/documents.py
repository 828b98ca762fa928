"""Every printed document as a pure function: plain data + labels in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from kiosk.domain.model import VENUE_TZ
from kiosk.domain.negotiation import TERM_KEYS
from kiosk.domain.validation import mask_name, mask_phone
from kiosk.print.labels import Labels
from kiosk.print.layout import (
    A4_PRINTABLE,
    A4_PRINTABLE_HEIGHT,
    ROLL_PRINTABLE,
    Styles,
    boxed,
    flow_height,
    gap,
    para,
    qr_code,
    render_a4,
    render_roll,
    rows_table,
    rule,
    styles,
)
from kiosk.print.session_summary import SessionSummaryDoc, render_session_summary

# Poster title sizes (pt, body size of the title style), largest first: the first that keeps
# the poster on one page is used.
POSTER_TITLE_SIZES = (30, 26, 22, 18, 15, 12)
# 34 mm with a 4-module quiet zone leaves a symbol of about 30 mm: at least 25 mm on paper.
SLIP_QR = 34 * mm
LABEL_COL = 19 * mm
# The worker's copy of a record: 9 pt labels up to 6 characters (见证工作人员) on one line.
COPY_LABEL_COL = 21 * mm
_NO_PAD = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


# ---------------------------------------------------------------- input data


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentMeta:
    """What every document prints besides its own content: venue, number, time, QR, reprint."""

    venue_name: str
    hotline: str
    reference: str
    issued_at: datetime
    device_id: str
    qr_url: str = ""
    reprint: bool = False
    tz: tzinfo = VENUE_TZ


@dataclass(frozen=True, slots=True, kw_only=True)
class JobTerms:
    """A job as printed: the terms a worker relies on. Phones are masked when printed."""

    title: str
    employer_name: str
    employer_verified: bool
    pay_amount: Decimal
    pay_unit: str
    settlement: str
    start_date: date
    end_date: date
    start_time: time | None = None
    end_time: time | None = None
    district: str = ""
    workplace: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    headcount: int = 0
    meals: str = ""
    transport: str = ""
    deductions: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class JobSlip:
    meta: DocumentMeta
    job: JobTerms


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralSlip:
    """The worker prints masked (王** 139****1111): the slip travels in their pocket and passes
    through the employer's hands; the worker shows their ID card where it matters."""

    meta: DocumentMeta
    job: JobTerms
    worker_name: str
    worker_phone: str
    report_place: str
    report_when: str


@dataclass(frozen=True, slots=True, kw_only=True)
class NegotiationRecord:
    """Both copies of a negotiation: the A4 archive copy and the worker's 80 mm copy.

    The archive copy, filed at the venue beside the signatures, names the worker in full: it is
    the evidence in a wage dispute and must say who agreed. The worker's copy masks the name.
    """

    meta: DocumentMeta
    job_title: str
    employer_name: str
    worker_name: str
    worker_phone: str
    session_title: str
    posted: Mapping[str, str]
    agreed: Mapping[str, str]
    outcome: str
    worker_confirmed_at: datetime | None
    employer_confirmed_at: datetime | None
    witness: str
    record_hash: str
    worker_copy: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueTicket:
    meta: DocumentMeta
    number: int
    session_title: str
    place: str
    lane: str
    party: str
    ahead: int
    wait_minutes: int
    table_no: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkerCard:
    """The QR holds only the opaque card code, never a name or phone; the name prints masked,
    since a card lost at the market must not tell a stranger whose it is."""

    meta: DocumentMeta
    display_name: str
    card_code: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PostingPoster:
    """`public_url` "" (no registry known): no page to open, so no QR; the poster sends
    readers to the service desk instead of printing a code that opens nothing."""

    meta: DocumentMeta
    job: JobTerms
    public_url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainingConfirmation:
    meta: DocumentMeta
    course_title: str
    provider: str
    starts_on: date
    ends_on: date
    schedule: str
    place: str
    status: str
    subsidy_text: str = ""
    # Printed masked, like every worker-facing paper.
    worker_name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ComplaintReceipt:
    meta: DocumentMeta
    category: str
    target: str
    received_at: datetime
    anonymous: bool = True
    target_name: str = ""


Document = (
    JobSlip
    | ReferralSlip
    | NegotiationRecord
    | QueueTicket
    | WorkerCard
    | PostingPoster
    | TrainingConfirmation
    | ComplaintReceipt
    | SessionSummaryDoc
)


# ---------------------------------------------------------------- formatting


def _t(labels: Labels, key: str, **values: Any) -> str:
    """A label filled after translation; a missing key prints the key, never crashes a print."""
    text = labels.get(key, key)
    return text.format(**values) if values else text


def amount_text(amount: Decimal) -> str:
    """260.00 -> "260", 25.50 -> "25.5": money as a person writes it."""
    text = f"{amount.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pay_text(amount: Decimal, unit: str, labels: Labels) -> str:
    return f"{amount_text(amount)} {_t(labels, 'unit_' + unit)}"


def dates_text(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} ~ {end.isoformat()}"


def times_text(start: time | None, end: time | None) -> str:
    if start is None and end is None:
        return ""
    return f"{start.strftime('%H:%M') if start else ''}-{end.strftime('%H:%M') if end else ''}"


def local_text(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def stated(value: str, labels: Labels) -> str:
    """A term as printed: what the employer wrote, or "not stated" (never "none": a worker in a
    wage dispute must not hold paper that says no deductions were agreed)."""
    return value if value.strip() else _t(labels, "not_stated")


def _place(job: JobTerms) -> str:
    return " ".join(p for p in (job.district, job.workplace) if p)


def _employer(job: JobTerms, labels: Labels) -> str:
    return job.employer_name + _t(labels, "verified" if job.employer_verified else "unverified")


def _contact(name: str, phone: str) -> str:
    return " ".join(p for p in (name, mask_phone(phone)) if p)


def _job_rows(job: JobTerms, labels: Labels, *, with_pay: bool) -> list[tuple[str, str]]:
    rows = [(_t(labels, "employer"), _employer(job, labels))]
    if with_pay:
        rows.append((_t(labels, "pay"), pay_text(job.pay_amount, job.pay_unit, labels)))
    rows.append((_t(labels, "settlement"), _t(labels, "settle_" + job.settlement)))
    rows.append((_t(labels, "dates"), dates_text(job.start_date, job.end_date)))
    rows.append((_t(labels, "time"), stated(times_text(job.start_time, job.end_time), labels)))
    rows.append((_t(labels, "place"), stated(_place(job), labels)))
    if job.headcount:
        rows.append((_t(labels, "headcount"), _t(labels, "headcount_value", count=job.headcount)))
    for key, value in (
        ("meals", job.meals),
        ("transport", job.transport),
        ("deductions", job.deductions),
    ):
        rows.append((_t(labels, key), stated(value, labels)))
    contact = _contact(job.contact_name, job.contact_phone)
    if contact:
        rows.append((_t(labels, "contact"), contact))
    return rows


# ---------------------------------------------------------------- shared blocks


def _header(
    meta: DocumentMeta, title_key: str, labels: Labels, st: Styles, number_key: str = ""
) -> list[Flowable]:
    out: list[Flowable] = [para(meta.venue_name, st.center), para(_t(labels, title_key), st.title)]
    if number_key:
        # The number staff and workers quote on the phone: large, right under the title.
        out.append(para(f"{_t(labels, number_key)} {meta.reference}", st.notice))
    if meta.reprint:
        out.append(boxed([para(_t(labels, "reprint"), st.notice)], 30 * mm))
    return out


def _notice(meta: DocumentMeta, labels: Labels, st: Styles, width: float) -> Flowable:
    return boxed(
        [
            para(_t(labels, "notice_free"), st.notice),
            para(_t(labels, "hotline", hotline=meta.hotline), st.center),
        ],
        width,
    )


def _issue_rows(meta: DocumentMeta, labels: Labels, number_key: str) -> list[tuple[str, str]]:
    # The venue, in words a worker knows; the terminal's id is for the archive copy only.
    return [
        (_t(labels, number_key), meta.reference),
        (_t(labels, "issued"), local_text(meta.issued_at, meta.tz)),
        (_t(labels, "issued_by"), meta.venue_name),
    ]


def _roll_footer(
    meta: DocumentMeta, labels: Labels, st: Styles, *, number_key: str = "reference"
) -> list[Flowable]:
    out: list[Flowable] = [rule(ROLL_PRINTABLE, dash=(2, 2))]
    if meta.qr_url:
        out += [qr_code(meta.qr_url, SLIP_QR), para(_t(labels, "verify_hint"), st.center)]
    out += [
        gap(1),
        rows_table(_issue_rows(meta, labels, number_key), st, _cols(), value_style=st.small),
        gap(1.5),
        _notice(meta, labels, st, ROLL_PRINTABLE),
    ]
    return out


def _cols(label: float = LABEL_COL, total: float = ROLL_PRINTABLE) -> tuple[float, float]:
    return (label, total - label)


# ---------------------------------------------------------------- 80 mm documents


def render_job_slip(doc: JobSlip, labels: Labels) -> bytes:
    st = styles()
    job = doc.job
    flow: list[Flowable] = [
        *_header(doc.meta, "job_slip_title", labels, st, "slip_no"),
        rule(ROLL_PRINTABLE),
        para(job.title, st.big),
        para(pay_text(job.pay_amount, job.pay_unit, labels), st.big),
        gap(1),
        rows_table(_job_rows(job, labels, with_pay=False), st, _cols()),
        *_roll_footer(doc.meta, labels, st, number_key="slip_no"),
    ]
    return render_roll(flow, title=f"{_t(labels, 'job_slip_title')} {doc.meta.reference}")


def render_referral_slip(doc: ReferralSlip, labels: Labels) -> bytes:
    st = styles()
    job = doc.job
    worker = _contact(mask_name(doc.worker_name), doc.worker_phone)
    flow: list[Flowable] = [
        *_header(doc.meta, "referral_title", labels, st, "slip_no"),
        rule(ROLL_PRINTABLE),
        rows_table([(_t(labels, "worker"), worker)], st, _cols()),
        para(job.title, st.big),
        para(pay_text(job.pay_amount, job.pay_unit, labels), st.big),
        gap(1),
        rows_table(
            [
                (_t(labels, "report_to"), doc.report_place or _place(job)),
                (_t(labels, "report_when"), doc.report_when),
                *_job_rows(job, labels, with_pay=False),
            ],
            st,
            _cols(),
        ),
        gap(1),
        para(_t(labels, "referral_note"), st.small),
        *_roll_footer(doc.meta, labels, st, number_key="slip_no"),
    ]
    return render_roll(flow, title=f"{_t(labels, 'referral_title')} {doc.meta.reference}")


def render_queue_ticket(doc: QueueTicket, labels: Labels) -> bytes:
    st = styles()
    rows = [
        (_t(labels, "session"), doc.session_title),
        (_t(labels, "session_place"), stated(doc.place, labels)),
        (_t(labels, "party"), _t(labels, "party_" + doc.party)),
        (_t(labels, "lane"), _t(labels, "lane_" + doc.lane)),
    ]
    if doc.table_no is not None:
        rows.append((_t(labels, "table"), str(doc.table_no)))
    flow: list[Flowable] = [
        *_header(doc.meta, "ticket_title", labels, st),
        para(f"{doc.number:03d}", st.huge),
        para(_t(labels, "lane_" + doc.lane), st.notice),
        gap(1),
        para(_t(labels, "ahead", count=doc.ahead), st.center),
        para(_t(labels, "wait", minutes=doc.wait_minutes), st.center),
        rule(ROLL_PRINTABLE),
        rows_table(rows, st, _cols()),
        para(_t(labels, "ticket_hint"), st.small),
        *_roll_footer(doc.meta, labels, st),
    ]
    return render_roll(flow, title=f"{_t(labels, 'ticket_title')} {doc.number:03d}")


def render_worker_card(doc: WorkerCard, labels: Labels) -> bytes:
    st = styles()
    flow: list[Flowable] = [
        *_header(doc.meta, "card_title", labels, st),
        rule(ROLL_PRINTABLE),
        rows_table(
            [
                (_t(labels, "name"), mask_name(doc.display_name)),
                (_t(labels, "card_no"), doc.card_code),
            ],
            st,
            _cols(),
        ),
        gap(1),
        qr_code(doc.card_code, SLIP_QR),
        para(_t(labels, "card_hint"), st.small),
        gap(1.5),
        rows_table(
            [(_t(labels, "issued"), local_text(doc.meta.issued_at, doc.meta.tz))],
            st,
            _cols(),
            value_style=st.small,
        ),
        _notice(doc.meta, labels, st, ROLL_PRINTABLE),
    ]
    return render_roll(flow, title=_t(labels, "card_title"))


def render_training_confirmation(doc: TrainingConfirmation, labels: Labels) -> bytes:
    st = styles()
    rows = [
        (_t(labels, "course"), doc.course_title),
        (_t(labels, "provider"), stated(doc.provider, labels)),
        (_t(labels, "dates"), dates_text(doc.starts_on, doc.ends_on)),
        (_t(labels, "schedule"), stated(doc.schedule, labels)),
        (_t(labels, "training_place"), stated(doc.place, labels)),
    ]
    if doc.subsidy_text:
        rows.append((_t(labels, "subsidy"), doc.subsidy_text))
    if doc.worker_name:
        rows.insert(0, (_t(labels, "worker"), mask_name(doc.worker_name)))
    flow: list[Flowable] = [
        *_header(doc.meta, "training_title", labels, st),
        rule(ROLL_PRINTABLE),
        para(_t(labels, doc.status), st.big),
        gap(1),
        rows_table(rows, st, _cols()),
        *_roll_footer(doc.meta, labels, st),
    ]
    return render_roll(flow, title=f"{_t(labels, 'training_title')} {doc.meta.reference}")


def render_complaint_receipt(doc: ComplaintReceipt, labels: Labels) -> bytes:
    st = styles()
    about = _t(labels, "target_" + doc.target)
    if doc.target_name:
        about = f"{about}: {doc.target_name}"
    rows = [
        (_t(labels, "complaint_about"), about),
        (_t(labels, "complaint_category"), _t(labels, "category_" + doc.category)),
        (_t(labels, "received_at"), local_text(doc.received_at, doc.meta.tz)),
    ]
    flow: list[Flowable] = [
        *_header(doc.meta, "complaint_title", labels, st),
        rule(ROLL_PRINTABLE),
        para(f"{_t(labels, 'reference')} {doc.meta.reference}", st.big),
        gap(1),
        rows_table(rows, st, _cols()),
        para(_t(labels, "anonymous"), st.small) if doc.anonymous else gap(0),
        gap(1),
        para(_t(labels, "complaint_next"), st.body),
        *_roll_footer(doc.meta, labels, st),
    ]
    return render_roll(flow, title=f"{_t(labels, 'complaint_title')} {doc.meta.reference}")


# ---------------------------------------------------------------- negotiation record


def _term_label(key: str, labels: Labels) -> str:
    return labels.get("term_" + key, key)


def term_value(key: str, value: str, labels: Labels) -> str:
    """Stored term values are codes and numbers; print them in the reader's words."""
    if not value.strip():
        return _t(labels, "not_stated")
    if key == "pay_unit":
        return labels.get("unit_" + value, value)
    if key == "settlement":
        return labels.get("settle_" + value, value)
    if key == "pay_amount":
        try:
            return amount_text(Decimal(value))
        except ArithmeticError:
            return value
    return value


def _term_rows(doc: NegotiationRecord, labels: Labels) -> tuple[list[list[str]], list[int]]:
    """(label, posted, agreed) rows in a stable order, and which rows changed."""
    order = list(TERM_KEYS)
    keys = [k for k in order if k in doc.posted or k in doc.agreed]
    keys += sorted((set(doc.posted) | set(doc.agreed)) - set(order))
    rows, changed = [], []
    for i, key in enumerate(keys):
        posted = term_value(key, doc.posted.get(key, ""), labels)
        agreed = term_value(key, doc.agreed.get(key, ""), labels)
        mark = ""
        if doc.posted.get(key, "") != doc.agreed.get(key, ""):
            changed.append(i)
            mark = " *"
        rows.append([_term_label(key, labels) + mark, posted, agreed])
    return rows, changed


def _terms_table(
    doc: NegotiationRecord, labels: Labels, st: Styles, widths: Sequence[float]
) -> Table:
    rows, changed = _term_rows(doc, labels)
    head = [_t(labels, "term"), _t(labels, "posted"), _t(labels, "agreed")]
    data = [[para(c, st.label) for c in head]]
    data += [[para(r[0], st.label), para(r[1], st.body), para(r[2], st.body)] for r in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), "#DDDDDD"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ]
    # A changed term is shaded so nobody overlooks it (and it survives a black-and-white copy).
    style += [("BACKGROUND", (2, i + 1), (2, i + 1), "#EEEEEE") for i in changed]
    table.setStyle(TableStyle(style))
    return table


def _confirmation_text(at: datetime | None, labels: Labels, tz: tzinfo) -> str:
    if at is None:
        return _t(labels, "not_confirmed")
    return _t(labels, "confirmed_at", at=local_text(at, tz))


def _signature_block(
    title: str, confirmed: str, labels: Labels, st: Styles, width: float
) -> Flowable:
    # Leave room to sign by hand: the kiosk confirmation does not replace a signature on paper.
    return boxed(
        [
            para(title, st.label),
            para(confirmed, st.small),
            gap(9),
            para(f"{_t(labels, 'date_line')}: ____________", st.small),
        ],
        width,
    )


def _record_parties(doc: NegotiationRecord, labels: Labels) -> list[tuple[str, str]]:
    name = mask_name(doc.worker_name) if doc.worker_copy else doc.worker_name
    rows = [
        (_t(labels, "job"), doc.job_title),
        (_t(labels, "employer"), doc.employer_name),
        (_t(labels, "worker"), _contact(name, doc.worker_phone)),
    ]
    if doc.session_title:
        rows.insert(0, (_t(labels, "session"), doc.session_title))
    rows.append((_t(labels, "outcome"), _t(labels, "outcome_" + doc.outcome)))
    return rows


def render_negotiation_record(doc: NegotiationRecord, labels: Labels) -> bytes:
    """A4 archive copy: posted and agreed terms side by side, signatures, witness, record hash."""
    if doc.worker_copy:
        return render_negotiation_copy(doc, labels)
    st = styles(10.5)
    meta = doc.meta
    half = (A4_PRINTABLE - 6 * mm) / 2
    head_left: list[Flowable] = [
        para(meta.venue_name, st.body),
        para(_t(labels, "record_title"), st.big),
        para(_t(labels, "archive_copy"), st.small),
        gap(2),
        rows_table(
            [
                *_issue_rows(meta, labels, "reference"),
                (_t(labels, "issued_device"), meta.device_id),
            ],
            st,
            (26 * mm, 70 * mm),
        ),
    ]
    if meta.reprint:
        head_left.insert(2, boxed([para(_t(labels, "reprint"), st.notice)], 40 * mm))
    qr: Flowable = qr_code(meta.qr_url, 40 * mm) if meta.qr_url else gap(1)
    header = Table(
        [[head_left, [qr, para(_t(labels, "verify_hint"), st.small)]]],
        colWidths=[A4_PRINTABLE - 46 * mm, 46 * mm],
    )
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_NO_PAD]))
    signatures = Table(
        [
            [
                _signature_block(
                    _t(labels, "worker_confirm"),
                    _confirmation_text(doc.worker_confirmed_at, labels, meta.tz),
                    labels,
                    st,
                    half,
                ),
                _signature_block(
                    _t(labels, "employer_confirm"),
                    _confirmation_text(doc.employer_confirmed_at, labels, meta.tz),
                    labels,
                    st,
                    half,
                ),
            ]
        ],
        colWidths=[half + 6 * mm, half],
    )
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_NO_PAD]))
    flow: list[Flowable] = [
        header,
        rule(A4_PRINTABLE),
        rows_table(_record_parties(doc, labels), st, (26 * mm, A4_PRINTABLE - 26 * mm)),
        gap(3),
        _terms_table(
            doc, labels, st, (40 * mm, (A4_PRINTABLE - 40 * mm) / 2, (A4_PRINTABLE - 40 * mm) / 2)
        ),
        para(_t(labels, "changed_legend"), st.small),
        gap(5),
        KeepTogether(
            [
                signatures,
                gap(4),
                rows_table(
                    [
                        (_t(labels, "witness"), f"{doc.witness}   ____________"),
                        (_t(labels, "record_hash"), doc.record_hash),
                    ],
                    st,
                    (26 * mm, A4_PRINTABLE - 26 * mm),
                    value_style=st.small,
                ),
                gap(5),
                _notice(meta, labels, styles(12), A4_PRINTABLE),
            ]
        ),
    ]
    return render_a4(flow, title=f"{_t(labels, 'record_title')} {meta.reference}")


def render_negotiation_copy(doc: NegotiationRecord, labels: Labels) -> bytes:
    """The worker's 80 mm copy of the same record."""
    st = styles(9)
    meta = doc.meta
    third = (ROLL_PRINTABLE - COPY_LABEL_COL) / 2
    flow: list[Flowable] = [
        *_header(meta, "record_copy_title", labels, st),
        rule(ROLL_PRINTABLE),
        rows_table(_record_parties(doc, labels), st, _cols(COPY_LABEL_COL)),
        gap(1),
        _terms_table(doc, labels, st, (COPY_LABEL_COL, third, third)),
        para(_t(labels, "changed_legend"), st.small),
        gap(1),
        rows_table(
            [
                (
                    _t(labels, "worker"),
                    _confirmation_text(doc.worker_confirmed_at, labels, meta.tz),
                ),
                (
                    _t(labels, "employer"),
                    _confirmation_text(doc.employer_confirmed_at, labels, meta.tz),
                ),
                (_t(labels, "witness"), doc.witness),
                (_t(labels, "record_hash"), doc.record_hash),
            ],
            st,
            _cols(COPY_LABEL_COL),
            value_style=st.small,
        ),
        *_roll_footer(meta, labels, st),
    ]
    return render_roll(flow, title=f"{_t(labels, 'record_copy_title')} {meta.reference}")


# ---------------------------------------------------------------- poster


def render_posting_poster(doc: PostingPoster, labels: Labels) -> bytes:
    """A4 poster for a QR board: readable from a few metres, QR to the public posting page."""
    # Long titles shrink so title, pay and QR always share one page.
    for size in POSTER_TITLE_SIZES:
        flow = _poster_flow(doc, labels, size)
        if flow_height(flow, A4_PRINTABLE) <= A4_PRINTABLE_HEIGHT:
            break
    return render_a4(flow, title=f"{_t(labels, 'poster_hiring')} {doc.job.title}")


def _poster_flow(doc: PostingPoster, labels: Labels, title_size: float) -> list[Flowable]:
    st = styles(15)
    job = doc.job
    flow: list[Flowable] = [
        para(doc.meta.venue_name, st.center),
        para(_t(labels, "poster_hiring"), st.title),
        gap(2),
        para(job.title, styles(title_size).title),
        gap(2),
        para(pay_text(job.pay_amount, job.pay_unit, labels), styles(34).title),
        gap(4),
        rows_table(
            [
                (_t(labels, "employer"), _employer(job, labels)),
                (_t(labels, "settlement"), _t(labels, "settle_" + job.settlement)),
                (_t(labels, "dates"), dates_text(job.start_date, job.end_date)),
                (_t(labels, "time"), stated(times_text(job.start_time, job.end_time), labels)),
                (_t(labels, "place"), stated(_place(job), labels)),
            ],
            st,
            (36 * mm, A4_PRINTABLE - 36 * mm),
        ),
        gap(4),
        *_poster_code(doc, labels, st),
        gap(4),
        _notice(doc.meta, labels, styles(16), A4_PRINTABLE),
    ]
    if doc.meta.reprint:
        flow.insert(1, boxed([para(_t(labels, "reprint"), st.notice)], 60 * mm))
    return flow


def _poster_code(doc: PostingPoster, labels: Labels, st: Styles) -> list[Flowable]:
    if not doc.public_url:
        return [boxed([para(_t(labels, "poster_ask_desk"), st.notice)], A4_PRINTABLE)]
    return [qr_code(doc.public_url, 62 * mm), para(_t(labels, "poster_scan"), st.center)]


# ---------------------------------------------------------------- dispatch

_RENDERERS: dict[type, Callable[[Any, Labels], bytes]] = {
    JobSlip: render_job_slip,
    ReferralSlip: render_referral_slip,
    NegotiationRecord: render_negotiation_record,
    QueueTicket: render_queue_ticket,
    WorkerCard: render_worker_card,
    PostingPoster: render_posting_poster,
    TrainingConfirmation: render_training_confirmation,
    ComplaintReceipt: render_complaint_receipt,
    SessionSummaryDoc: render_session_summary,
}


def render(doc: Document, labels: Labels) -> bytes:
    """PDF bytes of any document."""
    return _RENDERERS[type(doc)](doc, labels)


def is_roll(doc: Document) -> bool:
    """True for 80 mm roll documents, False for A4 (record archive copy, poster)."""
    if isinstance(doc, NegotiationRecord):
        return doc.worker_copy
    return not isinstance(doc, PostingPoster | SessionSummaryDoc)

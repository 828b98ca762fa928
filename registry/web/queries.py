"""Read-only views of the registry's records for the public pages, kept in an in-memory snapshot.

Posting fields live in the records' JSON `data`, which has no indexes to filter on; reading and
decoding 10,000 postings per board request would blow the page budget. The snapshot is built
once, then brought up to date from the change log (`seq > last seen`) at each request, so a
moderation is visible on the next page load without re-reading everything.
"""

from __future__ import annotations

import bisect
import json
import threading
import time as monotime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from kiosk.domain.contract import Entity
from kiosk.domain.model import VENUE_TZ, Channel, PayUnit, Posting, PostingStatus, Settlement
from registry.db import Database
from registry.tables import ChangeLog, Device, Record, Venue

PUBLIC_ENTITIES = (Entity.POSTING, Entity.EMPLOYER, Entity.VENUE)
# Past this many changed records a full reload is cheaper than one query per batch.
FULL_RELOAD_AFTER = 2000
# How often the open set is recomputed without any change (postings expire by the clock).
OPEN_SET_TTL_S = 30.0
HOURS_PER_DAY = 8
FILTER_CACHE_SIZE = 64
DEFAULT_HOTLINE = "12333"


class PublicStatus(StrEnum):
    """What a reader is told about a posting (the stored status, with the clock applied)."""

    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
    NOT_PUBLISHED = "not_published"


@dataclass(frozen=True, slots=True)
class EmployerView:
    id: str
    name: str
    verified: bool
    blacklisted: bool


@dataclass(frozen=True, slots=True)
class VenueView:
    id: str
    name: str
    district: str
    region: str
    address: str
    hours: str
    hotline: str
    complaint_channels: str
    rules_text: str


@dataclass(frozen=True, slots=True)
class PostingView:
    posting: Posting
    status: PostingStatus
    deleted: bool
    # Pay as a day's earnings in cents (hour x 8); None for piece rates, which do not compare.
    day_rate_cents: int | None
    # When the listing lapses (unix seconds), and the board's order: soonest start, newest.
    expires_at: float
    sort_key: tuple[date, float, str]

    @property
    def id(self) -> str:
        return self.posting.id

    def public_status(self, employer: EmployerView | None, now: datetime) -> PublicStatus:
        if self.deleted or self.status in (PostingStatus.DRAFT, PostingStatus.PENDING_REVIEW):
            return PublicStatus.NOT_PUBLISHED
        if self.status is PostingStatus.SUSPENDED or (
            employer is not None and employer.blacklisted
        ):
            # Suspension wins over everything: a blacklisted employer's posts are withdrawn too.
            return PublicStatus.SUSPENDED
        if self.status is PostingStatus.EXPIRED:
            return PublicStatus.EXPIRED
        if self.status is PostingStatus.CLOSED:
            return PublicStatus.CLOSED
        if self.status is PostingStatus.FILLED or self.posting.headcount_left == 0:
            return PublicStatus.FILLED
        if self.expires_at <= now.timestamp():
            return PublicStatus.EXPIRED
        return PublicStatus.OPEN


def valid_until(posting: Posting) -> datetime:
    """The posting's valid_through, or the end of its last working day at the venue."""
    if posting.valid_through is not None:
        return posting.valid_through
    return datetime.combine(posting.end_date + timedelta(days=1), time(0), VENUE_TZ)


# ---------------------------------------------------------------- record data -> views


def _dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _date(value: Any, default: date) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return default


def _time(value: Any) -> time | None:
    if not value:
        return None
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None


def _enum(kind: type[Any], value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def posting_view(record_id: str, data: dict[str, Any], deleted: bool) -> PostingView:
    """A posting as the kiosks store it (pay in cents, ISO dates), in domain types."""
    created = _dt(data.get("created_at")) or datetime.now(UTC)
    start = _date(data.get("start_date"), created.date())
    pay = Decimal(_int(data.get("pay_cents"))) / 100
    unit = _enum(PayUnit, data.get("pay_unit"), PayUnit.DAY)
    status = _enum(PostingStatus, data.get("status"), PostingStatus.DRAFT)
    posting = Posting(
        id=record_id,
        employer_id=str(data.get("employer_id") or ""),
        title=str(data.get("title") or ""),
        occupation_code=str(data.get("occupation_code") or ""),
        skill_tags=[str(t) for t in data.get("skill_tags") or []],
        description=str(data.get("description") or ""),
        requirements=str(data.get("requirements") or ""),
        district=str(data.get("district") or ""),
        workplace=str(data.get("workplace") or ""),
        pay_amount=pay,
        pay_unit=unit,
        settlement=_enum(Settlement, data.get("settlement"), Settlement.SAME_DAY),
        start_date=start,
        end_date=_date(data.get("end_date"), start),
        start_time=_time(data.get("start_time")),
        end_time=_time(data.get("end_time")),
        headcount=_int(data.get("headcount"), 1),
        filled=_int(data.get("filled")),
        meals=str(data.get("meals") or ""),
        transport=str(data.get("transport") or ""),
        deductions=str(data.get("deductions") or ""),
        contact_name=str(data.get("contact_name") or ""),
        contact_phone=str(data.get("contact_phone") or ""),
        status=status,
        valid_through=_dt(data.get("valid_through")),
        source_channel=_enum(Channel, data.get("source_channel"), Channel.REGISTRY),
        venue_id=str(data.get("venue_id") or ""),
        review_note=str(data.get("review_note") or ""),
        created_at=created,
        updated_at=_dt(data.get("updated_at")) or created,
    )
    cents = _int(data.get("pay_cents"))
    day_rate: int | None = None
    if unit is PayUnit.DAY:
        day_rate = cents
    elif unit is PayUnit.HOUR:
        day_rate = cents * HOURS_PER_DAY
    return PostingView(
        posting=posting,
        status=status,
        deleted=deleted,
        day_rate_cents=day_rate,
        expires_at=valid_until(posting).timestamp(),
        sort_key=(posting.start_date, -created.timestamp(), record_id),
    )


def employer_view(record_id: str, data: dict[str, Any]) -> EmployerView:
    return EmployerView(
        id=record_id,
        name=str(data.get("name") or ""),
        verified=bool(data.get("verified")),
        blacklisted=data.get("status") == "blacklisted",
    )


def venue_view(record_id: str, data: dict[str, Any]) -> VenueView:
    return VenueView(
        id=record_id,
        name=str(data.get("name") or ""),
        district=str(data.get("district") or ""),
        region=str(data.get("region") or ""),
        address=str(data.get("address") or ""),
        hours=str(data.get("hours") or ""),
        hotline=str(data.get("hotline") or "") or DEFAULT_HOTLINE,
        complaint_channels=str(data.get("complaint_channels") or ""),
        rules_text=str(data.get("rules_text") or ""),
    )


# ---------------------------------------------------------------- the board


@dataclass(frozen=True, slots=True)
class BoardFilter:
    district: str = ""
    occupation: str = ""
    on_date: date | None = None
    min_day_pay: int | None = None

    def matches(self, view: PostingView) -> bool:
        p = view.posting
        if self.district and p.district != self.district:
            return False
        if self.occupation and p.occupation_code != self.occupation:
            return False
        if self.on_date is not None and not p.start_date <= self.on_date <= p.end_date:
            return False
        return self.min_day_pay is None or (
            view.day_rate_cents is not None and view.day_rate_cents >= self.min_day_pay * 100
        )

    @property
    def empty(self) -> bool:
        return not (self.district or self.occupation or self.on_date or self.min_day_pay)


@dataclass(frozen=True, slots=True)
class BoardPage:
    items: list[PostingView]
    total: int
    page: int
    pages: int


@dataclass
class Snapshot:
    """Every public record, as of change-log seq `seq`."""

    seq: int = 0
    postings: dict[str, PostingView] = field(default_factory=dict)
    employers: dict[str, EmployerView] = field(default_factory=dict)
    venues: dict[str, VenueView] = field(default_factory=dict)
    # Postings open but for the clock, in board order; rebuilt after a change.
    candidates: list[PostingView] = field(default_factory=list)
    # Open postings, soonest start first, then newest; refiltered by the clock now and then.
    open_list: list[PostingView] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    occupations: list[str] = field(default_factory=list)
    # Recent filters' results for this open list: people page through the same filter.
    filtered: dict[BoardFilter, list[PostingView]] = field(default_factory=dict)
    open_at: float = 0.0
    # Bumped whenever open_list changes: feeds are cached per generation.
    generation: int = 0

    def apply(self, entity: str, record_id: str, data: dict[str, Any], deleted: bool) -> None:
        if entity == Entity.POSTING:
            self.postings[record_id] = posting_view(record_id, data, deleted)
        elif entity == Entity.EMPLOYER:
            self.employers[record_id] = employer_view(record_id, data)
        elif entity == Entity.VENUE:
            if deleted:
                self.venues.pop(record_id, None)
            else:
                self.venues[record_id] = venue_view(record_id, data)


def _decoded(data: Any) -> dict[str, Any]:
    if isinstance(data, dict):
        return data
    value = json.loads(data) if data else {}
    return value if isinstance(value, dict) else {}


class PublicData:
    """The snapshot behind the public pages of one registry database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._snap = Snapshot()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, ...], tuple[int, Any]] = {}

    def snapshot(self) -> Snapshot:
        """The snapshot, brought up to date with the change log (one indexed query if current)."""
        with self.db.read() as session:
            top = int(session.execute(sa_select(func.max(ChangeLog.seq))).scalar() or 0)
            snap = self._snap
            if top == snap.seq and monotime.monotonic() - snap.open_at < OPEN_SET_TTL_S:
                return snap
            with self._lock:
                snap = self._snap
                if top != snap.seq:
                    changed: set[str] | None = None
                    if top < snap.seq or snap.seq == 0:
                        # A restored backup or the first request: read everything.
                        snap = self._full(session, top)
                    else:
                        changed = self._catch_up(session, snap, top)
                    self._reopen(snap, changed=True, postings=changed)
                elif monotime.monotonic() - snap.open_at >= OPEN_SET_TTL_S:
                    self._reopen(snap, changed=False)
                self._snap = snap
                return snap

    def cached(self, key: tuple[str, ...], snap: Snapshot, build: Any) -> Any:
        """A value built once per open-set generation (feed bodies)."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] == snap.generation:
            return hit[1]
        value = build()
        self._cache[key] = (snap.generation, value)
        return value

    def _full(self, session: Session, top: int) -> Snapshot:
        snap = Snapshot(seq=top)
        rows = session.exec(
            select(Record.entity, Record.id, Record.data, Record.deleted_at).where(
                col(Record.entity).in_(PUBLIC_ENTITIES)
            )
        )
        for entity, record_id, data, deleted_at in rows:
            snap.apply(entity, record_id, _decoded(data), deleted_at is not None)
        return snap

    def _catch_up(self, session: Session, snap: Snapshot, top: int) -> set[str] | None:
        """Apply the changes since snap.seq; the changed posting ids (None: recompute all)."""
        changed = session.exec(
            select(ChangeLog.entity, ChangeLog.entity_id)
            .where(col(ChangeLog.seq) > snap.seq, col(ChangeLog.entity).in_(PUBLIC_ENTITIES))
            .distinct()
        ).all()
        if len(changed) > FULL_RELOAD_AFTER:
            fresh = self._full(session, top)
            snap.postings, snap.employers, snap.venues = (
                fresh.postings,
                fresh.employers,
                fresh.venues,
            )
            snap.seq = top
            return None
        else:
            by_entity: dict[str, list[str]] = {}
            for entity, record_id in changed:
                by_entity.setdefault(entity, []).append(record_id)
            for entity, ids in by_entity.items():
                for start in range(0, len(ids), 500):
                    rows = session.exec(
                        select(Record.entity, Record.id, Record.data, Record.deleted_at).where(
                            Record.entity == entity, col(Record.id).in_(ids[start : start + 500])
                        )
                    )
                    for ent, record_id, data, deleted_at in rows:
                        snap.apply(ent, record_id, _decoded(data), deleted_at is not None)
        snap.seq = top
        # An employer change (blacklisting) can open or close many postings at once.
        return None if Entity.EMPLOYER in by_entity else set(by_entity.get(Entity.POSTING, []))

    def _reopen(self, snap: Snapshot, *, changed: bool, postings: set[str] | None = None) -> None:
        never = datetime.min.replace(tzinfo=UTC)
        employers = snap.employers
        if changed and postings is not None:
            # A few postings changed: take them out and put back those still open, in order.
            kept = [v for v in snap.candidates if v.id not in postings]
            for posting_id in postings:
                v = snap.postings.get(posting_id)
                employer = employers.get(v.posting.employer_id) if v else None
                if v is not None and v.public_status(employer, never) is PublicStatus.OPEN:
                    bisect.insort(kept, v, key=lambda x: x.sort_key)
            snap.candidates = kept
        elif changed:
            # Everything but the clock: the clock is applied below, cheaply, every time.
            snap.candidates = sorted(
                (
                    v
                    for v in snap.postings.values()
                    if v.public_status(employers.get(v.posting.employer_id), never)
                    is PublicStatus.OPEN
                ),
                key=lambda v: v.sort_key,
            )
        now = datetime.now(UTC).timestamp()
        opened = [v for v in snap.candidates if v.expires_at > now]
        if changed or len(opened) != len(snap.open_list):
            snap.generation += 1
            snap.filtered.clear()
            snap.districts = sorted({v.posting.district for v in opened if v.posting.district})
            snap.occupations = sorted(
                {v.posting.occupation_code for v in opened if v.posting.occupation_code}
            )
        snap.open_list = opened
        snap.open_at = monotime.monotonic()


def board_page(snap: Snapshot, flt: BoardFilter, page: int, per_page: int) -> BoardPage:
    """One page of the open postings that pass the filter."""
    matched: Sequence[PostingView] = snap.open_list
    if not flt.empty:
        hit = snap.filtered.get(flt)
        if hit is None:
            hit = [v for v in snap.open_list if flt.matches(v)]
            if len(snap.filtered) >= FILTER_CACHE_SIZE:
                snap.filtered.pop(next(iter(snap.filtered), flt), None)
            snap.filtered[flt] = hit
        matched = hit
    total = len(matched)
    pages = max(1, -(-total // per_page))
    start = (page - 1) * per_page
    return BoardPage(list(matched[start : start + per_page]), total, page, pages)


def venues_for(snap: Snapshot, posting: Posting) -> list[VenueView]:
    """Where a worker goes about this posting: its venue, else the venues in its district."""
    own = snap.venues.get(posting.venue_id)
    if own is not None:
        return [own]
    return [v for v in snap.venues.values() if v.district and v.district == posting.district]


def sorted_venues(venues: Iterable[VenueView]) -> list[VenueView]:
    return sorted(venues, key=lambda v: (v.district, v.name, v.id))


# ---------------------------------------------------------------- verification lookups


@dataclass(frozen=True, slots=True)
class DeviceKey:
    device_id: str
    public_key: str
    revoked: bool
    venue_name: str


def device_key(db: Database, device_id: str) -> DeviceKey | None:
    with db.read() as session:
        device = session.get(Device, device_id)
        if device is None:
            return None
        venue = session.get(Venue, device.venue_id)
        return DeviceKey(
            device_id=device.id,
            public_key=device.public_key,
            revoked=device.revoked_at is not None,
            venue_name=venue.name if venue else "",
        )


def record_data(db: Database, entity: str, record_id: str) -> dict[str, Any] | None:
    """One live record's data (None if the registry does not hold it or it was deleted)."""
    with db.read() as session:
        rec = session.get(Record, (entity, record_id))
        if rec is None or rec.deleted_at is not None:
            return None
        return dict(_decoded(rec.data))


def superseded_by(db: Database, negotiation_id: str) -> str | None:
    """The id of a later negotiation record that corrects this one, if any."""
    with db.read() as session:
        row = session.exec(
            select(Record.id).where(
                Record.entity == Entity.NEGOTIATION,
                col(Record.deleted_at).is_(None),
                Record.data["supersedes_id"].as_string() == negotiation_id,
            )
        ).first()
        return row

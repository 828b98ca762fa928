"""Pulled records land in the kiosk's tables as the registry sent them, searchable and sortable."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import orjson
import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

import builders
from kiosk.domain.model import SortOrder
from kiosk.services.container import Services
from kiosk.store import postings as posting_store
from kiosk.store.search import SearchQuery, search_ids
from kiosk.store.sqlite_rows import json_form, rows_sql
from kiosk.store.sync_apply import TABLES, PulledRecord, apply_records
from kiosk.store.tables import EmployerRow, PostingRow

EMPLOYER = "e0000000-0000-0000-0000-000000000001"
SAMPLES: dict[str, list[Any]] = {
    "UTCDateTime": [
        "2026-11-25T13:52:42.850990+00:00",
        "2026-11-25T21:52:42+08:00",
        "2026-12-02T00:00:00+00:00",
        datetime(2026, 11, 25, 13, 52, tzinfo=timezone(timedelta(hours=-5))),
    ],
    "Date": ["2026-11-25", date(2026, 1, 2)],
    "Time": ["08:00:00", "17:30:15.250000", "06:05", time(6, 5)],
    "JSON": [[], ["保洁", "搬运"], [{"code": "deposit", "detail": "押金200元"}], {"a": 1}],
}


def _bind(column: Any, services: Services, value: Any) -> Any:
    dialect = services.db.engine.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


def _python(kind: str, raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    return {
        "UTCDateTime": datetime.fromisoformat,
        "Date": date.fromisoformat,
        "Time": time.fromisoformat,
    }.get(kind, lambda r: r)(raw)


def _stored(services: Services, column: Any, raw: Any) -> Any:
    """What the bulk insert stores for `raw`: its row travels as JSON, SQL converts it."""
    with services.db.read() as session:
        conn = session.connection()
        return conn.exec_driver_sql(rows_sql([column.type]), (orjson.dumps([[raw]]),)).scalar()


@pytest.mark.parametrize("table", list(TABLES.values()), ids=list(TABLES))
def test_bulk_insert_stores_what_sqlalchemy_would(
    services: Services, table: type[SQLModel]
) -> None:
    """The bulk insert writes the same text as SQLAlchemy, so queries and reads agree."""
    for column in table.__table__.columns:  # type: ignore[attr-defined]
        kind = type(column.type).__name__
        for raw in [None, *SAMPLES.get(kind, [])]:
            expected = None if raw is None else _bind(column, services, _python(kind, raw))
            stored = _stored(services, column, json_form(raw))
            if kind == "JSON" and raw is not None:
                # The same JSON, written compactly: what a read or json_each gives is equal.
                stored, expected = json.loads(stored), json.loads(expected)
            assert stored == expected, (column.name, raw)


@pytest.mark.parametrize(("kind", "raw"), [("Date", "2026-13-01"), ("Time", "25:00:00")])
def test_bulk_insert_refuses_a_malformed_value(services: Services, kind: str, raw: str) -> None:
    """A bad date in a pulled record fails its page, not a later read of the table."""
    column = next(c for c in PostingRow.__table__.columns if type(c.type).__name__ == kind)  # type: ignore[attr-defined]
    with pytest.raises(OperationalError):
        _stored(services, column, raw)


def _employer(name: str = "东城物业") -> PulledRecord:
    data = {"id": EMPLOYER, "name": name, "kind": "company", "verified": True, "status": "ok"}
    return PulledRecord("employer", EMPLOYER, 1, data)


def _posting(n: int, *, pay_cents: int, unit: str, title: str, version: int = 1) -> PulledRecord:
    pid = f"p0000000-0000-0000-0000-00000000000{n}"
    data = builders.posting_wire(pid, EMPLOYER, title=title, pay_cents=pay_cents, pay_unit=unit)
    return PulledRecord("posting", pid, version, data)


def test_pulled_postings_are_searchable_and_sort_by_day_pay(services: Services) -> None:
    records = [
        _employer(),
        _posting(1, pay_cents=2500, unit="hour", title="会展服务员"),  # 200 a day
        _posting(2, pay_cents=25000, unit="day", title="仓库搬运"),  # 250 a day
        _posting(3, pay_cents=50, unit="piece", title="计件包装"),  # says nothing per day
    ]
    with services.db.write() as session:
        assert apply_records(session, records) == 4

    with services.db.read() as session:
        by_pay = search_ids(session, SearchQuery(sort=SortOrder.PAY))
        titles = [p.title for p in posting_store.by_nums(session, by_pay)]
        assert titles == ["仓库搬运", "会展服务员", "计件包装"]
        # Two Chinese characters and the employer's name find pulled postings.
        hit = posting_store.by_nums(session, search_ids(session, SearchQuery(text="搬运")))
        assert [p.title for p in hit] == ["仓库搬运"]
        assert len(search_ids(session, SearchQuery(text="东城物业"))) == 3
        first = posting_store.get_row(session, _posting(1, pay_cents=0, unit="", title="").id)
        assert first is not None
        assert first.start_time == time(8, 0) and first.end_date == date(2026, 11, 27)
        assert first.valid_through == datetime(2026, 11, 28, tzinfo=UTC)
        assert first.skill_tags == ["服务员"] and first.server_version == 1
        assert session.get(EmployerRow, EMPLOYER).verified is True  # type: ignore[union-attr]


def test_same_version_again_changes_nothing_and_a_newer_one_updates_search(
    services: Services,
) -> None:
    with services.db.write() as session:
        apply_records(
            session, [_employer(), _posting(1, pay_cents=20000, unit="day", title="保洁")]
        )
    with services.db.write() as session:
        assert apply_records(session, [_posting(1, pay_cents=1, unit="day", title="x")]) == 0
        newer = _posting(1, pay_cents=30000, unit="day", title="搬家师傅", version=2)
        assert apply_records(session, [newer]) == 1
    with services.db.read() as session:
        assert search_ids(session, SearchQuery(text="保洁")) == []
        [row] = posting_store.by_nums(session, search_ids(session, SearchQuery(text="搬家")))
        assert row.title == "搬家师傅"
        stored = session.get(PostingRow, search_ids(session, SearchQuery(text="搬家"))[0])
        assert stored is not None and stored.day_rate_cents == 30000


def test_a_pulled_complaint_with_the_same_reference_leaves_the_local_one(
    services: Services,
) -> None:
    """References are made on each kiosk; a rare repeat from another kiosk loses nothing."""
    from kiosk.domain.model import ComplaintCategory, ComplaintTarget

    mine = services.complaints.file(
        target=ComplaintTarget.EMPLOYER, category=ComplaintCategory.UNPAID_WAGES, text="欠薪"
    ).complaint
    assert re.fullmatch(r"TS-\d{6}-[2-9A-HJKMNP-TV-Z]{6}", mine.reference)
    theirs = {
        "id": "c-other-kiosk", "reference": mine.reference, "target": "posting",
        "category": "fee_charged", "text": "收押金", "anonymous": True, "status": "received",
        "created_at": "2026-11-25T08:00:00+00:00", "updated_at": "2026-11-25T08:00:00+00:00",
    }  # fmt: skip
    with services.db.write() as session:
        assert apply_records(session, [PulledRecord("complaint", "c-other-kiosk", 1, theirs)]) == 1
    texts = sorted(c.text for c in services.complaints.list())
    assert texts == ["收押金", "欠薪"]


def test_records_without_timestamps_are_stamped_when_their_page_arrives(
    services: Services,
) -> None:
    """A default timestamp is made per page, not once per process (every record got the first)."""
    from kiosk.domain.model import utcnow

    def bare(n: int) -> PulledRecord:
        eid = f"e0000000-0000-0000-0000-00000000010{n}"
        return PulledRecord("employer", eid, 1, {"id": eid, "name": f"雇主{n}", "kind": "company"})

    stamps = []
    for n in (1, 2):
        before = utcnow()
        with services.db.write() as session:
            assert apply_records(session, [bare(n)]) == 1
        with services.db.read() as session:
            row = session.get(EmployerRow, bare(n).id)
            assert row is not None
            assert row.created_at >= before and row.updated_at >= before
            stamps.append(row.created_at)
    assert stamps[0] < stamps[1]

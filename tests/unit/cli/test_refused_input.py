"""Refused input leaves nothing behind: one clear line, exit 1, no employer, posting or sync op."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from unit.cli.test_cli import kiosk

from kiosk import config
from kiosk.services.container import Services

TABLES = ("employer", "posting", "outbox_op")


def a_posting(**changes: Any) -> dict[str, Any]:
    day = (date.today() + timedelta(days=2)).isoformat()
    posting = {
        "employer_name": "新来的物流公司",
        "title": "物流园搬运工",
        "occupation_code": "4-02-06-03",
        "district": "东城区",
        "workplace": "开发区物流园3号库",
        "pay_amount": 280,
        "pay_unit": "day",
        "settlement": "same_day",
        "start_date": day,
        "end_date": day,
        "headcount": 6,
        "contact_phone": "13812345678",
        "skill_tags": ["搬运"],
        "description": "装卸货物，包午餐",
    }
    posting.update(changes)
    return posting


def as_json(**changes: Any) -> bytes:
    return json.dumps(a_posting(**changes), ensure_ascii=False).encode()


def with_raw_pay(raw: str) -> bytes:
    """JSON text whose pay is written as `raw` (NaN and Infinity are not standard JSON)."""
    return as_json(pay_amount=0).replace(b'"pay_amount": 0', b'"pay_amount": ' + raw.encode())


def rows_written(home: Path) -> dict[str, int]:
    services = Services.create(config.load(home, env={}))
    try:
        with services.db.read() as session:
            conn = session.connection()
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    finally:
        services.db.close()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    assert kiosk(home, "db", "upgrade").returncode == 0
    return home


def assert_refused_in_one_line(out: Any, home: Path, *, listed: int = 0) -> None:
    """Exit 1 and one line saying why; a CSV import first lists its `listed` bad lines."""
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 + listed and lines[-1].startswith("kiosk: "), out.stderr
    assert all(line.strip().startswith("line ") for line in lines[:-1])
    assert all(len(line) < 400 for line in lines)  # refused input is never echoed back whole
    assert rows_written(home) == dict.fromkeys(TABLES, 0)


def test_a_posting_below_the_minimum_pay_leaves_no_employer_queued_for_sync(home: Path) -> None:
    out = kiosk(
        home, "posting", "add", "--from-json", "-", stdin=json.dumps(a_posting(pay_amount=50))
    )
    assert_refused_in_one_line(out, home)
    assert "pay_amount is below the local minimum" in out.stderr


BAD_FILES = {
    "json_nested_100000_deep": b"[" * 100_000 + b"]" * 100_000,
    "binary": bytes(range(256)) * 8,
    "utf16": as_json().decode().encode("utf-16"),
    "latin1": '{"employer_name": "Café Müller", "title": "Cleaner"}'.encode("latin-1"),
    "pay_nan": with_raw_pay("NaN"),
    "pay_infinity": with_raw_pay("Infinity"),
    "pay_1e308": with_raw_pay("1e308"),
    "pay_31_digits": with_raw_pay("1" * 31),
    "pay_5000_digits": with_raw_pay("1" * 5000),
    "lone_surrogate": as_json(title="").replace(b'"title": ""', b'"title": "\\ud800"'),
    "valid_through_soon": as_json(valid_through="soon"),
    "title_an_object": as_json(title={"zh": "搬运工"}),
    "tags_of_objects": as_json(skill_tags=[{"a": 1}]),
    "unknown_employer_kind": as_json(employer_kind="pyramid"),
    "megabyte_description": as_json(description="装" * 1_000_000),
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_posting_file_is_refused_in_one_line_and_nothing_is_written(
    home: Path, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "posting.json"
    source.write_bytes(content)
    assert_refused_in_one_line(kiosk(home, "posting", "add", "--from-json", str(source)), home)


def test_a_csv_with_a_megabyte_cell_is_refused_in_one_line(home: Path, tmp_path: Path) -> None:
    source = tmp_path / "postings.csv"
    posting = a_posting(description="装" * 1_000_000, skill_tags="搬运")
    source.write_text(",".join(posting) + "\n" + ",".join(map(str, posting.values())) + "\n")
    assert_refused_in_one_line(kiosk(home, "import", "postings", str(source)), home, listed=1)


def test_a_posting_add_that_crashes_midway_leaves_no_employer_behind(home: Path) -> None:
    services = Services.create(config.load(home, env={}))
    fault = (
        "CREATE TRIGGER disk_full BEFORE INSERT ON posting"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    try:
        with services.db.write() as session:
            session.connection().execute(text(fault))
        out = kiosk(home, "posting", "add", "--from-json", "-", stdin=json.dumps(a_posting()))
        assert out.returncode != 0 and "disk full" in out.stderr
        assert rows_written(home) == dict.fromkeys(TABLES, 0)
    finally:
        with services.db.write() as session:
            session.connection().execute(text("DROP TRIGGER disk_full"))
        services.db.close()


def test_a_good_posting_with_a_new_employer_is_added_with_it(home: Path) -> None:
    out = kiosk(home, "posting", "add", "--from-json", "-", stdin=json.dumps(a_posting()))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[1] == "open"
    assert rows_written(home) == {"employer": 1, "posting": 1, "outbox_op": 2}

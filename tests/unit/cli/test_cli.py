"""The `kiosk` command as a person types it: real process, real data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest


def kiosk(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(home), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    out = kiosk(home, "seed", "--postings", "300", "--workers", "20", "--seed", "3")
    assert out.returncode == 0, out.stderr
    assert "seeded 300 postings" in out.stdout
    return home


def test_search_finds_two_character_words_and_prints_json(seeded: Path) -> None:
    out = kiosk(seeded, "search", "保洁", "--json", "--limit", "5")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert 0 < len(found) <= 5
    assert all(p["status"] == "open" for p in found)
    text = kiosk(seeded, "search", "保洁", "--limit", "3").stdout
    assert "元/" in text and "****" in text  # pay with its unit, phones masked


def test_search_filters_by_district_and_date(seeded: Path) -> None:
    day = (date.today() + timedelta(days=1)).isoformat()
    out = kiosk(seeded, "search", "--district", "东城区", "--date", day, "--json")
    for p in json.loads(out.stdout):
        assert p["district"] == "东城区" and p["start_date"] <= day <= p["end_date"]


def test_a_search_result_can_be_edited_and_added_again(seeded: Path, tmp_path: Path) -> None:
    found = json.loads(kiosk(seeded, "search", "--json", "--limit", "1").stdout)[0]
    found["title"] = "复制的岗位 保洁"
    found["description"] = "打扫楼道，日结"
    src = tmp_path / "p.json"
    src.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    out = kiosk(seeded, "posting", "add", "--from-json", str(src))
    assert out.returncode == 0, out.stderr
    new_id, status = out.stdout.split()[:2]
    assert new_id != found["id"] and status == "open"


def test_posting_with_a_deposit_is_held_and_says_why(seeded: Path) -> None:
    found = json.loads(kiosk(seeded, "search", "--json", "--limit", "1").stdout)[0]
    found["description"] = "装卸工，上岗交押金200元"
    out = kiosk(seeded, "posting", "add", "--from-json", "-", stdin=json.dumps(found))
    assert out.returncode == 0, out.stderr
    assert "pending_review" in out.stdout and "fee_charged" in out.stdout and "押金" in out.stdout


def test_bad_posting_json_gives_one_clear_line_and_exit_1(seeded: Path) -> None:
    found = json.loads(kiosk(seeded, "search", "--json", "--limit", "1").stdout)[0]
    found["pay_amount"] = 50
    found["headcount"] = "lots"
    out = kiosk(seeded, "posting", "add", "--from-json", "-", stdin=json.dumps(found))
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "headcount" in out.stderr
    assert kiosk(seeded, "posting", "add", "--from-json", "-", stdin="{not json").returncode == 1
    assert "Traceback" not in out.stderr


def test_csv_import_is_all_or_nothing(seeded: Path, tmp_path: Path) -> None:
    start = (date.today() + timedelta(days=2)).isoformat()
    header = (
        "employer_name,title,occupation_code,district,workplace,pay_amount,pay_unit,"
        "settlement,start_date,end_date,headcount,contact_phone,skill_tags\n"
    )
    where = "新雇主物业,楼道保洁,4-09-08-01,东城区,东城区幸福里"
    good = f"{where},230,day,same_day,{start},{start},2,13812345678,保洁;清洁\n"
    bad = f"{where},abc,day,same_day,{start},{start},2,13812345678,\n"
    before = len(json.loads(kiosk(seeded, "search", "幸福里", "--json").stdout))
    (tmp_path / "bad.csv").write_text(header + good + bad, encoding="utf-8")
    out = kiosk(seeded, "import", "postings", str(tmp_path / "bad.csv"))
    assert out.returncode == 1 and "line 3: pay_amount" in out.stderr
    assert len(json.loads(kiosk(seeded, "search", "幸福里", "--json").stdout)) == before
    (tmp_path / "good.csv").write_text(header + good + good, encoding="utf-8")
    out = kiosk(seeded, "import", "postings", str(tmp_path / "good.csv"))
    assert out.returncode == 0, out.stderr
    assert len(json.loads(kiosk(seeded, "search", "幸福里", "--json").stdout)) == before + 2


def test_export_jsonld_has_the_job_posting_fields(seeded: Path) -> None:
    out = kiosk(seeded, "export", "postings", "--format", "jsonld", "--limit", "20")
    data = json.loads(out.stdout)
    assert data["@type"] == "ItemList" and data["numberOfItems"] == 20
    job = data["itemListElement"][0]["item"]
    for key in (
        "title",
        "description",
        "datePosted",
        "validThrough",
        "hiringOrganization",
        "jobLocation",
        "baseSalary",
        "totalJobOpenings",
        "identifier",
    ):
        assert key in job
    assert job["employmentType"] in ("TEMPORARY", "PER_DIEM")
    assert job["baseSalary"]["value"]["unitText"] in ("HOUR", "DAY", "PIECE")
    csv_out = kiosk(seeded, "export", "postings", "--format", "csv", "--limit", "5").stdout
    assert csv_out.splitlines()[0].startswith("id,status,employer_id")
    assert len(csv_out.splitlines()) == 6


def test_db_check_and_backup(seeded: Path, tmp_path: Path) -> None:
    out = kiosk(seeded, "db", "check")
    assert out.returncode == 0 and "integrity: ok" in out.stdout
    target = tmp_path / "backup.db"
    assert kiosk(seeded, "db", "backup", str(target)).returncode == 0
    assert target.stat().st_size > 0
    again = kiosk(seeded, "db", "backup", str(target))
    assert again.returncode == 1 and "exists" in again.stderr
    assert kiosk(seeded, "db", "upgrade").returncode == 0


def test_run_without_a_display_says_so(tmp_path: Path) -> None:
    out = kiosk(tmp_path / "h", "run")
    assert out.returncode == 2 and "display" in out.stderr


def test_bad_arguments(seeded: Path) -> None:
    out = kiosk(seeded, "search", "--date", "tomorrow")
    assert (
        out.returncode == 1
        and out.stderr.strip() == "kiosk: --date: 'tomorrow' is not a date (YYYY-MM-DD)"
    )


def test_staff_accounts_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "staff"
    first = kiosk(
        home, "staff", "add", "--name", "站长", "--role", "admin", "--pin-stdin", stdin="246810\n"
    )
    assert first.returncode == 0, first.stderr
    no_admin = kiosk(home, "staff", "add", "--name", "小王", "--pin-stdin", stdin="1357\n")
    assert no_admin.returncode == 1 and "not allowed" in no_admin.stderr
    ok = kiosk(
        home,
        "staff",
        "add",
        "--name",
        "小王",
        "--admin",
        "站长",
        "--pin-stdin",
        stdin="246810\n1357\n",
    )
    assert ok.returncode == 0, ok.stderr
    listed = kiosk(home, "staff", "list").stdout
    assert "admin" in listed and "小王" in listed and "1357" not in listed

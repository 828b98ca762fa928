"""`kiosk report month`: the monthly report as CSV or PDF, in the language asked for."""

from __future__ import annotations

from pathlib import Path

from unit.cli.test_cli import kiosk

import builders
from kiosk import config
from kiosk.services.container import Services


def _home_with_a_posting(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    services = Services.create(config.load(home, env={}))
    employer = builders.employer(services)
    services.postings.create(builders.posting(employer.id, headcount=5))
    services.db.close()
    return home


def test_month_report_prints_csv_in_chinese_or_english(tmp_path: Path) -> None:
    home = _home_with_a_posting(tmp_path)
    month = builders.venue_today().strftime("%Y-%m")
    zh = kiosk(home, "report", "month", "--month", month)
    assert zh.returncode == 0, zh.stderr
    lines = zh.stdout.splitlines()
    assert lines[0] == "类别,项目,数量"
    assert "总体情况,发布岗位数,1" in lines and "总体情况,招聘人数合计,5" in lines
    en = kiosk(home, "report", "month", "--month", month, "--lang", "en")
    assert en.stdout.splitlines()[0] == "Section,Item,Count"
    assert "Overview,Workers wanted (headcount),5" in en.stdout.splitlines()


def test_month_report_as_a4_pdf_file(tmp_path: Path) -> None:
    home = _home_with_a_posting(tmp_path)
    target = tmp_path / "month.pdf"
    month = builders.venue_today().strftime("%Y-%m")
    out = kiosk(home, "report", "month", "--month", month, "--format", "pdf", "--to", str(target))
    assert out.returncode == 0, out.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data


def test_a_malformed_month_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    for bad in ("2026-13", "11/2026", "2026-1"):
        out = kiosk(tmp_path, "report", "month", "--month", bad)
        assert out.returncode == 1
        assert out.stderr.strip().splitlines() == [
            f"kiosk: month must be YYYY-MM, like 2026-11 (got {bad!r})"
        ]

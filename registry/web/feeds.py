"""The open postings as feeds other platforms poll: schema.org ItemList, RSS 2.0 and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from xml.etree import ElementTree as ET

from kiosk.domain.jobposting import job_posting
from registry.web.queries import PostingView, Snapshot, VenueView

UNIT_ZH = {"day": "元/天", "hour": "元/小时", "piece": "元/件"}
CSV_COLUMNS = (
    "id", "url", "title", "employer", "employer_verified", "occupation_code", "district",
    "workplace", "pay_amount", "pay_unit", "settlement", "start_date", "end_date", "start_time",
    "end_time", "openings", "valid_through", "venue",
)  # fmt: skip
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def posting_url(base: str, posting_id: str) -> str:
    return f"{base}p/{posting_id}"


def venue_name(snap: Snapshot, view: PostingView) -> str:
    venue: VenueView | None = snap.venues.get(view.posting.venue_id)
    return venue.name if venue else ""


def posting_jsonld(snap: Snapshot, view: PostingView, base: str) -> dict[str, Any]:
    p = view.posting
    employer = snap.employers.get(p.employer_id)
    venue = snap.venues.get(p.venue_id)
    return job_posting(
        p,
        employer_name=employer.name if employer else "",
        venue_name=venue.name if venue else "",
        url=posting_url(base, p.id),
        region=venue.region if venue else "",
    )


def script_json(data: object) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can end or change the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def jsonld_feed(snap: Snapshot, items: Sequence[PostingView], base: str) -> bytes:
    body = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": "零工市场在招岗位 / Gig market open jobs",
        "url": base,
        "numberOfItems": len(items),
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": i,
                "url": posting_url(base, v.id),
                "item": posting_jsonld(snap, v, base),
            }
            for i, v in enumerate(items, start=1)
        ],
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _pay(view: PostingView) -> str:
    p = view.posting
    return f"{p.pay_amount.normalize():f} {UNIT_ZH.get(p.pay_unit.value, '')}"


def rss_feed(snap: Snapshot, items: Sequence[PostingView], base: str) -> bytes:
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "零工市场在招岗位 / Gig market open jobs"
    ET.SubElement(channel, "link").text = base
    ET.SubElement(channel, "description").text = (
        "本市零工市场审核后的在招岗位。本市场不向求职者收取任何费用。"
        " / Jobs checked by the city's gig markets. This market never charges job seekers."
    )
    ET.SubElement(channel, "language").text = "zh-cn"
    ET.SubElement(channel, "lastBuildDate").text = format_datetime(datetime.now(UTC))
    ET.SubElement(channel, "ttl").text = "5"
    for v in items:
        p = v.posting
        employer = snap.employers.get(p.employer_id)
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = f"{p.title} · {_pay(v)}"
        ET.SubElement(item, "link").text = posting_url(base, p.id)
        ET.SubElement(item, "guid", isPermaLink="true").text = posting_url(base, p.id)
        ET.SubElement(item, "pubDate").text = format_datetime(p.created_at)
        ET.SubElement(item, "category").text = p.district
        dates = f"{p.start_date.isoformat()} – {p.end_date.isoformat()}"
        parts = [employer.name if employer else "", p.district, p.workplace, dates, p.description]
        ET.SubElement(item, "description").text = " | ".join(x for x in parts if x)
    body: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return body


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_feed(snap: Snapshot, items: Sequence[PostingView], base: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for v in items:
        p = v.posting
        employer = snap.employers.get(p.employer_id)
        row = (
            p.id, posting_url(base, p.id), p.title, employer.name if employer else "",
            "yes" if employer and employer.verified else "no", p.occupation_code, p.district,
            p.workplace, f"{p.pay_amount:.2f}", p.pay_unit.value, p.settlement.value,
            p.start_date.isoformat(), p.end_date.isoformat(),
            p.start_time.strftime("%H:%M") if p.start_time else "",
            p.end_time.strftime("%H:%M") if p.end_time else "", p.headcount_left,
            p.valid_through.isoformat() if p.valid_through else "", venue_name(snap, v),
        )  # fmt: skip
        writer.writerow([_cell(c) for c in row])
    # A BOM so spreadsheet programs read the Chinese as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")

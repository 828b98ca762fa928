"""schema.org JobPosting for a posting: shared by the kiosk's export and the registry's feeds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kiosk.domain.model import PayUnit, Posting

UNIT_TEXT = {PayUnit.HOUR: "HOUR", PayUnit.DAY: "DAY", PayUnit.PIECE: "PIECE"}


def employment_type(posting: Posting) -> str:
    """One-day gigs are PER_DIEM; longer engagements are TEMPORARY."""
    return "PER_DIEM" if posting.start_date == posting.end_date else "TEMPORARY"


def job_posting(
    posting: Posting,
    *,
    employer_name: str,
    venue_name: str = "",
    url: str = "",
    region: str = "",
) -> dict[str, Any]:
    valid = posting.valid_through or datetime.combine(posting.end_date, datetime.max.time(), UTC)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": posting.title,
        "description": posting.description or posting.title,
        "datePosted": posting.created_at.date().isoformat(),
        "validThrough": valid.isoformat(),
        "employmentType": employment_type(posting),
        "hiringOrganization": {"@type": "Organization", "name": employer_name},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": posting.workplace,
                "addressLocality": posting.district,
                "addressRegion": region,
                "addressCountry": "CN",
            },
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "CNY",
            "value": {
                "@type": "QuantitativeValue",
                "value": float(posting.pay_amount),
                "unitText": UNIT_TEXT[posting.pay_unit],
            },
        },
        "totalJobOpenings": posting.headcount_left,
        "identifier": {
            "@type": "PropertyValue",
            "name": venue_name or "gig-kiosk",
            "value": posting.id,
        },
        "occupationalCategory": posting.occupation_code,
        "jobStartDate": posting.start_date.isoformat(),
    }
    if url:
        data["url"] = url
    return data

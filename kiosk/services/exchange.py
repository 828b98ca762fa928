"""Postings in and out: the JSON of `kiosk search --json`, CSV import, JSON-LD and CSV export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.domain import jobposting, validation
from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import (
    Channel,
    Employer,
    EmployerKind,
    PayUnit,
    Posting,
    PostingStatus,
    Settlement,
    new_id,
)
from kiosk.services.base import Service, ServiceContext
from kiosk.services.employers import EmployerService
from kiosk.services.postings import PostingCard, PostingService
from kiosk.store.jsonable import jsonable

INPUT_FIELDS = validation.POSTING_INPUT_FIELDS
CSV_FIELDS = ("employer_id", "employer_name", *INPUT_FIELDS)
LIST_SEPARATOR = validation.LIST_SEPARATOR


def card_to_json(card: PostingCard) -> dict[str, Any]:
    p = card.posting
    data: dict[str, Any] = {
        "id": p.id,
        "status": p.status.value,
        "employer_id": p.employer_id,
        "employer_name": card.employer_name,
        "employer_verified": card.employer_verified,
    }
    for name in INPUT_FIELDS:
        data[name] = getattr(p, name)
    data["pay_amount"] = float(p.pay_amount)
    data["filled"] = p.filled
    data["headcount_left"] = p.headcount_left
    data["flags"] = [{"code": f.code, "field": f.field, "detail": f.detail} for f in p.flags]
    data["valid_through"] = p.valid_through
    data["created_at"] = p.created_at
    data["server_version"] = p.server_version
    result: dict[str, Any] = jsonable(data)
    return result


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    return "" if value is None else str(value).strip()


def _parse(data: dict[str, Any], employer_id: str) -> Posting:
    """A draft posting from loose input, raising ValidationErrors naming every bad field."""
    errors: list[DomainError] = []

    def attempt(name: str, convert: Any, default: Any = None, required: bool = True) -> Any:
        raw = _text(data, name)
        if not raw:
            if required:
                errors.append(DomainError(ErrorCode.REQUIRED, name))
            return default
        try:
            return convert(raw)
        except (ValueError, InvalidOperation):
            code = (
                ErrorCode.DATE_INVALID
                if "date" in name or "time" in name
                else ErrorCode.VALUE_INVALID
            )
            errors.append(DomainError(code, name, value=raw))
            return default

    tags = data.get("skill_tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(LIST_SEPARATOR) if t.strip()]
    posting_kwargs: dict[str, Any] = {
        "pay_amount": attempt("pay_amount", Decimal, Decimal(0)),
        "pay_unit": attempt("pay_unit", PayUnit, PayUnit.DAY),
        "settlement": attempt("settlement", Settlement, Settlement.SAME_DAY),
        "start_date": attempt("start_date", date.fromisoformat, date.min),
        "end_date": attempt("end_date", date.fromisoformat, date.min),
        "start_time": attempt("start_time", time.fromisoformat, required=False),
        "end_time": attempt("end_time", time.fromisoformat, required=False),
        "headcount": attempt("headcount", int, 0),
    }
    if errors:
        raise ValidationErrors(errors)
    return Posting(
        id=new_id(),
        employer_id=employer_id,
        title=_text(data, "title"),
        occupation_code=_text(data, "occupation_code"),
        skill_tags=[str(t) for t in tags],
        description=_text(data, "description"),
        requirements=_text(data, "requirements"),
        district=_text(data, "district"),
        workplace=_text(data, "workplace"),
        meals=_text(data, "meals"),
        transport=_text(data, "transport"),
        deductions=_text(data, "deductions"),
        contact_name=_text(data, "contact_name"),
        contact_phone=_text(data, "contact_phone"),
        status=PostingStatus.DRAFT,
        **posting_kwargs,
    )


class ExchangeService(Service):
    def __init__(self, ctx: ServiceContext, postings: PostingService) -> None:
        super().__init__(ctx)
        self.postings = postings
        self.employers = EmployerService(ctx)

    def _employer_id(self, data: dict[str, Any]) -> str:
        """The posting's employer: by id, else by exact name; "" for a name not stored yet."""
        employer_id = _text(data, "employer_id")
        if employer_id:
            self.employers.get(employer_id)
            return employer_id
        name = _text(data, "employer_name")
        if not name:
            raise DomainError(ErrorCode.REQUIRED, "employer_name")
        for found in self.employers.find(name):
            if found.name == name:
                return found.id
        return ""

    def add_from_json(self, data: dict[str, Any], *, actor: str = "import") -> Posting:
        """Add one posting from the JSON shape `kiosk search --json` prints (edited or not)."""
        if not isinstance(data, dict):
            raise DomainError(ErrorCode.IMPORT_INVALID, "json")
        validation.validate_posting_input(data)
        new_employers = []
        employer_id = self._employer_id(data)
        if not employer_id:
            kind = EmployerKind(data.get("employer_kind") or EmployerKind.COMPANY.value)
            new_employers.append(Employer(name=_text(data, "employer_name"), kind=kind))
            employer_id = new_employers[0].id
        draft = _parse(data, employer_id)
        draft.source_channel = Channel.IMPORT
        # A new employer is stored in the posting's own transaction: a refused posting (or a
        # crash) must not leave an employer behind, queued for the registry (issue 14).
        return self.postings.create_many([draft], actor=actor, new_employers=new_employers)[0]

    def import_csv(self, text: str, *, actor: str = "import") -> list[Posting]:
        """All rows or none: every bad row is reported as `line N: field: code`."""
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in ("title", "pay_amount") if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailed([f"line 1: missing columns: {', '.join(missing)}"])
        drafts: list[Posting] = []
        problems: list[str] = []
        today = self.ctx.today()
        pending_employers: dict[str, str] = {}
        for line_no, row in _rows(reader):
            try:
                validation.validate_posting_input(row)
                employer_id = self._employer_id(row)
                if not employer_id:
                    name = _text(row, "employer_name")
                    employer_id = pending_employers.setdefault(name, new_id())
                draft = _parse(row, employer_id)
                draft.source_channel = Channel.IMPORT
                validation.validate_posting(draft, today=today, minimums=self.postings.minimums())
                drafts.append(draft)
            except ValidationErrors as exc:
                problems.extend(f"line {line_no}: {e.field}: {e.code.value}" for e in exc.errors)
            except DomainError as exc:
                problems.append(f"line {line_no}: {exc.field}: {exc.code.value}")
        if problems:
            raise ImportFailed(problems)
        if not drafts:
            raise ImportFailed(["no rows"])
        new_employers = [Employer(id=i, name=n) for n, i in pending_employers.items()]
        return self.postings.create_many(drafts, actor=actor, new_employers=new_employers)

    def export_jsonld(self, cards: list[PostingCard]) -> dict[str, Any]:
        venue = self.ctx.settings.venue_name
        items = [
            {
                "@type": "ListItem",
                "position": i,
                "item": jobposting.job_posting(
                    c.posting, employer_name=c.employer_name, venue_name=venue
                ),
            }
            for i, c in enumerate(cards, start=1)
        ]
        return {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "numberOfItems": len(items),
            "itemListElement": items,
        }

    def export_csv(self, cards: list[PostingCard]) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(
            out, fieldnames=["id", "status", *CSV_FIELDS], extrasaction="ignore"
        )
        writer.writeheader()
        for card in cards:
            data = card_to_json(card)
            data["skill_tags"] = LIST_SEPARATOR.join(card.posting.skill_tags)
            writer.writerow({k: ("" if v is None else v) for k, v in data.items()})
        return out.getvalue()


def _rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows with their line numbers; a cell over the csv module's limit (128 KiB) or a NUL
    byte ends the import as a problem of its line, not a traceback."""
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise ImportFailed([f"line {reader.line_num + 1}: {exc}"]) from exc


class ImportFailed(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

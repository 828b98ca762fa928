"""The registry's public pages (job board, postings, document checks, venues) and feeds."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kiosk.domain.catalogue import district_name, find_district, occupation_name
from kiosk.domain.model import VENUE_TZ, PayUnit
from registry.db import Database
from registry.web import feeds, i18n
from registry.web import queries as q
from registry.web.qr import qr_svg
from registry.web.verification import Verdict, Verification, verify

PER_PAGE = 20
MAX_PAGE = 10_000
MAX_QUERY_CHARS = 1024
MAX_PARAM_CHARS = 64
MAX_PARAMS = 16
MAX_DAY_PAY = 100_000
BOARD_PARAMS = ("district", "occupation", "date", "pay", "page", "lang")
RECORD_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
FEED_CACHE_CONTROL = "public, max-age=60"
# Pages carry no script: nothing to allow but inline styles and the data: favicon.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=select_autoescape(("html",)),
    trim_blocks=True,
    lstrip_blocks=True,
)

router = APIRouter(include_in_schema=False)
_data_lock = threading.Lock()


class BadQuery(ValueError):
    """A query string a person could not have made with our forms (too long, repeated, bogus)."""


@dataclass(frozen=True, slots=True)
class Reader:
    """Who is reading: their language, and whether it was just chosen with ?lang=."""

    t: i18n.Translator
    remember: bool

    @property
    def lang(self) -> str:
        return self.t.lang


def _public(request: Request) -> q.PublicData:
    """The app's PublicData, made at first use (the registry's AppState stays untouched)."""
    state = request.app.state
    data: q.PublicData | None = getattr(state, "public_web", None)
    if data is None:
        with _data_lock:
            data = getattr(state, "public_web", None)
            if data is None:
                db: Database = state.registry.db
                data = q.PublicData(db)
                state.public_web = data
    return data


def _reader(request: Request) -> Reader:
    asked = request.query_params.get("lang", "")[:MAX_PARAM_CHARS]
    lang, remember = i18n.choose(asked, request.cookies, request.headers.get("accept-language", ""))
    return Reader(i18n.Translator(lang), remember)


def _base(request: Request) -> str:
    return str(request.base_url)


def _check_query(request: Request, allowed: tuple[str, ...]) -> dict[str, str]:
    """The query parameters we use, refused when a form of ours could not have made them."""
    raw = request.url.query
    if len(raw) > MAX_QUERY_CHARS:
        raise BadQuery("query string too long")
    items = request.query_params.multi_items()
    if len(items) > MAX_PARAMS:
        raise BadQuery("too many parameters")
    out: dict[str, str] = {}
    for key, value in items:
        if key not in allowed:
            continue  # tracking tags and the like: ignored, not refused
        if key in out:
            raise BadQuery(f"{key} given twice")
        if len(value) > MAX_PARAM_CHARS or any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise BadQuery(f"bad {key}")
        out[key] = value.strip()
    return out


# ---------------------------------------------------------------- rendering


def _fmt_pay(amount: Decimal, unit: PayUnit, t: i18n.Translator) -> str:
    number = f"{amount:.2f}".rstrip("0").rstrip(".")
    return f"{number} {t('unit_' + unit.value)}"


def _fmt_dates(start: date, end: date, t: i18n.Translator) -> str:
    if start == end:
        return t("dates_one", start=start.isoformat())
    return t("dates_many", start=start.isoformat(), end=end.isoformat(),
             days=(end - start).days + 1)  # fmt: skip


def _helpers(t: i18n.Translator) -> dict[str, Callable[..., str]]:
    zh_en = "en" if t.lang == "en" else "zh"

    def pay(view: q.PostingView) -> str:
        return _fmt_pay(view.posting.pay_amount, view.posting.pay_unit, t)

    def dates(view: q.PostingView) -> str:
        return _fmt_dates(view.posting.start_date, view.posting.end_date, t)

    def hours(view: q.PostingView) -> str:
        p = view.posting
        if p.start_time and p.end_time:
            return f"{p.start_time:%H:%M}–{p.end_time:%H:%M}"
        return p.start_time.strftime("%H:%M") if p.start_time else ""

    def district(name: str) -> str:
        return district_name(name, zh_en)  # type: ignore[arg-type]

    def occupation(code: str) -> str:
        return occupation_name(code, zh_en)  # type: ignore[arg-type]

    def when(value: datetime | None) -> str:
        return value.astimezone(VENUE_TZ).strftime("%Y-%m-%d %H:%M") if value else ""

    return {"pay": pay, "dates": dates, "hours": hours, "district": district,
            "occupation": occupation, "when": when}  # fmt: skip


def _page(
    request: Request,
    reader: Reader,
    template: str,
    code: int = 200,
    *,
    cache: str = "no-cache",
    **context: Any,
) -> HTMLResponse:
    t = reader.t
    params = {k: v for k, v in request.query_params.items() if k in BOARD_PARAMS and k != "lang"}
    switch = request.url.path + "?" + urlencode({**params, "lang": t.other})
    html = TEMPLATES.get_template(template).render(
        t=t, lang=reader.lang, switch_url=switch, path=request.url.path, **_helpers(t), **context
    )
    headers = {
        "Content-Language": t.html_lang,
        "Vary": "Accept-Language, Cookie",
        "Cache-Control": cache,
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        # Verification URLs carry a token: never hand it on to another site.
        "Referrer-Policy": "no-referrer",
    }
    response = HTMLResponse(html, code, headers=headers)
    if reader.remember:
        response.set_cookie(
            i18n.LANG_COOKIE, reader.lang, max_age=365 * 86400, samesite="lax", httponly=True
        )
    return response


def _not_found(request: Request, reader: Reader) -> HTMLResponse:
    t = reader.t
    return _page(request, reader, "error.html", 404, cache="no-store",
                 title=t("not_found_title"), detail=t("not_found_detail"))  # fmt: skip


def _bad_request(request: Request, reader: Reader) -> HTMLResponse:
    t = reader.t
    return _page(request, reader, "error.html", 400, cache="no-store",
                 title=t("bad_request_title"), detail=t("bad_request_detail"))  # fmt: skip


# ---------------------------------------------------------------- the board


def _board_filter(params: dict[str, str]) -> tuple[q.BoardFilter, int]:
    on_date: date | None = None
    if params.get("date"):
        try:
            on_date = date.fromisoformat(params["date"])
        except ValueError:
            raise BadQuery("bad date") from None
    min_pay: int | None = None
    if params.get("pay"):
        if not params["pay"].isdigit() or int(params["pay"]) > MAX_DAY_PAY:
            raise BadQuery("bad pay")
        min_pay = int(params["pay"]) or None
    page = 1
    if params.get("page"):
        if not params["page"].isdigit() or not 1 <= int(params["page"]) <= MAX_PAGE:
            raise BadQuery("bad page")
        page = int(params["page"])
    district = params.get("district", "")
    known = find_district(district) if district else None
    flt = q.BoardFilter(
        district=known.name_zh if known else district,
        occupation=params.get("occupation", ""),
        on_date=on_date,
        min_day_pay=min_pay,
    )
    return flt, page


@router.get("/", response_class=HTMLResponse)
def board(request: Request) -> Response:
    reader = _reader(request)
    try:
        params = _check_query(request, BOARD_PARAMS)
        flt, page = _board_filter(params)
    except BadQuery:
        return _bad_request(request, reader)
    snap = _public(request).snapshot()
    result = q.board_page(snap, flt, page, PER_PAGE)

    def page_url(number: int) -> str:
        keep = {k: v for k, v in params.items() if k not in ("page", "lang") and v}
        return "/?" + urlencode({**keep, "page": number})

    today = datetime.now(VENUE_TZ).date()
    return _page(
        request,
        reader,
        "board.html",
        result=result,
        flt=flt,
        params=params,
        employers=snap.employers,
        districts=snap.districts,
        occupations=snap.occupations,
        date_choices=[today + timedelta(days=i) for i in range(7)],
        page_url=page_url,
    )


# ---------------------------------------------------------------- a posting


@router.get("/p/{posting_id}", response_class=HTMLResponse)
def posting_page(request: Request, posting_id: str) -> Response:
    reader = _reader(request)
    try:
        _check_query(request, ("lang",))
    except BadQuery:
        return _bad_request(request, reader)
    snap = _public(request).snapshot()
    view = snap.postings.get(posting_id) if RECORD_ID.match(posting_id) else None
    employer = snap.employers.get(view.posting.employer_id) if view else None
    status = view.public_status(employer, datetime.now(UTC)) if view else None
    if view is None or status is q.PublicStatus.NOT_PUBLISHED:
        return _not_found(request, reader)
    venues = q.venues_for(snap, view.posting)
    hotline = venues[0].hotline if venues else q.DEFAULT_HOTLINE
    jsonld = feeds.posting_jsonld(snap, view, _base(request))
    return _page(
        request,
        reader,
        "posting.html",
        view=view,
        p=view.posting,
        status=status,
        employer=employer,
        venues=venues,
        hotline=hotline,
        valid_until=q.valid_until(view.posting),
        jsonld=feeds.script_json(jsonld),
        # A phone keeps the job: the code holds this page's address (issue 13 point 13).
        qr=qr_svg(f"{_base(request)}p/{view.posting.id}"),
    )


# ---------------------------------------------------------------- document verification


@router.get("/v/{token}", response_class=HTMLResponse)
def verification_page(request: Request, token: str) -> Response:
    reader = _reader(request)
    db: Database = request.app.state.registry.db
    result: Verification = verify(db, token)
    view = None
    status = None
    if result.posting_id:
        snap = _public(request).snapshot()
        view = snap.postings.get(result.posting_id)
        if view is not None:
            employer = snap.employers.get(view.posting.employer_id)
            status = view.public_status(employer, datetime.now(UTC))
    return _page(
        request,
        reader,
        "verify.html",
        cache="no-store",
        v=result,
        Verdict=Verdict,
        good=result.verdict in (Verdict.VALID, Verdict.DIGEST_MISMATCH),
        status=status,
        hotline=q.DEFAULT_HOTLINE,
        robots="noindex",
    )


# ---------------------------------------------------------------- venues


@router.get("/venues", response_class=HTMLResponse)
def venues_page(request: Request) -> Response:
    reader = _reader(request)
    try:
        _check_query(request, ("lang",))
    except BadQuery:
        return _bad_request(request, reader)
    snap = _public(request).snapshot()
    counts: dict[str, int] = {}
    for v in snap.open_list:
        counts[v.posting.venue_id] = counts.get(v.posting.venue_id, 0) + 1
    return _page(request, reader, "venues.html",
                 venues=q.sorted_venues(snap.venues.values()), counts=counts)  # fmt: skip


@router.get("/venues/{venue_id}", response_class=HTMLResponse)
def venue_page(request: Request, venue_id: str) -> Response:
    reader = _reader(request)
    try:
        _check_query(request, ("lang",))
    except BadQuery:
        return _bad_request(request, reader)
    snap = _public(request).snapshot()
    venue = snap.venues.get(venue_id) if RECORD_ID.match(venue_id) else None
    if venue is None:
        return _not_found(request, reader)
    jobs = [v for v in snap.open_list if v.posting.venue_id == venue.id]
    return _page(request, reader, "venue.html", venue=venue, jobs=jobs[:PER_PAGE],
                 jobs_total=len(jobs), hotline=venue.hotline)  # fmt: skip


# ---------------------------------------------------------------- feeds


def _feed(request: Request, kind: str, media_type: str) -> Response:
    try:
        _check_query(request, ())
    except BadQuery:
        return Response("bad query\n", 400, media_type="text/plain")
    data = _public(request)
    snap = data.snapshot()
    base = _base(request)
    builders = {"jsonld": feeds.jsonld_feed, "rss": feeds.rss_feed, "csv": feeds.csv_feed}

    def build() -> tuple[bytes, str]:
        body = builders[kind](snap, snap.open_list, base)
        return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'

    body, etag = data.cached((kind, base), snap, build)
    headers = {"ETag": etag, "Cache-Control": FEED_CACHE_CONTROL,
               "X-Content-Type-Options": "nosniff"}  # fmt: skip
    asked = request.headers.get("if-none-match", "")
    if asked and (asked.strip() == "*" or etag in [t.strip() for t in asked.split(",")[:32]]):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


@router.get("/feeds/jobs.jsonld")
def feed_jsonld(request: Request) -> Response:
    return _feed(request, "jsonld", "application/ld+json")


@router.get("/feeds/jobs.rss")
def feed_rss(request: Request) -> Response:
    return _feed(request, "rss", "application/rss+xml")


@router.get("/feeds/jobs.csv")
def feed_csv(request: Request) -> Response:
    return _feed(request, "csv", "text/csv; charset=utf-8")

"""Fixtures for print tests: a device identity, a stored posting, PDF text and QR readers."""

from __future__ import annotations

from decimal import Decimal

import pytest

import builders
from kiosk.config import Settings
from kiosk.identity import DeviceIdentity
from kiosk.print.queue import PrintQueue
from kiosk.print.verify import ensure_own_key
from kiosk.services.container import Services


@pytest.fixture
def identity(services: Services, settings: Settings) -> DeviceIdentity:
    ident = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
    ensure_own_key(services.db, ident)
    return ident


@pytest.fixture
def posting_id(services: Services) -> str:
    employer = builders.employer(services, verified=True)
    return services.postings.create(builders.posting(employer.id, pay_amount=Decimal("260"))).id


@pytest.fixture
def queue(services: Services, settings: Settings, identity: DeviceIdentity) -> PrintQueue:
    return PrintQueue(services.db, settings, identity)

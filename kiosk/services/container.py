"""Builds every service over one database: what the UI, CLI and sync client are handed."""

from __future__ import annotations

import uuid

from kiosk.config import Settings
from kiosk.services.applications import ApplicationService
from kiosk.services.assistance import AssistanceService
from kiosk.services.base import ServiceContext
from kiosk.services.complaints import ComplaintService
from kiosk.services.employers import EmployerService
from kiosk.services.exchange import ExchangeService
from kiosk.services.negotiations import NegotiationService
from kiosk.services.postings import PostingService
from kiosk.services.reports import ReportService
from kiosk.services.sessions import SessionService
from kiosk.services.staff import StaffService
from kiosk.services.training import TrainingService
from kiosk.services.workers import WorkerService
from kiosk.store import migrate, posting_indexes, sync_state
from kiosk.store.database import Database, open_kiosk_database


class Services:
    def __init__(self, settings: Settings, db: Database, ctx: ServiceContext | None = None) -> None:
        self.settings = settings
        self.db = db
        self.ctx = ctx or ServiceContext(db=db, settings=settings, device_id=_device_id(db))
        self.employers = EmployerService(self.ctx)
        self.postings = PostingService(self.ctx)
        self.workers = WorkerService(self.ctx)
        self.applications = ApplicationService(self.ctx)
        self.training = TrainingService(self.ctx)
        self.assistance = AssistanceService(self.ctx)
        self.complaints = ComplaintService(self.ctx)
        self.exchange = ExchangeService(self.ctx, self.postings)
        self.staff = StaffService(self.ctx)
        self.sessions = SessionService(self.ctx, self.applications)
        self.negotiations = NegotiationService(self.ctx, self.applications)
        self.reports = ReportService(self.ctx)

    @staticmethod
    def open_database(settings: Settings) -> Database:
        """Open the kiosk's database file and bring its schema up to date."""
        db = open_kiosk_database(settings)
        migrate.upgrade(db)
        posting_indexes.ensure(db)
        return db

    @classmethod
    def create(cls, settings: Settings) -> Services:
        return cls(settings, cls.open_database(settings))


def _device_id(db: Database) -> str:
    """This device's id: the registry's once enrolled, a local one made at first start before."""
    with db.write() as session:
        device = sync_state.get(session, sync_state.DEVICE_ID)
        if not device:
            device = f"local-{uuid.uuid4().hex[:12]}"
            sync_state.put(session, sync_state.DEVICE_ID, device)
        return device

"""Local store: SQLModel tables on SQLite, migrations, search, outbox and audit log."""

"""Alembic migrations of the app's database (run by ``smartapp init-db`` and at app start)."""

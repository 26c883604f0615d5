"""The database schema: built and changed only by the Alembic migrations in
``smartapp/migrations`` (``smartapp init-db``, and at app start unless ``CREATE_SCHEMA`` is
false). Split from :mod:`smartapp.db`, which still exports every name here.
"""

from __future__ import annotations

from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import Flask
from sqlalchemy.engine import Engine

from .db_sessions import session_factory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` to ``revision`` (idempotent at head)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def create_schema(app: Flask) -> None:
    """Bring the app's database to the newest schema."""
    upgrade(session_factory(app).kw["bind"])


@click.command("init-db")
def init_db_command() -> None:
    """Create the database tables (idempotent)."""
    from . import create_app

    app = create_app()
    create_schema(app)
    click.echo(f"database ready: {app.config['DATABASE_URL'].split('@')[-1]}")

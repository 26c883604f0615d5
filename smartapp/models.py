"""Database tables. Tokens are stored encrypted (see smartapp.launch.secrets), never in cookies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LaunchState(Base):
    """One authorization request in flight: single-use, expiring, keyed by ``state``."""

    __tablename__ = "launch_states"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64))
    iss: Mapped[str] = mapped_column(String(512))
    code_verifier: Mapped[str] = mapped_column(String(128))
    nonce: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(Text)
    token_endpoint: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class AppSession(Base):
    """A launched session: the SMART context and the (encrypted) tokens, keyed by an opaque id."""

    __tablename__ = "app_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64))
    iss: Mapped[str] = mapped_column(String(512))
    token_endpoint: Mapped[str] = mapped_column(String(512))
    patient_id: Mapped[str | None] = mapped_column(String(128))
    encounter_id: Mapped[str | None] = mapped_column(String(128))
    fhir_user: Mapped[str | None] = mapped_column(String(512))
    granted_scope: Mapped[str] = mapped_column(Text, default="")
    fhir_context: Mapped[list] = mapped_column(JSON, default=list)
    need_patient_banner: Mapped[bool] = mapped_column(Boolean, default=True)
    smart_style_url: Mapped[str | None] = mapped_column(String(512))
    access_token: Mapped[str] = mapped_column(Text)  # encrypted
    refresh_token: Mapped[str | None] = mapped_column(Text)  # encrypted
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    refresh_count: Mapped[int] = mapped_column(Integer, default=0)

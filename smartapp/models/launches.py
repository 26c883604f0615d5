"""Who is signed in, and how: SMART launch state, launched sessions with their (encrypted)
tokens, never in cookies, and the CDS Hooks token ids already used."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


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
    #: SHA-256 of the browser's launch-binding cookie: the callback must come from that browser.
    browser_binding: Mapped[str | None] = mapped_column(String(64))


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
    #: Last request that used this session (the idle limit counts from here).
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    #: Seconds the current access token was issued for (sizes the refresh margin).
    token_lifetime: Mapped[int | None] = mapped_column(Integer)


class HookTokenUse(Base):
    """A CDS Hooks JWT already accepted: its issuer and ``jti`` (hashed), kept until it expires so
    a replayed call is refused by any app worker (the primary key makes the second insert fail)."""

    __tablename__ = "hook_token_uses"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)

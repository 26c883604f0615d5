"""SMART App Launch 2.x: launch.json registry, discovery, PKCE authorization, client
authentication (public, symmetric, asymmetric), launched sessions and their refreshed tokens."""

from __future__ import annotations

from flask import Flask

from . import signout
from .cookies import apply_cookie_mode
from .lifetime import limits
from .registry import registry
from .session import current_launch, launch_required
from .tokens import SessionTokens, fhir_client_for
from .views import bp


def init_app(app: Flask) -> None:
    """Register the launch routes; validate launch.json, the cookie mode and the session limits
    now (a bad setting stops start-up with a message naming it)."""
    apply_cookie_mode(app)
    limits(app)
    app.register_blueprint(bp)
    registry(app)

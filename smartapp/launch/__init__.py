"""SMART App Launch 2.x: launch.json registry, discovery, PKCE authorization, launched sessions."""

from __future__ import annotations

from flask import Flask

from .session import current_launch, launch_required
from .views import bp, registry


def init_app(app: Flask) -> None:
    """Register the launch routes and validate launch.json now (a bad file stops start-up)."""
    app.register_blueprint(bp)
    with app.app_context():
        registry()

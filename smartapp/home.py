"""Blueprint ``home``: the landing page and a health check for the demo and load balancers."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    """Landing page: what the app does and where to start a launch."""
    return render_template("home/index.html")


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Liveness probe; touches nothing that holds PHI."""
    return {"status": "ok"}, 200

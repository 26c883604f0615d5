"""The sandbox's "EHR" page: pick a tenant, user, patient and draft order, then launch the app."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the ``/ehr`` page and its launch endpoint on ``app`` (skeleton: nothing yet)."""

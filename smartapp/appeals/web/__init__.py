"""Denials and appeals in the web app (issue 7): recording a denial and its appeal progress, the
clocks in the worklist and the daily digest, and the appeal packet — built in the background from
the live record, with its editable cited letter, P2P sheet, PDF/JSON exports and write-back.

The domain logic is the pure core in :mod:`smartapp.appeals`; these modules are its pages.
"""

from __future__ import annotations

from flask import Flask

from .blueprint import bp


def init_app(app: Flask) -> None:
    """Register the appeals pages (imported here: they use the reports views, whose worklist
    query uses :mod:`.clocks`, so importing them with this package would be circular)."""
    from . import denials, digest, exports, packet_views, request_panel  # their routes join bp

    app.register_blueprint(bp)

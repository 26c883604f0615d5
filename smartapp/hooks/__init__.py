"""CDS Hooks 2.0 services: the app's gap check as cards at order-select and order-sign (issue 17).

``/cds-services`` is discovery; ``/cds-services/<id>`` answers a hook; ``…/<id>/feedback`` takes
what the clinician did with a card (kept in the audit trail). See docs/hooks.md.
"""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the hooks blueprint (JSON callers: exempt from the browser CSRF check)."""
    from ..security import csrf
    from .views import bp

    app.register_blueprint(bp)
    csrf.exempt(bp)
